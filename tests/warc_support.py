"""WARC files written with warcio's own writer (no binary fixtures in the repository)."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page(title: str, paragraphs: list[str], published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
            f"<body><nav>होम | राज्य | खेल</nav><article><h1>{title}</h1>{body}</article>"
            "<footer>© समाचार</footer></body></html>").encode()


def warc_bytes(records: list[dict], *, gzip: bool) -> list[bytes]:
    """Each record's bytes on its own (a gzip member each when ``gzip``), so tests can splice in damage.
    A record is ``{"type", "uri", "status", "content_type", "body", "date"}``."""
    out = []
    for spec in records:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gzip)
        headers = {"WARC-Date": spec.get("date", "2026-01-15T10:00:00Z")}
        if spec["type"] == "warcinfo":
            record = writer.create_warcinfo_record("crawl.warc", {"software": "khabar tests"})
        elif spec["type"] == "request":
            http = StatusAndHeaders(f"GET {spec['uri']} HTTP/1.1", [("User-Agent", "test")], is_http_request=True)
            record = writer.create_warc_record(spec["uri"], "request", payload=io.BytesIO(b""), http_headers=http,
                                               warc_headers_dict=headers)
        elif spec["type"] == "metadata":
            record = writer.create_warc_record(spec["uri"], "metadata", payload=io.BytesIO(b"outlinks: none\n"),
                                               warc_content_type="text/plain", warc_headers_dict=headers)
        else:
            http = StatusAndHeaders(spec.get("status", "200 OK"), [("Content-Type", spec["content_type"])],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(spec["uri"], "response", payload=io.BytesIO(spec["body"]),
                                               http_headers=http, warc_headers_dict=headers)
        writer.write_record(record)
        out.append(buffer.getvalue())
    return out
