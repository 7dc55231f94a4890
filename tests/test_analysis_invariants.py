"""What the store relies on, checked on real articles: every record's span is a view of the text (its text is
the text between its offsets) and no two records of one kind in an article share an id (the store keys rows by
them: a repeated id made it refuse the whole article)."""

from __future__ import annotations

import collections
import json

from conftest import SHARED, _need
from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _real_articles() -> list[Article]:
    path = _need(SHARED / "data" / "stories" / "covid5_dev.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [Article(id=r["id"], text=r["text"], title=r.get("title"), source=r.get("source"),
                    published=r.get("published")) for r in rows]


def test_records_are_views_of_the_text_with_ids_unique_in_their_article() -> None:
    articles = _real_articles()
    assert len(articles) == 62
    quotes = 0
    for article in articles:
        analysis = analyse(article)
        text = article.text
        for kind in ("quotes", "quantities"):
            records = getattr(analysis, kind)
            repeated = [i for i, n in collections.Counter(r.id for r in records).items() if n > 1]
            assert not repeated, (article.id, kind, repeated)
        for quote in analysis.quotes:
            assert text[quote.start : quote.end] == quote.text, (article.id, quote)
        for mention in analysis.mentions:
            assert text[mention.start : mention.end] == mention.text, (article.id, mention)
        spans = [(t.start, t.end) for t in analysis.timexes]
        assert len(spans) == len(set(spans)), article.id
        quotes += len(analysis.quotes)
    assert quotes > 50  # the check ran over real statements
