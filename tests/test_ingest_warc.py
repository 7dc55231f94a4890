"""WARC files (plain and gzipped) through the real CLI into a real SQLite file. The WARCs are written here with
warcio's writer."""

from __future__ import annotations

import pytest

from conftest import run_khabar
from ingest_support import assert_offsets_valid, error_lines, id_for, stored
from warc_support import page, warc_bytes

HINDI_PAGE = page("पुणे में तेज़ बारिश से यातायात ठप", [
    "पुणे में रविवार शाम हुई तेज़ बारिश से शहर के कई इलाकों में पानी भर गया।",
    "नगर निगम के अधिकारियों ने बताया कि सत्तर से अधिक पेड़ गिर गए और कई सड़कों पर यातायात रोकना पड़ा।",
    "मौसम विभाग ने अगले दो दिनों के लिए भारी बारिश की चेतावनी जारी की है।",
], published="2025-08-17T21:10:00+05:30")
UNDATED_PAGE = page("गांव में नया पुस्तकालय खुला", [
    "सतारा ज़िले के एक गांव में ग्रामीणों ने मिलकर नया पुस्तकालय खोला है।",
    "पुस्तकालय में दो हज़ार से अधिक किताबें हैं और यह रोज़ शाम को खुलता है।",
    "ग्राम पंचायत ने बच्चों के लिए अलग कमरा बनाने का फैसला किया है।",
])
ENGLISH_TEXT = (b"Ferry services between Mumbai and Alibaug resumed on Monday after the monsoon break. "
                b"Operators said bookings were already full for the first weekend.")

RECORDS = [
    {"type": "warcinfo"},
    {"type": "request", "uri": "https://www.pune-varta.co.in/shahar/barish.html"},
    {"type": "response", "uri": "https://www.pune-varta.co.in/shahar/barish.html",
     "content_type": "text/html; charset=utf-8", "body": HINDI_PAGE, "date": "2026-01-15T10:00:00Z"},
    {"type": "metadata", "uri": "https://www.pune-varta.co.in/shahar/barish.html"},
    {"type": "response", "uri": "https://www.pune-varta.co.in/gaon/pustakalay.html",
     "content_type": "text/html", "body": UNDATED_PAGE, "date": "2026-01-15T10:00:05Z"},
    {"type": "response", "uri": "https://news.harbourline.example.com/ferry.txt", "content_type": "text/plain",
     "body": ENGLISH_TEXT},
    {"type": "response", "uri": "https://www.pune-varta.co.in/missing.html", "status": "404 Not Found",
     "content_type": "text/html", "body": b"<html><body><p>Not found</p></body></html>"},
    {"type": "response", "uri": "https://www.pune-varta.co.in/old.html", "status": "301 Moved Permanently",
     "content_type": "text/html", "body": b""},
    {"type": "response", "uri": "https://www.pune-varta.co.in/robots.txt", "content_type": "text/plain",
     "body": b"User-agent: *\nDisallow: /admin/\n"},
    {"type": "response", "uri": "https://www.pune-varta.co.in/logo.png", "content_type": "image/png",
     "body": b"\x89PNG\r\n\x1a\n" + bytes(64)},
]
BARISH = id_for("https://www.pune-varta.co.in/shahar/barish.html")
PUSTAKALAY = id_for("https://www.pune-varta.co.in/gaon/pustakalay.html")
FERRY = id_for("https://news.harbourline.example.com/ferry.txt")


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_response_records_are_articles_and_the_rest_is_counted(tmp_path, db, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(b"".join(warc_bytes(RECORDS, gzip=gzip)))
    result = run_khabar("ingest", str(path), db=db)
    assert result.returncode == 0, result.stderr
    # warcinfo, request, metadata, the 404, the 301, robots.txt and the image are skipped, not failures.
    assert "3 new, 0 updated, 0 unchanged, 0 failed, 7 skipped" in result.stderr
    articles = stored(db)
    assert set(articles) == {BARISH, PUSTAKALAY, FERRY}
    barish = articles[BARISH]
    assert barish["url"] == "https://www.pune-varta.co.in/shahar/barish.html"
    assert barish["source"] == "pune-varta.co.in"
    assert barish["title"] == "पुणे में तेज़ बारिश से यातायात ठप"
    assert barish["published"] == "2025-08-17T21:10:00+05:30"  # the page's own date, not the crawl's
    assert "सत्तर से अधिक पेड़" in barish["text"] and "होम | राज्य" not in barish["text"]
    assert barish["meta"]["crawled"] == "2026-01-15T10:00:00Z"
    # A page that gives no date stays undated: WARC-Date is when it was crawled, not written.
    assert articles[PUSTAKALAY]["published"] is None
    assert articles[PUSTAKALAY]["meta"]["crawled"] == "2026-01-15T10:00:05Z"
    assert articles[FERRY]["text"] == ENGLISH_TEXT.decode()
    assert articles[FERRY]["lang"] == "en" and barish["lang"] == "hi"
    assert_offsets_valid(db)

    again = run_khabar("ingest", str(path), db=db)
    assert "0 new, 0 updated, 3 unchanged, 0 failed, 7 skipped" in again.stderr


def test_a_corrupt_record_is_reported_and_the_rest_of_the_file_is_read(tmp_path, db):
    parts = warc_bytes(RECORDS, gzip=False)
    # Record 3's header loses its Content-Length: without a length nothing after it could be trusted.
    damaged = parts[2].replace(b"Content-Length:", b"Content-Lxngth:")
    (tmp_path / "damaged.warc").write_bytes(b"".join([*parts[:2], damaged, *parts[3:]]))
    # A gzipped WARC whose record 5 member is overwritten with noise, and whose last record is cut short.
    gz = warc_bytes(RECORDS[:6], gzip=True)
    noise = gz[4][:10] + bytes((b * 7 + 3) % 256 for b in gz[4][10:-8]) + gz[4][-8:]
    last = gz[5][: len(gz[5]) // 2]
    (tmp_path / "damaged.warc.gz").write_bytes(b"".join([*gz[:4], noise, last]))
    result = run_khabar("ingest", str(tmp_path / "damaged.warc"), str(tmp_path / "damaged.warc.gz"), db=db)
    assert result.returncode == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 3, result.stderr
    assert lines[0].startswith(f"{tmp_path / 'damaged.warc'} record 3: corrupt WARC record (header has no")
    assert lines[1].startswith(f"{tmp_path / 'damaged.warc.gz'} record 5: corrupt WARC record")
    assert lines[2].startswith(f"{tmp_path / 'damaged.warc.gz'} record 6: corrupt WARC record")
    articles = stored(db)
    # From the plain WARC everything after the damaged record; from the gzipped one the records before the noise.
    assert set(articles) == {PUSTAKALAY, FERRY, BARISH}
    assert articles[BARISH]["origin"] == f"{tmp_path / 'damaged.warc.gz'} record 3"
    assert "3 new, 0 updated, 0 unchanged, 3 failed" in result.stderr
