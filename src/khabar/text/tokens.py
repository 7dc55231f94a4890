"""Tokens with offsets. Words include their Devanagari vowel signs and viramas (``\\p{M}``), which stdlib
``re``'s ``\\w`` splits off."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from khabar.model import Span

# A word: letters, marks and digits, with inner hyphens/apostrophes kept (किम जोंग-उन, don't).
# Zero-width (non-)joiners inside a word are spelling, not separators (स्\u200dवास्\u200dथ्\u200dय is one word).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u200c\u200d]*[\p{L}\p{M}\p{N}])?"
                     r"(?:['’\-][\p{L}\p{M}\p{N}]+)*")
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\u200c\u200d]*[\p{L}\p{M}\p{N}])?|[^\s\p{L}\p{M}\p{N}]")


# A frozen dataclass's __init__ sets each field through object.__setattr__; the slots' own descriptors make the
# same Span in half the time, and tokens and words make one for every word of every article.
_new = object.__new__
_set_start, _set_end, _set_text = Span.start.__set__, Span.end.__set__, Span.text.__set__  # type: ignore[attr-defined]


def _span(start: int, end: int, text: str) -> Span:
    span = _new(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text)
    return span


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Word spans (no punctuation) in ``text[start:end]``, offsets into ``text``."""
    for m in WORD.finditer(text, start, len(text) if end is None else end):  # _span, inlined: a call less a word
        span = _new(Span)
        a, b = m.span()
        _set_start(span, a)
        _set_end(span, b)
        _set_text(span, m.group())
        yield span


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """``len(list(words(text, start, end)))`` without making the spans."""
    return len(WORD.findall(text, start, len(text) if end is None else end))


def has_words(text: str, n: int) -> bool:
    """``count_words(text) >= n``, reading no further than the ``n``-th word (a paragraph has hundreds)."""
    found = WORD.finditer(text)
    return all(next(found, None) is not None for _ in range(n))


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Tokens for tagging: runs of letters/marks/digits, and single punctuation marks."""
    return iter(_tokens(text, start, len(text) if end is None else end))


# The steps of one article's analysis tokenise the same sentences again and again; Spans are frozen, so the
# same tuple serves them all. Bounded to a few articles' sentences.
@lru_cache(maxsize=4096)
def _tokens(text: str, start: int, end: int) -> tuple[Span, ...]:
    # A list, not a generator: no resume per token; ``_span`` inlined (a Python call less per token, and one
    # ``span()`` for both offsets).
    out: list[Span] = []
    append = out.append
    for m in TOKEN.finditer(text, start, end):
        span = _new(Span)
        a, b = m.span()
        _set_start(span, a)
        _set_end(span, b)
        _set_text(span, m.group())
        append(span)
    return tuple(out)
