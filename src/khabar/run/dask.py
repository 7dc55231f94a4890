"""Ingest with the per-article analysis on Dask workers: a local cluster of processes by default, or the
scheduler at ``--scheduler ADDRESS``. The driver reads the sources, skips unchanged articles, submits the rest,
stores each analysis as its result arrives and runs the link step itself, exactly as the local engine does.

Analyses are stored in input order (a result that arrives early waits for those before it, at most ``window``
articles), so the store, the link step and the export are the same as the local engine's.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.ingest.errors import IngestError
from khabar.ingest.readers import Source, discover
from khabar.model import Analysis, Article
from khabar.run.local import IngestReport, _analyse_safely, _items, admit, link_stored, store_result
from khabar.store import Store

if TYPE_CHECKING:
    from distributed import Client



class DaskMissing(ImportError):
    """dask or distributed is not installed (they are the optional extra ``khabar[dask]``)."""


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, else of a new local cluster of ``workers`` single-threaded
    processes (one per CPU by default), closed on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra: say how to get it instead of a traceback
        raise DaskMissing("the Dask engine needs dask and distributed: pip install 'khabar[dask]'") from exc
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One thread per worker: analysis is pure Python and holds the GIL, so processes are what scale.
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def analyse_on_dask(client: Client, articles: Iterable[Article], window: int) -> Iterator[tuple[Article, Any]]:
    """``(article, analysis or error message)`` in input order, with at most ``window`` articles submitted and
    not yet yielded. Results are collected as they complete."""
    from distributed import as_completed

    waiting = as_completed()
    seq_of: dict[str, int] = {}
    held: dict[int, tuple[Article, Analysis | str]] = {}
    submitted: dict[int, Article] = {}
    next_out = 0

    def collect_one() -> None:
        future = next(waiting)
        seq = seq_of.pop(future.key)
        try:
            result = future.result()
        except Exception as exc:  # a worker lost or killed: this article failed, the run goes on
            result = f"analysis failed: {type(exc).__name__}: {exc}"
        held[seq] = (submitted.pop(seq), result)
        future.release()

    for seq, article in enumerate(articles):
        while seq - next_out >= window:
            while next_out not in held:
                collect_one()
            yield held.pop(next_out)
            next_out += 1
        future = client.submit(_analyse_safely, article, pure=False)
        seq_of[future.key] = seq
        submitted[seq] = article
        waiting.add(future)
    while submitted or held:
        while next_out not in held:
            collect_one()
        yield held.pop(next_out)
        next_out += 1


def ingest(paths: Iterable[str | Path], store: Store, *, scheduler: str | None = None,
           workers: int | None = None, link: bool = True, advance: Callable[[int], None] | None = None,
           found: list[Source | IngestError] | None = None, window: int | None = None) -> IngestReport:
    """``khabar ingest --engine dask``: the same report and store contents as ``khabar.run.local.ingest``."""
    report = IngestReport()
    step = advance or (lambda n: None)
    with dask_client(scheduler, workers) as client:
        size = window or 4 * max(1, len(client.scheduler_info().get("workers", {})))
        # Read on the driver, analyse on the workers. An article whose id is still being analysed is compared
        # with the store only after that analysis is stored, as the local engine does.
        meta: dict[str, list[tuple[str, bool]]] = {}
        first_seen: dict[str, tuple[str, str, dict]] = {}  # id -> (origin, content hash, metadata) in this batch

        def fail(error: IngestError, source: str) -> None:
            report.errors.append(error)
            store.record_error(error.origin, error.reason)
            store.record_failure(error.origin, source, error.reason)

        def to_analyse() -> Iterator[Article]:
            for source, read in _items(found if found is not None else list(discover(paths))):
                item = admit(source, read, report, first_seen, fail, step)
                if item is None:
                    continue
                if item.id in meta:
                    yield _BARRIER
                digest = first_seen[item.id][1]  # hashed once, by admit
                stored = store.content_hash(item.id)
                if stored == digest:
                    report.unchanged += 1
                    step(1)
                    continue
                meta.setdefault(item.id, []).append((digest, stored is not None))
                yield item

        for article, result in _drain_at_barriers(client, to_analyse(), size):
            digest, existed = meta[article.id].pop(0)
            if not meta[article.id]:
                del meta[article.id]
            store_result(store, report, article, digest, existed, result)
            step(1)
    link_stored(store, report, link)
    return report


_BARRIER = Article(id="", text="")  # marks a point where everything submitted before must be stored first


def _drain_at_barriers(client: Client, items: Iterator[Article], window: int) -> Iterator[tuple[Article, Any]]:
    """``analyse_on_dask`` over runs of ``items`` split at ``_BARRIER``: a run is stored whole before the items
    after the barrier are even read (they may compare themselves with what the run stored)."""
    exhausted = False

    def run() -> Iterator[Article]:
        nonlocal exhausted
        for item in items:
            if item is _BARRIER:
                return
            yield item
        exhausted = True

    while not exhausted:
        yield from analyse_on_dask(client, run(), window)
