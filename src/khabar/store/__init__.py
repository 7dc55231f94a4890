"""The store: one interface (``khabar.store.base.Store``), SQLite by default (one file).

``open_store(path_or_url)`` is how every command, the Python API and the link step get a store: a file path (or
``sqlite:///path``) opens SQLite; ``postgresql://user@host:port/dbname`` opens PostgreSQL (``store/postgres.py``,
needs ``pip install 'khabar[postgres]'``)."""

from __future__ import annotations

from pathlib import Path

from khabar.store.base import ArticleNotStored, LinkResult, Store
from khabar.store.sqlite import SqliteStore, default_path

__all__ = ["ArticleNotStored", "LinkResult", "SqliteStore", "Store", "default_path", "open_store"]


def open_store(path_or_url: str | Path | None = None) -> Store:
    """The store at ``path_or_url`` (default: ``$KHABAR_DB`` or ./khabar.db), created and migrated if needed."""
    target = str(path_or_url or default_path())
    scheme, sep, rest = target.partition("://")
    if sep and scheme in ("sqlite", "file"):
        # SQLAlchemy's form: sqlite:///relative.db, sqlite:////absolute/path.db
        return SqliteStore(rest[1:] if rest.startswith("/") else rest)
    if sep and scheme.lower() in ("postgresql", "postgres"):
        from khabar.store.postgres import PostgresStore  # psycopg is imported only for a PostgreSQL store

        return PostgresStore(target)
    if sep and len(scheme) > 1:  # a one-letter scheme is a Windows drive, not a URL
        raise ValueError(f"no store backend for {scheme}:// (this khabar knows sqlite://, postgresql:// and "
                         "file paths)")
    return SqliteStore(target)
