"""``Reader.entity_ids`` (what an entity filter, an entity page and ``kb.entity`` resolve a name with) reads the
store's key rows on demand instead of loading every entity, and answers as the whole index does."""

from __future__ import annotations

from pathlib import Path

import pytest
from web_support import web_db_path

from khabar.store.read import Reader


@pytest.fixture(scope="module")
def web_db() -> Path:
    return web_db_path()


def _names(reader: Reader) -> list[str]:
    """Every entity's name, Latin name and aliases, and loose forms a user types (case, a Latin surname)."""
    names: list[str] = []
    for e in reader.store.entities():
        names += [e.name, *(e.aliases or [])]
        if e.latin:
            names += [e.latin, e.latin.upper(), e.latin.split()[-1]]
    return [n for n in dict.fromkeys(names) if n]


def test_names_resolve_from_key_rows_as_from_the_whole_index(web_db: Path) -> None:
    on_demand = Reader.open(web_db)
    names = _names(on_demand)
    assert len(names) > 50
    found = {n: on_demand.entity_ids(n) for n in names}
    assert on_demand._index is None  # the whole index was never loaded
    whole = Reader.open(web_db)
    whole.entity_index()
    assert found == {n: whole.entity_ids(n) for n in names}
    assert found["Putin"] and found["पुतिन"] == found["Putin"]
    assert on_demand.entity_ids("कोई नहीं") == []


def test_an_entity_filtered_search_does_not_load_the_whole_index(web_db: Path) -> None:
    reader = Reader.open(web_db)
    page = reader.search("बैठक", entity="Kim Jong Un")
    assert page.total > 0 and reader._index is None
