"""Score khabar's date values against date labels judged by reading, kept outside the repository.

A labels file is JSONL, one date expression per line: ``{"id", "kind": "timex", "start", "end", "text",
"value"}`` (the value a careful reader gives the span, offsets into the article's text) or ``{"id", "kind":
"not_timex", "start", "end", "text"}`` (a span that is no date: a count read as a year). Each labelled article
is analysed as a user would give it: with its publication date, as ``{id, url, text}`` (``--no-published``; an
id such as ``AU-2020-03-22-04`` names the day) or with the id replaced by a digest of it (``--anonymous-ids``:
only the text and the URL can date the article, as for a crawl keyed by hashes).

Value accuracy is right values over labelled expressions (a span khabar misses counts as wrong); precision is
right values over the values khabar gives labelled expressions. A found span that overlaps a labelled one is
matched to it. False dates are ``not_timex`` spans khabar gave a value.

    PYTHONPATH=src python scripts/score_date_labels.py /tmp/dates/labels_7331.jsonl \\
        ../shared/data/stories/covid5_unlabelled.jsonl [--no-published | --anonymous-ids] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict

from khabar.analyse.pipeline import analyse
from khabar.model import Article, Timex


def _matched(label: dict, timexes: list[Timex]) -> Timex | None:
    exact = [t for t in timexes if (t.start, t.end) == (label["start"], label["end"])]
    overlapping = [t for t in timexes if t.start < label["end"] and label["start"] < t.end]
    return (exact or overlapping or [None])[0]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels")
    parser.add_argument("jsonl", help="the corpus the labelled articles come from")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--no-published", action="store_true", help="drop the publication dates")
    mode.add_argument("--anonymous-ids", action="store_true",
                      help="drop the publication dates and replace each id by a digest of it")
    parser.add_argument("--show", action="store_true", help="print every wrong value")
    args = parser.parse_args(argv)
    by_article: dict[str, list[dict]] = defaultdict(list)
    with open(args.labels, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                label = json.loads(line)
                by_article[label["id"]].append(label)
    rows = {}
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            if line.strip() and (row := json.loads(line))["id"] in by_article:
                rows[row["id"]] = row
    right = total = given_values = false_dates = negatives = 0
    for article_id, labels in sorted(by_article.items()):
        row = rows[article_id]
        given = None if args.no_published or args.anonymous_ids else row.get("published")
        digest = hashlib.sha1(article_id.encode()).hexdigest()[:16]
        analysis = analyse(Article(id=digest if args.anonymous_ids else article_id, text=row["text"],
                                   title=row.get("title"), source=row.get("source"), url=row.get("url"),
                                   published=given))
        for label in labels:
            found = _matched(label, analysis.timexes)
            if label["kind"] == "not_timex":
                negatives += 1
                if found is not None and found.value is not None:
                    false_dates += 1
                    if args.show:
                        print(f"false date {article_id} {label['text']!r}: {found.value}")
                continue
            total += 1
            got = found.value if found is not None else None
            given_values += got is not None
            if got == label["value"]:
                right += 1
            elif args.show:
                print(f"wrong {article_id} {label['text']!r}: {got} (want {label['value']})")
    mode_name = "as {digest, url, text}" if args.anonymous_ids else "as {id, url, text}" if args.no_published else \
        "publication dates given"
    print(f"{len(by_article)} articles, {mode_name}: value accuracy {right / max(total, 1):.3f} ({right}/{total}), "
          f"precision {right / max(given_values, 1):.3f} ({right}/{given_values}); "
          f"false dates {false_dates} of {negatives} labelled non-dates")


if __name__ == "__main__":
    main()
