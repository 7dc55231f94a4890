"""A place or person written as one word of a short quoted name (issue 13, session 20).

‘जयपुर फुट' के अमेरिकी खंड ने … names a charity; the tagger gives जयपुर as a place, and linking it made a report about
the charity's camp in Patna a report naming the city. A slogan or a quoted title does the same (‘दिल्ली चलो', ‘भारत
छोड़ो', 'कोवा पंजाब', an app). Reading the whole quote as an organisation (session 19) made the slogans junk
organisations, so it was reverted; what the quote does show is that the word is part of a quoted name, not a
reference the reader can rely on. Such a mention stays what the tagger said (a place) in the analysis, but feeds no
canonical entity: no wrong merge with the city, and no new entity either.

A quoted name: the quote holds the mention and one to three other words, each a plain word that is no postposition,
no title and no everyday word of high frequency (zipf ≥ 5.5: है, कहा, उनकी); a quote that goes on with a
postposition is a quoted sentence (‘बिहार में तेजी से ठीक हो रहे हैं मरीज’), and its place keeps its link. A quote
of the name alone ('अरत्तू') is the name.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from khabar.lang import load
from khabar.model import Mention
from khabar.text.keys import has_devanagari, match_key

OPENING_QUOTES = "‘“'\""
CLOSING_QUOTES = "’”'\""
MAX_OTHER_WORDS = 3
EVERYDAY_ZIPF = 5.5  # पब्लिक 4.6, हेल्थ 4.1; है, कहा, उनकी are far above
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NAME_WORD = regex.compile(r"^[\p{L}\p{M}]+$")


@cache
def _stops() -> frozenset[str]:
    data = load("hi", "ner")
    return frozenset(match_key(w) for name in ("postpositions", "titles") for w in data.get(name, []))


def _name_words(words: Sequence[str]) -> bool:
    """One to three Hindi words, none a postposition, a title or an everyday word: the rest of a name, no sentence.
    The lists are Hindi's, so a quote in Latin script ('India will win') is not read."""
    from khabar.analyse.ner.features import hindi_zipf

    return 1 <= len(words) <= MAX_OTHER_WORDS and all(
        _NAME_WORD.match(w) and has_devanagari(w) and match_key(w) not in _stops() and hindi_zipf(w) < EVERYDAY_ZIPF
        for w in words)


@cache
def _work_nouns() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "generic_names").get("work_nouns", []))


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]*$")


def _titled_work(text: str, m: Mention) -> bool:
    """‘बेबी डॉल’ right after सॉन्ग, फिल्म ‘गांधी’: a name quoted alone after a work noun (``generic_names.json``
    ``work_nouns``) is the title of that song, film or book (session 31)."""
    if m.start < 1 or text[m.start - 1] not in OPENING_QUOTES or m.end >= len(text) \
            or text[m.end] not in CLOSING_QUOTES:
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 40), m.start - 1)
    return before is not None and match_key(before.group(1)) in _work_nouns()


def in_quoted_name(text: str, m: Mention) -> bool:
    """True when ``m`` (a place or person) opens or closes a short quoted name with other words (‘[जयपुर] फुट',
    'कोवा [पंजाब]'): the quote is no sentence (see the module); or is quoted alone as a work's title."""
    if m.type not in ("LOC", "PER"):
        return False
    if _titled_work(text, m):
        return True
    if m.start > 0 and text[m.start - 1] in OPENING_QUOTES:
        close = next((i for i in range(m.end, min(len(text), m.end + 80)) if text[i] in CLOSING_QUOTES + "\n"), None)
        if close is not None and text[close] != "\n" and text[m.end:m.end + 1] == " " \
                and _name_words(_WORD.findall(text[m.end:close])) \
                and len(text[m.end:close].split()) == len(_WORD.findall(text[m.end:close])):
            return True
    if m.end < len(text) and text[m.end] in CLOSING_QUOTES:
        lo = max(0, m.start - 80)
        opening = next((i for i in range(m.start - 1, lo - 1, -1) if text[i] in OPENING_QUOTES + "\n"), None)
        if opening is not None and text[opening] != "\n" and m.start > 0 and text[m.start - 1] == " ":
            before = text[opening + 1:m.start]
            if _name_words(_WORD.findall(before)) and len(before.split()) == len(_WORD.findall(before)):
                return True
    return False


def quoted_name_parts(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions that are one word of a short quoted name (``in_quoted_name``)."""
    return [m for m in mentions if in_quoted_name(text, m)]
