"""Entity mentions and their cross-article linking, scored against hand-annotated real articles.

    python benchmarks/score_mentions.py ARTICLES.jsonl GOLD.jsonl [--no-link] [--errors N]

``ARTICLES.jsonl``: one article a line, ``{id, source, published, title, text}`` (as in
``../shared/data/stories/covid5_unlabelled.jsonl``). ``GOLD.jsonl``: one gold mention a line,
``{id, start, end, type, text, key}`` (``key`` names the real-world entity, the same across articles). The gold
files live outside the repository (third-party text).

Printed: mention P/R/F1 per type and overall, exact span-and-type and overlap (any shared character, same type),
from ``analyse()``; then the articles are ingested into a temporary store and each gold mention that a stored
mention matches exactly gets that mention's entity id: linking B-cubed and pairwise P/R/F1 over those mentions
(gold clusters by ``key``), and how many gold mentions were linked at all. ``--errors N`` lists up to N missed and
N spurious mentions.

A second pair of lines, ``body exact`` and ``body overlap``, scores the body text only: spans on a line that opens
with "Also read" (or "Read also", "Read more") are left out of gold and found alike. docs/annotation.md has the
golds mark those lines and record their offsets "so that a scorer can drop them"; khabar cuts them on purpose
(``lang/en/boilerplate.json``: another article's headline, whose names would join this report to another story),
so their misses are a policy, not a tagging error. The whole-text lines stay first, comparable with earlier
sessions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.model import Article

TYPES = ("PER", "LOC", "ORG")
Span = tuple[str, int, int, str]  # article id, start, end, type


# a related-article line: its headline is another report's (docs/annotation.md, "Scope")
RELATED_LINE = re.compile(r"^[ \t]*(?:also read|read also|read more)\b[^\n]*", re.IGNORECASE | re.MULTILINE)


def related_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each "Also read" line of ``text``."""
    return [m.span() for m in RELATED_LINE.finditer(text)]


def body_only(spans: Sequence[Span], text_of: Mapping[str, str]) -> list[Span]:
    """The spans that lie on no "Also read" line of their article."""
    lines = {a: related_lines(t) for a, t in text_of.items()}
    return [m for m in spans if not any(s <= m[1] < e for s, e in lines.get(m[0], ()))]


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match_counts(gold: Sequence[Span], pred: Sequence[Span], overlap: bool) -> tuple[int, int]:
    """(gold mentions found, predicted mentions correct); exact: same span and type; overlap: a shared character
    and the same type."""
    if not overlap:
        both = set(gold) & set(pred)
        return len(both), len(both)
    by_article: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for a, s, e, t in gold:
        by_article[a, t].append((s, e))
    pred_by: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for a, s, e, t in pred:
        pred_by[a, t].append((s, e))

    def hits(spans: Iterable[Span], other: Mapping[tuple[str, str], list[tuple[int, int]]]) -> int:
        return sum(any(s < oe and os < e for os, oe in other.get((a, t), ())) for a, s, e, t in spans)

    return hits(gold, pred_by), hits(pred, by_article)


def mention_scores(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, dict[str, tuple[float, float, float]]]:
    out: dict[str, dict[str, tuple[float, float, float]]] = {}
    for mode in ("exact", "overlap"):
        out[mode] = {}
        for kind in (*TYPES, "all"):
            g = [m for m in gold if kind in ("all", m[3])]
            p = [m for m in pred if kind in ("all", m[3])]
            found, correct = match_counts(g, p, mode == "overlap")
            precision = correct / len(p) if p else 0.0
            recall = found / len(g) if g else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out[mode][kind] = (precision, recall, f1)
    return out


def bcubed(gold_of: Mapping[Span, str], pred_of: Mapping[Span, str]) -> tuple[float, float, float]:
    """B-cubed over the mentions both sides cluster."""
    items = [m for m in gold_of if m in pred_of]
    if not items:
        return 0.0, 0.0, 0.0
    gold_groups: dict[str, set[Span]] = defaultdict(set)
    pred_groups: dict[str, set[Span]] = defaultdict(set)
    for m in items:
        gold_groups[gold_of[m]].add(m)
        pred_groups[pred_of[m]].add(m)
    p = sum(len(gold_groups[gold_of[m]] & pred_groups[pred_of[m]]) / len(pred_groups[pred_of[m]]) for m in items)
    r = sum(len(gold_groups[gold_of[m]] & pred_groups[pred_of[m]]) / len(gold_groups[gold_of[m]]) for m in items)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(gold_of: Mapping[Span, str], pred_of: Mapping[Span, str]) -> tuple[float, float, float]:
    """Same-entity pairs of mentions in different articles (the cross-article part of linking)."""
    items = sorted(m for m in gold_of if m in pred_of)
    gold_pairs = pred_pairs = both = 0
    for x, y in combinations(items, 2):
        if x[0] == y[0]:
            continue
        g, p = gold_of[x] == gold_of[y], pred_of[x] == pred_of[y]
        gold_pairs += g
        pred_pairs += p
        both += g and p
    return prf(both, pred_pairs, gold_pairs)


def to_article(row: Mapping) -> Article:
    return Article(id=row["id"], text=row["text"], source=row.get("source"), title=row.get("title"),
                   published=row.get("published"))


def linked_entities(articles_path: str | Path) -> dict[Span, str]:
    """Ingest the articles into a temporary store: (article, start, end, type) -> entity id."""
    import khabar

    with tempfile.TemporaryDirectory() as tmp:
        kb = khabar.open(Path(tmp) / "m.db")
        kb.ingest([str(articles_path)])
        out = {}
        for entity in kb.store.entities():
            for m in entity.mentions:
                out[m["article_id"], m["start"], m["end"], entity.type] = entity.id
        return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles")
    parser.add_argument("gold")
    parser.add_argument("--no-link", action="store_true", help="mentions only, no ingest")
    parser.add_argument("--errors", type=int, default=0, help="list up to N misses and N spurious mentions")
    args = parser.parse_args(argv)

    articles = {row["id"]: row for row in read_jsonl(args.articles)}
    gold_rows = [g for g in read_jsonl(args.gold) if g["id"] in articles]
    gold = [(g["id"], g["start"], g["end"], g["type"]) for g in gold_rows]
    pred = []
    for aid, row in articles.items():
        pred.extend((aid, m.start, m.end, m.type) for m in analyse(to_article(row)).mentions)
    print(f"{len(articles)} articles, {len(gold)} gold mentions, {len(pred)} found")
    for mode, per_type in mention_scores(gold, pred).items():
        cells = "  ".join(f"{k} {p:.3f}/{r:.3f}/{f:.3f}" for k, (p, r, f) in per_type.items())
        print(f"mentions {mode:7s} P/R/F1  {cells}")
    text_of = {aid: row["text"] for aid, row in articles.items()}
    body_gold, body_pred = body_only(gold, text_of), body_only(pred, text_of)
    for mode, per_type in mention_scores(body_gold, body_pred).items():
        cells = "  ".join(f"{k} {p:.3f}/{r:.3f}/{f:.3f}" for k, (p, r, f) in per_type.items())
        print(f"body {mode:7s} P/R/F1  {cells}  ({len(gold) - len(body_gold)} gold, "
              f"{len(pred) - len(body_pred)} found on \"Also read\" lines left out)")
    if args.errors:
        gold_set, pred_set = set(gold), set(pred)
        missed = Counter(f"{t} {text_of[a][s:e]}" for a, s, e, t in gold if (a, s, e, t) not in pred_set)
        spurious = Counter(f"{t} {text_of[a][s:e]}" for a, s, e, t in pred if (a, s, e, t) not in gold_set)
        print("missed:", "; ".join(f"{k} ×{n}" for k, n in missed.most_common(args.errors)))
        print("spurious:", "; ".join(f"{k} ×{n}" for k, n in spurious.most_common(args.errors)))
    if args.no_link:
        return 0
    entity_of = linked_entities(args.articles)
    gold_key = {(g["id"], g["start"], g["end"], g["type"]): g["key"] for g in gold_rows}
    linked = {m: entity_of[m] for m in gold_key if m in entity_of}
    bp, br, bf = bcubed(gold_key, linked)
    pp, pr, pf = pairwise(gold_key, linked)
    print(f"linking: {len(linked)}/{len(gold_key)} gold mentions stored with an entity; "
          f"B-cubed P/R/F1 {bp:.3f}/{br:.3f}/{bf:.3f}; cross-article pairs P/R/F1 {pp:.3f}/{pr:.3f}/{pf:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
