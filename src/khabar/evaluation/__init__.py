"""Scoring against gold data. Each section module has ``score(gold, export) -> dict``; ``export`` is the
contract's ``{file stem: records}`` (see khabar.export.records / read_export), so what is scored is exactly
what users get."""

from __future__ import annotations

import importlib
from typing import Any

# Sections in report order; a module that is missing is reported as such, never skipped silently.
SECTIONS = ["articles", "stories", "ner", "entities", "quotes", "timex", "claims"]


def gold_article_ids(gold: dict, export: dict[str, list[dict]]) -> dict[str, str]:
    """Gold article key (file stem or its prefix such as "001") -> exported article id."""
    ids = [a["id"] for a in export.get("articles", [])]
    found = {}
    for key in gold.get("articles", {}):
        prefix = key.split("_", 1)[0]
        match = next((i for i in ids if i == key), None) or next((i for i in ids if i.startswith(prefix + "_")
                                                                  or i == prefix), None)
        if match:
            found[key] = match
            found.setdefault(prefix, match)
    return found


def evaluate(gold: dict, export: dict[str, list[dict]], sections: list[str] | None = None) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for name in sections or SECTIONS:
        try:
            module = importlib.import_module(f"khabar.evaluation.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"khabar.evaluation.{name}":
                raise
            report[name] = {"status": "not available in this version"}
            continue
        report[name] = module.score(gold, export)
    return report
