"""Claims: one fact stated with a number across the articles of a story (``लगभग 13,000 सैनिक`` in two
rewrites of one wire story and in a third outlet's own report).

A quantity makes a claim when it says what it counts (it has a unit): a bare number cannot be told apart from
any other bare number with the same value. Ordinals make claims too (``80वीं वर्षगांठ`` in three articles is one
corroborated fact), but they never conflict: an ordinal says *which* one (the first time, the second visit), so a
different ordinal is nearly always a different thing.

Within one story, quantities with the same value, the same ordinal flag and the same unit key are one claim. The
unit key folds spelling (``match_key``), synonyms the quantity finder already knows (``lang/<lang>/quantities.json``
units: जवान/सैनिक, troops/soldiers) and inflection (``lang/<lang>/claims.json``: सैनिकों/सैनिक, मिसाइलें/मिसाइल,
soldiers/soldier). Qualifiers do not split a claim (``दो घंटे`` and ``दो घंटे से अधिक`` are one claim about two
hours); they matter for conflicts.

Two claims of a story conflict when they count the same thing (same unit key, neither ordinal) with values that
cannot both be true: the ranges their qualifiers allow do not meet (``more than 20`` vs ``24`` is no conflict,
``about 13,000`` vs ``12,000`` is: "about" allows ``ABOUT_TOLERANCE`` either way). Two further guards keep
different facts about the same kind of thing apart: no article may state both values (an article that says 10
died and 20 were hurt is not contradicting itself), and the words around the numbers must share at least one
content word (``lang/<lang>/claims.json`` context_stopwords are not content words).

A count also says what happened to what it counts: its *predicate* (dead, injured, missing, infected, recovered,
tested), read from the nearest predicate word (``lang/<lang>/claims.json`` predicates) within ``PREDICATE_WORDS``
words of the number. "16 लोगों की मौत" and "16 लोग घायल" are two claims, and a count conflicts only with a count
of the same predicate (two counts without one fall back to the context rule above). Counts more than
``MAX_RATIO`` times apart are not read as one figure misreported (16 लोगों and 13 लाख लोगों). Only figures
conflict (not spans of time, ages or dates: ``claim_kind``), and only when they are the same count of the thing
in the same place on the same day (``count_signature``: नए vs कुल, पुणे vs मुंबई, शनिवार vs शुक्रवार), each
stated once per article (an article listing several values with one signature is not compared). The calibration
on real news is in docs/claims.md.

Independent sources: copies of one wire story (one syndication group) count once, and so do articles of one outlet
(``source``): two reports of one paper are one voice, not two.

Across the stories of a thread (one state's daily updates, day after day), ``figure_series`` lines up the claims
that count the same thing with the same predicate by date: a toll that rises over days is a series with dates and
sources, not a conflict (conflicts are only ever looked for within one story). A series has one scope
(``figure_scope``: the state or country its sentence names nearest the number, उत्तर प्रदेश में 44 मामले, देश में
568 मामले): a state's count and the country's count of one day are two series, not one figure jumping about.

``find_claims`` and ``figure_series`` are pure; ``link_claims`` reads the store, writes the claims and sets each
quantity's claim id; ``thread_series`` reads a thread's articles from the store.
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import load, load_all
from khabar.link.places import city_population, is_country, is_indian_place, named_region, town_states
from khabar.model import Claim, Quantity
from khabar.store import Store
from khabar.text.keys import has_devanagari, match_key

PREDICATE_WORDS = 6  # words on each side of a count searched for what happened to what it counts
MAX_RATIO = 2.0  # counts further apart are different figures, not one misreported (calibrated: docs/claims.md)
# Reports published this many days apart or more give a running count (a toll, the cases so far) at two different
# times: a series, not a disagreement. One day apart is still one count (a paper prints the next morning what a
# website reported the evening before).
MIN_DAYS_APART = 2
# A figure written with a word of scale (6 लाख, 2 million) from this value on stands for what it rounds
# (``rounding_step``): 6 लाख and 6,63,928 of one thing are no conflict.
ROUNDED_FROM = 1000
ABOUT_TOLERANCE = 0.05  # "about 13,000" allows 12,350..13,650: 12,000 conflicts, 12,800 does not
CONTEXT_WORDS = 8  # words on each side of a quantity read to tell what it is about
SCOPE_WORDS = 10  # words of its sentence before a count (then after it) searched for the region it counts in
COUNTRY = "country"  # the scope of a count whose sentence speaks of the whole country (देश में) without naming it
TOTAL = "total"  # the aspect of a count so far (कुल, अब तक; a count frame: संक्रमितों की संख्या 15)
PART = "part"  # the aspect of a figure that is part of another just named (इनमें 56 भारतीय)
ASPECT_WORDS = 10  # words before a count (in its clause) read for which count it is: नए, कुल, अब तक; 6 missed
# एसिम्पटोमैटिक across a count frame (… कहा जाता है और ऐसे मामलों की संख्या 984): the frame takes three words
BIG_CITY = 1_000_000  # a foreign city counts as a figure's place only when this big (Wuhan, New York)
UNIT_PLACE = "@"  # marks a place below a district (कुराना गांव): never lent to a figure that names no place
PLACE_WORDS = 12  # words of its sentence before a count (then after it) read for where it is counted

_WORDS = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
_FIGURE_SENTENCE_END = regex.compile(r"[।॥!?\n]|\.(?!\d)")  # 5.09 फीसदी is no sentence end
_CLAUSE_STOP = regex.compile(r"[,;:()|\p{N}]")  # the end of a number's clause: punctuation or the next number
_TOKENS = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+|\p{N}+(?:[.,]\p{N}+)*")


# Every figure of an article looks back to its sentence's start and on to its end: the sentence ends of a text are
# found once (texts are the same few strings for all of an article's figures).
@lru_cache(maxsize=512)
def _sentence_ends(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _FIGURE_SENTENCE_END.finditer(text))


def _sentence_start(text: str, pos: int, lo: int, default: int) -> int:
    """The end of the last sentence break in ``text[lo:pos]``, else ``default``."""
    ends = _sentence_ends(text)
    k = bisect_right(ends, pos) - 1
    return ends[k] if k >= 0 and ends[k] >= lo else default


def _sentence_end(text: str, pos: int, hi: int | None = None) -> int | None:
    """The start of the first sentence break at or after ``pos`` (before ``hi``), else None."""
    ends = _sentence_ends(text)
    k = bisect_right(ends, pos)  # every break is one character: the first that starts at pos or later
    if k < len(ends) and (hi is None or ends[k] - 1 < hi):
        return ends[k] - 1
    return None


@lru_cache(maxsize=1 << 16)
def _region(phrase: str) -> str | None:
    return named_region(phrase)



@dataclass(frozen=True, slots=True)
class ClaimArticle:
    """What claim finding needs of one article of a story."""

    id: str
    text: str
    quantities: Sequence[Quantity]
    syndication_group: str | None = None  # None: the article shares wire copy with no other
    source: str | None = None  # the outlet: two articles of one outlet are one independent source
    published: str | None = None  # ISO date (time) of publication; None when unknown


@dataclass(frozen=True, slots=True)
class _Rules:
    suffixes: tuple[tuple[str, str], ...]
    keep_endings: tuple[str, ...]
    rounds: int
    min_stem: int
    stopwords: frozenset[str]
    synonyms: dict[str, str]  # folded spelling -> folded canonical unit
    predicates: dict[str, str] = field(default_factory=dict)  # folded word -> predicate


def _script_lang(word: str) -> str:
    """Units are compared by their script, not the article's language tag: a Devanagari unit follows Hindi rules."""
    return "hi" if has_devanagari(word) else "en"


@cache
def _rules(lang: str) -> _Rules:
    data = load(lang, "claims")
    rules = _Rules(
        suffixes=tuple((s, r) for s, r in data.get("unit_suffixes", [])),
        keep_endings=tuple(data.get("keep_endings", [])),
        rounds=int(data.get("rounds", 1)),
        min_stem=int(data.get("min_stem", 2)),
        stopwords=frozenset(match_key(w) for w in data.get("context_stopwords", [])),
        synonyms={},
    )
    for predicate, words in data.get("predicates", {}).items():
        for word in words:
            key = match_key(word)
            rules.predicates.setdefault(key, predicate)
            rules.predicates.setdefault(_fold(key, rules), predicate)
    in_english = data.get("in_english", {})
    units = load(lang, "quantities").get("units", {})
    for canonical, spellings in units.items():
        # a unit with an English counterpart takes the English key: one claim across the two languages
        target = unit_key(in_english[canonical]) if canonical in in_english else _fold(match_key(canonical), rules)
        for spelling in [canonical, *spellings]:
            key = match_key(spelling)
            rules.synonyms.setdefault(key, target)
            rules.synonyms.setdefault(_fold(key, rules), target)
    for word, english in in_english.items():  # counted things that are no unit of the quantity finder (जिला)
        if word not in units:
            key = match_key(word)
            rules.synonyms.setdefault(key, unit_key(english))
            rules.synonyms.setdefault(_fold(key, rules), unit_key(english))
    return rules


def _fold(key: str, rules: _Rules) -> str:
    """Strip inflection endings from a matching key (सैनिकों -> सैनिक, नेताओं -> नेत, soldiers -> soldier)."""
    for _ in range(rules.rounds):
        if rules.keep_endings and key.endswith(rules.keep_endings):
            return key
        for suffix, replacement in rules.suffixes:
            if key.endswith(suffix) and len(key) - len(suffix) + len(replacement) >= rules.min_stem:
                key = key[: len(key) - len(suffix)] + replacement
                break
        else:
            return key
    return key


def unit_key(unit: str) -> str:
    """The key under which two spellings of one counted thing coincide (सैनिक/सैनिकों/जवान, missiles/missile)."""
    rules = _rules(_script_lang(unit))
    key = match_key(unit)
    if key in rules.synonyms:
        return rules.synonyms[key]
    folded = " ".join(_fold(w, rules) for w in key.split())
    return rules.synonyms.get(folded, folded)


@cache
def _thing_units() -> frozenset[str]:
    """Unit keys of the nouns that only say a figure counts people or cases (``thing_units``: लोग, मामले, मौतें)."""
    return frozenset(unit_key(u) for d in load_all("claims").values() for u in d.get("thing_units", []))


def thing_key(unit: str, predicate_: str | None) -> str:
    """What a figure counts: its predicate's thing (``~dead``, ``~infected``, ``~recovered``) when its unit only
    says people or cases (``thing_units``: 723 मौतें, 724 लोगों की मौत, 16 deaths, 16 people killed), else its unit
    key (सैनिक, districts). Claims, conflicts and thread series are keyed on it."""
    key = unit_key(unit)
    return f"~{predicate_}" if predicate_ and key in _thing_units() else key


CLAIM_KINDS = ("figure", "ordinal", "time", "age", "date")
FIGURE_KINDS = ("figure",)  # what ``khabar claims`` lists unless asked for every kind


@cache
def _kind_units() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Unit keys of spans of time (घंटे, days), of ages (वर्षीय, year-old) and month names (9 अप्रैल)."""
    from khabar.analyse.metadata import _months

    data = load_all("claims").values()
    time = frozenset(unit_key(u) for d in data for u in d.get("time_units", []))
    age = frozenset(unit_key(u) for d in data for u in d.get("age_units", []))
    return time, age, frozenset(match_key(m) for m in _months())


@cache
def _ratio_units() -> frozenset[str]:
    """Unit keys of words that make a number a ratio (16 गुना, three times): no count frame names what it counts."""
    return frozenset(unit_key(u) for d in load_all("claims").values() for u in d.get("ratio_units", []))


@lru_cache(maxsize=65536)
def claim_kind(text: str, unit: str | None) -> str:
    """What a stated number is, from the claim's text and unit: ``ordinal`` (पहला टेस्ट, 10वें व्यक्ति, 80वीं
    वर्षगांठ), ``time`` (24 घंटे, दो दिन, 68 साल: a span, a window or an age in years), ``age`` (27 वर्षीय),
    ``date`` (9 अप्रैल: a day read as a number), else ``figure``: a count, an amount, a share. Every kind is a
    claim (the seeds' gold counts the 80th anniversary and two hours); figures are what a reader checks first."""
    from khabar.analyse.numbers import find_numbers

    numbers = find_numbers(text, _script_lang(text))
    if numbers and numbers[0].ordinal:
        return "ordinal"
    if not unit:
        return "figure"
    time, age, months = _kind_units()
    key = unit_key(unit.split()[0]) if unit.split() else unit_key(unit)  # 35 वर्षीय जिस व्यक्ति is an age
    if key in age or any(unit_key(w) in age for w in _WORDS.findall(text)):
        return "age"  # 50 वर्षीय व्यक्ति: the unit is the person, the number their age, not 50 people
    if key in time:
        return "time"
    if match_key(unit) in months:
        return "date"
    return "figure"


def _context(text: str, q: Quantity) -> frozenset[str]:
    """Content words (folded like units) within ``CONTEXT_WORDS`` words before and after a quantity."""
    before = _WORDS.findall(text, max(0, q.start - 20 * CONTEXT_WORDS), q.start)[-CONTEXT_WORDS:]
    after = _WORDS.findall(text, q.end, min(len(text), q.end + 20 * CONTEXT_WORDS))[:CONTEXT_WORDS]
    return frozenset(w for w in map(_context_word, [*before, *after]) if w is not None)


# Each quantity reads the words around it: the same words again and again across a story's articles, each folded
# once (pure given the rules, which are built once per language).
@lru_cache(maxsize=1 << 16)
def _context_word(word: str) -> str | None:
    """A context word's folded key, None for a stopword or a one-letter word."""
    rules = _rules(_script_lang(word))
    key = match_key(word)
    return _fold(key, rules) if len(key) > 1 and key not in rules.stopwords else None


@lru_cache(maxsize=1 << 16)
def _word_predicate(word: str) -> str | None:
    rules = _rules(_script_lang(word))
    key = match_key(word)
    return rules.predicates.get(key) or rules.predicates.get(_fold(key, rules))


def predicate(text: str, q: Quantity) -> str | None:
    """What the count says happened to what it counts (``dead``, ``injured``, ``missing``, ``infected``,
    ``recovered``, ``tested``): the predicate word nearest to the number within ``PREDICATE_WORDS`` words, the
    words after it first on a tie (Hindi puts the verb after the count: 16 लोगों की मौत). None when there is none."""
    # within its sentence: the next sentence's verb (… हो गयी है. यह कुल संक्रमित …) says nothing of this count
    window = max(0, q.start - 20 * PREDICATE_WORDS)
    start = _sentence_start(text, q.start, window, window)
    end = _sentence_end(text, q.end, min(len(text), q.end + 20 * PREDICATE_WORDS))
    before = _WORDS.findall(text, start, q.start)[-PREDICATE_WORDS:]
    for k in range(len(before) - 1, -1, -1):
        if match_key(before[k]) in _clause_rules(_script_lang(before[k]))[1]:
            # 1752 नए मामले सामने आए हैं, जबकि 37 लोगों को ... जान गंवानी पड़ी: the cases are the other clause's
            before = before[k + 1:]
            break
    inside = _WORDS.findall(text, q.start, q.end)  # "16 deaths" may be the quantity's own unit
    limit = end if end is not None else min(len(text), q.end + 20 * PREDICATE_WORDS)
    if (following := _NEXT_DIGIT.search(text, q.end, limit)) is not None:
        limit = following.start()  # "toll rises to 12, 1.2 lakh affected": affected is the next number's
    after = _WORDS.findall(text, q.end, limit)[:PREDICATE_WORDS]
    candidates = [(0, w) for w in inside] + [(k + 1, w) for k, w in enumerate(after)]
    candidates += [(k + 1.5, w) for k, w in enumerate(reversed(before))]
    for distance, word in sorted(candidates, key=lambda c: c[0]):
        found = _word_predicate(word)
        if found and (distance == 0 or distance % 1):
            # The counted noun's own word (35 मरीज, 16 cases) or a word before it (संक्रमित 491 लोगों) says what
            # it is; a verb of its clause says what happened to it: 35 मरीज डिस्चार्ज हुए, 16 मरीजों की मौत,
            # संक्रमित 491 लोगों के स्वस्थ होने.
            return _clause_predicate(text, q, end, found) or found
        if found:
            return found
    return None


def _clause_predicate(text: str, q: Quantity, end: int | None, own: str) -> str | None:
    """A predicate of ``clause_predicates`` other than ``own`` among the words after the number in its clause (up
    to the next number, punctuation mark or ``clause_ends`` word, ``PREDICATE_WORDS`` words at most), nearest
    first; None when there is none. The words
    before it are left alone: ``114 की मौत, 4421 संक्रमित`` says the deaths of the number before."""
    limit = end if end is not None else min(len(text), q.end + 20 * PREDICATE_WORDS)
    stop = _CLAUSE_STOP.search(text, q.end, limit)
    after = _WORDS.findall(text, q.end, stop.start() if stop else limit)
    for word in after[:PREDICATE_WORDS]:
        predicates, ends = _clause_rules(_script_lang(word))
        if match_key(word) in ends:
            return None  # 40 मामले आए और किसी की मौत नहीं: the deaths are another clause's
        if (found := _word_predicate(word)) and found != own and found in predicates:
            return found
    return None


@cache
def _clause_rules(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The predicates a word of a count's clause gives over its counted noun's own (``clause_predicates``) and
    the matching keys of the words that end the clause (``clause_ends``)."""
    data = load(lang, "claims")
    return (frozenset(data.get("clause_predicates", [])),
            frozenset(match_key(w) for w in data.get("clause_ends", [])))


@dataclass(frozen=True, slots=True)
class _CountFrames:
    count_words: frozenset[str]
    genitive_words: frozenset[str]  # Hindi: the noun, then one of these, then the count word (X की संख्या)
    of_words: frozenset[str]  # English: the count word, then one of these, then the noun (the number of X)
    implied: dict[str, str]  # a count word that names its noun itself (toll: deaths)
    max_gap: int


@cache
def _count_frames(lang: str) -> _CountFrames:
    frames = load(lang, "claims").get("count_frames") or {}
    return _CountFrames(frozenset(match_key(w) for w in frames.get("count_words", [])),
                        frozenset(match_key(w) for w in frames.get("genitive_words", [])),
                        frozenset(match_key(w) for w in frames.get("of_words", [])),
                        {match_key(w): noun for w, noun in (frames.get("implied") or {}).items()},
                        int(frames.get("max_gap", 0)))


_LAST_DIGIT = regex.compile(r"(?r)\p{Nd}")
_NEXT_DIGIT = regex.compile(r"(?<![\p{L}\p{M}\p{Nd}.,-])\p{Nd}")  # a number of its own, not कोविड-19's


def counted_noun(text: str, q: Quantity) -> str | None:
    """For a number without a unit, the noun a count frame before it names: ``संक्रमितों की संख्या बढ़कर 15``
    counts संक्रमितों, "the number of confirmed cases rose to 4,421" counts cases (the first word after "of" that
    is a known unit, else the first), "the death toll rose to 38" counts deaths (``count_frames`` in
    ``lang/<lang>/claims.json``). Within the number's sentence; None when there is no such frame."""
    if q.unit and unit_key(q.unit.split()[0] if q.unit.split() else q.unit) in _ratio_units():
        return None  # मरीजों की संख्या में 16 गुना वृद्धि: a ratio of the count, not the count
    start = _sentence_start(text, q.start, max(0, q.start - 120), max(0, q.start - 120))
    found = list(_WORDS.finditer(text, start, q.start))[-8:]
    words = [w.group() for w in found]
    if not words:
        return None
    lang = _script_lang(words[-1])
    frames = _count_frames(lang)
    keys = [match_key(w) for w in words]
    for k in range(len(keys) - 1, max(-1, len(keys) - 2 - frames.max_gap), -1):
        if keys[k] in frames.count_words:
            if k >= 2 and keys[k - 1] in frames.genitive_words:
                return words[k - 2]
            if k + 2 < len(keys) and keys[k + 1] in frames.of_words:
                after = words[k + 2:]
                synonyms = _rules(lang).synonyms
                return next((w for w in after if _fold(match_key(w), _rules(lang)) in synonyms
                             or match_key(w) in synonyms), after[0])
            if _LAST_DIGIT.search(text, found[k].end(), q.start):
                return None  # "the toll rose to 12, 1.2 lakh affected": an implied noun counts the first number only
            # the death toll rose to 230 people: the finder's unit stands, the frame only names a bare number's
            return None if q.unit and match_key(q.unit) else frames.implied.get(keys[k])
    return None


@dataclass(frozen=True, slots=True)
class _SignatureRules:
    aspects: dict[tuple[str, ...], str]  # matching keys of a phrase -> aspect (new, total, active, suspected)
    longest: int  # words in the longest aspect phrase
    scopes: dict[tuple[str, ...], str]  # matching keys of a scope phrase -> "~state", "~country", ...
    longest_scope: int
    postpositions: frozenset[str]
    part_after: frozenset[str]  # words right after a figure that make it part of the next (नौ विदेशियों समेत 16)
    unit_words: frozenset[str] = frozenset()  # a village, a block after its name (कुराना गांव): a place of its own


@cache
def _signature_rules(lang: str) -> _SignatureRules:
    data = load(lang, "claims")
    aspects = {tuple(match_key(w) for w in phrase.split()): aspect
               for aspect, phrases in data.get("aspects", {}).items() for phrase in phrases}
    scopes = {tuple(match_key(w) for w in phrase.split()): "~" + name
              for name, phrases in data.get("scope_words", {}).items() for phrase in phrases}
    return _SignatureRules(aspects, max((len(k) for k in aspects), default=1), scopes,
                           max((len(k) for k in scopes), default=1),
                           frozenset(match_key(w) for w in data.get("place_postpositions", [])),
                           frozenset(match_key(w) for w in data.get("part_after", [])),
                           frozenset(match_key(w) for w in data.get("place_unit_words", [])))


def _is_number(token: str) -> bool:
    return token[:1].isdigit()


@lru_cache(maxsize=1 << 16)
def _is_number_word(token: str) -> bool:
    """A cardinal word from two up (चार नए मामले); "एक" (one, a) is left out: "एक और मरीज" is no figure."""
    from khabar.analyse.numbers import lexicon

    found = lexicon(_script_lang(token)).words.get(match_key(token))
    return bool(found and found[0] == "card" and found[1] >= 2)


def count_aspect(text: str, q: Quantity, series: bool = False) -> str | None:
    """Which count of its counted thing a figure is (``lang/<lang>/claims.json`` aspects): new cases of a day
    (``24 नए केस``, ``पिछले 24 घंटे में``), the total so far (``कुल``, ``अब तक``), the active or the suspected
    cases. Read inside the quantity (between the number and its unit), then the words before it back to the
    previous number of its sentence (nearest first): ``देश में कुल 29,685 सक्रिय मामले हैं, 11,761 ठीक हुए`` gives
    the second figure no aspect. None when no aspect word is there."""
    start = _sentence_start(text, q.start, max(0, q.start - 300), 0)
    inside = _TOKENS.findall(text, q.start, q.end)
    before = _TOKENS.findall(text, start, q.start)
    for k in range(len(before) - 1, -1, -1):
        if (_is_number(before[k]) or (series and _is_number_word(before[k]))) and not _aspect_at(before, k):
            # in a series, the previous figure's own words are its (चार नए मामले, संक्रमितों की संख्या 15: 15 is
            # not new)
            before = before[k + (3 if series else 1):]
            break
    before = before[-ASPECT_WORDS:]
    lang = next((_script_lang(w) for w in (*inside, *before) if not _is_number(w)), "en")
    rules = _signature_rules(lang)
    following = _TOKENS.findall(text, q.end, min(len(text), q.end + 40))[:1]
    if following and match_key(following[0]) in rules.part_after:
        return PART
    inside_keys = [match_key(w) for w in inside]
    for k in range(len(inside_keys)):  # phrases starting at each word inside, longest first
        for n in range(min(rules.longest, len(inside_keys) - k), 0, -1):
            if aspect := rules.aspects.get(tuple(inside_keys[k:k + n])):
                return aspect
    before_keys = [match_key(w) for w in before]
    for k in range(len(before_keys) - 1, -1, -1):  # phrases ending at each word before, nearest first
        for n in range(min(rules.longest, k + 1), 0, -1):
            if aspect := rules.aspects.get(tuple(before_keys[k - n + 1:k + 1])):
                return aspect
    # संक्रमितों की संख्या 15 हो गई, the number of cases rose to 4,421: in a thread's series, a count frame that
    # names no other aspect gives the count so far (for conflicts it stays unnamed: calibrated in docs/claims.md)
    return TOTAL if series and counted_noun(text, q) else None


def _aspect_at(words: list[str], k: int) -> bool:
    """Whether the number at ``words[k]`` is part of an aspect phrase (पिछले 24 घंटे में): not a figure's end."""
    rules = _signature_rules(_script_lang(words[k + 1] if k + 1 < len(words) else words[k]))
    return any(tuple(match_key(w) for w in words[k:k + n]) in rules.aspects for n in range(2, rules.longest + 1))


def count_place(text: str, q: Quantity) -> str | None:
    """Where a figure is counted, finer than ``figure_scope``: the place named nearest before the number within
    its sentence and ``PLACE_WORDS`` words (then nearest after it): a scope phrase (राज्य में, देश में, राजधानी में,
    in the state: ``~state``, ``~country``, ``~capital``; ``lang/<lang>/claims.json`` scope_words), a state or country
    (``named_region``), a city or district of the gazetteer followed by a postposition (पुणे में 46 नए मामले; a
    bare word is too often also a town's name; a town of ``places.town_states`` likewise, under its own spelling),
    or any word before a village's, a block's or a quarter's word
    (``place_unit_words``: कुराना गांव से अब तक 22, a place of its own that no other figure's place is lent to).
    None when the sentence names none."""
    start = _sentence_start(text, q.start, max(0, q.start - 400), 0)
    end = _sentence_end(text, q.end)
    before = _WORDS.findall(text, start, q.start)[-PLACE_WORDS:]
    after = _WORDS.findall(text, q.end, end if end is not None else len(text))[:PLACE_WORDS]
    lang = next((_script_lang(w) for w in (*before, *after)), "en")
    rules = _signature_rules(lang)
    for words, backward in ((before, True), (after, False)):
        keys = [match_key(w) for w in words]
        size = len(words)
        for k in (range(size - 1, -1, -1) if backward else range(size)):
            # a two-word name first: scanning back, प्रदेश of उत्तर प्रदेश comes before उत्तर
            first, last = (k - 1, k) if backward else (k, k + 1)
            if first >= 0 and last < size and (region := _region(words[first] + " " + words[last])):
                return region
            if region := _region(words[k]):
                return region
            if (keys[k] in rules.unit_words and k > 0 and not _is_number(words[k - 1])
                    and keys[k - 1] not in rules.postpositions):
                # कुराना गांव से अब तक 22: a place below the district that the gazetteer need not know
                return f"{UNIT_PLACE}{keys[k - 1]} {keys[k]}"
            for n in range(rules.longest_scope, 0, -1):  # scope phrases (राज्य में, in the state) at this word
                at = k - n + 1 if backward else k
                if at >= 0 and at + n <= size and (scope := rules.scopes.get(tuple(keys[at:at + n]))):
                    return scope
            if k + 1 < size and keys[k + 1] in rules.postpositions:
                place = lookup_place(words[k])
                # an Indian town, or a city of a million: GeoNames also has a Corona and a Bhatinda elsewhere,
                # and कोरोना के 23 नये केस is no count in California
                if place is not None and (is_indian_place(place.name) or _city_population(place.name) >= BIG_CITY):
                    return place.name
                if place is None and has_devanagari(words[k]) and town_states(words[k]):
                    return keys[k]  # गोंडा में कुल 35: an Indian town the gazetteers give no Devanagari name
    return None


def _city_population(name: str) -> int:
    """``city_population`` under the name the place table gives (New York, from the time zones) or under the
    GeoNames form that adds "City" to it (New York City, Mexico City): two tables, one city."""
    return max(city_population(name), city_population(f"{name} City"))


@cache
def _weekdays() -> dict[str, str]:
    """``{matching key: weekday number}`` of every language's weekday names (``lang/<lang>/dates.json``)."""
    return {match_key(w): day for data in load_all("dates").values()
            for day, words in (data.get("weekdays") or {}).items() for w in words}


def count_day(text: str, q: Quantity) -> str | None:
    """The weekday a figure's clause names (``शनिवार को 177 नए केस``; ``इससे पहले शुक्रवार को 173``): the words
    before the number back to the previous number of its sentence, then inside it. None when none is named."""
    start = _sentence_start(text, q.start, max(0, q.start - 300), 0)
    before = _TOKENS.findall(text, start, q.start)
    for k in range(len(before) - 1, -1, -1):
        if _is_number(before[k]):
            break
        if (day := _weekdays().get(match_key(before[k]))) is not None:
            return day
    return next((d for w in _TOKENS.findall(text, q.start, q.end) if (d := _weekdays().get(match_key(w)))), None)


Signature = tuple[str | None, str | None, str | None]


def count_signature(text: str, q: Quantity) -> Signature:
    """``(aspect, place, weekday)`` of a figure: two figures of one counted thing conflict only when all three
    agree (``_fill_signatures`` first lends an unnamed part the one value the story's other figures name)."""
    return count_aspect(text, q), count_place(text, q), count_day(text, q)


def _range(q: Quantity) -> tuple[float, float]:
    """The values a qualified quantity allows (``more than 20`` allows 20 and up: writers round; a range, ``0.2 से
    0.9 फीसदी``, both its ends)."""
    v = q.value
    if (upper := range_end(q)) is not None:
        return v, upper
    if q.qualifier == "about":
        a, b = v * (1 - ABOUT_TOLERANCE), v * (1 + ABOUT_TOLERANCE)
        return min(a, b), max(a, b)  # a negative value (a fall of about 5%) keeps low before high
    if q.qualifier in ("more than", "at least"):
        return v, math.inf
    if q.qualifier in ("less than", "at most"):
        return -math.inf, v
    step = rounding_step(q)
    if step:
        return v - step / 2, v + step  # "6 लाख" is 6,63,928 cut short (or rounded: 5,72,000)
    return v, v


_DIGITS = r"(\p{Nd}[\p{Nd},]*(?:\.\p{Nd}+)?)"
_RANGE = regex.compile(rf"^\s*{_DIGITS}\s*(?:से|to|-|–)\s*{_DIGITS}(?!\p{{Nd}})")


def range_end(q: Quantity) -> float | None:
    """The upper end of a quantity written as a range of two numbers in digits (``0.2 से 0.9 फीसदी``, ``10 to 15
    people``, ``0-0.25%``) whose value is the lower end; None for any other quantity."""
    m = _RANGE.match(q.text)
    if m is None or q.value is None:
        return None
    try:
        low, high = (float(g.replace(",", "")) for g in m.groups())
    except ValueError:
        return None
    return high if low == q.value and high > low else None


def rounding_step(q: Quantity) -> float:
    """The step a figure was rounded to when it is written shorter than its value with a word of scale (6 लाख,
    1.5 करोड़, 15 हजार, 2 million: fewer digits than the value has): the unit of its last significant digit
    (100,000 for 6 लाख). 0 for a figure written in full (6,63,928; 15,000; 250): its digits are all its
    writer gives. Only figures of ``ROUNDED_FROM`` and more: "दो" (2) is no rounding of 2.4."""
    v = q.value
    if v is None or abs(v) < ROUNDED_FROM or v != int(v):
        return 0.0
    digits = str(abs(int(v)))
    written = sum(ch.isdigit() for ch in q.text)
    if written >= len(digits):
        return 0.0
    return float(10 ** (len(digits) - len(digits.rstrip("0"))))


def quantity_key(q: Quantity) -> str:
    """How ``find_claims`` names a quantity in its result: its id, else article:start-end."""
    return q.id or f"{q.article_id}:{q.start}-{q.end}"


def claim_id(story_id: str, value: float, unit: str, ordinal: bool, predicate_: str | None = None) -> str:
    """Stable: the same story, value, counted thing and predicate give the same id on every run."""
    raw = f"{story_id}|{float(value)!r}|{unit}|{'ordinal' if ordinal else 'count'}"
    if predicate_:
        raw += f"|{predicate_}"
    return "c" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class _Found:
    key: tuple[float, str, bool, str | None]  # value, unit key, ordinal, predicate
    members: list[tuple[ClaimArticle, Quantity]]
    # filled once the members are known, so that comparing two claims is cheap
    article_ids: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()  # content words around any of its quantities
    ranges: tuple[tuple[float, float], ...] = ()  # the values its quantities allow
    # (aspect, place, weekday) of the members that can be compared (``count_signature``); a member whose article states
    # other values of the same counted thing with the same signature is left out: a list of figures (one per
    # district, per hour, per index) that we could not tell apart, not one figure
    signatures: frozenset[Signature] = frozenset()
    days: tuple[int, ...] = ()  # the publication days (ordinals) of its articles that give one
    voices: frozenset[str] = frozenset()  # its independent sources (``independent_voices``)

    def settle(self) -> None:
        self.article_ids = frozenset(a.id for a, _ in self.members)
        self.days = tuple(sorted({d for a, _ in self.members if (d := _day(a.published)) is not None}))
        self.context = frozenset().union(*(_context(a.text, q) for a, q in self.members))
        self.ranges = tuple(sorted({_range(q) for _, q in self.members}))


def _most_stated(members: list[tuple[ClaimArticle, Quantity]], of: str) -> str:
    """The wording (``of`` = "text" or "unit") stated by most articles; ties go to the earliest article."""
    articles: dict[str, set[str]] = {}
    first: dict[str, tuple[str, int, str]] = {}
    for article, q in sorted(members, key=lambda m: (m[0].id, m[1].start)):
        surface = getattr(q, of) or ""
        key = match_key(surface)
        articles.setdefault(key, set()).add(article.id)
        first.setdefault(key, (article.id, q.start, surface))
    best = min(articles, key=lambda k: (-len(articles[k]), first[k][:2]))
    return first[best][2]


def find_claims(story_id: str, articles: Iterable[ClaimArticle]) -> tuple[list[Claim], dict[str, str]]:
    """The claims of one story and ``{quantity key: claim id}`` (see ``quantity_key``) for the quantities that
    make one. Quantities without a unit make none. Claims come in the order their first mention appears."""
    articles = sorted(articles, key=lambda a: a.id)
    voice = independent_voices(articles)
    found: dict[tuple[float, str, bool, str | None], _Found] = {}
    figures: list[tuple[ClaimArticle, Quantity, tuple[float, str, bool, str | None]]] = []
    for article in articles:
        for q in sorted(article.quantities, key=lambda q: q.start):
            # A count frame before the number names what it counts, whatever the finder took for a unit
            # (संक्रमितों की संख्या 23 पहुंच गई: not 23 पहुंच).
            noun = None if q.ordinal else counted_noun(article.text, q)
            if noun:
                q = replace(q, unit=noun)
            elif not q.unit or not match_key(q.unit):
                continue
            age = not q.ordinal and claim_kind(q.text, q.unit) == "age"  # 50 वर्षीय व्यक्ति की मौत: no 50 deaths
            what = None if q.ordinal or age else (predicate(article.text, q)
                                                  or (_word_predicate(noun) if noun else None))
            key = (float(q.value), unit_key(q.unit) if q.ordinal or age else thing_key(q.unit, what), bool(q.ordinal),
                   what)
            found.setdefault(key, _Found(key, [])).members.append((article, q))
            if not q.ordinal:
                figures.append((article, q, key))

    claims: list[Claim] = []
    claim_of: dict[str, str] = {}
    same_thing: dict[str, list[tuple[Claim, _Found]]] = {}  # only claims counting the same thing can conflict
    for f in found.values():
        value, unit, ordinal, what = f.key
        cid = claim_id(story_id, value, unit, ordinal, what)
        f.settle()
        f.voices = frozenset(voice[a.id] for a, _ in f.members)
        claim = Claim(id=cid, story_id=story_id, text=_most_stated(f.members, "text"), value=value,
                      unit=_most_stated(f.members, "unit"), article_ids=sorted(f.article_ids),
                      independent_sources=len({voice[a.id] for a, _ in f.members}), predicate=what)
        claims.append(claim)
        for _, q in f.members:
            claim_of[quantity_key(q)] = cid
        if not ordinal and claim_kind(claim.text, claim.unit) == "figure":
            # spans of time, ages and dates read as numbers are facts about different things far more often
            # than one figure misreported (a 35-year-old and a 50-year-old man, the last 36 and 24 hours)
            same_thing.setdefault(unit, []).append((claim, f))

    candidates = [(claim, f, other, g) for group in same_thing.values()
                  for i, (claim, f) in enumerate(group) for other, g in group[i + 1:] if _could_conflict(f, g)]
    # Reading where and when a figure counts is the costly part: only for the counted things (unit, predicate)
    # where two claims could conflict, and then for all of that thing's figures (they lend each other a place).
    _sign({(f.key[1], f.key[3]) for _, f, _, _ in candidates}, figures, found)
    for claim, f, other, g in candidates:
        if f.signatures & g.signatures:
            claim.conflicts.append(other.id)
            other.conflicts.append(claim.id)
    for claim in claims:
        claim.conflicts.sort()
    return claims, claim_of


def _sign(things: set[tuple[str, str | None]],
          figures: list[tuple[ClaimArticle, Quantity, tuple[float, str, bool, str | None]]],
          found: dict[tuple[float, str, bool, str | None], _Found]) -> None:
    """Set ``signatures`` of the claims counting ``things`` (unit key, predicate): the signatures of their
    figures (``count_signature``, completed by ``_fill_signatures``) whose article states no other value of the
    thing with the same signature."""
    if not things:
        return
    signed = _fill_signatures([(article.id, key, count_signature(article.text, q))
                               for article, q, key in figures if (key[1], key[3]) in things])
    values: dict[tuple[str, str, str | None, Signature], set[float]] = {}
    for article_id, key, signature in signed:
        values.setdefault((article_id, key[1], key[3], signature), set()).add(key[0])
    comparable: dict[tuple[float, str, bool, str | None], set[Signature]] = {}
    for article_id, key, signature in signed:
        if len(values[(article_id, key[1], key[3], signature)]) == 1:
            comparable.setdefault(key, set()).add(signature)
    for key, signatures in comparable.items():
        found[key].signatures = frozenset(signatures)


_Signed = tuple[str, tuple[float, str, bool, str | None], Signature]


def _fill_signatures(signed: list[_Signed]) -> list[_Signed]:
    """A figure whose sentence names no place is counted where the story's other figures of that thing (unit,
    predicate, the rest of the signature) are, when they name only one place (``figure_series`` reads a thread the
    same way); then likewise its aspect. Two named values leave the part unknown: the figure is then compared
    only with figures that say as little. A part (इनमें 56) is never lent, nor is a village's or a block's place (a
    figure that names no place is the story's larger place's, not a village's), nor a weekday: ``1,273 नए मामले``
    of बुधवार and the ``1409 नए मामले`` of the last 24 hours are two days' figures."""
    for part in (1, 0):  # place, aspect
        named: dict[tuple, set[str]] = {}
        anywhere: dict[tuple, set[str]] = {}  # the thing's values of this part, whatever the rest of the signature
        taken: dict[tuple, set[float]] = {}  # the values an article gives of a thing under one signature
        for article_id, key, signature in signed:
            taken.setdefault((article_id, key[1], key[3], signature), set()).add(key[0])
            if (signature[part] is not None and signature[part] != PART
                    and not signature[part].startswith(UNIT_PLACE)):
                rest = tuple(v for i, v in enumerate(signature) if i != part)
                named.setdefault((key[1], key[3], rest), set()).add(signature[part])
                anywhere.setdefault((key[1], key[3]), set()).add(signature[part])
        filled = []
        for article_id, key, signature in signed:
            if signature[part] is None:
                rest = tuple(v for i, v in enumerate(signature) if i != part)
                values = named.get((key[1], key[3], rest)) or (anywhere.get((key[1], key[3]), set()) if part == 1
                                                                else set())  # an aspect only from like figures
                lent = (*signature[:part], next(iter(values)), *signature[part + 1:]) if len(values) == 1 else None
                # never the signature of another value far from it that its own article gives: "कुल 724 मौतें" is
                # the article's total, so its "37 मौतें" is not (lent, it would make the two a list and hide the
                # total); values within ``MAX_RATIO`` may be rows of one list, and are lent as before
                if lent is not None and not any(_far_apart(v, key[0]) for v in
                                                taken.get((article_id, key[1], key[3], lent), set())):
                    signature = lent
            filled.append((article_id, key, signature))
        signed = filled
    return signed


def _far_apart(a: float, b: float) -> bool:
    """Two values more than ``MAX_RATIO`` apart (never one figure misreported), or one of them zero."""
    low, high = sorted((abs(a), abs(b)))
    return high > low * MAX_RATIO


def _day(published: str | None) -> int | None:
    """The day ordinal of an ISO publication date (None when absent or unreadable)."""
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _days_apart(a: _Found, b: _Found) -> bool:
    """Every article of one claim was published ``MIN_DAYS_APART`` days or more from every article of the other
    (both dated): the two figures count at different times."""
    return bool(a.days and b.days) and min(abs(x - y) for x in a.days for y in b.days) >= MIN_DAYS_APART


def _could_conflict(a: _Found, b: _Found) -> bool:
    """Same counted thing (the caller's grouping) and predicate, values that cannot both hold and are within
    ``MAX_RATIO`` of each other, stated by different articles about the same matter. Ordinals never conflict.
    The caller then asks for a signature in common (``count_signature``: the same count, place and day)."""
    if a.key[1] != b.key[1] or a.key[2] or b.key[2]:
        return False
    if a.key[3] != b.key[3]:
        return False  # dead and injured, cases and deaths: two facts
    low, high = sorted((abs(a.key[0]), abs(b.key[0])))
    if low and high / low > MAX_RATIO:
        return False  # 16 and 13 lakh are not one figure misreported
    if a.article_ids & b.article_ids:
        return False  # one article states both: two different facts, not a contradiction
    if len(a.voices | b.voices) < 2:
        return False  # one outlet (or one wire story) giving two values has corrected or updated itself
    if _days_apart(a, b):
        return False  # a toll of 12 on Wednesday and of 19 on Friday: a series (``figure_series``), not a conflict
    if any(lo_a <= hi_b and lo_b <= hi_a for lo_a, hi_a in a.ranges for lo_b, hi_b in b.ranges):
        return False
    # What happened to the counted thing is content both share (killed ... / the death toll rose to ...).
    return a.key[3] is not None or bool(a.context & b.context)


def independent_voices(articles: Sequence[ClaimArticle]) -> dict[str, str]:
    """``{article id: voice}``: articles that share a syndication group or an outlet are one voice, one
    independent source (an outlet that runs the wire copy and its own rewrite still speaks once)."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for a in articles:
        for key in (f"group:{a.syndication_group}" if a.syndication_group else None,
                    f"source:{match_key(a.source)}" if a.source and match_key(a.source) else None):
            if key is None:
                continue
            if key in first:
                parent[find(a.id)] = find(first[key])
            else:
                first[key] = a.id
    return {a.id: find(a.id) for a in articles}


_SENTENCE_END = regex.compile(r"[।॥.!?\n]")


@cache
def _country_words() -> frozenset[str]:
    return frozenset(match_key(w) for data in load_all("regions").values() for w in data.get("country_words", []))


def figure_scope(text: str, q: Quantity) -> str | None:
    """Where a count is counted: the state or country (``places.named_region``: a bare name, never a city)
    named nearest before the number within its sentence and ``SCOPE_WORDS`` words (Hindi: उत्तर प्रदेश में 44
    मामले), else nearest after it (English: 44 cases in Uttar Pradesh); ``COUNTRY`` for a word of the whole
    country (देश में 568 मामले); None when the sentence names none."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, q.start - 300), q.start)), default=0)
    end = _SENTENCE_END.search(text, q.end)
    before = _WORDS.findall(text, start, q.start)[-SCOPE_WORDS:]
    after = _WORDS.findall(text, q.end, end.start() if end else len(text))[:SCOPE_WORDS]
    for words, order in ((before, range(len(before) - 1, -1, -1)), (after, range(len(after)))):
        for k in order:
            if match_key(words[k]) in _country_words():
                return COUNTRY
            for phrase in (" ".join(words[k:k + 2]), words[k]):  # two-word names first (उत्तर प्रदेश)
                region = named_region(phrase)
                if region:
                    return region
    return None


def _home_scope(scopes: Iterable[str | None]) -> str | None:
    """The country that most of a thread's country-wide counts name: देश में … is about it."""
    named = [s for s in scopes if s and s != COUNTRY and is_country(s)]
    return max(set(named), key=lambda c: (named.count(c), c)) if named else None


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    date: str | None
    story_id: str
    claim_id: str
    value: float
    text: str
    article_ids: tuple[str, ...]
    independent_sources: int


@dataclass(frozen=True, slots=True)
class Series:
    """One figure over time within a thread: the same counted thing with the same predicate, by date."""

    unit: str  # what it counts (``thing_key``: ~dead, ~infected for people or cases, else the unit key)
    predicate: str | None
    points: tuple[SeriesPoint, ...]
    scope: str | None = None  # the region or country counted in (``figure_scope``), None when no sentence says
    aspect: str | None = None  # new (a day's), total (so far), active ... (``count_aspect``), None when none says


def figure_series(claims: Iterable[Claim], story_dates: dict[str, str | None],
                  scopes: Mapping[str, str | None] | None = None,
                  aspects: Mapping[str, str | None] | None = None) -> list[Series]:
    """The claims of a thread's stories (``story_dates``: story id -> date) that count the same thing
    (``thing_key``) with the same predicate and aspect in the same scope (``scopes``: claim id -> region or
    country, ``claim_scopes``; a count of the whole country takes the country the others name, one that names none
    the only scope the others of its kind name; ``aspects``: claim id -> new, total, active ..., ``claim_aspects``;
    a figure that names none joins the one aspect the others of its thing name, and a part of a figure just named,
    इनमें 56, is none of the series), as dated series; only series over at least two dates, most points first. A
    rising toll is a series of totals, each with its date and sources; a day's new cases and the active cases are
    series of their own, values of different days are never conflicts, and one state's count beside the
    country's is another series."""
    scopes = scopes or {}
    aspects = aspects or {}
    home = _home_scope(scopes.values())
    by_key: dict[tuple[str, str | None, str | None, str | None], list[SeriesPoint]] = {}
    for claim in claims:
        if claim.story_id not in story_dates or claim.value is None or not claim.unit \
                or claim_kind(claim.text, claim.unit) != "figure" or aspects.get(claim.id) == PART:
            continue  # 24 घंटे, 45 दिन: spans of time, ages and ordinals are no count that rises
        scope = scopes.get(claim.id)
        key = (thing_key(claim.unit, claim.predicate), claim.predicate,
               home if scope == COUNTRY and home else scope, aspects.get(claim.id))
        by_key.setdefault(key, []).append(SeriesPoint(
            story_dates[claim.story_id], claim.story_id, claim.id, claim.value, claim.text,
            tuple(claim.article_ids), claim.independent_sources))
    # A figure whose sentence names no place (राज्य में संक्रमितों की संख्या 21) is of the one scope the thread's
    # other figures of that thing name, when they name only one; then likewise its aspect.
    for part in (2, 3):
        named: dict[tuple, set[str]] = {}
        for key in by_key:
            if key[part]:
                named.setdefault(key[:part] + key[part + 1:], set()).add(key[part])
        for rest, values in named.items():
            unnamed = (*rest[:part], None, *rest[part:])
            if len(values) == 1 and unnamed in by_key:
                full = (*rest[:part], next(iter(values)), *rest[part:])
                # an article that gives the day's total (संख्या बढ़कर 21) and another figure that names no
                # aspect (सीवान से छह मरीज) tells two figures: that one is not the total of its day
                told = {(a, p.date) for p in by_key[full] for a in p.article_ids} if part == 3 else set()
                moved = [p for p in by_key[unnamed] if not any((a, p.date) in told for a in p.article_ids)]
                kept = [p for p in by_key.pop(unnamed) if p not in moved]
                by_key[full] += moved
                if kept:
                    by_key[unnamed] = kept
    scoped = {(unit, what) for unit, what, scope, _ in by_key if scope}
    out = []
    for (unit, what, scope, aspect), points in by_key.items():
        points = _without_lists(points)
        if len({p.date for p in points if p.date}) < 2 or (what is None and scope is None):
            continue  # "70 लोगों", "300 लोग": people counted for no stated reason anywhere are no one figure
        if scope is None and (unit, what) in scoped:
            continue  # where the thread names two places of a count, its figures that name none are of either
        ordered = sorted(points, key=lambda p: (p.date is None, p.date or "", p.value, p.story_id))
        out.append(Series(unit, what, tuple(ordered), scope, aspect))
    return sorted(out, key=lambda s: (-len(s.points), s.predicate is None, s.unit, s.scope or "", s.aspect or ""))


def _without_lists(points: list[SeriesPoint]) -> list[SeriesPoint]:
    """The points of one series less those that only articles listing several values of it on that date state
    (a table of districts or countries whose rows we could not tell apart): such a value is one row of a list,
    not the count of the series' scope that day. As with conflicts, one value per article and date is a figure."""
    values: dict[tuple[str, str | None], set[float]] = {}
    for p in points:
        for a in p.article_ids:
            values.setdefault((a, p.date), set()).add(p.value)
    return [p for p in points if any(len(values[(a, p.date)]) == 1 for a in p.article_ids)]


# -- store glue ---------------------------------------------------------------------------------------------------
def link_claims(store: Store, articles: Iterable[tuple[str, ClaimArticle]] | None = None) -> int:
    """Find the claims of every story, replace the stored claims with them and set each quantity's claim id
    (NULL for a quantity that makes no claim). ``articles`` are ``(story id, article)`` pairs of every storied
    article; the link step passes the ones it holds in memory, else they are read from the store (articles
    not yet in a story are left out). Idempotent. Returns the number of claims."""
    if articles is None:
        articles = ((story_id, ClaimArticle(a, text, quantities, group, source, published))
                    for story_id, a, text, group, quantities, source, published in store.storied_quantities())
    stories: dict[str, list[ClaimArticle]] = {}
    for story_id, article in articles:
        stories.setdefault(story_id, []).append(article)
    claims: list[Claim] = []
    claim_of: dict[str, str] = {}
    for story_id in sorted(stories):
        found, links = find_claims(story_id, stories[story_id])
        claims.extend(found)
        claim_of.update(links)
    with store.transaction():
        store.replace_claims(claims)
        store.set_quantity_claims(claim_of)
    return len(claims)


def thread_series(store: Store, thread: str) -> tuple[str | None, list[Series]]:
    """``(thread id, series)`` of the thread whose id is or starts with ``thread`` (None when there is none):
    its stories' claims recomputed from the stored articles (the predicate is not stored) and lined up by date."""
    stories = store.stories()
    ids = sorted({s.thread_id for s in stories if s.thread_id and s.thread_id.startswith(thread)})
    if len(ids) != 1:
        return None, []
    return ids[0], stories_series(store, {s.id: s.date for s in stories if s.thread_id == ids[0]})


def stories_series(store: Store, story_dates: dict[str, str | None]) -> list[Series]:
    """``figure_series`` of these stories (story id -> date), their claims recomputed from their stored articles
    only; a claim's scope is the one its mentions name most (``figure_scope``)."""
    by_story: dict[str, list[ClaimArticle]] = {}
    for story_id, article_id, text, group, quantities, source, published in store.storied_quantities(story_dates):
        by_story.setdefault(story_id, []).append(ClaimArticle(article_id, text, quantities, group, source, published))
    claims: list[Claim] = []
    scopes: dict[str, str] = {}
    aspects: dict[str, str] = {}
    for story_id, articles in sorted(by_story.items()):
        found, claim_of = find_claims(story_id, articles)
        claims.extend(found)
        scopes.update(claim_scopes(articles, claim_of))
        aspects.update(claim_aspects(articles, claim_of))
    return figure_series(claims, story_dates, scopes, aspects)


def claim_scopes(articles: Iterable[ClaimArticle], claim_of: Mapping[str, str]) -> dict[str, str]:
    """``{claim id: scope}`` for the claims of ``find_claims`` (``claim_of``: its quantity map) whose mentions
    name one (``figure_scope``); the scope most of its mentions name, the first on a tie."""
    said: dict[str, list[str]] = {}  # claim id -> the scopes its mentions name, in article order
    for article in sorted(articles, key=lambda a: a.id):
        for q in sorted(article.quantities, key=lambda q: q.start):
            cid = claim_of.get(quantity_key(q))
            if cid and (scope := figure_scope(article.text, q)):
                said.setdefault(cid, []).append(scope)
    return {cid: max(names, key=lambda n: (names.count(n), -names.index(n))) for cid, names in said.items()}


def claim_aspects(articles: Iterable[ClaimArticle], claim_of: Mapping[str, str]) -> dict[str, str]:
    """``{claim id: aspect}`` for the claims of ``find_claims`` whose mentions name one (``count_aspect``: new,
    total, active, part ...); the aspect most of its mentions name, the first on a tie."""
    said: dict[str, list[str]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        for q in sorted(article.quantities, key=lambda q: q.start):
            cid = claim_of.get(quantity_key(q))
            if cid and (aspect := count_aspect(article.text, q, series=True)):
                said.setdefault(cid, []).append(aspect)
    return {cid: max(names, key=lambda n: (names.count(n), -names.index(n))) for cid, names in said.items()}
