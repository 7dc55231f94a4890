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
    started = time.monotonic()
    report = ingest(sources, SqliteStore(db))
    assert not report.errors and report.new == len(sources) - 1 + 16
    return {"sources": sources, "export": records(SqliteStore(db)), "seconds": time.monotonic() - started,
            "folder": folder}


def _kill_once(reference: dict, db: Path, rng: random.Random) -> bool:
    """Start the ingest, kill it at a random moment after the first article is stored. False when it finished
    before the moment came."""
    child = multiprocessing.get_context("fork").Process(target=_ingest_and_exit, args=(reference["sources"], db))
    child.start()
    deadline = time.monotonic() + 600
    while _stored(db) < 1 and child.exitcode is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(rng.uniform(0, reference["seconds"] * 0.8))
    killed = child.exitcode is None
    if killed:
        os.kill(child.pid, signal.SIGKILL)
    child.join()
    return killed


def _check_point(reference: dict, index: int) -> None:
    rng = random.Random(1000 + index)
    db = reference["folder"] / f"killed{index}.db"
    for _ in range(5):  # a point the ingest outran is drawn again, from a fresh database
        for leftover in db.parent.glob(db.name + "*"):
            leftover.unlink()
        if _kill_once(reference, db, rng):
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
    while not _kill_once(reference, db, rng):
        for leftover in tmp_path.glob("k.db*"):
            leftover.unlink()
    store = SqliteStore(db)
    stored = set(store.article_ids())
    assert stored, "the kill came before any article was stored"
    linked = {r[0] for r in store.db.execute("SELECT id FROM articles WHERE story_id IS NOT NULL")}
    assert stored - linked <= set(store.link_pending())
