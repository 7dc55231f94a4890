"""Cross-language story links: a Hindi and an English report of the same event.

Word vectors cannot meet across scripts, so the evidence here is what survives translation:

- named entities, compared in Latin: a Hindi name goes through ``latin_name`` (known name, else transliteration)
  and both sides through ``phonetic_key``; names match on their consonant skeleton, and a surname alone (पुतिन,
  Putin) matches the full name (Vladimir Putin). Each shared entity weighs by its type (a person or an organisation
  pins an event, a city less, a country hardly) times its rarity: the background document frequency of its Latin
  name in English text (``lang/en/idf.json``: Trump and India are everywhere, Starmer and Peskov are not), lowered
  again when the name is in many articles of the archive being grouped;
- distinctive numbers: quantity values of 10 and up (13,000 people, 19 districts), not 1 or 2;
- dates: the caller keeps the story date window; an undated pair must bring stronger evidence.

A pair joins only on strong evidence: several shared distinctive entities, or entities plus a shared number, and
the shared entities must be a good part of what the shorter report names (two long reports that only share the
usual cast of a region stay apart).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from khabar.link.latin import everyday_names, latin_name, phonetic_key, skeleton
from khabar.model import Analysis
from khabar.text.keys import has_devanagari

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


@dataclass(frozen=True, slots=True)
class Name:
    """One entity of an article, in Latin: its skeleton words, type and weight (before corpus frequency)."""

    skeleton: tuple[str, ...]
    type: str
    weight: float


@dataclass(frozen=True, slots=True)
class Evidence:
    entity_score: float
    strong_entities: int
    number_score: float
    coverage: float

    def strong_enough(self, dated: bool) -> bool:
        factor = 1.0 if dated else UNDATED_FACTOR
        if self.coverage < MIN_COVERAGE:
            return False
        by_entities = self.entity_score >= ENTITY_BAR * factor and self.strong_entities >= 2
        with_numbers = (self.entity_score >= ENTITY_WITH_NUMBERS_BAR * factor and self.strong_entities >= 1
                        and self.number_score >= NUMBER_BAR * factor)
        return by_entities or with_numbers

    @property
    def score(self) -> float:
        return self.entity_score + self.number_score


def cross_signals(analysis: Analysis) -> tuple[tuple[tuple[str, str], ...], tuple[float, ...]]:
    """What ``StoryInput`` carries for cross-language linking: ``((type, name), ...)`` of the article's mentions
    (news agencies left out: PTI is in every story it wires) and its distinctive quantity values."""
    agencies = {a.casefold() for a in analysis.agencies}
    names = tuple(sorted({(m.type, m.text) for m in analysis.mentions
                          if m.type in TYPE_WEIGHT and m.text.casefold() not in agencies}))
    return names, distinctive_numbers(q.value for q in analysis.quantities if not q.ordinal)


def distinctive_numbers(values: Iterable[float]) -> tuple[float, ...]:
    return tuple(sorted({float(v) for v in values if abs(v) >= MIN_NUMBER}))


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
    return frozenset(phonetic_key(n) for n in names)


_LATIN_WORD = regex.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def name_of(type_: str, text: str) -> Name | None:
    """The Latin form of one mention, or None when nothing of it is Latin-comparable."""
    latin = latin_name(text, type_)  # English names pass, with Britain/UK as United Kingdom
    key = phonetic_key(latin)
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


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal skeletons, or the shorter name is the start or the end of the longer (Putin / Vladimir Putin,
    Kaziranga / Kaziranga National Park)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long_) and (long_[:len(short)] == short or long_[-len(short):] == short)


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
             factors: dict[str, float] | None = None) -> Evidence:
    """What two articles share, weighed. Each entity of ``b`` is matched at most once."""
    factors = factors or {}

    def weight(name: Name) -> float:
        return name.weight * factors.get(_head(name), 1.0)

    used: set[int] = set()
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
            score += best_w
            strong += best_w >= STRONG_ENTITY
    smaller = min(sum(map(weight, a)), sum(map(weight, b))) or 1.0
    shared_numbers = set(numbers_a) & set(numbers_b)
    number_score = min(2.0, sum(number_weight(v) for v in shared_numbers))
    return Evidence(score, strong, number_score, score / smaller)


def cross_language_pairs(langs: Sequence[str], mentions: Sequence[Sequence[tuple[str, str]]],
                         numbers: Sequence[Sequence[float]], dated: Sequence[bool]) -> list[tuple[float, int, int]]:
    """``(score, i, j)`` for every pair of articles in different languages whose evidence is strong enough
    (the stricter bar when either is undated). Candidates share at least one entity head word."""
    if len(set(langs)) < 2:
        return []
    names = [article_names(m) for m in mentions]
    factors = corpus_factors(names)
    by_head: dict[str, set[int]] = defaultdict(set)
    for i, article in enumerate(names):
        for name in article:
            if name.weight >= STRONG_ENTITY:  # a joinable pair shares at least one strong entity
                by_head[_head(name)].add(i)
                by_head[name.skeleton[0]].add(i)
    candidates: set[tuple[int, int]] = set()
    for members in by_head.values():
        if len(members) > MAX_ARTICLES_PER_HEAD:
            continue  # quadratic on a real archive; such a name cannot pin an event anyway
        ordered = sorted(members)
        for x, i in enumerate(ordered):
            for j in ordered[x + 1:]:
                if langs[i] != langs[j]:
                    candidates.add((i, j))
    found = {(i, j): evidence(names[i], names[j], numbers[i], numbers[j], factors) for i, j in sorted(candidates)}
    best = defaultdict(float)
    for (i, j), e in found.items():
        best[i], best[j] = max(best[i], e.score), max(best[j], e.score)
    pairs = []
    for (i, j), e in found.items():
        if not e.strong_enough(dated[i] and dated[j]):
            continue
        # Nothing dates an undated article, so it goes only with its best matches in the other language: the
        # report of this year's summit, not also last year's that names the same leaders and places. (Two
        # near-best matches a year apart cannot both join: the first dates the group, the date guard refuses
        # the second.)
        if any(not dated[k] and e.score < NEAR_BEST * best[k] for k in (i, j)):
            continue
        pairs.append((e.score, i, j))
    return pairs
