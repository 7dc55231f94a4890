"""Core commands: ingest, articles, show, stories, search, export."""

from __future__ import annotations

import json
import os
import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from khabar.export import export as export_store
from khabar.ingest.errors import IngestError
from khabar.ingest.fetch import DEFAULT_TIMEOUT
from khabar.ingest.readers import read_urls_file
from khabar.model import Analysis
from khabar.run.local import estimate_items, ingest
from khabar.store.sqlite import SqliteStore, default_path

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

db_option = click.option(
    "--db", "db_path", default=None, metavar="PATH", envvar="KHABAR_DB", show_envvar=True,
    help=f"SQLite database file [default: ./{os.path.basename(default_path())}]",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def open_db(path: str | None) -> SqliteStore:
    return SqliteStore(path)


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--urls", "urls_file", default=None, type=click.Path(), metavar="FILE",
              help="Also fetch the URLs in FILE (one a line; # comments).")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=float,
              help="Seconds to wait on each network operation when fetching a URL.")
@click.option("--workers", "-w", default=1, show_default=True, help="Analyse in this many processes.")
@click.option("--no-link", is_flag=True, help="Store analyses only; skip stories and entities.")
@click.option("--ner", "ner_mode", type=click.Choice(["fast", "accurate"]), default=None, envvar="KHABAR_NER",
              show_envvar=True, help="Hindi NER: fast (CRF + BiLSTM, default) or accurate (fine-tuned e5-small, "
                                     "about 100 times slower); see docs/ner.md.")
@db_option
def ingest_command(paths: tuple[str, ...], urls_file: str | None, timeout: float, workers: int, no_link: bool,
                   ner_mode: str | None, db_path: str | None) -> None:
    """Read files, folders and URLs into the store: .txt, .html, .jsonl, RSS/Atom feeds (.xml, .rss, .atom),
    WARC archives (.warc, .warc.gz) and http(s) URLs (a page, a feed or text).

    Ingest is idempotent: an unchanged article is skipped, a changed one under the same id is updated.
    Every file, record or URL that cannot be read is reported on its own line; the rest is stored and the exit
    status is 1.
    """
    if ner_mode:
        from khabar.analyse.ner.tagger import set_ner_mode

        set_ner_mode(ner_mode)  # through the environment, so worker processes use it too
    listed = read_urls_file(urls_file) if urls_file else []
    if not paths and not urls_file:
        raise click.UsageError("give at least one PATH or URL, or --urls FILE")
    store = open_db(db_path)
    unlisted = [item for item in listed if isinstance(item, IngestError)]
    found, total = estimate_items([*paths, *(item for item in listed if isinstance(item, str))], timeout=timeout)
    found[:0], total = unlisted, total + len(unlisted)
    progress = Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), console=err, transient=False, disable=total < 2,
    )
    with progress:
        task = progress.add_task("ingest", total=total, rate="")

        def advance(n: int) -> None:
            progress.advance(task, n)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} articles/s")

        report = ingest(paths, store, workers=workers, link=not no_link, advance=advance, found=found)
    for error in report.errors:
        err.print(f"[red]error[/red] {error.origin}: {error.reason}", soft_wrap=True)
    linked = ", ".join(f"{v} {k[:-1] if v == 1 and k.endswith('s') else k}" for k, v in report.linked.items())
    err.print(f"{report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
              f"{len(report.errors)} failed" + (f", {report.skipped} skipped" if report.skipped else "")
              + (f"; {linked}" if linked else "") + f" -> {store.path}")
    if report.errors:
        sys.exit(1)


@click.command("articles")
@db_option
@json_option
def articles_command(db_path: str | None, as_json: bool) -> None:
    """List stored articles with their language, date, dateline and story."""
    store = open_db(db_path)
    rows = list(store.db.execute(
        "SELECT id, lang, published, dateline, agencies, story_id, title FROM articles ORDER BY id"))
    if as_json:
        for r in rows:
            out.print(json.dumps({**dict(r), "dateline": json.loads(r["dateline"]) if r["dateline"] else None,
                                  "agencies": json.loads(r["agencies"])}, ensure_ascii=False), soft_wrap=True)
        return
    table = Table(box=None, header_style="bold")
    table.add_column("id", no_wrap=True)
    for name in ("lang", "published", "dateline", "agencies", "story"):
        table.add_column(name, no_wrap=True)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=60)
    for r in rows:
        dl = json.loads(r["dateline"]) if r["dateline"] else None
        table.add_row(r["id"], r["lang"], (r["published"] or "")[:10], (dl or {}).get("place") or "",
                      ", ".join(json.loads(r["agencies"])), r["story_id"] or "", r["title"] or "")
    out.print(table)


@click.command("show")
@click.argument("article_id")
@db_option
@json_option
def show_command(article_id: str, db_path: str | None, as_json: bool) -> None:
    """Show one article: metadata, boilerplate removed, and what analysis found in it."""
    store = open_db(db_path)
    row = store.article(article_id)
    if row is None:
        matches = [i for i in store.article_ids() if i.startswith(article_id)]
        if len(matches) == 1:
            row = store.article(matches[0])
        else:
            raise click.ClickException(f"no article {article_id!r}" +
                                       (f" (ambiguous: {', '.join(matches[:5])})" if matches else ""))
    analysis = Analysis.from_dict(json.loads(row["analysis"]))
    if as_json:
        out.print(json.dumps({"id": row["id"], "url": row["url"], "source": row["source"],
                              "story_id": row["story_id"], "analysis": analysis.to_dict()}, ensure_ascii=False),
                  soft_wrap=True)
        return
    dl = analysis.dateline
    meta = Table.grid(padding=(0, 2))
    for label, value in [
        ("id", row["id"]), ("title", analysis.title), ("language", analysis.lang), ("published", analysis.published),
        ("event date", analysis.event_date), ("dateline", f"{dl.text} ({dl.place})" if dl else None),
        ("agencies", ", ".join(analysis.agencies)), ("author", analysis.author), ("story", row["story_id"]),
        ("syndication", row["syndication_group"]), ("url", row["url"]),
    ]:
        if value:
            meta.add_row(f"[bold]{label}[/bold]", str(value))
    out.print(meta)
    if analysis.boilerplate:
        out.print(f"\n[bold]boilerplate removed[/bold] ({len(analysis.boilerplate)})")
        for b in analysis.boilerplate:
            out.print(f"  [dim]{b.start}-{b.end}[/dim] {b.text[:90]!r}", soft_wrap=True)
    _findings(analysis)
    out.print("\n[bold]body[/bold]")
    out.print(analysis.body, soft_wrap=True)


def _findings(analysis: Analysis) -> None:
    if analysis.mentions:
        out.print(f"\n[bold]entities[/bold] ({len(analysis.mentions)})")
        seen: dict[tuple[str, str], int] = {}
        for m in analysis.mentions:
            seen[(m.type, m.text)] = seen.get((m.type, m.text), 0) + 1
        out.print("  " + ", ".join(f"{t} [dim]{ty}×{n}[/dim]" for (ty, t), n in seen.items()), soft_wrap=True)
    if analysis.quotes:
        out.print(f"\n[bold]quotes[/bold] ({len(analysis.quotes)})")
        for q in analysis.quotes:
            out.print(f"  [cyan]{q.kind}[/cyan] {q.speaker_text or '?'} [dim]({q.cue or ''})[/dim]: {q.text[:120]}",
                      soft_wrap=True)
    if analysis.timexes:
        out.print(f"\n[bold]dates[/bold] ({len(analysis.timexes)})")
        for t in analysis.timexes:
            out.print(f"  {t.text} → {t.value or '?'}" + (f" [dim](from {t.anchor})[/dim]" if t.anchor else ""))
    if analysis.quantities:
        out.print(f"\n[bold]quantities[/bold] ({len(analysis.quantities)})")
        for q in analysis.quantities:
            qual = f"{q.qualifier} " if q.qualifier else ""
            value = f"{int(q.value):,}" if float(q.value).is_integer() else f"{q.value:,.2f}".rstrip("0")
            out.print(f"  {q.text} → {qual}{value} {q.unit or ''}" + (" (ordinal)" if q.ordinal else ""))


@click.command("stories")
@db_option
@json_option
def stories_command(db_path: str | None, as_json: bool) -> None:
    """List stories: which articles report the same event."""
    store = open_db(db_path)
    stories = store.stories()
    if as_json:
        from dataclasses import asdict

        for s in stories:
            out.print(json.dumps(asdict(s), ensure_ascii=False), soft_wrap=True)
        return
    if not stories:
        err.print("no stories yet: run `khabar ingest PATH...` first")
        return
    for s in stories:
        when = s.date or "date unknown"
        articles = f"{s.sources} article{'' if s.sources == 1 else 's'}"
        thread = f", thread {s.thread_id}" if s.thread_id else ""
        out.print(f"[bold]{s.id}[/bold]  {when}  [dim]{articles}, {s.independent_sources} independent{thread}[/dim]")
        out.print(f"  {s.headline}", soft_wrap=True)
        for article_id in s.article_ids:
            row = store.article(article_id)
            title = (row["title"] or "")[:70] if row else ""
            out.print(f"    · {article_id}  [dim]{(row['published'] or '')[:10] if row else ''}[/dim]  {title}",
                      soft_wrap=True)


@click.command("search")
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@db_option
def search_command(query: str, limit: int, db_path: str | None) -> None:
    """Full-text search over titles and bodies (SQLite FTS5 syntax)."""
    store = open_db(db_path)
    for row in store.search(query, limit):
        out.print(f"[bold]{row['id']}[/bold] {row['title'] or ''}\n  {row['snippet']}", soft_wrap=True)


@click.command("export")
@click.argument("outdir", type=click.Path(file_okay=False))
@db_option
def export_command(outdir: str, db_path: str | None) -> None:
    """Write the store as JSON Lines per the export contract (docs/export.md)."""
    store = open_db(db_path)
    counts = export_store(store, outdir)
    err.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" -> {outdir}")


def register(main: click.Group) -> None:
    for command in (ingest_command, articles_command, show_command, stories_command, search_command,
                    export_command):
        main.add_command(command)
