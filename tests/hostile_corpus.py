"""A corpus of bad input, each kind made here by code (no third-party text): what a newsroom tool is fed by
accident or by an attacker. Each kind says what khabar must do with it: store a correct article, or report one
clear line naming the item and why.

``build(folder)`` writes every kind under ``folder`` and returns the list of ``Kind``.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Our own sentences (written for these tests).
HINDI = ("पटना, 3 मार्च (भाषा)। बिहार के जल संसाधन मंत्री ने मंगलवार को कहा कि कोसी नदी पर बने तटबंधों की मरम्मत "
         "का काम मई के अंत तक पूरा कर लिया जाएगा। उन्होंने बताया कि इस साल राज्य सरकार ने इसके लिए 120 करोड़ रुपये "
         "मंजूर किए हैं। अधिकारियों के अनुसार पिछले वर्ष की बाढ़ में लगभग 40 गांव प्रभावित हुए थे।")
ENGLISH = ("SHIMLA, March 3 (PTI) The state transport department said on Tuesday that 45 new electric buses will "
           "run on hill routes from April. Officials said the buses were bought for Rs 60 crore and that charging "
           "stations are being built at six depots. Passengers welcomed the decision.")
FRENCH_CP1252 = ("Le ministère a annoncé mardi que les travaux du pont seront terminés en été. « Nous sommes très "
                 "satisfaits », a déclaré le maire. Les habitants espèrent une réouverture rapide.")
URDU = ("وزیر اعظم نے منگل کو کہا کہ سیلاب سے متاثرہ علاقوں میں امداد بھیجی جائے گی۔ "
        "انہوں نے مزید کہا کہ حکومت ہر ممکن مدد کرے گی۔")
CHINESE = "北京市政府星期二宣布，地铁新线路将于五月开通。官员表示，这条线路将连接机场和市中心，每天可运送十万名乘客。"

# KrutiDev 010: Hindi typed with a font that draws Devanagari on Latin-1 codes (a common legacy in Indian offices).
_KRUTIDEV = {"क": "d", "ख": "[k", "ग": "x", "च": "p", "ज": "t", "ट": "V", "ड": "M", "त": "r", "थ": "Fk", "द": "n",
             "ध": "/k", "न": "u", "प": "i", "ब": "c", "भ": "Hk", "म": "e", "य": ";", "र": "j", "ल": "y", "व": "o",
             "स": "l", "ह": "g", "श": "'k", "ा": "k", "ी": "h", "ु": "q", "ू": "w", "े": "s", "ै": "S", "ो": "ks",
             "ं": "a", "्": "~", "अ": "v", "इ": "b", "उ": "m", "ए": ",", "।": "A", " ": " "}


def krutidev(text: str) -> str:
    """Hindi as KrutiDev glyph codes (enough of the font for a test; ि is typed before its consonant)."""
    out: list[str] = []
    for ch in text:
        if ch == "ि" and out:
            out.insert(len(out) - 1, "f")
        else:
            out.append(_KRUTIDEV.get(ch, ""))
    return "".join(out)


@dataclass
class Kind:
    name: str  # file (or file:line) that holds it, relative to the corpus folder
    why: str  # what is hostile about it
    stored: bool  # True: a correct article is stored; False: one line reports it
    reason: str = ""  # for reported kinds: a phrase of the reason
    check: Callable[[dict], None] | None = None  # for stored kinds: a look at the stored article (a row dict)
    article_id: str | None = None  # for stored kinds, when it is not the file stem
    extra: dict = field(default_factory=dict)


def _jsonl(records: list) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records).encode("utf-8")


def _http(body: bytes, headers: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\n{headers}Content-Length: {len(body)}\r\n\r\n".encode() + body


def _warc_record(uri: str, payload: bytes) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**12:012d}>\r\n"
            f"WARC-Date: 2025-03-03T10:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def _text_has(*parts: str) -> Callable[[dict], None]:
    def check(row: dict) -> None:
        for part in parts:
            assert part in row["text"], (part, row["text"][:200])
    return check


def _cleaned(row: dict) -> None:
    assert row["meta"].get("replaced_characters", 0) >= 1, row["meta"]
    assert "कोसी नदी" in row["text"]
    row["text"].encode("utf-8")


def _no_url(row: dict) -> None:
    assert row["url"] is None and "not http(s)" in row["meta"]["refused_url"], row


def build(folder: Path) -> list[Kind]:
    folder.mkdir(parents=True, exist_ok=True)
    kinds: list[Kind] = []
    rng = random.Random(11)

    def file(name: str, data: bytes | str, why: str, stored: bool, reason: str = "", *, item: str = "",
             shown: str | None = None, **kw) -> None:
        """``item``: the part of the file the verdict is about (``:1`` for a JSONL line, `` record 1``);
        ``shown``: the name as khabar prints it, when that differs."""
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        kinds.append(Kind((shown or name) + item, why, stored, reason, **kw))

    # -- empty and binary ---------------------------------------------------------------------------------
    file("empty.txt", b"", "an empty file", False, "empty file")
    file("blank.txt", b"  \n\t\r\n ", "only whitespace", False, "empty file")
    file("random.txt", bytes(rng.randrange(256) for _ in range(4096)), "random bytes", False, "binary")
    file("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "a PNG named .html", False,
         "binary")
    file("zeros.txt", b"\x00" * 10000, "NUL bytes", False, "binary")
    # -- encodings ----------------------------------------------------------------------------------------
    file("utf8-bom.txt", codecs.BOM_UTF8 + HINDI.encode(), "UTF-8 with a BOM", True, check=_text_has("कोसी नदी"))
    file("utf16le-bom.txt", HINDI.encode("utf-16"), "UTF-16 with a BOM", True, check=_text_has("कोसी नदी"))
    file("utf16be-bom.txt", codecs.BOM_UTF16_BE + HINDI.encode("utf-16-be"), "UTF-16 BE with a BOM", True,
         check=_text_has("कोसी नदी"))
    file("utf16le-nobom.txt", HINDI.encode("utf-16-le"), "UTF-16 without a BOM", False, "UTF-16 without")
    file("utf16be-nobom.txt", ENGLISH.encode("utf-16-be"), "UTF-16 BE without a BOM", False, "UTF-16 without")
    file("utf32-bom.txt", HINDI.encode("utf-32"), "UTF-32 with a BOM", True, check=_text_has("कोसी नदी"))
    file("utf32be-bom.txt", codecs.BOM_UTF32_BE + ENGLISH.encode("utf-32-be"), "UTF-32 BE with a BOM", True,
         check=_text_has("electric buses"))
    file("utf32-nobom.txt", HINDI.encode("utf-32-le"), "UTF-32 without a BOM", False, "UTF-32 without")
    file("cp1252.txt", FRENCH_CP1252.encode("cp1252"), "cp1252 (Windows Western)", True,
         check=_text_has("« Nous sommes très satisfaits »"))
    file("gb18030.txt", CHINESE.encode("gb18030"), "GB18030 (would be cp1252 mojibake)", False, "UTF-8")
    file("mixed-encodings.txt", HINDI.encode() + FRENCH_CP1252.encode("cp1252"), "UTF-8 and cp1252 in one file",
         False, "UTF-8")
    file("latin1-undefined.txt", b"Caf\x81 \x8d\x8f\x90\x9d" * 40, "bytes cp1252 does not define", False,
         "not UTF-8")
    # -- characters that break libraries -------------------------------------------------------------------
    for label, ch in [("vt", "\x0b"), ("soh", "\x01"), ("del", "\x7f"), ("nel", "\x85"), ("fffe", "\ufffe"),
                      ("esc", "\x1b")]:
        file(f"control-{label}.txt", HINDI.replace("कि कोसी", f"कि{ch} कोसी"), f"one {ch!r} in a good article",
             True, check=_cleaned)
    file("zero-width-only.txt", "\u200b\u200c\u200d\ufeff" * 50, "only zero-width characters", False,
         "no readable text")
    file("emoji-only.txt", "🙂🔥📰🇮🇳 " * 40, "only emoji", False, "no readable text")
    file("digits-only.txt", "12345 67890 ...!!! " * 20, "digits and punctuation only", False, "no readable text")
    file("urdu.txt", URDU, "Urdu script", True, check=_text_has("سیلاب"))
    file("chinese.txt", CHINESE, "Chinese in UTF-8", True, check=_text_has("北京"))
    file("feb-31.txt", HINDI.replace("मई के अंत तक", "31 फरवरी 2025 तक"), "an impossible date (31 फरवरी)", True,
         check=_no_impossible_date)
    file("krutidev.txt", krutidev("भारत सरकार ने कहा कि इस साल बजट में किसान के लिए नई योजना होगी। मंत्री ने "
                                  "कहा कि काम तेज होगा। लोग खुश हैं और सरकार की योजना पर भरोसा है।") * 3,
         "Hindi in the legacy KrutiDev font", False, "legacy font")
    file("crlf.txt", HINDI.replace("। ", "।\r\n"), "CRLF line ends", True, check=_text_has("कोसी नदी"))
    file("cr-only.txt", ENGLISH.replace(". ", ".\r"), "old Mac CR line ends", True, check=_text_has("electric"))
    # -- size ---------------------------------------------------------------------------------------------
    with (folder / "huge-100mb.txt").open("wb") as fh:
        block = (ENGLISH + "\n").encode() * 1000
        for _ in range(100 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    kinds.append(Kind("huge-100mb.txt", "a 100 MB text file", False, "larger than"))
    file("one-word-1m.txt", "क" * 1_000_000, "one word of a million characters", False, "longer than")
    file("marks-1m.txt", "क" + "\u0301\u093c" * 500_000, "a million combining marks", False, "longer than")
    file("one-word-90k.txt", "क" * 90_000, "one word of 90,000 characters (under the cap)", True,
         check=lambda row: None)
    file("marks-90k.txt", "क" + "\u0301\u093c" * 45_000, "90,000 combining marks (under the cap)", True,
         check=lambda row: None)
    file("quote-flood.txt", 'क "' + '"' * 90_000, "90,000 quote marks", True, check=lambda row: None)
    file("quote-chain.txt", "“क” " * 20_000, "20,000 quoted words in one sentence (once cubic in the quote finder)",
         True, check=lambda row: None)
    file("quoted-sentences.txt", '"क।" ' * 15_000, "15,000 quoted sentences (75,000 characters)", True,
         check=lambda row: None)
    file("no-punctuation.txt", ("यह एक बहुत लंबी पंक्ति है जिसमें कोई विराम नहीं " * 1900),
         "a 90,000-character line without a sentence end", True, check=lambda row: None)
    file("names-flood.txt", ("नरेंद्र मोदी ने अमित शाह से दिल्ली में कहा, \"हम जीतेंगे।\" " * 500)[:30_000],
         "30,000 characters of names and quotes", True, check=lambda row: None)
    # -- HTML ---------------------------------------------------------------------------------------------
    file("broken.html", f"<html><body><div><p>{HINDI}<p>{HINDI.replace('पटना', 'गया')}<div></span>",
         "unclosed and stray tags", True, check=_text_has("कोसी नदी"))
    file("scripts-only.html", "<html><head><script>var a = 1;</script></head><body><script>alert(1)</script>"
         "<style>p{}</style></body></html>", "HTML with only scripts", False, "no article text")
    file("script-and-text.html", f"<html><body><script>document.write('हैक')</script><article><p>{ENGLISH}</p>"
         "</article></body></html>", "a script beside the article", True,
         check=_without_script)
    file("empty-body.html", "<html><head><title>x</title></head><body></body></html>", "HTML without text", False,
         "no article text")
    file("cp1252-page.html", (f'<html><head><meta charset="windows-1252"></head><body><article><p>{FRENCH_CP1252}</p>'
                         "</article></body></html>").encode("cp1252"),
         "an HTML page in cp1252", True, check=_text_has("très satisfaits"))
    # -- JSONL --------------------------------------------------------------------------------------------
    deep = "[" * 100_000 + "]" * 100_000
    good = {"id": "jsonl-good", "text": ENGLISH, "url": "https://news.example.com/buses"}
    lines: list[tuple[object, Kind | None]] = [
        (good, Kind("records.jsonl:1", "a good record", True, article_id="jsonl-good",
                    check=_text_has("electric buses"))),
        ('{"id": "lone-text", "text": "' + HINDI[:60] + '\\ud800' + HINDI[60:] + '"}',
         Kind("records.jsonl:2", "a lone surrogate in the text", True, article_id="lone-text", check=_cleaned)),
        ('{"id": "bad\\udc00id", "text": "' + HINDI + '"}',
         Kind("records.jsonl:3", "a lone surrogate in the id", False, "lone surrogates")),
        ('{"id": "lone-key", "text": "' + HINDI + '", "k\\udfffey": "v"}',
         Kind("records.jsonl:4", "a lone surrogate in a key", True, article_id="lone-key", check=_cleaned_key)),
        ('{"id": "deep", "text": "x", "extra": ' + deep + "}",
         Kind("records.jsonl:5", "JSON nested 100,000 deep", False, "nested too deeply")),
        ('{"id": "bigint", "text": "' + ENGLISH + '", "n": ' + "9" * 5000 + "}",
         Kind("records.jsonl:6", "an integer of 5,000 digits", False, "invalid JSON")),
        ('{"id": "broken", "text": "half a rec', Kind("records.jsonl:7", "a broken line", False, "invalid JSON")),
        ("[1, 2, 3]", Kind("records.jsonl:8", "a line that is not an object", False, "must be an object")),
        ({"id": "textnum", "text": 12345}, Kind("records.jsonl:9", "text as a number", False, "must be a string")),
        ({"id": ["x", 1], "text": ENGLISH}, Kind("records.jsonl:10", "an id given as a list", False,
                                                "id must be a string or an integer, not list")),
        ({"id": {"a": 1}, "text": ENGLISH}, Kind("records.jsonl:11", "an id given as an object", False,
                                                "not dict")),
        ({"id": True, "text": ENGLISH}, Kind("records.jsonl:12", "an id given as a boolean", False, "not bool")),
        ({"id": 42, "text": HINDI}, Kind("records.jsonl:13", "an integer id", True, article_id="42",
                                         check=_text_has("कोसी"))),
        ({"id": "notext"}, Kind("records.jsonl:14", "no text at all", False, "neither")),
        ({"id": "emptytext", "text": "   "}, Kind("records.jsonl:15", "an empty text", False, "neither")),
        ({"id": "jsonl-good", "text": HINDI}, Kind("records.jsonl:16", "a duplicate id in one batch", False,
                                                   "duplicate id")),
        ({"id": "huge-line", "text": "क" * 10_000_000}, Kind("records.jsonl:17", "a 10M-character line", False,
                                                             "longer than")),
        ({"id": "js-url", "text": ENGLISH.replace("45", "46"), "url": "javascript:alert(1)"},
         Kind("records.jsonl:18", "a javascript: URL", True, article_id="js-url", check=_no_url)),
        ({"id": "file-url", "text": ENGLISH.replace("45", "47"), "url": "file:///etc/passwd"},
         Kind("records.jsonl:19", "a file:// URL", True, article_id="file-url", check=_no_url)),
        ({"id": "title-list", "text": HINDI.replace("120", "130"), "title": ["a", "b"]},
         Kind("records.jsonl:20", "a title given as a list", True, article_id="title-list",
              check=lambda row: None if row["title"] != "['a', 'b']" else (_ for _ in ()).throw(AssertionError))),
        ('{"id": "nan", "text": "' + ENGLISH.replace("45", "48") + '", "score": NaN}',
         Kind("records.jsonl:21", "NaN in a record", True, article_id="nan", check=_text_has("48"))),
        ({"id": "ls", "text": HINDI.replace("। ", "।\u2028", 1)},
         Kind("records.jsonl:22", "a LINE SEPARATOR inside a text", True, article_id="ls", check=_text_has("कोसी"))),
        ('{"id": "nul", "text": "' + HINDI[:30] + '\\u0000' + HINDI[30:] + '"}',
         Kind("records.jsonl:23", "a NUL escaped in a text", True, article_id="nul", check=_cleaned)),
        ({"id": "", "text": ENGLISH}, Kind("records.jsonl:24", "an empty id", False, "id is empty")),
    ]
    with (folder / "records.jsonl").open("wb") as fh:
        for record, _ in lines:
            fh.write(_jsonl([record]))
    kinds += [k for _, k in lines if k is not None]
    file("bom.jsonl", codecs.BOM_UTF8 + _jsonl([{"id": "bom-record", "text": HINDI.replace("40", "41")}]),
         "JSONL with a BOM", True, item=":1", article_id="bom-record", check=_text_has("41 गांव"))
    file("utf16.jsonl", _jsonl([{"id": "utf16-record", "text": HINDI.replace("40", "42")}]).decode().encode("utf-16"),
         "JSONL in UTF-16 with a BOM", True, item=":1", article_id="utf16-record", check=_text_has("42 गांव"))
    file("mixed.jsonl", json.dumps({"id": "mixed-utf8", "text": HINDI.replace("40", "43")}, ensure_ascii=False)
         .encode() + b"\n" + json.dumps({"id": "mixed-cp1252", "text": FRENCH_CP1252}, ensure_ascii=False)
         .encode("cp1252") + b"\n", "JSONL lines in two encodings", True, item=":1", article_id="mixed-utf8",
         check=_text_has("43 गांव"), extra={"also": "mixed-cp1252"})
    # -- WARC ---------------------------------------------------------------------------------------------
    file("not-really.warc", ENGLISH, "plain text named .warc", False, "not a WARC")
    file("empty.warc", b"", "an empty .warc", False, "empty file")
    bomb = gzip.compress(b"<html><body>" + b"\x00" * (64 * 1024 * 1024), compresslevel=9)
    file("bomb.warc", _warc_record("https://news.example.com/bomb", _http(
        bomb, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n")), "a gzip bomb in a WARC record", False,
        "larger than", item=" record 1")
    page = f"<html><body><article><p>{HINDI}</p></article></body></html>".encode()
    whole = gzip.compress(_warc_record("https://news.example.com/kosi", _http(page, "Content-Type: text/html\r\n")))
    file("truncated.warc.gz", whole[: len(whole) // 2], "a .warc.gz cut in half", False, "corrupt",
         item=" record 1")
    # -- feeds --------------------------------------------------------------------------------------------
    file("laughs.xml", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
         "<rss version=\"2.0\"><channel><item><title>&b;</title></item></channel></rss>",
         "an entity-expansion bomb", False, "entities")
    file("malformed.rss", '<rss version="2.0"><channel><item><title>x</tit', "a malformed feed", False, "no text",
         item=" item 1")
    file("notafeed.xml", "<note><to>a</to></note>", "XML that is not a feed", False, "not an RSS")
    file("links.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://feed.example.com/'
         "</link><item><title>One</title><link>javascript:alert(document.cookie)</link><guid>one</guid>"
         f"<description>{ENGLISH}</description></item></channel></rss>", "a feed item linking to javascript:",
         True, article_id=None, check=_no_url)
    # -- names --------------------------------------------------------------------------------------------
    raw = os.fsencode(folder) + b"/caf\xe9-\xff.txt"
    with open(raw, "wb") as fh:
        fh.write(HINDI.replace("120", "125").encode())
    kinds.append(Kind("caf\\xe9-\\xff.txt", "a file name that is not UTF-8", True, article_id="caf\\xe9-\\xff",
                      check=_text_has("125 करोड़")))
    file("\x1b[31mred.txt", HINDI.replace("120", "126"), "a terminal escape in a file name", True,
         shown="\\x1b[31mred.txt", article_id="\\x1b[31mred", check=_text_has("126 करोड़"))
    file("[bold]markup[red].txt", HINDI.replace("120", "127"), "console markup in a file name", True,
         check=_text_has("127 करोड़"))
    os.mkfifo(folder / "pipe.txt")
    kinds.append(Kind("pipe.txt", "a named pipe (reading it would block forever)", False, "not a regular file",
                      extra={"explicit": True}))
    return kinds


def _no_impossible_date(row: dict) -> None:
    assert "31 फरवरी 2025" in row["text"]
    assert all(not (t["value"] or "").startswith("2025-02-3") for t in json.loads(row["analysis"])["timexes"])


def _without_script(row: dict) -> None:
    assert "electric buses" in row["text"] and "हैक" not in row["text"] and "document.write" not in row["text"]


def _cleaned_key(row: dict) -> None:
    assert any(k.startswith("k") and k.endswith("ey") for k in row["meta"]), row["meta"]
    json.dumps(row["meta"]).encode("utf-8")
