"""Pairs of quotation marks as Hindi and English outlets really write them.

Outlets mix “…”, ‘…’, "…" and '…', open with a closing-style ” (``कहा, ”डीपीआरके…``), put a space before the
closing mark (``के लिए, ”पुतिन ने कहा``), forget the closing mark at the end of a paragraph, and let one quote run
over several sentences. Glyph shapes are therefore only a hint: within a paragraph, double marks toggle
open/close whatever their shape, and so do single marks (apostrophes inside words excepted). A paragraph that
ends with a quote still open closes it there; a closing-shaped mark with nothing open, written right after a
word, closes a quote whose opening mark was left out (it starts at the paragraph start).

Two apostrophes in a row (``''हम जीतेंगे''``) are one double mark of their own kind; such a quote left open ends
with its sentence, not with the paragraph (scraped text often has one paragraph for the whole article).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

DOUBLE = '"“”„«»'
SINGLE = "'‘’‚"
_CLOSING_SHAPES = "”’»"
_LETTER = regex.compile(r"[\p{L}\p{M}\p{N}]")
_PUNCT_ONLY = regex.compile(r"^[\s\p{P}\p{S}]*$")


@dataclass(frozen=True, slots=True)
class Marked:
    """Text between quotation marks: marks at ``open``/``close`` (None when missing), the words at start:end."""

    open: int | None
    close: int | None
    start: int
    end: int

    @property
    def outer_start(self) -> int:
        return self.open if self.open is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _is_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and bool(_LETTER.match(text[i]))


def _is_apostrophe(text: str, i: int) -> bool:
    # don't, Kim’s, नाम'स: a single mark between two letters is part of a word.
    return _is_letter(text, i - 1) and _is_letter(text, i + 1)


def _span(text: str, open_: int | None, close: int | None, lo: int, hi: int) -> Marked | None:
    start = open_ + 1 if open_ is not None else lo
    end = close if close is not None else hi
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or _PUNCT_ONLY.match(text[start:end]):
        return None
    return Marked(open_, close, start, end)


_SENTENCE_END = regex.compile(r"[।॥!?]|\.(?=\s)")
# The pairing reads marks only: a line is read from one mark to the next, not character by character.
_MARK = regex.compile("[" + regex.escape(DOUBLE + SINGLE) + "]")


def _pair_line(text: str, lo: int, hi: int) -> list[Marked]:
    found: list[Marked] = []
    open_at: dict[str, int | None] = {"double": None, "single": None, "twin": None}
    i = lo - 1
    while (mark := _MARK.search(text, i + 1, hi)) is not None:
        i = mark.start()
        ch = text[i]
        if ch in SINGLE and i + 1 < hi and text[i + 1] == ch:
            # '' written for a double mark: opens after the second apostrophe, closes at the first
            if open_at["twin"] is not None:
                span = _span(text, open_at["twin"], i, lo, hi)
                if span:
                    found.append(span)
                open_at["twin"] = None
            else:
                open_at["twin"] = i + 1
            i += 1
            continue
        if ch in DOUBLE and open_at["twin"] is not None and open_at["double"] is None and i > lo \
                and not text[i - 1].isspace():
            # ''…" : a quote opened with two apostrophes and closed with a double mark (a common mixed style)
            span = _span(text, open_at["twin"], i, lo, hi)
            if span:
                found.append(span)
            open_at["twin"] = None
            continue
        if ch in DOUBLE:
            family = "double"
        elif ch in SINGLE and not _is_apostrophe(text, i):
            family = "single"
        else:
            continue
        opened = open_at[family]
        if opened is not None:
            span = _span(text, opened, i, lo, hi)
            if span:
                found.append(span)
                open_at[family] = None
            else:
                open_at[family] = i  # `" "` doubled: one opening mark written twice
        elif ch in _CLOSING_SHAPES and i > lo and not text[i - 1].isspace() and not _is_letter(text, i + 1):
            if family == "single" and _is_letter(text, i - 1):
                continue  # leaders’ : a possessive apostrophe, not a quote
            span = _span(text, None, i, lo, i)
            if span:
                found.append(span)
        else:
            open_at[family] = i
    double, single = open_at["double"], open_at["single"]
    if double is not None and single is not None and single > double:
        # “ सही फसल ' …: a double mark closed by a single one; the pair is the double's opening and that mark
        span = _span(text, double, single, lo, hi)
        if span:
            found.append(span)
        return found
    for family, opened in open_at.items():
        if opened is not None:
            end = hi
            if family == "twin" and (stop := _SENTENCE_END.search(text, opened + 1, hi)):
                end = stop.end()
            span = _span(text, opened, None, lo, end)
            if span:
                found.append(span)
    return found


def find_marked(text: str, lo: int = 0, hi: int | None = None) -> list[Marked]:
    """Quoted stretches in ``text[lo:hi]``, paragraph by paragraph, outermost only, in text order."""
    hi = len(text) if hi is None else hi
    spans: list[Marked] = []
    for line in regex.finditer(r"[^\n]+", text, pos=lo, endpos=hi):
        spans.extend(_pair_line(text, line.start(), line.end()))
    spans.sort(key=lambda m: (m.outer_start, -m.outer_end))
    outermost: list[Marked] = []
    for span in spans:
        if outermost and span.outer_start >= outermost[-1].outer_start and span.outer_end <= outermost[-1].outer_end:
            continue  # a quote inside a quote belongs to the outer one
        outermost.append(span)
    return outermost
