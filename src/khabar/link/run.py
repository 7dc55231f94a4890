"""The link step: what needs more than one article. Reads analyses from the store, writes stories, syndication
groups and entities back. Called after each ingest."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from khabar.analyse.quotes import link_speakers
from khabar.analyse.timex import resolve_timexes, resolve_with_story_date
from khabar.link.aliases import add_known_names, known_names
from khabar.link.claims import ClaimArticle, link_claims
from khabar.link.entities import EntityIndex, link_article
from khabar.link.event_dates import Dated, coarse, date_from_other_articles
from khabar.link.furniture import furniture_lines
from khabar.link.stories import StoryInput, group_stories, story_id
from khabar.link.syndication import CopyInput, find_copies
from khabar.link.threads import group_threads, thread_inputs
from khabar.model import Analysis, Story
from khabar.store.sqlite import SqliteStore

ENTITY_STATE = "entity_index"  # the store's state key for the entity index (khabar entities reads it too)


@dataclass(slots=True)
class _Row:
    id: str
    title: str | None
    published: str | None
    text: str
    analysis: Analysis
    source: str | None = None


def _rows(store: SqliteStore) -> list[_Row]:
    return [
        _Row(row["id"], row["title"], row["published"], row["text"], Analysis.from_dict(json.loads(row["analysis"])),
             row["source"])
        for row in store.db.execute("SELECT id, title, published, text, analysis, source FROM articles ORDER BY id")
    ]


def _story_date(members: list[_Row]) -> str | None:
    """The event date most members agree on."""
    dates = Counter(r.analysis.event_date for r in members if r.analysis.event_date)
    return dates.most_common(1)[0][0] if dates else None


def _date_from_other_stories(members: list[_Row], rows: list[_Row], store: SqliteStore) -> str | None:
    """For a story that dates nothing itself: the month other articles give its event; its coarse relative
    dates (``24 साल पहले``) are resolved against that month and stored."""
    ids = {r.id for r in members}
    month = date_from_other_articles([Dated(r.id, r.text, r.analysis) for r in members],
                                     [Dated(r.id, r.text, r.analysis) for r in rows if r.id not in ids])
    if not month:
        return None
    anchor = dt.date(int(month[:4]), int(month[5:7]), 1)
    for r in members:
        if any(t.value is None and coarse(t.relative) for t in r.analysis.timexes):
            keep = [t for t in r.analysis.timexes if not coarse(t.relative)]
            resolved = resolve_timexes([t for t in r.analysis.timexes if coarse(t.relative)], anchor, "story")
            r.analysis.timexes = sorted([*keep, *resolved], key=lambda t: (t.start, t.end))
            store.update_analysis(r.id, r.analysis)
    return month


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


def _story(members: list[_Row], groups: dict[str, str], date: str | None = None) -> Story:
    ids = [r.id for r in members]
    published = sorted(r.published for r in members if r.published)
    date = _story_date(members) or date
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


def _with_known_names(rows: list[_Row], story_of: dict[str, str], changed: set[str] | None) -> set[str] | None:
    """Tag multi-word names the corpus knows where the tagger missed them, in the changed articles and the
    other articles of their stories. Returns the articles to (re)link."""
    names = known_names(r.analysis.mentions for r in rows)
    stories = {story_of[i] for i in changed} if changed is not None else None
    relink = set(changed) if changed is not None else None
    for r in rows:
        if stories is not None and story_of[r.id] not in stories:
            continue
        if add_known_names(r.text, r.analysis, names) and relink is not None:
            relink.add(r.id)
    return relink


def _link_entities(rows: list[_Row], story_of: dict[str, str], changed: set[str] | None,
                   store: SqliteStore) -> EntityIndex:
    """Link the mentions of new and changed articles into the persistent entity index, then store the
    linked mentions (titles cut off, resolved descriptions added) and the quotes' speaker ids."""
    index = EntityIndex.from_dict(store.get_state(ENTITY_STATE) or {})
    changed = _with_known_names(rows, story_of, changed)
    furniture = furniture_lines((r.source, r.text) for r in rows)
    for r in rows:
        index.set_story(r.id, story_of[r.id])
        if changed is not None and r.id not in changed:
            continue
        linked = link_article(index, r.text, r.analysis, story_id=story_of[r.id], furniture=furniture)
        link_speakers(r.analysis.quotes, linked)
        with store.transaction():
            store.update_analysis(r.id, r.analysis)
            store.replace_mentions(r.id, linked)
    return index


def relink(store: SqliteStore, changed: set[str] | None = None) -> dict[str, int]:
    """Regroup stories and syndication, and link the entities of ``changed`` articles (all when None)."""
    rows = _rows(store)
    groups, duplicate_of = find_copies(
        [CopyInput(r.id, [s.text for s in r.analysis.body_sentences()]) for r in rows]
    )
    clusters = group_stories([
        StoryInput.of(r.id, r.analysis, r.analysis.event_date or r.published) for r in rows
    ])
    by_id = {r.id: r for r in rows}
    dated: dict[str, str | None] = {}
    for ids in clusters:
        members = [by_id[i] for i in ids]
        _anchor_to_story(members, store)
        if not _story_date(members) and not any(r.published for r in members):
            dated[ids[0]] = _date_from_other_stories(members, rows, store)
    stories = [_story([by_id[i] for i in ids], groups, dated.get(ids[0])) for ids in clusters]
    story_of = {a: s.id for s in stories for a in s.article_ids}
    index = _link_entities(rows, story_of, changed, store)
    entities = index.to_entities()
    with store.transaction():
        for r in rows:
            store.set_article_links(r.id, story_id=story_of[r.id], duplicate_of=duplicate_of.get(r.id),
                                    syndication_group=groups.get(r.id))
        store.follow_merges({old: index.resolve(old) for e in entities for old in e.absorbed})
        store.replace_entities(entities)
        store.set_state(ENTITY_STATE, index.to_dict())
        for story in stories:
            story.entity_ids = store.central_entities(story.article_ids)
        threads = group_threads(thread_inputs(stories, entities, {r.id: r.analysis.lang for r in rows}))
        thread_of = {s: t.id for t in threads for s in t.story_ids}
        for story in stories:
            story.thread_id = thread_of.get(story.id)
        store.replace_stories(stories)
        store.replace_threads(threads)
    # Last: update_analysis above rewrites quantity rows and with them their claim ids.
    claims = link_claims(store, [
        (story_of[r.id], ClaimArticle(r.id, r.text, [q for q in r.analysis.quantities if q.value is not None],
                                      groups.get(r.id)))
        for r in rows
    ])
    return {"stories": len(stories), "entities": len(entities), "threads": len(threads), "claims": claims}
