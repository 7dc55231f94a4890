"""Resolving relative date expressions against an anchor date, and choosing an article's anchor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from khabar.analyse.timex_grammar import valid_date
from khabar.model import Analysis


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def resolve_relative(relative: dict[str, Any], anchor: dt.date) -> str | None:
    """The ISO value of a relative expression (a ``Timex.relative`` dict) seen from ``anchor``."""
    kind = relative.get("kind")
    future = relative.get("tense") == "future"
    if kind == "weekday":
        wd, mod = relative["weekday"], relative.get("modifier", "this")
        back = (anchor.weekday() - wd) % 7
        if mod == "last":
            back = back or 7
        elif mod == "next" or future:
            ahead = (wd - anchor.weekday()) % 7
            if mod == "next":
                ahead = ahead or 7
            return _with_time((anchor + dt.timedelta(days=ahead)).isoformat(), relative)
        return _with_time((anchor - dt.timedelta(days=back)).isoformat(), relative)
    if kind == "day_offset":
        days = relative["days"]
        if future and relative.get("flips_in_future"):
            days = -days
        return (anchor + dt.timedelta(days=days)).isoformat()
    if kind == "offset":
        unit, n = relative["unit"], relative["n"]
        if unit == "year":
            year = anchor.year + n
            return f"{year:04d}-{relative['month']:02d}" if "month" in relative else f"{year:04d}"
        if unit == "month":
            y, mo = _add_months(anchor.year, anchor.month, n)
            return f"{y:04d}-{mo:02d}"
        if unit == "week":
            iso = (anchor + dt.timedelta(weeks=n)).isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}"
        if unit == "day":
            return (anchor + dt.timedelta(days=n)).isoformat()
        if unit == "decade":
            return f"{(anchor.year + 10 * n) // 10:03d}"
        return None
    if kind == "month_no_year":
        month, mod = relative["month"], relative.get("modifier", "this")
        if mod == "last":  # the latest such month before the anchor's month
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif mod == "next":
            year = anchor.year if month > anchor.month else anchor.year + 1
        elif future:
            year = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        return f"{year:04d}-{month:02d}"
    if kind == "date_no_year":
        month, day = relative["month"], relative["day"]
        candidates = []
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            if valid_date(year, month, day):
                candidates.append(dt.date(year, month, day))
        if not candidates:
            return None
        if future:
            later = [c for c in candidates if c >= anchor - dt.timedelta(days=1)]
            chosen = min(later or candidates, key=lambda c: abs((c - anchor).days))
        else:  # news reports what happened: the latest such date not far after the anchor
            earlier = [c for c in candidates if c <= anchor + dt.timedelta(days=7)]
            chosen = max(earlier) if earlier else min(candidates)
        return _with_time(chosen.isoformat(), relative)
    if kind == "time":
        return anchor.isoformat() + relative["time"]
    return None


def _with_time(date_value: str, relative: dict[str, Any]) -> str:
    return date_value + relative["time"] if relative.get("time") else date_value


def date_of(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_anchor(analysis: Analysis) -> tuple[dt.date, str] | None:
    """The date relative expressions in this article are seen from, and its name.

    The dateline date is when the copy was written; it anchors when the publication date gives its year and it
    falls on or up to two days before that date (wire copy is often published the next day). Otherwise the
    publication date anchors. Without a publication date the dateline's year is unknown: no anchor.
    """
    published = date_of(analysis.published)
    if published is None:
        return None
    dl = analysis.dateline
    if dl is not None and dl.month and dl.day:
        for year in (published.year, published.year - 1):
            if valid_date(year, dl.month, dl.day):
                written = dt.date(year, dl.month, dl.day)
                if 0 <= (published - written).days <= 2:
                    return written, "dateline"
    return published, "published"

