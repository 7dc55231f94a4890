"""Stable identifiers and content hashes."""

from __future__ import annotations

import hashlib
from urllib.parse import urlparse


def content_hash(*parts: str | None) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def stable_id(url: str | None, text: str) -> str:
    """An id for a record that brings none: its URL when known (so edits update it), else its text."""
    return "a" + content_hash(url or text)[:16]


def source_of(url: str | None) -> str | None:
    """The outlet: the URL's host without ``www.``."""
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None
