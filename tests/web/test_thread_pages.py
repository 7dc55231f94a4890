"""Threads in the REST API, the pages and the Python API: three days of one state's count (tests/data/
bihar_daily.jsonl, written for khabar) form a thread whose count is drawn as a dated series; the Putin-Kim
examples form a second thread without figures."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import khabar
from khabar.run.local import ingest
from khabar.store.read import Reader, open_store
from khabar.web.app import create_app

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
EXAMPLES = [REPO / "examples" / n for n in ("hi_pyongyang_visit.txt",
                                            "en_summit_talks.txt", "hi_summit_talks.txt")]


def build_thread_store(target: str) -> None:
    store = open_store(target)
    report = ingest([TESTS / "data" / "bihar_daily.jsonl", *EXAMPLES], store)
    assert not report.errors
    store.close()


@pytest.fixture(scope="module")
def thread_db() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="khabar-threads-"))
    build_thread_store(str(root / "t.db"))
    yield root / "t.db"
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def client(thread_db: Path) -> TestClient:
    return TestClient(create_app(thread_db))


def bihar_thread(client: TestClient) -> dict:
    threads = client.get("/api/threads").json()["items"]
    return next(t for t in threads if any("बिहार" in s["headline"] for s in t["stories"]))


def test_api_threads_list_their_stories_day_by_day(client: TestClient) -> None:
    page = client.get("/api/threads").json()
    assert page["total"] == 2 == len(page["items"])
    # the thread with the latest story first: the Putin-Kim visit (2025) before the Bihar counts (2020)
    assert [t["last_date"][:4] for t in page["items"]] == ["2025", "2020"]
    bihar = bihar_thread(client)
    assert [s["date"][:10] for s in bihar["stories"]] == ["2020-03-29", "2020-03-30", "2020-03-31"]
    assert (bihar["first_date"], bihar["last_date"]) == ("2020-03-29", "2020-03-31")
    assert client.get("/api/threads", params={"limit": 1, "offset": 1}).json()["items"][0]["id"] == bihar["id"]


def test_api_thread_has_the_rising_count_as_a_series(client: TestClient) -> None:
    bihar = bihar_thread(client)
    detail = client.get(f"/api/threads/{bihar['id'][:6]}").json()  # a unique prefix is enough
    assert detail["id"] == bihar["id"]
    (infected,) = [s for s in detail["figure_series"] if s["predicate"] == "infected"]
    assert [(p["date"][:10], p["value"]) for p in infected["points"]] == [
        ("2020-03-29", 15), ("2020-03-30", 21), ("2020-03-31", 23)]
    assert [p["article_ids"] for p in infected["points"]] == [["bihar-0329"], ["bihar-0330"], ["bihar-0331"]]
    assert {p["story_id"] for p in infected["points"]} == {s["id"] for s in bihar["stories"]}
    other = next(t for t in client.get("/api/threads").json()["items"] if t["id"] != bihar["id"])
    assert client.get(f"/api/threads/{other['id']}").json()["figure_series"] == []
    assert client.get("/api/threads/tnope").status_code == 404


def test_thread_pages_draw_the_series_and_have_json_twins(client: TestClient) -> None:
    bihar = bihar_thread(client)
    listing = client.get("/threads")
    assert listing.status_code == 200 and f'href="/threads/{bihar["id"]}"' in listing.text
    assert client.get("/threads.json").json()["total"] == 2
    page = client.get(f"/threads/{bihar['id']}")
    assert page.status_code == 200
    assert '<svg class="chart series"' in page.text and page.text.count("<circle") == 3
    assert "2020-03-29" in page.text and "2020-03-31" in page.text
    for story in bihar["stories"]:
        assert f'href="/stories/{story["id"]}"' in page.text
    assert client.get(f"/threads/{bihar['id']}.json").json()["figure_series"][0]["points"]
    assert 'href="/threads"' in client.get("/stories").text  # reachable from every page's navigation


def test_python_api_thread(thread_db: Path) -> None:
    kb = khabar.open(thread_db)
    bihar = next(t for t in kb.threads() if len(t.story_ids) == 3)
    detail = kb.thread(bihar.id)
    assert detail["stories"][0]["date"][:10] == "2020-03-29"
    assert [p["value"] for p in detail["figure_series"][0]["points"]] == [15, 21, 23]
    assert Reader(open_store(str(thread_db))).thread(bihar.id[:5])["id"] == bihar.id
