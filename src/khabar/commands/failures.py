"""``khabar failures``: what could not be ingested and why (the store's failures table)."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from khabar.commands.core import db_option, json_option, open_db

out = Console(highlight=False, soft_wrap=False)


@click.command("failures")
@click.argument("items", nargs=-1, metavar="[ORIGIN|FILE|URL]...")
@click.option("--clear", is_flag=True,
              help="Forget the failures of the ORIGINs, FILEs or URLs given (every failure when none is given) "
                   "without reading them again.")
@db_option
@json_option
def failures_command(items: tuple[str, ...], clear: bool, db_path: str | None, as_json: bool) -> None:
    """List the files, records and URLs that could not be ingested, with the reason. `khabar ingest --retry`
    reads their files and URLs again; a read that succeeds removes them from this list; `--clear` forgets
    them."""
    store = open_db(db_path)
    if clear:
        n = store.forget_failures(items)
        if items and not n:
            raise click.ClickException(f"no failure from {', '.join(map(repr, items))} (see `khabar failures`)")
        click.echo(f"forgot {n} failure{'' if n == 1 else 's'}", err=True)
        return
    rows = store.failures()
    if items:
        rows = [r for r in rows if r["origin"] in items or r["source"] in items]
    if as_json:
        for row in rows:
            out.print(json.dumps(row, ensure_ascii=False), soft_wrap=True, markup=False)
        return
    if not rows:
        out.print("no failures")
        return
    table = Table(box=None, header_style="bold")
    table.add_column("origin", overflow="fold")
    table.add_column("reason", overflow="fold")
    table.add_column("runs", no_wrap=True, justify="right")
    table.add_column("last failed", no_wrap=True)
    for row in rows:
        when = row["last_at"][:16].replace("T", " ")
        table.add_row(escape(row["origin"]), escape(row["reason"]), str(row["attempts"]), when)
    out.print(table)


def register(main: click.Group) -> None:
    main.add_command(failures_command)
