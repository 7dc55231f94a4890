"""Stores as an older khabar wrote them, for the migration tests of both backends."""

from __future__ import annotations

import pytest

import khabar.store.sqlite as sqlite_store
from khabar.store import open_store
from khabar.store.base import Store


def open_before(url: str, version: int) -> Store:
    """The store at ``url`` opened by a khabar that knows only the schema files before ``version`` (so it stands at
    ``version - 1``); opening it again with :func:`open_store` applies the rest."""
    if url.startswith("postgresql"):
        import khabar.store.postgres as module
    else:
        module = sqlite_store
    older = [m for m in module.migrations() if m[0] < version]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "migrations", lambda: older)
        store = open_store(url)
    assert store.version == version - 1
    return store
