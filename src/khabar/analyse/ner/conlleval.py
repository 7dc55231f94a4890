"""Entity-level scoring in the manner of CoNLL's ``conlleval``: an entity counts when its span and type
both match exactly."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence


def entities(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """``(start, end, type)`` chunks of a BIO sequence; a stray ``I-`` starts a chunk, as in conlleval."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        continues = prefix == "I" and t == kind and start >= 0
        if not continues:
            if start >= 0:
                found.add((start, i, kind))
            start, kind = (i, t) if prefix in ("B", "I") and t else (-1, "")
    return found


def score(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict[str, dict[str, float]]:
    """``{"overall"|TYPE: {"precision", "recall", "f1", "gold", "predicted", "correct"}}`` over
    ``(gold_tags, predicted_tags)`` sentence pairs."""
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    for gold, pred in pairs:
        g, p = entities(gold), entities(pred)
        for *_, t in g:
            gold_n[t] += 1
        for *_, t in p:
            pred_n[t] += 1
        for *_, t in g & p:
            correct[t] += 1
    result = {}
    for t in ["overall", *sorted(set(gold_n) | set(pred_n))]:
        if t == "overall":
            c, gn, pn = sum(correct.values()), sum(gold_n.values()), sum(pred_n.values())
        else:
            c, gn, pn = correct[t], gold_n[t], pred_n[t]
        precision = c / pn if pn else 0.0
        recall = c / gn if gn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[t] = {"precision": precision, "recall": recall, "f1": f1, "gold": gn, "predicted": pn,
                     "correct": c}
    return result


def format_report(result: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':<8} {'P':>7} {'R':>7} {'F1':>7} {'gold':>7} {'pred':>7}"]
    for t, r in result.items():
        lines.append(f"{t:<8} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f} "
                     f"{int(r['gold']):7d} {int(r['predicted']):7d}")
    return "\n".join(lines)
