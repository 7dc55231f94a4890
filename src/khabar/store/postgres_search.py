"""Full-text search on PostgreSQL, with its own means: a ``tsvector`` per article and GIN-indexed ``@@`` queries.

The terms are the ones SQLite's FTS5 table holds (``store/search.py``: letters, marks and digits, so that Hindi
words stay whole; case-folded), built here in Python rather than by the server's parser, whose idea of a word
depends on its locale. Title words carry weight A and body words D (a body-only phrase asks for ``:D``). A
query is built from the same pieces as the FTS5 one: each word with its inflections (``lang/*/stemmer.json``)
that the index holds, its names in the other script (``NameIndex``) and its words in the other script (the
bilingual lexicon); results have the SQLite search's shape.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from khabar.store.search import (
    _TOKEN,
    MAX_ALTERNATIVES,
    NameIndex,
    SearchSyntaxError,
    lexicon_terms,
    query_translations,
    query_words,
    spellings,
    translations,
    word_forms,
    words,
)

if TYPE_CHECKING:
    from khabar.store.postgres import PostgresStore
    from khabar.store.read import Page, Reader

MAX_POSITION = 16383  # PostgreSQL keeps word positions up to this one
MAX_POSITIONS = 256  # and this many positions of one word
MAX_LEXEME_BYTES = 2046
SNIPPET = 'StartSel="\x02", StopSel="\x03", MaxWords=24, MinWords=10, ShortWord=1, HighlightAll=false'


def _fold(token: str) -> str:
    return token.lower()


def tsvector(title: str, body: str) -> str:
    """The ``tsvector`` literal of an article: title words weighted A, body words D, one position apart
    (a gap between the two, so that no phrase runs from the title into the body)."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for text, weight in ((title, "A"), (body, "D")):
        for token in _TOKEN.findall(text or ""):
            pos += 1
            lexeme = _fold(token)
            if len(lexeme.encode("utf-8")) > MAX_LEXEME_BYTES:
                continue
            found = positions.setdefault(lexeme, [])
            if len(found) < MAX_POSITIONS:
                found.append(f"{min(pos, MAX_POSITION)}{weight}")
        pos += 1
    # PostgreSQL drops repeated positions itself; a word seen past the last position keeps one of them
    return " ".join(f"'{lexeme}':{','.join(dict.fromkeys(p))}" for lexeme, p in positions.items())


def _lexeme(token: str, weight: str = "") -> str:
    return f"'{_fold(token)}'" + (f":{weight}" if weight else "")


def _phrase(tokens: list[str], weight: str = "") -> str:
    parts = [_lexeme(t, weight) for t in tokens]
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"


def _tsterms(tokens: list[str], known: Callable[[str], bool] | None, inflect: bool) -> list[str]:
    """One word as lexemes (itself and the inflections and nukta spellings the index holds), or a phrase of
    several tokens."""
    if len(tokens) != 1:
        return [_phrase(tokens)] if tokens else []
    token = tokens[0]
    forms = [token] if token.isdigit() or not inflect else word_forms(token, known)
    return [_lexeme(f) for f in dict.fromkeys(_fold(f) for f in forms)]


def compile_tsquery(text: str, names: NameIndex | None = None,
                    known: Callable[[str], bool] | None = None, inflect: bool = True, *,
                    synonyms: bool = True) -> str | None:
    """The ``tsquery`` for plain user text (``store/search.py``'s ``compile_query`` for PostgreSQL): every word
    must match, as itself, one of its inflections or nukta spellings the index holds, one of its names or (with
    ``inflect``, the default) one of its common words in the other script. A word in the user's double quotes
    is matched as written; ``inflect=False`` matches every word as written, ``synonyms=False`` leaves out the
    names and common words in the other script."""
    groups = []
    typed = query_words(text)
    found = lexicon_terms(typed) if inflect and synonyms else typed
    for word in found:
        tokens = word.tokens
        if word.quoted or not inflect:
            groups.append(_phrase(tokens))
            continue
        options = _tsterms(tokens, known, inflect)
        if not synonyms:
            groups.append("(" + " | ".join(options) + ")" if len(options) > 1 else options[0])
            continue
        if inflect:
            for other in translations(" ".join(tokens))[:MAX_ALTERNATIVES]:
                options += [t for t in _tsterms(_TOKEN.findall(other), known, inflect) if t not in options]
        if names is not None:
            for other in sorted(names.other_script(" ".join(tokens)))[:MAX_ALTERNATIVES]:
                other_tokens = _TOKEN.findall(other)
                if other_tokens and (p := _phrase(other_tokens)) not in options:
                    options.append(p)
        groups.append("(" + " | ".join(options) + ")" if len(options) > 1 else options[0])
    return " & ".join(groups) if groups else None


def simple_search(store: PostgresStore, query: str, limit: int = 20) -> list[Any]:
    """``Store.search``: articles holding every word of ``query`` (as written), best first."""
    match = compile_tsquery(query, inflect=False)
    if match is None:
        return []
    return store.db.raw(
        "SELECT id, title, ts_headline('simple', coalesce(body, ''), q, 'StartSel=[, StopSel=]') AS snippet "
        "FROM articles_fts, to_tsquery('simple', %s) q WHERE terms @@ q "
        "ORDER BY ts_rank(terms, q) DESC, rowid DESC LIMIT %s", (match, limit)).fetchall()


def articles_with_names(store: PostgresStore, names: Iterable[str], limit: int) -> dict[str, list[str]]:
    """``{name: article ids}`` of the articles whose body holds ``name`` as a phrase; a name in more than
    ``limit`` articles is left out."""
    out: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        tokens = _TOKEN.findall(name)
        if not tokens:
            continue
        ids = [r[0] for r in store.db.raw(
            "SELECT id FROM articles_fts WHERE terms @@ to_tsquery('simple', %s) LIMIT %s",
            (" <-> ".join(_lexeme(t, "D") for t in tokens), limit + 1))]
        if ids and len(ids) <= limit:
            out[name] = ids
    return out


def search(reader: Reader, q: str, *, syntax: str = "plain", lang: str | None = None, source: str | None = None,
           entity: str | None = None, date_from: str | None = None, date_to: str | None = None,
           limit: int = 20, offset: int = 0, facets: bool = True, facet_sample: int = 500, synonyms: bool = True,
           exact: bool = False) -> Page:
    """``Reader.search`` on PostgreSQL: the same filters, bounds, facets and result shape. ``syntax="fts"``
    takes PostgreSQL's web search syntax (``"a phrase" -word or``)."""
    from khabar.store.read import Page, _snippet_parts
    from khabar.store.search import COUNT_CAP, RANK_CAP

    started = time.perf_counter()
    db = reader.store.db
    names = reader.name_index()
    if syntax == "fts":
        match = db.raw("SELECT websearch_to_tsquery('simple', %s)::text", (q,)).fetchone()[0] or None
    elif syntax == "plain":
        single = [tokens[0] for tokens in words(q) if len(tokens) == 1 and not tokens[0].isdigit()]
        single += [w for others in query_translations(q, synonyms).values() for w in others
                   if len(_TOKEN.findall(w)) == 1]
        indexed = _indexed(reader, [f for token in single for f in spellings(token)]) if not exact else set()
        match = compile_tsquery(q, names, known=indexed.__contains__, inflect=not exact, synonyms=synonyms)
    else:
        raise ValueError(f"unknown search syntax {syntax!r} (plain or fts)")
    # the words as written: their matches rank first
    as_written = (compile_tsquery(q, inflect=False) or match) if syntax == "plain" else match
    named = sorted(names.entities(q)) if syntax == "plain" else []
    extra: dict[str, Any] = {"query": q, "match": match, "syntax": syntax,
                             "entities": reader._entities_by_id(named),
                             "translations": query_translations(q, synonyms and not exact)
                             if syntax == "plain" else {}}
    if match is None:
        return Page([], 0, limit, offset, {**extra, "facets": {}, "took_ms": 0.0})
    clauses, args = ["f.terms @@ %s::tsquery"], [match]
    if lang:
        clauses.append("a.lang = %s")
        args.append(lang)
    if source:
        clauses.append("a.source = %s")
        args.append(source)
    if entity:
        clauses.append("a.id IN (SELECT article_id FROM mentions WHERE entity_id = %s)")
        args.append(reader.entity_id(entity))
    if date_from:
        clauses.append("coalesce(a.published, a.event_date) >= %s")
        args.append(date_from)
    if date_to:
        clauses.append("substr(coalesce(a.published, a.event_date), 1, %s) <= %s")
        args += [len(date_to), date_to]
    joined = "FROM articles_fts f JOIN articles a ON a.id = f.id WHERE " + " AND ".join(clauses)
    import psycopg

    try:
        total = db.raw(f"SELECT count(*) FROM (SELECT 1 {joined} LIMIT {COUNT_CAP + 1}) s", args).fetchone()[0]
    except psycopg.errors.SyntaxError as e:  # a tsquery PostgreSQL could not parse
        raise SearchSyntaxError(f"not a valid query: {q!r} ({e})") from None
    exact = total <= COUNT_CAP
    total = min(total, COUNT_CAP)
    # relevance among the RANK_CAP newest matches (bounded work, as on SQLite)
    ranked = dict(tuple(r) for r in db.raw(
        f"SELECT rowid, written FROM (SELECT f.rowid, ts_rank(f.terms, %s::tsquery) AS score, "
        f"(f.terms @@ %s::tsquery) AS written {joined} ORDER BY f.rowid DESC LIMIT {RANK_CAP}) s "
        "ORDER BY written DESC, score DESC, rowid DESC LIMIT %s OFFSET %s",
        [match, as_written, *args, limit, offset]))  # rowid -> whether it holds the words as written
    rows = {r["rowid"]: r for r in db.raw(
        "SELECT f.rowid, a.id, a.title, a.lang, a.source, a.published, a.story_id, "
        "ts_headline('simple', coalesce(f.body, ''), %s::tsquery, %s) AS snippet FROM articles_fts f "
        "JOIN articles a ON a.id = f.id WHERE f.rowid = ANY(%s)", (match, SNIPPET, list(ranked)))} if ranked else {}
    extra["total_exact"] = exact
    facet_counts = _facets(db, joined, args, facet_sample) if facets and total else {}
    items = [{"id": r["id"], "title": r["title"], "lang": r["lang"], "source": r["source"],
              "published": r["published"], "story_id": r["story_id"], "snippet": _snippet_parts(r["snippet"]),
              "as_written": ranked[r["rowid"]] if syntax == "plain" else None}
             for r in (rows[i] for i in ranked if i in rows)]
    extra.update(facets=facet_counts, took_ms=round((time.perf_counter() - started) * 1000, 2))
    return Page(items, total, limit, offset, extra)


def _indexed(reader: Reader, terms: list[str]) -> set[str]:
    """Which of ``terms`` (single words) some article holds: one query for those not yet known, remembered until
    the store changes."""
    generation = reader._generation()
    cached = getattr(reader, "_pg_terms", None)  # this module's cache on the Reader (SQLite has SqliteSearch's)
    if cached is None or cached[0] != generation:
        cached = reader._pg_terms = (generation, {})
    known = cached[1]
    missing = [t for t in dict.fromkeys(terms) if t not in known]
    if missing:
        if len(known) > 50_000:
            known.clear()
        found = {r[0] for r in reader.store.db.raw(
            "SELECT t FROM unnest(%s::text[], %s::text[]) AS u(t, q) WHERE EXISTS "
            "(SELECT 1 FROM articles_fts WHERE terms @@ u.q::tsquery)", (missing, [_lexeme(t) for t in missing]))}
        known.update((t, t in found) for t in missing)
    return {t for t in terms if known[t]}


def _facets(db: Any, joined: str, args: list[Any], sample: int) -> dict[str, list[dict[str, Any]]]:
    """Counts by language, source, year, month, day and entity over the ``sample`` newest matches."""
    # dates as SQLite's search_docs holds them: the publication date, else the event date
    hits = db.raw(f"SELECT a.id, a.lang, a.source, coalesce(a.published, a.event_date) AS date {joined} "
                  "ORDER BY f.rowid DESC LIMIT %s",
                  [*args, sample]).fetchall()
    counters: dict[str, Counter] = {name: Counter() for name in ("lang", "source", "year", "month", "day")}
    for h in hits:
        counters["lang"][h["lang"]] += 1
        counters["source"][h["source"]] += 1
        if h["date"]:
            for name, width in (("year", 4), ("month", 7), ("day", 10)):
                counters[name][h["date"][:width]] += 1
    facets = {name: [{"value": v, "count": n} for v, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0] or ""))
                     if v][:10] for name, c in counters.items()}
    facets["entity"] = [{"value": r[0], "name": r[1], "latin": r[2], "count": r[3]} for r in db.raw(
        "SELECT m.entity_id, e.name, e.latin, count(DISTINCT m.article_id) AS n FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ANY(%s) "
        "GROUP BY m.entity_id, e.name, e.latin ORDER BY n DESC, m.entity_id LIMIT 10",
        ([h["id"] for h in hits],))]
    return facets


__all__ = ["articles_with_names", "compile_tsquery", "search", "simple_search", "tsvector"]
