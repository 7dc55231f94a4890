"""Scoring dates (timexes.jsonl) and quantities (quantities.jsonl) against gold.

Gold gives text and value, no offsets. A gold item is *found* when an exported record of the same article has
text that contains the gold text or is contained in it (compared under ``match_key``); it is *right* when one
such record also has the gold value (and, for quantities, the gold ordinal flag). Gold quantities list the
articles (``"articles": ["002", "003"]``) they occur in: each (quantity, article) pair is scored, and a
quantity counts as found only when it is right in all of its articles.
"""

from __future__ import annotations

from typing import Any

from khabar.evaluation import gold_article_ids
from khabar.text.keys import match_key


def _overlaps(gold_text: str, record_text: str) -> bool:
    g, r = match_key(gold_text), match_key(record_text or "")
    return bool(g and r) and (g in r or r in g)


def _by_article(records: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        out.setdefault(r.get("article_id") or "", []).append(r)
    return out


def _same_number(a: Any, b: Any) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def _unit_agrees(gold_unit: str | None, unit: str | None) -> bool:
    if not gold_unit:
        return True
    g, u = match_key(gold_unit), match_key(unit or "")
    return bool(u) and (g.startswith(u) or u.startswith(g) or g[:4] == u[:4])


def score(gold: dict, export: dict[str, list[dict]]) -> dict[str, Any]:
    ids = gold_article_ids(gold, export)
    failures: list[str] = []

    timexes = _by_article(export.get("timexes", []))
    t_found = t_right = 0
    gold_timexes = gold.get("timexes", [])
    for g in gold_timexes:
        article = ids.get(g["article"])
        candidates = [r for r in timexes.get(article or "", []) if _overlaps(g["text"], r.get("text", ""))]
        if candidates:
            t_found += 1
        if any(r.get("value") == g["value"] for r in candidates):
            t_right += 1
        else:
            seen = ", ".join(f"{r.get('text')!r}={r.get('value')}" for r in candidates) or "not found"
            failures.append(f"timex {g['article']} {g['text']!r}: want {g['value']}, got {seen}")
    scored_articles = {ids.get(g["article"]) for g in gold_timexes}
    extra = 0  # exported timexes of gold articles that match no gold item (gold is not exhaustive)
    for article in scored_articles:
        texts = [g["text"] for g in gold_timexes if ids.get(g["article"]) == article]
        extra += sum(1 for r in timexes.get(article or "", [])
                     if not any(_overlaps(t, r.get("text", "")) for t in texts))

    quantities = _by_article(export.get("quantities", []))
    q_pairs = q_pairs_right = q_all_right = q_unit_right = 0
    for g in gold.get("quantities", []):
        all_right = True
        for prefix in g.get("articles", []):
            q_pairs += 1
            article = ids.get(prefix)
            candidates = [r for r in quantities.get(article or "", [])
                          if _overlaps(g["text"], r.get("text", ""))]
            right = [r for r in candidates if _same_number(r.get("value"), g["value"])
                     and bool(r.get("ordinal", False)) == bool(g.get("ordinal", False))]
            if right:
                q_pairs_right += 1
                if any(_unit_agrees(g.get("unit"), r.get("unit")) for r in right):
                    q_unit_right += 1
            else:
                all_right = False
                seen = ", ".join(f"{r.get('text')!r}={r.get('value')}" for r in candidates) or "not found"
                failures.append(f"quantity {prefix} {g['text']!r}: want {g['value']}, got {seen}")
        q_all_right += all_right

    n_t, n_q = len(gold_timexes), len(gold.get("quantities", []))
    return {
        "timexes_gold": n_t,
        "timexes_found": t_found,
        "timexes_right_value": t_right,
        "timex_value_accuracy": t_right / n_t if n_t else 0.0,
        "timexes_unmatched_in_gold_articles": extra,
        "quantities_gold": n_q,
        "quantities_right_in_all_articles": q_all_right,
        "quantity_pairs": q_pairs,
        "quantity_pairs_right_value": q_pairs_right,
        "quantity_pairs_unit_agrees": q_unit_right,
        "quantity_value_accuracy": q_pairs_right / q_pairs if q_pairs else 0.0,
        "failures": failures,
    }
