"""Session 28's speed change to the NER tagger's CRF scores, against the code it replaced, on real text.

- ``CompiledTagger.emissions_many`` reads an article's tokens through one integer array (each cached word's number
  and its rows, ``_id_table``) and finds the word-pair features of all its sentences with one sorted search over
  integer pair keys (``_pair_keys``), instead of a dict lookup per adjacent pair: the same sums, added in the same
  order, so the same scores to the last bit.
- ``CompiledTagger.decode_many`` reads the Viterbi paths as Python ints at once (``tolist``): the same tags as the
  one-sentence Viterbi (``decode``) gives each sentence.

The sentences are those ``find_mentions`` hands the tagger while real articles (covid5, read from ``../shared`` at
run time) are analysed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from conftest import covid5_articles
from khabar.analyse.ner import compiled
from khabar.analyse.ner.tagger import NerTagger, default_tagger, open_tagger
from khabar.analyse.pipeline import analyse


@pytest.fixture(scope="module")
def article_sentences() -> list[list[list[str]]]:
    """Each article's sentences as ``tag_many`` receives them during ``analyse``."""
    seen: list[list[list[str]]] = []
    original = NerTagger.tag_many

    def recording(self: NerTagger, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        seen.append([list(s) for s in sentences])
        return original(self, sentences)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(NerTagger, "tag_many", recording)
        for article in covid5_articles(24):
            analyse(article)
    assert len(seen) == 24 and sum(len(s) for a in seen for s in a) > 5000
    return [*seen, [[], ["राम"], [], ["मोदी", "ने", "कहा"], ["."]]]


def _old_emissions_many(crf: compiled.CompiledTagger, sentences: Sequence[Sequence[str]],
                        gazetteer: Sequence[Sequence[str | None]]) -> list[np.ndarray]:
    """``CompiledTagger.emissions_many`` before session 28 (a dict lookup per adjacent pair)."""
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    total = int(lengths.sum())
    if total == 0:
        return [np.zeros((0, len(crf.labels))) for _ in sentences]
    crf.prepare(w for s in sentences for w in s)
    flat = [t for s in sentences for t in s]
    rows = np.array([crf._word_rows[t] for t in flat], dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    pos = np.arange(total) - np.repeat(starts, lengths)
    left = np.repeat(lengths, lengths) - pos
    m, bound = crf._matrix, crf._bound_rows
    e = m[rows[:, 0]]
    index = np.arange(total)
    e += m[np.where(pos >= 2, rows[np.maximum(index - 2, 0), 1], bound[-2])]
    e += m[np.where(pos >= 1, rows[np.maximum(index - 1, 0), 2], bound[-1])]
    e += m[np.where(left >= 2, rows[np.minimum(index + 1, total - 1), 3], bound[1])]
    e += m[np.where(left >= 3, rows[np.minimum(index + 2, total - 1), 4], bound[2])]
    extra_at: list[int] = []
    extra_rows: list[int] = []
    for k, tokens in enumerate(sentences):
        n = len(tokens)
        base = int(starts[k])
        for j in range(n - 1):
            found = crf._pairs.get((tokens[j], tokens[j + 1]))
            if found is None:
                continue
            for at, r in zip((j + 1, j, j - 1, j + 2), found, strict=True):
                if r is not None and 0 <= at < n:
                    extra_at.append(base + at)
                    extra_rows.append(r)
        for i, tag in enumerate(gazetteer[k]):
            if tag and (r := crf.attr_index.get("gz=" + tag)) is not None:
                extra_at.append(base + i)
                extra_rows.append(r)
    if extra_at:
        np.add.at(e, extra_at, m[extra_rows])
    return np.split(e, np.cumsum(lengths)[:-1])


def _same_bits(a: Sequence[np.ndarray], b: Sequence[np.ndarray]) -> bool:
    return len(a) == len(b) and all(x.shape == y.shape and x.dtype == y.dtype and x.tobytes() == y.tobytes()
                                    for x, y in zip(a, b, strict=True))


def test_pair_keys_find_exactly_the_pair_table() -> None:
    crf = default_tagger()._tagger
    words, keys, rows = crf._pair_words, crf._pair_keys, crf._pair_rows
    assert len(keys) == len(crf._pairs) > 10_000 and np.all(keys[1:] > keys[:-1])
    size = len(words)
    for (left, right), found in crf._pairs.items():
        at = int(np.searchsorted(keys, words[left] * size + words[right]))
        assert rows[at].tolist() == [-1 if r is None else r for r in found]


def test_emissions_equal_the_pair_by_pair_sums_on_real_articles(article_sentences) -> None:
    tagger = default_tagger()
    crf = tagger._tagger
    for sentences in article_sentences:
        gazetteer = [tagger.featurizer.gazetteer_tags(s) for s in sentences]
        assert _same_bits(crf.emissions_many(sentences, gazetteer), _old_emissions_many(crf, sentences, gazetteer))
        assert _same_bits(crf.emissions_many(sentences), _old_emissions_many(crf, sentences, gazetteer))


def test_emissions_equal_when_the_word_caches_start_over(article_sentences, monkeypatch: pytest.MonkeyPatch) -> None:
    reference = open_tagger(default_tagger().directory)
    expected = [_old_emissions_many(reference._tagger, s, [reference.featurizer.gazetteer_tags(x) for x in s])
                for s in article_sentences[:6]]
    monkeypatch.setattr(compiled, "_MAX_CACHED_ROWS", 3000)  # an article's new words start the caches over
    small = open_tagger(default_tagger().directory)
    resets = []
    reset = compiled.CompiledTagger._reset
    monkeypatch.setattr(compiled.CompiledTagger, "_reset", lambda self: (resets.append(1), reset(self)))
    for sentences, old in zip(article_sentences[:6], expected, strict=True):
        assert _same_bits(small._tagger.emissions_many(sentences), old)
    assert len(resets) >= 2


def test_batched_viterbi_tags_equal_the_one_sentence_viterbi_on_real_articles(article_sentences) -> None:
    tagger = default_tagger()
    crf = tagger._tagger
    tagged = 0
    for sentences in article_sentences:
        emissions = crf.emissions_many(sentences)
        assert crf.decode_many(emissions) == [crf.decode(e) for e in emissions]
        tagged += sum(map(len, sentences))
    assert tagged > 5000
