"""Claims (claims.jsonl, quantities.jsonl ``claim_id``) against the gold ``quantities``.

For each gold quantity: is a quantity with its value (and ordinal flag) in each of its articles, do those
quantities share one claim, and, where gold gives ``independent_sources``, does that claim count the same number
of independent sources. A gold quantity is right when all of that holds. Where an article has several quantities
with the gold value, those whose unit matches gold's (by ``unit_key``) are preferred.
"""

from __future__ import annotations

from typing import Any

from khabar.evaluation import gold_article_ids
from khabar.link.claims import unit_key


def _candidates(records: list[dict], g: dict) -> list[dict]:
    same = [r for r in records if r.get("value") is not None and abs(float(r["value"]) - float(g["value"])) < 1e-9
            and bool(r.get("ordinal", False)) == bool(g.get("ordinal", False))]
    if g.get("unit"):
        want = unit_key(g["unit"])
        by_unit = [r for r in same if r.get("unit") and unit_key(r["unit"]) == want]
        return by_unit or same
    return same


def score(gold: dict, export: dict[str, list[dict]]) -> dict[str, Any]:
    ids = gold_article_ids(gold, export)
    quantities: dict[str, list[dict]] = {}
    for r in export.get("quantities", []):
        quantities.setdefault(r["article_id"], []).append(r)
    claims = {c["id"]: c for c in export.get("claims", [])}
    failures: list[str] = []
    n = found = shared = right = with_sources = sources_right = 0
    for g in gold.get("quantities", []):
        n += 1
        label = f"{g['text']!r} in {','.join(g.get('articles', []))}"
        per_article = [_candidates(quantities.get(ids.get(p, ""), []), g) for p in g.get("articles", [])]
        if not per_article or not all(per_article):
            failures.append(f"{label}: no quantity with value {g['value']} in every article")
            continue
        found += 1
        common = set.intersection(*({r.get("claim_id") for r in rs} - {None} for rs in per_article))
        if not common:
            seen = sorted({str(r.get("claim_id")) for rs in per_article for r in rs})
            failures.append(f"{label}: articles share no claim (claim ids {', '.join(seen)})")
            continue
        shared += 1
        want = g.get("independent_sources")
        if want is None:
            right += 1
            continue
        with_sources += 1
        got = sorted({claims[c]["independent_sources"] for c in common if c in claims})
        if want in got:
            sources_right += 1
            right += 1
        else:
            failures.append(f"{label}: independent_sources want {want}, got {got or 'no claim record'}")
    return {
        "quantities_gold": n,
        "found_in_all_articles": found,
        "share_one_claim": shared,
        "independent_sources_gold": with_sources,
        "independent_sources_right": sources_right,
        "claims_right": right,
        "claim_accuracy": round(right / n, 4) if n else 0.0,
        "claims": len(claims),
        "claims_with_conflicts": sum(1 for c in claims.values() if c.get("conflicts")),
        "failures": failures,
    }
