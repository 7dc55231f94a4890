"""The short fuzzing run CI makes (the ten-minute one is in docs/testing.md): the atheris harness over the ingest
boundary and the parsers, from its own seed corpus, must end without a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_fuzzing_the_ingest_boundary_and_parsers_finds_no_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "fuzz_ingest.py"), "-max_total_time=30", "-rss_limit_mb=3072",
         "-timeout=60", str(corpus)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr  # libFuzzer's closing line: it ran, and ran out of time, not of luck
    assert any(corpus.iterdir())  # the seed corpus was written and explored
