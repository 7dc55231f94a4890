"""Training and evaluating the Hindi NER model (CRF + BiLSTM scorer). ``khabar train-ner`` calls
:func:`train_ner`."""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pycrfsuite

from khabar.analyse.ner import conlleval
from khabar.analyse.ner.clusters import build_clusters
from khabar.analyse.ner.compiled import WEIGHTS_NAME, export_crfsuite
from khabar.analyse.ner.data import Sentence, split
from khabar.analyse.ner.features import (
    FEATURE_VERSION,
    Featurizer,
    build_lexicon,
    feature_word_lists,
    gazetteer_table,
)
from khabar.analyse.ner.neural import NEURAL_NAME
from khabar.analyse.ner.tagger import (
    CLUSTERS_NAME,
    GAZETTEER_NAME,
    LEXICON_NAME,
    META_NAME,
    PRIOR_NAME,
    CrfsuiteTagger,
    NerTagger,
    open_tagger,
)

SEED = 13
LEXICON_FOLDS = 5
# Tuned on the dev bucket (see docs/ner.md).
DEFAULT_PARAMS: dict[str, dict] = {
    "lbfgs": {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True},
    "ap": {"max_iterations": 15, "feature.possible_transitions": True},
}


def fit(sentences: Sequence[Sentence], model_path: Path, featurizer: Featurizer, algorithm: str = "ap",
        params: dict | None = None, seed: int = SEED, lexicon_folds: int = LEXICON_FOLDS) -> None:
    """Train a crfsuite model on ``sentences`` and write it to ``model_path``.

    The name lexicon is jackknifed: a training sentence sees a lexicon built from the other folds only, so
    the model learns how far the lexicon is to be trusted on names it has not seen (as at test time).
    """
    order = list(sentences)
    random.Random(seed).shuffle(order)  # the perceptron is order-sensitive; a fixed seed keeps it reproducible
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    trainer.set_params({**DEFAULT_PARAMS.get(algorithm, {}), **(params or {})})
    folds = lexicon_folds if featurizer.lexicon and lexicon_folds > 1 else 1
    for k in range(folds):
        if folds > 1:
            others = [(s.tokens, s.tags) for i, s in enumerate(order) if i % folds != k]
            lexicon = build_lexicon(others)
        else:
            lexicon = None
        for i, s in enumerate(order):
            if i % folds == k:
                trainer.append(featurizer.sentence(s.tokens, lexicon), s.tags)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def read_silver(path: Path, min_conf: float = 0.0, limit: int | None = None,
                per_only: bool = False) -> list[Sentence]:
    """Silver sentences written by ``scripts/ner_silver.py`` (the accurate model's tags on unlabelled news):
    those whose least confident token has at least ``min_conf`` probability, optionally only those with a
    person (``per_only``), the first ``limit`` of them in file order."""
    out: list[Sentence] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if min(row["conf"]) < min_conf:
                continue
            if per_only and "B-PER" not in row["tags"]:
                continue
            out.append(Sentence(row["tokens"], row["tags"], "silver"))
            if limit is not None and len(out) >= limit:
                break
    return out


def evaluate(tagger: NerTagger | CrfsuiteTagger, sentences: Sequence[Sentence]) -> dict[str, dict[str, float]]:
    if isinstance(tagger, NerTagger):
        predicted = tagger.tag_many([s.tokens for s in sentences])
    else:
        predicted = [tagger.tag(s.tokens) for s in sentences]
    return conlleval.score((s.tags, p) for s, p in zip(sentences, predicted, strict=True))


def summary(result: dict[str, dict[str, float]]) -> dict[str, float]:
    return {t: round(r["f1"], 4) for t, r in result.items()}


DEFAULT_ALGORITHM = "ap"  # the averaged perceptron matched or beat L-BFGS on the dev bucket, in a third of the time
# How much the BiLSTM's log-probabilities count next to the CRF's emission scores (tuned on the dev bucket;
# the perceptron's emissions average about 60 in size).
NEURAL_WEIGHT = 20.0
# The BiLSTM runs only on sentences with a token whose two best CRF emission scores are closer than this: on
# the dev bucket that is 53% of the sentences (62% of the tokens) for the same F1 as running it everywhere.
NEURAL_GATE = 20.0


def train_ner(data_dir: Path, out_dir: Path, algorithm: str = DEFAULT_ALGORITHM, params: dict | None = None,
              include_dev: bool = True, limit: int | None = None, seed: int = SEED,
              clusters: bool = True, lexicon: bool = True, corpora: Sequence[str] | None = None,
              keep_crfsuite: Path | None = None, neural: bool = True, neural_params: dict | None = None,
              neural_weight: float = NEURAL_WEIGHT, neural_gate: float | None = NEURAL_GATE,
              log: Callable[[str], None] | None = None, extra: Sequence[Sentence] = (),
              extra_neural_only: bool = False, gold_copies: int = 1, name_prior: bool = False) -> dict:
    """Train on the deterministic training split of ``data_dir`` (plus the dev bucket unless told not to),
    write the model, its word clusters, name lexicon and metadata into ``out_dir``, and return the held-out
    scores. Word clusters and the lexicon come from the training sentences only. With ``neural`` (needs
    torch: ``pip install 'khabar[train]'``) the BiLSTM scorer is trained on the same sentences and added.
    ``extra`` sentences (silver tags) are added to the training sentences: of the BiLSTM only with
    ``extra_neural_only`` (the CRF, clusters and lexicon then see gold alone); ``gold_copies`` repeats the gold
    sentences in the BiLSTM's epochs so that silver does not outweigh them."""
    started = time.perf_counter()
    parts = split(Path(data_dir))
    train = parts.train + (parts.dev if include_dev else [])
    if corpora is not None:
        train = [s for s in train if s.corpus in corpora]
    if limit is not None:
        train = train[:limit]
    gold = train
    # e.g. silver sentences tagged by the accurate model (distillation)
    train = gold if extra_neural_only else gold + list(extra)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    word_clusters = build_clusters([s.tokens for s in train], seed=seed) if clusters else {}
    name_lexicon = build_lexicon((s.tokens, s.tags) for s in train) if lexicon else {}
    names = gazetteer_table()
    for name, data in ((CLUSTERS_NAME, word_clusters), (LEXICON_NAME, name_lexicon), (GAZETTEER_NAME, names)):
        (out_dir / name).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                                    encoding="utf-8")
    word_lists = feature_word_lists()
    featurizer = Featurizer(word_clusters, name_lexicon, names, word_lists)
    prior_path = out_dir / PRIOR_NAME
    if name_prior:
        from khabar.analyse.ner.name_prior import build_prior

        prior, crossed = build_prior(train, seed=seed)
        prior.save(prior_path)
        featurizer = Featurizer(word_clusters, name_lexicon, names, word_lists, prior)
        featurizer.prior_override = crossed  # training words: priors from models that did not see them
    elif prior_path.exists():
        prior_path.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        crf_path = Path(keep_crfsuite) if keep_crfsuite else Path(tmp) / "hi_ner.crfsuite"
        fit(train, crf_path, featurizer, algorithm, params, seed)
        exported = export_crfsuite(crf_path, out_dir / WEIGHTS_NAME)
    neural_path = out_dir / NEURAL_NAME
    used_neural_params = None
    if neural:
        from khabar.analyse.ner.neural_training import train_neural

        neural_train = gold * gold_copies + list(extra)
        used_neural_params = train_neural(neural_train, neural_path, featurizer, seed=seed, params=neural_params,
                                          log=log)
    elif neural_path.exists():
        neural_path.unlink()
    meta = {"feature_version": FEATURE_VERSION, "neural_weight": neural_weight if neural else 0.0,
            "neural_gate": neural_gate, "word_lists": word_lists}
    (out_dir / META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    tagger = open_tagger(out_dir)
    scores = {name: evaluate(tagger, sents) for name, sents in parts.test.items()}
    if not include_dev:
        scores["dev"] = evaluate(tagger, parts.dev)
    meta = {
        "feature_version": FEATURE_VERSION,
        "algorithm": algorithm,
        "params": {**DEFAULT_PARAMS.get(algorithm, {}), **(params or {})},
        "seed": seed,
        "clusters": bool(word_clusters),
        "lexicon": bool(name_lexicon),
        "attributes": exported["attributes"],
        "neural_weight": neural_weight if neural else 0.0,
        "neural_gate": neural_gate,
        "neural_params": used_neural_params,
        "train_sentences": len(train),
        "silver_sentences": len(extra),
        "silver_neural_only": extra_neural_only,
        "gold_copies": gold_copies,
        "name_prior": name_prior,
        "held_out_sentences": {k: len(v) for k, v in parts.test.items()},
        "held_out_f1": {k: summary(v) for k, v in scores.items()},
        "seconds": round(time.perf_counter() - started, 1),
        "word_lists": word_lists,
    }
    (out_dir / META_NAME).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return {"meta": meta, "scores": scores}
