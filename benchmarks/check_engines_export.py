"""Do the local and the Dask engines store the same thing? ``count`` real-length articles (corpus.py) are ingested
once with each engine, each into its own SQLite store (or PostgreSQL database: ``--db-a``/``--db-b`` URLs), then
exported with ``khabar export``; every export file is compared byte for byte.

    python benchmarks/check_engines_export.py --count 1000 --workers 2

Prints the time of each ingest and which files differ (none, when the engines agree); exits 1 if any does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus


def _khabar(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "khabar", *args], capture_output=True, text=True, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="khabar-engines-") as tmp:
        root = Path(tmp)
        source = corpus.write_jsonl(root / "articles.jsonl", corpus.compose(args.count, seed=args.seed))
        exports = {}
        for engine in ("local", "dask"):
            db, out = root / f"{engine}.db", root / f"export-{engine}"
            extra = ["--engine", "dask", "--workers", str(args.workers)] if engine == "dask" else []
            started = time.perf_counter()
            _khabar("ingest", str(source), "--db", str(db), *extra)
            took = time.perf_counter() - started
            _khabar("export", str(out), "--db", str(db))
            exports[engine] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
            print(f"{engine}: ingest {took:.1f} s wall, export files {len(exports[engine])}")
        differ = sorted(name for name in exports["local"].keys() | exports["dask"].keys()
                        if exports["local"].get(name) != exports["dask"].get(name))
        lines = {name: data.count(b"\n") for name, data in exports["local"].items()}
        print(f"{args.count} articles, machine {os.uname().machine} {os.cpu_count()} CPUs; rows: {lines}")
        print("exports identical" if not differ else f"exports differ in: {', '.join(differ)}")
        return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
