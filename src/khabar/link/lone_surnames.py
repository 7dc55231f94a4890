"""A lone surname in an English report that names a person the store knows by a full name (Vance after JD Vance).

English news names a person in full once and by the surname after, also in the next report of the affair, which
may never write the full name ("... as Vance accused him"). The finder (``analyse.english_names``) types a lone
word only when the article writes the full name or a list knows the person: one capitalised word alone may be a
company or a town. The store knows more: a lone capitalised word, mid-sentence and not an everyday word or a name
of another type, that is the last word of exactly one person's multi-word name there, is that person. The mention
is added at link time (``source="lone_surname"``) and goes straight to that person; the analysis stays as it was,
and a word no person of the store ends with makes no entity.
"""

from __future__ import annotations

import regex

from khabar.analyse.english_names import _common_word, _is_headline, _lists, known_english_names
from khabar.model import Analysis, Mention

SOURCE = "lone_surname"
_WORD = regex.compile(r"(?<![\p{L}\p{M}'’\-])([A-Z][a-z]{2,})(?![\p{L}\p{M}'’\-])")
_CAPITAL_BEFORE = regex.compile(r"([A-Z][\p{L}.]*)[ \u00a0]$")  # a name run or an initial (J. Vance) before it
_CAPITAL_AFTER = regex.compile(r"[ \u00a0][A-Z]")


def lone_surname_mentions(text: str, analysis: Analysis, taken: list[tuple[int, int]]) -> list[Mention]:
    """Lone capitalised words of an English article's running text that no mention covers (candidates only)."""
    if analysis.lang != "en":
        return []
    not_names = _lists()["not_names"]
    found: list[Mention] = []
    for s in analysis.body_sentences():
        if _is_headline(text, s.start, s.end):
            continue  # a Title Case line: capitals say nothing
        for w in _WORD.finditer(text, s.start, s.end):
            start, end = w.span(1)
            word = w.group(1)
            if not regex.search(r"\p{L}", text[s.start:start]):
                continue  # a sentence's first word is capitalised anyway
            before = _CAPITAL_BEFORE.search(text, max(s.start, start - 30), start)
            if (before and before.group(1) not in not_names) or _CAPITAL_AFTER.match(text, end):
                continue  # part of a longer name (a weekday or "But" before it is none): the finder's to read
            if word in not_names or _common_word(word) or known_english_names().get(word.casefold()) not in (
                    None, "PER") or any(a < end and start < b for a, b in taken):
                continue
            found.append(Mention(start, end, word, "PER", source=SOURCE))
    return found
