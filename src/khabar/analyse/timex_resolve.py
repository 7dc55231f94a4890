"""Resolving relative date expressions against an anchor date, and choosing an article's anchor."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from khabar.analyse.timex_grammar import valid_date
from khabar.model import Analysis


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


# Years whose calendars are kept on disk together (``khabar.disk_cache``): importing ``holidays`` costs a process
# 0.08 s, a year's calendar 0.5 ms after that.
_KEPT_YEARS = range(2001, 2036)  # the years the library knows the lunar festivals of (it warns outside)


@cache
def _holidays(year: int) -> dict[dt.date, str]:
    """India's calendar of festivals for ``year`` (Hindu lunisolar and Islamic ones included), from the
    ``holidays`` library; empty without it."""
    if year in _KEPT_YEARS:
        return _kept_calendars()[year]
    return _calendar(year)


@cache
def _kept_calendars() -> dict[int, dict[dt.date, str]]:
    from khabar import disk_cache

    return disk_cache.cached("in_holidays", lambda: {year: _calendar(year) for year in _KEPT_YEARS})


def _calendar(year: int) -> dict[dt.date, str]:
    try:
        import holidays
    except ImportError:  # pragma: no cover - the library is a declared dependency
        return {}
    try:
        found = holidays.country_holidays("IN", years=year, categories=("public", "optional"))
    except (NotImplementedError, KeyError, ValueError):
        found = holidays.country_holidays("IN", years=year)
    return dict(found.items())


def festival_date(name: str, year: int) -> dt.date | None:
    """The day of festival ``name`` (as the ``holidays`` library names it) in ``year``: the day named exactly
    so (``Holi``, not ``Holika Dahan``; ``Christmas``, not ``Christmas Eve``), its possessive (``Guru Nanak's
    Birthday``) or the name in brackets (``… (Chhath Puja)``)."""
    def named(part: str) -> bool:
        part = part.strip()
        return part == name or part.startswith((name + "'", name + " (")) or f"({name}" in part

    calendar = _holidays(year).items()
    exact = sorted(d for d, n in calendar if name in (p.strip() for p in n.split(";")))
    days = exact or sorted(d for d, n in calendar if any(named(p) for p in n.split(";")))
    return days[0] if days else None


# A date without a year this many days before the anchor is still this year's in a future clause.
JUST_PAST_DAYS = 14

_SEASON_START = {"SP": 2, "SU": 4, "FA": 10, "WI": 11}


def _choose(candidates: list[dt.date], anchor: dt.date, relative: dict[str, Any]) -> dt.date | None:
    """The occurrence a relative expression means: the latest not far after the anchor in a past clause, the
    nearest from the anchor on in a future one; ``last`` / ``next`` the one before / after the anchor."""
    if not candidates:
        return None
    mod, future = relative.get("modifier", "this"), relative.get("tense") == "future"
    if mod == "last":
        before = [c for c in candidates if c < anchor]
        return max(before) if before else None
    if mod == "next" or future:
        after = [c for c in candidates if c >= anchor - dt.timedelta(days=1)]
        return min(after) if after else None
    earlier = [c for c in candidates if c <= anchor + dt.timedelta(days=7)]
    return max(earlier) if earlier else min(candidates)


def observance_date(rule: dict[str, int], year: int) -> dt.date | None:
    """The day of an observance in ``year`` by its rule: a fixed day (``{"month": 3, "day": 8}``: Women's Day)
    or the nth weekday of a month (``{"month": 5, "nth": 2, "weekday": 6}``: Mother's Day, the second Sunday
    of May; weekday 0 is Monday)."""
    month = int(rule["month"])
    if "day" in rule:
        return dt.date(year, month, int(rule["day"])) if valid_date(year, month, int(rule["day"])) else None
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(int(rule["weekday"]) - first.weekday()) % 7 + 7 * (int(rule["nth"]) - 1))
    return day if day.month == month else None


def _festival(relative: dict[str, Any], anchor: dt.date | None) -> str | None:
    name, rule = relative["name"], relative.get("rule")

    def day_of(year: int) -> dt.date | None:  # an observance by its rule, a festival from the calendar
        return observance_date(rule, year) if rule else festival_date(name, year)

    if "year" in relative:
        day = day_of(relative["year"])
        return day.isoformat() if day else None
    if anchor is None:
        return None
    if "year_offset" in relative:
        day = day_of(anchor.year + int(relative["year_offset"]))
        return day.isoformat() if day else None
    found = [day_of(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = _choose([d for d in found if d is not None], anchor, relative)
    return chosen.isoformat() if chosen else None


def _season(relative: dict[str, Any], anchor: dt.date | None) -> str | None:
    code = relative["name"]
    if "year" in relative:
        return f"{relative['year']:04d}-{code}"
    if anchor is None:
        return None
    start = relative.get("start_month") or _SEASON_START.get(code, 1)
    starts = [dt.date(y, start, 1) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = _choose(starts, anchor, relative)
    return f"{chosen.year:04d}-{code}" if chosen else None


def _fiscal(relative: dict[str, Any], anchor: dt.date) -> str:
    """``FY2025`` (the fiscal year ending in 2025) or ``FY2025-Q3``: ``n`` years from the anchor's fiscal year;
    a quarter without a year is the latest such quarter begun by the anchor (`Q3 results` in February)."""
    start = int(relative.get("start_month", 4))
    current = anchor.year + 1 if start > 1 and anchor.month >= start else anchor.year
    q = relative.get("quarter")
    if "n" in relative or not q:
        return f"FY{current + int(relative.get('n', 0)):04d}" + (f"-Q{q}" if q else "")
    for fy in (current, current - 1):
        year, month = _add_months(fy - 1 if start > 1 else fy, start, 3 * (q - 1))
        if dt.date(year, month, 1) <= anchor:
            return f"FY{fy:04d}-Q{q}"
    return f"FY{current - 1:04d}-Q{q}"


def resolve_relative(relative: dict[str, Any], anchor: dt.date | None) -> str | None:
    """The ISO value of a relative expression (a ``Timex.relative`` dict) seen from ``anchor``.

    Festivals and seasons with a year of their own need no anchor (``anchor=None``)."""
    kind = relative.get("kind")
    if kind == "festival":
        return _festival(relative, anchor)
    if kind == "season":
        return _season(relative, anchor)
    if anchor is None or kind in ("after_previous", "of_event"):
        return None  # after_previous: the day after the date the text named last (timex.chain_next_days)
    if kind in ("fiscal_year", "fiscal_quarter"):
        return _fiscal(relative, anchor)
    if kind == "month_no_year" and relative.get("quarter"):  # the December quarter: the quarter ending then
        month_value = resolve_relative({k: v for k, v in relative.items() if k != "quarter"}, anchor)
        return f"{month_value[:4]}-Q{(relative['month'] - 1) // 3 + 1}" if month_value else None
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
            if "day" in relative and valid_date(year, relative["month"], relative["day"]):
                return f"{year:04d}-{relative['month']:02d}-{relative['day']:02d}"
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
            # the month just ended, up to two weeks ago (`अप्रैल का भुगतान भी कर दिया जाएगा` on 6 May): this year's
            ended = dt.date(anchor.year, anchor.month, 1) - dt.timedelta(days=1)
            if month == ended.month and ended >= anchor - dt.timedelta(days=JUST_PAST_DAYS) and \
                    not relative.get("deadline_moved"):
                year = ended.year
        elif relative.get("tense") == "past":
            year = anchor.year if month <= anchor.month else anchor.year - 1
        elif relative.get("tense") == "planned":  # what was to happen: the nearest such month either side
            year = min((anchor.year - 1, anchor.year, anchor.year + 1),
                       key=lambda y: abs((dt.date(y, month, 15) - anchor).days))
        else:  # the nearest such month, a later one counting three times: news reports what happened
            year = _nearest_year(anchor, lambda y: dt.date(y, month, 1), dt.date(anchor.year, anchor.month, 1))
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
            # a date up to two weeks past in a future clause (`20 मार्च से लागू होगा` in copy of the 25th) is this
            # year's: copy written before the day and published after it, not a plan a year ahead
            # (a deadline moved to a date is no day just past: `31 दिसंबर तक बढ़ा दी है` in January is next December)
            just_past = 0 if relative.get("deadline_moved") else JUST_PAST_DAYS
            later = [c for c in candidates if c >= anchor - dt.timedelta(days=just_past)]
            chosen = min(later or candidates, key=lambda c: abs((c - anchor).days))
        elif relative.get("tense") == "past":  # the latest such date not far after the anchor
            earlier = [c for c in candidates if c <= anchor + dt.timedelta(days=7)]
            chosen = max(earlier) if earlier else min(candidates)
        elif relative.get("tense") == "planned":  # what was to happen: the nearest such date either side
            chosen = min(candidates, key=lambda c: abs((c - anchor).days))
        else:  # the nearest such date, a later one counting three times (news reports what happened, and what
            # is due soon: `31 मार्च तक स्थगित` in an article of 19 March is this March, not last year's)
            chosen = min(candidates, key=lambda c: _distance(c, anchor))
        return _with_time(chosen.isoformat(), relative)
    if kind == "time":
        return anchor.isoformat() + relative["time"]
    return None


def _distance(when: dt.date, anchor: dt.date) -> int:
    days = (when - anchor).days
    return 3 * days if days > 0 else -days


def _nearest_year(anchor: dt.date, on: Any, here: dt.date) -> int:
    """The year whose ``on(year)`` lies nearest to ``here``, a later one counting three times."""
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=lambda y: _distance(on(y), here))


def _with_time(date_value: str, relative: dict[str, Any]) -> str:
    return date_value + relative["time"] if relative.get("time") else date_value


def date_of(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# How an article's publication date was found (``Analysis.published_from``) -> the anchor name its relative
# dates carry. The source's metadata is the publisher's own date; a URL's date is the publisher's too but read
# from a pattern (an article id can look like a date); an update line may be later than the writing.
ANCHOR_OF_PUBLISHED = {None: "published", "source metadata": "published", "url": "url",
                       "update line": "update line", "date line": "update line", "dateline": "dateline", "id": "id"}

# Anchors by reliability, best first (``Timex.anchor``): the chain an article without a publication date
# falls back along. Names after "dateline" come from the text alone (``timex.text_anchor``).
ANCHOR_RANK = ("dateline", "published", "url", "update line", "id", "today in text", "weekday and date",
               "date in text", "story", "previous date")


def article_anchor(analysis: Analysis) -> tuple[dt.date, str] | None:
    """The date relative expressions in this article are seen from, and its name.

    The dateline date is when the copy was written; it anchors when the publication date (from the source,
    the URL or an update line) gives its year and it falls on or up to two days before that date (wire copy is
    often published the next day). Otherwise the publication date anchors, named by how it was found
    (``ANCHOR_OF_PUBLISHED``: ``url`` ranks below a date the source gave). Without a publication date the
    dateline's year is unknown: no anchor here (the text may still give one: ``timex.text_anchor``).
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
    return published, ANCHOR_OF_PUBLISHED.get(getattr(analysis, "published_from", None), "published")
