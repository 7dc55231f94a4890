"""The link step's cost work changes no result: a store linked with SQLite's page cache, memory map and memory
temp store, the region votes that read their places in one query, the loading maps' membership test without an
exception, the window pairs built only for groups with a story decided now and the remembered headline regions
of thread labels ends as one linked with the plain code paths swapped back in (real covid5 articles added one at
a time, as ``khabar ingest one.jsonl`` adds them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import MutableMapping

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import covid5_articles
from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link import entities, threads
from khabar.link.entity_rows import LoadingMap
from khabar.link.places import headline_region, pick_region, region_votes
from khabar.link.run import relink
from khabar.run.local import article_hash
from khabar.store import sqlite


def _plain_articles_region(self, entity_id: str) -> str | None:
    """``EntityIndex._articles_region`` before session 10: each article's places read and named one by one."""
    self._context(entity_id, set(), None)
    votes: Counter = Counter()
    for a in self.entities[entity_id].articles():
        others = [o for o in self.article_entities.get(a, set()) if o != entity_id]
        prefetch = getattr(self.entities, "prefetch", None)
        if prefetch is not None:
            prefetch(others)
        names = [e.name for o in others if (e := self.entities.get(o)) is not None and e.type == "LOC"]
        leader = entities._leading_region(region_votes(names))
        if leader:
            votes[leader] += 1
    return entities._leading_region(votes)


def _plain_entity_region(self, entity_id: str, options: frozenset[str], usual: str | None) -> str | None:
    """``EntityIndex._entity_region`` before session 10."""
    articles = list(self.entities[entity_id].articles())
    self._context(entity_id, set(), None)
    votes: Counter = Counter()
    for a in articles:
        others = [o for o in self.article_entities.get(a, set()) if o != entity_id]
        prefetch = getattr(self.entities, "prefetch", None)
        if prefetch is not None:
            prefetch(others)
        names = [e.name for o in others if (e := self.entities.get(o)) is not None and e.type == "LOC"]
        region = pick_region(options, region_votes(names)) or usual
        if region:
            votes[region] += 1
    ranked = votes.most_common()
    if not ranked:
        return usual
    top = [r for r, n in ranked if n == ranked[0][1]]
    return usual if usual in top else min(top)


def _plain_contains(self, key: object) -> bool:
    """``LoadingMap.__contains__`` before session 10: through ``self[key]`` and its KeyError."""
    try:
        self[key]
    except KeyError:
        return False
    return True


def test_a_store_linked_one_article_at_a_time_ends_as_with_the_plain_code_paths(tmp_path, monkeypatch) -> None:
    analysed = [(a, analyse(a)) for a in covid5_articles(70)]
    asked: Counter = Counter()

    def linked(name: str) -> dict:
        store = sqlite.SqliteStore(tmp_path / f"{name}.db")
        for article, analysis in analysed[:50]:  # a batch first, then one at a time
            store.save_article(article, analysis, article_hash(article))
        relink(store)
        for article, analysis in analysed[50:]:
            store.save_article(article, analysis, article_hash(article))
            relink(store, changed={article.id})
        export = records(store)
        store.close()
        return export

    real_votes = entities.EntityIndex._place_names

    def counted(self, entity_id, articles):
        asked["votes"] += 1
        return real_votes(self, entity_id, articles)

    with monkeypatch.context() as patch:
        patch.setattr(entities.EntityIndex, "_place_names", counted)
        fast = linked("fast")
    with monkeypatch.context() as patch:
        patch.setattr(sqlite, "_TUNING", ())
        patch.setattr(entities.EntityIndex, "_articles_region", _plain_articles_region)
        patch.setattr(entities.EntityIndex, "_entity_region", _plain_entity_region)
        real_pairs = threads._window_pairs
        patch.setattr(threads, "_window_pairs", lambda groups, days, wanted=None: real_pairs(groups, days))
        patch.setattr(threads, "_headline_region", headline_region)
        patch.setattr(LoadingMap, "__contains__", _plain_contains)
        patch.setattr(LoadingMap, "get", MutableMapping.get)
        plain = linked("plain")
    assert fast == plain
    assert asked["votes"] > 0  # the region votes were taken (namesake places, local names)
    assert len(fast["stories"]) > 40 and len(fast["entities"]) > 300


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 60), st.booleans()), min_size=1, max_size=12), min_size=1,
                max_size=6), st.integers(0, 30))
def test_window_pairs_of_groups_with_a_wanted_story_are_the_wanted_pairs_of_all(groups, days) -> None:
    """Skipping the groups without a wanted story gives the pairs (and their order) that filtering all pairs gives."""
    members, wanted, index = {}, [], 0
    for g, group in enumerate(groups):
        members[f"g{g}"] = []
        for day, is_wanted in group:
            members[f"g{g}"].append((day, index))
            wanted.append(is_wanted)
            index += 1
    mask = np.array(wanted)
    all_pairs = threads._touching(*threads._window_pairs({k: list(v) for k, v in members.items()}, days), mask)
    some = threads._touching(*threads._window_pairs({k: list(v) for k, v in members.items()}, days, mask), mask)
    assert all_pairs[0].tolist() == some[0].tolist() and all_pairs[1].tolist() == some[1].tolist()


def test_the_store_connection_is_tuned(tmp_path) -> None:
    store = sqlite.SqliteStore(tmp_path / "tuned.db")
    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -sqlite.CACHE_KIB
    assert store.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # memory
    mmap = store.db.execute("PRAGMA mmap_size").fetchone()
    assert mmap is None or mmap[0] in (0, sqlite.MMAP_BYTES)  # 0 where SQLite was built without memory maps
    store.close()


if __name__ == "__main__":
    pytest.main([__file__])
