"""Story and thread grouping against labelled real news: one JSON line per article, ``{id, story, thread}``
(the labelled files of ``../shared/data/stories`` and their README's conventions). Scores are B-cubed and
same-story pair P/R/F1 for stories, same-thread pair P/R/F1 for threads (an article without a gold thread is
alone, as in ``../shared/tools/story_score.py``). Used by ``khabar evaluate stories`` and
``benchmarks/eval_stories.py``."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any


def read_labels(path: str | Path) -> list[dict[str, Any]]:
    """The labelled lines of ``path`` (every line with an ``id`` and a ``story``); other fields are kept."""
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record, dict) or not record.get("id") or not record.get("story"):
            raise ValueError(f"{path}:{n}: a label line needs an id and a story")
        rows.append(record)
    return rows


def bcubed(ids: Sequence[str], gold: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``pred`` against ``gold`` (article id -> group) over ``ids``."""
    g: dict[str, set[str]] = defaultdict(set)
    p: dict[str, set[str]] = defaultdict(set)
    for i in ids:
        g[gold[i]].add(i)
        p[pred[i]].add(i)
    precision = sum(len(g[gold[i]] & p[pred[i]]) / len(p[pred[i]]) for i in ids) / len(ids)
    recall = sum(len(g[gold[i]] & p[pred[i]]) / len(g[gold[i]]) for i in ids) / len(ids)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def pairs(ids: Sequence[str], gold: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float, float, float, str]:
    """Same-group pair precision, recall, F1, and ``"found/predicted of gold"``."""
    gold_pairs = {(a, b) for a, b in combinations(ids, 2) if gold[a] == gold[b]}
    pred_pairs = {(a, b) for a, b in combinations(ids, 2) if pred[a] == pred[b]}
    tp = len(gold_pairs & pred_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 0.0
    recall = tp / len(gold_pairs) if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, f"{tp}/{len(pred_pairs)} of {len(gold_pairs)}"


def scores(rows: Sequence[dict[str, Any]], story_of: Mapping[str, str | None],
           thread_of: Mapping[str, str | None] | None) -> dict[str, Any]:
    """``story_bcubed``, ``story_pairs`` and (with ``thread_of``) ``thread_pairs`` of the labelled ``rows``;
    an article without a predicted story or thread is alone."""
    ids = [r["id"] for r in rows]
    gold_story = {r["id"]: r["story"] for r in rows}
    pred_story = {i: story_of.get(i) or f"single:{i}" for i in ids}
    out: dict[str, Any] = {}
    out["story_bcubed"] = bcubed(ids, gold_story, pred_story)
    out["story_pairs"] = pairs(ids, gold_story, pred_story)
    if thread_of is not None:
        gold_thread = {r["id"]: r.get("thread") or f"single:{r['id']}" for r in rows}
        pred_thread = {i: thread_of.get(i) or f"single:{i}" for i in ids}
        out["thread_pairs"] = pairs(ids, gold_thread, pred_thread)
    return out


def row_language(row: Mapping[str, Any]) -> str:
    """A labelled row's language: its ``lang`` field, else Hindi when its text has Devanagari, else English."""
    from khabar.text.keys import has_devanagari

    return row.get("lang") or ("hi" if has_devanagari(row.get("text") or "") else "en")


def cross_language_joins(rows: Sequence[dict[str, Any]], story_of: Mapping[str, str | None]) -> dict[str, int]:
    """How English reports meet the Hindi reports of their event. ``events``: gold stories with reports in both
    languages; ``events_joined``: those where some English report shares a predicted story with a Hindi report of
    the event; ``english`` / ``english_joined``: the same counted per English report; ``wrong_pairs``: Hindi-English
    pairs in one predicted story that report different events."""
    gold = {r["id"]: r["story"] for r in rows}
    lang = {r["id"]: row_language(r) for r in rows}
    predicted = {r["id"]: story_of.get(r["id"]) or f"single:{r['id']}" for r in rows}
    hindi_stories: dict[str, set[str]] = defaultdict(set)  # gold story -> predicted stories of its Hindi reports
    for i, story in gold.items():
        if lang[i] == "hi":
            hindi_stories[story].add(predicted[i])
    english = [i for i in gold if lang[i] == "en" and hindi_stories.get(gold[i])]
    joined = [i for i in english if predicted[i] in hindi_stories[gold[i]]]
    members: dict[str, list[str]] = defaultdict(list)
    for i, story in predicted.items():
        members[story].append(i)
    wrong = sum(1 for group in members.values() for a in group for b in group
                if lang[a] == "hi" and lang[b] == "en" and gold[a] != gold[b])
    return {"events": len({gold[i] for i in english}), "events_joined": len({gold[i] for i in joined}),
            "english": len(english), "english_joined": len(joined), "wrong_pairs": wrong}


def errors(rows: Sequence[dict[str, Any]], story_of: Mapping[str, str | None]) -> list[str]:
    """What a reader fixes first: predicted stories that join articles of different gold stories, and gold
    stories split over predicted ones (article ids, one line each)."""
    gold = {r["id"]: r["story"] for r in rows}
    predicted: dict[str, list[str]] = defaultdict(list)
    labelled: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        predicted[story_of.get(r["id"]) or f"single:{r['id']}"].append(r["id"])
        labelled[r["story"]].append(r["id"])
    found = []
    for story, members in sorted(predicted.items()):
        if len({gold[i] for i in members}) > 1:
            found.append(f"joined {story}: " + ", ".join(f"{i} ({gold[i]})" for i in sorted(members)))
    for story, members in sorted(labelled.items()):
        split = {story_of.get(i) or f"single:{i}" for i in members}
        if len(split) > 1:
            found.append(f"split {story}: " + ", ".join(f"{i} ({story_of.get(i) or '-'})" for i in sorted(members)))
    return found


def score_store(reader: Any, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The stories and threads of a store (a ``store.read.Reader``) against labelled ``rows``: the scores, how
    many labelled articles the store lacks (scored as alone), and ``failures`` (``errors``)."""
    story_of = {a["id"]: a["story_id"] for a in reader.articles(limit=0).items}
    thread_of_story = {s["id"]: s["thread_id"] for s in reader.stories(limit=0).items}
    missing = sorted(r["id"] for r in rows if r["id"] not in story_of)
    result = scores(rows, story_of, {i: thread_of_story.get(s) if s else None for i, s in story_of.items()})
    return {"articles": len(rows), "missing": missing, **result, "failures": errors(rows, story_of)}
