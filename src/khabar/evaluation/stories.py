"""Story grouping, syndication and threads against the gold ``stories``, ``syndicated_pairs`` and ``threads``."""

from __future__ import annotations

from collections import Counter
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
        **_threads(gold, export, gold_story, pred_story),
    }


def _threads(gold: dict, export: dict[str, list[dict]], gold_story: dict[str, str],
             pred_story: dict[str, str | None]) -> dict[str, Any]:
    """Pairwise "same thread" over gold stories. A gold story is the predicted story holding most of its
    articles; two gold stories share a predicted thread when their predicted stories carry the same thread id
    (or are one story: what is one event is one affair too). Gold stories without a thread are alone."""
    gold_thread = {k: v.get("thread") for k, v in gold.get("stories", {}).items()}
    if not any(gold_thread.values()):
        return {}
    thread_of = {s["id"]: s.get("thread_id") for s in export.get("stories", [])}
    mapped: dict[str, str] = {}
    for key in sorted(gold_thread):
        votes = Counter(pred_story[a] for a, s in gold_story.items() if s == key and pred_story[a])
        if votes:
            mapped[key] = min(votes, key=lambda sid: (-votes[sid], sid))
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold_thread), 2):
        same_gold = gold_thread[a] is not None and gold_thread[a] == gold_thread[b]
        pa, pb = mapped.get(a), mapped.get(b)
        same_pred = pa is not None and pb is not None and (pa == pb or (thread_of.get(pa) is not None
                                                           and thread_of.get(pa) == thread_of.get(pb)))
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "threads_pairwise_precision": round(precision, 4), "threads_pairwise_recall": round(recall, 4),
        "threads_pairwise_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "threads_gold_stories_found": f"{len(mapped)}/{len(gold_thread)}",
    }
