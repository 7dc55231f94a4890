"""The SQLite store: one file, the source of truth. Schema in ``schema/NNNN_*.sql``, applied in order and
tracked with ``PRAGMA user_version``. Every write happens inside a transaction, so an interrupted run leaves
either the whole article or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from khabar.model import Analysis, Article, Claim, Entity, Mention, Quantity, Quote, Story, Thread, Timex, plain_dict
from khabar.store.base import ArticleNotStored, EntityChanges, EntityRow, LinkArticle, LinkResult
from khabar.store.row_cache import RowCache
from khabar.store.upkeep import UpkeepMixin

_CHUNK = 500  # ids per IN (...) list


@lru_cache(maxsize=16384)
def _names(stored: str) -> tuple[str, ...]:
    """A stored JSON list of names, parsed (remembered: callers copy it)."""
    return tuple(json.loads(stored))
_FIRST_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def first_word(name: str) -> str:
    """The first word of a name as the known-name lookup files it."""
    found = _FIRST_WORD.search(name)
    return found.group(0) if found else name

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


def _md5(text: str | None) -> str | None:
    return None if text is None else hashlib.md5(str(text).encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# Page cache and temporary tables: SQLite's default page cache is 2 MB, and a link step reads its neighbourhood's
# rows from all over a file of hundreds of MB (800 MB at 24,000 generated articles), each page from the OS again;
# ORDER BY and UNION build their temporary b-trees on disk by default. Performance only: no result depends on them
# (docs/benchmarks.md, session 10).
CACHE_KIB = 65536  # page cache of one connection, in KiB
MMAP_BYTES = 256 * 1024 * 1024  # the first 256 MiB of the file read through a memory map: no read() copy per page
# Pages the write-ahead log may hold before a commit copies them into the database file (SQLite's default is 1000):
# an incremental link step dirties the same index pages step after step, and with the default every few adds paid a
# checkpoint in their commit (3-7 ms CPU of a 787-article add, docs/benchmarks.md, session 15); 8192 pages is 32 MiB
# of log at most.
WAL_PAGES = 8192
# A link-index posting's day when its article has none (schema 8): the table is keyed by (key, day, article_id), and
# the columns of a WITHOUT ROWID table's primary key cannot be NULL. No window around a real day reaches it.
UNDATED_DAY = -2147483648
# The link index is ordered by a span of days first (schema 12): a posting's span is its day shifted right by
# SPAN_SHIFT (16 days; an arithmetic shift, as SQLite's and PostgreSQL's ``>>``), so a link step's inserts land in the
# spans of its days instead of all over a tree that grows with the store.
SPAN_SHIFT = 4


def link_span(day: int) -> int:
    """The span of days a link-index posting of ``day`` is filed under (``UNDATED_DAY`` has its own)."""
    return day >> SPAN_SHIFT


def window_spans(day: int, window: int) -> list[int]:
    """The spans the days ``day - window`` to ``day + window`` fall in, in order."""
    return list(range(link_span(day - window), link_span(day + window) + 1))
_TUNING = (f"PRAGMA cache_size = -{CACHE_KIB}", "PRAGMA temp_store = MEMORY", f"PRAGMA mmap_size = {MMAP_BYTES}",
           f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")


class SqliteStore(UpkeepMixin):
    dialect = "sqlite"  # PostgresStore (store/postgres.py) shares this class's SQL through a translating adapter
    remember_rows = True  # link-step rows remembered between steps (``store/row_cache.py``; SQLite's tokens)
    _row_cache: RowCache | None = None

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(path or default_path())
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.db.row_factory = sqlite3.Row
        self._set_wal()
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        for pragma in _TUNING:
            self.db.execute(pragma)
        # PostgreSQL's md5(text), which schema 9 files line keys by (schema/0009_line_digests.sql)
        self.db.create_function("md5", 1, _md5, deterministic=True)
        self._depth = 0
        self.migrate()

    def _set_wal(self) -> None:
        # Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is locked" at once
        # (no busy wait) while another process opening the same new file holds it: retry for the busy timeout.
        deadline = time.monotonic() + 30
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- schema -------------------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Apply the schema files newer than the database. The write lock is taken (BEGIN IMMEDIATE) before the
        version is read, so two processes opening a new database at once apply each file once."""
        pending = migrations()
        if pending and self.version >= pending[-1][0]:
            return
        with self.transaction():
            current = self.version
            for version, sql in pending:
                if version > current:
                    self._apply(sql, version)

    def _apply(self, sql: str, version: int) -> None:
        for statement in _statements(sql):
            self.db.execute(statement)
        self.db.execute(f"PRAGMA user_version = {int(version)}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction; nested calls join the outer one. ``_begin``/``_commit``/``_rollback`` are what a
        backend does at the outermost level."""
        if self._depth == 0:
            self._begin()
        self._depth += 1
        try:
            yield self.db
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._rollback()
            raise
        self._depth -= 1
        if self._depth == 0:
            self._commit()

    def _begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")  # the write lock at once: writers take turns from the start

    def _commit(self) -> None:
        self.db.execute("COMMIT")

    def _rollback(self) -> None:
        self._forget_rows()
        self.db.execute("ROLLBACK")

    # -- rows remembered between link steps (store/row_cache.py) ----------------------------------------------
    def _token(self) -> tuple[int, int]:
        """Moves when another connection commits (data_version) or this one changes a row (total_changes)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes

    def _rows(self) -> RowCache | None:
        """The remembered rows, forgotten first when the database changed since they were read."""
        if not self.remember_rows:
            return None
        if self._row_cache is None:
            self._row_cache = RowCache()
        self._row_cache.check(self._token())
        return self._row_cache

    def _forget_rows(self) -> None:
        if self._row_cache is not None:
            self._row_cache.clear()
            self._row_cache.token = None

    @contextmanager
    def _keeping_rows(self) -> Iterator[RowCache | None]:
        """For a write that drops from the cache every remembered row it changes: the cache stays valid after it
        (when it was before). Any other write leaves ``total_changes`` moved, and the next read forgets all."""
        cache = self._row_cache if self.remember_rows else None
        valid = cache is not None and cache.token == self._token()
        yield cache if valid else None
        if valid and cache is not None:
            cache.token = self._token()

    def close(self) -> None:
        self.db.close()

    def generation(self) -> int:
        """Changes whenever a write has committed, on this connection or another (readers' caches key on it)."""
        return self.db.execute("PRAGMA data_version").fetchone()[0] + self.db.total_changes

    # -- articles -----------------------------------------------------------------------------------------
    def content_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def save_article(self, article: Article, analysis: Analysis, content_hash: str) -> None:
        """Insert or replace one article with all its findings, in one transaction (the full-text index follows
        the articles table by trigger: schema 0005)."""
        try:
            self._save_article(article, analysis, content_hash)
        except ArticleNotStored:
            raise
        except (sqlite3.DataError, sqlite3.IntegrityError, ValueError, OverflowError) as exc:
            # ValueError: a lone surrogate cannot be encoded, a number too large for SQLite's integers
            raise ArticleNotStored(f"{type(exc).__name__}: {exc}") from exc

    def _save_article(self, article: Article, analysis: Analysis, content_hash: str) -> None:
        now = _now()
        with self._keeping_rows() as cache, self.transaction() as db:
            if cache is not None:  # its row and findings change; it stays in the story it was in
                for kind in ("article", "lang", "mentions"):
                    cache.drop(kind, [article.id])
            old = db.execute("SELECT ingested_at, story_id FROM articles WHERE id = ?", (article.id,)).fetchone()
            db.execute(
                """INSERT OR REPLACE INTO articles (id, url, source, title, text, content_hash, origin, meta, lang,
                body, boilerplate, published, dateline, agencies, author, event_date, analysis, story_id,
                ingested_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    article.id, article.url, article.source, analysis.title, article.text, content_hash,
                    article.origin, _json(article.meta), analysis.lang, analysis.body,
                    _json([plain_dict(b) for b in analysis.boilerplate]), analysis.published,
                    _json(plain_dict(analysis.dateline)) if analysis.dateline else None, _json(analysis.agencies),
                    analysis.author, analysis.event_date, _json(analysis.to_dict()),
                    old["story_id"] if old else None, old["ingested_at"] if old else now, now,
                ),
            )
            self._write_findings(article.id, analysis)
            self._redate_entity_articles(article.id, analysis.published)
            # With the article, in its transaction: a kill before the link step leaves it marked.
            db.execute("INSERT OR IGNORE INTO link_pending (article_id) VALUES (?)", (article.id,))
            self._record_inputs(article)  # given title and date, analysis version (store/upkeep.py)

    def _write_findings(self, article_id: str, analysis: Analysis) -> None:
        """Replace an article's finding rows with ``analysis``'s (inside the caller's transaction)."""
        db = self.db
        for table in ("mentions", "quotes", "timexes", "quantities"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._insert_mentions(article_id, analysis.mentions)
        self._insert_quotes(article_id, analysis.quotes)
        self._insert_timexes(article_id, analysis.timexes)
        db.executemany(
            'INSERT INTO quantities (id, article_id, start, "end", text, value, unit, qualifier, ordinal, '
            "claim_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(q.id or f"{article_id}:n{i}", article_id, q.start, q.end, q.text, q.value, q.unit, q.qualifier,
              int(q.ordinal), q.claim_id) for i, q in enumerate(analysis.quantities)],
        )

    def _insert_quotes(self, article_id: str, quotes: list[Quote]) -> None:
        self.db.executemany(
            'INSERT INTO quotes (id, article_id, kind, start, "end", text, speaker_text, speaker_start, '
            "speaker_end, speaker_entity_id, speaker_type, cue, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (q.id or f"{article_id}:q{i}", article_id, q.kind, q.start, q.end, q.text, q.speaker_text,
                 q.speaker_start, q.speaker_end, q.speaker_entity_id, q.speaker_type, q.cue, _json(plain_dict(q)))
                for i, q in enumerate(quotes)
            ],
        )

    def _insert_timexes(self, article_id: str, timexes: list[Timex]) -> None:
        self.db.executemany(
            'INSERT OR REPLACE INTO timexes (article_id, start, "end", text, value, anchor, relative) '
            "VALUES (?,?,?,?,?,?,?)",
            [(article_id, t.start, t.end, t.text, t.value, t.anchor, _json(t.relative) if t.relative else None)
             for t in timexes],
        )

    def record_error(self, origin: str, reason: str) -> None:
        with self._keeping_rows(), self.transaction() as db:
            db.execute("INSERT INTO ingest_errors (origin, reason, at) VALUES (?,?,?)", (origin, reason, _now()))

    # -- crash safety and failures ----------------------------------------------------------------------------
    def link_pending(self) -> list[str]:
        """Ids of articles stored since the last finished link step."""
        return [r[0] for r in self.db.execute("SELECT article_id FROM link_pending ORDER BY article_id")]

    def clear_link_pending(self, article_ids: set[str] | list[str]) -> None:
        with self._keeping_rows(), self.transaction() as db:
            db.executemany("DELETE FROM link_pending WHERE article_id = ?", [(i,) for i in article_ids])

    def record_failure(self, origin: str, source: str, reason: str) -> None:
        """One item that could not be ingested (kept until a later read of ``source`` succeeds)."""
        now = _now()
        with self._keeping_rows(), self.transaction() as db:
            db.execute("INSERT INTO failures (origin, source, reason, first_at, last_at) VALUES (?,?,?,?,?) "
                       "ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, last_at = excluded.last_at, "
                       "attempts = attempts + 1", (origin, source, reason, now, now))

    def clear_failures(self, sources: set[str] | list[str], keep: set[str] | frozenset[str] = frozenset()) -> None:
        """Forget the failures of these files or URLs (read again), except the items in ``keep`` (failed again)."""
        with self._keeping_rows(), self.transaction() as db:
            for source in sources:
                gone = [r[0] for r in db.execute("SELECT origin FROM failures WHERE source = ?", (source,))
                        if r[0] not in keep]
                db.executemany("DELETE FROM failures WHERE origin = ?", [(o,) for o in gone])

    def forget_failures(self, items: list[str] | tuple[str, ...] = ()) -> int:
        """Forget the failures listed under these origins or from these files or URLs (every failure when
        ``items`` is empty), without reading anything again. Returns how many were forgotten."""
        with self._keeping_rows(), self.transaction() as db:
            if not items:
                gone = [r[0] for r in db.execute("SELECT origin FROM failures")]
            else:
                gone = sorted({r[0] for item in items for r in db.execute(
                    "SELECT origin FROM failures WHERE origin = ? OR source = ?", (item, item))})
            db.executemany("DELETE FROM failures WHERE origin = ?", [(o,) for o in gone])
        return len(gone)

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT origin, source, reason, first_at, last_at, attempts FROM failures ORDER BY source, origin")]

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
                         "threads", "claims", "ingest_errors", "failures", "link_pending"}:
            raise ValueError(f"unknown table {table}")
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def search(self, query: str, limit: int = 20) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT d.article_id AS id, f.title, snippet(search_fts, 1, '[', ']', '…', 12) AS snippet "
            "FROM search_fts f JOIN search_docs d ON d.doc = f.rowid WHERE search_fts MATCH ? ORDER BY f.rank "
            "LIMIT ?", ("{title body} : (" + query + ")", limit),
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

    def _insert_mentions(self, article_id: str, mentions: list[Mention]) -> None:
        self.db.executemany(
            'INSERT OR REPLACE INTO mentions (article_id, start, "end", text, type, source, entity_id) '
            "VALUES (?,?,?,?,?,?,?)",
            [(article_id, m.start, m.end, m.text, m.type, m.source, m.entity_id) for m in mentions],
        )

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
        with self._keeping_rows(), self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, _json(value)))

    # -- link inputs --------------------------------------------------------------------------------------
    def _in(self, sql: str, ids: Iterable[Any], *args: Any) -> Iterator[sqlite3.Row]:
        """Rows of ``sql`` (which holds one ``IN ({marks})``) for ``ids``, in chunks SQLite accepts."""
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), _CHUNK):
            part = ids[i:i + _CHUNK]
            yield from self.db.execute(sql.format(marks=",".join("?" * len(part))), (*part, *args))

    def link_articles(self, article_ids: Iterable[str]) -> list[LinkArticle]:
        """The stored articles ``article_ids`` as the link step reads them, in id order (new objects each time:
        the step changes their analyses)."""
        cache = self._rows()
        found, missing = cache.get("article", article_ids) if cache else ({}, list(article_ids))
        for r in self._in("SELECT id, title, published, text, analysis, story_id, syndication_group, duplicate_of, "
                          "url, source, lang FROM articles WHERE id IN ({marks})", missing):
            found[r[0]] = row = tuple(r)
            if cache:
                cache.put("article", r[0], row)
        return [LinkArticle(r[0], r[1], r[2], r[3], None, r[5], r[6], r[7], r[8], r[9], analysis_json=r[4], lang=r[10])
                for _, r in sorted(found.items())]

    def key_postings(self, keys: Iterable[str], day: int | None, window: int,
                     limit: int) -> dict[str, list[tuple[str, float]]]:
        """``{key: [(article id, weight)]}`` of the link index for ``keys``, within ``window`` days of ``day``
        (undated articles always; every day when ``day`` is None). A key held by more than ``limit`` articles there
        is left out: it is not distinctive."""
        out: dict[str, list[tuple[str, float]]] = {}
        # Plain tuples fetched in one call, sorted only for a key that is kept: as the window fills, more keys
        # reach the limit, and building ``limit`` Row objects for each of them only to drop it grew every step.
        cursor = self.db.cursor()
        cursor.row_factory = None
        # The index is ordered by span first (schema 12): a key is looked up in each span that can hold its
        # postings (ranges of the primary key, not a scan of the key's every posting).
        spans = self.link_spans() if day is None else window_spans(day, window)
        marks = ",".join("?" * len(spans))
        for key in dict.fromkeys(keys):
            if day is None:
                rows = cursor.execute(f"SELECT article_id, weight FROM link_keys WHERE span IN ({marks}) AND key = ? "
                                      "LIMIT ?", (*spans, key, limit + 1)).fetchall() if spans else []
            else:
                # The window's spans, then the undated postings.
                rows = cursor.execute(
                    f"SELECT article_id, weight FROM link_keys WHERE span IN ({marks}) AND key = ? AND day BETWEEN ? "
                    "AND ? UNION ALL SELECT article_id, weight FROM link_keys WHERE span = ? AND key = ? AND day = ? "
                    "LIMIT ?", (*spans, key, day - window, day + window, link_span(UNDATED_DAY), key, UNDATED_DAY,
                                limit + 1)).fetchall()
            if rows and len(rows) <= limit:
                out[key] = sorted(rows)  # article id order, whichever index SQLite walked
        return out

    def link_spans(self) -> list[int]:
        """Every span of days the link index holds postings in, in order: one seek each along the primary key
        (an undated article's look-up asks them all)."""
        spans: list[int] = []
        while True:
            row = self.db.execute("SELECT span FROM link_keys WHERE span > ? ORDER BY span LIMIT 1",
                                  (spans[-1] if spans else link_span(UNDATED_DAY) - 1,)).fetchone()
            if row is None:
                return spans
            spans.append(row[0])

    def story_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        # a remembered story lists its members as this query read them (a step that moves an article drops the
        # stories it leaves and joins: ``_drop_applied``)
        cache = self._rows()
        found, missing = cache.get("story", story_ids) if cache else ({}, list(story_ids))
        out: dict[str, list[str]] = {i: list(s.article_ids) for i, s in found.items() if s.article_ids}
        for r in self._in("SELECT story_id, id FROM articles WHERE story_id IN ({marks}) ORDER BY id", missing):
            out.setdefault(r[0], []).append(r[1])
        return out

    def group_members(self, group_ids: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for r in self._in("SELECT syndication_group, id FROM articles WHERE syndication_group IN ({marks}) "
                          "ORDER BY id", group_ids):
            out.setdefault(r[0], []).append(r[1])
        return out

    def mention_entities(self, article_ids: Iterable[str]) -> dict[str, list[str]]:
        """Entity ids of each article's linked mention rows (one per mention)."""
        cache = self._rows()
        found, missing = cache.get("mentions", article_ids) if cache else ({}, list(article_ids))
        read: dict[str, list[str]] = {i: [] for i in missing}
        for r in self._in("SELECT article_id, entity_id FROM mentions WHERE entity_id IS NOT NULL AND "
                          "article_id IN ({marks}) ORDER BY article_id, start", missing):
            read[r[0]].append(r[1])
        if cache:
            # remembered as (renames seen, ids): the entities merged since are renamed as the store renamed them
            now = len(cache.renames)
            for i, (seen, ids) in list(found.items()):
                if seen != now:
                    ids = cache.renamed(ids, seen)
                    cache.put("mentions", i, (now, ids))
                found[i] = ids
            for i, ids in read.items():
                cache.put("mentions", i, (now, tuple(ids)))
        found.update(read)
        return {i: list(ids) for i, ids in sorted(found.items()) if ids}

    def _story(self, row: sqlite3.Row, ids: list[str]) -> Story:
        return Story(id=row["id"], article_ids=ids, headline=row["headline"], summary=json.loads(row["summary"]),
                     date=row["date"], first_seen=row["first_seen"], last_seen=row["last_seen"],
                     thread_id=row["thread_id"], entity_ids=json.loads(row["entity_ids"]), sources=row["sources"],
                     independent_sources=row["independent_sources"])

    def stories_by_id(self, story_ids: Iterable[str], shared: bool = False) -> list[Story]:
        """The stored stories ``story_ids``, in id order (copies: the link step changes them; with ``shared``, for
        a caller that only reads them, the remembered objects themselves where they are remembered)."""
        cache = self._rows()
        found, missing = cache.get("story", story_ids) if cache else ({}, list(story_ids))
        if missing:
            members = self.story_members(missing)
            for r in self._in("SELECT * FROM stories WHERE id IN ({marks})", missing):
                found[r["id"]] = story = self._story(r, members.get(r["id"], []))
                if cache:
                    cache.put("story", story.id, _story_copy(story))
        if shared:
            return [s for _, s in sorted(found.items())]
        return [_story_copy(s) for _, s in sorted(found.items())]

    def stories_with_entities(self, entity_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        """``{entity id: story ids}`` of stories that count the entity among their central ones; an entity
        central to more than ``limit`` stories is left out (it proposes nothing)."""
        out: dict[str, list[str]] = {}
        for entity_id in dict.fromkeys(entity_ids):
            ids = [r[0] for r in self.db.execute("SELECT story_id FROM story_entities WHERE entity_id = ? LIMIT ?",
                                                 (entity_id, limit + 1))]
            if ids and len(ids) <= limit:
                out[entity_id] = ids
        return out

    def threads_of_stories(self, story_ids: Iterable[str]) -> list[Thread]:
        thread_ids = {r[0] for r in self._in("SELECT thread_id FROM stories WHERE thread_id IS NOT NULL AND "
                                             "id IN ({marks})", story_ids)}
        rows = self._in("SELECT id, label, story_ids FROM threads WHERE id IN ({marks})", thread_ids)
        return sorted((Thread(id=r["id"], label=r["label"], story_ids=json.loads(r["story_ids"])) for r in rows),
                      key=lambda t: t.id)

    def entity_briefs(self, entity_ids: Iterable[str]) -> list[Entity]:
        """Entities without their mentions (id, type, name, Latin name, aliases), in id order. Remembered between
        link steps as these objects (a step reads a thousand briefs, the same ones step after step): callers read
        them and must not change them."""
        cache = self._rows()
        found, missing = cache.get("brief", entity_ids) if cache else ({}, list(entity_ids))
        for r in self._in("SELECT id, type, name, latin, aliases, absorbed FROM entities WHERE id IN ({marks})",
                          missing):
            found[r[0]] = brief = _brief(r[0], r[1], r[2], r[3], r[4], r[5])
            if cache:
                cache.put("brief", r[0], brief)
        return [b for _, b in sorted(found.items())]

    def article_langs(self, article_ids: Iterable[str]) -> dict[str, str]:
        """``{article id: language}`` in the order SQLite gives them (each chunk of ``_CHUNK`` ids in id order):
        callers break ties between languages by it."""
        ids = list(dict.fromkeys(article_ids))
        cache = self._rows()
        found, missing = cache.get("lang", ids) if cache else ({}, ids)
        for r in self._in("SELECT id, lang FROM articles WHERE id IN ({marks})", missing):
            found[r[0]] = r[1]
            if cache and r[1] is not None:
                cache.put("lang", r[0], r[1])
        return {i: found[i] for start in range(0, len(ids), _CHUNK) for i in sorted(ids[start:start + _CHUNK])
                if i in found}

    def article_stories(self, article_ids: Iterable[str]) -> dict[str, str]:
        return {r[0]: r[1] for r in self._in("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL AND "
                                             "id IN ({marks})", article_ids)}

    def known_names_for(self, words: Iterable[str]) -> dict[str, str]:
        """``{name: type}`` of the known multi-word names that begin with one of ``words``; a name tagged with
        different types takes the type of the earliest article (by id)."""
        return {r[0]: r[1] for r in self._in("SELECT name, type FROM known_name_types WHERE first_word IN ({marks})",
                                             words)}

    def articles_with_names(self, names: Iterable[str], limit: int) -> dict[str, list[str]]:
        """``{name: article ids}`` of the articles whose body holds ``name`` as a phrase (full-text index); a name
        in more than ``limit`` articles is left out."""
        out: dict[str, list[str]] = {}
        for name in dict.fromkeys(names):
            words = _FIRST_WORD.findall(name)
            if not words:
                continue
            phrase = '"' + " ".join(words).replace('"', '""') + '"'
            ids = [r[0] for r in self.db.execute(
                "SELECT d.article_id FROM search_fts f JOIN search_docs d ON d.doc = f.rowid "
                "WHERE search_fts MATCH ? LIMIT ?", (f"body : {phrase}", limit + 1))]
            if ids and len(ids) <= limit:
                out[name] = ids
        return out

    # -- the entity index as rows -------------------------------------------------------------------------
    def entity_records(self, entity_ids: Iterable[str]) -> dict[str, EntityRow]:
        out = {}
        for r in self._in("SELECT id, type, name, latin, aliases, absorbed, data FROM entities WHERE id IN ({marks})",
                          entity_ids):
            data = json.loads(r[6] or "{}")
            out[r[0]] = EntityRow(Entity(r[0], r[1], r[2], r[3], list(_names(r[4])), [],
                                         json.loads(r[5]) if r[5] != "[]" else []), int(data.get("seq", 0)),
                                  dict(data.get("roles", {})), data.get("type", r[1]))
        return out

    def entity_mention_records(self, entity_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        for r in self._in('SELECT entity_id, article_id, start, "end", text, source, type FROM entity_mentions '
                          "WHERE entity_id IN ({marks}) ORDER BY entity_id, ord", entity_ids):
            out.setdefault(r[0], []).append({"article_id": r[1], "start": r[2], "end": r[3], "text": r[4],
                                             "source": r[5], "type": r[6]})
        return out

    def entity_ids_by_key(self, keys: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self._in("SELECT key, entity_id FROM entity_keys WHERE key IN ({marks})", keys):
            out.setdefault(r[0], set()).add(r[1])
        return out

    def entity_keys_of(self, entity_ids: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self._in("SELECT entity_id, key FROM entity_keys WHERE entity_id IN ({marks})", entity_ids):
            out.setdefault(r[0], set()).add(r[1])
        return out

    def entity_ids_in_use(self, entity_ids: Iterable[str]) -> set[str]:
        """Which of these ids an entity has or a merged entity had (not free for a new entity)."""
        ids = list(entity_ids)
        used = {r[0] for r in self._in("SELECT id FROM entities WHERE id IN ({marks})", ids)}
        return used | {r[0] for r in self._in("SELECT old_id FROM entity_aliases WHERE old_id IN ({marks})", ids)}

    def entity_aliases(self, old_ids: Iterable[str]) -> dict[str, str]:
        cache = self._rows()
        if cache is None:
            return {r[0]: r[1] for r in self._in("SELECT old_id, new_id FROM entity_aliases WHERE old_id IN "
                                                 "({marks})", old_ids)}
        # remembered as (renames seen, new id or None): a later merge moves them as it moves the rows
        found, missing = cache.get("alias", old_ids)
        now = len(cache.renames)
        out: dict[str, str] = {}
        for old, (seen, new) in found.items():
            if seen != now:
                new = cache.renamed_alias(old, new, seen)
                cache.put("alias", old, (now, new))
            if new is not None:
                out[old] = new
        read = dict.fromkeys(missing)
        for r in self._in("SELECT old_id, new_id FROM entity_aliases WHERE old_id IN ({marks})", missing):
            read[r[0]] = r[1]
        for old, new in read.items():
            cache.put("alias", old, (now, new))
            if new is not None:
                out[old] = new
        return out

    def entity_counts(self, entity_ids: Iterable[str]) -> dict[str, dict[str, dict[str, int]]]:
        """``{entity id: {kind: {value: count}}}``: the count rows of each entity (kinds ``n``, ``d``, ``t``)."""
        out: dict[str, dict[str, dict[str, int]]] = {}
        for r in self._in("SELECT entity_id, kind, value, count FROM entity_counts WHERE entity_id IN ({marks}) "
                          "ORDER BY entity_id, kind, value", entity_ids):
            out.setdefault(r[0], {}).setdefault(r[1], {})[r[2]] = r[3]
        return out

    def entity_article_counts(self, entity_ids: Iterable[str]) -> dict[str, dict[str, int]]:
        """``{entity id: {article id: mentions}}``."""
        out: dict[str, dict[str, int]] = {}
        for r in self._in("SELECT entity_id, article_id, COUNT(*) FROM entity_mentions WHERE entity_id IN ({marks}) "
                          "GROUP BY entity_id, article_id", entity_ids):
            out.setdefault(r[0], {})[r[1]] = r[2]
        return out

    def entity_article_totals(self, entity_ids: Iterable[str]) -> dict[str, int]:
        """``{entity id: how many articles have a mention of it}`` (entities without mentions left out)."""
        # Kept by the link step's writes (schema 13), not counted: an entity can have thousands of articles.
        return {r[0]: r[1] for r in self._in("SELECT entity_id, articles FROM entity_totals "
                                             "WHERE entity_id IN ({marks}) AND articles > 0", entity_ids)}

    def entity_article_counts_in(self, entity_id: str, article_ids: Iterable[str]) -> dict[str, int]:
        """``{article id: mentions of the entity}`` for these articles only (those without one left out)."""
        # Through the article index (`|| ''` keeps the planner off the entity's: a place named in every tenth
        # article has thousands of rows there).
        return {r[0]: r[1] for r in self._in("SELECT article_id, COUNT(*) FROM entity_mentions WHERE article_id IN "
                                             "({marks}) AND entity_id || '' = ? GROUP BY article_id", article_ids,
                                             entity_id)}

    def entity_latest_articles(self, entity_ids: Iterable[str], limit: int) -> dict[str, list[str]]:
        """``{entity id: its latest ``limit`` articles}``, newest first (by publication date, undated last, then by
        id): the last ``limit`` entries of the entity's range of ``entity_articles`` (schema 13), whatever the
        number of its articles."""
        out: dict[str, list[str]] = {}
        for entity_id in dict.fromkeys(entity_ids):
            found = [r[0] for r in self.db.execute(
                "SELECT e.article_id FROM entity_articles e JOIN articles a ON a.id = e.article_id "
                "WHERE e.entity_id = ? ORDER BY e.published DESC, e.article_id DESC LIMIT ?", (entity_id, limit))]
            if found:
                out[entity_id] = found
        return out

    def article_mention_records(self, article_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """``{article id: [mention record with its entity_id]}``: the entity index's mentions of these articles."""
        out: dict[str, list[dict[str, Any]]] = {}
        for r in self._in('SELECT entity_id, article_id, start, "end", text, source, type FROM entity_mentions '
                          "WHERE article_id IN ({marks}) ORDER BY article_id, entity_id, ord", article_ids):
            out.setdefault(r[1], []).append({"entity_id": r[0], "article_id": r[1], "start": r[2], "end": r[3],
                                             "text": r[4], "source": r[5], "type": r[6]})
        return out

    def source_line_counts(self, lines: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """``{(source, line key): articles}`` for the pairs stored (key "" is the source's number of articles)."""
        out: dict[tuple[str, str], int] = {}
        by_source: dict[str, list[str]] = {}
        for source, key in lines:
            by_source.setdefault(source, []).append(key)
        for source, keys in by_source.items():
            for r in self._in("SELECT line_key, articles FROM source_lines WHERE line_key IN ({marks}) AND source = ?",
                              keys, source):
                out[(source, r[0])] = r[1]
        return out

    def article_lines(self, article_ids: Iterable[str]) -> dict[str, tuple[str, set[str]]]:
        """``{article id: (source, line keys)}`` as the per-source line counts hold them."""
        out: dict[str, tuple[str, set[str]]] = {}
        for r in self._in("SELECT article_id, source, line_key FROM article_lines WHERE article_id IN ({marks})",
                          article_ids):
            _, keys = out.setdefault(r[0], (r[1], set()))
            if r[2]:
                keys.add(r[2])
        return out

    def article_entity_ids(self, article_ids: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in self._in("SELECT DISTINCT article_id, entity_id FROM entity_mentions WHERE article_id IN ({marks})",
                          article_ids):
            out.setdefault(r[0], set()).add(r[1])
        return out

    def entity_index_records(self) -> list[dict[str, Any]]:
        """The whole entity index as ``EntityIndex.to_dict()`` entity records (for ``khabar entities``)."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM entities")]
        rows, mentions = self.entity_records(ids), self.entity_mention_records(ids)
        return [{"id": i, "type": row.record_type, "seq": row.seq, "mentions": mentions.get(i, []),
                 "absorbed": row.entity.absorbed, "roles": row.roles}
                for i, row in sorted(rows.items(), key=lambda kv: kv[1].seq)]

    # -- apply a link result ------------------------------------------------------------------------------
    def apply(self, result: LinkResult) -> None:
        """Write one link step's result in one transaction: an interrupted step leaves the store as it was."""
        with self._keeping_rows() as cache, self.transaction() as db:
            if cache is not None:
                _drop_applied(cache, result)
            self._apply_entities(result.entities)
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
            db.executemany(
                "INSERT OR REPLACE INTO stories (id, headline, summary, date, first_seen, last_seen, thread_id, "
                "entity_ids, sources, independent_sources) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(s.id, s.headline, _json(s.summary), s.date, s.first_seen, s.last_seen, s.thread_id,
                  _json(s.entity_ids), s.sources, s.independent_sources) for s in result.stories])
            self._replace_rows("story_entities", "story_id", "entity_id, rank",
                               {s.id: set(_ranked(s.entity_ids).items()) for s in result.stories})
            # a story whose thread stays is not written again (a step reassigns every story of a thread it decides)
            threads_now = {r[0]: r[1] for r in self._in("SELECT id, thread_id FROM stories WHERE id IN ({marks})",
                                                         result.story_threads)}
            db.executemany("UPDATE stories SET thread_id = ? WHERE id = ?",
                           [(t, s) for s, t in result.story_threads.items() if s not in threads_now
                            or threads_now[s] != t])
            for thread_id in result.threads_removed:
                db.execute("DELETE FROM threads WHERE id = ?", (thread_id,))
            db.executemany("INSERT OR REPLACE INTO threads (id, label, story_ids) VALUES (?,?,?)",
                           [(t.id, t.label, _json(t.story_ids)) for t in result.threads])
            # the claims of the stories decided again, written where they differ from the stored ones (every read
            # of claims is ordered by story and id: a row kept cannot be told from the same row written again)
            claims = [(c.id, c.story_id, c.text, c.value, c.unit, _json(c.article_ids), c.independent_sources,
                       _json(c.conflicts)) for c in result.claims]
            stored_claims = {tuple(r) for r in self._in(
                "SELECT id, story_id, text, value, unit, article_ids, independent_sources, conflicts FROM claims "
                "WHERE story_id IN ({marks})", sorted(result.claim_stories))}
            kept = stored_claims & set(claims)
            db.executemany("DELETE FROM claims WHERE id = ?", [(r[0],) for r in sorted(stored_claims - kept)])
            db.executemany(
                "INSERT OR REPLACE INTO claims (id, story_id, text, value, unit, article_ids, independent_sources, "
                "conflicts) VALUES (?,?,?,?,?,?,?,?)", [c for c in claims if c not in kept])
            for article_id, claim_of in result.quantity_claims.items():
                # only the rows whose claim changes: nulled when they lose theirs, set when it is another
                stored = {r[0]: r[1] for r in db.execute("SELECT id, claim_id FROM quantities WHERE article_id = ?",
                                                         (article_id,))}
                db.executemany("UPDATE quantities SET claim_id = NULL WHERE id = ?",
                               [(q,) for q, c in stored.items() if c is not None and q not in claim_of])
                db.executemany("UPDATE quantities SET claim_id = ? WHERE id = ?",
                               [(c, q) for q, c in claim_of.items() if q not in stored or stored[q] != c])
            for article_id, keys in result.link_keys.items():
                db.execute("DELETE FROM link_keys WHERE article_id = ?", (article_id,))
                days = [(k, UNDATED_DAY if d is None else d, w) for k, d, w in keys]
                db.executemany("INSERT OR IGNORE INTO link_keys (span, key, day, article_id, weight) "
                               "VALUES (?,?,?,?,?)", [(link_span(d), k, d, article_id, w) for k, d, w in days])
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

    def _replace_rows(self, table: str, owner: str, columns: str, rows: dict[str, set[tuple]]) -> None:
        """Make ``table``'s rows of each owner (``owner`` column = key of ``rows``) exactly ``rows[key]`` (tuples of
        ``columns``), deleting and inserting only the rows that differ. Only for tables read back in the order of
        their key (``WITHOUT ROWID``, or every read ordered: ``entity_counts``), where the rows a delete of all and
        an insert of all leave cannot be told from these; a step rewrote an entity's keys and counts, a story's
        central entities, whole when one of them changed."""
        if not rows:
            return
        db = self.db
        names = [c.strip() for c in columns.split(",")]
        stored: dict[str, set[tuple]] = {}
        for r in self._in(f"SELECT {owner}, {columns} FROM {table} WHERE {owner} IN ({{marks}})", rows):
            stored.setdefault(r[0], set()).add(tuple(r[1:]))
        where = " AND ".join(f"{c} = ?" for c in names)
        gone = [(i, *row) for i, wanted in rows.items() for row in sorted(stored.get(i, set()) - wanted)]
        new = [(i, *row) for i, wanted in rows.items() for row in sorted(wanted - stored.get(i, set()))]
        db.executemany(f"DELETE FROM {table} WHERE {owner} = ? AND {where}", gone)
        db.executemany(f"INSERT INTO {table} ({owner}, {columns}) VALUES ({','.join('?' * (len(names) + 1))})", new)

    def _remove_lines(self, article_id: str) -> None:
        """Take one article's entries out of the per-source line counts."""
        db = self.db
        old = [tuple(r) for r in db.execute("SELECT source, line_key FROM article_lines WHERE article_id = ?",
                                            (article_id,))]
        db.executemany("UPDATE source_lines SET articles = articles - 1 WHERE source = ? AND line_key = ?", old)
        db.executemany("DELETE FROM source_lines WHERE source = ? AND line_key = ? AND articles <= 0", old)
        db.execute("DELETE FROM article_lines WHERE article_id = ?", (article_id,))

    def delete_articles(self, article_ids: Iterable[str]) -> None:
        """Remove articles with every row of theirs: findings, full-text row, link-index keys, known names, line
        counts, entity-index mentions, pending mark. Stories, threads, entities and claims are the link step's
        (``khabar.link.run.delete`` takes the articles out of the entity index first and relinks what they
        touched)."""
        ids = sorted(set(article_ids))
        with self.transaction() as db:
            names = {r[0] for r in self._in("SELECT name FROM known_names WHERE article_id IN ({marks})", ids)}
            for article_id in ids:
                self._remove_lines(article_id)
                self._file_entity_articles(article_id, set())
                for table in ("mentions", "quotes", "timexes", "quantities", "link_keys", "known_names",
                              "entity_mentions", "link_pending"):
                    db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
                self._delete_search_row(article_id)
                db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self._update_known_name_types(names)

    def _delete_search_row(self, article_id: str) -> None:
        """Nothing to do here: triggers on ``articles`` keep SQLite's search index (PostgreSQL overrides this)."""

    def _update_known_name_types(self, names: Iterable[str]) -> None:
        """Each name's row in ``known_name_types``: the type of the earliest article that tags it, or none."""
        db = self.db
        for name in sorted(names):
            first = db.execute("SELECT first_word, type, article_id FROM known_names WHERE name = ? "
                               "ORDER BY article_id LIMIT 1", (name,)).fetchone()
            db.execute("DELETE FROM known_name_types WHERE name = ?", (name,))
            if first is not None:
                db.execute("INSERT INTO known_name_types (name, first_word, type, article_id) VALUES (?,?,?,?)",
                           (name, *first))

    def _apply_lines(self, lines: dict[str, tuple[str, set[str]]]) -> None:
        """Replace these articles' entries in the per-source line counts."""
        db = self.db
        for article_id, (source, keys) in lines.items():
            self._remove_lines(article_id)
            rows = [(source, k) for k in sorted(keys | {""})]
            db.executemany("INSERT INTO article_lines (article_id, source, line_key) VALUES (?, ?, ?)",
                           [(article_id, s, k) for s, k in rows])
            db.executemany("INSERT INTO source_lines (source, line_key, articles) VALUES (?, ?, 1) "
                           "ON CONFLICT (source, line_key) DO UPDATE SET articles = source_lines.articles + 1", rows)

    def _apply_entities(self, changes: EntityChanges) -> None:
        db = self.db
        for old, new in changes.aliases.items():
            db.execute("INSERT OR REPLACE INTO entity_aliases (old_id, new_id) VALUES (?, ?)", (old, new))
            db.execute("UPDATE entity_aliases SET new_id = ? WHERE new_id = ?", (new, old))
            db.execute("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", (new, old))
            self._merge_entity_articles(old, new)
            db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (new, old))
            db.execute("UPDATE quotes SET speaker_entity_id = ? WHERE speaker_entity_id = ?", (new, old))
        for entity_id in changes.deleted:
            db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
            db.execute("DELETE FROM entity_keys WHERE entity_id = ?", (entity_id,))
            db.execute("DELETE FROM entity_mentions WHERE entity_id = ?", (entity_id,))
            db.execute("DELETE FROM entity_articles WHERE entity_id = ?", (entity_id,))
            db.execute("DELETE FROM entity_totals WHERE entity_id = ?", (entity_id,))
            db.execute("DELETE FROM entity_counts WHERE entity_id = ?", (entity_id,))
        self._replace_rows("entity_counts", "entity_id", "kind, value, count",
                           {r.entity.id: {(kind, value, n) for kind, counts in r.counts.items()
                                          for value, n in counts.items() if value is not None and n > 0}
                            for r in changes.upserts})
        db.executemany(
            "INSERT OR REPLACE INTO entities (id, type, name, latin, aliases, absorbed, data) VALUES (?,?,?,?,?,?,?)",
            [(r.entity.id, r.entity.type, r.entity.name, r.entity.latin, _json(r.entity.aliases),
              _json(r.entity.absorbed), _json({"seq": r.seq, "roles": r.roles, "type": r.record_type or r.entity.type}))
             for r in changes.upserts])
        self._replace_rows("entity_keys", "entity_id", "key", {i: {(k,) for k in keys}
                                                              for i, keys in changes.keys.items()})
        for article_id, records in changes.mentions.items():
            db.execute("DELETE FROM entity_mentions WHERE article_id = ?", (article_id,))
            db.executemany(
                'INSERT INTO entity_mentions (entity_id, article_id, start, "end", text, source, type, ord) '
                "VALUES (?,?,?,?,?,?,?,?)",
                [(m["entity_id"], article_id, m["start"], m["end"], m["text"], m.get("source"), m.get("type"),
                  m.get("ord", 0)) for m in records])
            self._file_entity_articles(article_id, {m["entity_id"] for m in records})
        if changes.seq is not None:
            db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('entity_seq', ?)", (_json(changes.seq),))

    def _file_entity_articles(self, article_id: str, entity_ids: set[str]) -> None:
        """Make the article's rows of ``entity_articles`` the entities its mentions now name, and move each gained
        or lost entity's ``entity_totals`` count by one (schema 13)."""
        db = self.db
        before = {r[0]: r[1] for r in db.execute("SELECT entity_id, published FROM entity_articles "
                                                 "WHERE article_id = ?", (article_id,))}
        gone = sorted(before.keys() - entity_ids)
        new = sorted(entity_ids - before.keys())
        if gone:
            db.executemany("DELETE FROM entity_articles WHERE entity_id = ? AND published = ? AND article_id = ?",
                           [(e, before[e], article_id) for e in gone])
            db.executemany("UPDATE entity_totals SET articles = articles - 1 WHERE entity_id = ?", [(e,) for e in gone])
            db.executemany("DELETE FROM entity_totals WHERE entity_id = ? AND articles <= 0", [(e,) for e in gone])
        if new:
            row = db.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
            published = (row[0] if row else None) or ""
            db.executemany("INSERT INTO entity_articles (entity_id, published, article_id) VALUES (?,?,?)",
                           [(e, published, article_id) for e in new])
            db.executemany("INSERT INTO entity_totals (entity_id, articles) VALUES (?, 1) ON CONFLICT (entity_id) "
                           "DO UPDATE SET articles = entity_totals.articles + 1", [(e,) for e in new])

    def _redate_entity_articles(self, article_id: str, published: str | None) -> None:
        """A saved article's date, beside its rows of ``entity_articles`` (schema 13): its entities' latest articles
        are ordered by it."""
        self.db.execute("UPDATE entity_articles SET published = ? WHERE article_id = ? AND published <> ?",
                        (published or "", article_id, published or ""))

    def _merge_entity_articles(self, old: str, new: str) -> None:
        """``old``'s rows of ``entity_articles`` become ``new``'s (an article both name keeps one row), and ``new``'s
        count is taken again (schema 13; a merge already rewrites every mention row of ``old``)."""
        db = self.db
        db.execute("INSERT OR IGNORE INTO entity_articles (entity_id, published, article_id) "
                   "SELECT ?, published, article_id FROM entity_articles WHERE entity_id = ?", (new, old))
        db.execute("DELETE FROM entity_articles WHERE entity_id = ?", (old,))
        db.execute("DELETE FROM entity_totals WHERE entity_id IN (?, ?)", (old, new))
        db.execute("INSERT INTO entity_totals (entity_id, articles) SELECT entity_id, COUNT(*) FROM entity_articles "
                   "WHERE entity_id = ? GROUP BY entity_id", (new,))

    def storied_quantities(self, story_ids: Collection[str] | None = None,
                           ) -> Iterator[tuple[str, str, str, str | None, list[Quantity], str | None, str | None]]:
        """``(story id, article id, text, syndication group, quantities with a value, source, published)`` of every
        storied article, or of the articles of ``story_ids`` only (a thread's figures read its stories, not the
        corpus)."""
        in_stories, args = "", []
        if story_ids is not None:
            args = sorted(set(story_ids))
            if not args:
                return
            in_stories = f" AND story_id IN ({','.join('?' * len(args))})"
        quantities: dict[str, list[Quantity]] = {}
        for row in self.db.execute('SELECT id, article_id, start, "end", text, value, unit, qualifier, ordinal '
                                   "FROM quantities WHERE value IS NOT NULL" + (
                                       f" AND article_id IN (SELECT id FROM articles WHERE story_id IS NOT NULL"
                                       f"{in_stories})" if in_stories else "") + " ORDER BY article_id, start", args):
            quantities.setdefault(row["article_id"], []).append(Quantity(
                start=row["start"], end=row["end"], text=row["text"], value=row["value"], unit=row["unit"],
                qualifier=row["qualifier"], ordinal=bool(row["ordinal"]), id=row["id"], article_id=row["article_id"]))
        for row in self.db.execute("SELECT id, text, story_id, syndication_group, source, published FROM articles "
                                   f"WHERE story_id IS NOT NULL{in_stories} ORDER BY id", args):
            yield (row["story_id"], row["id"], row["text"], row["syndication_group"], quantities.get(row["id"], []),
                   row["source"], row["published"])

    # -- queries for export -------------------------------------------------------------------------------
    # Ordered to the row (two quotes of one article may start at one offset; a timex is keyed by its span): PostgreSQL
    # returns ties in any order.
    def quote_rows(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute('SELECT * FROM quotes ORDER BY article_id, start, "end", id')

    def timex_rows(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute('SELECT * FROM timexes ORDER BY article_id, start, "end"')

    def quantity_rows(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute('SELECT * FROM quantities ORDER BY article_id, start, "end", id')

    def claim_rows(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT * FROM claims ORDER BY story_id, id")

    def mention_rows(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute('SELECT article_id, start, "end", text, type, source, entity_id FROM mentions '
                                   'ORDER BY article_id, start, "end", type, text')

    def thread_rows(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT id, label, story_ids FROM threads ORDER BY id")

    def claim_mentions(self, story: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """``{claim id: [{article_id, start, end, text}]}``: where each claim is stated (its quantities), in
        article and text order; ``story``: only the claims of the stories whose id starts with it."""
        sql = ('SELECT q.claim_id, q.article_id, q.start, q."end", q.text FROM quantities q '
               "WHERE q.claim_id IS NOT NULL")
        args: tuple[Any, ...] = ()
        if story:
            sql += " AND q.claim_id IN (SELECT id FROM claims WHERE substr(story_id, 1, ?) = ?)"
            args = (len(story), story)
        out: dict[str, list[dict[str, Any]]] = {}
        for row in self.db.execute(sql + ' ORDER BY q.article_id, q.start, q."end"', args):
            out.setdefault(row[0], []).append({"article_id": row[1], "start": row[2], "end": row[3],
                                               "text": row[4]})
        return out

    def integrity_check(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def _brief(entity_id: str, type_: str, name: str, latin: str | None, aliases: str, absorbed: str) -> Entity:
    """An entity brief from its row's columns (the alias and absorbed lists as stored JSON; most entities absorbed
    none, so no JSON is parsed for them, and alias lists are parsed once, ``_names``)."""
    return Entity(entity_id, type_, name, latin, list(_names(aliases)), [],
                  json.loads(absorbed) if absorbed != "[]" else [])


def _ranked(entity_ids: list[str]) -> dict[str, int]:
    """Each entity id with its rank, as ``INSERT OR REPLACE`` of every (id, rank) in order leaves them: a repeated
    id keeps its last rank."""
    return {e: rank for rank, e in enumerate(entity_ids)}


def _story_copy(story: Story) -> Story:
    return Story(story.id, list(story.article_ids), story.headline, [dict(s) for s in story.summary], story.date,
                 story.first_seen, story.last_seen, story.thread_id, list(story.entity_ids), story.sources,
                 story.independent_sources)


def _drop_applied(cache: RowCache, result: LinkResult) -> None:
    """Drop from ``cache`` every remembered row that applying ``result`` changes."""
    changes = result.entities
    cache.drop("brief", [*changes.deleted, *changes.aliases, *changes.aliases.values(),
                         *(r.entity.id for r in changes.upserts)])
    # the entities written, remembered as ``entity_briefs`` reads their rows back (the last row of an id wins,
    # as INSERT OR REPLACE leaves it)
    for r in changes.upserts:
        e = r.entity
        cache.put("brief", e.id, _brief(e.id, e.type, e.name, e.latin, _json(e.aliases), _json(e.absorbed)))
    # every mention row of a merged entity moves to the new id (``_apply_entities``, pair after pair)
    cache.rename(changes.aliases.items())
    cache.drop("mentions", [i for i, found in result.findings.items() if found.mentions is not None])
    # an article's row changes in its links alone (the columns ``link_articles`` reads: the stored analysis and the
    # event date column are not among them): the remembered row takes the links written
    for i, links in result.articles.items():
        row = cache.peek("article", i)
        if row is not None:
            cache.update("article", i, (*row[:5], links.story_id, links.syndication_group, links.duplicate_of,
                                        *row[8:]))
    moved = [cache.story_of[i] for i in result.articles if i in cache.story_of]  # the stories they leave
    cache.drop("story", [*moved, *(a.story_id for a in result.articles.values() if a.story_id),
                         *result.stories_removed, *(s.id for s in result.stories), *result.story_threads])


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
