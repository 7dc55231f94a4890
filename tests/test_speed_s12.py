"""Session 12's speed changes change no result: each is checked against the code it replaced, on real articles
from ../shared, text written here and random scores with ties."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from test_speed_s11 import _token_sentences


def _old_decode_many(crf, emissions: list[np.ndarray]) -> list[list[str]]:
    """``CompiledTagger.decode_many`` before session 12: the finished rows' back pointers written at every step,
    the best scores computed into new arrays and copied back."""
    lengths = [len(e) for e in emissions]
    result: list[list[str]] = [[] for _ in emissions]
    live = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
    if not live:
        return result
    steps, size = lengths[live[-1]], len(crf.labels)
    padded = np.zeros((len(live), steps, size))
    for row, i in enumerate(live):
        padded[row, :lengths[i]] = emissions[i]
    done = np.cumsum(np.bincount([lengths[i] for i in live], minlength=steps + 1))
    back = np.empty((steps, len(live), size), dtype=np.int64)
    keep = np.arange(size)
    score = padded[:, 0].copy()
    trans = crf.transitions[None]
    for t in range(1, steps):
        lo = int(done[t])
        back[t, :lo] = keep
        candidates = score[lo:, :, None] + trans
        back[t, lo:] = candidates.argmax(axis=1)
        score[lo:] = candidates.max(axis=1) + padded[lo:, t]
    path = np.empty((len(live), steps), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    rows = np.arange(len(live))
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t, rows, path[:, t]]
    for row, i in enumerate(live):
        result[i] = [crf.labels[k] for k in path[row, :lengths[i]]]
    return result


def _combined_emissions(tagger, sentences: list[list[str]]) -> list[np.ndarray]:
    """What ``NerTagger.tag_many`` decodes: the CRF's scores plus the BiLSTM's where the CRF is unsure."""
    emissions = tagger._tagger.emissions_many(sentences)
    unsure = tagger._unsure_sentences(emissions)
    for i, log_probs in zip(unsure, tagger.neural.log_probs_many([sentences[i] for i in unsure]), strict=True):
        emissions[i] += tagger.neural_weight * log_probs[:, tagger._columns]
    return emissions


def test_batched_viterbi_tags_real_articles_as_before_and_as_sentence_by_sentence() -> None:
    from khabar.analyse.ner.tagger import default_tagger

    tagger = default_tagger()
    crf = tagger._tagger
    names = 0
    articles = _token_sentences()
    assert sum(map(len, articles)) > 500
    for article in [*articles, [[], ["राम"], [], ["मोदी", "ने", "कहा"]], [["एक"]], []]:
        emissions = _combined_emissions(tagger, article)
        tags = crf.decode_many(emissions)
        assert tags == _old_decode_many(crf, emissions)
        assert tags == [crf.decode(e) for e in emissions]
        names += sum(t.startswith("B-") for sentence in tags for t in sentence)
    assert names > 300


@settings(max_examples=300, deadline=None)
@given(lengths=st.lists(st.integers(0, 7), max_size=9), seed=st.integers(0, 2**16))
def test_batched_viterbi_of_random_scores_with_ties_is_the_old_one(lengths: list[int], seed: int) -> None:
    """Scores rounded to a half, so that equal candidates are common: the first best is kept, as before."""
    from khabar.analyse.ner.tagger import default_tagger

    crf = default_tagger()._tagger
    rng = np.random.default_rng(seed)
    emissions = [np.round(rng.normal(0, 2, (n, len(crf.labels))) * 2) / 2 for n in lengths]
    assert crf.decode_many(emissions) == _old_decode_many(crf, emissions)
