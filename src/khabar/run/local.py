"""Ingest on one machine: read sources, analyse changed articles (optionally in a process pool), store them,
then link. Every failure is collected with what and why; the good items are stored regardless."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.ingest.errors import IngestError, Skipped
from khabar.ingest.fetch import DEFAULT_TIMEOUT
from khabar.ingest.ids import content_hash
from khabar.ingest.readers import Source, count_items, discover, read_path
from khabar.link.run import relink
from khabar.model import Analysis, Article
from khabar.store.sqlite import SqliteStore

LINK_PENDING = "link_pending"  # state key: articles stored but not yet linked


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # records passed over on purpose (a WARC's requests, metadata, non-200 responses)
    errors: list[IngestError] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)  # ids of new and updated articles
    linked: dict[str, int] = field(default_factory=dict)

    @property
    def stored(self) -> int:
        return self.new + self.updated


def article_hash(article: Article) -> str:
    return content_hash(article.text, article.url, article.title, article.published, article.source,
                        json.dumps(article.meta, sort_keys=True, ensure_ascii=False))


def estimate_items(paths: Iterable[str | Path], *,
                   timeout: float = DEFAULT_TIMEOUT) -> tuple[list[Source | IngestError], int]:
    """The files and URLs to read and how many articles they hold (JSONL lines and feed items count one each)."""
    found = list(discover(paths, timeout=timeout))
    return found, sum(1 if isinstance(item, IngestError) else count_items(item) for item in found)


def _items(found: list[Source | IngestError]) -> Iterator[Article | IngestError | Skipped]:
    for item in found:
        if isinstance(item, IngestError):
            yield item
        else:
            yield from read_path(item)


def _analyse_safely(article: Article) -> Analysis | str:
    try:
        return analyse(article)
    except Exception as exc:  # one article's failure must not stop the batch; it is reported, not hidden
        return f"analysis failed: {type(exc).__name__}: {exc}"


def store_result(store: SqliteStore, report: IngestReport, article: Article, digest: str, existed: bool,
                 result: Analysis | str) -> None:
    """Store one article's analysis, or record why its analysis failed."""
    if isinstance(result, str):
        report.errors.append(IngestError(article.origin or article.id, result))
        store.record_error(article.origin or article.id, result)
    else:
        store.save_article(article, result, digest)
        report.changed.add(article.id)
        if existed:
            report.updated += 1
        else:
            report.new += 1


def ingest(paths: Iterable[str | Path], store: SqliteStore, *, workers: int = 1, link: bool = True,
           advance: Callable[[int], None] | None = None,
           found: list[Source | IngestError] | None = None) -> IngestReport:
    report = IngestReport()
    step = advance or (lambda n: None)
    pending: list[tuple[Article, str, bool]] = []

    def store_batch(results: Iterable[Analysis | str]) -> None:
        for (article, digest, existed), result in zip(pending, results, strict=True):
            store_result(store, report, article, digest, existed, result)
            step(1)
        pending.clear()

    pool = ProcessPoolExecutor(workers) if workers > 1 else None
    try:
        for item in _items(found if found is not None else list(discover(paths))):
            if isinstance(item, Skipped):
                report.skipped += item.count
                step(item.count)
                continue
            if isinstance(item, IngestError):
                report.errors.append(item)
                store.record_error(item.origin, item.reason)
                step(1)
                continue
            if any(a.id == item.id for a, _, _ in pending):
                # The same id twice in one batch: store the first before comparing the second with it.
                articles = [a for a, _, _ in pending]
                store_batch(pool.map(_analyse_safely, articles) if pool else map(_analyse_safely, articles))
            digest = article_hash(item)
            stored = store.content_hash(item.id)
            if stored == digest:
                report.unchanged += 1
                step(1)
                continue
            pending.append((item, digest, stored is not None))
            if len(pending) >= (8 * workers if pool else 1):
                articles = [a for a, _, _ in pending]
                store_batch(pool.map(_analyse_safely, articles) if pool else map(_analyse_safely, articles))
        if pending:
            articles = [a for a, _, _ in pending]
            store_batch(pool.map(_analyse_safely, articles) if pool else map(_analyse_safely, articles))
    finally:
        if pool:
            pool.shutdown()
    link_stored(store, report, link)
    return report


def link_stored(store: SqliteStore, report: IngestReport, link: bool = True) -> None:
    """After the analyses are stored: the link step over the changed articles and any a failed run left."""
    pending = set(store.get_state(LINK_PENDING) or [])
    if link and (report.stored or pending or not store.count("stories")):
        # Recorded first, cleared on success: a link step that fails or is killed is redone by the next ingest.
        changed = report.changed | pending
        store.set_state(LINK_PENDING, sorted(changed))
        try:
            report.linked = relink(store, changed=changed)
        except Exception as exc:  # the articles are stored; say why linking failed instead of a traceback
            report.errors.append(IngestError("link step", f"{type(exc).__name__}: {exc} (the articles are "
                                                          "stored; the next ingest links them again)"))
        else:
            store.set_state(LINK_PENDING, [])
