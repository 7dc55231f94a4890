"""Crash safety: an ingest killed with SIGKILL at random points (after the first articles are stored) leaves a
sound database, and running the same ingest again gives the export an uninterrupted run gives.

The ingest runs in a forked child (models already loaded, so a kill point costs seconds, not a process start);
the parent kills it at a random moment, checks ``PRAGMA integrity_check``, re-runs the ingest and compares the
whole export. Three kill points run by default; all twenty with ``-m slow``.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES
from khabar.export import records
from khabar.run.local import ingest
from khabar.store.sqlite import SqliteStore
from khabar.synthetic import write_jsonl

POINTS = 20
DEFAULT_POINTS = 3


def _sources(folder: Path) -> list[Path]:
    return [*sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt"), write_jsonl(folder / "gen.jsonl", 16)]


def _ingest_and_exit(sources: list[Path], db: Path) -> None:
    ingest(sources, SqliteStore(db))
    os._exit(0)


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or the schema is being written
        return 0


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("kill")
    sources = _sources(folder)
    db = folder / "reference.db"
    report = ingest(sources, SqliteStore(db))
    assert not report.errors and report.new == len(sources) - 1 + 16
    # How long a forked ingest (models already loaded) runs after its first article is stored: the kill
    # points are drawn from that window.
    timed = folder / "timed.db"
    child = multiprocessing.get_context("fork").Process(target=_ingest_and_exit, args=(sources, timed))
    child.start()
    while _stored(timed) < 1 and child.exitcode is None:
        time.sleep(0.02)
    first = time.monotonic()
    child.join()
    assert child.exitcode == 0
    return {"sources": sources, "export": records(SqliteStore(db)), "seconds": time.monotonic() - first,
            "folder": folder}


def _kill_once(reference: dict, db: Path, rng: random.Random, share: float = 0.9) -> bool:
    """Start the ingest, kill it at a random moment after the first article is stored (within ``share`` of its
    usual run). False when it finished before the moment came."""
    child = multiprocessing.get_context("fork").Process(target=_ingest_and_exit, args=(reference["sources"], db))
    child.start()
    deadline = time.monotonic() + 600
    while _stored(db) < 1 and child.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(rng.uniform(0, reference["seconds"] * share))
    killed = child.exitcode is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    child.join()
    return killed


def _check_point(reference: dict, index: int) -> None:
    rng = random.Random(1000 + index)
    db = reference["folder"] / f"killed{index}.db"
    for attempt in range(6):  # a point the ingest outran (the machine is shared) is drawn again, earlier
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()
        if _kill_once(reference, db, rng, 0.9 / 2**attempt):
            break
    else:
        pytest.fail("the ingest finished before every drawn kill point")
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = SqliteStore(db)
    report = ingest(reference["sources"], store)
    assert not report.errors
    exported = records(store)
    for name, rows in reference["export"].items():
        assert exported[name] == rows, f"kill point {index}: {name} differ from an uninterrupted run"
    assert store.link_pending() == []


@pytest.mark.parametrize("index", range(DEFAULT_POINTS))
def test_a_killed_ingest_is_completed_by_the_next_one(reference, index):
    _check_point(reference, index)


@pytest.mark.slow
@pytest.mark.parametrize("index", range(DEFAULT_POINTS, POINTS))
def test_twenty_kill_points(reference, index):
    _check_point(reference, index)


def test_articles_stored_before_a_kill_are_marked_for_linking(reference, tmp_path):
    """The mark is written in the article's own transaction: whatever is stored is marked or linked."""
    db = tmp_path / "k.db"
    rng = random.Random(7)
    while not _kill_once(reference, db, rng, 0.3):
        for leftover in tmp_path.glob("k.db*"):
            leftover.unlink()
    store = SqliteStore(db)
    stored = set(store.article_ids())
    assert stored, "the kill came before any article was stored"
    linked = {r[0] for r in store.db.execute("SELECT id FROM articles WHERE story_id IS NOT NULL")}
    assert stored - linked <= set(store.link_pending())
