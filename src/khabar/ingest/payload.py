"""A fetched or archived HTTP body read by what it is: an HTML page, a feed, or plain text."""

from __future__ import annotations

from collections.abc import Iterator

from khabar.ingest.decode import decode
from khabar.ingest.errors import IngestError, UndecodableError
from khabar.ingest.feeds import looks_like_feed, read_feed
from khabar.ingest.html import article_from_html
from khabar.ingest.ids import registered_domain
from khabar.model import Article

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
               "application/feed+xml"}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from ``text/html; charset=UTF-8``."""
    if not content_type:
        return "", None
    kind, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return kind.strip().lower(), charset


def kind_of(content_type: str | None, data: bytes) -> str | None:
    """``"feed"``, ``"html"``, ``"text"`` or None (not an article: an image, a PDF, JSON...). The content decides
    when the header is vague: feeds are often served as text/xml or even text/html."""
    kind, _ = media_type(content_type)
    if looks_like_feed(data):
        return "feed"
    if kind in _HTML_TYPES:
        return "html"
    if kind == "text/plain":
        return "text"
    if not kind or kind in {"application/octet-stream", "text/xml", "application/xml"}:
        head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
        return None if kind.endswith("xml") else ("text" if not kind else None)
    return None


def decode_body(data: bytes, charset: str | None) -> str:
    """The declared charset when the server names one (and it fits), else khabar's own rules (decode.py)."""
    if charset and charset not in {"utf-16", "utf-32"}:
        try:
            return data.decode(charset).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)[0]


def read_payload(data: bytes, *, content_type: str | None, url: str, id: str, origin: str,
                 meta: dict | None = None) -> Iterator[Article | IngestError]:
    """Articles from one HTTP body. Raises nothing; a body that is not an article is an ``IngestError``."""
    kind = kind_of(content_type, data)
    if kind == "feed":
        yield from read_feed(data, origin=origin, url=url)
        return
    if kind is None:
        yield IngestError(origin, f"not an article: content type {media_type(content_type)[0] or 'unknown'}")
        return
    try:
        text = decode_body(data, media_type(content_type)[1])
    except UndecodableError as exc:
        yield IngestError(origin, str(exc))
        return
    if kind == "html":
        try:
            article = article_from_html(text, id=id, url=url, origin=origin, source=registered_domain(url))
        except ValueError as exc:
            yield IngestError(origin, str(exc))
            return
    elif not text.strip():
        yield IngestError(origin, "no text")
        return
    else:
        article = Article(id=id, text=text, url=url, source=registered_domain(url), origin=origin)
    article.meta.update(meta or {})
    yield article
