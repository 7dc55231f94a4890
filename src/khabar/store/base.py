"""The one store interface. Every command, the link step, the export and the web go through ``Store``; two
backends implement it (``store/sqlite.py``, ``store/postgres.py``); no SQL lives outside ``khabar.store``.

Four groups of methods:

- **writes** of what ingest produced (an article with its analysis, an error), in transactions;
- **link inputs**: the changed articles and their candidate neighbours, read by id or found through the link index
  (``link_keys``: distinctive words, entity names, sentence keys, each with the article's day), and the persistent
  entity index as rows (records, their mentions, their lookup keys, merged ids);
- **apply**: a ``LinkResult`` (what the pure link step decided for a neighbourhood) written in one transaction;
- **queries** the link step, ``khabar export`` and the commands need (stories, entities, quote, timex, quantity and
  claim rows, search). Listing queries for the CLI and the web live in ``store/read.py``.

``LinkResult`` and the small records it carries are defined here: they are the contract between ``khabar.link``
(which builds them without touching the database) and a store (which writes them).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from khabar.model import Analysis, Article, Claim, Entity, Mention, Quantity, Quote, Story, Thread, Timex


class ArticleNotStored(ValueError):
    """``save_article`` could not store an article (a value the database refuses: a NUL byte in PostgreSQL text,
    a number out of range, a broken constraint); nothing of it was written. Every backend raises this, so that the
    ingest reports "cannot be stored" the same way whichever store it writes to."""


class LinkArticle:
    """What the link step reads of one stored article: its text, its analysis as ``analyse`` produced it, and
    where the last link step put it.

    A store passes the analysis as its stored JSON (``analysis_json``): it is parsed on first use, so that the
    neighbours a step only places (an unchanged story around a new article, a candidate whose story input is
    remembered, ``khabar.link.step``) cost their row, not a parse of their whole analysis. ``analysis_key``
    identifies that stored analysis within the process (None when the analysis was given as an object)."""

    __slots__ = (
        "_analysis",
        "_analysis_json",
        "analysis_key",
        "duplicate_of",
        "id",
        "lang",
        "published",
        "source",
        "story_id",
        "syndication_group",
        "text",
        "title",
        "url",
    )

    def __init__(self, id: str, title: str | None, published: str | None, text: str,
                 analysis: Analysis | None = None, story_id: str | None = None,
                 syndication_group: str | None = None, duplicate_of: str | None = None, url: str | None = None,
                 source: str | None = None, *, analysis_json: str | None = None, lang: str | None = None) -> None:
        if analysis is None and analysis_json is None:
            raise ValueError("a LinkArticle needs its analysis or its stored JSON")
        self.id, self.title, self.published, self.text = id, title, published, text
        self.story_id, self.syndication_group, self.duplicate_of = story_id, syndication_group, duplicate_of
        self.url, self.source = url, source
        self._analysis, self._analysis_json = analysis, analysis_json
        self.analysis_key = (len(analysis_json), hash(analysis_json)) if analysis_json is not None else None
        self.lang = lang if lang is not None else (analysis.lang if analysis is not None else None)

    @property
    def analysis(self) -> Analysis:
        if self._analysis is None:
            self._analysis = Analysis.from_dict(json.loads(self._analysis_json or "{}"))
            self._analysis_json = None
        return self._analysis

    @analysis.setter
    def analysis(self, value: Analysis) -> None:
        self._analysis, self._analysis_json, self.analysis_key = value, None, None

    @property
    def language(self) -> str:
        """The analysis's language, from the stored row when it has one (no parse)."""
        return self.lang or self.analysis.lang

    def __repr__(self) -> str:
        return f"LinkArticle(id={self.id!r}, story_id={self.story_id!r}, published={self.published!r})"


@dataclass(slots=True)
class ArticleLinks:
    story_id: str | None
    duplicate_of: str | None = None
    syndication_group: str | None = None


@dataclass(slots=True)
class LinkedFindings:
    """Finding rows of one article that the link step changed; ``None`` leaves that kind as stored."""

    mentions: list[Mention] | None = None  # linked mentions (entity ids set), replacing the article's rows
    quotes: list[Quote] | None = None  # quotes with their speakers' entity ids
    timexes: list[Timex] | None = None  # dates resolved against the story's date
    event_date: str | None = None
    set_event_date: bool = False


@dataclass(slots=True)
class EntityRow:
    """One canonical entity as the entity index keeps it (the ``entities`` row plus its ``seq`` and roles)."""

    entity: Entity  # mentions left empty: they are ``EntityChanges.mentions`` rows; type is the majority type
    seq: int
    roles: dict[str, int] = field(default_factory=dict)
    record_type: str = ""  # the type the index created it with (``entity.type`` is what most mentions say)
    # its count rows: "n" name -> mentions, "d" description -> mentions, "t" type of its names -> mentions
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(slots=True)
class EntityChanges:
    upserts: list[EntityRow] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)  # absorbed id -> surviving id, new in this step
    keys: dict[str, set[str]] = field(default_factory=dict)  # entity id -> its lookup keys (replaces stored)
    # article id -> the index's mention records of that article (article_id, start, end, text, source, type,
    # entity_id); replaces the article's rows
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    seq: int | None = None


@dataclass(slots=True)
class LinkResult:
    """Everything one link step decided. Applying it touches only the rows named here."""

    articles: dict[str, ArticleLinks] = field(default_factory=dict)
    findings: dict[str, LinkedFindings] = field(default_factory=dict)
    stories_removed: set[str] = field(default_factory=set)
    stories: list[Story] = field(default_factory=list)  # inserted or replaced (article_ids via ``articles``)
    story_threads: dict[str, str | None] = field(default_factory=dict)  # thread of stories not in ``stories``
    threads_removed: set[str] = field(default_factory=set)
    threads: list[Thread] = field(default_factory=list)
    claim_stories: set[str] = field(default_factory=set)  # stories whose claims are replaced by ``claims``
    claims: list[Claim] = field(default_factory=list)
    # article id -> {quantity id: claim id}; every other quantity of these articles gets no claim
    quantity_claims: dict[str, dict[str, str]] = field(default_factory=dict)
    entities: EntityChanges = field(default_factory=EntityChanges)
    # article -> (key, day, weight): its entries in the candidate index
    link_keys: dict[str, list[tuple[str, int | None, float]]] = field(default_factory=dict)
    known_names: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # article -> (name, type)
    linked: set[str] = field(default_factory=set)  # articles this step linked (no longer pending)
    # article -> (source, match keys of its lines): its entries in the per-source line counts (site furniture)
    article_lines: dict[str, tuple[str, set[str]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"stories": len(self.stories), "entities": len(self.entities.upserts),
                "threads": len(self.threads), "claims": len(self.claims)}


@runtime_checkable
class Store(Protocol):
    """What every store backend provides. ``khabar.store.open_store`` picks the backend from a path or URL."""

    path: str

    # -- writes ----------------------------------------------------------------------------------------------------
    def transaction(self) -> AbstractContextManager[Any]: ...
    def close(self) -> None: ...
    def content_hash(self, article_id: str) -> str | None: ...
    def save_article(self, article: Article, analysis: Analysis, content_hash: str) -> None: ...
    def record_error(self, origin: str, reason: str) -> None: ...
    def delete_articles(self, article_ids: Iterable[str]) -> None: ...
    def get_state(self, key: str) -> Any: ...
    def set_state(self, key: str, value: Any) -> None: ...

    # -- link inputs -----------------------------------------------------------------------------------------------
    def article_ids(self) -> list[str]: ...
    def link_articles(self, article_ids: Iterable[str]) -> list[LinkArticle]: ...
    def key_postings(self, keys: Iterable[str], day: int | None, window: int,
                     limit: int) -> dict[str, list[tuple[str, float]]]: ...
    def story_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]: ...
    def group_members(self, group_ids: Iterable[str]) -> dict[str, list[str]]: ...
    def mention_entities(self, article_ids: Iterable[str]) -> dict[str, list[str]]: ...
    def stories_by_id(self, story_ids: Iterable[str], shared: bool = False) -> list[Story]: ...
    def stories_with_entities(self, entity_ids: Iterable[str], limit: int) -> dict[str, list[str]]: ...
    def threads_of_stories(self, story_ids: Iterable[str]) -> list[Thread]: ...
    def entity_briefs(self, entity_ids: Iterable[str]) -> list[Entity]: ...
    def article_langs(self, article_ids: Iterable[str]) -> dict[str, str]: ...
    def known_names_for(self, words: Iterable[str]) -> dict[str, str]: ...
    def articles_with_names(self, names: Iterable[str], limit: int) -> dict[str, list[str]]: ...
    # the entity index as rows
    def entity_records(self, entity_ids: Iterable[str]) -> dict[str, EntityRow]: ...
    def entity_mention_records(self, entity_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]: ...
    def entity_ids_by_key(self, keys: Iterable[str]) -> dict[str, set[str]]: ...
    def entity_keys_of(self, entity_ids: Iterable[str]) -> dict[str, set[str]]: ...
    def entity_ids_in_use(self, entity_ids: Iterable[str]) -> set[str]: ...
    def entity_aliases(self, old_ids: Iterable[str]) -> dict[str, str]: ...
    def entity_counts(self, entity_ids: Iterable[str]) -> dict[str, dict[str, dict[str, int]]]: ...
    def entity_article_counts(self, entity_ids: Iterable[str]) -> dict[str, dict[str, int]]: ...
    def entity_article_totals(self, entity_ids: Iterable[str]) -> dict[str, int]: ...
    def entity_article_counts_in(self, entity_id: str, article_ids: Iterable[str]) -> dict[str, int]: ...
    def entity_latest_articles(self, entity_ids: Iterable[str], limit: int) -> dict[str, list[str]]: ...
    def article_mention_records(self, article_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]: ...
    # per-source line counts (site furniture)
    def source_line_counts(self, lines: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]: ...
    def article_lines(self, article_ids: Iterable[str]) -> dict[str, tuple[str, set[str]]]: ...
    def article_entity_ids(self, article_ids: Iterable[str]) -> dict[str, set[str]]: ...
    def article_stories(self, article_ids: Iterable[str]) -> dict[str, str]: ...

    # -- apply -----------------------------------------------------------------------------------------------------
    def apply(self, result: LinkResult) -> None: ...

    # -- queries ---------------------------------------------------------------------------------------------------
    def count(self, table: str) -> int: ...
    def article(self, article_id: str) -> Mapping[str, Any] | None: ...
    def articles(self) -> Iterator[Mapping[str, Any]]: ...
    def analysis(self, article_id: str) -> Analysis | None: ...
    def stories(self) -> list[Story]: ...
    def entities(self) -> list[Entity]: ...
    def entity_index_records(self) -> list[dict[str, Any]]: ...
    def quote_rows(self) -> Iterator[Mapping[str, Any]]: ...
    def timex_rows(self) -> Iterator[Mapping[str, Any]]: ...
    def quantity_rows(self) -> Iterator[Mapping[str, Any]]: ...
    def claim_rows(self) -> Iterator[Mapping[str, Any]]: ...
    def claim_mentions(self, story: str | None = None) -> dict[str, list[dict[str, Any]]]: ...
    def storied_quantities(self, story_ids: Collection[str] | None = None,
                           ) -> Iterator[tuple[str, str, str, str | None, list[Quantity], str | None, str | None]]: ...
    def search(self, query: str, limit: int = 20) -> list[Mapping[str, Any]]: ...

    # -- upkeep: versions, reanalysis and relinking (store/upkeep.py) -------------------------------------------
    def analysis_versions(self) -> dict[str | None, int]: ...
    def articles_not_analysed_by(self, version: str) -> list[str]: ...
    def reanalysis_rows(self, article_ids: Iterable[str]) -> Iterator[dict[str, Any]]: ...
    def forget_analysis_versions(self, article_ids: Iterable[str]) -> None: ...
    def reset_links(self) -> tuple[list[str], dict[str, str]]: ...
    def clear_link_pending(self, article_ids: set[str] | list[str]) -> None: ...
