"""Claim finding on generated stories, and ``link_claims`` on an existing store.

    python benchmarks/bench_claims.py --articles 500 --per-article 20      # find_claims on one big story
    python benchmarks/bench_claims.py --db khabar.db                       # link_claims on a store

Generated articles are Hindi sentences with numbers of a few counted things (values drawn so that many
articles share a value and many do not), grouped 3 by 3 into syndication groups: one story is the worst case,
since conflicts are compared within a story.
"""

from __future__ import annotations

import argparse
import random
import time

from khabar.link.claims import ClaimArticle, find_claims, link_claims
from khabar.model import Quantity
from khabar.store.sqlite import SqliteStore

UNITS = ["सैनिक", "सैनिकों", "लोग", "लोगों", "मिसाइलें", "घंटे", "नेताओं", "जिलों", "नावें", "करोड़ रुपये"]
WORDS = ["उत्तर", "कोरिया", "रूस", "बाढ़", "सेना", "सरकार", "अधिकारी", "मोर्चे", "हमले", "राहत", "शिविर", "संसद"]


def generated_story(articles: int, per_article: int, seed: int = 1) -> list[ClaimArticle]:
    rng = random.Random(seed)
    out = []
    for a in range(articles):
        parts, quantities, pos = [], [], 0
        for _ in range(per_article):
            lead = " ".join(rng.choices(WORDS, k=6)) + " "
            value = rng.choice([2, 3, 10, 12, 20, 24, 100, 13000, 12000]) if rng.random() < 0.6 \
                else rng.randrange(1, 100000)
            unit = rng.choice(UNITS)
            words = f"{value} {unit}"
            start = pos + len(lead)
            quantities.append(Quantity(start, start + len(words), words, float(value), unit,
                                       rng.choice([None, None, "about", "more than"]), id=f"a{a}:{start}",
                                       article_id=f"a{a}"))
            sentence = lead + words + " " + " ".join(rng.choices(WORDS, k=6)) + "। "
            parts.append(sentence)
            pos += len(sentence)
        out.append(ClaimArticle(f"a{a:05d}", "".join(parts), quantities, f"g{a // 3}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--per-article", type=int, default=20)
    parser.add_argument("--db", default=None, help="time link_claims on this store instead")
    args = parser.parse_args()
    if args.db:
        store = SqliteStore(args.db)
        t0 = time.perf_counter()
        n = link_claims(store)
        spent = time.perf_counter() - t0
        print(f"link_claims: {store.count('articles')} articles, {store.count('quantities')} quantities, "
              f"{n} claims in {spent:.3f} s")
        return
    story = generated_story(args.articles, args.per_article)
    t0 = time.perf_counter()
    claims, claim_of = find_claims("s", story)
    spent = time.perf_counter() - t0
    conflicting = sum(1 for c in claims if c.conflicts)
    print(f"find_claims: one story of {args.articles} articles x {args.per_article} quantities -> {len(claims)} "
          f"claims ({conflicting} with conflicts), {len(claim_of)} quantities linked in {spent:.3f} s")


if __name__ == "__main__":
    main()
