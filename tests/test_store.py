import pytest

from conftest import integrity_errors
from khabar.analyse.pipeline import analyse
from khabar.model import Article
from khabar.store import open_store
from khabar.store.sqlite import SqliteStore, migrations
from store_support import fill_entity_mentions


def test_schema_is_applied_once_and_versioned(store_at):
    store = open_store(store_at("k"))
    latest = migrations()[-1][0]
    assert store.version == latest
    store.close()
    again = open_store(store_at("k"))  # opening an up-to-date store applies nothing
    assert again.version == latest and again.integrity_check() == "ok"


def test_full_text_search_keeps_hindi_words_whole(store_at):
    store = open_store(store_at("k"))
    a = Article(id="a", text="प्रधानमंत्री ने किसानों के लिए नई योजना की घोषणा की।")
    store.save_article(a, analyse(a), "h1")
    # With the default unicode61 categories (or a parser that cuts at vowel signs) these would not match.
    assert [r["id"] for r in store.search("किसानों")] == ["a"]
    assert [r["id"] for r in store.search("योजना")] == ["a"]
    assert store.search("किसान") == []  # whole words, not fragments


def _search_rows(store) -> list[int]:
    """Rows in the backend's search index: SQLite's document table and its FTS5 twin agree, PostgreSQL has one."""
    tables = ["articles_fts"] if store.dialect == "postgresql" else ["search_docs", "search_fts"]
    counts = {store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    return sorted(counts)


def test_the_search_index_follows_a_changed_article(store_at):
    store = open_store(store_at("k"))
    for n, text in enumerate(["पहला संस्करण। रूस के राष्ट्रपति ने बुधवार को बैठक की।",
                              "दूसरा संस्करण। रूस के राष्ट्रपति ने गुरुवार को बैठक की।"]):
        a = Article(id="a1", text=text)
        store.save_article(a, analyse(a), f"h{n}")
    assert store.count("articles") == 1
    assert not store.search("पहला") and [r["id"] for r in store.search("दूसरा गुरुवार")] == ["a1"]
    assert _search_rows(store) == [1]


def test_a_failed_write_leaves_nothing_behind(store_at):
    store = open_store(store_at("k"))
    a = Article(id="a", text="रूस में बैठक हुई।")
    with pytest.raises(integrity_errors()), store.transaction():
        store.save_article(a, analyse(a), "h1")
        store.db.execute("INSERT INTO articles (id) VALUES (NULL)")  # violates NOT NULL
    assert store.count("articles") == 0
    assert _search_rows(store) == [0]


def test_a_value_the_database_refuses_is_one_error_on_every_backend(store_at):
    """A lone surrogate (SQLite and PostgreSQL refuse to encode it) or a NUL byte (PostgreSQL text refuses it):
    ``ArticleNotStored`` names the cause, nothing of the article is written, and the store goes on."""
    from khabar.model import Analysis
    from khabar.store import ArticleNotStored

    store = open_store(store_at("k"))
    for n, text in enumerate(["रूस में \ud800 बैठक हुई।", "रूस में \x00 बैठक हुई।"]):
        a = Article(id=f"bad{n}", text=text)
        analysis = Analysis(a.id, "hi", "रूस", [], [], text, None, None, [], None)
        try:
            store.save_article(a, analysis, "h")
        except ArticleNotStored as e:
            assert type(e.__cause__).__name__ in str(e)  # UnicodeEncodeError, DataError, ...
        else:
            assert store.dialect == "sqlite" and "\x00" in text  # SQLite stores a NUL byte
    assert store.count("articles") == (1 if store.dialect == "sqlite" else 0)
    good = Article(id="good", text="रूस में बैठक हुई।")
    store.save_article(good, analyse(good), "h")
    assert "good" in store.article_ids()


def test_open_store_reads_a_path_or_a_sqlite_url_and_refuses_other_schemes(tmp_path):
    from khabar.store import Store

    by_path = open_store(tmp_path / "a.db")
    by_url = open_store(f"sqlite:///{tmp_path / 'b.db'}")  # sqlite:////abs/path, as SQLAlchemy writes it
    assert isinstance(by_path, Store) and isinstance(by_url, Store)
    assert by_url.path == str(tmp_path / "b.db") and (tmp_path / "b.db").exists()
    with pytest.raises(ValueError, match="postgresql"):
        open_store("mysql://localhost/khabar")


def test_a_postgresql_url_opens_the_postgresql_store(postgres_server):
    from khabar.store import Store
    from khabar.store.postgres import PostgresStore

    url = postgres_server.database()
    store = open_store(url)
    assert isinstance(store, PostgresStore) and isinstance(store, Store) and store.path == url


def test_migration_versions_are_unique_and_consecutive() -> None:
    # Two schema files with one number would leave the second one never applied.
    versions = [version for version, _ in migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_each_sqlite_migration_has_its_postgresql_counterpart() -> None:
    from khabar.store.postgres import migrations as postgres_migrations

    assert [v for v, _ in postgres_migrations()] == [v for v, _ in migrations()]


def test_sqlite_store_is_the_default(tmp_path) -> None:
    assert isinstance(open_store(tmp_path / "k.db"), SqliteStore)


def test_entity_ids_in_use_are_the_entities_and_the_merged_ids(store_at):
    """What a new entity's id is checked against (``StoredEntityIndex._free_id``): a live entity's id and an
    absorbed one's are taken, an id never used or deleted is free; on each backend."""
    from khabar.model import Entity
    from khabar.store.base import EntityChanges, EntityRow, LinkResult

    store = open_store(store_at("ids"))
    rows = [EntityRow(Entity(i, "PER", "अमित कुमार", "Amit Kumar", [], [], []), n) for n, i in enumerate(["E1", "E2"])]
    with store.transaction():
        store.apply(LinkResult(entities=EntityChanges(upserts=rows, aliases={"E3": "E1"})))
    with store.transaction():
        store.apply(LinkResult(entities=EntityChanges(deleted={"E2"})))
    assert store.entity_ids_in_use(["E1", "E2", "E3", "E4"]) == {"E1", "E3"}
    assert store.entity_ids_in_use([]) == set()


def test_entity_latest_articles_are_the_newest_by_publication_date(store_at):
    """What a common name's candidates are read from for a context entity in many articles
    (``EntityIndex._supported_namesakes``): its latest articles by publication date, newest first, undated last,
    each once however many mentions it has; on each backend."""
    store = open_store(store_at("latest"))
    fill_entity_mentions(store)
    assert store.entity_latest_articles(["E1", "E2", "E9"], 2) == {"E1": ["new", "mid"], "E2": ["old"]}
    # A context entity's article count without its every article (``StoredEntityIndex._article_count``): the
    # total, and the mentions in the articles a step changed.
    assert store.entity_article_totals(["E1", "E2", "E9"]) == {"E1": 4, "E2": 1}
    assert store.entity_article_counts_in("E1", ["mid", "old", "gone"]) == {"mid": 2, "old": 1}
    assert store.entity_article_counts_in("E2", ["mid"]) == {}
    assert store.entity_latest_articles(["E1"], 10) == {"E1": ["new", "mid", "old", "undated"]}
    assert store.entity_latest_articles([], 3) == {}


def test_a_store_with_article_lines_checks_clean(tmp_path, seeds_dir):
    """Session 21: SQLite 3.40's integrity check read every row of schema 9's `article_lines` (a NOT NULL column
    between the key columns of a WITHOUT ROWID table) as "NULL value in article_lines.source"; a store that has
    linked real articles checks clean."""
    from khabar.run.local import ingest

    store = open_store(str(tmp_path / "k.db"))
    ingest([seeds_dir], store)
    ids = [row[0] for row in store.db.execute("SELECT id FROM articles")]
    assert any(store.article_lines(ids).values())  # the linked seed reports' lines are filed
    assert store.integrity_check() == "ok"


def test_failures_are_forgotten_by_origin_by_file_or_all(store_at):
    store = open_store(store_at("failures"))
    store.record_failure("a.jsonl:2", "a.jsonl", "invalid JSON")
    store.record_failure("a.jsonl:5", "a.jsonl", "a JSONL record must be an object")
    store.record_failure("b.txt", "b.txt", "empty file")
    store.record_failure("c.txt", "c.txt", "empty file")
    assert store.forget_failures(["a.jsonl:5"]) == 1
    assert [f["origin"] for f in store.failures()] == ["a.jsonl:2", "b.txt", "c.txt"]
    assert store.forget_failures(["a.jsonl", "b.txt", "nowhere"]) == 2
    assert store.forget_failures(["nowhere"]) == 0
    assert store.forget_failures() == 1 and store.failures() == []
    store.close()
