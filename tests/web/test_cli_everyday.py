"""The everyday listings a fact-checker opens: the outlet on every article and story, --source in any case
with the known outlets named, --from/--to/--min-articles, one order for text and --json, threads by entity,
failures that can be cleared, and the web's HEAD and /api/ index."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fastapi.testclient import TestClient
from web_support import web_db_path

from khabar.cli import main
from khabar.commands import core
from khabar.ingest.errors import IngestError
from khabar.ingest.readers import read_jsonl
from khabar.run.local import ingest
from khabar.store.read import open_store
from khabar.web.app import create_app

# Written for this test: one event reported by two outlets on one day, another by one outlet a day later.
RECORDS = [
    {"id": "ev1-a", "source": "Morning Herald", "published": "2021-05-03",
     "title": "Flood waters rise in Patna as the Ganga crosses the danger mark",
     "text": "Flood waters rise in Patna as the Ganga crosses the danger mark\n\nPatna, 3 May. The Ganga crossed "
             "the danger mark at Gandhi Ghat in Patna on Monday, the Central Water Commission said. District "
             "magistrate Chandrashekhar Singh said 4,000 people were moved to relief camps in Patna."},
    {"id": "ev1-b", "source": "Evening Courier", "published": "2021-05-03",
     "title": "Ganga above danger mark in Patna, thousands moved to camps",
     "text": "Ganga above danger mark in Patna, thousands moved to camps\n\nPatna, 3 May. The Ganga flowed above "
             "the danger mark at Gandhi Ghat in Patna on Monday, according to the Central Water Commission. "
             "District magistrate Chandrashekhar Singh said 4,000 people had been moved to relief camps."},
    {"id": "ev2-a", "source": "Evening Courier", "published": "2021-05-04",
     "title": "Chess olympiad opens in Chennai with a record entry",
     "text": "Chess olympiad opens in Chennai with a record entry\n\nChennai, 4 May. The chess olympiad opened "
             "in Chennai on Tuesday with teams from 180 countries, the organisers said. Viswanathan Anand "
             "lit the torch at the Nehru Stadium."},
]


@pytest.fixture(scope="module")
def outlets_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outlets")
    source = folder / "batch.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    db = folder / "khabar.db"
    store = open_store(db)
    report = ingest([source], store)
    assert not report.errors
    store.close()
    return db


@pytest.fixture(autouse=True)
def terminal_100_columns() -> Iterator[None]:
    widths = core.out.width, core.err.width
    core.out.width = core.err.width = 100
    yield
    core.out.width, core.err.width = widths


def khabar(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, [*args, "--db", str(db)], catch_exceptions=False)


def _json_lines(result: Result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_articles_name_their_outlet_and_source_matches_in_any_case(outlets_db: Path) -> None:
    listing = khabar(outlets_db, "articles")
    assert "Morning Herald" in listing.stdout and "Evening Courier" in listing.stdout
    rows = _json_lines(khabar(outlets_db, "articles", "--json"))
    assert {r["id"]: r["source"] for r in rows} == {r["id"]: r["source"] for r in RECORDS}
    # newest first, the same order in the table and in --json
    assert rows[0]["id"] == "ev2-a"
    table_ids = [line.split()[0] for line in listing.stdout.splitlines()[1:] if line[:1].strip()]
    assert table_ids == [r["id"][:len(i)] for r, i in zip(rows, table_ids, strict=True)]
    assert {r["id"] for r in _json_lines(khabar(outlets_db, "articles", "--source", "evening courier", "--json"))} \
        == {"ev1-b", "ev2-a"}
    assert [r["id"] for r in _json_lines(khabar(outlets_db, "articles", "--from", "2021-05-04", "--json"))] \
        == ["ev2-a"]
    assert {r["id"] for r in _json_lines(khabar(outlets_db, "articles", "--to", "2021-05-03", "--json"))} \
        == {"ev1-a", "ev1-b"}


def test_an_unknown_outlet_is_an_error_that_names_the_known_ones(outlets_db: Path) -> None:
    unknown = khabar(outlets_db, "articles", "--source", "Daily Planet")
    assert unknown.exit_code == 1
    assert "known outlets: Evening Courier, Morning Herald" in unknown.output
    initials = khabar(outlets_db, "stories", "--source", "MH")
    assert initials.exit_code == 1 and "did you mean: Morning Herald" in initials.output
    assert khabar(outlets_db, "articles", "--from", "May 2021").exit_code == 2


def test_stories_filter_by_outlet_date_and_size_in_one_order(outlets_db: Path) -> None:
    stories = _json_lines(khabar(outlets_db, "stories", "--json"))
    assert len(stories) == 2
    assert stories[0]["article_ids"] == ["ev2-a"]  # newest first, as the text listing
    text = khabar(outlets_db, "stories").stdout
    assert text.index(stories[0]["id"]) < text.index(stories[1]["id"])
    assert "1 article," in text and "1 articles" not in text
    assert "Morning Herald: Flood waters" in text
    wide = _json_lines(khabar(outlets_db, "stories", "--min-articles", "2", "--json"))
    assert [sorted(s["article_ids"]) for s in wide] == [["ev1-a", "ev1-b"]]
    assert wide[0]["outlets"] == ["Morning Herald", "Evening Courier"]
    assert [s["article_ids"] for s in _json_lines(khabar(outlets_db, "stories", "--source", "MORNING HERALD",
                                                         "--json"))] == [wide[0]["article_ids"]]
    day = _json_lines(khabar(outlets_db, "stories", "--from", "2021-05-03", "--to", "2021-05-03", "--json"))
    assert [s["id"] for s in day] == [wide[0]["id"]]
    none = khabar(outlets_db, "stories", "--from", "2022")
    assert none.exit_code == 0 and "no stories match" in none.output


def test_show_names_the_outlet_of_an_article_and_of_each_source_of_a_story(outlets_db: Path) -> None:
    article = khabar(outlets_db, "show", "ev1-a").stdout
    assert any(line.split()[:1] == ["source"] and "Morning Herald" in line for line in article.splitlines())
    story_id = _json_lines(khabar(outlets_db, "stories", "--min-articles", "2", "--json"))[0]["id"]
    shown = khabar(outlets_db, "show", story_id).stdout
    sources = shown[shown.index("\nsources"):]
    assert "Morning Herald (1 article)" in sources and "Evening Courier (1 article)" in sources
    assert "2 articles" in shown.splitlines()[0] and "Morning Herald" in shown.splitlines()[0]


def test_threads_filter_by_entity_and_dates() -> None:
    db = web_db_path()
    threads = _json_lines(khabar(db, "threads", "--json"))
    assert threads
    first = threads[0]
    story = khabar(db, "show", first["stories"][0]["id"], "--json")
    entity_id = json.loads(story.stdout)["entity_ids"][0]
    by_entity = _json_lines(khabar(db, "threads", "--entity", entity_id, "--json"))
    assert first["id"] in [t["id"] for t in by_entity]
    assert len(by_entity) <= len(threads)
    day = first["stories"][0]["date"][:10]
    assert first["id"] in [t["id"] for t in _json_lines(khabar(db, "threads", "--from", day, "--to", day,
                                                               "--json"))]
    assert khabar(db, "threads", "--from", "2100").output.strip() == "no threads match"
    assert khabar(db, "threads", "--entity", "no such name at all xyz").exit_code == 1


def test_a_cut_off_jsonl_line_says_so_and_names_its_record() -> None:
    line = '{"id": "rec-7", "title": "half", "text": "a line cut off in the mid'
    (error,) = list(read_jsonl(line, origin="batch.jsonl"))
    assert isinstance(error, IngestError) and error.origin == "batch.jsonl:1"
    assert error.reason.endswith("; record id 'rec-7'") and "cut off" in error.reason
    assert "at at" not in error.reason and "control character" not in error.reason
    (other,) = list(read_jsonl('{"a" 1}', origin="b.jsonl"))
    assert other.reason == "invalid JSON (Expecting ':' delimiter at column 6)"
    (empty,) = list(read_jsonl('{"id": "rec-8", "text": ""}', origin="b.jsonl"))
    assert empty.reason == "record has neither a non-empty 'text' nor 'html'; record id 'rec-8'"


def test_failures_can_be_cleared(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "x1", "text": "cut off\n[1, 2]\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "k.db"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / "batch.jsonl"), str(tmp_path / "empty.txt"), "--no-link",
                                "--db", str(db)]).exit_code == 1
    listed = _json_lines(khabar(db, "failures", "--json"))
    assert len(listed) == 3
    one = khabar(db, "failures", "--clear", str(tmp_path / "empty.txt"))
    assert one.exit_code == 0 and "forgot 1 failure" in one.output
    assert len(_json_lines(khabar(db, "failures", "--json"))) == 2
    assert khabar(db, "failures", "--clear", "nothing-like-this").exit_code == 1
    every = khabar(db, "failures", "--clear")
    assert "forgot 2 failures" in every.output
    assert khabar(db, "failures").stdout.strip() == "no failures"


def test_head_is_answered_and_the_api_has_an_index(outlets_db: Path) -> None:
    client = TestClient(create_app(outlets_db))
    head = client.head("/", follow_redirects=False)
    assert head.status_code == 307 and head.headers["location"] == "/stories"
    page = client.head("/stories")
    assert page.status_code == 200 and page.content == b""
    assert int(page.headers["content-length"]) == len(client.get("/stories").content)
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.head("/api/health").status_code == 200
    for path in ("/api/", "/api"):
        index = client.get(path)
        assert index.status_code == 200
        body = index.json()
        assert body["openapi"] == "/openapi.json"
        assert {"/api/stories", "/api/articles", "/api/health"} <= {e["path"] for e in body["endpoints"]}
    guarded = TestClient(create_app(outlets_db, token="t0k"))
    assert guarded.head("/stories").status_code == 401
    assert client.get("/api/articles", params={"source": "morning herald"}).json()["total"] == 1
    assert client.get("/api/stories", params={"min_articles": 2}).json()["total"] == 1


def test_delete_dry_run_names_what_it_would_delete_and_deletes_nothing(outlets_db: Path) -> None:
    before = _json_lines(khabar(outlets_db, "articles", "--json"))
    dry = khabar(outlets_db, "delete", "ev1-a", "--dry-run")
    assert dry.exit_code == 0
    assert "ev1-a  Morning Herald  2021-05-03  Flood waters" in dry.stdout
    assert "would delete 1 article and relink 1 story; nothing was deleted" in dry.output
    assert _json_lines(khabar(outlets_db, "articles", "--json")) == before
