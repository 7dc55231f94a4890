"""The full-text index of schema 0005: keyed by an integer document number, kept in step with the articles table
by triggers, and built from the articles of a store written before it existed."""

from __future__ import annotations

import json
import sqlite3

import pytest

from khabar.model import Analysis, Article
from khabar.store.read import Reader
from khabar.store.search import SearchInputError
from khabar.store.sqlite import SqliteStore, _statements, migrations


def _save(store: SqliteStore, article_id: str, text: str, *, source: str = "jagran.com",
          published: str | None = "2025-03-04T10:00:00+05:30") -> None:
    title = text.split("।", 1)[0]
    analysis = Analysis(article_id, "hi", title, [], [], text, published, None, [], None)
    store.save_article(Article(id=article_id, text=text, source=source, title=title, published=published),
                       analysis, content_hash=text)


def _ids(reader: Reader, q: str, **filters: str) -> list[str]:
    return sorted(item["id"] for item in reader.search(q, **filters).items)


def _store_at_version_4(path: str) -> None:
    """A store as schema 4 left it: articles with their text in articles_fts under an `id` column."""
    db = sqlite3.connect(path, isolation_level=None)
    for version, sql in migrations():
        if version <= 4:
            for statement in _statements(sql):
                db.execute(statement)
    db.execute("PRAGMA user_version = 4")
    rows = [("old1", "बिहार में बाढ़ से हजारों लोग बेघर हुए।", "jagran.com", "2024-08-02"),
            ("old2", "दिल्ली में चुनाव की तारीखों का एलान हुआ।", "bhaskar.com", "2025-01-15"),
            ("old3", "पटना में बाढ़ राहत शिविर खोले गए।", "bhaskar.com", None)]
    for article_id, text, source, published in rows:
        db.execute("INSERT INTO articles (id, source, title, text, content_hash, lang, body, published, analysis, "
                   "ingested_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                   (article_id, source, text[:20], text, "h", "hi", text, published, json.dumps({}), "t", "t"))
        db.execute("INSERT INTO articles_fts (id, title, body) VALUES (?,?,?)", (article_id, text[:20], text))
    db.close()


def test_a_store_written_before_schema_5_is_migrated_and_searchable(tmp_path):
    path = str(tmp_path / "old.db")
    _store_at_version_4(path)
    store = SqliteStore(path)  # opening applies 0005
    assert store.version >= 5
    tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert "articles_fts" not in tables and {"search_fts", "search_docs"} <= tables
    # documents keep the order the articles were stored in (newest = highest)
    assert [r[0] for r in store.db.execute("SELECT article_id FROM search_docs ORDER BY doc")] == ["old1", "old2",
                                                                                                   "old3"]
    reader = Reader(store)
    assert _ids(reader, "बाढ़") == ["old1", "old3"]
    assert _ids(reader, "बाढ़", source="bhaskar.com") == ["old3"]
    assert _ids(reader, "बाढ़", date_from="2024-08", date_to="2024-08") == ["old1"]
    assert _ids(reader, "चुनाव", lang="hi") == ["old2"] and _ids(reader, "चुनाव", lang="en") == []
    assert store.integrity_check() == "ok"


def test_the_index_follows_every_write_to_the_articles_table(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    reader = Reader(store)
    _save(store, "a", "जयपुर में पानी की किल्लत से लोग परेशान।")
    _save(store, "b", "भोपाल में पानी की नई पाइपलाइन बिछेगी।", source="bhaskar.com", published=None)
    assert _ids(reader, "पानी") == ["a", "b"]

    # a stored article saved again: its old words leave the index, its new ones enter, one document remains
    _save(store, "a", "जयपुर में बिजली कटौती से लोग परेशान।")
    assert _ids(reader, "पानी") == ["b"] and _ids(reader, "बिजली") == ["a"]
    assert store.db.execute("SELECT count(*) FROM search_docs WHERE article_id = 'a'").fetchone()[0] == 1
    assert store.db.execute("SELECT count(*) FROM search_fts").fetchone()[0] == 2

    # the link step dates an undated article: the date filter sees it
    assert _ids(reader, "पानी", date_from="2025-06", date_to="2025-06") == []
    with store.transaction():
        store.db.execute("UPDATE articles SET event_date = '2025-06-09' WHERE id = 'b'")
    assert _ids(reader, "पानी", date_from="2025-06", date_to="2025-06") == ["b"]
    assert reader.search("पानी").extra["facets"]["month"] == [{"value": "2025-06", "count": 1}]

    # a deleted article leaves the index
    with store.transaction():
        store.db.execute("DELETE FROM articles WHERE id = 'b'")
    assert _ids(reader, "पानी") == []
    assert store.db.execute("SELECT count(*) FROM search_docs").fetchone()[0] == 1


def test_counts_ranks_and_windows_agree_past_the_ranking_window(tmp_path, monkeypatch):
    """More matches than the ranking window (made small here): the total still counts every match, filtered or
    not, and the page comes from the newest matches."""
    import khabar.store.search as search

    monkeypatch.setattr(search, "RANK_CAP", 5)
    monkeypatch.setattr(search, "COUNT_CAP", 12)
    store = SqliteStore(tmp_path / "s.db")
    with store.transaction():
        for n in range(20):
            _save(store, f"a{n:02d}", f"रांची में सड़क संख्या {n} की मरम्मत हुई।",
                  source="jagran.com" if n % 2 else "bhaskar.com")
    reader = Reader(store)
    everything = reader.search("सड़क", limit=50)
    assert everything.total == 12 and everything.extra["total_exact"] is False
    assert sorted(i["id"] for i in everything.items) == [f"a{n}" for n in range(15, 20)]  # the 5 newest
    filtered = reader.search("सड़क", source="jagran.com", limit=50)
    assert filtered.total == 10 and filtered.extra["total_exact"] is True
    assert sorted(i["id"] for i in filtered.items) == ["a11", "a13", "a15", "a17", "a19"]
    # facets count the facet sample (500 newest), wider than the ranking window here
    assert filtered.extra["facets"]["source"] == [{"value": "jagran.com", "count": 10}]
    rare = reader.search("सड़क संख्या 7")
    assert [i["id"] for i in rare.items] == ["a07"] and rare.total == 1
    assert [p["text"] for p in rare.items[0]["snippet"] if p["hit"]] == ["सड़क", "संख्या", "7"]


def test_date_filters_become_the_fewest_year_month_and_day_terms():
    import datetime as dt

    from khabar.store.search import date_terms

    terms = date_terms(dt.date(2024, 12, 30), dt.date(2026, 3, 2))
    assert terms == ["d20241230", "d20241231", "y2025", "m202601", "m202602", "d20260301", "d20260302"]
    assert date_terms(dt.date(2025, 2, 1), dt.date(2025, 2, 28)) == ["m202502"]


def test_date_filters_keep_what_the_dates_say_open_ended_or_not(tmp_path):
    store = SqliteStore(tmp_path / "s.db")
    dates = {"a": "2024-12-31T23:00:00+05:30", "b": "2025-01-01", "c": "2025-02-14T08:00:00Z", "d": "2025-03-01",
             "e": None, "f": "2026-07-04"}
    for article_id, published in dates.items():
        _save(store, article_id, f"लखनऊ में परीक्षा {article_id} हुई।", published=published)
    reader = Reader(store)
    assert _ids(reader, "परीक्षा") == sorted(dates)
    assert _ids(reader, "परीक्षा", date_from="2025") == ["b", "c", "d", "f"]
    assert _ids(reader, "परीक्षा", date_to="2025-02") == ["a", "b", "c"]
    assert _ids(reader, "परीक्षा", date_from="2025-01-02", date_to="2025-03-01") == ["c", "d"]
    assert _ids(reader, "परीक्षा", date_from="2025-02-14", date_to="2025-02-14") == ["c"]
    assert _ids(reader, "परीक्षा", date_from="2027") == [] and _ids(reader, "परीक्षा", date_to="1999") == []
    # a reversed range, a day the calendar lacks and a date that is not YYYY[-MM[-DD]] are errors, not 0 matches
    for bad in ({"date_from": "2025-03", "date_to": "2025-01"}, {"date_from": "2020-04-31"}, {"date_to": "2025-02-1"},
                {"date_from": "April"}):
        with pytest.raises(SearchInputError):
            reader.search("परीक्षा", **bad)
    # source and language filters are terms too; user words never reach them
    assert _ids(reader, "परीक्षा", source="jagran.com", lang="hi", date_to="2024") == ["a"]
    meta = store.db.execute("SELECT meta FROM search_fts LIMIT 1").fetchone()[0].split()[1]
    assert reader.search(meta).total == 0 and reader.search(meta, syntax="fts").total == 0


def test_facets_count_matches_with_and_without_a_source_or_date(tmp_path):
    store = SqliteStore(str(tmp_path / "k.db"))
    _save(store, "with", "पटना में बाढ़ राहत शिविर खोले गए।")
    _save(store, "without", "बिहार में बाढ़ से हजारों लोग बेघर हुए।", source=None, published=None)
    page = Reader(store).search("बाढ़")
    assert sorted(i["id"] for i in page.items) == ["with", "without"]
    # a missing value ties with a present one: counted, never compared with it, and not listed as a value
    assert page.extra["facets"]["source"] == [{"value": "jagran.com", "count": 1}]
    assert page.extra["facets"]["year"] == [{"value": "2025", "count": 1}]
