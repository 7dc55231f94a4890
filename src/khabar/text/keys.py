"""Matching keys. They only ever *compare* text; the article text itself is never rewritten.

Hindi spells the same word several ways: nukta or not (ज़/ज), chandrabindu or anusvara (ँ/ं), a nasal
consonant cluster or anusvara (न्त/ंत), ॉ or ो (मॉस्को/मास्को), hyphen or space (जोंग-उन/जोंग उन),
invisible joiners. ``match_key`` folds all of these so that variants compare equal.
"""

from __future__ import annotations

import re
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
# The same folds as ``str.replace`` calls, each a scan in C: ``str.translate`` with a table looks up every
# character in Python's dict (about 50 µs for a 300-character line, ``replace`` under 1 µs). Replacing one
# character at a time is the table's simultaneous mapping because no fold writes a character another folds.
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())
# A nasal consonant + virama before a consonant is written as anusvara by many outlets.
_NASAL_CLUSTER = regex.compile(r"[ङञणनम]\u094d(?=[\u0915-\u0939])")
# Unicode normalisation reorders a run of combining marks in time quadratic in its length; no script stacks more
# than a few on one letter, so a key keeps the first few of a run (keys only compare, the text is untouched).
MAX_MARK_RUN = 8
_MARK_RUN = regex.compile(rf"(\p{{M}}{{{MAX_MARK_RUN}}})\p{{M}}+")
_SEPARATORS = regex.compile(r"[\s\-‐‑‒–—_.·']+")  # what match_key folds to one space (the reference)
# The same runs found by stdlib ``re`` (``regex``'s \s written out: Unicode's White_Space characters), leaving
# alone what the replacement would not change, a lone space between two words: about 2.5 times faster on a
# paragraph, where nearly every run is one space (the runs are the same, since each is still matched whole).
_WHITE_SPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                "\u200a\u2028\u2029\u202f\u205f\u3000")
_SEPARATOR_CHARS = _WHITE_SPACE + "-‐‑‒–—_.·'"
_SEPARATOR_RUNS = re.compile(f"[{re.escape(_SEPARATOR_CHARS)}]{{2,}}|[{re.escape(_SEPARATOR_CHARS.replace(' ', ''))}]")
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
    s = normalize("NFC", text)
    for a, b in _FOLD_PAIRS:
        if a in s:
            s = s.replace(a, b)
    s = _NASAL_CLUSTER.sub("\u0902", s)
    if fold_vowel_length:
        s = s.translate(_LOOSE)
    s = _SEPARATOR_RUNS.sub(" ", s).strip().casefold()
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
