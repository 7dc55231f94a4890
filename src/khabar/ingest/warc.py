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
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from khabar.ingest.errors import IngestError, Skipped
from khabar.ingest.ids import stable_id
from khabar.ingest.payload import kind_of, read_payload
from khabar.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


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
    content_type = record.http_headers.get_header("Content-Type")
    body = record.content_stream().read()
    if kind_of(content_type, body) not in {"html", "text"}:
        yield None
        return
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    crawled = record.rec_headers.get_header("WARC-Date")
    yield from read_payload(body, content_type=content_type, url=url, id=stable_id(url, where), origin=where,
                            meta={"crawled": crawled} if crawled else None)


def read_warc(path: Path) -> Iterator[Article | IngestError | Skipped]:
    origin = str(path)
    skipped = 0
    number = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        magic = _GZIP_MAGIC if fh.read(2) == _GZIP_MAGIC[:2] else _WARC_MAGIC
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            records = ArchiveIterator(fh)
            warnings = io.StringIO()  # warcio prints length mismatches to stderr; they become failures here
            while True:
                try:
                    with contextlib.redirect_stderr(warnings):
                        record = next(records)
                        number += 1
                        items = list(_record_items(record, f"{origin} record {number}"))
                except StopIteration:
                    start = None
                    break
                except Exception as exc:  # warcio raises many kinds; each is this one record's failure
                    number += 1
                    yield IngestError(f"{origin} record {number}", f"corrupt WARC record ({_reason(exc)})")
                    # warcio's offset is now where the failing record began (or the one before it).
                    start = _next_boundary(fh, records.offset, magic)
                    break
                if warnings.getvalue():
                    yield IngestError(f"{origin} record {number - 1}", "corrupt WARC record (its Content-Length "
                                      "does not match its content)")
                    warnings = io.StringIO()
                for item in items:
                    if item is None:
                        skipped += 1
                    else:
                        yield item
    if skipped:
        yield Skipped(origin, skipped)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
