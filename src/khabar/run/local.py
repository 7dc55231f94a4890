"""Ingest on one machine: read sources, analyse changed articles (optionally in a process pool), store them,
then link. Every failure is collected with what and why; the good items are stored regardless."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.ingest.errors import IngestError, Skipped, printable
from khabar.ingest.fetch import DEFAULT_TIMEOUT, UrlSource
from khabar.ingest.ids import content_hash
from khabar.ingest.readers import Source, count_items, discover, read_path
from khabar.link.run import relink
from khabar.model import Analysis, Article
from khabar.store import ArticleNotStored, Store

LINK_PENDING = "link_pending"  # state key: articles stored but not yet linked


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # records passed over on purpose (a WARC's requests, metadata, non-200 responses)
    repeated: int = 0  # an article read again in this batch under the same id with the same content
    # Of those, the ones whose metadata differed (a labelled window's extra fields): where each repeat was read.
    other_metadata: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)  # ids of new and updated articles
    linked: dict[str, int] = field(default_factory=dict)

    @property
    def stored(self) -> int:
        return self.new + self.updated


def article_hash(article: Article) -> str:
    return content_hash(article.text, article.url, article.title, article.published, article.source,
                        json.dumps(article.meta, sort_keys=True, ensure_ascii=False))


def estimate_items(paths: Iterable[str | Path], *, timeout: float = DEFAULT_TIMEOUT,
                   allow_private: bool = False) -> tuple[list[Source | IngestError], int]:
    """The files and URLs to read and how many articles they hold (JSONL lines and feed items count one each)."""
    found = list(discover(paths, timeout=timeout, allow_private=allow_private))
    return found, sum(1 if isinstance(item, IngestError) else count_items(item) for item in found)


def source_name(source: Source | IngestError) -> str:
    """The file or URL an item came from, as the failures table keeps it (to read it again)."""
    if isinstance(source, IngestError):
        return source.origin
    return source.url if isinstance(source, UrlSource) else printable(str(source))


class HeapFreeze:
    """The objects alive when a batch starts, and again once its first article is analysed (the tagger's tables,
    the gazetteers, the lexicons' patterns, a warm process's caches: millions of objects), moved out of the cycle
    collector's sight for the rest of the batch (``gc.freeze``) and given back when it ends (``gc.unfreeze``). A
    full collection walked all of them every few dozen articles: 4-5 % of reading, analysing and storing 500 pages
    (docs/benchmarks.md, session 14). Cycles made during the batch are collected as before. Nothing is frozen when
    the collector is off or another part of the process froze objects already (their thaw is theirs)."""

    def __init__(self) -> None:
        self.frozen = False
        self.ours = gc.isenabled() and gc.get_freeze_count() == 0

    def freeze(self) -> None:
        if self.ours and gc.isenabled():
            gc.freeze()
            self.frozen = True

    def release(self) -> None:
        if self.frozen:
            gc.unfreeze()
            self.frozen = False


def _items(found: list[Source | IngestError]) -> Iterator[tuple[str, Article | IngestError | Skipped]]:
    for item in found:
        name = source_name(item)
        if isinstance(item, IngestError):
            yield name, item
        else:
            yield from ((name, read) for read in read_path(item))


def _analyse_safely(article: Article) -> Analysis | str:
    try:
        return analyse(article)
    except Exception as exc:  # one article's failure must not stop the batch; it is reported, not hidden
        return f"analysis failed: {type(exc).__name__}: {exc}"


def admit(source: str, item: Article | IngestError | Skipped, report: IngestReport,
          first_seen: dict[str, tuple[str, str, dict]], fail: Callable[[IngestError, str], None],
          step: Callable[[int], None]) -> Article | None:
    """The article to analyse, or None for an item passed over (counted as skipped), repeated (the same id with
    the same content again in this batch: counted as repeated, nothing to do; where only the free metadata differs,
    as a labelled window's extra fields beside the corpus, the first copy's is kept and the repeat is listed in
    ``report.other_metadata``) or failed (reported through ``fail``): the same id with another text, address,
    headline, date or outlet fails and the first is kept. ``first_seen``: article id -> (its origin, its content
    hash, its free metadata) of the batch so far. Both engines read items through this."""
    if isinstance(item, Skipped):
        report.skipped += item.count
        step(item.count)
        return None
    if isinstance(item, IngestError):
        fail(item, source)
        step(1)
        return None
    digest = article_hash(item)
    if item.id in first_seen:
        origin, first_digest, first_meta = first_seen[item.id]
        if digest == first_digest:
            report.repeated += 1  # one article in two files of the batch (a labelled window and the whole corpus)
        elif article_hash(replace(item, meta=first_meta)) == first_digest:  # hashed again only for a repeat
            report.repeated += 1
            report.other_metadata.append(item.origin or item.id)
        else:
            fail(IngestError(item.origin or item.id, f"duplicate id {item.id!r} in this batch with other content "
                             f"(first at {origin}): the first is kept"), source)
        step(1)
        return None
    first_seen[item.id] = (item.origin or item.id, digest, item.meta)
    return item


def store_result(store: Store, report: IngestReport, article: Article, digest: str, existed: bool,
                 result: Analysis | str, fail: Callable[[IngestError], None] | None = None) -> None:
    """Store one article's analysis, or record why its analysis (or storing it) failed: through ``fail`` where the
    caller tracks failures by source, else in the report and the store."""
    if not isinstance(result, str):
        try:
            store.save_article(article, result, digest)
        except ArticleNotStored as exc:
            result = f"cannot be stored: {exc}"
    if isinstance(result, str):
        error = IngestError(article.origin or article.id, result)
        if fail is not None:
            fail(error)
        else:
            report.errors.append(error)
            store.record_error(error.origin, error.reason)
            store.record_failure(error.origin, article.origin or article.id, error.reason)
        return
    report.changed.add(article.id)
    if existed:
        report.updated += 1
    else:
        report.new += 1


def ingest(paths: Iterable[str | Path], store: Store, *, workers: int = 1, link: bool = True,
           advance: Callable[[int], None] | None = None,
           found: list[Source | IngestError] | None = None,
           link_progress: Callable[[str, int, int], None] | None = None) -> IngestReport:
    report = IngestReport()
    step = advance or (lambda n: None)
    pending: list[tuple[Article, str, bool]] = []
    source_of: dict[str, str] = {}  # article id -> the file or URL it came from
    first_seen: dict[str, tuple[str, str, dict]] = {}  # article id -> (origin, content hash, metadata) in this batch
    failed: set[str] = set()  # origins that failed in this run

    def fail(error: IngestError, source: str) -> None:
        failed.add(error.origin)
        report.errors.append(error)
        store.record_error(error.origin, error.reason)
        store.record_failure(error.origin, source, error.reason)

    def store_batch(results: Iterable[Analysis | str]) -> None:
        for (article, digest, existed), result in zip(pending, results, strict=True):
            store_result(store, report, article, digest, existed, result,
                         lambda error, a=article: fail(error, source_of.get(a.id, a.id)))
            step(1)
        pending.clear()

    found = found if found is not None else list(discover(paths))
    pool = ProcessPoolExecutor(workers) if workers > 1 else None
    heap = HeapFreeze()
    heap.freeze()
    first = True
    try:
        for source, read in _items(found):
            item = admit(source, read, report, first_seen, fail, step)
            if item is None:
                continue
            source_of[item.id] = source
            digest = first_seen[item.id][1]  # hashed once, by admit
            stored = store.content_hash(item.id)
            if stored == digest:
                report.unchanged += 1
                step(1)
                continue
            pending.append((item, digest, stored is not None))
            if len(pending) >= (8 * workers if pool else 1):
                articles = [a for a, _, _ in pending]
                store_batch(pool.map(_analyse_safely, articles) if pool else map(_analyse_safely, articles))
                if first:
                    heap.freeze()  # the models and tables the first article loaded
                    first = False
        if pending:
            articles = [a for a, _, _ in pending]
            store_batch(pool.map(_analyse_safely, articles) if pool else map(_analyse_safely, articles))
    finally:
        heap.release()
        if pool:
            pool.shutdown()
    # The sources were read again: their earlier failures that did not recur are gone.
    link_stored(store, report, link, link_progress, {source_name(item) for item in found}, failed)
    return report


def link_stored(store: Store, report: IngestReport, link: bool = True,
                link_progress: Callable[[str, int, int], None] | None = None,
                sources_read: set[str] | None = None, failed: set[str] | None = None) -> None:
    """After the analyses are stored: the link step over the changed articles and any a failed run left.
    Marked in each article's own transaction (save_article), cleared once a link step covering it finished:
    articles stored by a run that was killed before or during its link step are linked now."""
    if sources_read is not None:
        store.clear_failures(sources_read, keep=failed or set())
    pending = set(store.get_state(LINK_PENDING) or []) | set(store.link_pending())
    if link and (report.stored or pending or not store.count("stories")):
        changed = report.changed | pending
        try:
            report.linked = relink(store, changed=changed, progress=link_progress)
        except Exception as exc:  # the articles are stored; say why linking failed instead of a traceback
            report.errors.append(IngestError("link step", f"{type(exc).__name__}: {exc} (the articles are "
                                                          "stored; the next ingest links them again)"))
        else:
            store.clear_link_pending(changed)
            if store.get_state(LINK_PENDING):
                store.set_state(LINK_PENDING, [])
    if report.stored or report.linked:
        from khabar.versions import note_written  # which khabar wrote the store (khabar info, reanalyse)

        note_written(store, linked=bool(report.linked))
