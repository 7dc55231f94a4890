"""The link index of schema 12: postings ordered by a span of 16 days first, on both backends. A look-up gives
exactly the postings a scan of the whole index would (the window of days, the undated, every day for an undated
article, the limit), across span boundaries and days before 1970; a store written before schema 12 keeps its
postings; SQLite finds them by ranges of the primary key, not by a scan."""

from __future__ import annotations

import random

from khabar.store import open_store
from khabar.store.base import LinkResult
from khabar.store.sqlite import SPAN_SHIFT, UNDATED_DAY, link_span, window_spans
from store_support import open_before

_KEYS = ["w:बाढ़", "w:राहत", "n:sharma", "s:0f3a", "w:कोष"]


def _drawn(seed: int) -> dict[str, list[tuple[str, int | None, float]]]:
    """Articles with their keys: days drawn around span boundaries (and before 1970), some undated."""
    rnd = random.Random(seed)
    days = [None, -33, -17, -16, -1, 0, 1, 15, 16, 17, 31, 32, 40, 47, 48, 63, 64, 100, 18_300, 18_315]
    out = {}
    for n in range(60):
        day = rnd.choice(days)
        keys = rnd.sample(_KEYS, rnd.randint(1, len(_KEYS)))
        out[f"a{n:02d}"] = [(k, day, round(rnd.random(), 3)) for k in sorted(keys)]
    return out


def _scanned(postings: dict[str, list[tuple[str, int | None, float]]], key: str, day: int | None, window: int,
             limit: int) -> list[tuple[str, float]] | None:
    """What a scan of every posting gives for ``key`` (None: more than ``limit``, not distinctive)."""
    found = sorted((a, w) for a, keys in postings.items() for k, d, w in keys
                   if k == key and (day is None or d is None or abs(d - day) <= window))
    return found if found and len(found) <= limit else None


def _wanted(postings: dict[str, list[tuple[str, int | None, float]]], day: int | None, window: int,
            limit: int) -> dict[str, list[tuple[str, float]]]:
    scanned = {k: _scanned(postings, k, day, window, limit) for k in _KEYS}
    return {k: p for k, p in scanned.items() if p is not None}


def test_look_ups_equal_a_scan_of_every_posting(store_at):
    store = open_store(store_at("k"))
    postings = _drawn(7)
    store.apply(LinkResult(link_keys=postings))
    for day in [None, -40, -20, -16, -9, -8, 0, 8, 9, 15, 16, 24, 31, 33, 56, 70, 107, 18_308, 40_000]:
        for window in (0, 3, 7, 20):
            for limit in (3, 10, 100):
                assert store.key_postings(_KEYS, day, window, limit) == _wanted(postings, day, window, limit), \
                    (day, window, limit)
    # linked again on other days: the old postings go from their spans, the new are found in theirs
    moved = {a: [(k, None if d is None else d + 19, w) for k, d, w in keys] for a, keys in list(postings.items())[:20]}
    store.apply(LinkResult(link_keys=moved))
    postings.update(moved)
    for day in [None, 0, 16, 35, 18_320]:
        assert store.key_postings(_KEYS, day, 7, 100) == _wanted(postings, day, 7, 100)
    spans = [r[0] for r in store.db.execute("SELECT DISTINCT span FROM link_keys ORDER BY span")]
    assert store.link_spans() == spans
    store.close()


def test_spans_are_sixteen_days_by_an_arithmetic_shift():
    assert SPAN_SHIFT == 4
    assert [link_span(d) for d in (-17, -16, -1, 0, 15, 16, 31, 32)] == [-2, -1, -1, 0, 0, 1, 1, 2]
    assert link_span(UNDATED_DAY) < link_span(-100_000)
    assert window_spans(20, 7) == [0, 1]  # days 13-27
    assert window_spans(8, 7) == [0]  # days 1-15
    assert window_spans(0, 7) == [-1, 0]


def test_a_store_written_before_schema_12_keeps_its_postings(store_at):
    url = store_at("old")
    old = open_before(url, 12)
    postings = _drawn(11)
    old.apply(LinkResult(link_keys={}))
    with old.transaction() as db:
        db.executemany("INSERT INTO link_keys (key, day, article_id, weight) VALUES (?,?,?,?)",
                       [(k, UNDATED_DAY if d is None else d, a, w) for a, keys in postings.items()
                        for k, d, w in keys])
    old.close()
    store = open_store(url)  # opening applies 0012: each posting under its day's span
    assert store.version >= 12
    rows = {tuple(r) for r in store.db.execute("SELECT span, day FROM link_keys")}
    assert rows and all(span == link_span(day) for span, day in rows)
    for day in [None, -16, 16, 40, 18_310]:
        assert store.key_postings(_KEYS, day, 7, 100) == _wanted(postings, day, 7, 100)
    store.close()


def test_sqlite_finds_postings_by_ranges_of_the_primary_key(tmp_path):
    store = open_store(tmp_path / "plan.db")
    store.apply(LinkResult(link_keys=_drawn(3)))
    plans = []
    store.db.set_trace_callback(lambda sql: plans.append(sql) if "link_keys" in sql and "span IN" in sql else None)
    store.key_postings(["w:राहत"], 16, 7, 10)
    store.key_postings(["w:राहत"], None, 7, 10)
    store.db.set_trace_callback(None)
    assert len(plans) == 2
    for sql in plans:
        detail = " | ".join(r[3] for r in store.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN" not in detail, detail
        assert "USING PRIMARY KEY (span=? AND key=?" in detail, detail
    store.close()
