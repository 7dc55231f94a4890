"""``khabar evaluate``: score the store (or an export directory) against gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.evaluation import SECTIONS, evaluate
from khabar.export import read_export, records
from khabar.store import open_store

out = Console(highlight=False)


def _flatten(section: str, result: dict[str, Any]) -> list[tuple[str, str]]:
    rows = []
    for key, value in result.items():
        if key == "failures" or isinstance(value, list | dict):
            continue
        rows.append((f"{section}.{key}", f"{value:.4f}" if isinstance(value, float) else str(value)))
    return rows


@click.group("evaluate", invoke_without_command=True)
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False),
              help="Gold file in the format of shared/gold/seeds.gold.json.")
@click.option("--export", "export_dir", type=click.Path(exists=True, file_okay=False),
              help="Score this export directory instead of the store.")
@click.option("--section", "sections", multiple=True, type=click.Choice(SECTIONS),
              help="Only these sections (repeatable).")
@click.option("--db", "db_path", default=None, envvar="KHABAR_DB", metavar="PATH", help="SQLite database file.")
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--failures/--no-failures", default=True, help="List what was missed.")
@click.pass_context
def evaluate_command(ctx: click.Context, gold_path: str | None, export_dir: str | None, sections: tuple[str, ...],
                     db_path: str | None, as_json: bool, failures: bool) -> None:
    """Score khabar against gold data.

    \b
    khabar evaluate --gold ../shared/gold/seeds.gold.json          # the store
    khabar evaluate --gold FILE --export out/                       # an export directory
    khabar evaluate ner FILE.conll                                  # NER, entity-level P/R/F1
    khabar evaluate stories LABELS.jsonl                            # stories and threads vs labels
    """
    if ctx.invoked_subcommand is not None:
        return
    if not gold_path:
        raise click.UsageError("give --gold FILE, or a subcommand (see khabar evaluate --help)")
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    if export_dir:
        export = read_export(export_dir)
    else:
        store = open_store(db_path)
        if not store.count("articles"):
            raise click.ClickException(f"{store.path} holds no articles: ingest first, or pass --export DIR")
        export = records(store)
    report = evaluate(gold, export, list(sections) or None)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    table = Table("measure", "value")
    for section, result in report.items():
        for row in _flatten(section, result):
            table.add_row(*row)
    out.print(table)
    if failures:
        for section, result in report.items():
            for line in result.get("failures", [])[:40]:
                out.print(f"[yellow]{section}[/yellow] {line}", soft_wrap=True)


@evaluate_command.command("stories")
@click.argument("labels", type=click.Path(exists=True, dir_okay=False))
@click.option("--db", "db_path", default=None, envvar="KHABAR_DB", metavar="PATH", help="SQLite database file.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--failures/--no-failures", default=False, help="List joined and split stories.")
def evaluate_stories_command(labels: str, db_path: str | None, as_json: bool, failures: bool) -> None:
    """Stories and threads of the store against labelled articles: a JSON line per article with ``id``,
    ``story`` and ``thread`` (null for none), as in ../shared/data/stories. Ingest the articles first (the
    labels are not read then). Prints story B-cubed and same-story pair P/R/F1, and same-thread pair P/R/F1."""
    from khabar.evaluation.labels import read_labels, score_store
    from khabar.store.read import Reader

    try:
        rows = read_labels(labels)
    except (ValueError, json.JSONDecodeError) as e:
        raise click.ClickException(str(e)) from None
    if not rows:
        raise click.ClickException(f"{labels} has no labelled article")
    reader = Reader(open_store(db_path))
    report = score_store(reader, rows)
    if as_json:
        click.echo(json.dumps({k: v for k, v in report.items() if failures or k != "failures"}, ensure_ascii=False,
                              indent=2))
        return
    table = Table("measure", "precision", "recall", "F1", "pairs found/predicted of gold")
    for name in ("story_bcubed", "story_pairs", "thread_pairs"):
        p, r, f, *count = report[name]
        table.add_row(name.replace("_", " "), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", count[0] if count else "")
    out.print(table)
    out.print(f"{report['articles']} labelled articles, {len(report['missing'])} not in {reader.path}"
              + (f" (scored as alone: {', '.join(report['missing'][:5])}{' ...' if len(report['missing']) > 5 else ''})"
                 if report["missing"] else ""))
    if failures:
        for line in report["failures"]:
            out.print(line, soft_wrap=True)


def register(main: click.Group) -> None:
    main.add_command(evaluate_command)


