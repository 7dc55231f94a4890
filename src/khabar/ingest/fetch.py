"""URLs: fetched with the standard library (redirects followed, a timeout, a User-Agent naming khabar), then read
as an HTML page, a feed or text by Content-Type and content. Every network failure is one reported line."""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urlparse

from khabar.ingest.errors import IngestError
from khabar.ingest.ids import stable_id
from khabar.model import Article

DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 50 * 1024 * 1024  # a news page or feed is far smaller; anything bigger is not an article


def _user_agent() -> str:
    try:
        own = version("khabar")
    except PackageNotFoundError:
        own = "dev"
    return f"khabar/{own} (news reader; fetches only the URLs it is given)"


USER_AGENT = _user_agent()


@dataclass(frozen=True, slots=True)
class UrlSource:
    """A URL given to ``khabar ingest``, with the timeout for each network operation."""

    url: str
    timeout: float = DEFAULT_TIMEOUT


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str | None
    body: bytes


class FetchError(Exception):
    pass


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """Raises ``FetchError`` with a reason a user can act on."""
    if not urlparse(url).hostname:
        raise FetchError("invalid URL (no host)")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, "
                                     "application/rss+xml, application/atom+xml, text/xml;q=0.9, text/plain;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise FetchError(f"response larger than {MAX_BYTES // (1024 * 1024)} MB")
            return Fetched(response.geturl(), response.headers.get("Content-Type"), body)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise FetchError(_network_reason(exc.reason, url, timeout)) from exc
    except (TimeoutError, OSError, ValueError) as exc:
        raise FetchError(_network_reason(exc, url, timeout)) from exc


def _network_reason(reason: object, url: str, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"DNS lookup failed for {urlparse(url).hostname} ({reason.strerror or reason})"
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    if isinstance(reason, OSError):
        return f"network error ({reason.strerror or reason})"
    return f"cannot fetch ({reason})"


def read_url(source: UrlSource) -> Iterator[Article | IngestError]:
    """The article (or a feed's articles) at a URL. The id follows the URL as given, so fetching it again updates
    the same article even when the server redirects elsewhere; ``url`` is where the redirects ended."""
    try:
        fetched = fetch(source.url, timeout=source.timeout)
    except FetchError as exc:
        yield IngestError(source.url, str(exc))
        return
    meta = {"fetched_from": source.url} if fetched.url != source.url else None
    from khabar.ingest.payload import read_payload  # trafilatura and feedparser: only when a URL is read

    yield from read_payload(fetched.body, content_type=fetched.content_type, url=fetched.url,
                            id=stable_id(source.url, ""), origin=source.url, meta=meta)
