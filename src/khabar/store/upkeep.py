"""Store methods for bringing a store written by an older khabar up to date (``khabar reanalyse``, ``khabar
relink``, ``khabar info``): which analysis version wrote each article, what is needed to analyse it again, and
dropping the link layer so that it can be built again from the stored analyses.

A mixin of ``SqliteStore`` (and so of ``PostgresStore``, which runs the same SQL through its adapter): it uses
the store's connection (``self.db``), transactions and finding writer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from khabar.model import Analysis, Article

# The link layer: every row a link step writes and nothing that ingest wrote. Dropped by ``reset_links``.
LINK_TABLES = ("stories", "story_entities", "threads", "claims", "entities", "entity_mentions", "entity_keys",
               "entity_aliases", "entity_counts", "entity_articles", "entity_totals", "link_keys", "known_names",
               "known_name_types", "source_lines", "article_lines")
LINK_STATE = ("entity_seq", "entity_index")  # state the link step keeps (the entity index blob of schema 1)
_PAGE = 200  # articles read at a time


class UpkeepMixin:
    db: Any

    def _record_inputs(self, article: Article) -> None:
        """Beside a saved article (in its transaction): its given title and date, and this analysis version."""
        from khabar.versions import analysis_fingerprint

        self.db.execute("INSERT OR REPLACE INTO article_inputs (article_id, given_title, given_published, "
                        "analysed_by) VALUES (?,?,?,?)",
                        (article.id, article.title, article.published, analysis_fingerprint()))

    def analysis_versions(self) -> dict[str | None, int]:
        """Analysis fingerprint -> number of stored articles it analysed (None: stored before schema 7)."""
        rows = self.db.execute("SELECT i.analysed_by, count(*) FROM articles a LEFT JOIN article_inputs i "
                               "ON i.article_id = a.id GROUP BY i.analysed_by ORDER BY i.analysed_by")
        return {r[0]: r[1] for r in rows}

    def articles_not_analysed_by(self, version: str) -> list[str]:
        """Ids of the articles whose stored analysis another (or an unknown) analysis version wrote."""
        return [r[0] for r in self.db.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_inputs i ON i.article_id = a.id "
            "WHERE i.analysed_by IS NULL OR i.analysed_by <> ? ORDER BY a.id", (version,))]

    def reanalysis_rows(self, article_ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        """What analysing each article again needs: its stored columns (text, url, source, meta, origin, title
        and published as analysis made them, content hash, analysis JSON) and, where recorded, the title and date
        the source gave (``given`` None for an article stored before schema 7)."""
        ids = list(article_ids)
        for start in range(0, len(ids), _PAGE):
            part = ids[start:start + _PAGE]
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                "SELECT a.id, a.text, a.url, a.source, a.meta, a.origin, a.title, a.published, a.lang, a.content_hash, "
                "a.analysis, i.article_id AS has_inputs, i.given_title, i.given_published FROM articles a "
                f"LEFT JOIN article_inputs i ON i.article_id = a.id WHERE a.id IN ({marks}) ORDER BY a.id", part)
            for r in rows:
                row = {k: r[k] for k in ("id", "text", "url", "source", "meta", "origin", "title", "published",
                                         "lang", "content_hash", "analysis")}
                row["given"] = ({"title": r["given_title"], "published": r["given_published"]}
                                if r["has_inputs"] is not None else None)
                yield row

    def forget_analysis_versions(self, article_ids: Iterable[str]) -> None:
        """Mark these articles' analyses as of an unknown version (``khabar reanalyse`` takes them up again)."""
        with self.transaction() as db:  # type: ignore[attr-defined]
            db.executemany("DELETE FROM article_inputs WHERE article_id = ?", [(i,) for i in article_ids])

    def reset_links(self) -> tuple[list[str], dict[str, str]]:
        """Drop the link layer in one transaction: stories, threads, claims, the entity index, the candidate
        index, known names and line counts go; every article leaves its story and syndication group, and its
        finding rows and event date are written again from its stored analysis (as ingest stored them, before
        any link step). Every article is marked for linking. Returns the ids to link and, for the articles whose
        stored analysis cannot be read, why (they keep their rows and are not marked)."""
        good: list[str] = []
        bad: dict[str, str] = {}
        with self.transaction() as db:  # type: ignore[attr-defined]
            for table in LINK_TABLES:
                db.execute(f"DELETE FROM {table}")
            db.executemany("DELETE FROM state WHERE key = ?", [(k,) for k in LINK_STATE])
            db.execute("UPDATE articles SET story_id = NULL, duplicate_of = NULL, syndication_group = NULL")
            last = ""
            while True:
                page = db.execute("SELECT id, analysis FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                  (last, _PAGE)).fetchall()
                for article_id, stored in ((r[0], r[1]) for r in page):
                    try:
                        analysis = Analysis.from_dict(json.loads(stored))
                    except Exception as exc:  # one unreadable row is reported; the others are rebuilt
                        bad[article_id] = f"stored analysis unreadable: {type(exc).__name__}: {exc}"
                        continue
                    self._write_findings(article_id, analysis)  # type: ignore[attr-defined]
                    db.execute("UPDATE articles SET event_date = ? WHERE id = ?", (analysis.event_date, article_id))
                    good.append(article_id)
                if len(page) < _PAGE:
                    break
                last = page[-1][0]
            db.execute("DELETE FROM link_pending")
            db.executemany("INSERT INTO link_pending (article_id) VALUES (?)", [(i,) for i in good])
        self._forget_rows()  # type: ignore[attr-defined]
        return good, bad
