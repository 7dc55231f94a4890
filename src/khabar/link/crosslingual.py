"""Cross-language story links: a Hindi and an English report of the same event.

Word vectors cannot meet across scripts, so the evidence here is what survives translation:

- named entities, compared in Latin: a Hindi name goes through ``latin_name`` (known name, else transliteration)
  and both sides through ``phonetic_key``; names match on their consonant skeleton, and a surname alone (पुतिन,
  Putin) matches the full name (Vladimir Putin). Each shared entity weighs by its type (a person or an organisation
  pins an event, a city less, a country hardly) times its rarity: the background document frequency of its Latin
  name in English text (``lang/en/idf.json``: Trump and India are everywhere, Starmer and Peskov are not), lowered
  again when the name is in many articles of the archive being grouped;
- distinctive numbers: quantity values of 10 and up (13,000 people, 19 districts), not 1 or 2;
- rare words compared in Latin (``latin_words``): names the tagger missed and loanwords (कुलगाम/Kulgam,
  टैरिफ/tariff), by the consonant skeleton of their phonetic key;
- dates: the caller keeps the story date window; an undated pair must bring stronger evidence, two reports a day
  or so apart less (``NEAR_DAY_BAR``).

The same evidence joins short reports of one language a few days apart (``short_report_pairs``) and sends a group
of undated short reports to its clear best match (``undated_attachments``).

A pair joins only on strong evidence: several shared distinctive entities, or entities plus a shared number, and
the shared entities must be a good part of what the shorter report names (two long reports that only share the
usual cast of a region stay apart).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice

import regex

from khabar.analyse.english_names import SURNAME_SOURCE
from khabar.analyse.quantities import percent_value
from khabar.lang import load_all
from khabar.link.latin import everyday_names, initials, latin_name, phonetic_key, skeleton
from khabar.model import Analysis
from khabar.text.keys import has_devanagari
from khabar.text.phonetic import GLUED_MIN_CONSONANTS, glued_match

TYPE_WEIGHT = {"PER": 1.0, "ORG": 0.8, "LOC": 0.5}
COUNTRY_WEIGHT = 0.1
# Rarity: background idf (natural log, documents of 400 words) mapped linearly from COMMON_IDF (weight FLOOR) to
# RARE_IDF (weight 1). trump 3.4 -> 0.1, putin 5.2 -> 0.44, modi 6.0 -> 0.6, netanyahu 7.1 -> 0.8, starmer unseen -> 1.
COMMON_IDF, RARE_IDF, RARITY_FLOOR = 3.0, 8.0, 0.1
STRONG_ENTITY = 0.3  # a shared entity at least this heavy counts towards "several distinctive entities"
ENTITY_BAR = 1.5  # shared entity weight needed from entities alone (with at least two strong ones)
ENTITY_WITH_NUMBERS_BAR = 1.0  # ... or this much (one strong entity) plus NUMBER_BAR of shared numbers
NUMBER_BAR = 1.0
UNDATED_FACTOR = 1.5  # an undated pair must clear every bar by this factor
MIN_COVERAGE = 0.3  # shared entity weight / the smaller article's total entity weight
MIN_NUMBER = 10
MAX_ARTICLES_PER_HEAD = 100
MIN_COMMON_IN_CORPUS = 10
NEAR_BEST = 0.5  # an undated article's matches must score this share of its best one
# A pair with an undated article that is each side's single best match in the other language joins when its
# entities, rare words and numbers together reach MUTUAL_BAR (session 16, docs/stories.md): without dates the
# bars above count entities only, and an undated Hindi excerpt and its English report that share the place,
# the names the tagger missed and the figures (Mundakkai, Chooralmala, 150) stayed apart.
MUTUAL_BAR = 2.0
# ... of which at least MUTUAL_BEYOND_NAMES from rare words and numbers: a cast is what two meetings of the same
# leaders share (an undated report of the Putin-Kim talks in the Far East and a Hindi report of their Pyongyang
# meeting, each the other's only match: 2.01, all of it names); the entity-only bars stay for that.
MUTUAL_BEYOND_NAMES = 0.5
# Words compared in Latin (``latin_words``): names the tagger missed and loanwords (कुलगाम/Kulgam, टैरिफ/tariff,
# नतांज़/Natanz) meet by their consonant skeleton. A word counts when it is rare in both languages' background
# tables (idf at least WORD_MIN_IDF) and its skeleton has WORD_MIN_CONSONANTS letters or more (short skeletons of
# unrelated words collide); its weight runs from WORD_FLOOR at WORD_MIN_IDF to 1 at RARE_IDF.
WORD_MIN_IDF, WORD_FLOOR, WORD_MIN_CONSONANTS = 5.0, 0.3, 3
WORD_KEYS = 12  # the heaviest Latin words an article files in the link index (candidates across languages)
# Two reports dated a day or so apart need less: entities, words and numbers together reach NEAR_DAY_BAR divided by
# the story date factor of their gap (``stories.DAY_FACTORS``: 1.2 the same day, 1.7 the next, 2.4 at two or three
# days), with at least NEAR_DAY_NAMES of it from names and words (two shared numbers alone say nothing). On the
# English+Hindi set the nearest pair of different events (a Delhi minister quitting, Delhi's pollution curbs the
# next day) scores 1.55: 1.0 joins it, 1.1 keeps it apart by 0.02, 1.2 by a margin (one same-event join fewer).
NEAR_DAY_BAR, NEAR_DAY_NAMES, NEAR_DAY_MAX = 1.2, 0.5, 3
# Session 27: a Hindi-English pair of reports published more than PAIR_MAX_DAYS apart is no link of its own (on
# every bilingual dev set such pairs that passed were right 0 times at 3 to 7 days apart and wrong 8 times: one
# cast's two happenings, a resignation and the successor's oath, two derailments of one state in one week); they
# still join through other reports, and the thread step links their stories when they are one affair.
PAIR_MAX_DAYS = 2


@dataclass(frozen=True, slots=True)
class Name:
    """One entity of an article, in Latin: its skeleton words, type and weight (before corpus frequency)."""

    skeleton: tuple[str, ...]
    type: str
    weight: float


@cache
def _hindi_idf() -> tuple[dict[str, float], float]:
    from khabar.link.stories import word_weights

    return word_weights("hi")


_TEXT_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _word_weight(value: float) -> float:
    return min(1.0, WORD_FLOOR + (1 - WORD_FLOOR) * (value - WORD_MIN_IDF) / (RARE_IDF - WORD_MIN_IDF))


# Words remembered by ``_latin_word``: each word of every new article is asked (``latin_words``), and a store's
# vocabulary outgrows 65,536 words within a few thousand articles (the generated articles of
# ``bench_link_scale.py`` draw from 300,000 words: every chunk missed 60,000 of them, 14 % of the link step, at any
# size). Enough for the vocabulary of a large store; about 300 bytes a word (key, value and the cache's entry), so
# at most about 160 MB (docs/benchmarks.md, session 32).
LATIN_WORDS_MEMO = 1 << 19


@lru_cache(maxsize=LATIN_WORDS_MEMO)
def _latin_word(word: str) -> tuple[str, float] | None:
    """``(skeleton, weight)`` of one word of a text, or None when it is common or too short to compare."""
    if has_devanagari(word):
        from khabar.text.keys import match_key

        idf, unseen = _hindi_idf()
        value = idf.get(match_key(word), unseen)
    else:
        if not word.isascii():
            return None
        idf, unseen = _background_idf()
        value = idf.get(word.casefold(), unseen)
    if value < WORD_MIN_IDF:
        return None
    # An acronym in Hindi letter names (एनआरजी, एनडीआरएफ) is its English letters (NRG, NDRF), not their sound.
    letters = initials(word) if has_devanagari(word) else None
    key = skeleton(sound_key(letters or word)).replace(" ", "")
    if len(key) < WORD_MIN_CONSONANTS:
        return None
    return key, _word_weight(value)


# English spelling that ``latin.phonetic_key`` reads by letter where a Hindi transliteration writes the sound: a soft c
# (Vance, Office, France, Prince: वेंस, ऑफिस, फ्रांस, प्रिंस) and a final -ow (Fordow, Moscow, Glasgow: फोर्डो, मॉस्को,
# ग्लासगो). Read here, for comparing names and rare words across scripts (session 15); the canonical entities keep
# ``phonetic_key`` as it is.
_SOFT_C = regex.compile(r"c(?=[eiy])")
_FINAL_OW = regex.compile(r"ow\b")


@lru_cache(maxsize=1 << 16)
def sound_key(text: str) -> str:
    """``latin.phonetic_key`` of a text with a soft c read as s and a word-final -ow as o (``_SOFT_C``,
    ``_FINAL_OW``): Vance and वेंस, Fordow and फोर्डो get one key. Devanagari is keyed as ``phonetic_key`` keys it."""
    if has_devanagari(text):
        return phonetic_key(text)
    return phonetic_key(_FINAL_OW.sub("o", _SOFT_C.sub("s", text.casefold())))


@lru_cache(maxsize=4096)
def latin_words(text: str) -> dict[str, float]:
    """``{skeleton: weight}`` of the text's rare words in Latin (see ``WORD_MIN_IDF``); a skeleton keeps the
    weight of its rarest word."""
    found: dict[str, float] = {}
    for word in _TEXT_WORD.findall(text):
        if (hit := _latin_word(word)) and hit[1] > found.get(hit[0], 0.0):
            found[hit[0]] = hit[1]
    return found


# An English plural ends in s where Hindi writes the loanword bare (semiconductors / सेमीकंडक्टर, Agniveers /
# अग्निवीर, hotels / होटल, drones / ड्रोन): across languages a skeleton also meets the same skeleton with a final s
# added, when what is left is long enough not to collide (short skeletons already do: ट्रॉफी / tariff share *trf*).
PLURAL_MIN_CONSONANTS = 4


def word_evidence(a: dict[str, float], b: dict[str, float], plurals: bool = False) -> float:
    """The weight of the rare Latin words two texts share: each shared skeleton counts the lower weight. With
    ``plurals`` (texts in two languages), a skeleton and the same with a final s added (an English plural,
    ``PLURAL_MIN_CONSONANTS``) are one word, each of ``b``'s skeletons meeting one of ``a``'s at most."""
    if len(a) > len(b):
        a, b = b, a
    if not plurals:
        return sum(min(w, b[k]) for k, w in a.items() if k in b)
    total, used = 0.0, set()
    for k, w in sorted(a.items(), key=lambda kw: (kw[0] not in b, kw[0])):  # exact meetings first
        stem = k.removesuffix("s")
        forms = [k] + ([stem if stem != k else k + "s"] if len(stem) >= PLURAL_MIN_CONSONANTS else [])
        hit = next((f for f in forms if f in b and f not in used), None)
        if hit is not None:
            used.add(hit)
            total += min(w, b[hit])
    return total


@dataclass(frozen=True, slots=True)
class Evidence:
    entity_score: float
    strong_entities: int
    number_score: float
    coverage: float
    word_score: float = 0.0  # rare Latin words shared outside the shared entities' names

    def strong_enough(self, dated: bool, day_factor: float | None = None) -> bool:
        """The bars above; ``day_factor`` (the story date factor of two dated reports a few days apart at most)
        also admits a pair whose entities, words and numbers together reach ``NEAR_DAY_BAR / day_factor``."""
        if day_factor and self.entity_score + self.word_score >= NEAR_DAY_NAMES \
                and self.score >= NEAR_DAY_BAR / day_factor:
            return True
        return self._strong_by_entities(dated)

    def strong_by_entities(self, dated: bool) -> bool:
        """The entity bars alone (with numbers), without the near-day bar."""
        return self._strong_by_entities(dated)

    def _strong_by_entities(self, dated: bool) -> bool:
        factor = 1.0 if dated else UNDATED_FACTOR
        if self.coverage < MIN_COVERAGE:
            return False
        by_entities = self.entity_score >= ENTITY_BAR * factor and self.strong_entities >= 2
        with_numbers = (self.entity_score >= ENTITY_WITH_NUMBERS_BAR * factor and self.strong_entities >= 1
                        and self.number_score >= NUMBER_BAR * factor)
        return by_entities or with_numbers

    @property
    def score(self) -> float:
        return self.entity_score + self.word_score + self.number_score


def cross_signals(analysis: Analysis) -> tuple[tuple[tuple[str, str], ...], tuple[float, ...]]:
    """What ``StoryInput`` carries for cross-language linking: ``((type, name), ...)`` of the article's mentions
    (news agencies left out: PTI is in every story it wires) and its distinctive quantity values."""
    agencies = {a.casefold() for a in analysis.agencies}
    # A lone surname tagged only because a list knows the person (Trump, Zelensky: ``SURNAME_SOURCE``) stays a rare
    # word here (``latin_words``), as it was before it was tagged: as a name it also raises the corpus count of that
    # person's head (``corpus_factors``), and a leader named in a quarter of a small archive lost its weight.
    names = tuple(sorted({(m.type, m.text) for m in analysis.mentions
                          if m.type in TYPE_WEIGHT and m.text.casefold() not in agencies
                          and m.source != SURNAME_SOURCE}))
    # A rate move in basis points is its value in per cent (25 bps: 0.25, as a Hindi report's 0.25 प्रतिशत).
    return names, distinctive_numbers(percent_value(q, analysis.lang) for q in analysis.quantities if not q.ordinal)


# A full-length report (over ``SHORT_WORDS``) tells its own event in its headline and lead; its later paragraphs
# recall older events of the same cast (the crash of last year, the election before, the predecessor who resigned),
# and their names and figures are what a report of that older event states. When such a report has no date, the
# attachment step (``undated_attachments``) reads only its first ``ATTACH_LEAD_WORDS`` words (session 23); so does
# it for every full-length report it compares with, dated destinations included (measured: reading dated
# reports whole instead changes the result, news3 undated 0.567 -> 0.612, dev4 bare 0.812 -> 0.791).
ATTACH_LEAD_WORDS = 70
_LEAD_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def lead_signals(analysis: Analysis, words: int = ATTACH_LEAD_WORDS) -> tuple[
        tuple[tuple[str, str], ...], tuple[float, ...], str] | None:
    """``cross_signals`` of the body's first ``words`` words only, with that lead's text (spans into the body, so
    nothing is rewritten); None when the body is no longer than that."""
    ends = [m.end() for m in islice(_LEAD_WORD.finditer(analysis.body), words + 1)]
    if len(ends) <= words:
        return None
    cut = ends[words - 1]
    lead = replace(analysis, mentions=[m for m in analysis.mentions if m.start < cut],
                   quantities=[q for q in analysis.quantities if q.start < cut])
    names, numbers = cross_signals(lead)
    return names, numbers, analysis.body[:cut]


# Session 29: two full-length reports (both over ``ATTACH_LEAD_WORDS``) dated a few days apart at most that pass only
# the near-day bar (not the entity bars) must also share something in their headlines and leads: what two reports of
# one event share is what they lead with, while two events of one day (a hockey bronze and a wrestling silver at one
# Games, two oaths in two states) share only the background of their later paragraphs (docs/stories.md).
LEAD_SHARE_MIN = 0.0


def leads_share(a: tuple[tuple[tuple[str, str], ...], tuple[float, ...], str], title_a: str | None,
                b: tuple[tuple[tuple[str, str], ...], tuple[float, ...], str], title_b: str | None) -> bool:
    """Whether two reports' leads (``lead_signals``) with their headlines share names, rare Latin words or figures
    (``evidence`` over ``LEAD_SHARE_MIN``)."""
    found = evidence(article_names(a[0]), article_names(b[0]), a[1], b[1], None,
                     latin_words(f"{title_a or ''}\n{a[2]}"), latin_words(f"{title_b or ''}\n{b[2]}"), across=True)
    return found.score > LEAD_SHARE_MIN


def distinctive_numbers(values: Iterable[float]) -> tuple[float, ...]:
    """The values of 10 and more, and those with a fraction (a repo rate of 6.25 %, a quake of magnitude 7.7: small,
    but written to the decimal only where they are the news)."""
    return tuple(sorted({float(v) for v in values if abs(v) >= MIN_NUMBER or v != int(v)}))


def number_weight(value: float) -> float:
    """Small round numbers (20, 50) turn up in many reports; 13,000 or 19 much less."""
    if abs(value) >= 100:
        return 1.0
    return 0.5 if value % 10 == 0 else 0.75


@cache
def _background_idf() -> tuple[dict[str, float], float]:
    from khabar.link.stories import word_weights  # the English table stories already load

    return word_weights("en")


def _rarity(latin_words: Sequence[str], type_: str) -> float:
    idf, unseen = _background_idf()
    words = [w for w in latin_words if len(w) > 1] or list(latin_words)
    if not words:
        return RARITY_FLOOR
    # A person is known by the surname (Donald is common, Trump more so), a place or body by its rarest word
    # (New Delhi by Delhi, not New).
    values = [idf.get(w, unseen) for w in words]
    if type_ != "PER":
        value = max(values)
    elif len(words[-1]) > 2:
        value = values[-1]
    else:  # Kim Jong Un: "un" is the UN
        value = sum(values) / len(values)
    return min(1.0, max(RARITY_FLOOR, (value - COMMON_IDF) / (RARE_IDF - COMMON_IDF)))


@cache
def _country_names() -> frozenset[str]:
    """Phonetic keys of country names: ISO's (pycountry), CLDR's everyday English ones (Russia, North Korea)
    and the other spellings news uses (``lang/en/names.json`` everyday_names: Britain, US)."""
    names: set[str] = set(everyday_names())
    try:
        import pycountry
        from babel import Locale

        names.update(Locale("en").territories.values())
        for country in pycountry.countries:
            names.update(v for attr in ("name", "common_name", "official_name") if (v := getattr(country, attr, None)))
    except ImportError:
        pass
    names.add("Turkey")  # CLDR now writes Türkiye; news still writes Turkey
    return frozenset(sound_key(n) for n in names)


_LATIN_WORD = regex.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def name_of(type_: str, text: str) -> Name | None:
    """The Latin form of one mention, or None when nothing of it is Latin-comparable."""
    latin = latin_name(text, type_)  # English names pass, with Britain/UK as United Kingdom
    key = sound_key(latin)
    if not key or has_devanagari(latin):
        return None
    weight = TYPE_WEIGHT[type_]
    if type_ == "LOC" and key in _country_names():
        weight = COUNTRY_WEIGHT
    words = _LATIN_WORD.findall(latin.casefold())
    return Name(tuple(skeleton(key).split()), type_, weight * _rarity(words, type_))


def article_names(mentions: Iterable[tuple[str, str]]) -> list[Name]:
    """An article's distinct entities: a one-word name that is the last word of a longer name of the same
    article (Trump beside Donald Trump) is that name, not another entity."""
    found: dict[tuple[str, ...], Name] = {}
    for type_, text in mentions:
        name = name_of(type_, text)
        if name and (name.skeleton not in found or found[name.skeleton].weight < name.weight):
            found[name.skeleton] = name
    tails = {n.skeleton[-1] for n in found.values() if len(n.skeleton) > 1}
    return [n for n in found.values() if len(n.skeleton) > 1 or n.skeleton[0] not in tails]


# Hindi writes many compound names as one word where English spaces them (शिवसेना / Shiv Sena): a name also meets the
# start or the end of the other when their skeleton words, run together, are the same letters (``joined_match``).
JOINED_MIN_CONSONANTS = GLUED_MIN_CONSONANTS


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal skeletons, or the shorter name is the start or the end of the longer (Putin / Vladimir Putin,
    Kaziranga / Kaziranga National Park), word by word or with its words run together (``joined_match``)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < len(long_) and (long_[:len(short)] == short or long_[-len(short):] == short):
        return True
    return joined_match(a, b)


def joined_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the words of one name run together spell the start or the end of the other's run together, at word
    boundaries of both (``text.phonetic.glued_match``): ("svsn",) and ("sv", "sn") (शिवसेना, Shiv Sena)."""
    return glued_match(a, b)


def _head(name: Name) -> str:
    return name.skeleton[-1]


def corpus_factors(articles: Sequence[list[Name]]) -> dict[str, float]:
    """Down-weighting of names (by their last word) that many articles of this archive carry: a regional
    leader the background table does not know as common is common here."""
    df = Counter(h for names in articles for h in {_head(n) for n in names})
    total = len(articles)
    factors = {}
    for head, count in df.items():
        if count > max(MIN_COMMON_IN_CORPUS, 0.02 * total):  # a handful of articles says nothing
            factors[head] = min(1.0, max(RARITY_FLOOR, math.log(total / count) / math.log(50)))
    return factors


def evidence(a: list[Name], b: list[Name], numbers_a: Sequence[float], numbers_b: Sequence[float],
             factors: dict[str, float] | None = None, words_a: dict[str, float] | None = None,
             words_b: dict[str, float] | None = None, across: bool = False) -> Evidence:
    """What two articles share, weighed. Each entity of ``b`` is matched at most once; the rare Latin words
    (``latin_words``) count only outside the names matched (Putin is counted once, as an entity)."""
    factors = factors or {}

    def weight(name: Name) -> float:
        return name.weight * factors.get(_head(name), 1.0)

    used: set[int] = set()
    matched: set[str] = set()  # the skeleton words of the matched names
    score, strong = 0.0, 0
    for x in sorted(a, key=weight, reverse=True):
        best, best_w = None, 0.0
        for k, y in enumerate(b):
            if k in used or not names_match(x.skeleton, y.skeleton):
                continue
            # The English spelling knows how common a name is (min); a match across types (Putin / Patna share
            # a skeleton; the tagger may also misread a park as a person) counts half.
            w = min(weight(x), weight(y)) * (1.0 if x.type == y.type else 0.5)
            if w > best_w:
                best, best_w = k, w
        if best is not None:
            used.add(best)
            matched.update(x.skeleton)
            matched.update(b[best].skeleton)
            score += best_w
            strong += best_w >= STRONG_ENTITY
    smaller = min(sum(map(weight, a)), sum(map(weight, b))) or 1.0
    shared_numbers = set(numbers_a) & set(numbers_b)
    number_score = min(2.0, sum(number_weight(v) for v in shared_numbers))
    word_score = 0.0
    if words_a and words_b:
        word_score = word_evidence({k: w for k, w in words_a.items() if k not in matched}, words_b, across)
    return Evidence(score, strong, number_score, score / smaller, word_score)


KEY_LEAD_WORDS = 150  # index keys come from a text's headline and lead: a short report whole, a long one's top


def word_keys(text: str) -> list[str]:
    """The skeletons of the ``WORD_KEYS`` heaviest rare Latin words of a text's first ``KEY_LEAD_WORDS`` words
    (link index keys). Every article files them, and putting a word in Latin is the costly part: a long article's
    event is named in its headline and lead, and a short report (``SHORT_WORDS``) is read whole."""
    cut = [m.end() for m in islice(_TEXT_WORD.finditer(text), KEY_LEAD_WORDS)]
    words = latin_words(text if len(cut) < KEY_LEAD_WORDS else text[:cut[-1]])
    return sorted(words, key=lambda k: (-words[k], k))[:WORD_KEYS]


def sharing_pairs(names: Sequence[list[Name]], texts: Sequence[str] | None,
                  indices: Iterable[int]) -> set[tuple[int, int]]:
    """``(i, j)``, ``i < j`` among ``indices``: the pairs that share a strong name's first or last skeleton word, or
    one of the heaviest rare Latin words of ``texts`` (``word_keys``), when given. A key of more than
    ``MAX_ARTICLES_PER_HEAD`` articles proposes no pairs (quadratic on a real archive, and it cannot pin an event)."""
    by_head: dict[str, set[int]] = defaultdict(set)
    for i in indices:
        for name in names[i]:
            if name.weight >= STRONG_ENTITY:  # a joinable pair shares at least one strong entity
                by_head[_head(name)].add(i)
                by_head[name.skeleton[0]].add(i)
                if len(name.skeleton) > 1:  # शिवसेना / Shiv Sena (``joined_match``)
                    by_head["".join(name.skeleton)].add(i)
        if texts is not None:
            for key in word_keys(texts[i]):
                by_head[key].add(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_head.values():
        if len(members) > MAX_ARTICLES_PER_HEAD:
            continue
        ordered = sorted(members)
        for x, i in enumerate(ordered):
            pairs.update((i, j) for j in ordered[x + 1:])
    return pairs


# A day both texts name (a resolved date expression: "from August 1", "1 अगस्त से"), other than the days they were
# written, weighs as a shared figure of 100 or more: a deadline, a polling day, the day a duty takes effect
# (session 14, docs/stories.md). Across languages only: one language's reports of a beat share its deadlines.
DATE_WEIGHT = 1.0


def cross_language_pairs(langs: Sequence[str], mentions: Sequence[Sequence[tuple[str, str]]],
                         numbers: Sequence[Sequence[float]], dated: Sequence[bool],
                         texts: Sequence[str] | None = None,
                         days: Sequence[dt.date | None] | None = None,
                         named_days: Sequence[frozenset[str]] | None = None) -> list[tuple[float, int, int]]:
    """``(score, i, j)`` for every pair of articles in different languages whose evidence is strong enough
    (the stricter bar when either is undated). Candidates share at least one entity head word, or one of the
    heaviest rare Latin words of ``texts`` (title and body), when given. With ``days``, two reports at most
    ``NEAR_DAY_MAX`` days apart are held to the near-day bar (``Evidence.strong_enough``). ``named_days``: the
    days (ISO) each text names other than its own (``stories.StoryInput.named_days``); each one two texts share
    adds ``DATE_WEIGHT`` to their numbers' weight (at most 2 in all, as for numbers)."""
    return cross_language_links(cross_language_evidence(langs, mentions, numbers, texts, named_days), dated, days)


def cross_language_evidence(langs: Sequence[str], mentions: Sequence[Sequence[tuple[str, str]]],
                            numbers: Sequence[Sequence[float]], texts: Sequence[str] | None = None,
                            named_days: Sequence[frozenset[str]] | None = None) -> dict[tuple[int, int], Evidence]:
    """``{(i, j): evidence}`` for every candidate pair of articles in different languages (``sharing_pairs``), the
    days both texts name counted as in ``cross_language_pairs``."""
    if len(set(langs)) < 2:
        return {}
    names = [article_names(m) for m in mentions]
    words = [latin_words(t) for t in texts] if texts is not None else [{} for _ in langs]
    factors = corpus_factors(names)
    candidates = {(i, j) for i, j in sharing_pairs(names, texts, range(len(langs))) if langs[i] != langs[j]}
    found = {(i, j): evidence(names[i], names[j], numbers[i], numbers[j], factors, words[i], words[j], across=True)
             for i, j in sorted(candidates)}
    if named_days is not None:
        for (i, j), e in found.items():
            if shared := len(named_days[i] & named_days[j]):
                found[(i, j)] = replace(e, number_score=min(2.0, e.number_score + DATE_WEIGHT * shared))
    return found


def cross_language_links(found: dict[tuple[int, int], Evidence], dated: Sequence[bool],
                         days: Sequence[dt.date | None] | None = None,
                         published: Sequence[bool] | None = None,
                         told: Sequence[tuple[int | None, int | None]] | None = None) -> list[tuple[float, int, int]]:
    """``cross_language_pairs`` from the pairs' evidence (``cross_language_evidence``). ``published``: whether
    each article's day is its publication day (its source's date or its URL's, not a day read from its text): two
    reports published more than ``PAIR_MAX_DAYS`` apart are no link (they may still join through other reports).
    ``told``: each article's day of the year (its date's, else the day and month its text tells without a year) and
    the weekday of its news; a pair with an undated side whose days of the year are at most ``TOLD_NEAR_DAYS`` apart
    on the calendar their weekdays keep is held to the near-day bar too (``told_factor``)."""
    from khabar.link.stories import DAY_FACTORS

    def near_factor(i: int, j: int) -> float | None:
        if days is None or days[i] is None or days[j] is None:
            return told_factor(told[i], told[j]) if told is not None else None
        gap = abs((days[i] - days[j]).days)  # type: ignore[operator]
        return next((f for d, f in DAY_FACTORS if gap <= d), None) if gap <= NEAR_DAY_MAX else None

    best: defaultdict[int, float] = defaultdict(float)
    for (i, j), e in found.items():
        best[i], best[j] = max(best[i], e.score), max(best[j], e.score)
    at_best = Counter(k for (i, j), e in found.items() for k in (i, j) if e.score == best[k])
    pairs = []
    for (i, j), e in found.items():
        if published is not None and days is not None and published[i] and published[j] \
                and abs((days[i] - days[j]).days) > PAIR_MAX_DAYS:  # type: ignore[operator]
            continue
        # Each side's one best match (no tie), when either is undated: what dates would tell, the two texts'
        # preference for each other tells instead (two summits of one cast: each report prefers its own).
        mutual = (not (dated[i] and dated[j]) and e.score >= MUTUAL_BAR
                  and e.entity_score + e.word_score >= NEAR_DAY_NAMES
                  and e.word_score + e.number_score >= MUTUAL_BEYOND_NAMES
                  and all(e.score == best[k] and at_best[k] == 1 for k in (i, j)))
        if not mutual and not e.strong_enough(dated[i] and dated[j], near_factor(i, j)):
            continue
        # Nothing dates an undated article, so it goes only with its best matches in the other language: the
        # report of this year's summit, not also last year's that names the same leaders and places. (Two
        # near-best matches a year apart cannot both join: the first dates the group, the date guard refuses
        # the second.)
        if any(not dated[k] and e.score < NEAR_BEST * best[k] for k in (i, j)):
            continue
        pairs.append((e.score, i, j))
    return pairs


# Session 30: a full-length report without a year still tells its day and month ("MORBI, Oct 31", "नई दिल्ली, 23
# मई") and the weekday of its news ("on Sunday"). Two reports of the two languages whose days of the year (a dated
# one's own) are at most TOLD_NEAR_DAYS apart, with weekdays that fall as those days do (when both are known), are
# held to the near-day bar of that gap as two dated reports are: the same day and month and the same weekday is one
# year in seven or so, and the pair's own names and words must still reach the bar.
TOLD_NEAR_DAYS = 1


def told_factor(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> float | None:
    """The near-day factor (``stories.DAY_FACTORS``) of two reports by ``(day of the year, weekday)``: None unless
    both days are known, at most ``TOLD_NEAR_DAYS`` apart, and the weekdays (when both are known) as far apart."""
    from khabar.link.stories import DAY_FACTORS

    (day_a, weekday_a), (day_b, weekday_b) = a, b
    if day_a is None or day_b is None:
        return None
    shift = (day_a - day_b + 183) % 366 - 183  # the short way round the year
    if abs(shift) > TOLD_NEAR_DAYS:
        return None
    if weekday_a is not None and weekday_b is not None and (weekday_a - weekday_b - shift) % 7:
        return None
    return next(f for d, f in DAY_FACTORS if abs(shift) <= d)


# Short reports (a headline and a paragraph or two: search excerpts, agency briefs) of one language say too little
# for the word cosine: two excerpts of one event written from different angles score about 0.2 where the story
# threshold is 0.32. Two such reports dated at most SHORT_MAX_DAYS apart also join on what they share by name:
# entities, rare words and numbers (``evidence``) reaching SHORT_BAR divided by the date factor of their gap (2.0 the
# same day, 2.9 the next). Two count reports (headlines with a figure of the infected, the dead...:
# ``counts.counted_in``) join this way only the same day: a state's daily count is one story a day (three Bihar
# counts of 29-31 March share the state, its districts and the running total). An undated report never joins so.
SHORT_WORDS = 120
SHORT_BAR = 2.0
SHORT_MAX_DAYS = 3


def short_report_pairs(langs: Sequence[str], mentions: Sequence[Sequence[tuple[str, str]]],
                       numbers: Sequence[Sequence[float]], texts: Sequence[str], body_words: Sequence[int],
                       days: Sequence[dt.date | None],
                       titles: Sequence[str | None] | None = None) -> list[tuple[float, int, int]]:
    """``(score, i, j)`` for pairs of short reports (``SHORT_WORDS`` body words at most) of one language, dated
    at most ``SHORT_MAX_DAYS`` apart (two count reports, by their ``titles``: the same day), whose shared names,
    rare words and numbers reach ``SHORT_BAR`` divided by the date factor of their gap."""
    from khabar.link.counts import counted_in
    from khabar.link.stories import DAY_FACTORS

    counts = [bool(titles and titles[i] and counted_in(titles[i])) for i in range(len(langs))]

    short = [i for i in range(len(langs)) if body_words[i] <= SHORT_WORDS and days[i] is not None]
    if len(short) < 2:
        return []
    chosen = set(short)
    names = [article_names(mentions[i]) if i in chosen else [] for i in range(len(langs))]
    factors = corpus_factors([names[i] for i in short])
    pairs = []
    for i, j in sorted(sharing_pairs(names, texts, short)):
        gap = abs((days[i] - days[j]).days)  # type: ignore[operator]
        if langs[i] != langs[j] or gap > (0 if counts[i] and counts[j] else SHORT_MAX_DAYS):
            continue
        e = evidence(names[i], names[j], numbers[i], numbers[j], factors, latin_words(texts[i]),
                     latin_words(texts[j]))
        factor = next(f for d, f in DAY_FACTORS if gap <= d)
        if e.entity_score + e.word_score >= NEAR_DAY_NAMES and e.score >= SHORT_BAR / factor:
            pairs.append((e.score, i, j))
    return pairs


# A group of short reports none of which has a date (a report alone, or two that joined each other) goes, after
# grouping, to the dated group that matches it clearly best. A group's match is the sum of the ``evidence`` of every
# pair between its members and the group's (either language; session 11: the best pair alone, before, let one
# strong pair decide and left most undated excerpts alone, though each of their event's reports shares a little
# with them): at least ATTACH_BAR, the runner-up group's under ATTACH_MARGIN of it. A dated group the undated
# group's texts bound away in time (written before it happened, or well after: ``windows``) is no match. The
# clearest attachment is made first and the sums are taken again, so that a second undated report of the event
# meets the first in its group. Two undated groups that are each other's clear match, and whose texts' days and
# weekdays agree, join each other (session 18). Each joins whole, to one group, after every other link: it can
# neither bridge two groups nor date one.
ATTACH_BAR = 2.0
ATTACH_MARGIN = 0.75
ATTACH_SIZE_POWER = 0.25
# Days an undated text's bounds (``text_days.writing_bounds``) may lie before its event's earliest report (a day's
# report is of the day before) and after its latest (follow-ups), as days of the year.
ATTACH_EARLY_DAYS, ATTACH_LATE_DAYS = 1, 7
# Two undated groups whose texts tell their days (a dateline's "Oct 12") more than this many days of the year apart
# report two events (the story window, ``stories.MAX_DAYS_APART``).
UNDATED_PAIR_DAYS = 7


@cache
def _last_month_pattern() -> regex.Pattern[str]:
    phrases = sorted({p for data in load_all("attach").values() for p in data.get("last_month", [])}, key=len,
                     reverse=True)
    if not phrases:
        return regex.compile(r"(?!)")
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(p) for p in phrases) + r")(?![\p{L}\p{M}])",
                         regex.IGNORECASE)


def tells_last_month(text: str) -> bool:
    """Whether ``text`` says its event happened last month (``last_month`` of ``lang/xx/attach.json``: "the crash
    last month", "पिछले महीने दुर्घटनाग्रस्त हुए विमान"): written in a later calendar month than its event."""
    return _last_month_pattern().search(text) is not None


def _phrases(key: str) -> list[str]:
    return sorted({p for data in load_all("attach").values() for p in data.get(key, [])}, key=len, reverse=True)


def _alternation(phrases: list[str]) -> str:
    return "|".join(regex.escape(p) for p in phrases) or "(?!)"


@cache
def _office_pattern() -> regex.Pattern[str]:
    """A title right before the end of a text: ``head`` (a head of government's title, with ``former`` when a
    former, then or deputy mark stands before it, up to three capitalised words between: former Bihar chief
    minister) or ``opposition``."""
    edge = r"(?<![\p{L}\p{M}])"
    return regex.compile(
        rf"{edge}(?:(?P<former>{_alternation(_phrases('former_office'))})"
        r"(?:[\s-]+\p{Lu}[\p{L}\p{M}]*){0,3}[\s-]*)?"
        rf"(?:(?P<head>{_alternation(_phrases('head_of_government'))})|"
        rf"(?P<opposition>{_alternation(_phrases('opposition_leader'))}))(?:\s*[\p{{L}}\p{{M}}]{{1,3}}\.)*\s*$")


OFFICE_CONTEXT = 60  # characters before a name searched for its title (initials may stand between)
OFFICE_SURNAME = 3  # the fewest letters of a surname's skeleton


def office_roles(text: str, mentions: Sequence[tuple[str, str]]) -> frozenset[tuple[tuple[str, ...], str]]:
    """``_office_roles`` of a text and its mentions, remembered: the story step asks for them for every input of the
    candidate window at each add, twice."""
    return _office_roles(text, tuple(mentions))


@lru_cache(maxsize=4096)
def _office_roles(text: str, mentions: tuple[tuple[str, str], ...]) -> frozenset[tuple[tuple[str, ...], str]]:
    """``(name, role)`` for each person the text titles right before the name (``lang/xx/attach.json``):
    ``head`` for a head of government's title ("Chief Minister M.K. Stalin", "मुख्यमंत्री पलानीस्वामी"), ``out``
    for the opposition leader's or a former head's ("Opposition leader M.K. Stalin", "तत्कालीन मुख्यमंत्री ...").
    The name is its Latin skeleton (``name_of``), so that both scripts meet (``names_match``). A name the text
    titles both ways (a former prime minister Singh beside a chief minister Singh) is left out."""
    found = set()
    pattern = _office_pattern()
    for type_, name_text in dict.fromkeys(mentions):  # a name mentioned five times is read once: the same roles
        if type_ != "PER":
            continue
        name = name_of(type_, name_text)
        if name is None or len(name.skeleton[-1]) < OFFICE_SURNAME:
            continue  # an initial tagged alone (the एम of एम.के. स्टालिन)
        start = text.find(name_text)
        while start >= 0:
            match = pattern.search(text[max(0, start - OFFICE_CONTEXT):start])
            if match:
                found.add((name.skeleton, "out" if match.group("opposition") or match.group("former") else "head"))
            start = text.find(name_text, start + 1)
    return frozenset((name, role) for name, role in found
                     if not any(other != role and names_match(name, key) for key, other in found))


Offices = AbstractSet[tuple[tuple[str, ...], str]]  # ``office_roles``: (a name's skeleton, its role)


def offices_conflict(a: Offices, b: Offices) -> bool:
    """Whether one person is head of government in one set of ``office_roles`` and out of that office in the
    other: the two texts were written at different times (an opposition leader became chief minister). A name
    titled both ways on one side (its members disagree, or two people share a surname) decides nothing."""
    def clear(roles: Offices) -> list[tuple[tuple[str, ...], str]]:
        return [(name, role) for name, role in roles
                if not any(other != role and names_match(name, key) for key, other in roles)]

    theirs = clear(b)
    return any(role != other and names_match(name, key) for name, role in clear(a) for key, other in theirs)


def next_month_start(day_of_year: int) -> int:
    """The day of the year (of a leap year, as ``StoryInput.day_of_year``) on which the month after the month of
    ``day_of_year`` begins (1 January after December)."""
    day = dt.date(2020, 1, 1) + dt.timedelta(days=day_of_year - 1)
    following = dt.date(2020, day.month + 1, 1) if day.month < 12 else dt.date(2020, 1, 1)
    return following.timetuple().tm_yday


def window_allows(window: tuple[int | None, int | None], first: int, last: int) -> bool:
    """Whether a text written within ``window`` (days of the year; None: open) can report an event whose reports
    are dated ``first`` to ``last`` (days of the year): not written before the event, nor long after."""
    def after(x: int, y: int) -> int:  # how far x lies after y, the short way round the year
        return (x - y + 183) % 366 - 183

    low, high = window
    if high is not None and after(first, high) > ATTACH_EARLY_DAYS:
        return False
    return low is None or after(low, last) <= ATTACH_LATE_DAYS


def undated_attachments(langs: Sequence[str], mentions: Sequence[Sequence[tuple[str, str]]],
                        numbers: Sequence[Sequence[float]], texts: Sequence[str], body_words: Sequence[int],
                        days: Sequence[dt.date | None], group_of: Sequence[int],
                        movable: set[int] | None = None,
                        windows: Sequence[tuple[int | None, int | None]] | None = None,
                        weekdays: Sequence[int | None] | None = None,
                        leads: Sequence[tuple[tuple[tuple[str, str], ...], tuple[float, ...], str] | None]
                        | None = None,
                        nearest: Sequence[int | None] | None = None,
                        last_month: Sequence[bool] | None = None,
                        offices: Sequence[Offices] | None = None) -> list[tuple[int, int]]:
    """``(g, h)``: the group ``g`` of undated short reports belongs to the dated group ``h`` (values of
    ``group_of``, which gives each article's group), or to the undated group ``h`` when each of the two is the
    other's clear match and their days do not disagree (``UNDATED_PAIR_DAYS``). Only groups in ``movable`` move,
    when it is given. ``windows``: each article's days of writing as days of the year
    (``StoryInput.writing_window``); ``weekdays``: the weekday each names for its event
    (``StoryInput.event_weekday``).

    ``leads`` (session 23): each article's ``lead_signals``. When given, an undated group of full-length reports is
    scored too, on their leads' names, figures and words in place of the whole report's (a last paragraph that
    recalls an older event of the same cast names what that event's reports name), and it moves only where the
    words agree: each full-length report's ``nearest`` report by words lies in the destination or among the movers.

    ``last_month`` (session 30): whether each text says its event happened last month (``tells_last_month``). Such
    a report is written in a month after its event's, so a dated group whose days lie more than ``ATTACH_LATE_DAYS``
    before the next month begins is no match (the preliminary report on a crash, a month later, is not the crash's
    story).

    ``offices`` (session 31): each text's ``office_roles``. A group whose texts title a person head of government
    while the other group's title the same person out of that office (or the other way round) is of another time,
    and no match."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, group in enumerate(group_of):
        members[group].append(i)
    dated_groups = {group_of[j] for j in range(len(langs)) if days[j] is not None}
    # Every undated group of short reports (with ``leads``, of any reports) is scored (a group that stays put may
    # still be drawn elsewhere: see ``clear_best``); only those in ``movable`` move.
    short_undated = [g for g, ids in members.items()
                     if g not in dated_groups and (leads is not None or all(body_words[i] <= SHORT_WORDS for i in ids))]
    undated = [g for g in short_undated if movable is None or g in movable]
    if not undated:
        return []
    if leads is not None:  # a full-length report is read by its lead
        mentions, numbers, texts = list(mentions), list(numbers), list(texts)
        for i, lead in enumerate(leads):
            if lead is not None and body_words[i] > SHORT_WORDS:
                mentions[i], numbers[i], texts[i] = lead
    names = [article_names(m) for m in mentions]
    factors = corpus_factors(names)
    neighbours: dict[int, set[int]] = defaultdict(set)  # only articles that share a name or a rare word can score
    for i, j in sharing_pairs(names, texts, range(len(langs))):
        neighbours[i].add(j)
        neighbours[j].add(i)
    scores: dict[int, list[tuple[int, float]]] = {}
    own: dict[int, float] = defaultdict(float)  # what an undated group's reports share with each other
    for g in short_undated:
        found = []
        for i in members[g]:
            for j in sorted(neighbours[i]):
                if group_of[j] == g and j <= i:
                    continue
                e = evidence(names[i], names[j], numbers[i], numbers[j], factors, latin_words(texts[i]),
                             latin_words(texts[j]), across=langs[i] != langs[j])
                # Within one language, rare words put in Latin are a blurred copy of the words the cosine already
                # compared, and two summits share बैठक, मुलाकात, चर्चा, रक्षा, सहयोग in them (a Modi–Starmer call
                # went to a Putin–Kim meeting on them): they count across languages only.
                score = e.score if langs[i] != langs[j] else e.score - e.word_score
                if group_of[j] == g:
                    own[g] += score
                else:
                    found.append((j, score))
        scores[g] = found
    group = list(group_of)
    dated_days: dict[int, list[int]] = defaultdict(list)  # a dated group's days of the year
    for j, day in enumerate(days):
        if day is not None:
            dated_days[group[j]].append(dt.date(2020, day.month, day.day).timetuple().tm_yday)  # as the windows

    def allowed(g: int, h: int) -> bool:
        if offices is not None and offices_conflict(frozenset().union(*(offices[i] for i in members[g])),
                                                    frozenset().union(*(offices[j] for j in members[h]))):
            return False  # one person in office in one group's texts and out of it in the other's
        if windows is None:
            return True
        first, last = _first_last(dated_days[h])
        if last_month is not None and any(last_month[i] for i in members[g]) \
                and not window_allows((next_month_start(first), None), first, last):
            return False
        return all(window_allows(windows[i], first, last) for i in members[g])

    def dated_pull(u: int) -> tuple[int, float] | None:
        """The dated group the undated group ``u`` matches best (ranked as in ``clear_best``), with its sum."""
        by_group: dict[int, float] = defaultdict(float)
        for j, score in scores[u]:
            if group[j] in dated_days and group[j] != u:
                by_group[group[j]] += score
        ranked = sorted(((h, v / len(members[h]) ** ATTACH_SIZE_POWER) for h, v in by_group.items()
                         if allowed(u, h)), key=lambda kv: (-kv[1], kv[0]))
        return (ranked[0][0], by_group[ranked[0][0]]) if ranked else None

    def clear_best(movers: list[int], clear: bool = True) -> tuple[int, float, float] | None:
        """The group the undated groups ``movers`` (together) clearly match best, with its ranked score and its
        sum: their summed evidence with each other group (their own pairs left out), ranked per report.
        ``clear=False``: the best, however close the runner-up."""
        by_group: dict[int, float] = defaultdict(float)
        # each group's strongest single pair with a report of its own date: an undated report attached in this
        # loop is there by inference, and whether it moved first must not decide another's move (session 17)
        strongest: dict[int, float] = defaultdict(float)
        for g in movers:
            for j, score in scores[g]:
                if group[j] not in movers:
                    by_group[group[j]] += score
                    if days[j] is not None:
                        strongest[group[j]] = max(strongest[group[j]], score)
        # An undated group that a dated group draws at least as much as the movers do (``ATTACH_BAR`` at least) is
        # no destination of its own: it goes there, or stays alone. Another undated report of the same event no
        # longer stands as the runner-up of the event's dated group (session 13, round 2).
        for u in [u for u in by_group if u not in dated_days and u in scores]:
            pull = dated_pull(u)
            if pull is not None and pull[1] >= max(ATTACH_BAR, by_group[u]):
                del by_group[u]
                strongest.pop(u, None)
        # Ranked per report, by the sum over the group's size to the power ATTACH_SIZE_POWER: a large group
        # of the same cast (four reports of last year's final) must not outweigh this event's two reports by
        # its size alone, nor one report that shares the most outweigh a group whose every report shares.
        ranked = sorted(((h, v / len(members[h]) ** ATTACH_SIZE_POWER) for h, v in by_group.items()
                         if h not in dated_days or all(allowed(g, h) for g in movers)),
                        key=lambda kv: (-kv[1], kv[0]))
        if not ranked or by_group[ranked[0][0]] < ATTACH_BAR:
            return None
        if not clear:
            return ranked[0][0], ranked[0][1], by_group[ranked[0][0]]
        if len(ranked) > 1 and ranked[1][1] >= ATTACH_MARGIN * ranked[0][1]:
            return None
        # Two signals must agree: a group that wins on its reports' sum while another dated group holds the
        # single closest report is a follow-up of the same cast (the White House talks three days after the
        # Alaska summit), not a clear match.
        if any(strongest[h] > strongest[ranked[0][0]] for h, _ in ranked[1:] if h in dated_days):
            return None
        if not words_agree(movers, ranked[0][0]):
            return None
        return ranked[0][0], ranked[0][1], by_group[ranked[0][0]]

    def words_agree(movers: list[int], h: int) -> bool:
        """Whether each full-length report among the movers has its nearest report by words (``nearest``) in ``h``
        or among the movers: its names are those of a cast, its words tell which of the cast's events it reports."""
        if nearest is None:
            return True
        return all(body_words[i] <= SHORT_WORDS or (k := nearest[i]) is None or group[k] == h or group[k] in movers
                   for g in movers for i in members[g])

    def days_agree(a: int, b: int) -> bool:
        """Whether two undated groups' days can be one event's: the days of the year their texts tell
        (``windows`` of a single day) within ``UNDATED_PAIR_DAYS`` of each other, and, when both name their
        event's weekday, weekdays at most a day apart (an event and the next day's report of it)."""
        told = [{w[0] for i in members[g] if windows is not None and (w := windows[i])[0] is not None
                 and w[0] == w[1]} for g in (a, b)]
        if any(_days_of_year_gap(x, y) > UNDATED_PAIR_DAYS for x in told[0] for y in told[1]):
            return False
        named = [{w for i in members[g] if weekdays is not None and (w := weekdays[i]) is not None} for g in (a, b)]
        return not (named[0] and named[1]) or any(min((x - y) % 7, (y - x) % 7) <= 1
                                                for x in named[0] for y in named[1])

    out = []
    waiting = set(undated)
    while waiting:
        best_move = None
        for g in sorted(waiting):
            found = clear_best([g])
            movers = [g]
            # Two undated reports of one event (often one in each language) match each other best: each stood
            # in the way of the other's match. When each is the other's best, the two are ranked together and
            # go, both, to the dated group they clearly match together, when it draws them at least as much as
            # they draw each other (else they may report an event none of whose reports is here). With no such
            # dated group, they join only each other when each is the other's clear match and their days agree
            # (``days_agree``, session 18: in a text-only archive most groups have no date to go to).
            best = clear_best([g], clear=False)
            if best is not None and best[0] in waiting and best[0] != g:
                other = best[0]
                mutual = clear_best([other], clear=False)
                found = clear_best([g, other]) if mutual is not None and mutual[0] == g else None
                if found is not None and found[2] < best[2]:
                    found = None
                movers = [g, other]
            if found is None or found[0] not in dated_days:
                # No dated group draws it: a group of two or more reports goes to the undated group of two or more
                # that is its clear match when it is that group's clear match too and their days agree (in a
                # text-only archive most groups are undated). A lone undated report still needs a dated group:
                # one follow-up a week later (relief after a flood) is each other's best with the event it follows.
                # The other group need not be free to move (a stored group of two undated reports, seen from a
                # new report's link step).
                ahead = clear_best([g])
                if ahead is None or ahead[0] not in scores or min(len(members[g]), len(members[ahead[0]])) < 2:
                    continue
                back = clear_best([ahead[0]])
                if back is None or back[0] != g or not days_agree(g, ahead[0]):
                    continue
                found, movers = ahead, [g]
            # A group of undated reports that share more with each other than with the dated group reports an
            # event of its own (a Zelensky-Trump call that names Putin beside a Putin-Kim summit), as two undated
            # reports that draw each other more than the dated group do (above): it stays (session 17).
            if sum(own[m] for m in movers) > found[2]:
                continue
            if best_move is None or found[1] > best_move[0]:
                best_move = (found[1], movers, found[0])
        if best_move is None:
            break
        _, movers, h = best_move
        for g in movers:
            waiting.discard(g)
            out.append((g, h))
            for i in members[g]:
                group[i] = h
            members[h] = members.get(h, []) + members[g]
            if h in scores:  # an undated group that took another: its reports' pairs are the group's
                scores[h] = [(j, v) for j, v in scores[h] + scores[g] if group[j] != h]
                own[h] += own[g]
    return out


def _days_of_year_gap(a: int, b: int) -> int:
    gap = abs(a - b)
    return min(gap, 366 - gap)


def _first_last(days_of_year: list[int]) -> tuple[int, int]:
    """The earliest and latest of a group's days of the year; a group's dates lie within a week, so one whose days
    are more than half a year apart spans the new year (late December, then early January)."""
    low, high = min(days_of_year), max(days_of_year)
    if high - low > 183:
        return min(d for d in days_of_year if d > 183), max(d for d in days_of_year if d <= 183)
    return low, high


def reclaimed_undated(langs: Sequence[str], mentions: Sequence[Sequence[tuple[str, str]]],
                      numbers: Sequence[Sequence[float]], texts: Sequence[str], body_words: Sequence[int],
                      days: Sequence[dt.date | None], group_of: Sequence[int],
                      apart: Callable[[int, int, int], bool], movable: set[int] | None = None) -> list[tuple[int, int]]:
    """``(i, h)``: the undated short report ``i``, which the word cosine put in a group of its language with dated
    reports, belongs to the dated group ``h`` instead, which its reports in the other language claim clearly.

    With dates given, an undated report that the words of its language draw to a group of one occasion takes that
    group's days, and the date guard then refuses it every report of another occasion, however much more those
    share with it (an undated Hindi report of a fuel-tax cut joined last year's cut on its words; the English report
    of its own cut shares its names, rare words and both figures). Without dates, no group has days to refuse it.
    Here the report's evidence (``evidence``, as ``undated_attachments`` sums it: within one language names and
    numbers only) is summed over each dated group's reports, its own group without it, ranked per report
    (``ATTACH_SIZE_POWER``); it moves when another group ``h`` is its clear best (``ATTACH_BAR``, the runner-up,
    its own group included, under ``ATTACH_MARGIN``), holds its single strongest pair with a dated report and that
    pair is across languages (within one language the word cosine has already decided), owes at least
    ``MUTUAL_BEYOND_NAMES`` of the claim to shared figures (names and rare words are what one cast's two occasions
    share, and the report's rare words count across languages only, not with its own group), and ``apart(i, g, h)``: its
    own group ``g`` without it and ``h`` can never be one story, while ``h`` takes it. ``movable``: the reports that
    may move (all when None). Every move is decided on the groups as they were."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, group in enumerate(group_of):
        members[group].append(i)
    dated_groups = {group_of[j] for j in range(len(langs)) if days[j] is not None}
    candidates = [i for i in range(len(langs)) if days[i] is None and body_words[i] <= SHORT_WORDS
                  and group_of[i] in dated_groups and (movable is None or i in movable)
                  and any(langs[j] == langs[i] and days[j] is not None for j in members[group_of[i]])]
    if not candidates:
        return []
    names = [article_names(m) for m in mentions]
    factors = corpus_factors(names)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for i, j in sharing_pairs(names, texts, range(len(langs))):
        neighbours[i].add(j)
        neighbours[j].add(i)
    out = []
    for i in candidates:
        own = group_of[i]
        by_group: dict[int, float] = defaultdict(float)
        figures: dict[int, float] = defaultdict(float)  # of it, what shared figures give
        strongest: tuple[float, int, bool] = (0.0, -1, False)  # score, group, across languages
        for j in sorted(neighbours[i]):
            if group_of[j] not in dated_groups:
                continue
            across = langs[i] != langs[j]
            e = evidence(names[i], names[j], numbers[i], numbers[j], factors, latin_words(texts[i]),
                         latin_words(texts[j]), across=across)
            score = e.score if across else e.score - e.word_score
            by_group[group_of[j]] += score
            figures[group_of[j]] += e.number_score
            if days[j] is not None and score > strongest[0]:
                strongest = (score, group_of[j], across)
        size = {g: len(members[g]) - (g == own) for g in by_group}
        ranked = sorted(((g, v / size[g] ** ATTACH_SIZE_POWER) for g, v in by_group.items() if size[g]),
                        key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][0] == own or by_group[ranked[0][0]] < ATTACH_BAR:
            continue
        h = ranked[0][0]
        if figures[h] < MUTUAL_BEYOND_NAMES:
            continue  # names and words are what one cast's two occasions share
        if len(ranked) > 1 and ranked[1][1] >= ATTACH_MARGIN * ranked[0][1]:
            continue
        if strongest[1] != h or not strongest[2] or not apart(i, own, h):
            continue
        out.append((i, h))
    return out
