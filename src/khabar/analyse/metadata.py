"""Article metadata read from the text itself: publication date, dateline, credited agencies, author.

Sources give metadata unevenly: a JSONL record may carry ``published``, an HTML page its meta tags, a scraped
text file nothing but an "आखरी अपडेट:" line or a dateline. Each reader here is a general pattern with its
vocabulary in ``lang/*/``; when nothing supports a value it stays ``None`` rather than being guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

import regex

from khabar.analyse import gazetteer
from khabar.analyse.boilerplate import bio_author
from khabar.lang import SUPPORTED, load, load_all
from khabar.model import Dateline, Span
from khabar.text.keys import match_key

# Offsets for the zone abbreviations news pages print. "IST" is India here, never Israel.
ZONES = {
    "IST": "+05:30", "GMT": "+00:00", "UTC": "+00:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "MSK": "+03:00", "KST": "+09:00", "JST": "+09:00", "PKT": "+05:00", "NPT": "+05:45", "EST": "-05:00",
    "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00",
}


@cache
def _numbered_names(table: str) -> dict[str, int]:
    """``lang/*/dates.json``'s ``months`` or ``weekdays``: each casefolded name -> its number."""
    found: dict[str, int] = {}
    for data in load_all("dates").values():
        for number, names in data.get(table, {}).items():
            for name in names:
                found[name.casefold()] = int(number)
    return found


def _months() -> dict[str, int]:
    return _numbered_names("months")


def _month_alt() -> str:
    return "|".join(regex.escape(m) for m in sorted(_months(), key=len, reverse=True))


@cache
def _patterns() -> dict[str, regex.Pattern]:
    month = _month_alt()
    time = (r"(?:[,\s]+(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
            r"\s*(?P<tz>[A-Z]{2,4})?)?")
    return {
        # 13 सितंबर, 2023, 15:23 IST  /  3 September 2025
        "dmy": regex.compile(rf"(?P<d>\d{{1,2}})\s*(?P<mon>{month})\.?[,\s]+(?P<y>\d{{4}}){time}", regex.I),
        # September 3, 2025 / Sept. 3, 2025, 10:00 IST
        "mdy": regex.compile(rf"(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){time}", regex.I),
        # 04/09/2025, 04-09-2025 (day first)
        "numeric": regex.compile(rf"(?<!\d)(?P<a>\d{{1,2}})[/.\-](?P<b>\d{{1,2}})[/.\-](?P<y>\d{{4}})(?!\d){time}"),
        "iso": regex.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<hh>\d{2}):(?P<mm>\d{2})"
                             r"(?::(?P<ss>\d{2}))?(?:\.\d+)?(?P<off>Z|[+-]\d{2}:?\d{2})?)?"),
        "day_month": regex.compile(rf"(?P<d>\d{{1,2}})\s*(?P<mon>{month})\b|(?P<mon2>{month})\.?\s+(?P<d2>\d{{1,2}})\b",
                                   regex.I),
    }


def _iso(y: int, m: int, d: int, match: regex.Match | None = None) -> str | None:
    try:
        date = dt.date(y, m, d)
    except ValueError:
        return None
    if match is None or not match.groupdict().get("hh"):
        return date.isoformat()
    hour, minute, second = int(match["hh"]), int(match["mm"]), int(match["ss"] or 0)
    ampm = (match.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date.isoformat()
    stamp = f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    offset = match.groupdict().get("off")
    if offset:
        offset = "+00:00" if offset == "Z" else (offset if ":" in offset else f"{offset[:3]}:{offset[3:]}")
        return stamp + offset
    tz = match.groupdict().get("tz")
    return stamp + ZONES.get(tz, "") if tz else stamp


def parse_published(value: str, *, day_first: bool = True) -> str | None:
    """An ISO date or datetime for a date written in one of the usual ways, else None."""
    p = _patterns()
    if m := p["iso"].search(value):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]), m)
    for name in ("dmy", "mdy"):
        if m := p[name].search(value):
            return _iso(int(m["y"]), _months()[m["mon"].casefold()], int(m["d"]), m)
    if m := p["numeric"].search(value):
        a, b = int(m["a"]), int(m["b"])
        day, month = (a, b) if day_first else (b, a)
        if month > 12 >= day:  # only one reading is a date
            day, month = month, day
        return _iso(int(m["y"]), month, day, m)
    return None


@cache
def _published_markers() -> regex.Pattern:
    words = ["आखरी अपडेट", "आख़री अपडेट", "आखिरी अपडेट", "अंतिम अपडेट", "अपडेटेड", "अपडेट", "प्रकाशित",
             "प्रकाशन तिथि", "प्रकाशित तिथि", "Last Updated", "Updated", "Updated Date", "Published", "Publish Date",
             "Published Date", "First published", "Posted"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    # at a line's start, or after a `|` of a credit line (`Edited By … | नवभारतटाइम्स.कॉम | Updated: 21 Mar 2020`)
    return regex.compile(rf"(?:^|\|)\s*(?:{alt})\s*(?:on|at)?\s*[:\-–]?\s*(?P<rest>.+)$", regex.I | regex.M)


def find_published(text: str, lines: list[Span], *, given: str | None, url: str | None,
                   day_first: bool, article_id: str | None = None) -> tuple[str | None, str | None]:
    """``(published ISO, how it was found)``: the source's metadata, the URL, an update or date line of the
    page, then a date the article's id (a file name, an archive's record id) carries."""
    if given and (value := parse_published(given, day_first=day_first)):
        return value, "source metadata"
    if url and (value := url_date(url)):  # the publisher's own date, before any date line of the page
        return value, "url"
    for m in _published_markers().finditer(text):
        if value := parse_published(m["rest"], day_first=day_first):
            return value, "update line"
    for line in lines:
        stripped = line.text.strip()
        if len(stripped) <= 40 and _patterns()["numeric"].fullmatch(stripped):
            if value := parse_published(stripped, day_first=day_first):
                return value, "date line"
    if article_id and (value := id_date(article_id)):
        return value, "id"
    return None, None


# A whole date inside an id: 2020-04-13, 2020_04_13, 2020.04.13 or a compact 20200413, not inside a longer
# number or a run of letters and digits (a hexadecimal hash can hold eight decimal digits).
_ID_DATE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<y>(?:19|20)\d{2})(?:(?P<sep>[-_.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])"
    r"|(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01]))(?!\p{N})")


def id_date(article_id: str) -> str | None:
    """The day an article's id names, when it names exactly one (``AU-2020-04-13-02``, ``2020_04_13_jagran``,
    ``report-20200413``): archives and crawlers often name a record by its day. An id with two different
    dates, or a date in the future or before 1995, gives none. The caller ranks it below every date the page
    itself gives."""
    days = {day for m in _ID_DATE.finditer(article_id)
            if (day := _ymd(m["y"], m["m"], m["d"])) is not None and _plausible_publication(day)}
    return days.pop().isoformat() if len(days) == 1 else None


def url_date(url: str) -> str | None:
    """The publication day a URL carries: htmldate's URL date extraction (``/2020/04/12/``, ``-2020-04-12``),
    then khabar's own patterns (``_URL_DATES``): ``/yyyy/mm/dd/``, a month name (``/2020/mar/25/``),
    ``/2020-03/25/``, ``/2020/0325/``, a compact ``20200325``, a date in words in the slug (``-25-march-2020``,
    ``-march-25-2020-live-updates``) and the article ids that carry a date
    (``…-120032500812_1.html``: 1 yymmdd, ``…-101616387445530.html``: epoch milliseconds). A date in the
    future or before 1995 is no publication date. The caller ranks a URL's date below the source's own."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    try:
        from htmldate.extractors import extract_url_date
        from htmldate.utils import Extractor

        options = Extractor(False, dt.datetime.now() + dt.timedelta(days=2), dt.datetime(1995, 1, 1), False,
                            "%Y-%m-%d")
        if found := extract_url_date(path, options):
            return found
    except (ImportError, TypeError, ValueError):  # an htmldate whose internals moved: the patterns below
        pass
    for pattern, read in _url_dates():
        if (m := pattern.search(path)) and (found := read(m)) and _plausible_publication(found):
            return found.isoformat()
    return None


# The first year a web page can have been published in: a date before it (a URL's, a dateline year read from the
# text) is something the page recalls, not its own day (the Battle of Haifa in 1918 in a report of 2018).
FIRST_PUBLICATION_YEAR = 1995


def _plausible_publication(day: dt.date) -> bool:
    return dt.date(FIRST_PUBLICATION_YEAR, 1, 1) <= day <= dt.date.today() + dt.timedelta(days=2)


def _ymd(y: str | int, m: str | int, d: str | int) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


_URL_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
# English month names and their abbreviations as URL slugs write them (a whole slug word)
_URL_MONTH_WORDS = ("(?:january|february|march|april|may|june|july|august|september|october|november|december"
                    "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)")


@cache
def _url_dates() -> list[tuple[regex.Pattern, Callable[[regex.Match], dt.date | None]]]:
    """URL date patterns, in order of trust. Publishers' schemes, not language: kept here with the reader."""
    sep = r"(?:[/_.=-]|$)"
    return [
        # /2020/03/25/, /2020-3-25-
        (regex.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})" + sep),
         lambda m: _ymd(m["y"], m["m"], m["d"])),
        # /2020/mar/25/ (The Guardian), /2020/march/25/
        (regex.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<mon>[a-z]{3})[a-z]*/(?P<d>\d{1,2})/", regex.I),
         lambda m: _ymd(m["y"], _URL_MONTHS.get(m["mon"].lower(), 0), m["d"])),
        # /2020-03/25/ (Xinhua), /2020/0325/ (People's Daily)
        (regex.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})/(?P<d>\d{2})/"), lambda m: _ymd(m["y"], m["m"], m["d"])),
        (regex.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{2})(?P<d>\d{2})/"), lambda m: _ymd(m["y"], m["m"], m["d"])),
        # a compact date between separators: /20200325/, -20200325.html, _20200325_
        (regex.compile(r"(?<=[/_.=-])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                       r"(?=[/_.-]|$)"), lambda m: _ymd(m["y"], m["m"], m["d"])),
        # a date in words in the slug: -25-march-2020, -march-25-2020-live-updates, -mar-25-2020-6329999/
        # ("top-10-may-2020" is a list of May's ten: a count word before the number is no day)
        (regex.compile(r"(?<=[/_-])(?<!(?:top|best|worst|last|first|next)[-_])(?P<d>\d{1,2})[-_]"
                       rf"(?P<mon>{_URL_MONTH_WORDS})[-_](?P<y>(?:19|20)\d{{2}})(?=[/_.-]|$)", regex.I),
         lambda m: _ymd(m["y"], _URL_MONTHS[m["mon"][:3].lower()], m["d"])),
        (regex.compile(rf"(?<=[/_-])(?P<mon>{_URL_MONTH_WORDS})[-_](?P<d>\d{{1,2}})[-_](?P<y>(?:19|20)\d{{2}})"
                       r"(?=[/_.-]|$)", regex.I), lambda m: _ymd(m["y"], _URL_MONTHS[m["mon"][:3].lower()], m["d"])),
        # ids of 1 + yymmdd + five digits, then _1.html (Business Standard, Webdunia): -120032500812_1.html
        (regex.compile(r"(?<=[/_-])1(?P<y>\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{5}_\d+\.html?$"),
         lambda m: _ymd(2000 + int(m["y"]), m["m"], m["d"])),
        # ids of 10 or 1 + epoch milliseconds (Hindustan Times, Mint): -101616387445530.html, the day in IST
        (regex.compile(r"(?<=[/_-])10?(?P<ms>1\d{12})\.html?$"),
         lambda m: dt.datetime.fromtimestamp(int(m["ms"]) / 1000, _IST).date()),
    ]


def infer_year(month: int, day: int, text: str, *, lead: str | None = None,
               lang: str = "hi") -> tuple[int | None, str]:
    """The year of a dateline that gives only day and month.

    The article reports events up to its dateline, so the dateline comes after the latest dated event the text
    mentions with a month (``अक्टूबर 2024 से ...`` puts 4 September in 2025); a mention in a future clause
    (``23 जुलाई 2021 से शुरू होगा``), a plan (``… से होने वाले थे``) or a deadline (``सितंबर 2020 तक``) is not
    an event that happened. Within
    that bound the calendar decides when it can: the lead names the weekday of the dateline day (or of the day
    before, for copy filed the next morning) in a year the text names or the year after one. Without a dated
    event or a fitting weekday the year stays unknown: a bare year is too weak on its own. A year before
    ``FIRST_PUBLICATION_YEAR`` is history the text recalls, never the year it was written in, and a year in which
    the dateline day is neither a weekday the lead names nor the day after one is not the year of writing either.
    ``lead`` is the text just after the dateline, where its day is named (the whole text when not given).
    """
    latest = latest_dated_event(text, lang)
    if latest is None:
        # Bare years bound nothing: a report's years are as often the history it recalls ("since the 1995
        # collision", "हादसे 2006 में") as its own, and a named weekday falls on the dateline day in one year of
        # seven, so a year that fits is chance (on the bilingual and covid dev sets 3 right, 9 wrong).
        return None, "no dated mention to place the dateline's year"
    named = _weekdays_named(text if lead is None else lead)
    years = {int(m[1]) for m in regex.finditer(r"(?<![\d.,/-])((?:19|20)\d{2})(?![\d.,/-]?\d)", text)
             if not _in_future_clause(text, m.end(), lang)}
    # a year before the web's first (``FIRST_PUBLICATION_YEAR``) is one the text recalls, never its own
    candidates = {y for base in years for y in (base, base + 1)
                  if (y, month) >= latest and y >= FIRST_PUBLICATION_YEAR}
    for days_back in (0, 1):  # the day itself named first, then the day before
        fits = [y for y in candidates if _weekday_of(y, month, day, days_back) in named]
        if fits:
            # after a dated event, the first fitting year
            return min(fits), "the weekday the lead names falls on the dateline day in this year"
    year = latest[0] if (month, day) >= (latest[1], 1) else latest[0] + 1
    if year < FIRST_PUBLICATION_YEAR:
        return None, f"the latest dated mention ({latest[0]}-{latest[1]:02d}) is older than any web page"
    if named and not any(_weekday_of(year, month, day, back) in named for back in (0, 1)):
        # The lead names its day by weekday, and in this year the dateline day is neither that weekday nor the
        # day after it: the latest dated mention is an older event the text recalls (an "also read" line's, a
        # background paragraph's), and the year is another (session 23).
        return None, f"the lead's weekday does not fall on the dateline day in {year}"
    return year, f"dateline day and month after the latest dated mention ({latest[0]}-{latest[1]:02d})"


def year_of_weekday_date(month: int, day: int, weekday: int, text: str, lang: str = "hi") -> int | None:
    """The year in which ``day``/``month`` falls on ``weekday`` (``बुधवार, 25 मार्च``), among the years the text
    names outside a future clause and the years after them, not before the latest dated event. After a dated
    event the first such year, else the latest one the text names; None when no year fits (a weekday and a date
    alone repeat every few years, so without a year in the text there is no telling which)."""
    latest = latest_dated_event(text, lang)
    years = {int(m[1]) for m in regex.finditer(r"(?<![\d.,/-])((?:19|20)\d{2})(?![\d.,/-]?\d)", text)
             if not _in_future_clause(text, m.end(), lang)}
    fits = [y for y in {y for base in years for y in (base, base + 1)}
            if (latest is None or (y, month) >= latest) and _weekday_of(y, month, day, 0) == weekday]
    if not fits:
        return None
    return min(fits) if latest else max(fits, key=lambda y: (y in years, y))


def weekdays_named(text: str) -> set[int]:
    """The weekdays (0 = Monday) that ``text`` names, in any language's spelling."""
    return _weekdays_named(text)


def latest_dated_event(text: str, lang: str = "hi") -> tuple[int, int] | None:
    """``(year, month)`` of the latest event the text dates with a month and a year (``अक्टूबर 2024 से ...``);
    a mention in a future clause, a plan (``… से होने वाले थे``) or a deadline (``सितंबर 2020 तक``) is no event
    that happened. The article was written after it."""
    latest: tuple[int, int] | None = None
    for m in regex.finditer(rf"(?P<mon>{_month_alt()})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)", text, regex.I):
        if _in_future_clause(text, m.end(), lang, planned=True) or _until_follows(text, m.end(), lang):
            continue
        key = (int(m["y"]), _months()[m["mon"].casefold()])
        latest = max(latest, key) if latest else key
    return latest


def _until_follows(text: str, at: int, lang: str) -> bool:
    """``सितंबर 2020 तक``: a deadline, not a dated event."""
    words = load(lang, "timex").get("until_words", []) if lang in SUPPORTED else []
    after = text[at : at + 12].lstrip(" ,")
    return any(after.startswith(w) and not regex.match(r"[\p{L}\p{M}]", after[len(w) : len(w) + 1])
               for w in words)


def _weekday_names() -> dict[str, int]:
    return _numbered_names("weekdays")


@cache
def _weekday_pattern() -> regex.Pattern:
    alt = "|".join(regex.escape(n) for n in sorted(_weekday_names(), key=len, reverse=True)) or r"(?!x)x"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt})(?![\p{{L}}\p{{M}}])", regex.I)


def _weekdays_named(text: str) -> set[int]:
    return {_weekday_names()[m.group(0).casefold()] for m in _weekday_pattern().finditer(text)}


def _weekday_of(year: int, month: int, day: int, days_back: int) -> int | None:
    try:
        return (dt.date(year, month, day) - dt.timedelta(days=days_back)).weekday()
    except ValueError:
        return None


def _in_future_clause(text: str, at: int, lang: str, *, planned: bool = False) -> bool:
    """Whether the clause after ``at`` is future (or, with ``planned``, was to happen: no event that did)."""
    from khabar.analyse.timex import clause_is_future  # the timex grammar knows the future verb forms

    end = _CLAUSE_END.search(text, at)
    return clause_is_future(text[at: end.start() if end else len(text)], lang, planned=planned)


_CLAUSE_END = regex.compile(r"[।|.!?\n]")


@cache
def _agencies() -> list[tuple[str, str, regex.Pattern, bool]]:
    """``(latin name, name, pattern, credit_only)`` for every agency name in every language."""
    found: list[tuple[str, str, regex.Pattern, bool]] = []
    for data in load_all("agencies").values():
        for latin, spec in data.get("agencies", {}).items():
            credit_only = set(spec.get("credit_only", []))
            for name in [*spec.get("names", []), *credit_only]:
                if any("\u0900" <= ch <= "\u097f" for ch in name):
                    # Scraped Hindi text glues words together ("एएफपीविशेषज्ञों"): match at a word start only.
                    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}")
                else:
                    pattern = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}])")
                found.append((latin, name, pattern, name in credit_only))
    return found


_CREDIT_END = regex.compile(r"[।|:ः\n]")
_CREDIT_PAREN = regex.compile(r"\(([^()\n]{1,60})\)")


def find_agencies(text: str, credit_spans: list[Span]) -> list[str]:
    """Credited agencies, Latin names, in order of first mention. ``credit_spans`` are dateline/credit brackets."""
    hits: list[tuple[int, str]] = []
    for latin, name, pattern, credit_only in _agencies():
        # The pattern is the name itself between word edges: a name absent from the text (most of the sixty, in
        # most articles) needs no regex search, and ``in`` is one fast scan.
        if name not in text:
            continue
        places = credit_spans if credit_only else [Span(0, len(text), text)]
        for span in places:
            if m := pattern.search(text, span.start, span.end):
                hits.append((m.start(), latin))
                break
    ordered: list[str] = []
    for _, latin in sorted(hits):
        if latin not in ordered:
            ordered.append(latin)
    return ordered


@cache
def _day_words() -> dict[str, int]:
    """Days of the month written as words (``सात मार्च (भाषा)``: PTI-Bhasha datelines write them so)."""
    return {w: int(v) for v, ws in load("hi", "numbers").get("cardinals", {}).items()
            if v.isdigit() and 1 <= int(v) <= 31 for w in ws}


def _day(written: str) -> int:
    return int(written) if written.isdigit() else _day_words()[written]


@cache
def _dateline_pattern() -> regex.Pattern:
    month = _month_alt()
    words = "|".join(regex.escape(w) for w in sorted(_day_words(), key=len, reverse=True)) or r"(?!x)x"
    return regex.compile(
        rf"^\s*(?P<place>[\p{{L}}\p{{M}}][\p{{L}}\p{{M}} .]{{1,30}}?)\s*"
        rf"(?:\((?P<district>[\p{{L}}\p{{M}} ]{{2,30}})\)\s*)?,\s*"  # DERA BABA NANAK (Gurdaspur), Nov 9 -
        rf"(?:(?P<place2>[\p{{L}}\p{{M}} ]{{2,25}}?)\s*,\s*)?"
        rf"(?:(?P<d>\d{{1,2}}|(?:{words})(?=\s))\s*(?P<mon>{month})|(?P<mon2>{month})\.?\s*(?P<d2>\d{{1,2}}))"
        rf"(?:\s*,?\s*\d{{4}})?\s*(?:\((?P<agency>[^()\n]{{1,40}})\))?\s*(?:[।:\-–—|]|\s)",
        regex.I,
    )


_PLACE_LINE = regex.compile(
    r"^\s*(?P<place>[\p{L}\p{M}][\p{L}\p{M} ]{1,30}?)\s*(?:,\s*(?P<place2>[\p{L}\p{M} ]{2,30}?))?\s*$")
_EN_WIRE = regex.compile(  # MOSCOW (Reuters) -
    r"^\s*(?P<place>[A-Z][A-Za-z .'-]{1,30}?)\s*(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*\((?P<agency>[^()]{2,40})\)\s*[-–—:]")


_EN_CAPS = regex.compile(  # NEW DELHI: / SAN FRANCISCO — / LONDON, Ontario -
    r"^\s*(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})\s*(?:,\s*[A-Z][A-Za-z .]{1,30}?)?\s*[:–—-]\s+\S")


_EN_TITLE = regex.compile(  # Mumbai: / New Delhi: (Indian papers write the place in title case)
    r"^\s*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):[^\S\n]+\S")
# A dateline opens a body sentence; "Mumbai: Hoarding collapse kills 14" is a headline with a topic.
_MIN_BODY_WORDS = 12


def _body_sentence(line: str) -> bool:
    return len(line.split()) >= _MIN_BODY_WORDS and line.rstrip().endswith((".", "\"", "”", "’", "'"))


def _english_city(name: str, line: str) -> bool:
    """A town or city the offline lists know (a state or country before a colon is a topic: Kerala: …), or a
    name the lists lack that the sentence names again and that is no common word (Wayanad: … in Kerala's Wayanad
    district …)."""
    from khabar.analyse.english_names import _common_word, city_names

    if name in _not_dateline_words():
        return False
    if name.casefold() in city_names():
        return True
    again = regex.search(rf"(?<![\p{{L}}]){regex.escape(name)}(?![\p{{L}}])", line, pos=len(name) + 1)
    return again is not None and not any(_common_word(w) for w in name.split())


@cache
def _not_dateline_words() -> frozenset[str]:
    return frozenset(w for data in load_all("agencies").values() for w in data.get("not_dateline_words", []))


def _english_place(name: str) -> str | None:
    place = gazetteer.lookup_place(name)
    if place:
        return place.name
    if name.isascii() and name[:1].isupper():
        return name.title() if name.isupper() else name
    return None


def _could_be_place(name: str) -> bool:
    """A dateline's place is a name of at most three words, or one the gazetteer knows; a headline clause
    before a date (``सामने आई नई तारीख, 23 जुलाई 2021 से …``) is not."""
    return len(name.split()) <= MAX_PLACE_WORDS or gazetteer.lookup_place(name.strip()) is not None


MAX_PLACE_WORDS = 3


def dateline_day(line: str) -> tuple[int, int] | None:
    """``(month, day)`` of a line that opens with a dated dateline and a credit or stop (``मथुरा, तीन मई (भाषा) …``,
    ``पटना, 3 मई । …``), else None: in a compilation of wire copy each item opens so (timex: the item's
    relative dates are read from its day)."""
    m = _dateline_pattern().match(line)
    if m is None or not _could_be_place(m["place"]) or not (m["agency"] or m.group().rstrip()[-1:] in "।:-–—|"):
        return None  # inside a text a credit or a stop must follow: "इससे पहले, 8 मई को जारी रिपोर्ट" is a clause
    return _months()[(m["mon"] or m["mon2"]).casefold()], _day(m["d"] or m["d2"])


def find_dateline(text: str, lines: list[Span]) -> Dateline | None:
    """The dateline near the top of the body: ``सियोल, 3 सितंबर (राष्ट्र प्रेस)।``, ``मास्को, रूस``, ``SEOUL (Reuters) -``."""
    for line in lines[:8]:
        if (m := _dateline_pattern().match(line.text)) and _could_be_place(m["place"]) and (
                m["agency"] or m.group().rstrip()[-1:] in "।:-–—|" or gazetteer.lookup_place(m["place"].strip())):
            # a place no list knows needs a credit or a stop after its date: "इससे पहले, 8 मई को …" is a clause
            place = m["place"].strip()
            month = _months()[(m["mon"] or m["mon2"]).casefold()]
            day = _day(m["d"] or m["d2"])
            start = line.start + m.start("place")
            date_group = "d" if m["d"] else "mon2"
            date_end = m.end("mon") if m["d"] else m.end("d2")
            return Dateline(text=place, place=_english_place(place), start=start, end=start + len(place),
                            date_text=line.text[m.start(date_group):date_end], month=month, day=day)
        if m := _EN_WIRE.match(line.text):
            place = m["place"].strip()
            start = line.start + m.start("place")
            return Dateline(text=place, place=_english_place(place), start=start, end=start + len(place))
        if (m := _EN_CAPS.match(line.text)) and m["place"].strip() not in _not_dateline_words():
            place = m["place"].strip()  # NEW DELHI: …, WASHINGTON — …: a wire dateline without date or credit
            start = line.start + m.start("place")
            return Dateline(text=place, place=_english_place(place), start=start, end=start + len(place))
        if (m := _EN_TITLE.match(line.text)) and _body_sentence(line.text) and _english_city(m["place"], line.text):
            place = m["place"]  # Mumbai: At least 14 people were killed … (Indian papers' dateline)
            start = line.start + m.start("place")
            return Dateline(text=place, place=place, start=start, end=start + len(place))
        if len(line.text) <= 40 and (m := _PLACE_LINE.match(line.text)):
            place = m["place"].strip()
            found = gazetteer.lookup_place(place)
            if found and found.kind == "city" and (not m["place2"] or gazetteer.lookup_place(m["place2"])):
                start = line.start + m.start("place")
                return Dateline(text=place, place=found.name, start=start, end=start + len(place))
    for i, line in enumerate(lines[:DATELESS_LINES]):
        if dateline := _dateless_dateline(line, headline=i == 0):
            return dateline
    return None


# A dateline without a date opens one of the body's first lines (the headline is the first).
DATELESS_LINES = 4
_DATELESS = regex.compile(
    r"^[^\S\n]*(?P<head>[\p{L}\p{M}\u200c\u200d][\p{L}\p{M}\u200c\u200d .,/()\[\]]{1,70}?)[^\S\n]*"
    r"(?:(?P<sep>[।|:ः])(?=[^\S\n]|$)|$)")
_PAREN_CREDIT = regex.compile(
    r"^[^\S\n]*(?P<place>[\p{L}\p{M}\u200c\u200d][\p{L}\p{M}\u200c\u200d ]{1,30}?)[^\S\n]*"
    r"\((?P<credit>[^()\n]{1,30})\)[^\S\n]*[।:|]?[^\S\n]+\S")
_DATELESS_PART = regex.compile(r"[^,/()\[\]]+")
_BRACKETED = regex.compile(r"[(\[][^()\[\]]*[)\]]")


def _dateless_dateline(line: Span, *, headline: bool = False) -> Dateline | None:
    """``पटना : …``, ``चंडीगढ़, जेएनएन । …``, ``नीलू रंजन, नई दिल्ली । …``, ``राज्य ब्यूरो, कोलकाता ।``, ``जरवल
    (बहराइच) । …``, ``गाजियाबाद [आयुष गंगवार] । …``: a place with desk, wire or reporter credits, no date.

    The place is a name the gazetteers know, the only other parts (split at commas, slashes and brackets) being
    credits (``dateline_credits``, agencies) or a reporter's name of at most three words. Before a danda a lone
    name of one or two words is a place even when unknown (``बहराइच । …``); before a colon (a topic's mark as
    well: ``कर्नाटक: …``, ``जवाब : …``, and in a ``headline``, ``कोरोना: …``) only a known city below the
    headline is."""
    if (m := _PAREN_CREDIT.match(line.text)) and match_key(m["credit"].strip()) in _dateline_credits():
        place = m["place"].strip()  # नई दिल्ली (एजेंसी) देश में …: the bracket ends the dateline
        known, named = gazetteer.lookup_place(place), gazetteer.lookup_name(place)
        if known or (named and named[0] == "LOC"):
            start = line.start + m.start("place")
            return Dateline(text=place, place=known.name if known else named[1], start=start, end=start + len(place))
    m = _DATELESS.match(line.text)
    if not m:
        return None
    head, sep = m["head"], m["sep"]
    if sep is None and not regex.search(r"[,/]", head):
        return None  # a bare line is a place line (read above) or a headline
    parts = [(p.start(), p.group().strip()) for p in _DATELESS_PART.finditer(head) if p.group().strip()]
    if not parts or len(parts) > 3 or any(len(p.split()) > MAX_PLACE_WORDS for _, p in parts):
        return None
    credits = _dateline_credits()
    place_at, place, found, latin = None, None, None, None
    unknown = 0
    for at, part in parts:
        words = part.split()
        if match_key(part) in credits:
            continue
        if len(words) > 1 and match_key(words[-1]) in credits:  # अलीगढ़ जेएनएन
            part = " ".join(words[:-1])
        known = gazetteer.lookup_place(part)
        named = gazetteer.lookup_name(part)
        if (known or (named and named[0] == "LOC")) and place is None:
            place_at, place, found = at, part, known
            latin = known.name if known else named[1] if named else None
        else:
            unknown += 1
    if place is None:
        lone = len(parts) == 1 and not _BRACKETED.search(head)
        if not (sep == "।" and lone and len(parts[0][1].split()) <= 2):
            return None
        place_at, place = parts[0]
    elif sep in (":", "ः", "|") and len(parts) == 1 and (headline or not (found and found.kind == "city")):
        return None
    if unknown > 1:
        return None
    start = line.start + m.start("head") + place_at + (len(head[place_at:]) - len(head[place_at:].lstrip()))
    return Dateline(text=place, place=latin, start=start, end=start + len(place))


@cache
def _dateline_credits() -> frozenset[str]:
    words = set()
    for data in load_all("agencies").values():
        words |= {match_key(w) for w in data.get("dateline_credits", [])}
        for spec in data.get("agencies", {}).values():
            words |= {match_key(n) for n in [*spec.get("names", []), *spec.get("credit_only", [])]}
    return frozenset(words)


def dateline_credit(text: str, dateline: Dateline | None) -> list[Span]:
    """Brackets in which an agency credit is expected: right after the dateline, and any credit parenthetical."""
    spans = []
    if dateline is not None and dateline.month is None:  # नई दिल्ली, एजेंसियां । / अलीगढ़ जेएनएन: the line's credits
        line_start = text.rfind("\n", 0, dateline.start) + 1
        if sep := _CREDIT_END.search(text, dateline.start, min(len(text), line_start + 80)):
            spans.append(Span.of(text, line_start, sep.start()))
    for m in _CREDIT_PAREN.finditer(text):
        near_dateline = dateline is not None and 0 <= m.start() - dateline.end <= 40
        if near_dateline or m.start() < 400 or len(text) - m.end() < 200:
            spans.append(Span.of(text, m.start(1), m.end(1)))
    return spans


_BYLINE = regex.compile(r"^\s*(?:By|लेखक|रिपोर्ट|द्वारा|संवाददाता)\s*[:\-–]?\s*"
                        r"(?P<name>[\p{L}\p{M}][\p{L}\p{M} .]{2,40}?)\s*$",
                        regex.M)


def find_author(text: str, lines: list[Span], *, given: str | None) -> str | None:
    if given:
        return given.strip()
    for line in lines[:6]:
        if m := _BYLINE.match(line.text):
            return m["name"].strip()
    for line in lines[-3:]:
        if name := bio_author(line.text):
            return name
    return None
