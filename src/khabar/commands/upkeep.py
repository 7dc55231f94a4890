"""Commands that bring a store written by an older khabar up to date: info, reanalyse, relink."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from khabar import __version__
from khabar.commands.core import db_option, engine_options, err, json_option, open_db, out


@click.command("info")
@db_option
@json_option
def info_command(db_path: str | None, as_json: bool) -> None:
    """Show what the store holds and which khabar wrote it: its analysis and link versions beside this
    khabar's, and the command that brings it up to date."""
    from khabar.versions import store_versions

    store = open_db(db_path)
    versions = store_versions(store)
    counts = {name: store.count(name) for name in ("articles", "stories", "entities", "threads", "claims",
                                                   "link_pending", "failures")}
    if as_json:
        click.echo(json.dumps({"store": store.path, "backend": getattr(store, "dialect", None),
                               "schema": getattr(store, "version", None), "counts": counts,
                               **versions.to_dict()}, ensure_ascii=False))
        return
    out.print(f"[bold]store[/bold]      {escape(store.path)} ({getattr(store, 'dialect', '?')}, schema "
              f"{getattr(store, 'version', '?')})", soft_wrap=True)
    out.print("[bold]holds[/bold]      " + ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items()))
    written = versions.written_by
    if written:
        out.print(f"[bold]written by[/bold] khabar {escape(str(written.get('khabar')))} at "
                  f"{escape(str(written.get('at')))} (analysis {written.get('analysis')}, link {written.get('link')})")
    else:
        out.print("[bold]written by[/bold] not recorded (a khabar from before versions were recorded)")
    out.print(f"[bold]this khabar[/bold] {__version__} (analysis {versions.analysis}, link {versions.link})")
    stale = versions.stale_articles
    out.print(f"[bold]analysis[/bold]   {versions.articles - stale} of {versions.articles} articles analysed by "
              "this version" + (f"; {stale} by another or an unknown one" if stale else ""))
    if not versions.linked:
        link_line = "not linked yet"
    elif versions.link_stale:
        link_line = f"built by another version ({', '.join(versions.link_built_by or ['unknown'])})"
    else:
        link_line = "built by this version"
    out.print(f"[bold]links[/bold]      {link_line}")
    advice = versions.advice()
    out.print(f"[yellow]stale[/yellow]: {escape(advice)}" if advice else "[green]up to date[/green]", soft_wrap=True)


@contextmanager
def _progress(label: str) -> Iterator[tuple[Callable[[int], None], Callable[[int], None],
                                            Callable[[str, int, int], None]]]:
    """``(selected, advance, linking)`` callbacks drawing an analysis bar and a link bar with counts and rates."""
    progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err, transient=False)
    tasks: dict[str, object] = {}

    def rate(task_id: object, done: int) -> None:
        task = next(t for t in progress.tasks if t.id == task_id)
        if task.elapsed and done:
            progress.update(task_id, rate=f"{done / task.elapsed:.1f} articles/s")  # type: ignore[arg-type]

    def selected(total: int) -> None:
        tasks["analyse"] = progress.add_task(label, total=total, rate="", visible=total > 0)

    def advance(n: int) -> None:
        task_id = tasks["analyse"]
        progress.advance(task_id, n)  # type: ignore[arg-type]
        rate(task_id, int(next(t for t in progress.tasks if t.id == task_id).completed))

    def linking(what: str, done: int, total: int) -> None:
        if "link" not in tasks:
            tasks["link"] = progress.add_task("link", total=total, rate="")
        progress.update(tasks["link"], completed=done, total=total, description=f"link: {what}")  # type: ignore
        rate(tasks["link"], done)

    with progress:
        yield selected, advance, linking


def _summary(report: object, store_path: str, what: str) -> None:
    from khabar.run.upkeep import UpkeepReport

    assert isinstance(report, UpkeepReport)
    for error in report.errors:
        err.print(f"[red]error[/red] {escape(error.origin)}: {escape(error.reason)}", soft_wrap=True)
    parts = [what]
    if report.relinked:
        parts.append(f"{report.relinked} linked again: " + ", ".join(f"{n} {k}" for k, n in report.linked.items()))
    elif not report.linked:
        parts.append("links unchanged")
    parts.append(f"{len(report.errors)} failed")
    err.print("; ".join(parts) + f" -> {store_path}", soft_wrap=True)
    if report.errors:
        sys.exit(1)


@click.command("reanalyse")
@click.option("--all", "everything", is_flag=True,
              help="Analyse every stored article again, not only those another analysis version wrote.")
@engine_options
@click.option("--no-link", is_flag=True, help="Store the new analyses only; run `khabar relink` later.")
@db_option
def reanalyse_command(everything: bool, workers: int | None, engine: str, scheduler: str | None, no_link: bool,
                      db_path: str | None) -> None:
    """Analyse stored articles again with this khabar, from their stored text (never rewritten: offsets stay
    valid), then relink the store.

    Only the articles another analysis version wrote are analysed (`khabar info` counts them), unless --all.
    An article that cannot be analysed keeps its earlier analysis and is reported; the rest go on. Reads no
    source again: articles keep their ids, dates of ingest and content hashes.
    """
    from khabar.run.upkeep import reanalyse

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    store = open_db(db_path)
    with _progress("reanalyse") as (selected, advance, linking):
        try:
            report = reanalyse(store, everything=everything, workers=workers or 1, engine=engine,
                               scheduler=scheduler, advance=advance, link_progress=linking, link=not no_link,
                               selected=selected)
        except ImportError as exc:  # the Dask extra is missing
            raise click.ClickException(str(exc)) from None
    guessed = (f" ({report.guessed} from a title and date rebuilt without the source's own: stored before "
               "khabar recorded them)") if report.guessed else ""
    if not report.selected:
        what = "every article was analysed by this version already"
    else:
        what = f"{report.analysed} of {report.selected} articles analysed again{guessed}"
    _summary(report, store.path, what)


@click.command("relink")
@db_option
def relink_command(db_path: str | None) -> None:
    """Build stories, syndication groups, threads, entities and claims again from the stored analyses, as a
    fresh ingest of the stored articles would (after an upgrade of khabar's link step).

    The old links are dropped in one transaction and every article is linked again, with progress; an article
    whose stored analysis cannot be read is reported and left out. Analyses are not redone: `khabar reanalyse`
    does that (and relinks).
    """
    from khabar.run.upkeep import relink_all

    store = open_db(db_path)
    with _progress("relink") as (_, _, linking):
        report = relink_all(store, linking)
    _summary(report, store.path, f"{store.count('articles')} articles")


def register(main: click.Group) -> None:
    for command in (info_command, reanalyse_command, relink_command):
        main.add_command(command)
