"""The link step on many generated articles: time and peak memory as the store grows.

    python benchmarks/bench_link_scale.py --count 10000

Stores ``count`` generated articles with their analyses already made (``khabar.synthetic.analysed_article``:
events of four articles, forty events a day, rare event words, people, a place and a figure per event, filler words
of each article's own), then links them all with ``khabar.link.run.relink`` (chunks of ``CHUNK`` articles, each a
neighbourhood step applied in one transaction). Prints the link step's CPU and wall time, its rate, the stories it
made, and the peak resident memory of the process. Run one size per process: peak RSS is per process. With
``--progress`` it prints each chunk's CPU time as it is applied (a step's cost should not grow with the store).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from khabar.link.run import CHUNK, relink
from khabar.store import open_store
from khabar.synthetic import ARTICLES_PER_EVENT, analysed_article


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--progress", action="store_true", help="print each chunk's CPU time as it is applied")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        print(f"storing {args.count} analysed articles", flush=True)
        with store.transaction():
            for i in range(args.count):
                article, analysis = analysed_article(i)
                store.save_article(article, analysis, f"h{i}")
        t1, c1 = time.perf_counter(), time.process_time()
        last = [0.0, c1, os.times()]

        def progress(what: str, done: int, total: int) -> None:
            if not args.progress:
                return
            if what == "linked":  # one chunk applied: its CPU time shows whether a step's cost grows with the store
                now = time.process_time()
                times = os.times()  # user and system apart: the system part is SQLite's page reads and writes
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"  chunk to {done}/{total}: {now - last[1]:.1f} s CPU (user {times.user - last[2].user:.1f}, "
                      f"system {times.system - last[2].system:.1f}), {now - c1:.0f} s CPU in all, "
                      f"{time.perf_counter() - t1:.0f} s wall, peak RSS {rss:.0f} MB", flush=True)
                last[1], last[2] = now, times

        counts = relink(store, progress=progress)
        t2, c2 = time.perf_counter(), time.process_time()
        size = (Path(tmp) / "bench.db").stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"machine: {platform.machine()} {platform.processor() or ''}, python {platform.python_version()}")
    print(f"articles: {args.count} ({args.count // ARTICLES_PER_EVENT} events), chunk {CHUNK}; store {t1 - t0:.1f} s")
    print(f"link: {c2 - c1:.1f} s CPU, {t2 - t1:.1f} s wall = {args.count / (c2 - c1):.0f} articles/CPU-s; {counts}")
    print(f"database {size / 1e6:.0f} MB; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
