"""Core commands: ingest, articles, show, stories, search, export."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from khabar.export import export as export_store
from khabar.ingest.errors import IngestError
from khabar.ingest.fetch import DEFAULT_TIMEOUT
from khabar.model import Analysis
from khabar.store import Store
from khabar.store.read import Ambiguous, NotFound, Reader, open_store
from khabar.store.search import SearchError

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

db_option = click.option(
    "--db", "db_path", default=None, metavar="PATH", envvar="KHABAR_DB", show_envvar=True,
    help="SQLite database file or postgresql:// URL [default: $KHABAR_DB, else ./khabar.db]",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def engine_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--workers``, ``--engine`` and ``--scheduler``: where a command that analyses articles runs the analysis."""
    for option in reversed((
        click.option("--workers", "-w", default=None, type=click.IntRange(min=1),
                     help="Analyse in this many processes [default: 1; with --engine dask, one per CPU]."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Where analysis runs: local processes, or Dask workers (pip install 'khabar[dask]')."),
        click.option("--scheduler", default=None, metavar="ADDRESS",
                     help="With --engine dask: the Dask scheduler to use (tcp://host:8786) instead of a local "
                          "cluster."),
    )):
        command = option(command)
    return command


def open_db(path: str | None) -> Store:
    return open_store(path)


def open_reader(path: str | None) -> Reader:
    return Reader(open_store(path))


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--urls", "urls_file", default=None, type=click.Path(), metavar="FILE",
              help="Also fetch the URLs in FILE (one a line; # comments).")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=float,
              help="Seconds one URL may take in all (connecting, redirects and download).")
@click.option("--allow-private", is_flag=True,
              help="Also fetch URLs on private, loopback and link-local addresses (refused by default: a URL "
                   "from a feed must not reach this machine's or its network's own services).")
@click.option("--retry", "retry_failures", is_flag=True,
              help="Also read again every file and URL listed by `khabar failures`.")
@engine_options
@click.option("--no-link", is_flag=True, help="Store analyses only; skip stories and entities.")
@click.option("--ner", "ner_mode", type=click.Choice(["fast", "accurate"]), default=None, envvar="KHABAR_NER",
              show_envvar=True, help="Hindi NER: fast (CRF + BiLSTM, default) or accurate (fine-tuned e5-small, "
                                     "about 100 times slower); see docs/ner.md.")
@db_option
def ingest_command(paths: tuple[str, ...], urls_file: str | None, timeout: float, allow_private: bool,
                   retry_failures: bool, workers: int | None, engine: str, scheduler: str | None, no_link: bool,
                   ner_mode: str | None, db_path: str | None) -> None:
    """Read files, folders and URLs into the store: .txt, .html, .jsonl, RSS/Atom feeds (.xml, .rss, .atom),
    WARC archives (.warc, .warc.gz) and http(s) URLs (a page, a feed or text).

    Ingest is idempotent: an unchanged article is skipped, a changed one under the same id is updated.
    Every file, record or URL that cannot be read is reported on its own line; the rest is stored and the exit
    status is 1.
    """
    from khabar.ingest.readers import read_urls_file  # the pipeline loads only for the commands that run it
    from khabar.run.local import estimate_items, ingest

    if ner_mode:
        from khabar.analyse.ner.tagger import set_ner_mode

        set_ner_mode(ner_mode)  # through the environment, so worker processes use it too
    listed = read_urls_file(urls_file) if urls_file else []
    if not paths and not urls_file and not retry_failures:
        raise click.UsageError("give at least one PATH or URL, or --urls FILE, or --retry")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    store = open_db(db_path)
    _warn_if_stale(store)
    if retry_failures:
        paths = (*paths, *sorted({f["source"] for f in store.failures()} - set(paths)))
    unlisted = [item for item in listed if isinstance(item, IngestError)]
    found, total = estimate_items([*paths, *(item for item in listed if isinstance(item, str))], timeout=timeout,
                                  allow_private=allow_private)
    found[:0], total = unlisted, total + len(unlisted)
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), console=err, transient=False, disable=total < 2,
    )
    with progress:
        task = progress.add_task("ingest", total=total, rate="")

        def advance(n: int) -> None:
            progress.advance(task, n)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} articles/s")

        link_task = None

        def linking(what: str, done: int, total: int) -> None:
            # The link step reports what it is doing; nothing stays silent after the articles are stored.
            nonlocal link_task
            if link_task is None:
                link_task = progress.add_task("link", total=total, rate="")
            progress.update(link_task, completed=done, total=total, description=f"link: {what}")
            t = next(t for t in progress.tasks if t.id == link_task)
            if t.elapsed and done:
                progress.update(link_task, rate=f"{done / t.elapsed:.1f} articles/s")

        if engine == "dask":
            from khabar.run import dask as dask_engine

            try:
                report = dask_engine.ingest(paths, store, scheduler=scheduler, workers=workers,
                                            link=not no_link, advance=advance, found=found)
            except dask_engine.DaskMissing as exc:
                raise click.ClickException(str(exc)) from None
        else:
            report = ingest(paths, store, workers=workers or 1, link=not no_link, advance=advance, found=found,
                            link_progress=linking)
    for error in report.errors:
        err.print(f"[red]error[/red] {escape(error.origin)}: {escape(error.reason)}", soft_wrap=True)
    if report.other_metadata:
        n = len(report.other_metadata)
        err.print(f"[yellow]note[/yellow]: {n} article{'s' if n > 1 else ''} read again in the batch with the same "
                  f"text but other metadata (the first at {escape(report.other_metadata[0])}): the first copy's "
                  "metadata is kept", soft_wrap=True)
    linked = ", ".join(f"{v} {_singular(k) if v == 1 else k}" for k, v in report.linked.items())
    err.print(f"{report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
              f"{len(report.errors)} failed" + (f", {report.skipped} skipped" if report.skipped else "")
              + (f", {report.repeated} repeated in the batch" if report.repeated else "")
              + (f"; {linked}" if linked else "") + f" -> {store.path}")
    if report.errors:
        sys.exit(1)


def _warn_if_stale(store: Store) -> None:
    """One warning, before anything is read, when another khabar version analysed or linked the store."""
    from khabar.versions import store_versions

    if advice := store_versions(store).advice():
        err.print(f"[yellow]warning[/yellow]: {escape(advice)}", soft_wrap=True)


def _singular(name: str) -> str:
    return name[:-3] + "y" if name.endswith("ies") else name.removesuffix("s")


def date_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--from`` and ``--to``: the listings' day span (YYYY, YYYY-MM or YYYY-MM-DD, both ends included)."""
    for option in reversed((
        click.option("--from", "date_from", default=None, metavar="DATE", callback=_check_date,
                     help="Only on or after this day (YYYY[-MM[-DD]])."),
        click.option("--to", "date_to", default=None, metavar="DATE", callback=_check_date,
                     help="Only on or before this day (YYYY[-MM[-DD]]; 2020-04 ends with April)."),
    )):
        command = option(command)
    return command


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value.strip() if value else value


def check_outlet(reader: Reader, source: str | None) -> None:
    """A ``--source`` no stored article has: an error that lists the outlets the store knows (any case works)."""
    if not source:
        return
    outlets = reader.outlets()
    wanted = source.strip().lower()
    if any(name.lower() == wanted for name, _ in outlets):
        return
    close = [name for name, _ in outlets if wanted in name.lower()
             or wanted == "".join(w[0] for w in name.lower().split())]
    known = close or [name for name, _ in outlets]
    raise click.ClickException(
        f"no outlet {source!r}; " + (f"did you mean: {', '.join(close)}" if close else
                                     f"known outlets: {', '.join(known[:20])}" if known else
                                     "no article names its outlet")
        + (" (--source matches an outlet's name in any case)" if known else ""))


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles`` (``many`` for irregular plurals: ``plural(n, 'story', 'stories')``)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


@click.command("articles")
@click.option("--lang", default=None, help="Only this language (hi, en, ...).")
@click.option("--source", default=None, help="Only this outlet (any case; an unknown one lists the known ones).")
@click.option("--story", default=None, metavar="ID", help="Only this story (an id or its short prefix).")
@date_options
@db_option
@json_option
def articles_command(lang: str | None, source: str | None, story: str | None, date_from: str | None,
                     date_to: str | None, db_path: str | None, as_json: bool) -> None:
    """List stored articles, newest first, with their language, date, outlet and story (short ids that `show`
    accepts); --json prints the same articles in the same order."""
    reader = open_reader(db_path)
    check_outlet(reader, source)
    try:
        rows = reader.articles(lang=lang, source=source, story=story, date_from=date_from, date_to=date_to,
                               limit=0, newest_first=True).items
    except LookupError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        for r in rows:
            out.print(json.dumps({k: r[k] for k in ("id", "lang", "published", "source", "dateline", "agencies",
                                                    "story_id", "title")}, ensure_ascii=False), soft_wrap=True)
        return
    short, short_story = reader.short_ids("articles"), reader.short_ids("stories")
    table = Table(box=None, header_style="bold", pad_edge=False)
    # Dateline and agencies only where the terminal has room: at 80 columns they squeezed the title to one
    # letter a line (`khabar show` gives them).
    wide = out.width >= 120
    table.add_column("id", no_wrap=True)
    table.add_column("lang", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("source", no_wrap=True, overflow="ellipsis", max_width=16 if out.width >= 100 else 12)
    if wide:
        table.add_column("dateline", no_wrap=True, overflow="ellipsis", max_width=16)
        table.add_column("agencies", no_wrap=True, overflow="ellipsis", max_width=20)
    table.add_column("story", no_wrap=True)
    table.add_column("title", overflow="fold", ratio=1)
    for r in rows:
        dl = r["dateline"]
        extra = [(dl or {}).get("place") or "", ", ".join(r["agencies"])] if wide else []
        table.add_row(short.get(r["id"], r["id"]), r["lang"], (r["published"] or "")[:10], escape(r["source"] or ""),
                      *extra, short_story.get(r["story_id"], r["story_id"] or ""), escape(r["title"] or ""))
    out.print(table)
    if not rows:
        err.print("no articles" + (" match" if lang or source or story or date_from or date_to else
                                   " yet: run `khabar ingest PATH...` first"))


@click.command("show")
@click.argument("ref", metavar="ID")
@db_option
@json_option
def show_command(ref: str, db_path: str | None, as_json: bool) -> None:
    """Show one article (metadata, boilerplate removed, what analysis found) or one story (summary, sources),
    by id or by the short id the listings print."""
    reader = open_reader(db_path)
    try:
        row, analysis = reader.article_analysis(ref)
    except NotFound:
        try:
            story = reader.story(ref)
        except NotFound:
            raise click.ClickException(f"no article or story {ref!r}") from None
        except Ambiguous as e:
            raise click.ClickException(str(e)) from None
        _show_story(story, as_json)
        return
    except Ambiguous as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        out.print(json.dumps({"id": row["id"], "url": row["url"], "source": row["source"],
                              "story_id": row["story_id"], "analysis": analysis.to_dict()}, ensure_ascii=False),
                  soft_wrap=True)
        return
    dl = analysis.dateline
    meta = Table.grid(padding=(0, 2))
    for label, value in [
        ("id", row["id"]), ("title", analysis.title), ("source", row["source"]), ("language", analysis.lang),
        ("published", analysis.published),
        ("event date", analysis.event_date), ("dateline", f"{dl.text} ({dl.place})" if dl else None),
        ("agencies", ", ".join(analysis.agencies)), ("author", analysis.author), ("story", row["story_id"]),
        ("syndication", row["syndication_group"]), ("url", row["url"]),
    ]:
        if value:
            meta.add_row(f"[bold]{label}[/bold]", escape(str(value)))
    out.print(meta)
    if analysis.boilerplate:
        out.print(f"\n[bold]boilerplate removed[/bold] ({len(analysis.boilerplate)})")
        for b in analysis.boilerplate:
            out.print(f"  [dim]{b.start}-{b.end}[/dim] {escape(repr(b.text[:90]))}", soft_wrap=True)
    _findings(analysis)
    out.print("\n[bold]body[/bold]")
    out.print(escape(analysis.body), soft_wrap=True)


def _show_story(story: dict, as_json: bool) -> None:
    if as_json:
        out.print(json.dumps(story, ensure_ascii=False), soft_wrap=True)
        return
    groups = story["source_groups"]
    out.print(f"[bold]{story['id']}[/bold]  {story['date'] or 'date unknown'}  [dim]"
              f"{plural(story['sources'], 'article')}, {story['independent_sources']} independent"
              + (f": {escape(', '.join(story['outlets']))}" if story["outlets"] else "") + "[/dim]", soft_wrap=True)
    out.print(escape(story["headline"]), soft_wrap=True)
    out.print("\n[bold]summary[/bold]")
    for s in story["summary"]:
        where = f"{s['source']}, " if s.get("source") else ""
        out.print(f"  · {escape(s['text'])} [dim]({escape(where)}{s['article_id']} {s['start']}-{s['end']})[/dim]",
                  soft_wrap=True)
    # The sources by outlet: each outlet once, its articles under it; syndicated copies (the same text in
    # several articles) are marked as such, so that "N independent" reads against the list.
    out.print("\n[bold]sources[/bold]")
    copies = {a["id"]: len(g["articles"]) for g in groups if g["syndicated"] for a in g["articles"]}
    by_outlet: dict[str, list[dict]] = {}
    for g in groups:
        for a in g["articles"]:
            name = a["source"] or ", ".join(a["agencies"]) or "outlet unknown"
            by_outlet.setdefault(name, []).append(a)
    for name, articles in by_outlet.items():
        out.print(f"  [bold]{escape(name)}[/bold] [dim]({plural(len(articles), 'article')})[/dim]")
        for a in articles:
            copy = f"  [dim](one of {copies[a['id']]} syndicated copies)[/dim]" if a["id"] in copies else ""
            out.print(f"    {a['id']}  {(a['published'] or '')[:10]}  {escape(a['title'] or '')}{copy}",
                      soft_wrap=True)


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
@click.option("--lang", default=None, help="Only stories with an article in this language.")
@click.option("--entity", default=None, metavar="NAME", help="Only stories that name this entity.")
@click.option("--source", default=None, help="Only stories this outlet carries (any case).")
@click.option("--min-articles", default=1, show_default=True, type=click.IntRange(min=1),
              help="Only stories carried by at least this many articles.")
@date_options
@db_option
@json_option
def stories_command(lang: str | None, entity: str | None, source: str | None, min_articles: int,
                    date_from: str | None, date_to: str | None, db_path: str | None, as_json: bool) -> None:
    """List stories, newest first: which articles report the same event, and which outlets carry them (short
    ids that `show` accepts); --json prints the same stories in the same order."""
    reader = open_reader(db_path)
    check_outlet(reader, source)
    try:
        stories = reader.stories(lang=lang, entity=entity, source=source, min_articles=min_articles,
                                 date_from=date_from, date_to=date_to, limit=0).items
    except LookupError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        models = {s.id: s for s in reader.story_models()}
        for s in stories:
            out.print(json.dumps({**asdict(models[s["id"]]), "outlets": s["outlets"]}, ensure_ascii=False),
                      soft_wrap=True)
        return
    if not stories:
        filtered = lang or entity or source or min_articles > 1 or date_from or date_to
        err.print("no stories match" if filtered else "no stories yet: run `khabar ingest PATH...` first")
        return
    short = reader.short_ids("articles")
    titles = {a["id"]: a for a in reader.articles(limit=0).items}
    for s in stories:
        when = s["date"] or "date unknown"
        langs = " ".join(s["langs"])
        thread = f", thread {s['thread_id']}" if s["thread_id"] else ""
        out.print(f"[bold]{s['id']}[/bold]  {when}  [dim]{plural(s['sources'], 'article')}, "
                  f"{s['independent_sources']} independent{thread}  {langs}[/dim]")
        out.print(f"  {escape(s['headline'])}", soft_wrap=True)
        for article_id in s["article_ids"]:
            a = titles.get(article_id, {})
            outlet = (a.get("source") or "")[:16]
            line = f"    · {short.get(article_id, article_id)}  {(a.get('published') or '')[:10]:<10}  " \
                   + (f"{outlet}: " if outlet else "") + f"{a.get('title') or ''}"
            out.print(escape(_fit(line)), soft_wrap=True)


def _fit(line: str) -> str:
    """A line cut to the terminal's width (a listing line stays one line)."""
    width = max(40, out.width)
    return line if len(line) <= width else line[: width - 1] + "…"


@click.command("search")
@click.argument("query")
@click.option("--syntax", type=click.Choice(["plain", "fts"]), default="plain", show_default=True,
              help="plain: your words, quoted (inflections and the other script's names match too); "
                   "fts: SQLite FTS5 query syntax.")
@click.option("--lang", default=None, help="Only articles in this language.")
@click.option("--source", default=None, help="Only articles from this outlet.")
@click.option("--entity", default=None, metavar="NAME", help="Only articles that name this entity.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Published on or after (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="Published on or before (YYYY[-MM[-DD]]).")
@click.option("--limit", default=20, show_default=True)
@click.option("--facets", "show_facets", is_flag=True, help="Also print counts by language, source, month, entity.")
@click.option("--no-synonyms", "no_synonyms", is_flag=True,
              help="Leave out the lexicon's synonyms and the other script's names (inflections and nukta "
                   "spellings still match).")
@click.option("--exact", is_flag=True, help="Every word as written: no inflection, spelling variant or synonym.")
@db_option
@json_option
def search_command(query: str, syntax: str, lang: str | None, source: str | None, entity: str | None,
                   date_from: str | None, date_to: str | None, limit: int, show_facets: bool, no_synonyms: bool,
                   exact: bool, db_path: str | None, as_json: bool) -> None:
    """Search titles and bodies. Your words are matched as words (COVID-19, Dr., मोदी's are fine), Hindi and
    English inflections match (चुनाव finds चुनावों), and a name finds its articles in either script
    (Putin finds पुतिन). Every word must match. Articles with the words as written come first; a "quoted"
    word or phrase is matched as written; फैसला and फ़ैसला find each other. A query that finds little gets
    "did you mean" (a spelling the articles use, the name of the person it sounds like)."""
    reader = open_reader(db_path)
    try:
        page = reader.search(query, syntax=syntax, lang=lang, source=source, entity=entity, date_from=date_from,
                             date_to=date_to, limit=limit, synonyms=not no_synonyms, exact=exact)
    except (SearchError, LookupError) as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps(page.to_dict(), ensure_ascii=False))
        return
    short = reader.short_ids("articles")
    for e in page.extra["entities"]:
        out.print(f"[bold]entity[/bold] {escape(e['name'])} ({escape(e['latin'] or '')}) [dim]{e['id']}[/dim]")
    for word, others in page.extra.get("translations", {}).items():
        err.print(f"[dim]also searched: {escape(word)} → {escape(', '.join(others))}[/dim]")
    for row in page.items:
        snippet = "".join(f"[bold yellow]{escape(p['text'])}[/bold yellow]" if p["hit"] else escape(p["text"])
                          for p in row["snippet"])
        other = "  [dim](another form or synonym)[/dim]" if row.get("as_written") is False else ""
        out.print(f"[bold]{short.get(row['id'], row['id'])}[/bold]  {row['lang'] or ''}  "
                  f"{(row['published'] or '')[:10]}  {escape(row['title'] or '')}{other}\n  {snippet}",
                  soft_wrap=True)
    err.print(f"{page.total} match{'es' if page.total != 1 else ''}" +
              (f", showing {len(page.items)}" if len(page.items) < page.total else ""))
    for s in page.extra.get("suggestions", []):
        latin = f" ({s['latin']})" if s.get("latin") else ""
        err.print(f"did you mean: {escape(s['query'])}{escape(latin)}? {s['total']} match"
                  f"{'es' if s['total'] != 1 else ''}")
    if show_facets:
        for name, values in page.extra["facets"].items():
            if values:
                listed = ", ".join(f"{v.get('name') or v['value']} {v['count']}" for v in values)
                out.print(f"[bold]{name}[/bold]  {escape(listed)}", soft_wrap=True)


@click.command("export")
@click.argument("outdir", type=click.Path(file_okay=False))
@click.option("--csv", "as_csv", is_flag=True, help="Also write every table as OUTDIR/csv/<table>.csv.")
@click.option("--graphml", "as_graphml", is_flag=True,
              help="Also write the entity co-occurrence graph as OUTDIR/entities.graphml.")
@db_option
def export_command(outdir: str, as_csv: bool, as_graphml: bool, db_path: str | None) -> None:
    """Write the store as JSON Lines per the export contract (docs/export.md); --csv and --graphml add CSV
    tables and the entity graph (for spreadsheets, pandas, Gephi)."""
    from khabar.export import add_to_manifest
    from khabar.tables import GRAPHML_TOP, write_csv, write_graphml

    store = open_db(db_path)
    counts = export_store(store, outdir)
    err.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" -> {outdir}")
    if as_csv:
        counts = write_csv(Reader(store), os.path.join(outdir, "csv"))
        err.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" -> {os.path.join(outdir, 'csv')}")
        add_to_manifest(outdir, {f"csv/{name}": n for name, n in counts.items()})
    if as_graphml:
        path = os.path.join(outdir, "entities.graphml")
        nodes, edges = write_graphml(Reader(store), path)
        entities = store.count("entities")
        cut = (f"{nodes} of {entities} entities: the {GRAPHML_TOP} in the most articles, less those that share no "
               "sentence with another of them")
        err.print(f"{nodes} entities, {edges} links -> {path} ({cut})", soft_wrap=True)
        add_to_manifest(outdir, {"entities.graphml": nodes}, {"entities.graphml": cut})


@click.command("delete")
@click.argument("refs", nargs=-1, required=True, metavar="ID...")
@click.option("--dry-run", is_flag=True, help="Only print the articles and the stories it would touch.")
@db_option
def delete_command(refs: tuple[str, ...], dry_run: bool, db_path: str | None) -> None:
    """Remove articles (by id or the short id the listings print) and relink only what they touched: their
    stories, syndication groups, entities, threads and claims."""
    from khabar.link.run import delete

    reader = open_reader(db_path)
    try:
        ids = {reader.resolve("articles", ref) for ref in refs}
    except (NotFound, Ambiguous) as e:
        raise click.ClickException(str(e)) from None
    if dry_run:
        rows = [r for r in reader.articles(limit=0).items if r["id"] in ids]
        for r in sorted(rows, key=lambda r: r["id"]):
            out.print(f"{r['id']}  {escape(r['source'] or '')}  {(r['published'] or '')[:10]}  "
                      f"{escape(r['title'] or '')}" + (f"  [dim](story {r['story_id']})[/dim]" if r["story_id"]
                                                      else ""), soft_wrap=True)
        stories = {r["story_id"] for r in rows if r["story_id"]}
        err.print(f"would delete {plural(len(ids), 'article')} and relink "
                  f"{plural(len(stories), 'story', 'stories')}; nothing was deleted")
        return
    counts = delete(reader.store, ids)
    err.print(f"deleted {plural(len(ids), 'article')}; "
              + ", ".join(f"{n} {name}" for name, n in counts.items())
              + " (entities that a deleted article merged stay merged)")


def register(main: click.Group) -> None:
    for command in (ingest_command, articles_command, show_command, stories_command, search_command,
                    export_command, delete_command):
        main.add_command(command)
