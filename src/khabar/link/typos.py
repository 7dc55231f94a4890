"""A place or body name misspelt by one dropped or doubled letter (session 32, helper splits).

Three judged samples of canonical entities held the same misspelling class in all three: a letter too many or
too few in a long Devanagari place or body name, written once in one report while the right spelling runs through
many (देहरादूनक for देहरादून, लक्षदीप for लक्षद्वीप, आइएएनस for आइएएनएस). The fuzzy path of the entity index
(``coref.variant_tokens``) joins only names with the same consonants, because a changed consonant is most often
another name (शर्मा is not वर्मा, रायगढ़ is not रायगड): this module reads the narrower case of a consonant (with its
virama) or an independent vowel letter that one spelling has and the other lacks, nothing else changed.

Pure and small: ``entities.EntityIndex`` decides when to ask (a rare spelling no gazetteer knows, an established
entity of the same type).
"""

from __future__ import annotations

import regex

from khabar.text.keys import has_devanagari

TYPO_MIN_LETTERS = 6  # code points the shorter name keeps: a short name one letter off is often another place
TYPO_MAX_RUN = 2  # code points the extra run may have (a consonant and its virama: द्वी / दी)

# The extra run: one letter (a consonant or an independent vowel), alone or with the virama that joins it to its
# neighbour (द्वी / दी). A vowel sign makes another name (रामपुर / रामपुरा, सिंह / सिन्हा), and so does a syllable
# more (रामगढ़ / रामगढ़वा).
_LETTER = "[\u0904-\u0939\u0958-\u0961\u0972-\u097f]"
_RUN = regex.compile(f"{_LETTER}|\u094d{_LETTER}|{_LETTER}\u094d")


def one_letter_apart(a: str, b: str) -> bool:
    """Two Devanagari match keys that differ by one letter the longer has and the shorter lacks: the same words
    in the same order, the longer one with one consonant or independent vowel more in one place, with or without
    its virama (देहरादूनक / देहरादून, लक्षद्वीप / लक्षदीप, आइएएनएस / आइएएनस), not at a word's start. The shorter
    keeps ``TYPO_MIN_LETTERS`` code points or more."""
    if a == b or not (has_devanagari(a) and has_devanagari(b)):
        return False
    short, long_ = sorted((a, b), key=len)
    extra = len(long_) - len(short)
    if not 1 <= extra <= TYPO_MAX_RUN or len(short) < TYPO_MIN_LETTERS or len(short.split()) != len(long_.split()):
        return False
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    if short[i:] != long_[i + extra:]:
        return False
    if i == 0 or long_[i - 1] == " ":
        return False  # a word's first letter: another word (the index's fuzzy blocks keep first letters anyway)
    # The run may also be read one place to the left or right (आइएएनएस: either ए is the extra one); the leftmost
    # reading is the one tested.
    return _RUN.fullmatch(long_[i:i + extra]) is not None
