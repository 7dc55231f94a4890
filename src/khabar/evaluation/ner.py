"""Seeds bar for NER: is every gold entity found, with the right type, in every article it occurs in?

A gold (entity, article) pair counts as found when the article has a mention whose text is one of the
entity's aliases (compared by ``match_key``) and whose type is the entity's type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from khabar.text.keys import match_key


def _article_for(prefix: str, article_ids: Iterable[str]) -> str | None:
    for article_id in article_ids:
        if article_id == prefix or article_id.startswith(prefix + "_"):
            return article_id
    return None


def score_mentions(gold: dict, mentions: Mapping[str, Iterable[Any]]) -> dict:
    """Score per-article mentions directly: ``mentions`` maps article id to records with ``text`` and
    ``type`` (``khabar.model.Mention`` objects or dicts)."""
    typed: dict[str, set[tuple[str, str]]] = {}
    for article_id, records in mentions.items():
        found = typed.setdefault(article_id, set())
        for m in records:
            text = m["text"] if isinstance(m, Mapping) else m.text
            kind = m["type"] if isinstance(m, Mapping) else m.type
            found.add((match_key(text), kind))
    pairs = found_n = 0
    missed: list[dict] = []
    per_type: dict[str, list[int]] = {}
    for entity in gold.get("entities", []):
        keys = {match_key(a) for a in [entity["name"], *entity.get("aliases", [])]}
        for prefix in entity.get("in", []):
            article_id = _article_for(prefix, typed)
            pairs += 1
            counts = per_type.setdefault(entity["type"], [0, 0])
            counts[1] += 1
            have = typed.get(article_id, set()) if article_id else set()
            if any((k, entity["type"]) in have for k in keys):
                found_n += 1
                counts[0] += 1
            else:
                wrong = sorted({t for k, t in have if k in keys})
                missed.append({"entity": entity["id"], "article": prefix, "typed_as": wrong})
    return {
        "pairs": pairs,
        "found": found_n,
        "recall": found_n / pairs if pairs else 0.0,
        "per_type": {t: {"found": f, "pairs": n, "recall": f / n if n else 0.0} for t, (f, n) in per_type.items()},
        "missed": missed,
    }


def score(gold: dict, export: dict[str, list[dict]]) -> dict:
    """The seeds bar over an export: mentions of ``entities.jsonl`` records carry their entity's type."""
    mentions: dict[str, list[dict]] = {a["id"]: [] for a in export.get("articles", [])}
    for entity in export.get("entities", []):
        for m in entity.get("mentions", []):
            mentions.setdefault(m["article_id"], []).append({"text": m["text"], "type": entity["type"]})
    result = score_mentions(gold, mentions)
    result["bar"] = 0.9
    result["passed"] = result["recall"] >= 0.9
    return result
