"""User text to an FTS5 query. User text is never FTS5 syntax (unless the caller asks for ``syntax="fts"``): every
word becomes a quoted term, so ``COVID-19``, ``Dr.`` or ``मोदी's`` cannot be a syntax error. Words are cut the way
the FTS5 tokenizer cuts them (letters, marks and digits); a word also matches its inflections (its stem, from
the light stemmer of ``lang/<code>/stemmer.json``, with each listed suffix); names reach the other script
through the entities' aliases and Latin names (``NameIndex``), and common words through the bilingual lexicon of
``lang/hi/lexicon.json`` (``lockdown`` also finds लॉकडाउन and तालाबंदी; चुनाव also finds ``election``)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import product
from typing import Any

import regex

from khabar.lang import load
from khabar.text.keys import has_devanagari, match_key
from khabar.text.lexicon import stem, stemmer, translations

__all__ = ["NameIndex", "SearchError", "SearchFilters", "SearchInputError", "SearchSyntaxError", "SqliteSearch",
           "check_input", "compile_query", "nukta_spellings", "query_translations", "spelling_edits",
           "spelling_settings", "spellings", "stem", "translations", "word_forms", "words"]

# The FTS5 table's tokenizer keeps letters, numbers, private-use characters and marks (categories 'L* N* Co M*').
_TOKEN = regex.compile(r"[\p{L}\p{N}\p{Co}\p{M}]+")
_POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)


class SearchError(ValueError):
    """A search khabar will not run; the message says why in the user's own terms (CLI exit 1, HTTP 400)."""


class SearchSyntaxError(SearchError):
    """An ``fts``-syntax query SQLite could not parse."""


class SearchInputError(SearchError):
    """An empty query, a date the calendar lacks, or a range that ends before it begins."""


# A double-quoted run of words (a phrase), or one whitespace-separated chunk; an unpaired quote is punctuation.
_CHUNK = regex.compile(r'"([^"]*)"|(\S+)')


@dataclass(slots=True)
class QueryWord:
    """One word of the user's query as FTS5 tokens (``COVID-19`` -> ``["COVID", "19"]``): ``phrase`` for the
    words of a double-quoted phrase (matched as written, in order), ``prefix`` for a word ending in ``*``."""

    tokens: list[str]
    phrase: bool = False
    prefix: bool = False
    quoted: bool = False  # the user's own double quotes: matched as written (no inflection, spelling or synonym)


def query_words(text: str) -> list[QueryWord]:
    """The user's words: quoted phrases, prefixes (``put*``) and plain words, each as its FTS5 tokens."""
    found = []
    for m in _CHUNK.finditer(text):
        if m.group(1) is not None:
            tokens = [t for w in m.group(1).split() for t in _TOKEN.findall(_POSSESSIVE.sub("", w))]
            if tokens:
                found.append(QueryWord(tokens, phrase=len(tokens) > 1, quoted=True))
            continue
        chunk = m.group(2)
        tokens = _TOKEN.findall(_POSSESSIVE.sub("", chunk))
        if tokens:
            found.append(QueryWord(tokens, prefix=chunk.endswith("*")))
    return found


def words(text: str) -> list[list[str]]:
    """The user's words, each as its FTS5 tokens (``COVID-19`` -> ``[["COVID", "19"]]``)."""
    return [w.tokens for w in query_words(text)]


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def inflections(word: str) -> list[str]:
    """``word`` and the forms its stem takes with each listed suffix (चुनावों -> चुनाव, चुनावों, चुनावी, ...)."""
    stemmed = stem(word)
    min_stem, suffixes = stemmer(word)
    if len(stemmed) < max(min_stem, 2):  # too short to carry suffixes: "b" is not "bies"
        return [word]
    forms = [stemmed, *(stemmed + s for s in suffixes if _TOKEN.fullmatch(s))]
    # the word itself always (a one-letter word too: it must not give way to a form such as "bies")
    return list(dict.fromkeys([word, *(f for f in forms if len(f) >= 2)]))


NUKTA = "\u093c"


@cache
def _spelling_data() -> dict[str, Any]:
    return load("hi", "search")


@cache
def _nukta_letters() -> dict[str, tuple[str, ...]]:
    """``{letter: its spellings}`` for the letters of ``lang/hi/search.json`` ``nukta``: the bare letter, the
    letter with the nukta sign, and the precomposed letter (ज, ज + ़, U+095B), each keyed by all three."""
    spellings: dict[str, tuple[str, ...]] = {}
    for base in _spelling_data().get("nukta", []):
        forms = (base, base + NUKTA, *(c for c in map(chr, range(0x958, 0x960))
                                       if unicodedata.normalize("NFD", c) == base + NUKTA))
        for form in forms:
            spellings[form] = forms
    return spellings


def nukta_spellings(word: str) -> list[str]:
    """``word`` first, then its other spellings with and without a nukta (फैसला: फ़ैसला with the sign or the
    precomposed letter; फ़ैसला: फैसला): at most ``max_nukta_letters`` letters of the word vary."""
    letters = _nukta_letters()
    units: list[tuple[str, ...]] = []
    n = 0
    while n < len(word):
        pair = word[n: n + 2]
        if pair in letters:
            units.append(letters[pair])
            n += 2
        else:
            units.append(letters.get(word[n], (word[n],)))
            n += 1
    varying = [n for n, unit in enumerate(units) if len(unit) > 1][: int(_spelling_data().get("max_nukta_letters", 3))]
    if not varying:
        return [word]
    found = [word]
    for choice in product(*(units[n] for n in varying)):
        picked = dict(zip(varying, choice, strict=True))
        found.append("".join(picked.get(n, unit[0]) for n, unit in enumerate(units)))
    return list(dict.fromkeys(found))


def spellings(word: str) -> list[str]:
    """Every form a single query word may search: ``word`` first, then its inflections, of each of its nukta
    spellings (the suffixes as listed; ``word_forms`` keeps the forms the index holds)."""
    return list(dict.fromkeys(f for spelling in nukta_spellings(word) for f in inflections(spelling)))


def word_forms(word: str, known: Callable[[str], bool] | None) -> list[str]:
    """``word`` itself, then those of its other ``spellings`` the index holds (all, when ``known`` is None)."""
    return [f for n, f in enumerate(spellings(word)) if n == 0 or known is None or known(f)]


def _term(tokens: list[str], known: Callable[[str], bool] | None) -> str:
    """One word as an FTS5 term: a phrase of its tokens; a single word also matches its inflections and its
    spellings with and without a nukta (those the index holds, when ``known`` can tell; the word itself always
    stays)."""
    if len(tokens) == 1:
        token = tokens[0]
        if token.isdigit():
            return _quoted(token)
        return " OR ".join(_quoted(f) for f in word_forms(token, known))
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


def lexicon_terms(found: list[QueryWord]) -> list[QueryWord]:
    """Two plain words the lexicon holds as one term (``chief minister``, ``सुप्रीम कोर्ट``) become one phrase."""
    joined: list[QueryWord] = []
    n = 0
    while n < len(found):
        word = found[n]
        if n + 1 < len(found) and _plain_word(word) and _plain_word(found[n + 1]):
            pair = f"{word.tokens[0]} {found[n + 1].tokens[0]}"
            if translations(pair):
                joined.append(QueryWord(pair.split(), phrase=True))
                n += 2
                continue
        joined.append(word)
        n += 1
    return joined


def query_translations(text: str, synonyms: bool = True) -> dict[str, list[str]]:
    """``{query word: the other script's common words searched with it}`` for plain user text (what a search
    page shows as "also searched"); none without ``synonyms`` and none for a quoted word."""
    found: dict[str, list[str]] = {}
    if not synonyms:
        return found
    for word in lexicon_terms(query_words(text)):
        if not word.prefix and not word.quoted and (others := translations(" ".join(word.tokens))[:MAX_ALTERNATIVES]):
            found[" ".join(word.tokens)] = list(others)
    return found


def _plain_word(word: QueryWord) -> bool:
    return len(word.tokens) == 1 and not word.phrase and not word.prefix and not word.quoted


def _translated_terms(tokens: list[str], known: Callable[[str], bool] | None) -> list[str]:
    """The lexicon's words for one query word as FTS5 terms: a single word with those of its inflections and
    nukta spellings the index holds (none: left out, unlike the user's own word), a phrase as written."""
    terms = []
    for other in translations(" ".join(tokens))[:MAX_ALTERNATIVES]:
        parts = _TOKEN.findall(other)
        if len(parts) > 1:
            terms.append(_quoted(" ".join(parts)))
        elif forms := [f for f in spellings(parts[0]) if known is None or known(f)]:
            terms.append(" OR ".join(_quoted(f) for f in forms))
    return terms


MAX_ALTERNATIVES = 8  # other-script names per word: enough for a name's aliases, few enough to stay fast


def compile_query(text: str, names: NameIndex | None = None, syntax: str = "plain",
                  known: Callable[[str], bool] | None = None, *, synonyms: bool = True,
                  exact: bool = False) -> str | None:
    """The FTS5 MATCH expression for ``text``; None when it has no searchable word.

    ``plain`` (default): every word must match (as a quoted term, or one of its inflections, or one of its
    names in the other script); a double-quoted phrase matches as written, and a word ending in ``*`` as a
    prefix (the only FTS5 devices plain text gets, built here, never passed through); ``fts``: ``text`` is
    passed through as FTS5 syntax. ``known(term)`` says whether the index holds a term: inflections it lacks
    are left out of the query (fewer terms to merge). A word in the user's double quotes is matched as written
    (no inflection, nukta spelling, synonym or name); ``synonyms=False`` leaves out the lexicon's words and the
    names in the other script; ``exact`` matches every word as written.
    """
    if syntax == "fts":
        return text.strip() or None
    if syntax != "plain":
        raise ValueError(f"unknown search syntax {syntax!r} (plain or fts)")
    groups = []
    found = query_words(text)
    for word in lexicon_terms(found) if synonyms and not exact else found:
        tokens = word.tokens
        if word.prefix:  # put* -> "put"*: the user asked for a prefix, and only that
            groups.append(_quoted(" ".join(tokens)) + "*")
            continue
        if word.quoted or exact:  # the user's quotes: as written
            groups.append(_quoted(" ".join(tokens)))
            continue
        options = [_quoted(" ".join(tokens)) if word.phrase else _term(tokens, known)]
        if not synonyms:
            groups.append(f"({options[0]})" if " OR " in options[0] else options[0])
            continue
        options += [t for t in _translated_terms(tokens, known) if t not in options]
        if names is not None:
            others = sorted(names.other_script(" ".join(tokens)))[:MAX_ALTERNATIVES]
            options += [p for p in (_phrase(o) for o in others) if p and p not in options]
        joined = " OR ".join(options)
        groups.append(f"({joined})" if " OR " in joined else joined)
    return " AND ".join(groups) if groups else None


_CONSONANT = regex.compile(r"[\u0915-\u0939\u0958-\u095f]")


def spelling_edits(word: str) -> list[str]:
    """The spellings one sign away from a Hindi ``word`` as ``lang/hi/search.json`` ``did_you_mean`` lists them
    (ि for ी and back, a dropped virama or anusvara, an anusvara or vowel sign added after a consonant): what
    "did you mean" looks up in the index when a word finds few articles (मजदुर -> मजदूर, सक्रमित -> संक्रमित)."""
    rules = _spelling_data().get("did_you_mean", {})
    partner = {a: b for x, y in rules.get("swap", []) for a, b in ((x, y), (y, x))}
    swapped, inserted, dropped = [], [], []
    for n, char in enumerate(word):
        head, tail = word[:n], word[n + 1:]
        if char in partner:
            swapped.append(head + partner[char] + tail)
        if _CONSONANT.match(char):
            inserted += [head + char + sign + tail for sign in rules.get("insert", [])]
        if char in rules.get("drop", []):
            dropped.append(head + tail)
    # a likelier slip first: a swapped vowel length, then a sign left out, then one too many
    return [f for f in dict.fromkeys(swapped + inserted + dropped) if f != word and _TOKEN.fullmatch(f)]


def spelling_settings() -> dict[str, int]:
    """``few`` (fewer matches than this get "did you mean"), ``max_tries`` and ``max_suggestions``."""
    rules = _spelling_data().get("did_you_mean", {})
    return {"few": int(rules.get("few", 5)), "max_tries": int(rules.get("max_tries", 6)),
            "max_suggestions": int(rules.get("max_suggestions", 3))}


def check_input(text: str, syntax: str, date_from: str | None, date_to: str | None) -> None:
    """Raises ``SearchInputError`` for a query with nothing to search, a date that is not ``YYYY``, ``YYYY-MM``
    or ``YYYY-MM-DD`` of a real day (2020-04-31), and a range that ends before it begins."""
    if not text.strip():
        raise SearchInputError("empty query: give at least one word to search for")
    if syntax == "plain" and not query_words(text):
        raise SearchInputError(f"nothing to search for in {text!r}: it has no letters or digits")
    for flag, value in (("from", date_from), ("to", date_to)):
        if value is not None and _period(value, end=False) is None:
            raise SearchInputError(f"{flag} date {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
                                   "of a day the calendar has")
    first = _period(date_from, end=False) if date_from else None
    last = _period(date_to, end=True) if date_to else None
    if first is not None and last is not None and first > last:
        raise SearchInputError(f"the date range ends before it begins: from {date_from} to {date_to}")


def words_only(match: str) -> str:
    """``match`` restricted to the title and body: user text (plain or ``fts``) never reaches the filter tokens
    of search_fts.meta."""
    return "{title body} : (" + match + ")"


# -- the SQLite full-text index (schema 0005) ---------------------------------------------------------------------
COUNT_CAP = 10_000  # matches counted at most (a broader query reports "10000+": exact is False)
RANK_CAP = 1_000  # matches ranked by relevance at most: the newest ones, when a query matches more


_ISO_PREFIX = regex.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _period(prefix: str, end: bool) -> dt.date | None:
    """The first (or with ``end`` the last) day of the period an ISO prefix names: ``2025``, ``2025-03``,
    ``2025-03-04``; None for anything else."""
    m = _ISO_PREFIX.fullmatch(prefix)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    try:
        if day:
            return dt.date(year, month, int(day))
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
        return following - dt.timedelta(days=1)
    except ValueError:
        return None


def date_terms(first: dt.date, last: dt.date) -> list[str]:
    """The fewest ``meta`` tokens (``y2025``, ``m202503``, ``d20250304``) whose days cover ``first`` to ``last``:
    whole years and months where they fit, days at the edges."""
    terms, day = [], first
    while day <= last:
        year_end, month_end = dt.date(day.year, 12, 31), _period(f"{day:%Y-%m}", end=True)
        if day.month == 1 and day.day == 1 and year_end <= last:
            terms.append(f"y{day:%Y}")
            day = year_end + dt.timedelta(days=1)
        elif day.day == 1 and month_end is not None and month_end <= last:
            terms.append(f"m{day:%Y%m}")
            day = month_end + dt.timedelta(days=1)
        else:
            terms.append(f"d{day:%Y%m%d}")
            day += dt.timedelta(days=1)
    return terms


def meta_token(kind: str, value: str) -> str:
    """How search_fts.meta writes a language (``l``) or a source (``s``): the UTF-8 bytes in hex, one token."""
    return kind + value.encode("utf-8").hex().upper()


@dataclass(slots=True)
class SearchFilters:
    """What a search keeps: one language, one source, articles mentioning one entity (its id), and dates
    (``date_from`` and ``date_to`` are ISO prefixes: ``2025``, ``2025-03`` or ``2025-03-04``, both included).

    Language, source and dates become terms on search_fts.meta (FTS5 intersects them with the words); the entity,
    and a date that is not an ISO prefix, a condition on search_docs ``d`` checked per match."""

    lang: str | None = None
    source: str | None = None
    entity_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def terms(self, bounds: Callable[[], tuple[str | None, str | None]]) -> list[list[str]] | None:
        """Groups of meta tokens (any token of each group, every group); None when no date can match.
        ``bounds()`` gives the store's first and last dates, for a range open at one end."""
        groups = [[meta_token("l", self.lang)]] if self.lang else []
        if self.source:
            groups.append([meta_token("s", self.source)])
        if self._dates_as_terms():
            first = _period(self.date_from, end=False) if self.date_from else None
            last = _period(self.date_to, end=True) if self.date_to else None
            if first is None or last is None:
                low, high = bounds()
                stored = (_period(low[:10], end=False) if low else None, _period(high[:10], end=True) if high else None)
                first, last = first or stored[0], last or stored[1]
            if first is None or last is None or first > last:
                return None
            groups.append(date_terms(first, last))
        return groups

    def _dates_as_terms(self) -> bool:
        given = [d for d in (self.date_from, self.date_to) if d]
        return bool(given) and all(_period(d, end=False) is not None for d in given)

    def sql(self) -> tuple[list[str], list[Any]]:
        """WHERE clauses on ``search_docs d`` and their arguments, for what ``terms`` leaves out."""
        clauses: list[str] = []
        args: list[Any] = []
        if self.entity_id:
            clauses.append("d.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
            args.append(self.entity_id)
        if not self._dates_as_terms():
            if self.date_from:
                clauses.append("d.date >= ?")
                args.append(self.date_from)
            if self.date_to:
                clauses.append("substr(d.date, 1, ?) <= ?")
                args += [len(self.date_to), self.date_to]
        return clauses, args


@dataclass(slots=True)
class SearchHits:
    """One page of matches: ``items`` (id, title, lang, source, published, story_id, and the snippet with
    ``\\x02``/``\\x03`` around each hit), ``total`` (counted up to ``COUNT_CAP``; ``exact`` says whether it
    stopped there) and the facets."""

    items: list[dict[str, Any]]
    total: int
    exact: bool
    facets: dict[str, list[dict[str, Any]]]


class SqliteSearch:
    """Queries on the SQLite store's full-text index: ``search_fts`` (title, body) whose rowid is the article's
    ``search_docs.doc``, and ``search_docs`` (doc, article_id, lang, source, date), which filters and facets read
    by that integer without touching the articles table. The articles table is read for the page only.

    Work is bounded whatever the query: matches are counted up to ``COUNT_CAP``, relevance (bm25) ranks the
    ``RANK_CAP`` newest matches, and facets count the ``facet_sample`` newest."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._terms: tuple[int, dict[str, bool]] = (-1, {})

    def indexed(self, term: str, generation: int) -> bool:
        """Whether some article holds ``term`` (one word); remembered while ``generation`` (the store's change
        counter) stays the same."""
        if self._terms[0] != generation:
            self._terms = (generation, {})
        known = self._terms[1]
        if term not in known:
            if len(known) > 50_000:
                known.clear()
            known[term] = self.db.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1",
                                          (words_only(_quoted(term)),)).fetchone() is not None
        return known[term]

    def search(self, match: str, filters: SearchFilters, *, limit: int = 20, offset: int = 0, facets: bool = True,
               facet_sample: int = 500, syntax: str = "plain", exact: str | None = None) -> SearchHits:
        """The ``limit`` best matches of the FTS5 expression ``match`` from ``offset``, with total and facets;
        the matches of ``exact`` (the user's words as written) rank before the others.
        Raises ``SearchSyntaxError`` when an ``fts``-syntax expression does not parse."""
        if syntax == "fts":  # parsed alone first, so that an error names only what the user wrote
            try:
                self.db.execute("SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1", (match,)).fetchone()
            except sqlite3.OperationalError as e:
                reason = str(e).replace('near ""', "at the end").removeprefix("fts5: ")
                raise SearchSyntaxError(f"not a valid FTS5 query: {match!r} ({reason})") from None
        try:
            return self._search(match, filters, limit, offset, facets, facet_sample, exact)
        except sqlite3.OperationalError as e:
            if syntax == "fts":  # the caller's own FTS5 expression did not parse
                raise SearchSyntaxError(f"not a valid FTS5 query: {match!r} ({e})") from None
            raise

    def _bounds(self) -> tuple[str | None, str | None]:
        """The first and last dates stored (ISO dates sort before anything else that is not one)."""
        row = self.db.execute("SELECT (SELECT min(date) FROM search_docs WHERE date >= '0000'), "
                              "(SELECT max(date) FROM search_docs WHERE date < ':')").fetchone()
        return row[0], row[1]

    def _search(self, match: str, filters: SearchFilters, limit: int, offset: int, facets: bool,
                facet_sample: int, exact: str | None = None) -> SearchHits:
        groups = filters.terms(self._bounds)
        if groups is None:  # a date range no date falls in
            return SearchHits([], 0, True, {})
        words = words_only(match)
        # language, source and dates are terms FTS5 intersects with the words (no lookup per match)
        full = words + "".join(" AND meta : (" + " OR ".join(_quoted(t) for t in g) + ")" for g in groups)
        clauses, filter_args = filters.sql()
        filtered = bool(clauses or groups)
        # An entity filter has each match find its row of search_docs by integer. FTS5 walks its doclists fastest
        # in rowid order (a descending walk of an AND is slow), so the matches are read ascending, and newest
        # first only when there are more than a window holds.
        scope = ("FROM search_fts f JOIN search_docs d ON d.doc = f.rowid WHERE search_fts MATCH ?"
                 + "".join(f" AND {c}" for c in clauses)) if clauses else "FROM search_fts f WHERE search_fts MATCH ?"
        args = [full, *filter_args]
        if filtered:  # one walk: every match the filters keep (up to the count cap), oldest first
            docs = self._docs(f"SELECT f.rowid {scope} LIMIT {COUNT_CAP + 1}", args)
            total = len(docs)
            newest = docs[: -RANK_CAP - 1: -1] if total <= COUNT_CAP else None
        else:
            docs = self._docs(f"SELECT f.rowid {scope} LIMIT {RANK_CAP + 1}", args)
            total = len(docs)
            newest = docs[::-1] if total <= RANK_CAP else None
            if newest is None:
                total += self.db.execute(f"SELECT count(*) FROM (SELECT 1 {scope} AND f.rowid > ? "
                                         f"LIMIT {COUNT_CAP + 1 - total})", [*args, docs[-1]]).fetchone()[0]
        if newest is None:  # more matches than the window holds: the newest, walked from the end
            newest = self._docs(f"SELECT f.rowid {scope} ORDER BY f.rowid DESC LIMIT {RANK_CAP}", args)
        if not newest:
            return SearchHits([], 0, True, {})
        # relevance (bm25 of the words: the filter tokens weigh nothing) over the window, read in its rowid range;
        # an entity filter also keeps only the window's docs
        in_window = " AND +f.rowid IN (SELECT value FROM json_each(?))" if clauses else ""
        ranks = self.db.execute(
            f"SELECT f.rowid, f.rank FROM search_fts f WHERE search_fts MATCH ? AND f.rowid BETWEEN ? AND ?"
            f"{in_window}", [full, newest[-1], newest[0], *([json.dumps(newest)] if clauses else [])]).fetchall()
        as_written: set[int] = set()
        if exact and exact != match:  # the matches of the words as written first, then the other spellings
            as_written = {r[0] for r in self.db.execute(
                "SELECT f.rowid FROM search_fts f WHERE search_fts MATCH ? AND f.rowid BETWEEN ? AND ?",
                (words_only(exact), newest[-1], newest[0]))}
        ranks.sort(key=lambda r: (r[0] not in as_written if as_written else False, r[1], -r[0]))
        page = [r[0] for r in ranks[offset: offset + limit]]
        # whether each article holds the words as written (None for fts syntax, which has no such reading)
        items = self._page(words, page, lambda doc: None if exact is None else (
            doc in as_written if exact != match else True))
        counts = {}
        if facets:
            sample = newest[:facet_sample]
            if len(sample) < facet_sample and total > len(newest):
                sample = self._docs(f"SELECT f.rowid {scope} ORDER BY f.rowid DESC LIMIT {int(facet_sample)}", args)
            counts = self._facets(sample)
        return SearchHits(items, min(total, COUNT_CAP), total <= COUNT_CAP, counts)

    def _docs(self, sql: str, args: list[Any]) -> list[int]:
        return [r[0] for r in self.db.execute(sql, args)]

    def _page(self, match: str, page: list[int],
              written: Callable[[int], bool | None] = lambda doc: None) -> list[dict[str, Any]]:
        """The page's articles with their snippets (built for these only: in the ranking query SQLite would build
        one per match), in the order of ``page``."""
        if not page:
            return []
        listed = json.dumps(page)
        # the page's rowid range with the list as a plain filter: FTS5 looking each rowid up would seek its
        # doclists once per rowid
        snippets = dict(self.db.execute(
            "SELECT f.rowid, snippet(search_fts, 1, '\x02', '\x03', '…', 16) FROM search_fts f "
            "WHERE search_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND +f.rowid IN (SELECT value FROM json_each(?))",
            (match, min(page), max(page), listed)))
        rows = {r["doc"]: r for r in self.db.execute(
            "SELECT d.doc, a.id, a.title, a.lang, a.source, a.published, a.story_id FROM search_docs d "
            "JOIN articles a ON a.id = d.article_id WHERE d.doc IN (SELECT value FROM json_each(?))", (listed,))}
        return [{"id": r["id"], "title": r["title"], "lang": r["lang"], "source": r["source"],
                 "published": r["published"], "story_id": r["story_id"], "snippet": snippets.get(doc),
                 "as_written": written(doc)}
                for r, doc in ((rows.get(doc), doc) for doc in page) if r is not None]

    def _facets(self, sample: list[int]) -> dict[str, list[dict[str, Any]]]:
        """Counts by language, source, year, month, day and entity over ``sample`` (documents)."""
        hits = self.db.execute("SELECT article_id, lang, source, date FROM search_docs "
                               "WHERE doc IN (SELECT value FROM json_each(?))", (json.dumps(sample),)).fetchall()
        counters: dict[str, Counter] = {name: Counter() for name in ("lang", "source", "year", "month", "day")}
        for _, lang, source, date in hits:
            counters["lang"][lang] += 1
            counters["source"][source] += 1
            if date:
                for name, width in (("year", 4), ("month", 7), ("day", 10)):
                    counters[name][date[:width]] += 1
        found = {name: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0] or ""))
                        if v][:10] for name, c in counters.items()}
        found["entity"] = [{"value": r[0], "name": r[1], "latin": r[2], "count": r[3]} for r in self.db.execute(
            "SELECT m.entity_id, e.name, e.latin, count(DISTINCT m.article_id) AS n FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT 10", (json.dumps([h[0] for h in hits]),))]
        return found
