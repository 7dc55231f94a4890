"""Institutions with a campus in many cities, in every form of their name (issue 13).

एम्स, आईआईटी, एनआईटी name a family of campuses (AIIMS Patna, IIT Jodhpur), and so do their full names
(अखिल भारतीय आयुर्विज्ञान संस्थान, भारतीय प्रौद्योगिकी संस्थान) and the English ones. ``lang/hi/descriptions.json``
lists each family's forms (``branch_families``) beside the bare acronyms (``branch_institutions``). A name is:

- *bare* when it is one of those forms and nothing more: it says which family, not which campus;
- a *campus* when it is one form and a city before or after it (पटना एम्स, एम्स ऋषिकेश, IIT रुड़की, अखिल भारतीय
  आयुर्विज्ञान संस्थान ऋषिकेश): one campus whichever form is written, so its key (``campus_key``) is the family and
  the city, not the words.

The coreference step joins a bare name to the one campus its report names (``coref._join_campus``); the entity
index files a campus under its key, so that एम्स ऋषिकेश finds अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश
(``entities._name_keys``).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import load
from khabar.text.keys import match_key

from .latin import known_latin


@cache
def _families() -> dict[str, str]:
    """``{match key of a form: family}``; the family is the match key of its first form. A bare acronym listed in
    ``branch_institutions`` and in no family is a family of its own (पीजीआई)."""
    data = load("hi", "descriptions")
    found: dict[str, str] = {}
    for forms in data.get("branch_families", []):
        keys = [match_key(f) for f in forms if match_key(f)]
        for k in keys:
            found.setdefault(k, keys[0])
    for w in data.get("branch_institutions", []):
        k = match_key(w)
        if k:
            found.setdefault(k, k)
    return found


@cache
def _forms_by_length() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each form as its key words, longest first: the longest form a name opens or ends with is the one read."""
    return tuple(sorted(((tuple(k.split()), f) for k, f in _families().items()), key=lambda x: -len(x[0])))


def family_of(name: str) -> str | None:
    """The family a bare name is one form of (``एम्स`` for AIIMS and अखिल भारतीय आयुर्विज्ञान संस्थान), else None."""
    return _families().get(match_key(name))


def bare_family(names: list[str] | set[str] | frozenset[str]) -> str | None:
    """The one family every name is a bare form of, else None (no names, or a name that is more than a form)."""
    found = {family_of(n) for n in names}
    if len(found) != 1 or None in found:
        return None
    return next(iter(found))


@lru_cache(maxsize=1 << 14)
def campus_parts(name: str) -> tuple[str, tuple[str, ...]] | None:
    """``(family, city words)`` of a campus name: a family's form with one or two words of a known place before or
    after it (पटना एम्स, एम्स ऋषिकेश, भारतीय प्रौद्योगिकी संस्थान गुवाहाटी), else None. The city is a place the
    lists know, by its spelling or its sound (ऋषिकेश); other words (एम्स अस्पताल, एम्स निदेशक) make no campus."""
    words = tuple(match_key(name).split())
    for form, family in _forms_by_length():
        n = len(form)
        if len(words) <= n or len(words) > n + 3:
            continue
        if words[:n] == form:
            rest = words[n:]
        elif words[-n:] == form:
            rest = words[:-n]
            if len(rest) > 1 and rest[-1] in _campus_words()["links"]:
                rest = rest[:-1]  # रायपुर के एम्स: the city and its link word (``city_before``)
        else:
            continue
        if len(rest) <= 2 and _is_city(" ".join(rest)):
            return family, rest
    return None


@lru_cache(maxsize=4096)
def _is_city(words: str) -> bool:
    if len(words) < 3 or words in _families():
        return False
    return lookup_place(words) is not None or known_latin(words, "LOC") is not None


@lru_cache(maxsize=4096)
def _city_key(words: tuple[str, ...]) -> str:
    """The city as its Latin name where the lists know it (पटना and Patna meet), else its key."""
    text = " ".join(words)
    place = lookup_place(text)
    if place is not None:
        return place.name.lower()
    latin = known_latin(text, "LOC")
    return latin.lower() if latin else text


def city_campus_key(family: str, city: str) -> str:
    """The ``campus_key`` of the campus of ``family`` in ``city`` (a place name as written)."""
    return f"c:{family}|{_city_key(tuple(match_key(city).split()))}"


def campus_key(name: str) -> str | None:
    """``c:`` the family and the city of a campus name (``campus_parts``), else None: one campus written with its
    acronym or its full name, the city before or after, has one key."""
    parts = campus_parts(name)
    if parts is None:
        return None
    family, city = parts
    return f"c:{family}|{_city_key(city)}"


@cache
def _campus_words() -> dict[str, frozenset[str]]:
    data = load("hi", "campuses")
    numbers = load("hi", "numbers").get("cardinals", {})
    cardinals = {match_key(w) for value, words in numbers.items() if value != "1" for w in words}
    return {
        "links": frozenset(match_key(w) for w in data.get("city_links", [])),
        "counting": frozenset(match_key(w).casefold() for w in data.get("counting_words", [])) | cardinals,
        "phrases": frozenset(match_key(w).casefold() for w in data.get("general_phrases", [])),
        "homes": frozenset(f"{family_of(f)}|{_city_key(tuple(match_key(c).split()))}"
                           for f, cities in data.get("home_cities", {}).items() for c in cities),
    }


def home_campus(name: str) -> bool:
    """Whether a campus name is the campus its family's bare name means (दिल्ली के एम्स: ``home_cities``)."""
    parts = campus_parts(name)
    return parts is not None and f"{parts[0]}|{_city_key(parts[1])}" in _campus_words()["homes"]


_WORDS_BEFORE = regex.compile(r"((?:[\p{L}\p{M}\p{N}']+[ \t]+){1,3})$")
_NUMBER = regex.compile(r"\p{N}+")


def _words_before(text: str, start: int) -> list[str]:
    """Up to three words right before ``start``, across spaces only (no punctuation between), as match keys."""
    found = _WORDS_BEFORE.search(text[max(0, start - 80):start])
    return [match_key(w) for w in found.group(1).split()] if found else []


def counted_before(text: str, start: int) -> bool:
    """Whether the bare family name at ``start`` is counted or generalised, so that it names no one campus: a
    number (छह, 22) or a word of ``counting_words`` right before it (छह अन्य एम्स, सभी एम्स, नए एम्स, other AIIMS),
    or a phrase of ``general_phrases`` (देश के एम्स). One (एक एम्स) is left alone: it is also the article "a"."""
    words = _words_before(text, start)
    if not words:
        return False
    data = _campus_words()
    last = words[-1].casefold()
    if last in data["counting"] or (_NUMBER.fullmatch(last) and last not in ("1", "१")):
        return True
    return any(" ".join(words[-n:]).casefold() in data["phrases"] for n in (2, 3) if len(words) >= n)


def city_before(text: str, start: int) -> int | None:
    """Where the city starts when a bare family name at ``start`` follows a known city and a link word of
    ``city_links`` (रायपुर के एम्स, पटना स्थित एम्स): the name with the city is that one campus. Else None."""
    base = max(0, start - 80)
    found = _WORDS_BEFORE.search(text[base:start])
    if found is None:
        return None
    spans = [(base + found.start(1) + w.start(), w.group()) for w in _WORD_ITEM.finditer(found.group(1))]
    if len(spans) < 2 or match_key(spans[-1][1]) not in _campus_words()["links"]:
        return None
    for n in (2, 1):
        if len(spans) - 1 >= n and _is_city(match_key(" ".join(w for _, w in spans[-1 - n:-1]))):
            return spans[-1 - n][0]
    return None


_WORD_ITEM = regex.compile(r"[\p{L}\p{M}\p{N}']+")
