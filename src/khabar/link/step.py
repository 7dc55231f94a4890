"""The link step for one neighbourhood: ``link(neighbourhood, state) -> LinkResult``.

It writes nothing: the stored state (entity index rows, known names, other stories' central entities and threads)
is only read, through the ``Store`` interface, and everything decided comes back as a ``LinkResult`` that
``Store.apply`` writes in one transaction. The per-article ``Analysis`` records are not changed in the store:
what the corpus adds (story-anchored dates, entity ids, names found through other articles) goes to the finding
rows.

The neighbourhood (built by ``khabar.link.run``) is the changed articles, their candidates from the link index, and
every member of the stories and syndication groups those are in. Stories and syndication are decided again only
inside it, one connected component of likely pairs at a time, so the cost follows the neighbourhood, not the corpus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from khabar.analyse.quotes import link_speakers
from khabar.analyse.timex import resolve_timexes, resolve_with_story_date
from khabar.link.aliases import add_known_names, known_names
from khabar.link.candidates import Keys, components
from khabar.link.claims import ClaimArticle, find_claims, quantity_key
from khabar.link.entities import link_article
from khabar.link.entity_rows import StoredEntityIndex
from khabar.link.event_dates import Dated, coarse, date_from_other_articles
from khabar.link.stories import StoryInput, cosine, group_stories, story_id, vectorize
from khabar.link.syndication import CopyInput, find_copies, sentence_keys
from khabar.link.threads import PROPOSING_STORIES, group_threads, thread_inputs
from khabar.model import Mention, Story
from khabar.store.base import ArticleLinks, LinkArticle, LinkedFindings, LinkResult, Store

Progress = Callable[[str, int, int], None]  # (what, done, total)
CANDIDATE_FLOOR = 0.2  # story similarity below which a candidate pair is not worth deciding (threshold: 0.47)
CENTRAL_ENTITIES = 20  # entity ids kept per story
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _quiet(what: str, done: int, total: int) -> None:
    return None


@dataclass(slots=True)
class Neighbourhood:
    changed: set[str]
    articles: dict[str, LinkArticle]  # changed, candidates, and the members of their stories and groups
    candidates: dict[str, list[str]]  # changed id -> candidate ids
    keys: dict[str, Keys] = field(default_factory=dict)  # changed id -> its link-index keys


def link(hood: Neighbourhood, state: Store, progress: Progress = _quiet) -> LinkResult:
    """Decide stories, syndication, entities, threads and claims for ``hood``; write nothing."""
    arts = hood.articles
    result = LinkResult(linked=set(hood.changed))
    result.link_keys = {i: hood.keys[i] for i in hood.changed if i in hood.keys}

    groups, duplicate_of = _syndication(hood)
    progress("stories", 0, len(arts))
    clusters = _stories(hood)
    progress("stories", len(arts), len(arts))

    old_stories = {a.story_id for a in arts.values() if a.story_id}
    stories: list[Story] = []
    story_of: dict[str, str] = {}
    for ids in clusters:
        members = [arts[i] for i in ids]
        changed_dates = _anchor_to_story(members)
        date = None
        if not _story_date(members) and not any(a.published for a in members):
            others = [a for a in arts.values() if a.id not in set(ids)]
            date, more = _date_from_other_stories(members, others)
            changed_dates |= more
        for a in members:
            if a.id in changed_dates:
                result.findings[a.id] = LinkedFindings(timexes=a.analysis.timexes, event_date=a.analysis.event_date,
                                                       set_event_date=True)
        story = _story(members, groups, date)
        stories.append(story)
        story_of.update({i: story.id for i in ids})
    for i in arts:
        result.articles[i] = ArticleLinks(story_of[i], duplicate_of.get(i), groups.get(i))

    linked, index = _link_entities(hood, story_of, state, result, progress)
    _central_entities(stories, linked, index, state)
    result.stories = stories
    result.stories_removed = old_stories - {s.id for s in stories}
    _threads(result, index, state, progress)
    _claims(result, arts, story_of, groups)
    return result


# -- syndication and stories ---------------------------------------------------------------------------------------
def _syndication(hood: Neighbourhood) -> tuple[dict[str, str], dict[str, str]]:
    """Copies within the neighbourhood: articles that share a sentence key, and their groups' members."""
    arts = hood.articles
    keys = {i: sentence_keys([s.text for s in a.analysis.body_sentences()]) for i, a in arts.items()}
    by_key: dict[str, list[str]] = defaultdict(list)
    for i in sorted(keys):
        for k in keys[i]:
            by_key[k].append(i)
    edges = [(ids[0], j) for ids in by_key.values() for j in ids[1:]]
    edges += [(a.id, f"g:{a.syndication_group}") for a in arts.values() if a.syndication_group]
    nodes = [*arts, *{f"g:{a.syndication_group}" for a in arts.values() if a.syndication_group}]
    groups: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for component in components(nodes, edges):
        ids = [i for i in component if i in arts]
        if len(ids) < 2:
            continue
        found, dups = find_copies([CopyInput(i, [s.text for s in arts[i].analysis.body_sentences()]) for i in ids])
        groups.update(found)
        duplicate_of.update(dups)
    return groups, duplicate_of


def _stories(hood: Neighbourhood) -> list[list[str]]:
    """Story clusters of the neighbourhood, deciding one component of likely pairs at a time: a changed article
    and a candidate whose similarity reaches ``CANDIDATE_FLOOR`` (or that are in different languages: those
    are joined on entities and numbers), and the members of each current story."""
    arts = hood.articles
    vectors: dict[str, dict[str, float]] = {}

    def vector(i: str) -> dict[str, float]:
        if i not in vectors:
            vectors[i] = vectorize(arts[i].analysis.body, arts[i].analysis.lang)
        return vectors[i]

    edges = []
    for a, found in hood.candidates.items():
        for b in found:
            if b not in arts:
                continue
            if arts[a].analysis.lang != arts[b].analysis.lang or cosine(vector(a), vector(b)) >= CANDIDATE_FLOOR:
                edges.append((a, b))
    story_nodes = {f"s:{a.story_id}" for a in arts.values() if a.story_id}
    edges += [(i, f"s:{a.story_id}") for i, a in arts.items() if a.story_id]
    clusters: list[list[str]] = []
    for component in components([*arts, *story_nodes], edges):
        ids = [i for i in component if i in arts]
        if not ids:
            continue
        if len(ids) == 1:
            clusters.append(ids)
            continue
        clusters.extend(group_stories([
            StoryInput.of(i, arts[i].analysis, arts[i].analysis.event_date or arts[i].published) for i in ids]))
    return sorted(clusters, key=lambda g: g[0])


def _story_date(members: list[LinkArticle]) -> str | None:
    """The event date most members agree on."""
    dates = Counter(a.analysis.event_date for a in members if a.analysis.event_date)
    return dates.most_common(1)[0][0] if dates else None


def _anchor_to_story(members: list[LinkArticle]) -> set[str]:
    """Resolve relative dates that an article could not resolve alone (no publication date) against its story's
    date. Returns the articles whose dates changed."""
    date = _story_date(members)
    if not date:
        return set()
    day = dt.date.fromisoformat(date[:10])
    changed = set()
    for a in members:
        if any(t.value is None and t.relative for t in a.analysis.timexes):
            resolve_with_story_date(a.text, a.analysis, day)
            changed.add(a.id)
    return changed


def _date_from_other_stories(members: list[LinkArticle],
                             others: list[LinkArticle]) -> tuple[str | None, set[str]]:
    """For a story that dates nothing itself: the month other articles of the neighbourhood give its event; its
    coarse relative dates (``24 साल पहले``) are resolved against that month."""
    month = date_from_other_articles([Dated(a.id, a.text, a.analysis) for a in members],
                                     [Dated(a.id, a.text, a.analysis) for a in others])
    if not month:
        return None, set()
    anchor = dt.date(int(month[:4]), int(month[5:7]), 1)
    changed = set()
    for a in members:
        if any(t.value is None and coarse(t.relative) for t in a.analysis.timexes):
            keep = [t for t in a.analysis.timexes if not coarse(t.relative)]
            resolved = resolve_timexes([t for t in a.analysis.timexes if coarse(t.relative)], anchor, "story")
            a.analysis.timexes = sorted([*keep, *resolved], key=lambda t: (t.start, t.end))
            changed.add(a.id)
    return month, changed


def _story(members: list[LinkArticle], groups: dict[str, str], date: str | None = None) -> Story:
    ids = [a.id for a in members]
    published = sorted(a.published for a in members if a.published)
    date = _story_date(members) or date
    earliest = min(members, key=lambda a: (a.published is None, a.published or "", a.id))
    summary, seen_groups = [], set()
    for a in sorted(members, key=lambda a: (a.published is None, a.published or "", a.id)):
        group = groups.get(a.id, a.id)
        if group in seen_groups:
            continue  # a syndicated copy adds no new lead
        seen_groups.add(group)
        lead = next((s for s in a.analysis.body_sentences() if len(s.text) > 40 and s.text != a.title), None)
        if lead:
            summary.append({"text": lead.text, "article_id": a.id, "start": lead.start, "end": lead.end})
        if len(summary) == 3:
            break
    return Story(
        id=story_id(ids), article_ids=ids, headline=earliest.title or (summary[0]["text"] if summary else ""),
        summary=summary, date=date or (published[0][:10] if published else None),
        first_seen=published[0] if published else None, last_seen=published[-1] if published else None,
        sources=len(ids), independent_sources=len({groups.get(i, i) for i in ids}),
    )


# -- entities ------------------------------------------------------------------------------------------------------
def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


def _link_entities(hood: Neighbourhood, story_of: dict[str, str], state: Store, result: LinkResult,
                   progress: Progress) -> tuple[dict[str, list[Mention]], StoredEntityIndex]:
    """Tag the names the corpus knows where the tagger missed them (in the changed articles, and in the other
    articles of their stories when a changed article brought a new name), then link the mentions of those
    articles into the entity index. Returns each relinked article's linked mentions and the index."""
    arts = hood.articles
    own: dict[str, list[tuple[str, str]]] = {}
    for i in sorted(hood.changed):
        own[i] = sorted(known_names([arts[i].analysis.mentions]).items())
        result.known_names[i] = own[i]
    new_names = {n for names in own.values() for n, _ in names}
    new_names -= set(state.known_names_for({w for n in new_names for w in _WORD.findall(n)[:1]}))

    def names_for(a: LinkArticle) -> dict[str, str]:
        words = _words(a.text)
        found: dict[str, tuple[str, str]] = {n: (t, "") for n, t in state.known_names_for(words).items()}
        for owner, names in own.items():
            for n, t in names:
                if _WORD.findall(n)[:1] and _WORD.findall(n)[0] in words and (n not in found or owner < found[n][1]):
                    found[n] = (t, owner)
        return {n: t for n, (t, _) in found.items()}

    touched = {story_of[i] for i in hood.changed}
    relink = set(hood.changed)
    for i in sorted(arts):
        if story_of[i] not in touched:
            continue
        added = add_known_names(arts[i].text, arts[i].analysis, names_for(arts[i]))
        if i not in hood.changed and any(m.text in new_names for m in added):
            relink.add(i)
    index = StoredEntityIndex(state)
    linked: dict[str, list[Mention]] = {}
    order = sorted(arts)
    for n, i in enumerate(order):
        index.set_story(i, story_of[i])
        if i not in relink:
            continue
        a = arts[i]
        linked[i] = link_article(index, a.text, a.analysis, story_id=story_of[i])
        link_speakers(a.analysis.quotes, linked[i])
        progress("entities", n + 1, len(order))
    for i, mentions in linked.items():
        for m in mentions:
            m.entity_id = index.resolve(m.entity_id) if m.entity_id else None
        quotes = arts[i].analysis.quotes
        for q in quotes:
            q.speaker_entity_id = index.resolve(q.speaker_entity_id) if q.speaker_entity_id else None
        found = result.findings.setdefault(i, LinkedFindings())
        found.mentions, found.quotes, found.timexes = mentions, quotes, arts[i].analysis.timexes
    result.entities = index.changes(linked)
    return linked, index


def _central_entities(stories: list[Story], linked: dict[str, list[Mention]], index: StoredEntityIndex,
                      state: Store) -> None:
    """Each story's entity ids, most mentioned (then in most articles) first, as the mention rows will be."""
    rest = [a for s in stories for a in s.article_ids if a not in linked]
    stored = state.mention_entities(rest)
    for story in stories:
        count: Counter[str] = Counter()
        articles: dict[str, set[str]] = defaultdict(set)
        for a in story.article_ids:
            ids = [m.entity_id for m in linked[a] if m.entity_id] if a in linked else \
                [index.resolve(e) for e in stored.get(a, [])]
            for e in ids:
                count[e] += 1
                articles[e].add(a)
        story.entity_ids = sorted(count, key=lambda e: (-len(articles[e]), -count[e], e))[:CENTRAL_ENTITIES]


# -- threads and claims --------------------------------------------------------------------------------------------
def _threads(result: LinkResult, index: StoredEntityIndex, state: Store, progress: Progress) -> None:
    """Threads again for the touched stories and the stories they may share a thread with: those that count one
    of their central entities (an entity central to very many stories proposes nothing), and the other stories
    of the threads any of these are in."""
    touched = {s.id: s for s in result.stories}
    merged = set(result.entities.aliases)
    for ids in state.stories_with_entities(merged, PROPOSING_STORIES).values():
        for s in state.stories_by_id(i for i in ids if i not in touched):
            s.entity_ids = list(dict.fromkeys(index.resolve(e) for e in s.entity_ids))
            touched[s.id] = s
            result.stories.append(s)
    entity_ids = {e for s in touched.values() for e in s.entity_ids}
    near = {i for ids in state.stories_with_entities(entity_ids, PROPOSING_STORIES).values() for i in ids}
    near -= result.stories_removed
    old_threads = state.threads_of_stories(near | set(touched) | result.stories_removed)
    near |= {i for t in old_threads for i in t.story_ids}
    near -= result.stories_removed
    others = state.stories_by_id(i for i in near if i not in touched)
    pool = [*touched.values(), *others]
    progress("threads", 0, len(pool))
    entities = state.entity_briefs({e for s in pool for e in s.entity_ids})
    by_id = {e.id: e for e in entities}
    for row in result.entities.upserts:  # this step's entities, not yet in the store
        by_id[row.entity.id] = row.entity
    langs = state.article_langs(min(s.article_ids) for s in pool if s.article_ids)
    threads = group_threads(thread_inputs(pool, list(by_id.values()), langs))
    thread_of = {s: t.id for t in threads for s in t.story_ids}
    for s in touched.values():
        s.thread_id = thread_of.get(s.id)
    result.story_threads = {s.id: thread_of.get(s.id) for s in others}
    result.threads_removed = {t.id for t in old_threads}
    result.threads = threads
    progress("threads", len(pool), len(pool))


def _claims(result: LinkResult, arts: dict[str, LinkArticle], story_of: dict[str, str],
            groups: dict[str, str]) -> None:
    """The claims of every regrouped story (the claims of stories that went away go with them)."""
    members: dict[str, list[ClaimArticle]] = defaultdict(list)
    for i in sorted(arts):
        a = arts[i]
        members[story_of[i]].append(ClaimArticle(i, a.text, [q for q in a.analysis.quantities if q.value is not None],
                                                 groups.get(i)))
    for sid in sorted(members):
        claims, claim_of = find_claims(sid, members[sid])
        result.claims.extend(claims)
        for article in members[sid]:
            result.quantity_claims[article.id] = {quantity_key(q): claim_of[quantity_key(q)]
                                                  for q in article.quantities if quantity_key(q) in claim_of}
    result.claim_stories = set(members) | result.stories_removed
