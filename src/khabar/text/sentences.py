"""Sentence splitting for Hindi and English.

Hindi outlets end sentences with the danda ``।`` or a full stop ``.``; both count. Closing quote marks and
brackets that follow the terminator stay with their sentence (``कहा, “जल्द मिलेंगे।”``). A line break always
ends a sentence: scraped text puts headings, captions and widgets on their own lines.
"""

from __future__ import annotations

import regex

from khabar.lang import load_all
from khabar.model import Span

_CLOSERS = "\"'”’»)]\u201d\u2019"
# A terminator run, then any closing marks. The full stop is checked separately (decimals, abbreviations).
_END = regex.compile(r"(?:[।॥?!]+|\.(?!\d)|…)[" + regex.escape(_CLOSERS) + r"]*")


def _word_list(key: str) -> set[str]:
    found: set[str] = set()
    for data in load_all("sentences").values():
        found.update(a.casefold() for a in data.get(key, []))
    return found


_ABBREVIATIONS = _word_list("abbreviations")
_INITIALS = _word_list("initials")  # letters as a language writes them (एस for S)
_BEFORE_NUMBER = _word_list("before_number")  # No. 5, Art. 370
_NUMBER_AFTER = regex.compile(r"\.\s*\d")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}.]+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _word_before(text, dot)
    if not m:
        return False
    word = m.group(1)
    if word.casefold() in _ABBREVIATIONS:
        return True
    if word.casefold() in _BEFORE_NUMBER:
        return bool(_NUMBER_AFTER.match(text, dot))
    # Initials (J. Smith, B.R. Gavai, एस. जयशंकर, के.पी. शर्मा) or an initialism (U.S.) do not end a sentence.
    return all((len(part) == 1 and "A" <= part <= "Z") or part in _INITIALS for part in word.split("."))


def _word_before(text: str, dot: int) -> regex.Match[str] | None:
    """``_WORD_BEFORE.search(text, 0, dot)`` without scanning the text from its start at every dot: a word is
    searched for in the 64 characters before the dot, and the whole text only when the word fills them."""
    lo = max(0, dot - 64)
    m = _WORD_BEFORE.search(text, lo, dot)
    if m and m.start() == lo and lo > 0:
        return _WORD_BEFORE.search(text, 0, dot)
    return m


_LINE = regex.compile(r"[^\n]+")


def lines(text: str) -> list[Span]:
    """The non-blank lines of ``text``, each stripped of surrounding whitespace, offsets into ``text``."""
    found = []
    for m in _LINE.finditer(text):
        raw = m.group()
        if raw.strip():
            lead = len(raw) - len(raw.lstrip())
            found.append(Span(m.start() + lead, m.start() + len(raw.rstrip()), raw.strip()))
    return found


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]``, stripped of surrounding whitespace, offsets into ``text``."""
    end = len(text) if end is None else end
    spans: list[Span] = []

    def emit(a: int, b: int) -> None:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append(Span(a, b, text[a:b]))

    for line in _LINE.finditer(text, pos=start, endpos=end):
        cursor = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            after = m.end()
            if text[m.start()] == "." and _is_abbreviation(text, m.start()):
                continue
            # A terminator ends a sentence only before whitespace, the line end, or an opening mark.
            if after < line.end() and not (text[after].isspace() or text[after] in "“‘\"'("):
                continue
            emit(cursor, after)
            cursor = after
        emit(cursor, line.end())
    return spans
