"""Tokens with offsets. Words include their Devanagari vowel signs and viramas (``\\p{M}``), which stdlib
``re``'s ``\\w`` splits off."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from khabar.model import Span

# A word: letters, marks and digits, with inner hyphens/apostrophes kept (किम जोंग-उन, don’t), and the zero-width
# joiners some outlets write inside a conjunct (उन्‍होंने, दिल्‍ली).
WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\u200c\u200d]*(?:['’\-][\p{L}\p{M}\p{N}]+)*")
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Word spans (no punctuation) in ``text[start:end]``, offsets into ``text``."""
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        yield Span(m.start(), m.end(), m.group())


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Tokens for tagging: runs of letters/marks/digits, and single punctuation marks."""
    for m in TOKEN.finditer(text, start, len(text) if end is None else end):
        yield Span(m.start(), m.end(), m.group())
