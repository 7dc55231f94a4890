"""An ingest killed with SIGKILL leaves a sound database, and a re-run completes it."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time

from conftest import khabar_exe, run_khabar

N = 1000
PLACES = ["दिल्ली", "मुंबई", "पटना", "जयपुर", "लखनऊ", "भोपाल", "रांची", "शिमला"]
TOPICS = ["बाढ़", "चुनाव", "बजट", "परीक्षा", "सड़क", "अस्पताल", "बिजली", "पानी"]


def generated_articles(path):
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            place, topic = PLACES[i % len(PLACES)], TOPICS[(i // 8) % len(TOPICS)]
            text = (f"{place} में {topic} पर बैठक संख्या {i}\n{place}, {1 + i % 28} मार्च (पीटीआई)। "
                    f"{place} के अधिकारियों ने मंगलवार को {topic} से जुड़ी योजना संख्या {i} की समीक्षा की। "
                    f"अधिकारियों ने कहा कि लगभग {100 + i} लोग इससे लाभान्वित होंगे।")
            fh.write(json.dumps({"id": f"gen{i:04d}", "text": text}, ensure_ascii=False) + "\n")


def stored(db):
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_kill_during_ingest_then_rerun(tmp_path):
    src = tmp_path / "gen.jsonl"
    generated_articles(src)
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
                              "(SELECT 1 FROM articles_fts f WHERE f.id = a.id)").fetchone()[0]
        assert orphans == 0
    rerun = run_khabar("ingest", str(src), db=db)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N - partial} new, 0 updated, {partial} unchanged" in rerun.stderr
    assert stored(db) == N
