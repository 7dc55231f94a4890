"""Real-length Hindi articles composed from the real news in ../shared/data/stories (never written into the
repository): each takes one article's sentences, swaps about a third of them for sentences of other articles,
and runs to the length of a real article drawn at random. Ids, outlets and dates vary, so that a large corpus
does not collapse into one story nor into copies of a few.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import random
from functools import cache
from pathlib import Path

from khabar.text.sentences import split_sentences

SHARED = Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[2] / "shared"))
STORIES = SHARED / "data" / "stories"


@cache
def _sources() -> list[dict]:
    rows = []
    for name in ("covid5_unlabelled.jsonl", "covid5_dev.jsonl"):
        with (STORIES / name).open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    for row in rows:
        text = row["text"]
        row["sentences"] = [s.text.strip() for s in split_sentences(text) if len(s.text.strip()) > 20]
    return [r for r in rows if len(r["sentences"]) >= 3]


def compose(count: int, seed: int = 0) -> list[dict]:
    """``count`` articles as JSON-ready dicts (id, source, published, title, text)."""
    rows = _sources()
    out = []
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        base = rows[rng.randrange(len(rows))]
        target = len(rows[rng.randrange(len(rows))]["text"])
        title, *body = base["sentences"]
        sentences: list[str] = []
        for s in body * 3:
            if sum(map(len, sentences)) >= target:
                break
            if rng.random() < 0.35:
                other = rows[rng.randrange(len(rows))]["sentences"]
                s = other[rng.randrange(1, len(other))]
            sentences.append(s)
        paragraphs = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
        day = dt.date.fromisoformat(base["published"][:10]) + dt.timedelta(days=rng.randint(-20, 20))
        out.append({"id": f"bench-{seed}-{i:06d}", "source": base["source"], "published": day.isoformat(),
                    "title": title, "text": title + "\n\n" + "\n\n".join(paragraphs)})
    return out


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


_PAGE = """<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8"><title>{title} - {source}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="article:published_time" content="{published}T08:30:00+05:30">
<link rel="canonical" href="https://{host}/news/{id}.html">
<style>body{{font-family:sans-serif}} .nav li{{display:inline}} .ad{{height:250px}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
</head><body>
<header><div class="logo"><a href="/">{source}</a></div>
<nav><ul class="nav"><li><a href="/india">देश</a></li><li><a href="/world">विदेश</a></li><li><a href="/sports">खेल</a>
</li><li><a href="/business">कारोबार</a></li><li><a href="/entertainment">मनोरंजन</a></li></ul></nav></header>
<div class="ad">विज्ञापन</div>
<main><article><h1>{title}</h1><p class="byline">{source} | प्रकाशित: {published}</p>
{paragraphs}
</article>
<aside><h3>ये भी पढ़ें</h3><ul>{related}</ul></aside></main>
<footer><p>&copy; 2020 {source}. सर्वाधिकार सुरक्षित।</p><ul><li><a href="/about">हमारे बारे में</a></li>
<li><a href="/privacy">गोपनीयता नीति</a></li><li><a href="/contact">संपर्क करें</a></li></ul></footer>
</body></html>
"""


def write_html(folder: Path, articles: list[dict]) -> list[Path]:
    """One news-site page per article (navigation, ads, related links, footer around the article)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, a in enumerate(articles):
        related = "".join(f'<li><a href="/news/{o["id"]}.html">{html.escape(o["title"])}</a></li>'
                          for o in articles[k + 1:k + 6])
        page = _PAGE.format(
            title=html.escape(a["title"]), source=html.escape(a["source"]), published=a["published"], id=a["id"],
            host=a["source"].lower().replace(" ", "") + ".example.in",
            paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n\n")[1:]),
            related=related,
        )
        path = folder / f"{a['id']}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths
