"""Response shapes of the REST API, for the OpenAPI schema. They follow the export contract (design/EXPORT.md):
the contract's fields, typed; records may carry more fields (``extra="allow"``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class SummarySentence(Record):
    text: str
    article_id: str
    start: int
    end: int
    lead: bool = False  # one of the syndication groups' leads that open the summary


class StoryRecord(Record):
    id: str
    article_ids: list[str]
    headline: str
    summary: list[SummarySentence]
    date: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    thread_id: str | None = None
    entity_ids: list[str]
    sources: int
    independent_sources: int
    langs: list[str] = []
    outlets: list[str] = []


class StoryDetail(StoryRecord):
    source_groups: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    figure_series: list[dict[str, Any]]
    entities: list[dict[str, Any]]


class ArticleRecord(Record):
    id: str
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    title: str | None = None
    published: str | None = None
    dateline: dict[str, Any] | None = None
    agencies: list[str] = []
    author: str | None = None
    story_id: str | None = None
    duplicate_of: str | None = None
    syndication_group: str | None = None


class ArticleDetail(ArticleRecord):
    text: str
    body: str | None = None
    boilerplate: list[str]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    boilerplate_spans: list[dict[str, Any]]


class EntityRecord(Record):
    id: str
    type: str
    name: str
    latin: str | None = None


class EntityListItem(EntityRecord):
    support: str | None = None  # known, articles, repeated or single (link.entity_filter)
    aliases: list[str]
    mention_count: int
    article_count: int
    story_ids: list[str]


class EntityDetail(EntityRecord):
    matched: str | None = None  # how the name asked for found it: id, name, spelling, part, sound
    aliases: list[dict[str, Any]]
    mentions: int
    articles: int
    stories: list[dict[str, Any]]
    stories_by_month: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    cooccurring: list[dict[str, Any]]
    graph: dict[str, Any]


class QuoteRecord(Record):
    id: str
    article_id: str
    kind: str
    text: str
    start: int
    end: int
    speaker_entity_id: str | None = None
    speaker_text: str | None = None
    cue: str | None = None


class ClaimRecord(Record):
    id: str
    story_id: str
    text: str
    value: float | None = None
    unit: str | None = None
    kind: str  # khabar.link.claims.claim_kind: figure, ordinal, time, age, date
    article_ids: list[str]
    independent_sources: int
    conflicts: list[str]


class SearchHit(Record):
    id: str
    title: str | None = None
    lang: str | None = None
    source: str | None = None
    published: str | None = None
    story_id: str | None = None
    snippet: list[dict[str, Any]]
    as_written: bool | None = None  # holds the query's words as written (not only a spelling, synonym or name)


class Page(Record):
    total: int
    limit: int
    offset: int
    next_offset: int | None = None


class StoryPage(Page):
    items: list[StoryRecord]


class ThreadStory(Record):
    id: str
    date: str | None = None
    headline: str
    sources: int
    independent_sources: int
    article_ids: list[str]


class ThreadRecord(Record):
    id: str
    label: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    stories: list[ThreadStory]


class SeriesPoint(Record):
    date: str | None = None
    story_id: str
    claim_id: str
    value: float
    text: str
    article_ids: list[str]
    independent_sources: int


class FigureSeries(Record):
    unit: str
    predicate: str | None = None
    scope: str | None = None  # the region or country counted in
    aspect: str | None = None  # new (a day's), total (so far), active ...
    points: list[SeriesPoint]


class ThreadDetail(ThreadRecord):
    figure_series: list[FigureSeries]


class ThreadPage(Page):
    items: list[ThreadRecord]


class ArticlePage(Page):
    items: list[ArticleRecord]


class EntityPage(Page):
    items: list[EntityListItem]
    hidden: int = 0  # entities left out: descriptions, and weakly supported ones unless all=true


class QuotePage(Page):
    items: list[QuoteRecord]


class ClaimPage(Page):
    items: list[ClaimRecord]


class SearchPage(Page):
    items: list[SearchHit]
    query: str
    match: str | None = None
    syntax: str
    entities: list[dict[str, Any]]
    translations: dict[str, list[str]] = {}
    suggestions: list[dict[str, Any]] = []
    facets: dict[str, list[dict[str, Any]]]
    took_ms: float
