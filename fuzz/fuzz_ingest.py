"""Coverage-guided fuzzing of khabar's ingest boundary and text parsers with atheris (libFuzzer).

    PYTHONPATH=src python fuzz/fuzz_ingest.py -max_total_time=600 -rss_limit_mb=3072 -timeout=60 fuzz/corpus

The first input byte picks a target; the rest is the input. A crash is any exception a target must not raise
(readers return failures as values; ``analyse`` and the parsers raise nothing on any text) or a broken invariant
(a span whose offsets do not give its text). The seed corpus is written by ``seeds()`` (our own text only).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["khabar"]):
    from khabar.analyse.numbers import find_numbers
    from khabar.analyse.pipeline import analyse
    from khabar.analyse.timex import parse_date
    from khabar.ingest.decode import decode
    from khabar.ingest.errors import IngestError, UndecodableError
    from khabar.ingest.feeds import read_feed
    from khabar.ingest.payload import read_payload
    from khabar.ingest.readers import read_jsonl, read_path
    from khabar.ingest.validate import check_article
    from khabar.model import Article
    from khabar.text.keys import match_key
    from khabar.text.sentences import split_sentences

MAX_TEXT = 4000  # analyse is the slow target; longer inputs add time, not coverage
_TMP = Path(tempfile.mkdtemp(prefix="khabar-fuzz-"))


def _text(data: bytes) -> str:
    # Invalid bytes become lone surrogates (U+DC80-U+DCFF): the boundary must handle those too.
    return data.decode("utf-8", "surrogateescape")[:MAX_TEXT]


def _checked(items) -> None:
    for item in items:
        if isinstance(item, Article):
            item = check_article(item)
        if isinstance(item, Article):
            item.text.encode("utf-8")  # nothing unstorable passes the boundary


def _target_analyse(data: bytes) -> None:
    article = check_article(Article(id="fuzz", text=_text(data)))
    if isinstance(article, IngestError):
        return
    analysis = analyse(article)
    text = article.text
    for span in [*analysis.sentences, *analysis.boilerplate]:
        assert text[span.start:span.end] == span.text, span
    for found in [*analysis.mentions, *analysis.timexes, *analysis.quantities]:
        assert text[found.start:found.end] == found.text, found
    for quote in analysis.quotes:
        assert 0 <= quote.start <= quote.end <= len(text), quote


def _target_parsers(data: bytes) -> None:
    text = _text(data)
    match_key(text)
    match_key(text, fold_vowel_length=True)
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end] == sentence.text
    for lang in ("hi", "en"):
        for number in find_numbers(text, lang):
            assert 0 <= number.start <= number.end <= len(text)
        parse_date(text[:200], lang)


def _target_decode(data: bytes) -> None:
    try:
        text, _ = decode(data)
    except UndecodableError:
        return
    assert isinstance(text, str)


def _target_file(data: bytes, suffix: str) -> None:
    path = _TMP / f"input{suffix}"
    path.write_bytes(data)
    _checked(read_path(path))


TARGETS = [
    _target_analyse,
    _target_parsers,
    _target_decode,
    lambda d: _checked(read_jsonl(_text(d), origin="fuzz.jsonl")),
    lambda d: _checked(read_feed(d, origin="fuzz.xml")),
    lambda d: _checked(read_payload(d, content_type="text/html", url="https://example.com/a", id="x",
                                    origin="fuzz.html")),
    lambda d: _target_file(d, ".warc"),
    lambda d: _target_file(d, ".jsonl"),
]


def one_input(data: bytes) -> None:
    if not data:
        return
    TARGETS[data[0] % len(TARGETS)](data[1:])


def seeds() -> dict[str, bytes]:
    hindi = ("पटना, 3 मार्च (भाषा)। मुख्यमंत्री ने कहा, \"हम 25 लाख लोगों तक पहुंचेंगे।\" "
             "बैठक 31 फरवरी को होगी।\n")
    english = 'NEW DELHI, March 3 (PTI) The minister said, "We will reach 2.5 million people by May 15."\n'
    page = f"<html><head><title>t</title></head><body><article><p>{hindi}</p></article></body></html>"
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</title>'
            f"<link>https://example.com/a</link><description>{english}</description></item></channel></rss>")
    record = f'{{"id": "a1", "text": "{hindi.strip()}", "url": "https://example.com/a"}}\n'
    warc = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page.encode()
    return {
        "analyse_hi": bytes([0]) + hindi.encode(), "analyse_en": bytes([0]) + english.encode(),
        "parsers": bytes([1]) + (hindi + english).encode(), "decode": bytes([2]) + hindi.encode("utf-16"),
        "jsonl": bytes([3]) + record.encode(), "feed": bytes([4]) + feed.encode(),
        "html": bytes([5]) + page.encode(), "warc": bytes([6]) + warc % len(http) + http + b"\r\n\r\n",
        "jsonl_file": bytes([7]) + record.encode(),
    }


if __name__ == "__main__":
    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None:
        corpus.mkdir(parents=True, exist_ok=True)
        if not any(corpus.iterdir()):
            for name, data in seeds().items():
                (corpus / name).write_bytes(data)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
