"""Ingest throughput and peak memory on synthetic Hindi articles.

    python benchmarks/bench_ingest.py --count 1000 [--workers 2]

Writes a fresh SQLite file in a temporary folder, ingests ``count`` generated articles through the same code path
as ``khabar ingest`` (analysis, store, link), and prints articles/s and the peak resident memory. Results go into
docs/benchmarks.md with the machine and the command.
"""

from __future__ import annotations

import argparse
import platform
import resource
import tempfile
import time
from pathlib import Path

from khabar.run.local import ingest
from khabar.store.sqlite import SqliteStore
from khabar.synthetic import write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--sentences", type=int, default=6, help="sentences per article")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(Path(tmp) / "gen.jsonl", args.count, args.sentences)
        store = SqliteStore(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        report = ingest([src], store, workers=args.workers, link=False)
        t1 = time.perf_counter()
        from khabar.link.run import relink

        relink(store)
        t2 = time.perf_counter()
        size = (Path(tmp) / "bench.db").stat().st_size
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    print(f"articles: {report.new} stored, {len(report.errors)} failed, workers={args.workers}")
    print(f"analyse+store: {t1 - t0:.2f} s = {report.new / (t1 - t0):.1f} articles/s")
    print(f"link (stories, syndication, entities): {t2 - t1:.2f} s")
    print(f"database: {size / 1e6:.1f} MB; peak RSS of this process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
