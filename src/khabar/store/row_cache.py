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


class RowCache:
    """Remembered rows by kind (``article``, ``story``, ``brief``, ``lang``, ``mentions``) and id, valid while
    ``token`` (the store's own (data_version, total_changes)) is the one they were read under."""

    def __init__(self) -> None:
        self.token: Hashable = None
        self._rows: dict[str, OrderedDict[str, Any]] = {}
        self._article_chars = 0
        self.story_of: dict[str, str] = {}  # article id -> the remembered story that lists it

    def check(self, token: Hashable) -> None:
        """Forget everything unless the database is as it was when the rows were read (or last ``kept``)."""
        if token != self.token:
            self.clear()
            self.token = token

    def clear(self) -> None:
        self._rows.clear()
        self._article_chars = 0
        self.story_of.clear()

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
