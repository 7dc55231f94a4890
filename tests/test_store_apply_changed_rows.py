"""``Store.apply`` writes only the rows a link step changes (session 14, add one): a store it writes holds, row for
row, what the store held when every row of a result was written again (the code before, kept here as the
reference), after a batch and after each of many articles added one at a time that move stories, threads,
claims and entities."""

from __future__ import annotations

import json
import types
from dataclasses import replace

import pytest

from conftest import EXAMPLES, SHARED
from khabar.analyse.pipeline import analyse
from khabar.ingest.readers import read_all
from khabar.link.run import relink
from khabar.model import Analysis, Article, Claim
from khabar.run.local import article_hash
from khabar.store import open_store
from khabar.store.base import EntityChanges, EntityRow, LinkResult
from khabar.store.sqlite import UNDATED_DAY, _drop_applied, _json, first_word, link_span

COVID_DEV = SHARED / "data" / "stories" / "covid5_dev.jsonl"
# every table a link step writes, and the findings it rewrites; each read whole, ordered by every column
_TABLES = ("articles", "stories", "story_entities", "threads", "claims", "quantities", "entities", "entity_keys",
           "entity_counts", "entity_mentions", "entity_aliases", "mentions", "quotes", "timexes", "link_keys",
           "known_names", "known_name_types", "source_lines", "article_lines", "state")
_TIMES = {"ingested_at", "updated_at"}


def _old_apply(self, result: LinkResult) -> None:
    """``SqliteStore.apply`` as it was before it skipped unchanged rows (cc28d1f): every row of the result written."""
    with self._keeping_rows() as cache, self.transaction() as db:
        if cache is not None:
            _drop_applied(cache, result)
        _old_apply_entities(self, result.entities)
        for article_id, found in result.findings.items():
            if found.mentions is not None:
                db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
                self._insert_mentions(article_id, found.mentions)
            if found.quotes is not None:
                db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
                self._insert_quotes(article_id, found.quotes)
            if found.timexes is not None:
                db.execute("DELETE FROM timexes WHERE article_id = ?", (article_id,))
                self._insert_timexes(article_id, found.timexes)
            if found.set_event_date:
                db.execute("UPDATE articles SET event_date = ? WHERE id = ?", (found.event_date, article_id))
        db.executemany("UPDATE articles SET story_id = ?, duplicate_of = ?, syndication_group = ? WHERE id = ?",
                       [(a.story_id, a.duplicate_of, a.syndication_group, i) for i, a in result.articles.items()])
        for story_id in result.stories_removed:
            db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            db.execute("DELETE FROM story_entities WHERE story_id = ?", (story_id,))
        for s in result.stories:
            db.execute("DELETE FROM story_entities WHERE story_id = ?", (s.id,))
        db.executemany(
            "INSERT OR REPLACE INTO stories (id, headline, summary, date, first_seen, last_seen, thread_id, "
            "entity_ids, sources, independent_sources) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(s.id, s.headline, _json(s.summary), s.date, s.first_seen, s.last_seen, s.thread_id,
              _json(s.entity_ids), s.sources, s.independent_sources) for s in result.stories])
        db.executemany("INSERT OR REPLACE INTO story_entities (story_id, entity_id, rank) VALUES (?,?,?)",
                       [(s.id, e, rank) for s in result.stories for rank, e in enumerate(s.entity_ids)])
        db.executemany("UPDATE stories SET thread_id = ? WHERE id = ?",
                       [(t, s) for s, t in result.story_threads.items()])
        for thread_id in result.threads_removed:
            db.execute("DELETE FROM threads WHERE id = ?", (thread_id,))
        db.executemany("INSERT OR REPLACE INTO threads (id, label, story_ids) VALUES (?,?,?)",
                       [(t.id, t.label, _json(t.story_ids)) for t in result.threads])
        for story_id in result.claim_stories:
            db.execute("DELETE FROM claims WHERE story_id = ?", (story_id,))
        db.executemany(
            "INSERT OR REPLACE INTO claims (id, story_id, text, value, unit, article_ids, independent_sources, "
            "conflicts) VALUES (?,?,?,?,?,?,?,?)",
            [(c.id, c.story_id, c.text, c.value, c.unit, _json(c.article_ids), c.independent_sources,
              _json(c.conflicts)) for c in result.claims])
        for article_id, claim_of in result.quantity_claims.items():
            db.execute("UPDATE quantities SET claim_id = NULL WHERE article_id = ?", (article_id,))
            db.executemany("UPDATE quantities SET claim_id = ? WHERE id = ?", [(c, q) for q, c in claim_of.items()])
        for article_id, keys in result.link_keys.items():
            db.execute("DELETE FROM link_keys WHERE article_id = ?", (article_id,))
            db.executemany("INSERT OR IGNORE INTO link_keys (span, key, day, article_id, weight) VALUES (?,?,?,?,?)",
                           [(link_span(UNDATED_DAY if d is None else d), k, UNDATED_DAY if d is None else d,
                             article_id, w) for k, d, w in keys])
        self._apply_lines(result.article_lines)
        touched_names: set[str] = set()
        for article_id, names in result.known_names.items():
            touched_names |= {r[0] for r in db.execute("SELECT name FROM known_names WHERE article_id = ?",
                                                       (article_id,))}
            touched_names |= {n for n, _ in names}
            db.execute("DELETE FROM known_names WHERE article_id = ?", (article_id,))
            db.executemany("INSERT OR IGNORE INTO known_names (name, first_word, type, article_id) "
                           "VALUES (?,?,?,?)", [(n, first_word(n), t, article_id) for n, t in names])
        self._update_known_name_types(touched_names)



def _old_apply_entities(self, changes: EntityChanges) -> None:
    db = self.db
    for old, new in changes.aliases.items():
        db.execute("INSERT OR REPLACE INTO entity_aliases (old_id, new_id) VALUES (?, ?)", (old, new))
        db.execute("UPDATE entity_aliases SET new_id = ? WHERE new_id = ?", (new, old))
        db.execute("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", (new, old))
        db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (new, old))
        db.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", (new, old))
    for entity_id in changes.deleted:
        db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
        db.execute("DELETE FROM entity_keys WHERE entity_id = ?", (entity_id,))
        db.execute("DELETE FROM entity_mentions WHERE entity_id = ?", (entity_id,))
        db.execute("DELETE FROM entity_counts WHERE entity_id = ?", (entity_id,))
    for r in changes.upserts:
        db.execute("DELETE FROM entity_counts WHERE entity_id = ?", (r.entity.id,))
        db.executemany("INSERT INTO entity_counts (entity_id, kind, value, count) VALUES (?,?,?,?)",
                       [(r.entity.id, kind, value, n) for kind, counts in r.counts.items()
                        for value, n in counts.items() if value is not None and n > 0])
    db.executemany(
        "INSERT OR REPLACE INTO entities (id, type, name, latin, aliases, absorbed, data) VALUES (?,?,?,?,?,?,?)",
        [(r.entity.id, r.entity.type, r.entity.name, r.entity.latin, _json(r.entity.aliases),
          _json(r.entity.absorbed), _json({"seq": r.seq, "roles": r.roles, "type": r.record_type or r.entity.type}))
         for r in changes.upserts])
    for entity_id, keys in changes.keys.items():
        db.execute("DELETE FROM entity_keys WHERE entity_id = ?", (entity_id,))
        db.executemany("INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)",
                       [(k, entity_id) for k in keys])
    for article_id, records in changes.mentions.items():
        db.execute("DELETE FROM entity_mentions WHERE article_id = ?", (article_id,))
        db.executemany(
            'INSERT INTO entity_mentions (entity_id, article_id, start, "end", text, source, type, ord) '
            "VALUES (?,?,?,?,?,?,?,?)",
            [(m["entity_id"], article_id, m["start"], m["end"], m["text"], m.get("source"), m.get("type"),
              m.get("ord", 0)) for m in records])
    if changes.seq is not None:
        db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('entity_seq', ?)", (_json(changes.seq),))



def _rows(store) -> dict[str, list[tuple]]:
    out = {}
    for table in _TABLES:
        cursor = store.db.execute(f"SELECT * FROM {table} LIMIT 0")
        names = [d[0] for d in cursor.description if d[0] not in _TIMES]
        order = ", ".join(f'"{n}"' for n in names)
        out[table] = [tuple(r) for r in store.db.execute(f"SELECT {order} FROM {table} ORDER BY {order}")]
    return out


@pytest.fixture(scope="module")
def analysed() -> list[tuple[Article, Analysis]]:
    """The hand-written examples and the first 40 articles of the real covid5 dev window (the daily reports of
    a few states by five papers: stories that grow, threads across days, claims that change), analysed once."""
    if not COVID_DEV.exists():
        pytest.skip(f"shared data absent: {COVID_DEV}")
    articles = [a for a in read_all([EXAMPLES]) if isinstance(a, Article)]
    articles += [a for a in read_all([COVID_DEV]) if isinstance(a, Article)][:40]
    return [(a, analyse(a)) for a in sorted(articles, key=lambda a: a.id)]


def test_changed_rows_only_store_what_every_row_stored(store_at, analysed) -> None:
    ours, before = open_store(store_at("ours")), open_store(store_at("before"))
    before.apply = types.MethodType(_old_apply, before)  # type: ignore[method-assign]
    # the later half added latest first: an earlier story joining a thread renames it (a thread is named after
    # its earliest story), so stored stories outside the step's own change thread
    first, rest = analysed[::2], analysed[1::2][::-1]
    for store in (ours, before):
        for article, analysis in first:
            store.save_article(article, analysis, article_hash(article))
        relink(store)
    assert _rows(ours) == _rows(before)
    moved = {"stories": 0, "threads": 0, "claims": 0, "story_entities": 0, "entity_keys": 0, "entity_counts": 0,
             "quantities": 0, "rethreaded": 0}
    written = {"ours": 0, "before": 0}
    for article, analysis in rest:
        was = _rows(ours)
        for name, store in (("ours", ours), ("before", before)):
            store.save_article(article, analysis, article_hash(article))
            changes = getattr(store.db, "total_changes", 0)  # SQLite's rows written (PostgreSQL: not counted)
            relink(store, changed={article.id})
            written[name] += getattr(store.db, "total_changes", 0) - changes
        now = _rows(ours)
        assert now == _rows(before), article.id
        for table in moved.keys() - {"rethreaded"}:
            moved[table] += set(now[table]) != set(was[table])
        threads_was = {r[0]: r[6] for r in was["stories"]}  # id, ..., thread_id (the schema's column order)
        moved["rethreaded"] += any(r[0] in threads_was and threads_was[r[0]] != r[6] for r in now["stories"])
    # the adds moved what the skipped writes are about (else this test would prove nothing)
    assert all(moved.values()), moved
    if hasattr(ours.db, "total_changes"):
        assert written["ours"] < written["before"], written
    for store in (ours, before):
        store.close()


def test_hand_made_result_changes_what_it_names(store_at, analysed) -> None:
    """A result that moves stored stories between threads (one kept, one to another, one out of any), moves and
    drops quantities' claims, changes, keeps and drops claims, and rewrites entity keys, counts and central
    entities: the same rows as the code before."""
    ours, before = open_store(store_at("ours")), open_store(store_at("before"))
    before.apply = types.MethodType(_old_apply, before)  # type: ignore[method-assign]
    for store in (ours, before):
        for article, analysis in analysed[:24]:
            store.save_article(article, analysis, article_hash(article))
        relink(store)
    assert _rows(ours) == _rows(before)
    stories = sorted(ours.stories(), key=lambda s: s.id)
    claimed = [r for r in ours.db.execute("SELECT id, article_id, claim_id FROM quantities "
                                          "WHERE claim_id IS NOT NULL ORDER BY id")]
    assert len(stories) >= 3 and len(claimed) >= 2
    claims = [c for c in ours.claim_rows()]
    story_of_claims = claims[0]["story_id"]
    stored_claims = [c for c in claims if c["story_id"] == story_of_claims]
    entity = ours.entities()[0]
    counts = ours.entity_counts([entity.id]).get(entity.id, {})
    def claim(row, **changed) -> Claim:
        return replace(Claim(id=row["id"], story_id=row["story_id"], text=row["text"], value=row["value"],
                             unit=row["unit"], article_ids=json.loads(row["article_ids"]),
                             independent_sources=row["independent_sources"],
                             conflicts=json.loads(row["conflicts"])), **changed)

    article = claimed[0]["article_id"]
    in_article = [r["id"] for r in claimed if r["article_id"] == article]
    result = LinkResult(
        story_threads={stories[0].id: stories[0].thread_id, stories[1].id: "t-elsewhere", stories[2].id: None},
        claim_stories={story_of_claims},
        claims=[claim(stored_claims[0]), *(claim(c, independent_sources=9) for c in stored_claims[1:2]),
                claim(stored_claims[0], id="c-new")],
        quantity_claims={article: {q: ("c-new" if k else claimed[0]["claim_id"])
                                   for k, q in enumerate(in_article[1:])}},
        stories=[replace(stories[3], entity_ids=[*stories[3].entity_ids[1:], "e-new", *stories[3].entity_ids[:1]])],
        entities=EntityChanges(upserts=[EntityRow(entity, 1, {}, entity.type, {**counts, "n": {"x": 2}})],
                               keys={entity.id: {"k:new", *sorted(ours.entity_keys_of([entity.id]).get(entity.id,
                                                                                            set()))[1:]}}))
    for store in (ours, before):
        store.apply(result)
    assert _rows(ours) == _rows(before)
    for store in (ours, before):
        store.close()
