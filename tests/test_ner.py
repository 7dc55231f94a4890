"""NER building blocks: conlleval scoring, tag mapping, the split, features and gazetteers."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.analyse import gazetteer
from khabar.analyse.ner import conlleval
from khabar.analyse.ner.data import bucket, map_tag, read_conll, repair_bio, split
from khabar.analyse.ner.features import Featurizer, aksharas, build_lexicon


def test_entities_reads_bio_chunks_like_conlleval() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "O", "B-ORG"]
    assert conlleval.entities(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG"), (7, 8, "ORG")}


def test_score_counts_exact_span_and_type_only() -> None:
    gold = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"]
    pred = ["B-PER", "O", "O", "B-LOC", "O", "B-LOC"]  # PER too short, ORG mistyped
    result = conlleval.score([(gold, pred)])
    assert result["overall"]["correct"] == 1
    assert result["overall"]["precision"] == pytest.approx(1 / 3)
    assert result["overall"]["recall"] == pytest.approx(1 / 3)
    assert result["LOC"]["precision"] == pytest.approx(0.5) and result["LOC"]["recall"] == 1.0
    assert result["PER"]["f1"] == 0.0
    assert "PER" in conlleval.format_report(result)


@pytest.mark.parametrize(("raw", "mapped"), [
    ("B-PERSON", "B-PER"), ("I-LOCATION", "I-LOC"), ("B-ORGANIZATION", "B-ORG"),
    ("B-NEP", "B-PER"), ("I-NEO", "I-ORG"), ("-NEL", "I-LOC"), ("B-NETI", "O"), ("I-NEN", "O"), ("-", "O"),
    ("O", "O"),
])
def test_map_tag_collapses_both_tag_sets(raw: str, mapped: str) -> None:
    assert map_tag(raw) == mapped


def test_read_conll_repairs_stray_inside_tags() -> None:
    lines = ["रूस\t-NEL", "के\tO", "पुतिन\tB-NEP", "\n", "सियोल\tB-LOCATION", ""]
    sentences = list(read_conll(lines))
    assert [s.tokens for s in sentences] == [["रूस", "के", "पुतिन"], ["सियोल"]]
    assert sentences[0].tags == ["B-LOC", "O", "B-PER"]
    assert repair_bio(["O", "I-PER", "I-LOC"]) == ["O", "B-PER", "B-LOC"]


def test_split_is_deterministic_and_held_out_shares_no_sentence_with_training(ner_dir: Path) -> None:
    first, second = split(ner_dir), split(ner_dir)
    for corpus in ("hiner", "ilner"):
        assert [s.tokens for s in first.test[corpus]] == [s.tokens for s in second.test[corpus]]
        assert len(first.test[corpus]) > 500
    training = {tuple(s.tokens) for s in first.train + first.dev}
    held_out = [tuple(s.tokens) for c in first.test.values() for s in c]
    assert not training.intersection(held_out)
    assert all(bucket(s) == 0 for c in first.test.values() for s in c)


def test_aksharas_keep_conjuncts_and_vowel_signs_together() -> None:
    assert aksharas("प्योंगयांग") == ["प्यों", "ग", "यां", "ग"]
    assert aksharas("क्षेत्र") == ["क्षे", "त्र"]


def test_features_mark_postposition_title_and_gazetteer_span() -> None:
    featurizer = Featurizer()
    tokens = ["राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "कहा"]
    feats = featurizer.sentence(tokens)
    assert "title" in feats[0]
    assert "-1title" in feats[1]
    assert "1pp" in feats[2]
    assert "gz=B-PER" in feats[1] and "gz=I-PER" in feats[2]
    assert "w=पुतिन" in feats[2] and "-1w=व्लादिमीर" in feats[2]


def test_lexicon_records_share_of_name_uses() -> None:
    lexicon = build_lexicon([(["किम", "ने", "कहा"], ["B-PER", "O", "O"]),
                             (["किम", "और", "उन"], ["B-PER", "O", "O"]),
                             (["उन", "से"], ["I-PER", "O"])])
    assert lexicon["किम"] == ["lx=B-PER:hi"]
    assert lexicon["उन"] == ["lx=I-PER:hi"]
    assert "कहा" not in lexicon


@pytest.mark.parametrize(("name", "english"), [
    ("सियोल", "Seoul"), ("मास्को", "Moscow"), ("मॉस्को", "Moscow"), ("रूस", "Russia"), ("बीजिंग", "Beijing"),
    ("उत्तर कोरिया", "North Korea"), ("जापान", "Japan"), ("कुर्स्क", "Kursk"),
])
def test_lookup_place_finds_devanagari_names(name: str, english: str) -> None:
    place = gazetteer.lookup_place(name)
    assert place is not None and place.type == "LOC"
    assert place.name == english


def test_lookup_place_rejects_common_words_and_misfiled_names() -> None:
    assert gazetteer.lookup_place("हिन्दी") is None  # GeoNames files it under Mariupol
    assert gazetteer.lookup_place("कहा") is None
    assert gazetteer.lookup_place("विश्व") is None


def test_curated_gazetteer_has_latin_names_for_linking() -> None:
    items = gazetteer.curated()
    assert len(items) > 50
    assert all(item.type in {"PER", "LOC", "ORG"} and item.latin and item.name for item in items)
    assert gazetteer.lookup_name("पुतिन") == ("PER", "Vladimir Putin")
    assert gazetteer.lookup_name("एएफपी") == ("ORG", "AFP")
