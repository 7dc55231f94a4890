"""The read side of the store: the one query layer the CLI, the Python API, the REST API and the web pages use.

Every read of the store goes through ``Reader``; it returns plain JSON-ready dicts (the shapes of the export
contract, design/EXPORT.md, plus display fields) or the data model's objects. SQL is parameterised throughout;
the few table names put into SQL come from fixed lists, never from the caller.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from khabar.model import Analysis, Story
from khabar.store.search import (
    NameIndex,
    SearchFilters,
    SqliteSearch,
    check_input,
    compile_query,
    query_translations,
    query_words,
    spelling_edits,
    spelling_settings,
)
from khabar.store.sqlite import SqliteStore
from khabar.text.keys import has_devanagari, match_key

if TYPE_CHECKING:  # the graph, the entity index and the summariser load numpy/scikit-learn: imported where used
    from khabar.graph import ArticleMentions, EntityInfo, Graph
    from khabar.link.entities import EntityIndex

# Where the link step keeps the serialised EntityIndex (``EntityIndex.to_dict()``) in the store's state.
ENTITY_STATE = "entity_index"
KINDS = {"articles": "articles", "stories": "stories", "entities": "entities", "threads": "threads"}
NO_LIMIT = 2**62  # LIMIT for "all rows" (SQLite takes -1, PostgreSQL only a count)
MIN_SHORT = 4  # characters of an id shown at least, even when fewer would be unique


def open_store(path: str | Path | None = None) -> SqliteStore:
    """The store at ``path`` (``KHABAR_DB`` or ./khabar.db by default), through ``khabar.store.open_store``."""
    from khabar.store import open_store as open_any

    return open_any(path)


class NotFound(LookupError):
    """No record has this id (or unique id prefix, or name)."""


class Ambiguous(LookupError):
    """Several records share this id prefix."""

    def __init__(self, message: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.candidates = candidates


@dataclass(slots=True)
class Page:
    """One page of a listing: ``items`` from ``offset`` of ``total`` in all."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    extra: dict[str, Any] = field(default_factory=dict)  # facets, the compiled query, ...

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset,
                "next_offset": self.offset + self.limit if self.offset + self.limit < self.total else None,
                **self.extra}


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


def short_prefixes(ids: list[str], minimum: int = MIN_SHORT) -> dict[str, str]:
    """The shortest prefix of each id that no other id shares (at least ``minimum`` characters)."""
    ordered = sorted(set(ids))
    short = {}
    for n, current in enumerate(ordered):
        need = minimum
        for other in (ordered[n - 1] if n else None, ordered[n + 1] if n + 1 < len(ordered) else None):
            if other is None:
                continue
            common = 0
            while common < min(len(current), len(other)) and current[common] == other[common]:
                common += 1
            need = max(need, common + 1)
        short[current] = current[:need]
    return short


def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _add_date_range(clauses: list[str], args: list[Any], day: str, date_from: str | None,
                    date_to: str | None) -> None:
    """Clauses for ``date_from <= day <= date_to`` on a SQL expression ``day`` (YYYY-MM-DD text); ``date_to`` may be
    a year or a month (2020, 2020-04), compared on as many characters as it has."""
    if date_from:
        clauses.append(f"{day} >= ?")
        args.append(date_from)
    if date_to:
        clauses.append(f"substr({day}, 1, ?) <= ?")
        args += [len(date_to), date_to]


def _window(values: list[Any], limit: int, offset: int) -> list[Any]:
    return values[offset: offset + limit] if limit else values[offset:]


class Reader:
    """Queries over one store."""

    def __init__(self, store: SqliteStore) -> None:
        self.store = store
        self.db: sqlite3.Connection = store.db
        self._names: tuple[int, NameIndex] | None = None
        self._index: tuple[int, EntityIndex] | None = None
        self._lookup: tuple[int, EntityIndex | None] | None = None
        self._search: SqliteSearch | None = None
        self._support: tuple[EntityIndex, dict[str, str | None]] | None = None

    @classmethod
    def open(cls, path: str | Path | None = None) -> Reader:
        return cls(open_store(path))

    @property
    def path(self) -> str:
        return self.store.path

    def _generation(self) -> int:
        """Changes whenever another connection commits (cached lookups are rebuilt then)."""
        return self.store.generation()

    # -- ids --------------------------------------------------------------------------------------------
    def ids(self, kind: str) -> list[str]:
        table = KINDS[kind]
        return [r[0] for r in self.db.execute(f"SELECT id FROM {table} ORDER BY id")]

    def short_ids(self, kind: str) -> dict[str, str]:
        """``{id: shortest unique prefix}``: what the CLI shows and ``resolve`` accepts."""
        return short_prefixes(self.ids(kind))

    def resolve(self, kind: str, ref: str) -> str:
        """The full id of ``ref``: an id, or a prefix that only one id has."""
        table = KINDS[kind]
        if self.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ref,)).fetchone():
            return ref
        escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        matches = [r[0] for r in self.db.execute(
            f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6", (escaped + "%",))]
        # LIKE is case-insensitive for ASCII; ids are not
        matches = [m for m in matches if m.startswith(ref)]
        if len(matches) == 1 and ref:
            return matches[0]
        singular = kind[:-3] + "y" if kind.endswith("ies") else kind[:-1]
        if not matches or not ref:
            raise NotFound(f"no {singular} {ref!r}")
        raise Ambiguous(f"{singular} {ref!r} is ambiguous: {', '.join(matches[:5])}", matches)

    def count(self, table: str) -> int:
        return self.store.count(table)

    # -- articles ---------------------------------------------------------------------------------------
    @staticmethod
    def article_record(row: sqlite3.Row, with_text: bool = True) -> dict[str, Any]:
        """An articles.jsonl record (plus ``short``-free display fields added by callers)."""
        record = {
            "id": row["id"], "url": row["url"], "source": row["source"], "lang": row["lang"], "title": row["title"],
            "published": row["published"], "dateline": _loads(row["dateline"], None),
            "agencies": _loads(row["agencies"], []), "author": row["author"], "story_id": row["story_id"],
            "duplicate_of": row["duplicate_of"], "syndication_group": row["syndication_group"],
            "event_date": row["event_date"],
        }
        if with_text:
            record.update(text=row["text"], body=row["body"],
                          boilerplate=[b["text"] for b in _loads(row["boilerplate"], [])])
        return record

    def articles(self, *, lang: str | None = None, source: str | None = None, story: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, limit: int = 50, offset: int = 0,
                 with_text: bool = False, newest_first: bool = False) -> Page:
        """Articles by id (``newest_first``: by publication, newest first, undated last). ``source`` matches
        the outlet's name in any case; ``date_from``/``date_to`` (YYYY[-MM[-DD]]) bound the publication day."""
        clauses, args = [], []
        if lang:
            clauses.append("lang = ?")
            args.append(lang)
        if source:
            clauses.append("lower(source) = ?")
            args.append(source.strip().lower())
        if story:
            clauses.append("story_id = ?")
            args.append(self.resolve("stories", story))
        _add_date_range(clauses, args, "substr(published, 1, 10)", date_from, date_to)
        where = _where(clauses)
        total = self.db.execute(f"SELECT count(*) FROM articles{where}", args).fetchone()[0]
        columns = "*" if with_text else ("id, url, source, lang, title, published, dateline, agencies, author, "
                                         "story_id, duplicate_of, syndication_group, event_date")
        order = "published IS NULL, published DESC, id" if newest_first else "id"
        rows = self.db.execute(f"SELECT {columns} FROM articles{where} ORDER BY {order} LIMIT ? OFFSET ?",
                               [*args, limit if limit else NO_LIMIT, offset]).fetchall()
        return Page([self.article_record(r, with_text) for r in rows], total, limit, offset)

    def outlets(self) -> list[tuple[str, int]]:
        """``(outlet, articles)`` of every named source, most articles first (what ``--source`` accepts)."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL AND source != '' "
            "GROUP BY source ORDER BY n DESC, source")]

    def article_analysis(self, ref: str) -> tuple[sqlite3.Row, Analysis]:
        """The article's row and its stored analysis (``show``)."""
        row = self.store.article(self.resolve("articles", ref))
        return row, Analysis.from_dict(json.loads(row["analysis"]))

    def article(self, ref: str) -> dict[str, Any]:
        """One article with every finding as a span into its text, ready to highlight."""
        row, analysis = self.article_analysis(ref)
        names = {r["id"]: (r["name"], r["latin"]) for r in self.db.execute(
            "SELECT e.id, e.name, e.latin FROM entities e JOIN mentions m ON m.entity_id = e.id "
            "WHERE m.article_id = ?", (row["id"],))}
        mentions = [{"start": r["start"], "end": r["end"], "text": r["text"], "type": r["type"],
                     "entity_id": r["entity_id"], "entity": (names.get(r["entity_id"]) or (None,))[0]}
                    for r in self.db.execute('SELECT * FROM mentions WHERE article_id = ? ORDER BY start',
                                             (row["id"],))]
        quotes = [{"id": q.id, "kind": q.kind, "start": q.start, "end": q.end, "text": q.text,
                   "speaker_text": q.speaker_text, "speaker_entity_id": q.speaker_entity_id, "cue": q.cue}
                  for q in analysis.quotes]
        story = self.db.execute("SELECT id, headline FROM stories WHERE id = ?", (row["story_id"],)).fetchone()
        copies = [r[0] for r in self.db.execute(
            "SELECT id FROM articles WHERE syndication_group = ? AND id != ? ORDER BY id",
            (row["syndication_group"], row["id"]))] if row["syndication_group"] else []
        return {
            **self.article_record(row), "analysis_lang": analysis.lang,
            "story": dict(story) if story else None, "syndicated_with": copies,
            "mentions": mentions, "quotes": quotes,
            "timexes": [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "anchor": t.anchor}
                        for t in analysis.timexes],
            "quantities": [{"start": q.start, "end": q.end, "text": q.text, "value": q.value, "unit": q.unit,
                            "qualifier": q.qualifier, "claim_id": q.claim_id} for q in analysis.quantities],
            "boilerplate_spans": [{"start": b.start, "end": b.end, "text": b.text} for b in analysis.boilerplate],
        }

    # -- stories ----------------------------------------------------------------------------------------
    def story_models(self) -> list[Story]:
        """Every story as the data model holds it, earliest first."""
        return self.store.stories()

    def _story_items(self, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
        ids = [r["id"] for r in rows]
        members: dict[str, list[sqlite3.Row]] = defaultdict(list)
        if ids:
            marks = ",".join("?" * len(ids))
            for a in self.db.execute(f"SELECT id, story_id, lang, source, agencies, published FROM articles "
                                     f"WHERE story_id IN ({marks}) ORDER BY id", ids):
                members[a["story_id"]].append(a)
        items = []
        for r in rows:
            arts = members.get(r["id"], [])
            outlets: list[str] = []
            for a in arts:
                for name in [a["source"], *_loads(a["agencies"], [])]:
                    if name and name not in outlets:
                        outlets.append(name)
            items.append({
                "id": r["id"], "article_ids": [a["id"] for a in arts], "headline": r["headline"],
                "summary": _loads(r["summary"], []), "date": r["date"], "first_seen": r["first_seen"],
                "last_seen": r["last_seen"], "thread_id": r["thread_id"], "entity_ids": _loads(r["entity_ids"], []),
                "sources": r["sources"], "independent_sources": r["independent_sources"],
                "langs": sorted({a["lang"] for a in arts if a["lang"]}), "outlets": outlets,
            })
        return items

    def stories(self, *, lang: str | None = None, source: str | None = None, entity: str | None = None,
                date_from: str | None = None, date_to: str | None = None, thread: str | None = None,
                min_articles: int = 0, limit: int = 50, offset: int = 0) -> Page:
        """Stories, newest first (by event date, then first publication). ``source`` matches an outlet's name in
        any case; ``min_articles`` keeps stories carried by at least that many articles."""
        clauses, args = [], []
        if lang:
            clauses.append("id IN (SELECT story_id FROM articles WHERE lang = ?)")
            args.append(lang)
        if source:
            clauses.append("id IN (SELECT story_id FROM articles WHERE lower(source) = ?)")
            args.append(source.strip().lower())
        if min_articles > 1:
            clauses.append("sources >= ?")
            args.append(min_articles)
        if entity:
            entity_id = self.entity_id(entity)
            clauses.append("id IN (SELECT a.story_id FROM articles a JOIN mentions m ON m.article_id = a.id "
                           "WHERE m.entity_id = ?)")
            args.append(entity_id)
        _add_date_range(clauses, args, "coalesce(date, substr(first_seen, 1, 10))", date_from, date_to)
        if thread:
            clauses.append("thread_id = ?")
            args.append(thread)
        where = _where(clauses)
        total = self.db.execute(f"SELECT count(*) FROM stories{where}", args).fetchone()[0]
        rows = self.db.execute(
            f"SELECT * FROM stories{where} ORDER BY coalesce(date, substr(first_seen, 1, 10)) IS NULL, "
            f"coalesce(date, substr(first_seen, 1, 10)) DESC, first_seen DESC, id LIMIT ? OFFSET ?",
            [*args, limit if limit else NO_LIMIT, offset]).fetchall()
        return Page(self._story_items(rows), total, limit, offset)

    def story(self, ref: str) -> dict[str, Any]:
        """One story with its summary, timeline, quotes, claims, sources and entities."""
        story_id = self.resolve("stories", ref)
        row = self.db.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        record = self._story_items([row])[0]
        articles = self.db.execute(
            "SELECT id, url, source, lang, title, published, agencies, syndication_group, duplicate_of, "
            "event_date FROM articles WHERE story_id = ? ORDER BY published IS NULL, published, id",
            (story_id,)).fetchall()
        # the summary the link step stored with the story: the one every listing and the export serve too
        by_id = {a["id"]: a for a in articles}
        for sentence in record["summary"]:
            a = by_id[sentence["article_id"]]
            sentence["title"] = a["title"]
            sentence["source"] = a["source"] or ", ".join(_loads(a["agencies"], [])) or None
        groups: dict[str, list[dict[str, Any]]] = {}
        for a in articles:
            groups.setdefault(a["syndication_group"] or a["id"], []).append(
                {"id": a["id"], "title": a["title"], "source": a["source"], "lang": a["lang"],
                 "published": a["published"], "agencies": _loads(a["agencies"], []),
                 "duplicate_of": a["duplicate_of"]})
        record["source_groups"] = [{"group": g, "syndicated": len(items) > 1, "articles": items}
                                   for g, items in groups.items()]
        record["timeline"] = self._timeline(story_id, articles)
        record["quotes"] = self.quote_groups(story=story_id)
        record["claims"] = self.claims(story=story_id)
        record["figure_series"] = _figure_series(record["claims"], {a["id"]: a["published"] for a in articles})
        record["entities"] = self._entities_by_id(record["entity_ids"])
        return record

    def _timeline(self, story_id: str, articles: list[sqlite3.Row]) -> list[dict[str, Any]]:
        """Dated events of the story: each publication, and each date the articles mention (by value)."""
        events = [{"date": a["published"][:10], "kind": "published", "text": a["title"] or a["id"],
                   "article_id": a["id"]} for a in articles if a["published"]]
        seen: dict[str, dict[str, Any]] = {}
        for t in self.db.execute(
                'SELECT t.article_id, t.text, t.value, t.start, t."end" FROM timexes t JOIN articles a '
                "ON a.id = t.article_id WHERE a.story_id = ? AND t.value IS NOT NULL ORDER BY t.value, "
                "t.article_id, t.start", (story_id,)):
            value = t["value"][:10]
            if value in seen:
                seen[value]["articles"] = sorted({*seen[value]["articles"], t["article_id"]})
                continue
            seen[value] = {"date": value, "kind": "mentioned", "text": t["text"], "article_id": t["article_id"],
                           "start": t["start"], "end": t["end"], "articles": [t["article_id"]]}
        return sorted([*events, *seen.values()], key=lambda e: (e["date"], e["kind"]))

    # -- entities ---------------------------------------------------------------------------------------
    def entity_index(self) -> EntityIndex:
        """The entity index the link step saved, else one rebuilt from the stored entities and their mentions;
        story ids come from the articles table either way (stories are regrouped after entities are linked)."""
        from khabar.link.entities import EntityIndex

        generation = self._generation()
        if self._index and self._index[0] == generation:
            return self._index[1]
        # the link step's index: as rows where the store keeps it so (``entity_index_records``), else as the
        # serialised state; a store written without either is rebuilt from its entities
        rows_of = getattr(self.store, "entity_index_records", None)
        records = rows_of() if rows_of is not None else []
        state_of = getattr(self.store, "get_state", None)
        state = state_of(ENTITY_STATE) if state_of is not None and not any(r["mentions"] for r in records) else None
        if any(r["mentions"] for r in records):
            index = EntityIndex.from_dict({"entities": records})
        elif state:
            index = EntityIndex.from_dict(state)
        else:
            index = EntityIndex.from_dict({"entities": [
                {"id": e.id, "type": e.type, "seq": n, "absorbed": e.absorbed,
                 "mentions": [{**m, "source": m.get("source", "model")} for m in e.mentions]}
                for n, e in enumerate(self.store.entities()) if e.mentions]})
        for row in self.db.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL"):
            index.set_story(row["id"], row["story_id"])
        self._index = (generation, index)
        return index

    def entity_summary(self, index: EntityIndex, entity_id: str) -> dict[str, Any]:
        e = index.entities[entity_id]
        record = e.export()
        # The type most mentions say, as the export and the entities table give it (the record keeps the type it was
        # made with: निजामुद्दीन, made an organisation by its first report, is a place in most of its mentions).
        return {"id": e.id, "type": record["type"], "name": record["name"], "latin": record["latin"],
                "mentions": len(e.mentions), "aliases": len(record["aliases"]), "articles": len(e.articles()),
                "stories": index.stories(e.id)}

    def entity_support(self) -> dict[str, str | None]:
        """Each entity's support (``link.entity_filter``: known, articles, repeated, single), or None for a
        description taken for a name (a title, role, slogan or event); remembered until the store changes."""
        from khabar.link.entity_filter import is_description, support

        index = self.entity_index()
        if self._support is None or self._support[0] is not index:
            self._support = (index, {eid: None if is_description(e.name, e.type) else support(e)
                                     for eid, e in index.entities.items()})
        return self._support[1]

    def entity_list(self, *, type_: str | None = None, story: str | None = None, limit: int = 0,
                    include_weak: bool = False) -> list[dict]:
        """Canonical entities, most mentioned first, with counts and support (``khabar entities``).

        Listed are the entities something supports: a known name, two articles, or two tagged mentions in one
        article; ``include_weak`` adds those with a single tagged mention. Descriptions are never listed."""
        index = self.entity_index()
        support = self.entity_support()
        rows = []
        for eid in index.entities:
            level = support[eid]
            if level is None or (level == "single" and not include_weak):
                continue
            row = {**self.entity_summary(index, eid), "support": level}
            if type_ and row["type"] != type_.upper():
                continue
            if story and story not in row["stories"]:
                continue
            rows.append(row)
        rows.sort(key=lambda r: (-r["mentions"], r["id"]))
        return rows[:limit] if limit else rows

    def entities_hidden(self, include_weak: bool = False) -> int:
        """How many entities ``entity_list`` leaves out (descriptions, and weak ones unless included)."""
        return sum(1 for level in self.entity_support().values()
                   if level is None or (level == "single" and not include_weak))

    def entities(self, *, type_: str | None = None, story: str | None = None, q: str | None = None,
                 limit: int = 50, offset: int = 0, include_weak: bool = False) -> Page:
        """A page of entities (``/api/entities``): the entities.jsonl record without the mention list, plus
        counts and support; ``q`` keeps those a name, alias or Latin name matches. The supported entities, as
        ``entity_list`` lists them (``include_weak`` for the rest); ``hidden`` counts those left out."""
        rows = self.entity_list(type_=type_, story=self.resolve("stories", story) if story else None,
                                include_weak=include_weak)
        if q:
            wanted = set(self.entity_ids(q))
            rows = [r for r in rows if r["id"] in wanted]
        window = _window(rows, limit, offset)
        stored = {r["id"]: r for r in self.db.execute(
            f"SELECT id, aliases, absorbed FROM entities WHERE id IN ({','.join('?' * len(window))})",
            [r["id"] for r in window])} if window else {}
        items = [{**{k: r[k] for k in ("id", "type", "name", "latin", "support")},
                  "aliases": _loads(stored[r["id"]]["aliases"], []) if r["id"] in stored else [],
                  "absorbed": _loads(stored[r["id"]]["absorbed"], []) if r["id"] in stored else [],
                  "mention_count": r["mentions"], "article_count": r["articles"], "story_ids": r["stories"]}
                 for r in window]
        return Page(items, len(rows), limit, offset, {"hidden": self.entities_hidden(include_weak)})

    def _name_lookup(self) -> EntityIndex:
        """What ``entity_ids`` asks: the entity index read from the store's key rows on demand (a search with an
        entity filter then reads a few rows, not every entity of the corpus), unless the whole index is loaded
        already or the store keeps no key rows (written by an older version)."""
        from khabar.link.entity_rows import StoredEntityIndex

        generation = self._generation()
        if self._index and self._index[0] == generation:
            return self._index[1]
        if self._lookup is None or self._lookup[0] != generation:
            has_rows = getattr(self.store, "entity_ids_by_key", None) is not None and \
                self.db.execute("SELECT 1 FROM entity_keys LIMIT 1").fetchone() is not None
            self._lookup = (generation, StoredEntityIndex(self.store) if has_rows else None)
        return self._lookup[1] or self.entity_index()

    def entity_ids(self, name: str) -> list[str]:
        """Entities ``name`` denotes: an id or unique id prefix, any alias in either script, or a Latin name;
        most mentioned first."""
        return self.entity_match(name)[0]

    def entity_match(self, name: str) -> tuple[list[str], str | None]:
        """``entity_ids`` and how ``name`` matched them: ``id``, or as ``EntityIndex.lookup_how`` says (``name``,
        ``spelling``, ``part``, ``sound``); None when nothing matched."""
        index = self._name_lookup()
        if index.get(name):
            return [index.resolve(name)], "id"
        found, how = index.lookup_how(name)
        if found:
            return found, how
        try:
            return [self.resolve("entities", name)], "id"
        except LookupError:
            return [], None

    def entity_id(self, name: str) -> str:
        found = self.entity_ids(name)
        if not found:
            raise NotFound(f"no entity is called {name!r}")
        return found[0]

    def _entities_by_id(self, ids: list[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        rows = {r["id"]: r for r in self.db.execute(
            f"SELECT id, type, name, latin FROM entities WHERE id IN ({','.join('?' * len(ids))})", ids)}
        return [dict(rows[i]) for i in ids if i in rows]

    def entity_details(self, name: str) -> list[dict[str, Any]]:
        """Every entity ``name`` denotes, as ``khabar entity`` shows them."""
        index = self.entity_index()
        ids, how = self.entity_match(name)
        if not ids:
            raise NotFound(f"no entity is called {name!r}")
        headlines = {r["id"]: r["headline"] for r in self.db.execute("SELECT id, headline FROM stories")}
        shown = []
        for eid in ids:
            e = index.entities[eid]
            record = e.export()
            names = e.names()
            cooccurring = [{"id": other, "name": index.entities[other].name, "type": index.entities[other].type,
                            "latin": index.entities[other].export()["latin"], "articles": n}
                           for other, n in sorted(index.cooccurring(eid).items(), key=lambda kv: (-kv[1], kv[0]))[:10]]
            shown.append({**self.entity_summary(index, eid), "matched": how, "absorbed": record["absorbed"],
                          "aliases": [{"text": a, "mentions": names[a]} for a in record["aliases"]],
                          "descriptions": record["descriptions"],
                          "stories": [{"id": s, "headline": headlines.get(s)} for s in index.stories(eid)],
                          "cooccurring": cooccurring})
        return shown

    def entity(self, ref: str) -> dict[str, Any]:
        """One entity's page: aliases with their Latin forms, stories over time, quotes, co-occurring entities."""
        from khabar.link.latin import latin_name

        detail = self.entity_details(ref)[0]
        eid = detail["id"]
        for alias in detail["aliases"]:
            alias["latin"] = latin_name(alias["text"], detail["type"]) if has_devanagari(alias["text"]) else None
        dates = {r["id"]: r for r in self.db.execute(
            "SELECT s.id, s.headline, coalesce(s.date, substr(s.first_seen, 1, 10)) AS date, s.sources "
            "FROM stories s WHERE s.id IN (SELECT a.story_id FROM articles a JOIN mentions m "
            "ON m.article_id = a.id WHERE m.entity_id = ?)", (eid,))}
        detail["stories"] = sorted(
            [{"id": s["id"], "headline": s["headline"], "date": s["date"], "sources": s["sources"]}
             for s in dates.values()], key=lambda s: (s["date"] or "", s["id"]), reverse=True)
        months = Counter((s["date"] or "")[:7] for s in detail["stories"] if s["date"])
        detail["stories_by_month"] = _every_month(months)
        detail["quotes"] = [q for g in self.quote_groups() if g["entity_id"] == eid for q in g["quotes"]]
        graph = self.graph(entity=eid, top=12)
        detail["graph"] = graph.to_dict()
        return detail

    # -- quotes -----------------------------------------------------------------------------------------
    def quote_groups(self, speaker: str | None = None, story: str | None = None,
                     kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """Quotes grouped by speaker: ``[{speaker, entity_id, type, quotes: [...]}]``, most quoted first."""
        entities = {r["id"]: r for r in self.db.execute("SELECT id, type, name, latin, aliases FROM entities")}
        mentions = {(r[0], r[1], r[2]): r[3] for r in self.db.execute(
            'SELECT article_id, start, "end", entity_id FROM mentions WHERE entity_id IS NOT NULL')}
        sql = ("SELECT q.*, a.title, a.published, a.story_id, a.source FROM quotes q JOIN articles a "
               "ON a.id = q.article_id")
        args: list[Any] = []
        if story:
            sql += " WHERE a.story_id = ?"
            args.append(story)
        sql += " ORDER BY a.published, q.article_id, q.start"
        want = match_key(speaker) if speaker else None
        rows = []
        for row in self.db.execute(sql, args):
            if kinds and row["kind"] not in kinds:
                continue
            data = _loads(row["data"], {})
            rows.append((row, data, _speaker_entity(row, data, mentions)))
        antecedents = self._antecedent_words({(row["article_id"], tuple(data["speaker_ref"]))
                                              for row, data, entity_id in rows
                                              if entity_id is None and data.get("speaker_ref")})
        groups: dict[str, dict[str, Any]] = {}
        for row, data, entity_id in rows:
            entity = entities.get(entity_id) if entity_id else None
            if entity is not None:
                label, names = entity["name"], [entity["name"], entity["latin"] or "", *_loads(entity["aliases"], [])]
            else:
                ref = data.get("speaker_ref")
                label = (antecedents.get((row["article_id"], tuple(ref))) if ref else None) \
                    or row["speaker_text"] or "(speaker unknown)"
                names = [label, row["speaker_text"] or ""]
            if want and not _speaker_matches(want, names, entity["type"] if entity else None):
                continue
            key = entity_id or f"text:{match_key(label)}"
            group = groups.setdefault(key, {"speaker": label, "latin": entity["latin"] if entity else None,
                                            "entity_id": entity_id, "type": (entity["type"] if entity else None)
                                            or row["speaker_type"], "quotes": []})
            group["quotes"].append({
                "id": row["id"], "kind": row["kind"], "text": row["text"], "cue": row["cue"],
                "speaker_text": row["speaker_text"], "article_id": row["article_id"], "title": row["title"],
                "published": row["published"], "story_id": row["story_id"], "source": row["source"],
                "start": row["start"], "end": row["end"],
            })
        return sorted(groups.values(), key=lambda g: (-len(g["quotes"]), g["speaker"]))

    def _antecedent_words(self, refs: set[tuple[str, tuple[int, ...]]]) -> dict[tuple[str, tuple[int, ...]], str]:
        """``{(article id, speaker_ref): words}``: the words a pronoun or description speaker resolves to when they
        are no entity's mention ("महेश शर्मा", not the "उन्होंने" of the sentence that quotes him); the articles'
        texts read in batches, once each."""
        wanted = sorted({article_id for article_id, ref in refs if len(ref) == 2 and ref[0] is not None})
        texts: dict[str, str] = {}
        for at in range(0, len(wanted), _BATCH):
            part = wanted[at:at + _BATCH]
            texts.update((r[0], r[1]) for r in self.db.execute(
                f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(part))})", part))
        found = {}
        for article_id, ref in refs:
            text = texts.get(article_id)
            if text is not None and len(ref) == 2 and ref[0] is not None and ref[0] < ref[1] <= len(text):
                if words := text[ref[0]:ref[1]].strip():
                    found[(article_id, ref)] = words
        return found

    def quotes(self, *, speaker: str | None = None, story: str | None = None, kinds: tuple[str, ...] = (),
               limit: int = 50, offset: int = 0) -> Page:
        """A flat page of quotes (quotes.jsonl records plus speaker and article fields)."""
        story_id = self.resolve("stories", story) if story else None
        flat = [{**q, "speaker_entity_id": g["entity_id"], "speaker": g["speaker"], "speaker_latin": g["latin"]}
                for g in self.quote_groups(speaker, story_id, kinds) for q in g["quotes"]]
        return Page(_window(flat, limit, offset), len(flat), limit, offset)

    # -- claims -----------------------------------------------------------------------------------------
    def claims(self, story: str | None = None, conflicts_only: bool = False,
               min_independent: int = 1, kinds: Collection[str] | None = None) -> list[dict[str, Any]]:
        """Claims as in claims.jsonl (with their ``mentions``: article, start, end, text), plus ``sources``
        (articles) and ``kind`` (``link.claims.claim_kind``:
        figure, ordinal, time, age, date); ``story`` may be an id or its prefix; ``min_independent`` keeps
        claims backed by at least that many independent sources; ``kinds`` keeps those kinds (None: all); most
        corroborated first within a story."""
        from khabar.link.claims import claim_kind

        claims = []
        mentions = self.store.claim_mentions(story)
        for row in self.db.execute("SELECT * FROM claims WHERE independent_sources >= ? ORDER BY story_id, id",
                                   (min_independent,)):
            if story and not row["story_id"].startswith(story):
                continue
            conflicts = _loads(row["conflicts"], [])
            if conflicts_only and not conflicts:
                continue
            kind = claim_kind(row["text"], row["unit"])
            if kinds is not None and kind not in kinds:
                continue
            article_ids = _loads(row["article_ids"], [])
            claims.append({"id": row["id"], "story_id": row["story_id"], "text": row["text"], "value": row["value"],
                           "unit": row["unit"], "kind": kind, "article_ids": article_ids, "sources": len(article_ids),
                           "independent_sources": row["independent_sources"], "conflicts": conflicts,
                           "mentions": mentions.get(row["id"], [])})
        claims.sort(key=lambda c: (c["story_id"], -c["independent_sources"], -c["sources"], c["id"]))
        return claims

    def claim_page(self, *, story: str | None = None, conflicts_only: bool = False, min_independent: int = 1,
                   kinds: Collection[str] | None = None, limit: int = 50, offset: int = 0) -> Page:
        claims = self.claims(self.resolve("stories", story) if story else None, conflicts_only, min_independent,
                             kinds)
        return Page(_window(claims, limit, offset), len(claims), limit, offset)

    def story_headlines(self) -> dict[str, str]:
        return {r["id"]: r["headline"] for r in self.db.execute("SELECT id, headline FROM stories")}

    # -- threads ----------------------------------------------------------------------------------------
    def _thread_items(self, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
        """Threads with their stories in date order (undated last); each story as ``stories`` lists it."""
        from khabar.timeline import day_of

        wanted = sorted({i for r in rows for i in _loads(r["story_ids"], [])})
        members: dict[str, sqlite3.Row] = {}
        for chunk in (wanted[n: n + 500] for n in range(0, len(wanted), 500)):
            members.update((r["id"], r) for r in self.db.execute(
                f"SELECT * FROM stories WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        stories = {s["id"]: s for s in self._story_items(list(members.values()))}
        found = []
        for row in rows:
            listed = [stories[i] for i in _loads(row["story_ids"], []) if i in stories]
            listed.sort(key=lambda s: (day_of(s["date"]) is None, str(day_of(s["date"]) or ""),
                                       s["first_seen"] or "", s["id"]))
            dates = [s["date"][:10] for s in listed if s["date"]]
            found.append({"id": row["id"], "label": row["label"], "first_date": min(dates, default=None),
                          "last_date": max(dates, default=None), "stories": [
                {"id": s["id"], "date": s["date"], "headline": s["headline"], "sources": s["sources"],
                 "independent_sources": s["independent_sources"], "outlets": s["outlets"],
                 "langs": s["langs"], "article_ids": s["article_ids"]} for s in listed]})
        return found

    def threads(self, *, entity: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> list[dict[str, Any]]:
        """Threads with their stories in date order (undated last), earliest thread first. ``entity`` keeps the
        threads with a story that names it; ``date_from``/``date_to`` (YYYY[-MM[-DD]]) those with a dated story
        in that span."""
        found = self._thread_items(self.db.execute("SELECT id, label, story_ids FROM threads ORDER BY id").fetchall())
        found.sort(key=lambda t: (t["first_date"] or "9999", t["id"]))
        if entity:
            entity_id = self.entity_id(entity)
            naming = {r[0] for r in self.db.execute(
                "SELECT DISTINCT a.story_id FROM articles a JOIN mentions m ON m.article_id = a.id "
                "WHERE m.entity_id = ? AND a.story_id IS NOT NULL", (entity_id,))}
            found = [t for t in found if any(s["id"] in naming for s in t["stories"])]
        if date_from or date_to:
            found = [t for t in found if any(
                s["date"] and (not date_from or s["date"][:10] >= date_from)
                and (not date_to or s["date"][:len(date_to)] <= date_to) for s in t["stories"])]
        return found

    def thread_page(self, *, limit: int = 50, offset: int = 0) -> Page:
        """Threads, the one with the latest story first (``/api/threads``)."""
        found = sorted(self.threads(), key=lambda t: (t["last_date"] or "", t["id"]), reverse=True)
        return Page(_window(found, limit, offset), len(found), limit, offset)

    def thread(self, ref: str) -> dict[str, Any]:
        """One thread: its stories day by day, and each figure its stories state on two dates or more as a dated
        series (``link.claims.figure_series``: a rising toll, not a conflict)."""
        from khabar.link.claims import stories_series

        thread_id = self.resolve("threads", ref)
        (record,) = self._thread_items(self.db.execute(
            "SELECT id, label, story_ids FROM threads WHERE id = ?", (thread_id,)).fetchall())
        series = stories_series(self.store, {s["id"]: s["date"] for s in record["stories"]})
        record["figure_series"] = [
            {"unit": s.unit, "predicate": s.predicate, "scope": s.scope, "aspect": s.aspect, "points": [
                {"date": p.date, "story_id": p.story_id, "claim_id": p.claim_id, "value": p.value, "text": p.text,
                 "article_ids": list(p.article_ids), "independent_sources": p.independent_sources}
                for p in s.points]} for s in series]
        return record

    # -- graph ------------------------------------------------------------------------------------------
    def graph_inputs(self) -> tuple[dict[str, EntityInfo], list[ArticleMentions], list[tuple[str, str]]]:
        """Entities, each article's linked mentions and body sentences, and quote speakers. Exact duplicates
        (``duplicate_of``) are left out so that a copy does not count twice."""
        from khabar.graph import ArticleMentions, EntityInfo

        entities = {r["id"]: EntityInfo(r["id"], r["type"], r["name"], r["latin"])
                    for r in self.db.execute("SELECT id, type, name, latin FROM entities ORDER BY id")}
        mentions: dict[str, list[tuple[int, int, str]]] = {}
        for r in self.db.execute('SELECT article_id, start, "end", entity_id FROM mentions '
                                 "WHERE entity_id IS NOT NULL ORDER BY article_id, start"):
            mentions.setdefault(r[0], []).append((r[1], r[2], r[3]))
        articles = []
        # Only the sentence and boilerplate spans of the stored analysis, pulled out by SQLite (parsing every
        # whole analysis in Python would cost most of the time on a large store).
        rows = self.db.execute("SELECT id, story_id, json_extract(analysis, '$.sentences') AS sentences, "
                               "json_extract(analysis, '$.boilerplate') AS boilerplate FROM articles "
                               "WHERE duplicate_of IS NULL ORDER BY id")
        for r in rows:
            if r["id"] not in mentions:
                continue
            boilerplate = [(b["start"], b["end"]) for b in _loads(r["boilerplate"], [])]
            sentences = [(s["start"], s["end"]) for s in _loads(r["sentences"], [])
                         if not any(b0 < s["end"] and s["start"] < b1 for b0, b1 in boilerplate)]
            articles.append(ArticleMentions(r["id"], r["story_id"], mentions[r["id"]], sentences))
        speakers = [(r[0], r[1]) for r in self.db.execute(
            "SELECT article_id, speaker_entity_id FROM quotes WHERE speaker_entity_id IS NOT NULL ORDER BY id")]
        return entities, articles, speakers

    def graph(self, *, story: str | None = None, entity: str | None = None, top: int = 30, min_weight: int = 1,
              by: str = "sentence") -> Graph:
        """The entity co-occurrence graph (``khabar.graph``) of the store, a story, or around an entity."""
        from khabar.graph import build_graph

        entities, articles, speakers = self.graph_inputs()
        story_id = self.resolve("stories", story) if story else None
        focus = None
        if entity:
            focus = entity if entity in entities else next((i for i in self.entity_ids(entity) if i in entities),
                                                           None)
            if focus is None:
                raise NotFound(f"no entity is called {entity!r}")
        return build_graph(entities, articles, story=story_id, focus=focus, top=top, min_weight=min_weight, by=by,
                           speakers=speakers)

    # -- search -----------------------------------------------------------------------------------------
    def name_index(self) -> NameIndex:
        generation = self._generation()
        if self._names is None or self._names[0] != generation:
            rows = self.db.execute("SELECT id, name, latin, aliases FROM entities")
            self._names = (generation, NameIndex.build(
                (r["id"], r["name"], r["latin"], _loads(r["aliases"], [])) for r in rows))
        return self._names[1]

    def search(self, q: str, *, syntax: str = "plain", lang: str | None = None, source: str | None = None,
               entity: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 20, offset: int = 0, facets: bool = True, facet_sample: int = 500,
               synonyms: bool = True, exact: bool = False, suggest: bool = True) -> Page:
        """Articles matching ``q`` (best first) with a snippet, filters, facets, and the entities ``q`` names.

        Articles holding the words as written rank before those found by an inflection, a nukta spelling, a
        synonym or a name in the other script; ``synonyms=False`` leaves the last two out, ``exact`` all four.
        A plain query that finds fewer than ``did_you_mean.few`` articles gets ``suggestions`` (a sound-alike
        entity's name, a spelling one vowel sign away that the index holds), each with its total.
        Raises ``SearchInputError`` for an empty query, a bad date or a reversed range.

        Work is bounded so that a word found in every article stays fast (``store.search.SqliteSearch``):
        facets (entity, source, language, year, month, day) count the ``facet_sample`` newest matches, relevance
        ranks the ``RANK_CAP`` newest matches, and ``total`` stops at ``COUNT_CAP`` (``total_exact`` says
        whether it did).
        """
        check_input(q, syntax, date_from, date_to)
        options = {"syntax": syntax, "lang": lang, "source": source, "entity": entity, "date_from": date_from,
                   "date_to": date_to, "synonyms": synonyms, "exact": exact}
        if getattr(self.store, "dialect", "sqlite") == "postgresql":
            from khabar.store import postgres_search

            page = postgres_search.search(self, q, syntax=syntax, lang=lang, source=source, entity=entity,
                                          date_from=date_from, date_to=date_to, limit=limit, offset=offset,
                                          facets=facets, facet_sample=facet_sample, synonyms=synonyms,
                                          exact=exact)
        else:
            page = self._sqlite_search(q, options, limit, offset, facets, facet_sample)
        page.extra["suggestions"] = self._suggestions(q, page.total, options) if suggest else []
        return page

    def _sqlite_search(self, q: str, options: dict[str, Any], limit: int, offset: int, facets: bool,
                       facet_sample: int) -> Page:
        started = time.perf_counter()
        syntax, synonyms, exact = options["syntax"], options["synonyms"], options["exact"]
        if self._search is None:
            self._search = SqliteSearch(self.db)
        index, generation = self._search, self._generation()
        names = self.name_index()
        match = compile_query(q, names, syntax, known=lambda term: index.indexed(term, generation),
                              synonyms=synonyms, exact=exact)
        named = sorted(names.entities(q)) if syntax == "plain" else []
        extra: dict[str, Any] = {"query": q, "match": match, "syntax": syntax,
                                 "entities": self._entities_by_id(named),
                                 "translations": query_translations(q, synonyms and not exact)
                                 if syntax == "plain" else {}}
        if match is None:
            return Page([], 0, limit, offset, {**extra, "facets": {}, "took_ms": 0.0})
        entity = options["entity"]
        filters = SearchFilters(lang=options["lang"], source=options["source"],
                                entity_id=self.entity_id(entity) if entity else None,
                                date_from=options["date_from"], date_to=options["date_to"])
        as_written = compile_query(q, None, syntax, exact=True) if syntax == "plain" else None
        hits = index.search(match, filters, limit=limit, offset=offset, facets=facets, facet_sample=facet_sample,
                            syntax=syntax, exact=as_written)
        items = [{**h, "snippet": _snippet_parts(h["snippet"])} for h in hits.items]
        extra.update(total_exact=hits.exact, facets=hits.facets,
                     took_ms=round((time.perf_counter() - started) * 1000, 2))
        return Page(items, hits.total, limit, offset, extra)

    def indexed_terms(self, terms: list[str]) -> set[str]:
        """Which of ``terms`` (single words) some article's title or body holds (remembered until the store
        changes)."""
        if getattr(self.store, "dialect", "sqlite") == "postgresql":
            from khabar.store import postgres_search

            return postgres_search._indexed(self, terms)
        if self._search is None:
            self._search = SqliteSearch(self.db)
        index, generation = self._search, self._generation()
        return {t for t in terms if index.indexed(t, generation)}

    def _suggestions(self, q: str, total: int, options: dict[str, Any]) -> list[dict[str, Any]]:
        """"Did you mean" for a plain query that finds fewer than ``few`` articles: the name of the entity ``q``
        sounds like (Lav Agarwal -> लव अग्रवाल), and ``q`` with one Hindi word spelt one sign differently as the
        index holds it (मजदुर -> मजदूर); each kept only where it finds more than ``q``, likelier ones first."""
        settings = spelling_settings()
        if options["syntax"] != "plain" or options["exact"] or total >= settings["few"]:
            return []
        candidates: dict[str, dict[str, Any]] = {}
        ids, how = self.entity_match(q)
        if ids and how in ("sound", "spelling", "part"):
            named = self._entities_by_id(ids[:1])[0]
            if match_key(named["name"]) != match_key(q):
                candidates[named["name"]] = {"reason": "entity", "entity": named["id"], "latin": named["latin"]}
        words = [w.tokens[0] for w in query_words(q) if len(w.tokens) == 1 and not w.prefix
                 and has_devanagari(w.tokens[0])]
        for word in words:
            edits = spelling_edits(word)
            for other in [e for e in edits if e in self.indexed_terms(edits)]:
                candidates.setdefault(q.replace(word, other, 1), {"reason": "spelling"})
        found = []
        for query, why in list(candidates.items())[: settings["max_tries"]]:
            n = self.search(query, **{**options, "suggest": False}, limit=1, facets=False).total
            if n > total:
                found.append({"query": query, "total": n, **why})
        return found[: settings["max_suggestions"]]  # in the order tried: the entity, then the likelier slips

    # -- tables (CSV export) ----------------------------------------------------------------------------
    TABLES: ClassVar[dict[str, str]] = {
        "articles": ("id, url, source, lang, title, published, event_date, author, story_id, duplicate_of, "
                     "syndication_group, agencies"),
        "stories": "id, headline, date, first_seen, last_seen, thread_id, sources, independent_sources, entity_ids",
        "entities": "id, type, name, latin, aliases, absorbed",
        "mentions": 'article_id, start, "end", text, type, source, entity_id',
        "quotes": 'id, article_id, kind, start, "end", text, speaker_text, speaker_entity_id, speaker_type, cue',
        "timexes": 'article_id, start, "end", text, value, anchor',
        "quantities": 'id, article_id, start, "end", text, value, unit, qualifier, ordinal, claim_id',
        "claims": "id, story_id, text, value, unit, article_ids, independent_sources, conflicts",
        "threads": "id, label, story_ids",
    }

    def table(self, name: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
        """``(columns, rows)`` of one table for CSV (list-valued columns stay JSON text)."""
        if name not in self.TABLES:
            raise NotFound(f"no table {name!r} (one of {', '.join(self.TABLES)})")
        columns = self.TABLES[name]
        # every column in the order: rows that tie on the first come out alike on every backend
        order = ", ".join(str(n + 1) for n in range(len(columns.split(","))))
        cursor = self.db.execute(f"SELECT {columns} FROM {name} ORDER BY {order}")
        return [c.strip().strip('"') for c in columns.split(",")], (tuple(r) for r in cursor)


def _speaker_entity(row: sqlite3.Row, data: dict[str, Any], mentions: dict[tuple[str, int, int], str]) -> str | None:
    """The quote's entity, else the entity of the mention at its antecedent (speaker_ref) or speaker span."""
    if row["speaker_entity_id"]:
        return row["speaker_entity_id"]
    for span in (data.get("speaker_ref"), (row["speaker_start"], row["speaker_end"])):
        if span and span[0] is not None and (found := mentions.get((row["article_id"], span[0], span[1]))):
            return found
    return None


def _speaker_matches(want: str, names: list[str], type_: str | None) -> bool:
    """A speaker filter: any alias, in either script (a Latin query is compared with the names' Latin forms)."""
    from khabar.link.latin import latin_name

    forms = [n for n in names if n]
    if not has_devanagari(want):
        forms += [latin_name(n, type_ or "PER") for n in forms if has_devanagari(n)]
    return any(want == match_key(f) or want in match_key(f) for f in forms)


def _snippet_parts(snippet: str | None) -> list[dict[str, Any]]:
    """A snippet as ``[{"text", "hit"}]`` parts (SQLite marks hits with \\x02 ... \\x03), so that pages escape
    the text and mark the hits without trusting any markup in it."""
    parts, hit = [], False
    for piece in (snippet or "").replace("\x03", "\x02").split("\x02"):
        if piece:
            parts.append({"text": piece, "hit": hit})
        hit = not hit
    return parts


_BATCH = 500  # ids in one IN (...) list
GAP_MONTHS = 12  # a run of at least this many months without a story is drawn as one break in the axis


def _every_month(counts: Counter, most: int = 120) -> list[dict[str, Any]]:
    """``[{"month", "stories"}]`` from the first month to the last, months without a story as 0 (a time axis);
    a run of ``GAP_MONTHS`` or more empty months is one entry ``{"month": "2020-06…2025-08", "stories": 0,
    "gap_months": 63}`` (one report years away would otherwise squeeze every other bar into a corner); the last
    ``most`` entries when the axis is longer."""
    known = sorted(m for m in counts if len(m) == 7 and m[4] == "-" and m[:4].isdigit() and m[5:].isdigit())
    if not known:
        return []
    year, month = int(known[0][:4]), int(known[0][5:])
    last = (int(known[-1][:4]), int(known[-1][5:]))
    months = []
    while (year, month) <= last:
        key = f"{year:04d}-{month:02d}"
        months.append({"month": key, "stories": counts.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    axis: list[dict[str, Any]] = []
    empty: list[dict[str, Any]] = []
    for m in [*months, None]:
        if m is not None and not m["stories"]:
            empty.append(m)
            continue
        if len(empty) >= GAP_MONTHS:
            axis.append({"month": f"{empty[0]['month']}…{empty[-1]['month']}", "stories": 0,
                         "gap_months": len(empty)})
        else:
            axis.extend(empty)
        empty = []
        if m is not None:
            axis.append(m)
    return axis[-most:]


def _figure_series(claims: list[dict[str, Any]], published: dict[str, str | None]) -> list[dict[str, Any]]:
    """Figures for the same unit across a story's reports, in publication order: how a count moved."""
    by_unit: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c["unit"] and c["value"] is not None:
            when = min((published.get(a) or "" for a in c["article_ids"]), default="")
            by_unit[c["unit"]].append({"claim_id": c["id"], "value": c["value"], "published": when or None,
                                       "independent_sources": c["independent_sources"]})
    return [{"unit": unit, "points": sorted(points, key=lambda p: (p["published"] or "", p["value"]))}
            for unit, points in sorted(by_unit.items()) if len(points) > 1]


def story_record(story: Story) -> dict[str, Any]:
    return asdict(story)
