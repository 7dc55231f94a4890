"""Throughput of the date and quantity finders on synthetic Hindi articles.

    python benchmarks/bench_dates.py --count 500

Builds ``count`` articles from the sentence table in tests/test_timex_table.py and tests/test_numbers_table.py
(written for khabar, no seed text), runs ``find_timexes`` and ``find_quantities`` on each, and prints articles/s
and characters/s. Results go into docs/benchmarks.md with the machine and the command.
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import time
from pathlib import Path

from khabar.analyse.quantities import find_quantities
from khabar.analyse.timex import find_timexes
from khabar.model import Analysis
from khabar.text.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_numbers_table import QUANTITIES
from test_timex_table import TABLE


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--sentences", type=int, default=20, help="sentences per article")
    args = parser.parse_args()
    rng = random.Random(7)
    pool = [row[0] for row in TABLE] + [row[0] for row in QUANTITIES]
    texts = [" ".join(rng.choice(pool) for _ in range(args.sentences)) for _ in range(args.count)]
    chars = sum(len(t) for t in texts)
    find_timexes("बुधवार", Analysis("w", "hi", None, [], [], "", None, None, [], None))  # compile the grammar
    t0 = time.perf_counter()
    timexes = quantities = 0
    for i, text in enumerate(texts):
        analysis = Analysis(f"a{i}", "hi", None, split_sentences(text), [], text, "2025-09-04", None, [], None)
        analysis.timexes = find_timexes(text, analysis)
        timexes += len(analysis.timexes)
        quantities += len(find_quantities(text, analysis))
    elapsed = time.perf_counter() - t0
    print(f"python {platform.python_version()} on {platform.machine()}, {args.count} articles, {chars} chars")
    print(f"{timexes} timexes, {quantities} quantities in {elapsed:.2f} s: "
          f"{args.count / elapsed:.0f} articles/s, {chars / elapsed / 1000:.0f} k chars/s")


if __name__ == "__main__":
    main()
