"""Stories: articles that report the same event.

Words are weighed by a background document frequency (``lang/<lang>/idf.json``, built from a general Hindi
corpus), so that the words every article of a beat shares (रूस, राष्ट्रपति, बैठक) count little and the rarer
ones that pin an event (वर्षगांठ, कॉस्मोड्रोम, प्योंगयांग) count much.

Two articles of one language are as similar as their word vectors (the cosine of their bodies, weighed by how
well each one's lead matches the other's body: a page whose tail carries another report is not that report),
plus a little for each distinctive number both state (the 283 cases of one day's count), times a factor for how
far apart their dates are: a day's news is one story far more often than news a week apart, and dates more than
``MAX_DAYS_APART`` apart never join. An article without any date (no event date, no publication date, no date in
its URL) weighs its links by ``UNDATED_FACTOR``: nothing tells which of two confusable events it reports, so it
needs more words in common; and less again when the weekdays the two texts name are days apart. Pairs whose
headlines report from different places (two count reports of two places too) and one outlet's reports of two
days that are no rerun count half (``damp_region_conflicts``, ``damp_outlet_days``), as do one outlet's reports
filed from two places and reports filed from two states (their datelines), and pages alike only below their openings
less (``damp_tail_matches``). A rerun (one outlet's word-for-word reprint of an earlier day's report, headline and
all) is dated by its original (``rerun_days``).

Stories are clusters by average link: two groups merge while the mean similarity over all their pairs of
articles reaches ``SIMILARITY_THRESHOLD`` and their known dates stay within ``MAX_DAYS_APART``. One close pair
does not pull two groups together (single link chained undated reports of four summits into one story), and an
undated article similar to two events cannot bridge them: the merged group's dates would be too far apart.

Across languages words cannot meet, so ``khabar.link.crosslingual`` adds links between a Hindi and an English
article from shared named entities and rare words (compared in Latin), distinctive numbers and dates. Short reports
(a headline and a paragraph or two) of one language say too little for the cosine, so two of them dated a few days
apart also join on what they share by name (``crosslingual.short_report_pairs``). Those links are applied after
the same-language clusters, strongest first, under the same date window; last, a group of undated short reports
goes whole to the dated group it matches clearly best (``crosslingual.undated_attachments``). The calibration of
every number here is in docs/stories.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import numpy as np
import regex
from scipy import sparse

from khabar.analyse.metadata import url_date as url_date_of
from khabar.analyse.timex_resolve import date_of
from khabar.lang import load
from khabar.link.counts import (
    BULLETIN_COUNTED,
    counted_in,
    figures_disagree,
    headline_counts,
    headline_figures,
    lead_counted,
)
from khabar.link.crosslingual import (
    NEAR_DAY_BAR,
    NEAR_DAY_NAMES,
    SHORT_WORDS,
    Evidence,
    cross_language_evidence,
    cross_language_links,
    cross_signals,
    lead_signals,
    leads_share,
    name_of,
    names_match,
    next_month_start,
    number_weight,
    office_roles,
    offices_conflict,
    reclaimed_undated,
    short_report_pairs,
    tells_last_month,
    told_factor,
    undated_attachments,
    window_allows,
)
from khabar.link.places import (
    HOME,
    country_of,
    headline_region,
    home_country,
    is_indian_place,
    named_region,
    region_of,
    report_scene,
    state_names,
    unfiled_headline_state,
    wide_scenes,
)
from khabar.link.text_days import MonthDay, lead_weekday, named_weekdays, told_day, weekdays_apart, writing_bounds
from khabar.model import Analysis
from khabar.text.keys import match_key

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# Calibrated on the covid5 DEV window (docs/stories.md): average link over these similarities.
SIMILARITY_THRESHOLD = 0.32
# Words of an article's lead (title and opening): what it reports, as against what its page carries further down.
LEAD_WORDS = 120
MAX_DAYS_APART = 7
# Date factor by days apart: same day 1, next day 0.7, two or three days 0.5, up to a week 0.3, more: never.
DAY_FACTORS = ((0, 1.0), (1, 0.7), (3, 0.5), (MAX_DAYS_APART, 0.3))
UNDATED_FACTOR = 0.75  # a pair with an undated article: its words must say more
# A pair with an undated article whose weekdays are known (``text_days.lead_weekday``; a dated article's is its
# date's): by the days between the two weekdays the short way round, 0 to 3: one to three days apart lower it (the
# same weekday: ``SAME_WEEKDAY_FACTOR``).
WEEKDAY_FACTORS = (1.0, 0.7, 0.5, 0.5)
# An undated pair whose texts name the same weekday for their news, and whose days of writing nothing in the texts
# bounds apart (``_DayEvidence.year_free_gaps``): the same day more often than not within one beat's weeks (session 9,
# docs/stories.md). Not 1: a weekday does not tell this week's news from the next week's.
SAME_WEEKDAY_FACTOR = 0.9
# An undated pair that states at least this many of the same specific figures (``specific_figures``: a day's
# running totals, 1409 cases, 20471 infected) reads as written the same day or the next (a paper prints the day
# before's bulletin): ``FIGURES_FACTOR`` (a same-day pair's) stands for ``UNDATED_FACTOR`` (docs/stories.md).
SAME_DAY_FIGURES = 2
FIGURES_FACTOR = 1.0
# An undated pair each of which states at least ``APART_FIGURES`` decisive figures (``specific_figures`` and values
# with a fraction: 88.17 m, a 7.7 quake), none of them shared, reports two days' or two events' figures: its factor
# is multiplied by ``FIGURES_APART_FACTOR`` (session 13, docs/stories.md).
APART_FIGURES = 2
FIGURES_APART_FACTOR = 0.5
NUMBER_WEIGHT = 0.05  # per unit of shared-number weight (crosslingual.number_weight, at most 2 in all)
MIN_PAIR = 0.05  # pairs below this are left out of the clustering (they count as 0)
# A roundup (live blog, "10 big updates") matches the reports of several events that do not match each other; it
# keeps its strongest link and its others count this much (``damp_roundups``).
ROUNDUP_FACTOR = 0.5
ROUNDUP_APART = 0.1  # two neighbours of an article this dissimilar report different events
# Two reports whose headlines are about different regions (Delhi's count, Maharashtra's count; France's deaths
# and India's) are rarely one event, however much of a day's running figures they share: their similarity
# counts this much.
REGION_CONFLICT_FACTOR = 0.5
# Two count reports of two scopes count this much more after the roundup check (session 21, ``damp_count_scopes``):
# 0.4 in all, so that only nearly the same text (a word similarity of 0.8) joins two places' updates.
COUNT_SCOPES_FACTOR = 0.8
# Two count reports of one scope and one day whose headlines give a same figure of at least ``SAME_COUNT_FIGURE``
# join when their similarity (corrections included) reaches ``SAME_COUNT_SIMILARITY`` (session 21, ``same_count``).
SAME_COUNT_FIGURE = 100
SAME_COUNT_SIMILARITY = 0.2
# Two count reports of one scope dated at most a day apart whose headlines agree on at least ``SAME_FIGURES`` figures
# of any size, in digits or in words (``counts.headline_counts``: "दो नए केस ... आधा दर्जन" and "दो और ... संख्या
# छह"), join at ``SAME_COUNT_SIMILARITY`` too (session 28, ``same_figures``): one small figure is shared by chance,
# a place's new cases and its total together are one update, whichever paper printed it that day or the next.
SAME_FIGURES = 2
# Two count reports of one scope and one day by two outlets whose headlines lead with a count of a same thing join at
# ``SAME_COUNT_SIMILARITY`` too (session 29, ``same_counted``): one place's count of one day is one update, whatever
# figure each paper caught.
# Two short reports (``crosslingual.SHORT_WORDS`` body words or fewer: web excerpts, briefs) of one language dated at
# most ``SHORT_SIMILAR_DAYS`` apart join at this similarity (day factor and corrections included) rather than at
# ``SIMILARITY_THRESHOLD``: a few dozen words share fewer words than a full report does, so two excerpts of one
# event written from different angles score 0.2-0.3, while short reports of different events of those days score
# under 0.13 on the English+Hindi train split, covid5 and our own set (docs/stories.md, session 13).
SHORT_SIMILARITY = 0.2
SHORT_SIMILAR_DAYS = 1
# A short report and a longer one (one of the two ``SHORT_WORDS`` body words or fewer), dated as above, join at this
# similarity: a brief's words are mostly in the full report too, but the full report's vector spreads over many
# more words, so their cosine stays low; halfway between the two-short bar and the story threshold (session 14,
# docs/stories.md: on the covid5 more-days labels 0.25-0.26 gain 10 pairs and lose none, 0.24 joins a national
# brief to a Haryana page, 0.27-0.28 lose the gain).
SHORT_LONG_SIMILARITY = 0.26
# ... and only when no single word carries more than this share of their body cosine: a brief's vector rests on a
# few words, so one shared rare name (the town both report from) can lift a brief and a full report of two events
# of that town to 0.28 alone (``top_word_share``).
SHORT_LONG_WORD_SHARE = 0.4
# Two reports of one language that give at least this many of the same values with a fraction (a model's projected
# growth rates 2.8, 3.4, 11.5; a briefing's doubling time and recovery rate) copy one source's figures: they join
# whatever their words (``shared_fraction_pairs``), dated at most ``FRACTION_DAYS`` apart or with a day unknown
# (session 15, docs/stories.md: over covid5 DEV, the more-days labels and the bilingual train split, every pair of
# reports within a week that shares two or more such values is of one story; in the unlabelled covid5 articles pairs
# that share two include a recurring 0.5, so three).
SHARED_FRACTIONS = 3
FRACTION_DAYS = 3


@dataclass(frozen=True, slots=True)
class StoryInput:
    article_id: str
    lang: str
    body: str
    date: str | None  # event date, else publication date (ISO)
    # For cross-language links (``crosslingual.cross_signals``): (type, text) of the named-entity mentions and
    # the distinctive quantity values. The numbers count within a language too (see ``pair_similarity``).
    mentions: tuple[tuple[str, str], ...] = ()
    numbers: tuple[float, ...] = ()
    published: str | None = None  # publication date (ISO), when the source gave one
    url: str | None = None  # an article without any date is dated by its URL (/2020/03/21/) when it has one
    source: str | None = None  # the outlet: its reports of two days are two stories unless one reruns the other
    title: str | None = None  # the headline: the region it is about (``places.headline_region``) counts
    weekday: int | None = None  # the event's weekday as the text names it (``text_days.lead_weekday``)
    told: tuple[int, int] | None = None  # (month, day) of writing the text names without a year (``told_day``)
    bounds: tuple[MonthDay | None, MonthDay | None] = (None, None)  # ``text_days.writing_bounds``
    dates: tuple[str, ...] = ()  # the days (ISO) its resolved date expressions name (``named_dates``)
    filed: str | None = None  # the place its dateline files it from (``filed_from``)
    weekdays: frozenset[int] = frozenset()  # every weekday its text names for a past day (``named_weekdays``)
    # ``crosslingual.lead_signals``: the names, figures and text of its lead, when its body is longer (session 23)
    lead: tuple[tuple[tuple[str, str], ...], tuple[float, ...], str] | None = None

    def region(self) -> str | None:
        """The region the headline is about, found among the article's tagged places or as a state or country
        name."""
        if not self.title:
            return None
        return _headline_region(self.title, _places(self.mentions))

    def scope(self) -> str | None:
        """Where the headline's news happens (``places.report_scene``): a state, a country named as the scene,
        the world, ``places.HOME`` (देश में ...), or None."""
        if not self.title:
            return None
        return _headline_scope(self.title, _places(self.mentions))

    @classmethod
    def of(cls, article_id: str, analysis: Analysis, date: str | None, *, published: str | None = None,
           url: str | None = None, source: str | None = None) -> StoryInput:
        """The input for an analysed article (body, language, cross-language signals)."""
        return cls(article_id, analysis.lang, analysis.body, date, *cross_signals(analysis), published=published,
                   url=url, source=source, title=analysis.title, weekday=lead_weekday(analysis),
                   told=told_day(analysis), bounds=writing_bounds(analysis), dates=named_dates(analysis),
                   filed=filed_from(analysis), weekdays=named_weekdays(analysis), lead=lead_signals(analysis))

    def named_days(self) -> frozenset[str]:
        """The days its text names (``dates``) other than its own day and the day before (``day``; all of them
        when it has none): a deadline, a polling day, as against the day of the news itself."""
        day = self.day()
        if day is None:
            return frozenset(self.dates)
        own = {day.isoformat(), (day - dt.timedelta(days=1)).isoformat()}
        return frozenset(d for d in self.dates if d not in own)

    def event_weekday(self) -> int | None:
        """The weekday of the article's event: the one its text names (a dated article's only when it is its
        date's day or the day before: the day of a report is its event's or the next), else its date's."""
        day = self.day()
        if day is None:
            return self.weekday
        if self.weekday is not None and (day.weekday() - self.weekday) % 7 in (0, 1):
            return self.weekday
        return day.weekday()

    def day_of_year(self) -> int | None:
        """The day of the year (in a leap year, so that 29 February has one) of its date, else of the day and
        month its text names for its day of writing (``told``): what two articles' days can be compared by when
        a year is unknown."""
        day = self.day()
        return _of_year((day.month, day.day) if day else self.told)

    def writing_window(self) -> tuple[int | None, int | None]:
        """The earliest and latest day of the year it can have been written on: its day of the year both when
        known (``day_of_year``), else its text's bounds (``bounds``; None: open)."""
        known = self.day_of_year()
        if known is not None:
            return known, known
        return _of_year(self.bounds[0]), _of_year(self.bounds[1])

    def publication_day(self) -> dt.date | None:
        """The day its source or its URL says it was published (None when only its text dates it)."""
        return date_of(self.published) or date_of(url_date(self.url))

    def day(self) -> dt.date | None:
        """The date the article is grouped by: its publication date (news is about its day far more often than
        about a date it mentions: a report of 24 March names 21 February as the first case), else its event
        date, else its URL's."""
        return date_of(self.published) or date_of(self.date) or date_of(url_date(self.url))


_ISO_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}")


def named_dates(analysis: Analysis) -> tuple[str, ...]:
    """The days (ISO, sorted) that the article's resolved date expressions name at day precision."""
    return tuple(sorted({t.value for t in analysis.timexes if t.value and _ISO_DAY.fullmatch(t.value)}))


def filed_from(analysis: Analysis) -> str | None:
    """The place the article's dateline files it from: the place's name in English when the gazetteer knows it
    (नई दिल्ली and नयी दिल्ली are New Delhi), else the dateline as a matching key; None without a dateline."""
    dateline = analysis.dateline
    if dateline is None:
        return None
    return dateline.place or match_key(dateline.text)


def _of_year(month_day: MonthDay | None) -> int | None:
    """The day of the year of a day and month, in a leap year (so that 29 February has one)."""
    if month_day is None:
        return None
    try:
        return dt.date(2020, *month_day).timetuple().tm_yday
    except ValueError:
        return None


# A step groups every article of a new one's component again: what only follows from an article's own title and
# places is remembered (pure functions of their arguments; a hit costs a dict lookup of strings already hashed).
@lru_cache(maxsize=16384)
def _places(mentions: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(text for type_, text in mentions if type_ == "LOC")


@lru_cache(maxsize=16384)
def _headline_region(title: str, places: tuple[str, ...]) -> str | None:
    return headline_region(title, places)


@lru_cache(maxsize=16384)
def _headline_scope(title: str, places: tuple[str, ...]) -> str | None:
    return report_scene(title, places) or unfiled_headline_state(title, places)


@lru_cache(maxsize=4096)
def _filed_state(place: str | None) -> str | None:
    """The Indian state or union territory a dateline's place (``StoryInput.filed``) lies in, or None (a foreign
    place, or one the gazetteer does not place)."""
    if not place:
        return None
    region = region_of(place)
    return region if region in state_names() and is_indian_place(region) else None


@lru_cache(maxsize=16384)
def body_word_count(body: str) -> int:
    """How many words a body has (what makes a report short, ``crosslingual.SHORT_WORDS``)."""
    return len(_WORD.findall(body))


@lru_cache(maxsize=65536)  # the link step asks for every neighbour's URL
def url_date(url: str | None) -> str | None:
    """The date an article's URL carries (``analyse.metadata.url_date``: htmldate's reading and khabar's own
    schemes), or None."""
    return url_date_of(url) if url else None


@cache
def word_weights(lang: str) -> tuple[dict[str, float], float]:
    """``({word: idf}, idf of an unseen word)``; stopwords of the language weigh nothing."""
    data = load(lang, "idf") or {"documents": 1, "df": {}}
    n = data["documents"]
    table = {w: math.log((n + 1) / (c + 1)) for w, c in data["df"].items()}
    for word in (load(lang, "stopwords") or {}).get("stopwords", []):
        table[match_key(word)] = 0.0
    return table, math.log(n + 1)


def vectorize(body: str, lang: str) -> dict[str, float]:
    """A unit-length TF-IDF vector of the body's word keys (a copy: ``body_vectors`` keeps its own)."""
    return dict(body_vectors(body, lang)[0])


def _unit(counts: Counter[str], idf: dict[str, float], unseen: float) -> dict[str, float]:
    weights = {w: (1 + math.log(c)) * idf.get(w, unseen) for w, c in counts.items() if not w.isdigit()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items() if v}


# The link step compares one article in several calls (the split of a large component, then its stories): the
# vectors of the bodies seen last are kept (a few hundred words each, so a few tens of MB at most).
@lru_cache(maxsize=1024)
def body_vectors(body: str, lang: str) -> tuple[dict[str, float], dict[str, float]]:
    """Unit-length TF-IDF vectors of the body's word keys and of its lead (its first ``LEAD_WORDS`` words; the
    same vector when the body is no longer). Cached: callers must not change them."""
    idf, unseen = word_weights(lang if lang in ("hi", "en") else "hi")
    words = _WORD.findall(match_key(body))
    full = _unit(Counter(words), idf, unseen)
    if len(words) <= LEAD_WORDS:
        return full, full
    return full, _unit(Counter(words[:LEAD_WORDS]), idf, unseen)


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def dates_compatible(a: str | None, b: str | None) -> bool:
    da, db = date_of(a), date_of(b)
    return da is None or db is None or abs((da - db).days) <= MAX_DAYS_APART


def day_factor(a: dt.date | None, b: dt.date | None, weekday_a: int | None = None,
               weekday_b: int | None = None) -> float:
    """How much two articles' dates let their words count: 1 the same day, falling with the days between them,
    0 beyond ``MAX_DAYS_APART``; ``UNDATED_FACTOR`` when either date is unknown, lowered by
    ``WEEKDAY_FACTORS`` when both weekdays are known (``StoryInput.event_weekday``) and differ, and
    ``SAME_WEEKDAY_FACTOR`` when they are the same. (``pair_similarities`` also reads the days of writing the
    texts bound, ``_DayEvidence``, and shared figures, ``figures_date``.)"""
    if a is None or b is None:
        if weekday_a is None or weekday_b is None:
            return UNDATED_FACTOR
        apart = weekdays_apart(weekday_a, weekday_b)
        return SAME_WEEKDAY_FACTOR if apart == 0 else UNDATED_FACTOR * WEEKDAY_FACTORS[apart]
    gap = abs((a - b).days)
    return next((factor for days, factor in DAY_FACTORS if gap <= days), 0.0)


def specific_figures(numbers: Sequence[float]) -> frozenset[float]:
    """The figures of a text that pin its day: at least 100, not a round hundred (1,000, 500 recur in many
    reports), not a year."""
    return frozenset(v for v in numbers if v >= 100 and v % 100 and not (1900 <= v <= 2100 and v == int(v)))


def figures_date(a: Sequence[float], b: Sequence[float]) -> bool:
    """Whether two texts share enough specific figures (``SAME_DAY_FIGURES``) to read as written the same day:
    a running total changes from day to day, so two reports that give the same ones are of one day's news."""
    return len(specific_figures(a) & specific_figures(b)) >= SAME_DAY_FIGURES


class _DayEvidence:
    """What ``pair_similarities`` and ``edge_similarities`` read of each item's day once per call: its days of
    writing as days of the year (``StoryInput.writing_window``; NaN: open) and its specific figures."""

    def __init__(self, items: Sequence[StoryInput]) -> None:
        windows = [item.writing_window() for item in items]
        self.low = np.array([np.nan if w[0] is None else w[0] for w in windows], dtype=float)
        self.high = np.array([np.nan if w[1] is None else w[1] for w in windows], dtype=float)
        self.figures = [specific_figures(item.numbers) for item in items]
        self.has_figures = np.array([len(f) >= SAME_DAY_FIGURES for f in self.figures])
        self.decisive = [self.figures[k] | {v for v in item.numbers if v != int(v)} for k, item in enumerate(items)]
        self.has_decisive = np.array([len(f) >= APART_FIGURES for f in self.decisive])

    def year_free_gaps(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The fewest days between two items' days of writing as days of the year, the short way round the year
        (NaN when nothing bounds the two apart)."""
        def after(x: np.ndarray, y: np.ndarray) -> np.ndarray:  # how far x lies after y, the short way round
            return (x - y + 183) % 366 - 183

        with np.errstate(invalid="ignore"):
            gaps = np.fmax(after(self.low[first], self.high[second]), after(self.low[second], self.high[first]))
            return np.where(np.isnan(gaps), np.nan, np.maximum(gaps, 0.0))

    def figure_factors(self, first: np.ndarray, second: np.ndarray, gaps: np.ndarray,
                       factor: np.ndarray) -> np.ndarray:
        """``factor`` with the pairs that lack a date but share a day's figures (``figures_date``) raised as if
        ``FIGURES_FACTOR`` stood for ``UNDATED_FACTOR`` (weekdays or bounded days apart still lower them), at
        most ``FIGURES_FACTOR``; and those that lack a date and each state ``APART_FIGURES`` decisive figures,
        none shared, lowered by ``FIGURES_APART_FACTOR``."""
        if FIGURES_APART_FACTOR < 1:
            for k in np.flatnonzero(np.isnan(gaps) & (factor > 0) & self.has_decisive[first]
                                    & self.has_decisive[second]):
                if not self.decisive[first[k]] & self.decisive[second[k]]:
                    factor[k] *= FIGURES_APART_FACTOR
        if not SAME_DAY_FIGURES:
            return factor
        for k in np.flatnonzero(np.isnan(gaps) & (factor > 0) & self.has_figures[first] & self.has_figures[second]):
            if len(self.figures[first[k]] & self.figures[second[k]]) >= SAME_DAY_FIGURES:
                factor[k] = min(FIGURES_FACTOR, factor[k] * FIGURES_FACTOR / UNDATED_FACTOR)
        return factor


def shared_number_weight(a: Sequence[float], b: Sequence[float]) -> float:
    return _shared_set_weight(set(a), set(b))


def _shared_set_weight(a: AbstractSet[float], b: AbstractSet[float]) -> float:
    """``shared_number_weight`` of two items' number sets, made by the caller once per item (``set(numbers)``, as
    ``shared_number_weight`` makes them: the same sets, so the same intersection summed in the same order)."""
    return min(2.0, sum(number_weight(v) for v in a & b))


_WORD_IDS: dict[tuple[str, str], int] = {}  # (language, word) -> a process-wide id (``_body_columns``)
MAX_WORD_IDS = 1_000_000  # past this many words the ids start again (with the cached columns), between calls


def _word_id(key: tuple[str, str]) -> int:
    return _WORD_IDS.setdefault(key, len(_WORD_IDS))


@lru_cache(maxsize=4096)
def _body_columns(body: str, lang: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """``body_vectors`` as arrays: the process-wide ids and the weights of the body's words, then of its lead's
    (None when the lead is the body), each in the vector's own order. Cached: a step compares the articles
    around a new one again, and turning a few hundred words into columns one by one was most of its cost."""
    full, lead = body_vectors(body, lang)
    ids = np.fromiter((_word_id((lang, w)) for w in full), dtype=np.int64, count=len(full))
    weights = np.fromiter(full.values(), dtype=np.float64, count=len(full))
    if lead is full:
        return ids, weights, None, None  # type: ignore[return-value]
    lead_ids = np.fromiter((_word_id((lang, w)) for w in lead), dtype=np.int64, count=len(lead))
    return ids, weights, lead_ids, np.fromiter(lead.values(), dtype=np.float64, count=len(lead))


_Matrices = tuple[sparse.csr_matrix, sparse.csr_matrix | None] | None  # bodies and leads (``_word_matrices``)


def _word_matrices(items: Sequence[StoryInput]) -> _Matrices:
    """The items' unit word vectors of their whole bodies and of their leads (``body_vectors``), as rows of two
    sparse matrices over one vocabulary (a word of one language is not the same column as the same letters in
    another); the lead matrix is None when no body is longer than its lead. None when no item has a word.

    Columns are numbered in order of first use over the items (then over each vector's words), as a loop over
    the words would number them, so that every product sums in the same order whatever was cached."""
    if len(_WORD_IDS) > MAX_WORD_IDS:  # bound a long process's memory; never inside a call (ids would mix)
        _WORD_IDS.clear()
        _body_columns.cache_clear()
    columns = [_body_columns(item.body, item.lang) for item in items]
    lengths = np.array([len(c[0]) for c in columns], dtype=np.int64)
    if not lengths.sum():
        return None
    word_ids = np.concatenate([c[0] for c in columns])
    values = np.concatenate([c[1] for c in columns])
    rows = np.repeat(np.arange(len(items)), lengths)
    unique, first = np.unique(word_ids, return_index=True)
    order = np.argsort(first, kind="stable")  # the unique ids by first use
    local = np.empty(len(unique), dtype=np.int64)
    local[order] = np.arange(len(unique))

    def columns_of(ids: np.ndarray) -> np.ndarray:
        return local[np.searchsorted(unique, ids)]

    shape = (len(items), len(unique))
    cols = columns_of(word_ids)
    full_matrix = sparse.csr_matrix((values, (rows, cols)), shape=shape)
    if all(c[2] is None for c in columns):
        return full_matrix, None
    lead_rows, lead_cols, lead_values = [], [], []
    bounds = np.concatenate([[0], np.cumsum(lengths)])
    for i, c in enumerate(columns):
        if c[2] is not None:  # a lead's words are among its body's: all in the vocabulary already
            lead_rows.append(np.full(len(c[2]), i, dtype=np.int64))
            lead_cols.append(columns_of(c[2]))
            lead_values.append(c[3])
        else:
            lead_rows.append(rows[bounds[i]:bounds[i + 1]])
            lead_cols.append(cols[bounds[i]:bounds[i + 1]])
            lead_values.append(values[bounds[i]:bounds[i + 1]])
    lead_matrix = sparse.csr_matrix((np.concatenate(lead_values), (np.concatenate(lead_rows),
                                                                    np.concatenate(lead_cols))), shape=shape)
    return full_matrix, lead_matrix


def _lead_weighed(full_cos: np.ndarray, lead_a: np.ndarray, lead_b: np.ndarray) -> np.ndarray:
    """The word similarity of two articles: the geometric mean of their whole bodies' cosine and the weaker of
    the two cosines of one's lead with the other's body. A page whose tail carries another report (a live blog,
    a paper's page with the next article appended) shares that report's words, but its own lead is about
    something else; two reports of one event each open with it. Equal to the cosine for articles shorter than
    ``LEAD_WORDS``."""
    return np.sqrt(full_cos * np.maximum(np.minimum(lead_a, lead_b), 0.0))


def pair_similarities(items: Sequence[StoryInput]) -> dict[tuple[int, int], float]:
    """``{(i, j): similarity}`` for ``i < j`` of one language whose similarity reaches ``MIN_PAIR``:
    (word similarity (``_lead_weighed``) + ``NUMBER_WEIGHT`` × shared-number weight) × ``day_factor``. The
    cosines come from sparse matrix products, not a loop over pairs."""
    return _pair_similarities(items, _word_matrices(items))


def _pair_similarities(items: Sequence[StoryInput], matrices: _Matrices) -> dict[tuple[int, int], float]:
    """``pair_similarities`` over the items' word matrices, built once by the caller."""
    days = [item.day() for item in items]
    out: dict[tuple[int, int], float] = {}
    if matrices is None:
        return out
    full, lead = matrices
    ordinal = np.array([d.toordinal() if d else np.nan for d in days])
    weekday = _weekdays(items)
    evidence = _DayEvidence(items)
    has_numbers = np.array([bool(item.numbers) for item in items])
    # each item's numbers as a set once, not twice for every pair that has numbers (most pairs of a component do)
    number_sets = [set(item.numbers) for item in items]
    block = 2048  # rows at a time: the product of a block stays small however many articles there are
    for start in range(0, len(items), block):
        rows = slice(start, start + block)
        product = full[rows] @ full.T
        if lead is not None:
            # A lead's words are among its body's, so the lead products have no entry the body product lacks.
            weakest_lead = (lead[rows] @ full.T).minimum(full[rows] @ lead.T)
            product = product.multiply(weakest_lead).sqrt()
        product = product.tocoo()
        i, j, cos = product.row + start, product.col, product.data
        upper = j > i
        i, j, cos = i[upper], j[upper], cos[upper]
        gaps = np.abs(ordinal[i] - ordinal[j])
        factor = evidence.figure_factors(i, j, gaps, _day_factors(gaps, weekday[i] - weekday[j],
                                                                  evidence.year_free_gaps(i, j)))
        keep = (factor > 0) & ((cos + 2 * NUMBER_WEIGHT) * factor >= MIN_PAIR)
        i, j, cos, factor = i[keep], j[keep], cos[keep], factor[keep]
        similarity = cos * factor
        for k in np.flatnonzero(has_numbers[i] & has_numbers[j]):
            shared = _shared_set_weight(number_sets[i[k]], number_sets[j[k]])
            similarity[k] += NUMBER_WEIGHT * shared * factor[k]
        keep = similarity >= MIN_PAIR
        out.update(zip(zip(i[keep].tolist(), j[keep].tolist(), strict=True), similarity[keep].tolist(), strict=True))
    return out


def _row_dots(a: sparse.csr_matrix, b: sparse.csr_matrix) -> np.ndarray:
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()


def edge_similarities(items: Sequence[StoryInput], edges: Sequence[tuple[int, int]]) -> list[float]:
    """The similarity ``pair_similarities`` gives each pair in ``edges`` (0 below ``MIN_PAIR`` or across
    languages), computed for those pairs alone: the cost follows the number of edges, not of all pairs.

    Average link merges two groups only when their mean similarity reaches the threshold, so some pair between
    them reaches it: every story lies inside one connected component of the pairs at or above the threshold.
    The link step uses this to split a large component of candidate pairs without losing a story."""
    if not edges:
        return []
    matrices = _word_matrices(items)
    first = np.array([i for i, _ in edges])
    second = np.array([j for _, j in edges])
    if matrices is None:
        cos = np.zeros(len(edges))  # no words at all: shared numbers alone may still link
    else:
        full, lead = matrices
        cos = _row_dots(full[first], full[second])
        if lead is not None:
            cos = _lead_weighed(cos, _row_dots(lead[first], full[second]), _row_dots(full[first], lead[second]))
    items = rerun_days(items)  # as ``group_stories`` dates them
    days = [item.day() for item in items]
    ordinal = np.array([d.toordinal() if d else np.nan for d in days])
    weekday = _weekdays(items)
    gaps = np.abs(ordinal[first] - ordinal[second])
    evidence = _DayEvidence(items)
    factor = evidence.figure_factors(first, second, gaps, _day_factors(
        gaps, weekday[first] - weekday[second], evidence.year_free_gaps(first, second)))
    out = []
    for k, (i, j) in enumerate(edges):
        if items[i].lang != items[j].lang or factor[k] == 0:
            out.append(0.0)
            continue
        value = cos[k] + NUMBER_WEIGHT * shared_number_weight(items[i].numbers, items[j].numbers)
        value *= factor[k]
        out.append(float(value) if value >= MIN_PAIR else 0.0)
    return out


def scopes_conflict(a: str | None, b: str | None) -> bool:
    """Whether two headline scopes (``StoryInput.scope`` with ``HOME`` resolved) name different places of news:
    two states, a state and a foreign country, two countries. A country and one of its own states do not
    conflict (a national count and a state's figure can be one briefing's), nor a scene wider than a country (the
    world, a continent: ``places.wide_scenes``) and a place, nor an unknown scope."""
    if not a or not b or a == b or HOME in (a, b) or a in wide_scenes() or b in wide_scenes():
        return False
    states = state_names()
    if country_of(a) != country_of(b):
        return True
    return a in states and b in states


def damp_region_conflicts(items: Sequence[StoryInput], sims: dict[tuple[int, int], float]
                          ) -> dict[tuple[int, int], float]:
    """Similarities of pairs whose headlines report from different places (``scopes_conflict``), times
    ``REGION_CONFLICT_FACTOR``. Only lowers similarities (so ``edge_similarities`` still bounds them).

    A country counts only where the headline makes it the scene (फ्रांस में 389 मौतें): named otherwise it is
    often an actor of an international event ("Putin and Kim meet in China" and "Russia and North Korea ..."
    report one meeting). ``HOME`` (देश में) is the language's ``places.home_country`` (India for Hindi).

    Two count reports (``counts.counted_in``: a figure of the infected, the dead...) whose scopes differ are two
    daily updates even when one place lies in the other: the country's tally (देश में 57 और मौतें) and a state's
    (दिल्ली में 12 और मौतें) are published the same day in the same words, and are two stories."""
    scopes = [home_country(item.lang) if (s := item.scope()) == HOME else s for item in items]
    counts = [bool(item.title and counted_in(item.title)) for item in items]
    figures = [headline_figures(item.title, item.lang) if count else frozenset()
               for item, count in zip(items, counts, strict=True)]
    numbers = [frozenset(item.numbers) | f for item, f in zip(items, figures, strict=True)]

    filed = [_filed_state(item.filed) for item in items]

    def conflict(i: int, j: int) -> bool:
        if filed[i] and filed[j] and filed[i] != filed[j]:
            return True  # filed from two states (Agra's desk and Jamshedpur's): two places' news
        if counts[i] and counts[j] and scopes[i] and scopes[j] and scopes[i] != scopes[j]:
            return True  # two places' updates (a state's and its country's too)
        if scopes[i] != scopes[j] and figures_disagree(figures[i], numbers[i], figures[j], numbers[j]):
            return True  # two updates of places the headlines do not both name (a district's, a slum's)
        return scopes_conflict(scopes[i], scopes[j])

    return {(i, j): value * REGION_CONFLICT_FACTOR if conflict(i, j) else value for (i, j), value in sims.items()}


# Two reports of one outlet on different days are one story only when the later reruns the earlier: at least this
# share of the shorter's long sentences (``RERUN_SENTENCE_CHARS``) stand word for word in the other.
RERUN_SHARE = 0.5
RERUN_SENTENCE_CHARS = 30
OUTLET_DAYS_FACTOR = 0.5
_SENTENCE_END = regex.compile(r"[।॥?!\n]+|\.\s+")  # danda, question, exclamation, line end; ". " for Latin text


@lru_cache(maxsize=4096)
def _long_sentences(body: str) -> frozenset[str]:
    return frozenset(s for part in _SENTENCE_END.split(body) if len(s := part.strip()) > RERUN_SENTENCE_CHARS)


def reruns(a: str, b: str) -> bool:
    """Whether one body repeats most of the other's long sentences word for word (``RERUN_SHARE``)."""
    first, second = _long_sentences(a), _long_sentences(b)
    smaller = min(len(first), len(second))
    return bool(smaller) and len(first & second) >= RERUN_SHARE * smaller


def _outlet_days_apart(a: StoryInput, b: StoryInput, day_a: dt.date | None, day_b: dt.date | None) -> bool:
    """Two reports of one outlet on different days, neither a rerun of the other, or filed from two places (their
    datelines: the outlet's Patna desk and its Muzaffarpur desk): two reports (``damp_outlet_days``; the
    short-report links of ``group_stories`` skip them the same way). When either date is unknown, the days are
    the weekdays the texts name for their news (``StoryInput.event_weekday``; session 20): one outlet's Monday
    update and its Tuesday update are two updates whether or not the source dated them."""
    if not (a.source and a.source == b.source):
        return False
    if a.filed and b.filed and a.filed != b.filed:
        return True
    if day_a and day_b:
        return day_a != day_b and not reruns(a.body, b.body)
    return _weekdays_differ(a, b) and not reruns(a.body, b.body)


def _weekdays_differ(a: StoryInput, b: StoryInput) -> bool:
    """Whether both texts name the weekday of their news (``StoryInput.event_weekday``), the two differ, and
    neither text names the other's weekday at all (``StoryInput.weekdays``): a report whose lead recounts Monday's
    inspection before Tuesday's opening may be of the other's Tuesday."""
    wa, wb = a.event_weekday(), b.event_weekday()
    return wa is not None and wb is not None and wa != wb and wa not in b.weekdays and wb not in a.weekdays


def _same_headline(a: StoryInput, b: StoryInput) -> bool:
    """Whether two reports carry one headline (as matching keys; two reports without one do too): a rerun is the
    report printed again, headline and all, while a desk's next page on a district repeats the standing list of its
    figures under a new headline (आंकड़ा 701, then आंकड़ा 777)."""
    return match_key(a.title or "") == match_key(b.title or "")


def rerun_days(items: Sequence[StoryInput]) -> list[StoryInput]:
    """The items with each rerun dated by its original: a report of one outlet that repeats most of the long
    sentences of the outlet's report of an earlier day (``reruns``, within ``MAX_DAYS_APART``) reports that day's
    news, however late it was printed, when it carries the same headline (``_same_headline``). A paper's site
    republishes yesterday's bulletin (दिल्ली में 224 नए मामले) the next morning: dated by its publication it read
    as that morning's update beside another paper's report of the new day's count, and as another day's page
    beside its own original (session 16, docs/stories.md). Undated
    items and items without an outlet are unchanged; the original is the earliest report it repeats. Only reports
    that share a long sentence are compared (an index of the sentences), so the cost follows the items."""
    dated = [(item.day(), k) for k, item in enumerate(items) if item.source]
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for day, k in dated:
        if day is not None:
            for sentence in _long_sentences(items[k].body):
                holders[(items[k].source or "", sentence)].append(k)
    out = list(items)
    for day, k in sorted((d, k) for d, k in dated if d is not None):
        item = items[k]
        sharing = {e for sentence in _long_sentences(item.body) for e in holders[(item.source or "", sentence)]}
        earlier = sorted((d, e) for e in sharing if (d := items[e].day()) is not None and d < day
                         and (day - d).days <= MAX_DAYS_APART)
        for _, e in earlier:
            if _same_headline(items[e], item) and reruns(items[e].body, item.body):
                original = out[e].day()  # the original's own day, itself a rerun's original's when it is one
                out[k] = replace(item, published=original.isoformat() if original else None)
                break
    return out


TOLD_YEAR_DAYS = 3  # a told day takes a dated report's year when it falls this near that report's day


def told_years(items: Sequence[StoryInput]) -> list[StoryInput]:
    """The items with each undated report's told day (``StoryInput.told``: its dateline's day and month, without a
    year) given the year of the dated reports of the call (a day of their own: ``StoryInput.day``) that puts it within
    ``TOLD_YEAR_DAYS`` of one of them on a calendar where it falls on the weekday its lead names for its news
    (``StoryInput.weekday``) or the day after (a report of the next morning): "MORBI, Oct 31" with "on Sunday" is
    31 October 2022 beside a report the URL dates 30 October 2022, and no day of 2021 or 2023 near it (31 October
    is a Sunday or a Monday one year in seven or so). Left undated when no such year or more than one is found,
    so that a confuser of another year cannot lend its year: two events of one day and month years apart fall on
    the same weekday only when their calendars repeat. The dated reports alone lend (never a year found here)."""
    anchors = sorted({day for item in items if (day := item.day()) is not None})
    if not anchors:
        return list(items)
    years = {d.year + shift for d in anchors for shift in (-1, 0, 1)}
    out = list(items)
    for k, item in enumerate(items):
        if item.told is None or item.weekday is None or item.day() is not None:
            continue
        month, day_of_month = item.told
        found = set()
        for year in years:
            try:
                day = dt.date(year, month, day_of_month)
            except ValueError:  # 29 February of a common year
                continue
            if (day.weekday() - item.weekday) % 7 in (0, 1) and any(
                    abs((day - anchor).days) <= TOLD_YEAR_DAYS for anchor in anchors):
                found.add(day)
        if len(found) == 1:
            out[k] = replace(item, date=found.pop().isoformat())
    return out


def damp_outlet_days(items: Sequence[StoryInput], sims: dict[tuple[int, int], float]
                     ) -> dict[tuple[int, int], float]:
    """Similarities of two reports of one outlet (``StoryInput.source``) on different days, times
    ``OUTLET_DAYS_FACTOR``, unless one reruns the other (``reruns``). A paper reports a happening once, on its
    day: its report of the next day is the next update (a state's count of 6, then of 7; a ministry's letter,
    then its next letter), while another paper's report the next day is often its print of the same news. Reports
    without a date count by the weekdays their texts name (``_outlet_days_apart``). Only lowers similarities."""
    days = [item.day() for item in items]
    out = dict(sims)
    for (i, j), value in sims.items():
        if _outlet_days_apart(items[i], items[j], days[i], days[j]):
            out[(i, j)] = value * OUTLET_DAYS_FACTOR
    return out


# Two reports whose openings (``LEAD_WORDS``) share less than this share of what their whole bodies share are alike
# by their tails (a page that carries another report, a live blog's later items, a day's figures at the foot of two
# pages): their similarity counts ``TAIL_FACTOR`` (session 14, docs/stories.md).
TAIL_RATIO = 0.5
TAIL_FACTOR = 0.6


def damp_tail_matches(items: Sequence[StoryInput], sims: dict[tuple[int, int], float]
                      ) -> dict[tuple[int, int], float]:
    """``_damp_tail_matches`` with the items' word matrices built here."""
    return _damp_tail_matches(sims, _word_matrices(items) if sims else None)


def _damp_tail_matches(sims: dict[tuple[int, int], float], matrices: _Matrices) -> dict[tuple[int, int], float]:
    """Similarities of pairs whose leads' cosine is under ``TAIL_RATIO`` of their bodies' cosine, times
    ``TAIL_FACTOR``. Two reports of one event each open with it, so their leads meet at least about as well as their
    bodies; two pages whose likeness lies in what follows their openings report two things. (The word similarity
    compares each lead with the other's whole body, which a page that carries the other's text in its tail still
    matches.) Pairs of two articles no longer than their leads are unchanged. Only lowers similarities."""
    if not sims or matrices is None or matrices[1] is None:
        return sims
    full, lead = matrices
    keys = list(sims)
    first = np.array([i for i, _ in keys])
    second = np.array([j for _, j in keys])
    bodies = _row_dots(full[first], full[second])
    leads = _row_dots(lead[first], lead[second])
    out = dict(sims)
    for k in np.flatnonzero(leads < TAIL_RATIO * bodies):
        out[keys[k]] = sims[keys[k]] * TAIL_FACTOR
    return out


def damp_roundups(sims: dict[tuple[int, int], float], threshold: float = SIMILARITY_THRESHOLD,
                  days: Sequence[dt.date | None] | None = None) -> dict[tuple[int, int], float]:
    """Similarities with roundups damped. An article is a roundup when two of the articles it is similar to (at
    least ``threshold``) are not similar to each other (under ``ROUNDUP_APART``): a live blog or a "10 big
    updates" page carries the text of several events' reports, and a page that matches both of two reports that
    share nothing must not glue them into one story. It keeps its strongest link (the convention: a roundup goes
    to its main happening's story) and its other links count ``ROUNDUP_FACTOR``. Only lowers similarities.

    Two neighbours whose ``days`` are more than ``MAX_DAYS_APART`` apart are never one story anyway (the date
    guard keeps them apart): an undated report that resembles both this year's summit and last year's is not a
    roundup, it is a report of one of them whose day is unknown."""
    def apart(b: int, c: int) -> bool:
        if days is not None and days[b] and days[c] and abs((days[b] - days[c]).days) > MAX_DAYS_APART:
            return False
        return sims.get((min(b, c), max(b, c)), 0.0) < ROUNDUP_APART

    near: dict[int, list[int]] = defaultdict(list)
    for (i, j), value in sims.items():
        if value >= threshold:
            near[i].append(j)
            near[j].append(i)
    out = dict(sims)
    for a, others in near.items():
        if len(others) < 2:
            continue
        if not any(apart(b, c) for k, b in enumerate(others) for c in others[k + 1:]):
            continue
        best = max(others, key=lambda b: (sims[(min(a, b), max(a, b))], -b))
        for b in others:
            if b != best:
                key = (min(a, b), max(a, b))
                out[key] = min(out[key], sims[key] * ROUNDUP_FACTOR)
    return out


def _weekdays(items: Sequence[StoryInput]) -> np.ndarray:
    return np.array([np.nan if (w := item.event_weekday()) is None else w for item in items], dtype=float)


def _day_factors(gaps: np.ndarray, weekday_gaps: np.ndarray, year_free_gaps: np.ndarray | None = None) -> np.ndarray:
    """``day_factor`` over an array of day gaps (NaN: a date unknown) and of weekday differences (NaN: a
    weekday unknown). ``year_free_gaps``: the days between the two articles' days of the year
    (``StoryInput.day_of_year``) the short way round the year (NaN: unknown); where the date gap is unknown it
    lowers the factor as a date gap would (same day: no change; more than ``MAX_DAYS_APART``: 0): a day and
    month without a year do not tell this year's event from last year's, so they never raise."""
    factors = np.full(gaps.shape, UNDATED_FACTOR)
    apart = np.abs(weekday_gaps) % 7
    apart = np.minimum(apart, 7 - apart)
    by_weekday = np.isnan(gaps) & ~np.isnan(apart)
    factors[by_weekday] = UNDATED_FACTOR * np.asarray(WEEKDAY_FACTORS)[apart[by_weekday].astype(int)]
    factors[by_weekday & (apart == 0)] = SAME_WEEKDAY_FACTOR
    if year_free_gaps is not None:
        by_day = np.isnan(gaps) & ~np.isnan(year_free_gaps) & (year_free_gaps > 0)
        if by_day.any():
            factors[by_day] = np.minimum(factors[by_day], UNDATED_FACTOR * _gap_factors(year_free_gaps[by_day]))
    known = ~np.isnan(gaps)
    factors[known] = _gap_factors(gaps[known])
    return factors


def _gap_factors(gaps: np.ndarray) -> np.ndarray:
    """``DAY_FACTORS`` of known day gaps (0 beyond ``MAX_DAYS_APART``)."""
    factors = np.zeros(gaps.shape)
    for days, factor in reversed(DAY_FACTORS):
        factors[gaps <= days] = factor
    return factors


@dataclass(frozen=True, slots=True)
class _Span:
    """A group's days: the span of its members' dates (None when none is dated), and the days of the year
    (``StoryInput.day_of_year``) of its dated members and of its members known only by a day and month their
    text names (``told``)."""

    dates: tuple[dt.date, dt.date] | None = None
    dated: frozenset[int] = frozenset()
    told: frozenset[int] = frozenset()
    # The days of writing (``StoryInput.writing_window``: days of the year, None open) that the texts of members
    # without a date or a told day bound: an event reported after such a text was written, or long before, is not
    # its event (session 15).
    windows: frozenset[tuple[int | None, int | None]] = frozenset()
    # Whether such a member's text tells that its event happened last month (``crosslingual.tells_last_month``):
    # written in a month after its event's, so not within ``ATTACH_LATE_DAYS`` of the group's event (session 30).
    later: bool = False
    # Every member's ``crosslingual.office_roles``: a person titled head of government by some members and out of
    # that office by the others' means two times; an undated member's titles keep it from the other time's group
    # (session 31).
    offices: frozenset[tuple[tuple[str, ...], str]] = frozenset()

    def days_from(self, other: _Span) -> int:
        """Days between two dated spans (0 when they overlap)."""
        assert self.dates is not None and other.dates is not None
        return max((self.dates[0] - other.dates[1]).days, (other.dates[0] - self.dates[1]).days, 0)

    @classmethod
    def of(cls, item: StoryInput, day: dt.date | None) -> _Span:
        of_year = item.day_of_year()
        offices = office_roles(item.body, item.mentions)
        if day is not None:
            return cls((day, day), frozenset({of_year} if of_year else ()), offices=offices)
        if of_year:
            return cls(told=frozenset({of_year}), offices=offices)
        window = item.writing_window()
        later = tells_last_month(f"{item.title or ''}\n{item.body}")
        return cls(windows=frozenset({window}) if window != (None, None) else frozenset(), later=later,
                   offices=offices)


def _days_of_year_apart(a: int, b: int) -> int:
    gap = abs(a - b)
    return min(gap, 366 - gap)


def _joined(a: _Span, b: _Span) -> tuple[bool, _Span]:
    """Whether two groups' days may join, and the joined days: their dates within ``MAX_DAYS_APART``, each day and
    month told without a year within as many days of every other member's day of the year (so that an article dated
    only by its dateline's "25 मार्च" cannot bridge two events either), and the days of writing an undated text's
    own days bound (``windows``) not after the dated reports' event nor long after it
    (``crosslingual.window_allows``, as for the undated attachments)."""
    dates = a.dates or b.dates
    if a.dates and b.dates:
        dates = (min(a.dates[0], b.dates[0]), max(a.dates[1], b.dates[1]))
        if (dates[1] - dates[0]).days > MAX_DAYS_APART:
            return False, a
    told = a.told | b.told
    dated = a.dated | b.dated
    if told and any(_days_of_year_apart(t, other) > MAX_DAYS_APART for t in told for other in told | dated):
        return False, a
    if not (a.dates and b.dates) and offices_conflict(a.offices, b.offices):
        return False, a  # one person in office in one group's texts and out of it in the other's: two times
    windows = a.windows | b.windows
    later = a.later or b.later
    if (windows or later) and dates:
        first, last = (_of_year((day.month, day.day)) or 0 for day in dates)
        if not all(window_allows(window, first, last) for window in windows):
            return False, a  # a text written before the group's event, or long after it
        if later and not window_allows((next_month_start(first), None), first, last):
            return False, a  # a text of the month after the group's event
    return True, _Span(dates, dated, told, windows, later, a.offices | b.offices)


def average_link(n: int, sims: dict[tuple[int, int], float], spans: list[_Span],
                 threshold: float) -> list[list[int]]:
    """Average-link clusters of ``0..n-1`` (unlisted pairs are 0) whose date spans stay within the window."""
    total: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in sims.items():
        total[i][j] = total[j][i] = value
    members = {i: [i] for i in range(n)}
    span = list(spans)
    heap = [(-value, i, j) for (i, j), value in sims.items() if value >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if -neg != total[a][b] / (len(members[a]) * len(members[b])):
            continue  # stale: the mean changed since it was pushed
        ok, joined = _joined(span[a], span[b])
        if not ok:
            continue  # refused now; a later merge that changes the mean pushes the pair again
        members[a] += members.pop(b)
        span[a] = joined
        for c, value in total.pop(b).items():
            total[c].pop(b, None)
            if c != a:
                total[a][c] = total[c][a] = total[a].get(c, 0.0) + value
        for c, value in total[a].items():
            mean = value / (len(members[a]) * len(members[c]))
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def group_stories(items: Sequence[StoryInput], threshold: float = SIMILARITY_THRESHOLD,
                  attachable: set[str] | None = None) -> list[list[str]]:
    """Article ids grouped into stories, each sorted, the groups ordered by their first id.

    Same-language articles are clustered by average link over ``pair_similarities``; a merge that would
    stretch a group's known dates beyond ``MAX_DAYS_APART`` is refused, so an undated article cannot bridge two
    events a year apart. Cross-language links then join whole groups, strongest first, under the same rule, and only
    groups whose members relate as a whole (``groups_relate``).
    ``attachable``: the articles whose undated groups may go to a clear best match (all when None). The link step
    names its changed articles: a stored undated group seen from a new article's neighbourhood is not compared with
    every group it could belong to (the runner-up may be outside), so only a group with a new article is decided.
    """
    items = rerun_days(items)
    days = [item.day() for item in items]
    spans = [_Span.of(item, d) for item, d in zip(items, days, strict=True)]
    matrices = _word_matrices(items)  # once for both: the word similarities and the tail correction
    # The words of two reports count by their days with the years told days take from the call's dated reports
    # (``told_years``); the guards and the later steps read the days the reports give themselves (session 29).
    told = told_years(items)
    sims = damp_count_scopes(told, damp_roundups(_damp_tail_matches(damp_outlet_days(told, damp_region_conflicts(
        told, _pair_similarities(told, matrices))), matrices), threshold, [item.day() for item in told]))
    clusters = average_link(len(items), sims, spans, threshold)
    parent = list(range(len(items)))
    span = list(spans)
    for cluster in clusters:
        head = cluster[0]
        for i in cluster:
            parent[i] = head
        for i in cluster[1:]:
            span[head] = _joined(span[head], spans[i])[1]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    texts = [f"{item.title or ''}\n{item.body}" for item in items]
    body_words = [body_word_count(item.body) for item in items]
    found = cross_language_evidence([item.lang for item in items], [item.mentions for item in items],
                                    [item.numbers for item in items], texts, [item.named_days() for item in items])
    published = [d is not None and d == item.publication_day() for item, d in zip(items, days, strict=True)]
    dated = [d is not None for d in days]
    by_days = {(i, j) for _, i, j in cross_language_links(found, dated, days, published)}
    told_days = [(item.day_of_year(), item.event_weekday()) for item in items]
    # A pair only the days and months its texts tell let through (session 30) shares its headlines' and leads' news
    cross = [(score, i, j) for score, i, j in cross_language_links(found, dated, days, published, told_days)
             if _leads_allow(items[i], items[j], days[i], days[j], found[(min(i, j), max(i, j))])
             and ((i, j) in by_days or _leads_share(items[i], items[j]))]
    told_only = {(min(i, j), max(i, j)): told_factor(told_days[i], told_days[j]) or 1.0
                 for _, i, j in cross if (i, j) not in by_days}
    of_year = [item.day_of_year() for item in items]
    short = short_report_pairs([item.lang for item in items], [item.mentions for item in items],
                               [item.numbers for item in items], texts, body_words, days,
                               [item.title for item in items])
    short += short_similar_pairs(items, sims, days, body_words)
    short += shared_fraction_pairs(items, sims, days)
    short += same_count_pairs(items, sims, days)
    scopes = [home_country(item.lang) if (s := item.scope()) == HOME else s for item in items]
    if short:  # two headlines that report from different places are two reports, however much they share
        short = [(score, i, j) for score, i, j in short if not scopes_conflict(scopes[i], scopes[j])
                 and not _outlet_days_apart(items[i], items[j], days[i], days[j])]
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        members[find(i)].append(i)
    for _, i, j in sorted((-score, i, j) for score, i, j in short + cross):
        a, b = find(i), find(j)
        if a == b:
            continue
        if (key := (min(i, j), max(i, j))) in told_only and (
                any(of_year[k] is None for k in members[a] + members[b])
                or not members_relate(members[a], members[b], told_only[key], found, sims, items, threshold)):
            continue  # a pair that only its told days let through joins groups of told days that relate
        ok, joined = _joined(span[a], span[b])
        if ok and headlines_differ(items[i], items[j]) and groups_headline_apart(members[a], members[b], items):
            continue  # two groups whose headlines name two different people: two people's news (session 31)
        if ok and scopes_conflict(scopes[i], scopes[j]) and groups_scene_apart(members[a], members[b], scopes,
                                                                                  items):
            continue  # two groups whose headlines place their news in two states: two places' news (session 32)
        if ok and items[i].lang != items[j].lang and days_covered_apart(members[a], members[b], items, days):
            continue  # two days' full coverage: the next day's news (session 32)
        if ok and items[i].lang != items[j].lang and not groups_relate(members[a], members[b], span[a], span[b],
                                                                       found, sims, items, threshold):
            continue  # one report that also tells the other group's event (session 29)
        if ok:
            parent[a] = b
            span[b] = joined
            members[b] += members.pop(a)
    def _relate(a: int, b: int) -> bool:
        roots = [find(i) for i in range(len(items))]
        first, second = [k for k, r in enumerate(roots) if r == a], [k for k, r in enumerate(roots) if r == b]
        return (groups_relate(first, second, span[a], span[b], found, sims, items, threshold)
                and not days_covered_apart(first, second, items, days)
                and not groups_scene_apart(first, second, scopes, items)
                and not groups_headline_apart(first, second, items))

    if found:  # two dated groups a day apart that their reports in the two languages match together
        # (each join only of groups that relate as a whole: ``groups_relate``, session 30)
        for a, b in group_cross_links(found, [find(i) for i in range(len(items))], span, items):
            a, b = find(a), find(b)
            ok, joined = _joined(span[a], span[b])
            if a != b and ok and _relate(a, b):
                parent[a] = b
                span[b] = joined
        # ... or that every pair of their reports matches together, each pair by its own measure (session 28)
        for a, b in group_mixed_links(found, sims, [find(i) for i in range(len(items))], span, items, threshold):
            a, b = find(a), find(b)
            ok, joined = _joined(span[a], span[b])
            if a != b and ok and _relate(a, b):
                parent[a] = b
                span[b] = joined
    roots = [find(i) for i in range(len(items))]
    movable = None if attachable is None else {roots[i] for i, item in enumerate(items)
                                                if item.article_id in attachable}
    for group, target in undated_attachments([item.lang for item in items], [item.mentions for item in items],
                                        [item.numbers for item in items], texts, body_words, days, roots,
                                        movable, [item.writing_window() for item in items],
                                        [item.event_weekday() for item in items], [item.lead for item in items],
                                        _nearest_by_words(items, matrices, days, body_words),
                                        [tells_last_month(text) for text in texts],
                                        [office_roles(item.body, item.mentions) for item in items]):
        parent[group] = target  # group and target are roots
    final = [find(i) for i in range(len(items))]

    def group_span(members: list[int]) -> _Span:
        joined = _Span()
        for k in members:
            joined = _joined(joined, spans[k])[1]
        return joined

    def apart(i: int, own: int, other: int) -> bool:
        rest = group_span([k for k in range(len(items)) if final[k] == own and k != i])
        target = group_span([k for k in range(len(items)) if final[k] == other])
        return not _joined(rest, target)[0] and _joined(target, spans[i])[0]

    moves = reclaimed_undated([item.lang for item in items], [item.mentions for item in items],
                              [item.numbers for item in items], texts, body_words, days, final, apart,
                              None if attachable is None else {i for i, item in enumerate(items)
                                                               if item.article_id in attachable})
    for i, target in moves:
        final[i] = target
    groups: dict[int, list[str]] = {}
    for i, item in enumerate(items):
        groups.setdefault(final[i], []).append(item.article_id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


# Session 31: a pair (across the languages, or a short or same-count pair) does not join two groups when both its
# headlines name people, no person of one headline is one of the other's, neither report names the other headline's
# person ``HEADLINE_PERSON_TIMES`` times or more (``headlines_differ``), and each group holds ``HEADLINE_GROUP_MIN``
# reports or more whose headlines name people, none of one group's a person of the other's
# (``groups_headline_apart``). Two leaders testing positive on one night ("Amit Shah tests Covid-positive, admitted to
# Gurugram hospital" and "येदियुरप्पा ... कोरोना संक्रमित, मणिपाल अस्पताल में भर्ती") share the disease, the hospital,
# the tweet, "those who met me should isolate" and each other's name once (the second report recalls the first);
# a Hindi-English pair between their groups passes every bar. Reports of one event headline different people too
# (Modi in Kyiv, Zelensky's words) but each then names the other's headline person again and again. A group with one
# such headline is left alone: a single headline's person is too often a tagging slip ("Scheduled Castes", a
# cyclone's name) or a side actor (the trophy row's official beside the final's batsman).
HEADLINE_PERSON_TIMES = 2
HEADLINE_GROUP_MIN = 2
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _holds_word(text: str, part: str) -> bool:
    """Whether ``part`` stands in ``text`` as whole words (no letter or vowel sign on either side)."""
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        if (start == 0 or not _LETTER.match(text[start - 1])) and (end == len(text) or not _LETTER.match(text[end])):
            return True
        start = text.find(part, start + 1)
    return False


def headline_persons(item: StoryInput) -> tuple[tuple[str, ...], ...]:
    """The Latin skeletons (``crosslingual.name_of``) of the people its headline names: its person mentions that the
    headline holds as whole words."""
    if not item.title:
        return ()
    title = item.title.casefold()
    found = {name.skeleton for type_, text in item.mentions
             if type_ == "PER" and len(text) > 2 and _holds_word(title, text.casefold())
             and (name := name_of(type_, text)) is not None}
    return tuple(sorted(found))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two skeletons of one person: ``names_match``, or a word in common (Ram Rahim in Gurmeet Ram Rahim Singh)."""
    return names_match(a, b) or bool(set(a) & set(b))


def names_often(item: StoryInput, persons: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the item's headline and body name one of ``persons`` (Latin skeletons) ``HEADLINE_PERSON_TIMES`` times
    or more: every place a person mention of theirs stands, a longer one first (Amit Shah once, not Amit Shah and
    Shah)."""
    text = f"{item.title or ''}\n{item.body}".casefold()
    named = sorted({mention.casefold() for type_, mention in item.mentions
                    if type_ == "PER" and len(mention) > 2 and (name := name_of(type_, mention)) is not None
                    and any(_same_person(name.skeleton, p) for p in persons)}, key=lambda m: (-len(m), m))
    taken: list[tuple[int, int]] = []
    for mention in named:
        start = text.find(mention)
        while start >= 0:
            end = start + len(mention)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                if len(taken) >= HEADLINE_PERSON_TIMES:
                    return True
            start = text.find(mention, end)
    return False


def headlines_differ(a: StoryInput, b: StoryInput) -> bool:
    """Whether both headlines name people (``headline_persons``), none of one's is one of the other's
    (``_same_person``) and neither report names the other's headline person ``HEADLINE_PERSON_TIMES`` times
    (``names_often``): two people's news of one day, told in the same words and figures."""
    first, second = headline_persons(a), headline_persons(b)
    if not first or not second or any(_same_person(x, y) for x in first for y in second):
        return False
    return not names_often(b, first) and not names_often(a, second)


# Session 32: a pair across the languages does not join two groups that each hold ``DAY_GROUP_MIN`` reports or more
# in both languages when no known day of one group's reports is a day of the other's: each is one day's coverage
# of its news in both languages, and the other day's is that day's news (a toll's next day, the oath after the
# resignation, the encounter before the shooting). Over every bilingual dev set, dated mode, such a join by one pair
# was made 13 times in 7 sets, all 13 of two gold stories (246 wrong pairs; docs/stories.md, "Session 32: error
# classes across sets"); the joins of smaller groups a day apart (a day's two reports and the next morning's prints)
# are mostly right and stay.
DAY_GROUP_MIN = 3


def days_covered_apart(first: list[int], second: list[int], items: Sequence[StoryInput],
                       days: Sequence[dt.date | None]) -> bool:
    """Whether two groups each hold ``DAY_GROUP_MIN`` reports or more in both languages and some known days, and
    no known day of one is a day of the other."""
    if min(len(first), len(second)) < DAY_GROUP_MIN:
        return False
    if any(len({items[k].lang for k in group}) < 2 for group in (first, second)):
        return False
    days_a = {days[k] for k in first if days[k] is not None}
    days_b = {days[k] for k in second if days[k] is not None}
    return bool(days_a) and bool(days_b) and not days_a & days_b


def groups_headline_apart(first: list[int], second: list[int], items: Sequence[StoryInput]) -> bool:
    """Whether two groups each hold ``HEADLINE_GROUP_MIN`` reports or more whose headlines name people and no person
    of one group's headlines is one of the other's (``_same_person``)."""
    persons = []
    for group in (first, second):
        named = [found for k in group if (found := headline_persons(items[k]))]
        if len(named) < HEADLINE_GROUP_MIN:
            return False
        persons.append({p for found in named for p in found})
    return not any(_same_person(x, y) for x in persons[0] for y in persons[1])


# Session 32 (round 2): a pair does not join two groups when its two headlines place their news in two places
# that conflict (``scopes_conflict``: two states, two countries, a state and a foreign country) and each group holds
# ``HEADLINE_SCENE_MIN`` reports or more whose headlines place their news, every place of one group's headlines in
# conflict with every one of the other's (``groups_scene_apart``); nor do the group-level links of ``group_stories``
# join such groups, nor groups whose headlines name two different people (``groups_headline_apart``, session 31).
# Two events of one day and one beat (two chief ministers sworn in on one afternoon, Madhya Pradesh's and
# Chhattisgarh's; two states' election results) share the day, the party, the guests and the words of the beat; the
# headlines tell them apart. A country and one of its own states never conflict (a national report and a state's),
# and two groups whose headlines name a same person are one visit's or one tour's news however many places they
# name (Modi and Albanese at the Ahmedabad Test and at the Delhi summit: news5).
HEADLINE_SCENE_MIN = 2


def groups_scene_apart(first: list[int], second: list[int], scopes: Sequence[str | None],
                       items: Sequence[StoryInput]) -> bool:
    """Whether two groups each hold ``HEADLINE_SCENE_MIN`` reports or more whose headlines place their news
    (``scopes``: ``StoryInput.scope`` with ``HOME`` resolved), every such place of one group conflicts with every
    one of the other's (``scopes_conflict``), and no person the headlines of one group name is one the other's name
    (``headline_persons``, ``_same_person``)."""
    placed = []
    for group in (first, second):
        found = [scopes[k] for k in group if scopes[k]]
        if len(found) < HEADLINE_SCENE_MIN:
            return False
        placed.append(set(found))
    if not all(scopes_conflict(x, y) for x in placed[0] for y in placed[1]):
        return False
    persons = [{p for k in group for p in headline_persons(items[k])} for group in (first, second)]
    return not any(_same_person(x, y) for x in persons[0] for y in persons[1])


def _leads_allow(a: StoryInput, b: StoryInput, day_a: dt.date | None, day_b: dt.date | None, found: Evidence) -> bool:
    """Whether a Hindi-English pair that ``cross_language_links`` passed keeps its link: two dated full-length reports
    that pass only the near-day bar must share something in their headlines and leads (``crosslingual.leads_share``,
    session 29)."""
    if day_a is None or day_b is None or a.lead is None or b.lead is None or found.strong_by_entities(True):
        return True
    return leads_share(a.lead, a.title, b.lead, b.title)


def _leads_share(a: StoryInput, b: StoryInput) -> bool:
    """Whether two reports' headlines and leads share something (``crosslingual.leads_share``)."""
    return a.lead is not None and b.lead is not None and leads_share(a.lead, a.title, b.lead, b.title)


# Session 29: a Hindi-English pair of reports joins their two groups only when the groups relate as a whole: at least
# ``RELATE_SHARE`` of the pairs of their members share something, a pair of one language a word similarity of
# ``RELATE_FRACTION`` of the story threshold, a pair across the languages evidence of ``RELATE_FRACTION`` of what it
# needs to join on its own (``crosslingual.NEAR_DAY_BAR`` over the day factor of the groups' gap). One report that
# also tells a second event of its day (a summit's live page with two updates on the night's earthquake) is one such
# pair; the summit's other reports share nothing with the earthquake's. Dated groups only (the day is what lets such
# a pair pass: ``NEAR_DAY_BAR``).
RELATE_SHARE = 0.4
RELATE_FRACTION = 0.3
# Session 30: when both groups hold two reports or more and at least ``RELATE_SAME_MIN`` of their pairs are of one
# language, ``RELATE_SHARE`` of those pairs must relate too. Two events of one state a day apart (an expressway's
# opening where the prime minister praises the chief minister, and that chief minister's resignation the next day)
# share the state, the chief minister and the prime minister: every Hindi-English pair between them clears the low
# cross-language bar, and those pairs alone made half of all; the words of two reports in one language tell the
# events apart. Two groups of one report in each language are left to the rule above (two pairs of one language
# a day apart are too few to read).
RELATE_SAME_MIN = 3


def groups_relate(first: list[int], second: list[int], span_a: _Span, span_b: _Span,
                  found: dict[tuple[int, int], Evidence], sims: dict[tuple[int, int], float],
                  items: Sequence[StoryInput], threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Whether two dated groups' members relate as a whole (``RELATE_SHARE`` above, and of their pairs of one
    language when both groups hold two reports or more: ``RELATE_SAME_MIN``); True for undated groups and for two
    single reports."""
    if span_a.dates is None or span_b.dates is None or len(first) * len(second) < 2:
        return True
    gap = span_a.days_from(span_b)
    factor = next((f for days, f in DAY_FACTORS if gap <= days), DAY_FACTORS[-1][1])
    return members_relate(first, second, factor, found, sims, items, threshold)


def members_relate(first: list[int], second: list[int], factor: float, found: dict[tuple[int, int], Evidence],
                   sims: dict[tuple[int, int], float], items: Sequence[StoryInput],
                   threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """Whether two groups' members relate as a whole (``RELATE_SHARE``), a pair across the languages by the
    near-day bar over ``factor``, the day factor of the groups' gap."""
    bar = NEAR_DAY_BAR / factor
    related = same = same_related = 0
    for i in first:
        for j in second:
            key = (min(i, j), max(i, j))
            if items[i].lang == items[j].lang:
                near = sims.get(key, 0.0) >= RELATE_FRACTION * threshold
                same += 1
                same_related += near
                related += near
            else:
                related += (e := found.get(key)) is not None and e.score >= RELATE_FRACTION * bar
    if min(len(first), len(second)) >= 2 and same >= RELATE_SAME_MIN and same_related < RELATE_SHARE * same:
        return False  # the words of one language tell the events apart (session 30)
    return related >= RELATE_SHARE * len(first) * len(second)


def _nearest_by_words(items: Sequence[StoryInput], matrices: _Matrices, days: Sequence[dt.date | None],
                      body_words: Sequence[int]) -> list[int | None]:
    """For each undated report longer than ``SHORT_WORDS``, the other report whose words are nearest to its own
    (the lead-weighed cosine of ``_pair_similarities``, at least ``MIN_PAIR``; the lowest index on a tie); None for
    the others. Only those reports' rows are multiplied out, sparse and a block at a time, as there."""
    out: list[int | None] = [None] * len(items)
    rows = [i for i in range(len(items)) if days[i] is None and body_words[i] > SHORT_WORDS]
    if not rows or matrices is None:
        return out
    full, lead = matrices
    block = 2048
    for start in range(0, len(rows), block):
        chunk = rows[start:start + block]
        product = full[chunk] @ full.T
        if lead is not None:
            product = product.multiply((lead[chunk] @ full.T).minimum(full[chunk] @ lead.T)).sqrt()
        product = product.tocsr()
        product.sort_indices()
        for r, i in enumerate(chunk):
            cols = product.indices[product.indptr[r]:product.indptr[r + 1]]
            values = product.data[product.indptr[r]:product.indptr[r + 1]]
            others = cols != i
            if not others.any():
                continue
            cols, values = cols[others], values[others]
            k = int(np.argmax(values))
            if values[k] >= MIN_PAIR:
                out[i] = int(cols[k])
    return out


# Two dated groups (a day apart at most: ``GROUP_MAX_DAYS``) whose reports in the two languages share, on average
# over every Hindi-English pair between them, at least ``GROUP_SHARE`` of what one pair needs to join on its own
# (``crosslingual.NEAR_DAY_BAR`` over the day factor), at least ``GROUP_PAIRS`` of the pairs sharing ``GROUP_STRONG``
# distinctive names (``crosslingual.STRONG_ENTITY``; a place and a rare word alone do not pin an event), are one
# event's reports: a wire report and its Hindi print, a follow-up of the next day with a new angle,
# each too thin alone (session 15, docs/stories.md). Each group must be the other's best such match.
GROUP_SHARE = 0.8
GROUP_PAIRS = 2
GROUP_STRONG = 2
GROUP_MAX_DAYS = 1


def group_cross_links(found: dict[tuple[int, int], Evidence], roots: Sequence[int], spans: Sequence[_Span],
                      items: Sequence[StoryInput]) -> list[tuple[int, int]]:
    """``(a, b)`` roots of two dated groups that their cross-language pairs (``found``, the evidence of
    ``crosslingual.cross_language_evidence``) match together: the mean evidence over every pair of members in
    different languages reaches ``GROUP_SHARE`` × ``NEAR_DAY_BAR`` / the day factor of the days between the groups'
    dates (``GROUP_MAX_DAYS`` at most), at least ``GROUP_PAIRS`` of the pairs sharing ``GROUP_STRONG`` strong names,
    and each group is the other's best match. Strongest first."""
    sums: dict[tuple[int, int], float] = defaultdict(float)
    named: Counter[tuple[int, int]] = Counter()
    for (i, j), e in found.items():
        a, b = roots[i], roots[j]
        if a == b or spans[a].dates is None or spans[b].dates is None:
            continue
        key = (min(a, b), max(a, b))
        sums[key] += e.score
        named[key] += e.strong_entities >= GROUP_STRONG
    if not sums:
        return []
    langs: dict[int, Counter[str]] = defaultdict(Counter)
    for i, item in enumerate(items):
        langs[roots[i]][item.lang] += 1
    ratios: dict[tuple[int, int], float] = {}
    for (a, b), total in sums.items():
        if named[(a, b)] < GROUP_PAIRS:
            continue
        gap = spans[a].days_from(spans[b])
        if gap > GROUP_MAX_DAYS:
            continue
        factor = next(f for days, f in DAY_FACTORS if gap <= days)
        pairs = sum(n * m for x, n in langs[a].items() for y, m in langs[b].items() if x != y)
        ratios[(a, b)] = total / pairs / (GROUP_SHARE * NEAR_DAY_BAR / factor)
    best: dict[int, tuple[float, int]] = {}
    for (a, b), ratio in ratios.items():
        for x, y in ((a, b), (b, a)):
            if ratio > best.get(x, (0.0, -1))[0]:
                best[x] = (ratio, y)
    return [(a, b) for (a, b), ratio in sorted(ratios.items(), key=lambda kv: -kv[1])
            if ratio >= 1 and best[a][1] == b and best[b][1] == a]


# Session 28: two dated groups a day apart at most (``GROUP_MAX_DAYS``), with reports in both languages between them,
# are one event's when the mean over every pair of their members, each pair measured against what it needs to join on
# its own, reaches ``MIXED_SHARE``: a pair of one language its word similarity (``pair_similarities``, its days
# already weighed) over the story threshold, a Hindi-English pair its evidence over ``NEAR_DAY_BAR`` / the day factor
# of the groups' gap. Average link reads only the pairs of one language, ``group_cross_links`` only the pairs across
# languages; a follow-up of the next day (the lockdown's rules the day after its announcement, the rescue's second
# day) shares a little with every report of the event in either language, and one pair alone never reaches its bar.
# At least ``MIXED_PAIRS`` pairs, one of them across the languages with ``NEAR_DAY_NAMES`` of names and words (two
# shared figures alone say nothing), and each group the other's best. On every bilingual dev set read in the dated
# mode, the final groups a day apart at most that reach 0.6 are one event's 16 times out of 16 (the one pair of
# different events above 0.5, two Hyderabad and Unnao reports of one week, scores 0.55).
MIXED_SHARE = 0.6
MIXED_PAIRS = 2


def group_mixed_links(found: dict[tuple[int, int], Evidence], sims: dict[tuple[int, int], float],
                      roots: Sequence[int], spans: Sequence[_Span], items: Sequence[StoryInput],
                      threshold: float = SIMILARITY_THRESHOLD) -> list[tuple[int, int]]:
    """``(a, b)`` roots of two dated groups whose members' pairs together match (``MIXED_SHARE``, above): the mean,
    over every pair of members, of a same-language pair's similarity (``sims``) over ``threshold`` and of a
    cross-language pair's evidence (``found``) over ``NEAR_DAY_BAR`` / the day factor of the groups' gap (0 for
    a pair in neither). Strongest first; each group is the other's best such match."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(roots):
        members[root].append(i)
    sums: dict[tuple[int, int], float] = defaultdict(float)
    named: set[tuple[int, int]] = set()
    for (i, j), e in found.items():
        a, b = roots[i], roots[j]
        if a == b or spans[a].dates is None or spans[b].dates is None:
            continue
        key = (min(a, b), max(a, b))
        sums[key] += e.score  # divided by the bar below, once the groups' gap is known
        if e.entity_score + e.word_score >= NEAR_DAY_NAMES:
            named.add(key)
    ratios: dict[tuple[int, int], float] = {}
    for a, b in named:
        gap = spans[a].days_from(spans[b])
        pairs = len(members[a]) * len(members[b])
        if gap > GROUP_MAX_DAYS or pairs < MIXED_PAIRS:
            continue
        factor = next(f for days, f in DAY_FACTORS if gap <= days)
        words = sum(sims.get((min(i, j), max(i, j)), 0.0) for i in members[a] for j in members[b]
                    if items[i].lang == items[j].lang)
        ratios[(a, b)] = (sums[(a, b)] / (NEAR_DAY_BAR / factor) + words / threshold) / pairs
    best: dict[int, tuple[float, int]] = {}
    for (a, b), ratio in ratios.items():
        for x, y in ((a, b), (b, a)):
            if ratio > best.get(x, (0.0, -1))[0]:
                best[x] = (ratio, y)
    return [(a, b) for (a, b), ratio in sorted(ratios.items(), key=lambda kv: (-kv[1], kv[0]))
            if ratio >= MIXED_SHARE and best[a][1] == b and best[b][1] == a]


def short_reports(items: Sequence[StoryInput]) -> list[bool]:
    """Whether each item is a dated short report (``SHORT_WORDS`` body words at most): what
    ``short_similar_pairs`` may join below ``SIMILARITY_THRESHOLD``."""
    return [item.day() is not None and body_word_count(item.body) <= SHORT_WORDS for item in items]


def top_word_share(a: StoryInput, b: StoryInput) -> float:
    """The largest share one word has of the two bodies' cosine (``body_vectors``; 1 when they share no word)."""
    first, second = body_vectors(a.body, a.lang)[0], body_vectors(b.body, b.lang)[0]
    if len(first) > len(second):
        first, second = second, first
    parts = [v * second[w] for w, v in first.items() if w in second]
    total = sum(parts)
    return max(parts) / total if total > 0 else 1.0


def short_pair_bar(short_a: bool, short_b: bool) -> float:
    """The similarity at which two dated reports of one language join by ``short_similar_pairs``, by whether each
    is short: both ``SHORT_SIMILARITY``, one ``SHORT_LONG_SIMILARITY``, neither ``SIMILARITY_THRESHOLD``."""
    if short_a and short_b:
        return SHORT_SIMILARITY
    return SHORT_LONG_SIMILARITY if short_a or short_b else SIMILARITY_THRESHOLD


def short_similar_pairs(items: Sequence[StoryInput], sims: dict[tuple[int, int], float],
                        days: Sequence[dt.date | None], body_words: Sequence[int]) -> list[tuple[float, int, int]]:
    """``(similarity, i, j)`` for two reports of one language, at least one of them short
    (``crosslingual.SHORT_WORDS`` body words at most), both dated at most ``SHORT_SIMILAR_DAYS`` apart, whose
    similarity (``sims``: day factor and the corrections included) reaches ``short_pair_bar``: ``SHORT_SIMILARITY``
    for two short reports, ``SHORT_LONG_SIMILARITY`` for a short one and a longer one when no single word carries
    more than ``SHORT_LONG_WORD_SHARE`` of their cosine (session 14). Two count reports (``counts.counted_in``) only
    the same day: a place's daily count is one story a day. An undated report never joins so."""
    out = []
    for (i, j), value in sims.items():
        short_i, short_j = body_words[i] <= SHORT_WORDS, body_words[j] <= SHORT_WORDS
        if not (short_i or short_j) or value < short_pair_bar(short_i, short_j):
            continue
        if short_i != short_j and top_word_share(items[i], items[j]) > SHORT_LONG_WORD_SHARE:
            continue
        day_i, day_j = days[i], days[j]
        if day_i is None or day_j is None:
            continue
        counts = all(item.title and counted_in(item.title) for item in (items[i], items[j]))
        if abs((day_i - day_j).days) > (0 if counts else SHORT_SIMILAR_DAYS):
            continue
        out.append((value, i, j))
    return out


def fractions(numbers: Sequence[float]) -> frozenset[float]:
    """The values of a text written with a fraction (2.8, 11.5, 6.25): a quantity given to the decimal."""
    return frozenset(v for v in numbers if v != int(v))


def shares_fractions(a: StoryInput, b: StoryInput) -> bool:
    """Whether two texts give at least ``SHARED_FRACTIONS`` of the same values with a fraction (``fractions``)."""
    return len(fractions(a.numbers) & fractions(b.numbers)) >= SHARED_FRACTIONS


def shared_fraction_pairs(items: Sequence[StoryInput], sims: dict[tuple[int, int], float],
                          days: Sequence[dt.date | None]) -> list[tuple[float, int, int]]:
    """``(similarity, i, j)`` for two reports of one language (a pair of ``sims``: its day factor is not 0) that give
    ``SHARED_FRACTIONS`` of the same values with a fraction (``shares_fractions``), dated at most ``FRACTION_DAYS``
    apart or with a day unknown. Figures to the decimal are a source's own (a study's projections, a bulletin's
    rates); two papers that print the same three of them print one report, whatever their headlines' angle or
    their words. The join is under the date guard of ``group_stories`` like every other link."""
    with_fractions = [len(fractions(item.numbers)) >= SHARED_FRACTIONS for item in items]
    out = []
    for (i, j), value in sims.items():
        if not (with_fractions[i] and with_fractions[j]) or not shares_fractions(items[i], items[j]):
            continue
        if days[i] is not None and days[j] is not None and abs((days[i] - days[j]).days) > FRACTION_DAYS:
            continue
        out.append((value, i, j))
    return out


def _count_scopes(items: Sequence[StoryInput]) -> list[str | None]:
    """Each item's headline scope (``StoryInput.scope``, ``HOME`` as its language's home country) when its headline
    is a count report (``counts.counted_in``), else None."""
    return [(home_country(item.lang) if (s := item.scope()) == HOME else s)
            if item.title and counted_in(item.title) else None for item in items]


def damp_count_scopes(items: Sequence[StoryInput], sims: dict[tuple[int, int], float]
                      ) -> dict[tuple[int, int], float]:
    """Similarities of two count reports whose headlines place their counts in two scopes (a state's and another's,
    the world's and a country's, a country's and one of its states'), times ``COUNT_SCOPES_FACTOR``, on top of the
    region correction (``damp_region_conflicts``). Only lowers similarities.

    One day's count pages of two places share the day's running figures and wording (a paper's world page and its
    South Korea page print the same world table below their own lead): halved, they still joined at a word
    similarity of 0.64. Applied after ``damp_roundups``, so that which pages are roundups is still read from what
    they share (two places' updates are alike, not "apart"); only nearly the same text under two places' count
    headlines (0.8) joins now."""
    scopes = _count_scopes(items)
    return {(i, j): value * COUNT_SCOPES_FACTOR if scopes[i] and scopes[j] and scopes[i] != scopes[j] else value
            for (i, j), value in sims.items()}


def same_count(a: StoryInput, b: StoryInput) -> bool:
    """Whether two headlines report one place's count with a same figure: both count reports
    (``counts.counted_in``) of one known scope whose headlines give a same figure (``counts.headline_figures``) of
    at least ``SAME_COUNT_FIGURE``. Two papers that put one total of one place in their headlines on one day (the
    caller's condition: ``same_count_pairs``) report one update, however they word the rest; a small figure (16 new
    cases) is shared by chance, and the next day's update that repeats a total is a day apart."""
    if not (a.title and b.title) or a.lang != b.lang:
        return False
    scope_a, scope_b = _count_scopes([a, b])
    if not scope_a or scope_a != scope_b:
        return False
    shared = headline_figures(a.title, a.lang) & headline_figures(b.title, b.lang)
    return any(value >= SAME_COUNT_FIGURE for value in shared)


def same_count_pairs(items: Sequence[StoryInput], sims: dict[tuple[int, int], float],
                     days: Sequence[dt.date | None]) -> list[tuple[float, int, int]]:
    """``(similarity, i, j)`` for the pairs of ``sims`` at ``SAME_COUNT_SIMILARITY`` or more whose ``days`` are one
    known day and whose headlines report one place's count with a same figure (``same_count``), or at most a day
    apart and whose headlines agree on a place's figures (``same_figures``). The join is under the date guard of
    ``group_stories`` like every other link."""
    return [(value, i, j) for (i, j), value in sims.items()
            if value >= SAME_COUNT_SIMILARITY and same_update(items[i], items[j], days[i], days[j])]


def same_update(a: StoryInput, b: StoryInput, day_a: dt.date | None = None, day_b: dt.date | None = None) -> bool:
    """Whether two dated reports give one place's count update: of one day with a same large headline figure
    (``same_count``), or at most a day apart with the same headline figures (``same_figures``). ``day_a``,
    ``day_b``: their days (``StoryInput.day``), when the caller has them."""
    day_a = day_a or a.day()
    day_b = day_b or b.day()
    if day_a is None or day_b is None:
        return False
    if day_a == day_b and (same_count(a, b) or same_counted(a, b)):
        return True
    return abs((day_a - day_b).days) <= 1 and same_figures(a, b)


def same_counted(a: StoryInput, b: StoryInput) -> bool:
    """Whether two outlets' headlines report one place's count of one counted thing: both lead with a count
    (``counts.lead_counted``) and count a same thing that a daily bulletin counts (``counts.BULLETIN_COUNTED``: the
    infected, the recovered, the tested; the dead of one day may be two disasters'), in any clause (session 30: one
    paper leads with the country's deaths of the day, the other with its cases), of one known scope
    (``StoryInput.scope``) that each headline names itself or as the home country (देश में), from two outlets (an
    unknown outlet may be either). The caller (``same_update``) asks for one day: a state's or a country's count is
    given once a day by its health department or ministry, and two papers that report that day's count of that
    place report that update, whatever figure each caught (बिहार में संख्या हुई 20; बिहार में 6 नये मामले, संख्या
    21 हुई: one day's bulletins read at two hours); the next day's count is the next update, a town's count
    (कानपुर, लखनऊ) its own, and one outlet's two pages of a day are left to their words."""
    if not (a.title and b.title) or a.lang != b.lang or (a.source is not None and a.source == b.source):
        return False
    if not (lead_counted(a.title) and lead_counted(b.title)):
        return False
    if not counted_in(a.title, in_words=True) & counted_in(b.title, in_words=True) & BULLETIN_COUNTED:
        return False
    scope_a, scope_b = (home_country(item.lang) if (s := item.scope()) == HOME else s for item in (a, b))
    if scope_a is None or scope_a != scope_b:
        return False
    return all(item.scope() == HOME or _names_region(item.title or "", scope_a) for item in (a, b))


def _names_region(title: str, region: str) -> bool:
    """Whether a headline names ``region`` itself (``places.named_region``: बिहार, यूपी, भारत), not only a town of it:
    a town's count (कानपुर में अब तक दस) is the town's update, not its state's."""
    words = _WORD.findall(title)
    return any(named_region(" ".join(words[k:k + n])) == region for k in range(len(words)) for n in (2, 1))


def same_figures(a: StoryInput, b: StoryInput) -> bool:
    """Whether two headlines report one place's update by the same figures: both count reports (figures in words
    too) of one known scope whose headlines share at least ``SAME_FIGURES`` figures (``counts.headline_counts``).
    The caller (``same_count_pairs``) asks for days at most one apart: a paper prints the day before's update."""
    if not (a.title and b.title) or a.lang != b.lang:
        return False
    shared = headline_counts(a.title, a.lang) & headline_counts(b.title, b.lang)
    if len(shared) < SAME_FIGURES:
        return False
    scope_a, scope_b = (home_country(item.lang) if (s := item.scope()) == HOME else s for item in (a, b))
    return scope_a is not None and scope_a == scope_b


def story_id(article_ids: Sequence[str]) -> str:
    """A story's id follows its earliest member, so it stays put while articles join it."""
    return "s" + hashlib.sha1(min(article_ids).encode("utf-8")).hexdigest()[:10]
