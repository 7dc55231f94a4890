"""A store written by an older khabar is brought up to date without reading its sources again: ``khabar info``
and ingest say it is stale, ``khabar reanalyse`` analyses the stale articles again from their stored text and
relinks, ``khabar relink`` builds the link layer again; both end with the store a fresh ingest of the same
articles makes (real covid5 articles, on SQLite and PostgreSQL). Bad rows are reported and never stop the batch."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import BACKENDS, SHARED, _need, copy_db, run_khabar
from khabar import versions
from khabar.export import records
from khabar.model import Analysis, Article
from khabar.run import local
from khabar.run.local import article_hash, ingest
from khabar.run.upkeep import reanalyse, relink_all, stored_article
from khabar.store import open_store

DAYS = ("2020-03-21", "2020-03-22")  # 27 real articles of two days: stories of several papers, threads, claims
COUNT = 27


@pytest.fixture(scope="module")
def covid5_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two days of the labelled covid5 window as a JSONL file (written outside the repository)."""
    source = _need(SHARED / "data" / "stories" / "covid5_dev.jsonl")
    rows = [line for line in source.read_text(encoding="utf-8").splitlines() if json.loads(line)["published"] in DAYS]
    path = tmp_path_factory.mktemp("covid5") / "covid5.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _ingest_fresh(location: str, covid5_file: Path) -> dict:
    """Ingest the articles into an empty store at ``location``; the export of the result."""
    store = open_store(location)
    report = ingest([covid5_file], store)
    assert report.new == COUNT and not report.errors
    exported = records(store)
    store.close()
    return exported


# One fresh ingest per backend for the whole module (each costs seconds); every test works on a private copy.
@pytest.fixture(scope="module")
def sqlite_fresh(covid5_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    template = tmp_path_factory.mktemp("upkeep") / "fresh.db"
    return template, _ingest_fresh(str(template), covid5_file)


@pytest.fixture(scope="module")
def postgresql_fresh(postgres_server, covid5_file: Path) -> tuple[str, dict]:
    template = postgres_server.database()
    return template, _ingest_fresh(template, covid5_file)


@pytest.fixture(params=BACKENDS)
def fresh_copy(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Callable[[str], str], dict]:
    """``(copy, fresh)``: ``copy(name)`` is the location of a private copy of a fresh ingest of the articles
    (a SQLite file, or a PostgreSQL database made from the fresh one as its template); ``fresh`` its export."""
    if request.param == "sqlite":
        template, fresh = request.getfixturevalue("sqlite_fresh")
        return (lambda name: str(copy_db(template, tmp_path / f"{name}.db"))), fresh
    server = request.getfixturevalue("postgres_server")
    template, fresh = request.getfixturevalue("postgresql_fresh")
    return (lambda name: server.database(template=template)), fresh


def _sql(store, sql: str, *params: object) -> None:
    """Tampering only a test does: a store as an older khabar, or a broken disk, would leave it."""
    with store.transaction():
        store.db.execute(sql, params)


def test_relink_builds_the_link_layer_a_fresh_ingest_builds(fresh_copy) -> None:
    copy, fresh = fresh_copy
    assert fresh["stories"] and fresh["claims"] and any(len(s["article_ids"]) > 1 for s in fresh["stories"])
    store = open_store(copy("tampered"))
    assert records(store) == fresh
    # links an older link step would have left: every article in one story, no claims, entities unlinked
    _sql(store, "UPDATE articles SET story_id = 'old-story', syndication_group = NULL")
    _sql(store, "DELETE FROM claims")
    _sql(store, "UPDATE mentions SET entity_id = NULL")
    _sql(store, "UPDATE quantities SET claim_id = NULL")
    store.set_state(versions.LINK_BUILT_BY, ["0ld1ink0000000000"])
    assert versions.store_versions(store).link_stale
    assert "khabar relink" in (versions.store_versions(store).advice() or "")
    assert records(store) != fresh

    report = relink_all(store)
    assert not report.errors and report.relinked == COUNT
    assert records(store) == fresh
    after = versions.store_versions(store)
    assert not after.link_stale and after.advice() is None and store.count("link_pending") == 0


def test_reanalyse_brings_an_older_khabars_analyses_to_a_fresh_ingests_store(fresh_copy, monkeypatch) -> None:
    copy, fresh = fresh_copy
    store = open_store(copy("old"))
    ids = store.article_ids()
    # An older analysis (found no quotes and no names) wrote four articles; four more were stored before khabar
    # recorded versions at all (no inputs row: their title and date are rebuilt from the content hash).
    older, unrecorded = ids[:4], ids[-4:]
    with monkeypatch.context() as m:
        m.setattr(versions, "analysis_fingerprint", lambda: "0ldana1ysis00000")
        for row in store.reanalysis_rows(older):
            article, _ = stored_article(row)
            analysis = store.analysis(article.id)
            assert analysis is not None
            analysis.quotes, analysis.mentions = [], []
            store.save_article(article, analysis, row["content_hash"])
    for article_id in unrecorded:
        _sql(store, "DELETE FROM article_inputs WHERE article_id = ?", article_id)
    relink_all(store)  # the older khabar linked what it had analysed
    store.set_state(versions.LINK_BUILT_BY, None)
    store.set_state(versions.WRITTEN_BY, None)
    stale = versions.store_versions(store)
    assert stale.stale_articles == 8 and stale.analysed_by["0ldana1ysis00000"] == 4 and stale.analysed_by[None] == 4
    assert "khabar reanalyse" in (stale.advice() or "")
    assert records(store) != fresh

    report = reanalyse(store)
    assert (report.selected, report.analysed, report.guessed, report.errors) == (8, 8, 0, [])
    assert records(store) == fresh
    now = versions.store_versions(store)
    assert now.stale_articles == 0 and not now.link_stale and now.written_by is not None
    again = reanalyse(store)  # nothing left to do: no analysis, no relink
    assert (again.selected, again.analysed, again.linked) == (0, 0, {})


def test_a_row_that_cannot_be_analysed_or_read_is_reported_and_the_rest_goes_on(tmp_path: Path, sqlite_fresh,
                                                                             monkeypatch) -> None:
    store = open_store(copy_db(sqlite_fresh[0], tmp_path / "k.db"))
    ids = store.article_ids()
    broken, failing = ids[3], ids[5]
    text = store.article(broken)["text"]
    real_analyse = local.analyse

    def analyse(article: Article) -> Analysis:
        if article.id == failing:
            raise RuntimeError("a rule that trips on this text")
        return real_analyse(article)

    monkeypatch.setattr(local, "analyse", analyse)
    _sql(store, "UPDATE articles SET analysis = '{not json' WHERE id = ?", broken)
    report = reanalyse(store, everything=True)
    assert report.analysed == COUNT - 1  # the broken row's text is fine: analysed again, its analysis mended
    assert [e.origin for e in report.errors] == [failing]
    assert "RuntimeError" in report.errors[0].reason and "earlier analysis is kept" in report.errors[0].reason
    assert report.relinked == COUNT and store.count("stories") > 0

    linked = records(store)
    # The link step meets every article (a name it learns is searched for in every text), so an unreadable
    # stored analysis is analysed again from its text, reported, and the store ends as before.
    _sql(store, "UPDATE articles SET analysis = '{not json' WHERE id = ?", broken)
    report = relink_all(store)
    assert [e.origin for e in report.errors] == [broken] and "unreadable" in report.errors[0].reason
    assert "analysed again" in report.errors[0].reason
    assert report.relinked == COUNT and store.count("link_pending") == 0
    assert records(store) == linked
    assert any(e["origin"] == broken for e in _ingest_errors(store))

    # Where analysing its text fails too, it is linked with no findings and left for `reanalyse` to retry.
    monkeypatch.setattr(local, "analyse", lambda article: (_ for _ in ()).throw(RuntimeError("still failing")))
    _sql(store, "UPDATE articles SET analysis = '{not json' WHERE id = ?", broken)
    report = relink_all(store)
    assert [e.origin for e in report.errors] == [broken] and "still failing" in report.errors[0].reason
    assert report.relinked == COUNT and store.analysis(broken).mentions == []
    assert store.article(broken)["text"] == text  # text never rewritten
    assert versions.store_versions(store).stale_articles == 1


def _ingest_errors(store) -> list[dict]:
    return [dict(r) for r in store.db.execute("SELECT origin, reason FROM ingest_errors")]


def test_a_title_and_date_the_source_gave_in_its_own_form_are_rebuilt_as_analysis_read_them() -> None:
    # Written for this test: an article stored before khabar recorded the source's own title and date; the source
    # gave its date as "5 April 2020, 10:30 IST", which analysis stored as 2020-04-05.
    given = Article(id="x1", text="भोपाल। राज्य में रविवार को 12 नए मामले मिले। स्वास्थ्य विभाग ने कहा कि सभी मरीज ठीक हैं।",
                    url="https://example.in/news/x1", source="example.in", title="भोपाल में 12 नए मामले",
                    published="5 April 2020, 10:30 IST")
    row = {"id": "x1", "text": given.text, "url": given.url, "source": given.source, "meta": "{}", "origin": None,
           "title": given.title, "published": "2020-04-05", "content_hash": article_hash(given),
           "analysis": json.dumps({"published_from": "source metadata"}), "given": None}
    article, certain = stored_article(row)
    assert not certain and (article.title, article.published) == (given.title, "2020-04-05")
    # the date found in the URL or the text, not given by the source, is not passed as given
    article, certain = stored_article({**row, "analysis": json.dumps({"published_from": "url"})})
    assert not certain and article.published is None
    # with the date as stored the content hash fits: certain
    exact = Article(**{**given.to_dict(), "published": "2020-04-05"})
    article, certain = stored_article({**row, "content_hash": article_hash(exact)})
    assert certain and article.published == "2020-04-05" and article.title == given.title


def test_cli_info_warns_once_on_ingest_and_reanalyse_clears_it(seeds_ingested: Path, tmp_path: Path) -> None:
    db = copy_db(seeds_ingested, tmp_path / "k.db")
    store = open_store(db)
    first = store.article_ids()[0]
    _sql(store, "DELETE FROM article_inputs WHERE article_id = ?", first)  # stored by an older khabar
    store.close()
    info = json.loads(run_khabar("info", "--json", db=db, check=True).stdout)
    assert info["stale_articles"] == 1 and info["analysed_by"]["unknown"] == 1 and info["counts"]["articles"] == 5
    # Written for this test: one new article.
    new = tmp_path / "new.txt"
    new.write_text("जयपुर। शहर में सोमवार को नई बस सेवा शुरू हुई। परिवहन मंत्री ने कहा कि 40 बसें चलेंगी।\n",
                   encoding="utf-8")
    done = run_khabar("ingest", str(new), db=db)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("warning") == 1 and "khabar reanalyse" in done.stderr
    assert "1 new" in done.stderr
    text = run_khabar("info", db=db, check=True).stdout
    assert "5 of 6 articles analysed by this version" in text and "khabar reanalyse" in text
    done = run_khabar("reanalyse", db=db)
    assert done.returncode == 0, done.stderr
    assert "1 of 1 articles analysed again" in done.stderr and "6 linked again" in done.stderr
    info = json.loads(run_khabar("info", "--json", db=db, check=True).stdout)
    assert info["stale_articles"] == 0 and not info["link_stale"] and info["advice"] is None
    again = run_khabar("ingest", str(new), db=db)
    assert "warning" not in again.stderr
    relinked = run_khabar("relink", db=db)
    assert relinked.returncode == 0 and "6 linked again" in relinked.stderr, relinked.stderr


def test_python_api_reanalyses_on_dask_as_locally_and_no_link_leaves_relink_advised(seeds_ingested: Path,
                                                                                     tmp_path: Path) -> None:
    import khabar

    expected = records(open_store(seeds_ingested))
    with khabar.open(copy_db(seeds_ingested, tmp_path / "dask.db")) as kb:
        kb.store.forget_analysis_versions(kb.store.article_ids())  # as stored by a khabar before versions
        assert kb.versions()["stale_articles"] == 5 and "khabar reanalyse" in kb.versions()["advice"]
        done = kb.reanalyse(engine="dask", workers=2)
        assert (done["analysed"], done["relinked"], done["errors"]) == (5, 5, [])
        assert done["stories"] == 3 and records(kb.store) == expected
        assert kb.versions()["advice"] is None
        assert kb.relink()["relinked"] == 5 and records(kb.store) == expected
    with khabar.open(copy_db(seeds_ingested, tmp_path / "later.db")) as kb:
        kb.store.forget_analysis_versions(kb.store.article_ids())
        done = kb.reanalyse(link=False)
        assert done["analysed"] == 5 and done["relinked"] == 0
        now = kb.versions()
        assert now["stale_articles"] == 0 and now["link_stale"] and "khabar relink" in now["advice"]
        kb.relink()
        assert kb.versions()["advice"] is None and records(kb.store) == expected


def test_an_ingest_into_a_store_an_older_khabar_linked_keeps_its_links_stale(seeds_ingested: Path,
                                                                             tmp_path: Path) -> None:
    store = open_store(copy_db(seeds_ingested, tmp_path / "k.db"))
    store.forget_analysis_versions(store.article_ids())  # a store from before versions were recorded
    store.set_state(versions.LINK_BUILT_BY, None)
    store.set_state(versions.WRITTEN_BY, None)
    # Written for this test: one new article, linked incrementally beside the older khabar's stories.
    new = tmp_path / "new.txt"
    new.write_text("पटना। राज्य सरकार ने बुधवार को 25 नए अस्पतालों की घोषणा की। मंत्री ने कहा कि काम अगले महीने शुरू होगा।\n",
                   encoding="utf-8")
    assert ingest([new], store).new == 1
    now = versions.store_versions(store)
    assert now.link_built_by == ["unknown", versions.link_fingerprint()] and now.link_stale
    assert now.stale_articles == 5 and now.written_by["analysis"] == versions.analysis_fingerprint()
