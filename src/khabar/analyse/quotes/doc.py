"""What the quote finders share: the article as they see it (body sentences, quote marks, mentions), the
frames and candidates they produce, and small text helpers."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

import regex

from khabar.analyse.quotes.lexicon import Lexicon
from khabar.analyse.quotes.marks import DOUBLE, SINGLE, Marked, find_marked
from khabar.analyse.quotes.phrases import Masks, Phrase, find_agent
from khabar.analyse.quotes.resolve import Referent
from khabar.model import Analysis, Mention, Span
from khabar.text.sentences import split_sentences
from khabar.text.tokens import count_words

EDGE = " \t\n,;:-–—"
TERMINAL = tuple("।.?!,;…-–—:")
_TRAIL = regex.compile(r"[\s।.!?,;:\-–—]+$")
MARKS = DOUBLE + SINGLE


@dataclass(slots=True)
class Frame:
    kind: str  # verb, comma, bare, passive, tail, genitive, habitual
    speaker: Phrase | None  # None: an impersonal passive (बताया जा रहा है कि)
    cue: str | None
    cue_start: int
    clause_start: int
    clause_end: int
    sentence: int


@dataclass(slots=True)
class Candidate:
    kind: str  # direct, partial, indirect
    start: int
    end: int
    speaker: Phrase | None
    cue: str | None
    sentence: int
    continues: Candidate | None = None
    referent: Referent | None = None


class Doc:
    """The text with its body sentences, quote masks and mentions, for the finders below."""

    def __init__(self, text: str, analysis: Analysis, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        sentences = analysis.body_sentences() if analysis.sentences else split_sentences(text)
        self.sentences: list[Span] = sentences
        self.starts = [s.start for s in sentences]
        self.mentions: list[Mention] = sorted(analysis.mentions, key=lambda m: (m.start, -m.end))
        self.marked: list[Marked] = [
            m for m in find_marked(text)
            if self.sentence_at(m.start) is not None and not analysis.in_boilerplate(m.start, m.end)
            and not (m.close is None and self._narration_inside(m))
        ]
        self.masks = Masks([(m.outer_start, m.outer_end) for m in self.marked])
        # In text order (find_marked reads left to right): the quotes of one sentence by bisection, not by a scan
        # of every quote for every quote (quadratic in an article of thousands of quotes).
        self.marked_starts = [m.outer_start for m in self.marked]
        # Mentions by start with the furthest end so far: "is this span inside a mention" in log time.
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_reach = list(accumulate((m.end for m in self.mentions), max))
        self.context_of: dict[tuple[Marked, int, int], bool] = {}  # _name_in_context, once per quote
        self.sentence_says: dict[tuple[int, int], bool] = {}  # a sentence names saying (quote_candidate)

    def inside_mention(self, start: int, end: int) -> bool:
        i = bisect_right(self.mention_starts, start)
        return i > 0 and self.mention_reach[i - 1] >= end

    def _narration_inside(self, m: Marked) -> bool:
        """``X ने कहा कि …`` after an unclosed mark: a stray mark before narration, not a quote left open."""
        cue = self.lex.cue_complement.search(self.text, m.start, m.end)
        if cue is None:
            return False
        return find_agent(self.text, m.start, cue.start(), self.lex, self.mentions, Masks([])) is not None

    def sentence_at(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return i
        return None

    def words(self, lo: int, hi: int) -> int:
        return count_words(self.text, lo, hi)


def skip(text: str, pos: int, hi: int, chars: str = EDGE) -> int:
    while pos < hi and text[pos] in chars:
        pos += 1
    return pos


def trim_end(text: str, lo: int, hi: int) -> int:
    m = _TRAIL.search(text, lo, hi)
    return m.start() if m else hi
