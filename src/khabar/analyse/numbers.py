"""The number reader: digits (Indian ``1,00,000`` and Western ``100,000`` grouping, Devanagari ``१३०००``,
decimals) and number words (दो, ढाई, साढ़े तीन, डेढ़ हजार, दो दर्जन, 50 हजार करोड़, two and a half, 1.5 million).

The words are language data (``lang/<lang>/numbers.json``); the composition rules below are the same for every
language: a small number, optionally multiplied by scales, added up. ``to_words`` writes numbers back as words
(the property tests round-trip through it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import regex

from khabar.lang import load
from khabar.text.keys import match_key

_DIGIT = "[0-9\u0966-\u096f]"
# A number written with digits. Grouping must be well formed (Western 3-3-3 or Indian 2-2-3), otherwise only
# the plain run of digits is read. It may not hang on a word (सोयुज-2, crazy_world143, G20), nor be part of a
# time, range or numeric date (15:23, 10-12, 04/09/2025).
_NUMBER = (
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}_@#])(?<![\p{{L}}\p{{M}}\p{{N}}][\-/.:])"
    rf"(?P<num>{_DIGIT}{{1,3}}(?:,{_DIGIT}{{3}})+|{_DIGIT}{{1,2}}(?:,{_DIGIT}{{2}})+,{_DIGIT}{{3}}|{_DIGIT}+)"
    rf"(?P<dec>\.{_DIGIT}+)?"
    r"(?P<ord>वां|वाँ|वीं|वें|वा|वी|वे|st|nd|rd|th)?"
    rf"(?![\p{{L}}\p{{M}}\p{{N}}]|[.,:/\-]{_DIGIT})"
)
_ATOM = regex.compile(_NUMBER + r"|(?P<word>[\p{L}\p{M}\u200c\u200d]+(?:-[\p{L}\p{M}\u200c\u200d]+)*)|(?P<other>\S)")
# With no digit in a stretch, ``_ATOM`` finds exactly these words (and single other characters, which start no
# number): ``find_numbers`` reads them first and stops there when none of them starts a number.
_WORD_ONLY = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+(?:-[\p{L}\p{M}\u200c\u200d]+)*")
_ANY_DIGIT = regex.compile(_DIGIT)
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number found in text: ``text[start:end]`` reads as ``value``."""

    start: int
    end: int
    text: str
    value: float
    ordinal: bool = False
    words: bool = False  # written (partly) in words


class _Atom(NamedTuple):  # a tuple: made for every word of every sentence, five times cheaper than a dataclass
    start: int
    end: int
    text: str
    digits: float | None  # value when the atom is written in digits
    ordinal_suffix: bool
    key: str  # matching key for words


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[str, float]]  # key -> (kind, value)
    ordinal_suffixes: tuple[str, ...]
    ordinal_suffix_min: int
    ordinal_cues: frozenset[str]
    hyphen_tens: bool
    doubled: bool  # a cardinal said twice is one number: चार-चार लाख, पांच पांच सौ ("four lakh each")
    kinds: dict[str, tuple[str, float] | None] = field(default_factory=dict, compare=False)  # _word_kind's
    starters: dict[str, bool] = field(default_factory=dict, compare=False)  # word -> a number can start there


def _key(word: str) -> str:
    return match_key(word)


@cache
def lexicon(lang: str) -> _Lexicon:
    data = load(lang, "numbers")
    words: dict[str, tuple[str, float]] = {}

    def add(kind: str, spellings: list[str], value: float) -> None:
        for s in spellings:
            words.setdefault(_key(s), (kind, value))

    add("card", data.get("zero", []), 0)
    for value, spellings in data.get("cardinals", {}).items():
        add("card", spellings, int(value))
    for value, spellings in data.get("scales", {}).items():
        add("scale", spellings, int(value))
    add("dozen", data.get("dozen", []), 12)
    for value, spellings in data.get("fractions", {}).items():
        add("frac", spellings, float(value))
    for value, spellings in data.get("prefixes", {}).items():
        add("prefix", spellings, float(value))
    add("connector", data.get("connectors", []), 0)
    add("article", data.get("articles", []), 1)
    for value, spellings in data.get("ordinals", {}).items():
        add("ord", spellings, int(value))
    for value, spellings in data.get("ordinals_ambiguous", {}).items():
        for s in spellings:
            words[_key(s)] = ("ord?", int(value))
    return _Lexicon(
        words=words,
        ordinal_suffixes=tuple(sorted(data.get("ordinal_suffixes", []), key=len, reverse=True)),
        ordinal_suffix_min=int(data.get("ordinal_suffix_min", 0)),
        ordinal_cues=frozenset(_key(w) for w in data.get("ordinal_cues", [])),
        hyphen_tens=bool(data.get("tens_join")),
        doubled=bool(data.get("doubled_cardinals")),
    )


def digits_value(num: str, dec: str | None = None) -> float:
    """The value of a digit string with optional grouping commas and decimal part (any decimal script)."""
    s = (num.replace(",", "") + (dec or "")).translate(_DEVANAGARI_DIGITS)
    value = float(s)
    return int(value) if value.is_integer() and not dec else value


_new_tuple = tuple.__new__  # an _Atom without the named tuple's Python-level __new__


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    out: list[_Atom] = []
    append = out.append
    for m in _ATOM.finditer(text, start, end):
        # Which alternative matched, by the last group that took part: "word" and "other" only ever take part
        # alone; a number ends in "num", "dec" or "ord".
        group = m.lastgroup
        if group == "word":  # the whole match
            word = m.group()
            append(_new_tuple(_Atom, (*m.span(), word, None, False, match_key(word))))
        elif group == "other":
            append(_new_tuple(_Atom, (*m.span(), m.group(), None, False, "")))
        else:
            num, dec, ordinal = m.group("num", "dec", "ord")
            append(_new_tuple(_Atom, (*m.span(), m.group(), digits_value(num, dec), bool(ordinal), "")))
    return out


def _word_kind(atom: _Atom, lex: _Lexicon) -> tuple[str, float] | None:
    if atom.digits is not None or not atom.key:
        return None
    # Read each word once: the suffix checks below run for every word of every sentence otherwise.
    if atom.key not in lex.kinds:
        if len(lex.kinds) >= 1 << 16:
            lex.kinds.clear()
        lex.kinds[atom.key] = _key_kind(atom, lex)
    return lex.kinds[atom.key]


def _key_kind(atom: _Atom, lex: _Lexicon) -> tuple[str, float] | None:
    found = lex.words.get(atom.key)
    if found:
        return found
    if lex.hyphen_tens and " " in atom.key:  # twenty-five, twenty-first (match_key turns - into a space)
        parts = atom.key.split(" ")
        if len(parts) == 2:
            tens, unit = lex.words.get(parts[0]), lex.words.get(parts[1])
            if tens and unit and tens[0] == "card" and tens[1] in range(20, 100, 10) and 0 < unit[1] < 10:
                if unit[0] == "card":
                    return ("card", tens[1] + unit[1])
                if unit[0] in ("ord", "ord?"):
                    return ("ord", tens[1] + unit[1])
    if lex.doubled and " " in atom.key:  # चार-चार (match_key turns - into a space): "four each", one number
        first, _, second = atom.key.partition(" ")
        found = lex.words.get(first)
        if first == second and found and found[0] == "card":
            return ("doubled", found[1])
    for suffix in lex.ordinal_suffixes:  # अस्सीवीं, सौवां: a cardinal word with an ordinal ending
        if atom.key.endswith(suffix) and len(atom.key) > len(suffix):
            base = lex.words.get(atom.key[: -len(suffix)])
            if base and base[0] in ("card", "scale") and base[1] >= max(lex.ordinal_suffix_min, 1):
                return ("ord", base[1])
    return None


def _adjacent(text: str, a: _Atom, b: _Atom) -> bool:
    gap = text[a.end:b.start]
    return gap.isspace() and "\n" not in gap


def _read(text: str, atoms: list[_Atom], i: int, lex: _Lexicon) -> tuple[float, int, bool] | None:
    """Read one number starting at atom ``i``: (value, index after the last atom used, ordinal)."""
    first = atoms[i]
    if first.digits is not None and first.ordinal_suffix:
        return (first.digits, i + 1, True)
    kind = _word_kind(first, lex)
    if kind and kind[0] in ("ord", "ord?"):
        if kind[0] == "ord?":
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            if not (nxt and _adjacent(text, first, nxt) and nxt.key in lex.ordinal_cues):
                return None
        return (kind[1], i + 1, True)

    total = 0.0
    current: float | None = None
    largest_scale = 0.0
    last: str | None = None  # kind of the last atom used
    prefix = 0.0
    j = i
    used = i  # index after the last atom that completed a number
    while j < len(atoms):
        atom = atoms[j]
        if j > i and not _adjacent(text, atoms[j - 1], atom):
            break
        kind = None if atom.digits is not None else _word_kind(atom, lex)
        if atom.digits is not None:
            # 1 करोड़ 20 लाख: digits may follow a scale word, as words do
            if last not in (None, "prefix", "scale") or atom.ordinal_suffix:
                break
            if last == "scale" and not (_smaller_scale_follows(text, atoms, j, largest_scale, lex)
                                        or atom.digits < min(largest_scale, 1000)):
                break  # 13 हजार 500 composes; 13 हजार 2019 does not
            current = atom.digits + prefix
            last, prefix = "digits", 0.0
        elif kind is None:
            break
        elif kind[0] == "card":
            v = kind[1]
            if last in (None, "prefix", "hundred", "scale", "connector"):
                current = (current or 0) + v + prefix
            elif last == "tens" and current is not None and current % 10 == 0 and 0 < v < 10:
                current += v
            else:
                break
            last = "tens" if 20 <= v < 100 and v % 10 == 0 else "card"
            prefix = 0.0
            if lex.doubled and last in ("card", "tens") and j + 1 < len(atoms) and atoms[j + 1].key == atom.key \
                    and _adjacent(text, atom, atoms[j + 1]) and _scale_next(text, atoms, j + 1, lex):
                j += 1  # पांच पांच लाख: the word said twice is one number ("five lakh each")
        elif kind[0] == "doubled":
            # चार-चार लाख: an amount to each, read with its scale. Without one (एक-एक मरीज, one case in each of
            # several places) it is no total of anything and is not read, as before.
            if last is not None or not _scale_next(text, atoms, j, lex):
                break
            current, last, prefix = kind[1], "card", 0.0
        elif kind[0] == "frac":
            if last is not None:
                break
            current, last = kind[1], "frac"
        elif kind[0] == "prefix":
            if last not in (None, "scale", "hundred"):
                break
            prefix, last = kind[1], "prefix"
            j += 1
            continue  # a prefix alone is not a number
        elif kind[0] == "article":
            if last is not None:
                break
            nxt = _word_kind(atoms[j + 1], lex) if j + 1 < len(atoms) else None
            if not nxt or nxt[0] not in ("scale", "dozen"):
                break
            last = "article"
            j += 1
            continue
        elif kind[0] == "connector":
            # "one hundred and five", "two and a half"
            if last not in ("hundred", "scale", "card", "tens", "digits"):
                break
            half = _and_a_half(text, atoms, j, lex)
            if half:
                current = (current or 0) + 0.5
                j = used = half
                last = "frac"
                continue
            nxt = _word_kind(atoms[j + 1], lex) if j + 1 < len(atoms) else None
            if last not in ("hundred", "scale") or not nxt or nxt[0] != "card":
                break
            last = "connector"
            j += 1
            continue
        elif kind[0] == "scale":
            scale = kind[1]
            if current is not None:
                base = current
            elif last in (None, "prefix", "article"):
                base = 1 + prefix
            elif last == "scale" and scale > largest_scale:
                base = 0.0  # 50 हजार करोड़: the larger scale multiplies what came before
            else:
                break
            if scale == 100:
                if last == "hundred" or (current is not None and current >= 100):
                    break
                current = base * 100
                last = "hundred"
            elif scale > largest_scale:
                total = (total + base) * scale
                current, largest_scale, last = None, scale, "scale"
            else:
                total += base * scale
                current, last = None, "scale"
            prefix = 0.0
        elif kind[0] == "dozen":
            base = current if current is not None else (1 if last in (None, "article") else None)
            if base is None or last == "dozen":
                break
            current, last = base * 12, "dozen"
        else:
            break
        j += 1
        used = j
    if used == i:
        return None
    # 4.1 लाख is 4.1 * 100000 = 409999.99999999994 in binary floating point: round off the representation error
    value = round(total + (current or 0), 6)
    if value.is_integer():
        value = int(value)
    return (value, used, False)


def _scale_next(text: str, atoms: list[_Atom], j: int, lex: _Lexicon) -> bool:
    """Whether the atom after ``atoms[j]`` is a scale word right after it (लाख, हजार, सौ)."""
    if j + 1 >= len(atoms) or not _adjacent(text, atoms[j], atoms[j + 1]):
        return False
    kind = _word_kind(atoms[j + 1], lex)
    return bool(kind and kind[0] == "scale")


def _smaller_scale_follows(text: str, atoms: list[_Atom], j: int, largest: float, lex: _Lexicon) -> bool:
    if j + 1 >= len(atoms) or not _adjacent(text, atoms[j], atoms[j + 1]):
        return False
    kind = _word_kind(atoms[j + 1], lex)
    return bool(kind and kind[0] == "scale" and kind[1] < largest)


def _and_a_half(text: str, atoms: list[_Atom], j: int, lex: _Lexicon) -> int | None:
    """Index after "and a half" starting at atom ``j`` (English), else None."""
    if j + 2 >= len(atoms):
        return None
    a, b = atoms[j + 1], atoms[j + 2]
    kinds = (_word_kind(a, lex), _word_kind(b, lex))
    if (kinds[0] and kinds[0][0] == "article" and kinds[1] and kinds[1][0] == "frac"
            and _adjacent(text, atoms[j], a) and _adjacent(text, a, b)):
        return j + 3
    return None


def find_numbers(text: str, lang: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Every number in ``text[start:end]``, longest reading first, non-overlapping, in text order."""
    end = len(text) if end is None else end
    lex = lexicon(lang)
    if not _ANY_DIGIT.search(text, start, end) and not _starts_a_number(text, start, end, lex):
        return []  # most sentences: no digit and no number word, so no atoms to make
    atoms = _atoms(text, start, end)
    found: list[NumberMatch] = []
    i = 0
    while i < len(atoms):
        first = atoms[i]
        if first.digits is None and _word_kind(first, lex) is None:  # most words: no number starts here
            i += 1
            continue
        read = _read(text, atoms, i, lex)
        if read is None:
            i += 1
            continue
        value, j, ordinal = read
        a, b = atoms[i].start, atoms[j - 1].end
        words = any(atoms[k].digits is None for k in range(i, j))
        found.append(NumberMatch(a, b, text[a:b], value, ordinal, words))
        i = j
    return found


def _starts_a_number(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether a word of ``text[start:end]`` (as ``_atoms`` reads words) has a number kind: each word text is
    keyed and read once per process."""
    starters = lex.starters
    for word in _WORD_ONLY.findall(text, start, end):
        found = starters.get(word)
        if found is None:
            if len(starters) >= 1 << 16:
                starters.clear()
            found = starters[word] = _word_kind(_Atom(0, 0, word, None, False, _key(word)), lex) is not None
        if found:
            return True
    return False


def parse_number(text: str, lang: str = "hi") -> float | None:
    """The value of ``text`` when all of it is one number (surrounding spaces allowed), else None."""
    stripped = text.strip()
    if not stripped:
        return None
    for code in dict.fromkeys((lang, "hi", "en")):
        found = find_numbers(stripped, code)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
            return found[0].value
    return None


# -- writing numbers (for display and for the round-trip tests) ---------------------------------------------


def _word_for(lang: str, value: int) -> str:
    data = load(lang, "numbers")
    for kind in ("cardinals", "scales"):
        spellings = data.get(kind, {}).get(str(value))
        if spellings:
            return spellings[0]
    if value == 0:
        return data["zero"][0]
    raise KeyError(value)


def to_words(n: int, lang: str) -> str:
    """``n`` (a non-negative integer) in words: Indian scales for Hindi, Western scales for English."""
    if n < 0:
        raise ValueError("negative numbers are not written in words here")
    if n == 0:
        return _word_for(lang, 0)
    if lang == "hi":
        return " ".join(_hindi_words(n))
    return " ".join(_english_words(n))


def _hindi_words(n: int) -> list[str]:
    out: list[str] = []
    crore, n = divmod(n, 10**7)
    if crore:
        out += [*_hindi_words(crore), _word_for("hi", 10**7)]
    for scale, width in ((10**5, 100), (1000, 100), (100, 10)):
        part, n = divmod(n, scale)
        if part:
            out += [_word_for("hi", part), _word_for("hi", scale)]
        assert part < width
    if n:
        out.append(_word_for("hi", n))
    return out


def _english_words(n: int) -> list[str]:
    out: list[str] = []
    for scale in (10**12, 10**9, 10**6, 1000):
        part, n = divmod(n, scale)
        if part:
            out += [*_english_words(part), _word_for("en", scale)]
    hundreds, n = divmod(n, 100)
    if hundreds:
        out += [_word_for("en", hundreds), _word_for("en", 100)]
    if n:
        if n < 20 or n % 10 == 0:
            out.append(_word_for("en", n))
        else:
            out.append(f"{_word_for('en', n - n % 10)}-{_word_for('en', n % 10)}")
    return out


def group_digits(n: int, style: str = "indian", devanagari: bool = False) -> str:
    """``n`` with grouping commas: ``indian`` (1,00,000) or ``western`` (100,000)."""
    s = str(n)
    if style == "western" or len(s) <= 3:
        out = f"{n:,}"
    else:
        head, tail = s[:-3], s[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        groups.insert(0, head)
        out = ",".join([*groups, tail])
    if devanagari:
        out = out.translate(str.maketrans("0123456789", "०१२३४५६७८९"))
    return out


# -- phone and helpline numbers ----------------------------------------------------------------------------


@cache
def _phone_patterns(lang: str) -> tuple[regex.Pattern, regex.Pattern]:
    data = load(lang, "numbers")

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) or r"(?!x)x"

    before = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(data.get('phone_before', []))})"
                           r"[^\S\n]*[:\-–]?[^\S\n]*$", regex.IGNORECASE)
    after = regex.compile(rf"[^\S\n]*(?:(?:{alt(data.get('phone_after', []))})|[(\[][^\S\n]*"
                          rf"(?:{alt(data.get('phone_after_bracketed', []))}))(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
    return before, after


_DIGITS_ONLY = regex.compile(r"\p{Nd}[\p{Nd}\- ]*")


def is_phone_number(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the number at ``text[start:end]`` is a phone or helpline number by its context (``हेल्पलाइन
    नंबर 1075``, ``1930 (टोल फ्री नंबर)``, ``104 पर कॉल करें``, ``112 डायल करें``, ``dial 112``): a general rule
    on the words around it (``phone_before``/``phone_after`` in ``numbers.json``), not a list of numbers."""
    if not _DIGITS_ONLY.fullmatch(text[start:end]):
        return False  # written digits only: `तीसरे नंबर पर` (third in rank) is no phone number
    before, after = _phone_patterns(lang if lang in ("hi", "en") else "en")
    return bool(before.search(text[max(0, start - 30):start]) or after.match(text, end, end + 30))
