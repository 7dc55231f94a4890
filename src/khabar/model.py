"""khabar's data model.

Every finding is a span ``(start, end)`` into ``Article.text``, the text exactly as ingested. Normalised
forms exist only as matching keys; they never replace the text. The records are plain dataclasses so that
they pickle (process pools, Dask) and turn into JSON without ceremony (``to_dict``).
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any

_ATOMS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain_dict(record: Any) -> dict[str, Any]:
    """``dataclasses.asdict(record)`` several times faster: an Analysis holds hundreds of small records, and
    ``asdict`` deep-copies every string and number in them (immutable, so the same objects serve)."""
    return _plain(record)


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _ATOMS:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if isinstance(value, (list, tuple, dict)):  # a subclass (a named tuple, a defaultdict): asdict's own rules
        return asdict(_Box(value))["value"]
    return copy.deepcopy(value)


@dataclass(slots=True)
class _Box:
    value: Any


@dataclass(frozen=True, slots=True)
class Span:
    """A view on ``text[start:end]``; ``text`` repeats the slice so a record stands on its own."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])


@dataclass(slots=True)
class Article:
    """One ingested article. ``text`` is never modified after ingest."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the source (metadata), ISO when known
    meta: dict[str, Any] = field(default_factory=dict)  # whatever else the source told us
    origin: str | None = None  # file path, or path:line for JSONL

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Mention:
    """A named-entity mention: a span, its type and (after linking) its entity."""

    start: int
    end: int
    text: str
    type: str  # PER, LOC, ORG
    source: str = "model"  # model, gazetteer, alias, description
    entity_id: str | None = None


@dataclass(slots=True)
class Dateline:
    text: str  # the place as written, e.g. सियोल
    place: str | None  # English name, e.g. Seoul
    start: int
    end: int
    date_text: str | None = None  # "3 सितंबर" when the dateline carries one
    month: int | None = None
    day: int | None = None


@dataclass(slots=True)
class Quote:
    kind: str  # direct, partial, indirect
    start: int
    end: int
    text: str
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    speaker_entity_id: str | None = None
    speaker_type: str | None = None  # PER, ORG, media ... when known without an entity
    id: str | None = None
    article_id: str | None = None
    # For a pronoun or description speaker: the span of the antecedent (a mention or an earlier name) it
    # resolves to within the article; the linker maps it to ``speaker_entity_id``.
    speaker_ref: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None  # ISO at its own granularity
    anchor: str | None = None  # published, dateline, story (for relative expressions)
    relative: dict[str, Any] | None = None  # how to resolve it when no anchor was known yet
    article_id: str | None = None


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str | None = None
    qualifier: str | None = None
    ordinal: bool = False
    id: str | None = None
    article_id: str | None = None
    claim_id: str | None = None


@dataclass(slots=True)
class Analysis:
    """What the pure per-article analysis finds. Produced by ``khabar.analyse.analyse``."""

    article_id: str
    lang: str
    title: str | None
    sentences: list[Span]
    boilerplate: list[Span]
    body: str
    published: str | None
    dateline: Dateline | None
    agencies: list[str]
    author: str | None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    event_date: str | None = None
    notes: list[str] = field(default_factory=list)  # how uncertain values were decided
    # How ``published`` was found, most reliable first: "source metadata", "url", "update line", "date line",
    # "dateline" (its year inferred from the text). None for analyses stored before it was recorded.
    published_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return plain_dict(self)

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a removed boilerplate segment."""
        return any(b.start < end and start < b.end for b in self.boilerplate)

    def body_sentences(self) -> list[Span]:
        """Sentences that are not boilerplate: what finders should read."""
        if not self.boilerplate:  # most articles: nothing to test each sentence against
            return list(self.sentences)
        return [s for s in self.sentences if not self.in_boilerplate(s.start, s.end)]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        data = dict(data)
        data["sentences"] = [Span(**s) for s in data.get("sentences", [])]
        data["boilerplate"] = [Span(**s) for s in data.get("boilerplate", [])]
        data["dateline"] = Dateline(**data["dateline"]) if data.get("dateline") else None
        data["mentions"] = [Mention(**m) for m in data.get("mentions", [])]
        data["quotes"] = [Quote(**q) for q in data.get("quotes", [])]
        data["timexes"] = [Timex(**t) for t in data.get("timexes", [])]
        data["quantities"] = [Quantity(**q) for q in data.get("quantities", [])]
        return cls(**data)


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    latin: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)  # {article_id, start, end, text}
    absorbed: list[str] = field(default_factory=list)  # ids merged into this one

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Claim:
    id: str
    story_id: str
    text: str
    value: float | None
    unit: str | None
    article_ids: list[str]
    independent_sources: int
    conflicts: list[str] = field(default_factory=list)
    predicate: str | None = None  # dead, injured, missing, infected, recovered, tested (not stored)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Story:
    id: str
    article_ids: list[str]
    headline: str
    summary: list[dict[str, Any]] = field(default_factory=list)
    date: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    thread_id: str | None = None
    entity_ids: list[str] = field(default_factory=list)
    sources: int = 0
    independent_sources: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Thread:
    id: str
    story_ids: list[str]
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
