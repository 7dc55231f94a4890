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


class KnownNames(dict[str, str]):
    """``{surface form: type}``, with one Aho-Corasick automaton over all the names, built when first needed: an
    article is then read once, however many names the corpus knows."""

    def matcher(self) -> ahocorasick.Automaton:
        built = getattr(self, "_matcher", None)
        if built is None or built[0] != len(self):
            automaton = ahocorasick.Automaton()
            for rank, name in enumerate(self):
                automaton.add_word(name, (rank, name))
            automaton.make_automaton()
            built = self._matcher = (len(self), automaton)
        return built[1]


def known_names(mention_lists: Iterable[Iterable[Mention]]) -> KnownNames:
    """``{surface form: type}`` of the multi-word names tagged by the model or a gazetteer."""
    names = KnownNames()
    for mentions in mention_lists:
        for m in mentions:
            if m.source in ("model", "gazetteer", "document") and len(m.text.split()) >= MIN_WORDS:
                names.setdefault(m.text, m.type)
    return names


def add_known_names(text: str, analysis: Analysis, names: dict[str, str]) -> list[Mention]:
    """Add a ``Mention(source="alias")`` for each occurrence of a known name in the article's body that no
    mention covers yet. Returns the mentions added."""
    taken = [(m.start, m.end) for m in analysis.mentions]
    added: list[Mention] = []
    sentences = analysis.body_sentences()
    if not names or not sentences:
        return added
    matcher = (names if isinstance(names, KnownNames) else KnownNames(names)).matcher()
    # Where each name occurs, sentence by sentence (the automaton finds every occurrence, overlapping ones too).
    found: dict[tuple[int, str], list[list[int]]] = {}
    for k, sentence in enumerate(sentences):
        if sentence.end > sentence.start:
            for last, (rank, name) in matcher.iter(text, sentence.start, sentence.end):
                found.setdefault((rank, name), [[] for _ in sentences])[k].append(last + 1 - len(name))
    # Longest name first, so a long name wins its span; within a sentence, left to right, an occurrence that
    # overlaps the name's previous one skipped (as repeated str.find from the previous end would).
    for rank, name in sorted(found, key=lambda key: (-len(key[1]), key[0])):
        for starts in found[(rank, name)]:
            previous_end = -1
            for start in sorted(starts):
                if start < previous_end:
                    continue
                end = start + len(name)
                previous_end = end
                whole = (start == 0 or not _LETTER.match(text[start - 1])) and (
                    end >= len(text) or not _LETTER.match(text[end]))
                if whole and not any(a < end and start < b for a, b in taken):
                    mention = Mention(start, end, name, names[name], source="alias")
                    added.append(mention)
                    taken.append((start, end))
    if added:
        analysis.mentions = sorted([*analysis.mentions, *added], key=lambda m: (m.start, m.end))
    return added
