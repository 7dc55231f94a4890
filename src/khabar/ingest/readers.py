"""Turn paths into Articles. Every reader yields ``Article`` or ``IngestError``; nothing raises past here."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.ingest.decode import decode
from khabar.ingest.errors import IngestError, Skipped, UndecodableError
from khabar.ingest.feeds import FEED_SUFFIXES, looks_like_feed, read_feed
from khabar.ingest.fetch import DEFAULT_TIMEOUT, UrlSource, is_url, read_url
from khabar.ingest.html import article_from_html
from khabar.ingest.ids import source_of, stable_id
from khabar.ingest.warc import count_records, is_warc, read_warc
from khabar.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

Item = Article | IngestError | Skipped
Source = Path | UrlSource


def _known(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES or is_warc(path)


def discover(paths: Iterable[str | Path], *, timeout: float = DEFAULT_TIMEOUT) -> Iterator[Source | IngestError]:
    """Files and URLs to read, in a stable order. Directories are walked for known suffixes."""
    for raw in paths:
        if isinstance(raw, str) and is_url(raw.strip()):
            yield UrlSource(raw.strip(), timeout)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _known(p))
        elif path.is_file():
            yield path
        else:
            yield IngestError(str(path), "no such file or directory")


def read_urls_file(path: str | Path) -> list[str | IngestError]:
    """The URLs in a list, one a line; blank lines and ``#`` comments are ignored, other lines are failures."""
    try:
        text, _ = decode(Path(path).read_bytes())
    except (OSError, UndecodableError) as exc:
        return [IngestError(str(path), f"cannot read URL list: {getattr(exc, 'strerror', None) or exc}")]
    found: list[str | IngestError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            found.append(line if is_url(line) else IngestError(f"{path}:{number}", "not an http(s) URL"))
    return found


def count_items(source: Source) -> int:
    """How many items a source holds, for the progress bar: JSONL lines, feed items and WARC records are counted,
    a URL counts one."""
    if isinstance(source, UrlSource):
        return 1
    if is_warc(source):
        return count_records(source)
    suffix = source.suffix.lower()
    if suffix not in JSONL_SUFFIXES and suffix not in FEED_SUFFIXES:
        return 1
    try:
        data = source.read_bytes()
    except OSError:
        return 1
    if suffix in JSONL_SUFFIXES:
        return max(1, sum(1 for line in data.splitlines() if line.strip()))
    return max(1, len(_FEED_ITEM.findall(data)))


_FEED_ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")


def read_path(path: Source) -> Iterator[Item]:
    if isinstance(path, UrlSource):
        yield from read_url(path)
        return
    if is_warc(path):
        yield from read_warc(path)
        return
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if suffix in FEED_SUFFIXES or (suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES and looks_like_feed(data)):
        # Bytes, not decoded text: the feed's XML declaration names its encoding.
        if suffix in FEED_SUFFIXES and not looks_like_feed(data) and data.strip():
            yield IngestError(str(path), "not an RSS or Atom feed")
        elif not data.strip():
            yield IngestError(str(path), "empty file")
        else:
            yield from read_feed(data, origin=str(path))
        return
    try:
        text, encoding = decode(data)
    except UndecodableError as exc:
        yield IngestError(str(path), str(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, origin=str(path))
    elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and text.lstrip()[:1] == "<"):
        try:
            yield article_from_html(text, id=path.stem, origin=str(path))
        except ValueError as exc:
            yield IngestError(str(path), str(exc))
    else:
        if not text.strip():
            yield IngestError(str(path), "no text")
            return
        yield Article(id=path.stem, text=text, origin=str(path), meta={"encoding": encoding})


def read_jsonl(text: str, *, origin: str) -> Iterator[Item]:
    """Records with keys id, url, title, text or html, published, source (all optional but text/html)."""
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield IngestError(where, "a JSONL record must be an object")
            continue
        yield _article_from_record(record, where)


def _article_from_record(record: dict, where: str) -> Item:
    url = _str(record.get("url"))
    title, published, source = _str(record.get("title")), _str(record.get("published")), _str(record.get("source"))
    body = record.get("text")
    html = record.get("html")
    if isinstance(body, str) and body.strip():
        article_id = _str(record.get("id")) or stable_id(url, body)
        extra = {k: v for k, v in record.items()
                 if k not in {"id", "url", "title", "text", "html", "published", "source"}}
        return Article(id=article_id, text=body, url=url, source=source or source_of(url), title=title,
                       published=published, meta=extra, origin=where)
    if isinstance(html, str) and html.strip():
        article_id = _str(record.get("id")) or stable_id(url, html)
        try:
            return article_from_html(html, id=article_id, url=url, origin=where, source=source, title=title,
                                     published=published)
        except ValueError as exc:
            return IngestError(where, str(exc))
    return IngestError(where, "record has neither a non-empty 'text' nor 'html'")


def _str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def read_all(paths: Iterable[str | Path]) -> Iterator[Item]:
    for found in discover(paths):
        if isinstance(found, IngestError):
            yield found
        else:
            yield from read_path(found)
