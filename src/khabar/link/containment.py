"""Places and bodies written inside another place: अगरतला के जयनगर, ईरान के स्वास्थ्य मंत्रालय.

Hindi qualifies a place by the larger place it lies in with a genitive: ``X के Y`` (also का, की), and a list
after it shares the qualifier (``दिल्ली के नरेला, सुल्तानपुर और बक्करवाला``). Such a Y is a locality or body of
X's region: जयनगर in an Agartala report is a quarter of Agartala (Tripura), not the Bihar town; the health ministry
of Iran is not India's. ``add_containers`` gives each such group a role ``("within", region)``; the entity index
keeps a group and an entity apart when their regions disagree (``EntityIndex._region_agrees``). A place the lists
know that is itself a state is never contained (उत्तर प्रदेश के नोएडा says where नोएडा is, and the city has that
region anyway), nor a country inside a country (भारत के कतर स्थित दूतावास).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import load
from khabar.model import Mention
from khabar.text.keys import has_devanagari, match_key
from khabar.text.sentences import split_sentences

from .common_names import all_local, has_local_head
from .coref import MentionGroup
from .head_forms import home_bare_form
from .latin import sound_alike_place
from .places import (
    city_population,
    country_of,
    country_of_place,
    home_capital_region,
    home_country,
    is_indian_place,
    named_region,
    namesake_countries,
    namesake_regions,
    namesake_regions_abroad,
    region_of,
    region_votes,
    state_names,
    town_states,
)

WITHIN = "within"  # the role key: ("within", "Tripura")
TOWN = "town"  # the role key of a local name's town as written: ("town", "भोपाल") of भोपाल के शिवाजी नगर
NEAR_TOWN = "near"  # ... and of the town named last before it: ("near", "इंदौर")
_NEAR_TOWN = 400  # characters before a local name within which the town named last is its town
UNNAMED_TOWN = "unnamed town"  # the region of a quarter of a town the report does not name by its region
ABROAD = "abroad"  # the region of a known place outside the home country that no list gives a region (कोरिया, वुहान)
_GENITIVE = regex.compile(r"(?:^|[ \u00a0])(?:के|का|की)[ \u00a0]+$")
_LIST_JOINER = regex.compile(r"^(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:और|एवं|व|तथा)[ \u00a0]+|[ \u00a0]*/[ \u00a0]*)$")
_MAX_GAP = 12  # characters between the container and the genitive, or between two items of a list
# Every character ``_LIST_JOINER`` can match (and the final line break its ``$`` allows): a mention ending before
# the nearest other character cannot be the list item before, so its text is not cut out and matched.
_JOINER_CHARS = frozenset(" \u00a0,/\nऔरएवंतथा")


@cache
def _public_body_heads() -> frozenset[str]:
    data = load("hi", "descriptions").get("public_bodies", {})
    return frozenset(match_key(w) for w in data.get("heads", []))


def is_public_body(name: str) -> bool:
    """A body every country and state has its own of (स्वास्थ्य मंत्रालय, चुनाव आयोग): named without a place in
    Hindi news it is the country's own (``lang/hi/descriptions.json`` ``public_bodies``)."""
    words = match_key(name).split()
    return len(words) >= 2 and words[-1] in _public_body_heads()


@cache
def place_home(name: str) -> str | None:
    """The region a place name alone means (a state's or country's English name: रायपुर -> Chhattisgarh, नेपाल ->
    Nepal), ``ABROAD`` for a known place abroad that no list gives a region (कोरिया, वुहान), None for a place no
    list knows. An English name is read by ``region_of`` alone (Pulwama -> Jammu and Kashmir): the Devanagari
    gazetteer does not hold it, and without a home an English report's plain Pulwama was judged by the region its
    report is about and kept apart from the Hindi reports' पुलवामा written inside Jammu and Kashmir."""
    place = lookup_place(name)
    if place is None:
        return None if has_devanagari(name) else region_of(name)
    region = region_of(name)
    if region is not None:
        return region
    return None if is_indian_place(place.name) else ABROAD


# A city a report spells in a way no list has is read by its sound only when it is a large city with no namesake in
# another region (विशाखापट्टनम: Visakhapatnam; not रामपुर, nor a town's quarter such as अलीगंज).
SOUNDED_HOME_MIN_POPULATION = 100_000


@cache
def sounded_home(name: str) -> str | None:
    """``place_home``, and for a one-word Devanagari place the lists do not spell that sounds like one large city
    (``latin.sound_alike_place``; at least ``SOUNDED_HOME_MIN_POPULATION`` people, no namesake city in another
    region) that city's region: विशाखापट्टनम and कलबुर्गी are Visakhapatnam and Kalaburagi by their Latin names, so
    their home is Andhra Pradesh and Karnataka, as a listed spelling's would be. Without it a report's plain
    कलबुर्गी was judged by the region the report is about and kept apart from the city written inside Karnataka."""
    home = place_home(name)
    if home is not None or not has_devanagari(name) or len(name.split()) != 1:
        return home
    english = sound_alike_place(name)
    if english is None or " " in english or city_population(english) < SOUNDED_HOME_MIN_POPULATION \
            or namesake_regions(english):
        return None  # Shivaji Nagar, a quarter of Pune and of many towns, is no city's name
    region = region_of(english)
    return region if region in state_names() else None


def read_elsewhere(name: str, roles: Mapping[str, int], articles: Callable[[], int]) -> bool:
    """The place lists' one reading of ``name`` is a place of another region than the one its mentions are written in
    at home: most of the entity's articles (``articles`` of them) write it inside one home region (``within`` roles:
    छत्तीसगढ़ के बैकुंठपुर के कोरिया, अगरतला के जयनगर, a quarter of a town the report does not name by its region), and
    the reading lies abroad or in another home region (Korea, the Bihar town Jainagar, Chhattisgarh's Raipur). Such a
    place is a namesake the lists do not know, so the reading's Latin name and its support are not the entity's. A
    place written inside a region abroad is left alone: a namesake there shares the Latin name (Pakistan's Punjab,
    the US state of Georgia). ``articles`` counts the entity's articles; it is called last, only for a place whose
    roles disagree with its reading (a stored entity's articles are read from the store)."""
    counts: Counter = Counter()
    for role, n in roles.items():
        for region in within_regions([role]):
            counts[region] += n
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return False
    region = ranked[0][0]
    reading = place_home(name)
    if reading is None or region == ABROAD:
        return False
    if region == UNNAMED_TOWN:
        if reading == ABROAD:
            return False  # रायपुर among a Dehradun report's quarters is not Chhattisgarh's capital; abroad says nothing
    elif country_of(region) != home_country("hi") or regions_agree(reading, region):
        return False
    return ranked[0][1] * 2 >= articles()


def regions_agree(a: str, b: str, strict: bool = False) -> bool:
    """Two regions are one, or (unless ``strict``) one is a country and the other lies in it (India, Bihar), or one is
    ``ABROAD`` and the other a country that is not an Indian state."""
    if a == b:
        return True
    if strict:
        return False
    if ABROAD in (a, b):
        other = b if a == ABROAD else a
        return other not in state_names() and country_of(other) == other and other != home_country("hi")
    return (country_of(a) == b and a in state_names()) or (country_of(b) == a and b in state_names())


def add_containers(text: str, groups: list[MentionGroup]) -> list[MentionGroup]:
    """The groups, each place or organisation group whose mentions are written ``X के Y`` (or listed after such a Y)
    with the region X lies in as a role ``("within", region)``. X is a place mention of the article; when the lists
    do not know it (कंकड़बाग), X's own qualifier or else the region the article's places name most stands in. A
    public body written both with and without a place (a round-up: "स्वास्थ्य मंत्रालय के मुताबिक … ईरान के
    स्वास्थ्य मंत्रालय के प्रवक्ता") is two bodies: the qualified mentions, and the plain ones that follow them
    closely, become a group of their own."""
    by_end = {m.end: m for g in groups if g.type == "LOC" for m in g.name_mentions}
    by_end_any = {m.end: m for g in groups if g.type in ("LOC", "ORG") for m in g.name_mentions}
    votes = region_votes(g.name for g in groups if g.type == "LOC")
    ranked = votes.most_common(2)
    article_region = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    places = sorted((m.start, m.end, region) for g in groups if g.type == "LOC" for m in g.name_mentions
                    if (region := place_home(m.text) or place_home(g.name)))
    qualified = _qualified_bodies(groups)
    out: list[MentionGroup] = []
    for g in groups:
        out.append(g)
        # Organisations: only the bodies each country and state has (a party or a hospital keeps its name).
        public = g.type == "ORG" and is_public_body(g.name)
        if not g.name_mentions or not (g.type == "LOC" or public):
            continue
        if g.type == "LOC" and (abroad := namesake_countries(g.name)):
            # पंजाब in a passage about Pakistan is Pakistan's province, not the Indian state of that name.
            foreign = {m.start: c for m in g.name_mentions if (c := _namesake_abroad(text, m, g, abroad, by_end))}
            if foreign:
                out[-1:] = _split_by_mention(g, foreign)
                continue
        if g.type == "LOC" and (abroad := namesake_regions_abroad(g.name)):
            # जॉर्जिया beside US states, or with its governor, is the US state, not the country of that name.
            foreign = {m.start: c for m in g.name_mentions if (c := _region_abroad(text, m, g, abroad, by_end))}
            if foreign:
                out[-1:] = _split_by_mention(g, foreign)
                continue
        if g.type == "LOC" and _state_of_name(g.name):
            continue
        own_country = g.type == "LOC" and _is_country(g.name)
        # केंद्रीय स्वास्थ्य मंत्रालय in the group: the body is the bare one, and a mention with the home marker is home
        body = (home_bare_form(g.name) or g.name) if public else g.name
        bare = public and not _names_a_place(body)  # स्वास्थ्य मंत्रालय, not पंजाब सरकार: its passage says whose
        regions: dict[int, str] = {}
        at_home: set[int] = set()  # plain mentions whose passage is at home: they follow no qualified one
        for m in g.name_mentions:
            if public and home_bare_form(m.text) is not None:
                at_home.add(m.start)
                continue
            region = _container_region(text, m, by_end, by_end_any, article_region, depth=0, round_up=len(votes) > 1)
            if region is None and bare:
                region = _context_region(text, m, places)
                if region == _HOME:
                    at_home.add(m.start)
                    region = None
                elif region is None:
                    region = _qualified_before(m, qualified.get(match_key(body), []))
            if region is None or (own_country and region not in state_names()):
                continue  # भारत के कतर स्थित दूतावास: a country is not inside a country
            regions[m.start] = region
        if public and regions and (len(regions) < len(g.name_mentions) or len(set(regions.values())) > 1):
            out[-1:] = _split_by_region(text, g, regions, at_home)
            continue
        for region in regions.values():
            if (WITHIN, region) not in g.roles:
                g.roles.append((WITHIN, region))
    return out


def _qualified_bodies(groups: list[MentionGroup]) -> dict[str, list[tuple[int, str]]]:
    """``{bare public body's key: [(end, country), …]}`` of the public bodies written with a foreign country's
    adjective or short form before them (चीनी विदेश मंत्रालय, पाक विदेश मंत्रालय), by where each mention ends."""
    out: dict[str, list[tuple[int, str]]] = {}
    home = home_country("hi")
    for g in groups:
        if g.type != "ORG" or not is_public_body(g.name):
            continue
        for m in g.name_mentions:
            first, _, rest = m.text.partition(" ")
            country = _qualifier_country(first)
            if country is not None and country != home and is_public_body(rest):
                out.setdefault(match_key(rest), []).append((m.end, country))
    return out


def _qualified_before(m: Mention, qualified: list[tuple[int, str]]) -> str | None:
    """The country of the same body written qualified last before ``m`` within ``_FOLLOWS`` characters: "पाक विदेश
    मंत्रालय के नाम चिट्ठी … । विदेश मंत्रालय के नाम चिट्ठी में" is Pakistan's ministry both times."""
    before = [(end, c) for end, c in qualified if end <= m.start and m.start - end <= _FOLLOWS]
    return max(before)[1] if before else None


@cache
def _qualifier_country(word: str) -> str | None:
    """The country a word before a body's name means: a country, its demonym (चीनी) or its short form (पाक)."""
    shorts = load("hi", "descriptions").get("country_short_forms", {})
    short = {match_key(k): v for k, v in shorts.items()}.get(match_key(word))
    return short or _word_country(word)


def _names_a_place(name: str) -> bool:
    """A word or two words of the name are a place the lists know (पंजाब सरकार, मध्य प्रदेश सरकार, यूपी सरकार)."""
    words = name.split()
    spans = words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return any(lookup_place(w) is not None or named_region(w) is not None for w in spans)


@cache
def _context_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(place nouns a genitive points back with: राज्य के, देश के; of them the ones that mean a country; words that
    put a passage at home: केंद्र, केंद्रीय)`` from ``public_bodies`` in ``lang/hi/descriptions.json``."""
    data = load("hi", "descriptions").get("public_bodies", {})
    return (frozenset(match_key(w) for w in data.get("anaphors", [])),
            frozenset(match_key(w) for w in data.get("country_anaphors", [])),
            frozenset(match_key(w) for w in data.get("home_markers", [])))


_ANAPHOR_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+(?:के|का|की)[ \u00a0]+$")
_WORDS = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
_PASSAGE = 2  # sentences of the paragraph before a bare public body's that say whose it is


def _context_region(text: str, m: Mention, places: list[tuple[int, int, str]]) -> str | None:
    """The government a public body named without a place belongs to by its passage; ``_HOME`` when the passage is
    at home, None when it does not say (both: the home country's).

    The passage is the mention's sentence and up to ``_PASSAGE`` sentences before it in its paragraph (a line), or,
    after a genitive that points back (राज्य के, प्रदेश के, देश के स्वास्थ्य मंत्रालय), the paragraph up to the mention.
    After such a genitive the body is that of the place named last before it; bare, when the passage names no place
    at home (India, its capital) and no word of the home government or its people (केंद्र, केंद्रीय, भारतीयों: Indians
    stranded abroad are the home ministry's affair), the body is that of the place named last: "इटली में ...
    स्वास्थ्य मंत्रालय ने", "तेलंगाना में ... राज्य के स्वास्थ्य मंत्रालय". A state's region needs the genitive, or a
    passage without a word of the whole country (देश): in an Indian report "महाराष्ट्र में 200 मामले; स्वास्थ्य
    मंत्रालय के मुताबिक देश में ..." is the Union's."""
    anaphors, country_anaphors, home_words = _context_words()
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    before = _ANAPHOR_BEFORE.search(text, max(line_start, m.start - 40), m.start)
    anaphor = match_key(before.group(1)) if before is not None else None
    if anaphor is not None and anaphor in anaphors:
        start, end = max(line_start, m.start - 1500), m.start
    elif before is not None:
        return None  # a genitive of something else (कंपनी के): not a government named by its passage
    else:
        sentences = list(split_sentences(text, line_start, line_end))
        at = next((i for i, s in enumerate(sentences) if s.start <= m.start < s.end), None)
        if at is None:
            return None
        start, end = sentences[max(0, at - _PASSAGE)].start, sentences[at].end
    words = {match_key(w) for w in _WORDS.findall(text, start, end)}
    home, capital = home_country("hi"), home_capital_region("hi")  # the capital: where the home government sits
    named = [r for s, e, r in places if start <= s and e <= end and not (m.start <= s < m.end)]
    if anaphor is None and (words & home_words or home in named or capital in named):
        return _HOME  # a passage at home (केंद्र, भारत, भारतीयों): the home government's body
    before_it = [r for s, e, r in places if start <= s and e <= m.start]
    if not before_it or before_it[-1] in (ABROAD, home, capital):
        return None  # राज्य के / देश के points back to a place abroad the lists do not place, or home
    region = before_it[-1]  # the place named last before it: "इटली ... सिंगापुर में ... स्वास्थ्य मंत्रालय" is Singapore's
    if region not in state_names():
        return region
    if anaphor is not None:
        return None if anaphor in country_anaphors else region  # देश के स्वास्थ्य मंत्रालय after a state: the country's
    # A bare body after a state: the state's only where its paragraph so far names no other place and no country
    # (देश): Indian reports quote the Union ministry's count of a state.
    paragraph = {match_key(w) for w in _WORDS.findall(text, line_start, m.start)}
    others = {r for s, e, r in places if line_start <= s and e <= m.start}
    return region if others == {region} and not paragraph & (country_anaphors | home_words) else None


def _namesake_abroad(text: str, m: Mention, group: MentionGroup, abroad: frozenset[str],
                     by_end: dict[int, Mention]) -> str | None:
    """The foreign country (one of ``abroad``) whose namesake region or city a home place's mention names, by its
    passage, or None: written after that country with a genitive (पाकिस्तान के पंजाब), or in a passage
    (``_passage_places``: its sentence and up to ``_PASSAGE`` sentences before it in its paragraph, else the place
    named last before it there) that names that country or places in it, and no place
    of the home country and no word for it or its people (भारत, भारतीय): "पाकिस्तान में 2,708 मामले । अकेले पंजाब
    प्रांत में …", "पंजाब में 5,640, सिंध में 4,956" (Sindh is Pakistan's alone)."""
    _, container = _genitive_container(text, m, by_end)
    if container is not None:
        country = country_of_place(container.text)
        return country if country in abroad else None
    passage = _passage_places(text, m, group, by_end)
    if passage is None:
        return None
    start, end, near = passage
    countries = {country_of_place(p.text) for p in near}
    # Countries and their demonyms as plain words too (भारत, भारतीय, पाकिस्तानी): the tagger may have left them.
    countries |= {_word_country(w) for w in _WORDS.findall(text, start, end)}
    countries.discard(None)
    if home_country("hi") in countries:
        return None
    found = countries & abroad
    return next(iter(found)) if len(found) == 1 else None


def _passage_places(text: str, m: Mention, group: MentionGroup,
                    by_end: dict[int, Mention]) -> tuple[int, int, list[Mention]] | None:
    """``(start, end, places)`` of a place mention's passage: its sentence and up to ``_PASSAGE`` sentences before it
    in its paragraph, and the mentions in it of places the lists know other than the group's own; when it names
    none, the place named last before the mention in its paragraph (within ``_LAST_PLACE`` characters): a passage
    about a province goes on with सूबे, यहां, इस प्रांत ("सिंध के मुख्यमंत्री … सूबे में … । … । इस प्रांत में … ।
    पंजाब में …"). None when the mention is in no sentence."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    sentences = list(split_sentences(text, line_start, line_end))
    at = next((i for i, s in enumerate(sentences) if s.start <= m.start < s.end), None)
    if at is None:
        return None
    start, end = sentences[max(0, at - _PASSAGE)].start, sentences[at].end
    own = {(x.start, x.end) for x in group.name_mentions}
    others = [p for p in by_end.values() if (p.start, p.end) not in own and lookup_place(p.text) is not None]
    near = [p for p in others if start <= p.start and p.end <= end]
    if not near:
        before = [p for p in others if max(line_start, m.start - _LAST_PLACE) <= p.start and p.end <= m.start]
        near = [max(before, key=lambda p: p.end)] if before else []
    return start, end, near


@cache
def _subnational_offices() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("subnational_offices", []))


_OFFICE_AFTER = regex.compile(r"[ \u00a0]+(?:के|का|की)[ \u00a0]+([\p{L}\p{M}\u200c\u200d]+)")
_LAST_PLACE = 600  # characters of its paragraph before a mention within which the place named last is its context


def _region_abroad(text: str, m: Mention, group: MentionGroup, abroad: frozenset[str],
                   by_end: dict[int, Mention]) -> str | None:
    """The country (one of ``abroad``) whose first-level region a country's mention names, or None: written after
    that country with a genitive (अमेरिका के जॉर्जिया), before a genitive and an office only a region has
    (जॉर्जिया के गवर्नर), or in a passage (its sentence and up to ``_PASSAGE`` sentences before it in its paragraph;
    when that names no place, the place named last before it in its paragraph) whose places other than countries
    all lie in that country and that names no other country: "कैलिफोर्निया में … । जॉर्जिया और ओकलाहामा ने सैलून
    … खोलने की इजाजत दी". A list of countries (क्रोएशिया और जॉर्जिया में 12-12) names countries: the country."""
    _, container = _genitive_container(text, m, by_end)
    if container is not None:
        country = country_of_place(container.text)
        return country if country in abroad else None
    after = _OFFICE_AFTER.match(text, m.end)
    if after is not None and match_key(after.group(1)) in _subnational_offices() and len(abroad) == 1:
        return next(iter(abroad))
    passage = _passage_places(text, m, group, by_end)
    if passage is None:
        return None
    start, end, near = passage
    inside = {country_of_place(p.text) for p in near if lookup_place(p.text).kind != "country"}
    named = {country_of_place(p.text) for p in near if lookup_place(p.text).kind == "country"}
    own_words = {match_key(x.text) for x in group.name_mentions}
    named |= {_word_country(w) for w in _WORDS.findall(text, start, end) if match_key(w) not in own_words}
    inside.discard(None)
    named.discard(None)
    if len(inside) != 1 or not inside <= abroad or not named <= inside:
        return None
    return next(iter(inside))


@cache
def _word_country(word: str) -> str | None:
    """The country a single word names or is the demonym of (भारत, भारतीय: India; पाकिस्तानी: Pakistan), else None."""
    demonym = _demonym_countries().get(match_key(word))
    place = lookup_place(demonym or word)
    return place.name if place is not None and place.kind == "country" else None


@cache
def _demonym_countries() -> dict[str, str]:
    return {match_key(d): c for d, c in load("hi", "descriptions").get("demonyms", {}).items() if c}


def _split_by_mention(group: MentionGroup, foreign: dict[int, str]) -> list[MentionGroup]:
    """A place's group split into its mentions of namesakes abroad (``foreign``: start -> country), one group per
    country with the role ``("within", country)``, and the rest."""
    parts: dict[str | None, list[Mention]] = {}
    for m in group.mentions:
        parts.setdefault(foreign.get(m.start), []).append(m)
    out = [MentionGroup(group.type, mentions, list(group.roles) + ([(WITHIN, region)] if region else []))
           for region, mentions in parts.items()]
    return [g for g in out if g.name_mentions]


_HOME = "\x00home"  # _context_region's answer for a passage at home (केंद्र, भारत)

_FOLLOWS = 300  # characters after a qualified mention within which a plain one still means that body


def _split_by_region(text: str, group: MentionGroup, regions: dict[int, str], at_home: set[int]) -> list[MentionGroup]:
    """A public body's group split by the region its mentions are written in: each plain mention goes with the
    qualified mention right before it (within ``_FOLLOWS`` characters) unless it is in a later paragraph whose
    passage is at home (``at_home``: "83 मामले / स्वास्थ्य मंत्रालय के मुताबिक, भारत में …"), else it is the home
    country's body."""
    parts: dict[str | None, list[Mention]] = {}
    last: tuple[int, str] | None = None
    for m in group.mentions:
        if m.start in regions and m.source != "description":
            last = (m.end, regions[m.start])
            parts.setdefault(regions[m.start], []).append(m)
        elif last is not None and m.start - last[0] <= _FOLLOWS \
                and not (m.start in at_home and "\n" in text[last[0]:m.start]):
            parts.setdefault(last[1], []).append(m)
        else:
            parts.setdefault(None, []).append(m)
    out = []
    for region, mentions in parts.items():
        roles = list(group.roles) + ([(WITHIN, region)] if region else [])
        out.append(MentionGroup(group.type, mentions, roles))
    return [g for g in out if g.name_mentions]


def _genitive_container(text: str, m: Mention, by_end: dict[int, Mention]) -> tuple[bool, Mention | None]:
    """Whether a genitive (``X के``) stands just before ``m``, and the mention ``X`` that ends right at it (None when
    no mention of ``by_end`` does)."""
    before = text[max(0, m.start - _MAX_GAP):m.start]
    genitive = _GENITIVE.search(before)
    if genitive is None:
        return False, None
    at = m.start - len(before) + genitive.start()
    return True, next((c for end, c in by_end.items() if 0 <= at - end <= 1), None)


@cache
def _district_nouns() -> frozenset[str]:
    return frozenset(load("hi", "descriptions").get("district_nouns", {}).get("words", []))


_DIVISION_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+(के|में)[ \u00a0]+$")
_DIVISION_AFTER = regex.compile(r"[ \u00a0]+([\p{L}\p{M}\u200c\u200d]+)")
_ITEM_AFTER = regex.compile(r"[ \u00a0]*(?:[,;/(]|$|\n|(?:और|एवं|व|तथा)[ \u00a0])")


def _division_container(text: str, m: Mention, by_end: dict[int, Mention]) -> tuple[bool, Mention | None]:
    """As ``_genitive_container`` for a place written inside a division of another (``X जिले के m``, and, in a list
    of places by district, ``X जिला में m, …``): whether the division noun and postposition stand just before ``m``,
    and the mention ``X`` that ends right before the noun. With में, ``m`` must be an item of a list (a comma or a
    conjunction after it): "पटना जिले में दिल्ली से लौटे" does not put Delhi in Patna."""
    before = _DIVISION_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is None or before.group(1) not in _district_nouns():
        return False, None
    if before.group(2) == "में" and not _ITEM_AFTER.match(text, m.end):
        return False, None
    at = before.start(1) - 1
    return True, next((c for end, c in by_end.items() if 0 <= at - end <= 1), None)


def _container_region(text: str, m: Mention, by_end: dict[int, Mention], by_end_any: dict[int, Mention],
                      article_region: str | None, depth: int, round_up: bool = False) -> str | None:
    """The region of the place that qualifies ``m`` (``X के m``, ``X जिले के m``), or of the qualifier of the list
    item before it."""
    if depth > 3:
        return None
    written, container = _genitive_container(text, m, by_end)
    if container is None and (division := _division_container(text, m, by_end))[0]:
        written, container = division  # दरभंगा जिले के m: the district's name before the division noun
    if written:
        if container is None:
            return None
        if _state_of_name(container.text):
            return named_region(container.text)  # आंध्रप्रदेश के, यूपी के: a state however it is spelt
        if lookup_place(container.text) is not None:
            if article_region is not None and article_region in namesake_regions(container.text):
                return article_region  # औरंगाबाद जिला में मदनपुर in a report about Bihar: Bihar's औरंगाबाद
            return place_home(container.text)  # a known place: its region, or none the lists give (हुबेई)
        # A place no list knows (कंकड़बाग): its own qualifier, else the region the article is about, unless the article
        # is a round-up of several regions and the lists place the mention itself in another one (फर्रुखाबाद के
        # [कायमगंज] in a round-up led by Odisha's districts: nothing written puts the UP town in Odisha).
        own = place_home(m.text) if round_up else None
        fallback = article_region if own is None or article_region is None or regions_agree(own, article_region) \
            else None
        return _container_region(text, container, by_end, by_end_any, article_region, depth + 1, round_up) \
            or fallback
    # An item of a list after a qualified first item: दिल्ली के नरेला, [सुल्तानपुर] और बक्करवाला; not the next
    # division of a list by district (औरंगाबाद जिला में मदनपुर और [नवादा] जिला में …).
    if (after := _DIVISION_AFTER.match(text, m.end)) is not None and after.group(1) in _district_nouns():
        return None
    previous = _list_item_before(text, m, by_end_any)
    if previous is None:
        return None
    return _container_region(text, previous, by_end, by_end_any, article_region, depth + 1, round_up)


def _list_item_before(text: str, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """The first mention of ``by_end`` (in its order) that ``m`` follows as the next item of a list (``_LIST_JOINER``
    between them)."""
    first = m.start  # the joiner cannot begin before the characters right before m that it may contain
    while first > 0 and text[first - 1] in _JOINER_CHARS:
        first -= 1
    return next((p for end, p in by_end.items() if first <= end <= m.start and _LIST_JOINER.match(text[end:m.start])),
                None)


def _state_of_name(name: str) -> bool:
    return named_region(name) in state_names()


def _is_country(name: str) -> bool:
    region = named_region(name)
    return region is not None and region not in state_names()


def add_towns(text: str, groups: list[MentionGroup]) -> None:
    """Give each local name (शिवाजी नगर, स्टेशन रोड: a name many towns have one of) the town it belongs to as a role
    ``("town", key)``: the town that qualifies it (भोपाल के … शिवाजी नगर, also through a list), else ``("near", key)``
    for the town named last before it within ``_NEAR_TOWN`` characters (इंदौर … पुलिस के मुताबिक … शिवाजी नगर). Why: two
    towns of one state both have a शिवाजी नगर, and the region (the state) cannot tell them apart; the entity index
    keeps a local name apart from an entity of another town."""
    towns = sorted((m.end, match_key(g.name)) for g in groups if g.type == "LOC" and g.name_mentions
                   and _is_town(g.name) for m in g.name_mentions)
    by_end = {m.end: m for g in groups if g.type in ("LOC", "ORG") for m in g.name_mentions}
    for g in groups:
        if g.type not in ("LOC", "ORG") or not g.name_mentions or not all_local(m.text for m in g.name_mentions):
            continue
        qualifiers = [_qualifier(text, m, by_end, 0) for m in g.name_mentions]
        named = {(TOWN, match_key(q.text)) for q in qualifiers if q is not None and _is_town(q.text)}
        if not named and all(q is None for q in qualifiers):
            # Unqualified: the town named last before it, close by (a state or a quarter as qualifier says nothing).
            first = g.name_mentions[0].start
            near = [(NEAR_TOWN, t) for end, t in towns if 0 <= first - end <= _NEAR_TOWN]
            named = set(near[-1:])
        g.roles.extend(role for role in sorted(named) if role not in g.roles)


def _is_town(name: str) -> bool:
    """A place the lists know that is no state and no country: a city or district."""
    return lookup_place(name) is not None and not _state_of_name(name) and not _is_country(name)


def _qualifier(text: str, m: Mention, by_end: dict[int, Mention], depth: int) -> Mention | None:
    """The place mention written before ``m`` with a genitive (``X के m``), or the qualifier of the list item before."""
    if depth > 6:
        return None
    written, container = _genitive_container(text, m, by_end)
    if written:
        return container
    previous = _list_item_before(text, m, by_end)
    return None if previous is None else _qualifier(text, previous, by_end, depth + 1)


def town_roles(roles: Iterable[str]) -> tuple[set[str], set[str]]:
    """``(towns written as qualifiers, towns named close before)`` of ``"town|key"`` and ``"near|key"`` roles."""
    roles = list(roles)
    return ({r[len(TOWN) + 1:] for r in roles if r.startswith(f"{TOWN}|")},
            {r[len(NEAR_TOWN) + 1:] for r in roles if r.startswith(f"{NEAR_TOWN}|")})


def within_regions(roles: Iterable[str]) -> list[str]:
    """The regions of ``"within|region"`` role strings."""
    prefix = f"{WITHIN}|"
    return [r[len(prefix):] for r in roles if r.startswith(prefix)]


@cache
def _sub_place_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("hi", "descriptions")
    return (frozenset(match_key(w) for w in data.get("sub_place_heads", [])),
            frozenset(match_key(w) for w in data.get("sub_place_plurals", [])))


_WORD_AFTER = regex.compile(r"[ \u00a0]{1,2}([\p{L}\p{M}\u200c\u200d]+)")
_SENTENCE_END = regex.compile(r"[।?!\n|]")
_AMONG = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+में[ \u00a0]+से(?![\p{L}\p{M}])")


def _is_sub_place(text: str, m: Mention) -> bool:
    """The mention names a unit inside a district by the words around it: a unit's head right after it (भोजपुर
    [थाना] क्षेत्र, रामपुर गांव), or a plural of such a head with में से earlier in its sentence (जिले के 18 थानों में
    से खोड़ा … तो वहीं भोजपुर में)."""
    heads, plurals = _sub_place_words()
    after = _WORD_AFTER.match(text, m.end)
    if after is not None and match_key(after.group(1)) in heads:
        return True
    start = max(0, m.start - 400)
    ends = list(_SENTENCE_END.finditer(text, start, m.start))
    start = ends[-1].end() if ends else start
    return any(match_key(a.group(1)) in plurals for a in _AMONG.finditer(text, start, m.start))


# A clause of a list: bounded by a sentence or line end, a colon or semicolon, or a dash between spaces (a directory's
# "X, Y, Z आदि क्षेत्र - shops"); its items are split at commas and conjunctions.
_CLAUSE_END = regex.compile(r"[।?!\n|:;]|[ \u00a0]-|-[ \u00a0]|[ \u00a0][\u2013\u2014]")
_ITEM_SPLIT = regex.compile(r"[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:और|एवं|व|तथा)[ \u00a0]+")
_LOCALITY_ITEMS = 2  # other items of the list that must be localities (a local head: चौक, गली, नगर)


@cache
def _list_closer_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("list_closers", []))


TOWN_ITEM = "town_item"  # a local-headed place name written as an item of a list of known towns (a district)
_TOWN_ITEMS = 2  # other items of the list that must be towns the lists know
_COUNT = regex.compile(r"[\d०-९][\d०-९,.\-]*")


@cache
def _count_words() -> frozenset[str]:
    """Number words and the postposition a round-up writes around a district's name (चार सिद्धार्थनगर, आगरा में 11)."""
    data = load("hi", "numbers")
    words = [w for ws in data.get("cardinals", {}).values() for w in ws]
    return frozenset(match_key(w) for w in [*words, "में"])


_POSTPOSITIONS = frozenset(match_key(w) for w in ["के", "का", "की", "में", "से", "को", "ने"])


def _counted(item: str) -> bool:
    return any(_COUNT.fullmatch(w) or match_key(w) in _count_words() for w in item.split())


def _item_names(item: str) -> list[str]:
    """The parts of a list item between postpositions, counts stripped from their ends: what may be a place's name
    in "नए मरीजों में से एक हाथरस" (हाथरस), "मेरठ में 22" (मेरठ), "दो आगरा के जिला अस्पताल" (आगरा)."""
    parts: list[list[str]] = [[]]
    for w in item.split():
        if match_key(w) in _POSTPOSITIONS:
            parts.append([])
        else:
            parts[-1].append(w)
    names = []
    for words in parts:
        while words and (_COUNT.fullmatch(words[0]) or match_key(words[0]) in _count_words()):
            words = words[1:]
        while words and (_COUNT.fullmatch(words[-1]) or match_key(words[-1]) in _count_words()):
            words = words[:-1]
        if 0 < len(words) <= 3:
            names.append(" ".join(words))
    return names


def _in_town_list(text: str, m: Mention) -> bool:
    """The mention is a whole item (counts aside) of a list in which at least ``_TOWN_ITEMS`` other items, and more
    than it has locality names (``has_local_head``), are towns the lists know: a round-up of districts ("एक हाथरस,
    चार सिद्धार्थ नगर और दो आगरा") names the district सिद्धार्थनगर, not one of the many towns' सिद्धार्थ नगर quarters."""
    own, others = _list_items(text, m)
    if own is None or match_key(text[m.start:m.end]) not in {match_key(n) for n in _item_names(own)}:
        return False
    towns = counted = locals_ = 0
    for raw in others:
        names = _item_names(raw)
        if any(_is_town(n) or town_states(n) for n in names):
            towns += 1
            counted += _counted(raw)
        elif any(has_local_head(n) for n in names):
            locals_ += 1
    # One town is enough where both items are counts of a round-up (एक हाथरस, चार सिद्धार्थ नगर).
    return towns > locals_ and (towns >= _TOWN_ITEMS or (counted >= 1 and _counted(own)))


def add_town_items(text: str, groups: list[MentionGroup]) -> None:
    """A place group whose names are all local names (``all_local``: सिद्धार्थ नगर, शास्त्रीनगर) gets the role
    ``("town_item", "")`` when the article writes it as an item of a list of towns (``_in_town_list``): it is a
    town or district, linked by its name like any known place, not a quarter that needs its town to be told apart."""
    for g in groups:
        if g.type != "LOC" or not g.name_mentions or not all_local({m.text for m in g.name_mentions}):
            continue
        if any(_in_town_list(text, m) for m in g.name_mentions) and (TOWN_ITEM, "") not in g.roles:
            g.roles.append((TOWN_ITEM, ""))


def _list_items(text: str, m: Mention) -> tuple[str | None, list[str]]:
    """The item of the list around the mention that holds it, and the list's other items (words up to a closer such
    as आदि)."""
    ends = list(_CLAUSE_END.finditer(text, max(0, m.start - 600), m.start))
    start = ends[-1].end() if ends else max(0, m.start - 600)
    after = _CLAUSE_END.search(text, m.end, m.end + 600)
    end = after.start() if after is not None else min(len(text), m.end + 600)
    closers = _list_closer_words()
    own = None
    others: list[str] = []
    at = start
    for sep in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        stop = sep.start() if sep is not None else end
        words = text[at:stop].split()
        cut = next((i for i, w in enumerate(words) if match_key(w) in closers), len(words))
        item = " ".join(words[:cut])
        if at <= m.start < stop:
            own = item
        elif item:
            others.append(item)
        if sep is not None:
            at = sep.end()
    return own, others


def _in_locality_list(text: str, m: Mention) -> bool:
    """The mention is a whole item of a list of a town's localities: a list (commas, और) in which at least
    ``_LOCALITY_ITEMS`` other items, and more than it has places the lists know, end in a head many towns have one of
    (``has_local_head``: सेवला चौक, चौहान वाली गली). A directory of Dehradun's shops by area ("शक्ति विहार,
    सेवला चौक, गोरखपुर, बडोवाला आदि क्षेत्र") names a quarter called गोरखपुर, not the UP city; a list of towns
    (आगरा, मेरठ और कानपुर) has no such items."""
    ends = list(_CLAUSE_END.finditer(text, max(0, m.start - 600), m.start))
    start = ends[-1].end() if ends else max(0, m.start - 600)
    after = _CLAUSE_END.search(text, m.end, m.end + 600)
    end = after.start() if after is not None else min(len(text), m.end + 600)
    closers = _list_closer_words()
    items: list[tuple[int, int]] = []
    at = start
    for sep in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        stop = sep.start() if sep is not None else end
        items.append((at, stop))
        if sep is not None:
            at = sep.end()
    if len(items) <= _LOCALITY_ITEMS:
        return False  # the mention's own item and fewer than _LOCALITY_ITEMS others
    own = next(((a, b) for a, b in items if a <= m.start < b), None)
    if own is None or match_key(_list_item(text, *own, closers)) != match_key(text[m.start:m.end]):
        return False
    locals_ = towns = 0
    for a, b in items:
        if (a, b) == own:
            continue
        words = text[a:b].split()
        cut = next((i for i, w in enumerate(words) if match_key(w) in closers), len(words))
        if not cut or cut > 4:
            continue
        item = " ".join(words[:cut])  # "बडोवाला आदि क्षेत्र": the item is बडोवाला
        if lookup_place(item) is not None:
            towns += 1  # गांधीनगर, भावनगर: districts the lists know, in a list of districts
        elif has_local_head(item):
            locals_ += 1
    return locals_ >= _LOCALITY_ITEMS and locals_ > towns


def _list_item(text: str, a: int, b: int, closers: frozenset[str]) -> str:
    """The item ``text[a:b]`` of a list up to its first closing word ("बडोवाला आदि क्षेत्र": बडोवाला)."""
    words = text[a:b].split()
    cut = next((i for i, w in enumerate(words) if match_key(w) in closers), len(words))
    return " ".join(words[:cut])


def add_sub_places(text: str, groups: list[MentionGroup]) -> None:
    """A place written as a unit inside a district (``_is_sub_place``) in a report whose other places all point to
    one state lies in that state: the group gets the role ``("within", state)``. A police-station area of Ghaziabad
    called भोजपुर is not Bihar's Bhojpur district. Only local evidence counts: a round-up that names districts of many
    states (भोजपुर में छह) gives no role, and a state's own unit named after its district (a Bihar report's भोजपुर
    थाना) has the district's state anyway. A group already written inside a place (``add_containers``) keeps that.
    A known town written as an item of a list of localities (``_in_locality_list``) is such a unit too."""
    places = [(g, match_key(g.name)) for g in groups if g.type == "LOC" and g.name_mentions]
    in_list = {key for g, key in places if any(_in_locality_list(text, m) for m in g.name_mentions)}
    for g, key in places:
        if any(r[0] == WITHIN for r in g.roles) or _state_of_name(g.name) or _is_country(g.name):
            continue
        listed = key in in_list
        if not listed and not any(_is_sub_place(text, m) for m in g.name_mentions):
            continue
        votes = region_votes(o.name for o, k in places if k != key)
        if len(votes) == 1:
            g.roles.append((WITHIN, next(iter(votes))))
        elif listed and (region := _town_region(g, places, key, in_list)) is not None:
            g.roles.append((WITHIN, region))


def _town_region(g: MentionGroup, places: list[tuple[MentionGroup, str]], key: str, in_list: set[str]) -> str | None:
    """For a town the lists know (``place_home``) written as an item of a list of localities, in an article whose
    other places (outside such lists) name some region but never the town's own: the region those places name
    most, if one leads, else ``UNNAMED_TOWN``. A curfew report on Dehradun lists "… प्रेमनगर, रायपुर, राजपुर, डालनवाला
    आदि" and names Uttarakhand and Delhi once each, never Chhattisgarh: its रायपुर is a quarter of the town the report
    is about, not Chhattisgarh's capital. The list's own items say nothing (their names are what is in doubt), and a
    report that names the town's state anywhere keeps the town."""
    home = place_home(g.name)
    if home is None or home == ABROAD:
        return None
    votes = region_votes(o.name for o, k in places if k != key and k not in in_list)
    if not votes or any(regions_agree(home, r) for r in votes):
        return None
    ranked = votes.most_common(2)
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else UNNAMED_TOWN
