"""Bring a store written by an older khabar up to date, without reading the sources again.

- ``reanalyse``: the per-article analysis run again from each stored article's text (never rewritten, so every
  stored offset stays valid) and its stored inputs, for the articles another analysis version wrote (or all),
  then ``relink_all``.
- ``relink_all``: the link layer (stories, syndication groups, threads, entities, claims and their indexes)
  dropped and built again from the stored analyses, as a fresh ingest of the same articles builds it.

A row that cannot be analysed or linked is reported and left as it was; the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from khabar.ingest.errors import IngestError
from khabar.link.run import relink
from khabar.model import Analysis, Article
from khabar.run.local import _analyse_safely, article_hash
from khabar.store import ArticleNotStored, Store
from khabar.versions import LINK_BUILT_BY, analysis_fingerprint, note_written

LinkProgress = Callable[[str, int, int], None]


@dataclass(slots=True)
class UpkeepReport:
    analysed: int = 0  # articles analysed again and stored
    selected: int = 0  # articles chosen for analysis (another version's, or all)
    guessed: int = 0  # analysed from inputs rebuilt without the source's own title and date (see stored_article)
    errors: list[IngestError] = field(default_factory=list)
    linked: dict[str, int] = field(default_factory=dict)  # the store's counts after relinking (empty: not run)
    relinked: int = 0  # articles linked again


def stored_article(row: dict[str, Any]) -> tuple[Article, bool]:
    """The article as ingest read it, from its stored row (``Store.reanalysis_rows``), and whether that is
    certain. The text, URL, source, metadata and origin are stored as read. The title and date the source gave
    are recorded since schema 7; for an article stored before, the stored title and date (what analysis made of
    them) or none are tried, and the pair whose content hash is the stored one is the source's. When none fits
    (the source gave its date in another form) the date counts as given when analysis said it came from the
    source's metadata, and the title as stored: the same result for everything but a title analysis would now
    find otherwise."""
    meta = json.loads(row["meta"] or "{}")
    base = Article(id=row["id"], text=row["text"], url=row["url"], source=row["source"], meta=meta,
                   origin=row["origin"])
    given = row["given"]
    if given is not None:
        base.title, base.published = given["title"], given["published"]
        return base, True
    for title in dict.fromkeys((row["title"], None)):
        for published in dict.fromkeys((row["published"], None)):
            base.title, base.published = title, published
            if article_hash(base) == row["content_hash"]:
                return base, True
    try:
        published_from = json.loads(row["analysis"]).get("published_from")
    except (TypeError, ValueError, AttributeError):
        published_from = None
    base.title = row["title"]
    base.published = row["published"] if published_from == "source metadata" else None
    return base, False


@contextmanager
def _analyser(workers: int, engine: str,
              scheduler: str | None) -> Iterator[Callable[[list[Article]], Iterable[tuple[Article, Analysis | str]]]]:
    """A function analysing a batch of articles, ``(article, analysis or why it failed)`` in input order, on
    local processes or Dask workers: one pool or one Dask client for the whole run."""
    if engine == "dask":
        from khabar.run.dask import analyse_on_dask, dask_client

        with dask_client(scheduler, workers) as client:
            window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
            yield lambda articles: analyse_on_dask(client, articles, window)
        return
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            yield lambda articles: zip(articles, pool.map(_analyse_safely, articles, chunksize=4), strict=True)
        return
    yield lambda articles: ((article, _analyse_safely(article)) for article in articles)


def reanalyse(store: Store, *, everything: bool = False, workers: int = 1, engine: str = "local",
              scheduler: str | None = None, advance: Callable[[int], None] | None = None,
              link_progress: LinkProgress | None = None, link: bool = True,
              selected: Callable[[int], None] | None = None) -> UpkeepReport:
    """Analyse again the stored articles another analysis version wrote (every article with ``everything``)
    from their stored text, store each result in place of the old, then relink the whole store (``relink_all``)
    when anything changed or its link layer is another version's. ``selected(n)`` is told how many were chosen,
    ``advance(n)`` each article done."""
    report = UpkeepReport()
    step = advance or (lambda n: None)
    current = analysis_fingerprint()
    ids = store.article_ids() if everything else store.articles_not_analysed_by(current)
    report.selected = len(ids)
    if selected is not None:
        selected(len(ids))
    chunk = max(64, 16 * workers)  # articles read and analysed at a time: memory stays bounded
    with _analyser(workers if ids else 1, engine if ids else "local", scheduler) as analysed:  # no cluster for none
        for start in range(0, len(ids), chunk):
            batch: list[Article] = []
            hashes: dict[str, str] = {}
            for row in store.reanalysis_rows(ids[start:start + chunk]):
                try:
                    article, certain = stored_article(row)
                except (TypeError, ValueError, KeyError) as exc:
                    _fail(store, report, row["id"], f"stored row unreadable: {type(exc).__name__}: {exc}")
                    step(1)
                    continue
                report.guessed += not certain
                hashes[article.id] = row["content_hash"]
                batch.append(article)
            for article, result in analysed(batch):
                if isinstance(result, str):
                    _fail(store, report, article.id, f"{result} (its earlier analysis is kept)")
                else:
                    try:
                        store.save_article(article, result, hashes[article.id])
                    except ArticleNotStored as exc:
                        _fail(store, report, article.id, f"cannot be stored: {exc} (its earlier analysis is kept)")
                    else:
                        report.analysed += 1
                step(1)
    if link:
        from khabar.versions import store_versions

        if report.analysed or everything or store_versions(store).link_stale:
            relink_all(store, link_progress, report)  # notes the versions itself
            return report
    if report.analysed:
        note_written(store, linked=False)
        if store.count("stories"):  # links built from the analyses just replaced: `khabar info` says to relink
            store.set_state(LINK_BUILT_BY, [*(store.get_state(LINK_BUILT_BY) or []), "before-reanalyse"])
    return report


def relink_all(store: Store, progress: LinkProgress | None = None,
               report: UpkeepReport | None = None) -> UpkeepReport:
    """Drop the link layer and build it again from the stored analyses, as a fresh ingest of the stored articles
    links them. An article whose stored analysis cannot be read is reported and left out."""
    report = report if report is not None else UpkeepReport()
    if progress is not None:
        progress("dropping the old links", 0, 1)
    good, bad = store.reset_links()
    if bad:
        good = sorted({*good, *_mend(store, report, bad)})
    report.linked = relink(store, changed=good, progress=progress)
    store.clear_link_pending(good)
    report.relinked = len(good)
    note_written(store, linked=True, full_link=True)
    return report


def _mend(store: Store, report: UpkeepReport, unreadable: dict[str, str]) -> list[str]:
    """Articles whose stored analysis cannot be read, analysed again from their stored text (the link step
    reads every article it meets, so none may stay unreadable). Where that fails too, the article is kept with
    an analysis that finds nothing, of an unknown version (``khabar reanalyse`` tries it again). Each is
    reported. Returns their ids, now readable."""
    mended = []
    for row in store.reanalysis_rows(sorted(unreadable)):
        reason = unreadable[row["id"]]
        article, _ = stored_article(row)
        result = _analyse_safely(article)
        if isinstance(result, str):
            bare = Analysis(article_id=article.id, lang=row["lang"] or "und", title=row["title"], sentences=[],
                            boilerplate=[], body=article.text, published=row["published"], dateline=None,
                            agencies=[], author=None)
            store.save_article(article, bare, row["content_hash"])
            store.forget_analysis_versions([article.id])
            _fail(store, report, article.id, f"{reason}; analysing its text again failed too ({result}): "
                                             "linked with no findings until `khabar reanalyse` succeeds")
        else:
            store.save_article(article, result, row["content_hash"])
            report.analysed += 1
            _fail(store, report, article.id, f"{reason}: analysed again from its stored text")
        mended.append(article.id)
    return mended


def _fail(store: Store, report: UpkeepReport, article_id: str, reason: str) -> None:
    report.errors.append(IngestError(article_id, reason))
    store.record_error(article_id, reason)

