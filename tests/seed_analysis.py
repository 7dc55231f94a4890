"""Build an ``Analysis`` for a seed article the way the pipeline will, from the seed text and its gold
metadata (publication date, dateline), so the date and quantity finders can be tested before the pipeline
exists. Not a test module itself."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import regex

from khabar.lang import load
from khabar.model import Analysis, Dateline
from khabar.text.keys import match_key
from khabar.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.gold.json"

_DATELINE = regex.compile(r"(?m)^([\p{L}\p{M}]+)[^\S\n]*,[^\S\n]*(\d{1,2})[^\S\n]+([\p{L}\p{M}]+)[^\S\n]*\(")


def need_shared() -> None:
    if not GOLD.is_file() or not SEEDS.is_dir():
        pytest.skip(f"shared data absent: {SEEDS} and {GOLD} are needed")


def gold() -> dict:
    need_shared()
    return json.loads(GOLD.read_text(encoding="utf-8"))


def seed_path(prefix: str) -> Path:
    need_shared()
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def _dateline(text: str) -> Dateline | None:
    months = {match_key(w): int(m) for m, ws in load("hi", "dates")["months"].items() for w in ws}
    for m in _DATELINE.finditer(text):
        month = months.get(match_key(m.group(3)))
        if month:
            return Dateline(m.group(1), None, m.start(1), m.end(1), f"{m.group(2)} {m.group(3)}", month,
                            int(m.group(2)))
    return None


def seed_analysis(prefix: str, use_dateline: bool = True) -> tuple[str, Analysis]:
    g = gold()
    path = seed_path(prefix)
    article_id = path.stem
    text = path.read_text(encoding="utf-8")
    meta = g["articles"][article_id]
    analysis = Analysis(
        article_id=article_id, lang=meta["lang"], title=None, sentences=split_sentences(text), boilerplate=[],
        body=text, published=meta["published"], dateline=_dateline(text) if use_dateline else None,
        agencies=meta["agencies"], author=meta["author"],
    )
    return text, analysis
