"""The store: SQLite by default (one file)."""

from khabar.store.sqlite import SqliteStore, default_path

__all__ = ["SqliteStore", "default_path"]
