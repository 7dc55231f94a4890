"""Rows the link step reads again step after step, remembered by one SQLite connection between its link steps.

Adding one article reads the same few hundred stored neighbours, stories, entity briefs and mention rows that the
previous add read (docs/benchmarks.md, session 11): their rows only change when a write says so. The store drops
the rows its own link-step writes change (``SqliteStore.apply`` knows which: the stories, articles and entities of
the result) and forgets everything when anything else changes the database: a commit by another connection
(``PRAGMA data_version``), or a write of this connection that does not keep the cache (``total_changes`` moved
without ``kept`` being called), or a rollback. So a remembered row is always the row the database holds."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable
from typing import Any

# Rows per kind, least recently read dropped first. Article rows carry their text and stored analysis (tens of
# KB each), so they are also bounded by characters (about 2 bytes each for Hindi text): 48 M, about 100 MB.
MAX_ROWS = 16384
MAX_ARTICLE_CHARS = 48_000_000
MAX_RENAMES = 4096  # entity renames remembered for the rows read before them (``RowCache.rename``)


class RowCache:
    """Remembered rows by kind (``article``, ``story``, ``brief``, ``lang``, ``mentions``) and id, valid while
    ``token`` (the store's own (data_version, total_changes)) is the one they were read under."""

    def __init__(self) -> None:
        self.token: Hashable = None
        self._rows: dict[str, OrderedDict[str, Any]] = {}
        self._article_chars = 0
        self.story_of: dict[str, str] = {}  # article id -> the remembered story that lists it
        # The entity renames applied since the rows were read (each step's merges, ``EntityChanges.aliases``, in
        # the order the store applied them): the ``mentions`` rows remember how many they have seen (``renamed``).
        self.renames: list[tuple[tuple[str, str], ...]] = []

    def check(self, token: Hashable) -> None:
        """Forget everything unless the database is as it was when the rows were read (or last ``kept``)."""
        if token != self.token:
            self.clear()
            self.token = token

    def clear(self) -> None:
        self._rows.clear()
        self._article_chars = 0
        self.story_of.clear()
        self.renames.clear()

    def rename(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Every remembered entity id ``old`` is now ``new``, for each pair in order (as the store's
        ``UPDATE ... SET entity_id = new WHERE entity_id = old``, one pair after the other, leaves its rows).
        Applied to a remembered row when it is next read (``renamed``), not to every row now; after
        ``MAX_RENAMES`` renames the rows that carry entity ids are forgotten instead."""
        pairs = tuple(pairs)
        if not pairs:
            return
        if len(self.renames) >= MAX_RENAMES:
            self.drop_kind("mentions")
            self.drop_kind("alias")
            self.renames.clear()
        self.renames.append(pairs)

    def renamed(self, ids: tuple[str, ...], seen: int) -> tuple[str, ...]:
        """``ids`` read when ``seen`` renames had been made, as the store holds them now."""
        for pairs in self.renames[seen:]:
            olds = {old for old, _ in pairs}
            if olds.isdisjoint(ids):
                continue
            out = []
            for i in ids:
                for old, new in pairs:
                    if i == old:
                        i = new
                out.append(i)
            ids = tuple(out)
        return ids

    def renamed_alias(self, old: str, new: str | None, seen: int) -> str | None:
        """The id an ``entity_aliases`` row of ``old`` names now, read as ``new`` (None: no row) when ``seen``
        renames had been made: each later pair first files its ``old`` under its ``new`` (INSERT OR REPLACE),
        then moves every row that named its ``old`` to its ``new`` (``SqliteStore._apply_entities``)."""
        for pairs in self.renames[seen:]:
            for before, after in pairs:
                if old == before or new == before:
                    new = after
        return new

    def peek(self, kind: str, key: str) -> Any:
        """The remembered row, or None (its place among the least recently read is left as it is)."""
        return self._rows.get(kind, {}).get(key)

    def update(self, kind: str, key: str, row: Any) -> None:
        """Replace a remembered row (nothing when it is not remembered)."""
        rows = self._rows.get(kind)
        if rows is not None and key in rows:
            self.put(kind, key, row)

    def get(self, kind: str, ids: Iterable[str]) -> tuple[dict[str, Any], list[str]]:
        """The remembered rows of ``ids`` (by id) and the ids not remembered, in the order given."""
        rows = self._rows.setdefault(kind, OrderedDict())
        found: dict[str, Any] = {}
        missing: list[str] = []
        for i in dict.fromkeys(ids):
            row = rows.get(i)
            if row is None:
                missing.append(i)
            else:
                found[i] = row
                rows.move_to_end(i)
        return found, missing

    def put(self, kind: str, key: str, row: Any) -> None:
        rows = self._rows.setdefault(kind, OrderedDict())
        self.drop(kind, [key])
        rows[key] = row
        if kind == "article":
            self._article_chars += _chars(row)
        elif kind == "story":
            self.story_of.update(dict.fromkeys(row.article_ids, key))
        while len(rows) > MAX_ROWS or (kind == "article" and self._article_chars > MAX_ARTICLE_CHARS and rows):
            self.drop(kind, [next(iter(rows))])

    def drop(self, kind: str, ids: Iterable[str]) -> None:
        rows = self._rows.get(kind)
        if not rows:
            return
        for i in ids:
            row = rows.pop(i, None)
            if row is None:
                continue
            if kind == "article":
                self._article_chars -= _chars(row)
            elif kind == "story":
                for a in row.article_ids:
                    if self.story_of.get(a) == i:
                        del self.story_of[a]

    def drop_kind(self, kind: str) -> None:
        for_story = kind == "story"
        self._rows.pop(kind, None)
        if kind == "article":
            self._article_chars = 0
        if for_story:
            self.story_of.clear()


def _chars(row: tuple[Any, ...]) -> int:
    return sum(len(v) for v in row if isinstance(v, str))
