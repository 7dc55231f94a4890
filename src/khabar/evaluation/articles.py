"""Article-level metadata and boilerplate against the gold ``articles`` section."""

from __future__ import annotations

from typing import Any

from khabar.evaluation import gold_article_ids


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def score(gold: dict, export: dict[str, list[dict]]) -> dict[str, Any]:
    ids = gold_article_ids(gold, export)
    by_id = {a["id"]: a for a in export.get("articles", [])}
    checks: dict[str, list[bool]] = {k: [] for k in ("lang", "published", "dateline", "agencies", "author")}
    failures: list[str] = []
    bp_total = bp_gone = 0
    quotes_total = quotes_kept = 0
    for key, want in gold.get("articles", {}).items():
        got = by_id.get(ids.get(key, ""))
        if got is None:
            failures.append(f"{key}: not in the export")
            continue
        dateline = (got.get("dateline") or {}).get("place")
        pairs = {
            "lang": (got.get("lang"), want.get("lang")),
            "published": ((got.get("published") or None), want.get("published")),
            "dateline": (dateline, want.get("dateline_place")),
            "agencies": (sorted(got.get("agencies") or []), sorted(want.get("agencies") or [])),
            "author": (got.get("author"), want.get("author")),
        }
        for field, (g, w) in pairs.items():
            ok = g == w
            if field == "published" and w and g and len(w) == 10:
                ok = g[:10] == w  # a gold day matches a predicted datetime on that day
            checks[field].append(ok)
            if not ok:
                failures.append(f"{key} {field}: got {g!r}, want {w!r}")
        body = got.get("body") or ""
        for s in want.get("boilerplate_contains", []):
            bp_total += 1
            if s in body:
                failures.append(f"{key} boilerplate left in body: {s!r}")
            else:
                bp_gone += 1
        prefix = key.split("_", 1)[0]
        for q in gold.get("quotes", []):
            if q.get("article") == prefix and q.get("kind") in ("direct", "partial"):
                quotes_total += 1
                if q["text"] in body:
                    quotes_kept += 1
                else:
                    failures.append(f"{key} quote lost from body: {q['text'][:50]!r}")
    return {
        **{f"{k}_accuracy": _ratio(sum(v), len(v)) for k, v in checks.items()},
        "boilerplate_removed": _ratio(bp_gone, bp_total),
        "quotes_kept_in_body": _ratio(quotes_kept, quotes_total),
        "failures": failures,
    }
