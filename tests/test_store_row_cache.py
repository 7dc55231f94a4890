"""The rows a SQLite store remembers between link steps (``store/row_cache.py``) are always the rows the database
holds: after link steps that move articles between stories and merge entities, after another connection's commit,
after a rollback and after a write that does not keep the cache, every remembered read equals a fresh connection's
read. And a store linked one article at a time with the cache ends as one linked without it."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import covid5_articles
from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link.run import delete, relink
from khabar.run.local import article_hash
from khabar.store import sqlite
from khabar.store.base import ArticleLinks, EntityChanges, LinkResult
from khabar.synthetic import analysed_article


def _reads(store: sqlite.SqliteStore) -> dict[str, Any]:
    """Every read the cache answers, over every stored article, story and entity (and ids the store lacks)."""
    ids = [r[0] for r in store.db.execute("SELECT id FROM articles")] + ["no-such-article"]
    story_ids = [r[0] for r in store.db.execute("SELECT id FROM stories")] + ["no-such-story"]
    entity_ids = [r[0] for r in store.db.execute("SELECT id FROM entities")] + ["no-such-entity"]
    merged = [r[0] for r in store.db.execute("SELECT old_id FROM entity_aliases")]
    return {
        "articles": [(a.id, a.title, a.published, a.text, a.analysis_key, a.story_id, a.syndication_group,
                      a.duplicate_of, a.url, a.source, a.lang) for a in store.link_articles(ids)],
        "stories": store.stories_by_id(story_ids),
        "members": sorted((i, sorted(ids)) for i, ids in store.story_members(story_ids).items()),
        "briefs": store.entity_briefs(entity_ids),
        "langs": list(store.article_langs(ids).items()),
        "mentions": store.mention_entities(ids),
        "aliases": sorted(store.entity_aliases(entity_ids + merged).items()),
    }


def _same_as_fresh(store: sqlite.SqliteStore) -> None:
    fresh = sqlite.SqliteStore(store.path)
    try:
        assert _reads(store) == _reads(fresh)
    finally:
        fresh.close()


def test_remembered_rows_follow_every_write(tmp_path) -> None:
    store = sqlite.SqliteStore(tmp_path / "k.db")
    made = [analysed_article(i) for i in range(48)]
    for article, analysis in made[:32]:
        store.save_article(article, analysis, f"h{article.id}")
    relink(store)
    _reads(store)  # remembered from here on
    for article, analysis in made[32:]:  # one at a time: stories grow, entities gain mentions
        store.save_article(article, analysis, f"h{article.id}")
        relink(store, changed={article.id})
        _same_as_fresh(store)
    remembered, _ = store._row_cache.get("article", [a.id for a, _ in made])
    assert remembered  # the cache was used, not forgotten at every step

    # a link result that moves an article to another story and merges one entity into another
    first, second = sorted(store.stories_by_id(r[0] for r in store.db.execute("SELECT id FROM stories")),
                           key=lambda s: s.id)[:2]
    moved = first.article_ids[0]
    entities = sorted(r[0] for r in store.db.execute("SELECT id FROM entities"))
    second.article_ids.append(moved)
    store.apply(LinkResult(articles={moved: ArticleLinks(second.id)}, stories=[second],
                           entities=EntityChanges(deleted={entities[0]}, aliases={entities[0]: entities[1]})))
    _same_as_fresh(store)

    other = sqlite.SqliteStore(store.path)  # another connection commits
    other.set_article_links(moved, story_id=first.id)
    other.close()
    _same_as_fresh(store)

    with pytest.raises(RuntimeError), store.transaction():  # read inside a transaction that rolls back
        store.apply(LinkResult(articles={moved: ArticleLinks(second.id)}))
        _reads(store)
        raise RuntimeError("rolled back")
    _same_as_fresh(store)

    store.set_article_links(moved, story_id=None)  # a write that does not keep the cache
    _same_as_fresh(store)

    article, analysis = made[5]  # an article stored again with other content
    store.save_article(article, analysis.__class__.from_dict({**analysis.to_dict(), "lang": "en"}), "changed")
    _same_as_fresh(store)

    delete(store, [made[3][0].id, made[40][0].id])
    _same_as_fresh(store)
    store.close()


def test_real_articles_linked_one_at_a_time_end_the_same_with_and_without_remembered_rows(tmp_path,
                                                                                         monkeypatch) -> None:
    analysed = [(a, analyse(a)) for a in covid5_articles(45)]

    def linked(name: str) -> tuple[dict, int]:
        store = sqlite.SqliteStore(tmp_path / f"{name}.db")
        for article, analysis in analysed[:30]:  # a batch first, then one at a time in the same connection
            store.save_article(article, analysis, article_hash(article))
        relink(store)
        for article, analysis in analysed[30:]:
            store.save_article(article, analysis, article_hash(article))
            relink(store, changed={article.id})
        remembered = len(store._row_cache.get("story", store._row_cache.story_of.values())[0]) \
            if store._row_cache else 0
        export = records(store)
        store.close()
        return export, remembered

    cached, remembered = linked("cached")
    with monkeypatch.context() as patch:
        patch.setattr(sqlite.SqliteStore, "remember_rows", False)
        plain, none = linked("plain")
    assert cached == plain
    assert remembered > 0 and none == 0
    assert len(cached["stories"]) > 25 and len(cached["entities"]) > 150


def test_remembered_mention_rows_follow_entity_merges_in_the_order_the_store_applies_them(tmp_path) -> None:
    """A merge renames an entity's mention rows and the merged-id rows that named it in the store (pair after pair
    of the step's aliases); the rows remembered before it are renamed the same way when next read, not
    forgotten."""
    store = sqlite.SqliteStore(tmp_path / "k.db")
    made = [analysed_article(i) for i in range(24)]
    for article, analysis in made:
        store.save_article(article, analysis, f"h{article.id}")
    relink(store)
    before = _reads(store)["mentions"]  # remembered from here on
    named = [r[0] for r in store.db.execute("SELECT entity_id, COUNT(*) FROM mentions WHERE entity_id IS NOT NULL "
                                            "GROUP BY entity_id ORDER BY 2 DESC, 1")]
    a, b, c, d = named[:4]
    # pair after pair: a's rows become b, then b's (a's among them) become c; then c's become d
    store.apply(LinkResult(entities=EntityChanges(aliases={a: b, b: c})))
    _same_as_fresh(store)
    store.apply(LinkResult(entities=EntityChanges(aliases={d: a, c: d})))  # rows read two merges ago
    after = store.mention_entities(list(before))
    _same_as_fresh(store)
    assert any(a in ids for ids in before.values()) and any(d in ids for ids in before.values())
    assert not any(b in ids or c in ids for ids in after.values())
    assert any(a in ids for ids in after.values()) and any(d in ids for ids in after.values())
    assert store.entity_aliases([a, b, c, d]) == {a: d, b: d, c: d, d: a}
    remembered, _ = store._row_cache.get("mentions", list(before))
    assert len(remembered) == len(before)  # renamed where they were, not read again
    store.close()
