"""Quotes and speakers scored against statements judged by reading real articles.

    python benchmarks/score_judged_quotes.py ARTICLES.jsonl JUDGED.jsonl [--rows 0:20] [--errors]

``ARTICLES.jsonl``: one article a line, ``{id, source, published, title, text}`` (as in
``../shared/data/stories/covid5_unlabelled.jsonl``). ``JUDGED.jsonl``: one reported statement a line,
``{id, said, speaker, kind, optional}``: ``said`` the first words of the quote or clause as written (a reader
writes a few words, not the whole clause), ``speaker`` the forms a reader accepts for who said it (the full name
first; ``[]`` for an impersonal frame, ``बताया जा रहा है कि``, that has no speaker), ``optional`` a statement left
out by convention (sourcing by an organisation, a document or a medium: neither missed nor extra when found). The
judged files live outside the repository (third-party text).

A found quote matches a judged statement of its article when one's words start or hold the other's (after
``match_key``); matching is one-to-one in text order. Its speaker is right when the words it resolves to (the
antecedent at ``speaker_ref``, else ``speaker_text``) are one of the accepted forms, or such a form with words in
front of it (``बांका सुधीर महतो`` for ``सुधीर महतो``); a bare pronoun, a part of a name (``चंद्र त्रिपाठी`` for
``विकास चंद्र त्रिपाठी``) or another person is wrong. ``--rows A:B`` scores articles A..B-1 of ARTICLES (a
development part and a part kept for a fresh check).

Printed: quote precision / recall / F1 over all kinds, the same for reported (indirect) speech, speaker accuracy
over matched quotes, and with ``--errors`` every miss, extra and wrong speaker.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.model import Article
from khabar.text.keys import match_key


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def said_matches(judged: str, found: str) -> bool:
    """The judged first words start or sit in the found quote, or the found quote (a cut-off one) in them."""
    j, f = match_key(judged), match_key(found)
    return bool(j and f) and (j in f or (len(f) >= 12 and f in j))


def speaker_right(forms: Sequence[str], resolved: str | None) -> bool:
    if not forms:
        return resolved is None
    if not resolved:
        return False
    got = match_key(resolved)
    return any(got == match_key(f) or got.endswith(" " + match_key(f)) for f in forms)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def found_quotes(article: dict) -> list[dict]:
    text = article["text"]
    a = analyse(Article(id=article["id"], text=text, title=article.get("title"), source=article.get("source"),
                        published=article.get("published")))
    return [{"kind": q.kind, "text": q.text, "speaker": q.speaker_text, "start": q.start,
             "resolved": text[q.speaker_ref[0]:q.speaker_ref[1]] if q.speaker_ref else q.speaker_text}
            for q in a.quotes]


def score(articles: Sequence[dict], judged: Sequence[dict]) -> dict:
    by_article: dict[str, list[dict]] = defaultdict(list)
    for j in judged:
        by_article[j["id"]].append(j)
    counts = {"all": [0, 0, 0], "indirect": [0, 0, 0]}  # matched, found, judged
    right = total = 0
    errors: list[str] = []
    for article in articles:
        golds = by_article.get(article["id"], [])
        preds = sorted(found_quotes(article), key=lambda q: q["start"])
        used: set[int] = set()
        pairs: list[tuple[dict, dict]] = []
        for g in golds:
            pi = next((i for i, p in enumerate(preds) if i not in used and said_matches(g["said"], p["text"])), None)
            if pi is None:
                if not g.get("optional"):
                    errors.append(f"{article['id']} missed {g['kind']}: {g['said']} ({g['speaker'][:1]})")
                continue
            used.add(pi)
            pairs.append((g, preds[pi]))
        extra = [p for i, p in enumerate(preds) if i not in used]
        for p in extra:
            errors.append(f"{article['id']} extra {p['kind']} ({p['speaker']}): {p['text'][:60]}")
        scored = [(g, p) for g, p in pairs if not g.get("optional")]
        for name, keep in (("all", lambda k: True), ("indirect", lambda k: k == "indirect")):
            counts[name][0] += sum(1 for g, p in scored if keep(g["kind"]) and keep(p["kind"]))
            counts[name][1] += sum(1 for g, p in scored if keep(p["kind"])) + sum(1 for p in extra if keep(p["kind"]))
            counts[name][2] += sum(1 for g in golds if not g.get("optional") and keep(g["kind"]))
        for g, p in scored:
            total += 1
            if speaker_right(g["speaker"], p["resolved"]):
                right += 1
            else:
                errors.append(f"{article['id']} speaker {p['speaker']!r} -> {p['resolved']!r} for "
                              f"{g['speaker'][:1]}: {g['said']}")
    out: dict = {name: dict(zip(("precision", "recall", "f1"), prf(*c), strict=True)) | {"counts": c}
                 for name, c in counts.items()}
    out["speaker_accuracy"] = right / total if total else 0.0
    out["speakers"] = [right, total]
    out["errors"] = errors
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles")
    parser.add_argument("judged")
    parser.add_argument("--rows", default=None, help="A:B, the articles scored (default all)")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    articles = read_jsonl(args.articles)
    if args.rows:
        lo, hi = (int(x) if x else None for x in args.rows.split(":"))
        articles = articles[lo:hi]
    report = score(articles, read_jsonl(args.judged))
    for name in ("all", "indirect"):
        r = report[name]
        print(f"{name:9} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
              f"(matched {r['counts'][0]}, found {r['counts'][1]}, judged {r['counts'][2]})")
    right, total = report["speakers"]
    print(f"speakers  {report['speaker_accuracy']:.3f} ({right}/{total})")
    if args.errors:
        print("\n".join(report["errors"]))


if __name__ == "__main__":
    main()
