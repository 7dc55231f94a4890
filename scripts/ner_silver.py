"""Silver NER tags for unlabelled Hindi news from the accurate model (distillation into the fast tagger).

Usage (one core; resumable, appends per article):
    PYTHONPATH=src python scripts/ner_silver.py ../shared/data/stories/covid5_unlabelled.jsonl \\
        ../shared/data/stories/covid5_dev.jsonl --out /tmp/ner/silver.jsonl [--limit-sentences N]

Each article's sentences (khabar's splitter and tokenizer, as ingest tags them) go through the shipped accurate
model in one batch. One JSON line per sentence: ``id``, ``tokens``, ``tags`` (BIO-constrained Viterbi) and
``conf``, the model's probability of each chosen tag. Repeated sentences (boilerplate) are written once. The
output is derived from third-party text: keep it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", type=Path, nargs="+")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit-sentences", type=int, default=None)
    args = parser.parse_args()

    from threadpoolctl import threadpool_limits

    from khabar.analyse.ner.accurate import LABELS, accurate_tagger
    from khabar.analyse.ner.accurate_training import viterbi
    from khabar.text.sentences import split_sentences
    from khabar.text.tokens import tokens as tokenize

    done: set[str] = set()
    seen: set[tuple[str, ...]] = set()
    if args.out.exists():
        with open(args.out, encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                done.add(row["id"].rsplit(":", 1)[0])
                seen.add(tuple(row["tokens"]))
    tagger = accurate_tagger()
    written = words = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    with open(args.out, "a", encoding="utf-8") as out, threadpool_limits(1):
        for path in args.inputs:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    article = json.loads(line)
                    if article["id"] in done:
                        continue
                    text = article["text"]
                    sentences = []
                    for s in split_sentences(text):
                        toks = [t.text for t in tokenize(text, s.start, s.end)]
                        if toks and tuple(toks) not in seen:
                            seen.add(tuple(toks))
                            sentences.append(toks)
                    for i, (toks, lp) in enumerate(zip(sentences, tagger.log_probs_many(sentences), strict=True)):
                        path_ids = viterbi(lp)
                        conf = np.exp(lp[np.arange(len(toks)), path_ids])
                        out.write(json.dumps({"id": f"{article['id']}:{i}", "tokens": toks,
                                              "tags": [LABELS[k] for k in path_ids],
                                              "conf": [round(float(c), 3) for c in conf]}, ensure_ascii=False) + "\n")
                        written += 1
                        words += len(toks)
                    out.flush()
                    if args.limit_sentences and written >= args.limit_sentences:
                        break
            if args.limit_sentences and written >= args.limit_sentences:
                break
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"sentences": written, "tokens": words, "seconds": round(seconds, 1),
                      "cpu_seconds": round(cpu, 1), "tokens_per_cpu_s": round(words / max(cpu, 1e-9))}))


if __name__ == "__main__":
    main()
