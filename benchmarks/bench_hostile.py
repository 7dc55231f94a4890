"""The hostile-input batch of tests/hostile_corpus.py plus the example articles, through the real CLI: wall time,
peak memory of the ingest process, failures reported and articles stored.

    python benchmarks/bench_hostile.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from hostile_corpus import build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="khabar-hostile-"))
    kinds = build(root / "corpus")
    good = sorted(p for p in (REPO / "examples").iterdir() if p.suffix == ".txt")
    db = root / "bench.db"
    env = {**os.environ, "KHABAR_DB": str(db), "PYTHONPATH": str(REPO / "src"), "COLUMNS": "300"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "khabar", "ingest", str(root / "corpus"),
                             str(root / "corpus" / "pipe.txt"), *map(str, good)],
                            capture_output=True, text=True, env=env)
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    print(json.dumps({"kinds": len(kinds), "good_files": len(good), "seconds": round(seconds, 1),
                      "peak_rss_mb": round(peak), "reported": len(errors),
                      "tracebacks": result.stderr.count("Traceback"), "exit": result.returncode,
                      "summary": result.stderr.strip().splitlines()[-1]}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
