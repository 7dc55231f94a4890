"""Build the background document-frequency table that story grouping weighs words with.

    python scripts/build_idf.py ../shared/data/ner/hiner_part.conll ../shared/data/ner/ilner_train.txt

Each sentence of the CoNLL files counts as one document. Only words seen in at least two sentences are kept
(unseen words get the highest weight anyway), which keeps the shipped table small. The sources are HiNER
(CC BY-SA 4.0) and IL-NER (CC BY 4.0); see docs/ner.md for the credits.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from khabar.text.keys import match_key

OUT = Path(__file__).resolve().parents[1] / "src/khabar/lang/hi/idf.json"


def main(paths: list[str]) -> None:
    df: collections.Counter[str] = collections.Counter()
    docs = 0
    for path in paths:
        words: set[str] = set()
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                if words:
                    df.update(words)
                    docs += 1
                    words = set()
                continue
            key = match_key(line.split("\t")[0])
            if key:
                words.add(key)
        if words:
            df.update(words)
            docs += 1
    kept = {w: c for w, c in sorted(df.items()) if c >= 2}
    OUT.write_text(json.dumps({"_about": "Sentence frequencies of word keys in HiNER + IL-NER "
                               "(scripts/build_idf.py).", "documents": docs, "df": kept},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{docs} documents, {len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
