"""Exports beyond the JSON Lines contract: every table as CSV, the entity graph as GraphML."""

from __future__ import annotations

import csv
from pathlib import Path

from khabar.graphml import graphml
from khabar.store.read import Reader


def write_csv(reader: Reader, outdir: str | Path, tables: list[str] | None = None) -> dict[str, int]:
    """``OUTDIR/<table>.csv`` for each table (UTF-8 with a header row; list columns as JSON). Returns row counts."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in tables or list(Reader.TABLES):
        columns, rows = reader.table(name)
        tmp = out / f"{name}.csv.tmp"
        n = 0
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
                n += 1
        tmp.replace(out / f"{name}.csv")
        counts[f"{name}.csv"] = n
    return counts


GRAPHML_TOP = 1000  # entities in `khabar export --graphml`


def write_graphml(reader: Reader, path: str | Path, *, top: int = GRAPHML_TOP, by: str = "sentence") -> tuple[int, int]:
    """The entity co-occurrence graph (the ``top`` most linked entities) as GraphML. Returns (nodes, edges)."""
    graph = reader.graph(top=top, by=by)
    Path(path).write_text(graphml(graph), encoding="utf-8")
    return len(graph.nodes), len(graph.edges)
