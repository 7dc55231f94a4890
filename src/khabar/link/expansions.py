"""An acronym and the name it abbreviates: केजीएमयू and किंग जॉर्ज मेडिकल यूनिवर्सिटी, आरएमएल अस्पताल and राम मनोहर
लोहिया अस्पताल, बीएचयू and बनारस हिन्दू विश्वविद्यालय.

Hindi news writes an institution in full in one report and by its English acronym (spelled in Devanagari letter
names) in the next, and often both in one report without the parentheses that would tie them. The letters of the
acronym (``latin.initials``: केजीएमयू → KGMU) are compared with the initials of the fuller name's words: a generic
head as its English word only (``latin_words.json`` heads: विश्वविद्यालय University, आयोग the C of Commission, never
an A); a word with an English form as that and as its transliteration (राष्ट्रीय: the N of National, the R of RJD); a
known place as its Latin name (दिल्ली Delhi; उत्तरप्रदेश, one word, also UP); an acronym inside the name as its
letters (एसएन SN); any other word as its transliteration (राम Ram; ज also the G of George, फ the F of Football:
``acronym_letter_sounds``). The joining
words an acronym leaves out (ऑफ, एंड: ``acronym_skip``) are read both ways. An acronym a list expands (बीबीसी, WHO)
is that body and is not read here.

An acronym written with a head after it (आरएमएल अस्पताल) abbreviates the words before the same head in the fuller
name (राम मनोहर लोहिया अस्पताल: RML + अस्पताल). A bare acronym must have three letters or more and the fuller name
three words or more (two letters fit too many names); a headed one two letters, before the same head, and at least
two words before it (or one known place of two: उत्तरप्रदेश सरकार). ``acronym_forms`` and ``expansion_forms`` give
the keys under which the two meet; the linker decides when a meeting is evidence (``coref``: in one article;
``entities``: across articles with context).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

from .latin import _latin_words, _lookup, everyday_names, initials, known_latin, transliterate

MIN_BARE_LETTERS = 3  # a bare acronym of two letters (एपी, एसएन) fits too many names
MIN_HEADED_LETTERS = 2  # before a head (एसएन मेडिकल कॉलेज) two letters are enough
MAX_WORDS = 7  # words of a fuller name read for initials
MAX_FORMS = 64  # spellings of one name's initials kept (each word has one or two readings)
_LATIN_ACRONYM = regex.compile(r"[A-Z]{2,8}")


@cache
def _skip_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "latin_words").get("acronym_skip", []))


@cache
def _letter_sounds() -> dict[str, list[str]]:
    """``{beginning of a transliteration: the English letters it stands for}``, longest beginnings first."""
    sounds = load("hi", "latin_words").get("acronym_letter_sounds", {})
    return {k: sounds[k] for k in sorted(sounds, key=len, reverse=True)}


@cache
def _compound_tails() -> tuple[str, ...]:
    """Keys of the second parts of one-word given names (``acronym_compound_tails``), longest first."""
    tails = {match_key(w) for w in load("hi", "latin_words").get("acronym_compound_tails", [])}
    return tuple(sorted(tails, key=len, reverse=True))


def _compound_split(key: str) -> tuple[str, str] | None:
    """``(first part, tail)`` of a one-word given name ending in a tail of ``acronym_compound_tails`` after two
    letters or more (स्वरूपरानी: स्वरूप, रानी), else None."""
    for tail in _compound_tails():
        head = key[:-len(tail)]
        if key.endswith(tail) and sum(1 for c in head if regex.match(r"\p{L}", c)) >= 2:
            return head, tail
    return None


def _letters(word: str) -> str | None:
    """The English letters of a word that is an acronym (एम्स is no acronym, आरएमएल is RML), else None."""
    if has_devanagari(word):
        return initials(word)
    return word if _LATIN_ACRONYM.fullmatch(word) else None


def _listed(word: str, letters: str) -> bool:
    """An acronym a list knows as a name whose initials are not its letters (बीबीसी is BBC): it is that body, whatever
    other names its letters fit. One the list expands to its letters (यूपी Uttar Pradesh, डब्ल्यूएचओ World Health
    Organization) still abbreviates the same words in Hindi (यूपी सरकार, उत्तर प्रदेश सरकार)."""
    known = known_latin(word) if has_devanagari(word) else everyday_names().get(word)
    if known is None:
        return False
    skip = _skip_words()
    return "".join(w[:1].upper() for w in known.split() if w.casefold() not in skip) != letters


def _readings(word: str) -> frozenset[str]:
    """The letters a word of a fuller name may give an acronym: an acronym word all its letters; a generic head
    with an English form (विश्वविद्यालय University, आयोग Commission) that form's initial only; a word with an English
    form (राष्ट्रीय: National, or Rashtriya of RJD) or a known place also its transliteration's; any other word its
    transliteration's (or the English letters Hindi writes with that sound: ``acronym_letter_sounds``)); a one-word
    given name of two parts (स्वरूपरानी, ``acronym_compound_tails``) also one letter of each (SR of SRN)."""
    if not has_devanagari(word):
        return frozenset({word[:1].upper()}) if word[:1].isalpha() else frozenset()
    letters = initials(word)
    if letters:
        return frozenset({letters})
    loanwords, heads = _latin_words()
    key = match_key(word)
    if key in heads and key not in loanwords:  # महानगरपालिका, Municipal Corporation: MC
        return frozenset({"".join(w[:1].upper() for w in heads[key].split() if w[:1].isalpha())})
    spelled = transliterate(word).lower()
    sound = next((p for p in _letter_sounds() if spelled.startswith(p)), None)
    out = set(_letter_sounds()[sound]) if sound is not None else {spelled[:1].upper()}
    if (parts := _compound_split(key)) is not None:  # स्वरूपरानी: S, and SR (एसआरएन अस्पताल)
        out |= {a + b for a in _readings(parts[0]) for b in _readings(parts[1])}
    if key in loanwords:
        out.add(loanwords[key][:1].upper())
    elif (known := _lookup(word)) is not None:
        out.add(known[1][:1].upper())
        parts = known[1].split()
        if len(parts) > 1:  # उत्तरप्रदेश, one word for Uttar Pradesh: UP (यूपी सरकार)
            out.add("".join(w[:1].upper() for w in parts))
    return frozenset(c for c in out if c.isalpha())


def word_letters(word: str) -> frozenset[str]:
    """The English letters a word may begin with as an initial or in an acronym (पिनराई: P; ज also the G of George)."""
    return _readings(word)


@cache
def _phrase_heads() -> dict[tuple[str, ...], str]:
    """``{words of a generic head of several words: the initials of its English form}`` (नगर निगम: MC, Municipal
    Corporation; विदेश मंत्रालय: FM). Such a head is one unit of its English name, whose every word an acronym
    writes: बीएमसी is बृहन्मुंबई नगर निगम, and नगर read alone would give the N of Nagar."""
    loanwords, heads = _latin_words()
    out: dict[tuple[str, ...], str] = {}
    for key, english in heads.items():
        words = tuple(key.split())
        if len(words) > 1 and key not in loanwords:
            out[words] = "".join(w[:1].upper() for w in english.split() if w[:1].isalpha())
    return out


def _initial_forms(words: list[str]) -> frozenset[str]:
    """Every spelling of the initials of ``words`` (joining words read and left out; a head of several words read
    as its English form's initials, ``_phrase_heads``)."""
    forms = {""}
    skip = _skip_words()
    phrases = _phrase_heads()
    at = 0
    while at < len(words):
        size = next((n for n in (3, 2) if tuple(words[at:at + n]) in phrases), 0)
        if size:
            forms = {f + phrases[tuple(words[at:at + size])] for f in forms}
            at += size
            continue
        w = words[at]
        at += 1
        readings = _readings(w)
        if not readings:
            return frozenset()
        grown = {f + r for f in forms for r in readings}
        if match_key(w) in skip:
            grown |= forms
        forms = grown
        if len(forms) > MAX_FORMS:
            return frozenset()
    return frozenset(forms)


@lru_cache(maxsize=1 << 14)
def acronym_forms(name: str) -> frozenset[str]:
    """Keys of an acronym name: ``KGMU`` for केजीएमयू (three letters or more), ``RML|अस्पताल`` for आरएमएल अस्पताल
    (an acronym of two letters or more before a head of one or two words that are no acronyms); else none, and none
    for an acronym a list expands."""
    words = match_key(name).split() if has_devanagari(name) else name.split()
    if not words or len(words) > 3:
        return frozenset()
    letters = _letters(words[0])
    if not letters or _listed(words[0], letters):
        return frozenset()
    if len(words) == 1:
        return frozenset({letters}) if len(letters) >= MIN_BARE_LETTERS else frozenset()
    head = words[1:]
    if len(letters) < MIN_HEADED_LETTERS or any(_letters(w) for w in head) \
            or not all(has_devanagari(w) for w in head):
        return frozenset()
    return frozenset({f"{letters}|{' '.join(head)}"})


@lru_cache(maxsize=1 << 14)
def expansion_forms(name: str) -> frozenset[str]:
    """Keys under which the acronyms a fuller name may be written as find it: its initials (three words or more,
    three letters or more: ``BHU`` for बनारस हिन्दू विश्वविद्यालय), and the initials of the words before a head of one
    or two words (two words or more before it: ``RML|अस्पताल`` for राम मनोहर लोहिया अस्पताल)."""
    if not has_devanagari(name):
        return frozenset()
    words = match_key(name).split()
    if not 2 <= len(words) <= MAX_WORDS:
        return frozenset()
    out: set[str] = set()
    if len(words) >= 3 or _english_words(words) >= 3:  # बृहन्मुंबई महानगरपालिका: Brihanmumbai Municipal Corporation
        out |= {f for f in _initial_forms(words) if len(f) >= MIN_BARE_LETTERS}
    for size in (1, 2):
        before, head = words[:-size], words[-size:]
        if (len(before) >= 2 or _glued_place(before)) and not any(_letters(w) for w in head):
            out |= {f"{f}|{' '.join(head)}" for f in _initial_forms(before) if len(f) >= MIN_HEADED_LETTERS}
    return frozenset(out)


def _english_words(words: list[str]) -> int:
    """How many words the name has in English, a generic head counted as its English form's words (महानगरपालिका,
    Municipal Corporation: two)."""
    loanwords, heads = _latin_words()
    return sum(len(heads[w].split()) if w in heads and w not in loanwords else 1 for w in words)


def _glued_place(words: list[str]) -> bool:
    """One word that is a known place of several Latin words (उत्तरप्रदेश: Uttar Pradesh)."""
    if len(words) != 1 or _letters(words[0]):
        return False
    known = _lookup(words[0])
    return known is not None and len(known[1].split()) > 1


def abbreviates(acronym: str, fuller: str) -> bool:
    """``acronym`` may be written for ``fuller`` (केजीएमयू for किंग जॉर्ज मेडिकल यूनिवर्सिटी)."""
    return bool(acronym_forms(acronym) & expansion_forms(fuller))


def acronym_letters(names: frozenset[str] | set[str]) -> frozenset[str]:
    """The acronym keys of a set of names (an entity's or a group's)."""
    return frozenset(f for n in names for f in acronym_forms(n))
