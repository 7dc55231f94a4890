"""Speed of find_quotes on the seed articles (read from ../shared), with and without NER mentions.

    python benchmarks/bench_quotes.py --rounds 20
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.analyse.quotes import find_quotes
from khabar.model import Article, Mention

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seeds under {SHARED}")
    import json

    gold = json.loads((SHARED / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))
    articles = []
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        analysis = analyse(Article(id=path.stem, text=text))
        mentions = []  # names an NER tagger would give: the gold aliases, found by string search
        for entity in gold["entities"]:
            for alias in entity["aliases"]:
                start = text.find(alias)
                while start != -1:
                    mentions.append(Mention(start, start + len(alias), alias, entity["type"]))
                    start = text.find(alias, start + 1)
        articles.append((text, analysis, sorted(mentions, key=lambda m: m.start)))
    chars = sum(len(t) for t, _, _ in articles)
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    for label, with_mentions in (("with mentions", True), ("without mentions", False)):
        found = 0
        t0 = time.perf_counter()
        for _ in range(args.rounds):
            for text, analysis, mentions in articles:
                analysis.mentions = mentions if with_mentions else []
                found += len(find_quotes(text, analysis))
        elapsed = time.perf_counter() - t0
        n = args.rounds * len(articles)
        print(f"{label}: {n} articles, {found} quotes in {elapsed:.2f} s: {n / elapsed:.0f} articles/s, "
              f"{chars * args.rounds / elapsed / 1000:.0f} k characters/s")


if __name__ == "__main__":
    main()
