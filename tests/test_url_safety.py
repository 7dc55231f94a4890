"""URL safety: only http(s); loopback, private, link-local and unique-local addresses refused after DNS
resolution and on every redirect unless --allow-private; a total deadline per URL.

Refusals run with a socket layer that fails the test on any connection that is not to the test's own loopback
server, so no traffic leaves the machine (and none reaches the refused addresses)."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from conftest import run_khabar
from ingest_support import error_lines, id_for, stored
from khabar.ingest import fetch as fetch_module
from khabar.ingest.fetch import FetchError, fetch

PAGE = ("<html><head><title>Lake cleaning drive</title></head><body><article><p>The municipal corporation began "
        "cleaning all the lakes of the city on Wednesday, officials said.</p><p>About 300 workers joined the drive "
        "on the first day.</p></article></body></html>")


class Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.requests.append(self.path)
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(60):
                    self.wfile.write(b"a")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
            return
        data = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def loopback_only(monkeypatch, server):
    """Any connection but to the test server fails the test."""
    port = int(server.rsplit(":", 1)[1])
    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        assert address == ("127.0.0.1", port), f"khabar tried to connect to {address}"
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    return guarded


@pytest.mark.parametrize(("url", "why"), [
    ("http://127.0.0.1:9/", "loopback"),
    ("http://localhost:9/", "loopback"),
    ("http://[::1]:9/", "loopback"),
    ("http://10.1.2.3/", "private"),
    ("http://192.168.0.1/admin", "private"),
    ("http://172.16.5.4/", "private"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[fd00::1]/", "unique-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://[::ffff:127.0.0.1]/", "loopback"),
    ("http://100.64.0.1/", "not a global"),
    ("https://224.0.0.1/", "multicast"),
])
def test_private_addresses_are_refused_without_a_connection(url, why, loopback_only):
    with pytest.raises(FetchError, match=why) as refused:
        fetch(url, timeout=2)
    assert "--allow-private" in str(refused.value)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)",
                                 "gopher://127.0.0.1:6379/_INFO", "data:text/html,hi"])
def test_only_http_and_https_are_fetched(url, loopback_only):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url, timeout=2)


def test_a_name_that_resolves_to_a_private_address_is_refused(monkeypatch, loopback_only):
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.5"])
    with pytest.raises(FetchError, match=r"intranet\.example is a private address \(10\.0\.0\.5\)"):
        fetch("http://intranet.example/news", timeout=2)


def test_redirects_are_checked_again(monkeypatch, server, loopback_only):
    # The test server stands for a public host: only its own address passes the check.
    real = fetch_module.refused_address
    monkeypatch.setattr(fetch_module, "refused_address", lambda a: None if a == "127.0.0.1" else real(a))
    Handler.requests.clear()
    with pytest.raises(FetchError, match=r"169\.254\.169\.254 is a link-local address"):
        fetch(f"{server}/to-metadata", timeout=5)
    with pytest.raises(FetchError, match="file scheme"):
        fetch(f"{server}/to-file", timeout=5)
    assert Handler.requests == ["/to-metadata", "/to-file"]
    assert fetch(f"{server}/page.html", timeout=5).body.startswith(b"<html>")


def test_a_trickling_server_is_cut_off_at_the_deadline(server):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out after 2 s"):
        fetch(f"{server}/trickle", timeout=2, allow_private=True)
    assert time.monotonic() - started < 10  # the deadline is total, not per byte (the server would run 60 s)


def test_the_cli_refuses_a_loopback_url_and_fetches_it_with_allow_private(server, db):
    Handler.requests.clear()
    url = f"{server}/lakes.html"
    refused = run_khabar("ingest", url, db=db)
    assert refused.returncode == 1
    assert error_lines(refused.stderr) == [f"{url}: refused: 127.0.0.1 is a loopback address (127.0.0.1); pass "
                                           "--allow-private to fetch private and local addresses"]
    assert Handler.requests == []  # nothing was sent
    allowed = run_khabar("ingest", "--allow-private", url, db=db)
    assert allowed.returncode == 0, allowed.stderr
    assert Handler.requests == ["/lakes.html"]
    assert "300 workers" in stored(db)[id_for(url)]["text"]
