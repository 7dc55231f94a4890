"""Quantities: a number, what it counts and how it is qualified (``लगभग 13,000 सैनिक``, ``दो दर्जन से अधिक
राष्ट्रीय नेताओं``, ``more than two dozen leaders``). Ordinals (``80वीं वर्षगांठ``) are kept and marked.

Years and dates are timexes, not quantities: numbers inside a timex are skipped. The words (units, qualifiers,
words that cannot be a unit) are data in ``lang/<lang>/quantities.json``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache

import regex

from khabar.analyse.numbers import NumberMatch, find_numbers, is_phone_number, parse_number
from khabar.analyse.timex import find_timexes
from khabar.analyse.timex_grammar import spelling_pattern
from khabar.lang import load
from khabar.model import Analysis, Quantity, Span
from khabar.text.keys import match_key
from khabar.text.spans import Intervals

_S = r"[^\S\n]"
_WORD = regex.compile(r"[^\S\n]*([\p{L}\p{M}\u200c\u200d]+(?:-[\p{L}\p{M}\u200c\u200d]+)*|%|[₹$€£]|\S)")


def _alt(words: list[str]) -> str:
    unique = sorted(set(words), key=len, reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(spelling_pattern(w) for w in unique) + ")"


@dataclass(frozen=True, slots=True)
class _Data:
    units: dict[str, tuple[str, list[str]]]  # key -> (canonical, spellings)
    measure: frozenset[str]
    not_units: frozenset[str]
    lone_one: frozenset[str]
    skip: int
    oblique: dict[str, list[str]]  # oblique plural ending -> endings of the direct forms to try
    fallback_suffixes: tuple[str, ...]
    fallback_not_suffixes: tuple[str, ...]  # class, coronavirus, crisis: singulars that end in s
    not_counted: frozenset[str]  # may stand between a number and its noun, never the counted thing
    before: regex.Pattern
    before_names: dict[str, str]
    after: regex.Pattern
    after_names: dict[str, str]
    prefix: regex.Pattern
    identifier_before: regex.Pattern
    clock_after: regex.Pattern
    vague: dict[str, float]  # key of a vague plural (हजारों) -> its scale
    vague_pattern: regex.Pattern
    vague_link: regex.Pattern | None  # hundreds of people: the word between a vague plural and its noun
    multiword_units: regex.Pattern  # per cent, percentage points: units of two words or more
    range_pattern: regex.Pattern
    range_link: regex.Pattern  # what joins the two ends of a range written (partly) in words: "two to three"
    range_not_after: regex.Pattern  # "rose from one to two": a change, no range
    scales: frozenset[str]  # सौ, हजार, लाख: a range before one is the number reader's (1 से 2 लाख)
    percent: dict[str, float]  # canonical unit -> its value in per cent (basis points: 0.01)
    other_words: frozenset[str]  # दूसरा: 'other' after other_before (कोई दूसरा व्यक्ति)
    other_before: frozenset[str]


@cache
def _data(lang: str) -> _Data:
    d = load(lang, "quantities")
    units: dict[str, tuple[str, list[str]]] = {}
    for canonical, spellings in d.get("units", {}).items():
        for s in spellings:
            units.setdefault(match_key(s) or s, (canonical, spellings))
    before = d.get("qualifiers_before", {})
    after = d.get("qualifiers_after", {})
    flags = regex.IGNORECASE if lang != "hi" else 0
    return _Data(
        units=units,
        measure=frozenset(d.get("measure_units", [])),
        not_units=frozenset(match_key(w) for w in d.get("not_units", [])),
        lone_one=frozenset(match_key(w) for w in d.get("lone_one", [])),
        skip=int(d.get("skip_before_unit", 2)),
        oblique=_oblique_endings(d.get("oblique_plural", [])),
        fallback_suffixes=tuple(d.get("unit_fallback_suffixes", [])),
        fallback_not_suffixes=tuple(d.get("unit_fallback_not_suffixes", [])),
        not_counted=frozenset(match_key(w) for w in d.get("not_counted", [])),
        before=regex.compile(r"(?<![\p{L}\p{M}])(?P<q>" + _alt([w for ws in before.values() for w in ws])
                             + r")[^\S\n]*$", flags),
        before_names={match_key(w): name for name, ws in before.items() for w in ws},
        after=regex.compile(r"[^\S\n]*(?P<q>" + _alt([w for ws in after.values() for w in ws])
                            + r")(?![\p{L}\p{M}])", flags),
        after_names={match_key(w): name for name, ws in after.items() for w in ws},
        prefix=regex.compile("(?P<p>" + _alt(d.get("prefix_units", [])) + r")[^\S\n]*$"),
        identifier_before=regex.compile(r"(?:(?<![\p{L}\p{M}])" + _alt(d.get("not_quantity_before", []))
                                        + r"|(?<![\p{L}\p{M}])(?-i:[A-Z]{1,4}))[^\S\n]*-?[^\S\n]*$", flags),
        clock_after=regex.compile(r"[^\S\n]*" + _alt(d.get("not_quantity_after", [])) + r"(?![\p{L}\p{M}])", flags),
        vague={match_key(w): float(v) for w, v in d.get("vague_plurals", {}).items()},
        vague_pattern=regex.compile(r"(?<![\p{L}\p{M}])" + _alt(list(d.get("vague_plurals", {})))
                                    + r"(?![\p{L}\p{M}])", flags),
        vague_link=regex.compile(r"[^\S\n]+" + _alt(d["vague_link"]) + r"(?![\p{L}\p{M}])", flags)
        if d.get("vague_link") else None,
        multiword_units=regex.compile(r"[^\S\n]*(?P<u>" + _alt([w for ws in d.get("units", {}).values() for w in ws
                                                               if " " in w]) + r")(?![\p{L}\p{M}])", flags),
        range_pattern=regex.compile(r"(?<![\p{L}\p{M}\p{N}.,])(?P<a>\d{1,3}(?:\.\d{1,2})?)[^\S\n]*(?:"
                                    + ("|".join(regex.escape(x) for x in d.get("range_links", [])) or r"(?!x)x")
                                    + r")(?![\p{L}\p{M}])[^\S\n]*(?P<b>\d{1,3}(?:\.\d{1,2})?)(?![\p{N}.,:/\-])"),
        range_link=regex.compile(r"[^\S\n]*(?:" + ("|".join(regex.escape(x) for x in d.get("range_links", []))
                                                   or r"(?!x)x") + r")[^\S\n]*", flags),
        range_not_after=regex.compile(r"(?<![\p{L}\p{M}])(?:" + (_alt(d.get("range_not_after", [])) or r"(?!x)x")
                                      + r")[^\S\n]*$", flags),
        scales=frozenset(match_key(w) for ws in load(lang, "numbers").get("scales", {}).values() for w in ws),
        other_words=frozenset(match_key(w) for w in d.get("other_words", {}).get("words", [])),
        other_before=frozenset(match_key(w) for w in d.get("other_words", {}).get("before", [])),
        percent={unit: float(scale) for unit, scale in d.get("percent_units", {}).items()},
    )


def percent_value(quantity: Quantity, lang: str) -> float:
    """The quantity's value, in per cent when its unit is a fraction of a per cent (``percent_units``: 25 basis
    points is 0.25), else as written: what compares a rate move across reports (and languages) that write it in
    different units. The quantity itself keeps the value its text gives."""
    data = _data(lang)
    known = data.units.get(_unit_key(quantity.unit)) if quantity.unit else None
    if known is None or known[0] not in data.percent:
        return quantity.value
    return round(quantity.value * data.percent[known[0]], 6)


def _oblique_endings(data: list[str] | dict[str, list[str]]) -> dict[str, list[str]]:
    """``{ending: [direct-form endings]}``, longest ending first; a plain list means "drop the ending"."""
    table = {e: [""] for e in data} if isinstance(data, list) else dict(data)
    return dict(sorted(table.items(), key=lambda item: -len(item[0])))


@cache
def _frequencies(lang: str) -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(lang)


def _direct_form(stem: str, endings: list[str], lang: str) -> str:
    """The direct form of an oblique plural: of ``stem + ending`` for each ending, the one the language uses
    most (जिलों -> जिला, सैनिकों -> सैनिक, अधिकारियों -> अधिकारी); the bare stem when none is a known word."""
    freq = _frequencies(lang)
    candidates = [stem + e for e in endings]
    best = max(candidates, key=lambda w: freq.get(w, 0.0))
    return best if freq.get(best) else stem + endings[0]


def _unit_key(word: str) -> str:
    return match_key(word) or word


def _unit_name(word: str, data: _Data, lang: str) -> str:
    """The counted thing as written, an oblique plural brought back to a form the unit list knows
    (नेताओं -> नेता, सैनिकों -> सैनिक, घंटों -> घंटे)."""
    known = data.units.get(_unit_key(word))
    for ending, direct in data.oblique.items():
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            if known:
                return stem if stem in known[1] else known[0]
            return _direct_form(stem, direct, lang)
    if lang != "hi":
        return word.lower() if not word.isupper() else word
    return word


def _overlaps(a: int, b: int, spans: list) -> bool:
    """Whether ``a..b`` overlaps one of a few spans (one region's approximate quantities)."""
    return any(s.start < b and a < s.end for s in spans)


def find_quantities(text: str, analysis: Analysis) -> list[Quantity]:
    """Quantities in the article body (boilerplate excluded), in text order."""
    lang = analysis.lang if analysis.lang in ("hi", "en") else "en"
    data = _data(lang)
    timexes = analysis.timexes or find_timexes(text, analysis)
    regions = analysis.body_sentences() or [Span(0, len(text), text)]
    out: list[Quantity] = []
    dated, names = Intervals.of(timexes), Intervals.of(analysis.mentions)
    for region in regions:
        numbers = list(find_numbers(text, lang, region.start, region.end))
        approximate = _approximate(text, region, data, lang, names, dated)
        approximate += _word_ranges(text, region, numbers, approximate, data, lang, names, dated)
        out.extend(approximate)
        for num in numbers:
            if dated.overlaps(num.start, num.end) or _overlaps(num.start, num.end, approximate):
                continue
            q = _quantity(text, num, region, data, lang, names)
            if q is not None:
                out.append(q)
    out.sort(key=lambda q: q.start)
    for i, q in enumerate(out):
        q.article_id = analysis.article_id
        q.id = f"{analysis.article_id}:n{i}" if analysis.article_id else f"n{i}"
    return out


def _approximate(text: str, region: Span, data: _Data, lang: str, names: Intervals,
                 dated: Intervals) -> list[Quantity]:
    """Vague plurals (``हजारों मजदूर``: more than 1000) and ranges (``5-6 लोग``: at least 5) with what they count;
    ``dated``: the article's dates (built once per article, not per sentence)."""
    out: list[Quantity] = []
    for m in data.vague_pattern.finditer(text, region.start, region.end):
        after = m.end()
        if data.vague_link is not None:  # hundreds of people; "test scores" is no quantity
            link = data.vague_link.match(text, after, region.end)
            if link is None:
                continue
            after = link.end()
            nxt = _WORD.match(text, after, region.end)
            if nxt is None or _unit_key(nxt.group(1)) in data.not_units:
                continue  # the test scores of the students: a determiner after "of" counts nothing
        nxt = _WORD.match(text, after, region.end)  # the counted noun follows at once: हजारों मजदूर
        found = (nxt.group(1), nxt.end()) if nxt and _LETTER.match(nxt.group(1)) and \
            _unit_key(nxt.group(1)) not in data.not_units else None
        unit, end = (_unit_name(found[0], data, lang), found[1]) if found else (None, m.end())
        out.append(Quantity(m.start(), end, text[m.start():end], data.vague[match_key(m.group().casefold())],
                            unit, "more than"))
    for m in data.range_pattern.finditer(text, region.start, region.end):
        low, high = float(m.group("a")), float(m.group("b"))
        if not low < high or dated.overlaps(m.start(), m.end()) or \
                data.identifier_before.search(text, max(region.start, m.start() - 20), m.start()) or \
                data.clock_after.match(text, m.end(), region.end):
            continue  # 2019-20, 24-7, धारा 3-4 and 10 से 12 बजे are no ranges
        scaled = _scale_after(text, m.end(), region.end, data, lang)
        if scaled is not None:  # 10 से 12 हजार लोग: at least 10,000
            low, high, range_end = low * scaled[0], high * scaled[0], scaled[1]
        else:
            range_end = m.end()
        found = _unit_after(text, range_end, region.end, data, names)
        if found is None:
            continue  # a bare 10-12 may be a score or a date
        unit = _unit_name(found[0], data, lang)
        out.append(Quantity(m.start(), found[1], text[m.start():found[1]], low, unit, "at least"))
    return out


def _word_ranges(text: str, region: Span, numbers: list[NumberMatch], found: list[Quantity], data: _Data,
                 lang: str, names: Intervals, dated: Intervals) -> list[Quantity]:
    """Ranges with an end written in words (``two to three people``, ``five to 10 times``, ``दो से तीन दिन``,
    ``पांच-छह लोग``): at least the first, as for digit ranges."""
    out: list[Quantity] = []
    pairs = list(itertools.pairwise(numbers))
    for m in _HYPHEN_WORDS.finditer(text, region.start, region.end):  # पांच-छह: one token to the number reader
        low, high = parse_number(m.group(1), lang), parse_number(m.group(2), lang)
        if low is not None and high is not None:
            pairs.append((NumberMatch(m.start(1), m.end(1), m.group(1), low, words=True),
                          NumberMatch(m.start(2), m.end(2), m.group(2), high, words=True)))
    for a, b in pairs:
        if not (a.words or b.words) or a.ordinal or b.ordinal or not a.value < b.value or \
                data.range_link.fullmatch(text, a.end, b.start) is None or dated.overlaps(a.start, b.end) or \
                _overlaps(a.start, b.end, found) or _overlaps(a.start, b.end, out) or \
                data.range_not_after.search(text, max(region.start, a.start - 20), a.start) or \
                data.identifier_before.search(text, max(region.start, a.start - 20), a.start) or \
                data.clock_after.match(text, b.end, region.end):
            continue
        low, high, b_end = a.value, b.value, b.end
        scale_in_b = next((w for w in b.text.split()[1:] if _unit_key(w) in data.scales), None)
        if scale_in_b is not None:  # दस से बारह हजार लोग: the scale of the upper end is the lower end's too
            factor = parse_number(scale_in_b, lang)
            if factor is None or any(_unit_key(w) in data.scales for w in a.text.split()[1:]):
                continue
            low = a.value * factor
        elif (scaled := _scale_after(text, b.end, region.end, data, lang)) is not None:  # पांच-छह हजार लोग
            low, high, b_end = a.value * scaled[0], b.value * scaled[0], scaled[1]
        if not low < high:
            continue
        unit_found = _unit_after(text, b_end, region.end, data, names)
        if unit_found is None:
            continue  # a bare "one to two" may be a score or a time
        unit = _unit_name(unit_found[0], data, lang)
        out.append(Quantity(a.start, unit_found[1], text[a.start:unit_found[1]], low, unit, "at least"))
    return out


def add_quantities(text: str, analysis: Analysis) -> None:
    """Pipeline step (after ``add_timexes``): set ``analysis.quantities``."""
    analysis.quantities = find_quantities(text, analysis)


def _quantity(text: str, num: NumberMatch, region: Span, data: _Data, lang: str,
              names: Intervals | list | None = None) -> Quantity | None:
    start, end = num.start, num.end
    if data.identifier_before.search(text, max(region.start, start - 20), start) or \
            data.clock_after.match(text, end, region.end) or is_phone_number(text, start, end, lang):
        return None  # धारा 370, Flight 302, 4 बजे, हेल्पलाइन 1075: numbers that count nothing
    if (clock := data.range_pattern.match(text, start, region.end)) and data.clock_after.match(text, clock.end(),
                                                                                               region.end):
        return None  # 10 से 12 बजे: a span of clock time
    if text[end : end + 1] in (".", ")", "-", "\t") and not text[text.rfind("\n", 0, start) + 1 : start].strip() \
            and not text[end + 1 : end + 2].isdigit():
        return None  # "2.ममता बोलीं", "3) …", "2- शुक्रवार को": a list item's number; "6\tचंडीगढ़\t18": a table row's
    if _VERSION.fullmatch(num.text) and _LETTER.match(text[start - 2 : start - 1] or " ") and \
            _unit_key(_next_word(text, end, region.end)) not in data.units:
        return None  # लॉकडाउन 3.0, इंडस्ट्री 4.0: a version, counting nothing (3.0 प्रतिशत counts)
    if num.ordinal and match_key(num.text) in data.other_words and \
            (before := _WORD_BEFORE.search(text, max(region.start, start - 30), start)) and \
            match_key(before.group(1)) in data.other_before:
        return None  # कोई दूसरा व्यक्ति: another person, no second one
    qualifier = None
    unit = None
    window = text[max(region.start, start - 40):start]
    m = data.prefix.search(window)
    if m:  # ₹500, $3 billion
        unit = data.units.get(_unit_key(m.group("p")), (m.group("p"), []))[0]
        start -= len(window) - m.start()
        window = text[max(region.start, start - 40):start]
    m = data.before.search(window)
    if m:
        qualifier = data.before_names.get(match_key(m.group("q")))
        start -= len(window) - m.start()

    pos = end
    m = data.after.match(text, pos, region.end)
    if m:
        qualifier = qualifier or data.after_names.get(match_key(m.group("q")))
        pos = end = m.end()
    if unit is None and (compound := _HYPHEN_UNIT.match(text, end, region.end)):
        known = data.units.get(_unit_key(compound.group(1)))
        if known and known[0] in data.measure:  # a 190-foot bridge, a 200-metre gorge (not a 17-year-old)
            unit, end = known[0], compound.end()
    if unit is None:
        found = _unit_after(text, pos, region.end, data, names if isinstance(names, Intervals)
                            else Intervals.of(names or []))
        if found:
            unit_word, unit_end = found
            unit = _unit_name(unit_word, data, lang)
            end = unit_end
            m = data.after.match(text, end, region.end)
            if m and qualifier is None:  # दो घंटे से अधिक समय
                qualifier = data.after_names.get(match_key(m.group("q")))
                end = m.end()
    if unit is None and num.words and num.value < 100 and not num.ordinal and qualifier is None:
        return None  # "the two signed", "दो ने कहा": a number word that counts nothing said here
    if not num.ordinal and match_key(num.text) in data.lone_one:
        known = data.units.get(_unit_key(unit)) if unit else None
        if not known or known[0] not in data.measure:
            return None  # एक as an article ("एक बैठक"), "one of them"
    return Quantity(start, end, text[start:end], num.value, unit, qualifier, num.ordinal)


_HYPHEN_UNIT = regex.compile(r"-([\p{L}]+)(?![\p{L}\p{M}-])")
_HYPHEN_WORDS = regex.compile(r"(?<![\p{L}\p{M}\p{N}-])([\p{L}\p{M}]+)-([\p{L}\p{M}]+)(?![\p{L}\p{M}\p{N}-])")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[^\S\n]*$")
_VERSION = regex.compile(r"\d{1,2}\.0")


def _scale_after(text: str, pos: int, limit: int, data: _Data, lang: str) -> tuple[float, int] | None:
    """A scale word right after a range (``10 से 12 हजार``, ``five to six lakh``): its value and end."""
    m = _WORD.match(text, pos, limit)
    if m is None or _unit_key(m.group(1)) not in data.scales:
        return None
    value = parse_number(m.group(1), lang)
    return (value, m.end()) if value is not None else None


def _next_word(text: str, pos: int, limit: int) -> str:
    m = _WORD.match(text, pos, limit)
    return m.group(1) if m else ""


_WORDLIKE = regex.compile(r"[\p{L}\p{M}%₹$€£]")
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _unit_after(text: str, pos: int, limit: int, data: _Data, names: Intervals) -> tuple[str, int] | None:
    """The counted word after a number: a known unit within a few words (adjectives between), else the first
    word that can be a noun: not a determiner (पहला ऐसा मौका) and not part of a name (पहली चीन यात्रा)."""
    words: list[tuple[str, int]] = []
    if unit := data.multiword_units.match(text, pos, limit):  # 1.3 per cent ("per" alone is no unit)
        return unit.group("u"), unit.end()
    while len(words) <= data.skip and pos < limit:
        m = _WORD.match(text, pos, limit)
        if not m:
            break
        word = m.group(1)
        if not _WORDLIKE.match(word):
            break
        key = _unit_key(word)
        if key in data.not_units:
            break
        words.append((word, m.end()))
        if key in data.units:
            return word, m.end()
        pos = m.end()
    for word, word_end in words:
        if _unit_key(word) in data.not_counted or names.overlaps(word_end - len(word), word_end):
            continue
        if data.fallback_suffixes and (not word.lower().endswith(data.fallback_suffixes)
                                       or word.lower().endswith(data.fallback_not_suffixes or ("\0",))):
            continue  # two software engineers: a noun used as an adjective before the plural it qualifies
        return word, word_end
    return None
