"""The whole pipeline on real-length Hindi articles (composed from ../shared/data/stories, see corpus.py).

    python benchmarks/bench_pipeline.py html --count 500     # khabar ingest vs trafilatura.extract, same pages
    python benchmarks/bench_pipeline.py scale --count 1000   # articles/s and peak RSS, JSON Lines in

``html``: writes ``count`` news-site pages, times ``trafilatura.extract`` on each, then ``khabar ingest`` of the
same folder (read and extract, analyse, store, link) in the same process, and prints the ratio. ``scale``: ingests
``count`` articles from JSON Lines. Both print wall and CPU seconds (the CPU time of this process and its
children, which is what a busy shared machine distorts least) and the peak RSS. Results go to
docs/benchmarks.md with the machine and the command.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

import corpus
import trafilatura

from khabar.run.local import ingest, link_stored
from khabar.store.sqlite import SqliteStore


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class Clock:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), _cpu()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), _cpu()
        out = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return out


def _header(args: argparse.Namespace) -> None:
    print(f"machine: {platform.machine()} {os.cpu_count()} CPUs, python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.2f}; count={args.count} workers={args.workers}")


def _ingest(paths: list[Path], db: Path, workers: int) -> dict[str, tuple[float, float]]:
    store = SqliteStore(db)
    clock = Clock()
    report = ingest(paths, store, workers=workers, link=False)
    analysed = clock.lap()
    print(f"  (read+analyse+store done: {analysed[0]:.1f} s wall, {analysed[1]:.1f} s CPU; peak RSS so far "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)", flush=True)
    link_stored(store, report)
    linked = clock.lap()
    assert report.new == report.stored and not report.errors, report.errors[:3]
    print(f"stored {report.new}; linked: {report.linked}")
    return {"read+analyse+store": analysed, "link": linked}


def _report(parts: dict[str, tuple[float, float]], count: int) -> tuple[float, float]:
    wall = sum(w for w, _ in parts.values())
    cpu = sum(c for _, c in parts.values())
    for name, (w, c) in parts.items():
        print(f"  {name}: {w:.1f} s wall, {c:.1f} s CPU")
    print(f"  whole pipeline: {wall:.1f} s wall = {count / wall:.1f} articles/s; {cpu:.1f} s CPU = "
          f"{count / cpu:.1f} articles/CPU-s")
    return wall, cpu


def html_vs_trafilatura(args: argparse.Namespace, tmp: Path) -> None:
    pages = corpus.write_html(tmp / "pages", corpus.compose(args.count, seed=args.seed))
    documents = [p.read_text(encoding="utf-8") for p in pages]
    clock = Clock()
    extracted = [trafilatura.extract(d) for d in documents]
    t_wall, t_cpu = clock.lap()
    assert all(extracted)
    print(f"trafilatura.extract: {t_wall:.2f} s wall, {t_cpu:.2f} s CPU for {len(pages)} pages")
    print("khabar ingest (same pages):")
    wall, cpu = _report(_ingest([tmp / "pages"], tmp / "bench.db", args.workers), len(pages))
    print(f"ratio to trafilatura: {wall / t_wall:.1f}x wall, {cpu / t_cpu:.1f}x CPU")


def scale(args: argparse.Namespace, tmp: Path) -> None:
    src = corpus.write_jsonl(tmp / "in.jsonl", corpus.compose(args.count, seed=args.seed))
    _report(_ingest([src], tmp / "bench.db", args.workers), args.count)
    print(f"database: {(tmp / 'bench.db').stat().st_size / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["html", "scale"])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    _header(args)
    with tempfile.TemporaryDirectory() as tmp:
        (html_vs_trafilatura if args.mode == "html" else scale)(args, Path(tmp))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB (largest worker process: {children:.0f} MB); "
          f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
