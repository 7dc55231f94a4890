"""Processes opening a new database at once: the schema is created once, none fails (on each backend)."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from khabar.store import open_store
from khabar.store.sqlite import migrations


def _open(target: str, errors: str, barrier) -> None:
    barrier.wait()
    try:
        open_store(target).close()
    except Exception as exc:
        with open(errors, "a", encoding="utf-8") as f:
            f.write(f"{type(exc).__name__}: {exc}\n")
        os._exit(1)
    os._exit(0)


def test_processes_migrate_a_new_database_at_once(store_at, tmp_path):
    ctx = multiprocessing.get_context("fork")
    for round_ in range(4):
        target, errors = store_at(f"new{round_}"), str(tmp_path / f"new{round_}.error")
        barrier = ctx.Barrier(3)
        children = [ctx.Process(target=_open, args=(target, errors, barrier)) for _ in range(3)]
        for child in children:
            child.start()
        for child in children:
            child.join(60)
        found = Path(errors).read_text(encoding="utf-8") if Path(errors).exists() else ""
        assert [c.exitcode for c in children] == [0, 0, 0], f"round {round_}: {found}"
        store = open_store(target)
        assert store.version == migrations()[-1][0]
        assert store.count("articles") == 0
