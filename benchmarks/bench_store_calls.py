"""The link step's store reads on SQLite and PostgreSQL: a batch of composed real-length articles linked at once,
then more added one at a time (``save_article`` + ``relink(changed={id})``, as ``khabar ingest one.jsonl`` does).
Counts the store's read calls of the adds (each one query, a round trip to a PostgreSQL server) and times them.

    python benchmarks/bench_store_calls.py --batch 100 --adds 25     # starts a throwaway PostgreSQL server

Client CPU is this process's (``time.process_time``); the server's CPU is read from its processes in /proc (as
bench_postgres.py does). The articles come from corpus.py (../shared/data/stories, never written to the repo).
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from collections import Counter
from pathlib import Path

import corpus
from bench_postgres import _server_cpu, throwaway_server

from khabar.analyse.pipeline import analyse
from khabar.link.run import relink
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store import open_store


def _server_pids(data_dir: Path) -> list[int]:
    """The throwaway server's postmaster and its children (not other PostgreSQL servers on the machine)."""
    master = int((data_dir / "postmaster.pid").read_text().split()[0])
    pids = [master]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{master}\n" in status:
                pids.append(int(entry.name))
    return pids


# The store's reads the link step makes per article or per entity.
READS = ("entity_", "article_", "key_postings", "mention_entities", "stories_")


def run(target: str, analysed: list, batch: int, data_dir: Path | None) -> tuple[float, float, float, Counter]:
    store = open_store(target)
    for article, analysis in analysed[:batch]:
        store.save_article(article, analysis, article_hash(article))
    relink(store)
    calls: Counter = Counter()
    for name in dir(type(store)):
        if name.startswith(READS) and callable(getattr(store, name)):
            real = getattr(store, name)

            def counted(*args, _real=real, _name=name, **kwargs):
                calls[_name] += 1
                return _real(*args, **kwargs)
            setattr(store, name, counted)
    pids = _server_pids(data_dir) if data_dir else []
    server_cpu, cpu, wall = _server_cpu(pids), time.process_time(), time.perf_counter()
    for article, analysis in analysed[batch:]:
        store.save_article(article, analysis, article_hash(article))
        relink(store, changed={article.id})
    out = (time.process_time() - cpu, _server_cpu(pids) - server_cpu, time.perf_counter() - wall, calls)
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--adds", type=int, default=25)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--url", help="a PostgreSQL database (empty); default: a throwaway server as the tests start")
    args = parser.parse_args()
    server, url = throwaway_server(args.url)
    try:
        articles = [Article(id=a["id"], text=a["text"], title=a.get("title"), source=a.get("source"),
                            published=a.get("published"))
                    for a in corpus.compose(args.batch + args.adds, seed=args.seed)]
        analysed = [(a, analyse(a)) for a in articles]
        with tempfile.TemporaryDirectory() as tmp:
            results = {"SQLite": run(str(Path(tmp) / "calls.db"), analysed, args.batch, None),
                       "PostgreSQL": run(url, analysed, args.batch, server.data if server else None)}
    finally:
        if server is not None:
            server.stop()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.python_version()}; load average "
          f"{os.getloadavg()[0]:.1f}; {args.batch} articles linked as a batch, then {args.adds} added one at a time")
    for name, (cpu, server_cpu, wall, calls) in results.items():
        print(f"{name}: {sum(calls.values())} store reads; client CPU {cpu:.2f} s, server CPU {server_cpu:.2f} s, "
              f"wall {wall:.1f} s; most asked: {dict(calls.most_common(5))}")


if __name__ == "__main__":
    main()
