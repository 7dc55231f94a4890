"""The day an undated article's own words point to: the weekday its lead names for its event.

An article given without a publication date (and without a date in its URL) rarely names its day in full: Hindi
reports say "शनिवार को" (on Saturday) and "आज" far more often than "21 मार्च 2020". The weekday is still
evidence. On real Hindi news (covid5, 373 articles read without their dates) 212 articles name a weekday this
way (the first of the lead that is not in the future, else the one the body names most often); it is the
publication day or the day before for 197 of them. Two reports of
one event name the same event day, so two undated reports whose weekdays are two or more days apart are unlikely
to be one story (``stories.day_factor`` lowers them), while a year-free weekday can never *raise* a similarity:
this Saturday's summit and last year's read alike.

A day and month without a year can be read too (``told_day``): the dateline's ("नई दिल्ली, 25 मार्च (भाषा)"), or
one the text joins to its weekday or to "today" ("बुधवार (25 मार्च) को", "आज 25 मार्च को"). It names the day of
writing up to the year: two such days more than a week apart on the calendar are never one story's, in any year.
Other days and months bound the day of writing (``writing_bounds``): one the text reports in the past tense
("12 मार्च को पानी आया था") came before it, one in the future ("31 मार्च तक बंद रहेंगे") after it.
"""

from __future__ import annotations

from collections import Counter

from khabar.analyse.timex import bounds_a_period, joined_by_apposition
from khabar.model import Analysis, Span, Timex

LEAD_SENTENCES = 4


def _weekday(t: Timex) -> int | None:
    relative = t.relative or {}
    if relative.get("kind") != "weekday" or relative.get("tense") == "future":
        return None  # "सोमवार से दुकानें बंद रहेंगी" names a day to come, not the event's
    weekday = relative.get("weekday")
    return weekday if isinstance(weekday, int) else None


def lead_weekday(analysis: Analysis) -> int | None:
    """The weekday (Monday 0) of the event the article reports, as its own words name it: the first weekday of
    its lead (the first sentences after the dateline, the headline left out) that is not in the future, else the
    weekday its body names most often, or when several are named as often, the last of the days it names
    (``latest_weekday``, session 20); None when it names none."""
    if not any(_weekday(t) is not None for t in analysis.timexes):
        return None
    sentences = analysis.body_sentences()
    if analysis.dateline is not None:
        sentences = [s for s in sentences if s.end > analysis.dateline.start] or sentences
    title = (analysis.title or "").strip()
    lead = [s for s in sentences if s.text.strip() != title][:LEAD_SENTENCES]
    timexes = sorted(analysis.timexes, key=lambda t: t.start)
    for sentence in lead:
        for t in timexes:
            if sentence.start <= t.start and t.end <= sentence.end and (day := _weekday(t)) is not None:
                return day
    counts = Counter(day for t in timexes if (day := _weekday(t)) is not None)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return latest_weekday(set(counts))
    return ranked[0][0]


# The days a report recounts lie in the few days before it was written: weekdays that no run of this many days holds
# are a schedule or a history, not the report's last days (session 20).
LATEST_RUN_DAYS = 3


def latest_weekday(days: set[int]) -> int | None:
    """The last of several weekdays a text names for past days (Monday 0): the one that the others precede
    within the shortest run of days ending on it ("शुक्रवार ... शनिवार ... रविवार को" ends on Sunday; Monday and
    Thursday end on Thursday, three days rather than four); None when two runs are as short or the shortest is
    longer than ``LATEST_RUN_DAYS``. On covid5 read without dates, of 28 articles whose body names two or more
    weekdays as often (and whose lead names none), this is the publication day or the day before for 24."""
    spans = {day: max((day - other) % 7 for other in days) for day in days}
    shortest = min(spans.values())
    ends = [day for day, span in spans.items() if span == shortest]
    return ends[0] if len(ends) == 1 and shortest <= LATEST_RUN_DAYS else None


def named_weekdays(analysis: Analysis) -> frozenset[int]:
    """Every weekday (Monday 0) the text names for a day that is not to come (``lead_weekday`` picks one of them)."""
    return frozenset(day for t in analysis.timexes if (day := _weekday(t)) is not None)


def weekdays_apart(a: int, b: int) -> int:
    """Days between two weekdays, the short way round the week (0 to 3)."""
    gap = abs(a - b) % 7
    return min(gap, 7 - gap)


def _joined_to_day_of_writing(t: Timex, other: Timex, sentence: Span, lang: str) -> bool:
    """``बुधवार (25 मार्च)``, ``आज 25 मार्च``: a weekday or "today" (not in the future) next to the date."""
    relative = other.relative or {}
    if relative.get("tense") == "future":
        return False
    if not (relative.get("kind") == "weekday" or (relative.get("kind") == "day_offset" and relative.get("days") == 0)):
        return False
    a, b = (t, other) if t.start < other.start else (other, t)
    return joined_by_apposition(sentence.text[a.end - sentence.start: b.start - sentence.start], lang)


def told_day(analysis: Analysis) -> tuple[int, int] | None:
    """``(month, day)`` of the day of writing that the text names without a year: the dateline's day and month,
    else the latest day and month (not in the future, not a period's bound: ``31 मार्च तक``) that the text
    joins to a weekday or to "today"; None when it names none."""
    dateline = analysis.dateline
    if dateline is not None and dateline.month and dateline.day:
        return dateline.month, dateline.day
    dates = [t for t in analysis.timexes if (t.relative or {}).get("kind") == "date_no_year"
             and (t.relative or {}).get("tense") != "future"]
    if not dates:
        return None
    named = [t for t in analysis.timexes if t.relative and t.relative.get("kind") in ("weekday", "day_offset")]
    lang = "en" if analysis.lang == "en" else "hi"
    found: list[tuple[int, int]] = []
    for sentence in analysis.body_sentences():
        inside = [t for t in dates if sentence.start <= t.start and t.end <= sentence.end]
        if not inside:
            continue
        # the sentence alone as text at its offsets: what the period words look at around a date
        text = " " * sentence.start + sentence.text
        for t in inside:
            if bounds_a_period(t, text, lang):
                continue
            if any(sentence.start <= u.start and u.end <= sentence.end
                   and _joined_to_day_of_writing(t, u, sentence, lang) for u in named):
                found.append((t.relative["month"], t.relative["day"]))
    return max(found) if found else None


MonthDay = tuple[int, int]


def writing_bounds(analysis: Analysis) -> tuple[MonthDay | None, MonthDay | None]:
    """``(earliest, latest)`` day and month the day of writing can be, as the text's own days and months without
    a year bound it: the latest one it reports in the past tense (not a period's bound: ``23 मार्च से``), and the
    earliest one it names in the future tense (``31 मार्च तक बंद रहेंगे``, ``1 अप्रैल से लागू होगा``). On covid5
    read without dates (311 articles), 56 have a lower bound and 33 an upper one; 4 and 2 of them are wrong
    (a past-tense day after the day of writing is mostly a misread tense)."""
    past: list[MonthDay] = []
    future: list[MonthDay] = []
    lang = "en" if analysis.lang == "en" else "hi"
    dates = [t for t in analysis.timexes if (t.relative or {}).get("kind") == "date_no_year"]
    if not dates:
        return None, None
    for sentence in analysis.body_sentences():
        text = " " * sentence.start + sentence.text
        for t in dates:
            if not (sentence.start <= t.start and t.end <= sentence.end):
                continue
            relative = t.relative or {}
            day = (relative["month"], relative["day"])
            if relative.get("tense") == "future":
                future.append(day)
            elif relative.get("tense") == "past" and not bounds_a_period(t, text, lang):
                past.append(day)
    return (max(past) if past else None), (min(future) if future else None)
