"""Analyse a random sample of a JSONL corpus and print what a reader judges: every quote with its speaker and
cue, every date with its value, every quantity. For measuring by hand before and after a change.

    PYTHONPATH=src python scripts/sample_analysis.py ../shared/data/stories/covid5_unlabelled.jsonl \\
        --n 30 --seed 14 [--no-published] > sample.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("jsonl")
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--no-published", action="store_true", help="drop the publication dates")
    parser.add_argument("--anonymous-ids", action="store_true",
                        help="replace each id by a number (an id such as AU-2020-03-22-04 names the day)")
    args = parser.parse_args(argv)
    with open(args.jsonl, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    random.seed(args.seed)
    out = []
    for i, r in enumerate(random.sample(rows, min(args.n, len(rows))), 1):
        print(f"{i}/{args.n} {r['id']}", file=sys.stderr)
        text = r["text"]
        a = analyse(Article(id=f"article{i}" if args.anonymous_ids else r["id"], text=text, title=r.get("title"),
                            source=r.get("source"), url=r.get("url"),
                            published=None if args.no_published else r.get("published")))
        out.append({
            "id": r["id"], "published": r.get("published"),
            "quotes": [{"kind": q.kind, "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker_text,
                        "cue": q.cue, "ref": text[q.speaker_ref[0]:q.speaker_ref[1]] if q.speaker_ref else None}
                       for q in a.quotes],
            "timexes": [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "anchor": t.anchor}
                        for t in a.timexes],
            "quantities": [{"start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit,
                            "qualifier": q.qualifier} for q in a.quantities],
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
