"""Story grouping and syndication against the gold ``stories`` and ``syndicated_pairs``."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from khabar.evaluation import gold_article_ids


def score(gold: dict, export: dict[str, list[dict]]) -> dict[str, Any]:
    ids = gold_article_ids(gold, export)
    by_id = {a["id"]: a for a in export.get("articles", [])}
    gold_story = {ids[k]: v["story"] for k, v in gold.get("articles", {}).items() if k in ids and v.get("story")}
    pred_story = {i: by_id[i].get("story_id") for i in gold_story}
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold_story), 2):
        same_gold = gold_story[a] == gold_story[b]
        same_pred = pred_story[a] is not None and pred_story[a] == pred_story[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    gold_groups = sorted(sorted(i for i in gold_story if gold_story[i] == s) for s in set(gold_story.values()))
    pred_groups = sorted(sorted(i for i in pred_story if pred_story[i] == s) for s in set(pred_story.values()))
    synd = []
    for pair in gold.get("syndicated_pairs", []):
        a, b = by_id.get(ids.get(pair["a"], "")), by_id.get(ids.get(pair["b"], ""))
        synd.append(bool(a and b and a.get("syndication_group") and
                         a.get("syndication_group") == b.get("syndication_group")))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "exact_partition": gold_groups == pred_groups,
        "pairwise_precision": round(precision, 4), "pairwise_recall": round(recall, 4),
        "pairwise_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "predicted_groups": [[i.split("_")[0] for i in g] for g in pred_groups],
        "syndicated_pairs_found": f"{sum(synd)}/{len(synd)}",
    }
