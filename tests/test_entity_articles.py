"""Schema 13: an entity's number of articles and its latest articles read from rows the link step keeps
(`entity_totals`, `entity_articles`), not counted and sorted from every mention of the entity. Through every kind
of write (mentions replaced, ids merged, entities deleted, articles deleted, an article saved again with another
date, the link layer reset) the answers equal what the reads of schema 12 gave from `entity_mentions`, on both
backends; a store written before schema 13 answers the same after the migration; SQLite reads the latest articles
from the end of the entity's range of the key, without sorting its articles."""

from __future__ import annotations

import random

import pytest

from khabar.analyse.pipeline import analyse
from khabar.model import Article
from khabar.store import open_store
from khabar.store.base import EntityChanges, LinkResult, Store
from store_support import fill_entity_mentions, open_before, without_entity_articles

_ENTITIES = ["E1", "E2", "E3", "E4", "E5", "E6"]
_DAYS = ["2021-05-01", "2021-05-02", "2021-05-02T09:30:00", "2021-06-11", "2020-12-31", None]


def _schema12_totals(store: Store, entity_ids: list[str]) -> dict[str, int]:
    """The read schema 12 made: every mention row of the entity, its distinct articles counted."""
    return {r[0]: r[1] for r in store.db.execute(
        f"SELECT entity_id, COUNT(DISTINCT article_id) FROM entity_mentions WHERE entity_id IN "
        f"({','.join('?' * len(entity_ids))}) GROUP BY entity_id", entity_ids)}


def _schema12_latest(store: Store, entity_ids: list[str], limit: int) -> dict[str, list[str]]:
    """The read schema 12 made: every article of the entity ranked by date (undated last), then by id."""
    out: dict[str, list[str]] = {}
    for r in store.db.execute(
            "SELECT entity_id, article_id FROM (SELECT m.entity_id, m.article_id, ROW_NUMBER() OVER "
            "(PARTITION BY m.entity_id ORDER BY COALESCE(a.published, '') DESC, m.article_id DESC) AS n FROM "
            f"(SELECT DISTINCT entity_id, article_id FROM entity_mentions WHERE entity_id IN "
            f"({','.join('?' * len(entity_ids))})) m JOIN articles a ON a.id = m.article_id) ranked "
            "WHERE n <= ? ORDER BY entity_id, n", [*entity_ids, limit]):
        out.setdefault(r[0], []).append(r[1])
    return out


def _same_as_schema12(store: Store) -> None:
    ids = [*_ENTITIES, "E9"]
    assert store.entity_article_totals(ids) == _schema12_totals(store, ids)
    for limit in (1, 3, 100):
        assert store.entity_latest_articles(ids, limit) == _schema12_latest(store, ids, limit), limit


def _save(store: Store, article_id: str, day: str | None) -> None:
    article = Article(id=article_id, text=f"ज़िला परिषद की बैठक {article_id} में हुई।", published=day)
    store.save_article(article, analyse(article), f"h-{article_id}-{day}")


def _mentions(rnd: random.Random, article_id: str, pool: list[str]) -> list[dict]:
    named = rnd.sample(pool, rnd.randint(0, 3))
    return [{"entity_id": e, "article_id": article_id, "start": 2 * n, "end": 2 * n + 1, "text": "परिषद",
             "source": "ner", "type": "ORG"} for e in named for n in range(rnd.randint(1, 2))]


def test_every_write_keeps_the_answers_of_the_mention_rows(store_at):
    store = open_store(store_at("k"))
    rnd = random.Random(5)
    articles = [f"a{n:02d}" for n in range(14)]
    with store.transaction():
        for n, aid in enumerate(articles):
            _save(store, aid, _DAYS[n % len(_DAYS)])
    pool = list(_ENTITIES)
    for step in range(8):
        if step == 4:
            pool.remove("E5")
        if step == 6:
            pool.remove("E6")
        relinked = rnd.sample(articles, 6)
        changes = EntityChanges(mentions={a: _mentions(rnd, a, pool) for a in relinked})
        if step == 4:
            changes.aliases = {"E5": "E1"}  # E5's articles become E1's (an article naming both counts once)
        if step == 6:
            changes.deleted = {"E6"}
        with store.transaction():
            store.apply(LinkResult(entities=changes))
        _same_as_schema12(store)
    assert store.entity_article_totals(["E5", "E6"]) == {}
    # an article saved again with another date (or none) moves in its entities' order
    with store.transaction():
        _save(store, "a03", "2022-01-01")
        _save(store, "a07", None)
    _same_as_schema12(store)
    # mentions of an article not stored: counted, never among the latest (as schema 12)
    with store.transaction():
        store.apply(LinkResult(entities=EntityChanges(mentions={"gone": [
            {"entity_id": e, "article_id": "gone", "start": 0, "end": 6, "text": "परिषद"} for e in ("E2", "E3")]})))
    _same_as_schema12(store)
    store.delete_articles(["a01", "a02", "gone"])
    _same_as_schema12(store)
    store.reset_links()
    assert store.entity_article_totals(_ENTITIES) == {}
    assert store.entity_latest_articles(_ENTITIES, 5) == {}
    store.close()


def test_a_store_written_before_schema_13_answers_the_same(store_at):
    url = store_at("old")
    old = open_before(url, 13)
    with pytest.MonkeyPatch.context() as patch:
        without_entity_articles(patch)  # as a khabar of schema 12 wrote them
        fill_entity_mentions(old)
    before = (_schema12_totals(old, ["E1", "E2"]), _schema12_latest(old, ["E1", "E2"], 3))
    old.close()
    store = open_store(url)  # opening applies 0013: the rows filed from the stored mentions
    assert store.version >= 13
    assert before == ({"E1": 4, "E2": 1}, {"E1": ["new", "mid", "old"], "E2": ["old"]})
    assert (store.entity_article_totals(["E1", "E2"]), store.entity_latest_articles(["E1", "E2"], 3)) == before
    # and the migrated rows are kept by later writes: "old" no longer names E1
    with store.transaction():
        store.apply(LinkResult(entities=EntityChanges(mentions={"old": [
            {"entity_id": "E2", "article_id": "old", "start": 0, "end": 9, "text": "नेहा भाटी"}]})))
    assert store.entity_article_totals(["E1", "E2"]) == {"E1": 3, "E2": 1}
    assert store.entity_latest_articles(["E1"], 5) == {"E1": ["new", "mid", "undated"]}
    store.close()


def test_latest_articles_are_read_from_the_end_of_the_key(tmp_path):
    store = open_store(tmp_path / "k.db")
    fill_entity_mentions(store)
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)
    assert store.entity_latest_articles(["E1"], 2) == {"E1": ["new", "mid"]}
    assert store.entity_article_totals(["E1"]) == {"E1": 4}
    store.db.set_trace_callback(None)
    assert not [s for s in statements if "entity_mentions" in s]
    for sql in statements:
        plan = " | ".join(r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN" not in plan and "TEMP B-TREE" not in plan, plan
        assert "USING PRIMARY KEY (entity_id=?)" in plan, plan
    store.close()
