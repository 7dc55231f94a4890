"""URLs through the real CLI, fetched from a real HTTP server on 127.0.0.1 that the test starts."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from conftest import run_khabar
from ingest_support import assert_offsets_valid, error_lines, id_for, stored

HINDI_PAGE = """<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>नासिक में प्याज़ के दाम गिरे</title>
<meta property="article:published_time" content="2025-12-01T08:05:00+05:30"></head><body>
<nav>होम | देश | व्यापार</nav><article><h1>नासिक में प्याज़ के दाम गिरे</h1>
<p>नासिक की लासलगांव मंडी में सोमवार को प्याज़ के दाम तीन सौ रुपये प्रति क्विंटल तक गिर गए।</p>
<p>किसानों ने कहा कि इस कीमत पर लागत भी नहीं निकलती और उन्होंने सरकार से निर्यात बढ़ाने की मांग की।</p>
<p>मंडी समिति के अनुसार इस सप्ताह आवक पिछले साल से दोगुनी रही।</p></article></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hill Post</title><link>{base}/</link>
<item><title>Snowfall closes the mountain pass</title><link>{base}/2025/12/pass.html</link>
<guid isPermaLink="true">{base}/2025/12/pass.html</guid><pubDate>Fri, 05 Dec 2025 06:40:00 +0530</pubDate>
<description>&lt;p&gt;Heavy snowfall closed the mountain pass on Friday morning, stranding about two hundred
vehicles.&lt;/p&gt;</description></item>
</channel></rss>"""

NOTE = "Water supply in the old city will be cut on Thursday for pipeline repairs, the municipal board said."


class Handler(BaseHTTPRequestHandler):
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        routes = {
            "/mandi.html": ("text/html; charset=utf-8", HINDI_PAGE),
            "/feed": ("text/xml", FEED.format(base=base)),  # a feed served with a vague type
            "/note.txt": ("text/plain; charset=utf-8", NOTE),
            "/logo.png": ("image/png", "\x89PNG"),
            "/slow.html": ("text/html; charset=utf-8", HINDI_PAGE),
        }
        if self.path == "/old-mandi":
            self.send_response(301)
            self.send_header("Location", "/mandi.html")
            self.end_headers()
            return
        if self.path == "/slow.html":
            time.sleep(2)
        if self.path not in routes:
            self.send_error(404, "Not Found")
            return
        content_type, body = routes[self.path]
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the slow page's client has given up, as the test wants

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Handler.user_agents.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_pages_feeds_and_text_are_fetched_and_failures_reported(server, db, tmp_path):
    urls = [f"{server}/mandi.html", f"{server}/feed", f"{server}/note.txt", f"{server}/old-mandi",
            f"{server}/missing.html", f"{server}/slow.html", f"{server}/logo.png", "http://khabar-test.invalid/a"]
    result = run_khabar("ingest", "--allow-private", "--timeout", "1", *urls, db=db)
    assert result.returncode == 1
    errors = dict(line.split(": ", 1) for line in error_lines(result.stderr))
    assert errors.pop("http://khabar-test.invalid/a").startswith("DNS lookup failed for khabar-test.invalid")
    assert errors == {
        f"{server}/missing.html": "HTTP 404 Not Found",
        f"{server}/slow.html": "timed out after 1 s",
        f"{server}/logo.png": "not an article: content type image/png",
    }
    assert "4 new, 0 updated, 0 unchanged, 4 failed" in result.stderr
    assert Handler.user_agents and all(ua.startswith("khabar/") for ua in Handler.user_agents)
    articles = stored(db)
    mandi = articles[id_for(f"{server}/mandi.html")]
    assert mandi["title"] == "नासिक में प्याज़ के दाम गिरे"
    assert mandi["published"] == "2025-12-01T08:05:00+05:30"
    assert mandi["source"] == "127.0.0.1"
    assert "\nनासिक की लासलगांव मंडी में सोमवार" in mandi["text"] and "होम | देश" not in mandi["text"]
    # Redirects are followed; the id follows the URL as given, url is where the redirects ended.
    moved = articles[id_for(f"{server}/old-mandi")]
    assert moved["url"] == f"{server}/mandi.html" and moved["text"] == mandi["text"]
    assert moved["meta"]["fetched_from"] == f"{server}/old-mandi"
    snow = articles[id_for(f"{server}/2025/12/pass.html")]
    assert snow["title"] == "Snowfall closes the mountain pass"
    assert snow["published"] == "2025-12-05T06:40:00+05:30"
    assert snow["text"].startswith("Heavy snowfall closed the mountain pass on Friday morning")
    assert articles[id_for(f"{server}/note.txt")]["text"] == NOTE
    assert_offsets_valid(db)


def test_a_url_list_file_and_a_second_fetch_stores_nothing_new(server, db, tmp_path):
    listed = tmp_path / "urls.txt"
    listed.write_text(f"# morning run\n{server}/mandi.html\n\n{server}/note.txt\nexample.org/page\n", encoding="utf-8")
    first = run_khabar("ingest", "--allow-private", "--urls", str(listed), db=db)
    assert first.returncode == 1
    assert error_lines(first.stderr) == [f"{listed}:5: not an http(s) URL"]
    assert "2 new, 0 updated, 0 unchanged, 1 failed" in first.stderr
    second = run_khabar("ingest", "--allow-private", "--urls", str(listed), db=db)
    assert "0 new, 0 updated, 2 unchanged, 1 failed" in second.stderr
    assert len(stored(db)) == 2
    missing = run_khabar("ingest", "--urls", str(tmp_path / "nope.txt"), db=db)
    assert missing.returncode == 1
    assert error_lines(missing.stderr)[0].startswith(f"{tmp_path / 'nope.txt'}: cannot read URL list")
