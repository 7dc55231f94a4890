"""Language-light word tools shared by search and the link step: a light stemmer (``lang/<code>/stemmer.json``)
and the bilingual lexicon of common news words (``lang/hi/lexicon.json``: ``lockdown`` <-> लॉकडाउन, तालाबंदी)."""

from __future__ import annotations

from functools import cache

from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key


@cache
def _stemmer(lang: str) -> tuple[int, tuple[str, ...]]:
    data = load(lang, "stemmer")
    return int(data.get("min_stem", 3)), tuple(sorted(data.get("suffixes", []), key=len, reverse=True))


def stemmer(word: str) -> tuple[int, tuple[str, ...]]:
    """``(shortest stem, suffixes longest first)`` of ``word``'s language."""
    return _stemmer("hi" if has_devanagari(word) else "en")


def stem(word: str) -> str:
    """``word`` without its longest inflectional suffix (from the language's stemmer data)."""
    min_stem, suffixes = stemmer(word)
    lowered = word.casefold()
    for suffix in suffixes:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= min_stem:
            return word[: len(word) - len(suffix)]
    return word


@cache
def _lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """``(english -> hindi forms, hindi key -> english words)`` from ``lang/hi/lexicon.json``."""
    english = {k.casefold(): tuple(v) for k, v in load("hi", "lexicon").get("words", {}).items()}
    hindi: dict[str, list[str]] = {}
    for word, forms in english.items():
        for form in forms:
            hindi.setdefault(match_key(form), []).append(word)
    # a Hindi word also reaches the other Hindi forms of its English word (संघर्षविराम -> युद्धविराम), after
    # the English words themselves
    siblings = {key: [*words, *(f for w in words for f in english[w] if match_key(f) != key)]
                for key, words in hindi.items()}
    return english, {k: tuple(dict.fromkeys(v)) for k, v in siblings.items()}


def translations(term: str) -> tuple[str, ...]:
    """The other script's words for a common word or two-word term (``lockdowns`` -> लॉकडाउन, तालाबंदी, ...;
    चुनावों -> election, then the other Hindi words for it: निर्वाचन, इलेक्शन): the term as written, else its
    stem; a word with numbers (``COVID 19``) as the word's translations with the numbers. Empty for a word the
    lexicon lacks."""
    english, hindi = _lexicon()
    if has_devanagari(term):
        found = hindi.get(match_key(term)) or hindi.get(match_key(stem(term)), ())
    else:
        lowered = term.casefold()
        found = english.get(lowered) or english.get(stem(lowered), ())
    parts = term.split()
    if found or len(parts) < 2:
        return found
    # one word with numbers (COVID-19 -> कोविड 19): the word's translations with the numbers kept in place
    worded = [n for n, p in enumerate(parts) if not p.isdigit()]
    if len(worded) != 1:
        return ()
    at = worded[0]
    return tuple(" ".join([*parts[:at], other, *parts[at + 1:]]) for other in translations(parts[at]))
