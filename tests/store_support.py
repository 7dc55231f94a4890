"""Stores as an older khabar wrote them, for the migration tests of both backends."""

from __future__ import annotations

import pytest

import khabar.store.sqlite as sqlite_store
from khabar.analyse.pipeline import analyse
from khabar.model import Article
from khabar.store import open_store
from khabar.store.base import EntityChanges, LinkResult, Store


def open_before(url: str, version: int) -> Store:
    """The store at ``url`` opened by a khabar that knows only the schema files before ``version`` (so it stands at
    ``version - 1``); opening it again with :func:`open_store` applies the rest."""
    if url.startswith("postgresql"):
        import khabar.store.postgres as module
    else:
        module = sqlite_store
    older = [m for m in module.migrations() if m[0] < version]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "migrations", lambda: older)
        store = open_store(url)
    assert store.version == version - 1
    return store


def without_entity_articles(patch: pytest.MonkeyPatch) -> None:
    """Writes as a khabar before schema 13 made them: no rows of `entity_articles` and `entity_totals` (a store
    opened with :func:`open_before` an earlier version has neither table)."""
    for name in ("_file_entity_articles", "_merge_entity_articles", "_redate_entity_articles"):
        patch.setattr(sqlite_store.SqliteStore, name, lambda *a, **k: None)


# Four articles of one person (E1), dated apart and one undated; "mid" names her twice, "old" also names E2.
MENTION_DAYS = {"old": "2020-03-01", "mid": "2020-03-15", "new": "2020-04-02", "undated": None}


def fill_entity_mentions(store: Store) -> None:
    """Store the articles of ``MENTION_DAYS`` and the entity index's mentions of E1 and E2 in them."""
    with store.transaction():
        for aid, day in MENTION_DAYS.items():
            article = Article(id=aid, text=f"नेहा भाटी ने {aid} बैठक की।", published=day)
            store.save_article(article, analyse(article), f"h-{aid}")
    mentions = {aid: [{"entity_id": "E1", "article_id": aid, "start": 0, "end": 9, "text": "नेहा भाटी",
                       "source": "ner", "type": "PER"}] for aid in MENTION_DAYS}
    mentions["mid"].append({**mentions["mid"][0], "start": 20, "end": 24, "text": "भाटी"})
    mentions["old"].append({**mentions["old"][0], "entity_id": "E2"})
    with store.transaction():
        store.apply(LinkResult(entities=EntityChanges(mentions=mentions)))
