"""User text to an FTS5 query. User text is never FTS5 syntax (unless the caller asks for ``syntax="fts"``): every
word becomes a quoted term, so ``COVID-19``, ``Dr.`` or ``मोदी's`` cannot be a syntax error. Words are cut the way
the FTS5 tokenizer cuts them (letters, marks and digits); a word also matches its inflections (its stem, from
the light stemmer of ``lang/<code>/stemmer.json``, with each listed suffix); and names reach the other script
through the entities' aliases and Latin names (``NameIndex``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import regex

from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key

# The FTS5 table's tokenizer keeps letters, numbers, private-use characters and marks (categories 'L* N* Co M*').
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")
_POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)


class SearchSyntaxError(ValueError):
    """An ``fts``-syntax query SQLite could not parse."""


@cache
def _stemmer(lang: str) -> tuple[int, tuple[str, ...]]:
    data = load(lang, "stemmer")
    return int(data.get("min_stem", 3)), tuple(sorted(data.get("suffixes", []), key=len, reverse=True))


def stem(word: str) -> str:
    """``word`` without its longest inflectional suffix (from the language's stemmer data)."""
    min_stem, suffixes = _stemmer("hi" if has_devanagari(word) else "en")
    lowered = word.casefold()
    for suffix in suffixes:
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= min_stem:
            return word[: len(word) - len(suffix)]
    return word


def words(text: str) -> list[list[str]]:
    """The user's words, each as its FTS5 tokens (``COVID-19`` -> ``[["COVID", "19"]]``)."""
    found = []
    for chunk in text.split():
        tokens = _TOKEN.findall(_POSSESSIVE.sub("", chunk))
        if tokens:
            found.append(tokens)
    return found


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def inflections(word: str) -> list[str]:
    """``word`` and the forms its stem takes with each listed suffix (चुनावों -> चुनाव, चुनावों, चुनावी, ...)."""
    stemmed = stem(word)
    _, suffixes = _stemmer("hi" if has_devanagari(word) else "en")
    forms = [word, stemmed, *(stemmed + s for s in suffixes if _TOKEN.fullmatch(s))]
    return list(dict.fromkeys(f for f in forms if len(f) >= 2))


def _term(tokens: list[str], known: Callable[[str], bool] | None) -> str:
    """One word as an FTS5 term: a phrase of its tokens; a single word also matches its inflections (those the
    index holds, when ``known`` can tell; the word itself always stays)."""
    if len(tokens) == 1:
        token = tokens[0]
        if token.isdigit():
            return _quoted(token)
        forms = [f for n, f in enumerate(inflections(token)) if n == 0 or known is None or known(f)]
        return " OR ".join(_quoted(f) for f in forms)
    return _quoted(" ".join(tokens))


def _phrase(name: str) -> str | None:
    tokens = _TOKEN.findall(name)
    return _quoted(" ".join(tokens)) if tokens else None


@dataclass(slots=True)
class NameIndex:
    """Names of entities by the words of their other-script forms: a Latin word (``putin``) to the Devanagari
    aliases of the entities whose Latin name has that word, and a Devanagari key (``पुतिन``) to the Latin names of
    the entities that have it as an alias or a word of one."""

    by_latin_word: dict[str, set[str]] = field(default_factory=dict)
    by_devanagari: dict[str, set[str]] = field(default_factory=dict)
    entity_of: dict[str, set[str]] = field(default_factory=dict)  # lookup key -> entity ids

    @classmethod
    def build(cls, entities: Iterable[tuple[str, str, str | None, list[str]]]) -> NameIndex:
        """From ``(id, name, latin, aliases)`` rows."""
        index = cls()
        for entity_id, name, latin, aliases in entities:
            forms = {name, *aliases}
            devanagari = {f for f in forms if has_devanagari(f)}
            latin_forms = {f for f in forms if not has_devanagari(f)} | ({latin} if latin else set())
            for form in latin_forms:
                for word in _TOKEN.findall(form.casefold()):
                    index.by_latin_word.setdefault(word, set()).update(devanagari)
                    index.entity_of.setdefault(word, set()).add(entity_id)
                index.entity_of.setdefault(match_key(form), set()).add(entity_id)
            for form in devanagari:
                index.by_devanagari.setdefault(match_key(form), set()).update(latin_forms)
                index.entity_of.setdefault(match_key(form), set()).add(entity_id)
                # word by word where the two forms have as many words (पुतिन -> Putin of व्लादिमीर पुतिन)
                dev_words = _TOKEN.findall(form)
                for other in latin_forms:
                    latin_words = _TOKEN.findall(other)
                    if len(latin_words) == len(dev_words) > 1:
                        for dev_word, latin_word in zip(dev_words, latin_words, strict=True):
                            index.by_devanagari.setdefault(match_key(dev_word), set()).add(latin_word)
        return index

    def other_script(self, word: str) -> set[str]:
        """Names in the other script for one query word."""
        if has_devanagari(word):
            return self.by_devanagari.get(match_key(word), set())
        return self.by_latin_word.get(word.casefold(), set())

    def entities(self, text: str) -> set[str]:
        """Ids of the entities the whole query names (an alias, the Latin name, or one word of a Latin name)."""
        found = set(self.entity_of.get(match_key(text), set()))
        if not found and len(words(text)) == 1 and not has_devanagari(text):
            found = set(self.entity_of.get(text.casefold(), set()))
        return found


MAX_ALTERNATIVES = 8  # other-script names per word: enough for a name's aliases, few enough to stay fast


def compile_query(text: str, names: NameIndex | None = None, syntax: str = "plain",
                  known: Callable[[str], bool] | None = None) -> str | None:
    """The FTS5 MATCH expression for ``text``; None when it has no searchable word.

    ``plain`` (default): every word must match (as a quoted term, or one of its inflections, or one of its
    names in the other script); ``fts``: ``text`` is passed through as FTS5 syntax. ``known(term)`` says
    whether the index holds a term: inflections it lacks are left out of the query (fewer terms to merge).
    """
    if syntax == "fts":
        return text.strip() or None
    if syntax != "plain":
        raise ValueError(f"unknown search syntax {syntax!r} (plain or fts)")
    groups = []
    for tokens in words(text):
        options = [_term(tokens, known)]
        if names is not None:
            word = " ".join(tokens)
            others = sorted(names.other_script(word))[:MAX_ALTERNATIVES]
            options += [p for p in (_phrase(o) for o in others) if p and p not in options]
        joined = " OR ".join(options)
        groups.append(f"({joined})" if " OR " in joined else joined)
    return " AND ".join(groups) if groups else None
