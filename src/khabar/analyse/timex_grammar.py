"""The timex grammar: one set of patterns for every language, its words read from ``lang/<lang>/dates.json``
(months, weekdays) and ``lang/<lang>/timex.json`` (relative frames, parts of day, time zones).

``read_all(text, lang)`` returns what the patterns find, each either with an absolute ISO value or with a
``relative`` dict that ``khabar.analyse.timex_resolve.resolve_relative`` turns into one given an anchor date.
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from khabar.analyse.numbers import digits_value, parse_number
from khabar.lang import SUPPORTED, load
from khabar.text.keys import has_devanagari, match_key

_B = r"(?<![\p{L}\p{M}\p{N}])"
_E = r"(?![\p{L}\p{M}\p{N}])"
_D = "[0-9\u0966-\u096f]"
_S = r"[^\S\n]"  # whitespace that does not cross a line
_SP = r"[^\S\n\t]"  # nor a table cell (`30 मार्च<TAB>1215`: a date and a count)



def key(text: str) -> str:
    return match_key(text)


_NUKTA_FORMS = {"\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
                "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f"}


def spelling_pattern(word: str) -> str:
    """A regex for ``word`` as outlets type it: a nukta letter precomposed, decomposed or without its nukta
    (ड़, ड़, ड), a joiner after a virama (अगस्‍त), any run of spaces between words."""
    out = []
    chars = list(word)
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _NUKTA_FORMS:
            out.append(f"(?:{ch}|{_NUKTA_FORMS[ch]}\u093c?)")
        elif i + 1 < len(chars) and chars[i + 1] == "\u093c":
            pre = next((k for k, v in _NUKTA_FORMS.items() if v == ch), None)
            out.append(f"(?:{pre}|{ch}\u093c?)" if pre else regex.escape(ch) + "\u093c?")
            i += 1
        elif ch == "\u094d":
            out.append("\u094d[\u200c\u200d]?")
        elif ch.isspace():
            out.append(_S + "+")
            while i + 1 < len(chars) and chars[i + 1].isspace():
                i += 1
        else:
            out.append(regex.escape(ch))
        i += 1
    return "".join(out)


def _first_letters(words: Iterable[str]) -> str | None:
    """The first letters of ``words`` (ASCII words only, whose spelling patterns begin with their first letter as
    written), else None: for a class that fails fast where ``_alt(words, True)`` cannot begin. The engine cannot
    tell that of an alternation that ignores case, and tries every word at every position of a Hindi text."""
    firsts = {w.strip()[0] for w in words if w.strip()}
    if not firsts or not all(c.isascii() and c.isalnum() for c in firsts):
        return None
    return "".join(sorted(firsts))


def _alt(words: Iterable[str], ignore_case: bool = False) -> str:
    """A regex alternation of ``words`` (longest first) in their usual spelling variants. Words of one length in
    their own order, not a set's: the same pattern text in every process, so the compiled patterns kept on disk
    (``_compiled_patterns``, keyed by the text) are found; with a set's order, which changes with the string hash
    seed, most were not, and each process compiled them again."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"
    body = "(?:" + "|".join(spelling_pattern(w) for w in unique) + ")"
    return f"(?i:{body})" if ignore_case else body


@dataclass(frozen=True, slots=True)
class Need:
    """Words every match of a pattern that reads a date holds: ``regex`` (the fragment compiled alone), searched
    once per text; ``keys``: for each word list the fragment cannot match without, a literal piece of each word
    (every spelling of the word holds it). A text that holds no key of one list cannot match, and is not
    searched (``keys`` is empty for a fragment without such lists, or with words that ignore case)."""

    fragment: str
    regex: Any
    keys: tuple[frozenset[str], ...] = ()
    # For each list of ``keys``: every word's literal pieces (``_literal_pieces``). A match holds one word whole,
    # so all of that word's pieces: a text where no word of a list has them all cannot match either. Why: the
    # longest piece alone is often a common word (दिवस, महिला, गुरु), and the need's alternation then scanned the
    # whole text in vain (the festival need passed 189 of 300 covid5 articles and was held in 24).
    word_pieces: tuple[tuple[frozenset[str], ...], ...] = ()


class _BodyFirst(str):
    """A pattern's ``start`` that is not put in front of it as a lookahead: the body begins with the same words
    and the engine finds them faster there (a lookahead of word alternations, or of case-ignoring ones, is tried
    in full at every position). Measured per pattern on covid5 (session 11): the festival, fiscal, day-word,
    month-first, ``ago`` and weekday patterns ran 10-60 % faster without their lookahead; those that start with a
    digit ran 2-7 times faster with it."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One date pattern: ``regex`` is ``body`` behind a lookahead for what its matches start with (the body alone
    when the start is a ``_BodyFirst``); ``needs`` are the words that every match it can read a date from holds."""

    name: str
    regex: Any
    needs: tuple[Need, ...]
    body: str


def _literal_piece(word: str) -> str | None:
    """The longest part of ``word`` that ``spelling_pattern`` matches literally (no nukta letter, no joiner
    after a virama, no space inside): every spelling of the word that the pattern matches holds it."""
    return max(_pieces(word), key=len) or None


def _literal_pieces(word: str) -> frozenset[str]:
    """Every part of ``word`` that ``spelling_pattern`` matches literally, of two characters or more (a single
    letter filters nothing): every spelling of the word that the pattern matches holds each of them."""
    return frozenset(p for p in _pieces(word) if len(p) >= 2)


def _pieces(word: str) -> list[str]:
    """``word`` cut where ``spelling_pattern`` allows more than one spelling (the runs between may be empty)."""
    pieces, run = [], ""
    chars = list(word.strip())
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _NUKTA_FORMS or ch.isspace() or ch == "\u093c" or (i + 1 < len(chars) and chars[i + 1] == "\u093c"):
            pieces.append(run)
            run = ""
            i += 2 if i + 1 < len(chars) and chars[i + 1] == "\u093c" else 1
            continue
        run += ch
        if ch == "\u094d":  # a joiner may follow a virama
            pieces.append(run)
            run = ""
        i += 1
    pieces.append(run)
    return pieces


def _need(fragment: str, *word_lists: Iterable[str] | None) -> Need:
    """``fragment`` as a need; ``word_lists``: the word lists whose alternations it cannot match without, each
    list's words exactly as ``_alt`` got them (None for a list that ignores case: it filters nothing; an empty
    list's alternation matches nothing, and neither does the need)."""
    keys = []
    word_pieces = []
    for words in word_lists:
        if words is None:
            continue
        pieces = {_literal_piece(w) for w in words if w.strip()}
        if None in pieces:
            continue  # a word without a literal part: this list filters nothing
        keys.append(frozenset(pieces))
        word_pieces.append(tuple(dict.fromkeys(_literal_pieces(w) for w in words if w.strip())))
    return Need(fragment, _needed(fragment), tuple(keys), tuple(word_pieces))


def _uncaptured(fragment: str) -> str:
    """``fragment`` with its named groups made non-capturing (a lookahead must not set the pattern's groups)."""
    return regex.sub(r"\(\?P<\w+>", "(?:", fragment)


@cache
def _needed(fragment: str) -> Any:
    return LazyPattern(_uncaptured(fragment))


class LazyPattern:
    """A pattern compiled when first searched. Why: ``regex`` compiles a large alternation slowly (the two
    grammars took 0.35 s per process), and a process meets few of them: on Hindi news most English patterns,
    and the Hindi ones whose words no text holds, are never run (``Need``). Same pattern, same matches."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: regex.Pattern | None = None

    @property
    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = _compiled_patterns().get(self.pattern) or regex.compile(self.pattern)
        return self._compiled

    def search(self, text: str) -> regex.Match | None:
        return self.compiled.search(text)

    def finditer(self, text: str) -> Iterable[regex.Match]:
        return self.compiled.finditer(text)


@cache
def _compiled_patterns() -> dict[str, regex.Pattern]:
    """Every lazy pattern of every grammar, compiled, read from the disk cache (``khabar.disk_cache``, keyed by the
    analysis fingerprint and the installed ``regex``): a pickled ``regex`` pattern is read back as its compiled code,
    the same pattern, so a process reads the 112 patterns in 5 ms where compiling the ones Hindi news needs cost it
    0.17 s. With the cache turned off nothing is compiled ahead: each pattern when first searched, as before."""
    from khabar import disk_cache

    if disk_cache.cache_dir() is None:
        return {}
    return disk_cache.cached("timex_patterns", _compile_all)


def _compile_all() -> dict[str, regex.Pattern]:
    out: dict[str, regex.Pattern] = {}
    for lang in SUPPORTED:
        for p in grammar(lang).patterns:
            for lazy in (p.regex, *(n.regex for n in p.needs)):
                if lazy.pattern not in out:
                    out[lazy.pattern] = regex.compile(lazy.pattern)
    return out


@dataclass(frozen=True, slots=True)
class Grammar:
    lang: str
    months: dict[str, int]
    full_months: frozenset[str]
    vague_units: frozenset[str]
    weekdays: dict[str, int]
    modifiers: dict[str, str]
    units: dict[str, str]
    parts: dict[str, str]
    pods: dict[str, str]
    deictic: dict[str, int]
    future_flips: frozenset[str]
    zones: dict[str, str]
    year_followers: frozenset[str]
    frame_words: frozenset[str]
    future_endings: tuple[str, ...]
    future_words: tuple[str, ...]
    day_first: bool
    not_future: frozenset[str]  # nouns with a future verb's ending: रोगी, योगी, सहयोगी
    patterns: tuple[Pattern, ...]
    festivals: dict[str, str] = field(default_factory=dict)  # key of a festival's name -> its name in `holidays`
    seasons: dict[str, str] = field(default_factory=dict)  # key of a season word -> TimeML code (SU, WI …)
    decade_words: dict[str, int] = field(default_factory=dict)  # साठ -> 60
    previous_refs: frozenset[str] = frozenset()  # इससे, उसके: a count measured from the day named last
    same_not_after: regex.Pattern | None = None  # जिस दिन … उस दिन
    of_event: regex.Pattern | None = None  # छूट के दूसरे दिन: the n-th day of an event, not the day after a date
    fiscal_quarters: dict[str, int] = field(default_factory=dict)  # third, तीसरी -> 3
    fiscal_start: int = 4  # the month a fiscal year starts in (India: April)
    observances: dict[str, dict[str, int]] = field(default_factory=dict)  # name -> {month, day}/{month, nth, weekday}


def _invert(mapping: dict[str, list[str]], convert: Callable[[str], Any] = str) -> dict[str, Any]:
    return {key(w): convert(v) for v, words in mapping.items() for w in words}


def _all_zones() -> dict[str, str]:
    zones: dict[str, str] = {}
    for code in SUPPORTED:
        for offset, names in load(code, "timex").get("zones", {}).items():
            for name in names:
                zones.setdefault(name, offset)
    return zones


@cache
def grammar(lang: str) -> Grammar:
    """The compiled timex grammar for ``lang`` (its words from lang data)."""
    dates = load(lang, "dates")
    data = load(lang, "timex")
    numbers = load(lang, "numbers")
    ci = lang != "hi"  # English words match in any case; month, weekday and zone names do not
    month_words = [w for ws in dates.get("months", {}).values() for w in ws]
    weekday_words = [w for ws in dates.get("weekdays", {}).values() for w in ws]
    zones = _all_zones()
    mods = data.get("modifiers", {})
    units = data.get("units", {})
    parts_after = data.get("parts_after", {})
    parts_before = data.get("parts_before", {})
    pods = data.get("parts_of_day", {})
    deictic = data.get("deictic_days", {})
    count_words = [w for ws in numbers.get("cardinals", {}).values() for w in ws]
    count_words += numbers.get("articles", [])

    # A full stop belongs to an abbreviated month (Sept.), never to a full name ending a sentence (June.).
    MONTH = rf"(?P<month>{_alt(month_words)})(?![\p{{L}}\p{{M}}])\.?"
    WEEKDAY = _alt(weekday_words)
    WD = rf"(?:(?P<wd>{WEEKDAY}){_E}{_S}*,?{_S}*)?"
    DAY = rf"(?P<day>[0-3]?{_D})(?:st|nd|rd|th)?(?:{_S}+(?i:of))?"
    YEAR = rf"(?P<year>[12\u0967\u0968]{_D}{{3}})"
    ZONE = rf"(?P<zone>{_alt(zones)}){_E}"
    # 18:04, and 6.04 pm as Indian papers write it (a dot only before am/pm or a zone: 5.8 per cent is no time)
    AMPM = rf"(?i:[ap]\.{_S}?m\.?|[ap]m)(?![\p{{L}}\p{{M}}])"  # pm. ending a sentence keeps its full stop
    TIME = (rf"(?P<hh>[0-2]?{_D})(?::(?P<mm>[0-5]{_D})(?::[0-5]{_D})?|\.(?P<mm>[0-5]{_D})(?={_S}*(?:{AMPM}|{ZONE})))"
            rf"(?:{_S}*(?P<ampm>{AMPM}))?(?:{_S}*\(?{ZONE}\)?)?")
    AT_TIME = rf"(?:(?:{_S}*,{_S}*|{_S}+)(?:(?i:at){_S}+)?{TIME})?"
    MOD = rf"(?P<mod>{_alt([w for ws in mods.values() for w in ws], ci)})"
    UNIT = rf"(?P<unit>{_alt([w for ws in units.values() for w in ws], ci)})"
    POD = rf"(?P<pod>{_alt([w for ws in pods.values() for w in ws], ci)})"
    POD_LINK = _alt(data.get("part_of_day_links", []))
    PART_AFTER = rf"(?P<part>{_alt([w for ws in parts_after.values() for w in ws], ci)})"
    PART_BEFORE = rf"(?P<partb>{_alt([w for ws in parts_before.values() for w in ws], ci)})"
    MONTH_LINK = _alt(data.get("month_link", []))
    NUM = rf"(?P<num>{_D}+|{_alt(count_words, ci)})"
    AGO = rf"(?P<ago>{_alt(data.get('ago', []), ci)})"
    CUE = rf"(?P<cue>{_alt(data.get('year_cues', []), ci)})"
    cue_first = _first_letters(data.get("year_cues", [])) if ci else None
    DEICTIC = rf"(?P<deictic>{_alt([w for ws in deictic.values() for w in ws], ci)})"
    LAST_NIGHT = rf"(?P<lastnight>{_alt(data.get('last_night', []), ci)})"
    RANGE_LINK = _alt(data.get("range_links", []), ci)
    MONTH_NOT_AFTER = _alt(data.get("month_alone_not_after", []), ci)
    # the month names that are nouns too (मार्च, a march): only they are no month after those words
    MONTH_NOUNS = _alt(data["month_nouns"]) if "month_nouns" in data else _alt(month_words)
    MONTH_AFTER = _alt(data.get("month_alone_after", []))
    MONTH_LIST_LINK = _alt([w for w in data.get("coordination_words", []) if w != ","] or ["और"])
    MONTH_BEFORE = _alt(data.get("month_alone_before", []), ci)
    DECADE_AFTER = _alt(data.get("decade_after", []), ci)

    # observances (Mother's Day, महिला दिवस): days named like festivals, their dates by rule (`observances`)
    observances = data.get("observances", {})
    festivals = {**data.get("festivals", {}), **{name: rule["words"] for name, rule in observances.items()}}
    FEST = rf"(?P<fest>{_alt([w for ws in festivals.values() for w in ws])})"
    FEST_LINK = _alt(data.get("festival_links", []))
    seasons = data.get("seasons", {})
    SEASON = rf"(?P<season>{_alt([w for ws in seasons.values() for w in ws])})"
    YEAR_UNITS = _alt(units.get("year", []))
    ORD_CUES = data.get("ordinal_day_cues", {})
    RUNNING = _alt(ORD_CUES.get("running", []))
    NEXT_DAY = rf"(?P<nextday>{_alt(ORD_CUES.get('next', []))})"
    SAME_DAY = _alt(ORD_CUES.get("same", []))
    DAY_UNIT = _alt(units.get("day", [])[:1])
    # दूसरे ही दिन, उसी ही दिन: an emphatic particle between the cue and the day changes nothing
    DAY_PARTICLE = rf"(?:{_alt(ORD_CUES['particles'])}{_S}+)?" if ORD_CUES.get("particles") else ""
    DEC_WORDS = rf"(?P<tens>[1-9]0|{_alt([w for ws in data.get('decade_numbers', {}).values() for w in ws])})"
    # पांच मार्च, सात अप्रैल: a day of the month written as a word
    day_words = [w for v, ws in numbers.get("cardinals", {}).items() if v.isdigit() and 1 <= int(v) <= 31
                 for w in ws] if lang == "hi" else []
    DAY_WORDS = _alt(day_words)
    # Each pattern is declared with what every match of it starts with (``start``: a lookahead that lets the
    # regex engine skip the positions no match can begin at) and the words it cannot read a date without
    # (``needs``: the pattern is not run over a text that holds none of one of them). Both are the pattern's own
    # fragments, so a match is the same match with them as without (tests/test_speed_equivalence.py).
    DIGIT = _D
    Y1 = "[12\u0967\u0968]"  # what YEAR starts with
    # What a year's match starts with. In English, where the cues ignore case, one class of their first letters
    # and the year's first digits instead (one class: the engine skips the other positions fast).
    YEAR_START = f"{CUE}|{Y1}" if cue_first is None else f"(?i:[{cue_first}{Y1[1:-1]}])"
    MONTH_WORD = _alt(month_words)
    ZONE_WORD = _alt(zones)
    # The word lists a need cannot match without, for its literal prefilter (``Need.keys``); a list that
    # ignores case (English frames) filters nothing.
    mod_words = None if ci else [w for ws in mods.values() for w in ws]
    unit_words = None if ci else [w for ws in units.values() for w in ws]
    ago_words = None if ci else data.get("ago", [])
    fest_words = [w for ws in festivals.values() for w in ws]
    season_words = [w for ws in seasons.values() for w in ws]
    deictic_words = None if ci else [w for ws in deictic.values() for w in ws]
    last_night_words = None if ci else data.get("last_night", [])
    MONTH_THEN_DIGIT = _need(rf"{MONTH_WORD}\.?{_S}*,?{_S}*{_D}", month_words)  # Sept. 3, March 2020
    # पांच सितंबर: the month, found faster than the day
    DAY_WORD_MONTH = _need(rf"(?<={DAY_WORDS}{_S}+){MONTH_WORD}", day_words, month_words)
    MONTH_NEED = _need(MONTH_WORD, month_words)
    fest_patterns: list[tuple[str, str, tuple[str, ...], str]] = [
        ("festival", _BodyFirst(f"{Y1}|{MOD}|{FEST}"), (_need(FEST, fest_words),),
         rf"{_B}(?:{YEAR}{_S}+(?:{FEST_LINK}){_S}+|{MOD}{_S}+(?:(?P<fyear>{YEAR_UNITS}){_S}+(?:(?:{FEST_LINK})"
         rf"{_S}+)?)?)?{FEST}{_E}"),  # पिछले साल की होली, पिछले साल दिवाली
        ("season", _BodyFirst(f"{Y1}|{MOD}"), (_need(SEASON, season_words),),
         rf"{_B}(?:{YEAR}{_S}+(?:{FEST_LINK}){_S}+|{MOD}{_S}+(?:(?:{YEAR_UNITS}){_S}+(?:{FEST_LINK})"
         rf"{_S}+)?){SEASON}{_E}"),
        ("running_day", RUNNING, (RUNNING, DAY_UNIT),
         rf"{_B}(?:{RUNNING}){_S}+(?:[\p{{L}}\p{{M}}]+|{_D}+[\p{{L}}\p{{M}}]*){_S}+(?:{DAY_UNIT}){_E}"),
        ("next_day", NEXT_DAY, (NEXT_DAY, DAY_UNIT),
         rf"(?<!(?:हर|प्रत्येक){_S}+){_B}{NEXT_DAY}{_S}+{DAY_PARTICLE}(?:{DAY_UNIT}){_E}"),
        ("same_day", SAME_DAY, (SAME_DAY, DAY_UNIT),
         rf"{_B}(?:{SAME_DAY}){_S}+{DAY_PARTICLE}(?:{DAY_UNIT}){_E}"),
        ("decade_tens", DEC_WORDS, (DECADE_AFTER,), rf"{_B}{DEC_WORDS}{_S}*(?:{DECADE_AFTER}){_E}"),
    ] if festivals or seasons else []

    # fiscal years and quarters (India's fiscal year starts in April: `fiscal.start_month`): FY25, 2024-25 after
    # a fiscal word, the third quarter of FY25, Q3, the December quarter, वित्त वर्ष 2020-21 की पहली तिमाही
    fiscal = data.get("fiscal", {})
    fy_before = fiscal.get("year_before", [])
    FY_BEFORE, FY_AFTER = _alt(fy_before, ci), _alt(fiscal.get("year_after", []), ci)
    FY_LINK, QWORD = _alt(fiscal.get("links", [])), _alt(fiscal.get("quarter", []), ci)
    QORD = _alt([w for ws in fiscal.get("quarter_ordinals", {}).values() for w in ws], ci)
    FY_SPAN = rf"[12]{_D}{{3}}{_S}?[-–/]{_S}?(?:[12]{_D}{{3}}|{_D}{{2}})(?!{_D})"
    FY_SHORT = rf"(?i:FY){_S}?(?:'?{_D}{{2}}(?:[-–]{_D}{{2}})?|[12]{_D}{{3}})(?![{_D}\-–/])"
    FY_EXPR = (rf"(?:{FY_SHORT}|(?:{FY_BEFORE}){_S}*(?:{FY_SPAN}|[12]{_D}{{3}}(?![{_D}\-–/]))"
               rf"|{FY_SPAN}{_S}+(?:(?:{FY_LINK}){_S}+)?(?:{FY_AFTER}))")
    FY_ANY = rf"(?:{FY_EXPR}|{_uncaptured(MOD)}{_S}+(?:{FY_BEFORE}))"
    QUARTER = rf"(?:(?-i:Q)[1-4]|(?:{QORD}){_S}+(?:{QWORD}))"
    CAL_YEAR = rf"[12]{_D}{{3}}(?![{_D}\-–/])"  # 2020 की पहली तिमाही, the first quarter of 2020: the calendar's
    # "the third quarter" alone may be a match's: only where the quarter word is the year's (तिमाही)
    # Q3 alone only before a word of results or after a preposition (`Q3 results`, `in Q3`): `Audi Q3` is a car
    Q_ALONE = (rf"(?:(?-i:Q)[1-4](?={_S}+(?:{_alt(fiscal.get('q_alone_after', []), ci)}){_E})"
               rf"|(?<={_B}(?:{_alt(fiscal.get('q_alone_before', []), ci)}){_S}+)(?-i:Q)[1-4])")
    QUARTER_ALONE = rf"(?:{Q_ALONE}|(?:{QORD}){_S}+(?:{QWORD}))" if fiscal.get("ordinal_alone", True) else Q_ALONE
    fiscal_patterns: list[tuple[str, str, tuple[str, ...], str]] = [
        ("fiscal_year", _BodyFirst(f"{FY_BEFORE}|{DIGIT}|{MOD}|(?i:FY)"),
         (_need(rf"(?:{FY_BEFORE}|{FY_AFTER})", None if ci else [*fy_before, *fiscal.get("year_after", [])]),),
         rf"{_B}(?:{MOD}{_S}+(?:{FY_BEFORE})|{FY_EXPR}){_E}"),
        ("fiscal_quarter", _BodyFirst(f"Q|{QORD}|{FY_BEFORE}|{DIGIT}|{MOD}|(?i:FY)"),
         (_need(rf"(?:{QWORD}|(?-i:Q)[1-4])", None if ci else [*fiscal.get("quarter", []), "Q1", "Q2", "Q3", "Q4"]),),
         rf"{_B}(?:(?:{QUARTER}){_S}*(?:(?:(?i:of|in){_S}+)?(?:(?i:the){_S}+)?)(?:{FY_ANY}|{FY_SPAN}|{CAL_YEAR})"
         rf"|{QUARTER_ALONE}|(?:{FY_ANY}|{CAL_YEAR}){_S}+(?:{FY_LINK}){_S}+{QUARTER}){_E}"),
        ("month_quarter", MONTH_WORD, (MONTH_NEED, _need(QWORD)), rf"{_B}{MONTH}{_S}+(?:{QWORD}){_E}"),
    ] if fiscal else []

    patterns: list[tuple[str, str, tuple[str, ...], str]] = [
        *fest_patterns,
        *fiscal_patterns,
        ("dmy", f"{WEEKDAY}|{DIGIT}", (MONTH_NEED, DIGIT),
         rf"{_B}{WD}{DAY}{_S}*{MONTH}{_SP}*,?{_SP}*{YEAR}{_E}{AT_TIME}"),
        ("dmy", _BodyFirst(f"{WEEKDAY}|{DAY_WORDS}"), (DAY_WORD_MONTH, DIGIT),
         rf"{_B}{WD}(?P<day>{DAY_WORDS}){_S}+{MONTH}{_SP}*,?{_SP}*{YEAR}{_E}"),  # पांच सितंबर 2021
        ("mdy", _BodyFirst(f"{WEEKDAY}|{MONTH_WORD}"), (MONTH_THEN_DIGIT,),
         rf"{_B}{WD}{MONTH}{_S}*{DAY}{_S}*,{_S}*{YEAR}{_E}{AT_TIME}"),
        ("mdy", _BodyFirst(f"{WEEKDAY}|{MONTH_WORD}"), (MONTH_THEN_DIGIT,),
         rf"{_B}{WD}{MONTH}{_S}+{DAY}{_S}+{YEAR}{_E}{AT_TIME}"),
        ("numeric", DIGIT, (DIGIT,),
         rf"{_B}(?P<a>[0-3]?{_D})(?P<sep>[/.\-])(?P<b>[0-3]?{_D})(?P=sep){YEAR}{_E}(?![/.\-]{_D})"),
        ("iso", Y1, (DIGIT,),
         rf"{_B}{YEAR}-(?P<m>[01]{_D})-(?P<d>[0-3]{_D})(?:T(?P<hh>[0-2]{_D}):(?P<mm>[0-5]{_D})"
         rf"(?::[0-5]{_D}(?:\.{_D}+)?)?(?P<off>Z|[+\-][01]{_D}:?[0-5]{_D})?)?{_E}"),
        ("month_year", MONTH_WORD, (MONTH_THEN_DIGIT,), rf"{_B}{MONTH}{_SP}*,?{_SP}*{YEAR}{_E}"),
        ("day_month", f"{WEEKDAY}|{DIGIT}", (MONTH_NEED, DIGIT),
         rf"{_B}{WD}{DAY}{_S}*{MONTH}(?!{_SP}*,?{_SP}*{_D}){AT_TIME}"),
        ("day_month", _BodyFirst(f"{WEEKDAY}|{DAY_WORDS}"), (DAY_WORD_MONTH,),
         rf"{_B}{WD}(?P<day>{DAY_WORDS}){_S}+{MONTH}(?!{_S}*,?{_S}*{_D})"
         rf"(?={_S}*(?:[,।.;(]|$|(?:{MONTH_AFTER}|{WEEKDAY}){_E}))"),  # दो मार्च निकाले: two marches; छह मई बुधवार
        ("range_start", DIGIT, (MONTH_NEED, RANGE_LINK),
         rf"{_B}(?P<day>[0-3]?{_D}){_S}*(?:{RANGE_LINK}){_S}*"
         rf"(?=[0-3]?{_D}{_S}*{MONTH}(?:{_S}*,?{_S}*{YEAR}{_E})?)"),
        ("month_day", _BodyFirst(f"{WEEKDAY}|{MONTH_WORD}"), (MONTH_THEN_DIGIT,),
         rf"{_B}{WD}{MONTH}{_SP}*(?P<day>[0-3]?{_D})(?:st|nd|rd|th)?{_E}(?!{_S}*,?{_S}*{_D}){AT_TIME}"),
        ("year", YEAR_START, (DIGIT,), rf"(?:{_B}{CUE}{_S}+)?{_B}{YEAR}{_E}(?![.,:/\-]{_D})"),
        ("decade", Y1, (DECADE_AFTER,), rf"{_B}{YEAR}{_S}*(?:{DECADE_AFTER}){_E}"),
        ("decade", "[12]", (DIGIT,), rf"{_B}(?P<year>[12]\d{{2}}0)'?s{_E}"),
        ("rel_unit", f"{PART_BEFORE}|{MOD}", (_need(rf"{MOD}{_S}+{UNIT}", mod_words, unit_words),),
         rf"{_B}(?:{PART_BEFORE}{_S}+)?{MOD}{_S}+{UNIT}"
         rf"(?:{_S}+(?:{MONTH_LINK}{_S}+)?(?:(?P<day>[0-3]?{_D}){_S}*)?{MONTH})?(?:{_S}+{PART_AFTER})?{_E}"),
        ("month_rel_year", _BodyFirst(MONTH_WORD), (_need(rf"{MONTH_WORD}\.?{_S}+{MOD}", month_words, mod_words),
                                          _need(UNIT, unit_words)), rf"{_B}{MONTH}{_S}+{MOD}{_S}+{UNIT}{_E}"),
        ("rel_month", MOD, (_need(rf"{MOD}{_S}+{MONTH_WORD}", mod_words, month_words),), rf"{_B}{MOD}{_S}+{MONTH}{_E}"),
        ("month_alone", MONTH_WORD, (MONTH_NEED, MONTH_AFTER),
         # जनवरी, फरवरी में: a month listed before others takes the postposition after the list
         rf"(?!(?<={_B}{MONTH_NOT_AFTER}{_S}+)(?:{MONTH_NOUNS}){_E}){_B}{MONTH}"
         rf"(?=(?:{_S}*(?:,|{_S}{MONTH_LIST_LINK}{_E}){_S}*{MONTH_WORD}{_E})*{_S}+{MONTH_AFTER}{_E})"),
        ("month_alone", _BodyFirst(MONTH_WORD), (MONTH_NEED, MONTH_BEFORE),
         rf"(?<={_B}{MONTH_BEFORE}{_S}+){MONTH}(?!{_S}*,?{_S}*{_D})"),
        ("rel_weekday", MOD, (_need(rf"{MOD}{_S}+{WEEKDAY}", mod_words, weekday_words),),
         rf"{_B}{MOD}{_S}+(?P<wd>{WEEKDAY}){_E}"),
        ("ago", _BodyFirst(NUM), (_need(rf"{UNIT}{_S}+{AGO}", unit_words, ago_words),),
         rf"{_B}{NUM}{_S}+{UNIT}{_S}+{AGO}{_E}"),
        ("weekday", _BodyFirst(WEEKDAY), (_need(WEEKDAY, weekday_words),),
         rf"{_B}(?P<wd>{WEEKDAY}){_E}(?:{_S}+(?:{POD_LINK}{_S}+)?{POD}{_E})?{AT_TIME}"),
        ("last_night", LAST_NIGHT, (_need(LAST_NIGHT, last_night_words),), rf"{_B}{LAST_NIGHT}{_E}"),
        ("deictic", DEICTIC, (_need(DEICTIC, deictic_words),),
         rf"{_B}{DEICTIC}{_E}(?:{_S}+(?:{POD_LINK}{_S}+)?{POD}{_E})?"),
        # a time before its day: "at 6.04 pm on Wednesday"
        ("weekday", DIGIT, (_need(WEEKDAY, weekday_words),),
         rf"{_B}{TIME}{_S}+(?i:on){_S}+(?P<wd>{WEEKDAY}){_E}"),
        # a time is read only with its zone
        ("time", DIGIT, (DIGIT, _need(ZONE_WORD, list(zones))), rf"{_B}{TIME}"),
    ]
    compiled = tuple(Pattern(name, LazyPattern(body if isinstance(start, _BodyFirst) else
                                               f"(?={_uncaptured(start)}){body}"),
                             tuple(n if isinstance(n, Need) else _need(n) for n in needs), body)
                     for name, start, needs, body in patterns)
    order = str(data.get("numeric_date_order", "DMY")).upper()
    return Grammar(
        lang=lang,
        months=_invert(dates.get("months", {}), int),
        vague_units=frozenset(key(w) for w in data.get("vague_units", [])),
        full_months=frozenset(key(ws[0]) for ws in dates.get("months", {}).values() if ws),
        weekdays=_invert(dates.get("weekdays", {}), int),
        modifiers=_invert(mods),
        units=_invert(units),
        parts=_invert({**parts_after, **parts_before}),
        pods=_invert(pods),
        deictic=_invert(deictic, int),
        future_flips=frozenset(key(w) for w in data.get("future_flips", [])),
        zones={key(z): off for z, off in zones.items()},
        year_followers=frozenset(key(w) for w in data.get("year_followers", [])),
        frame_words=frozenset(key(w) for w in data.get("frame_words", [])),
        future_endings=tuple(data.get("future_endings", [])),
        future_words=tuple(key(w) for w in data.get("future_words", [])),
        not_future=frozenset(data.get("not_future_words", [])),
        day_first=order.startswith("D"),
        patterns=compiled,
        festivals=_invert(festivals),
        observances={name: {k: v for k, v in rule.items() if k != "words"} for name, rule in observances.items()},
        seasons=_invert(seasons),
        decade_words=_invert(data.get("decade_numbers", {}), int),
        previous_refs=frozenset(key(w) for w in data.get("previous_refs", [])),
        same_not_after=regex.compile(_alt(ORD_CUES["same_not_after"])) if ORD_CUES.get("same_not_after") else None,
        of_event=regex.compile(rf"(?:{_alt(ORD_CUES['of_event']['after'])})[^\S\n]+"
                               rf"(?:{_alt(ORD_CUES['of_event']['cues'])})") if ORD_CUES.get("of_event") else None,
        fiscal_quarters=_invert(fiscal.get("quarter_ordinals", {}), int),
        fiscal_start=int(fiscal.get("start_month", 4)),
    )


# -- reading one match --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Found:
    start: int
    end: int
    value: str | None
    granularity: str | None
    relative: dict[str, Any] | None = None


_DIGIT_FIRST = regex.compile(_D)
_ASCII_LETTER = regex.compile(r"[A-Za-z]")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _int(s: str) -> int:
    if _DIGIT_FIRST.match(s):
        return int(digits_value(s))
    return int(parse_number(s, "hi") or 0)  # पांच मार्च: a day written as a word


def valid_date(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] if 1 <= y <= 9999 else False


def _time_suffix(m: regex.Match, g: Grammar) -> str | None:
    """``T15:23+05:30`` from the match's time groups, or None when it has none (or an impossible one)."""
    if not m.groupdict().get("hh"):
        return None
    hh, mm = _int(m.group("hh")), _int(m.group("mm"))
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hh < 12:
        hh += 12
    elif ampm == "am" and hh == 12:
        hh = 0
    if hh > 23 or mm > 59:
        return None
    zone = m.groupdict().get("zone")
    offset = g.zones.get(key(zone), "") if zone else ""
    return f"T{hh:02d}:{mm:02d}{offset}"


def _month(m: regex.Match, g: Grammar) -> int | None:
    name = m.group("month")
    if g.lang != "hi" and not name[:1].isupper():  # "may" the verb, "march" the noun
        return None
    return g.months.get(key(name))


_FY_SPAN = regex.compile(r"(?<!\d)([12]\d{3})\s?[-–/]\s?(\d{4}|\d{2})(?!\d)")
_FY_SHORT = regex.compile(r"(?i:FY)\s?'?(?:\d{2}[-–])?(\d{2}|[12]\d{3})(?![\d\-–/])")
_FY_YEAR = regex.compile(r"(?<![\d\-–/])([12]\d{3})(?![\d\-–/])")
_FISCAL_WORD = regex.compile(r"(?i:FY|fiscal|financial|वित्त|वित्तीय|एफवाई)")
_Q_SHORT = regex.compile(r"(?<![\p{L}\p{N}])Q([1-4])(?![\p{N}])")


def _fiscal(m: regex.Match, g: Grammar, quarter: bool) -> Found | None:
    """A fiscal year (``FY2025``: India's April 2024 to March 2025, named by the year it ends, as TimeML names
    fiscal years) or one of its quarters (``FY2025-Q3``); with a modifier or without a year, relative
    (``{"kind": "fiscal_year", "n": -1}``, ``{"kind": "fiscal_quarter", "quarter": 3}``)."""
    s = m.group()
    fy = None
    calendar_year = None
    if quarter and not _FISCAL_WORD.search(s) and not _FY_SPAN.search(s) and (year := _FY_YEAR.search(s)):
        calendar_year = int(year.group(1))  # no fiscal word: a year's quarter (2020 की पहली तिमाही)
    elif span := _FY_SPAN.search(s):
        first, second = int(span.group(1)), int(span.group(2))
        if second != first + 1 and second != (first + 1) % 100:
            return None  # 2019-22 is no fiscal year
        fy = first + 1
    elif short := _FY_SHORT.search(s):
        fy = int(short.group(1)) if len(short.group(1)) == 4 else 2000 + int(short.group(1))
    elif year := _FY_YEAR.search(s):
        fy = int(year.group(1))
    if fy is not None and not 1950 <= fy <= 2100:
        return None
    q = None
    if quarter:
        if qs := _Q_SHORT.search(s):
            q = int(qs.group(1))
        else:
            q = next((n for w, n in g.fiscal_quarters.items() if regex.search(rf"{_B}{regex.escape(w)}{_E}", key(s))),
                     None)
        if q is None:
            return None
    granularity = "quarter" if quarter else "fiscal_year"
    if calendar_year is not None:
        return Found(m.start(), m.end(), f"{calendar_year:04d}-Q{q}", granularity) if 1800 <= calendar_year <= 2100 \
            else None
    if fy is not None:
        return Found(m.start(), m.end(), f"FY{fy:04d}" + (f"-Q{q}" if q else ""), granularity)
    words = key(s)
    mod = next((g.modifiers[w] for w in g.modifiers if regex.search(rf"{_B}{regex.escape(w)}{_E}", words)), None)
    rel: dict[str, Any] = {"kind": "fiscal_quarter" if quarter else "fiscal_year", "granularity": granularity,
                           "start_month": g.fiscal_start}
    if mod is not None:
        rel["n"] = {"this": 0, "last": -1, "next": 1}[mod]
    elif not quarter:
        return None  # "fiscal" alone is no year
    if q:
        rel["quarter"] = q
    return Found(m.start(), m.end(), None, granularity, rel)


def _read(name: str, m: regex.Match, g: Grammar, text: str) -> Found | None:
    """What one pattern match means, or None when it is not a date after all."""
    found = _meaning(name, m, g, text)
    # A full stop belongs to an abbreviated month (Sept.), not to a full name that ends a sentence (June.).
    if found is not None and m.groupdict().get("month") and m.end("month") == found.end - 1 \
            and text[found.end - 1] == "." and key(m.group("month")) in g.full_months:
        found.end -= 1
    return found


def _meaning(name: str, m: regex.Match, g: Grammar, text: str) -> Found | None:
    start, end = m.start(), m.end()
    gd = m.groupdict()
    if name in ("dmy", "mdy"):
        month = _month(m, g)
        y, d = _int(m.group("year")), _int(m.group("day"))
        if month is None or not valid_date(y, month, d) or not 1500 <= y <= 2100:  # 30 मार्च 1215: a count
            return None
        value = f"{y:04d}-{month:02d}-{d:02d}"
        suffix = _time_suffix(m, g)
        return Found(start, end, value + (suffix or ""), "minute" if suffix else "day")
    if name == "numeric":
        a, b, y = _int(m.group("a")), _int(m.group("b")), _int(m.group("year"))
        d, month = (a, b) if g.day_first else (b, a)
        if not valid_date(y, month, d):
            d, month = month, d  # 12/31/2025 in a day-first source is still month-first
            if not valid_date(y, month, d):
                return None
        return Found(start, end, f"{y:04d}-{month:02d}-{d:02d}", "day")
    if name == "iso":
        y, month, d = _int(m.group("year")), _int(m.group("m")), _int(m.group("d"))
        if not valid_date(y, month, d):
            return None
        value = f"{y:04d}-{month:02d}-{d:02d}"
        if gd.get("hh"):
            off = gd.get("off") or ""
            off = "+00:00" if off == "Z" else (off[:3] + ":" + off[-2:] if off else "")
            return Found(start, end, f"{value}T{m.group('hh')}:{m.group('mm')}{off}", "minute")
        return Found(start, end, value, "day")
    if name == "month_year":
        month = _month(m, g)
        y = _int(m.group("year"))
        if month is None or not 1500 <= y <= 2100:
            return None
        return Found(start, end, f"{y:04d}-{month:02d}", "month")
    if name in ("day_month", "month_day"):
        month = _month(m, g)
        d = _int(m.group("day"))
        if month is None or not valid_date(2024, month, d):  # 2024: a leap year allows 29 February
            return None
        rel = {"kind": "date_no_year", "month": month, "day": d, "granularity": "day"}
        suffix = _time_suffix(m, g)
        if suffix:
            rel["time"] = suffix
        return Found(start, end, None, "day", rel)
    if name == "range_start":
        month = _month(m, g)
        d = _int(m.group("day"))
        if month is None or not valid_date(2024, month, d):
            return None
        end = m.end("day")
        if gd.get("year"):
            y = _int(m.group("year"))
            return Found(start, end, f"{y:04d}-{month:02d}-{d:02d}", "day") if valid_date(y, month, d) else None
        return Found(start, end, None, "day", {"kind": "date_no_year", "month": month, "day": d,
                                               "granularity": "day"})
    if name == "year":
        y = _int(m.group("year"))
        if not 1800 <= y <= 2100 or not _plausible_year(m, g, text):
            return None
        return Found(m.start("year"), m.end("year"), f"{y:04d}", "year")
    if name in ("fiscal_year", "fiscal_quarter"):
        return _fiscal(m, g, name == "fiscal_quarter")
    if name == "month_quarter":
        month = _month(m, g)
        if month is None:
            return None
        return Found(start, end, None, "quarter", {"kind": "month_no_year", "month": month, "quarter": True,
                                                    "granularity": "quarter"})
    if name == "decade":
        y = _int(m.group("year"))
        if y % 10 or not 1000 <= y <= 2990:
            return None
        return Found(start, end, f"{y // 10:03d}", "decade")
    if name in ("rel_unit", "month_rel_year"):
        if key(m.group("unit")) in g.vague_units:
            return None
        unit = g.units.get(key(m.group("unit")))
        mod = g.modifiers.get(key(m.group("mod")))
        if unit is None or mod is None:
            return None
        rel: dict[str, Any] = {"kind": "offset", "unit": unit, "n": {"this": 0, "last": -1, "next": 1}[mod],
                               "granularity": unit}
        if gd.get("month"):
            month = _month(m, g)
            if month is None or unit != "year":
                return None
            rel["month"], rel["granularity"] = month, "month"
            if gd.get("day"):  # पिछले साल 31 जुलाई: one expression
                d = _int(m.group("day"))
                if not valid_date(2024, month, d):
                    return None
                rel["day"], rel["granularity"] = d, "day"
        part = gd.get("part") or gd.get("partb")
        if part:
            rel["part"] = g.parts.get(key(part))
        return Found(start, end, None, rel["granularity"], rel)
    if name == "month_alone":
        month = _month(m, g)
        if month is None:
            return None
        return Found(start, end, None, "month", {"kind": "month_no_year", "month": month, "granularity": "month"})
    if name == "rel_month":
        month = _month(m, g)
        mod = g.modifiers.get(key(m.group("mod")))
        if month is None or mod is None:
            return None
        return Found(start, end, None, "month", {"kind": "month_no_year", "month": month, "modifier": mod,
                                                  "granularity": "month"})
    if name == "rel_weekday":
        wd = g.weekdays.get(key(m.group("wd")))
        mod = g.modifiers.get(key(m.group("mod")))
        if wd is None or mod is None or (g.lang != "hi" and not m.group("wd")[:1].isupper()):
            return None
        return Found(start, end, None, "day", {"kind": "weekday", "weekday": wd, "modifier": mod,
                                                "granularity": "day"})
    if name == "ago":
        unit = g.units.get(key(m.group("unit")))
        count = _count(m.group("num"), g.lang)
        if unit is None or count is None:
            return None
        if unit == "day" and _previous_ref(text, m.start(), g):  # इससे एक दिन पहले: before the day named last
            return Found(start, end, None, "day", {"kind": "after_previous", "days": -count, "granularity": "day"})
        if not _free_count(text, m.start(), g):
            return None
        rel = {"kind": "offset", "unit": unit, "n": -count, "granularity": unit}
        return Found(start, end, None, unit, rel)
    if name == "weekday":
        wd = g.weekdays.get(key(m.group("wd")))
        if wd is None or (g.lang != "hi" and not m.group("wd")[:1].isupper()):
            return None
        rel = {"kind": "weekday", "weekday": wd, "granularity": "day"}
        if gd.get("pod"):
            rel["part_of_day"] = g.pods.get(key(m.group("pod")))
        suffix = _time_suffix(m, g)
        if suffix:
            rel["time"] = suffix
        return Found(start, end, None, "day", rel)
    if name == "last_night":
        return Found(start, end, None, "day", {"kind": "day_offset", "days": -1, "part_of_day": "night",
                                                "granularity": "day"})
    if name == "deictic":
        word = key(m.group("deictic"))
        days = g.deictic.get(word)
        if days is None or _in_compound(text, start, end):
            return None
        rel = {"kind": "day_offset", "days": days, "granularity": "day"}
        if word in g.future_flips:
            rel["flips_in_future"] = True
        if gd.get("pod"):
            rel["part_of_day"] = g.pods.get(key(m.group("pod")))
        return Found(start, end, None, "day", rel)
    if name in ("festival", "season"):
        which = g.festivals.get(key(m.group("fest"))) if name == "festival" else g.seasons.get(key(m.group("season")))
        if which is None:
            return None
        rel = {"kind": name, "name": which, "granularity": "day" if name == "festival" else "season"}
        if name == "festival" and which in g.observances:
            rel["rule"] = g.observances[which]
        if gd.get("year"):
            rel["year"] = _int(m.group("year"))
        elif gd.get("mod"):
            mod = g.modifiers.get(key(m.group("mod")))
            if mod is None:
                return None
            if gd.get("fyear"):  # पिछले साल की होली: the festival of last year, not the latest one
                rel["year_offset"] = {"last": -1, "next": 1}.get(mod, 0)
            else:
                rel["modifier"] = mod
        elif name == "season":
            return None
        if "year" in rel:
            from khabar.analyse.timex_resolve import resolve_relative  # absolute: no anchor needed

            return Found(start, end, resolve_relative(rel, None), rel["granularity"], rel)
        return Found(start, end, None, rel["granularity"], rel)
    if name == "running_day":
        return Found(start, end, None, "day", {"kind": "day_offset", "days": 0, "granularity": "day"})
    if name == "next_day":
        if g.of_event and g.of_event.search(text, max(0, start - 8), end):
            return Found(start, end, None, "day", {"kind": "of_event", "granularity": "day"})  # no date to count from
        return Found(start, end, None, "day", {"kind": "after_previous", "days": 1, "granularity": "day"})
    if name == "same_day":  # इस दिन, उसी दिन: the day the text named last
        if g.same_not_after and g.same_not_after.search(text, max(0, start - SAME_DAY_REACH), start):
            return None  # जिस दिन खबर आई … उस दिन: the day of a relative clause, not a dated one
        return Found(start, end, None, "day", {"kind": "after_previous", "days": 0, "granularity": "day"})
    if name == "decade_tens":
        tens = m.group("tens")
        n = int(tens) if tens.isdigit() else g.decade_words.get(key(tens))
        if n is None:
            return None
        return Found(start, end, f"19{n // 10}", "decade")
    if name == "time":
        if not gd.get("zone"):  # a bare 10:30 is too often a score or a ratio
            return None
        suffix = _time_suffix(m, g)
        if suffix is None:
            return None
        return Found(start, end, None, "minute", {"kind": "time", "time": suffix, "granularity": "minute"})
    return None


def _count(word: str, lang: str) -> int | None:
    if key(word) in ("a", "an"):
        return 1
    value = parse_number(word, lang)
    return int(value) if value is not None and float(value).is_integer() and value > 0 else None


def _in_compound(text: str, start: int, end: int) -> bool:
    """True when the word is glued to another by a hyphen (कल-कारखाने)."""
    return (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] == "-")


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[^\S\n]*$")
_NEXT_TOKEN = regex.compile(r"[^\S\n]*([\p{L}\p{M}\u200c\u200d]+|\S)?")


def _free_count(text: str, start: int, g: Grammar) -> bool:
    """False for "X के 24 साल बाद"-like frames: the count is measured from another event, not the anchor."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return not (before and (key(before.group(1)) in g.frame_words or key(before.group(1)) in g.previous_refs))


SAME_DAY_REACH = 150  # characters before इस दिन searched for जिस दिन: about a sentence


def _previous_ref(text: str, start: int, g: Grammar) -> bool:
    """``इससे एक दिन पहले``, ``उसके दो दिन पहले``: the count is measured from the day the text named last."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and key(before.group(1)) in g.previous_refs


def _plausible_year(m: regex.Match, g: Grammar, text: str) -> bool:
    """A bare four-digit number is a year unless it counts something (2000 सैनिक, about 2000, $2000).

    Hindi writes a postposition or conjunction after a year (2019 में, 1961, 2000 और 2001): a bare number
    followed by any other Hindi word is a count. English puts years before nouns (the 2024 treaty)."""
    start = m.start("year")
    if start > 0 and text[start - 1] in "$₹€£¥#\t":  # \t: a count in a table cell
        return False
    if start > 1 and text[start - 1] == "-" and _ASCII_LETTER.match(text[start - 2]):
        return False  # COVID-2019: part of a name
    if m.group("cue"):
        return True
    after = key(text[m.end() : m.end() + 30])
    if any(after.lstrip().startswith(p) for p in _count_phrases()):
        return False  # 2000 के पार, 2000 के आंकड़े से अधिक: a count
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and key(before.group(1)) in _count_words()[1]:
        return False
    next_match = _NEXT_TOKEN.match(text, m.end())
    nxt = next_match.group(1)
    if nxt is None or not _LETTER.match(nxt):
        return nxt != "%"
    units, _, followers = _count_words()
    k = key(nxt)
    if k in units:
        return False
    if k in followers:
        return True
    if not has_devanagari(nxt):
        return True
    if nxt.endswith(_count_endings()):
        return False  # 1932 गांवों में: an oblique plural after the number is what it counts
    then = _NEXT_TOKEN.match(text, next_match.end()).group(1)
    if then and (key(then) in units or then.endswith(_count_endings())):
        return False  # 1975 पॉजिटिव केस, 1229 नये मामलों: an adjective, then what the number counts
    # An unknown Hindi word after the number: 2024 लोकसभा चुनाव is a year, 2000 कर्मचारी a round count.
    return int(digits_value(m.group("year"))) % 50 != 0


@cache
def _count_endings() -> tuple[str, ...]:
    return tuple(e for code in SUPPORTED for e in load(code, "timex").get("count_endings_after", []))


@cache
def _count_phrases() -> tuple[str, ...]:
    """Words after a number that make it a count even after a year's postposition (``के पार``)."""
    return tuple(key(p) for code in SUPPORTED for p in load(code, "timex").get("count_phrases_after", []))


@cache
def _count_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words of every language that mark a count: (units, qualifiers before a number, year followers)."""
    units: set[str] = set()
    qualifiers: set[str] = set()
    followers: set[str] = set()
    for code in SUPPORTED:
        data = load(code, "quantities")
        units.update(key(w) for ws in data.get("units", {}).values() for w in ws)
        # The last word of a qualifier stands right before the number; function words (the "to" of "up to")
        # say nothing alone.
        function_words = {key(w) for w in data.get("not_units", [])}
        lasts = {key(w.split()[-1]) for ws in data.get("qualifiers_before", {}).values() for w in ws}
        qualifiers.update(lasts - function_words)
        followers.update(key(w) for w in load(code, "timex").get("year_followers", []))
    return frozenset(units), frozenset(qualifiers), frozenset(followers)


def _select(found: list[Found]) -> list[Found]:
    """Longest first, then leftmost; no two overlap."""
    chosen: list[Found] = []
    starts: list[int] = []  # of chosen, which never overlap: sorted by start is sorted by end too
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        i = bisect.bisect_right(starts, f.start)
        if (i == 0 or chosen[i - 1].end <= f.start) and (i == len(chosen) or f.end <= chosen[i].start):
            chosen.insert(i, f)
            starts.insert(i, f.start)
    return chosen


def read_all(text: str, langs: Iterable[str]) -> list[Found]:
    """Every date expression the grammars of ``langs`` find in ``text``: longest reading kept, text order."""
    out = []
    present: dict[str, bool] = {}  # a need's fragment -> whether the text holds it
    matches: dict[str, list[regex.Match]] = {}  # the same pattern in two grammars (numeric, iso, time) runs once
    for lang in langs:
        g = grammar(lang)
        keys = _keys_in(text, lang)
        for p in g.patterns:
            if not all(_holds(text, n, keys, present) for n in p.needs):
                continue
            found = matches.get(p.body)
            if found is None:
                found = matches[p.body] = list(p.regex.finditer(text))
            for m in found:
                f = _read(p.name, m, g, text)
                if f is not None:
                    out.append(f)
    return _select(out)


def _holds(text: str, need: Need, keys: set[str], present: dict[str, bool]) -> bool:
    held = present.get(need.fragment)
    if held is None:
        # No literal piece of one of its word lists in the text: no match, without the search.
        held = present[need.fragment] = (all(not k.isdisjoint(keys) for k in need.keys)
                                         and all(any(p <= keys for p in words) for words in need.word_pieces)
                                         and need.regex.search(text) is not None)
    return held


@cache
def _keys_automaton(lang: str) -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    needs = [n for p in grammar(lang).patterns for n in p.needs]
    for key in {k for n in needs for ks in n.keys for k in ks} | {k for n in needs for ws in n.word_pieces
                                                                   for w in ws for k in w}:
        automaton.add_word(key, key)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _keys_in(text: str, lang: str) -> set[str]:
    """The needs' literal pieces (``Need.keys``) of ``lang``'s grammar that occur in ``text``: one pass."""
    automaton = _keys_automaton(lang)
    return {key for _, key in automaton.iter(text)} if len(automaton) else set()
