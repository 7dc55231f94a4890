"""Matching keys. They only ever *compare* text; the article text itself is never rewritten.

Hindi spells the same word several ways: nukta or not (ज़/ज), chandrabindu or anusvara (ँ/ं), a nasal
consonant cluster or anusvara (न्त/ंत), ॉ or ो (मॉस्को/मास्को), hyphen or space (जोंग-उन/जोंग उन),
invisible joiners. ``match_key`` folds all of these so that variants compare equal.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

_NUKTA_PRECOMPOSED = {
    "\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
    "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f", "\u0929": "\u0928",
    "\u0931": "\u0930", "\u0934": "\u0933",
}
_FOLD = {
    "\u093c": "",  # nukta
    "\u0901": "\u0902",  # chandrabindu -> anusvara
    "\u0949": "\u094b",  # ॉ -> ो
    "\u0911": "\u0913",  # ऑ -> ओ
    "\u0945": "\u0947",  # ॅ -> े
    "\u200c": "", "\u200d": "",  # ZWNJ, ZWJ
    "\u00ad": "",  # soft hyphen
}
# One table: a precomposed nukta letter becomes its base letter, which no other fold touches.
_FOLD_TABLE = str.maketrans({**_NUKTA_PRECOMPOSED, **_FOLD})
# A nasal consonant + virama before a consonant is written as anusvara by many outlets.
_NASAL_CLUSTER = regex.compile(r"[ङञणनम]\u094d(?=[\u0915-\u0939])")
# Unicode normalisation reorders a run of combining marks in time quadratic in its length; no script stacks more
# than a few on one letter, so a key keeps the first few of a run (keys only compare, the text is untouched).
MAX_MARK_RUN = 8
_MARK_RUN = regex.compile(rf"(\p{{M}}{{{MAX_MARK_RUN}}})\p{{M}}+")
_SEPARATORS = regex.compile(r"[\s\-‐‑‒–—_.·']+")
# The loose key also folds vowel length, and ा with ो: ॉ (the English "o" of Moscow) is written either way
# (मास्को/मॉस्को, कॉस्मोड्रोम/कोस्मोड्रोम).
_LOOSE = str.maketrans({"\u0940": "\u093f", "\u0942": "\u0941", "\u0908": "\u0907", "\u090a": "\u0909",
                        "\u093e": "\u094b", "\u0906": "\u0913"})


# Analysis keys every token several times (NER, gazetteers, coreference, quotes): a word is folded once, then
# looked up. Bounded: a few MB even on a long run over a large vocabulary.
@lru_cache(maxsize=1 << 17)
def match_key(text: str, *, fold_vowel_length: bool = False) -> str:
    """A key under which spelling variants of one name coincide.

    ``fold_vowel_length`` also folds ी/ि, ू/ु and ा/ो: a looser key for fuzzy candidate lookup.
    """
    s = normalize("NFC", text).translate(_FOLD_TABLE)
    s = _NASAL_CLUSTER.sub("\u0902", s)
    if fold_vowel_length:
        s = s.translate(_LOOSE)
    s = _SEPARATORS.sub(" ", s).strip().casefold()
    return s


def normalize(form: str, text: str) -> str:
    """``unicodedata.normalize`` in linear time: runs of combining marks longer than any script uses are cut to
    ``MAX_MARK_RUN`` first. For keys and comparisons only."""
    return unicodedata.normalize(form, _MARK_RUN.sub(r"\1", text))


# One scan in C: the link step asks this of every unit, name and word (hundreds of thousands of calls a batch).
_DEVANAGARI = regex.compile("[\u0900-\u097f]")
# A name or word is asked about again and again (576,000 calls in the link step of 500 pages, most of them for the
# same few thousand names): a short string's answer is remembered, a lookup a third the cost of the scan. Longer
# strings (sentences, texts) are scanned each time, so the cache holds names, never texts.
_SHORT = 64


@lru_cache(maxsize=1 << 17)
def _short_has_devanagari(text: str) -> bool:
    return _DEVANAGARI.search(text) is not None


def has_devanagari(text: str) -> bool:
    return _short_has_devanagari(text) if len(text) <= _SHORT else _DEVANAGARI.search(text) is not None
