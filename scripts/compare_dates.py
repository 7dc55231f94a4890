"""Date values without the publication date, against the values with it, on a random sample of a JSONL corpus:
how many of the values an article gets with its publication date it still gets as {id, url, text}, and as text
alone (ids replaced by numbers). Reading found the values with publication dates 0.97-1.0 right
(docs/dates-and-quantities.md), so they serve as the reference here.

    PYTHONPATH=src python scripts/compare_dates.py ../shared/data/stories/covid5_unlabelled.jsonl --n 400 --seed 13
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _values(row: dict, *, published: bool, article_id: str) -> dict[tuple[int, int], str | None]:
    a = analyse(Article(id=article_id, text=row["text"], title=row.get("title"), source=row.get("source"),
                        url=row.get("url"), published=row.get("published") if published else None))
    return {(t.start, t.end): t.value for t in a.timexes}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    with open(args.jsonl, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    random.seed(args.seed)
    sample = random.sample(rows, min(args.n, len(rows)))
    modes = {"as {id, url, text}": lambda r, i: _values(r, published=False, article_id=r["id"]),
             "text alone (ids replaced)": lambda r, i: _values(r, published=False, article_id=f"article{i}")}
    totals = {name: [0, 0] for name in modes}  # [right, given]
    reference = 0
    started = time.perf_counter()
    for i, row in enumerate(sample, 1):
        gold = {k: v for k, v in _values(row, published=True, article_id=row["id"]).items() if v}
        reference += len(gold)
        for name, run in modes.items():
            found = {k: v for k, v in run(row, i).items() if v}
            totals[name][0] += sum(1 for k, v in found.items() if gold.get(k) == v)
            totals[name][1] += len(found)
        if i % 50 == 0:
            print(f"  {i}/{len(sample)} articles ({i / (time.perf_counter() - started):.1f}/s)", file=sys.stderr)
    print(f"{len(sample)} articles, {reference} values with publication dates")
    for name, (right, given) in totals.items():
        print(f"  {name:<28} accuracy {right / max(reference, 1):.3f} ({right}/{reference}), "
              f"precision {right / max(given, 1):.3f} ({right}/{given})")


if __name__ == "__main__":
    main()
