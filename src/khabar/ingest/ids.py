"""Stable identifiers and content hashes."""

from __future__ import annotations

import hashlib
from urllib.parse import urlparse


def content_hash(*parts: str | None) -> str:
    h = hashlib.sha256()
    for part in parts:
        # surrogatepass: a lone surrogate in an untrusted URL or id still hashes (found by hypothesis)
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def stable_id(url: str | None, text: str) -> str:
    """An id for a record that brings none: its URL when known (so edits update it), else its text."""
    return "a" + content_hash(url or text)[:16]


# Second-level labels under which outlets register (news.example.co.in -> example.co.in). A short list instead of
# the Public Suffix List: that list changes and would have to ship or be downloaded, and news hosts need only these.
_SECOND_LEVEL = {"co", "com", "net", "org", "gov", "ac", "edu", "nic", "gen", "res", "ind", "firm", "ltd", "plc",
                 "news", "info", "biz", "or", "ne", "go"}


def registered_domain(url: str | None) -> str | None:
    """The outlet as registered: the host's last two labels, three under a country's second-level label
    (``hindi.news18.com`` -> ``news18.com``, ``www.bbc.co.uk`` -> ``bbc.co.uk``); IP addresses stay whole."""
    if not url:
        return None
    try:
        host = (urlparse(url).hostname or "").rstrip(".").lower()
    except ValueError:  # "http://[" from an untrusted feed (found by fuzzing): no outlet to name
        return None
    if not host:
        return None
    labels = host.split(".")
    if len(labels) <= 2 or all(label.isdigit() for label in labels) or ":" in host:
        return host.removeprefix("www.")
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def source_of(url: str | None) -> str | None:
    """The outlet an article comes from: its URL's registered domain (the export contract's ``source``), the
    same for a page read from a file, a feed, a WARC record or the web."""
    return registered_domain(url)
