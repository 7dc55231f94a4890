"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry.

feedparser reads the bytes (it honours the XML encoding declaration and survives the malformed feeds the web
serves). It never fetches anything when given bytes, and its SAX parser does not load external entities; feeds
that declare entities of their own are refused before parsing (entity-expansion bombs), as defusedxml would.
"""

from __future__ import annotations

import html as htmllib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import feedparser
import regex

from khabar.ingest.errors import IngestError
from khabar.ingest.html import text_of_fragment
from khabar.ingest.ids import registered_domain, stable_id
from khabar.model import Article

FEED_SUFFIXES = {".xml", ".rss", ".atom", ".rdf"}

# The root element after the XML declaration, comments, processing instructions and a DOCTYPE.
_FEED_ROOT = regex.compile(
    rb"^(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)*<(?:rss|feed|(?:\w+:)?RDF)[\s>/]",
    regex.DOTALL | regex.IGNORECASE)
_ENTITY_DECL = regex.compile(rb"<!ENTITY", regex.IGNORECASE)
_TAG = regex.compile(r"<[A-Za-z!/]")
# RFC 822 zone names email.utils does not know. IST is India (+05:30) in Indian feeds, never Israel.
_ZONES = {"IST": "+0530", "PKT": "+0500", "NPT": "+0545", "BST": "+0100", "CET": "+0100", "CEST": "+0200"}
_ZONE_NAME = regex.compile(r"\s([A-Z]{3,4})\s*$")


def looks_like_feed(data: bytes) -> bool:
    """Whether the bytes are an RSS, RDF or Atom document (looked at without parsing: a cheap sniff)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data[:4096].decode("utf-16", errors="ignore").encode("utf-8")
    return bool(_FEED_ROOT.match(head))


def iso_date(raw: str | None, parsed: object = None) -> str | None:
    """A feed date as ISO 8601 keeping its own offset: RFC 822 (``Tue, 02 Sep 2025 18:30:00 +0530``) or RFC 3339
    (``2025-09-02T18:30:00+05:30``); feedparser's UTC reading as a last resort for odder formats."""
    raw = (raw or "").strip()
    if raw:
        zone = _ZONE_NAME.search(raw)
        rfc822 = raw[: zone.start()] + " " + _ZONES[zone.group(1)] if zone and zone.group(1) in _ZONES else raw
        for parse in (parsedate_to_datetime, lambda s: datetime.fromisoformat(s.replace("z", "Z"))):
            try:
                value = parse(rfc822)
            except (TypeError, ValueError, IndexError):
                continue
            if value is not None:
                return value.isoformat()
    if parsed is not None:
        try:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()  # type: ignore[index]
        except (TypeError, ValueError):
            return None
    return None


def _text_of(detail: dict, url: str | None) -> str:
    value = (detail.get("value") or "").strip()
    if not value:
        return ""
    if "html" in (detail.get("type") or "") and _TAG.search(value):
        return text_of_fragment(value, url=url)
    return htmllib.unescape(value).strip() if "html" in (detail.get("type") or "") else value


def _item_text(entry: dict, url: str | None) -> tuple[str, str]:
    """The item's text and where it came from: full content first, then the description or summary."""
    for detail in entry.get("content") or []:
        if text := _text_of(detail, url):
            return text, "content"
    summary = entry.get("summary_detail") or ({"value": entry.get("summary"), "type": "text/html"})
    return _text_of(summary, url), "summary"


def _item_id(entry: dict, feed_key: str, link: str | None, text: str) -> str:
    """From the guid/id when there is one. A guid that is not a URI ("12345") is only unique within its feed, so
    it is keyed with the feed's own link; without a guid the item's link, then its text."""
    guid = (entry.get("id") or "").strip()
    if guid and not regex.match(r"^(?:[a-z][a-z0-9+.-]*://|urn:|tag:)", guid, regex.I):
        guid = f"{feed_key}#{guid}"
    return stable_id(guid or link, text)


def read_feed(data: bytes, *, origin: str, url: str | None = None) -> Iterator[Article | IngestError]:
    """Articles from a feed's bytes. ``origin`` names the file or URL in failures (``feed.xml item 3: no text``);
    ``url`` is where the feed was fetched from, used to resolve relative links."""
    if _ENTITY_DECL.search(data[:65536]):
        yield IngestError(origin, "feed declares XML entities (refused: entity expansion is an attack vector)")
        return
    try:
        # A stream, never bytes or str: feedparser fetches a str that looks like a URL and opens one (or bytes)
        # that names a file.
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url} if url else None,
                                  sanitize_html=False)
    except Exception as exc:  # feedparser is lenient, but a parser crash must stay one reported failure
        yield IngestError(origin, f"cannot parse feed: {type(exc).__name__}: {exc}")
        return
    # An empty stream gives a result without ``version`` (found by fuzzing): read every field with get().
    if not parsed.get("entries"):
        if parsed.get("bozo"):
            reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: parsed.get("bozo_exception"))()
            yield IngestError(origin, f"not a well-formed feed ({reason})")
        elif not parsed.get("version"):
            yield IngestError(origin, "not an RSS or Atom feed")
        else:
            yield IngestError(origin, "feed has no items")
        return
    feed_link = parsed.feed.get("link") or url or origin
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin} item {number}"
        link = (entry.get("link") or "").strip() or None
        text, field = _item_text(entry, link)
        if not text:
            yield IngestError(where, "no text")
            continue
        published = iso_date(entry.get("published"), entry.get("published_parsed")) or iso_date(
            entry.get("updated"), entry.get("updated_parsed"))
        # Only what the item itself says: the same item in two of a site's feeds must hash the same.
        meta: dict = {"text_from": field}
        if author := (entry.get("author") or "").strip():
            meta["author"] = author
        if (guid := entry.get("id")) is not None:
            meta["guid"] = guid
        yield Article(
            id=_item_id(entry, feed_link, link, text), text=text, url=link,
            source=registered_domain(link) or registered_domain(parsed.feed.get("link")),
            title=(entry.get("title") or "").strip() or None, published=published, meta=meta, origin=where,
        )
