"""Entity linking throughput: within-article coreference plus EntityIndex.add_article on synthetic Hindi
articles whose mentions are given (the tagger is not measured here). The index grows as articles arrive, as
it does in a long ingest, so the rate at the end is the one that matters.

    python benchmarks/bench_entities.py --count 2000
"""

from __future__ import annotations

import argparse
import json
import random
import time

from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.model import Analysis, Mention
from khabar.text.sentences import split_sentences

FIRST = ["राहुल", "अनिल", "सुनीता", "प्रिया", "विकास", "अमित", "नेहा", "रवि", "सीमा", "अजय", "कविता", "मनोज", "पूजा",
         "संजय", "दीपक", "अंजलि", "राजेश", "सुरेश", "ममता", "आलोक"]
LAST = ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "यादव", "मेहता", "पटेल", "जोशी", "मिश्रा", "चौहान", "त्रिपाठी", "कुमार",
        "रेड्डी", "नायर", "दास", "बनर्जी", "सिन्हा", "पांडे", "ठाकुर", "सक्सेना"]
PLACES = ["दिल्ली", "मुंबई", "लखनऊ", "पटना", "जयपुर", "भोपाल", "रूस", "चीन", "अमेरिका", "जापान", "कोलकाता", "पुणे"]
VERBS = ["ने कहा कि योजना जल्द पूरी होगी", "ने बैठक की", "से मुलाकात की", "ने दौरा किया", "ने घोषणा की"]


def article(rng: random.Random, people: list[str]) -> tuple[str, list[Mention]]:
    parts: list[str] = []
    mentions: list[Mention] = []
    offset = 0
    cast = rng.sample(people, 4)
    for i in range(12):
        person = cast[i % 4] if i < 4 else rng.choice([cast[i % 4], cast[i % 4].split()[-1]])
        place = rng.choice(PLACES)
        sentence = f"{place} में {person} {rng.choice(VERBS)}। "
        mentions.append(Mention(offset, offset + len(place), place, "LOC"))
        start = offset + len(place) + len(" में ")
        mentions.append(Mention(start, start + len(person), person, "PER"))
        parts.append(sentence)
        offset += len(sentence)
    return "".join(parts), mentions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = [f"{f} {last}" for f in FIRST for last in LAST]
    index = EntityIndex()
    started = time.perf_counter()
    last_block = started
    rates = []
    for n in range(1, args.count + 1):
        text, mentions = article(rng, people)
        analysis = Analysis(f"a{n}", "hi", None, split_sentences(text), [], text, None, None, [], None, mentions)
        index.add_article(f"a{n}", link_within_article(text, analysis), story_id=f"s{n // 5}")
        if n % 500 == 0:
            now = time.perf_counter()
            rates.append(round(500 / (now - last_block), 1))
            last_block = now
    elapsed = time.perf_counter() - started
    size = len(json.dumps(index.to_dict(), ensure_ascii=False))
    print(f"{args.count} articles, {len(index.entities)} entities in {elapsed:.1f} s: "
          f"{args.count / elapsed:.1f} articles/s overall; per 500 articles: {rates} articles/s; "
          f"index {size / 1e6:.1f} MB as JSON")


if __name__ == "__main__":
    main()
