"""Site furniture found across articles: lines that one source prints in many of its articles.

Per-article analysis (``khabar.analyse.boilerplate``) finds furniture by phrase and shape and stays pure. What
only a batch shows, a footer or promo line that one outlet repeats word for word under every article, is a
corpus-level signal computed here in the link step: mentions inside such lines do not feed entities (a site's
own name and its social networks would otherwise top every listing). Nothing is deleted from the text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from khabar.model import Span
from khabar.text.keys import match_key
from khabar.text.sentences import lines as text_lines
from khabar.text.tokens import count_words

MIN_ARTICLES = 3  # a line must recur in at least this many articles of one source
MIN_SHARE = 0.05  # and in at least this share of them
MIN_WORDS = 5  # shorter lines (a dateline such as नई दिल्ली, a section name) are not furniture


def _key(line: str) -> str | None:
    return match_key(line) if count_words(line) >= MIN_WORDS else None


def furniture_lines(articles: Iterable[tuple[str | None, str]]) -> frozenset[str]:
    """Match keys of the lines repeated across many articles of one source; ``articles``: (source, text)."""
    per_source: dict[str | None, Counter] = defaultdict(Counter)
    sizes: Counter = Counter()
    for source, text in articles:
        sizes[source] += 1
        per_source[source].update({k for ln in text_lines(text) if (k := _key(ln.text))})
    found = set()
    for source, counts in per_source.items():
        needed = max(MIN_ARTICLES, MIN_SHARE * sizes[source])
        found |= {k for k, n in counts.items() if n >= needed}
    return frozenset(found)


def furniture_spans(text: str, furniture: frozenset[str]) -> list[Span]:
    """The lines of ``text`` that are furniture."""
    if not furniture:
        return []
    return [ln for ln in text_lines(text) if _key(ln.text) in furniture]
