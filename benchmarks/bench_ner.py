"""Tagging speed and load time of the shipped Hindi NER model, on one core.

Usage: python benchmarks/bench_ner.py [--data ../shared/data/ner] [--repeat 3]

Tags sentences of the shared NER data, features included, the BiLSTM included when the model has one:
- "cold": the held-out sentences with a freshly loaded tagger, where a third of the tokens are word types it
  has not seen yet (the worst case: every new word type costs its feature extraction once);
- "warm": the same sentences again, the steady state of a long-running process;
- "corpus": every sentence of the data once (about 21,000 sentences, 460,000 tokens) with another fresh
  tagger, like a first pass over a news corpus.
Each is measured one sentence at a time (``tag``) and in batches of ``--batch`` sentences (``tag_many``, as
for an article's sentences or a CoNLL file).
Also times model loading in a fresh interpreter. Pin to one core with ``taskset -c 0``.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import subprocess
import sys
import time
from pathlib import Path

LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); "
    "from khabar.analyse.ner.tagger import default_tagger; default_tagger().tag(['पुतिन', 'ने', 'कहा']); "
    "print(time.perf_counter() - t)"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data" / "ner")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--model", type=Path, default=None, help="a model folder (default: the shipped model)")
    args = parser.parse_args()

    snippet = LOAD_SNIPPET if args.model is None else LOAD_SNIPPET.replace(
        "default_tagger; default_tagger()", f"open_tagger; open_tagger({str(args.model)!r})")
    loads = [float(subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True,
                                  check=True).stdout) for _ in range(3)]

    from khabar.analyse.ner.data import split
    from khabar.analyse.ner.tagger import model_dir, open_tagger

    model = args.model or model_dir()

    parts = split(args.data)
    sentences = [s.tokens for corpus in parts.test.values() for s in corpus]
    tokens = sum(len(s) for s in sentences)
    everything = [s.tokens for s in parts.train + parts.dev] + sentences
    corpus_tokens = sum(len(s) for s in everything)
    results = {}
    tagger = fresh = None
    for mode, size in (("single", 1), ("batched", args.batch)):
        # The previous mode's taggers hold caches of 460,000 tokens: freed first, or the garbage collector
        # walks them while this mode is timed (a process tags with one tagger).
        tagger = fresh = None
        gc.collect()
        tagger = open_tagger(model)
        passes, cpu_passes = [], []
        for _ in range(args.repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            for k in range(0, len(sentences), size):
                tagger.tag_many(sentences[k:k + size])
            passes.append(tokens / (time.perf_counter() - started))
            cpu_passes.append(tokens / (time.process_time() - cpu_started))
        fresh = open_tagger(model)
        started, cpu_started = time.perf_counter(), time.process_time()
        for k in range(0, len(everything), size):
            fresh.tag_many(everything[k:k + size])
        results[mode] = {
            "cold_tokens_per_s": round(passes[0]),
            "warm_tokens_per_s": round(max(passes[1:])) if len(passes) > 1 else None,
            "corpus_tokens_per_s": round(corpus_tokens / (time.perf_counter() - started)),
            # per second of the process's CPU time: the one-core speed when other jobs share the core
            "cold_tokens_per_cpu_s": round(cpu_passes[0]),
            "corpus_tokens_per_cpu_s": round(corpus_tokens / (time.process_time() - cpu_started)),
        }
    print(json.dumps({
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_implementation()} "
                   f"{platform.python_version()}",
        "sentences": len(sentences),
        "tokens": tokens,
        "corpus_sentences": len(everything),
        "corpus_tokens": corpus_tokens,
        "batch": args.batch,
        **results,
        "load_seconds": round(min(loads), 3),
        "load_seconds_max": round(max(loads), 3),
    }, indent=1))


if __name__ == "__main__":
    main()
