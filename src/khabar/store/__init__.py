"""The store: SQLite by default (one file)."""

from khabar.store.sqlite import SqliteStore, default_path

__all__ = ["SqliteStore", "default_path", "open_store"]


def open_store(path: str | None = None) -> SqliteStore:
    return SqliteStore(path)
