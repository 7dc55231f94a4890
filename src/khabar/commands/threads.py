"""``khabar threads`` (stories about the same ongoing affair) and ``khabar timeline`` (them on a time axis, SVG)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from khabar.commands.core import date_options, db_option, err, json_option, open_reader, out, plural
from khabar.timeline import Lane, Mark, timeline_svg


@click.command("threads")
@click.option("--entity", default=None, metavar="NAME", help="Only threads with a story that names this entity.")
@date_options
@db_option
@json_option
def threads_command(entity: str | None, date_from: str | None, date_to: str | None, db_path: str | None,
                    as_json: bool) -> None:
    """List threads: stories about the same ongoing affair, in date order (--from/--to: threads with a story
    in that span)."""
    try:
        threads = open_reader(db_path).threads(entity=entity, date_from=date_from, date_to=date_to)
    except LookupError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        for thread in threads:
            out.print(json.dumps(thread, ensure_ascii=False), soft_wrap=True)
        return
    if not threads:
        err.print("no threads match" if entity or date_from or date_to else
                  "no threads: no two stories share their central actors (or run `khabar ingest PATH...` first)")
        return
    for thread in threads:
        out.print(f"[bold]{thread['id']}[/bold]  {thread['label'] or ''}  "
                  f"[dim]{plural(len(thread['stories']), 'story', 'stories')}[/dim]", soft_wrap=True)
        for s in thread["stories"]:
            sources = f"{plural(s['sources'], 'article')}, {s['independent_sources']} independent"
            if s["outlets"]:
                sources += ": " + ", ".join(s["outlets"])
            out.print(f"  {s['date'] or 'undated':<10}  {s['headline']}  [dim]({sources})[/dim]", soft_wrap=True)


@click.command("timeline")
@click.option("--thread", "thread_ids", multiple=True, metavar="ID",
              help="Only this thread (id or its unique prefix; repeatable). Default: every thread.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False), help="SVG file to write.")
@db_option
def timeline_command(thread_ids: tuple[str, ...], out_path: str, db_path: str | None) -> None:
    """Draw threads on a time axis as a self-contained SVG: one lane per thread, one mark per story."""
    threads = open_reader(db_path).threads()
    if thread_ids:
        chosen = []
        for wanted in thread_ids:
            matches = [t for t in threads if t["id"] == wanted] or [t for t in threads if t["id"].startswith(wanted)]
            if len(matches) != 1:
                raise click.ClickException(f"no thread {wanted!r}" if not matches else
                                           f"thread {wanted!r} is ambiguous: {', '.join(t['id'] for t in matches)}")
            chosen.append(matches[0])
        threads = chosen
    if not threads:
        raise click.ClickException("no threads to draw: no two stories share their central actors")
    lanes = [Lane(t["id"], t["label"] or t["id"],
                  [Mark(s["id"], s["date"], s["headline"], s["sources"]) for s in t["stories"]]) for t in threads]
    Path(out_path).write_text(timeline_svg(lanes), encoding="utf-8")
    marks = sum(len(lane.marks) for lane in lanes)
    err.print(f"{len(lanes)} thread{'' if len(lanes) == 1 else 's'}, {marks} stor{'y' if marks == 1 else 'ies'}"
              f" -> {out_path}")


def register(main: click.Group) -> None:
    main.add_command(threads_command)
    main.add_command(timeline_command)
