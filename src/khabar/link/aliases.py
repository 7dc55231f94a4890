"""Names the corpus already knows, found where the tagger missed them.

A tagger misses a name in one article (दियाओयुताई स्टेट गेस्ट हाउस) that it tags in the next. Once a multi-word
name has been tagged somewhere, every other occurrence of it is that name too: a second-pass gazetteer learnt from
the corpus itself. Only names of two or more words are propagated; a single word (किम, शी) is too ambiguous to
tag without the model's context.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick
import regex

from khabar.model import Analysis, Mention

MIN_WORDS = 2
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def known_names(mention_lists: Iterable[Iterable[Mention]]) -> dict[str, str]:
    """``{surface form: type}`` of the multi-word names tagged by the model or a gazetteer."""
    names: dict[str, str] = {}
    for mentions in mention_lists:
        for m in mentions:
            if m.source in ("model", "gazetteer", "document") and len(m.text.split()) >= MIN_WORDS:
                names.setdefault(m.text, m.type)
    return names


def add_known_names(text: str, analysis: Analysis, names: dict[str, str]) -> list[Mention]:
    """Add a ``Mention(source="alias")`` for each occurrence of a known name in the article's body that no
    mention covers yet. Returns the mentions added.

    One Aho-Corasick automaton over ``names`` finds every occurrence in one pass over each body sentence (the
    cost follows the text, not the number of names); the longest names are placed first, so a long name wins
    its span."""
    if not names:
        return []
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    hits = []
    for sentence in analysis.body_sentences():
        for last, name in automaton.iter(text, sentence.start, sentence.end):
            hits.append((last + 1 - len(name), last + 1, name))
    taken = [(m.start, m.end) for m in analysis.mentions]
    added: list[Mention] = []
    for start, end, name in sorted(hits, key=lambda h: (-len(h[2]), h[2], h[0])):
        whole = (start == 0 or not _LETTER.match(text[start - 1])) and (
            end >= len(text) or not _LETTER.match(text[end]))
        if whole and not any(a < end and start < b for a, b in taken):
            added.append(Mention(start, end, name, names[name], source="alias"))
            taken.append((start, end))
    if added:
        analysis.mentions = sorted([*analysis.mentions, *added], key=lambda m: (m.start, m.end))
    return added
