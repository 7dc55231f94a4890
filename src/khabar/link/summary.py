"""An extractive story summary: the 3 to 5 body sentences that best stand for a story's articles.

Each sentence is a TF-IDF vector (words cut with letters and marks together, so Hindi words stay whole);
a sentence's centrality is its mean cosine similarity to the story's other sentences (what many reports say
scores high, an aside scores low); sentences are then taken by maximal marginal relevance, so a second
wording of a chosen sentence (a syndicated copy, a repeated lead) loses to a sentence that adds something.
Pure: sentences in, chosen sentences (with their article and offsets) out. The link step computes it once per
story (``story_candidates`` over one article per syndication group) and stores it with the story, so every face
(``show``, ``stories --json``, the web page, the REST API, the export) serves the same summary, and it follows the
articles the story holds now.

A quotation is never split: ``whole_quotations`` joins the sentences a quotation runs across (``उन्होंने कहा,
"हम तैयार हैं। लोग घर पर रहें।"``) into one candidate, and a piece whose quote marks do not pair up (a quotation
that runs past its line) is no candidate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import regex
from sklearn import config_context
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
MIN_CHARS, MAX_CHARS = 30, 400  # shorter: a caption or a byline; longer: a paragraph the splitter missed
REDUNDANT = 0.6  # cosine similarity above which a sentence repeats one already chosen
RELEVANCE = 0.7  # MMR's weight on centrality (the rest on novelty)


@dataclass(frozen=True, slots=True)
class Candidate:
    article_id: str
    start: int
    end: int
    text: str
    position: int = 0  # the sentence's index among its article's body sentences (leads break ties)


_OPEN, _CLOSE = "“‘«", "”’»"
_CURLY = re.compile(f"[{_OPEN}{_CLOSE}]")


def _quote_balance(text: str) -> tuple[int, int]:
    """``(curly quotes opened and not closed, straight double quotes)``. A ``’`` inside a word is an apostrophe."""
    depth = 0
    # Only the curly quotes are read (most sentences have none), not every character: the link step reads every
    # body sentence of a story's articles for its summary (docs/benchmarks.md, session 31).
    for m in _CURLY.finditer(text):
        i, ch = m.start(), m.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue
            depth -= 1
    return depth, text.count('"')


def _open(text: str) -> bool:
    depth, straight = _quote_balance(text)
    return depth != 0 or straight % 2 == 1


def whole_quotations(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans of ``text`` with every quotation whole: a sentence that opens a quotation is joined with
    the sentences after it on its line until the quotation closes; a span whose quote marks still do not pair up
    at the line's end is left out (a summary sentence must not open or close a quotation it does not show)."""
    spans: list[tuple[int, int]] = []
    i = 0
    ordered = sorted(sentences)
    while i < len(ordered):
        start, end = ordered[i]
        if _quote_balance(text[start:end])[0] < 0:  # closes a quotation opened on an earlier line
            i += 1
            continue
        j = i
        while _open(text[start:end]) and j + 1 < len(ordered) and "\n" not in text[end:ordered[j + 1][0]]:
            j += 1
            end = ordered[j][1]
        if not _open(text[start:end]):
            spans.append((start, end))
        i = j + 1
    return spans


def story_candidates(articles: Sequence[tuple[str, str, str | None, Sequence[tuple[int, int]]]]) -> list[Candidate]:
    """Candidates of a story's articles, each ``(id, text, title, body sentence spans)``, one article per syndication
    group (the caller's choice): every body sentence but the title, quotations whole."""
    found = []
    for article_id, text, title, sentences in articles:
        title_key = (title or "").strip()
        for n, (start, end) in enumerate(whole_quotations(text, sentences)):
            sentence = text[start:end]
            if sentence.strip() != title_key:
                found.append(Candidate(article_id, start, end, sentence, n))
    return found


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def summary_size(candidates: int, articles: int) -> int:
    """3 sentences for a one-article story, one more for each further article, at most 5."""
    return min(candidates, max(3, min(5, 2 + articles)))


def summarise(candidates: Sequence[Candidate], size: int | None = None,
              leads: Sequence[Candidate] = ()) -> list[dict]:
    """The chosen sentences: ``{"text", "article_id", "start", "end", "lead"}``; ``leads`` first (``"lead": True``,
    in their order), then the most central of the other candidates, each adding something to what is chosen."""
    fixed = list(leads)
    taken = {(c.article_id, c.start) for c in fixed}
    usable = fixed + [c for c in candidates if MIN_CHARS <= len(c.text.strip()) <= MAX_CHARS
                      and (c.article_id, c.start) not in taken
                      and not any(f.article_id == c.article_id and f.start < c.end and c.start < f.end
                                  for f in fixed)]
    if not usable:
        return []
    articles = len({c.article_id for c in usable})
    size = summary_size(len(usable), articles) if size is None else min(size, len(usable))
    size = max(size, len(fixed))
    chosen = list(range(len(fixed)))
    if len(usable) == 1:
        chosen = [0]
    elif len(chosen) < size:
        # The same arithmetic without scikit-learn's checks of its parameters and inputs (finite values, array
        # types): they were half of a summary's cost, paid for every story a link step decides (session 31).
        with config_context(assume_finite=True, skip_parameter_validation=True):
            try:
                matrix = TfidfVectorizer(analyzer=_words, sublinear_tf=True).fit_transform([c.text for c in usable])
            except ValueError:  # no words at all
                matrix = None
            similarity = cosine_similarity(matrix) if matrix is not None else None
        if similarity is not None:
            np.fill_diagonal(similarity, 0.0)
            centrality = similarity.sum(axis=1) / max(1, len(usable) - 1)
            # a small bonus for early sentences: news puts the lead first
            centrality = centrality + 0.02 / (1 + np.array([c.position for c in usable]))
            while len(chosen) < size:
                best, best_score = None, -np.inf
                for i in range(len(usable)):
                    if i in chosen:
                        continue
                    overlap = max((similarity[i, j] for j in chosen), default=0.0)
                    if overlap > REDUNDANT:
                        continue
                    score = RELEVANCE * centrality[i] - (1 - RELEVANCE) * overlap
                    if score > best_score:
                        best, best_score = i, score
                if best is None:
                    break
                chosen.append(best)
    return [{"text": usable[i].text, "article_id": usable[i].article_id, "start": usable[i].start,
             "end": usable[i].end, "lead": i < len(fixed)} for i in chosen]
