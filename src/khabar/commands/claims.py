"""``khabar claims``: facts stated with a number across the articles of a story, how many independent sources
state each, and which claims contradict each other."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.commands.core import db_option, json_option, open_db, open_reader
from khabar.link.claims import FIGURE_KINDS, Series, thread_series
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


def _series_records(series: list[Series]) -> list[dict[str, Any]]:
    return [{"unit": s.unit, "predicate": s.predicate, "scope": s.scope, "aspect": s.aspect,
             "points": [{"date": p.date, "value": p.value, "text": p.text, "story_id": p.story_id,
                         "claim_id": p.claim_id, "article_ids": list(p.article_ids),
                         "independent_sources": p.independent_sources} for p in s.points]} for s in series]


def _print_series(store: Store, thread: str, as_json: bool) -> None:
    thread_id, series = thread_series(store, thread)
    if thread_id is None:
        raise click.ClickException(f"no single thread with id {thread!r} in {store.path} (see `khabar threads`)")
    if as_json:
        for record in _series_records(series):
            out.print(json.dumps({"thread_id": thread_id, **record}, ensure_ascii=False), soft_wrap=True)
        return
    if not series:
        err.print(f"thread {thread_id}: no figure is stated on two dates")
        return
    for s in series:
        thing = s.predicate if s.unit.startswith("~") else s.unit + (f" ({s.predicate})" if s.predicate else "")
        out.print(f"\n[bold]{thread_id}[/bold]  {thing}" + (f", {s.aspect}" if s.aspect else "")
                  + (f" in {s.scope}" if s.scope else ""))
        table = Table(box=None, header_style="bold", pad_edge=False)
        for name in ("date", "value", "text", "story", "sources", "independent"):
            table.add_column(name, no_wrap=name != "text")
        for p in s.points:
            table.add_row(p.date or "", _number(p.value), p.text, p.story_id, ", ".join(p.article_ids),
                          str(p.independent_sources))
        out.print(table)


@click.command("claims")
@click.option("--story", default=None, metavar="ID", help="Only this story (an id or its prefix).")
@click.option("--conflicts", "conflicts_only", is_flag=True, help="Only claims that another claim contradicts.")
@click.option("--min-independent", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Only claims backed by at least N independent sources (2: corroborated).")
@click.option("--all", "all_kinds", is_flag=True,
              help="Every kind of claim: ordinals (पहली मौत), spans of time (24 घंटे), ages and dates too, not "
                   "only figures (counts, amounts, shares).")
@click.option("--thread", default=None, metavar="ID",
              help="A thread's figures over time (id or prefix): each counted thing as a dated series with sources.")
@db_option
@json_option
def claims_command(story: str | None, conflicts_only: bool, min_independent: int, all_kinds: bool,
                   thread: str | None, db_path: str | None, as_json: bool) -> None:
    """Facts stated with a number across a story's articles: sources, independent sources, conflicts.

    Syndicated copies of one wire story, and articles of one outlet, count as one independent source. Figures
    (counts, amounts, shares) are listed; --all adds ordinals, spans of time, ages and dates. With --thread, the
    figures of a thread's stories line up by date (a rising toll is a series, not a conflict).
    """
    if thread:
        _print_series(open_db(db_path), thread, as_json)
        return
    reader = open_reader(db_path)
    claims = reader.claims(story, conflicts_only, min_independent, None if all_kinds else FIGURE_KINDS)
    if as_json:
        for claim in claims:
            out.print(json.dumps(claim, ensure_ascii=False), soft_wrap=True)
        return
    if not claims:
        what = "conflicting claims" if conflicts_only else "claims"
        if min_independent > 1:
            what += f" with {min_independent} or more independent sources"
        if not all_kinds:
            what += " that state a figure (--all lists every kind)"
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
                # ids are folded onto a second line, never cut short: a reader copies them into --story, show
                table.add_column(name, no_wrap=name in ("value", "sources", "independent"), overflow="fold",
                                 min_width=13 if name == "claim" else None)
        conflicts = ", ".join(f"{c} ({_number(text_of[c]['value'])} {text_of[c]['unit'] or ''})".strip()
                              if c in text_of else c for c in claim["conflicts"])
        table.add_row(claim["id"], claim["text"], _number(claim["value"]), claim["unit"] or "",
                      str(claim["sources"]), str(claim["independent_sources"]),
                      f"[red]{conflicts}[/red]" if conflicts else "")
    if table is not None:
        out.print(table)


def register(main: click.Group) -> None:
    main.add_command(claims_command)
