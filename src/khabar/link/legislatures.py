"""A bare word that is a party at home and a legislature abroad: कांग्रेस in a passage about the United States.

The Indian National Congress is कांग्रेस in most Hindi reports; the United States Congress is अमेरिकी कांग्रेस, and
in a passage about the United States often कांग्रेस alone ("कांग्रेस में सांसद … निधि देने पर राजी हो गए हैं" between
two sentences about American states). The name is one word in both, so its key alone joined the legislature to the
party. ``add_legislatures`` reads which body a bare mention is from its own article:

- right after a mention of the country's body with its demonym (अमेरिकी कांग्रेस, joined by ``name_spans._with_demonym``),
  within ``_FOLLOWS`` characters, it is that body and joins its group;
- else, when the passage around it (its sentence and the sentences before and after) names places abroad in two of
  those sentences, no place at home, and of the countries it names only one whose legislature the word is
  (``legislatures`` in ``lang/hi/descriptions.json``), and a title does not follow it (कांग्रेस नेता is the party),
  it is that country's legislature: its mentions become a group with the role ``("legislature_of", country)``.

The entity index keeps groups and entities whose legislature roles differ apart (``EntityIndex._region_agrees``), so
the party never takes the foreign body's mentions and the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from khabar.lang import load
from khabar.model import Mention
from khabar.text.keys import match_key
from khabar.text.sentences import split_sentences

from .containment import ABROAD, place_home
from .coref import MentionGroup
from .places import country_of, home_country

LEGISLATURE_OF = "legislature_of"
_FOLLOWS = 300  # characters after a qualified mention within which a bare one still means that body
_NEXT_WORD = regex.compile(r"[ \u00a0]{1,2}([\p{L}\p{M}\u200c\u200d]+)")


@cache
def _legislature_names() -> dict[tuple[str, str], str]:
    """``{(word key, country): the legislature's English name}``."""
    data = load("hi", "descriptions").get("legislatures", {})
    return {(match_key(word), region): latin for word, places in data.items() for place, latin in places.items()
            if (region := place_home(place)) and region != ABROAD}


@cache
def _legislatures() -> dict[str, frozenset[str]]:
    """``{word key: the regions (countries) whose legislature the bare word names}``."""
    out: dict[str, set[str]] = {}
    for word, region in _legislature_names():
        out.setdefault(word, set()).add(region)
    return {w: frozenset(r) for w, r in out.items()}


def legislature_latin(name: str, roles: Iterable[str]) -> str | None:
    """The English name of the foreign legislature a bare word's entity is (``legislature_of`` roles), or None: the
    gazetteer's Latin name of the word is the party's (Indian National Congress)."""
    prefix = f"{LEGISLATURE_OF}|"
    for role in roles:
        if role.startswith(prefix) and (latin := _legislature_names().get((match_key(name), role[len(prefix):]))):
            return latin
    return None


@cache
def _titles() -> frozenset[str]:
    data = load("hi", "descriptions")
    return frozenset(match_key(w) for w in [*data.get("titles", {}), *data.get("generic_titles", [])]
                     if " " not in w) | frozenset(match_key(w) for w in load("hi", "ner").get("titles", []))


def add_legislatures(text: str, groups: list[MentionGroup]) -> list[MentionGroup]:
    """The groups, with each bare legislature word's mentions that mean a foreign legislature taken out of its group
    (the module's docstring)."""
    words = _legislatures()
    bare = [g for g in groups if g.type == "ORG" and g.name_mentions and match_key(g.name) in words]
    if not bare:
        return groups
    places = sorted((m.start, place_home(g.name)) for g in groups if g.type == "LOC" for m in g.name_mentions)
    sentences = split_sentences(text)
    home = home_country("hi")
    out = list(groups)
    for g in bare:
        key = match_key(g.name)
        qualified = [(m.end, q) for q in groups if q is not g and q.type == "ORG"
                     and match_key(q.name).split()[-1:] == [key] and len(match_key(q.name).split()) > 1
                     for m in q.name_mentions]
        moved: dict[int, MentionGroup] = {}
        abroad: dict[str, list[Mention]] = {}
        for m in g.name_mentions:
            before = [(end, q) for end, q in qualified if 0 <= m.start - end <= _FOLLOWS]
            if before:
                moved[id(m)] = max(before, key=lambda eq: eq[0])[1]
                continue
            country = _country_of_passage(text, m, sentences, places, words[key], home)
            if country is not None:
                abroad.setdefault(country, []).append(m)
        if not moved and not abroad:
            continue
        taken = {id(m) for ms in abroad.values() for m in ms} | set(moved)
        for m in g.name_mentions:
            if id(m) in moved:
                moved[id(m)].mentions = sorted([*moved[id(m)].mentions, m], key=lambda x: x.start)
        g.mentions = [m for m in g.mentions if id(m) not in taken]
        for country, mentions in abroad.items():
            out.append(MentionGroup(g.type, mentions, [(LEGISLATURE_OF, country)]))
        if not g.name_mentions:
            out.remove(g)  # its descriptions (if any) go with it: they were resolved to the name
    out.sort(key=lambda g: g.mentions[0].start)
    return out


def _country_of_passage(text: str, m: Mention, sentences: list, places: list[tuple[int, str | None]],
                        countries: frozenset[str], home: str | None) -> str | None:
    """The one country of ``countries`` the passage around ``m`` is about, or None (the module's docstring)."""
    after = _NEXT_WORD.match(text, m.end)
    if after is not None and match_key(after.group(1)) in _titles():
        return None
    at = next((i for i, s in enumerate(sentences) if s.start <= m.start < s.end), None)
    if at is None:
        return None
    window = sentences[max(0, at - 1):at + 2]
    named: set[str] = set()
    with_abroad = 0
    for s in window:
        regions = {r for start, r in places if s.start <= start < s.end and r is not None}
        if any(r != ABROAD and country_of(r) == home for r in regions):
            return None  # a place at home: the party may well be meant
        named |= {country_of(r) for r in regions if r != ABROAD}
        with_abroad += bool(regions)
    if with_abroad < 2 or len(named) != 1 or not named <= countries:
        return None
    return next(iter(named))


def legislature_short_names(names: Iterable[str]) -> set[str]:
    """The bare legislature words among the names of a country's legislature (कांग्रेस beside अमेरिकी कांग्रेस, which
    a report names and then calls कांग्रेस): linked to that body in their article, but no key or main name of it, or
    the party of every other report would find it (``record.region_short_names`` does the same for a state's bare
    city name)."""
    names = list(names)
    words = _legislatures()
    keys = {match_key(n) for n in names}
    return {n for n in names if (k := match_key(n)) in words and any(q.endswith(" " + k) for q in keys)}
