"""How much story grouping loses by deciding only candidate neighbourhoods instead of all pairs.

    python benchmarks/check_candidate_recall.py ANALYSED.db

ANALYSED.db is a store ingested with ``--no-link`` (it is copied, not changed). Links a copy with ``relink`` (the
index, neighbourhoods and components) and compares its stories with ``group_stories`` over every article at once
(all pairs, the cost the link index avoids): same-story pairs found by both, by one only.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import tempfile
import time
from pathlib import Path

from khabar.link.run import relink
from khabar.link.stories import StoryInput, group_stories
from khabar.store import open_store


def _pairs(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {p for g in groups for p in itertools.combinations(sorted(g), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("analysed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "copy.db"
        shutil.copy(args.analysed, db)
        store = open_store(db)
        t = time.process_time()
        relink(store)
        linked_s = time.process_time() - t
        stories = [s.article_ids for s in store.stories()]
        articles = store.link_articles(store.article_ids())
        t = time.process_time()
        everything = group_stories([StoryInput.of(a.id, a.analysis, a.analysis.event_date or a.published,
                                                  published=a.published, url=a.url, source=a.source)
                                    for a in articles])
        all_pairs_s = time.process_time() - t
    got, want = _pairs(stories), _pairs(everything)
    print(f"{len(articles)} articles; link step {linked_s:.1f} s CPU, group_stories over all pairs {all_pairs_s:.1f} s")
    print(f"stories: index {len(stories)}, all pairs {len(everything)}; same-story pairs: all pairs {len(want)}, "
          f"index {len(got)}, both {len(got & want)} (recall {len(got & want) / max(1, len(want)):.3f}, "
          f"precision {len(got & want) / max(1, len(got)):.3f})")


if __name__ == "__main__":
    main()
