"""Canonical entities across articles, built incrementally.

``EntityIndex.add_article(article_id, groups)`` takes one article's mention groups (from
``khabar.link.coref.link_within_article``) and links each group to an existing entity or creates one. It
never reprocesses the corpus, and an entity keeps its id as articles arrive; when a new article shows that
two entities are one, the younger is merged into the older, which records the absorbed id.

Evidence, strongest first (a group and an entity must also agree on type; a place and an organisation with
exactly the same name agree too, since taggers disagree on them):

- **exact**: a full name of the group has the same matching key as a name of the entity (nukta, anusvara,
  chandrabindu, ॉ/ो, hyphen/space folded);
- **known**: both are names of one gazetteer entry (पुतिन and व्लादिमीर पुतिन are Vladimir Putin, रूसी संघ
  is Russia), or an English name equals the entity's Latin name;
- **loose**: vowel length, the open o, ाइ/ाय and ै/े folded (मॉस्को/मास्को, जिनपिंग/जिनपींग, इज़राइल/इजरायल);
- **phonetic**: across scripts, an English name and a Devanagari one whose phonetic keys agree word by word;
- **fuzzy** (rapidfuzz on the keys, word by word, short words exact): accepted with context support
  (co-occurring entities, same story) or a very close spelling;
- **glued**: a person name written as one word and as two (हर्षवर्धन / हर्ष वर्धन), neither a common name;
- **translated**: a place or organisation of two Devanagari words or more with the same Latin name (भारतीय रेलवे /
  इंडियन रेलवे: Indian Railway);
- **acronym** (``expansions``): an organisation's acronym and the name it abbreviates (आरएमएल अस्पताल / राम मनोहर
  लोहिया अस्पताल), across articles only with the article's context (``_acronym_match``);
- **short form**: a one-word person name (किम, "Putin") joins the entity whose name begins or ends with it;
  when several do (Kim Jong Un, Kim Yo Jong), the one with most context in common with the article wins,
  and with no clear winner it becomes an entity of its own rather than a wrong merge.

Two groups of one article are different entities by construction (coref kept them apart), so they never
link to the same entity, and entities that were ever seen side by side in an article are never merged.
A group made only of role descriptions (उत्तर कोरियाई नेता) goes to the one person of the article whom
this or earlier articles gave that role, or is dropped. The index is plain data: ``to_dict``/``from_dict``
round-trip it through JSON.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import regex
from rapidfuzz import fuzz

from khabar.analyse.entities import body_heads
from khabar.analyse.gazetteer import lookup_place
from khabar.model import Analysis, Entity, Mention
from khabar.text.keys import has_devanagari, match_key
from khabar.text.phonetic import glued_match, glued_skeleton

from .acronyms import (
    ACRONYM_BY,
    ACRONYM_IN,
    ACRONYM_KIND,
    ACRONYM_OF,
    acronyms_agree,
    add_acronym_evidence,
    expansion_kept,
    expansions_agree,
    national_body,
    unlisted_acronym,
)
from .alias_names import join_aliases
from .campuses import bare_family, campus_key, city_campus_key, home_campus
from .city_states import state_namesakes
from .common_names import (
    add_offices,
    all_common,
    all_local,
    is_common_name_word,
    is_common_person_name,
    is_numbered_place,
    office_kinds,
    rare_local_name,
)
from .contacts import split_by_contact
from .containment import (
    ABROAD,
    TOWN_ITEM,
    WITHIN,
    add_containers,
    add_sub_places,
    add_town_items,
    add_towns,
    is_public_body,
    place_home,
    regions_agree,
    sounded_home,
    town_roles,
    within_regions,
)
from .coref import (
    MentionGroup,
    first_and_last,
    initial_fits,
    initial_keys,
    initials_of,
    link_within_article,
    loose_keys,
    variant_tokens,
)
from .credits import credit_spans, is_credit_name
from .descriptions import role_fit
from .entity_filter import acronym_type, head_type, is_description
from .expansions import acronym_forms, acronym_letters, expansion_forms
from .furniture import furniture_spans
from .glued_names import retype_shrines
from .head_forms import bare_form
from .latin import initials, known_latin, latin_name, phonetic_key, skeleton
from .legislatures import LEGISLATURE_OF, add_legislatures, legislature_short_names
from .lone_surnames import lone_surname_mentions
from .name_spans import repair_spans
from .places import home_country, namesake_regions, pick_region, region_of, region_votes, state_names
from .quoted_names import in_quoted_name
from .record import (
    EntityRecord,
    _region_heads,
    bare_campus_names,
    campus_short_names,
    is_short,
    known_names,
    latin_key,
    naming,
    region_short_names,
)
from .typos import one_letter_apart

FUZZY_ALONE = 94  # a fuzzy match this close needs no context
TYPO_ARTICLES = 2  # articles an entity needs before a one-letter slip of its name joins it (``_typo_match``)
SHORT_FORM_SOUND = 80  # a Latin one-word name must sound this close to a word of the name it shortens
LONGER_NAME_CONTEXT = 2  # context a two-word person name needs to join the longer name it ends (one story is 2)
LOCAL_NAME_CONTEXT = 1  # support a local place name many towns have (स्टेशन रोड) needs: a story, or an entity in
# common that is not everywhere (the town)
COMMON_NAME_CONTEXT = 2  # support a common person name (अमित कुमार) needs to join an entity: a story, or two of
# shared entities that are not everywhere and a shared role
WIDESPREAD_SHARE = 0.1  # an entity in more than this share of the articles (भारत, दिल्ली) supports no merge
WIDESPREAD_MIN = 5  # ... and never one in this few articles (a small store)
LONE_NAME_SHARE = 0.03  # a bare surname or given name joins another article's person only through an entity rarer
# than this (or the story, or a role): भारत सरकार (5 % of covid5) or वुहान named beside two different Kapoors or Weis
# A common name's candidates are found from the article's side: its story's articles and those of its context's
# non-place entities, of each at most its latest this many. A person named in thousands of reports supports the
# namesakes named beside them lately; reading all their articles made every mention of a common name cost in
# proportion to the store (a namesake named with them only earlier stays apart: a split, never a wrong merge).
CONTEXT_ARTICLES = 100
# A new entity takes the first free id of its type and name numbered 1, 2, ... up to this; a name that more
# entities bear (अमित कुमार: one per report naming a different one) takes an id from its sequence number instead,
# so that finding a free id never asks about every namesake the store holds.
NUMBERED_IDS = 16
# Support an acronym needs to join the entity its letters fit across articles (``_acronym_match``): a bare acronym the
# story and more, or three pieces of specific context (PHC of a Bihar report, a primary health centre, shares Bihar and
# a hospital with the Patna High Court's); one written before the same head as the fuller name (आरएमएल अस्पताल, यूपी
# सरकार) is evidence of its own and needs one.
ACRONYM_CONTEXT = 3
HEADED_ACRONYM_CONTEXT = 1
_HOME_COUNTRY = home_country("hi")  # the country a Hindi report's unqualified public body belongs to (India)


@dataclass(slots=True)
class _Evidence:
    """What a group offers for matching."""

    type: str
    full_keys: set[str]  # match keys of names with two words or more, or of a lone place/org name
    short_keys: set[str]  # match keys of one-word person names
    loose: set[str]
    known: set[str]  # Latin names of gazetteer entries the names belong to, casefolded
    phonetic: list[str]  # phonetic keys of the names (for the other script)
    latin_script: bool
    tokens: list[str]  # words of the fullest name's key
    names: frozenset[str] = frozenset()  # the names as written
    common: bool = False  # a person name many people share (अमित कुमार): links only with supporting context
    local: bool = False  # a place name many towns have one of (स्टेशन रोड, सदर अस्पताल): the same
    roles: frozenset[str] = frozenset()  # "country|title" roles the article gives the group
    regions: frozenset[str] = frozenset()  # a namesake city's possible regions (औरंगाबाद: Bihar, Maharashtra)
    region: str | None = None  # ... and the one this article means (its other places say, else the usual one)
    usual: str | None = None  # the region the name alone means (the larger city, or the one of this spelling)
    listed: bool = False  # a one-word person name only ever written in a list of people (वसीम, हैदर, शाहरुख, …)
    within: frozenset[str] = frozenset()  # regions the article writes it inside (अगरतला के जयनगर: Tripura)
    home: str | None = None  # the region a known place's name alone means (जयनगर: Bihar)
    public: bool = False  # a body every country and state has (स्वास्थ्य मंत्रालय): unqualified, the home country's
    article_region: str | None = None  # the region the article's places name most (for a place no list knows)


def _evidence(group: MentionGroup) -> _Evidence:
    names = {m.text for m in group.name_mentions}
    names -= campus_short_names(names)  # पटना एम्स … एम्स: the bare एम्स is no key of the Patna campus
    names -= region_short_names(names)  # वॉशिंगटन राज्य … वॉशिंगटन: the bare name is no key of the state
    names -= legislature_short_names(names)  # अमेरिकी कांग्रेस … कांग्रेस: the bare word is no key of the US body
    full, short, loose, phon = set(), set(), set(), []
    for n in names:
        key = match_key(n)
        if is_short(n, group.type):
            short.add(key)
        else:
            full.add(key)
            loose |= loose_keys(n)
            if (bare := bare_form(n, group.type)) is not None:  # सीबीएसई बोर्ड: also सीबीएसई (``head_forms``)
                full.add(match_key(bare))
        if not _latin_acronym(n):
            phon.append(phonetic_key(n))  # letters are no sounds: XI (a team) does not sound like SII
    known = {latin_key(latin) for latin in known_names(names, group.type)}
    if group.type == "ORG":
        # एनडीआरएफ spells the letters N-D-R-F: its Latin name is exact, as an entity's own Latin name is (the key
        # ``_keys_of`` files it under), so the Hindi acronym finds an English NDRF as NDRF finds an एनडीआरएफ.
        known |= {latin_key(letters) for n in names if " " not in n.strip() and has_devanagari(n)
                  and (letters := initials(n)) is not None}
    latin_script = not any(has_devanagari(n) for n in names)
    common = group.type == "PER" and all_common(names)
    # A local-headed name the article lists among towns is a town (``containment.add_town_items``).
    local = group.type in ("LOC", "ORG") and all_local(names) and not any(r[0] == TOWN_ITEM for r in group.roles) \
        and not all(rare_local_name(n) for n in names if has_devanagari(n))  # सफदरजंग अस्पताल is one hospital
    roles = frozenset(f"{c}|{t}" for c, t in group.roles)
    within = frozenset(within_regions(roles))
    public = group.type == "ORG" and is_public_body(group.name)
    home = sounded_home(group.name) if group.type == "LOC" else None
    return _Evidence(group.type, full, short, loose, known, phon, latin_script, match_key(group.name).split(),
                     frozenset(names), common, local, roles, within=within, home=home, public=public)


# A one-word "person" takes the type the store gives its word alone when that type has this many mentions and this
# many times the person's (``EntityIndex._type_by_store``).
STORE_TYPE_MIN = 5
STORE_TYPE_SHARE = 2.0


def _into_namesake_group(group: MentionGroup, groups: list[MentionGroup]) -> list[MentionGroup]:
    """A group retyped from a person to a place or organisation joins the article's group of that name and type
    family, if any (the tagger gave निजामुद्दीन as a person in one sentence and a place in the next): two groups of
    one article would be two entities. Spelling variants count (वेस्ट इंडीज … वेस्टइंडीज, by the loose key)."""
    keys = {k for m in group.name_mentions for k in (match_key(m.text), *loose_keys(m.text))}
    for other in groups:
        if other is not group and other.type in ("LOC", "ORG") and other.name_mentions \
                and {k for m in other.name_mentions for k in (match_key(m.text), *loose_keys(m.text))} & keys:
            other.mentions = sorted([*other.mentions, *group.mentions], key=lambda m: m.start)
            return [g for g in groups if g is not group]
    return groups


class EntityIndex:
    """Canonical entities with the lookups needed to link a new article to them."""

    def __init__(self) -> None:
        self.entities: dict[str, EntityRecord] = {}
        self.alias_of: dict[str, str] = {}  # absorbed id -> surviving id
        self.article_entities: dict[str, set[str]] = {}
        self.article_story: dict[str, str] = {}
        self._seq = 0
        # "k:" key, "l:" loose key, "t:"/"T:" first/last word (Devanagari/phonetic), "L:" Latin name,
        # "p:" phonetic skeleton, "f:" fuzzy block  ->  entity ids
        self._keys: dict[str, set[str]] = {}
        self._indexed: dict[str, set[str]] = {}  # entity id -> the keys it is filed under

    # -- persistence -------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1, "seq": self._seq,
            "entities": [e.to_dict() for e in sorted(self.entities.values(), key=lambda e: e.seq)],
            "alias_of": dict(self.alias_of), "article_story": dict(self.article_story),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntityIndex:
        index = cls()
        index._seq = data.get("seq", 0)
        index.alias_of = dict(data.get("alias_of", {}))
        index.article_story = dict(data.get("article_story", {}))
        for raw in data.get("entities", []):
            e = EntityRecord.from_dict(raw)
            index.entities[e.id] = e
            index._index(e)
            for a in e.articles():
                index.article_entities.setdefault(a, set()).add(e.id)
        return index

    # -- queries -----------------------------------------------------------------------------------------
    def resolve(self, entity_id: str) -> str:
        """The current id of an entity, following merges."""
        while entity_id in self.alias_of:
            entity_id = self.alias_of[entity_id]
        return entity_id

    def get(self, entity_id: str) -> EntityRecord | None:
        return self.entities.get(self.resolve(entity_id))

    def records(self) -> list[dict[str, Any]]:
        """Every entity as an entities.jsonl record, oldest first."""
        return [e.export() for e in sorted(self.entities.values(), key=lambda e: e.seq)]

    def to_entities(self) -> list[Entity]:
        """Every entity as ``khabar.model.Entity`` (for the store), oldest first."""
        return [Entity(r["id"], r["type"], r["name"], r["latin"], r["aliases"], r["mentions"], r["absorbed"])
                for r in self.records()]

    def lookup(self, name: str) -> list[str]:
        """Ids of the entities that ``name`` (any alias, either script, or the Latin name) denotes, most
        mentioned first: exact names first, then looser spellings, then people whose name begins or ends
        with it, then phonetic matches; the first of these that finds anything answers."""
        return self.lookup_how(name)[0]

    def lookup_how(self, name: str) -> tuple[list[str], str | None]:
        """``lookup`` and how the name matched: ``name``, ``spelling`` (a looser spelling), ``part`` (a person
        whose name begins or ends with it) or ``sound`` (a phonetic match: पत्नी finds पटना); None when nothing
        matched. A caller shows a user the loose matches as such."""
        key = match_key(name)
        latin = known_latin(name) if has_devanagari(name) else None
        tiers = [
            ("name", [f"k:{key}", f"L:{latin_key(name)}", *([f"L:{latin_key(latin)}"] if latin else [])]),
            ("spelling", [f"l:{k}" for k in loose_keys(name)]),
            ("part", [f"t:{key}"]),
            ("sound", [f"p:{skeleton(phonetic_key(name))}"]),
        ]
        for how, probes in tiers:
            found = set().union(*(self._keys.get(p, set()) for p in probes))
            if found:
                return sorted(found, key=lambda i: (-self.entities[i].size(), i)), how
        return [], None

    def stories(self, entity_id: str) -> list[str]:
        e = self.entities[self.resolve(entity_id)]
        return sorted({self.article_story[a] for a in e.articles() if a in self.article_story})

    def cooccurring(self, entity_id: str) -> Counter:
        """``{other entity id: number of articles shared}``."""
        e = self.entities[self.resolve(entity_id)]
        counts: Counter = Counter()
        for a in e.articles():
            counts.update(self.article_entities.get(a, set()) - {e.id})
        return counts

    def set_story(self, article_id: str, story_id: str) -> None:
        self.article_story[article_id] = story_id

    # -- updates -----------------------------------------------------------------------------------------
    def add_article(self, article_id: str, groups: list[MentionGroup],
                    story_id: str | None = None) -> dict[tuple[int, int], str]:
        """Link one article's groups; returns ``{(start, end): entity_id}`` for every mention placed."""
        if article_id in self.article_entities:
            self.remove_article(article_id)
        if story_id:
            self.article_story[article_id] = story_id
        described = [g for g in groups if g.mentions and not g.name_mentions]
        states = [g for g in groups if g.state]
        groups = [g for g in groups if not g.state]
        # Titles, roles, slogans and events are not names: no entity is made of them (entity_filter).
        groups = [g for g in groups if not g.name_mentions
                  or not all(is_description(m.text, g.type) for m in g.name_mentions)]
        # रायपुर के एम्स written only so: the campus the store knows, else no entity (not the bare name's); दिल्ली के
        # एम्स, the campus the bare name means (``home_campus``), keeps the bare name's entity then.
        named_campus = {id(g): self._named_campus(g) for g in groups if g.campus is not None
                        and bare_campus_names(m.text for m in g.name_mentions)}
        groups = [g for g in groups if named_campus.get(id(g), "") is not None or home_campus(g.campus or "")]
        misread: dict[int, set[str]] = {}  # id(group) -> person entities of its word that the store calls a place
        for g in groups:
            if g.name_mentions:
                tagged = g.type
                g.type = acronym_type([m.text for m in g.name_mentions], head_type(g.name, g.type))
                g.type = self._body_short_name_type(g)
                g.type, misread[id(g)] = self._type_by_store(g)
                if g.type != tagged and tagged == "PER":
                    groups = _into_namesake_group(g, groups)
        evidence = [(g, _evidence(g)) for g in groups if g.name_mentions]
        _place_regions(evidence)
        _listed_names(evidence)
        decided: dict[int, str] = {}
        claimed: set[str] = set()
        places = [g.name for g, _ in evidence if g.type == "LOC"]
        own = {match_key(n) for _, ev in evidence for n in ev.names} if any(
            bare_campus_names(ev.names) for _, ev in evidence) else set()
        for i, (g, ev) in enumerate(evidence):
            campus = named_campus.get(id(g)) or self._campus_of_report(ev, places, claimed, own)
            if campus is not None:
                decided[i] = campus
                claimed.add(campus)
        campuses = set(decided)
        # Strong evidence first: it fixes the article's context for the weaker matches that follow.
        order = sorted((i for i in range(len(evidence)) if i not in decided),
                       key=lambda i: (not evidence[i][1].full_keys, i))
        deferred = []
        for i in order:
            g, ev = evidence[i]
            eid = self._strong_match(ev, claimed)
            if eid:
                decided[i] = eid
                claimed.add(eid)
            else:
                deferred.append(i)
        context = set(decided.values())
        for i, eid in list(decided.items()):
            if i in campuses:
                continue  # the campus found by its city: nothing more to join on a bare name
            decided[i] = self._absorb_lone_names(eid, evidence[i][1], claimed, context, story_id)
            decided[i] = self._absorb_abbreviated(decided[i], evidence[i][1], claimed, context, story_id)
        claimed = set(decided.values())
        context = set(decided.values())
        for i in deferred:
            g, ev = evidence[i]
            eid = self._weak_match(ev, claimed, context, story_id)
            if eid is None:
                eid = self._claimed_spelling(ev, [(decided[j], evidence[j][1]) for j in decided]) \
                    or self._create(ev, g)
            decided[i] = eid
            claimed.add(eid)
            context.add(eid)
        for i, (g, _) in enumerate(evidence):
            persons = (misread.get(id(g), set()) or self._persons_of_place_word(g)) - set(decided.values())
            if persons and self.entities[decided[i]].type != "PER":
                decided[i] = self._merge({decided[i], *persons})
                self.entities[decided[i]].type = g.type  # the survivor may be the older "person"
        placed: dict[tuple[int, int], str] = {}
        for i, (g, _) in enumerate(evidence):
            eid = decided[i]
            e = self.entities[eid]
            self._unindex(e)
            for m in g.mentions:
                e.add_mention({"article_id": article_id, "start": m.start, "end": m.end, "text": m.text,
                               "source": m.source, "type": g.type})
                placed[(m.start, m.end)] = eid
                m.entity_id = eid
            e.roles.update(f"{c}|{t}" for c, t in g.roles)
            self._index(e)
        state_ids: set[str] = set()
        for g in states:
            eid = self._headed_state(g, set(decided.values()))
            if eid is None:
                for m in g.mentions:
                    m.entity_id = None
                continue
            state_ids.add(eid)
            self._place(eid, g, article_id, "LOC", placed)
        # The article's descriptions of one office in two places or more (केरल के मुख्यमंत्री, मिजोरम के मुख्यमंत्री)
        # are not all one holder's: each needs a holder of that office in that place (``coref._add_descriptions``).
        offices = Counter(r[1] for g in described for r in g.roles[:1] if r[0])
        for g in described:
            eid = self._described(g, set(decided.values()), placed_only=bool(g.roles and g.roles[0][0])
                                  and offices[g.roles[0][1]] > 1)
            if eid is None:
                continue
            self._place(eid, g, article_id, "PER", placed)
        self.article_entities[article_id] = set(decided.values()) | state_ids
        return placed

    def _place(self, eid: str, group: MentionGroup, article_id: str, type_: str,
               placed: dict[tuple[int, int], str]) -> None:
        """Add a group's mentions to the entity ``eid`` as ``type_`` (a headed state's or a described holder's),
        keeping the index's keys in step."""
        e = self.entities[eid]
        self._unindex(e)
        for m in group.mentions:
            e.add_mention({"article_id": article_id, "start": m.start, "end": m.end, "text": m.text,
                           "source": m.source, "type": type_})
            placed[(m.start, m.end)] = eid
            m.entity_id = eid
        self._index(e)

    def _headed_state(self, group: MentionGroup, claimed: set[str]) -> str | None:
        """The one place the store knows by the state's headed name (वाशिंगटन राज्य, Washington State) for a
        report's bare mentions of a city's name that mean the state (``city_states``); None when none or several."""
        keys: set[str] = set()
        for bare in {m.text for m in group.mentions}:
            for head in _region_heads():
                headed = f"{match_key(bare)} {head}"
                keys |= {f"k:{headed}", *(f"l:{k}" for k in loose_keys(headed))}
        self._load_keys(keys)
        found = {self.resolve(i) for k in keys for i in self._keys.get(k, set())} - claimed
        found = {i for i in found if i in self.entities and self.entities[i].type == "LOC"}
        return next(iter(found)) if len(found) == 1 else None

    def add_lone_surnames(self, article_id: str, mentions: list[Mention]) -> list[Mention]:
        """Link each lone surname (``lone_surnames``) to the one person of the index whose multi-word name ends with
        it; a word that ends no person's name, or several people's, is left out. Returns the mentions linked."""
        linked: list[Mention] = []
        for m in mentions:
            key = match_key(m.text)
            people = {i for i in (self.resolve(i) for i in self._keys.get(f"t:{key}", set()))
                      if (e := self.entities.get(i)) is not None and e.type == "PER"
                      and any(len(words := match_key(n).split()) > 1 and words[-1] == key for n in e.names())}
            if len(people) != 1:
                continue
            e = self.entities[next(iter(people))]
            self._unindex(e)
            e.add_mention({"article_id": article_id, "start": m.start, "end": m.end, "text": m.text,
                           "source": m.source, "type": "PER"})
            self._index(e)
            self.article_entities.setdefault(article_id, set()).add(e.id)
            m.entity_id = e.id
            linked.append(m)
        return linked

    def place_named(self, name: str) -> bool:
        """Whether a place of two articles or more goes by ``name`` as its full name (लखीमपुर खीरी): the evidence
        that two words the tagger cut apart here are one name (``_with_known_neighbour``)."""
        for eid in self._keys.get(f"k:{match_key(name)}", set()):
            e = self.entities.get(eid)
            if e is not None and e.type == "LOC" and len(e.articles()) >= 2:
                return True
        return False

    def _named_campus(self, group: MentionGroup) -> str | None:
        """The one entity the store files a bare family name under when the words before it name its campus
        (``group.campus``: रायपुर के एम्स, ``coref._campus_in_context``), by the campus's key; else None. The name
        alone is the family's, so a campus the store does not know yet is no entity of it."""
        key = campus_key(group.campus) if group.campus else None
        if key is None:
            return None
        found = {self.resolve(i) for i in self._keys.get(key, set())}
        found = {i for i in found if (e := self.entities.get(i)) is not None and e.type in ("ORG", "LOC")}
        return next(iter(found)) if len(found) == 1 else None

    def _campus_of_report(self, ev: _Evidence, places: list[str], claimed: set[str],
                          own: frozenset[str] | set[str] = frozenset()) -> str | None:
        """A bare name of an institution with campuses in many cities (एम्स, पीजीआई) in a report about one state
        that names the city of one campus the store knows as an entity (पटना and पटना एम्स; ऋषिकेश and एम्स ऋषिकेश)
        is that campus, not the bare name's entity (Delhi's, for एम्स). As ``coref._join_campus`` within a report,
        across reports: the city must lie in the state the report's places lead with (a city the gazetteers lack
        by the town table: ऋषिकेश), and exactly one such campus must be found. A campus the report names itself
        (``own``: the match keys of its groups' names) is not one: ``coref._join_campus`` kept this bare name apart
        from it, and the report's own campus group is linked to it."""
        if ev.type not in ("ORG", "LOC") or not bare_campus_names(ev.names):
            return None
        leader = _leading_region(region_votes(places))
        if leader is None:
            return None
        bare = {match_key(n) for n in ev.names}
        family = bare_family(ev.names)
        own_campuses = {campus_key(n) for n in own} if family is not None else set()
        found: set[str] = set()
        for city in {match_key(p) for p in places}:
            home = place_home(city) or _leading_region(region_votes([city]))
            if home is None or not regions_agree(home, leader, strict=True):
                continue
            for b in bare:
                for key in (f"{city} {b}", f"{b} {city}"):
                    if key not in own:
                        found |= self._keys.get(f"k:{key}", set())
            if family is not None and (key := city_campus_key(family, city)) not in own_campuses:
                found |= self._keys.get(key, set())  # IIT जोधपुर for भारतीय प्रौद्योगिकी संस्थान
        found = {self.resolve(i) for i in found} - claimed
        found = {i for i in found if (e := self.entities.get(i)) is not None and e.type in ("ORG", "LOC")}
        return next(iter(found)) if len(found) == 1 else None

    def _body_short_name_type(self, group: MentionGroup) -> str:
        """निजामुद्दीन, a one-word "person" whose word is the name of an organisation known by it and a body's head
        (निजामुद्दीन मरकज; ``name_heads`` ORG and ``community_heads``), is that body's short name: it takes the
        body's type, as ``analyse.entities._body_names`` does within one article. Why: the tagger gives the bare
        word as a person in reports that never write the head, and a quarter of Delhi became a person entity."""
        if group.type != "PER" or any(" " in m.text.strip() for m in group.name_mentions):
            return group.type
        heads = body_heads()
        for key in {match_key(m.text) for m in group.name_mentions}:
            for eid in self._keys.get(f"k:{key}", set()):
                e = self.entities[eid]
                if e.type in ("ORG", "LOC") and any(
                        n.split()[:-1] == [key] and n.split()[-1] in heads for n in map(match_key, e.names())):
                    return e.type
        return group.type

    def _type_by_store(self, group: MentionGroup) -> tuple[str, set[str]]:
        """A one-word "person" with no title or role whose word the store knows, alone, mostly as a place or an
        organisation (clearly more mentions: ``STORE_TYPE_SHARE``) takes that type, and the person entities of that
        word alone, with no role either, are the same misreading: returned to be absorbed. Why: the tagger took
        निजामुद्दीन, the Delhi quarter, for a person in a dozen reports, while most reports had it as a place."""
        if group.type != "PER" or group.roles or any(" " in m.text.strip() for m in group.name_mentions):
            return group.type, set()
        found = self._word_alone(group, "PER")
        if found is None:
            return group.type, set()  # a person with a title or office: really a person
        counts, persons = found
        kind = max(("LOC", "ORG"), key=lambda t: counts[t])
        if counts[kind] >= STORE_TYPE_MIN and counts[kind] >= STORE_TYPE_SHARE * counts["PER"]:
            return kind, persons
        return group.type, set()

    def _word_alone(self, group: MentionGroup, own: str) -> tuple[Counter, set[str]] | None:
        """How the store types the one word of ``group`` when it stands alone: mentions by type (the group's own
        counted as ``own``) over the entities known only by that word, and the role-less person entities among
        them; None when one of them is a person with a title or office (then the word really names a person)."""
        keys = {match_key(m.text) for m in group.name_mentions}
        counts: Counter = Counter({own: len(group.name_mentions)})
        persons: set[str] = set()
        for eid in {i for k in keys for i in self._keys.get(f"k:{k}", set())}:
            e = self.entities[eid]
            if not {match_key(n) for n in e.names()} <= keys:
                continue  # known by a fuller name as well: not this word alone
            kind = e.majority_type()
            counts[kind] += e.size()
            if kind == "PER":
                if e.roles:
                    return None
                persons.add(eid)
        return counts, persons

    def _persons_of_place_word(self, group: MentionGroup) -> set[str]:
        """``_type_by_store`` from the other side: a place or organisation group of one word, when the store (with
        this group) knows that word alone mostly as its type (``STORE_TYPE_MIN``, ``STORE_TYPE_SHARE``), returns
        the person entities of that word alone with no title or role, the same misreading, to be absorbed. Why: the
        tagger took रोहतास for a person in a list of Bihar's districts while the district had few mentions yet; the
        district's later reports never met that person entity again, so the split depended on the order of reports."""
        if group.type not in ("LOC", "ORG") or any(" " in m.text.strip() for m in group.name_mentions):
            return set()
        found = self._word_alone(group, group.type)
        if found is None:
            return set()  # a person with a title or office: really a person
        counts, persons = found
        if persons and counts[group.type] >= STORE_TYPE_MIN and counts[group.type] >= STORE_TYPE_SHARE * counts["PER"]:
            return persons
        return set()

    def _described(self, group: MentionGroup, present: set[str], placed_only: bool = False) -> str | None:
        """The one person of this article whom this and earlier articles gave the group's role (with
        ``placed_only``, that role in that place: a title alone is no fit)."""
        wanted = group.roles[0] if group.roles else None
        if wanted is None:
            return None
        fits = []
        for eid in present:
            e = self.entities[eid]
            if e.type != "PER":
                continue
            held = [(country, title) for country, _, title in (r.partition("|") for r in e.roles)]
            fits.append((role_fit(wanted, held), eid))
        best = max((f for f, _ in fits), default=0)
        if placed_only and best < 2:
            return None
        holders = [eid for f, eid in fits if f == best and best > 0]
        return holders[0] if len(holders) == 1 else None

    def remove_article(self, article_id: str) -> None:
        """Forget one article's mentions (before it is re-added); entities left without any go away."""
        for eid in self.article_entities.pop(article_id, set()):
            e = self.entities.get(eid)
            if e is None:
                continue
            self._unindex(e)
            e.remove_article(article_id)
            if e.size():
                self._index(e)
            else:
                del self.entities[eid]
        self.article_story.pop(article_id, None)

    # -- matching ----------------------------------------------------------------------------------------
    def _types_and_names(self, ids: Iterable[str]) -> dict[str, tuple[str, Iterable[str]]]:
        """``{id: (type, names)}`` of the entities ``ids``: what the fuzzy match filters a block on before it
        looks at anything else of an entity (a stored index reads no more of them, ``entity_rows``)."""
        return {i: (self.entities[i].type, self.entities[i].names()) for i in ids}

    def _of_type(self, ids: set[str], type_: str, claimed: set[str], *, place_or_org: bool = False) -> set[str]:
        """Candidates of the same type; with ``place_or_org`` a place and an organisation also agree, since
        taggers disagree on them (वाशिंगटन, the Kremlin) while the name is the same."""
        types = {type_} | ({"LOC", "ORG"} if place_or_org and type_ in ("LOC", "ORG") else set())
        return {i for i in ids if self.entities[i].type in types and i not in claimed}

    def _strong_match(self, ev: _Evidence, claimed: set[str]) -> str | None:
        if ev.common or ev.local:
            return None  # a common name is decided with the article's context (_common_name_match)
        exact: set[str] = set()
        for k in ev.full_keys:
            exact |= self._keys.get(f"k:{k}", set())
        for latin in ev.known:
            exact |= self._keys.get(f"L:{latin}", set())
        if ev.type in ("ORG", "LOC"):
            for n in ev.names:
                if (campus := campus_key(n)) is not None:
                    exact |= self._keys.get(campus, set())
        close: set[str] = set()
        for k in ev.loose:
            close |= self._keys.get(f"l:{k}", set())
        close |= self._phonetic_matches(ev)
        close |= self._glued_matches(ev)
        for n in ev.names:
            if (key := _translated_key(n, ev.type)) is not None:
                close |= self._keys.get(key, set())
            if (key := _swapped_key(n, ev.type)) is not None:
                close |= self._keys.get(key, set())
        found = self._of_type(exact, ev.type, claimed, place_or_org=True) | self._of_type(close, ev.type, claimed)
        found = {i for i in found if self._region_agrees(i, ev) and self._office_agrees(i, ev)}
        if ev.regions:
            found = self._same_region(found, ev)
        if not found:
            return None
        return self._merge(found, bracketed=_bracketed_pair(ev))

    def _glued_matches(self, ev: _Evidence) -> set[str]:
        """A person's name written as one word and as two (हर्षवर्धन / हर्ष वर्धन): the one-word name of one side is
        the other side's words run together (vowel length folded as in the loose key). Neither side may be a name
        many people bear (a common given name or surname alone, अमित कुमार), which say nothing of who is meant."""
        if ev.type != "PER":
            return set()
        found: set[str] = set()
        for n in ev.names:
            for key in _glued_keys(n):
                other = "jm:" if key.startswith("j1:") else "j1:"
                found |= self._keys.get(other + key[3:], set())
        return found

    def _office_agrees(self, entity_id: str, ev: _Evidence) -> bool:
        """A person written with an office of one kind is not an entity written only with offices of the other
        (``office_kinds``: elected or official): डीएम नितीश कुमार, a district magistrate, is not the chief minister
        नीतीश कुमार, though the loose key joins the spellings. One kind on each side, and they differ."""
        if ev.type != "PER" or not ev.roles:
            return True
        ours = office_kinds(ev.roles)
        theirs = office_kinds(self.entities[entity_id].roles)
        return not (len(ours) == 1 and len(theirs) == 1 and ours != theirs)

    def _region_agrees(self, entity_id: str, ev: _Evidence) -> bool:
        """A group and an entity are not in two different regions: जयनगर written "अगरतला के जयनगर" (Tripura) is not
        the Bihar town an earlier report named, nor does a later report's plain जयनगर (Bihar) join the Agartala
        quarter; Iran's स्वास्थ्य मंत्रालय is not India's, nor is "छत्तीसगढ़ के बैकुंठपुर के कोरिया" Korea. An entity's
        region is the one most of its qualified mentions gave it, else the region its name means (a known place),
        else, for a place no list knows, the region most of its articles name; a public body's is the home country
        unless qualified. A group's is its qualifier's, else its name's, else (against a qualified entity only) its
        article's. No region on either side: no conflict. Namesake cities are ``_same_region``'s to judge. An
        unexpanded acronym is also kept from an entity whose acronym evidence names another body (``acronyms``)."""
        if not acronyms_agree(ev.roles, self.entities[entity_id].roles):
            return False  # बीएमसी of "भुवनेश्वर नगर पालिका (बीएमसी)" is not the बीएमसी of reports about Mumbai
        names = self.entities[entity_id].names()
        if not (expansion_kept(ev.roles, names, ev.names)
                and expansion_kept(self.entities[entity_id].roles, ev.names, names)):
            return False  # उत्तरी दिल्ली नगर निगम (एनडीएमसी) is not the एनडीएमसी of reports that do not expand it
        if _legislature_of(ev.roles) != _legislature_of(self.entities[entity_id].roles):
            return False  # कांग्रेस of a passage about the US is not the party of other reports (``legislatures``)
        if (ev.local or _unlisted_acronym(ev)) and not ev.within and ev.article_region:
            # स्टेशन रोड, ईएसआई अस्पताल, रामनगर: many towns have one; the one of a report about Himachal is not the
            # one of reports about Uttar Pradesh.
            # An acronym already named in reports about several regions is a national body (बीएसएफ, IRCTC): only one
            # whose reports are all about one region is that region's body.
            # One whose full name says it is the country's (केंद्रीय रिजर्व पुलिस बल) is a national body from its first
            # report on.
            e = self.entities[entity_id]
            found = self._articles_region(entity_id) if ev.local else \
                None if national_body(e.names(), e.roles) else self._one_region(entity_id)
            if found is not None and not regions_agree(ev.article_region, found):
                return False
        elif not (ev.within or ev.local or _unlisted_acronym(ev)) and _bare_acronym_entity(self.entities[entity_id]) \
                and (near := _acronym_region(ev.roles)) is not None and not national_body(ev.names, ev.roles):
            # The acronym written with its expansion, against an entity known only by the bare letters: the region
            # its own words and places give (not a round-up's article region: एलएनजेपी of a national page is Delhi's)
            found = self._one_region(entity_id)
            if found is not None and not regions_agree(near, found):
                return False
        e = self.entities[entity_id]
        counts: Counter = Counter()
        for role, n in e.roles.items():
            for region in within_regions([role]):
                counts[region] += n
        if not (ev.within or ev.public or counts):
            return True  # two plain names: the name matched; namesake cities are _same_region's
        if counts:
            top = max(counts.values())
            entity_regions = {r for r, n in counts.items() if n == top}
        elif ev.public:
            entity_regions = {_HOME_COUNTRY}
        elif e.type != "LOC" or ev.regions:
            return True
        elif (home := sounded_home(e.name)) is not None:
            entity_regions = {home}
        elif ev.within and (found := self._articles_region(entity_id)) is not None:
            entity_regions = {found}
        else:
            return True
        return self._agree(ev, entity_regions, qualified_entity=bool(counts))

    @staticmethod
    def _agree(ev: _Evidence, entity_regions: set[str], qualified_entity: bool) -> bool:
        if ev.public:
            return bool((set(ev.within) or {_HOME_COUNTRY}) & entity_regions)
        group_regions = set(ev.within) or ({ev.home} if ev.home and not ev.regions else set())
        if not group_regions and qualified_entity and ev.article_region \
                and all(r in state_names() for r in entity_regions):
            # A quarter of an Indian town named plainly: the state the report is about (not for a place abroad,
            # which an Indian report names from wherever it is written).
            group_regions = {ev.article_region}
        if not group_regions:
            return True
        return any(regions_agree(g, r) for g in group_regions for r in entity_regions)

    def _articles_region(self, entity_id: str) -> str | None:
        """The region most of the entity's articles name most (each article's strict leader among its places)."""
        self._context(entity_id, set(), None)  # a stored index reads the articles' entities here
        votes: Counter = Counter()
        place_names = self._place_names(entity_id, self.entities[entity_id].articles())
        for a in self.entities[entity_id].articles():
            names = [n for o in self.article_entities.get(a, set()) if o != entity_id
                     if (n := place_names.get(o)) is not None]
            leader = _leading_region(region_votes(names))
            if leader:
                votes[leader] += 1
        return _leading_region(votes)

    def _place_names(self, entity_id: str, articles: Iterable[str]) -> dict[str, str]:
        """``{entity id: main name}`` of the places (``LOC``) among the other entities of ``articles``. A stored
        index reads their records in one query (it read them one article at a time), and each name is worked
        out once, not once per article that names the place: the records do not change while the votes are
        counted, so the votes are the same."""
        others = {o for a in articles for o in self.article_entities.get(a, set()) if o != entity_id}
        prefetch = getattr(self.entities, "prefetch", None)
        if prefetch is not None:
            prefetch(sorted(others))
        return {o: e.name for o in others if (e := self.entities.get(o)) is not None and e.type == "LOC"}

    def _same_region(self, found: set[str], ev: _Evidence) -> set[str]:
        """Namesake cities are different places: औरंगाबाद in a report that names Bihar and Gaya is not the
        Maharashtra city an earlier report placed with Mumbai and Pune. The candidates of the article's region: the
        one its other places point to, else the name's usual one (``places.region_of``: the larger city, or the one
        GeoNames gives this spelling)."""
        if ev.region is None:
            return found
        return {i for i in found if self._entity_region(i, ev.regions, ev.usual) == ev.region}

    def _entity_region(self, entity_id: str, options: frozenset[str], usual: str | None) -> str | None:
        """The region most of the entity's articles give it (each by the other places it names, else ``usual``)."""
        articles = list(self.entities[entity_id].articles())
        self._context(entity_id, set(), None)  # a stored index reads the articles' entities here
        votes: Counter = Counter()
        place_names = self._place_names(entity_id, articles)
        for a in articles:
            names = [n for o in self.article_entities.get(a, set()) if o != entity_id
                     if (n := place_names.get(o)) is not None]
            region = pick_region(options, region_votes(names)) or usual
            if region:
                votes[region] += 1
        ranked = votes.most_common()
        if not ranked:
            return usual
        top = [r for r, n in ranked if n == ranked[0][1]]
        return usual if usual in top else min(top)

    def _absorb_lone_names(self, eid: str, ev: _Evidence, claimed: set[str], context: set[str],
                           story_id: str | None) -> str:
        """An article that writes a full name and its one-word form (अनिल मेहता … मेहता) shows that an
        earlier entity known only by that one word is the same person, when it shares context with the
        article (a story, co-occurring entities). The older id survives and records the other."""
        if ev.type == "PER":
            eid = self._absorb_shorter_name(eid, ev, claimed, context, story_id)
        if not ev.full_keys or not ev.short_keys:
            return eid
        for k in ev.short_keys:
            for other in sorted(self._of_type(self._keys.get(f"k:{k}", set()), ev.type, claimed)):
                lone = self.entities.get(other)
                if lone is None or match_key(lone.name) != k or other == eid:
                    continue
                # Specific context only (the story, an entity in common that is not everywhere, a role), as for a
                # lone word joining a fuller name: भारत in common does not make the राम of a speech the राम of
                # "राम वनगमन पथ".
                if any(is_common_name_word(n) for n in lone.names()) and not self._same_story(other, story_id):
                    continue  # a word many people bear alone (राम, शर्मा) is that person only in the same story
                if self._supporting_context(other, ev, context - {eid}, story_id, lone=True) > 0:
                    eid = self._merge({eid, other})
        return eid

    def _absorb_shorter_name(self, eid: str, ev: _Evidence, claimed: set[str], context: set[str],
                             story_id: str | None) -> str:
        """पुण्य सलिला श्रीवास्तव after an entity known only as सलिला श्रीवास्तव: the older entity is this person
        when it shares context with the article and no other person's name ends in those two words."""
        for k in ev.full_keys:
            words = k.split()
            if len(words) < 3:
                continue
            tail = " ".join(words[-2:])
            if len(self._keys.get(f"s:{tail}", set()) - {eid}) > 0:
                continue  # another person's full name ends the same way: no evidence for either
            for other in sorted(self._of_type(self._keys.get(f"k:{tail}", set()), "PER", claimed)):
                shorter = self.entities.get(other)
                if shorter is None or other == eid or match_key(shorter.name) != tail:
                    continue
                if self._context(other, context - {eid}, story_id) >= LONGER_NAME_CONTEXT:
                    eid = self._merge({eid, other})
        return eid

    def _typo_match(self, ev: _Evidence, claimed: set[str]) -> str | None:
        """The one established place or body whose name this rare spelling misses or doubles one letter of
        (``typos.one_letter_apart``: देहरादूनक / देहरादून, लक्षदीप / लक्षद्वीप, आइएएनस / आइएएनएस). Only a
        Devanagari place or organisation name no gazetteer knows (a known name is that entry, not a slip), and only
        an entity of ``TYPO_ARTICLES`` articles or more (the right spelling runs through many reports, a slip is
        written once); two candidates, or one in another region or office, join neither. Why: three judged samples
        of the covid5 store each held such splits (session 32, ``docs/entities.md``)."""
        if ev.type not in ("LOC", "ORG") or ev.latin_script or ev.known:
            return None
        found: set[str] = set()
        for k in ev.full_keys:
            bucket = self._keys.get(_block(k), set())
            seen = self._types_and_names(bucket)
            for i in bucket:
                if i in claimed or seen[i][0] != ev.type:
                    continue
                if any(one_letter_apart(k, match_key(name)) for name in seen[i][1]) \
                        and len(self.entities[i].articles()) >= TYPO_ARTICLES:
                    found.add(i)
        found = {i for i in found if self._region_agrees(i, ev) and self._office_agrees(i, ev)}
        return next(iter(found)) if len(found) == 1 else None

    def _phonetic_matches(self, ev: _Evidence, among: set[str] | None = None) -> set[str]:
        """Across scripts: word-by-word agreement of phonetic keys, full names only (of ``among`` when given)."""
        found: set[str] = set()
        for key in ev.phonetic:
            if len(key.split()) < 2 and ev.type == "PER":
                continue
            glued = _glued_skeleton(key)
            probes = [f"p:{skeleton(key)}", *([f"G:{glued}"] if glued is not None else [])]
            # One walk over the entities of both buckets, each once: the test below does not depend on the bucket
            # that gave an entity, and a two-word name's two buckets hold the same namesakes (session 27: walking
            # each bucket apart doubled the part of a step that grows with the store).
            if among is None:
                bucket = set().union(*(self._keys.get(probe, set()) for probe in probes))
            else:
                bucket = {i for i in among if not self._indexed.get(i, set()).isdisjoint(probes)}
            for eid in bucket - found:
                e = self.entities[eid]
                other_script = [n for n in e.names()
                                if has_devanagari(n) == ev.latin_script and not _latin_acronym(n)]
                if any(_phonetic_agree(key, phonetic_key(n)) or _glued_agree(key, phonetic_key(n), ev.type)
                       for n in other_script):
                    found.add(eid)
        return found

    def _weak_match(self, ev: _Evidence, claimed: set[str], context: set[str],
                    story_id: str | None) -> str | None:
        acronym = self._acronym_match(ev, claimed, context, story_id)
        if acronym is not None:
            return acronym
        if ev.common or ev.local:
            return self._common_name_match(ev, claimed, context, story_id)
        # Fuzzy full names.
        fuzzy: dict[str, float] = {}
        for k in ev.full_keys:
            bucket = self._keys.get(_block(k), set())
            seen = self._types_and_names(bucket)
            # as ``_of_type`` (the same set, built in the same order), on the types only
            for i in {i for i in bucket if seen[i][0] == ev.type and i not in claimed}:
                for name in seen[i][1]:
                    other = match_key(name)
                    if abs(len(other) - len(k)) <= 3 and variant_tokens(k.split(), other.split()) \
                            and (ev.type != "LOC" or " " in k or _vowels_agree(k, other)):
                        fuzzy[i] = max(fuzzy.get(i, 0), fuzz.ratio(k, other))
        fuzzy = {i: r for i, r in fuzzy.items() if self._region_agrees(i, ev) and self._office_agrees(i, ev)}
        if fuzzy and ev.regions:
            fuzzy = {i: r for i, r in fuzzy.items() if i in self._same_region(set(fuzzy), ev)}
        if fuzzy:
            best = max(fuzzy, key=lambda i: (self._context(i, context, story_id), fuzzy[i]))
            if fuzzy[best] >= FUZZY_ALONE or self._context(best, context, story_id) > 0:
                return best
        if (typo := self._typo_match(ev, claimed)) is not None:
            return typo
        if ev.type == "PER" and ev.full_keys:
            return self._longer_name(ev, claimed, context, story_id) \
                or self._initialled_name(ev, claimed, context, story_id) \
                or self._transliterated_name(ev, claimed, context, story_id)
        if ev.full_keys or ev.type != "PER":
            return None
        # Short forms of persons: first or last word of a fuller name.
        candidates: set[str] = set()
        for k in ev.short_keys:
            candidates |= self._keys.get(f"t:{k}", set())
        if ev.latin_script:
            # Across scripts a shared skeleton is only a hint (CPRO and कपूर share k-p-r): the word itself must
            # sound like the first or last word of the candidate's name.
            for key in ev.phonetic:
                for i in self._keys.get(f"T:{skeleton(key)}", set()):
                    if self._sounds_like_part(key, i):
                        candidates.add(i)
        candidates = self._of_type(candidates, ev.type, claimed)
        # शर्मा, ओमप्रकाश or आरके in another article is not दिनेश शर्मा, ओमप्रकाश सोनी or आरके तिवारी when the full
        # name is one many people bear: one word of it says even less than the whole, so only the same story joins.
        # A word many people bear alone (शर्मा, सिंह, देवी, आरके) joins another article's entity only in its story.
        common_word = any(is_common_name_word(m) for m in ev.names)
        # A bare name in a list of people (मजदूरों वसीम, हैदर, शाहरुख, अजय …) is one of many locals: the same story only.
        candidates = {i for i in candidates if not (common_word or ev.listed or all_common(self.entities[i].names()))
                      or self._same_story(i, story_id)}
        if not ev.latin_script:
            # One word alone says little about who is meant: a first word (देवी of देवी-देवताओं, राहुल) is a given
            # name many share or an everyday word, a last word a surname many share (सेन of लक्ष्य सेन is not सुभब्रत
            # सेन, "आलम ये कि" is no आलम), and a bare name in a list of people (वसीम, शाहरुख) is nobody in particular.
            # It joins an entity of another article only with specific context: the story, an entity in common that
            # is not everywhere, a role in common (किम, शी, सीएम गहलोत have it in their news).
            # A word that is only part of the candidate's name (वेई of शेन वेई) needs rarer context than the whole
            # name a person goes by alone (हर्षवर्धन).
            candidates = {i for i in candidates if self._supporting_context(
                i, ev, context, story_id, lone=(part := match_key(self.entities[i].name) not in ev.short_keys),
                part=part) > 0}
        # Entities known by this one word alone: the bucket for mentions that could not be told apart.
        lone = {i for i in candidates if match_key(self.entities[i].name) in ev.short_keys}
        if len(candidates) == 1:
            return next(iter(candidates))
        if not candidates:
            return None
        scored = sorted(((self._context(i, context, story_id), self.entities[i].size(), i)
                         for i in candidates), reverse=True)
        (c1, n1, best), (c2, n2, _) = scored[0], scored[1]
        if c1 > c2 or (c1 == c2 and n1 >= 3 * n2 and best not in lone):
            return best
        # Two people share the name and nothing tells them apart: no merge with either of them.
        return min(lone, key=lambda i: self.entities[i].seq) if lone else None

    def _acronym_match(self, ev: _Evidence, claimed: set[str], context: set[str],
                       story_id: str | None) -> str | None:
        """An organisation written by its acronym in one report and in full in another (केजीएमयू, किंग जॉर्ज मेडिकल
        यूनिवर्सिटी; आरएमएल अस्पताल, राम मनोहर लोहिया अस्पताल: ``expansions``): the entity whose name the group's acronym
        abbreviates, or whose acronym abbreviates the group's name, when the article shares specific context with it
        (``ACRONYM_CONTEXT``: the story and more, or three of an entity in common that is not everywhere, the places in
        common, a role; one of them for an acronym before the same head, ``HEADED_ACRONYM_CONTEXT``) and more than with
        any other such entity. The letters alone are no evidence: many bodies share initials
        (PHC is a primary health centre as often as the Patna High Court). A body has one acronym: an entity that
        already holds an acronym of other letters is not the group's (राष्ट्रीय स्वास्थ्य आयोग with एनएचसी does not take
        एनएचए, though आयोग spelt Ayog would give an A), nor is a group holding another acronym the entity's."""
        if ev.type != "ORG":
            return None
        probes = {f"a:{f}" for n in ev.names for f in acronym_forms(n)}
        probes |= {f"A:{f}" for n in ev.names for f in expansion_forms(n)}
        needed: dict[str, int] = {}  # candidate -> the support it needs (less when a head was matched too)
        for p in probes:
            for i in self._keys.get(p, set()):
                need = HEADED_ACRONYM_CONTEXT if "|" in p else ACRONYM_CONTEXT
                needed[i] = min(needed.get(i, need), need)
        ours = acronym_letters(ev.names)
        found = {i for i in self._of_type(set(needed), ev.type, claimed) if self._region_agrees(i, ev)
                 and _one_acronym(ours, acronym_letters(set(self.entities[i].names())))
                 and expansions_agree(ev.roles, self.entities[i].names(), ev.names)
                 and expansions_agree(self.entities[i].roles, ev.names, self.entities[i].names())}
        scored = sorted(((self._supporting_context(i, ev, context, story_id), i) for i in found), reverse=True)
        if not scored or scored[0][0] < needed[scored[0][1]] or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def _absorb_abbreviated(self, eid: str, ev: _Evidence, claimed: set[str], context: set[str],
                            story_id: str | None) -> str:
        """A group that found its entity by name (एलबीएस अस्पताल, an entity of the acronym alone) also joins that
        entity to the one its acronym abbreviates (लाल बहादुर शास्त्री अस्पताल) on the terms of ``_acronym_match``,
        when the entity it found holds no fuller name of its own that the acronym abbreviates (then it knows its
        expansion already, and another entity with those initials is another body)."""
        if ev.type != "ORG" or not ev.names:
            return eid
        found = self._acronym_match(ev, claimed - {eid}, context - {eid}, story_id)
        if found is None or found == eid or set(self.entities[found].articles()) & set(self.entities[eid].articles()):
            return eid  # two bodies of one report stay apart (``_merge`` would keep them so, but place the group)
        letters = acronym_letters(ev.names)
        if any(expansion_forms(n) & letters for n in self.entities[eid].names()) \
                or not _one_acronym(acronym_letters(set(self.entities[eid].names())),
                                    acronym_letters(set(self.entities[found].names()))):
            return eid
        return self._merge({eid, found})

    def _longer_name(self, ev: _Evidence, claimed: set[str], context: set[str], story_id: str | None) -> str | None:
        """सलिला श्रीवास्तव after पुण्य सलिला श्रीवास्तव: a two-word person name that ends exactly one longer
        name (the tagger cut its first word) is that person when the article shares context with them; and a
        longer name joins an entity known only by its last two words, on the same terms. The same for a three-word
        name written without its middle word (अवनीश अवस्थी, अवनीश कुमार अवस्थी), either way round. Two-word names are
        often common (अमित कुमार), so the context must be the same story or two entities in common."""
        found: set[str] = set()
        for k in ev.full_keys:
            words = k.split()
            if len(words) == 2:
                found |= self._keys.get(f"s:{k}", set())
                found |= self._keys.get(f"m:{match_key(k, fold_vowel_length=True)}", set())  # अवनीश [कुमार] अवस्थी
            elif len(words) > 2 and not self._keys.get(f"s:{' '.join(words[-2:])}"):
                # The other way round: an entity known only by the last two words of this name.
                tail = " ".join(words[-2:])
                found |= {i for i in self._keys.get(f"k:{tail}", set()) if match_key(self.entities[i].name) == tail}
            if len(words) == 3:
                # The other way round: an entity known only by this name without its middle word.
                pair = f"{words[0]} {words[2]}"
                found |= {i for i in self._keys.get(f"k:{pair}", set()) if match_key(self.entities[i].name) == pair}
        found = self._of_type(found, "PER", claimed)
        if len(found) != 1:
            return None
        eid = next(iter(found))
        # Two-word names are often common (अमित कुमार): the same story, or two entities in common, not one.
        return eid if self._context(eid, context, story_id) >= LONGER_NAME_CONTEXT else None

    def _initialled_name(self, ev: _Evidence, claimed: set[str], context: set[str],
                         story_id: str | None) -> str | None:
        """पी. विजयन and पिनराई विजयन: a person written with an initial and a surname is the one person with that
        surname whose given name the initial can write (``initial_fits``: पी is the P of Pinarayi; वीके पॉल, Vinod K.
        Paul, is विनोद पॉल, whose middle name the last initial writes, when few people bear the surname: एमडी सिंह
        is not मनमोहन सिंह, एनके गुप्ता not निवेदिता गुप्ता), and the other way round, on the terms of
        ``_longer_name`` (the same story, or two entities in common): initials are shared by many people."""
        found: set[str] = set()
        for k in ev.full_keys:
            words = k.split()
            candidates: set[str] = set()
            for probe in initial_keys(words)[1]:  # i:P|विजयन / I:P|विजयन: not every entity of the surname
                candidates |= self._keys.get(probe, set())
            for eid in self._of_type(candidates, "PER", claimed):
                names = [match_key(n).split() for n in self.entities[eid].names()]
                # A middle name left out only for a surname few people bear: एमडी सिंह is not मनमोहन सिंह.
                drop = not is_common_name_word(words[-1])
                if any(initial_fits(words, other, drop_middle=drop) or initial_fits(other, words, drop_middle=drop)
                       for other in names) and not _initials_differ(words, names):
                    found.add(eid)
        found = {i for i in found if self._office_agrees(i, ev)}
        if len(found) != 1:
            return None
        eid = next(iter(found))
        return eid if self._context(eid, context, story_id) >= LONGER_NAME_CONTEXT else None

    def _transliterated_name(self, ev: _Evidence, claimed: set[str], context: set[str],
                             story_id: str | None) -> str | None:
        """टैड्रोस एडहेनॉम घेबरेयेसस, टेड्रॉस एडहानोम घेबरेसस, टेड्रॉस गेब्रेयेसस: a long foreign name that each report
        transliterates its own way keeps its consonants (``variant_skeletons``). A person name of three words or more,
        none of them a word of Indian names (those differ in their vowels: सुनील / सोनल), whose words' consonant
        skeletons are the candidate's (the shorter name may leave out middle words), is that person when the article
        shares context with them (an entity in common or the story), and more than with any other such candidate."""
        found: set[str] = set()
        for n in ev.names:
            ours = variant_skeletons(n)
            if ours is None:
                continue
            for eid in self._of_type(self._keys.get(_variant_key(ours), set()), "PER", claimed):
                if any((theirs := variant_skeletons(o)) is not None and _skeletons_fit(ours, theirs)
                       for o in self.entities[eid].names()):
                    found.add(eid)
        found = {i for i in found if self._office_agrees(i, ev)}
        if not found:
            return None
        # Earlier reports may have left the person as two entities already (two spellings, each from a report with
        # nothing in common): the one this article shares the most with, when it shares strictly more.
        scored = sorted(((self._context(i, context, story_id), i) for i in found), reverse=True)
        if scored[0][0] <= 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        return scored[0][1]

    def _common_name_match(self, ev: _Evidence, claimed: set[str], context: set[str],
                           story_id: str | None) -> str | None:
        """A person name many people share (अमित कुमार) joins an entity of that name only with supporting
        context: the same story, entities in common that are not everywhere, a shared role; a place name many
        towns have (स्टेशन रोड, सदर अस्पताल) needs the story or one such entity (its town). The name key alone is
        no evidence; with no support, or two candidates equally supported, the group becomes an entity of its
        own."""
        named = {f"k:{k}" for k in ev.full_keys} | {f"l:{k}" for k in ev.loose} | {f"L:{latin}" for latin in ev.known}
        if ev.type == "PER":  # अवधेश मिश्र, the name of अवधेश कुमार मिश्र without its middle word: on the same terms
            named |= {f"m:{match_key(k, fold_vowel_length=True)}" for k in ev.full_keys if len(k.split()) == 2}
        supported = self._supported_namesakes(ev, context, story_id) if ev.common and not ev.roles else None
        if supported is None:
            found = set().union(*(self._keys.get(k, set()) for k in named)) | self._phonetic_matches(ev)
        else:
            # Of the supported entities, those filed under the name (what the name's buckets would give), read
            # from their own keys: the buckets hold every namesake.
            self._read_keys_of(supported)
            found = {i for i in supported if named & self._indexed.get(i, set())}
            found |= self._phonetic_matches(ev, supported)
        scored = sorted(((self._supporting_context(i, ev, context, story_id), i)
                         for i in self._of_type(found, ev.type, claimed, place_or_org=True)
                         if self._region_agrees(i, ev) and self._town_agrees(i, ev)
                         and self._office_agrees(i, ev)), reverse=True)
        if not scored or scored[0][0] < (LOCAL_NAME_CONTEXT if ev.local else COMMON_NAME_CONTEXT):
            return None
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][1]

    def _town_agrees(self, entity_id: str, ev: _Evidence) -> bool:
        """A local name of one town is not the namesake of another (भोपाल's शिवाजी नगर is not इंदौर's): a town written
        as its qualifier on one side that the other side's towns do not include. A town only named nearby on both
        sides is no evidence against: सफदरजंग अस्पताल is named in reports from many towns."""
        if not ev.local:
            return True
        ours_written, ours_near = town_roles(ev.roles)
        theirs_written, theirs_near = town_roles(self.entities[entity_id].roles)
        ours, theirs = ours_written | ours_near, theirs_written | theirs_near
        if ev.names and all(is_numbered_place(n) for n in ev.names) and not ours & theirs:
            return False  # सेक्टर-21: every planned town has one; without one town named on both sides it is no one's
        return not ((ours_written and theirs and not ours_written & theirs)
                    or (theirs_written and ours and not theirs_written & ours))

    def _supported_namesakes(self, ev: _Evidence, context: set[str], story_id: str | None) -> set[str] | None:
        """The entities that could reach ``COMMON_NAME_CONTEXT`` for a common person name given no role: those in
        an article of this story, or sharing an article with an entity of the context that is not a place and not
        widespread (a shared place counts 1 however many, a widespread entity 0, a role is not given, so without
        the story or such an entity the support stays below 2); of a context entity in more than
        ``CONTEXT_ARTICLES`` articles, only its latest are read. None when this index cannot list a story's
        articles. Why: a store holds ever more namesakes of a common name (one अमित शर्मा per event that names
        one), and scoring each of them made every mention of the name cost in proportion to the store; read from
        the article's side, the cost follows the story and the context, and is bounded."""
        story_articles = self._story_articles(story_id) if story_id else set()
        if story_articles is None:
            return None
        widespread = max(WIDESPREAD_MIN, WIDESPREAD_SHARE * self._article_total())
        articles = set(story_articles)
        for c in context:
            e = self.entities.get(c)
            if e is None or e.type == "LOC":
                continue
            named_in = self._article_count(c)
            if named_in <= widespread:
                articles.update(e.articles() if named_in <= CONTEXT_ARTICLES else self._latest_articles(c))
        self._read_article_entities(articles)
        out: set[str] = set()
        for a in articles:
            for i in self.article_entities.get(a, set()):
                out |= {i, self.resolve(i)}
        return out

    def _article_count(self, entity_id: str) -> int:
        """How many articles name the entity (a stored index counts them in the store)."""
        return len(self.entities[entity_id].articles())

    def _latest_articles(self, entity_id: str) -> list[str]:
        """The latest ``CONTEXT_ARTICLES`` articles of an entity (in memory: the last linked)."""
        e = self.entities[entity_id]
        return list(dict.fromkeys(m["article_id"] for m in reversed(e.mentions)))[:CONTEXT_ARTICLES] \
            if e.mentions else e.articles()[-CONTEXT_ARTICLES:]

    def _story_articles(self, story_id: str) -> set[str] | None:
        """The articles this index places in ``story_id``; None when it cannot list them cheaply (in memory)."""
        return None

    def _read_keys_of(self, entity_ids: set[str]) -> None:
        """Load the keys these entities are filed under in bulk (a stored index reads them here)."""
        return None

    def _read_article_entities(self, articles: set[str]) -> None:
        """Load the entity sets of these articles in bulk (a stored index reads them here)."""
        return None

    def _supporting_context(self, entity_id: str, ev: _Evidence, context: set[str], story_id: str | None,
                            lone: bool = False, part: bool = False) -> int:
        """What this article shares with a candidate beyond its name: 2 for the same story, 1 for each entity
        in common that is named in few articles (भारत or दिल्ली, named everywhere, tell two people apart from
        nothing) but 1 for all places in common together, 1 for a role in common. For a ``lone`` word (a bare
        surname or given name) an entity or place in common counts only when it is rare (``LONE_NAME_SHARE``; a
        town such as देहरादून still is): वुहान does not make the वेई of वेई गुइकियन शेन वेई, nor भारत सरकार and दुबई
        the कपूर of a Gulf report कनिका कपूर. For a ``part`` of the candidate's name (a surname alone in a report that
        never writes the full name) places say who only where both sides are about one region: the report's places
        lead with the region the candidate's reports lead with (सीएम ठाकरे in a Maharashtra report), and a body every
        country and state has (भारत सरकार) is a place's: a Gulf airlift's ambassador कपूर shares लंदन, दुबई and भारत
        सरकार with the singer back from London, and is not her."""
        if not self._context(entity_id, context, story_id) and not ev.roles:
            return 0
        e = self.entities[entity_id]
        score = 0
        shared: set[str] = set()
        for a in e.articles():
            if story_id and self.article_story.get(a) == story_id:
                score = 2
            shared |= self.article_entities.get(a, set()) & context
        # A local name (रामनगर, सदर बाजार; many towns have one) is no more told apart by a ministry or a city abroad
        # that two long round-ups both name than a lone word is: only rare entities count.
        share = LONE_NAME_SHARE if lone or ev.local else WIDESPREAD_SHARE
        widespread = max(WIDESPREAD_MIN, share * self._article_total())
        place = 0
        towns = set().union(*town_roles(ev.roles), *town_roles(e.roles)) if ev.local else set()
        same_region = not part or (
            ev.article_region is not None and (theirs := self._articles_region(entity_id)) is not None
            and regions_agree(ev.article_region, theirs, strict=True))
        for other_id in shared:
            other = self.entities.get(other_id)
            if other is not None and part and (other.type == "LOC" or is_public_body(other.name)):
                place = max(place, int(same_region and self._article_count(other_id) <= widespread))
                continue
            if other is not None and self._article_count(other_id) <= widespread:
                # Namesakes live in one region: a state and its capital in common are one piece of evidence.
                # A local name (शास्त्री नगर) is told by its own town only: Patna's and Kanpur's share लखनऊ,
                # named elsewhere in both reports.
                if other.type == "LOC" and ev.local:
                    place = max(place, int(bool(towns & {match_key(n) for n in other.names()})))
                elif other.type == "LOC":
                    place = 1
                else:
                    score += 1
        score += place
        if {r for r in ev.roles & set(e.roles) if not r.startswith((f"{WITHIN}|", f"{ACRONYM_KIND}|"))}:
            score += 1  # an office in common (a region written around a place name, or a kind, is no evidence of who)
        return score

    def _ends_a_name(self, entity_id: str, keys: set[str]) -> bool:
        """One of the entity's names ends with one of these words, or is one of them (a surname, a lone name)."""
        return any(set(match_key(n).split()[-1:]) & keys for n in self.entities[entity_id].names())

    def _same_story(self, entity_id: str, story_id: str | None) -> bool:
        if not story_id:
            return False
        articles = self.entities[entity_id].articles()
        self._context(entity_id, set(), story_id)  # a stored index reads the articles' stories here
        return any(self.article_story.get(a) == story_id for a in articles)

    def _article_total(self) -> int:
        """How many articles the index has linked."""
        return len(self.article_entities)

    def _sounds_like_part(self, key: str, entity_id: str) -> bool:
        for name in self.entities[entity_id].names():
            words = phonetic_key(name).split()
            if len(words) > 1 and any(fuzz.ratio(key, w) >= SHORT_FORM_SOUND for w in (words[0], words[-1])):
                return True
        return False

    def _context(self, entity_id: str, context: set[str], story_id: str | None) -> int:
        """Articles × entities the candidate shares with this article, plus a bonus for the same story."""
        e = self.entities[entity_id]
        score = 0
        for a in e.articles():
            score += len(self.article_entities.get(a, set()) & context)
            if story_id and self.article_story.get(a) == story_id:
                score += 2
        return score

    def _merge(self, ids: set[str], bracketed: tuple[str, frozenset[str]] | None = None) -> str:
        """One entity out of several that the same name points to; entities seen side by side stay apart, unless
        ``bracketed`` (``_bracketed_pair``: this article writes an expansion and its acronym in brackets after it)
        shows that one of the two is that expansion and the other only that acronym."""
        ordered = sorted(ids, key=lambda i: self.entities[i].seq)
        survivor = self.entities[ordered[0]]
        for other_id in ordered[1:]:
            other = self.entities[other_id]
            if set(other.articles()) & set(survivor.articles()) and not _bracketed_apart(survivor, other, bracketed):
                continue  # both in one article as different groups: not the same referent
            if _known_apart(survivor, other):
                continue  # two different known entities (a fragment never absorbs a known one)
            if _placed_apart(survivor, other):
                continue  # Dehradun's गोरखपुर quarter and the UP city: a plain गोरखपुर that fits both joins neither
            if not acronyms_agree(survivor.roles, other.roles):
                continue  # one acronym of two bodies: a bare mention that matches both joins neither to the other
            if not (expansions_agree(survivor.roles, other.names(), survivor.names())
                    and expansions_agree(other.roles, survivor.names(), other.names())):
                continue  # सरकारी मेडिकल कॉलेज (जीएमसी) is not गोरखपुर मेडिकल कॉलेज
            self._unindex(other)
            self._unindex(survivor)
            survivor.absorb(other)
            survivor.roles.update(other.roles)
            survivor.absorbed.extend([other.id, *other.absorbed])
            self.alias_of[other.id] = survivor.id
            for a in other.articles():
                members = self.article_entities.get(a, set())
                members.discard(other.id)
                members.add(survivor.id)
            del self.entities[other_id]
            self._index(survivor)
        return survivor.id

    def _one_region(self, entity_id: str) -> str | None:
        """The region every article of the entity that points to one (its strict leader among its places) names, or
        None when they name several or none: a body named in reports about several regions is no one region's."""
        self._context(entity_id, set(), None)  # a stored index reads the articles' entities here
        place_names = self._place_names(entity_id, self.entities[entity_id].articles())
        found: set[str] = set()
        for a in self.entities[entity_id].articles():
            names = [n for o in self.article_entities.get(a, set()) if o != entity_id
                     if (n := place_names.get(o)) is not None]
            leader = _leading_region(region_votes(names))
            if leader:
                found.add(leader)
        return next(iter(found)) if len(found) == 1 else None

    def _claimed_spelling(self, ev: _Evidence, taken: list[tuple[str, _Evidence]]) -> str | None:
        """इनमें 8 मलयेशिया के … आठ मलेशिया के: two groups of one article, two spellings the store already holds as
        one entity, are that entity, not a new one named like it. Each group of an article claims its own entity
        (two referents of one article are two entities); a group left without one whose every name is a name of an
        entity another group of the article claimed under another spelling joins that entity. A group of the same
        spelling as the claimer is left apart: the article kept the two apart on purpose (the Pakistani पंजाब beside
        India's). Why: a second entity named exactly like the first (मलेशिया twice) was made for one report.
        Places and organisations only, with no common or local name and no region or office that disagrees."""
        if ev.type not in ("LOC", "ORG") or ev.common or ev.local or not ev.full_keys:
            return None
        found: set[str] = set()
        for eid, other in taken:
            e = self.entities.get(eid)
            if e is None or e.type != ev.type or other.full_keys & ev.full_keys:
                continue
            keys = {match_key(n) for n in e.names()}
            if ev.full_keys <= keys and other.full_keys <= keys and self._region_agrees(eid, ev):
                found.add(eid)
        return next(iter(found)) if len(found) == 1 else None

    def _create(self, ev: _Evidence, group: MentionGroup) -> str:
        eid = self._free_id(group.type, group.name)
        self._seq += 1
        self.entities[eid] = EntityRecord(eid, group.type, self._seq)
        return eid

    def _free_id(self, type_: str, name: str) -> str:
        """The first of the ``NUMBERED_IDS`` ids of this type and name that no entity has and no merged entity
        had; when all are, an id from the sequence number the entity gets (``later_entity_id``)."""
        for n in range(1, NUMBERED_IDS + 1):
            eid = entity_id_at(type_, name, n)
            if eid not in self.entities and eid not in self.alias_of:
                return eid
        return self._later_id(type_, name)

    def _later_id(self, type_: str, name: str) -> str:
        eid, k = later_entity_id(type_, name, self._seq + 1), 0
        while eid in self.entities or eid in self.alias_of:  # a hash collision: practically never
            k += 1
            eid = later_entity_id(type_, name, self._seq + 1, k)
        return eid

    # -- lookup tables -----------------------------------------------------------------------------------
    def _index(self, e: EntityRecord) -> None:
        keys = self._keys_of(e)
        self._load_keys(keys)
        for k in keys:
            self._keys.setdefault(k, set()).add(e.id)
        self._indexed[e.id] = keys

    def _load_keys(self, keys: set[str]) -> None:
        """Make ``keys`` ready in ``_keys`` (all in memory here; a stored index reads them in one query)."""

    @staticmethod
    def _keys_of(e: EntityRecord) -> set[str]:
        """The lookup keys an entity is filed under."""
        keys = set(_name_keys(e.type, frozenset(e.names())))
        keys.add(f"L:{latin_key(e.latin)}")
        return keys

    def _unindex(self, e: EntityRecord) -> None:
        keys = self._indexed.pop(e.id, set())
        self._load_keys(keys)
        for k in keys:
            ids = self._keys.get(k)
            if ids is not None:
                ids.discard(e.id)
                if not ids:
                    del self._keys[k]


def first_entity_id(type_: str, name: str) -> str:
    """The id a new entity of this type and name gets unless it is taken."""
    return "E" + hashlib.sha1(f"{type_}|{match_key(name)}".encode()).hexdigest()[:10]


def entity_id_at(type_: str, name: str, n: int) -> str:
    """The id of the ``n``-th entity of this type and name (1: ``first_entity_id``), taken when those before are."""
    if n == 1:
        return first_entity_id(type_, name)
    return "E" + hashlib.sha1(f"{type_}|{match_key(name)}|{n}".encode()).hexdigest()[:10]


def later_entity_id(type_: str, name: str, seq: int, retry: int = 0) -> str:
    """The id of an entity of a name that ``NUMBERED_IDS`` entities already bear, from its sequence number."""
    return "E" + hashlib.sha1(f"{type_}|{match_key(name)}|#{seq}|{retry}".encode()).hexdigest()[:10]


def _initials_differ(words: list[str], names: list[list[str]]) -> bool:
    """A name written with initials and another name of the entity with other initials of the same surname (वीजे पॉल
    and वीके पॉल): two people, whatever full name both may fit."""
    ours = initials_of(words)
    return ours is not None and any((theirs := initials_of(n)) is not None and n[-1] == words[-1]
                                    and not (ours.startswith(theirs) or theirs.startswith(ours)) for n in names)


def _bracketed_pair(ev: _Evidence) -> tuple[str, frozenset[str]] | None:
    """The expansion (key) and the acronyms (keys) of an organisation group written "expansion (acronym)" in its
    article (``acronym_by``): भारतीय क्रिकेट कंट्रोल बोर्ड (बीसीसीआई). None for any other group."""
    if ev.type != "ORG":
        return None
    written = [v for kind, _, v in (r.partition("|") for r in ev.roles) if kind == ACRONYM_BY]
    names = {match_key(n) for n in ev.names}
    expansions = [match_key(w) for w in written if match_key(w) in names]
    acronyms = frozenset(match_key(n) for n in ev.names if " " not in n.strip() and initials(n) is not None)
    if len(expansions) != 1 or not acronyms:
        return None
    return expansions[0], acronyms


def _bracketed_apart(a: EntityRecord, b: EntityRecord, bracketed: tuple[str, frozenset[str]] | None) -> bool:
    """Two entities an earlier article kept apart as two groups (its coref could not tell that an acronym abbreviates
    a name whose words come in another order: बीसीसीआई and भारतीय क्रिकेट कंट्रोल बोर्ड), which this article's
    "expansion (acronym)" shows are one: one holds that expansion among its names, the other is known by nothing but
    that acronym."""
    if bracketed is None:
        return False
    expansion, acronyms = bracketed
    keys_a, keys_b = ({match_key(n) for n in e.names()} for e in (a, b))
    return any(expansion in x and y <= acronyms for x, y in ((keys_a, keys_b), (keys_b, keys_a)))


def _known_apart(a: EntityRecord, b: EntityRecord) -> bool:
    """Both entities are known (gazetteer, place lists) and as different entities."""
    known_a, known_b = set(known_names(a.names(), a.type)), set(known_names(b.names(), b.type))
    return bool(known_a and known_b and not known_a & known_b)


def _leading_within(e: EntityRecord) -> set[str]:
    """The regions most of an entity's qualified mentions place it in (``within`` roles), else, for a place the lists
    know, the region its name means; empty when neither says."""
    counts: Counter = Counter()
    for role, n in e.roles.items():
        for region in within_regions([role]):
            counts[region] += n
    if counts:
        top = max(counts.values())
        return {r for r, n in counts.items() if n == top}
    home = sounded_home(e.name) if e.type == "LOC" else None
    return {home} if home else set()


def _placed_apart(a: EntityRecord, b: EntityRecord) -> bool:
    """Two entities, at least one of them written inside a region (a quarter of another state's town, a foreign
    body), whose regions disagree: ``_region_agrees`` kept them apart when each was made, so a later name that fits
    both is no evidence that they are one."""
    if not any(within_regions(e.roles) for e in (a, b)):
        return False
    # "abroad" says only that no list places a container (कश्मीर of "जम्मू व कश्मीर का श्रीनगर"): no evidence apart.
    ra, rb = _leading_within(a) - {ABROAD}, _leading_within(b) - {ABROAD}
    return bool(ra and rb) and not any(regions_agree(x, y) for x in ra for y in rb)


LIST_GAP = 2  # characters between two names of a list (", "; one space is a name the tagger split in two)


def _listed_names(evidence: list[tuple[MentionGroup, _Evidence]]) -> None:
    """Mark the one-word person groups whose every name mention stands in a list of person names: another person
    name ends right before it or starts right after it, split by a comma (शकुंतला डबराल, कौशल, विद्या देवी)."""
    spans = sorted((m.start, m.end) for g, _ in evidence if g.type == "PER" for m in g.name_mentions)
    starts = {s for s, _ in spans}
    ends = {e for _, e in spans}

    def in_list(start: int, end: int) -> bool:
        return start - LIST_GAP in ends or end + LIST_GAP in starts

    for g, ev in evidence:
        if g.type == "PER" and ev.short_keys and not ev.full_keys:
            ev.listed = all(in_list(m.start, m.end) for m in g.name_mentions)


def _unlisted_acronym(ev: _Evidence) -> bool:
    """An organisation known only by an acronym no list expands (बीएयू: Bihar Agricultural University in Bhagalpur,
    Birsa Agricultural University in Ranchi), in Devanagari letter names or in Latin capitals (PMCH is the Patna
    Medical College Hospital in a Bihar report and the Patliputra one in a Dhanbad report): like a local name, many
    bodies of many states share it, so a report about another state than the entity's reports is about another body
    (``EntityIndex._region_agrees``)."""
    return ev.type == "ORG" and bool(ev.names) and all(unlisted_acronym(n, ev.type) for n in ev.names) \
        and not _known_beyond_letters(ev.names, ev.type)


def _acronym_region(roles: Iterable[str]) -> str | None:
    """The region a group's acronym evidence gives (``acronyms``: its expansion's place, else the places around it
    when the article agrees or says nothing else); None when the evidence points nowhere or two ways."""
    for role in roles:
        kind, _, value = role.partition("|")
        if kind in (ACRONYM_OF, ACRONYM_IN) and value:
            return value
    return None


def _bare_acronym_entity(e: EntityRecord) -> bool:
    """An organisation entity known so far only by an acronym no list expands: a group that writes the acronym with
    its expansion (बिरसा कृषि विश्वविद्यालय … बीएयू, in a Ranchi report) is held to the entity's region as a bare
    acronym is (बीएयू of a Bhagalpur report is Bihar Agricultural University)."""
    names = set(e.names())
    return e.type == "ORG" and bool(names) and all(unlisted_acronym(n, e.type) for n in names) \
        and not _known_beyond_letters(names, e.type)


def _known_beyond_letters(names: Iterable[str], type_: str) -> bool:
    """A list knows one of the names as something more than its own letters (a Latin acronym is "known" as itself)."""
    own = {latin_key(n) for n in names if not has_devanagari(n)}
    return any(latin_key(k) not in own for k in known_names(set(names), type_))


def _legislature_of(roles: Iterable[str]) -> frozenset[str]:
    """The countries whose legislature ``"legislature_of|country"`` roles say a bare word names."""
    prefix = f"{LEGISLATURE_OF}|"
    return frozenset(r[len(prefix):] for r in roles if r.startswith(prefix))


def _leading_region(votes: Counter) -> str | None:
    """The region with strictly the most votes, or None."""
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _place_regions(evidence: list[tuple[MentionGroup, _Evidence]]) -> None:
    """Mark the groups named like namesake cities with their possible regions and the one this article points to
    by its other places (बिहार, गया, पटना: Bihar), or the one it writes the name inside (बिहार के औरंगाबाद); and
    every group with the region the article's places name most."""
    for g, ev in evidence:
        ev.regions = namesake_regions(g.name)
    if not any(ev.regions or ev.within or ev.home or ev.local or _unlisted_acronym(ev) for _, ev in evidence):
        return
    votes = region_votes(g.name for g, ev in evidence if g.type == "LOC" and not ev.regions)
    leader = _leading_region(votes)
    places = [(m.start, g.name) for g, ev in evidence if g.type == "LOC" and not ev.regions for m in g.mentions]
    for g, ev in evidence:
        ev.article_region = leader
        if (ev.local or _unlisted_acronym(ev)) and not ev.within:
            ev.article_region = _near_region(g, places, votes) or leader
        if ev.regions:
            ev.usual = region_of(g.name)
            ev.region = next(iter(sorted(ev.within)), None) or pick_region(ev.regions, votes) or ev.usual


# A report about two regions (a Bihar and Jharkhand round-up) names a local body or an unexpanded acronym among the
# places of one of them: the last few places written just before its mentions say which region it is in.
NEAR_PLACE_CHARS = 200
NEAR_PLACES = 3
# ... when that region is one the report is about: named at least this share of the leading region's votes.
NEAR_REGION_SHARE = 0.5
# ... and a report about two regions, not a round-up of many (a live blog's CISF at Mumbai airport is the national
# force): the two regions it names most hold this share of its places' votes.
NEAR_TWO_REGIONS = 2 / 3


def _near_region(group: MentionGroup, places: list[tuple[int, str]], votes: Counter) -> str | None:
    """The region the last places before a group's mentions name (``NEAR_PLACES`` within ``NEAR_PLACE_CHARS``),
    when it is not the report's leader but one the report is about too: "धनबाद के कपूरिया का रहनेवाला यह व्यक्ति …
    धनबाद आया था. इसे पीएमसीएच के क्वारेंटाइन सेंटर में" in a round-up of Bihar and Jharkhand is Dhanbad's PMCH
    (Jharkhand), not Patna's (Bihar, the report's leader). None when those places name no one region, or only the
    leader, or a region the report barely names (a Patna report's "दिल्ली से लौटा … पीएमसीएच में" is still Patna's),
    or when the report is a round-up of many regions (a live blog's "मुंबई एयरपोर्ट पर सीआईएसएफ" is the national
    force)."""
    near = {name for m in group.name_mentions
            for _, name in sorted(p for p in places if m.start - NEAR_PLACE_CHARS <= p[0] < m.start)[-NEAR_PLACES:]}
    region = _leading_region(region_votes(near))
    ranked = votes.most_common(2)
    if region is None or region not in dict(ranked) or region == _leading_region(votes) \
            or votes[region] < NEAR_REGION_SHARE * ranked[0][1] \
            or sum(n for _, n in ranked) < NEAR_TWO_REGIONS * sum(votes.values()):
        return None
    return region


_VOWEL_QUALITY = str.maketrans({**dict.fromkeys("िीइई", "i"), **dict.fromkeys("ुूउऊ", "u"),
                                 **dict.fromkeys("ेैएऐ", "e"), **dict.fromkeys("ोौॉओऔऑ", "o"),
                                 **dict.fromkeys("ृऋ", "r")})


def _vowels_agree(a: str, b: str) -> bool:
    """Two Devanagari place names that differ beyond an a, ā or vowel length have different vowels in them:
    मिदनापुर (Midnapore) is not मदनपुर, while कलाबुर्गी is कलबुर्गी. Why: fuzzy keys joined a Saharsa village to a
    Bengal district on one entity in common. Latin names are left to the fuzzy ratio."""
    if not (has_devanagari(a) and has_devanagari(b)):
        return True

    def qualities(name: str) -> str:
        return "".join(c for c in name.translate(_VOWEL_QUALITY) if c in "iueor")

    return qualities(a) == qualities(b)




def _latin_acronym(name: str) -> bool:
    """A Latin name written in capitals (SII, XI, ICMR): its letters, not a sound."""
    return not has_devanagari(name) and len(name) >= 2 and name.isupper()


# Pure in the type and the set of names (the word lists and gazetteers are loaded once per process): an entity is
# filed again after every mention it gains, and its names rarely change between two.
@lru_cache(maxsize=1 << 14)
def _name_keys(type_: str, all_names: frozenset[str]) -> frozenset[str]:
    """The lookup keys of an entity of ``type_`` with these names, its own Latin name aside (``_keys_of``)."""
    keys: set[str] = set()
    names = naming(Counter(all_names))
    for n in names:
        key = match_key(n)
        words = key.split()
        keys.add(f"k:{key}")
        keys.add(_block(key))
        if (bare := bare_form(n, type_)) is not None:  # हुबेई प्रांत is found by हुबेई (``head_forms``)
            keys.add(f"k:{match_key(bare)}")
        if type_ != "PER" or len(words) > 1:
            keys |= {f"l:{k}" for k in loose_keys(n)}
        if type_ == "PER" and len(words) > 2:
            keys.add(f"s:{' '.join(words[-2:])}")  # पुण्य सलिला श्रीवास्तव: found by सलिला श्रीवास्तव
        if type_ == "PER" and (pair := first_and_last(n)) is not None:
            keys.add(f"m:{pair}")  # अवनीश कुमार अवस्थी: found by अवनीश अवस्थी
        if type_ == "PER" and (variant := variant_skeletons(n)) is not None:
            keys.add(_variant_key(variant))  # टेड्रॉस एडहानोम घेबरेसस: found by its consonants (``_transliterated_name``)
        if type_ == "PER" and len(words) > 1:
            keys |= {f"t:{words[0]}", f"t:{words[-1]}"}
            keys |= initial_keys(words)[0]  # पी विजयन and पिनराई विजयन find each other (``_initialled_name``)
            phon = phonetic_key(n).split()
            if phon:
                keys |= {f"T:{skeleton(phon[0])}", f"T:{skeleton(phon[-1])}"}
        elif type_ == "PER":
            keys.add(f"t:{key}")
        keys.add(f"p:{skeleton(phonetic_key(n))}")
        if (glued := _glued_skeleton(phonetic_key(n))) is not None:
            keys.add(f"G:{glued}")  # Shiv Sena / शिवसेना (``_phonetic_matches``)
        if type_ == "PER":
            keys |= _glued_keys(n)
        elif type_ == "ORG":
            keys |= {f"A:{f}" for f in acronym_forms(n)} | {f"a:{f}" for f in expansion_forms(n)}
        if type_ in ("ORG", "LOC") and (campus := campus_key(n)) is not None:
            keys.add(campus)  # एम्स ऋषिकेश: found by अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश (``campuses``)
        if (translated := _translated_key(n, type_)) is not None:
            keys.add(translated)
        if (swapped := _swapped_key(n, type_)) is not None:
            keys.add(swapped)
    keys |= {f"L:{latin_key(latin)}" for latin in known_names(names, type_)}
    return frozenset(keys)


@lru_cache(maxsize=1 << 14)
def _swapped_key(name: str, type_: str) -> str | None:
    """``o:`` and the place and the rest of an organisation named by a known place at one end (दिल्ली एम्स, एम्स
    दिल्ली; नवादा रेड क्रॉस, रेड क्रॉस नवादा): the same words with the place at the other end name the same body.
    None when neither end, or both ends, is a known place, or the rest is one of the place's words only."""
    if type_ != "ORG":
        return None
    words = match_key(name).split()
    if len(words) < 2 or not all(has_devanagari(w) for w in words):
        return None
    first, last = (lookup_place(words[0]) is not None), (lookup_place(words[-1]) is not None)
    if first == last:
        return None
    place, rest = (words[0], words[1:]) if first else (words[-1], words[:-1])
    return f"o:{place}|{' '.join(rest)}"


@lru_cache(maxsize=1 << 14)
def _translated_key(name: str, type_: str) -> str | None:
    """``n:`` and the Latin name of a place or organisation name of two Devanagari words or more, under which one
    name written with Hindi and with English words meets (भारतीय रेलवे, इंडियन रेलवे: Indian Railway; गुरु रामदास
    अंतरराष्ट्रीय / इंटरनेशनल एयरपोर्ट; राम मनोहर लोहिया अस्पताल / हॉस्पिटल): ``latin_name`` reads each word as its
    English form (``latin_words.json``) or a known place, else transliterates it. None for other names."""
    words = name.split()
    if type_ not in ("ORG", "LOC") or len(words) < 2 or not all(has_devanagari(w) for w in words):
        return None  # पटना AIIMS, half in Latin, is read as written
    return f"n:{latin_key(latin_name(name, type_))}"


def _one_acronym(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Two sides' acronym keys do not name two bodies: either side has none, or they share one."""
    return not (ours and theirs and not ours & theirs)


def _glued_keys(name: str) -> frozenset[str]:
    """Keys of a Devanagari person name under which its one-word and its spaced spellings meet: ``j1:`` and the
    loose key of a one-word name, ``jm:`` and the loose key with the spaces removed of a name of two words or more.
    None for a word or name many people bear (राम, अमित कुमार)."""
    if not has_devanagari(name):
        return frozenset()
    words = match_key(name).split()
    if not words or (len(words) == 1 and is_common_name_word(name)) or is_common_person_name(name):
        return frozenset()
    prefix = "j1:" if len(words) == 1 else "jm:"
    return frozenset(prefix + k.replace(" ", "") for k in loose_keys(name))


VARIANT_SKELETON = 3  # consonants each word of a transliterated foreign name needs for ``variant_skeletons``
VARIANT_WORDS = 3  # words the longer of two transliterations needs (two words say too little)


@lru_cache(maxsize=1 << 14)
def variant_skeletons(name: str) -> tuple[str, ...] | None:
    """The consonant skeletons of the words of a Devanagari person name of two words or more that may be a foreign
    name transliterated (टेड्रॉस गेब्रेयेसस: tdrs gbrss): no word is a given name or surname of the Indian name lists
    (``person_names.json``; Indian names differ in their vowels: सुनील / सोनल) and every word keeps at least
    ``VARIANT_SKELETON`` consonants. None for other names."""
    if not has_devanagari(name):
        return None
    words = name.split()
    if len(words) < 2 or any(is_common_name_word(w) for w in words):
        return None
    skeletons = tuple(skeleton(w) for w in phonetic_key(name).split())
    if len(skeletons) != len(words) or any(len(s) < VARIANT_SKELETON for s in skeletons):
        return None
    return skeletons


def _variant_key(skeletons: tuple[str, ...]) -> str:
    return f"P:{skeletons[0]} {skeletons[-1]}"


def _skeletons_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two transliterations of one name: the longer has ``VARIANT_WORDS`` words or more, the first and last words'
    skeletons agree and the shorter's other words are, in order, words of the longer (a middle name left out)."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) < VARIANT_WORDS or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    middle = iter(long_[1:-1])
    return all(any(w == x for x in middle) for w in short[1:-1])


def _block(key: str) -> str:
    """Fuzzy candidates share word count and the first letter of every word (a typo rarely hits those)."""
    words = key.split()
    return f"f:{len(words)}:{''.join(w[0] for w in words)}"


PHONETIC_RATIO = 75  # rapidfuzz ratio two phonetic keys of one name in two scripts reach


def _glued_skeleton(key: str) -> str | None:
    """The consonant skeleton of a phonetic key with the spaces removed, None when it is shorter than
    ``text.phonetic.GLUED_MIN_CONSONANTS``."""
    return glued_skeleton(skeleton(key).split())


def _glued_agree(a: str, b: str, type_: str) -> bool:
    """One name that one script writes as one word and the other as two (शिवसेना / Shiv Sena, लोकसभा / Lok Sabha,
    बृजभूषण शरण सिंह / Brij Bhushan Sharan Singh): the word counts differ, the skeletons with the spaces removed are the
    same (``text.phonetic.glued_match`` of the whole names, as ``crosslingual.joined_match`` reads stories' names) and
    the keys without spaces agree as ``_phonetic_agree`` asks. A person needs two words on each side (a one-word
    person name is a surname or a given name, which many people share)."""
    wa, wb = len(a.split()), len(b.split())
    if wa == wb or (type_ == "PER" and min(wa, wb) < 2):
        return False
    return glued_match(skeleton(a).split(), skeleton(b).split(), whole=True) \
        and fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) >= PHONETIC_RATIO


def _phonetic_agree(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or not wa:
        return False
    if any(skeleton(x) != skeleton(y) for x, y in zip(wa, wb, strict=True)):
        return False
    return fuzz.ratio(a, b) >= PHONETIC_RATIO


_NEIGHBOUR_AFTER = regex.compile(r"[ \-\u2010\u2011]([\p{L}\p{M}\u200c\u200d]+)")
_NEIGHBOUR_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\u200c\u200d])([\p{L}\p{M}\u200c\u200d]+)[ \-\u2010\u2011]$")
_NEIGHBOUR_ZIPF = 4.5  # a word this common (के, में, जिले) is no part of a place's name


def _with_known_neighbour(text: str, mentions: list[Mention], index: EntityIndex) -> list[Mention]:
    """[लखीमपुर] खीरी, लखीमपुर [खीरी], [लखीमपुर]-[खीरी]: a place span the tagger cut out of a two-word place name
    takes the word next to it (one space or hyphen away; a rare word or another place span) when the store already
    has a place of two articles or more by the whole name. Why: the district was three entities, its full name and
    each half (the first half also took a town in Assam's Latin name). Only words no dictionary counts as common
    are read, and only a name the store has seen whole joins them."""
    from .entity_filter import _heads, _zipf

    org_heads, place_heads = _heads()
    heads = set(org_heads) | place_heads

    def name_word(word: str) -> bool:
        # a head (प्रांत, जिला, एयरपोर्ट) is no name word: हुबेई प्रांत is हुबेई (``head_forms``), not a new name
        return _zipf(word) < _NEIGHBOUR_ZIPF and match_key(word) not in heads

    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if id(m) in dropped:
            continue
        if m.type == "LOC" and has_devanagari(m.text) and " " not in m.text.strip():
            after = _NEIGHBOUR_AFTER.match(text, m.end)
            if after is not None:
                other = by_start.get(after.start(1))
                if (other is not None and other.type == "LOC" and other.end == after.end(1)
                        and match_key(other.text) not in heads) or (other is None and name_word(after.group(1))):
                    if index.place_named(text[m.start:after.end(1)]):
                        if other is not None:
                            dropped.add(id(other))
                        out.append(replace(m, end=after.end(1), text=text[m.start:after.end(1)], type="LOC"))
                        continue
            before = _NEIGHBOUR_BEFORE.search(text, max(0, m.start - 40), m.start)
            if before is not None and (not out or out[-1].end <= before.start(1)) \
                    and name_word(before.group(1)) and index.place_named(text[before.start(1):m.end]):
                out.append(replace(m, start=before.start(1), text=text[before.start(1):m.end], type="LOC"))
                continue
        out.append(m)
    return out


def link_article(index: EntityIndex, text: str, analysis: Analysis,
                 story_id: str | None = None, furniture: frozenset[str] = frozenset()) -> list[Mention]:
    """Within-article coreference, then cross-article linking, for one analysed article.

    Sets ``entity_id`` on the tagger's mentions in ``analysis.mentions`` (so a store that keeps those spans
    can record the links as they are) and returns the linked mentions as the index holds them, in text
    order: the tagger's, narrowed where a title was cut off (राष्ट्रपति पुतिन → पुतिन), plus the role
    descriptions that were resolved (``source="description"``, spans the tagger did not give).
    ``furniture``: match keys of lines the source repeats across articles (``khabar.link.furniture``); the
    mentions inside them feed no entity."""
    lines = furniture_spans(text, furniture)
    credits = credit_spans(text)
    # Inside a credit line (नीलू रंजन, नई दिल्ली ।) only the dateline's place and a wire agency are entities.
    kept = [m for m in analysis.mentions if not any(ln.start <= m.start and m.end <= ln.end for ln in lines)
            and not (any(a <= m.start and m.end <= b for a, b in credits) and is_credit_name(m.text))
            and not in_quoted_name(text, m)]  # ‘[जयपुर] फुट', 'दिल्ली चलो': a word of a quoted name, no reference
    # Copies: the repaired spans are the index's, the analysis keeps the tagger's.
    repaired = repair_spans(text, [replace(m) for m in kept], analysis.lang)
    repaired = _with_known_neighbour(text, repaired, index)
    groups = link_within_article(text, replace(analysis, mentions=repaired))
    groups = split_by_contact(text, groups)  # one shop name with two phone numbers: two shops
    groups = join_aliases(text, groups)  # कमल किशोर उर्फ जम्मू: the man's nickname, not the city
    retype_shrines(text, groups, analysis.lang)  # वैष्णो देवी तीर्थ: a shrine the tagger read as a person
    add_offices(text, groups)  # evidence for linking common person names (अमित कुमार) across articles
    groups = add_containers(text, groups)  # अगरतला के जयनगर: the region a place or public body is written inside
    groups = state_namesakes(text, groups)  # न्यूयॉर्क, वाशिंगटन, कैलिफोर्निया …: the state, not the capital
    add_towns(text, groups)  # भोपाल के … शिवाजी नगर: the town of a name many towns have
    add_town_items(text, groups)  # एक हाथरस, चार सिद्धार्थ नगर और दो आगरा: a district, not a quarter
    add_sub_places(text, groups)  # भोजपुर थाना क्षेत्र in a report about Ghaziabad: a unit of that state
    groups = add_legislatures(text, groups)  # कांग्रेस between sentences about the US: the US Congress, not the party
    add_acronym_evidence(text, groups)  # भुवनेश्वर नगर पालिका (बीएमसी): which body an unexpanded acronym is here
    index.add_article(analysis.article_id, groups, story_id=story_id)
    lone = index.add_lone_surnames(analysis.article_id, lone_surname_mentions(
        text, analysis, [(m.start, m.end) for m in analysis.mentions]))
    linked = sorted([*(m for g in groups for m in g.mentions if m.entity_id is not None), *lone],
                    key=lambda m: (m.start, m.end))
    for original in analysis.mentions:
        # The linked span inside the tagger's (a title cut off) or around it (a head noun taken in).
        inside = next((m for m in linked if m.source != "description"
                       and ((original.start <= m.start and m.end <= original.end)
                            or (m.start <= original.start and original.end <= m.end))), None)
        original.entity_id = inside.entity_id if inside else None
    return linked


def link_corpus(articles: Iterable[tuple[str, Analysis]], story_of: dict[str, str] | None = None,
                index: EntityIndex | None = None) -> tuple[EntityIndex, dict[str, list[Mention]]]:
    """``link_article`` for each ``(text, analysis)`` in turn; the index (new, or the one given, which is
    updated) and each article's linked mentions. Articles already in the index are re-linked in place."""
    index = index if index is not None else EntityIndex()
    linked: dict[str, list[Mention]] = {}
    for text, analysis in articles:
        story = (story_of or {}).get(analysis.article_id)
        linked[analysis.article_id] = link_article(index, text, analysis, story_id=story)
    return index, linked
