"""The Python API, for notebooks and scripts::

    import khabar
    kb = khabar.open("khabar.db")
    kb.ingest(["news/"])
    for story in kb.stories(lang="hi", limit=10):
        print(story.date, story.headline)
    putin = kb.entity("Putin")            # any name, either script
    kb.quotes(speaker="पुतिन")
    kb.search("कोविड-19", lang="hi").hits
    kb.to_pandas("quotes")                # when pandas is installed

Calls return the data model's objects (``khabar.model``; each has ``.to_dict()``). Everything is read through
``khabar.store.read.Reader``, the query layer the CLI and the web server use too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from khabar.model import Article, Claim, Entity, Quote, Story, Thread
from khabar.store.read import Reader, open_store

if TYPE_CHECKING:
    import networkx
    import pandas


@dataclass(slots=True)
class SearchHit:
    id: str
    title: str | None
    lang: str | None
    source: str | None
    published: str | None
    story_id: str | None
    snippet: str  # hits marked with [brackets]
    as_written: bool | None = None  # holds the words as typed (False: only another form, a synonym or a name)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class SearchResults:
    """One page of hits, ``total`` in all, with facets and the entities the query names."""

    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)

    def __iter__(self) -> Iterator[SearchHit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _story(item: dict[str, Any]) -> Story:
    return Story(id=item["id"], article_ids=item["article_ids"], headline=item["headline"], summary=item["summary"],
                 date=item["date"], first_seen=item["first_seen"], last_seen=item["last_seen"],
                 thread_id=item["thread_id"], entity_ids=item["entity_ids"], sources=item["sources"],
                 independent_sources=item["independent_sources"])


class Khabar:
    """A khabar store opened for reading (and ingesting)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.store = open_store(path)
        self.reader = Reader(self.store)

    @property
    def path(self) -> str:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Khabar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"khabar.open({self.path!r})"

    # -- writing ----------------------------------------------------------------------------------------
    def ingest(self, paths: str | Path | Iterable[str | Path], *, workers: int = 1, link: bool = True) -> dict:
        """Read files, folders, feeds, WARCs or URLs into the store (as ``khabar ingest``); returns the counts
        and the errors (each ``{"origin", "reason"}``)."""
        from khabar.run.local import ingest

        items = [paths] if isinstance(paths, str | Path) else list(paths)
        report = ingest(items, self.store, workers=workers, link=link)
        return {"new": report.new, "updated": report.updated, "unchanged": report.unchanged,
                "skipped": report.skipped, "repeated": report.repeated, "other_metadata": report.other_metadata,
                "errors": [{"origin": e.origin, "reason": e.reason} for e in report.errors], **report.linked}

    def delete(self, article_ids: str | Iterable[str]) -> dict[str, int]:
        """Remove stored articles (full ids; ids not stored are ignored) and relink only what they touched (as
        ``khabar delete``); returns the store's counts of stories, entities, threads and claims."""
        from khabar.link.run import delete

        return delete(self.store, [article_ids] if isinstance(article_ids, str) else list(article_ids))

    def versions(self) -> dict[str, Any]:
        """Which khabar wrote the store (analysis and link versions) beside this one's, the number of articles
        another analysis version wrote, and the command that brings the store up to date (as ``khabar info``)."""
        from khabar.versions import store_versions

        return store_versions(self.store).to_dict()

    def reanalyse(self, *, everything: bool = False, workers: int = 1, engine: str = "local",
                  link: bool = True) -> dict[str, Any]:
        """Analyse again, from their stored text, the articles another analysis version wrote (all with
        ``everything``), then relink (as ``khabar reanalyse``); returns the counts and the errors."""
        from khabar.run.upkeep import reanalyse

        return _upkeep(reanalyse(self.store, everything=everything, workers=workers, engine=engine, link=link))

    def relink(self) -> dict[str, Any]:
        """Build stories, threads, entities and claims again from the stored analyses (as ``khabar relink``)."""
        from khabar.run.upkeep import relink_all

        return _upkeep(relink_all(self.store))

    # -- reading ----------------------------------------------------------------------------------------
    def stories(self, *, lang: str | None = None, source: str | None = None, entity: str | None = None,
                date_from: str | None = None, date_to: str | None = None, limit: int = 0,
                offset: int = 0) -> list[Story]:
        """Stories, newest first; ``limit=0`` for all."""
        page = self.reader.stories(lang=lang, source=source, entity=entity, date_from=date_from, date_to=date_to,
                                   limit=limit, offset=offset)
        return [_story(item) for item in page.items]

    def story(self, story_id: str) -> Story:
        """One story (its id or a unique prefix), with the extractive summary."""
        return _story(self.reader.story(story_id))

    def story_details(self, story_id: str) -> dict[str, Any]:
        """Everything the story page shows: summary, sources by syndication group, timeline, quotes, claims."""
        return self.reader.story(story_id)

    def articles(self, *, lang: str | None = None, source: str | None = None, story: str | None = None,
                 limit: int = 0, offset: int = 0) -> list[Article]:
        page = self.reader.articles(lang=lang, source=source, story=story, limit=limit, offset=offset,
                                    with_text=True)
        return [Article(id=a["id"], text=a["text"], url=a["url"], source=a["source"], title=a["title"],
                        published=a["published"]) for a in page.items]

    def article(self, article_id: str) -> Article:
        a = self.reader.article(article_id)
        return Article(id=a["id"], text=a["text"], url=a["url"], source=a["source"], title=a["title"],
                       published=a["published"])

    def entities(self, *, type: str | None = None, story: str | None = None, limit: int = 0,
                 include_weak: bool = False) -> list[Entity]:
        """Entities, most mentioned first (without their mention lists; ``entity()`` has them): those something
        supports, as ``khabar entities`` lists them; ``include_weak=True`` adds those with a single tagged
        mention."""
        page = self.reader.entities(type_=type, story=story, limit=limit, include_weak=include_weak)
        return [Entity(id=e["id"], type=e["type"], name=e["name"], latin=e["latin"], aliases=e["aliases"],
                       absorbed=e["absorbed"]) for e in page.items]

    def entity(self, name: str) -> Entity:
        """The entity ``name`` denotes: an id, any alias in either script, or its Latin name (most mentioned
        first when several match), with every mention."""
        entity_id = self.reader.entity_id(name)
        return next(e for e in self.store.entities() if e.id == entity_id)

    def entity_details(self, name: str) -> dict[str, Any]:
        """Everything the entity page shows: aliases with Latin forms, stories over time, quotes, graph."""
        return self.reader.entity(name)

    def quotes(self, *, speaker: str | None = None, story: str | None = None,
               kinds: Iterable[str] = ()) -> list[Quote]:
        """Quotes, most quoted speaker first; ``speaker`` is any name, in either script."""
        page = self.reader.quotes(speaker=speaker, story=story, kinds=tuple(kinds), limit=0)
        return [Quote(kind=q["kind"], start=q["start"], end=q["end"], text=q["text"], speaker_text=q["speaker_text"],
                      cue=q["cue"], speaker_entity_id=q["speaker_entity_id"], id=q["id"], article_id=q["article_id"])
                for q in page.items]

    def claims(self, *, story: str | None = None, conflicts_only: bool = False,
               min_independent: int = 1, kinds: Iterable[str] | None = None) -> list[Claim]:
        """Claims, most corroborated first within a story; ``min_independent`` keeps those backed by at least
        that many independent sources; ``kinds`` keeps claims of those kinds (``khabar.link.claims.claim_kind``:
        ``("figure",)`` for counts, amounts and shares alone; None: every kind)."""
        return [Claim(id=c["id"], story_id=c["story_id"], text=c["text"], value=c["value"], unit=c["unit"],
                      article_ids=c["article_ids"], independent_sources=c["independent_sources"],
                      conflicts=c["conflicts"])
                for c in self.reader.claim_page(story=story, conflicts_only=conflicts_only,
                                                min_independent=min_independent,
                                                kinds=None if kinds is None else tuple(kinds), limit=0).items]

    def threads(self) -> list[Thread]:
        return [Thread(id=t["id"], story_ids=[s["id"] for s in t["stories"]], label=t["label"])
                for t in self.reader.threads()]

    def thread(self, ref: str) -> dict[str, Any]:
        """One thread (id or unique prefix): its stories day by day and ``figure_series``, each figure its
        stories state on two dates or more, as dated points with sources (what ``/api/threads/{id}`` returns)."""
        return self.reader.thread(ref)

    def search(self, query: str, *, syntax: str = "plain", lang: str | None = None, source: str | None = None,
               entity: str | None = None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 20, offset: int = 0, synonyms: bool = True, exact: bool = False) -> SearchResults:
        """Articles matching ``query`` (plain words; ``syntax="fts"`` for FTS5), best first (the words as
        written before other spellings and synonyms), with facets; ``exact``: the words as written only,
        ``synonyms=False``: no synonyms or other-script names."""
        page = self.reader.search(query, syntax=syntax, lang=lang, source=source, entity=entity,
                                  date_from=date_from, date_to=date_to, limit=limit, offset=offset,
                                  synonyms=synonyms, exact=exact)
        hits = [SearchHit(id=h["id"], title=h["title"], lang=h["lang"], source=h["source"],
                          published=h["published"], story_id=h["story_id"],
                          snippet="".join(f"[{p['text']}]" if p["hit"] else p["text"] for p in h["snippet"]),
                          as_written=h.get("as_written"))
                for h in page.items]
        return SearchResults(query, page.total, hits, page.extra["facets"], page.extra["entities"])

    def graph(self, *, story: str | None = None, entity: str | None = None, top: int = 100) -> networkx.Graph:
        """The entity co-occurrence graph as a networkx graph."""
        from khabar.graphml import to_networkx

        return to_networkx(self.reader.graph(story=story, entity=entity, top=top))

    def to_pandas(self, table: str) -> pandas.DataFrame:
        """One table (articles, stories, entities, mentions, quotes, timexes, quantities, claims, threads) as a
        pandas DataFrame. Needs pandas (``pip install 'khabar[pandas]'``)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - pandas is an optional extra
            raise ImportError("to_pandas needs pandas: pip install 'khabar[pandas]'") from None
        columns, rows = self.reader.table(table)
        return pd.DataFrame.from_records(list(rows), columns=columns)

    def export(self, outdir: str | Path, *, csv: bool = False, graphml: bool = False) -> dict[str, int]:
        """Write the JSON Lines export (and CSV tables, GraphML) into ``outdir``."""
        from khabar.export import export
        from khabar.tables import write_csv, write_graphml

        counts = export(self.store, outdir)
        if csv:
            counts.update(write_csv(self.reader, Path(outdir) / "csv"))
        if graphml:
            write_graphml(self.reader, Path(outdir) / "entities.graphml")
        return counts


def _upkeep(report: Any) -> dict[str, Any]:
    return {"analysed": report.analysed, "selected": report.selected, "guessed": report.guessed,
            "relinked": report.relinked, **report.linked,
            "errors": [{"origin": e.origin, "reason": e.reason} for e in report.errors]}


def open(path: str | Path | None = None) -> Khabar:
    """Open (or create) the store at ``path`` (default: ``KHABAR_DB`` or ./khabar.db)."""
    return Khabar(path)
