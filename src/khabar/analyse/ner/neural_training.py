"""Training the character-aware BiLSTM scorer of ``neural.py`` with PyTorch (``pip install khabar[train]``).

The model is small (word embeddings of the words seen twice, a character CNN, one BiLSTM layer) and trains
on CPU in about ten minutes. Words are replaced by the unknown-word id at random during training, so the
model learns to read unseen names from their letters and context. One thread and a fixed seed make a run
reproducible. The weights are exported to ``.npz`` for the numpy scorer; khabar needs no torch to tag.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from khabar.analyse.ner.data import Sentence
from khabar.analyse.ner.features import Featurizer
from khabar.analyse.ner.neural import (
    FLAGS,
    GAZ_TAGS,
    LABELS,
    MAX_CHARS,
    SHAPES,
    UNK,
    ZIPF_BANDS,
    char_ids,
    word_descriptors,
)

# Tuned on the dev bucket (see docs/ner.md).
NEURAL_PARAMS = {"epochs": 12, "hidden": 64, "word_dim": 100, "char_dim": 64, "char_emb": 32, "unk": 0.15,
                 "dropout": 0.5, "lr": 2e-3, "batch": 32, "min_count": 2, "min_char_count": 3}


def build_vocabularies(sentences: Sequence[Sentence], min_count: int, min_char_count: int) -> tuple[list[str],
                                                                                                       list[str]]:
    words = Counter(w for s in sentences for w in s.tokens)
    chars = Counter(c for s in sentences for w in s.tokens for c in w)
    vocab = ["<pad>", "<unk>", *sorted(w for w, n in words.items() if n >= min_count)]
    alphabet = ["<pad>", "<unk>", "<w>", "</w>", *sorted(c for c, n in chars.items() if n >= min_char_count)]
    return vocab, alphabet


def train_neural(sentences: Sequence[Sentence], out_path: Path, featurizer: Featurizer, seed: int = 13,
                 params: dict | None = None, log: Callable[[str], None] | None = None) -> dict:
    """Train the BiLSTM scorer on ``sentences`` and export it to ``out_path``; returns the parameters used."""
    try:
        import torch
        from torch import nn
        from torch.nn import functional
    except ImportError as error:
        raise RuntimeError("training the NER BiLSTM needs torch: pip install 'khabar[train]' (a CPU build)") from error

    p = {**NEURAL_PARAMS, **(params or {})}
    torch.manual_seed(seed)
    rng = random.Random(seed)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: reproducible sums, and the machine's other core stays free
    vocab, alphabet = build_vocabularies(sentences, p["min_count"], p["min_char_count"])
    word_index = {w: i for i, w in enumerate(vocab)}
    char_index = {c: i for i, c in enumerate(alphabet)}
    gaz_index = {t: i for i, t in enumerate(GAZ_TAGS)}
    label_index = {t: i for i, t in enumerate(LABELS)}
    described: dict[str, tuple] = {}

    def encode(s: Sentence) -> dict[str, torch.Tensor]:
        desc = [described.setdefault(w, (*word_descriptors(featurizer, w), char_ids(w, char_index)))
                for w in s.tokens]
        return {
            "w": torch.tensor([word_index.get(w, UNK) for w in s.tokens]),
            "zf": torch.tensor([d[0] for d in desc]), "sh": torch.tensor([d[1] for d in desc]),
            "fl": torch.tensor([d[2] for d in desc], dtype=torch.float32),
            "ch": torch.tensor([d[3] for d in desc]),
            "gz": torch.tensor([gaz_index.get(t, 0) for t in featurizer.gazetteer_tags(s.tokens)]),
            "y": torch.tensor([label_index[t] for t in s.tags]),
        }

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word_emb = nn.Embedding(len(vocab), p["word_dim"], padding_idx=0)
            self.char_emb = nn.Embedding(len(alphabet), p["char_emb"], padding_idx=0)
            self.char_conv = nn.Conv1d(p["char_emb"], p["char_dim"], 3, padding=1)
            self.zipf_emb = nn.Embedding(len(ZIPF_BANDS), 8)
            self.shape_emb = nn.Embedding(len(SHAPES), 4)
            self.gaz_emb = nn.Embedding(len(GAZ_TAGS), 8)
            width = p["word_dim"] + p["char_dim"] + 8 + 4 + 8 + len(FLAGS)
            self.drop = nn.Dropout(p["dropout"])
            self.lstm = nn.LSTM(width, p["hidden"], batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * p["hidden"], len(LABELS))

        def forward(self, b: dict[str, torch.Tensor]) -> torch.Tensor:
            batch, steps = b["w"].shape
            ch = self.char_emb(b["ch"].view(batch * steps, MAX_CHARS)).transpose(1, 2)
            chars = torch.relu(self.char_conv(ch)).max(dim=2).values.view(batch, steps, -1)
            x = torch.cat([self.word_emb(b["w"]), chars, self.zipf_emb(b["zf"]), self.shape_emb(b["sh"]),
                           self.gaz_emb(b["gz"]), b["fl"]], -1)
            packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), b["len"], batch_first=True,
                                                       enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=steps)
            return self.out(self.drop(h))

    def batchify(items: list[dict[str, torch.Tensor]], unk: float) -> dict[str, torch.Tensor]:
        batch = {k: nn.utils.rnn.pad_sequence([it[k] for it in items], batch_first=True,
                                              padding_value=-100 if k == "y" else 0) for k in items[0]}
        if unk:
            batch["w"] = torch.where(torch.rand(batch["w"].shape) < unk, torch.full_like(batch["w"], UNK),
                                     batch["w"])
        batch["len"] = torch.tensor([len(it["w"]) for it in items])
        return batch

    encoded = [encode(s) for s in sentences]
    model = Tagger()
    optimiser = torch.optim.Adam(model.parameters(), lr=p["lr"])
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda epoch: 1.0 / (1 + 0.1 * epoch))
    order = list(range(len(encoded)))
    model.train()
    for epoch in range(p["epochs"]):
        rng.shuffle(order)
        total = 0.0
        for i in range(0, len(order), p["batch"]):
            batch = batchify([encoded[j] for j in order[i:i + p["batch"]]], p["unk"])
            logits = model(batch)
            loss = functional.cross_entropy(logits.reshape(-1, len(LABELS)), batch["y"].reshape(-1),
                                            ignore_index=-100)
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
            total += loss.item()
        schedule.step()
        if log:
            log(f"epoch {epoch + 1}/{p['epochs']}: loss {total:.1f}")
    torch.set_num_threads(threads)
    export_torch(model, vocab, alphabet, out_path)
    return p


def export_torch(model, vocab: list[str], alphabet: list[str], out_path: Path) -> None:
    """The weights of a trained ``Tagger`` as a compressed ``.npz`` for :class:`neural.NeuralScorer`."""
    state = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    np.savez_compressed(
        out_path,
        vocab=np.frombuffer("\n".join(vocab).encode("utf-8"), dtype=np.uint8),
        chars=np.frombuffer("\n".join(alphabet).encode("utf-8"), dtype=np.uint8),
        word_emb=state["word_emb.weight"].astype(np.float16), char_emb=state["char_emb.weight"],
        char_conv=state["char_conv.weight"], char_bias=state["char_conv.bias"],
        zipf_emb=state["zipf_emb.weight"], shape_emb=state["shape_emb.weight"], gaz_emb=state["gaz_emb.weight"],
        w_ih_f=state["lstm.weight_ih_l0"], w_hh_f=state["lstm.weight_hh_l0"],
        b_f=state["lstm.bias_ih_l0"] + state["lstm.bias_hh_l0"],
        w_ih_b=state["lstm.weight_ih_l0_reverse"], w_hh_b=state["lstm.weight_hh_l0_reverse"],
        b_b=state["lstm.bias_ih_l0_reverse"] + state["lstm.bias_hh_l0_reverse"],
        out_w=state["out.weight"], out_b=state["out.bias"],
    )
