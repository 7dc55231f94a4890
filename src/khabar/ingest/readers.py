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
from khabar.ingest.validate import check_article, check_id, printable
from khabar.ingest.warc import count_records, is_warc, read_warc
from khabar.model import Article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
# A page, text or feed file larger than this is not one article or one feed. JSONL is streamed line by line
# (each line capped), WARC record by record, so neither has a file cap.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_LINE_BYTES = 16 * 1024 * 1024

Item = Article | IngestError | Skipped
Source = Path | UrlSource


def _known(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES or is_warc(path)


def discover(paths: Iterable[str | Path], *, timeout: float = DEFAULT_TIMEOUT,
             allow_private: bool = False) -> Iterator[Source | IngestError]:
    """Files and URLs to read, in a stable order. Directories are walked for known suffixes."""
    for raw in paths:
        if isinstance(raw, str) and is_url(raw.strip()):
            yield UrlSource(raw.strip(), timeout, allow_private)
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                yield from sorted(p for p in path.rglob("*") if p.is_file() and _known(p))
            elif path.is_file():
                yield path
            elif path.exists():
                yield IngestError(printable(str(path)), "not a regular file (a device, pipe or socket)")
            else:
                yield IngestError(printable(str(path)), "no such file or directory")
        except OSError as exc:
            yield IngestError(printable(str(path)), f"cannot list: {exc.strerror or exc}")


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
        if suffix in JSONL_SUFFIXES:
            with source.open("rb") as fh:
                return max(1, sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")))
        with source.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES)
    except OSError:
        return 1
    return max(1, len(_FEED_ITEM.findall(data)))


_FEED_ITEM = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>]")


def read_path(path: Source) -> Iterator[Item]:
    """Every item of one file or URL, each article checked at the ingest boundary (validate.py). Raises nothing:
    whatever a reader or a library under it raises is this source's one reported failure."""
    origin = path.url if isinstance(path, UrlSource) else printable(str(path))
    try:
        for item in _read_source(path):
            yield check_article(item) if isinstance(item, Article) else item
    except (Exception, RecursionError) as exc:  # one bad source must never stop the batch
        yield IngestError(origin, f"unreadable ({type(exc).__name__}: {printable(str(exc))[:200]})")


def _read_source(path: Source) -> Iterator[Item]:
    if isinstance(path, UrlSource):
        yield from read_url(path)
        return
    if is_warc(path):
        yield from read_warc(path)
        return
    suffix = path.suffix.lower()
    origin = printable(str(path))
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_file(path)
        return
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > MAX_FILE_BYTES:
        yield IngestError(origin, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB (one page, text or feed "
                                  "is far smaller; give many articles as JSONL)")
        return
    if suffix in FEED_SUFFIXES or (suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES and looks_like_feed(data)):
        # Bytes, not decoded text: the feed's XML declaration names its encoding.
        if suffix in FEED_SUFFIXES and not looks_like_feed(data) and data.strip():
            yield IngestError(origin, "not an RSS or Atom feed")
        elif not data.strip():
            yield IngestError(origin, "empty file")
        else:
            yield from read_feed(data, origin=origin)
        return
    try:
        text, encoding = decode(data)
    except UndecodableError as exc:
        yield IngestError(origin, str(exc))
        return
    stem = printable(path.stem)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and text.lstrip()[:1] == "<"):
        try:
            yield article_from_html(text, id=stem, origin=origin)
        except ValueError as exc:
            yield IngestError(origin, str(exc))
    else:
        if not text.strip():
            yield IngestError(origin, "no text")
            return
        yield Article(id=stem, text=text, origin=origin, meta={"encoding": encoding})


def _lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` of a file read in bounded pieces; a line over ``MAX_LINE_BYTES`` comes as None (and
    is skipped to its end without holding it)."""
    with path.open("rb") as fh:
        number = 0
        while True:
            line = fh.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            number += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
                continue
            yield number, line


def read_jsonl_file(path: Path) -> Iterator[Item]:
    """A JSONL file streamed one line at a time (UTF-8, as JSON Lines requires; a UTF-16 file with its BOM is
    read whole under the file cap)."""
    origin = printable(str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) == 4 and b"\x00" in head):
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            yield IngestError(origin, f"UTF-16 JSONL larger than {MAX_FILE_BYTES // (1024 * 1024)} MB: save it as "
                                      "UTF-8")
            return
        try:
            text, _ = decode(data)
        except UndecodableError as exc:
            yield IngestError(origin, str(exc))
            return
        yield from read_jsonl(text, origin=origin)
        return
    seen_text = False
    for number, line in _lines(path):
        where = f"{origin}:{number}"
        if line is None:
            yield IngestError(where, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
            continue
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        seen_text = True
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text, _ = decode(line)
            except UndecodableError as exc:
                yield IngestError(where, f"not UTF-8 text ({exc})")
                continue
        yield from _records([text], origin, number)
    if not seen_text:
        yield IngestError(origin, "empty file")


def read_jsonl(text: str, *, origin: str) -> Iterator[Item]:
    """Records with keys id, url, title, text or html, published, source (all optional but text/html)."""
    yield from _records(text.splitlines(), origin, 1)


def _records(lines: Iterable[str], origin: str, first: int) -> Iterator[Item]:
    for number, line in enumerate(lines, start=first):
        where = f"{origin}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, _json_problem(line, exc) + _record_named(line))
            continue
        except RecursionError:
            yield IngestError(where, "invalid JSON (nested too deeply)")
            continue
        except ValueError as exc:  # an integer of thousands of digits, among others
            yield IngestError(where, f"invalid JSON ({printable(str(exc))[:120]})")
            continue
        if not isinstance(record, dict):
            yield IngestError(where, "a JSONL record must be an object")
            continue
        item = _article_from_record(record, where)
        if isinstance(item, IngestError) and isinstance(record.get("id"), str | int) and str(record["id"]).strip():
            item = IngestError(item.origin, f"{item.reason}; record id {printable(str(record['id']).strip())[:80]!r}")
        yield item


_ID_FIELD = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.){1,200})"')


def _record_named(line: str) -> str:
    """``; record id 'ID'`` when the broken line still shows its ``"id"``, else nothing."""
    found = _ID_FIELD.search(line)
    return f"; record id {printable(found.group(1))[:80]!r}" if found else ""


def _json_problem(line: str, exc: json.JSONDecodeError) -> str:
    """What is wrong with a line that is not JSON, in words: a line cut off inside a string (a truncated
    record) says so instead of Python's "Invalid control character" or "Unterminated string"."""
    rest = line[exc.pos:] if exc.pos < len(line) else ""
    if exc.msg.startswith("Unterminated string") or (exc.msg.startswith("Invalid control character")
                                                      and not rest.strip()):
        return f"invalid JSON: the line is cut off (unterminated string from column {exc.colno})"
    if exc.msg.startswith("Expecting") and not line[exc.pos:].strip():
        return f"invalid JSON: the line is cut off ({exc.msg.lower()} at its end, column {exc.colno})"
    message = exc.msg.removesuffix(" at")
    return f"invalid JSON ({message} at column {exc.colno})"


def _article_from_record(record: dict, where: str) -> Item:
    url = _str(record.get("url"))
    title, published, source = _str(record.get("title")), _str(record.get("published")), _str(record.get("source"))
    body = record.get("text")
    html = record.get("html")
    if record.get("id") is not None and isinstance(given := check_id(record["id"]), IngestError):
        return IngestError(where, given.reason)
    if body is not None and not isinstance(body, str):
        return IngestError(where, f"'text' must be a string, not {type(body).__name__}")
    if html is not None and not isinstance(html, str):
        return IngestError(where, f"'html' must be a string, not {type(html).__name__}")
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
    if value is None or isinstance(value, dict | list):
        return None
    value = str(value).strip()
    return value or None


def read_all(paths: Iterable[str | Path]) -> Iterator[Item]:
    for found in discover(paths):
        if isinstance(found, IngestError):
            yield found
        else:
            yield from read_path(found)
