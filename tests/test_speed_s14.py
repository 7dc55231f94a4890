"""Session 14's speed changes find what the code before them found.

- ``glued_names``: a name is looked for with ``str.find`` instead of a pattern compiled from it; both helpers
  return what ``regex.finditer`` with that pattern returns (non-overlapping, leftmost first), on real text with the
  names it holds and on random strings made of the characters that matter (letters, marks, spaces, joiners).
- Tables built from package data (GeoNames namesakes, English words and places by sound, the known English names)
  are kept on disk between processes: read back, they equal the built ones (order included); the link step's are
  keyed by the link code, which the analysis fingerprint does not cover.
- ``ingest`` freezes the heap (``gc.freeze``) from its start and thaws it at the end, also on an error,
  and leaves alone a heap another part of the process froze.
- The store writes a quote's, a dateline's and boilerplate's JSON through ``plain_dict``, not ``asdict``: the same
  JSON for the records of real analyses.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import covid5_articles
from khabar import disk_cache, versions
from khabar.analyse import english_names
from khabar.link import glued_names, latin, places
from khabar.run import local
from khabar.store.sqlite import SqliteStore


def _ends_by_pattern(text: str, name: str) -> list[int]:
    return [w.end() for w in regex.finditer(
        r"(?<![\p{L}\p{M}])" + regex.escape(name) + r"(?![\p{L}\p{M}])", text)]


def _words_by_pattern(text: str, name: str) -> list[str]:
    return [w.group(1) for w in regex.finditer(
        r"(?<![\p{L}\p{M}])" + regex.escape(name) + r"[ \u00a0]([\p{L}\p{M}\u200c\u200d]+)", text)]


def _same(text: str, name: str) -> None:
    assert list(glued_names._whole_name_ends(text, name)) == _ends_by_pattern(text, name), (text, name)
    assert list(glued_names._words_after_name(text, name)) == _words_by_pattern(text, name), (text, name)


def test_name_search_finds_what_the_pattern_finds_on_real_text() -> None:
    found = 0
    for article in covid5_articles(40):
        text = article.text
        words = regex.findall(r"[\p{L}\p{M}]+", text)
        names = {" ".join(words[k:k + n]) for k in range(0, len(words) - 3, 7) for n in (1, 2, 3)}
        names |= {w[:2] for w in words[::11]} | {w[1:] for w in words[::13] if len(w) > 2}  # parts of words
        for name in names:
            _same(text, name)
            found += bool(_ends_by_pattern(text, name))
    assert found > 500


_ALPHABET = st.sampled_from(list("कमलनाथ ा ि ्\u200c\u200d\u00a0 ab-,।"))


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.text(_ALPHABET, min_size=0, max_size=4))
def test_name_search_finds_what_the_pattern_finds_on_random_text(text: str, name: str) -> None:
    _same(text, name)
    _same(text + name + " " + name + name, name)  # overlapping and adjacent occurrences


_LINK_TABLES = [("link_city_tables", places._build_city_tables),
                ("link_places_by_skeleton", latin._build_places_by_skeleton),
                ("link_english_by_skeleton", latin._build_english_by_skeleton),
                ("en_known_names", english_names._build_name_tables)]


@pytest.mark.parametrize(("name", "build"), _LINK_TABLES)
def test_link_tables_read_back_from_the_disk_cache_equal_the_built_ones(tmp_path: Path, monkeypatch, name,
                                                                         build) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "cache"))
    built = build()
    inputs = (versions.link_fingerprint(),) if name.startswith("link_") else ()
    assert disk_cache.cached(name, build, inputs=inputs) == built  # built and written
    again = disk_cache.cached(name, lambda: pytest.fail("read back, not built"), inputs=inputs)
    assert again == built
    tables = again if isinstance(again, tuple) else (again,)
    for table, fresh in zip(tables, built if isinstance(built, tuple) else (built,), strict=True):
        assert table == fresh and len(table) > 1000
        if not isinstance(table, frozenset):  # a set's order is its hashes', not the table's
            assert list(table) == list(fresh)


def test_link_tables_are_keyed_by_the_link_code(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "cache"))
    for cached in (places._city_tables, latin._places_by_skeleton, latin._english_by_skeleton):
        cached.cache_clear()
    try:
        first = places._city_tables()
        places._city_tables.cache_clear()
        monkeypatch.setattr(versions, "link_fingerprint", lambda: "another link step")
        calls = []
        monkeypatch.setattr(places, "_build_city_tables", lambda: calls.append(1) or first)
        places._city_tables()
        assert calls == [1]  # another link code: built again, not read back
        assert len(list((tmp_path / "cache").glob("link_city_tables-*.pickle"))) == 2
    finally:
        places._city_tables.cache_clear()


def _jsonl(path: Path, articles) -> Path:
    import json

    path.write_text("".join(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


def test_ingest_freezes_the_heap_during_the_batch_and_thaws_it_after(tmp_path: Path, monkeypatch) -> None:
    source = _jsonl(tmp_path / "a.jsonl", covid5_articles(3))
    seen = []
    stored = local.store_result

    def spy(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return stored(*args, **kwargs)

    monkeypatch.setattr(local, "store_result", spy)
    assert gc.get_freeze_count() == 0
    report = local.ingest([source], SqliteStore(tmp_path / "s.db"), link=False)
    assert report.new == 3
    assert all(n > 0 for n in seen)  # frozen from the start (again once the first article is in)
    assert gc.get_freeze_count() == 0  # thawed

    def broken(*args, **kwargs):
        if gc.get_freeze_count():
            raise RuntimeError("stop")
        return stored(*args, **kwargs)

    monkeypatch.setattr(local, "store_result", broken)
    with pytest.raises(RuntimeError):
        local.ingest([_jsonl(tmp_path / "b.jsonl", covid5_articles(6)[3:])], SqliteStore(tmp_path / "t.db"),
                     link=False)
    assert gc.get_freeze_count() == 0  # thawed on the error too


def test_ingest_leaves_a_heap_frozen_by_others_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted by calls, not by gc.get_freeze_count(): a frozen object can still be freed by reference counting during
    # the batch (a cache entry replaced), so the count may fall by one without anyone thawing the heap.
    calls: list[str] = []
    freeze, unfreeze = gc.freeze, gc.unfreeze
    keep = [[object()] for _ in range(10)]
    freeze()
    try:
        before = gc.get_freeze_count()
        monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
        monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
        local.ingest([_jsonl(tmp_path / "a.jsonl", covid5_articles(2))], SqliteStore(tmp_path / "s.db"), link=False)
        assert calls == []
        assert gc.get_freeze_count() > before // 2 > 0
    finally:
        monkeypatch.undo()
        unfreeze()
    assert keep


def test_plain_dict_writes_the_json_asdict_wrote_for_stored_records() -> None:
    import dataclasses
    import json

    from khabar.analyse.pipeline import analyse
    from khabar.model import Quote, plain_dict

    def same(record) -> None:
        assert json.dumps(plain_dict(record), ensure_ascii=False) == json.dumps(dataclasses.asdict(record),
                                                                               ensure_ascii=False)

    checked = 0
    for article in covid5_articles(12):
        analysis = analyse(article)
        for record in [*analysis.quotes, *analysis.boilerplate, *([analysis.dateline] if analysis.dateline else [])]:
            same(record)
            checked += 1
    same(Quote("direct", 1, 5, "text", "वक्ता", 0, 1, "कहा", "PER:x", "PER", "q1", "a1", (3, 9)))
    assert checked > 20
