"""The SQLite store: one file, the source of truth. Schema in ``schema/NNNN_*.sql``, applied in order and
tracked with ``PRAGMA user_version``. Every write happens inside a transaction, so an interrupted run leaves
either the whole article or nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from importlib import resources
from pathlib import Path
from typing import Any

from khabar.model import Analysis, Article, Claim, Entity, Mention, Story, Thread

DEFAULT_DB = "khabar.db"


def default_path() -> str:
    return os.environ.get("KHABAR_DB") or DEFAULT_DB


def migrations() -> list[tuple[int, str]]:
    """``(version, sql)`` for every schema file, in order."""
    folder = resources.files("khabar.store").joinpath("schema")
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class SqliteStore:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path or default_path())
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self._depth = 0
        self.migrate()

    # -- schema -------------------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        for version, sql in migrations():
            if version > self.version:
                with self.transaction():
                    self._apply(sql, version)

    def _apply(self, sql: str, version: int) -> None:
        for statement in _statements(sql):
            self.db.execute(statement)
        self.db.execute(f"PRAGMA user_version = {int(version)}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction; nested calls join the outer one."""
        if self._depth == 0:
            self.db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.db
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # -- articles -----------------------------------------------------------------------------------------
    def content_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def save_article(self, article: Article, analysis: Analysis, content_hash: str) -> None:
        """Insert or replace one article with all its findings, in one transaction."""
        now = _now()
        with self.transaction() as db:
            old = db.execute("SELECT ingested_at, story_id FROM articles WHERE id = ?", (article.id,)).fetchone()
            if old:  # the FTS id column is not indexed: only a stored article pays for the scan
                db.execute("DELETE FROM articles_fts WHERE id = ?", (article.id,))
            db.execute(
                """INSERT OR REPLACE INTO articles (id, url, source, title, text, content_hash, origin, meta, lang,
                body, boilerplate, published, dateline, agencies, author, event_date, analysis, story_id,
                ingested_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    article.id, article.url, article.source, analysis.title, article.text, content_hash,
                    article.origin, _json(article.meta), analysis.lang, analysis.body,
                    _json([asdict(b) for b in analysis.boilerplate]), analysis.published,
                    _json(asdict(analysis.dateline)) if analysis.dateline else None, _json(analysis.agencies),
                    analysis.author, analysis.event_date, _json(analysis.to_dict()),
                    old["story_id"] if old else None, old["ingested_at"] if old else now, now,
                ),
            )
            self._write_findings(article.id, analysis)
            db.execute("INSERT INTO articles_fts (id, title, body) VALUES (?,?,?)",
                       (article.id, analysis.title or "", analysis.body))

    def _write_findings(self, article_id: str, analysis: Analysis) -> None:
        """Replace an article's finding rows with ``analysis``'s (inside the caller's transaction)."""
        db = self.db
        for table in ("mentions", "quotes", "timexes", "quantities"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._insert_mentions(article_id, analysis.mentions)
        db.executemany(
            'INSERT INTO quotes (id, article_id, kind, start, "end", text, speaker_text, speaker_start, '
            "speaker_end, speaker_entity_id, speaker_type, cue, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (q.id or f"{article_id}:q{i}", article_id, q.kind, q.start, q.end, q.text, q.speaker_text,
                 q.speaker_start, q.speaker_end, q.speaker_entity_id, q.speaker_type, q.cue, _json(asdict(q)))
                for i, q in enumerate(analysis.quotes)
            ],
        )
        db.executemany(
            'INSERT OR REPLACE INTO timexes (article_id, start, "end", text, value, anchor, relative) '
            "VALUES (?,?,?,?,?,?,?)",
            [(article_id, t.start, t.end, t.text, t.value, t.anchor, _json(t.relative) if t.relative else None)
             for t in analysis.timexes],
        )
        db.executemany(
            'INSERT INTO quantities (id, article_id, start, "end", text, value, unit, qualifier, ordinal, '
            "claim_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(q.id or f"{article_id}:n{i}", article_id, q.start, q.end, q.text, q.value, q.unit, q.qualifier,
              int(q.ordinal), q.claim_id) for i, q in enumerate(analysis.quantities)],
        )

    def update_analysis(self, article_id: str, analysis: Analysis) -> None:
        """Store what the link layer added to an article's analysis (story-anchored dates, entity ids)."""
        with self.transaction() as db:
            db.execute("UPDATE articles SET analysis = ?, event_date = ? WHERE id = ?",
                       (_json(analysis.to_dict()), analysis.event_date, article_id))
            self._write_findings(article_id, analysis)

    def record_error(self, origin: str, reason: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO ingest_errors (origin, reason, at) VALUES (?,?,?)", (origin, reason, _now()))

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def article(self, article_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()

    def articles(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT * FROM articles ORDER BY id")

    def analysis(self, article_id: str) -> Analysis | None:
        row = self.db.execute("SELECT analysis FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Analysis.from_dict(json.loads(row[0])) if row else None

    def count(self, table: str) -> int:
        if table not in {"articles", "mentions", "quotes", "timexes", "quantities", "entities", "stories",
                         "threads", "claims", "ingest_errors"}:
            raise ValueError(f"unknown table {table}")
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT id, title, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet FROM articles_fts "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit),
        ).fetchall()

    # -- link-layer results -------------------------------------------------------------------------------
    def set_article_links(self, article_id: str, *, story_id: str | None, duplicate_of: str | None = None,
                          syndication_group: str | None = None) -> None:
        with self.transaction() as db:
            db.execute("UPDATE articles SET story_id = ?, duplicate_of = ?, syndication_group = ? WHERE id = ?",
                       (story_id, duplicate_of, syndication_group, article_id))

    def _replace_all(self, table: str, columns: str, rows: list[tuple]) -> None:
        """Every row of a link-step table at once (the link step recomputes these tables whole)."""
        marks = ",".join("?" * len(columns.split(",")))
        with self.transaction() as db:
            db.execute(f"DELETE FROM {table}")
            db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)

    def replace_stories(self, stories: list[Story]) -> None:
        self._replace_all(
            "stories", "id, headline, summary, date, first_seen, last_seen, thread_id, entity_ids, sources, "
            "independent_sources",
            [(s.id, s.headline, _json(s.summary), s.date, s.first_seen, s.last_seen, s.thread_id,
              _json(s.entity_ids), s.sources, s.independent_sources) for s in stories])

    def stories(self) -> list[Story]:
        out = []
        for row in self.db.execute("SELECT * FROM stories ORDER BY first_seen IS NULL, first_seen, id"):
            ids = [r[0] for r in self.db.execute("SELECT id FROM articles WHERE story_id = ? ORDER BY id",
                                                 (row["id"],))]
            out.append(Story(id=row["id"], article_ids=ids, headline=row["headline"],
                             summary=json.loads(row["summary"]), date=row["date"], first_seen=row["first_seen"],
                             last_seen=row["last_seen"], thread_id=row["thread_id"],
                             entity_ids=json.loads(row["entity_ids"]), sources=row["sources"],
                             independent_sources=row["independent_sources"]))
        return out

    def replace_entities(self, entities: list[Entity]) -> None:
        self._replace_all("entities", "id, type, name, latin, aliases, absorbed, data",
                          [(e.id, e.type, e.name, e.latin, _json(e.aliases), _json(e.absorbed), "{}")
                           for e in entities])

    def set_mention_entities(self, links: list[tuple[str, int, int, str | None]]) -> None:
        """``(article_id, start, end, entity_id)`` for existing mention rows."""
        with self.transaction() as db:
            db.executemany('UPDATE mentions SET entity_id = ? WHERE article_id = ? AND start = ? AND "end" = ?',
                           [(e, a, s, t) for a, s, t, e in links])

    def replace_mentions(self, article_id: str, mentions: list[Mention]) -> None:
        """An article's mention rows, as the entity layer linked them."""
        with self.transaction() as db:
            db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
            self._insert_mentions(article_id, mentions)

    def _insert_mentions(self, article_id: str, mentions: list[Mention]) -> None:
        self.db.executemany(
            'INSERT OR REPLACE INTO mentions (article_id, start, "end", text, type, source, entity_id) '
            "VALUES (?,?,?,?,?,?,?)",
            [(article_id, m.start, m.end, m.text, m.type, m.source, m.entity_id) for m in mentions],
        )

    def follow_merges(self, merged: dict[str, str]) -> None:
        """Point mentions and quote speakers of absorbed entities at the entity that absorbed them."""
        with self.transaction() as db:
            for old, new in merged.items():
                if old != new:
                    db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (new, old))
                    db.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", (new, old))

    def central_entities(self, article_ids: list[str], limit: int = 20) -> list[str]:
        """Entity ids of these articles, most mentioned (then in most articles) first."""
        marks = ",".join("?" * len(article_ids))
        rows = self.db.execute(
            f"SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a FROM mentions "
            f"WHERE entity_id IS NOT NULL AND article_id IN ({marks}) GROUP BY entity_id "
            f"ORDER BY a DESC, n DESC, entity_id LIMIT ?", (*article_ids, limit)).fetchall()
        return [r[0] for r in rows]

    def entities(self) -> list[Entity]:
        out = []
        for row in self.db.execute("SELECT * FROM entities ORDER BY id"):
            mentions = [dict(r) for r in self.db.execute(
                'SELECT article_id, start, "end", text FROM mentions WHERE entity_id = ? ORDER BY article_id, start',
                (row["id"],))]
            out.append(Entity(id=row["id"], type=row["type"], name=row["name"], latin=row["latin"],
                              aliases=json.loads(row["aliases"]), mentions=mentions,
                              absorbed=json.loads(row["absorbed"])))
        return out

    def replace_threads(self, threads: list[Thread]) -> None:
        self._replace_all("threads", "id, label, story_ids", [(t.id, t.label, _json(t.story_ids)) for t in threads])

    def replace_claims(self, claims: list[Claim]) -> None:
        self._replace_all("claims", "id, story_id, text, value, unit, article_ids, independent_sources, conflicts",
                          [(c.id, c.story_id, c.text, c.value, c.unit, _json(c.article_ids), c.independent_sources,
                            _json(c.conflicts)) for c in claims])

    def set_quantity_claims(self, claim_of: dict[str, str]) -> None:
        """Each quantity's claim id, by quantity id; every quantity not in ``claim_of`` gets NULL."""
        with self.transaction() as db:
            db.execute("UPDATE quantities SET claim_id = NULL WHERE claim_id IS NOT NULL")
            db.executemany("UPDATE quantities SET claim_id = ? WHERE id = ?", [(c, q) for q, c in claim_of.items()])

    def get_state(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, _json(value)))

    def integrity_check(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def _statements(sql: str) -> list[str]:
    """Split a schema file into statements (``sqlite3.complete_statement`` knows where each ends)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
