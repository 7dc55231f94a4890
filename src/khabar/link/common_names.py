"""Person names that many people share.

अमित कुमार in a shopkeepers' list and अमित कुमार, Dhanbad's deputy commissioner, are two people; so are the
police station officer अनिल कुमार and the lawyer अनिल कुमार of another town. A name made only of a very common
given name, a very common surname, middle words (कुमार, प्रसाद) and initials (एसके सिंह) says little about who is
meant: the entity index links it across articles only with supporting context, never on the name key alone
(``EntityIndex`` in ``khabar.link.entities``). The word lists are data (``lang/hi/person_names.json``), compared by
sound so that the English spelling (Amit Kumar, Sanjay Singh) counts too.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from khabar.analyse.entities import numbered_place_pattern
from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

from .coref import MentionGroup
from .latin import initials, known_latin, phonetic_key

MIN_WORDS = 2  # a one-word name is a short form, linked by the short-form rules
MAX_WORDS = 3  # विजय कुमार सिंह is still common; four words are a full name


@cache
def _common_words(part: str) -> tuple[frozenset[str], frozenset[str]]:
    """Match keys and phonetic keys of one list: ``given_names``, ``surnames`` or ``middle_words``."""
    words = load("hi", "person_names").get(part, [])
    return frozenset(match_key(w) for w in words), frozenset(phonetic_key(w) for w in words)


@cache
def _letter_names() -> frozenset[str]:
    """Hindi names of the English letters (एस, के, आर): a lone one before a surname is an initial."""
    return frozenset(match_key(w) for w in load("hi", "latin_words").get("letters", {}))


def _initial(word: str) -> bool:
    """एसके, एन, आर., S.K., N: initials are shared by as many people as a common given name."""
    if has_devanagari(word):
        return initials(word) is not None or match_key(word) in _letter_names()
    plain = word.strip(".")
    return (plain.isupper() and len(plain) <= 3) or len(plain) == 1


def _in(part: str, word: str) -> bool:
    keys, sounds = _common_words(part)
    if has_devanagari(word):
        return match_key(word) in keys
    return phonetic_key(word.strip(".")) in sounds


def is_common_name_word(word: str) -> bool:
    """A given name, surname or middle word many people bear, or initials (शर्मा, सिंह, देवी, अमित, आरके): alone it
    says almost nothing about who is meant."""
    word = word.strip()
    return _initial(word) or any(_in(part, word) for part in ("given_names", "surnames", "middle_words"))


def is_common_person_name(name: str) -> bool:
    """True for a person name that many people bear: a common given name (or initials) and a common surname
    (अमित कुमार, एसके सिंह, "Sanjay Kumar"), with at most one middle word of the kind many names carry (विजय कुमार
    सिंह). False for अमिताभ बच्चन, नीतीश कुमार, अमित मोहन प्रसाद (मोहन is no such middle word) or one word."""
    words = [w for w in name.replace(".", ". ").split() if w.strip(".")]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    first, *middle, last = words
    return ((_initial(first) or _in("given_names", first))
            and all(_initial(w) or _in("middle_words", w) for w in middle)
            and (_in("surnames", last) or _in("middle_words", last)))


@cache
def _local_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "person_names").get("local_heads", []))


def has_local_head(name: str) -> bool:
    """The name ends in a head many towns each have one of (सेवला चौक, शिमला बाईपास चौक, चौहान वाली गली; one word
    ending in one: शास्त्रीनगर), whatever the words before it: a locality of some town."""
    words = match_key(name).split()
    if len(words) >= 2:
        return words[-1] in _local_heads()
    # A head with at least three letters before it: the word less its first three ends in the head.
    return bool(words) and words[0][3:].endswith(_local_head_suffixes())


@cache
def _local_head_suffixes() -> tuple[str, ...]:
    return tuple(sorted(h for h in _local_heads() if h))


def is_numbered_place(name: str) -> bool:
    """सेक्टर-21, सेक्टर 21: a numbered quarter, which every planned town has (Noida's, Chandigarh's, Panchkula's); the
    mention layer's pattern (``analyse.entities.numbered_place_pattern``) over the whole name."""
    pattern = numbered_place_pattern()
    return pattern is not None and pattern.fullmatch(name.strip()) is not None


def is_local_name(name: str) -> bool:
    """स्टेशन रोड, सदर बाजार, महावीर मंदिर, सदर अस्पताल: two words, the second a head that many towns each have one
    of (or one word ending in such a head: शास्त्रीनगर), and no known place among them (दिल्ली एयरपोर्ट, गोमती नगर
    of a known city stay names of one place); and a numbered quarter (सेक्टर-21)."""
    if is_numbered_place(name):
        return True
    words = name.split()
    if len(words) == 1:
        # शास्त्रीनगर, written as one word, is शास्त्री नगर: Patna and Kanpur each have one.
        key = match_key(name)
        head = next((h for h in _local_heads() if key.endswith(h) and len(key) - len(h) >= 3), None)
        return head is not None and not known_latin(name, "LOC")
    if len(words) != 2 or match_key(words[1]) not in _local_heads():
        return False
    return not (known_latin(name, by_sound=False) or known_latin(words[0], "LOC", by_sound=False))


RARE_WORD_ZIPF = 3.2  # an institution's first word rarer than this (सफदरजंग 3.1) names one, not one in every town


@cache
def _institution_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "person_names").get("local_institution_heads", []))


def rare_local_name(name: str) -> bool:
    """A local name (``is_local_name``) of an institution (``local_institution_heads``: अस्पताल, कॉलेज) whose first
    word is rare in Hindi (wordfreq zipf under ``RARE_WORD_ZIPF``) and no name word many people bear nor initials:
    सफदरजंग अस्पताल. Towns name their hospitals and colleges after everyday words and after people many honour (सदर
    अस्पताल, जिला अस्पताल, कस्तूरबा अस्पताल), and those are the namesakes; a rare word is one institution's own name.
    Quarters and roads are named after communities and trades in every town (ग्वाल टोली, a rare word too): not
    these."""
    from khabar.analyse.ner.features import hindi_zipf

    words = name.split()
    return (len(words) == 2 and has_devanagari(name) and match_key(words[1]) in _institution_heads()
            and is_local_name(name) and not is_common_name_word(words[0]) and hindi_zipf(words[0]) < RARE_WORD_ZIPF)


def all_local(names: Iterable[str]) -> bool:
    """Every name of a place or organisation group is such a local name (a group that also writes a fuller name is
    not)."""
    names = [n for n in names if has_devanagari(n)]
    return bool(names) and all(is_local_name(n) for n in names)


def all_common(names: Iterable[str]) -> bool:
    """Every full name of a person group is common (a group that also writes a rarer full name is not), and none
    is a curated person (अमित शाह is known by the gazetteer, not by a common name key)."""
    names = list(names)
    full = [n for n in names if len(n.split()) >= MIN_WORDS]
    return (bool(full) and all(is_common_person_name(n) for n in full)
            and not any(_curated_person(n) for n in names))


def _curated_person(name: str) -> bool:
    if has_devanagari(name):
        return known_latin(name, "PER", by_sound=False) is not None
    return name.strip().casefold() in _curated_latin_persons()


@cache
def _curated_latin_persons() -> frozenset[str]:
    try:
        from khabar.analyse.gazetteer import curated
    except ImportError:
        return frozenset()
    return frozenset(item.latin.casefold() for item in curated() if item.type == "PER")


@cache
def _offices() -> tuple[dict[str, str], frozenset[str]]:
    """``{match key of an office as written: office}`` and the courtesy words written between office and name."""
    data = load("hi", "person_names")
    offices = {match_key(written): office for office, forms in data.get("offices", {}).items() for written in forms}
    return offices, frozenset(match_key(w) for w in data.get("courtesy_words", []))


_LONGEST_OFFICE = 3  # words


def office_before(text: str, start: int) -> str | None:
    """The office written right before a name at ``start`` (उपायुक्त अमित कुमार, लखनऊ सीएमओ डॉ. नरेंद्र अग्रवाल →
    "chief medical officer"), courtesy words (डॉ., श्री) skipped; None when there is none."""
    if start == 0 or not text[start - 1].isspace():
        return None
    offices, courtesy = _offices()
    words = text[max(0, start - 80):start].split()
    while words and match_key(words[-1]) in courtesy:
        words.pop()
    for n in range(min(_LONGEST_OFFICE, len(words)), 0, -1):
        office = offices.get(match_key(" ".join(words[-n:])))
        if office:
            return office
    return None


def add_offices(text: str, groups: list[MentionGroup]) -> None:
    """Give each person group the offices written before its names, as roles with no country
    (``("", "deputy commissioner")``): the entity index weighs a shared office as evidence for a common name, and
    offices of two kinds (``office_kind``) as evidence against any name (डीएम नितीश कुमार is not the chief
    minister)."""
    for g in groups:
        if g.type != "PER" or not g.name_mentions:
            continue
        for m in g.name_mentions:
            office = office_before(text, m.start)
            if office and ("", office) not in g.roles:
                g.roles.append(("", office))


@cache
def _office_kinds() -> dict[str, str]:
    kinds = load("hi", "person_names").get("office_kinds", {})
    return {office: kind for kind, offices in kinds.items() for office in offices}


def office_kinds(roles: Iterable[str]) -> set[str]:
    """The kinds (``elected``, ``official``) of the offices and titles among ``"country|title"`` roles."""
    found = {_office_kinds().get(role.partition("|")[2]) for role in roles}
    return {k for k in found if k is not None}
