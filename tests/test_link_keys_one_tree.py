"""The link index of schema 8: one B-tree keyed by (key, day, article_id), undated postings under ``UNDATED_DAY``,
on both backends; a store written before it keeps its postings (undated ones included) through the migration."""

from __future__ import annotations

from khabar.store import open_store
from khabar.store.base import LinkResult
from khabar.store.sqlite import UNDATED_DAY
from store_support import open_before

# article -> day of its postings (None: undated); the look-ups below are around day 100 with a 7-day window
_DAYS = {"a": 100, "b": 108, "c": None, "d": 93, "e": 107}
_WEIGHTS = {"a": 0.5, "b": 0.25, "c": 0.125, "d": 0.0, "e": 1.0}


def _postings_of(store) -> dict[str, list[tuple[str, float]]]:
    return {
        "window": store.key_postings(["w:x"], 100, 7, 10)["w:x"],
        "every day": store.key_postings(["w:x"], None, 7, 10)["w:x"],
        "over the limit": store.key_postings(["w:x"], None, 7, 4),
        "other key": store.key_postings(["w:y", "w:x"], 100, 7, 10)["w:y"],
    }


_EXPECTED = {
    "window": [("a", 0.5), ("c", 0.125), ("d", 0.0), ("e", 1.0)],  # b is 8 days away; c undated is always in
    "every day": [("a", 0.5), ("b", 0.25), ("c", 0.125), ("d", 0.0), ("e", 1.0)],
    "over the limit": {},  # five postings, more than 4: not distinctive
    "other key": [("c", 0.0)],
}


def _result() -> LinkResult:
    keys = {i: [("w:x", day, _WEIGHTS[i])] for i, day in _DAYS.items()}
    keys["c"].append(("w:y", None, 0.0))
    return LinkResult(link_keys=keys)


def test_postings_are_found_by_window_and_undated(store_at):
    store = open_store(store_at("k"))
    store.apply(_result())
    assert _postings_of(store) == _EXPECTED
    # an article linked again replaces its postings: a new day moves them, nothing is left under the old one
    store.apply(LinkResult(link_keys={"b": [("w:x", 101, 0.25)], "a": [("w:x", None, 0.5)]}))
    assert store.key_postings(["w:x"], 100, 7, 10)["w:x"] == [(i, _WEIGHTS[i]) for i in "abcde"]
    assert store.key_postings(["w:x"], 200, 7, 10)["w:x"] == [("a", 0.5), ("c", 0.125)]
    rows = sorted(tuple(r) for r in store.db.execute("SELECT key, day, article_id FROM link_keys"))
    assert rows == [("w:x", UNDATED_DAY, "a"), ("w:x", UNDATED_DAY, "c"), ("w:x", 93, "d"), ("w:x", 101, "b"),
                    ("w:x", 107, "e"), ("w:y", UNDATED_DAY, "c")]
    store.close()


def test_a_store_written_before_schema_8_keeps_its_postings(store_at):
    url = store_at("old")
    old = open_before(url, 8)
    rows = [("w:x", i, day, _WEIGHTS[i]) for i, day in _DAYS.items()] + [("w:y", "c", None, 0.0)]
    with old.transaction() as db:
        db.executemany("INSERT INTO link_keys (key, article_id, day, weight) VALUES (?,?,?,?)", rows)
    old.close()
    store = open_store(url)  # opening applies 0008
    assert store.version >= 8
    assert _postings_of(store) == _EXPECTED
    assert store.db.execute("SELECT count(*) FROM link_keys WHERE day = ?", (UNDATED_DAY,)).fetchone()[0] == 2
    store.close()
