"""Overlap tests against many spans at once."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class Intervals:
    """Whether a span overlaps any of many, in log time (a scan of every span for every probe is quadratic in long
    texts): starts sorted, with the furthest end reached so far."""

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(pairs)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    @classmethod
    def of(cls, spans: Iterable) -> Intervals:
        """From objects with ``start`` and ``end`` (spans, mentions, timexes)."""
        return cls((s.start, s.end) for s in spans)

    def overlaps(self, a: int, b: int) -> bool:
        before = bisect.bisect_left(self.starts, b)  # spans that start before b
        return before > 0 and self.reach[before - 1] > a
