"""SQLite against PostgreSQL: storing and linking the same analysed articles, the queries the CLI and the web
make, and whether the two exports are identical.

    python benchmarks/bench_postgres.py --count 1000                  # starts a throwaway PostgreSQL server
    python benchmarks/bench_postgres.py --count 1000 --url postgresql://khabar@localhost/khabar_bench

Composed real-length Hindi articles (corpus.py, from ../shared/data/stories). Each article is analysed once
(timed apart: the same work for both backends), then each backend stores every article (``save_article``) and
runs the link step over all of them (``relink``, the ingest's path). Wall and CPU seconds of this process are
printed; on PostgreSQL the server's own CPU is in its processes, so its CPU column is the client's only, and the
server's CPU (from /proc) is printed beside it when the server runs here.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import corpus

from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link.run import relink
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store import open_store
from khabar.store.read import Reader

QUERIES = ["कोरोना", "लॉकडाउन", "दिल्ली", "मुख्यमंत्री", "अस्पताल में भर्ती", "Modi", "तबलीगी जमात", "मौत", "जांच",
           "पुलिस"]


def _server_cpu(pids: list[int]) -> float:
    """CPU seconds of the PostgreSQL server's processes (and their finished children) so far."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15]) / tick  # utime, stime, cutime, cstime
    return total


def _postgres_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def _timed(fn, rounds: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def run_backend(target: str, analysed: list[tuple[Article, object]], rounds: int) -> dict:
    out: dict = {}
    wall, cpu = time.perf_counter(), time.process_time()
    store = open_store(target)
    pids = _postgres_pids() if target.startswith("postgres") else []  # with this connection's backend
    server_before = _server_cpu(pids)
    for article, analysis in analysed:
        store.save_article(article, analysis, article_hash(article))
    out["store_s"], out["store_cpu_s"] = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    relink(store, changed={a.id for a, _ in analysed})
    out["link_s"], out["link_cpu_s"] = time.perf_counter() - wall, time.process_time() - cpu
    out["server_cpu_s"] = _server_cpu(pids) - server_before if pids else None
    reader = Reader(store)
    story_ids = reader.ids("stories")[:20]
    article_ids = reader.ids("articles")[:50]
    queries = {
        "stories page": lambda: reader.stories(limit=50),
        "20 story pages": lambda: [reader.story(s) for s in story_ids],
        "50 article pages": lambda: [reader.article(a) for a in article_ids],
        "entity list": lambda: reader.entity_list(limit=50),
        "10 searches": lambda: [reader.search(q) for q in QUERIES],
    }
    out["queries_ms"] = {name: round(_timed(fn, rounds)[0] * 1000, 1) for name, fn in queries.items()}
    out["hits"] = {q: reader.search(q, limit=0).total for q in QUERIES}
    wall = time.perf_counter()
    out["export"] = records(store)
    out["export_s"] = time.perf_counter() - wall
    store.close()
    return out


def throwaway_server(url: str | None) -> tuple[Any, str]:
    """``(server, url)``: ``url`` as given, or a throwaway PostgreSQL server started as the tests start one
    (``server.stop()`` when done; None when ``url`` was given)."""
    if url is not None:
        return None, url
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from conftest import PostgresServer, _postgres_bin  # the tests' throwaway server

    server = PostgresServer(_postgres_bin())
    return server, server.database()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--url", help="a PostgreSQL database to use (emptied first is up to you); default: start "
                                      "a throwaway server with initdb/pg_ctl as the tests do")
    parser.add_argument("--rounds", type=int, default=3, help="repetitions of each query (median)")
    args = parser.parse_args()
    server, url = throwaway_server(args.url)
    try:
        articles = [Article(id=a["id"], text=a["text"], title=a.get("title"), source=a.get("source"),
                            published=a.get("published")) for a in corpus.compose(args.count, seed=args.seed)]
        wall, cpu = time.perf_counter(), time.process_time()
        analysed = [(a, analyse(a)) for a in articles]
        print(f"analysis (once, for both): {time.perf_counter() - wall:.1f} s wall, "
              f"{time.process_time() - cpu:.1f} s CPU, {len(analysed)} articles")
        with tempfile.TemporaryDirectory() as tmp:
            warm = open_store(str(Path(tmp) / "warm.db"))  # the link step's lazy imports and tables, not timed
            for article, analysis in analysed[:10]:
                warm.save_article(article, analysis, article_hash(article))
            relink(warm)
            warm.close()
            results = {"sqlite": run_backend(str(Path(tmp) / "bench.db"), analysed, args.rounds),
                       "postgresql": run_backend(url, analysed, args.rounds)}
    finally:
        if server is not None:
            server.stop()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'':22}{'SQLite':>12}{'PostgreSQL':>12}")
    lite, pg = results["sqlite"], results["postgresql"]
    for key, label in (("store_s", "store wall s"), ("store_cpu_s", "store CPU s"), ("link_s", "link wall s"),
                       ("link_cpu_s", "link CPU s"), ("export_s", "export s")):
        print(f"{label:22}{lite[key]:12.2f}{pg[key]:12.2f}")
    if pg["server_cpu_s"] is not None:
        print(f"{'server CPU s':22}{'':>12}{pg['server_cpu_s']:12.2f}")
    n = len(analysed)
    print(f"{'articles/s (store+link)':22}{n / (lite['store_s'] + lite['link_s']):12.1f}"
          f"{n / (pg['store_s'] + pg['link_s']):12.1f}")
    for name in lite["queries_ms"]:
        print(f"{name + ' ms':22}{lite['queries_ms'][name]:12.1f}{pg['queries_ms'][name]:12.1f}")
    same_hits = lite["hits"] == pg["hits"]
    print(f"search totals the same: {same_hits} {pg['hits'] if not same_hits else ''}")
    identical = lite["export"] == pg["export"]
    print(f"exports identical: {identical} ({', '.join(f'{k} {len(v)}' for k, v in lite['export'].items())})")
    if not identical:
        for name in lite["export"]:
            if lite["export"][name] != pg["export"][name]:
                print(f"  differs: {name}")
        sys.exit(1)


if __name__ == "__main__":
    main()
