"""Helpers for the feed, WARC and URL ingest tests: stored rows and span checks on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.ingest.ids import stable_id
from khabar.store.sqlite import SqliteStore


def stored(db: Path) -> dict[str, dict]:
    """Every stored article by id, with its meta parsed."""
    store = SqliteStore(db)
    return {row["id"]: {**dict(row), "meta": json.loads(row["meta"])} for row in store.articles()}


def assert_offsets_valid(db: Path) -> None:
    """Every span the analysis stored slices the stored text exactly (the house rule for all findings)."""
    store = SqliteStore(db)
    for row in store.articles():
        analysis = store.analysis(row["id"])
        text = row["text"]
        spans = [*analysis.sentences, *analysis.boilerplate, *analysis.mentions, *analysis.timexes]
        assert analysis.sentences, row["id"]
        for span in spans:
            assert text[span.start:span.end] == span.text, (row["id"], span)


def error_lines(stderr: str) -> list[str]:
    return [line.removeprefix("error ").strip() for line in stderr.splitlines() if line.startswith("error ")]


def id_for(key: str) -> str:
    return stable_id(key, "")
