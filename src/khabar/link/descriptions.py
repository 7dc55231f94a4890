"""Descriptions of people by role, within one article: उत्तर कोरियाई नेता, रूस के राष्ट्रपति, "the North Korean
leader", and the titles and honorifics around names (राष्ट्रपति पुतिन, मोदी जी).

The words are data in ``lang/<lang>/descriptions.json``: titles map to a language-neutral role, demonyms to
a country, and description shapes have {demonym}, {country}, {genitive} and {title} slots. A role is
``(country in Latin or "", role)``, so roles given in Hindi and in English compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from khabar.lang import load
from khabar.model import Mention

from .latin import initials, latin_name

Role = tuple[str, str]  # (country in Latin, or "", role), e.g. ("North Korea", "leader")


@cache
def _honorific_pattern(lang: str) -> tuple[regex.Pattern | None, regex.Pattern | None]:
    data = load(lang, "descriptions")
    front = [*data.get("honorifics", []), *data.get("titles", {}), *data.get("person_role_nouns", [])]
    back = data.get("trailing_honorifics", [])
    demonym = _alternatives([d for d, c in data.get("demonyms", {}).items() if c])
    words = _alternatives(front)
    if lang == "en":
        words = f"(?i:{words})"  # President, president
    # रूस के राष्ट्रपति …, Russia's President …: one or two words and a genitive before the title.
    genitive = data.get("genitive", [])
    if lang == "en":
        owner = rf"[\p{{L}}\p{{M}}]+{_alternatives(genitive)}\s+" if genitive else "(?!)"
    else:
        owner = rf"(?:[\p{{L}}\p{{M}}]+\s+){{1,2}}{_alternatives(genitive)}\s+" if genitive else "(?!)"
    lead = regex.compile(rf"^(?:(?:{demonym}\s+|{owner})?{words}\s+)+(?=\S)") if front else None
    trail = regex.compile(rf"(?<=\S)(?:\s+{_alternatives(back)})+$") if back else None
    return lead, trail


_ZERO_WIDTH = regex.compile("[\u200c\u200d]")


def _original_offset(text: str, plain_offset: int) -> int:
    """The offset in ``text`` of the character at ``plain_offset`` once zero-width joiners are removed."""
    seen = 0
    for i, ch in enumerate(text):
        if seen == plain_offset:
            return i
        if ch not in "\u200c\u200d":
            seen += 1
    return len(text)


def without_honorifics(mention: Mention, lang: str, before: str = "") -> Mention:
    """A person mention narrowed to the name: राष्ट्रपति पुतिन → पुतिन, मोदी जी → मोदी (the span shrinks; the
    text stays a slice of the article). ``before`` is the article text just before the mention: after a courtesy
    title (डॉ. सीएम सिंह) letters that are also a title (सीएम, डीएम) are the person's initials and stay."""
    if mention.type != "PER":
        return mention
    lead, trail = _honorific_pattern(lang)
    start, end, text = mention.start, mention.end, mention.text
    plain = _ZERO_WIDTH.sub("", text)  # उपमुख्\u200dयमंत्री is उपमुख्यमंत्री
    if lead and (m := lead.match(plain)):
        cut = _original_offset(text, _initials_kept(plain, m.end(), before, lang))
        start, text = start + cut, text[cut:]
    if trail and (m := trail.search(text)):
        end, text = end - (len(text) - m.start()), text[:m.start()]
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(start, end, text, mention.type, mention.source, mention.entity_id)


_WORD = regex.compile(r"\S+")


@cache
def _courtesy_titles(lang: str) -> frozenset[str]:
    return frozenset(w.casefold().rstrip(".") for w in load(lang, "descriptions").get("initials_after", []))


def _initials_kept(plain: str, cut: int, before: str, lang: str) -> int:
    """Where the titles cut from ``plain`` end: before its last word when that word is letters (सीएम, एसपी) that
    follow a courtesy title, in the span or just before it. Why: "डॉ. सीएम सिंह" is Dr C. M. Singh, no chief
    minister, and cut to सिंह he was joined to another Dr Singh of the story."""
    words = list(_WORD.finditer(plain, 0, cut))
    if not words or initials(words[-1].group()) is None or words[-1].end() == len(plain.rstrip()):
        return cut
    previous = words[-2].group() if len(words) > 1 else (before.split() or [""])[-1]
    return words[-1].start() if previous.casefold().rstrip(".") in _courtesy_titles(lang) else cut


@cache
def _description_data(lang: str) -> tuple[dict[str, str], dict[str, str], set[str], set[str], list[str],
                                          list[str]]:
    data = load(lang, "descriptions")
    titles = {t: r for t, r in data.get("titles", {}).items()}
    demonyms = {d: c for d, c in data.get("demonyms", {}).items() if c}
    return (titles, demonyms, set(data.get("generic_titles", [])), set(data.get("head_of_state_titles", [])),
            data.get("genitive", []), data.get("patterns", []))


def _alternatives(words: list[str]) -> str:
    # Longest first so that सर्वोच्च नेता wins over नेता; spaces may be any whitespace run.
    parts = [regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


@cache
def _slots(lang: str) -> dict[str, str]:
    _, demonyms, _, _, genitive, _ = _description_data(lang)
    return {
        "demonym": f"(?P<demonym>{_alternatives(list(demonyms))})",
        "title": f"(?P<title>{_title_alternatives(lang)})",
        "genitive": _alternatives(genitive),
    }


@cache
def _country_contexts(lang: str) -> list[tuple[regex.Pattern | None, regex.Pattern | None]] | None:
    """Per shape with one {country} slot: a pattern that matches at the country's start when the text before it
    fits the shape, and one that matches at the country's end when the text after it does. None: some shape
    cannot be checked so (every country is kept)."""
    contexts = []
    for p in _description_data(lang)[5]:
        if "{country}" not in p:
            continue
        parts = regex.escape(p).replace(r"\ ", r"\s+").split(regex.escape("{country}"))
        if len(parts) != 2 or not any(parts):
            return None
        for slot, alt in _slots(lang).items():
            parts = [part.replace(regex.escape("{" + slot + "}"), alt) for part in parts]
        before, after = parts
        contexts.append((
            regex.compile(rf"(?<=(?<![\p{{L}}\p{{M}}]){before})") if before else None,
            regex.compile(rf"{after}(?![\p{{L}}\p{{M}}])") if after else None,
        ))
    return contexts


def _occurrences(text: str, piece: str) -> list[int]:
    found, at = [], text.find(piece)
    while at != -1:
        found.append(at)
        at = text.find(piece, at + 1)
    return found


def _possible_countries(text: str, lang: str, countries: list[str]) -> tuple[str, ...]:
    """The countries that can fill a {country} slot somewhere in ``text``: a country that never stands right
    after a shape's opening nor right before its close matches nowhere, so leaving it out of the pattern changes
    no match. Most articles keep none, and the pattern without countries is compiled once per language."""
    contexts = _country_contexts(lang)
    if contexts is None:
        return tuple(sorted(set(countries)))
    kept = set()
    for country in set(countries):
        # In the pattern, a space of the name is any run of whitespace: its first and last pieces are literal.
        pieces = country.split(" ")
        first, last = pieces[0], pieces[-1]
        for before, after in contexts:
            fits_before = (before is None or not first
                           or any(before.match(text, at) for at in _occurrences(text, first)))
            fits_after = (after is None or not last
                          or any(after.match(text, at + len(last)) for at in _occurrences(text, last)))
            if fits_before and fits_after:
                kept.add(country)
                break
    return tuple(sorted(kept))


@lru_cache(maxsize=256)
def _description_regex(lang: str, countries: tuple[str, ...]) -> regex.Pattern | None:
    titles, _, _, _, _, patterns = _description_data(lang)
    if not titles or not patterns:
        return None
    slots = {**_slots(lang), "country": f"(?P<country>{_alternatives(list(countries))})"}
    shapes = []
    for p in patterns:
        if "{country}" in p and not countries:
            continue
        shape = regex.escape(p).replace(r"\ ", r"\s+")
        for slot, alt in slots.items():
            shape = shape.replace(regex.escape("{" + slot + "}"), alt)
        shapes.append(shape)
    body = "|".join(f"(?:{s})" for s in shapes)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{body})(?![\p{{L}}\p{{M}}])")


@cache
def _title_alternatives(lang: str) -> str:
    # Latin-script titles are matched in any case (President, president); names and demonyms are not.
    alternatives = _alternatives(list(_description_data(lang)[0]))
    return f"(?i:{alternatives})" if lang == "en" else alternatives


@cache
def _title_regex(lang: str) -> regex.Pattern | None:
    titles = _description_data(lang)[0]
    if not titles:
        return None
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<title>{_title_alternatives(lang)})\s+$")


def _country_latin(lang: str, written: str) -> str:
    return latin_name(written, "LOC") if lang != "en" else written


@dataclass(slots=True)
class Description:
    """A description found in the text and the role it names."""

    start: int
    end: int
    text: str
    role: Role


def find_descriptions(text: str, lang: str, countries: list[str]) -> list[Description]:
    """Descriptions of a person by role in ``text``; ``countries``: the place names the article mentions."""
    pattern = _description_regex(lang, _possible_countries(text, lang, countries))
    if pattern is None:
        return []
    titles, demonyms = _description_data(lang)[:2]
    lower_titles = {t.casefold(): r for t, r in titles.items()}
    lower_demonyms = {d.casefold(): c for d, c in demonyms.items()}
    found = []
    for m in pattern.finditer(text):
        title = lower_titles.get(regex.sub(r"\s+", " ", m.group("title")).casefold(), "")
        if m.group("demonym"):
            demonym = regex.sub(r"\s+", " ", m.group("demonym")).casefold()
            country = _country_latin(lang, lower_demonyms[demonym])
        else:
            country = _country_latin(lang, m.group("country"))
        start, end = m.start(), m.end()
        if lang == "en" and text[start:start + 4].casefold() == "the ":
            start += 4  # the description is "North Korean leader"; the article is not part of it
        found.append(Description(start, end, text[start:end], (country, title)))
    return found


def role_fit(wanted: Role, held: list[Role]) -> int:
    """``fit`` with the role vocabulary all languages share (roles are language-neutral)."""
    return fit(wanted, held, "en")


def fit(wanted: Role, held: list[Role], lang: str) -> int:
    """How well a person who holds the roles ``held`` fits the description ``wanted``: 0 not at all, 1 by
    title alone, 2 by title and country. A leader is any head of state."""
    _, _, generic, heads, _, _ = _description_data(lang)
    countries = {c for c, _ in held if c}
    if wanted[0] and countries and wanted[0] not in countries:
        return 0
    titles = {t for _, t in held}
    if wanted[1] not in titles and not (wanted[1] in generic and titles & heads):
        return 0
    return 2 if wanted[0] in countries else 1


def title_before(text: str, start: int, lang: str) -> str | None:
    """The role of a bare title right before ``start`` (राष्ट्रपति पुतिन → president), else None."""
    pattern = _title_regex(lang)
    if pattern is None:
        return None
    m = pattern.search(text, max(0, start - 40), start)
    if not m:
        return None
    # पूर्व मुख्यमंत्री राबड़ी देवी, उप राष्ट्रपति माइक पेंस, "former President Obama": a title once held, or another
    # office made of it, is no role, so that a report's descriptions of the holder (पंजाब के मुख्यमंत्री, पुर्तगाल के
    # राष्ट्रपति) are not given to a former chief minister or a vice president.
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before and before.group(1).casefold() in _title_qualifiers(lang):
        return None
    titles = {t.casefold(): r for t, r in _description_data(lang)[0].items()}
    return titles.get(regex.sub(r"\s+", " ", m.group("title")).casefold())


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}\-]+)\s+$")


@cache
def _title_qualifiers(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load(lang, "descriptions").get("title_qualifiers", []))
