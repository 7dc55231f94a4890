"""Schema 10: a step's per-entity reads of the entity index's mentions (its articles with their mention counts;
how many articles name it and its latest articles come from schema 13's tables since) are answered from the index
on (entity_id, article_id) without a table row per mention; a store written before it keeps its mentions and
answers through the migration, on both backends."""

from __future__ import annotations

import pytest

from khabar.store import open_store
from store_support import fill_entity_mentions, open_before, without_entity_articles


def _answers(store) -> tuple:
    return (store.entity_article_totals(["E1", "E2", "E9"]), store.entity_article_counts(["E1", "E2"]),
            store.entity_latest_articles(["E1", "E2"], 3))


_EXPECTED = ({"E1": 4, "E2": 1}, {"E1": {"mid": 2, "new": 1, "old": 1, "undated": 1}, "E2": {"old": 1}},
             {"E1": ["new", "mid", "old"], "E2": ["old"]})


def test_per_entity_reads_use_the_entity_article_index_alone(tmp_path):
    store = open_store(tmp_path / "k.db")
    fill_entity_mentions(store)
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)
    assert _answers(store) == _EXPECTED
    store.db.set_trace_callback(None)
    reads = [s for s in statements if "FROM entity_mentions" in s]
    assert len(reads) == 1  # totals and latest articles: schema 13's tables (tests/test_entity_articles.py)
    for sql in reads:
        plan = " | ".join(r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "USING COVERING INDEX entity_mentions_entity_article (entity_id=?)" in plan, plan
    store.close()


def test_a_store_written_before_schema_10_keeps_its_mentions(store_at):
    url = store_at("old")
    old = open_before(url, 10)
    with pytest.MonkeyPatch.context() as patch:
        without_entity_articles(patch)  # as a khabar of schema 9 wrote them
        fill_entity_mentions(old)
    assert old.entity_article_counts(["E1", "E2"]) == _EXPECTED[1]
    old.close()
    store = open_store(url)  # opening applies 0010 to 0013
    assert store.version >= 10
    assert _answers(store) == _EXPECTED
    store.close()
