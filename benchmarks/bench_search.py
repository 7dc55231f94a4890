"""Search latency (``Reader.search``: query compilation, FTS5 match, filters, snippets and facets) over a store
of generated Hindi articles (``khabar.synthetic``), stored through the store's own ``save_article`` with a
plain analysis (no NER: the tagger is not what is measured) plus one place mention per article linked to a
place entity with a Latin name, so that Latin queries and entity facets have something to cross.

    python benchmarks/bench_search.py --count 100000 --db /tmp/bench_search.db --rounds 20

The store is built once and reused while it holds ``--count`` articles.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

from khabar.model import Analysis, Article, Entity, Mention
from khabar.store.read import Reader, open_store
from khabar.synthetic import PLACES, article_text

LATIN = {"दिल्ली": "Delhi", "मुंबई": "Mumbai", "पटना": "Patna", "जयपुर": "Jaipur", "लखनऊ": "Lucknow",
         "भोपाल": "Bhopal", "रांची": "Ranchi", "शिमला": "Shimla"}
SOURCES = ["amarujala.com", "jagran.com", "bhaskar.com", "livehindustan.com", "navbharattimes.com"]
QUERIES = [
    ("common word", "बाढ़", {}),
    ("inflected word", "बैठकों", {}),
    ("two words", "पटना बजट", {}),
    ("Latin name of a Hindi place", "Patna", {}),
    ("rare number", "योजना संख्या 4711", {}),
    ("punctuation", "COVID-19", {}),
    ("word in every article", "अधिकारियों", {}),
    ("filtered by month", "चुनाव", {"date_from": "2025-03", "date_to": "2025-03"}),
    ("filtered by date range", "परीक्षा", {"date_from": "2025-02-10", "date_to": "2025-04-20"}),
    ("filtered by source", "अस्पताल", {"source": "jagran.com"}),
    ("filtered by language", "बिजली", {"lang": "hi"}),
    ("language no article has", "बिजली", {"lang": "en"}),
    ("filtered by entity", "पानी", {"entity": "Patna"}),
    ("two words, by source", "पटना बजट", {"source": "bhaskar.com"}),
    ("every article, by source+month", "अधिकारियों", {"source": "bhaskar.com", "date_from": "2025-06",
                                                     "date_to": "2025-06"}),
]


def build(path: Path, count: int) -> None:
    store = open_store(path)
    have = store.count("articles")
    if have >= count:
        store.close()
        return
    started = time.perf_counter()
    entity_of = {place: f"Eplace{n}" for n, place in enumerate(PLACES)}
    batch = 2000
    for first in range(have, count, batch):
        with store.transaction():
            for i in range(first, min(count, first + batch)):
                text = article_text(i)
                title = text.split("\n", 1)[0]
                place = PLACES[i % len(PLACES)]
                published = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00+05:30"
                analysis = Analysis(f"gen{i:06d}", "hi", title, [], [], text, published, None, ["PTI"], None)
                analysis.mentions = [Mention(0, len(place), place, "LOC", "gazetteer", entity_of[place])]
                article = Article(id=f"gen{i:06d}", text=text, source=SOURCES[i % len(SOURCES)], title=title,
                                  published=published)
                store.save_article(article, analysis, content_hash=str(i))
        print(f"  {min(count, first + batch)} articles, {time.perf_counter() - started:.0f} s", flush=True)
    store.replace_entities([Entity(entity_of[p], "LOC", p, LATIN[p], [p]) for p in PLACES])
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/bench_search.db")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    path = Path(args.db)
    build(path, args.count)
    reader = Reader.open(path)
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"{reader.count('articles')} articles, {path.stat().st_size / 1e6:.0f} MB")
    print("load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    every = []
    cpu_started = time.process_time()
    for label, query, filters in QUERIES:
        reader.search(query, **filters)  # warm the page cache and the name index
        times, cpu = [], []
        for _ in range(args.rounds):
            started, cpu_before = time.perf_counter(), time.process_time()
            page = reader.search(query, **filters)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_before) * 1000)
        every += times
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"{label:32} {query!r:22} {page.total:6} hits  p50 {statistics.median(times):6.1f} ms  "
              f"p95 {p95:6.1f} ms  (CPU p50 {statistics.median(cpu):5.1f} ms)")
    every.sort()
    print(f"all queries: p50 {statistics.median(every):.1f} ms, p95 {every[int(0.95 * len(every))]:.1f} ms "
          f"over {len(every)} searches, {time.process_time() - cpu_started:.1f} CPU s")
    print("load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
