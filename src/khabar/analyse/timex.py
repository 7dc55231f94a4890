"""Date expressions (timexes) with ISO values at their own granularity.

Two steps, because some articles carry no date of their own:

1. ``find_timexes(text, analysis)`` finds every expression. Absolute ones (``13 सितंबर, 2023``, ``जून 2024``,
   ``2019``, ``04/09/2025``) get their value at once. Relative ones (``बुधवार को``, ``पिछले वर्ष जून``,
   ``24 साल पहले``, ``कल``, ``last week``, ``4 सितंबर`` without a year) are resolved against the article's
   anchor (``timex_resolve.article_anchor``); when the article has none, they keep ``value=None`` and a
   ``relative`` dict that says how to resolve them.
2. ``resolve_timexes(timexes, anchor_date, anchor_name)`` fills those in later, e.g. with the story's date.

``event_date`` picks the day the lead reports; ``parse_date`` reads one absolute date (for publication dates).
The grammar is ``timex_grammar``; the words are language data.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import pairwise

import regex

from khabar.analyse.metadata import FIRST_PUBLICATION_YEAR, dateline_day
from khabar.analyse.numbers import is_phone_number
from khabar.analyse.timex_grammar import Found, Grammar, grammar, key, read_all, valid_date
from khabar.analyse.timex_resolve import article_anchor, resolve_relative
from khabar.lang import SUPPORTED, load
from khabar.model import Analysis, Dateline, Span, Timex

__all__ = ["add_timexes", "clause_is_future", "event_date", "find_timexes", "granularity",
           "needs_only_the_year", "one_value_per_expression", "parse_date", "resolve_article_timexes",
           "resolve_relative", "resolve_timexes", "resolve_with_story_date", "shared_day_of_writing",
           "story_anchor", "text_anchor"]

_GRANULARITY_OF_LENGTH = {3: "decade", 4: "year", 7: "month", 10: "day"}


def _langs(lang: str) -> list[str]:
    # Hindi news writes English dates too (Sept. 3, 2025, 15:23 IST); English news never writes Hindi ones.
    return [lang, "en"] if lang == "hi" else [lang if lang in SUPPORTED else "en"]


def find_timexes(text: str, analysis: Analysis) -> list[Timex]:
    """Every date expression in ``text``, resolved against the article's anchor where it has one.

    The whole text is read, boilerplate included: an "updated on" line is a date too.
    """
    # a bare year that is a phone or helpline number (`1930 (टोल फ्री नंबर)`, `1075 पर कॉल करें`) is no year
    found = [f for f in read_all(text, _langs(analysis.lang))
             if not (f.relative is None and text[f.start:f.end].isdigit()
                     and is_phone_number(text, f.start, f.end, analysis.lang))]
    g = grammar(analysis.lang if analysis.lang in SUPPORTED else "en")
    sentences = sorted(analysis.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    anchor = article_anchor(analysis)
    out = []
    for f in found:
        value, anchor_name, rel = f.value, None, f.relative
        if rel is not None:
            rel = dict(rel)
            clause = _clause(text, f.start, f.end, sentences, starts, analysis.lang)
            if _is_future(_without_attributive(clause, text, f.end, analysis.lang), g) and \
                    not _past_participle_after(text, f.end, analysis.lang):
                rel["tense"] = "future"
            elif rel.get("kind") in _YEAR_ONLY_KINDS and not _is_past(clause, analysis.lang) and \
                    _deadline_moved(text, f.start, f.end, clause, analysis.lang):
                rel["tense"], rel["deadline_moved"] = "future", True  # नवंबर तक टाल दी गई हैं: ahead
            elif plan := _plan_tense(clause, analysis.lang):
                rel["tense"] = plan
            elif _is_past(clause, analysis.lang):
                rel["tense"] = "past"
            if anchor is not None:
                value = resolve_relative(rel, anchor[0])
                anchor_name = anchor[1] if value is not None else None
        out.append(Timex(f.start, f.end, text[f.start:f.end], value, anchor_name, rel, analysis.article_id))
    out = _coordinated_tense(out, text, analysis.lang, anchor)
    if anchor is not None:
        out = _read_from_item_datelines(out, text, anchor[0])
    if anchor is None:
        if own := text_anchor(text, out, analysis, sentences, starts, g):
            day, name = own
            # `आज यानी 25 मार्च` is the day of writing itself; a date the text names by its weekday is a day of
            # the week of writing: weekdays and what needs the year are read from it, not आज or कल.
            only = None if name == "today in text" else _near_day_of_writing
            out = resolve_timexes(out, day, name, only, bounds=period_bounds(text, analysis.lang))
        out = _resolve_years_from_text(out, text, sentences, starts, analysis, g)
    out = deictic_agrees_with_weekday(out, text, analysis.lang)
    return one_value_per_expression(chain_next_days(out, period_bounds(text, analysis.lang)))


# A dated dateline inside the text is an item's day of writing when it falls this many days before the anchor
# (as for the article's own dateline: timex_resolve.article_anchor).
ITEM_DATELINE_DAYS = 2


def _read_from_item_datelines(timexes: list[Timex], text: str, anchor: dt.date) -> list[Timex]:
    """A compilation of wire items, each opening with its dateline (``मथुरा, तीन मई (भाषा) … कल देर रात …`` in copy
    published on 4 May): the relative dates of an item are read from its dateline's day, up to the next dated
    dateline, when that day is on or up to two days before the anchor."""
    items: list[tuple[int, dt.date]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if (found := dateline_day(line)) is not None:
            month, day = found
            for year in (anchor.year, anchor.year - 1):
                if valid_date(year, month, day) and 0 <= (anchor - dt.date(year, month, day)).days <= \
                        ITEM_DATELINE_DAYS:
                    items.append((pos, dt.date(year, month, day)))
                    break
        pos += len(line)
    if not any(day != anchor for _, day in items):
        return timexes
    starts = [start for start, _ in items]
    out = []
    for t in timexes:
        i = bisect_right(starts, t.start) - 1
        if i < 0 or t.relative is None or items[i][1] == anchor:
            out.append(t)
            continue
        rel = {**t.relative, "item_day": items[i][1].isoformat()}  # an item's expressions are its own
        value = resolve_relative(rel, items[i][1])
        out.append(replace(t, value=value, anchor="dateline" if value is not None else None, relative=rel))
    return out


@cache
def _coordination(lang: str) -> regex.Pattern:
    words = load(lang if lang in SUPPORTED else "en", "timex").get("coordination_words", [])
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    return regex.compile(rf"[^\S\n]*(?:{alt})[^\S\n]*")


def _coordinated_tense(timexes: list[Timex], text: str, lang: str, anchor: tuple[dt.date, str] | None) -> list[Timex]:
    """``मंगलवार और बुधवार को दो दिन रंग होगा``: a date joined to the next one by a conjunction has no verb of its
    own (its clause ends at ``और``); it takes the next one's tense, and is resolved again."""
    out = list(timexes)
    for i in range(len(out) - 2, -1, -1):  # from the end: a chain of three takes the last one's tense
        first, second = out[i], out[i + 1]
        if not (first.relative and second.relative) or "tense" in first.relative or \
                "tense" not in second.relative or first.relative.get("kind") != second.relative.get("kind"):
            continue
        if not _coordination(lang).fullmatch(text[first.end:second.start]):
            continue
        rel = {**first.relative, "tense": second.relative["tense"]}
        out[i] = replace(first, relative=rel, value=resolve_relative(rel, anchor[0]) if anchor else first.value)
    return out


def deictic_agrees_with_weekday(timexes: list[Timex], text: str, lang: str) -> list[Timex]:
    """``कल यानी रविवार``, ``कल (शनिवार)``: a deictic day joined to a weekday is that weekday; both take the day of
    that weekday nearest the deictic's own reading. The tense of a clause (``लगना है``) and the day the copy was
    written (published the next morning) leave ``कल`` either way; the weekday settles it."""
    ordered = sorted(timexes, key=lambda t: t.start)
    fixed: dict[int, str] = {}
    for a, b in pairwise(ordered):
        kinds = [(t.relative or {}).get("kind") for t in (a, b)]
        if sorted(kinds, key=str) != ["day_offset", "weekday"] or not (a.value and b.value):
            continue
        deictic, weekday = (a, b) if kinds[0] == "day_offset" else (b, a)
        if (weekday.relative or {}).get("modifier") or not joined_by_apposition(text[a.end:b.start], lang):
            continue
        said = dt.date.fromisoformat(deictic.value[:10])
        wd = int(weekday.relative["weekday"])
        ahead = (wd - said.weekday()) % 7
        day = said + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
        fixed[id(deictic)] = day.isoformat() + deictic.value[10:]
        fixed[id(weekday)] = day.isoformat() + weekday.value[10:]
    return [replace(t, value=fixed[id(t)]) if id(t) in fixed else t for t in timexes]


def _near_day_of_writing(relative: dict) -> bool:
    """What a day of the week of writing resolves right: weekdays, and what needs only the year or month."""
    kind = relative.get("kind")
    if kind == "weekday":
        return True
    if kind == "offset":
        return relative.get("unit") in ("year", "decade", "month")
    return kind in ("date_no_year", "month_no_year", "season", "festival", "fiscal_year", "fiscal_quarter")


def text_anchor(text: str, timexes: list[Timex], analysis: Analysis, sentences: list[Span] | None = None,
                starts: list[int] | None = None, g: Grammar | None = None) -> tuple[dt.date, str] | None:
    """The day of writing an article without a publication date gives in its own text, and its name, best
    first:

    - ``today in text``: ``आज`` joined to a date (``आज 25 मार्च को``, ``आज यानी बुधवार, 25 मार्च``,
      ``25 मार्च यानी आज``): the day of writing itself;
    - ``weekday and date``: the latest day the text dates and also names by its weekday (``बुधवार (25
      मार्च)``, ``25 मार्च, बुधवार को``), its year the one in which the two agree among the years the text
      names (``metadata.year_of_weekday_date``);
    - ``date in text``: the latest full date the text gives outside a future clause (``2 मई 2020``) when the
      text also names that day's weekday or the day before's (``शुक्रवार को …``): news names the days of its
      own week by weekday, older ones by date.

    Boilerplate and future clauses are left out; a date older than a year the text names is history. None when
    the text names no such day: a weekday alone, or a date without a year and without its weekday, does not
    say when the article was written."""
    g = g or grammar(analysis.lang if analysis.lang in SUPPORTED else "en")
    if sentences is None or starts is None:
        sentences = sorted(analysis.sentences, key=lambda s: s.start)
        starts = [s.start for s in sentences]
    usable = [t for t in sorted(timexes, key=lambda t: t.start) if not analysis.in_boilerplate(t.start, t.end)]

    def future(t: Timex) -> bool:
        if t.relative is not None:
            return t.relative.get("tense") == "future"
        return _is_future(_clause(text, t.start, t.end, sentences, starts, analysis.lang), g)

    for i, t in enumerate(usable):
        if not (t.relative and t.relative.get("kind") == "day_offset" and t.relative.get("days") == 0):
            continue
        for u in (usable[i + 1] if i + 1 < len(usable) else None, usable[i - 1] if i else None):
            if u is None:
                continue
            gap = text[t.end:u.start] if u.start >= t.end else text[u.end:t.start]
            if joined_by_apposition(gap, analysis.lang) and (day := _day_named(u, text, analysis.lang, today=True)):
                return day, "today in text"
    days = [(day, t) for t in usable if not future(t) and not bounds_a_period(t, text, analysis.lang)
            and not _alone_on_its_line(t, text) and (day := _day_named(t, text, analysis.lang))]
    if not days:
        return None
    day, t = max(days, key=lambda x: x[0])
    named_years = [int(v[:4]) for x in usable if x.relative is None and (v := x.value) and v[:4].isdigit()
                   and not future(x)]
    if named_years and day.year < max(named_years):
        return None  # the latest day is history: the text names a later year
    # a later month or day the text reports, even as a period's bound (`मार्च 2020 में`, `04 मार्च 2020 के
    # बीच`), says the week of writing is later than this day
    for x in usable:
        if x.relative is None and not future(x) and (size := _PRECISION.get(granularity(x.value) or "")) \
                and (x.value or "")[:size] > day.isoformat()[:size]:
            return None
    weekdays = {x.relative["weekday"] for x in usable if x.relative and x.relative.get("kind") == "weekday"
                and x.relative.get("modifier", "this") == "this" and not future(x)}
    if t.relative is None and not (day.weekday() in weekdays or (day - dt.timedelta(days=1)).weekday() in weekdays):
        return None
    name = "date in text" if t.relative is None else "weekday and date"
    # A later day and month the text reports in the same week (`21 मार्च को …` after `शुक्रवार (20 मार्च)`)
    # moves the day of writing on; so does the next day's weekday, named in a past clause (`रविवार सुबह …`
    # after `शनिवार, 21 मार्च`): the copy was written that day.
    for x in usable:
        if x.relative and x.relative.get("kind") == "date_no_year" and not future(x) \
                and not bounds_a_period(x, text, analysis.lang) \
                and valid_date(day.year, x.relative["month"], x.relative["day"]):
            later = dt.date(day.year, x.relative["month"], x.relative["day"])
            if day < later <= day + dt.timedelta(days=WEEK_OF_WRITING):
                day = later
    if (day + dt.timedelta(days=1)).weekday() in weekdays:
        day += dt.timedelta(days=1)
    return day, name


# A day and month reported within this many days after a dated day are of the same news week.
WEEK_OF_WRITING = 6
_PRECISION = {"month": 7, "day": 10, "minute": 10}  # ISO prefix compared



def _alone_on_its_line(t: Timex, text: str) -> bool:
    """A date without a time that is most of its line stamps something else (a related link's date, scraped
    later than the article), not a day the article reports. With a time it is an update stamp of the article
    itself (``Mon, Mar 9, 2020, 9:01 AM IST`` in a live blog) and counts."""
    if granularity(t.value) == "minute":
        return False
    start = text.rfind("\n", 0, t.start) + 1
    end = text.find("\n", t.end)
    line = text[start: len(text) if end < 0 else end].strip()
    return (t.end - t.start) > 0.5 * len(line)


@cache
def _period_words(lang: str) -> tuple[regex.Pattern, regex.Pattern]:
    data = load(lang if lang in SUPPORTED else "en", "timex")

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"

    edge = r"(?![\p{L}\p{M}])"
    after = regex.compile(rf"[\s,]*(?:{alt(data.get('period_words_after', []))}){edge}", regex.IGNORECASE)
    before = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(data.get('period_words_before', []))})[\s,]*$",
                           regex.IGNORECASE)
    return after, before


@cache
def _span_links(lang: str) -> tuple[regex.Pattern, regex.Pattern]:
    words = load(lang if lang in SUPPORTED else "en", "timex").get("span_links", [])
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    edge = r"(?![\p{L}\p{M}])"
    return (regex.compile(rf"\s*(?:{alt}){edge}\s*\d", regex.IGNORECASE),
            regex.compile(rf"\d\s*(?<![\p{{L}}\p{{M}}])(?:{alt}){edge}\s*$", regex.IGNORECASE))


def ends_a_span(t: Timex, text: str, lang: str) -> bool:
    """``1-30 अप्रैल``, ``1 से 30 अप्रैल``, ``March 1-30``: a day joined to another day by a span link is an end of
    a span of days (a month's tally), not the day the article reports."""
    after, before = _span_links(lang)
    return bool(after.match(text, t.end, t.end + 12) or before.search(text[max(0, t.start - 12):t.start]))


def bounds_a_period(t: Timex, text: str, lang: str) -> bool:
    """``31 मार्च तक``, ``23 मार्च से``, ``21 मार्च से 15 अप्रैल के बीच``, ``until 31 March``: a deadline or a
    plan's bound, no day that happened."""
    after, before = _period_words(lang)
    return bool(after.match(text, t.end, t.end + 24) or before.search(text[max(0, t.start - 24):t.start]))


@cache
def _apposition(lang: str) -> regex.Pattern:
    words = load(lang if lang in SUPPORTED else "en", "timex").get("apposition_words", [])
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    return regex.compile(rf"[\s,(\[–—-]*(?:(?:{alt})[\s,(\[–—-]*)?", regex.IGNORECASE)


def joined_by_apposition(gap: str, lang: str) -> bool:
    """``आज 25 मार्च``, ``आज (25 मार्च)``, ``आज यानी 25 मार्च``: nothing but punctuation or an apposition word."""
    return len(gap) <= 16 and _apposition(lang).fullmatch(gap) is not None


def _day_named(t: Timex, text: str, lang: str, *, today: bool = False) -> dt.date | None:
    """The day a timex names outright: a full date (``2 मई 2020``), or a day and month the text also names by
    its weekday (``बुधवार, 25 मार्च``; its year where the two agree). With ``today`` (joined to ``आज``), a day
    and month without a weekday takes the year ``metadata.infer_year`` reads from the text."""
    from khabar.analyse.metadata import infer_year, weekdays_named, year_of_weekday_date

    if t.relative is None:
        if t.value and granularity(t.value) in ("day", "minute"):
            return dt.date.fromisoformat(t.value[:10])
        return None
    if t.relative.get("kind") != "date_no_year":
        return None
    month, day = t.relative["month"], t.relative["day"]
    # the weekday inside the span (`बुधवार, 25 मार्च`) or right next to it (`बुधवार (25 मार्च)`, `25 मार्च,
    # बुधवार को`)
    after = _WORD_AFTER.match(text[t.end:t.end + 16])
    before = _WORD_BEFORE_SPAN.search(text[max(0, t.start - 16):t.start])
    near = " ".join(m.group(0) for m in (before, after) if m) + " " + t.text
    for wd in weekdays_named(near):
        if year := year_of_weekday_date(month, day, wd, text, lang):
            return dt.date(year, month, day)
    if today:
        year, _ = infer_year(month, day, text, lang=lang)
        if year and valid_date(year, month, day):
            return dt.date(year, month, day)
    return None


# Expressions that need only the year to be resolved: the nearest such date or month to a dated event is right
# whichever day of that season the article was written.
_YEAR_ONLY_KINDS = ("date_no_year", "month_no_year")


def needs_only_the_year(relative: dict) -> bool:
    """A relative expression that an anchor a few days off still resolves right: a date or month without a year
    (``16 मार्च``, ``मार्च में``), a year offset (``पिछले साल``), a season. Weekdays, ``आज``/``कल``, day, week and
    month offsets need the very day of writing."""
    kind = relative.get("kind")
    if kind in _YEAR_ONLY_KINDS or kind == "season":
        return relative.get("modifier", "this") == "this" or kind == "season"
    return kind == "offset" and relative.get("unit") in ("year", "decade")


def _resolve_years_from_text(timexes: list[Timex], text: str, sentences: list[Span], starts: list[int],
                             analysis: Analysis, g: Grammar) -> list[Timex]:
    """Without an anchor, a date or month without a year (``12 मार्च``, ``मार्च में``) is read next to the latest
    full date the text itself gives outside a future clause (``2 मई 2020 को``). Weekdays, ``आज`` and ``कल``
    need the day of writing and stay unresolved. Dates in boilerplate (related links) are other articles'."""
    furniture = analysis.boilerplate
    events = [t for t in timexes if t.relative is None and granularity(t.value) in ("day", "minute", "month", "year")
              and not any(b.start <= t.start < b.end for b in furniture)
              and not _is_future(_clause(text, t.start, t.end, sentences, starts, analysis.lang), g)]
    # A full date in a year before the web's first is history the text recalls (`23 मार्च 1978 को जन्म`), never
    # the year the article was written in: it cannot lend its year to `18 मार्च`.
    dated = [t for t in events if granularity(t.value) != "year"
             and int((t.value or "0")[:4]) >= FIRST_PUBLICATION_YEAR]
    if not dated:
        return timexes
    latest = max(dated, key=lambda t: t.value or "")
    if (latest.value or "")[:4] < max((t.value or "")[:4] for t in events):
        return timexes  # the full date is history (`15 मार्च 1978 को`): the text names a later year
    value = latest.value or ""
    anchor = dt.date(int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) >= 10 else 15)
    out = []
    for t in timexes:
        # not year offsets: `अगले साल` counts from the year of writing, which a dated event need not share
        if t.value is None and t.relative and t.relative.get("kind") in _YEAR_ONLY_KINDS \
                and needs_only_the_year(t.relative):
            # The tense says where the day of writing lies, not where the dated event lies: the nearest.
            neutral = {k: v for k, v in t.relative.items() if k != "tense"}
            if resolved := resolve_relative(neutral, anchor):
                t = replace(t, value=resolved, anchor="date in text")
        out.append(t)
    return out


def period_bounds(text: str, lang: str) -> Callable[[Timex], bool]:
    """Whether a timex of ``text`` bounds a period (``31 मार्च तक``): a deadline, no day that happened."""
    return lambda t: bounds_a_period(t, text, lang)


def chain_next_days(timexes: list[Timex], bounds: Callable[[Timex], bool] | None = None) -> list[Timex]:
    """``अगले दिन`` / ``दूसरे दिन``: the day after the day the text named last before it; a deadline
    (``bounds``) is no day named (`14 अप्रैल तक हाईकोर्ट बंद … लॉकडाउन के दूसरे दिन` is not 15 April).
    ``इस दिन`` (0 days) and ``इससे एक दिन पहले`` (-1) count from the day named last, a deadline's included
    (`मंगलवार तक 80 मामले, इससे एक दिन पहले 55` is Monday)."""
    last: dt.date | None = None
    last_any: dt.date | None = None  # deadlines included
    out = []
    for t in sorted(timexes, key=lambda t: t.start):
        if t.relative and t.relative.get("kind") == "after_previous":
            days = int(t.relative.get("days", 1))
            base = last if days > 0 else last_any
            if base is not None:
                last = last_any = base + dt.timedelta(days=days)
                t = replace(t, value=last.isoformat(), anchor="previous date")
            elif t.anchor == "previous date":  # chained before from a day that is no longer one
                t = replace(t, value=None, anchor=None)
        elif t.value and granularity(t.value) in ("day", "minute"):
            last_any = dt.date.fromisoformat(t.value[:10])
            if not (bounds and bounds(t)):
                last = last_any
        out.append(t)
    return out


def _expression_key(t: Timex) -> tuple | None:
    rel = t.relative
    if not rel or rel.get("kind") in ("after_previous", "of_event", "time", "day_offset", "offset"):
        return None
    return tuple(sorted((k, str(v)) for k, v in rel.items()
                        if k not in ("tense", "time", "part_of_day", "deadline_moved")))


def one_value_per_expression(timexes: list[Timex]) -> list[Timex]:
    """One value per expression and article: a second ``बृहस्पतिवार`` (or ``चार मई``) means the day the first one
    meant, unless its clause says otherwise (``अगले``/``पिछले`` make another expression) or it is in another
    wire item with a dateline of its own (``item_day``). When the clauses
    disagree (``चार मई को खत्म होने जा रही थी`` reads as past, ``चार मई को ढील देगा`` as future), the value most
    occurrences get wins, the first one's on a tie."""
    votes: dict[tuple, Counter[str]] = {}
    first: dict[tuple, str] = {}
    for t in timexes:
        k = _expression_key(t)
        if k is not None and t.value is not None:
            votes.setdefault(k, Counter())[t.value[:10]] += 1
            first.setdefault(k, t.value[:10])
    chosen = {k: max(c, key=lambda v: (c[v], v == first[k])) for k, c in votes.items()}
    out = []
    for t in timexes:
        k = _expression_key(t)
        if k is not None and t.value is not None and chosen[k] != t.value[:10]:
            t = replace(t, value=chosen[k] + t.value[10:])
        out.append(t)
    return out


def resolve_timexes(timexes: list[Timex], anchor_date: dt.date, anchor_name: str,
                    only: Callable[[dict], bool] | None = None,
                    bounds: Callable[[Timex], bool] | None = None) -> list[Timex]:
    """Copies of ``timexes`` with the unresolved relative ones resolved against ``anchor_date`` (those ``only``
    accepts, when given). Timexes that already have a value come back unchanged. ``bounds`` tells the deadlines
    that next-day expressions do not count from (``period_bounds``).
    """
    out = []
    for t in timexes:
        if t.value is None and t.relative and (only is None or only(t.relative)):
            value = resolve_relative(t.relative, anchor_date)
            if value is not None:
                t = replace(t, value=value, anchor=anchor_name, relative=dict(t.relative))
        out.append(t)
    return one_value_per_expression(chain_next_days(out, bounds))


MIN_SHARED_DAY = 2


def shared_day_of_writing(analyses: list[Analysis]) -> dt.date | None:
    """``story_anchor`` when at least ``MIN_SHARED_DAY`` anchored articles of the story were written on it or a
    day apart: wire copies of one news cycle (datelines of the 3rd and the 4th). One article's day is no day of
    writing for the rest of a story that runs over days (covid5 without publication dates: weekdays and ``आज``
    read from a single member's day were right 42 times of 86)."""
    day = story_anchor(analyses)
    if day is None:
        return None
    near = sum(1 for x in analyses if (a := article_anchor(x)) is not None and abs((a[0] - day).days) <= 1)
    return day if near >= MIN_SHARED_DAY else None


def story_anchor(analyses: list[Analysis]) -> dt.date | None:
    """The date an anchorless article of a story should be read from: the anchor (publication or dateline day)
    most of the story's anchored articles share, the latest on a tie; None when none has one. A relative date
    is written from the day of writing, so this is better than the story's event date (``कल`` in an article
    written the day after the event is the event's day, not the day before it)."""
    found = Counter(a[0] for x in analyses if (a := article_anchor(x)) is not None)
    if not found:
        return None
    return max(found, key=lambda d: (found[d], d))


def resolve_article_timexes(text: str, analysis: Analysis, story_date: dt.date | None, *,
                            day_of_writing: bool = True) -> bool:
    """Link-layer step for one article: resolve its relative dates against the story's date ONLY when the
    article has no anchor of its own (no publication date, dateline or URL date; ``article_anchor`` is None).
    An article with its own anchor keeps its values: a story's date is another article's day and spreads its
    errors. ``day_of_writing`` says whether ``story_date`` is the day the story's anchored articles were written
    (``story_anchor``); when it is only the day of an event the members report, only what needs the year alone
    is resolved (``needs_only_the_year``): weekdays and ``आज`` read from an event's day are more often wrong than
    right (covid5 with the publication dates withheld: weekdays 50 right of 130, day offsets 3 of 45; dates and
    months without a year 160 of 171). Returns whether anything changed (the caller then stores the analysis)."""
    if story_date is None or article_anchor(analysis) is not None:
        return False
    before = [t.value for t in analysis.timexes]
    resolve_with_story_date(text, analysis, story_date, day_of_writing=day_of_writing)
    return [t.value for t in analysis.timexes] != before


_SEASON_VALUE = regex.compile(r"\d{4}-(?:SP|SU|FA|WI)")


def granularity(value: str | None) -> str | None:
    """``decade``, ``year``, ``fiscal_year``, ``quarter``, ``season``, ``month``, ``week``, ``day`` or ``minute`` for
    a value."""
    if not value:
        return None
    if "T" in value:
        return "minute"
    if "-W" in value:
        return "week"
    if _SEASON_VALUE.fullmatch(value):
        return "season"
    if "-Q" in value:
        return "quarter"
    if value.startswith("FY"):
        return "fiscal_year"
    return _GRANULARITY_OF_LENGTH.get(len(value))


# -- tense: "बुधवार को मिले" (past) versus "बुधवार को मिलेंगे" (future) -------------------------------------


def clause_is_future(clause: str, lang: str, *, planned: bool = False) -> bool:
    """Whether a clause speaks of the future (``… से शुरू होगा``), by the language's future words and endings;
    with ``planned``, also of what was to happen (``… से होने वाले थे``)."""
    return _is_future(clause, grammar(lang if lang in SUPPORTED else "en"), planned=planned)


def _is_future(clause: str, g: Grammar, *, planned: bool = False) -> bool:
    if _future_words(g.lang, g.future_words, planned).search(key(clause)):
        return True
    endings = g.future_endings
    if endings:
        for word in _LETTER_RUN.findall(clause):
            if word in g.not_future:
                continue
            # endswith(tuple) first: most words end in none of the endings
            if word.endswith(endings) and any(word.endswith(e) and len(word) > len(e) for e in endings):
                return True
    return False


_LETTER_RUN = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
_WORD_AFTER = regex.compile(r"[\s,(]{0,3}[\p{L}\p{M}]+")
_WORD_BEFORE_SPAN = regex.compile(r"[\p{L}\p{M}]+[\s,(]{0,3}$")


@cache
def _future_words(lang: str, words: tuple[str, ...], planned: bool) -> re.Pattern:
    """The future words as one pattern; unless ``planned``, one followed by a past auxiliary (``होने वाले थे``:
    what was to happen, seen from the past) is no future."""
    if not words:
        return re.compile(r"(?!x)x")
    past = "|".join(re.escape(w) for w in sorted(_past_words(lang))) or "(?!x)x"
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    then = "" if planned else rf"(?!\s+(?:{past})(?!\w))"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w){then}")


@cache
def _past_words(lang: str) -> frozenset[str]:
    return frozenset(key(w) for w in load(lang if lang in SUPPORTED else "en", "timex").get("past_words", []))


@cache
def _past_participle(lang: str) -> regex.Pattern:
    data = load(lang if lang in SUPPORTED else "en", "timex")
    links = "|".join(regex.escape(w) for w in data.get("past_participle_links", [])) or r"(?!x)x"
    forms = "|".join(regex.escape(w) for w in sorted(data.get("past_participles", []), key=len, reverse=True))
    word = r"[\p{L}\p{M}\u200c\u200d]+"
    return regex.compile(rf"[^\S\n]+(?:{links})(?:[^\S\n]+{word}){{0,2}}?[^\S\n]+(?:{forms or '(?!x)x'})"
                         r"(?![\p{L}\p{M}])")


def _past_participle_after(text: str, end: int, lang: str) -> bool:
    """``चार मार्च को हुई बैठक``, ``24 मार्च से लागू हुए लॉकडाउन``: the date's own participle is past, whatever
    the clause's main verb says."""
    return bool(_past_participle(lang).match(text, end, end + 40))


@cache
def _attributive(lang: str) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    data = load(lang if lang in SUPPORTED else "en", "timex")
    words = "|".join(regex.escape(w) for w in sorted(data.get("attributive_future", []), key=len, reverse=True))
    aux = "|".join(regex.escape(w) for w in [*data.get("present_auxiliaries", []), *data.get("past_words", [])])
    words, aux = words or "(?!x)x", aux or "(?!x)x"
    word, gap, end = r"[\p{L}\p{M}]", r"[^\S\n]", r"(?![\p{L}\p{M}])"
    before_noun = regex.compile(rf"(?<!{word})(?:{words})(?={gap}+(?!(?:{aux}){end}){word})")
    # the date's own participle: a postposition and at most one more word between (29 मार्च से होने वाले)
    own = regex.compile(rf"{gap}*(?:{word}+{gap}+)?(?:{word}+{gap}+)?(?:{words}){end}")
    agent = "|".join(regex.escape(w) for w in data.get("ergative_markers", [])) or "(?!x)x"
    return before_noun, own, regex.compile(rf"(?<!{word})(?:{agent}){end}")


ATTRIBUTIVE_REACH = 200  # characters after a date searched for the participle of its clause


def _without_attributive(clause: str, text: str, end: int, lang: str) -> str:
    """The clause without the future participles that describe a noun (``भारत में होने वाले टूर्नामेंटों``) when
    the date belongs to another verb: an agent (``ने``) stands between them, or the clause is past. The date's own
    participle (``29 मार्च से होने वाले आईपीएल``) stays."""
    before_noun, own, agent = _attributive(lang)
    if not before_noun.search(clause) or own.match(text, end, end + 40):
        return clause
    participle = before_noun.search(text, end, end + ATTRIBUTIVE_REACH)
    between = text[end:participle.start()] if participle else ""
    if agent.search(between) or _is_past(clause, lang):
        return before_noun.sub(" ", clause)
    return clause


@cache
def _plan(lang: str) -> tuple[regex.Pattern, frozenset[str]]:
    data = load(lang if lang in SUPPORTED else "en", "timex")
    verbs = "|".join(regex.escape(w) for w in sorted(data.get("plan_infinitives", []), key=len, reverse=True))
    return (regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{verbs or '(?!x)x'})[^\S\n]+([\p{{L}}\p{{M}}]+)"),
            frozenset(key(w) for w in data.get("present_auxiliaries", [])))


def _plan_tense(clause: str, lang: str) -> str | None:
    """An infinitive before an auxiliary says what is or was to happen: ``जनता कर्फ्यू भी लगना है`` is ahead
    (``future``); ``सितंबर तक चलना था`` was a plan, its dates either side of the day of writing (``planned``:
    the nearest such date)."""
    pattern, present = _plan(lang)
    for m in pattern.finditer(clause):
        aux = key(m.group(1))
        if aux in present:
            return "future"
        if aux in _past_words(lang):
            return "planned"
    return None


@cache
def _deadline_words(lang: str) -> tuple[regex.Pattern, regex.Pattern, tuple[str, ...]]:
    data = load(lang if lang in SUPPORTED else "en", "timex")

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    edge = r"(?![\p{L}\p{M}])"
    return (regex.compile(rf"[^\S\n,]*(?:{alt(data.get('deadline_words_after', []))}){edge}"),
            regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(data.get('deadline_words_before', []))})[^\S\n]+$",
                          regex.IGNORECASE),
            tuple(key(w) for w in data.get("deadline_moved_verbs", [])))


def _deadline_moved(text: str, start: int, end: int, clause: str, lang: str) -> bool:
    """A deadline (``नवंबर तक``, ``till December 31``) that the clause's verb moves (``टाल दी``, ``extended``)."""
    after, before, verbs = _deadline_words(lang)
    if not verbs or not (after.match(text, end) or before.search(text, max(0, start - 12), start)):
        return False
    return any(word.startswith(verbs) for word in (key(w) for w in _LETTER_RUN.findall(clause)))


def _is_past(clause: str, lang: str) -> bool:
    past = _past_words(lang)
    return bool(past) and any(key(w) in past for w in _LETTER_RUN.findall(clause))


@cache
def _clause_break(lang: str) -> regex.Pattern:
    marks = load(lang if lang in SUPPORTED else "en", "timex").get("clause_breaks", [])
    words = [regex.escape(w) for w in marks if regex.match(r"[\p{L}\p{M}]", w)]
    signs = [regex.escape(w) for w in marks if not regex.match(r"[\p{L}\p{M}]", w)]
    alts = [rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(words)})(?![\p{{L}}\p{{M}}])"] if words else []
    alts += signs
    return regex.compile("|".join(alts) or r"(?!x)x", regex.IGNORECASE)


def _clause(text: str, start: int, end: int, sentences: list[Span], starts: list[int], lang: str) -> str:
    """The clause around a timex (its sentence cut at कि, that, commas, quote marks): where its verb is."""
    i = bisect_right(starts, start) - 1
    if i >= 0 and sentences[i].start <= start and end <= sentences[i].end:
        a, b = sentences[i].start, sentences[i].end
    else:
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", end)
        b = len(text) if b < 0 else b
    breaker = _clause_break(lang)
    for m in breaker.finditer(text, a, start):
        a = m.end()
    m = breaker.search(text, end, b)
    return text[a:start] + " " + text[end: m.start() if m else b]


# -- absolute dates for metadata ----------------------------------------------------------------------------

_RANK = {"minute": 0, "day": 1, "month": 2, "year": 3, "decade": 4}


def parse_date(text: str, lang: str) -> tuple[str, str] | None:
    """The most precise absolute date in ``text`` as ``(ISO value, granularity)``, else None.

    Reads ``आखरी अपडेट: 13 सितंबर, 2023, 15:23 IST`` (IST is +05:30), ``04/09/2025`` (day first),
    ``Sept. 3, 2025``, ``2025-09-04T10:00:00+05:30``. Relative expressions are not resolved here. When the
    grammar finds nothing, dateparser is tried (with the same time zone fix).
    """
    absolute: list[Found] = [f for f in read_all(text, _langs(lang)) if f.value is not None]
    best = None
    if absolute:
        found = min(absolute, key=lambda f: (_RANK.get(f.granularity or "", 9), f.start))
        best = (found.value, found.granularity or granularity(found.value) or "day")
        if _RANK.get(best[1], 9) <= _RANK["day"]:
            return best
    # Nothing, or only a year or month: dateparser may read a format the grammar lacks (Sep-13-2023).
    other = _dateparser_date(text, lang)
    if other and (best is None or _RANK.get(other[1], 9) < _RANK.get(best[1], 9)):
        return other
    return best


def _dateparser_date(text: str, lang: str) -> tuple[str, str] | None:
    import dateparser  # slow to import: only when the grammar finds nothing

    zones = grammar(lang if lang in SUPPORTED else "en").zones
    # dateparser reads IST as Israel time: give it the offset instead.
    fixed = regex.sub(r"\b([A-Z]{2,5})\b", lambda m: zones.get(key(m.group(1)), m.group(1)), text)
    parser = dateparser.date.DateDataParser(
        languages=[lang, "en"] if lang != "en" else ["en"],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["year"],
                  "PARSERS": ["custom-formats", "absolute-time"]},
    )
    try:
        data = parser.get_date_data(fixed)
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "time" or d.hour or d.minute:
        off = d.strftime("%z")
        off = f"{off[:3]}:{off[3:]}" if off else ""
        return f"{d:%Y-%m-%dT%H:%M}{off}", "minute"
    return d.date().isoformat(), "day"


# -- the event date -----------------------------------------------------------------------------------------

LEAD_SENTENCES = 4
# A lead day this many days or more before publication is the event only when the text gives its year
# (`30 जनवरी 2020 को`): a day and month alone that far back (`30 जनवरी को केरल में पहला मामला` in a March
# interview, `24 मार्च से लागू लॉकडाउन` on 1 May) is what the report recalls, not its news.
FAR_BEFORE_DAYS = 28


_SENTENCE_END = regex.compile(r"[।॥.!?]['\"”’)\]]*$")


def _lead(analysis: Analysis) -> list[Span]:
    """The first sentences of the body: from the dateline on when there is one (what precedes it is headline,
    summary and widgets); lines that do not end like a sentence (headlines, update lines, credits) skipped."""
    body = analysis.body_sentences()
    dl = analysis.dateline
    if dl is not None:
        body = [s for s in body if s.end > dl.start] or body
    title = key(analysis.title) if analysis.title else None
    # In order, and only as far as needed: keying every sentence to compare it with the title cost more than
    # the rest of event_date. The result is ``(prose or the non-title body)[:LEAD_SENTENCES]``.
    prose: list[Span] = []
    plain: list[Span] = []
    for s in body:
        if title and key(s.text) == title:
            continue
        if len(plain) < LEAD_SENTENCES:
            plain.append(s)
        if _SENTENCE_END.search(s.text):
            prose.append(s)
            if len(prose) == LEAD_SENTENCES:
                break
    return prose or plain


def event_date(text: str, analysis: Analysis, timexes: list[Timex]) -> str | None:
    """The day the article's main event happened, when its lead says so (``बुधवार को`` early on).

    Takes the first timex naming a day in the lead sentences (the dateline's own date, future days and
    "updated on" lines left out); a time of day is dropped. When the article's day of publication is known, a day
    after it is left out (a plan: "14 अप्रैल तक" without its तक, "15 मार्च को होने वाली बैठक"), and of the days the
    lead names the latest is taken: a report names its news last and what led to it first ("21 फरवरी को … फैलने के
    बाद से … सोमवार (23 मार्च) को मौत के 601 नए मामले"). None when the lead names no day, or names one that is not
    resolved yet (call again after ``resolve_timexes``).
    """
    dl = analysis.dateline
    ordered = sorted(timexes, key=lambda t: t.start)
    limit = analysis.published[:10] if analysis.published else None
    # The earliest day the event can be: a report's event is news, not history. With a publication date, a day
    # more than a year before it is one the lead recalls (`28 नवंबर, 2016 को शहीद हुए जवान की पत्नी`); without
    # one, a day in a year before the latest year the text itself reports (outside future clauses and period
    # bounds), or before the web's first year (`23 मार्च 1978`), is.
    floor = str(int(limit[:4]) - 1) + limit[4:] if limit else _year_of_writing_floor(text, analysis, ordered)
    latest: str | None = None
    for sentence in _lead(analysis):
        for t in ordered:
            if not (sentence.start <= t.start and t.end <= sentence.end):
                continue
            if _is_dateline_date(t, dl):
                continue  # the dateline's own date is when the copy was written, not the event
            if t.relative and t.relative.get("tense") == "future":
                continue
            if bounds_a_period(t, text, analysis.lang):
                continue  # `2 अप्रैल तक स्थगित`: a deadline, not the day of the event
            if ends_a_span(t, text, analysis.lang):
                continue  # `1-30 अप्रैल के बीच 33 हजार मामले`: a month's tally, not the day of the event
            if t.value is None and t.relative and t.relative.get("granularity") == "day":
                if latest is None:
                    return None  # the lead's day is known only once the article is anchored
                continue
            if t.value and granularity(t.value) in ("day", "minute"):
                if t.relative is None and _is_header(t, sentence):
                    continue
                day = t.value[:10]
                if day < floor:
                    continue  # history the lead recalls, not the event
                if limit and t.relative is not None and "year" not in t.relative and _days_before(day, limit) >= \
                        FAR_BEFORE_DAYS:
                    continue  # a day and month (or a festival) recalled weeks back, its year not said
                if limit is None:
                    return day
                if day <= limit and (latest is None or day > latest):
                    latest = day
    return latest


def _days_before(day: str, limit: str) -> int:
    try:
        return (dt.date.fromisoformat(limit[:10]) - dt.date.fromisoformat(day[:10])).days
    except ValueError:
        return 0


def _year_of_writing_floor(text: str, analysis: Analysis, timexes: list[Timex]) -> str:
    """``YYYY`` of the latest year an undated text reports with a full date or a month and year of its own (not
    in boilerplate, a future clause or a period's bound: `मार्च 2021 तक` lies ahead), never before
    ``FIRST_PUBLICATION_YEAR``: the article was written in that year or later. A bare year is left out: it names
    what is not a day of news as often (`2036 के ओलंपिक`, `the 2024-25 budget`)."""
    sentences = sorted(analysis.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    g = grammar(analysis.lang if analysis.lang in SUPPORTED else "en")
    years = [int(v[:4]) for t in timexes if t.relative is None and (v := t.value) and v[:4].isdigit()
             and granularity(v) in ("day", "minute", "month") and not analysis.in_boilerplate(t.start, t.end)
             and not bounds_a_period(t, text, analysis.lang)
             and not _is_future(_clause(text, t.start, t.end, sentences, starts, analysis.lang), g)]
    return str(max([FIRST_PUBLICATION_YEAR, *years]))


def _is_dateline_date(t: Timex, dl: Dateline | None) -> bool:
    if dl is None or not t.relative or t.relative.get("kind") != "date_no_year":
        return False
    return dl.start <= t.start <= dl.end + 30


def _is_header(t: Timex, sentence: Span) -> bool:
    """An absolute date that is most of its sentence is an "updated on" line, not an event."""
    return (t.end - t.start) > 0.5 * (sentence.end - sentence.start)


def add_timexes(text: str, analysis: Analysis) -> None:
    """Pipeline step: set ``analysis.timexes`` and ``analysis.event_date``."""
    analysis.timexes = find_timexes(text, analysis)
    analysis.event_date = event_date(text, analysis, analysis.timexes)
    if any(t.value is None and t.relative for t in analysis.timexes):
        analysis.notes.append("timex: relative dates wait for the story date (no publication date)")


def resolve_with_story_date(text: str, analysis: Analysis, story_date: dt.date, *,
                            day_of_writing: bool = True) -> None:
    """Link-layer step: resolve what the article could not against its story's date (only what needs the year
    alone when that date is not a day of writing), then pick the event date again. Does nothing to timexes that
    already have a value."""
    only = None if day_of_writing else needs_only_the_year
    analysis.timexes = deictic_agrees_with_weekday(
        resolve_timexes(analysis.timexes, story_date, "story", only, bounds=period_bounds(text, analysis.lang)),
        text, analysis.lang)
    analysis.event_date = analysis.event_date or event_date(text, analysis, analysis.timexes)
