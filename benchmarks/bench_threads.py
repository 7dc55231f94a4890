"""What the thread step adds to the link step of ``bench_ingest.py``.

    python benchmarks/bench_threads.py --count 1000

Runs ``bench_ingest.py`` unchanged (same arguments) with the two calls of the thread step in ``relink``
(``thread_inputs``: word vectors of headlines and summaries; ``group_threads``: similarities and clustering)
timed, and prints their time and the number of threads beside bench_ingest's own lines.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import khabar.link.run as link_run

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

if __name__ == "__main__":
    bench_ingest.main()
    print(f"thread step (part of link): {sum(spent.values()):.3f} s = thread_inputs {spent['thread_inputs']:.3f} s "
          f"+ group_threads {spent['group_threads']:.3f} s; {found[-1] if found else 0} threads")
