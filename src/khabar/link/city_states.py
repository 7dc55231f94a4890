"""A city abroad that shares its name with a state of its own country: वाशिंगटन, न्यूयॉर्क (issue 13, session 31).

The entity of a bare वाशिंगटन is the capital (datelines, the US government: ``head_forms.is_city_name``), and the
state is वाशिंगटन राज्य. Reports also write the state bare: in a list of the country's states ("न्यूयॉर्क,
वाशिंगटन, कैलिफोर्निया और फ्लोरिडा समेत आठ प्रांतों"), before an office only a state has (वाशिंगटन के गवर्नर), or
in a paragraph about the country's states ("कैलिफोर्निया के दो स्वास्थ्य कर्मियों … वाशिंगटन में एक व्यक्ति की
मौत"). Such a mention is the state, and, one sense per report, so is every other mention of the name in that
report that is no dateline. Joined to the capital it made one entity of both (the judged covid5 sample of session
31: 9 of 23 mentions of वाशिंगटन were the state). ``state_namesakes`` moves those mentions into the report's own
group of the state's headed name (वाशिंगटन राज्य) when there is one, else leaves them unlinked: a split is better
than a wrong merge.

What is a state comes from the lists: the city's namesake is an ISO 3166-2 first-level region of the type State
(``places.state_countries``; not a province named after its capital, Tehran), its neighbours any first-level
region (``places.region_countries``); the offices only a state has are ``descriptions.json``
``subnational_offices``. Home namesakes (Delhi the city and the territory) are one referent and are left alone.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.model import Mention
from khabar.text.keys import has_devanagari, match_key

from .coref import MentionGroup
from .head_forms import is_city_name
from .latin import known_latin
from .places import country_of_place, home_country, region_countries, state_countries

_LIST_GAP = regex.compile(r"^(?:\s*,\s*|\s+(?:और|एवं|व|तथा|या|and|or)\s+|\s*,\s*(?:और|and)\s+)$")
_OFFICE_AFTER = regex.compile(r"[ \u00a0]+(?:के|का|की)[ \u00a0]+([\p{L}\p{M}\u200c\u200d]+)")
_ENGLISH_OFFICE = regex.compile(r"(?:'s)?[ \u00a0]+(?:state[ \u00a0]+)?(governor|legislature)\b", regex.I)
# A dateline: the name, then a comma, a colon, a dash, an agency in brackets or the end of its line (वाशिंगटन,
# विश्व बैंक ने …; WASHINGTON (Reuters) -).
_DATELINE_AFTER = regex.compile(r"[ \u00a0]*(?:[,:/(\n\u2013\u2014-]|$)")


def _english(name: str) -> str | None:
    if not has_devanagari(name):
        return name
    place = lookup_place(name)
    return place.name if place is not None else known_latin(name, "LOC")


@lru_cache(maxsize=1 << 12)
def namesake_state_country(name: str) -> str | None:
    """The country abroad whose city of ``name`` also names one of its first-level regions (वाशिंगटन, Washington,
    न्यूयॉर्क: the United States), else None (हुबेई, a province only; दिल्ली, at home)."""
    english = _english(name)
    if not english or not is_city_name(name):
        return None
    regions = state_countries(english)
    # A city the lists give no country (New York) is the namesake of the one country with a region so named.
    country = country_of_place(english) or (next(iter(regions)) if len(regions) == 1 else None)
    if country is None or country in (home_country("hi"), home_country("en")):
        return None
    return country if country in regions else None


@lru_cache(maxsize=1 << 12)
def _is_state_of(name: str, country: str) -> bool:
    """``name`` is one of ``country``'s first-level regions and no city's or country's name (कैलिफोर्निया,
    फ्लोरिडा: the United States)."""
    english = _english(name)
    if not english or is_city_name(name) or (has_devanagari(name) and (p := lookup_place(name)) is not None
                                               and p.kind == "country"):
        return False
    return country in region_countries(english)


def _subnational_offices() -> frozenset[str]:
    from .containment import _subnational_offices as offices

    return offices()


def _in_list_of_states(text: str, m: Mention, places: list[Mention], country: str) -> bool:
    """``m`` is an item of a list (commas, और) one of whose other items is a state of ``country``."""
    i = next(k for k, p in enumerate(places) if p is m)
    for step in (-1, 1):
        k, here = i, m
        while 0 <= k + step < len(places):
            other = places[k + step]
            gap = text[here.end:other.start] if step == 1 else text[other.end:here.start]
            if not _LIST_GAP.match(gap):
                break
            if _is_state_of(other.text, country):
                return True
            if namesake_state_country(other.text) != country:
                break
            k, here = k + step, other
    return False


def _before_office(text: str, m: Mention) -> bool:
    after = _OFFICE_AFTER.match(text, m.end)
    if after is not None and match_key(after.group(1)) in _subnational_offices():
        return True
    return bool(_ENGLISH_OFFICE.match(text, m.end))


def _paragraph(text: str, m: Mention) -> tuple[int, int]:
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    return start, len(text) if end < 0 else end


def _is_dateline(text: str, m: Mention) -> bool:
    return bool(_DATELINE_AFTER.match(text, m.end))


def _means_state(text: str, m: Mention, places: list[Mention], country: str) -> bool:
    if _in_list_of_states(text, m, places, country) or _before_office(text, m):
        return True
    if _is_dateline(text, m):
        return False
    start, end = _paragraph(text, m)
    return any(start <= p.start and p.end <= end and _is_state_of(p.text, country) for p in places)


def state_namesakes(text: str, groups: list[MentionGroup]) -> list[MentionGroup]:
    """The groups with the mentions of a city's name that mean the state of that name (see the module docstring)
    moved into the report's group of the state's headed name, or left without a group."""
    places = sorted((m for g in groups if g.type == "LOC" for m in g.name_mentions), key=lambda m: m.start)
    out: list[MentionGroup] = []
    moved: list[list[Mention]] = []
    for g in groups:
        names = {m.text for m in g.name_mentions}
        countries = {namesake_state_country(n) for n in names}
        if g.type != "LOC" or len(countries) != 1 or None in countries:
            out.append(g)
            continue
        country = next(iter(countries))
        state = {m.start for m in g.name_mentions if _means_state(text, m, places, country)}
        if not state:
            out.append(g)
            continue
        # One sense per report: the name's other mentions that are no dateline are the state too.
        state |= {m.start for m in g.name_mentions if not _is_dateline(text, m)}
        kept = [m for m in g.mentions if m.start not in state]
        moved.append([m for m in g.mentions if m.start in state])
        if any(m.source != "description" for m in kept):
            g.mentions = kept
            out.append(g)
    for mentions in moved:
        keys = {match_key(m.text) for m in mentions}
        target = next((g for g in out if g.type == "LOC" and any(
            len(match_key(n.text).split()) > 1 and match_key(n.text).split()[0] in keys
            and not is_city_name(n.text) for n in g.name_mentions)), None)
        if target is not None:
            target.mentions = sorted([*target.mentions, *mentions], key=lambda m: m.start)
        else:
            # The state named bare only: the store's entity of its headed name, if any (``EntityIndex``), never
            # the capital's nor an entity of the bare name.
            out.append(MentionGroup("LOC", mentions, state=True))
    return out
