"""``khabar quotes``: who said what, grouped by speaker, with the source article and its date."""

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


def collect(store: Store, speaker: str | None = None, story: str | None = None,
            kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Quotes grouped by speaker: ``[{speaker, entity_id, type, quotes: [...]}]``, most quoted first."""
    return Reader(store).quote_groups(speaker, story, kinds)


@click.command("quotes")
@click.option("--speaker", metavar="NAME", help="Only this speaker: a name, alias, Latin name or the words used.")
@click.option("--story", "story_id", metavar="ID", help="Only quotes from articles of this story.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["direct", "partial", "indirect"]),
              help="Only these kinds (repeatable).")
@db_option
@json_option
def quotes_command(speaker: str | None, story_id: str | None, kinds: tuple[str, ...], db_path: str | None,
                   as_json: bool) -> None:
    """Who said what: quotes and reported speech grouped by speaker, with source article and date.

    \b
    khabar quotes                       # every speaker, most quoted first
    khabar quotes --speaker पुतिन        # one speaker (any alias, or the Latin name: --speaker Putin)
    khabar quotes --story S1 --kind direct
    """
    reader = open_reader(db_path)
    groups = reader.quote_groups(speaker, story_id, kinds)
    if as_json:  # JSON Lines, one speaker and their quotes a line, as every other listing prints
        for group in groups:
            click.echo(json.dumps(group, ensure_ascii=False))
        return
    if not groups:
        out.print("no quotes found" + (f" for {speaker!r}" if speaker else ""))
        return
    short = reader.short_ids("articles")
    for group in groups:
        title = group["speaker"] + (f" ({group['latin']})" if group.get("latin") else "")
        table = Table(title=f"{title}: {len(group['quotes'])} quote(s)", title_justify="left", show_lines=False)
        for column in ("kind", "quote", "cue", "words", "article", "date"):
            table.add_column(column, overflow="fold")
        for q in group["quotes"]:
            table.add_row(q["kind"], q["text"], q["cue"] or "", q["speaker_text"] or "",
                          short.get(q["article_id"], q["article_id"]), (q["published"] or "")[:10])
        out.print(table)


def register(main: click.Group) -> None:
    main.add_command(quotes_command)
