"""URLs: fetched with the standard library, then read as an HTML page, a feed or text by Content-Type and content.
Every network failure is one reported line.

A URL comes from an untrusted place (a feed item, a list someone sent): only http and https are fetched; the host
is resolved and refused when any of its addresses is private, loopback, link-local, unique-local or otherwise not
global (the machine's own services, the cloud metadata endpoint at 169.254.169.254), unless the user passes
``--allow-private``. The check is made on every redirect, and the connection goes to the address that was checked
(a second DNS answer cannot swap it). The timeout is a total deadline for the URL, redirects and download
included: a server trickling one byte a second is cut off when it is spent. Bodies are capped at ``MAX_BYTES``.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

from khabar.ingest.errors import IngestError
from khabar.ingest.ids import stable_id
from khabar.model import Article

DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 50 * 1024 * 1024  # a news page or feed is far smaller; anything bigger is not an article
MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}
_ACCEPT = "text/html, application/rss+xml, application/atom+xml, text/xml;q=0.9, text/plain;q=0.8"


def _user_agent() -> str:
    try:
        own = version("khabar")
    except PackageNotFoundError:
        own = "dev"
    return f"khabar/{own} (news reader; fetches only the URLs it is given)"


USER_AGENT = _user_agent()


@dataclass(frozen=True, slots=True)
class UrlSource:
    """A URL given to ``khabar ingest``: its total time allowance, and whether private addresses may be fetched."""

    url: str
    timeout: float = DEFAULT_TIMEOUT
    allow_private: bool = False


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    content_type: str | None
    body: bytes


class FetchError(Exception):
    pass


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (a literal address is itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def refused_address(address: str) -> str | None:
    """Why an address may not be fetched without ``--allow-private`` (None when it is a global address)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv6Address) and ip in ipaddress.ip_network("fc00::/7"):
        return "a unique-local address"
    # Most specific first: Python counts loopback and link-local addresses as private too.
    for name, words in (("loopback", "a loopback"), ("link_local", "a link-local"), ("multicast", "a multicast"),
                        ("unspecified", "an unspecified"), ("reserved", "a reserved"), ("private", "a private")):
        if getattr(ip, f"is_{name}"):
            return f"{words} address"
    if not ip.is_global:
        return "not a global address"
    return None


class _Connection(http.client.HTTPConnection):
    """Connects to the address that was checked, not to whatever the name resolves to next."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = self.opened = socket.create_connection((self._address, self.port), self.timeout)


class _TlsConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.opened = sock  # shut down at the deadline (the TLS layer then fails its read)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _check_url(url: str, allow_private: bool) -> tuple[str, str, int, str]:
    """``(scheme, host, port, address to connect to)``, or ``FetchError`` saying why the URL is refused."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # "http://[" in a feed or a redirect
        raise FetchError(f"invalid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise FetchError(f"refused: {scheme or 'no'} scheme (only http and https are fetched)")
    host = parts.hostname
    if not host:
        raise FetchError("invalid URL (no host)")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError("invalid URL (bad port)") from exc
    try:
        addresses = resolve(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"DNS lookup failed for {host} ({getattr(exc, 'strerror', None) or exc})") from exc
    if not addresses:
        raise FetchError(f"DNS lookup failed for {host} (no address)")
    if not allow_private:
        for address in addresses:
            if reason := refused_address(address):
                raise FetchError(f"refused: {host} is {reason} ({address}); pass --allow-private to fetch "
                                 "private and local addresses")
    return scheme, host, port, addresses[0]


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, allow_private: bool = False) -> Fetched:
    """The body at ``url`` after at most ``MAX_REDIRECTS`` redirects, all within ``timeout`` seconds. Raises
    ``FetchError`` with a reason a user can act on."""
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, address = _check_url(url, allow_private)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {timeout:g} s")
        kind = _TlsConnection if scheme == "https" else _Connection
        conn = kind(host, address, port, remaining)
        expired = threading.Event()

        def cut_off(conn: _Connection | _TlsConnection = conn, expired: threading.Event = expired) -> None:
            # The deadline is for the whole URL: a socket timeout alone restarts with every byte received. The
            # socket as opened (http.client drops conn.sock once a response that ends at close has begun).
            expired.set()
            if (sock := getattr(conn, "opened", None)) is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        timer = threading.Timer(remaining, cut_off)
        timer.daemon = True
        timer.start()
        try:
            parts = urlsplit(url)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
            response = conn.getresponse()
            if response.status in _REDIRECTS:
                location = (response.getheader("Location") or "").strip()
                if not location:
                    raise FetchError(f"HTTP {response.status} redirect without a Location")
                try:
                    url = urljoin(url, location)
                except ValueError as exc:
                    raise FetchError(f"HTTP {response.status} redirect to an invalid URL ({exc})") from exc
                continue
            if response.status >= 400 or response.status < 200:
                raise FetchError(f"HTTP {response.status} {response.reason}")
            body = _read(response, deadline)
            if expired.is_set():
                raise TimeoutError
            return Fetched(url, response.getheader("Content-Type"), body)
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if expired.is_set() or isinstance(exc, TimeoutError):
                raise FetchError(f"timed out after {timeout:g} s") from exc
            raise FetchError(_network_reason(exc, url, timeout)) from exc
        finally:
            timer.cancel()
            conn.close()
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read(response: http.client.HTTPResponse, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(1 << 16):
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchError(f"response larger than {MAX_BYTES // (1024 * 1024)} MB")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _network_reason(reason: object, url: str, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"DNS lookup failed for {urlsplit(url).hostname} ({reason.strerror or reason})"
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
        fetched = fetch(source.url, timeout=source.timeout, allow_private=source.allow_private)
    except FetchError as exc:
        yield IngestError(source.url, str(exc))
        return
    meta = {"fetched_from": source.url} if fetched.url != source.url else None
    from khabar.ingest.payload import read_payload  # trafilatura and feedparser: only when a URL is read

    yield from read_payload(fetched.body, content_type=fetched.content_type, url=fetched.url,
                            id=stable_id(source.url, ""), origin=source.url, meta=meta)
