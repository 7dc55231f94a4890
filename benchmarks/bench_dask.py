"""Analysis throughput on Dask workers: a local cluster of 1, then 2 (or ``--workers``) processes.

    python benchmarks/bench_dask.py --count 400 --workers 1 2

Composed real-length Hindi articles (corpus.py). Each worker analyses one article first (loading the NER model
and gazetteers) so that start-up is not timed; then ``count`` articles go through ``analyse_on_dask`` (the
ingest engine's path, results in input order) and articles/s is printed with the load average before and
after: on a shared machine, other jobs take cores from the workers.
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import corpus

from khabar.analyse.pipeline import analyse
from khabar.model import Article
from khabar.run.dask import analyse_on_dask, dask_client


def _warm() -> int:
    analyse(Article(id="warm", text="नई दिल्ली में मंगलवार को 12 मंत्रियों की बैठक हुई। प्रधानमंत्री ने कहा कि काम जारी रहेगा।"))
    return os.getpid()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    articles = [Article(id=a["id"], text=a["text"], title=a["title"], source=a["source"], published=a["published"])
                for a in corpus.compose(args.count, seed=args.seed)]
    print(f"machine: {platform.machine()} {os.cpu_count()} CPUs, python {platform.python_version()}; "
          f"{len(articles)} articles, {sum(len(a.text) for a in articles) / len(articles):.0f} characters on average")
    rates = {}
    for n in args.workers:
        with dask_client(workers=n) as client:
            client.run(_warm)
            load = os.getloadavg()[0]
            t0 = time.perf_counter()
            failed = sum(isinstance(r, str) for _, r in analyse_on_dask(client, iter(articles), window=4 * n))
            wall = time.perf_counter() - t0
        rates[n] = len(articles) / wall
        print(f"workers={n}: {wall:.1f} s = {rates[n]:.1f} articles/s ({failed} failed); load average "
              f"{load:.2f} before, {os.getloadavg()[0]:.2f} after")
    if 1 in rates:
        for n, rate in rates.items():
            if n != 1:
                print(f"speed-up {n} workers / 1: {rate / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
