"""The PostgreSQL store: ``open_store("postgresql://user@host:port/dbname")``.

It shares the SQLite store's code: ``PostgresStore`` is a ``SqliteStore`` whose ``db`` is a ``PgConnection``,
a small adapter that runs the same SQL on PostgreSQL after ``translate`` has rewritten the few SQLite-isms
(``?`` placeholders, ``INSERT OR IGNORE``/``INSERT OR REPLACE``, ``json_extract``, NULLs sorting first). What
is PostgreSQL's own lives here: the connection, transactions (one writer at a time, as SQLite's ``BEGIN
IMMEDIATE``), migrations from ``schema/postgres/NNNN_*.sql`` tracked in ``schema_version``, and the search
index (``store/postgres_search.py``). docs/deploy.md says how to port a new SQLite migration or method.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

import regex

from khabar.model import Analysis, Article
from khabar.store.base import ArticleNotStored
from khabar.store.sqlite import UNDATED_DAY, SqliteStore, link_span, window_spans

# Every write transaction holds this advisory lock: writers take turns, as with SQLite's BEGIN IMMEDIATE, so
# that a link step never interleaves with another process's writes.
WRITE_LOCK = 0x6B686162  # "khab"
_PAGE = 200  # articles per query when reading them all


def migrations() -> list[tuple[int, str]]:
    """``(version, sql)`` of every PostgreSQL schema file, in order (same numbers as the SQLite files)."""
    folder = resources.files("khabar.store").joinpath("schema").joinpath("postgres")
    return sorted((int(e.name.split("_", 1)[0]), e.read_text(encoding="utf-8"))
                  for e in folder.iterdir() if e.name.endswith(".sql"))


# -- SQL translation ------------------------------------------------------------------------------------------
_QUOTED = regex.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_INSERT = regex.compile(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)\s*\(([^)]*)\)", regex.IGNORECASE)
_JSON_EXTRACT = regex.compile(r"json_extract\(\s*([\w.]+)\s*,\s*'\$\.(\w+)'\s*\)", regex.IGNORECASE)
_ORDER_BY = regex.compile(r"\bORDER\s+BY\b", regex.IGNORECASE)
_ORDER_END = regex.compile(r"\b(LIMIT|OFFSET|FOR|FETCH)\b", regex.IGNORECASE)


_UPSERT = regex.compile(r"\bDO\s+UPDATE\s+SET\b", regex.IGNORECASE)
_INTO = regex.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)", regex.IGNORECASE)


def _qualified(assignments: str, table: str, names: tuple[str, ...]) -> str:
    """``ON CONFLICT DO UPDATE SET`` assignments with the table's columns on the right named by table (SQLite
    reads a bare ``attempts`` as the stored row's; PostgreSQL calls it ambiguous beside ``excluded``)."""
    bare = regex.compile(r'(?<![.\w"])"?(' + "|".join(map(regex.escape, names)) + r')"?(?![\w"])')
    out = []
    for part in _split_top(assignments):
        left, eq, right = part.partition("=")
        out.append(left + eq + bare.sub(lambda m: f'{table}."{m.group(1)}"', right) if eq else part)
    return ",".join(out)


def _split_top(text: str) -> list[str]:
    """``text`` cut at the commas outside parentheses."""
    parts, depth, current = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _nulls_as_sqlite(sql: str) -> str:
    """SQLite sorts NULL below every value; PostgreSQL above: each ORDER BY term gets SQLite's order."""
    out, pos = [], 0
    for found in _ORDER_BY.finditer(sql):
        if found.start() < pos:
            continue
        start = found.end()
        depth, end = 0, len(sql)
        i = start
        while i < len(sql):
            ch = sql[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    end = i
                    break
                depth -= 1
            elif depth == 0 and (stop := _ORDER_END.match(sql, i)) and (i == 0 or not sql[i - 1].isalnum()):
                end = stop.start()
                break
            i += 1
        terms = []
        for term in _split_top(sql[start:end]):
            body = term.strip()
            if regex.search(r"\bNULLS\s+(FIRST|LAST)$", body, regex.IGNORECASE):
                terms.append(body)
            elif regex.search(r"\bDESC$", body, regex.IGNORECASE):
                terms.append(body + " NULLS LAST")
            else:
                terms.append(body + " NULLS FIRST")
        out.append(sql[pos:start] + " " + ", ".join(terms) + " ")
        pos = end
    out.append(sql[pos:])
    return "".join(out)


def translate(sql: str, primary_keys: tuple[tuple[str, tuple[str, ...]], ...] = (),
              columns: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> str:
    """SQLite SQL as PostgreSQL runs it (psycopg's ``%s`` placeholders). ``primary_keys`` names the conflict
    target of each table for ``INSERT OR REPLACE``; ``columns`` each table's columns (for an upsert's SET)."""
    # placeholders and literal percent signs, outside quoted strings and names
    pieces, last = [], 0
    for quoted in _QUOTED.finditer(sql):
        pieces.append(sql[last:quoted.start()].replace("%", "%%").replace("?", "%s"))
        pieces.append(quoted.group(0).replace("%", "%%"))
        last = quoted.end()
    pieces.append(sql[last:].replace("%", "%%").replace("?", "%s"))
    sql = "".join(pieces)
    sql = _JSON_EXTRACT.sub(lambda m: f"(({m.group(1)})::json ->> '{m.group(2)}')", sql)
    if _ORDER_BY.search(sql):
        sql = _nulls_as_sqlite(sql)
    upsert = _UPSERT.search(sql)
    if upsert and (into := _INTO.match(sql)):
        table = into.group(1)
        names = dict(columns).get(table.lower()) or tuple(c.strip().strip('"') for c in into.group(2).split(","))
        sql = sql[:upsert.end()] + _qualified(sql[upsert.end():], table, names)
    insert = _INSERT.match(sql)
    if insert:
        verb, table, columns = insert.group(1).upper(), insert.group(2), insert.group(3)
        sql = f"INSERT INTO {table} ({columns})" + sql[insert.end():]
        if verb == "IGNORE":
            sql += " ON CONFLICT DO NOTHING"
        else:
            keys = dict(primary_keys).get(table.lower())
            if not keys:
                raise ValueError(f"INSERT OR REPLACE into {table}: no primary key known")
            names = [c.strip() for c in columns.split(",")]
            update = [f"{c} = EXCLUDED.{c}" for c in names if c.strip('"') not in keys]
            target = ", ".join(f'"{k}"' for k in keys)
            sql += (f" ON CONFLICT ({target}) DO UPDATE SET {', '.join(update)}" if update
                    else f" ON CONFLICT ({target}) DO NOTHING")
    return sql


# -- the connection adapter -----------------------------------------------------------------------------------
class Row:
    """A result row read by position or by column name, like ``sqlite3.Row`` (``dict(row)`` works too)."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str | slice) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=False))!r})"


def _row_factory(cursor: Any) -> Any:
    names = [c.name for c in cursor.description or []]
    index: dict[str, int] = {}
    for n, name in enumerate(names):
        index.setdefault(name, n)  # a repeated name: its first column, as sqlite3.Row
    return lambda values: Row(values, index)


class PgConnection:
    """What the shared store code calls on ``store.db`` (``execute``, ``executemany``), on a psycopg connection."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory)
        self.primary_keys: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self.columns: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self._translations: dict[str, str] = {}  # SQLite SQL -> PostgreSQL SQL, for this catalog

    def load_catalog(self) -> None:
        rows = self.conn.execute(
            "SELECT c.relname, array_agg(a.attname ORDER BY array_position(i.indkey, a.attnum)) "
            "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) "
            "WHERE i.indisprimary AND n.nspname = current_schema() GROUP BY c.relname").fetchall()
        self.primary_keys = tuple(sorted((r[0], tuple(r[1])) for r in rows))
        rows = self.conn.execute(
            "SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) FROM information_schema.columns "
            "WHERE table_schema = current_schema() GROUP BY table_name").fetchall()
        self.columns = tuple(sorted((r[0], tuple(r[1])) for r in rows))
        self._translations.clear()

    def _translated(self, sql: str) -> str:
        found = self._translations.get(sql)
        if found is None:
            found = self._translations[sql] = translate(sql, self.primary_keys, self.columns)
        return found

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._translated(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        rows = [tuple(r) for r in rows]
        cursor = self.conn.cursor()
        if rows:
            cursor.executemany(self._translated(sql), rows)
        return cursor

    def raw(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        """PostgreSQL's own SQL, untranslated (``%s`` placeholders)."""
        return self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


class PostgresStore(SqliteStore):
    """The store on a PostgreSQL database (``postgresql://user@host:port/dbname``)."""

    dialect = "postgresql"
    remember_rows = False  # its reads are not behind SQLite's data_version and total_changes

    def __init__(self, url: str) -> None:
        self.path = _redacted(url)  # what messages show: the URL without its password
        self.db = PgConnection(url)  # type: ignore[assignment]
        self._depth = 0
        encoding = self.db.raw("SHOW server_encoding").fetchone()[0]
        if encoding.upper() not in ("UTF8", "UTF-8"):
            raise ValueError(f"the database at {_redacted(url)} is {encoding}: khabar needs a UTF8 database "
                             "(CREATE DATABASE ... ENCODING 'UTF8' TEMPLATE template0)")
        self.migrate()

    # -- schema -------------------------------------------------------------------------------------------
    @property
    def version(self) -> int:
        row = self.db.raw("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        if not row[0]:
            return 0
        found = self.db.raw("SELECT max(version) FROM schema_version").fetchone()[0]
        return int(found or 0)

    def migrate(self) -> None:
        """Apply the schema files newer than the database, under the write lock (two processes opening a new
        database at once apply each file once)."""
        pending = migrations()
        if not (pending and self.version >= pending[-1][0]):
            with self.transaction():
                self.db.raw("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                            "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
                current = self.version
                for version, sql in pending:
                    if version > current:
                        self.db.raw(sql)  # no parameters: one file may hold many statements
                        self.db.raw("INSERT INTO schema_version (version) VALUES (%s)", (version,))
        self.db.load_catalog()

    # SqliteStore.transaction's outermost steps: writers take turns through an advisory lock (SQLite's BEGIN
    # IMMEDIATE), and each commit moves the generation readers key their caches on (SQLite's data_version).
    def _begin(self) -> None:
        self.db.raw("BEGIN")
        self.db.raw("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def _commit(self) -> None:
        self.db.raw("COMMIT")
        self.db.raw("SELECT nextval('khabar_generation')")

    def _rollback(self) -> None:
        self.db.raw("ROLLBACK")

    def generation(self) -> int:
        """Changes whenever a write transaction has committed (from any connection)."""
        return int(self.db.raw("SELECT last_value FROM khabar_generation").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def integrity_check(self) -> str:
        self.db.raw("SELECT 1").fetchone()
        return "ok"

    # -- articles and their search terms ------------------------------------------------------------------
    def save_article(self, article: Article, analysis: Analysis, content_hash: str) -> None:
        """The shared write, then the article's search row (on SQLite, triggers on ``articles`` keep the FTS5 index;
        here the row and its terms are written beside the article, in the same transaction)."""
        import psycopg

        from khabar.store.postgres_search import tsvector

        try:
            with self.transaction():
                super().save_article(article, analysis, content_hash)
                self.db.raw("DELETE FROM articles_fts WHERE id = %s", (article.id,))
                self.db.raw("INSERT INTO articles_fts (id, title, body, terms) VALUES (%s, %s, %s, %s::tsvector)",
                            (article.id, analysis.title, analysis.body,
                             tsvector(analysis.title or "", analysis.body or "")))
        except ArticleNotStored:
            raise
        except (psycopg.DataError, psycopg.IntegrityError, ValueError, OverflowError) as exc:
            raise ArticleNotStored(f"{type(exc).__name__}: {str(exc).strip()}") from exc

    def _delete_search_row(self, article_id: str) -> None:
        self.db.raw("DELETE FROM articles_fts WHERE id = %s", (article_id,))

    def articles(self) -> Iterator[Row]:
        """Every article in id order, a page at a time (a psycopg result is read whole into memory: one query
        for every article's text and analysis would hold the corpus at once)."""
        page = self.db.execute("SELECT * FROM articles ORDER BY id LIMIT ?", (_PAGE,)).fetchall()
        while True:
            yield from page
            if len(page) < _PAGE:
                return
            page = self.db.execute("SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                   (page[-1]["id"], _PAGE)).fetchall()

    def key_postings(self, keys: Iterable[str], day: int | None, window: int,
                     limit: int) -> dict[str, list[tuple[str, float]]]:
        """``SqliteStore.key_postings`` in one round trip instead of one query per key (the link step asks for
        hundreds of keys per article). The same rows: a key's postings in article id order (SQLite's index
        order), a key with more than ``limit`` of them left out."""
        keys = list(dict.fromkeys(keys))
        if not keys:
            return {}
        # the spans that can hold the postings (schema 12: the index is ordered by span first)
        spans = self.link_spans() if day is None else [link_span(UNDATED_DAY), *window_spans(day, window)]
        window_sql, args = ("", []) if day is None else (" AND (day = %s OR day BETWEEN %s AND %s)",
                                                         [UNDATED_DAY, day - window, day + window])
        found: dict[str, list[tuple[str, float]]] = {}
        for r in self.db.raw(
                "SELECT k.key, p.article_id, p.weight FROM unnest(%s::text[]) WITH ORDINALITY AS k(key, n) "
                "CROSS JOIN LATERAL (SELECT article_id, weight FROM link_keys WHERE span = ANY(%s::integer[]) AND "
                f"key = k.key{window_sql} ORDER BY article_id LIMIT %s) p ORDER BY k.n, p.article_id",
                [keys, spans, *args, limit + 1]):
            found.setdefault(r[0], []).append((r[1], r[2]))
        return {key: postings for key, postings in found.items() if len(postings) <= limit}

    def search(self, query: str, limit: int = 20) -> list[Row]:
        from khabar.store.postgres_search import simple_search

        return simple_search(self, query, limit)

    def articles_with_names(self, names: Iterable[str], limit: int) -> dict[str, list[str]]:
        from khabar.store.postgres_search import articles_with_names

        return articles_with_names(self, names, limit)


def _redacted(url: str) -> str:
    """``url`` without its password."""
    return regex.sub(r"://([^:/@?#]+):[^/?#]*@", r"://\1:***@", url)


__all__ = ["PgConnection", "PostgresStore", "Row", "migrations", "translate"]
