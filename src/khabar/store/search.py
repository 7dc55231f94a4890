"""User text to an FTS5 query. User text is never FTS5 syntax (unless the caller asks for ``syntax="fts"``): every
word becomes a quoted term, so ``COVID-19``, ``Dr.`` or ``मोदी's`` cannot be a syntax error. Words are cut the way
the FTS5 tokenizer cuts them (letters, marks and digits); a word also matches its inflections (its stem, from
the light stemmer of ``lang/<code>/stemmer.json``, with each listed suffix); and names reach the other script
through the entities' aliases and Latin names (``NameIndex``)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

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


# A double-quoted run of words (a phrase), or one whitespace-separated chunk; an unpaired quote is punctuation.
_CHUNK = regex.compile(r'"([^"]*)"|(\S+)')


@dataclass(slots=True)
class QueryWord:
    """One word of the user's query as FTS5 tokens (``COVID-19`` -> ``["COVID", "19"]``): ``phrase`` for the
    words of a double-quoted phrase (matched as written, in order), ``prefix`` for a word ending in ``*``."""

    tokens: list[str]
    phrase: bool = False
    prefix: bool = False


def query_words(text: str) -> list[QueryWord]:
    """The user's words: quoted phrases, prefixes (``put*``) and plain words, each as its FTS5 tokens."""
    found = []
    for m in _CHUNK.finditer(text):
        if m.group(1) is not None:
            tokens = [t for w in m.group(1).split() for t in _TOKEN.findall(_POSSESSIVE.sub("", w))]
            if tokens:
                found.append(QueryWord(tokens, phrase=len(tokens) > 1))
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
    min_stem, suffixes = _stemmer("hi" if has_devanagari(word) else "en")
    if len(stemmed) < max(min_stem, 2):  # too short to carry suffixes: "b" is not "bies"
        return [word]
    forms = [stemmed, *(stemmed + s for s in suffixes if _TOKEN.fullmatch(s))]
    # the word itself always (a one-letter word too: it must not give way to a form such as "bies")
    return list(dict.fromkeys([word, *(f for f in forms if len(f) >= 2)]))


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
    names in the other script); a double-quoted phrase matches as written, and a word ending in ``*`` as a
    prefix (the only FTS5 devices plain text gets, built here, never passed through); ``fts``: ``text`` is
    passed through as FTS5 syntax. ``known(term)`` says whether the index holds a term: inflections it lacks
    are left out of the query (fewer terms to merge).
    """
    if syntax == "fts":
        return text.strip() or None
    if syntax != "plain":
        raise ValueError(f"unknown search syntax {syntax!r} (plain or fts)")
    groups = []
    for word in query_words(text):
        tokens = word.tokens
        if word.prefix:  # put* -> "put"*: the user asked for a prefix, and only that
            groups.append(_quoted(" ".join(tokens)) + "*")
            continue
        options = [_quoted(" ".join(tokens)) if word.phrase else _term(tokens, known)]
        if names is not None:
            others = sorted(names.other_script(" ".join(tokens)))[:MAX_ALTERNATIVES]
            options += [p for p in (_phrase(o) for o in others) if p and p not in options]
        joined = " OR ".join(options)
        groups.append(f"({joined})" if " OR " in joined else joined)
    return " AND ".join(groups) if groups else None


# -- the SQLite full-text index (schema 0005) ---------------------------------------------------------------------
COUNT_CAP = 10_000  # matches counted at most (a broader query reports "10000+": exact is False)
RANK_CAP = 1_000  # matches ranked by relevance at most: the newest ones, when a query matches more


@dataclass(slots=True)
class SearchFilters:
    """What a search keeps: one language, one source, articles mentioning one entity (its id), and dates
    (``date_from`` and ``date_to`` are ISO prefixes: ``2025``, ``2025-03`` or ``2025-03-04``, both included)."""

    lang: str | None = None
    source: str | None = None
    entity_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def sql(self) -> tuple[list[str], list[Any]]:
        """WHERE clauses on ``search_docs d`` and their arguments."""
        clauses: list[str] = []
        args: list[Any] = []
        if self.lang:
            clauses.append("d.lang = ?")
            args.append(self.lang)
        if self.source:
            clauses.append("d.source = ?")
            args.append(self.source)
        if self.entity_id:
            clauses.append("d.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
            args.append(self.entity_id)
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
                                          (_quoted(term),)).fetchone() is not None
        return known[term]

    def search(self, match: str, filters: SearchFilters, *, limit: int = 20, offset: int = 0, facets: bool = True,
               facet_sample: int = 500, syntax: str = "plain") -> SearchHits:
        """The ``limit`` best matches of the FTS5 expression ``match`` from ``offset``, with total and facets.
        Raises ``SearchSyntaxError`` when an ``fts``-syntax expression does not parse."""
        try:
            return self._search(match, filters, limit, offset, facets, facet_sample)
        except sqlite3.OperationalError as e:
            if syntax == "fts":  # the caller's own FTS5 expression did not parse
                raise SearchSyntaxError(f"not a valid FTS5 query: {match!r} ({e})") from None
            raise

    def _search(self, match: str, filters: SearchFilters, limit: int, offset: int, facets: bool,
                facet_sample: int) -> SearchHits:
        clauses, filter_args = filters.sql()
        # Without filters the FTS index answers alone; with them each match finds its row of search_docs by
        # integer. FTS5 walks its doclists fastest in rowid order (a descending walk of an AND is slow), so the
        # matches are read ascending, and newest first only when there are more than a window holds.
        scope = ("FROM search_fts f JOIN search_docs d ON d.doc = f.rowid WHERE search_fts MATCH ?"
                 + "".join(f" AND {c}" for c in clauses)) if clauses else "FROM search_fts f WHERE search_fts MATCH ?"
        args = [match, *filter_args]
        # a filtered scan ranks as it goes (bm25 for the rows that pass only): most filtered queries end here
        first = self.db.execute(f"SELECT f.rowid{', f.rank' if clauses else ''} {scope} LIMIT {RANK_CAP + 1}",
                                args).fetchall()
        docs = [r[0] for r in first]
        ranks = first if clauses and len(first) <= RANK_CAP else None
        if len(docs) <= RANK_CAP:  # most queries: every match at hand
            total, newest = len(docs), docs[::-1]
        else:
            more = f"SELECT f.rowid {scope} AND f.rowid > ? LIMIT {COUNT_CAP + 1 - len(docs)}"
            if clauses:  # the filtered scan is the cost: keep its ids rather than walk the matches again
                docs += self._docs(more, [*args, docs[-1]])
                total = len(docs)
            else:
                total = len(docs) + self.db.execute(f"SELECT count(*) FROM ({more})", [*args, docs[-1]]).fetchone()[0]
            newest = docs[: -RANK_CAP - 1: -1] if total <= COUNT_CAP and clauses else self._docs(
                f"SELECT f.rowid {scope} ORDER BY f.rowid DESC LIMIT {RANK_CAP}", args)
        if not newest:
            return SearchHits([], 0, True, {})
        # relevance (bm25) over the window, read in its rowid range; a filter also keeps only the window's docs
        if ranks is None:
            in_window = " AND +f.rowid IN (SELECT value FROM json_each(?))" if clauses else ""
            ranks = self.db.execute(
                f"SELECT f.rowid, f.rank FROM search_fts f WHERE search_fts MATCH ? AND f.rowid BETWEEN ? AND ?"
                f"{in_window}", [match, newest[-1], newest[0], *([json.dumps(newest)] if clauses else [])]).fetchall()
        ranks.sort(key=lambda r: (r[1], -r[0]))
        page = [r[0] for r in ranks[offset: offset + limit]]
        items = self._page(match, page)
        counts = {}
        if facets:
            sample = newest[:facet_sample]
            if len(sample) < facet_sample and total > len(newest):
                sample = self._docs(f"SELECT f.rowid {scope} ORDER BY f.rowid DESC LIMIT {int(facet_sample)}", args)
            counts = self._facets(sample)
        return SearchHits(items, min(total, COUNT_CAP), total <= COUNT_CAP, counts)

    def _docs(self, sql: str, args: list[Any]) -> list[int]:
        return [r[0] for r in self.db.execute(sql, args)]

    def _page(self, match: str, page: list[int]) -> list[dict[str, Any]]:
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
                 "published": r["published"], "story_id": r["story_id"], "snippet": snippets.get(doc)}
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
        found = {name: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
                        if v][:10] for name, c in counters.items()}
        found["entity"] = [{"value": r[0], "name": r[1], "latin": r[2], "count": r[3]} for r in self.db.execute(
            "SELECT m.entity_id, e.name, e.latin, count(DISTINCT m.article_id) AS n FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY m.entity_id ORDER BY n DESC, m.entity_id LIMIT 10", (json.dumps([h[0] for h in hits]),))]
        return found
