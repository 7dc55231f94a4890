"""An ingest killed with SIGKILL leaves a sound database, and a re-run completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time

from conftest import khabar_exe, run_khabar
from khabar.synthetic import write_jsonl

N = 200  # enough to kill it after 50 are stored (tests/test_kill_points.py kills at 20 random points)


def stored(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_kill_during_ingest_then_rerun(tmp_path):
    src = tmp_path / "gen.jsonl"
    write_jsonl(src, N)
    db = tmp_path / "k.db"
    env = {**os.environ, "KHABAR_DB": str(db)}
    proc = subprocess.Popen([*khabar_exe(), "ingest", str(src)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline:
        time.sleep(0.2)
        if db.exists():
            try:
                if stored(db) >= 50:
                    break
            except sqlite3.OperationalError:
                pass  # the schema is being created
        assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = stored(db)
    assert 50 <= partial < N
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Findings of every stored article are complete: one transaction per article.
        orphans = con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                              "(SELECT 1 FROM search_docs d JOIN search_fts f ON f.rowid = d.doc "
                              "WHERE d.article_id = a.id)").fetchone()[0]
        assert orphans == 0
    rerun = run_khabar("ingest", str(src), db=db)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N - partial} new, 0 updated, {partial} unchanged" in rerun.stderr
    assert stored(db) == N
