"""Tagging speed and load time of the accurate NER mode (fine-tuned e5-small, numpy), on one core.

Usage: taskset -c 1 python benchmarks/bench_ner_accurate.py [--data ../shared/data/stories] [--articles 40]

Tags real news the way ingest does: each article's body sentences (khabar's sentence splitter and tokenizer) in
one ``tag_many`` call. Reports words per second (tokens that are words, punctuation excluded, and all tokens),
per second of the process's CPU time (the one-core speed when other jobs share the core), and model loading time
in a fresh interpreter. BLAS is held to one thread.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

import regex

LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); "
    "from khabar.analyse.ner.accurate import accurate_tagger; accurate_tagger().tag(['मोदी', 'ने', 'कहा']); "
    "print(time.perf_counter() - t)"
)
WORD = regex.compile(r"[\p{L}\p{N}]")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared" / "data" / "stories")
    parser.add_argument("--articles", type=int, default=40)
    args = parser.parse_args()

    from threadpoolctl import threadpool_limits

    from khabar.analyse.ner.accurate import accurate_tagger
    from khabar.text.sentences import split_sentences
    from khabar.text.tokens import tokens as tokenize

    loads = [float(subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True,
                                  check=True).stdout) for _ in range(2)]
    articles = []
    with open(args.data / "covid5_unlabelled.jsonl", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            articles.append([[t.text for t in tokenize(text, s.start, s.end)] for s in split_sentences(text)])
            if len(articles) >= args.articles:
                break
    tagger = accurate_tagger()
    tokens = sum(len(s) for a in articles for s in a)
    words = sum(1 for a in articles for s in a for t in s if WORD.search(t))
    with threadpool_limits(1):
        tagger.tag_many(articles[0])  # warm-up
        start, cpu_start = time.perf_counter(), time.process_time()
        for sentences in articles:
            tagger.tag_many(sentences)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({
        "machine": f"{platform.processor() or platform.machine()}, python {platform.python_version()}",
        "articles": len(articles), "sentences": sum(len(a) for a in articles), "tokens": tokens, "words": words,
        "seconds": round(seconds, 2), "words_per_s": round(words / seconds), "tokens_per_s": round(tokens / seconds),
        # on a shared machine the process gets part of its core: CPU time gives the one-core speed
        "cpu_seconds": round(cpu, 2), "words_per_cpu_s": round(words / cpu), "tokens_per_cpu_s": round(tokens / cpu),
        "load_s": [round(x, 2) for x in loads],
    }, indent=1))


if __name__ == "__main__":
    main()
