"""What an acronym stands for, read from its own article, so that one acronym of two bodies is two entities.

An acronym no list expands is ambiguous across articles: बीएमसी is the Bhubaneswar Municipal Corporation in a report
that writes "भुवनेश्वर नगर पालिका (बीएमसी)" and the Brihanmumbai Municipal Corporation in a report about Mumbai.
Within one article the acronym is one body; across articles its letters alone are no evidence. ``add_acronym_evidence``
gives each place or organisation group with such an acronym what its article says about it, as roles:

- ``("acronym_at", key)``: a known place written inside its in-article expansion (भुवनेश्वर of भुवनेश्वर नगर पालिका),
- ``("acronym_of", region)``: that place's region (Odisha): strong evidence, the body's own name says where it is,
- ``("acronym_in", region)``: else the region the places named around it and the article's places point to (one
  of them alone, or both the same): weak evidence (a report about Mumbai that writes a bare बीएमसी).

``acronyms_agree`` keeps a group and an entity (and ``acronyms_apart`` two entities) apart when that evidence
disagrees: expansions naming different places, strong regions that differ, or a strong region on one side and a
weak one on the other that differ. Two weak regions are left to the older article-region rule (a national body's
bare acronym is named in reports from every state), and expansions that name no place are not compared (a Hindi and
an English expansion of one body share no word: राष्ट्रीय विषाणु विज्ञान संस्थान, National Institute of Virology).
So an acronym without evidence never decides anything, and an entity holding one body's evidence never absorbs a
group or entity holding another's.

Regions do not tell two national bodies of one acronym apart (आईओसी: the International Olympic Committee, and Indian
Oil in a market report's list of shares). ``("acronym_kind", kind)`` says what kind of body the article shows the
acronym is (``acronym_kind_heads`` of ``lang/hi/descriptions.json`` and ``lang/en/names.json``): the head of its
expansion in the group (समिति: a body; लिमिटेड: a company), else the heads of the names it is listed with, when two
or more of them are of one kind and none of another (आईओसी, इंडसइंड बैंक, टाटा स्टील, वेदांता लिमिटेड: a company).
Two kinds that differ keep the sides apart (``acronyms_agree``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

from .coref import MentionGroup
from .latin import everyday_names, initials, known_latin, shouted_place
from .places import region_votes, state_of_code

ACRONYM_AT = "acronym_at"
ACRONYM_OF = "acronym_of"
ACRONYM_IN = "acronym_in"
ACRONYM_KIND = "acronym_kind"  # company or body: what the expansion's head or the names listed with it say
ACRONYM_BY = "acronym_by"  # the words the article writes right before the acronym in brackets: सरकारी मेडिकल कॉलेज
_BRACKET_BEFORE = regex.compile(
    r"((?:[\p{L}\p{M}\u200c\u200d]+[ \u00a0]+)*[\p{L}\p{M}\u200c\u200d]+)[ \u00a0]*\([ \u00a0]*$")
_LATIN_ACRONYM = regex.compile(r"[A-Z][A-Z&.]{1,7}")
_BEFORE = 300  # characters before an acronym within which the places named are its context (not after it: a live
# blog's next item follows at once, "DMRC ने जारी की एडवायजरी   मुंबई, पुणे के दफ्तर बंद")


def unlisted_acronym(name: str, type_: str) -> bool:
    """A one-word acronym (Devanagari letter names or Latin capitals) that no list expands: its letters could stand
    for many bodies. A place written as a state's code (UP, ISO 3166-2 IN-UP) is that state."""
    name = name.strip()
    if " " in name:
        return False
    if has_devanagari(name):
        return initials(name) is not None and known_latin(name, type_) is None
    return bool(_LATIN_ACRONYM.fullmatch(name)) and name not in everyday_names() \
        and not (type_ == "LOC" and state_of_code(name) is not None) \
        and not (type_ == "LOC" and shouted_place(name))  # UP: a state's code; AYODHYA: a dateline's place


def _leader(votes: Counter) -> str | None:
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@cache
def _head_words() -> frozenset[str]:
    """Words that make a body's or place's name rather than say where it is (नगर, निगम, उत्तरी, …), although a place
    list may have a town of that name (नगर is a Rajasthan town)."""
    from .entity_filter import _heads

    desc = load("hi", "descriptions")
    bodies = desc.get("generic_bodies", {})
    words = [*desc.get("generic_heads", []), *desc.get("compass_words", []), *desc.get("compass_adjectives", []),
             *desc.get("place_suffixes", []), *desc.get("person_place_heads", []), *bodies.get("heads", []),
             *bodies.get("modifiers", [])]
    org, loc = _heads()
    return frozenset(match_key(w) for w in words) | org | loc


def _places_in(name: str) -> list[str]:
    """Keys of the known places written inside an expansion, longest first (भुवनेश्वर of भुवनेश्वर नगर पालिका)."""
    words = match_key(name).split()
    found: list[str] = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            part = " ".join(words[i:i + size])
            if size == 1 and part in _head_words():
                continue
            if lookup_place(part) is not None and not any(part in f for f in found):
                found.append(part)
    return found


@cache
def _kind_heads() -> dict[str, str]:
    """``{match key of a head word: "company" or "body"}`` (``acronym_kind_heads``, Hindi and English)."""
    out: dict[str, str] = {}
    for lang, name in (("hi", "descriptions"), ("en", "names")):
        for kind, words in load(lang, name).get("acronym_kind_heads", {}).items():
            out.update((match_key(w), kind) for w in words)
    return out


def name_kind(name: str) -> str | None:
    """What kind of body a name of two words or more is by its last word (``acronym_kind_heads``), else None."""
    words = match_key(name).split()
    return _kind_heads().get(words[-1]) if len(words) >= 2 else None


_LIST_GAP = regex.compile(r"[ \u00a0]*(?:,|और|व|एवं|तथा|and|&)[ \u00a0]*")
_LIST_KIND = 2  # names of one kind listed with an acronym (and none of another) that make it of that kind


def _listed_kind(text: str, at: int, spans: list[tuple[int, int, str]]) -> str | None:
    """The kind of the names written in one list with the mention ``spans[at]`` (separated by commas or a
    conjunction and nothing else), when ``_LIST_KIND`` or more of them are of one kind and none of another."""
    mates: list[str] = []
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(spans):
            a, b = (spans[i + step], spans[i]) if step < 0 else (spans[i], spans[i + step])
            if not _LIST_GAP.fullmatch(text, a[1], b[0]):
                break
            i += step
            mates.append(spans[i][2])
    kinds = Counter(k for n in mates if (k := name_kind(n)) is not None)
    if len(kinds) == 1 and (found := next(iter(kinds.items())))[1] >= _LIST_KIND:
        return found[0]
    return None


def add_acronym_evidence(text: str, groups: list[MentionGroup]) -> None:
    """Give each place or organisation group that has an unlisted acronym among its names the roles that say which
    body it is in this article (the module's docstring), and ``("acronym_by", words)`` for an acronym written in
    brackets after the words it stands for, as many as it has letters (सरकारी मेडिकल कॉलेज (जीएमसी)), whether or not
    the tagger found them a name."""
    places = sorted((m.start, m.end, g.name) for g in groups if g.type == "LOC" and g.name_mentions
                    for m in g.name_mentions)
    article = _leader(region_votes(g.name for g in groups if g.type == "LOC" and g.name_mentions))
    bodies = sorted((m.start, m.end, m.text) for g in groups if g.type in ("LOC", "ORG") for m in g.name_mentions)
    for g in groups:
        if g.type not in ("LOC", "ORG") or not g.name_mentions:
            continue
        names = {m.text for m in g.name_mentions}
        acronyms = {n for n in names if unlisted_acronym(n, g.type)}
        if not acronyms:
            continue
        roles: list[tuple[str, str]] = []
        at = [p for n in names - acronyms for p in _places_in(n)]
        for place in dict.fromkeys(at):
            roles.append((ACRONYM_AT, place))
        for m in g.name_mentions:
            if m.text in acronyms and (words := _bracketed_expansion(text, m.start, m.text)):
                roles.append((ACRONYM_BY, words))
        kinds = {k for n in names - acronyms if (k := name_kind(n)) is not None}
        if not kinds:
            kinds = {k for m in g.name_mentions if m.text in acronyms
                     if (k := _listed_kind(text, bodies.index((m.start, m.end, m.text)), bodies)) is not None}
        if len(kinds) == 1:
            roles.append((ACRONYM_KIND, next(iter(kinds))))
        strong = _leader(region_votes(at))
        if strong:
            roles.append((ACRONYM_OF, strong))
        else:
            near = [name for m in g.name_mentions if m.text in acronyms for _, end, name in places
                    if m.start - _BEFORE <= end <= m.start]
            # The places before it and the article's must not point two ways: either alone, or both the same.
            around = _leader(region_votes(near))
            weak = (around if around == article else None) if around and article else around or article
            if weak:
                roles.append((ACRONYM_IN, weak))
        g.roles.extend(r for r in roles if r not in g.roles)


def _bracketed_expansion(text: str, start: int, acronym: str) -> str | None:
    """The key of the words right before ``(`` + the acronym at ``start``, as many as the acronym has letters."""
    letters = initials(acronym) if has_devanagari(acronym) else acronym.replace(".", "").replace("&", "")
    before = _BRACKET_BEFORE.search(text, max(0, start - 120), start)
    if not letters or before is None:
        return None
    words = before.group(1).split()
    return match_key(" ".join(words[-len(letters):])) if len(words) >= len(letters) else None


def expansions_agree(roles: Iterable[str], names: Iterable[str], own: Iterable[str] = ()) -> bool:
    """False when the group's acronym is written in brackets after words (``acronym_by``) and the entity's names
    include a name of as many words with the same head but none that is those words: सरकारी मेडिकल कॉलेज (जीएमसी)
    is not गोरखपुर मेडिकल कॉलेज; nor where ``expansion_kept`` keeps them apart.
    Names with another head or in another script are not compared (a Hindi and an English expansion of one body
    share no word)."""
    written = {value for kind, _, value in (r.partition("|") for r in roles) if kind == ACRONYM_BY}
    if not written:
        return True
    names = list(names)
    keys = {match_key(n) for n in names}
    if written & keys:
        return True
    for w in written:
        size, head = len(w.split()), w.split()[-1]
        if any(len(k.split()) == size and k.split()[-1] == head for k in keys):
            return False
    return expansion_kept(roles, names, own)


def expansion_kept(roles: Iterable[str], names: Iterable[str], own: Iterable[str]) -> bool:
    """False when the group's acronym is written in brackets after words (``acronym_by``) of which one of its ``own``
    names is only the tail, the words left out naming a part of a place (a compass word or a place's lead word:
    the tagger took दिल्ली नगर निगम of उत्तरी दिल्ली नगर निगम (एनडीएमसी)), or whose own name is those words and begins with
    such a word (the span whole, उत्तरी दिल्ली नगर निगम), and the other side's names hold an acronym of
    as many letters but neither those words nor their tail of two words or more. The body of a part of a city is
    one of that city's bodies of those letters, which its place alone (the acronym evidence) does not tell apart,
    and another article's bare acronym is no evidence of that one (the New Delhi Municipal Council)."""
    own_keys = {match_key(n) for n in own}
    parts = _part_words()
    written = {value for kind, _, value in (r.partition("|") for r in roles) if kind == ACRONYM_BY
               and any(len(k.split()) >= 2 and ((value.endswith(f" {k}") and set(value[:-len(k)].split()) & parts)
                                                or (value == k and k.split()[0] in parts))
                       for k in own_keys)}
    if not written:
        return True
    names = list(names)
    keys = {match_key(n) for n in names}
    for w in written:
        if w in keys or any(len(k.split()) >= 2 and w.endswith(f" {k}") for k in keys):
            continue
        if any(_letter_count(n) == len(w.split()) for n in names):
            return False
    return True


@cache
def _part_words() -> frozenset[str]:
    """Words that make a name one of a part of a place (उत्तरी, पूर्व, न्यू, ग्रेटर)."""
    desc = load("hi", "descriptions")
    words = [*desc.get("compass_words", []), *desc.get("compass_adjectives", []), *desc.get("place_lead_words", [])]
    return frozenset(match_key(w) for w in words)


def _letter_count(name: str) -> int | None:
    """How many letters a one-word unlisted acronym has (एनडीएमसी: 4, BMC: 3), else None."""
    name = name.strip()
    if not (unlisted_acronym(name, "ORG") and unlisted_acronym(name, "LOC")):  # a listed one is its body
        return None
    letters = initials(name) if has_devanagari(name) else name.replace(".", "").replace("&", "")
    return len(letters) if letters else None


def _evidence(roles: Iterable[str] | Counter) -> tuple[set[str], set[str], set[str]]:
    """``(expansion places, strong regions, weak regions)`` of ``"kind|value"`` roles; of counted roles (an entity's),
    the regions most of its articles gave."""
    counts = roles if isinstance(roles, Counter) else Counter(roles)
    at: set[str] = set()
    strong: Counter = Counter()
    weak: Counter = Counter()
    for role, n in counts.items():
        kind, _, value = role.partition("|")
        if kind == ACRONYM_AT:
            at.add(value)
        elif kind == ACRONYM_OF:
            strong[value] += n
        elif kind == ACRONYM_IN:
            weak[value] += n

    def top(c: Counter) -> set[str]:
        return {r for r, n in c.items() if n == max(c.values())} if c else set()

    return at, top(strong), top(weak)


def _kinds(roles: Iterable[str] | Counter) -> set[str]:
    prefix = f"{ACRONYM_KIND}|"
    return {r[len(prefix):] for r in roles if r.startswith(prefix)}


@cache
def _centre_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("centre_words", []) if len(w.split()) == 1)


def national_body(names: Iterable[str], roles: Iterable[str]) -> bool:
    """A body of the whole country by its full name: a name of two words or more, or the words the article writes
    right before its acronym in brackets (``acronym_by``), opens with a word of the centre (``centre_words``:
    केंद्रीय रिजर्व पुलिस बल, भारतीय खाद्य निगम) and ends in no head many towns each have one of (केंद्रीय विद्यालय:
    a school in every town). Its bare acronym in a report about another state is still that body: the region rule
    of unlisted acronyms (a body named only in reports about one region is that region's) does not hold it."""
    from .common_names import has_local_head

    prefix = f"{ACRONYM_BY}|"
    full = [*(n for n in names if len(n.split()) >= 2), *(r[len(prefix):] for r in roles if r.startswith(prefix))]
    return any((words := match_key(n).split()) and len(words) >= 2 and words[0] in _centre_words()
               and not has_local_head(n) for n in full)


def acronyms_agree(ours: Iterable[str], theirs: Iterable[str] | Counter) -> bool:
    """False when two sides' acronym evidence names two different bodies: their expansions name different places,
    they are of different kinds (a company and a body), their strong regions differ, or one side's strong region
    differs from the other side's weak one (when that side has no strong one). Roles are ``"kind|value"`` strings (a
    group's, or an entity's counted roles)."""
    from .containment import regions_agree

    at_a, strong_a, weak_a = _evidence(ours)
    at_b, strong_b, weak_b = _evidence(theirs)
    if at_a and at_b and not at_a & at_b:
        return False
    kinds_a, kinds_b = _kinds(ours), _kinds(theirs)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return False  # the Olympic committee's आईओसी is not the आईओसी of a list of shares

    def meet(a: set[str], b: set[str]) -> bool:
        return any(regions_agree(x, y) for x in a for y in b)

    if strong_a and strong_b:
        return meet(strong_a, strong_b)
    if strong_a and weak_b:
        return meet(strong_a, weak_b)
    if strong_b and weak_a:
        return meet(strong_b, weak_a)
    return True
