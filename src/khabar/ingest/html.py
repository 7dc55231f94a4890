"""HTML pages: the article text through trafilatura, plus the metadata the page declares."""

from __future__ import annotations

import regex
import trafilatura

from khabar.ingest.ids import source_of
from khabar.model import Article

# Full timestamps that trafilatura's date extraction shortens to a day.
_META_PUBLISHED = regex.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate|publish-date)["']"""
    r"""[^>]*?content\s*=\s*["']([^"']+)["']|"datePublished"\s*:\s*"([^"]+)\"""",
    regex.IGNORECASE,
)
_CANONICAL = regex.compile(r"""<link[^>]+rel\s*=\s*["']canonical["'][^>]*href\s*=\s*["']([^"']+)["']""", regex.I)


def text_of_fragment(html: str, *, url: str | None = None) -> str:
    """The text of an HTML fragment (a feed item's content), through the same extraction as whole pages; ``""``
    when there is none."""
    doc = trafilatura.bare_extraction(f"<html><body><article>{html}</article></body></html>", url=url,
                                      with_metadata=False, include_comments=False)
    return (getattr(doc, "text", None) or "").strip() if doc is not None else ""


def _page_date(html: str, url: str | None, found: str | None) -> str | None:
    """trafilatura's date, unless it is 1 January read from a bare year (a copyright line ``© 2020``, a year in
    the URL): the page's metadata and text, read without that extensive search, must give the same day."""
    if not found or not found.endswith("-01-01"):
        return found
    import htmldate

    plain = htmldate.find_date(html, url=url, extensive_search=False, original_date=True)
    return found if plain == found else None


def article_from_html(html: str, *, id: str, url: str | None = None, origin: str | None = None,
                      source: str | None = None, title: str | None = None,
                      published: str | None = None) -> Article:
    """Raises ``ValueError`` when the page has no extractable article text."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise ValueError("HTML has no article text (empty or missing <body>)")
    if url is None:
        m = _CANONICAL.search(html)
        url = m.group(1) if m else getattr(doc, "url", None)
    if published is None:
        m = _META_PUBLISHED.search(html)
        published = (m.group(1) or m.group(2)) if m else _page_date(html, url, getattr(doc, "date", None))
    meta = {k: v for k in ("author", "sitename", "description") if (v := getattr(doc, k, None))}
    return Article(
        id=id, text=text, url=url, source=source or source_of(url) or meta.get("sitename"),
        title=title or getattr(doc, "title", None), published=published, meta=meta, origin=origin,
    )
