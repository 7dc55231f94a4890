"""Cross-language story links on generated bilingual reports (``bench_ingest.py`` is Hindi only, where the
cross-language step does not run).

    python benchmarks/bench_crosslingual.py --events 400

Each event gets a cast of two invented people (written in Latin for the English report and in Devanagari for
the Hindi one, so names go through transliteration as real ones do), two to four well-known names and places
of the curated gazetteer drawn with a Zipf law (Putin, India and the like turn up in many events), a number and
a date within a year (one event in ten undated). Every event has an English report, four in five a Hindi one too,
and one in ten events a second, different event with the same well-known cast on the same day. Prints the time
of ``group_stories`` on all reports (same-language cosine included: the bodies are short) and of the
cross-language pairs alone, and the pairwise precision and recall of the resulting stories against the events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from itertools import combinations

from khabar.lang import load
from khabar.link.crosslingual import cross_language_pairs
from khabar.link.stories import StoryInput, group_stories

SYLLABLES = [("ka", "का"), ("ri", "री"), ("to", "टो"), ("man", "मन"), ("su", "सु"), ("de", "दे"), ("lo", "लो"),
             ("vi", "वि"), ("na", "ना"), ("ra", "रा"), ("po", "पो"), ("shin", "शिन"), ("gu", "गु"), ("bel", "बेल"),
             ("tar", "तार"), ("mi", "मी"), ("hon", "हॉन"), ("zu", "ज़ु"), ("fe", "फे"), ("dor", "डोर")]


def invented_name(rng: random.Random) -> tuple[str, str]:
    words = []
    for _ in range(2):
        parts = rng.sample(SYLLABLES, rng.choice((2, 3)))
        words.append(("".join(p[0] for p in parts).capitalize(), "".join(p[1] for p in parts)))
    return " ".join(w[0] for w in words), " ".join(w[1] for w in words)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    known = [(i["type"], i["name"], i["latin"]) for i in load("hi", "gazetteer")["items"]]
    zipf = [1 / (k + 1) for k in range(len(known))]
    items: list[StoryInput] = []
    event_of: dict[str, int] = {}
    start = dt.date(2025, 1, 1)
    for e in range(args.events):
        cast = [("PER", *reversed(invented_name(rng))) for _ in range(2)]  # (type, hindi, latin)
        cast += rng.choices(known, weights=zipf, k=rng.randint(2, 4))
        number = float(rng.randint(11, 90000))
        day = None if rng.random() < 0.1 else (start + dt.timedelta(days=rng.randrange(365))).isoformat()
        reports = [("en", f"e{e}en")] + ([("hi", f"e{e}hi")] if rng.random() < 0.8 else [])
        for lang, article_id in reports:
            mentions = tuple((t, latin if lang == "en" else hindi) for t, hindi, latin in cast)
            items.append(StoryInput(article_id, lang, "", day, mentions, (number,)))
            event_of[article_id] = e
        if rng.random() < 0.1:  # a different event with the same well-known cast, the same day
            other = [("PER", *reversed(invented_name(rng))), *cast[2:]]
            mentions = tuple((t, hindi) for t, hindi, _ in other)
            items.append(StoryInput(f"e{e}other", "hi", "", day, mentions, ()))
            event_of[f"e{e}other"] = -1 - e
    t0 = time.perf_counter()
    pairs = cross_language_pairs([i.lang for i in items], [i.mentions for i in items], [i.numbers for i in items],
                                 [i.date is not None for i in items])
    t1 = time.perf_counter()
    stories = group_stories(items)
    t2 = time.perf_counter()
    same = {frozenset(p) for ids in stories for p in combinations(ids, 2)}
    truth = {frozenset((a, b)) for a, b in combinations(event_of, 2) if event_of[a] == event_of[b]}
    hits = len(same & truth)
    print(f"reports: {len(items)} ({sum(i.lang == 'hi' for i in items)} Hindi), events: {args.events}")
    print(f"cross_language_pairs: {t1 - t0:.2f} s, {len(pairs)} pairs; group_stories (all): {t2 - t1:.2f} s")
    print(f"pairwise precision {hits / (len(same) or 1):.3f}, recall {hits / (len(truth) or 1):.3f}")


if __name__ == "__main__":
    main()
