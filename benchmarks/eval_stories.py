"""Story and thread grouping on labelled real news, with and without publication dates, beside a naive baseline.

    python benchmarks/eval_stories.py ../shared/data/stories/covid5_dev.jsonl
    python benchmarks/eval_stories.py /work/labels/covid5_more.labels.jsonl \
        --texts ../shared/data/stories/covid5_unlabelled.jsonl
    python benchmarks/eval_stories.py benchmarks/data/news_en_hi.jsonl --split train --mode all

The labelled file has one article a line: ``{id, story, thread}`` and, unless ``--texts`` supplies them by id,
``source, published, title, text``. Articles are given to khabar as a crawler would (labels dropped); the
"undated" run drops ``published`` as well (as {id, url, text}: an id such as ``AU-2020-03-22-04`` still names a
day, which khabar reads), and the "text-only" run also replaces each id by a digest of it, so that only the text
can date an article; the "bare" run (not part of ``all``) gives each article as {id, url, text} only, the headline
as the text's first line, no outlet. Each article is analysed once per mode and the analysed store is
cached (``--cache``, keyed by the articles and a digest of the analysis code and language data); the link step
then runs on a copy, so a change to the link step is measured in seconds.

Printed per mode: story B-cubed P/R/F1, same-story pair P/R/F1, same-thread pair P/R/F1 (articles; an article
without a gold thread is alone, as in ``../shared/tools/story_score.py``), and the baseline: character TF-IDF
(2-5 grams) + average-link agglomerative clustering at the distance threshold that maximises its B-cubed F1 on
this very set (an upper bound for the baseline, not a fair held-out figure). When the set has reports in both
languages, "English joins" counts the events (and English reports) whose English report shares a story with a
Hindi report of the event, and the Hindi-English pairs of different events that were joined.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from khabar.analyse.pipeline import analyse
from khabar.evaluation.labels import cross_language_joins, scores
from khabar.export import records
from khabar.link.run import relink
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store.sqlite import SqliteStore
from khabar.versions import LINK_ONLY_LANG


def load_labelled(path: Path, texts: Sequence[Path]) -> list[dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    for text_path in texts:
        for line in text_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_id[record["id"]] = record
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        record = {**by_id.get(label["id"], {}), **label}
        if "text" not in record:
            raise SystemExit(f"{path}: no text for {label['id']} (pass --texts FILE)")
        rows.append(record)
    return rows


@cache
def analysis_fingerprint() -> str:
    """A digest of the code and language data that per-article analysis reads: a cached analysis is reused
    only by the code that made it (a key over the articles alone served stale analyses after analysis changed)."""
    import khabar

    root = Path(khabar.__file__).resolve().parent
    digest = hashlib.sha1()
    for folder in ("analyse", "lang", "text", "ingest"):
        for path in sorted((root / folder).rglob("*")):
            if folder == "lang" and path.name in LINK_ONLY_LANG:
                continue  # read by the link step only: the cached analyses stay valid
            if path.suffix in {".py", ".json", ".txt", ".npz", ".tsv"} and path.is_file():
                digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    digest.update((root / "model.py").read_bytes())
    return digest.hexdigest()[:16]


def anonymous_id(article_id: str) -> str:
    """An id that names no day (the text-only mode)."""
    return "x" + hashlib.sha1(article_id.encode()).hexdigest()[:11]


def given_article(r: Mapping[str, Any], dated: bool, anonymous: bool = False, bare: bool = False) -> Article:
    """The article as the mode gives it to khabar."""
    if bare:  # {id, url, text}: the headline is the text's first line, no outlet, no date
        return Article(id=r["id"], text="\n\n".join(t for t in (r.get("title"), r["text"]) if t), url=r.get("url"))
    return Article(id=anonymous_id(r["id"]) if anonymous else r["id"], text=r["text"], url=r.get("url"),
                   source=r.get("source"), title=r.get("title"), published=r.get("published") if dated else None)


def _one_at_a_time(rows: Sequence[dict[str, Any]], source: Path, db: Path, dated: bool, anonymous: bool,
                   bare: bool, order: str) -> SqliteStore:
    """A store filled as a reader would fill it article by article: each analysed article saved, then linked
    alone (``relink(changed={id})``), in the file's order or its reverse."""
    analysed = SqliteStore(source)
    store = SqliteStore(db)
    for r in rows if order == "forward" else list(reversed(rows)):
        article = given_article(r, dated, anonymous, bare)
        analysis = analysed.analysis(article.id)
        assert analysis is not None
        store.save_article(article, analysis, article_hash(article))
        relink(store, changed={article.id})
    analysed.close()
    return store


def analysed_store(rows: Sequence[dict[str, Any]], dated: bool, cache: Path, anonymous: bool = False,
                   bare: bool = False) -> Path:
    """A store holding every article analysed but not linked; built once per article set and mode."""
    digest = hashlib.sha1(analysis_fingerprint().encode())
    for r in rows:
        digest.update(json.dumps([r["id"], r.get("source"), r.get("published") if dated else None, r.get("title"),
                                  r["text"], r.get("url")], ensure_ascii=False).encode("utf-8"))
    mode = "dated" if dated else "bare" if bare else "text-only" if anonymous else "undated"
    path = cache / f"{digest.hexdigest()[:16]}-{mode}.db"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    # One partial file per process: two evaluations of one article set at once (several checkouts share the
    # default cache) must not write into each other's store, nor rename it into place half written.
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    store = SqliteStore(partial)
    started = time.perf_counter()
    for n, r in enumerate(rows, 1):
        article = given_article(r, dated, anonymous, bare)
        store.save_article(article, analyse(article), article_hash(article))
        if n % 20 == 0 or n == len(rows):
            print(f"  analysed {n}/{len(rows)} ({n / (time.perf_counter() - started):.1f}/s)", file=sys.stderr)
    store.close()
    os.replace(partial, path)
    return path


def khabar_run(rows: Sequence[dict[str, Any]], dated: bool, cache: Path, anonymous: bool = False,
               bare: bool = False, one_at_a_time: str | None = None) -> dict[str, Any]:
    source = analysed_store(rows, dated, cache, anonymous, bare)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "link.db"
        started = time.perf_counter()
        if one_at_a_time:
            store = _one_at_a_time(rows, source, db, dated, anonymous, bare, one_at_a_time)
        else:
            shutil.copy(source, db)
            store = SqliteStore(db)
            relink(store)
        spent = time.perf_counter() - started
        export = records(store)
        store.close()
    original = {anonymous_id(r["id"]) if anonymous else r["id"]: r["id"] for r in rows}
    story_of = {original[a["id"]]: a.get("story_id") for a in export["articles"]}
    thread_by_story = {s["id"]: s.get("thread_id") for s in export["stories"]}
    thread_of = {i: thread_by_story.get(s) for i, s in story_of.items() if s}
    result = scores(rows, story_of, thread_of)
    result["link_seconds"] = spent
    result["predicted"] = story_of
    return result


def baseline(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Character TF-IDF + average-link clustering; the threshold with the best B-cubed F1 on these labels."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [(r.get("title") or "") + "\n" + r["text"] for r in rows]
    matrix = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, max_features=200_000)
    vectors = matrix.fit_transform(texts).toarray()
    best: dict[str, Any] | None = None
    for threshold in np.arange(0.30, 1.0, 0.025):
        labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                         distance_threshold=float(threshold)).fit_predict(vectors)
        result = scores(rows, {r["id"]: f"b{label}" for r, label in zip(rows, labels, strict=True)}, None)
        if best is None or result["story_bcubed"][2] > best["story_bcubed"][2]:
            best = {**result, "threshold": round(float(threshold), 3),
                    "predicted": {r["id"]: f"b{label}" for r, label in zip(rows, labels, strict=True)}}
    assert best is not None
    return best


def _line(name: str, values: Sequence[Any]) -> str:
    numbers = " ".join(f"{v:.3f}" for v in values[:3])
    extra = f"  ({values[3]})" if len(values) > 3 else ""
    return f"  {name:<14} P/R/F1 {numbers}{extra}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--texts", type=Path, action="append", default=[],
                        help="JSONL with id, source, published, title, text (for a labels-only file)")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "khabar-eval-stories")
    parser.add_argument("--mode", choices=["dated", "undated", "text-only", "bare", "both", "all"], default="both",
                        help="both: dated and undated; all: also text-only (ids replaced by digests); bare: "
                             "{id, url, text} only, the headline as the text's first line (not in all)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list predicted groups that mix gold stories "
                                                               "and gold stories that are split")
    parser.add_argument("--one-at-a-time", choices=["forward", "reverse"],
                        help="link each article alone as it is added (in the file's order or its reverse), as "
                             "``khabar ingest`` of one article at a time does, instead of the whole set as one batch")
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument("--split", help="only the rows whose ``split`` field is this "
                                        "(benchmarks/data/news_en_hi.jsonl: train, heldout)")
    args = parser.parse_args(argv)
    rows = load_labelled(args.labels, args.texts)
    if args.split:
        rows = [r for r in rows if r.get("split") == args.split]
    n_stories = len({r["story"] for r in rows})
    print(f"{args.labels}: {len(rows)} articles, {n_stories} gold stories, "
          f"{len({r['thread'] for r in rows if r.get('thread')})} threads")
    report: dict[str, Any] = {}
    modes = {"both": ["dated", "undated"], "all": ["dated", "undated", "text-only"]}.get(args.mode, [args.mode])
    for mode in modes:
        result = khabar_run(rows, mode == "dated", args.cache, anonymous=mode == "text-only", bare=mode == "bare",
                            one_at_a_time=args.one_at_a_time)
        added = f", one at a time ({args.one_at_a_time})" if args.one_at_a_time else ""
        print(f"khabar, {mode}{added} ({result['link_seconds']:.1f} s link step)")
        print(_line("story B-cubed", result["story_bcubed"]))
        print(_line("story pairs", result["story_pairs"]))
        print(_line("thread pairs", result["thread_pairs"]))
        joins = cross_language_joins(rows, result["predicted"])
        if joins["events"]:
            print(f"  English joins  {joins['events_joined']}/{joins['events']} events, {joins['english_joined']}/"
                  f"{joins['english']} English reports with a Hindi report of their event; "
                  f"{joins['wrong_pairs']} Hindi-English pairs of different events")
            result["cross_language"] = joins
        if args.errors:
            _errors(rows, result["predicted"])
        report[mode] = {k: v for k, v in result.items() if k != "predicted"}
    if not args.no_baseline:
        result = baseline(rows)
        joins = cross_language_joins(rows, result["predicted"])
        print(f"baseline: char TF-IDF + average link, best threshold {result['threshold']} (tuned on this set)")
        print(_line("story B-cubed", result["story_bcubed"]))
        print(_line("story pairs", result["story_pairs"]))
        if joins["events"]:
            print(f"  English joins  {joins['events_joined']}/{joins['events']} events, {joins['english_joined']}/"
                  f"{joins['english']} English reports")
        report["baseline"] = {k: v for k, v in result.items() if k != "predicted"}
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def _errors(rows: Sequence[dict[str, Any]], predicted: Mapping[str, str | None]) -> None:
    title = {r["id"]: (r.get("title") or "")[:70] for r in rows}
    gold = {r["id"]: r["story"] for r in rows}
    members: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        members[predicted.get(r["id"]) or r["id"]].append(r["id"])
    for group in members.values():
        if len({gold[i] for i in group}) > 1:
            print("    MIXED " + " | ".join(f"{i} [{gold[i]}] {title[i]}" for i in group))
    by_gold: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        by_gold[r["story"]].add(predicted.get(r["id"]) or r["id"])
    for story, groups in by_gold.items():
        if len(groups) > 1:
            ids = [r["id"] for r in rows if r["story"] == story]
            print(f"    SPLIT {story}: " + " | ".join(f"{i} {title[i]}" for i in ids))


if __name__ == "__main__":
    raise SystemExit(main())
