"""The one query layer (``Reader``: CLI, web, REST, Python API) on PostgreSQL gives what it gives on SQLite: the
web store's articles ingested into both, then every listing, page, table and search compared."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_support import build_web_store, web_db_path

import khabar
from khabar.store.read import Reader
from khabar.store.search import SearchInputError
from khabar.web.app import create_app

QUERIES = ["पुतिन", "Putin", "कोविड", "COVID-19", "Delhi", "दिल्ली", "चुनावों", "Kim Jong Un", "market", "बीजिंग",
           "hospital", "अस्पताल", "chief minister"]


@pytest.fixture(scope="module")
def readers(postgres_server) -> tuple[Reader, Reader]:
    url = postgres_server.database()
    build_web_store(url, Path(tempfile.mkdtemp(prefix="khabar-web-pg-")))
    return Reader.open(web_db_path()), Reader.open(url)


def _same(sqlite_value, postgres_value) -> None:
    assert postgres_value == sqlite_value


def test_listings_pages_and_tables_are_the_same(readers) -> None:
    lite, pg = readers
    for kind in ("articles", "stories", "entities"):
        _same(lite.short_ids(kind), pg.short_ids(kind))
    _same(lite.stories(limit=0).to_dict(), pg.stories(limit=0).to_dict())
    _same(lite.articles(limit=0, with_text=True).to_dict(), pg.articles(limit=0, with_text=True).to_dict())
    for article_id in lite.ids("articles"):
        _same(lite.article(article_id), pg.article(article_id))
    for story_id in lite.ids("stories"):
        _same(lite.story(story_id), pg.story(story_id))
    _same(lite.entities(limit=0).to_dict(), pg.entities(limit=0).to_dict())
    for row in lite.entity_list(limit=6):
        _same(lite.entity(row["id"]), pg.entity(row["id"]))
    _same(lite.quote_groups(), pg.quote_groups())
    _same(lite.claims(), pg.claims())
    _same(lite.threads(), pg.threads())
    _same(lite.thread_page(limit=0).to_dict(), pg.thread_page(limit=0).to_dict())
    assert lite.ids("threads")
    for thread_id in lite.ids("threads"):
        _same(lite.thread(thread_id), pg.thread(thread_id))
    _same(lite.graph().to_dict(), pg.graph().to_dict())
    for name in Reader.TABLES:
        columns, rows = lite.table(name)
        _same((columns, list(rows)), (lambda t: (t[0], list(t[1])))(pg.table(name)))
    # filters
    beijing = next(s for s in lite.stories(limit=0).items if "बीजिंग" in s["headline"])
    _same(lite.articles(story=beijing["id"][:6], lang="hi").to_dict(),
          pg.articles(story=beijing["id"][:6], lang="hi").to_dict())
    _same(lite.stories(entity="Putin", date_from="2025").to_dict(),
          pg.stories(entity="Putin", date_from="2025").to_dict())


def test_the_everyday_filters_are_the_same(readers) -> None:
    """The listings' outlet, date and size filters and the export's mentions and threads on both backends."""
    lite, pg = readers
    _same(lite.outlets(), pg.outlets())
    outlet = (lite.outlets() or [("none", 0)])[0][0]
    for kwargs in ({"source": outlet.upper()}, {"date_from": "2025-09"}, {"date_to": "2023"},
                   {"date_from": "2020", "date_to": "2025-10-01"}):
        _same(lite.articles(limit=0, newest_first=True, **kwargs).to_dict(),
              pg.articles(limit=0, newest_first=True, **kwargs).to_dict())
    _same(lite.articles(limit=0, newest_first=True).to_dict(), pg.articles(limit=0, newest_first=True).to_dict())
    for kwargs in ({"min_articles": 2}, {"source": outlet.lower(), "min_articles": 1}):
        _same(lite.stories(limit=0, **kwargs).to_dict(), pg.stories(limit=0, **kwargs).to_dict())
    entity = lite.entity_list(limit=1)[0]["id"]
    _same(lite.threads(entity=entity), pg.threads(entity=entity))
    _same(lite.threads(date_from="2025-09", date_to="2026"), pg.threads(date_from="2025-09", date_to="2026"))
    _same([dict(r) for r in lite.store.mention_rows()], [dict(r) for r in pg.store.mention_rows()])
    _same([dict(r) for r in lite.store.thread_rows()], [dict(r) for r in pg.store.thread_rows()])


def _hits(page) -> dict:
    record = page.to_dict()
    return {"ids": sorted(i["id"] for i in record["items"]), "total": record["total"],
            "facets": record["facets"], "entities": record["entities"], "exact": record.get("total_exact")}


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_articles(readers, query: str) -> None:
    lite, pg = readers
    found = _hits(pg.search(query, limit=50))
    _same(_hits(lite.search(query, limit=50)), found)
    page = pg.search(query, limit=50).to_dict()
    for item in page["items"]:  # snippets are parts with the hits marked
        assert (item["snippet"] and any(part["hit"] for part in item["snippet"])) or query.isascii()


def test_search_crosses_scripts_and_filters_alike(readers) -> None:
    lite, pg = readers
    latin = pg.search("Putin", limit=50)
    assert latin.total >= 3 and all(i["lang"] == "hi" for i in latin.items if "पुतिन" in (i["title"] or ""))
    for kwargs in ({"lang": "hi"}, {"lang": "en"}, {"date_from": "2025-09"}, {"date_to": "2023"},
                   {"entity": "Putin"}):
        _same(_hits(lite.search("Putin", limit=50, **kwargs)), _hits(pg.search("Putin", limit=50, **kwargs)))
    for blank in ("", "  "):  # an empty query is an error on both backends, not "0 matches"
        with pytest.raises(SearchInputError):
            pg.search(blank, limit=5)


def test_rest_and_python_api_open_a_postgresql_url(readers) -> None:
    lite, pg = readers
    client = TestClient(create_app(pg.path))
    stories = client.get("/api/stories", params={"limit": 100}).json()
    assert stories == TestClient(create_app(lite.path)).get("/api/stories", params={"limit": 100}).json()
    assert client.get("/api/search", params={"q": "पुतिन"}).json()["total"] >= 3
    with khabar.open(pg.path) as kb:
        assert {s.id for s in kb.stories()} == set(lite.ids("stories"))
