"""WARC files (``.warc``, ``.warc.gz``): every ``response`` record with status 200 and an HTML or text payload is
an article, read as a page fetched from its WARC-Target-URI.

Published comes from the page (its meta tags, JSON-LD, then the text itself in analysis), never from WARC-Date:
that is when the crawler saw the page, which may be years after it was written. WARC-Date is kept in the
article's meta as ``crawled``.

Other records (requests, metadata, redirects, images) are skipped and counted. A corrupt record is one reported
failure; reading resumes at the next record boundary found in the file.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlparse

import regex
from warcio.archiveiterator import ArchiveIterator

from khabar.ingest.errors import IngestError, Skipped, printable
from khabar.ingest.ids import stable_id
from khabar.ingest.payload import kind_of, read_payload
from khabar.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
# Plain-text files every crawl fetches that are about the site, not news.
# A record's payload (decompressed) beyond this is not a page: a gzip bomb stops here instead of filling memory.
MAX_RECORD_BYTES = 32 * 1024 * 1024
# The progress count reads at most this much decompressed data; past it the count so far will do.
_COUNT_LIMIT = 1 << 30
_SITE_FILES = {"robots.txt", "ads.txt", "app-ads.txt", "security.txt", "humans.txt", "llms.txt", "sellers.json"}


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def count_records(path: Path) -> int:
    """How many records the file holds (for the progress bar), by counting WARC-Type header lines."""
    pattern = b"\nWARC-Type:"
    count, tail = 0, b""
    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")) as fh:
            read = 0
            while (chunk := fh.read(1 << 20)) and read < _COUNT_LIMIT:
                read += len(chunk)
                data = tail + chunk
                count += data.count(pattern)
                tail = data[-(len(pattern) - 1):]
    except (OSError, EOFError, zlib.error):
        pass  # a damaged file: the count so far will do
    return max(1, count)


def _next_boundary(fh: BinaryIO, after: int, magic: bytes) -> int | None:
    """The offset of the next record start (a gzip member or a ``WARC/1.x`` line) after ``after``."""
    chunk_size = 1 << 20
    position = after + 1
    while True:
        fh.seek(position)
        chunk = fh.read(chunk_size + len(magic))
        if len(chunk) < len(magic):
            return None
        found = chunk.find(magic)
        while found >= 0 and magic == _WARC_MAGIC and position + found > 0:
            # A WARC header starts a line; the same bytes inside a payload do not count.
            fh.seek(position + found - 1)
            if fh.read(1) == b"\n":
                break
            found = chunk.find(magic, found + 1)
        if found >= 0:
            return position + found
        position += chunk_size


def _record_items(record, where: str) -> Iterator[Article | IngestError | None]:
    """The record's article (or failure), or None for a record that is not an article."""
    if record.rec_type != "response" or record.http_headers is None:
        yield None
        return
    if record.http_headers.get_statuscode() != "200":
        yield None
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    try:
        path = urlparse(url).path
    except ValueError:  # a malformed target URI ("http://[") names no site file
        path = ""
    if path.rsplit("/", 1)[-1].lower() in _SITE_FILES:
        yield None
        return
    content_type = record.http_headers.get_header("Content-Type")
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(body) > MAX_RECORD_BYTES:
        yield IngestError(where, f"payload larger than {MAX_RECORD_BYTES // (1024 * 1024)} MB once decompressed")
        return
    if kind_of(content_type, body) not in {"html", "text"}:
        yield None
        return
    crawled = record.rec_headers.get_header("WARC-Date")
    yield from read_payload(body, content_type=content_type, url=url, id=stable_id(url, where), origin=where,
                            meta={"crawled": crawled} if crawled else None)


class _Corrupt(Exception):
    pass


def read_warc(path: Path) -> Iterator[Article | IngestError | Skipped]:
    origin = printable(str(path))
    skipped = 0
    number = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        head = fh.read(len(_WARC_MAGIC))
        if not head.startswith(_GZIP_MAGIC[:2]) and head != _WARC_MAGIC:
            yield IngestError(origin, "not a WARC file (it does not start with a WARC/1.x header or gzip data)"
                              if head.strip() else "empty file")
            return
        magic = _GZIP_MAGIC if head.startswith(_GZIP_MAGIC[:2]) else _WARC_MAGIC
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            records = ArchiveIterator(fh)
            while True:
                warnings = io.StringIO()  # warcio prints length mismatches to stderr; here they are failures
                counted = False
                try:
                    with contextlib.redirect_stderr(warnings):
                        record = next(records)
                        number, counted, record_start = number + 1, True, records.offset
                        if not record.rec_type or record.length is None:
                            # Without them warcio would read the rest of the file as this record's content.
                            raise _Corrupt("header has no WARC-Type or Content-Length")
                        items = list(_record_items(record, f"{origin} record {number}"))
                        records.read_to_end()
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        raise _Corrupt(f"truncated: {record.raw_stream.limit} of its {record.length} bytes missing")
                    if warnings.getvalue():
                        raise _Corrupt("its Content-Length does not match its content")
                except StopIteration:
                    start = None
                    if _trailing_bytes(fh, records.offset):
                        yield IngestError(f"{origin} record {number + 1}", "corrupt WARC record (truncated or "
                                          "unreadable header at the end of the file)")
                    break
                except Exception as exc:  # warcio raises many kinds; each is this one record's failure
                    if not counted:
                        number += 1
                        record_start = records.offset  # where the failing record began
                    reason = str(exc) if isinstance(exc, _Corrupt) else _reason(exc)
                    yield IngestError(f"{origin} record {number}", f"corrupt WARC record ({reason})")
                    start = _next_boundary(fh, record_start, magic)
                    break
                for item in items:
                    if item is None:
                        skipped += 1
                    else:
                        yield item
    if skipped:
        yield Skipped(origin, skipped)


def _trailing_bytes(fh: BinaryIO, offset: int) -> bool:
    """Whether anything but blank lines follows the last record read."""
    fh.seek(offset)
    return bool(fh.read(4096).strip())


def _reason(exc: Exception) -> str:
    """One printable line: warcio quotes the bad header line, which in a damaged file is binary noise."""
    text = (str(exc).strip().splitlines() or [""])[0]
    text = regex.sub(r"[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]+", "", text.split(", first line:")[0])[:160].strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
