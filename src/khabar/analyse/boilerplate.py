"""Boilerplate in plain text: page furniture that scrapers leave among the paragraphs.

HTML extraction can drop navigation by markup, but most news reaches khabar as text already, with listening
widgets, "Key Takeaways" boxes, FAQ blocks, photo credits and author bios inside it. Each rule below is a general
signal; the phrases it needs are data in ``lang/*/boilerplate.json`` (all languages at once, because Hindi pages
carry English widgets). A rule marks spans; nothing is deleted from ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from khabar.lang import load_all
from khabar.model import Span
from khabar.text.keys import match_key
from khabar.text.sentences import lines as text_lines

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_SENTENCE_END = regex.compile(r"[।॥.?!]['\"”’)]*\s*$")
_DATE_ONLY = regex.compile(
    r"^\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?:[,\s]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\s*$"
)


@dataclass(frozen=True, slots=True)
class Finding:
    span: Span
    reason: str


@dataclass(frozen=True, slots=True)
class _Data:
    widgets: dict[str, str]  # match key of the phrase -> scope
    credit: regex.Pattern
    roles: regex.Pattern
    outlets: tuple[str, ...]
    call_to_action: regex.Pattern
    link_farm_word: regex.Pattern


@cache
def _data() -> _Data:
    widgets: dict[str, str] = {}
    credit_words: list[str] = []
    roles: list[str] = []
    calls: list[str] = []
    farm_words: list[str] = []
    for data in load_all("boilerplate").values():
        widgets.update({match_key(k): v for k, v in data.get("widgets", {}).items()})
        credit_words += data.get("credit_words", [])
        roles += data.get("bio_roles", [])
        calls += data.get("calls_to_action", [])
        farm_words += data.get("link_farm_words", [])
    outlets: list[str] = []
    for data in load_all("outlets").values():
        outlets += data.get("outlets", [])
    words = "|".join(regex.escape(w) for w in sorted(credit_words, key=len, reverse=True))
    # A parenthetical that starts with a credit word: "(छवि: रॉयटर्स)", "(Photo: AFP)", "(एजेंसी इनपुट्स के साथ)".
    credit = regex.compile(rf"\s*\((?:{words})[^()\n]{{0,80}}\)", regex.IGNORECASE)
    role_alt = "|".join(regex.escape(r) for r in sorted(roles, key=len, reverse=True))
    return _Data(widgets, credit, regex.compile(rf"(?:{role_alt})", regex.IGNORECASE),
                 tuple(sorted(outlets, key=len, reverse=True)), _phrases(calls), _phrases(farm_words))


def _phrases(phrases: list[str]) -> regex.Pattern:
    """Any of ``phrases`` as whole words, case-insensitively, spaces matching any whitespace."""
    alternatives = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives or '(?!)'})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


_ASIDE = regex.compile(r"\([^()\n]{10,500}\)")
_LINK_FARM_MAX_WORDS = 60


def is_link_farm(text: str) -> bool:
    """Text that asks the reader to act and names an app, a network or a link: a footer or share widget."""
    data = _data()
    return bool(data.call_to_action.search(text) and data.link_farm_word.search(text))


def _link_farm(text: str, line: Span, n_words: int | None = None) -> list[Finding]:
    """The bracketed asides of a line that are link farms, or the whole line when it is one and short
    (``n_words``: the line's word count, when the caller has it)."""
    asides = [m for m in _ASIDE.finditer(text, line.start, line.end) if is_link_farm(m.group())]
    if asides:
        return [Finding(Span.of(text, m.start(), m.end()), "link farm") for m in asides]
    if n_words is None:
        n_words = len(_words(line.text))
    if n_words <= _LINK_FARM_MAX_WORDS and is_link_farm(line.text):
        return [Finding(line, "link farm")]
    return []


def _blank_between(text: str, a: Span, b: Span) -> bool:
    return text.count("\n", a.end, b.start) >= 2


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


_DEVANAGARI_CHAR = regex.compile("[\u0900-\u097f]")
_ASCII_LETTER = regex.compile("[A-Za-z]")


def _script(text: str) -> str | None:
    # Counted by the regex engine, not a Python loop over every character of every line.
    deva = len(_DEVANAGARI_CHAR.findall(text))
    latin = len(_ASCII_LETTER.findall(text))
    if not deva and not latin:
        return None
    return "deva" if deva >= latin else "latin"


@cache
def _widget_phrases() -> tuple[str, ...]:
    return tuple(_data().widgets)


def _widget_scope(line: str) -> str | None:
    key = match_key(line).strip(" :|-–—•*#")
    if not key.startswith(_widget_phrases()):  # most lines: no widget phrase begins them
        return None
    n_words = len(_words(line))
    for phrase, scope in _data().widgets.items():
        if key == phrase:
            return scope
        if key.startswith(phrase):
            # What follows the phrase, read in the key as the phrase is (a nukta the key drops: ये भी पढ़ें).
            rest = match_key(line.strip())[len(phrase):] if match_key(line.strip()).startswith(phrase) else None
            followed_by_colon = rest is not None and rest[:1] in ":|-–—"
            if followed_by_colon or (n_words <= 8 and not _SENTENCE_END.search(line)):
                return scope
    return None


def bio_author(line: str) -> str | None:
    """The person a short author bio is about (``X न्यूज़18 में वरिष्ठ उपसंपादक हैं``, ``X is a reporter at Y``)."""
    data = _data()
    role = data.roles.search(line)
    if not role or role.start() > 120:
        return None
    head = line[: role.start()]
    hindi = regex.match(r"^\s*((?:[\p{L}\p{M}\p{N}.]+\s+){2,6}?)में\s", head)
    if hindi:
        before = hindi.group(1).strip()
        for outlet in data.outlets:
            if before.endswith(outlet) and before != outlet:
                return before[: -len(outlet)].strip() or None
        words = before.split()
        return " ".join(words[: min(2, len(words) - 1)]) if len(words) >= 2 else None
    english = regex.match(r"^\s*((?:\p{Lu}[\p{L}.'\-]+\s+){1,3}?)(?:is|has been|works as)\s+(?:a|an|the)\b", head)
    if english:
        return english.group(1).strip()
    return None


def find_boilerplate(text: str, *, lang: str) -> list[Finding]:
    """Boilerplate segments of ``text`` with the reason each was marked, in text order, not overlapping."""
    lines = text_lines(text)
    found: list[Finding] = []
    main_script = "deva" if lang in ("hi", "mr", "ne", "sa") else "latin"
    # The headline's first occurrence stays (it is the article's own); repeats of any long line go.
    seen_lines: set[str] = set()
    i = 0
    last_lines = {id(s) for s in lines[-3:]}
    while i < len(lines):
        line = lines[i]
        scope = _widget_scope(line.text)
        if scope == "rest":
            found.append(Finding(Span(line.start, len(text.rstrip()), text[line.start:len(text.rstrip())]),
                                 "widget section to the end"))
            break
        if scope == "block":
            found.append(Finding(line, "widget header"))
            # The paragraph under the header: the next line and every line that follows it without a blank line.
            j = i + 1
            while j < len(lines) and (j == i + 1 or not _blank_between(text, lines[j - 1], lines[j])):
                found.append(Finding(lines[j], "widget section"))
                j += 1
            i = j
            continue
        key = match_key(line.text)
        n_words = len(_words(line.text))
        if scope == "line":
            found.append(Finding(line, "widget"))
        elif _DATE_ONLY.match(line.text):
            found.append(Finding(line, "date line"))
        elif key in seen_lines and n_words >= 3:
            found.append(Finding(line, "repeated line"))
        elif (n_words <= 6 and _script(line.text) not in (None, main_script)  # the count first: cheaper
              and not _SENTENCE_END.search(line.text)):
            found.append(Finding(line, "short line in another script"))
        elif id(line) in last_lines and bio_author(line.text):
            found.append(Finding(line, "author bio"))
        elif farm := _link_farm(text, line, n_words):
            found.extend(farm)
        else:
            for m in _data().credit.finditer(text, line.start, line.end):
                found.append(Finding(Span.of(text, m.start(), m.end()), "credit"))
        if n_words >= 3:
            seen_lines.add(key)
        i += 1
    return found


def body_without(text: str, segments: list[Span]) -> str:
    """The text with ``segments`` cut out and the blank lines they leave collapsed."""
    parts: list[str] = []
    cursor = 0
    for seg in sorted(segments, key=lambda s: s.start):
        if seg.start >= cursor:
            parts.append(text[cursor:seg.start])
            cursor = seg.end
    parts.append(text[cursor:])
    body = "".join(parts)
    body = regex.sub(r"[ \t]+\n", "\n", body)
    return regex.sub(r"\n{3,}", "\n\n", body).strip()
