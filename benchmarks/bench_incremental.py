"""Adding articles one at a time to a store of real articles, against the per-article cost of a batch.

    python benchmarks/bench_incremental.py ../shared/data/stories/covid5_unlabelled.jsonl --sizes 400 792 --adds 5

The same ``adds`` articles (spread evenly over the file) are added to every store, so that sizes compare like with
like. For each size N: N - adds of the other articles, spread evenly over the file (so the smaller store covers
the same days, thinner), are analysed, stored and linked as one batch (the batch's per-article cost is its analysis
+ store + link time divided by its articles); then each of the ``adds`` articles is ingested on its own through
``khabar.run.local.ingest`` (read, analyse, store, link), as
``khabar ingest one.jsonl`` does, in the same (warm) process. Prints both costs, their ratio, and the link step's
share. Times are CPU seconds of this process (``time.process_time``): the machine is shared, and wall time follows
the other jobs on it. Analyses are computed once per article and reused across sizes (analysis does not depend on
the store).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.ingest.readers import read_all
from khabar.link.run import relink
from khabar.model import Analysis, Article
from khabar.run.local import article_hash, ingest
from khabar.store import open_store


def _articles(path: str, count: int) -> list[Article]:
    found = [a for a in read_all([path]) if isinstance(a, Article)]
    return found[:count]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", help="a JSONL file of real articles")
    parser.add_argument("--sizes", type=int, nargs="+", default=[400, 792])
    parser.add_argument("--adds", type=int, default=5, help="articles added one at a time after the batch")
    args = parser.parse_args()
    articles = _articles(args.source, max(args.sizes))
    step = len(articles) // args.adds
    extra = [articles[k * step + step // 2] for k in range(args.adds)]
    pool = [a for a in articles if a not in extra]
    analyse(articles[0])  # load the models before timing
    analyses: dict[str, tuple[Analysis, float]] = {}

    def analysed(a: Article) -> tuple[Analysis, float]:
        if a.id not in analyses:
            t = time.process_time()
            analyses[a.id] = (analyse(a), time.process_time() - t)
        return analyses[a.id]

    print(f"machine: {platform.machine()} {platform.processor() or ''}, python {platform.python_version()}, "
          "one process")
    for size in args.sizes:
        wanted = size - args.adds
        base = [pool[k * len(pool) // wanted] for k in range(wanted)]
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.db")
            t_analyse = sum(analysed(a)[1] for a in base)
            t0 = time.process_time()
            for a in base:
                store.save_article(a, analysed(a)[0], article_hash(a))
            t1 = time.process_time()
            relink(store)
            t2 = time.process_time()
            # as `khabar ingest` does after its link step: the batch is linked, so nothing is pending (left
            # pending, the first add would link the whole batch again)
            store.clear_link_pending(store.link_pending())
            per_article = (t_analyse + (t2 - t0)) / len(base)
            adds, links = [], []
            for a in extra:
                one = Path(tmp) / f"{a.id}.jsonl"
                one.write_text(json.dumps({"id": a.id, "text": a.text, "url": a.url, "title": a.title,
                                           "published": a.published, "source": a.source}, ensure_ascii=False)
                               + "\n", encoding="utf-8")
                t = time.process_time()
                report = ingest([one], store)
                adds.append(time.process_time() - t)
                assert report.new == 1 and not report.errors, report.errors
                t = time.process_time()
                relink(store, changed={a.id})  # the link step alone, again (same neighbourhood)
                links.append(time.process_time() - t)
            add = statistics.median(adds)
            print(f"N={size}: batch of {len(base)}: analyse {t_analyse:.1f} s, store {t1 - t0:.1f} s, "
                  f"link {t2 - t1:.1f} s -> {per_article * 1000:.0f} ms/article; "
                  f"add one (median of {len(adds)}): {add * 1000:.0f} ms "
                  f"(link step alone {statistics.median(links) * 1000:.0f} ms) = {add / per_article:.2f}x batch; "
                  f"{store.count('stories')} stories")
            store.close()
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
