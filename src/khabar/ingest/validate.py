"""The ingest boundary: every article a reader produces passes ``check_article`` before it is analysed or stored.

One place decides what text khabar accepts. Characters no text file means (C0/C1 controls, DEL, Unicode
noncharacters, lone surrogates) are replaced one for one, so offsets stay those of the text as given; what was
replaced is noted in the article's meta. Articles that cannot be right (no letters at all, legacy-font Hindi read
as Latin, a text too long to be one article, an id that is not a string) are refused with a reason.
"""

from __future__ import annotations

from typing import Any

import regex
import wordfreq

from khabar.ingest.errors import IngestError, printable
from khabar.lang import load_all
from khabar.model import Article

# Three times the longest real article seen (31,000 characters in the covid5 corpus); longer input is a dump, not
# an article. Analysis has steps that compare every quote with every mention: the cap bounds their time.
MAX_TEXT_CHARS = 100_000
MAX_FIELD_CHARS = 2_000  # id, url, title, source, published
MAX_META_DEPTH = 20

# Controls that mean a line break are replaced by one; the rest by a space.
_BREAKS = {"\x0b": "\n", "\x1c": "\n", "\x1d": "\n", "\x1e": "\n", "\x85": "\n"}
_BAD = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\p{Cs}\p{Noncharacter_Code_Point}]")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# An error page (a 404 page with its nav bar, apology and copyright line) has a few dozen words; an article that
# mentions "page not found" has far more.
ERROR_PAGE_MAX_WORDS = 80
ERROR_PAGE_HEAD_LINES = 4
_SCHEMES = ("http://", "https://")
# Glyph codes of the KrutiDev/Devlys legacy fonts (Hindi typed with a font that draws Devanagari on Latin-1
# codes): a capital after a small letter (gS, ctV, gksxhA), symbols inside a word (;kstuk, ear~jh, [kq'k) and the
# doubled k of the long a (Hkkjr, vkSj) are rare in English words and common in such text.
_LATIN_WORD = regex.compile(r"[A-Za-z;'\"\[\]{}~<>/¡ª¼½¾ØÙÚÅÇ]+")
_LEGACY_SIGN = regex.compile(r"[a-z][A-Z]|[A-Za-z][;'\"\[\]{}~<>/¡ª¼½¾ØÙÚÅÇ]|^[;\[]|kk")


def clean_text(text: str) -> tuple[str, int]:
    """``(text, how many characters were replaced)``: controls become a space (or a newline where they meant a
    line break), lone surrogates and noncharacters U+FFFD. Same length, so every offset is unchanged."""
    count = 0

    def replace(match: regex.Match) -> str:
        nonlocal count
        count += 1
        ch = match.group()
        if ch in _BREAKS:
            return _BREAKS[ch]
        return " " if ch <= "\x9f" else "\ufffd"

    return _BAD.sub(replace, text), count


def looks_like_legacy_font(text: str) -> bool:
    """Hindi typed in a legacy font (KrutiDev, Devlys): Latin letters mixed with ``;~[]ª¼`` inside words and the
    fonts' letter pairs, in a text with no Devanagari at all."""
    if regex.search(r"[\u0900-\u097f]", text[:20000]):
        return False
    words = _LATIN_WORD.findall(text[:20000])[:2000]
    if len(words) < 8:
        return False
    signed = sum(1 for w in words if _LEGACY_SIGN.search(w.rstrip("'\"")))
    english = sum(1 for w in words if wordfreq.zipf_frequency(w.strip(";'\"[]{}~<>/"), "en") >= 2.5)
    return signed / len(words) > 0.15 and english / len(words) < 0.5


def _clean_field(value: Any, name: str) -> str | None:
    if value is None:
        return None
    cleaned, _ = clean_text(str(value))
    cleaned = cleaned.strip()
    if len(cleaned) > MAX_FIELD_CHARS:
        cleaned = cleaned[:MAX_FIELD_CHARS]
    return cleaned or None


def _clean_meta(value: Any, depth: int = 0) -> Any:
    if depth > MAX_META_DEPTH:
        raise ValueError(f"metadata nested deeper than {MAX_META_DEPTH} levels")
    if isinstance(value, str):
        return clean_text(value)[0]
    if isinstance(value, dict):
        return {clean_text(str(k))[0]: _clean_meta(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean_meta(v, depth + 1) for v in value]
    if isinstance(value, int | float | bool) or value is None:
        return value
    return clean_text(str(value))[0]


def check_id(value: Any) -> str | IngestError:
    """An article id as a string, or why the value cannot be one (the caller adds the origin)."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return IngestError("", f"id must be a string or an integer, not {type(value).__name__}")
    text = str(value).strip()
    if not text:
        return IngestError("", "id is empty")
    if len(text) > MAX_FIELD_CHARS:
        return IngestError("", f"id longer than {MAX_FIELD_CHARS} characters")
    if clean_text(text)[1]:
        return IngestError("", "id contains control characters or lone surrogates")
    return text


def _error_phrases() -> regex.Pattern:
    global _ERROR_PHRASES
    if _ERROR_PHRASES is None:
        words = sorted({w for data in load_all("error_pages").values() for w in data.get("phrases", [])},
                       key=len, reverse=True)
        alt = "|".join(regex.escape(w) for w in words) or r"(?!x)x"
        _ERROR_PHRASES = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt})(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
    return _ERROR_PHRASES


_ERROR_PHRASES: regex.Pattern | None = None


def error_page(title: str | None, text: str) -> str | None:
    """The error phrase when ``title``/``text`` is a site's error page (``पेज नहीं मिला``, ``404 Not Found``) rather
    than an article: the phrase in the title or in one of the first lines, and no more words than such a page has."""
    if len(_WORD.findall(text, endpos=20_000)) > ERROR_PAGE_MAX_WORDS:
        return None
    head = [title or "", *[line for line in text.splitlines() if line.strip()][:ERROR_PAGE_HEAD_LINES]]
    for line in head:
        if m := _error_phrases().search(line):
            return m.group()
    return None


def check_article(article: Article) -> Article | IngestError:
    """The article as khabar will store it, or the reason it is refused."""
    origin = printable(article.origin or article.id or "article")
    if not isinstance(article.text, str):
        return IngestError(origin, f"text must be a string, not {type(article.text).__name__}")
    if len(article.text) > MAX_TEXT_CHARS:
        return IngestError(origin, f"text of {len(article.text):,} characters is longer than the "
                                   f"{MAX_TEXT_CHARS:,} one article may have")
    article_id = check_id(article.id)
    if isinstance(article_id, IngestError):
        return IngestError(origin, article_id.reason)
    text, replaced = clean_text(article.text)
    if not _LETTER.search(text):
        return IngestError(origin, "no readable text (only invisible characters, symbols, digits or emoji)")
    if phrase := error_page(article.title if isinstance(article.title, str) else None, text):
        return IngestError(origin, f"an error page, not an article (it says {phrase!r} and has no article text)")
    if looks_like_legacy_font(text):
        return IngestError(origin, "looks like Hindi typed in a legacy font (KrutiDev/Devlys), not Unicode: "
                                   "convert it to Unicode Devanagari first")
    try:
        meta = _clean_meta(dict(article.meta or {}))
    except (ValueError, RecursionError) as exc:
        return IngestError(origin, str(exc) if isinstance(exc, ValueError) else "metadata nested too deeply")
    url = _clean_field(article.url, "url")
    if url and not url.lower().startswith(_SCHEMES):
        meta["refused_url"] = f"not http(s): {url[:80]}"
        url = None
    if replaced:
        meta["replaced_characters"] = replaced
    return Article(id=article_id, text=text, url=url, source=_clean_field(article.source, "source"),
                   title=_clean_field(article.title, "title"), published=_clean_field(article.published, "published"),
                   meta=meta, origin=origin)
