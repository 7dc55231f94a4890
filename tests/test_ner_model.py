"""The shipped NER model: held-out quality, agreement with crfsuite, mentions in article text, seeds."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from conftest import run_khabar
from khabar.analyse.entities import find_mentions, is_demonym, mentions_in_sentence
from khabar.analyse.ner import compiled
from khabar.analyse.ner.conlleval import score
from khabar.analyse.ner.data import each_corpus_in_its_share, split
from khabar.analyse.ner.tagger import CrfsuiteTagger, default_tagger, model_metadata, open_tagger
from khabar.analyse.ner.training import read_silver, train_ner
from khabar.evaluation.ner import score as seeds_score
from khabar.evaluation.ner import score_mentions
from khabar.model import Analysis, Span
from khabar.text.sentences import split_sentences


def _analysis(article_id: str, text: str) -> Analysis:
    return Analysis(article_id=article_id, lang="hi", title=None, sentences=split_sentences(text), boilerplate=[],
                    body=text, published=None, dateline=None, agencies=[], author=None)


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in mentions_in_sentence(text, Span(0, len(text), text))]


def test_shipped_model_was_trained_without_the_held_out_part() -> None:
    meta = model_metadata()
    assert meta["held_out_sentences"]["hiner"] > 500 and meta["held_out_sentences"]["ilner"] > 500
    assert meta["seed"] == 13


def test_shipped_model_quality_on_held_out_sentences(ner_dir: Path) -> None:
    tagger = default_tagger()
    parts = split(ner_dir)
    hiner = score((s.tags, tagger.tag(s.tokens)) for s in parts.test["hiner"])
    ilner = score((s.tags, tagger.tag(s.tokens)) for s in parts.test["ilner"])
    assert hiner["overall"]["f1"] >= 0.88
    assert hiner["LOC"]["f1"] >= 0.92
    assert ilner["overall"]["f1"] >= 0.78


def test_training_on_a_slice_writes_a_model_that_matches_crfsuite(ner_dir: Path, tmp_path: Path) -> None:
    crf = tmp_path / "slice.crfsuite"
    result = train_ner(ner_dir, tmp_path / "model", limit=400, params={"max_iterations": 25}, keep_crfsuite=crf,
                       neural=False)
    assert result["meta"]["train_sentences"] == 400
    assert result["scores"]["hiner"]["overall"]["f1"] > 0.5
    fast = open_tagger(tmp_path / "model")
    slow = CrfsuiteTagger(crf, fast.featurizer)
    sentences = [s.tokens for s in split(ner_dir).test["ilner"][:200]]
    assert [fast.tag(s) for s in sentences] == [slow.tag(s) for s in sentences]


def test_a_limited_slice_keeps_every_corpus_in_its_share(ner_dir: Path) -> None:
    """`train-ner --accurate --limit N` trains on N sentences of both corpora, not on the first N (HiNER alone:
    the IL-NER head, which khabar tags with, then never learns)."""
    train = split(ner_dir).train
    whole = Counter(s.corpus for s in train)
    part = each_corpus_in_its_share(train, 4000)
    got = Counter(s.corpus for s in part)
    assert len(part) == 4000 and set(got) == set(whole) == {"hiner", "ilner"}
    for corpus, n in whole.items():
        assert abs(got[corpus] - 4000 * n / len(train)) <= 1
    rest = iter(train)  # the order of the whole is kept
    assert all(any(s is t for t in rest) for s in part)
    assert each_corpus_in_its_share(train[:10], 50) == train[:10]


def test_word_cache_starting_over_gives_the_same_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [
        "रूसी राष्ट्रपति व्लादिमीर पुतिन ने मास्को में उत्तर कोरिया के नेता किम जोंग उन से मुलाकात की .".split(),
        "विदेश मंत्री सर्गेई लावरोव ने कहा कि बातचीत अच्छी रही .".split(),
        "भारतीय जनता पार्टी के नेता अमित शाह ने लखनऊ में रैली की .".split(),
    ]
    expected = open_tagger(default_tagger().directory).tag_many(sentences)
    assert expected[0][2:4] == ["B-PER", "I-PER"]  # the sentences do hold names
    monkeypatch.setattr(compiled, "_MAX_CACHED_ROWS", 20)  # every batch of new words starts the cache over
    small = open_tagger(default_tagger().directory)
    # Sentence by sentence, each shares words (ने, में, .) with one before it: cached and new words meet.
    assert [small.tag(s) for s in sentences] == expected
    assert small.tag_many(sentences[::-1]) == expected[::-1]


def test_bilstm_scores_do_not_depend_on_batching(ner_dir: Path) -> None:
    tagger = default_tagger()
    assert tagger.neural is not None
    sentences = [s.tokens for s in split(ner_dir).test["ilner"][:120]] + [[], ["पुतिन"]]
    together = tagger.neural.log_probs_many(sentences, batch_size=16)
    for tokens, batched in zip(sentences, together, strict=True):
        alone = tagger.neural.log_probs(tokens)
        assert batched.shape == alone.shape == (len(tokens), 7)
        assert np.allclose(batched, alone, atol=1e-5)
        assert np.allclose(np.exp(alone).sum(axis=1), 1.0, atol=1e-4)
    assert tagger.tag_many(sentences[:40]) == [tagger.tag(s) for s in sentences[:40]]


def test_bilstm_improves_the_crf_on_held_out_persons(ner_dir: Path) -> None:
    combined = default_tagger()
    crf_only = open_tagger(combined.directory)
    crf_only.neural = None
    held_out = split(ner_dir).test["hiner"]
    gold = [s.tags for s in held_out]
    with_lstm = score(zip(gold, combined.tag_many([s.tokens for s in held_out]), strict=True))
    without = score(zip(gold, crf_only.tag_many([s.tokens for s in held_out]), strict=True))
    assert with_lstm["overall"]["f1"] > without["overall"]["f1"]
    assert with_lstm["PER"]["f1"] > without["PER"]["f1"]


def test_foreign_names_in_no_list_are_found() -> None:
    found = _mentions("इंडोनेशिया के राष्ट्रपति प्रबोवो सुबियांतो ने जकार्ता में संवाददाताओं से कहा।")
    assert ("प्रबोवो सुबियांतो", "PER") in found
    assert ("जकार्ता", "LOC") in found
    found = _mentions("मंगोलिया के राष्ट्रपति उखनागीन खुरेलसुख ने उलानबातर में कहा कि वे बीजिंग जाएंगे।")
    assert ("उखनागीन खुरेलसुख", "PER") in found


def test_mentions_exclude_postpositions_and_demonyms() -> None:
    text = "रूसी राष्ट्रपति व्लादिमीर पुतिन ने उत्तर कोरिया के नेता किम जोंग उन से वोस्तोचन कॉस्मोड्रोम में मुलाकात की।"
    mentions = mentions_in_sentence(text, Span(0, len(text), text))
    pairs = [(m.text, m.type) for m in mentions]
    assert ("व्लादिमीर पुतिन", "PER") in pairs
    assert ("किम जोंग उन", "PER") in pairs
    assert ("उत्तर कोरिया", "LOC") in pairs
    assert not any(m.text.startswith("रूसी") for m in mentions)
    assert not any(m.text.endswith((" ने", " के", " से", " में")) for m in mentions)
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize("word", ["रूसी", "चीनी", "कोरियाई", "अमेरिकी", "जापानी", "भारतीय"])
def test_demonyms_are_recognised(word: str) -> None:
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["रूस", "दिल्ली", "मोदी", "गांधी"])
def test_places_and_names_are_not_demonyms(word: str) -> None:
    assert not is_demonym(word)


def test_find_mentions_reads_body_sentences_only() -> None:
    text = "पुतिन ने मास्को में कहा।\nविज्ञापन: शी जिनपिंग की किताब खरीदें"
    analysis = _analysis("x", text)
    boiler_start = text.index("विज्ञापन")
    analysis.boilerplate = [Span(boiler_start, len(text), text[boiler_start:])]
    mentions = find_mentions(text, analysis)
    assert ("पुतिन", "PER") in [(m.text, m.type) for m in mentions]
    assert all(m.end <= boiler_start for m in mentions)


def test_a_person_and_a_place_side_by_side_are_split_but_a_family_name_is_not() -> None:
    headline = ("पुतिन प्योंगयांग पहुंचे, रक्षा समझौते पर हस्ताक्षर\n"
                "रूस के राष्ट्रपति व्लादिमीर पुतिन मंगलवार को प्योंगयांग पहुंचे। प्योंगयांग में उनका स्वागत हुआ।")
    found = [(m.text, m.type) for m in find_mentions(headline, _analysis("h", headline))]
    assert ("पुतिन", "PER") in found and found.count(("प्योंगयांग", "LOC")) == 3
    assert not any(text.startswith("पुतिन प्योंगयांग") for text, _ in found)
    family = "राहुल गांधी ने रैली को संबोधित किया। सोनिया गांधी भी मौजूद थीं। बाद में राहुल ने कहा कि वे फिर आएंगे।"
    found = [(m.text, m.type) for m in find_mentions(family, _analysis("f", family))]
    assert ("राहुल गांधी", "PER") in found and ("सोनिया गांधी", "PER") in found


def test_seeds_bar_every_gold_entity_in_every_article(seeds_dir: Path, gold: dict) -> None:
    per_article = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = find_mentions(text, _analysis(path.stem, text))
        assert all(text[m.start:m.end] == m.text for m in mentions)
        per_article[path.stem] = mentions
    result = score_mentions(gold, per_article)
    assert result["pairs"] == sum(len(e["in"]) for e in gold["entities"])
    assert result["recall"] >= 0.9, result["missed"]
    # The export form of the same mentions scores the same.
    export = {"articles": [{"id": a} for a in per_article],
              "entities": [{"type": m.type, "mentions": [{"article_id": a, "text": m.text}]}
                           for a, ms in per_article.items() for m in ms]}
    assert seeds_score(gold, export)["found"] == result["found"]


def test_silver_sentences_are_filtered_and_can_train_the_bilstm_alone(ner_dir: Path, tmp_path: Path) -> None:
    # silver lines as scripts/ner_silver.py writes them (our own sentences, not third-party text)
    rows = [
        {"id": "a:0", "tokens": ["ज़ोरावरसिंहपुरिया", "ने", "कहा"], "tags": ["B-PER", "O", "O"], "conf": [0.97, 1.0, 1.0]},
        {"id": "a:1", "tokens": ["ज़ोरावरसिंहपुरिया", "गांव", "गए"], "tags": ["B-LOC", "O", "O"], "conf": [0.55, 0.9, 1.0]},
        {"id": "a:2", "tokens": ["बारिश", "हुई", "।"], "tags": ["O", "O", "O"], "conf": [1.0, 1.0, 1.0]},
    ]
    path = tmp_path / "silver.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert [s.tags for s in read_silver(path)] == [r["tags"] for r in rows]
    assert [s.tokens[1] for s in read_silver(path, min_conf=0.9)] == ["ने", "हुई"]
    assert [s.tokens[1] for s in read_silver(path, min_conf=0.9, per_only=True)] == ["ने"]
    assert len(read_silver(path, limit=1)) == 1

    silver = read_silver(path, min_conf=0.9) * 20
    result = train_ner(ner_dir, tmp_path / "model", limit=300, params={"max_iterations": 10}, extra=silver,
                       extra_neural_only=True, neural_params={"epochs": 1})
    meta = result["meta"]
    assert meta["train_sentences"] == 300 and meta["silver_sentences"] == 40 and meta["silver_neural_only"]
    # the CRF's lexicon saw gold only; the BiLSTM's vocabulary (words seen twice) took the silver name in
    lexicon = json.loads((tmp_path / "model" / "hi_lexicon.json").read_text(encoding="utf-8"))
    assert "ज़ोरावरसिंहपुरिया" not in lexicon
    vocab = bytes(np.load(tmp_path / "model" / "hi_ner_lstm.npz")["vocab"]).decode("utf-8").split("\n")
    assert "ज़ोरावरसिंहपुरिया" in vocab


def test_train_ner_command_reads_silver(ner_dir: Path, tmp_path: Path) -> None:
    rows = [{"id": f"a:{i}", "tokens": ["ज़ोरावरसिंहपुरिया", "ने", "कहा", str(i)], "tags": ["B-PER", "O", "O", "O"],
             "conf": [0.4 if i % 2 else 0.97, 1.0, 1.0, 1.0]} for i in range(10)]
    path = tmp_path / "silver.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = run_khabar("train-ner", "--data", str(ner_dir), "--out", str(tmp_path / "model"), "--limit", "200",
                        "--max-iterations", "5", "--silver", str(path), "--silver-min-conf", "0.9", timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    meta = model_metadata(tmp_path / "model")
    assert meta["train_sentences"] == 205 and meta["silver_sentences"] == 5 and not meta["silver_neural_only"]
    lexicon = json.loads((tmp_path / "model" / "hi_lexicon.json").read_text(encoding="utf-8"))
    assert lexicon["ज़ोरावरसिंहपुरिया"] == ["lx=B-PER:hi"]  # silver in the CRF's lexicon this time


def test_name_prior_reaches_the_crf_and_survives_saving(ner_dir: Path, tmp_path: Path) -> None:
    # train-ner --name-prior on a slice: the prior is fitted on the slice's words, saved beside the model, read back
    # with the same features, and the compiled tagger (which reads it) still equals crfsuite's tags
    from khabar.analyse.ner.name_prior import TYPES, NamePrior, build_prior
    from khabar.analyse.ner.tagger import PRIOR_NAME

    crf = tmp_path / "slice.crfsuite"
    result = train_ner(ner_dir, tmp_path / "model", limit=600, params={"max_iterations": 10}, keep_crfsuite=crf,
                       neural=False, name_prior=True)
    assert result["meta"]["name_prior"]
    fast = open_tagger(tmp_path / "model")
    assert fast.featurizer.prior is not None
    assert any(name.startswith(("e5p=PER", "-1e5p=PER")) for name in fast._tagger.attr_index)
    slow = CrfsuiteTagger(crf, fast.featurizer)
    sentences = [s.tokens for s in split(ner_dir).test["hiner"][:150]]
    assert [fast.tag(s) for s in sentences] == [slow.tag(s) for s in sentences]

    train = split(ner_dir).train[:600]
    prior, crossed = build_prior(train)
    words = sorted({w for s in train for w in s.tokens})
    assert set(crossed) == set(words)
    prior.save(tmp_path / PRIOR_NAME)
    loaded = NamePrior.load(tmp_path / PRIOR_NAME)
    assert all(np.allclose(loaded.probabilities(w), prior.probabilities(w), atol=1e-5) for w in words[:500])
    # on the held-out words the slice never showed, the prior rates person words above the others
    seen = set(words)
    per, other = [], []
    for s in split(ner_dir).test["hiner"]:
        for word, tag in zip(s.tokens, s.tags, strict=True):
            if word not in seen and len(word) > 2:
                (per if tag.endswith("PER") else other).append(prior.probabilities(word)[TYPES.index("PER")])
    assert np.mean(per) > 2 * np.mean(other)
