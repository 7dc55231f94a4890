"""Loading the NER model shipped in the package and tagging token sequences with BIO over PER/LOC/ORG.

A model folder holds the exported CRF weights (``hi_ner_weights.npz``), the BiLSTM scorer's weights
(``hi_ner_lstm.npz``, optional), the word clusters and name lexicon built from the training data, the
gazetteer table the features were computed with (so the features do not drift when a package's place list
changes) and metadata (``hi_ner.json``, which also holds the weight of the BiLSTM's log-probabilities).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from khabar.analyse.ner.compiled import WEIGHTS_NAME, CompiledTagger
from khabar.analyse.ner.features import Featurizer
from khabar.analyse.ner.neural import LABELS, NEURAL_NAME, NeuralScorer

META_NAME = "hi_ner.json"
CLUSTERS_NAME = "hi_clusters.json"
LEXICON_NAME = "hi_lexicon.json"
GAZETTEER_NAME = "hi_gazetteer.json"
PRIOR_NAME = "hi_name_prior.npz"  # optional: name_prior.py (kept here so loading a model needs no sklearn)


def model_dir() -> Path:
    return Path(str(resources.files("khabar.analyse.ner")))


def load_json(path: Path) -> dict:
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def featurizer_for(directory: Path) -> Featurizer:
    directory = Path(directory)
    names = load_json(directory / GAZETTEER_NAME) if (directory / GAZETTEER_NAME).is_file() else None
    word_lists = load_json(directory / META_NAME).get("word_lists")
    prior = None
    if (directory / PRIOR_NAME).is_file():
        from khabar.analyse.ner.name_prior import NamePrior

        prior = NamePrior.load(directory / PRIOR_NAME)
    return Featurizer(load_json(directory / CLUSTERS_NAME), load_json(directory / LEXICON_NAME), names, word_lists,
                      prior)


class NerTagger:
    """The compiled CRF over :class:`Featurizer` features, plus (when the folder has one) the BiLSTM scorer:
    a token's label scores are the CRF's emissions plus ``neural_weight`` times the BiLSTM's log-probabilities,
    decoded with the CRF's transitions."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.featurizer = featurizer_for(self.directory)
        self._tagger = CompiledTagger(self.directory / WEIGHTS_NAME, self.featurizer)
        meta = load_json(self.directory / META_NAME)
        self.neural_weight = float(meta.get("neural_weight", 0.0))
        # The BiLSTM runs only on sentences where the CRF is unsure of some token: the gap between its best
        # and second-best emission score is below this (None: every sentence).
        gate = meta.get("neural_gate")
        self.neural_gate = None if gate is None else float(gate)
        neural_path = self.directory / NEURAL_NAME
        self.neural = NeuralScorer(neural_path, self.featurizer) if neural_path.is_file() and self.neural_weight \
            else None
        # The BiLSTM's label columns in the CRF's label order.
        self._columns = [LABELS.index(t) for t in self._tagger.labels]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags for ``tokens`` (one tag per token)."""
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for many sentences at once: the BiLSTM runs them as one batch, which is much faster than
        sentence by sentence (pass an article's or a file's sentences together)."""
        crf = self._tagger
        # Each sentence's gazetteer tags once, for the CRF and the BiLSTM both.
        gazetteer = [self.featurizer.gazetteer_tags(s) for s in sentences]
        emissions = crf.emissions_many(sentences, gazetteer)
        if self.neural is not None:
            unsure = self._unsure_sentences(emissions)
            scored = self.neural.log_probs_many([sentences[i] for i in unsure],
                                                gazetteer=[gazetteer[i] for i in unsure])
            for i, log_probs in zip(unsure, scored, strict=True):
                emissions[i] += self.neural_weight * log_probs[:, self._columns]
        if len(emissions) == 1:
            return [crf.decode(emissions[0])]
        return crf.decode_many(emissions)


    def _unsure_sentences(self, emissions: Sequence[np.ndarray]) -> list[int]:
        """The sentences (indices) with a token the CRF is unsure of: ``_unsure`` of each, computed over all the
        article's tokens in a few numpy calls (per sentence they cost more than the gap itself)."""
        filled = [i for i, e in enumerate(emissions) if len(e)]
        if self.neural_gate is None or not filled:
            return filled
        top = np.partition(np.concatenate([emissions[i] for i in filled]), -2, axis=1)
        starts = np.cumsum([0] + [len(emissions[i]) for i in filled[:-1]])
        least = np.minimum.reduceat(top[:, -1] - top[:, -2], starts)
        return [i for i, gap in zip(filled, least.tolist(), strict=True) if gap < self.neural_gate]

    def _unsure(self, emissions: np.ndarray) -> bool:
        if self.neural_gate is None:
            return True
        top = np.partition(emissions, -2, axis=1)
        return bool((top[:, -1] - top[:, -2]).min() < self.neural_gate)


class CrfsuiteTagger:
    """The same model read by python-crfsuite from a ``.crfsuite`` file (training and checks only)."""

    def __init__(self, model_path: Path, featurizer: Featurizer) -> None:
        import pycrfsuite

        self.featurizer = featurizer
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return list(self._tagger.tag(self.featurizer.sentence(tokens)))


def open_tagger(directory: Path) -> NerTagger:
    return NerTagger(Path(directory))


@cache
def default_tagger() -> NerTagger:
    """The model shipped inside the package, loaded once per process."""
    return NerTagger(model_dir())


MODE_ENV = "KHABAR_NER"
MODES = ("fast", "accurate")


def ner_mode() -> str:
    """``fast`` (the CRF + BiLSTM, default) or ``accurate`` (fine-tuned e5-small), from ``$KHABAR_NER``."""
    mode = os.environ.get(MODE_ENV, "").strip().lower() or "fast"
    if mode not in MODES:
        raise ValueError(f"${MODE_ENV} must be one of {', '.join(MODES)}, not {mode!r}")
    return mode


def set_ner_mode(mode: str) -> None:
    """Choose the tagger for this process and the worker processes it starts (through ``$KHABAR_NER``)."""
    if mode not in MODES:
        raise ValueError(f"NER mode must be one of {', '.join(MODES)}, not {mode!r}")
    os.environ[MODE_ENV] = mode


def active_tagger():  # -> NerTagger | AccurateTagger
    """The tagger of the current mode (each loaded once per process)."""
    if ner_mode() == "accurate":
        from khabar.analyse.ner.accurate import accurate_tagger

        return accurate_tagger()
    return default_tagger()


def model_metadata(directory: Path | None = None) -> dict:
    return load_json(Path(directory or model_dir()) / META_NAME)
