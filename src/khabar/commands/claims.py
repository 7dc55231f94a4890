"""``khabar claims``: facts stated with a number across the articles of a story, how many independent sources
state each, and which claims contradict each other."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.commands.core import db_option, json_option, open_reader
from khabar.store import Store
from khabar.store.read import Reader

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def collect(store: Store, story: str | None = None, conflicts_only: bool = False) -> list[dict[str, Any]]:
    """Claims as in claims.jsonl, plus ``sources`` (articles); ``story`` may be an id or its prefix."""
    return Reader(store).claims(story, conflicts_only)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


@click.command("claims")
@click.option("--story", default=None, metavar="ID", help="Only this story (an id or its prefix).")
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Only claims that another claim contradicts.")
@db_option
@json_option
def claims_command(story: str | None, conflicts_only: bool, db_path: str | None, as_json: bool) -> None:
    """Facts stated with a number across a story's articles: sources, independent sources, conflicts.

    Syndicated copies of one wire story count as one independent source.
    """
    reader = open_reader(db_path)
    claims = reader.claims(story, conflicts_only)
    if as_json:
        for claim in claims:
            out.print(json.dumps(claim, ensure_ascii=False), soft_wrap=True)
        return
    if not claims:
        what = "conflicting claims" if conflicts_only else "claims"
        err.print(f"no {what}" + (f" in story {story}" if story else "") + f" in {reader.path}"
                  + ("" if reader.count("claims") else ": run `khabar ingest PATH...` first"))
        return
    text_of = {c["id"]: c for c in reader.claims(story)}
    headlines = reader.story_headlines()
    current = None
    table = None
    for claim in claims:
        if claim["story_id"] != current:
            if table is not None:
                out.print(table)
            current = claim["story_id"]
            out.print(f"\n[bold]{current}[/bold]  {headlines.get(current, '')}", soft_wrap=True)
            table = Table(box=None, header_style="bold", pad_edge=False)
            for name in ("claim", "text", "value", "unit", "sources", "independent", "conflicts with"):
                table.add_column(name, no_wrap=name in ("claim", "value", "sources", "independent"))
        conflicts = ", ".join(f"{c} ({_number(text_of[c]['value'])} {text_of[c]['unit'] or ''})".strip()
                              if c in text_of else c for c in claim["conflicts"])
        table.add_row(claim["id"], claim["text"], _number(claim["value"]), claim["unit"] or "",
                      str(claim["sources"]), str(claim["independent_sources"]),
                      f"[red]{conflicts}[/red]" if conflicts else "")
    if table is not None:
        out.print(table)


def register(main: click.Group) -> None:
    main.add_command(claims_command)
