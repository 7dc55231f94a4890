"""What the thread step adds to the link step of ``bench_ingest.py``.

    python benchmarks/bench_threads.py --count 1000
    python benchmarks/bench_threads.py --stories 5000     # group_threads alone on generated stories

The first form runs ``bench_ingest.py`` unchanged (same arguments) with the two calls of the thread step in ``relink``
(``thread_inputs``: word vectors of headlines and summaries; ``group_threads``: similarities and clustering)
timed, and prints their time and the number of threads beside bench_ingest's own lines. Synthetic articles
make few stories, so the second form times ``group_threads`` alone on many generated stories whose central
entities follow a Zipf law (a few entities in very many stories, as India or the USA are in real news).
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import khabar.link.run as link_run
from khabar.link.threads import ThreadEntity, ThreadInput, group_threads

sys.path.insert(0, str(Path(__file__).parent))
import bench_ingest

spent = {"thread_inputs": 0.0, "group_threads": 0.0}
found = []


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        result = fn(*args, **kwargs)
        spent[name] += time.perf_counter() - t0
        if name == "group_threads":
            found.append(len(result))
        return result
    return run


link_run.thread_inputs = _timed("thread_inputs", link_run.thread_inputs)
link_run.group_threads = _timed("group_threads", link_run.group_threads)


def generated_stories(count: int, seed: int = 1) -> list[ThreadInput]:
    rng = random.Random(seed)
    pool = [ThreadEntity(f"e{k}", ("PER", "ORG", "LOC")[k % 3], f"name{k}") for k in range(count * 2)]
    weights = [1 / (k + 1) for k in range(len(pool))]
    out = []
    for i in range(count):
        chosen = list(dict.fromkeys(rng.choices(pool, weights, k=12)))
        words = {f"w{rng.randrange(count)}": 0.5 for _ in range(4)}
        out.append(ThreadInput(f"s{i:06d}", f"20{20 + i % 6}-0{1 + i % 9}-15", chosen, words))
    return out


def bench_pure(count: int) -> None:
    stories = generated_stories(count)
    t0 = time.perf_counter()
    threads = group_threads(stories)
    took = time.perf_counter() - t0
    sizes = sorted((len(t.story_ids) for t in threads), reverse=True)
    print(f"group_threads on {count} generated stories: {took:.2f} s; {len(threads)} threads, "
          f"largest {sizes[:5]}")


if __name__ == "__main__" and "--stories" in sys.argv:
    bench_pure(int(sys.argv[sys.argv.index("--stories") + 1]))
elif __name__ == "__main__":
    bench_ingest.main()
    print(f"thread step (part of link): {sum(spent.values()):.3f} s = thread_inputs {spent['thread_inputs']:.3f} s "
          f"+ group_threads {spent['group_threads']:.3f} s; {found[-1] if found else 0} threads")
