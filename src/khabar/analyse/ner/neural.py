"""A character-aware BiLSTM token scorer, run with numpy (torch is needed for training only).

Each word becomes a vector: a word embedding (words seen at least twice in training), a character CNN
over the word (max-pooled, so an unseen transliterated name still gets a vector from its letters), its
Hindi frequency band, shape and word-list flags; the token adds its gazetteer BIO tag. A bidirectional LSTM
reads the sentence and gives per-token label log-probabilities. The CRF adds them, scaled, to its own
emission scores (``compiled.py``), so the combined model keeps the CRF's features and transitions and
gains the LSTM's view of the whole sentence and of a name's letters.

The input-to-gates products of a word type are computed once and cached, so a token costs only the
recurrent step; ``log_probs_many`` runs many sentences at once, one matrix product per time step over the
sentences still running.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from khabar.analyse.ner.features import Featurizer

NEURAL_NAME = "hi_ner_lstm.npz"
LABELS = ("O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PER", "I-PER")
ZIPF_BANDS = ("none", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
SHAPES = ("deva", "Aa", "a", "num", "punct", "mix")
GAZ_TAGS = (None, "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
FLAGS = ("pp", "title", "orghead", "lochead", "perpart", "gz1=PER", "gz1=LOC", "gz1=ORG")
MAX_CHARS = 16  # <w> + 14 characters + </w>; longer words are cut (names are rarely longer)
PAD, UNK, WORD_START, WORD_END = 0, 1, 2, 3
_MAX_CACHED_WORDS = 500_000


def word_descriptors(featurizer: Featurizer, word: str) -> tuple[int, int, list[float]]:
    """Frequency band index, shape index and flag vector of ``word`` (from the CRF's word features)."""
    feats = featurizer.word_features(word)
    zipf = next((x[3:] for x in feats if x.startswith("zf=")), "none")
    shape = next((x[3:] for x in feats if x.startswith("sh=")), "mix")
    present = set(feats)
    return (ZIPF_BANDS.index(zipf) if zipf in ZIPF_BANDS else 0, SHAPES.index(shape),
            [1.0 if f in present else 0.0 for f in FLAGS])


def char_ids(word: str, char_index: dict[str, int]) -> list[int]:
    ids = [WORD_START, *(char_index.get(c, UNK) for c in word[:MAX_CHARS - 2]), WORD_END]
    return ids + [PAD] * (MAX_CHARS - len(ids))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class NeuralScorer:
    """Per-token label log-probabilities from the exported BiLSTM weights."""

    def __init__(self, path: Path, featurizer: Featurizer) -> None:
        data = np.load(path)
        self.featurizer = featurizer
        words = bytes(data["vocab"]).decode("utf-8").split("\n")
        chars = bytes(data["chars"]).decode("utf-8").split("\n")
        self.word_index = {w: i for i, w in enumerate(words)}
        self.char_index = {c: i for i, c in enumerate(chars)}
        f = {k: data[k].astype(np.float32) for k in data.files if k not in ("vocab", "chars")}
        self.word_emb, self.char_emb = f["word_emb"], f["char_emb"]
        self.char_conv, self.char_bias = f["char_conv"], f["char_bias"]  # (out, in, 3), (out,)
        self.zipf_emb, self.shape_emb, self.gaz_emb = f["zipf_emb"], f["shape_emb"], f["gaz_emb"]
        hid = self.hidden = f["w_hh_f"].shape[1]
        # Gate columns per direction are torch's [i f g o]; sigmoid(x) = (tanh(x / 2) + 1) / 2, so halving the
        # i, f and o columns lets one tanh serve all four gates.
        half = np.ones(4 * hid, dtype=np.float32)
        half[:2 * hid] = half[3 * hid:] = 0.5
        half2 = np.concatenate([half, half])
        w_ih = np.concatenate([f["w_ih_f"], f["w_ih_b"]], axis=0) * half2[:, None]  # (8H, d): forward, backward
        bias = np.concatenate([f["b_f"], f["b_b"]]) * half2
        # Both directions run in one loop as a stack of two (one batched matrix product per step); the loop
        # carries 2h (one multiplication less per step), so the weights that read h are halved.
        # C order: with the transposed layout BLAS takes another path for products of two to four rows, whose
        # sums round differently; in C order (OpenBLAS here) a product of two rows or more gives a row the same sums.
        self._w_hh = np.ascontiguousarray(np.stack([f["w_hh_f"].T * half, f["w_hh_b"].T * half]) * 0.5)  # (2,H,4H)
        # Input weights split into the word part (cached per type) and the gazetteer-tag part (per token).
        gaz_dim = self.gaz_emb.shape[1]
        start = w_ih.shape[1] - gaz_dim - len(FLAGS)
        self._w_word = np.concatenate([w_ih[:, :start], w_ih[:, start + gaz_dim:]], axis=1).T.copy()
        self._gaz_gates = self.gaz_emb @ w_ih[:, start:start + gaz_dim].T  # (tags, 8H)
        self._bias = bias
        self._out_w, self._out_b = f["out_w"].T * 0.5, f["out_b"]
        self._blas = None  # a threadpoolctl controller, made on first use
        self._cache: dict[str, np.ndarray] = {}

    def _word_vectors(self, words: Sequence[str]) -> np.ndarray:
        """Word-part input vectors (without the gazetteer embedding), shape ``(len(words), d - gaz)``."""
        ids = np.array([char_ids(w, self.char_index) for w in words], dtype=np.int64)
        emb = self.char_emb[ids]  # (n, C, e)
        padded = np.pad(emb, ((0, 0), (1, 1), (0, 0)))
        windows = np.concatenate([padded[:, k:k + MAX_CHARS] for k in range(3)], axis=2)  # (n, C, 3e)
        kernel = self.char_conv.transpose(2, 1, 0).reshape(-1, self.char_conv.shape[0])  # (3e, out)
        chars = np.maximum(windows @ kernel + self.char_bias, 0.0).max(axis=1)
        desc = [word_descriptors(self.featurizer, w) for w in words]
        word = self.word_emb[[self.word_index.get(w, UNK) for w in words]]
        zipf = self.zipf_emb[[d[0] for d in desc]]
        shape = self.shape_emb[[d[1] for d in desc]]
        flags = np.array([d[2] for d in desc], dtype=np.float32)
        return np.concatenate([word, chars, zipf, shape, flags], axis=1)

    def _gates(self, word: str) -> np.ndarray:
        row = self._cache.get(word)
        if row is None:
            if len(self._cache) >= _MAX_CACHED_WORDS:
                self._cache.clear()
            row = self._cache[word] = self._word_vectors([word])[0] @ self._w_word + self._bias
        return row

    def _prefill(self, sentences: Sequence[Sequence[str]]) -> None:
        new = list(dict.fromkeys(w for s in sentences for w in s if w not in self._cache))
        if not new:
            return
        if len(self._cache) + len(new) >= _MAX_CACHED_WORDS:
            self._cache.clear()
            new = list(dict.fromkeys(w for s in sentences for w in s))
        gates = self._word_vectors(new) @ self._w_word + self._bias
        self._cache.update(zip(new, gates, strict=True))

    def log_probs(self, tokens: Sequence[str]) -> np.ndarray:
        return self.log_probs_many([tokens])[0]

    def log_probs_many(self, sentences: Sequence[Sequence[str]], batch_size: int = 64,
                       gazetteer: Sequence[Sequence[str | None]] | None = None) -> list[np.ndarray]:
        """Label log-probabilities per token, ``(len(tokens), len(LABELS))`` per sentence, at most ``batch_size``
        sentences at a time (shortest first: ``_run`` drops each sentence from the batch when it ends).
        ``gazetteer``: each sentence's ``Featurizer.gazetteer_tags`` when the caller has them."""
        sentences = [list(s) for s in sentences]
        tags = list(gazetteer) if gazetteer is not None else [self.featurizer.gazetteer_tags(s) for s in sentences]
        result: list[np.ndarray] = [np.zeros((0, len(LABELS)))] * len(sentences)
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        if self._blas is None:
            from threadpoolctl import ThreadpoolController

            self._blas = ThreadpoolController()
        # Small matrix products: BLAS threads only wait on each other (several times slower on a busy machine).
        # The new words' input products too: threaded, they took five times the CPU of one thread.
        with self._blas.limit(limits=1, user_api="blas"):
            self._prefill(sentences)
            for k in range(0, len(order), batch_size):
                chunk = order[k:k + batch_size]
                for i, lp in zip(chunk, self._run([sentences[i] for i in chunk], [tags[i] for i in chunk]),
                                 strict=True):
                    result[i] = lp
        return result

    def _run(self, sentences: list[list[str]], gazetteer: list[Sequence[str | None]]) -> list[np.ndarray]:
        """The BiLSTM over sentences sorted shortest first. Both directions of a sentence start at step 0 (the
        backward one at its last word), so at step ``t`` the sentences still running are those longer than
        ``t``, a suffix of the batch: each step computes those rows only (no padding, no masks, and one batch
        per article costs no more steps than its longest sentence). The recurrent product keeps at least two
        rows (one finished row may come along): a single row would go through BLAS's matrix-vector path,
        whose sums round differently from those of the rows before it."""
        lengths = [len(s) for s in sentences]
        if lengths != sorted(lengths):
            raise ValueError("_run needs its sentences sorted by length")
        batch, steps, hid = len(sentences), max(lengths), self.hidden
        gaz_index = {t: i for i, t in enumerate(GAZ_TAGS)}
        cache = self._cache
        # (steps, direction, batch, 4H): the forward direction reads word t at step t, the backward one word n-1-t.
        stacked = np.zeros((steps, 2, batch, 4 * hid), dtype=np.float32)
        for b, s in enumerate(sentences):
            words = np.array([cache[w] for w in s], dtype=np.float32)
            words += self._gaz_gates[[gaz_index.get(t, 0) for t in gazetteer[b]]]
            stacked[:len(s), 0, b] = words[:, :4 * hid]
            stacked[:len(s), 1, b] = words[::-1, 4 * hid:]
        # states[t]: 2h after step t. The rows running at step t ran at t - 1 too, so their 2h and c are read
        # from the previous step's rows, not copied into arrays of the whole batch.
        hidden = np.zeros((steps + 1, 2, batch, hid), dtype=np.float32)  # hidden[0]: the zero 2h before step 0
        states = hidden[1:]
        c = np.zeros((2, batch, hid), dtype=np.float32)
        w_hh = self._w_hh
        done = np.cumsum(np.bincount(lengths, minlength=steps + 1))  # done[t]: rows whose sentence ended before t
        least = min(batch, 2)
        previous = 0
        for t in range(steps):
            lo = min(int(done[t]), batch - least)  # rows lo.. are still running (one ended row may come along)
            g = np.tanh(stacked[t, :, lo:] + np.matmul(hidden[t, :, lo:], w_hh))  # i, f, o halved
            in_forget = g[:, :, :2 * hid] * 0.5 + 0.5  # (tanh + 1) / 2 is their sigmoid
            c = in_forget[:, :, hid:] * c[:, lo - previous:] + in_forget[:, :, :hid] * g[:, :, 2 * hid:3 * hid]
            states[t, :, lo:] = (g[:, :, 3 * hid:] + 1.0) * np.tanh(c)
            previous = lo
        out = np.zeros((batch, steps, 2 * hid), dtype=np.float32)
        out[:, :, :hid] = states[:, 0].transpose(1, 0, 2)
        for b, n in enumerate(lengths):
            out[b, :n, hid:] = states[n - 1::-1, 1, b]
        logits = out @ self._out_w + self._out_b
        logits -= logits.max(axis=2, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=2, keepdims=True))
        return [logp[b, :n].astype(np.float64) for b, n in enumerate(lengths)]
