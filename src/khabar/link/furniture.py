"""Site furniture found across articles: lines that one source prints in many of its articles.

Per-article analysis (``khabar.analyse.boilerplate``) finds furniture by phrase and shape and stays pure. What
only a batch shows, a footer or promo line that one outlet repeats word for word under every article, is a
corpus-level signal computed here in the link step: mentions inside such lines do not feed entities (a site's
own name and its social networks would otherwise top every listing). Nothing is deleted from the text.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

from khabar.model import Span
from khabar.text.keys import match_key
from khabar.text.sentences import lines as text_lines
from khabar.text.tokens import has_words

MIN_ARTICLES = 3  # a line must recur in at least this many articles of one source
MIN_SHARE = 0.05  # and in at least this share of them
MIN_WORDS = 5  # shorter lines (a dateline such as नई दिल्ली, a section name) are not furniture


def _key(line: str) -> str | None:
    return match_key(line) if has_words(line, MIN_WORDS) else None


def line_keys(text: str) -> set[str]:
    """The match keys of an article's lines that could be furniture (long enough)."""
    return {k for ln in text_lines(text) if (k := _key(ln.text))}


def line_digest(key: str) -> str:
    """How the store files a line's match key in its per-source line counts: the MD5 of its UTF-8 bytes in hex
    (PostgreSQL's ``md5(text)``; schema 9). A key is a whole line, often a paragraph of a thousand characters or
    more, and the counts and each article's lines were two tables of two B-trees each, all of them keyed by these
    lines at random places: 40 % of a store of 40,000 linked generated articles (docs/benchmarks.md, session 19).
    Keys are only ever compared for equality, and 128 bits keep distinct lines apart (the chance of any collision
    among ten million lines is below 10**-24). The empty key (the row that counts a source's articles) stays
    empty."""
    return hashlib.md5(key.encode("utf-8")).hexdigest() if key else ""


def is_furniture(articles_with_line: int, articles_of_source: int) -> bool:
    """Whether a line that ``articles_with_line`` of a source's ``articles_of_source`` articles print is
    furniture."""
    return articles_with_line >= max(MIN_ARTICLES, MIN_SHARE * articles_of_source)


def furniture_lines(articles: Iterable[tuple[str | None, str]]) -> frozenset[str]:
    """Match keys of the lines repeated across many articles of one source; ``articles``: (source, text)."""
    per_source: dict[str | None, Counter] = defaultdict(Counter)
    sizes: Counter = Counter()
    for source, text in articles:
        sizes[source] += 1
        per_source[source].update(line_keys(text))
    found = set()
    for source, counts in per_source.items():
        found |= {k for k, n in counts.items() if is_furniture(n, sizes[source])}
    return frozenset(found)


def stored_furniture(wanted: dict[str, set[str]], stored: dict[tuple[str, str], int],
                     replaced: dict[str, tuple[str, set[str]]],
                     added: dict[str, tuple[str, set[str]]]) -> frozenset[str]:
    """Furniture among the ``wanted`` lines (source -> line keys) from the store's per-source counts as they
    stand once a link step is applied: ``stored`` (source, key) -> articles, with key "" for the source's number
    of articles; ``replaced`` the stored lines of the articles the step links again; ``added`` their lines now
    (article id -> (source, keys))."""
    counts = Counter(stored)
    for sign, articles in ((-1, replaced), (1, added)):
        for source, keys in articles.values():
            for k in keys | {""}:
                counts[(source, k)] += sign
    return frozenset(k for source, keys in wanted.items() for k in keys
                     if is_furniture(counts[(source, k)], counts[(source, "")]))


def furniture_spans(text: str, furniture: frozenset[str]) -> list[Span]:
    """The lines of ``text`` that are furniture."""
    if not furniture:
        return []
    return [ln for ln in text_lines(text) if _key(ln.text) in furniture]
