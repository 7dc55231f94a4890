"""``khabar export OUTDIR``: the store as JSON Lines, per the public contract in docs/export.md."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from khabar import __version__
from khabar.store import Store

FORMAT = "khabar-export"
VERSION = 1
FILES = ("articles", "stories", "entities", "quotes", "timexes", "quantities", "claims", "threads", "mentions")


def _articles(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.articles():
        dateline = json.loads(row["dateline"]) if row["dateline"] else None
        yield {
            "id": row["id"], "url": row["url"], "source": row["source"], "lang": row["lang"],
            "title": row["title"], "text": row["text"], "body": row["body"],
            "boilerplate": [b["text"] for b in json.loads(row["boilerplate"])],
            "published": row["published"], "dateline": dateline, "agencies": json.loads(row["agencies"]),
            "author": row["author"], "story_id": row["story_id"], "duplicate_of": row["duplicate_of"],
            "syndication_group": row["syndication_group"], "event_date": row["event_date"],
        }


def _stories(store: Store) -> Iterator[dict[str, Any]]:
    for story in store.stories():
        yield asdict(story)


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    for entity in store.entities():
        yield asdict(entity)


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.quote_rows():
        record = json.loads(row["data"])
        record.update({k: row[k] for k in ("id", "article_id", "kind", "text", "start", "end", "speaker_entity_id",
                                           "speaker_text", "cue")})
        yield record


def _timexes(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.timex_rows():
        yield {"article_id": row["article_id"], "text": row["text"], "start": row["start"], "end": row["end"],
               "value": row["value"], "anchor": row["anchor"]}


def _quantities(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.quantity_rows():
        yield {"id": row["id"], "article_id": row["article_id"], "text": row["text"], "start": row["start"],
               "end": row["end"], "value": row["value"], "unit": row["unit"], "qualifier": row["qualifier"],
               "ordinal": bool(row["ordinal"]), "claim_id": row["claim_id"]}


def _claims(store: Store) -> Iterator[dict[str, Any]]:
    mentions = store.claim_mentions()  # where each claim is stated: article, start, end, text
    for row in store.claim_rows():
        yield {"id": row["id"], "story_id": row["story_id"], "text": row["text"], "value": row["value"],
               "unit": row["unit"], "article_ids": json.loads(row["article_ids"]),
               "independent_sources": row["independent_sources"], "conflicts": json.loads(row["conflicts"]),
               "mentions": mentions.get(row["id"], [])}


def _threads(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.thread_rows():
        yield {"id": row["id"], "label": row["label"], "story_ids": json.loads(row["story_ids"])}


def _mentions(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.mention_rows():
        yield {"article_id": row["article_id"], "start": row["start"], "end": row["end"], "text": row["text"],
               "type": row["type"], "source": row["source"], "entity_id": row["entity_id"]}


_WRITERS = {"articles": _articles, "stories": _stories, "entities": _entities, "quotes": _quotes,
            "timexes": _timexes, "quantities": _quantities, "claims": _claims, "threads": _threads,
            "mentions": _mentions}


def records(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The export in memory: ``{file stem: records}``, what ``khabar evaluate`` scores."""
    return {name: list(_WRITERS[name](store)) for name in FILES}


def export(store: Store, outdir: str | Path) -> dict[str, int]:
    """Write every contract file (each possibly empty) and manifest.json. Returns the counts."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in FILES:
        n = 0
        tmp = out / f"{name}.jsonl.tmp"
        with tmp.open("w", encoding="utf-8") as fh:
            for record in _WRITERS[name](store):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        tmp.replace(out / f"{name}.jsonl")
        counts[f"{name}.jsonl"] = n
    manifest = {"format": FORMAT, "version": VERSION, "khabar_version": __version__, "counts": counts}
    _write_manifest(out, manifest)
    return counts


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def add_to_manifest(outdir: str | Path, counts: dict[str, int], notes: dict[str, str] | None = None) -> None:
    """Record more written files (``{path relative to OUTDIR: records}``: the CSV tables, the GraphML) in
    manifest.json's ``counts``, and what each holds when that is not everything (``notes``)."""
    out = Path(outdir)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["counts"].update(counts)
    if notes:
        manifest.setdefault("notes", {}).update(notes)
    _write_manifest(out, manifest)


def read_export(outdir: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Load an export directory written by ``export`` (or any tool that follows the contract)."""
    out = Path(outdir)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise ValueError(f"{out}/manifest.json is not a {FORMAT} manifest")
    data = {}
    for name in FILES:
        path = out / f"{name}.jsonl"
        data[name] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] \
            if path.exists() else []
    return data
