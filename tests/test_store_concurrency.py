"""Two processes opening a new database at once: the schema is created once, neither fails."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from khabar.store.sqlite import SqliteStore, migrations


def _open(path: str, barrier) -> None:
    barrier.wait()
    try:
        SqliteStore(path).close()
    except Exception as exc:
        with open(path + ".error", "a", encoding="utf-8") as f:
            f.write(f"{type(exc).__name__}: {exc}\n")
        os._exit(1)
    os._exit(0)


def test_two_processes_migrate_a_new_database_at_once(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for round_ in range(6):
        path = str(tmp_path / f"new{round_}.db")
        barrier = ctx.Barrier(3)
        children = [ctx.Process(target=_open, args=(path, barrier)) for _ in range(3)]
        for child in children:
            child.start()
        for child in children:
            child.join(60)
        errors = Path(path + ".error").read_text(encoding="utf-8") if Path(path + ".error").exists() else ""
        assert [c.exitcode for c in children] == [0, 0, 0], f"round {round_}: {errors}"
        store = SqliteStore(path)
        assert store.version == migrations()[-1][0]
        assert store.count("articles") == 0
