"""Short ids: the shortest unique prefixes the listings print, and their resolution back to full ids."""

from __future__ import annotations

import pytest
from web_support import web_db_path

from khabar.store.read import Ambiguous, NotFound, Reader, short_prefixes


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader.open(web_db_path())


def test_short_prefixes_are_unique_and_at_least_four_characters():
    ids = ["000_0f909a09e321218d", "000_1ab", "001_ef03", "s788393dfdd", "s7884aa", "E9"]
    short = short_prefixes(ids)
    assert short == {"000_0f909a09e321218d": "000_0", "000_1ab": "000_1", "001_ef03": "001_",
                     "s788393dfdd": "s7883", "s7884aa": "s7884", "E9": "E9"}
    assert len(set(short.values())) == len(ids)


def test_resolve_accepts_unique_prefixes_only(reader: Reader):
    ids = reader.ids("articles")
    short = reader.short_ids("articles")
    for full in ids:
        assert reader.resolve("articles", short[full]) == full
    with pytest.raises(Ambiguous) as found:
        reader.resolve("articles", "0")
    assert len(found.value.candidates) > 1
    with pytest.raises(NotFound):
        reader.resolve("stories", "no-such-story")
    with pytest.raises(NotFound):
        reader.resolve("articles", "")
    with pytest.raises(NotFound):  # LIKE wildcards in a prefix are plain characters
        reader.resolve("articles", "%")


def test_stories_by_month_is_a_time_axis():
    from collections import Counter

    from khabar.store.read import _every_month

    months = _every_month(Counter({"2024-11": 2, "2025-02": 1}))
    assert [m["month"] for m in months] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert [m["stories"] for m in months] == [2, 0, 0, 1]
    assert _every_month(Counter()) == []
    # a report years away is one break in the axis, not five years of empty bars squeezing the others
    months = _every_month(Counter({"2020-03": 5, "2020-04": 2, "2025-09": 1}))
    assert [m["month"] for m in months] == ["2020-03", "2020-04", "2020-05…2025-08", "2025-09"]
    assert months[2]["gap_months"] == 64 and months[2]["stories"] == 0
