"""One entity listing everywhere: the CLI, the web page and its JSON twin, the REST API and the Python API list the
entities something supports (``Reader.entity_list``), and each has the switch that adds the weakly supported ones.
On the seeds store, पाक जोंग चोन (one tagged mention in one article) is such an entity and Kim Jong Un is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from web_support import web_db_path

import khabar
from khabar.cli import main
from khabar.store.read import Reader
from khabar.web.app import create_app

WEAK = "पाक जोंग चोन"
STRONG = "Kim Jong Un"


@pytest.fixture(scope="module")
def web_db() -> Path:
    return web_db_path()


@pytest.fixture(scope="module")
def reader(web_db: Path) -> Reader:
    return Reader.open(web_db)


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db))


def _ids(rows: list[dict]) -> set[str]:
    return {r["id"] for r in rows}


def test_reader_lists_supported_entities_and_adds_weak_ones_when_asked(reader: Reader):
    listed, everything = reader.entity_list(), reader.entity_list(include_weak=True)
    assert listed and all(r["support"] in {"known", "articles", "repeated"} for r in listed)
    assert STRONG in {r["latin"] for r in listed}
    assert WEAK not in {r["name"] for r in listed}
    weak = [r for r in everything if r["name"] == WEAK]
    assert weak and weak[0]["support"] == "single"
    assert _ids(listed) < _ids(everything)
    stored = reader.count("entities")
    assert len(listed) + reader.entities_hidden() == stored
    assert len(everything) + reader.entities_hidden(include_weak=True) == stored


def test_cli_lists_what_the_reader_lists(web_db: Path, reader: Reader):
    runner = CliRunner()
    for flags, include_weak in (([], False), (["--all"], True)):
        result = runner.invoke(main, ["entities", "--json", "--db", str(web_db), *flags])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
        assert [r["id"] for r in rows] == [r["id"] for r in reader.entity_list(include_weak=include_weak)]
    table = runner.invoke(main, ["entities", "--db", str(web_db)]).output
    assert f"{reader.entities_hidden()} weakly supported or descriptive not shown" in table


def test_rest_api_lists_what_the_reader_lists(client: TestClient, reader: Reader):
    page = client.get("/api/entities", params={"limit": 500}).json()
    assert _ids(page["items"]) == _ids(reader.entity_list()) and page["total"] == len(page["items"])
    assert page["hidden"] == reader.entities_hidden()
    assert WEAK not in {e["name"] for e in page["items"]}
    everything = client.get("/api/entities", params={"limit": 500, "all": "true"}).json()
    assert _ids(everything["items"]) == _ids(reader.entity_list(include_weak=True))
    assert next(e for e in everything["items"] if e["name"] == WEAK)["support"] == "single"
    schema = client.get("/openapi.json").json()
    assert "all" in {p["name"] for p in schema["paths"]["/api/entities"]["get"]["parameters"]}


def test_web_page_and_its_twin_list_what_the_reader_lists(client: TestClient, reader: Reader):
    html = client.get("/entities").text
    assert WEAK not in html and STRONG in html
    assert f"{reader.entities_hidden()} weakly supported or descriptive entities not listed" in html
    assert WEAK in client.get("/entities", params={"all": "1"}).text
    twin = client.get("/entities.json").json()
    assert _ids(twin["items"]) == _ids(reader.entity_list()[:100])
    assert WEAK in {e["name"] for e in client.get("/entities.json", params={"all": "1"}).json()["items"]}


def test_python_api_lists_what_the_reader_lists(web_db: Path, reader: Reader):
    with khabar.open(web_db) as kb:
        assert [e.id for e in kb.entities()] == [r["id"] for r in reader.entity_list()]
        assert WEAK not in {e.name for e in kb.entities()}
        assert WEAK in {e.name for e in kb.entities(include_weak=True)}
