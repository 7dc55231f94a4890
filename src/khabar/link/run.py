"""The link step, run over the store: for the changed articles, find their neighbourhood (candidates from the link
index, the members of their stories and syndication groups), decide with ``khabar.link.step.link`` (which writes
nothing) and apply the result in one transaction. Many changed articles are linked in chunks of ``CHUNK``, each
applied before the next is read, so memory stays bounded and a batch is a series of incremental steps."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from khabar.link.candidates import find_candidates, link_keys
from khabar.link.entities import EntityIndex
from khabar.link.entity_rows import StoredEntityIndex, index_rows
from khabar.link.step import Neighbourhood, Progress, link, new_names
from khabar.store.base import LinkArticle, LinkResult, Store

OLD_INDEX_STATE = "entity_index"  # where stores before schema 2 kept the entity index as one JSON value
CHUNK = 500  # changed articles per link step
MAX_NAME_HOLDERS = 500  # articles searched again for a name the corpus learns (a name in more is left as it is)
CLOSURE_ROUNDS = 3  # stories and syndication groups followed this many times out from the candidates


def _quiet(what: str, done: int, total: int) -> None:
    return None


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for one link step (restored after, also on an error). A step allocates many
    small objects that reference counting frees, and each allocation burst triggers collections that walk the whole
    heap of a warm process (its analyses, word and name caches: hundreds of MB): on covid5 that was 8-9 % of a
    batch's link step (docs/benchmarks.md, session 9). Cycles a step leaves are collected afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def neighbourhood(store: Store, changed: list[str], progress: Progress = _quiet,
                  later: frozenset[str] = frozenset()) -> Neighbourhood:
    """The changed articles (those still stored), their candidates and the members of the stories and syndication
    groups any of these are in. ``later``: articles a later step of the same batch links (not searched again for
    the names this step teaches: they find them when they are linked)."""
    progress("reading", 0, len(changed))
    articles = {a.id: a for a in store.link_articles(changed)}
    keys = {}
    for n, (i, a) in enumerate(articles.items()):
        keys[i] = link_keys(a)
        if n % 25 == 0:
            progress("indexing", n, len(articles))
    candidates = find_candidates(sorted(articles), keys, store, progress)
    progress("candidates", len(articles), len(articles))
    _add(articles, store.link_articles({c for found in candidates.values() for c in found.ids} - set(articles)))
    names = new_names([articles[i] for i in keys], store)
    holders = {i for ids in store.articles_with_names(names, MAX_NAME_HOLDERS).values() for i in ids} - later
    _add(articles, store.link_articles(holders - set(articles)))
    for _ in range(CLOSURE_ROUNDS):
        stories = {a.story_id for a in articles.values() if a.story_id}
        groups = {a.syndication_group for a in articles.values() if a.syndication_group}
        members = {i for ids in store.story_members(stories).values() for i in ids}
        members |= {i for ids in store.group_members(groups).values() for i in ids}
        missing = members - set(articles)
        if not missing:
            break
        _add(articles, store.link_articles(missing))
    return Neighbourhood(set(keys), articles, candidates, keys, names, holders - set(keys))


def _add(articles: dict[str, LinkArticle], more: Iterable[LinkArticle]) -> None:
    for a in more:
        articles[a.id] = a


def _index_blob_to_rows(store: Store) -> None:
    """A store from before the entity index became rows keeps it as one JSON value: turn it into rows, once."""
    blob = store.get_state(OLD_INDEX_STATE)
    if blob:
        with store.transaction():
            store.apply(LinkResult(entities=index_rows(EntityIndex.from_dict(blob))))
            store.set_state(OLD_INDEX_STATE, None)


def relink(store: Store, changed: Iterable[str] | None = None, progress: Progress | None = None,
           removed_stories: Iterable[str] = ()) -> dict[str, int]:
    """Link the ``changed`` articles (every stored article when None) and what they touch. Returns the store's
    counts of stories, entities, threads and claims. ``removed_stories``: stories that deleted articles were in
    (decided again with their other members, or removed with their claims and from their threads)."""
    report = progress or _quiet
    _index_blob_to_rows(store)
    ids = sorted(set(changed)) if changed is not None else store.article_ids()
    gone = set(removed_stories)
    if gone and not ids:  # the deleted articles were alone in their stories: only those stories go
        result = link(Neighbourhood(set(), {}, {}, removed_stories=gone), store, report)
        store.apply(result)
    done = 0
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]

        def step(what: str, n: int, total: int, offset: int = done, size: int = len(part)) -> None:
            report(what, offset + (n * size // total if total else size), len(ids))

        with no_cycle_collection():
            hood = neighbourhood(store, part, step, frozenset(ids[start + CHUNK:]))
            if start == 0:
                hood.removed_stories = gone
            result = link(hood, store, step)
            step("writing", 0, 1)
            store.apply(result)
            # Gone before the collector runs again: its first collection walks every object the step made that
            # is still alive, and the neighbourhood and the result were most of them (3-14 ms of an add).
            del hood, result
        done += len(part)
        report("linked", done, len(ids))
    return {name: store.count(name) for name in ("stories", "entities", "threads", "claims")}


def delete(store: Store, article_ids: Iterable[str], progress: Progress | None = None) -> dict[str, int]:
    """Remove stored articles and relink only what they touched, in one transaction: their mentions leave the
    entity index (an entity left without any goes), their rows go (findings, search, link index, known names,
    line counts), and the other members of their stories and syndication groups, and the articles that only
    they had taught a name, are linked again; their stories are decided again or removed, with the claims and
    threads that follow. Returns the counts of ``relink`` (ids not stored are ignored)."""
    with store.transaction():
        gone = store.link_articles(set(article_ids))
        ids = {a.id for a in gone}
        if not ids:
            return {name: store.count(name) for name in ("stories", "entities", "threads", "claims")}
        stories = {a.story_id for a in gone if a.story_id}
        groups = {a.syndication_group for a in gone if a.syndication_group}
        affected = {i for members in store.story_members(stories).values() for i in members}
        affected |= {i for members in store.group_members(groups).values() for i in members}
        store.apply(LinkResult(entities=StoredEntityIndex(store).forget(ids)))
        store.delete_articles(ids)
        taught = new_names(gone, store)  # names no remaining article tags
        affected |= {i for found in store.articles_with_names(taught, MAX_NAME_HOLDERS).values() for i in found}
        return relink(store, affected - ids, progress, removed_stories=stories)
