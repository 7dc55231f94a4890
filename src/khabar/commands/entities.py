"""``khabar entities`` and ``khabar entity NAME``: canonical entities from the store."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from khabar.link.entities import EntityIndex
from khabar.link.entity_filter import SUPPORT_LEVELS, clean_report
from khabar.store import Store
from khabar.store.read import ENTITY_STATE, Reader, open_store

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)
# How a name that is no entity's name still found some (``Reader.entity_match``): said before they are shown.
_LOOSE = {"spelling": "entities spelt like it", "part": "people whose name begins or ends with it",
          "sound": "the entities that sound closest"}

STATE_KEY = ENTITY_STATE  # where the link step keeps the serialised EntityIndex

def open_reader(path: str | None) -> Reader:
    return Reader(open_store(path))


db_option = click.option(
    "--db", "db_path", default=None, metavar="PATH", envvar="KHABAR_DB", show_envvar=True,
    help="SQLite database file or postgresql:// URL [default: $KHABAR_DB, else ./khabar.db]",
)


def load_index(store: Store) -> EntityIndex:
    """The entity index the link step saved (or one rebuilt from the stored entities), stories set."""
    return Reader(store).entity_index()


def _print_clean_report(index: EntityIndex, as_json: bool) -> None:
    report = clean_report(list(index.entities.values()))
    if as_json:
        out.print(json.dumps(report, ensure_ascii=False), soft_wrap=True)
        return
    levels = [*SUPPORT_LEVELS, "description"]
    table = Table(box=None, header_style="bold")
    table.add_column("type")
    for level in levels:
        table.add_column(level, justify="right")
    table.add_column("total", justify="right")
    rows = {**report["by_type"], "all": report["by_support"]}
    for type_, counts in rows.items():
        table.add_row(type_, *(str(counts.get(level, 0)) for level in levels), str(sum(counts.values())))
    out.print(table)
    out.print("[dim]known: a gazetteer or English-list name; articles: named in two articles or more; repeated: "
              "tagged twice or more in one article; single: one tagged mention (listed only with --all); "
              "description: a title, role, slogan or event taken for a name (never listed)[/dim]", soft_wrap=True)


@click.command("entities")
@click.option("--type", "type_", metavar="TYPE", help="Only this type: PER, LOC, ORG.")
@click.option("--story", "story_id", metavar="ID", help="Only entities mentioned in this story.")
@click.option("--limit", default=0, help="Show at most this many (0: all).")
@click.option("--all", "show_all", is_flag=True,
              help="Also list weakly supported entities (one tagged mention in one article).")
@click.option("--clean-report", "report_only", is_flag=True,
              help="Count entities by the evidence that supports them instead.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
def entities_command(type_: str | None, story_id: str | None, limit: int, show_all: bool, report_only: bool,
                     db_path: str | None, as_json: bool) -> None:
    """List canonical entities, most mentioned first, with their alias counts.

    An entity is listed when something supports it: a known name, two articles, or two tagged mentions in one
    article (--all lists the rest too; --clean-report counts each kind)."""
    reader = open_reader(db_path)
    if report_only:
        _print_clean_report(reader.entity_index(), as_json)
        return
    rows = reader.entity_list(type_=type_, story=story_id, limit=limit, include_weak=show_all)
    hidden = reader.entities_hidden(include_weak=show_all)
    if as_json:
        for row in rows:
            out.print(json.dumps(row, ensure_ascii=False), soft_wrap=True)
        return
    short = reader.short_ids("entities")
    table = Table(box=None, header_style="bold", pad_edge=False)
    for name in ("id", "type", "name", "latin", "mentions", "aliases", "articles"):
        numeric = name in ("mentions", "aliases", "articles")
        table.add_column(name, no_wrap=name in ("id", "type") or numeric, overflow="fold",
                         justify="right" if numeric else "left")
    for r in rows:
        table.add_row(short.get(r["id"], r["id"]), r["type"], escape(r["name"]), escape(r["latin"] or ""),
                      str(r["mentions"]), str(r["aliases"]), str(r["articles"]))
    out.print(table)
    note = f"; {hidden} weakly supported or descriptive not shown (--all, --clean-report)" if hidden else ""
    out.print(f"[dim]{len(rows)} entities{note}[/dim]")


@click.command("entity")
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def entity_command(name: str, db_path: str | None, as_json: bool) -> None:
    """Show the entity NAME denotes: any alias in either script, its Latin name, or its id.

    \b
    khabar entity "किम जोंग-उन"      khabar entity "Kim Jong Un"      khabar entity पुतिन
    """
    try:
        shown = open_reader(db_path).entity_details(name)
    except LookupError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        out.print(json.dumps(shown if len(shown) > 1 else shown[0], ensure_ascii=False), soft_wrap=True)
        return
    how = shown[0]["matched"]
    if how in _LOOSE:
        err.print(f"[yellow]no entity is called {escape(name)!r}[/yellow]; {_LOOSE[how]}:", soft_wrap=True)
    for item in shown:
        out.print(f"[bold]{item['name']}[/bold]  {item['latin'] or ''}  [dim]{item['type']} {item['id']}[/dim]")
        m, a = item["mentions"], item["articles"]
        out.print(f"  {m} mention{'s' * (m != 1)} in {a} article{'s' * (a != 1)}"
                  + (f"; absorbed {', '.join(item['absorbed'])}" if item["absorbed"] else ""))
        out.print("  [bold]aliases[/bold]  " + ", ".join(f"{a['text']} ({a['mentions']})" for a in item["aliases"]),
                  soft_wrap=True)
        if item["descriptions"]:
            out.print("  [bold]described as[/bold]  " + ", ".join(item["descriptions"]), soft_wrap=True)
        for s in item["stories"]:
            out.print(f"  [bold]story[/bold] {s['id']}  {s['headline'] or ''}", soft_wrap=True)
        if item["cooccurring"]:
            out.print("  [bold]with[/bold]  " + ", ".join(f"{c['name']} ({c['articles']})"
                                                          for c in item["cooccurring"]), soft_wrap=True)


def register(main: click.Group) -> None:
    main.add_command(entities_command)
    main.add_command(entity_command)
