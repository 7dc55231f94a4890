"""Which canonical entities a user can trust: names rather than descriptions, a type from the name's head,
and the support each entity has.

Three decisions, all from general evidence (word lists are data in ``lang/<lang>/descriptions.json`` and
``lang/hi/ner.json``):

- ``is_description``: a name made only of titles, roles, honorifics and demonyms (पीएम, चीनी राष्ट्रपति,
  उत्तर कोरियाई नेता, "the President"), a demonym and a common noun (उत्तर कोरियाई सैनिकों), a slogan or an
  everyday noun taggers take for a name (``not_names``: जय हिंद, कोरोना वायरस), an event or a thing named by
  its head (``event_heads``: विक्ट्री डे, कुंभ मेला, "Ahmedabad Plane Crash") or a lone letter (डा) is no
  entity. The index never creates one for it; titles and roles stay descriptions for coreference.
- ``head_type``: a person name that ends in an organisation's head word (तबलीगी जमात, … पार्टी) is an
  organisation, one that ends in a place's head word (… रोड, … नगर) a place; a name the gazetteer knows
  takes the gazetteer's type.
- ``support``: ``known`` (a gazetteer or English-list name), ``articles`` (named in two articles or more),
  ``repeated`` (tagged by the model more than once in one article) or ``single`` (one tagged mention, in one
  article). A canonical entity needs one of the first three; ``single`` ones stay in the index (a later
  article may support them) and ``khabar entities`` lists them only with ``--all``.
"""

from __future__ import annotations

from collections import Counter
from functools import cache, lru_cache

import regex

from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

from .latin import everyday_name, initials, known_latin, shouted_place
from .record import EntityRecord, capital_of_district, known_names

_SUFFIX_HEAD = 5  # event heads this long also end a compound word (वायरस in कोरोनोवायरस); डे, दिवस do not
_ALSO_NAMES = frozenset({"राजा", "रानी", "सम्राट", "बाबा", "स्वामी", "पंडित", "संत", "मौलाना", "सिपाही", "जनरल", "मेजर",
                         "King", "Queen", "General", "Major"})
SUPPORT_LEVELS = ("known", "articles", "repeated", "single")
_TAGGED = {"model", "gazetteer", "alias"}  # sources that tagged the span themselves ("document" only copies)
_COMMON_ZIPF = 4.0  # a word this frequent in Hindi is an everyday word, not part of a name
_LETTERS = regex.compile(r"[\p{L}\p{M}]")
# Vocalic l and ll signs: no Hindi name uses them; in news text they are mis-encoded conjuncts (निॢमत).
_NOT_IN_NAMES = regex.compile("[\u0962\u0963\u090c\u0961]")


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    desc = load(lang, "descriptions")
    generic = load(lang, "generic_names")
    titles = {*desc.get("titles", {}), *desc.get("honorifics", []), *desc.get("trailing_honorifics", [])}
    if lang == "hi":
        titles |= set(load("hi", "ner").get("titles", []))
    else:
        titles |= set(load("en", "names").get("person_titles", []))
    demonyms = {match_key(d) for d in desc.get("demonyms", {})}
    compass = {match_key(c) for c in desc.get("compass_words", [])}
    # Casefolded: English text writes President and president.
    return {
        "descriptive": frozenset(match_key(w).casefold() for w in titles | demonyms | compass | {"the", "a", "an"}),
        "demonyms": frozenset(demonyms | compass),
        # Roles that end a description (प्रवक्ता, जिलाध्यक्ष), not words that are also names (राजा, बाबा).
        "roles": frozenset(match_key(w).casefold() for w in [*desc.get("titles", {}), *desc.get("honorifics", [])]
                           if w not in _ALSO_NAMES and " " not in w),
        "not_names": frozenset(match_key(n).casefold() for n in desc.get("not_names", [])),
        "event_heads": frozenset(match_key(h).casefold() for h in [*desc.get("event_heads", []),
                                                                   *desc.get("thing_heads", [])]),
        "concept_acronyms": frozenset(a.casefold() for a in load("en", "descriptions").get("concept_acronyms", [])),
        "body_modifiers": frozenset(match_key(w) for w in desc.get("generic_bodies", {}).get("modifiers", [])),
        "institution_heads": frozenset(match_key(w) for ws in desc.get("institution_heads", {}).values() for w in ws),
        "body_heads": frozenset(match_key(w) for w in desc.get("generic_bodies", {}).get("heads", [])),
        "level_words": frozenset(match_key(w) for w in desc.get("generic_bodies", {}).get("level_words", [])),
        "mission_heads": frozenset(match_key(w).split()[-1] for w in desc.get("mission_heads", [])),
        "unit_heads": frozenset(match_key(w) for w in desc.get("unit_heads", [])),
        "trade_heads": frozenset(match_key(w) for w in generic.get("trade_heads", [])),
        "deity_heads": frozenset(match_key(w) for w in desc.get("deity_places", {}).get("heads", [])),
        "deities": frozenset(match_key(w) for w in desc.get("deity_places", {}).get("deities", [])),
        "demonyms_only": frozenset(demonyms),
        "compass_adjectives": frozenset(match_key(w) for w in desc.get("compass_adjectives", [])),
        "region_part_heads": frozenset(match_key(w) for w in [*desc.get("region_part_heads", []),
                                                              *generic.get("part_heads", [])]),
    }


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    ner = load("hi", "ner")
    en = load("en", "names")
    desc = load("hi", "descriptions")
    extra, institutions = desc.get("name_heads", {}), desc.get("institution_heads", {})
    org = {match_key(w) for w in [*ner.get("org_heads", []), *en.get("org_heads", []), *extra.get("ORG", []),
                                  *institutions.get("ORG", [])]}
    loc = {match_key(w) for w in [*ner.get("loc_heads", []), *en.get("place_heads", []), *extra.get("LOC", []),
                                  *institutions.get("LOC", [])]}
    return frozenset(org), frozenset(loc - org)


_PLURAL_ENDINGS = (("ियों", "ी"), ("ियां", "ी"), ("ियाँ", "ी"), ("ाओं", "ा"), ("ाएं", "ा"), ("ों", ""), ("ों", "ा"),
                   ("ें", ""))


def plural_head(word: str) -> str | None:
    """The head word (``_heads``) of which ``word`` is a Hindi plural (एजेंसियों → एजेंसी, अस्पतालों → अस्पताल,
    इलाकों → इलाका, सरकारें → सरकार), else None. English plurals written in Devanagari (इंडस्ट्रीज) are names' own
    words and are not read."""
    org, loc = _heads()
    key = match_key(word)
    for ending, singular in _PLURAL_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            stem = match_key(key[: -len(ending)] + singular)
            if stem in org or stem in loc:
                return stem
    return None


def oblique_head(word: str) -> str | None:
    """The head word (``_heads``) of which ``word`` is the Hindi oblique singular (गुरुद्वारे → गुरुद्वारा, इलाके →
    इलाका), else None: a head that ends in ा writes े before a postposition."""
    org, loc = _heads()
    key = match_key(word)
    if not key.endswith("े") or len(key) < 4:
        return None
    stem = key[:-1] + "ा"
    return stem if stem in org or stem in loc else None


def _lang_of(name: str) -> str:
    return "hi" if has_devanagari(name) else "en"


def _zipf(word: str) -> float:
    """How common ``word`` is in its own language: Hindi frequencies for Devanagari, wordfreq's English for
    Latin (Coronavirus Infection: "infection" is an everyday English word)."""
    if not has_devanagari(word):
        try:
            import wordfreq
        except ImportError:
            return 0.0
        return wordfreq.zipf_frequency(word.casefold(), "en")
    from khabar.analyse.ner.features import hindi_zipf

    return hindi_zipf(word)


# Pure given the word lists and gazetteers (each loaded once per process): the link step asks it for every name
# mention of every article, and the same names recur across a corpus.
@lru_cache(maxsize=1 << 16)
def is_description(name: str, type_: str | None = None) -> bool:
    """True when ``name`` describes rather than names: see the module docstring."""
    key = match_key(name)
    words = key.split()
    if not words or len(_LETTERS.findall(name)) < 2 or (has_devanagari(name) and len(key.replace(" ", "")) < 2):
        return True
    # A lone Devanagari consonant with or without its vowel sign (डा, डॉ): an abbreviated title.
    if has_devanagari(name) and len(words) == 1 and len(regex.findall(r"\p{L}", words[0])) == 1:
        return True
    if _NOT_IN_NAMES.search(name):
        return True
    # पश्चिमी प्रांत, उत्तरी इलाके: a compass adjective and a region's head describe a part of the article's country
    # (British Columbia, "the western province"), though a list knows a Western Province elsewhere.
    if len(words) == 2 and words[0] in _words("hi")["compass_adjectives"] \
            and words[1] in _words("hi")["region_part_heads"]:
        return True
    # एस, जे: one English letter's name is an initial whose name the tagger left out (डॉ एस [कुमार]), not a name.
    if has_devanagari(name) and len(words) == 1 and _letter_names().get(key):
        return True
    data = _words(_lang_of(name))
    folded = [w.casefold() for w in words]
    if " ".join(folded) in data["not_names"] or _only_descriptive(folded, data["descriptive"]):
        return True
    if not has_devanagari(name) and _english_title_phrase(
            folded, data["descriptive"], data["descriptive"] - data["demonyms"] - {"the", "a", "an"}):
        return True
    if len(words) == 1 and has_devanagari(name) and _misspelt_everyday_word(words[0]):
        return True
    # A name that ends in a role (राजद जिलाध्यक्ष, "the RJD district president") describes a person.
    if len(words) > 1 and folded[-1] in data["roles"] and not known_latin(name) and not capital_of_district(name) \
            and not (type_ == "LOC" and words[-1] in compass_tails()):  # मेदिनीपुर पूर्व: a district, not "former"
        return True
    # A title and a place (जिलाधीश चंबा, "the district magistrate of Chamba"): a role, not a person's name.
    for n in range(1, min(3, len(folded))):
        if (_only_descriptive(folded[:n], data["descriptive"])
                and known_latin(" ".join(words[n:]), "LOC", by_sound=False) and not known_latin(name)):
            return True
    org, loc = _heads()
    # A head word alone (प्रदेश "the state", सरकार, पुलिस) is a generic reference unless a gazetteer knows it.
    if len(words) == 1 and words[0] in org | loc and not known_latin(name):
        return True
    # सुरक्षा एजेंसियों, दोनों अस्पतालों: a head in the plural names several bodies of a kind, not one.
    if len(words) > 1 and plural_head(words[-1]) is not None:
        return True
    # A slogan or everyday noun followed only by everyday words (रेड जोन जिले: red-zone districts).
    for n in range(1, len(folded)):
        rest = words[n:]
        if (" ".join(folded[:n]) in data["not_names"] and not set(rest) & (org | loc)
                and all(_zipf(w) >= _COMMON_ZIPF for w in rest) and not (type_ == "PER" and _names_a_person(rest))):
            return True
    if any(" ".join(folded[-n:]) in data["event_heads"] for n in range(1, min(3, len(folded)) + 1)):
        return True
    if _generic_body(words, data) or _unnamed_unit(words, data) or _led_government(name, words) \
            or _unplaced_mission(words, data) or _kind_of_shop(words, data):
        return True
    # कोरोनोवायरस, महाकुंभ: one word that ends in a long event head is that event or thing, however spelt.
    if len(folded) == 1 and any(folded[0].endswith(h) and len(folded[0]) > len(h) for h in data["event_heads"]
                                if len(h) >= _SUFFIX_HEAD and " " not in h):
        return True
    acronym = _acronym(name)
    if acronym and acronym.casefold() in data["concept_acronyms"]:
        return True
    # The first word of a slogan or everyday phrase (ऑरेंज of ऑरेंज जोन, रेड of रेड जोन) names nothing alone,
    # unless it is a country or a large city (भारत of भारत माता की जय).
    if len(words) == 1 and folded[0] in _phrase_starts(_lang_of(name)) and not safe_place(name):
        return True
    # A demonym or a direction and everyday words (उत्तर कोरियाई सैनिकों, मध्य रात्रि): no head word makes it a
    # name, and no gazetteer knows it (मध्य एशिया is Central Asia).
    for d in data["demonyms"]:
        if key.startswith(d + " "):
            rest = key[len(d) + 1:].split()
            if (rest and not set(rest) & (org | loc) and all(_zipf(w) >= _COMMON_ZIPF for w in rest)
                    and not known_latin(name) and not any(known_latin(w) for w in rest)):
                return True
    return False


def _initial(word: str) -> bool:
    """एन, एन., N.: one letter's name or one Latin letter, as an initial is written."""
    return bool(_letter_names().get(match_key(word.rstrip(".")))) or regex.fullmatch(r"[A-Z]\.?", word) is not None


def _names_a_person(rest: list[str]) -> bool:
    """प्रभु [एन सिंह], प्रभु [नारायण सिंह]: after an everyday word, an initial or words ending in a surname make it a
    person's given name, not a slogan's first word."""
    return _initial(rest[0]) or (len(rest) > 1 and _surname(rest[-1]))


@cache
def compass_tails() -> frozenset[str]:
    """Keys of the compass words that end a district's name (मेदिनीपुर पूर्व), from ``descriptions.json``."""
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("compass_tails", []))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "person_names").get("surnames", []))


def _surname(word: str) -> bool:
    return match_key(word) in _surnames()


@cache
def _letter_names() -> dict[str, str]:
    return {match_key(k): v for k, v in load("hi", "latin_words").get("letters", {}).items()}


_LATIN_ACRONYM = regex.compile(r"^[A-Z][A-Za-z0-9&\-]{1,7}$")


def _acronym(name: str) -> str | None:
    """The Latin letters of a one-word acronym: ``PPE`` as written, ओपीडी read by its letter names (OPD)."""
    word = name.strip()
    if " " in word:
        return None
    if _LATIN_ACRONYM.match(word) and sum(c.isupper() for c in word) >= 2:
        return word
    return initials(word) if has_devanagari(word) else None


@cache
def _outlets() -> frozenset[str]:
    return frozenset(match_key(o) for lang in ("hi", "en") for o in load(lang, "outlets").get("outlets", []))


@cache
def _acronym_of_place(name: str) -> bool:
    """UAE, यूएई, UP, यूपी: an acronym whose English expansion is a known place, or the code of an Indian state
    (ISO 3166-2 IN-UP is Uttar Pradesh)."""
    acronym = _acronym(name)
    if not acronym:
        return False
    from khabar.analyse.english_names import strong_english_names

    # Strong names only: GeoNames has a town for many letter runs (Bau for बीएयू, the agricultural university).
    if strong_english_names().get(everyday_name(acronym).casefold()) == "LOC":
        return True
    try:
        import pycountry
    except ImportError:
        return False
    return pycountry.subdivisions.get(code=f"IN-{acronym.upper()}") is not None


_MISSPELT_MIN = 5  # everyday words this long are compared by sound (कोराना, कोराेना for कोरोना)
_MISSPELT_SOUND = 75


@cache
def _everyday_sounds() -> dict[str, list[str]]:
    """``{skeleton: [phonetic keys]}`` of the one-word Hindi ``not_names`` (कोरोना, लॉकडाउन, युवती …)."""
    from .latin import phonetic_key, skeleton

    found: dict[str, list[str]] = {}
    for word in load("hi", "descriptions").get("not_names", []):
        if " " not in word and len(word) >= _MISSPELT_MIN:
            key = phonetic_key(word)
            found.setdefault(skeleton(key), []).append(key)
    return found


@cache
def _misspelt_everyday_word(word: str) -> bool:
    """A spelling of an everyday word taggers take for a name (कोराना for कोरोना): the same consonant skeleton
    and a close phonetic key."""
    from rapidfuzz import fuzz

    from .latin import phonetic_key, skeleton

    if len(word) < _MISSPELT_MIN or known_latin(word, by_sound=False):
        return False
    key = phonetic_key(word)
    return any(fuzz.ratio(key, other) >= _MISSPELT_SOUND for other in _everyday_sounds().get(skeleton(key), []))


def _unplaced_mission(words: list[str], data: dict[str, frozenset[str]]) -> bool:
    """भारतीय दूतावास, अमेरिकी उच्चायोग: a country's mission named by its demonym or country alone is the one in
    whatever city the article is about (Dubai's, Tehran's), no one entity."""
    from .places import is_country

    if len(words) < 2 or words[-1] not in data["mission_heads"]:
        return False
    rest = [w for w in words[:-1] if w not in data["mission_heads"] and w not in ("वाणिज्य", "महावाणिज्य")]
    return bool(rest) and all(w in data["demonyms_only"] or is_country(w) for w in rest)


def _generic_body(words: list[str], data: dict[str, frozenset[str]]) -> bool:
    """राज्य सरकार, स्वास्थ्य विभाग, जिला प्रशासन, केंद्रीय बैंक: generic modifiers and an institution's head,
    nothing that names which one (a place, a person, any other word)."""
    heads, modifiers = data["body_heads"], data["body_modifiers"]
    if len(words) < 2 or words[-1] not in heads | data["deity_heads"]:
        return False
    if words[-1] in data["deity_heads"] and all(w in data["deities"] for w in words[:-1]):
        return True  # काली मंदिर, हनुमान मंदिर: the temple of that deity the article is about, in any town
    if words[0] in data["level_words"] and words[-1] in heads:
        return True  # राज्य चुनाव आयोग, जिला स्वास्थ्य समिति: the state's or district's body, whichever the article's
    # स्कूल-कॉलेज: institution heads side by side are a list of kinds of place, not a name; सरकारी मेडिकल कॉलेज
    # अस्पताल: modifiers and heads together still name no particular one.
    return all(w in modifiers or w in data["institution_heads"] for w in words[:-1])


@cache
def _government_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("hi", "descriptions")
    # A demonym names the country too (ब्रिटिश सरकार, चीनी सरकार).
    return (frozenset(match_key(w) for w in data.get("government_heads", [])),
            frozenset(match_key(w) for w in [*data.get("centre_words", []), *data.get("demonyms", {})]))


def _led_government(name: str, words: list[str]) -> bool:
    """मोदी सरकार, केजरीवाल सरकार, भाजपा सरकार, चुंकी सरकार: a government named by its leader, its party or a stray
    word, not by a place (दिल्ली सरकार, ईरान सरकार) or the centre (केंद्र सरकार), describes a government."""
    heads, centre = _government_words()
    if len(words) < 2 or words[-1] not in heads or not has_devanagari(name) or known_latin(name):
        return False
    rest = words[:-1]
    if set(rest) & centre:
        return False
    return not (known_latin(" ".join(rest), "LOC") or any(known_latin(w, "LOC") for w in rest)
                or any(_acronym_of_place(w) for w in rest))


def _unnamed_unit(words: list[str], data: dict[str, frozenset[str]]) -> bool:
    """गृह विभाग, संक्रामक रोग विभाग, माइक्रोबायोलॉजी विभाग: a department named only by its subject is a unit of
    whatever government, hospital or university the article is about. A place (दिल्ली स्वास्थ्य विभाग), a
    demonym (अमेरिकी विदेश विभाग), an acronym or a known name among its words says which one."""
    if len(words) < 2 or words[-1] not in data["unit_heads"]:
        return False
    subject = words[:-1]
    for i in range(len(subject)):
        for n in (3, 2, 1):
            part = " ".join(subject[i:i + n])
            if i + n <= len(subject) and (known_latin(part, by_sound=False) or part in data["demonyms_only"]):
                return False
    return not any(not has_devanagari(w) or _acronym(w) for w in subject)


_TRADE_ZIPF = 3.0  # a word before a shop's head this common in Hindi is the kind of goods, not the shop's name


def _kind_of_shop(words: list[str], data: dict[str, frozenset[str]]) -> bool:
    """किराना स्टोर, मेडिकल स्टोर, राशन दुकान: a shop's head (``trade_heads``) after one everyday Hindi word is a kind
    of shop, in whatever town the article is about, not one business. A known name, a person-name word, an
    acronym or a rare word (its owner's or brand's name: सुभाष स्टोर) says which shop; so may a longer name (सोनिया
    जनरल स्टोर), which is left alone."""
    if len(words) != 2 or words[-1] not in data["trade_heads"]:
        return False
    from .common_names import is_common_name_word  # common_names imports coref, which imports this module

    word = words[0]
    return has_devanagari(word) and _zipf(word) >= _TRADE_ZIPF and not is_common_name_word(word) \
        and not _acronym(word) and not known_latin(word, by_sound=False)


@cache
def _phrase_starts(lang: str) -> frozenset[str]:
    data = _words(lang)
    return frozenset(p.split()[0] for p in data["not_names"] if len(p.split()) > 1)


def safe_place(name: str) -> bool:
    """A country, a large city or a curated name (or an English name the lists know): safe to read as a place."""
    if not has_devanagari(name):
        return bool(_english_known(name))
    from khabar.analyse.gazetteer import fallback_names

    return match_key(name) in fallback_names()


@cache
def _english_title_modifiers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load("en", "names").get("title_modifiers", []))


def _english_title_phrase(words: list[str], descriptive: frozenset[str], titles: frozenset[str]) -> bool:
    """Special Representatives, Chief Ministers, Foreign Ministers: English title modifiers (``title_modifiers``)
    and a title, or a title's plural, at the end describe holders of an office, not one person (session 17: the
    English reports' "Special Representatives" of two countries was a person)."""
    last = words[-1]
    if not (last in titles or (len(last) > 3 and last.endswith("s") and last[:-1] in titles)):
        return False  # a title (not a demonym: Special Olympics is a body)
    modifiers = _english_title_modifiers()
    return all(w in modifiers or w in descriptive for w in words[:-1]) and (len(words) > 1 or last not in descriptive)


def _only_descriptive(words: list[str], descriptive: frozenset[str]) -> bool:
    """The words are titles, roles and demonyms from end to end (उत्तर कोरियाई सर्वोच्च नेता)."""
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]) in descriptive:
                i += n
                break
        else:
            return False
    return True


def head_type(name: str, type_: str) -> str:
    """The type a name's own evidence gives: a gazetteer entry's type, else its head word, else ``type_``."""
    words = match_key(name).split()
    if has_devanagari(name):
        from khabar.analyse.gazetteer import curated_types, fallback_names

        # A one-word name may be a person's as well as a country's (जॉर्जिया): only the curated list decides
        # it; a name of two words or more that is a country or a large city is that place.
        found = curated_types().get(" ".join(words)) or (fallback_names().get(" ".join(words))
                                                        if len(words) > 1 else None)
        if found:
            return found
    if len(words) == 1 and type_ != "LOC" and _acronym_of_place(name):
        return "LOC"
    if type_ == "LOC" and len(words) > 1 and has_devanagari(name) and _org_led(words):
        return "ORG"  # एयर एशिया, एयर इंडिया: a place after an organisation's lead word (Air India)
    if type_ != "ORG" and " ".join(words) in _outlets():
        return "ORG"  # अमर उजाला is a newspaper, whatever its words look like
    if len(words) == 1 and type_ == "PER" and has_devanagari(name) and _place_suffixed(words[0]):
        return "LOC"  # रामकृष्णानगर, सुल्तानपुर: a word that ends in a place suffix names a place, not a person
    if len(words) < 2:
        return type_
    if type_ == "PER" and has_devanagari(name) and words[0] in _compass_leads():
        return "LOC"  # वेस्ट इंडीज, दक्षिण अफ्रीका: a name that opens with a direction is a place, no person's
    org, loc = _heads()
    if type_ != "ORG" and words[-1] in org:
        return "ORG"
    if type_ == "PER" and words[-1] in loc:
        return "LOC"
    return type_


@cache
def _compass_leads() -> frozenset[str]:
    """Direction words (``compass_words``, ``compass_loanwords``: पश्चिम, वेस्ट) that no person's name opens with;
    those that also qualify a title (``title_qualifiers``: पूर्व, former) left out."""
    desc = load("hi", "descriptions")
    words = {match_key(w) for w in [*desc.get("compass_words", []), *desc.get("compass_loanwords", {})]}
    return frozenset(words - {match_key(w) for w in desc.get("title_qualifiers", [])})


_SUFFIX_STEM = 3  # letters before the suffix: नगर alone is a head word, not a suffixed name


def _place_suffixed(word: str) -> bool:
    return any(word.endswith(s) and len(word) - len(s) >= _SUFFIX_STEM for s in _place_suffixes())


@cache
def _place_suffixes() -> tuple[str, ...]:
    return tuple(match_key(w) for w in load("hi", "descriptions").get("place_suffixes", []))


@cache
def _org_lead_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("org_lead_words", []))


def _org_led(words: list[str]) -> bool:
    """A lead word that makes an organisation of the place named after it (एयर एशिया, एयर इंडिया), unless the whole
    name is a known place."""
    return (words[0] in _org_lead_words() and bool(known_latin(" ".join(words[1:]), "LOC", by_sound=False))
            and not known_latin(" ".join(words), "LOC", by_sound=False))


def acronym_type(names: list[str], type_: str) -> str:
    """A group typed as a place that is also written as an acronym no place list expands (रिम्स … RIMS, बीएयू) is
    an institution: ``ORG``. Otherwise ``type_``."""
    if type_ != "LOC":
        return type_
    for n in names:
        if (" " not in n.strip() and _acronym(n) and not _acronym_of_place(n) and not shouted_place(n)
                and not known_latin(n, "LOC", by_sound=False)):
            return "ORG"
    return type_


def support(entity: EntityRecord) -> str:
    """How well the corpus supports ``entity`` as a canonical entity: one of ``SUPPORT_LEVELS``."""
    names = entity.names()
    one_word = all(len(match_key(n).split()) == 1 for n in names)
    # An English name is not its own evidence (known_names counts it as its Latin name): it must be listed.
    hindi = [n for n in names if has_devanagari(n)]
    known = (hindi and known_names(hindi, entity.type)) or any(_english_known(n) for n in names if n not in hindi)
    if known and entity.read_elsewhere():
        known = False  # कोरिया written inside a home state: the lists' Korea is not this place
    if known and not (len(entity.articles()) < 2 and all(_weak_foreign_place(n) for n in names)):
        return "known"
    if len(entity.articles()) >= 2:
        return "articles"
    tagged = Counter(m["article_id"] for m in entity.mentions if m.get("source") in _TAGGED)
    # A one-word name repeated in one article may be an everyday word the tagger keeps taking (गुलाल).
    if tagged and max(tagged.values()) >= 2 and not one_word:
        return "repeated"
    return "single"


_WEAK_PLACE_LETTERS = 5  # a foreign minor place's name shorter than this is as likely a fragment or a word


_WEAK_PLACE_LETTERS = 5  # a foreign minor place's name shorter than this is as likely a fragment or a word
_MAJOR_CITY = 1_000_000


@cache
def _weak_foreign_place(name: str) -> bool:
    """A short Devanagari word that only a place abroad below a million people has as its name in GeoNames, ISO
    3166-2 or CLDR's time-zone cities (कॉले: Kole, चक: Chuuk, टेटे: Tete, टेरी: Taree, तट: Coast): named in one
    article, it is more likely a cut word, an acronym or an everyday word than that place, so the list is no
    support on its own. Countries, curated names, Indian places and major cities support whatever their length."""
    from khabar.analyse.gazetteer import curated_types, lookup_place
    from khabar.link.places import city_population, is_indian_place

    if not has_devanagari(name) or len(match_key(name).replace(" ", "")) >= _WEAK_PLACE_LETTERS:
        return False
    place = lookup_place(name)
    english = place.name if place else known_latin(name, "LOC")
    if not english or match_key(name) in curated_types() or (place and place.kind == "country"):
        return False
    return not is_indian_place(english) and city_population(english) < _MAJOR_CITY


def is_supported(entity: EntityRecord) -> bool:
    return support(entity) != "single" and not is_description(entity.name, entity.type) \
        and not _generic_oblique(entity.name)


def _generic_oblique(name: str) -> bool:
    """A head word's oblique singular alone (गुरुद्वारे में, इलाके के: the ा of the head written े before a
    postposition) is a generic reference like the head itself, unless a gazetteer knows it: not listed. It stays a
    description-free group for linking (session 24: read as a description it changed the covid threads)."""
    words = match_key(name).split()
    return len(words) == 1 and oblique_head(words[0]) is not None and not known_latin(name)


def _english_known(name: str) -> bool:
    from khabar.analyse.english_names import known_english_names

    return everyday_name(name).casefold() in known_english_names()


def clean_report(entities: list[EntityRecord]) -> dict[str, object]:
    """Counts of entities by support level and type, and how many names are descriptions."""
    by_support: Counter = Counter()
    by_type: dict[str, Counter] = {}
    descriptions = 0
    for e in entities:
        if is_description(e.name, e.type):
            descriptions += 1
            level = "description"
        else:
            level = support(e)
        by_support[level] += 1
        by_type.setdefault(e.majority_type(), Counter())[level] += 1
    return {"entities": len(entities), "by_support": dict(by_support),
            "by_type": {t: dict(c) for t, c in sorted(by_type.items())}, "descriptions": descriptions}
