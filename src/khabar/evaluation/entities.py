"""Canonical entities (entities.jsonl) against the gold ``entities`` section.

A mention of the export counts for a gold entity when its text has the matching key of one of that gold
entity's aliases and its article is one the gold entity occurs in (a text that fits two gold entities of
one article counts for neither). Then:

- ``single_entity_rate``: of the gold entities in two articles or more, the share that are one khabar
  entity holding mentions in all of their articles;
- ``merge_errors``: khabar entities that hold mentions of two gold entities or more;
- ``latin_accuracy``: of all gold entities, the share whose khabar entity (the one with most of its
  mentions) has the gold Latin name (case and spacing ignored);
- ``latin_filled``: the share of all khabar entities that carry a Latin name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from khabar.evaluation import gold_article_ids
from khabar.text.keys import match_key


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _latin_key(text: str | None) -> str:
    return " ".join((text or "").casefold().replace("-", " ").split())


def score(gold: dict, export: dict[str, list[dict]]) -> dict[str, Any]:
    ids = gold_article_ids(gold, export)
    gold_entities = gold.get("entities", [])
    # (article id, alias key) -> gold entity ids
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g in gold_entities:
        for prefix in g.get("in", []):
            article = ids.get(prefix)
            if article:
                for alias in [g["name"], *g.get("aliases", [])]:
                    owners[(article, match_key(alias))].add(g["id"])
    # gold id -> Counter(khabar id -> mentions), and gold id -> {article: {khabar ids}}
    found: dict[str, Counter] = defaultdict(Counter)
    articles_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    golds_of: dict[str, set[str]] = defaultdict(set)
    for e in export.get("entities", []):
        for m in e.get("mentions", []):
            who = owners.get((m["article_id"], match_key(m["text"])), set())
            if len(who) != 1:
                continue
            gid = next(iter(who))
            found[gid][e["id"]] += 1
            articles_of[gid][m["article_id"]].add(e["id"])
            golds_of[e["id"]].add(gid)
    failures: list[str] = []
    multi = [g for g in gold_entities if len(g.get("in", [])) >= 2]
    single = 0
    for g in multi:
        wanted = {ids[p] for p in g["in"] if p in ids}
        seen = articles_of.get(g["id"], {})
        entity_ids = set().union(*seen.values()) if seen else set()
        missing = sorted(a for a in wanted if a not in seen)
        if len(entity_ids) == 1 and not missing:
            single += 1
        else:
            failures.append(f"{g['id']}: split over {len(entity_ids)} entities" +
                            (f", no mention in {', '.join(missing)}" if missing else ""))
    merges = {eid: sorted(gs) for eid, gs in golds_of.items() if len(gs) > 1}
    for eid, gs in merges.items():
        failures.append(f"merge error: {eid} holds {', '.join(gs)}")
    by_id = {e["id"]: e for e in export.get("entities", [])}
    latin_ok = 0
    for g in gold_entities:
        if not found.get(g["id"]):
            failures.append(f"{g['id']}: no entity")
            continue
        best = found[g["id"]].most_common(1)[0][0]
        got = by_id[best].get("latin")
        if _latin_key(got) == _latin_key(g.get("latin")):
            latin_ok += 1
        else:
            failures.append(f"{g['id']} latin: got {got!r}, want {g.get('latin')!r}")
    entities = export.get("entities", [])
    return {
        "gold_entities": len(gold_entities),
        "gold_in_two_or_more_articles": len(multi),
        "single_entity": single,
        "single_entity_rate": _ratio(single, len(multi)),
        "merge_errors": len(merges),
        "latin_accuracy": _ratio(latin_ok, len(gold_entities)),
        "latin_filled": _ratio(sum(1 for e in entities if e.get("latin")), len(entities)),
        "entities": len(entities),
        "failures": failures,
    }
