"""Bytes to text. Accepts UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and cp1252 that reads as
Latin text; anything else is reported, never guessed: a wrong guess would silently corrupt every offset downstream."""

from __future__ import annotations

import codecs
import re
from collections import Counter

from khabar.ingest.errors import UndecodableError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM begins with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, carriage return and form feed never occur in text files; nor does the
# replacement character. Counted by the regex engine: a loop in Python cost 0.15 ms for a 9 kB page.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_NOT_TEXT.findall(text))
    # A stray control character is cleaned at the ingest boundary (validate.py); binary data has many.
    return bad / len(text) < 0.02


def _looks_like_utf32(data: bytes) -> bool:
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 8 or sample.count(0) > len(sample) * 0.8:  # all NULs is binary, not text
        return False
    return (sample[2::4].count(0) + sample[3::4].count(0) == len(sample) // 2
                                 or sample[0::4].count(0) + sample[1::4].count(0) == len(sample) // 2)


# Runs of non-ASCII letters: in real cp1252 text (French, German, Spanish) accented letters sit among ASCII ones;
# GB18030, Shift-JIS or KOI8 read as cp1252 give long runs of them (mojibake).
_MOJIBAKE_RUN = 4


def _looks_like_cp1252_text(text: str) -> bool:
    letters = sum(1 for ch in text if ch.isalpha())
    high = sum(1 for ch in text if not ch.isascii())
    run = longest = 0
    for ch in text:
        run = run + 1 if not ch.isascii() else 0
        longest = max(longest, run)
    return bool(letters) and high / letters < 0.3 and longest < _MOJIBAKE_RUN


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 text whose byte order nobody told us: one half of the byte pairs is nearly constant (0x00 for
    Latin text, 0x09 for Devanagari) while the other half varies."""
    sample = data[:4096]
    if len(sample) < 8:
        return False
    halves = (sample[0::2], sample[1::2])
    share = [Counter(half).most_common(1)[0][1] / len(half) for half in halves]  # the commonest byte's share
    return max(share) > 0.5 and min(share) < 0.5


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; raises ``UndecodableError`` with a reason a user can act on."""
    if not data.strip():
        raise UndecodableError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"invalid {encoding} after its byte-order mark ({exc.reason})") from exc
    if _looks_like_utf32(data):
        raise UndecodableError("looks like UTF-32 without a byte-order mark; save it as UTF-8 or with a BOM")
    if b"\x00" in data or _looks_like_utf16(data):
        if _looks_like_utf16(data):
            raise UndecodableError("looks like UTF-16 without a byte-order mark; save it as UTF-8 or with a BOM")
        raise UndecodableError("binary data (NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_like_text(text):
            return text, "utf-8"
        raise UndecodableError("binary data (control characters)")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UndecodableError("not UTF-8, UTF-16 (with BOM) or cp1252 text") from exc
    if not _looks_like_text(text) or not any(ch.isalpha() for ch in text):
        raise UndecodableError("binary data: not UTF-8, UTF-16 (with BOM) or cp1252 text")
    if not _looks_like_cp1252_text(text):
        raise UndecodableError("not UTF-8, and as cp1252 it reads as mojibake (another legacy encoding such as "
                               "GB18030 or ISCII?): save it as UTF-8")
    return text, "cp1252"
