"""The link step: what needs more than one article. Reads analyses from the store, writes stories, syndication
groups and entities back. Called after each ingest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from khabar.analyse.timex import resolve_with_story_date
from khabar.link.stories import StoryInput, group_stories, story_id
from khabar.link.syndication import CopyInput, find_copies
from khabar.model import Analysis, Entity, Story
from khabar.store.sqlite import SqliteStore
from khabar.text.keys import match_key


@dataclass(slots=True)
class _Row:
    id: str
    title: str | None
    published: str | None
    text: str
    analysis: Analysis


def _rows(store: SqliteStore) -> list[_Row]:
    return [
        _Row(row["id"], row["title"], row["published"], row["text"], Analysis.from_dict(json.loads(row["analysis"])))
        for row in store.db.execute("SELECT id, title, published, text, analysis FROM articles ORDER BY id")
    ]


def _story_date(members: list[_Row]) -> str | None:
    """The event date most members agree on."""
    dates = Counter(r.analysis.event_date for r in members if r.analysis.event_date)
    return dates.most_common(1)[0][0] if dates else None


def _anchor_to_story(members: list[_Row], store: SqliteStore) -> None:
    """Resolve relative dates that an article could not resolve alone (no publication date) against its story's
    date, and store the result."""
    date = _story_date(members)
    if not date:
        return
    day = dt.date.fromisoformat(date[:10])
    for r in members:
        if any(t.value is None and t.relative for t in r.analysis.timexes):
            resolve_with_story_date(r.text, r.analysis, day)
            store.update_analysis(r.id, r.analysis)


def _story(members: list[_Row], groups: dict[str, str]) -> Story:
    ids = [r.id for r in members]
    published = sorted(r.published for r in members if r.published)
    date = _story_date(members)
    earliest = min(members, key=lambda r: (r.published is None, r.published or "", r.id))
    summary, seen_groups = [], set()
    for r in sorted(members, key=lambda r: (r.published is None, r.published or "", r.id)):
        group = groups.get(r.id, r.id)
        if group in seen_groups:
            continue  # a syndicated copy adds no new lead
        seen_groups.add(group)
        lead = next((s for s in r.analysis.body_sentences() if len(s.text) > 40 and s.text != r.title), None)
        if lead:
            summary.append({"text": lead.text, "article_id": r.id, "start": lead.start, "end": lead.end})
        if len(summary) == 3:
            break
    return Story(
        id=story_id(ids), article_ids=ids, headline=earliest.title or (summary[0]["text"] if summary else ""),
        summary=summary,
        date=date or (published[0][:10] if published else None),
        first_seen=published[0] if published else None, last_seen=published[-1] if published else None,
        sources=len(ids), independent_sources=len({groups.get(i, i) for i in ids}),
    )


def _entities(rows: list[_Row], story_of: dict[str, str]) -> tuple[list[Entity], list[tuple[str, int, int, str]]]:
    """First-cut entities: mentions grouped by type and matching key."""
    by_key: dict[tuple[str, str], list[tuple[str, int, int, str]]] = defaultdict(list)
    for r in rows:
        for m in r.analysis.mentions:
            by_key[(m.type, match_key(m.text))].append((r.id, m.start, m.end, m.text))
    entities, links = [], []
    for (etype, key), mentions in sorted(by_key.items()):
        eid = "e" + hashlib.sha1(f"{etype}:{key}".encode()).hexdigest()[:10]
        names = Counter(text for *_, text in mentions)
        entities.append(Entity(id=eid, type=etype, name=names.most_common(1)[0][0], aliases=sorted(names)))
        links.extend((a, s, e, eid) for a, s, e, _ in mentions)
    return entities, links


def relink(store: SqliteStore) -> dict[str, int]:
    rows = _rows(store)
    groups, duplicate_of = find_copies(
        [CopyInput(r.id, [s.text for s in r.analysis.body_sentences()]) for r in rows]
    )
    clusters = group_stories([
        StoryInput(r.id, r.analysis.lang, r.analysis.body, r.analysis.event_date or r.published) for r in rows
    ])
    by_id = {r.id: r for r in rows}
    for ids in clusters:
        _anchor_to_story([by_id[i] for i in ids], store)
    stories = [_story([by_id[i] for i in ids], groups) for ids in clusters]
    story_of = {a: s.id for s in stories for a in s.article_ids}
    entities, links = _entities(rows, story_of)
    with store.transaction():
        for r in rows:
            store.set_article_links(r.id, story_id=story_of[r.id], duplicate_of=duplicate_of.get(r.id),
                                    syndication_group=groups.get(r.id))
        store.replace_stories(stories)
        store.replace_entities(entities)
        store.set_mention_entities(links)
    return {"stories": len(stories), "entities": len(entities)}
