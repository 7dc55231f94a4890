"""Session 16's speed changes answer what the code before them answered.

Each remembered answer (``lru_cache``) is checked against the function computed afresh (``__wrapped__``) on the
words of real articles and on invented ones, asked twice so that the second answer comes from the cache:

- ``analyse.entities.acronym_letters`` and ``body_acronym`` (the acronym rules ask them of every token);
- ``link.latin.initials``, ``_word_latin`` and ``english_word`` (the Latin forms of names, word by word);
- ``text.keys.has_devanagari``, remembered for short strings only and scanned for longer ones.
"""

from __future__ import annotations

import regex

from conftest import covid5_articles
from khabar.analyse import entities
from khabar.link import latin
from khabar.text import keys
from khabar.text.keys import has_devanagari

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# Invented: letter-name acronyms (एनएचएआई, एसडीएम), ordinary words, Latin, digits, marks alone, mixed scripts.
_INVENTED = ["एनएचएआई", "एसडीएम", "पीएमओ", "आईसीएमआर", "जेएनएन", "यूएई", "केरल", "सीएमओ", "डीके", "वी", "बीएचयू",
             "एलएनजेपी", "आरटी", "पीसीआर", "सरकार", "अस्पताल", "WHO", "Delhi", "2020", "ं", "", " ", "दिल्लीAIIMS",
             "एसएसपी", "टीवी", "ओके", "एक्स", "डब्लूएचओ"]


def _words(count: int) -> list[str]:
    found: dict[str, None] = dict.fromkeys(_INVENTED)
    for article in covid5_articles(count):
        found.update(dict.fromkeys(_WORD.findall(article.text)))
    return list(found)


def _names(count: int) -> list[str]:
    """Runs of one to three words of real text: what the link step spells out in Latin."""
    out: dict[str, None] = {}
    for article in covid5_articles(count):
        words = _WORD.findall(article.text)
        for k in range(0, len(words) - 3, 5):
            for n in (1, 2, 3):
                out[" ".join(words[k:k + n])] = None
    return list(out)


def test_acronym_answers_are_the_computed_ones() -> None:
    words = _words(60)
    assert len(words) > 3000
    acronyms = bodies = 0
    for _ in range(2):  # the second round is answered from the cache
        for w in words:
            assert entities.acronym_letters(w) == entities.acronym_letters.__wrapped__(w), w
            assert entities.body_acronym(w) == entities.body_acronym.__wrapped__(w), w
            acronyms += entities.acronym_letters(w) >= 2
            bodies += entities.body_acronym(w)
    assert entities.acronym_letters("एनएचएआई") == 4 and entities.acronym_letters("केरल") == 0
    assert entities.body_acronym("एनएचएआई") and not entities.body_acronym("एसडीएम")  # an office is no body
    assert acronyms > 20 and bodies > 5  # real text has acronyms, and some are bodies


def test_latin_word_answers_are_the_computed_ones() -> None:
    words = _words(30)
    for _ in range(2):
        for w in words:
            assert latin.initials(w) == latin.initials.__wrapped__(w), w
            for first in (True, False):
                for last in (True, False):
                    assert latin._word_latin(w, first, last) == latin._word_latin.__wrapped__(w, first, last), w
        for w in words[::7]:
            assert latin.english_word(w) == latin.english_word.__wrapped__(w), w
    assert latin.initials("डीके") == "DK" and latin.initials("केरल") is None
    assert latin._word_latin("अस्पताल", False, True) == latin._word_latin.__wrapped__("अस्पताल", False, True)


def test_latin_names_of_real_text_are_unchanged_by_the_word_caches() -> None:
    # ``latin_name`` spells a place or organisation word by word through ``_word_latin``: with the word answers
    # cached or computed afresh, the same names.
    names = _names(20)
    assert len(names) > 2000
    for name in names:
        for type_ in ("LOC", "ORG", "PER"):
            assert latin.latin_name(name, type_) == latin.latin_name.__wrapped__(name, type_), (name, type_)


def test_has_devanagari_remembers_short_strings_and_scans_long_ones() -> None:
    def scan(text: str) -> bool:
        return regex.search("[\u0900-\u097f]", text) is not None

    words = _words(20)
    long_texts = [a.text for a in covid5_articles(5)] + ["x" * 200 + "क", "क" + "x" * 200, "x" * 300]
    edges = ["a" * (keys._SHORT - 1) + "क", "a" * keys._SHORT + "क", "a" * keys._SHORT, "क" * (keys._SHORT + 1)]
    for _ in range(2):
        for text in words + long_texts + edges + ["", "abc", "ॐ", "\u097f", "\u0900", "\u0980", "৭"]:
            assert has_devanagari(text) == scan(text), text
    keys._short_has_devanagari.cache_clear()
    for text in [*long_texts, edges[1], edges[3]]:
        has_devanagari(text)
    assert keys._short_has_devanagari.cache_info().currsize == 0  # texts longer than _SHORT are never kept
    has_devanagari(edges[2])
    assert keys._short_has_devanagari.cache_info().currsize == 1
