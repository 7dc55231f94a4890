"""The region a place lies in, for threads: Patna, पटना and बिहार are all in Bihar.

A name is looked up in the Hindi regions list (``lang/hi/regions.json``: यूपी, हरियाणा), then in khabar's
gazetteers (``analyse.gazetteer``: CLDR, ISO 3166-2, GeoNames). A state is its own region; an Indian city is the
region GeoNames files it under (``lang/en/regions.json``); a country is itself. Anything else (a city abroad, an
unknown name) has no region here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import geonames_cities, load
from khabar.text.keys import match_key


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@cache
def _hindi_names() -> dict[str, str]:
    return {match_key(k): v for k, v in (load("hi", "regions").get("names") or {}).items()}


@cache
def _admin1() -> dict[str, dict[str, str]]:
    return load("en", "regions").get("geonames_admin1") or {}


@cache
def _regions() -> frozenset[str]:
    return frozenset(name for table in _admin1().values() for name in table.values())


@cache
def _cities() -> dict[str, tuple[str, str]]:
    """City name -> (country code, admin1 code) of the largest city of that name."""
    out: dict[str, tuple[str, str]] = {}
    for city in sorted(geonames_cities().values(), key=lambda c: -c["population"]):
        out.setdefault(city["name"], (city["countrycode"], city["admin1code"]))
    return out


def region_of(name: str) -> str | None:
    """The English name of the region (state) or country ``name`` denotes or lies in, or None."""
    known = _hindi_names().get(match_key(name))
    if known:
        return known
    place = lookup_place(name)
    if place is None:
        plain = _plain(name)
        if plain in _regions():
            return plain
        country, admin1 = _cities().get(name, ("", ""))  # an English city name (Patna)
        return _admin1().get(country, {}).get(admin1)
    if place.kind == "country":
        return place.name
    if place.kind == "city":
        country, admin1 = _cities().get(place.name, ("", ""))
        return _admin1().get(country, {}).get(admin1)
    plain = _plain(place.name)
    return plain if plain in _regions() else None


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def headline_region(headline: str, place_names: Iterable[str] = ()) -> str | None:
    """The region a headline is about: the first of ``place_names`` (the story's tagged places) that it names and
    that has a region, else the first state or country name among its words (``पटना / ...``, ``यूपी में ...``).
    A bare word is read as a state or a country only, never as a city: many Hindi words are also town names."""
    found = sorted((headline.find(n), n) for n in set(place_names) if n and n in headline)
    for _, name in found:
        region = region_of(name)
        if region:
            return region
    words = _WORD.findall(headline)
    for i in range(len(words)):
        for n in (2, 1):
            if i + n > len(words):
                continue
            name = " ".join(words[i:i + n])
            known = _hindi_names().get(match_key(name))
            if known:
                return known
            place = lookup_place(name)
            if place and place.kind in ("region", "country") and region_of(name):
                return region_of(name)
    return None
