"""Build the background document-frequency tables that story grouping weighs words with.

    python scripts/build_idf.py ../shared/data/ner/hiner_part.conll ../shared/data/ner/ilner_train.txt
    python scripts/build_idf.py --wordfreq en

Hindi: each sentence of the CoNLL files counts as one document. Only words seen in at least two sentences are
kept (unseen words get the highest weight anyway), which keeps the shipped table small. The sources are HiNER
(CC BY-SA 4.0) and IL-NER (CC BY 4.0); see docs/ner.md for the credits.

``--wordfreq LANG``: no labelled corpus needed. wordfreq gives each word's share of running text, f; a
document of ``DOC_WORDS`` words holds the word with probability ``1 - exp(-DOC_WORDS * f)``, and the table
stores that probability times ``PSEUDO_DOCUMENTS`` as the word's document frequency (rare words are left
out, see ``MIN_PSEUDO_DF``). Function words (the, of, और) come out near every document and
weigh about nothing. wordfreq's data is CC BY-SA 4.0 (Robyn Speer).
"""

from __future__ import annotations

import collections
import json
import math
import sys
from pathlib import Path

from khabar.text.keys import match_key

LANG_DIR = Path(__file__).resolve().parents[1] / "src/khabar/lang"
OUT = LANG_DIR / "hi/idf.json"
DOC_WORDS = 400  # about a news article's length
PSEUDO_DOCUMENTS = 1_000_000
# Rarer words are left out of a wordfreq table: they get the unseen weight, log(PSEUDO_DOCUMENTS), a little
# above their own (at least log(1e6 / 200) = 8.5), and the table stays about 0.6 MB.
MIN_PSEUDO_DF = 200


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


def from_wordfreq(lang: str) -> None:
    import wordfreq

    df = {}
    for word, share in wordfreq.get_frequency_dict(lang).items():
        key = match_key(word)
        count = round(PSEUDO_DOCUMENTS * -math.expm1(-DOC_WORDS * share))
        if key and count >= MIN_PSEUDO_DF:
            df[key] = max(df.get(key, 0), count)
    out = LANG_DIR / lang / "idf.json"
    out.write_text(json.dumps({"_about": f"Pseudo document frequencies from wordfreq's {lang} word shares: "
                               f"P(word in a {DOC_WORDS}-word document) x {PSEUDO_DOCUMENTS} "
                               "(scripts/build_idf.py --wordfreq).", "documents": PSEUDO_DOCUMENTS,
                               "df": dict(sorted(df.items()))},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(df)} words -> {out}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--wordfreq"]:
        from_wordfreq(sys.argv[2])
    else:
        main(sys.argv[1:])
