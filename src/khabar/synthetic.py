"""Synthetic Hindi articles for load tests and benchmarks: realistic shape (headline, dateline with agency,
sentences with dates and numbers), varied words, deterministic for a given count."""

from __future__ import annotations

import json
from pathlib import Path

PLACES = ["दिल्ली", "मुंबई", "पटना", "जयपुर", "लखनऊ", "भोपाल", "रांची", "शिमला"]
TOPICS = ["बाढ़", "चुनाव", "बजट", "परीक्षा", "सड़क", "अस्पताल", "बिजली", "पानी"]
MONTHS = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"]


def article_text(i: int, sentences: int = 3) -> str:
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i // 8) % len(TOPICS)]
    month = MONTHS[i % 12]
    body = [f"{place} के अधिकारियों ने मंगलवार को {topic} से जुड़ी योजना संख्या {i} की समीक्षा की।",
            f"अधिकारियों ने कहा कि लगभग {100 + i} लोग इससे लाभान्वित होंगे।"]
    for k in range(max(0, sentences - 2)):
        body.append(f"जिलाधिकारी ने बताया कि {month} 2025 से अब तक {k + 3} बैठकें हो चुकी हैं और काम जारी है।")
    return f"{place} में {topic} पर बैठक संख्या {i}\n{place}, {1 + i % 28} {month} (पीटीआई)। " + " ".join(body)


def write_jsonl(path: str | Path, count: int, sentences: int = 3) -> Path:
    """``count`` records ``{"id": "genNNNN", "text": ...}`` in ``path``."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            fh.write(json.dumps({"id": f"gen{i:05d}", "text": article_text(i, sentences)}, ensure_ascii=False) + "\n")
    return path
