"""Names written with and without a head word that adds nothing (issue 13, session 16).

Two classes of split of one referent across reports:

- an acronym before a head word its own letters already write: सीबीएसई बोर्ड is CBSE, whose B is the board
  (``lang/hi/latin_words.json`` gives the head's English word); एसबीआई बैंक is SBI; or before an institution's head
  that one report already reads as the acronym's own (``acronym_body_heads``: एमजीएम अस्पताल is एमजीएम). An acronym
  of a place is not (यूपी पुलिस is no यूपी), nor one before another head (एनडीएमसी स्कूल).
- the home country's marker before a body every country has (केंद्रीय स्वास्थ्य मंत्रालय is स्वास्थ्य मंत्रालय, which
  alone is the home country's: ``containment``; session 17).
- a place before a region head (``descriptions.json`` ``region_heads``: राज्य, प्रांत) when the bare name is a region
  the lists know, or the head is a province's and the bare name is no city: हुबेई प्रांत is हुबेई, बिहार राज्य बिहार.
  वॉशिंगटन राज्य and न्यूयॉर्क राज्य stay apart from the cities (a GeoNames city of 100,000 or a city of the lists).

- a continent before the word महाद्वीप (session 31): दक्षिण अमेरिका महाद्वीप is दक्षिण अमेरिका.

- an honorific before the name of a body or place named after a person (``name_honorifics``: हजरत निजामुद्दीन मरकज
  is निजामुद्दीन मरकज, श्री गंगा राम अस्पताल गंगा राम अस्पताल), unless the rest is a name many towns have (राम मंदिर).

``bare_form(name, type_)`` gives the name without its head; the entity index files a name under its bare form's
key too (``entities._name_keys``, ``entities._evidence``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

from .latin import _latin_words, initials, latin_name
from .places import city_population, named_region


@cache
def _home_markers() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("public_bodies", {}).get("home_markers", []))


@cache
def _name_honorifics() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("name_honorifics", []))


@cache
def _region_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("region_heads", []))


@cache
def _region_heads_latin() -> dict[str, str]:
    return {match_key(k): v for k, v in load("hi", "descriptions").get("region_heads_latin", {}).items()}


def _body_head(word: str) -> bool:
    """An institution's head that an acronym is the short form of itself before (``acronym_body_heads``:
    अस्पताल, संस्थान, विश्वविद्यालय): एमजीएम अस्पताल is the एमजीएम of other reports, as in one report (``coref._is_part``)."""
    from khabar.analyse.entities import acronym_body_heads

    return (match_key(word),) in acronym_body_heads()


def _head_letter(word: str) -> str | None:
    loanwords, heads = _latin_words()
    key = match_key(word)
    english = heads.get(key) or loanwords.get(key)
    return english[:1].upper() if english else None


@lru_cache(maxsize=1 << 14)
def home_bare_form(name: str) -> str | None:
    """केंद्रीय स्वास्थ्य मंत्रालय -> स्वास्थ्य मंत्रालय, भारतीय विदेश मंत्रालय -> विदेश मंत्रालय: the home country's marker
    (``public_bodies.home_markers``) before a body every country has is the bare body, which alone is the home
    country's already (``containment``); session 17: the Union health ministry was two entities of 196 and 76
    mentions. केंद्र सरकार (one word left) is not सरकार. None for other names."""
    from .containment import is_public_body

    words = name.split()
    if len(words) < 3 or not has_devanagari(name) or match_key(words[0]) not in _home_markers():
        return None
    rest = " ".join(words[1:])
    return rest if is_public_body(rest) else None


# The word a continent's name is written with (दक्षिण अमेरिका महाद्वीप, यूरोप महाद्वीप): the name alone is the
# continent. Kept here, not under ``lang/hi/``, while every ``lang`` file but the link-only ones keys the analysis
# cache (``versions.LINK_ONLY_LANG``).
_CONTINENT_HEADS = frozenset(match_key(w) for w in ("महाद्वीप", "महादेश"))


@lru_cache(maxsize=1 << 14)
def bare_form(name: str, type_: str) -> str | None:
    """The name without a head word that adds nothing to it (सीबीएसई बोर्ड -> सीबीएसई, हुबेई प्रांत -> हुबेई) or an
    honorific before it (हजरत निजामुद्दीन मरकज -> निजामुद्दीन मरकज), else None."""
    if not has_devanagari(name):
        return None
    words = name.split()
    if type_ in ("ORG", "LOC") and len(words) >= 3 and match_key(words[0]) in _name_honorifics():
        from .common_names import is_local_name  # common_names imports coref, which imports this module

        rest = " ".join(words[1:])  # हजरत निजामुद्दीन मरकज -> निजामुद्दीन मरकज
        return None if is_local_name(rest) else rest  # श्री [राम मंदिर]: many towns have one
    if type_ == "ORG" and len(words) >= 3:
        return home_bare_form(name)
    if type_ == "LOC" and len(words) >= 2 and match_key(words[-1]) in _CONTINENT_HEADS:
        rest = " ".join(words[:-1])  # दक्षिण अमेरिका महाद्वीप -> दक्षिण अमेरिका
        place = lookup_place(rest)
        return rest if place is not None and place.kind == "continent" else None
    if len(words) != 2:
        return None
    first, head = words
    if type_ == "ORG":
        letters = initials(first)
        letter = _head_letter(head)
        if letters is None or not ((letter is not None and letter in letters) or _body_head(head)):
            return None
        if lookup_place(first) is not None or named_region(first) is not None:
            return None  # यूपी पुलिस is the state's police, not the state
        return first
    if type_ != "LOC" or match_key(head) not in _region_heads() or is_city_name(first):
        return None  # वॉशिंगटन राज्य is not the capital (``record.region_short_names``)
    place = lookup_place(first)
    if (place is not None and place.kind == "region") or _region_heads_latin().get(match_key(head)) == "Province":
        return first  # बिहार राज्य; हुबेई प्रांत (a province's name is rarely a city's: no list need know it)
    return None  # न्यूयार्क स्टेट: a bare name no list knows may be the city


# A bare name whose Latin form is a GeoNames city of this many people is that city before it is a region.
CITY_POPULATION = 100_000


@lru_cache(maxsize=1 << 14)
def is_city_name(name: str) -> bool:
    """A name the lists know as a city, or whose Latin form is a GeoNames city of ``CITY_POPULATION`` (वॉशिंगटन,
    वाशिंगटन, न्यूयॉर्क; not हुबेई, पंजाब)."""
    place = lookup_place(name)
    if place is not None and place.kind == "city":
        return True
    latin = place.name if place is not None else latin_name(name, "LOC")
    return city_population(latin) >= CITY_POPULATION
