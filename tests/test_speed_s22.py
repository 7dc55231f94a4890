"""Session 22's speed changes, each against the code it replaced.

- ``entities._conjoined_span`` runs ``_CONJOINED_BEFORE``'s search only where ``_conjunction_ends`` says the
  window's last word is a conjunction of ``place_conjunctions`` spaced on both sides: the same spans.
- ``candidates.find_candidates`` orders only the articles whose similarity reaches the ``MAX_CANDIDATES``-th
  largest (``_best``, when more than ``_POOLED`` are scored): the same candidates, similarities and order.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import covid5_articles
from khabar.analyse import entities
from khabar.link import candidates as cand
from khabar.model import Mention


def _old_conjoined_span(text: str, m: Mention) -> tuple[int, int] | None:
    """``entities._conjoined_span`` before session 22 (the search before every mention)."""
    after = entities._CONJOINED_AFTER.match(text, m.end, min(len(text), m.end + 120))
    if after is not None:
        words = after.group(2).split()
        for k in range(len(words), 0, -1):
            if entities._conjoined_place(m.text, after.group(1), " ".join(words[:k])):
                return m.start, after.start(2) + entities._end_of_word(after.group(2), k)
    before = entities._CONJOINED_BEFORE.search(text, max(0, m.start - 80), m.start)
    if before is not None:
        starts = [before.start(1) + w.start() for w in regex.finditer(r"\S+", before.group(1))]
        for start in starts:
            if entities._conjoined_place(" ".join(text[start:before.end(1)].split()), before.group(2), m.text):
                return start, m.end
    return None


def _old_before(text: str, start: int, end: int) -> bool:
    """Whether the old search found a window whose last word is a conjunction (what ``_conjunction_ends`` must
    never deny)."""
    before = entities._CONJOINED_BEFORE.search(text, start, end)
    return before is not None and before.group(2) in entities._place_conjunctions()


_WORD = regex.compile(r"[\p{L}\p{M}]+")


def test_conjoined_spans_of_real_words_are_the_old_ones() -> None:
    # Every word of 40 real articles taken as a mention, and the same texts with a conjunction written before
    # each tenth word, so that the search runs and finds (or not) a known place.
    checked = found = 0
    for article in covid5_articles(40):
        texts = [article.text]
        words = list(_WORD.finditer(article.text))
        glued = article.text
        for w in reversed(words[::10]):
            glued = f"{glued[:w.start()]}जम्मू व {glued[w.start():]}"
        texts.append(glued)
        for text in texts:
            for w in _WORD.finditer(text):
                m = Mention(w.start(), w.end(), w.group(), "LOC")
                span = entities._conjoined_span(text, m)
                assert span == _old_conjoined_span(text, m), (text[max(0, w.start() - 80):w.end()], span)
                checked += 1
                found += span is not None
    assert checked > 20_000 and found > 0


def test_conjoined_place_before_a_mention_is_still_found() -> None:
    text = "राज्यपाल ने कहा कि जम्मू व कश्मीर में हालात सामान्य हैं"
    start = text.index("कश्मीर")
    m = Mention(start, start + len("कश्मीर"), "कश्मीर", "LOC")
    assert entities._conjoined_span(text, m) == (text.index("जम्मू"), m.end)
    for spaced in ("जम्मू\tएवं  कश्मीर", "जम्मू और \tकश्मीर"):
        s = spaced.index("कश्मीर")
        assert entities._conjoined_span(spaced, Mention(s, s + len("कश्मीर"), "कश्मीर", "LOC")) == (0, len(spaced))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["जम्मू", "कश्मीर", "दमन", "दीव", "व", "और", "एवं", "&", "तथा", "एंड", "सेना",
                                 "ने", " ", "\t", "\n", "  ", "-", ".", "वऔर", "औरव", "a"]), max_size=14),
       st.integers(min_value=0, max_value=90))
@example(["दमन", " ", "और", " \n"], 0)
@example(["व", " "], 0)
@example([" ", "व", " "], 0)
@example(["जम्मू", " ", "व", "\t", "\n"], 0)
def test_conjunction_test_never_denies_what_the_search_finds(pieces: list[str], cut: int) -> None:
    text = "".join(pieces)
    end = len(text)
    start = max(0, end - 80 + cut) if cut else 0
    if _old_before(text, start, end):
        assert entities._conjunction_ends(text, start, end)


def _old_best(similarity, score):  # the top-k step it replaced, as it was
    return heapq.nsmallest(cand.MAX_CANDIDATES, score, key=lambda i: (-similarity[i], -score[i], i))


class _Postings:
    """A store's ``key_postings`` over stored articles (id, day, {key: weight}), some of them changed now."""

    def __init__(self, stored: list[tuple[str, int | None, dict[str, float]]]) -> None:
        self.stored = stored

    def key_postings(self, keys: list[str], day: int | None, window: int, limit: int) -> dict[str, list]:
        out: dict[str, list] = {}
        for i, d, weights in self.stored:
            if day is not None and d is not None and abs(day - d) > window:
                continue
            for k in keys:
                if k in weights:
                    out.setdefault(k, []).append((i, weights[k]))
        return {k: v for k, v in out.items() if len(v) <= limit}


def _batch(rng: random.Random, articles: int, stored: int) -> tuple[list[str], dict, _Postings]:
    # Few keys and few weights: hundreds of articles share a key, similarities tie at the cut, days repeat.
    vocab = [f"{kind}:{w}" for kind in ("s", "n", "w") for w in range(rng.choice((8, 30, 120)))]
    weights = (0.0, 0.25, 0.5, 1.0, 0.1 + rng.random())
    def keys(day: int | None) -> dict[str, float]:
        return {k: rng.choice(weights) for k in rng.sample(vocab, rng.randint(0, min(25, len(vocab))))}
    def day() -> int | None:
        return None if rng.random() < 0.1 else rng.randint(0, 12)
    ids = [f"a{n:04d}" for n in range(articles)]
    keys_of = {}
    for i in ids:
        d = day()
        keys_of[i] = [(k, d, w) for k, w in sorted(keys(d).items())]
    old = [(f"s{n:04d}", (d := day()), keys(d)) for n in range(stored)]
    old += [(i, rng.randint(0, 12), keys(None)) for i in rng.sample(ids, articles // 4)]  # stale rows of changed
    return ids, keys_of, _Postings(old)


def test_candidates_are_the_old_ones(monkeypatch) -> None:
    for seed in range(12):
        rng = random.Random(seed)
        ids, keys_of, store = _batch(rng, rng.choice((5, 80, 400)), rng.choice((0, 50, 600)))
        new = cand.find_candidates(ids, keys_of, store)
        monkeypatch.setattr(cand, "_best", _old_best)
        old = cand.find_candidates(ids, keys_of, store)
        monkeypatch.undo()
        assert new.keys() == old.keys()
        for i in ids:
            assert (new[i].ids, new[i].copies, new[i].names) == (old[i].ids, old[i].copies, old[i].names), (seed, i)
            assert list(new[i].similarity.items()) == list(old[i].similarity.items()), (seed, i)
        assert any(len(c.similarity) == cand.MAX_CANDIDATES for c in new.values()) or len(ids) < 100


def test_best_keeps_ties_at_the_cut_in_the_old_order() -> None:
    rng = random.Random(7)
    for n in (0, 1, 59, 60, 61, 200, 240, 241, 300, 1000, 3000):
        similarity = {f"x{k}": rng.choice((0.0, 0.5, 1.0, 2.0)) for k in range(n)}
        score = Counter({i: rng.randint(1, 3) for i in similarity})
        assert cand._best(similarity, score) == _old_best(similarity, score)
