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

import bisect
import datetime as dt
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import regex

from khabar.analyse.quotes import link_speakers
from khabar.analyse.timex import resolve_article_timexes, resolve_timexes, shared_day_of_writing, story_anchor
from khabar.analyse.timex_resolve import article_anchor, date_of
from khabar.link.aliases import add_known_names, known_names
from khabar.link.candidates import Candidates, Keys, components
from khabar.link.claims import ClaimArticle, find_claims, independent_voices, quantity_key
from khabar.link.entities import link_article
from khabar.link.entity_rows import StoredEntityIndex
from khabar.link.event_dates import Dated, coarse, date_from_other_articles
from khabar.link.furniture import line_digest, line_keys, stored_furniture
from khabar.link.places import is_country
from khabar.link.stories import (
    SAME_COUNT_SIMILARITY,
    SIMILARITY_THRESHOLD,
    StoryInput,
    edge_similarities,
    group_stories,
    same_update,
    shares_fractions,
    short_pair_bar,
    short_reports,
    story_id,
)
from khabar.link.summary import Candidate, story_candidates, summarise
from khabar.link.syndication import CopyInput, find_copies
from khabar.link.text_days import told_day
from khabar.link.threads import (
    FRAME_DAYS,
    LABEL_CANDIDATES,
    MAX_ENTITIES,
    MIN_SHARED,
    PLACE_DAYS,
    PROPOSING_STORIES,
    REPORT_DAYS,
    THREAD_WINDOW,
    ThreadInput,
    affair_actors,
    frame_terms,
    headline_counted,
    join_threads,
    label_weights,
    may_be_series,
    named_days,
    named_years,
    past_words,
    precedent_reads,
    recalled_events,
    recalled_words,
    recalling_stories,
    subject_words,
    thread_day,
    thread_id,
    thread_inputs,
    thread_label,
    told_in_series,
    voiced_scopes,
)
from khabar.model import Entity, Mention, Span, Story, Thread
from khabar.store.base import ArticleLinks, LinkArticle, LinkedFindings, LinkResult, Store

Progress = Callable[[str, int, int], None]  # (what, done, total)
_UNDATED = -1  # the day filed for a story without one (below every ordinal): near every day (``_pairable``)
# Estimated similarity (cosine of top-word vectors) below which a changed article and a candidate are not decided
# together. On covid5 (792 real articles), with lead-weighed story similarity, 0.08 left 13 of the 110 stories
# that grouping all pairs makes without a connecting edge (candidates estimated at 0.04-0.08 whose similarity
# reaches the threshold): recall against all pairs 0.958; at 0.04 4 stories, recall 0.981 (0.02 the same), the
# labelled scores unchanged (docs/benchmarks.md, candidate neighbourhoods).
CANDIDATE_FLOOR = 0.04
# A component of more articles than this is split again on edges FLOOR_STEP stronger (up to MAX_FLOOR), so that
# group_stories, which compares every pair of a component, never gets a corpus-sized one. The current members of a
# story always stay together.
MAX_COMPONENT = 200
FLOOR_STEP = 0.04
MAX_FLOOR = 0.4
CENTRAL_ENTITIES = 20  # entity ids kept per story
# Story inputs and sentence texts remembered between steps (``_remembered``): a few KB each, about 40 MB at most.
REMEMBERED = 8192
_REMEMBERED: OrderedDict[tuple[object, ...], Any] = OrderedDict()
_T = TypeVar("_T")
_ALONE = "alone:"  # node id of a stored story in no thread, in ``_threads``
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _quiet(what: str, done: int, total: int) -> None:
    return None


@dataclass(slots=True)
class Neighbourhood:
    changed: set[str]
    articles: dict[str, LinkArticle]  # changed, candidates, and the members of their stories and groups
    candidates: dict[str, Candidates]  # changed id -> what the index found around it
    keys: dict[str, Keys] = field(default_factory=dict)  # changed id -> its link-index keys
    new_names: set[str] = field(default_factory=set)  # multi-word names the changed articles teach the corpus
    name_holders: set[str] = field(default_factory=set)  # other articles whose text holds one of them
    removed_stories: set[str] = field(default_factory=set)  # stories of deleted articles: decided again or gone


def link(hood: Neighbourhood, state: Store, progress: Progress = _quiet) -> LinkResult:
    """Decide stories, syndication, entities, threads and claims for ``hood``; write nothing."""
    arts = hood.articles
    result = LinkResult(linked=set(hood.changed))
    result.link_keys = {i: hood.keys[i] for i in hood.changed if i in hood.keys}

    groups, duplicate_of = _syndication(hood)
    clusters = _stories(hood, progress)

    old_stories = {a.story_id for a in arts.values() if a.story_id} | hood.removed_stories
    stored = {s.id: s for s in state.stories_by_id(old_stories)}
    stories: list[Story] = []
    story_of: dict[str, str] = {}
    for ids in clusters:
        kept = _kept_story(ids, stored, hood, groups)
        if kept is not None:
            stories.append(kept)
            story_of.update({i: kept.id for i in ids})
            continue
        members = [arts[i] for i in ids]
        changed_dates = _anchor_to_story(members, groups)
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
    same = {s.id for s in stories if _unchanged(s, stored.get(s.id), hood, groups)}
    for s in stories:
        if s.id in same:
            s.thread_id = stored[s.id].thread_id
    result.stories = stories
    result.stories_removed = old_stories - {s.id for s in stories}
    touched = [s for s in stories if s.id not in same or s.entity_ids != stored[s.id].entity_ids]
    changed = [s for s in stories if s.id not in same]  # before _threads adds stories from outside the neighbourhood
    _threads(result, touched, index, state, progress)
    index.close()  # its reference cycles go now, not at the next collection
    _claims(result, changed, arts, groups)
    # Rows that would be written back as they are stored are left out, so that applying a step costs what it
    # changed, not the size of its neighbourhood.
    result.stories = [s for s in result.stories if s != stored.get(s.id)]
    result.articles = {i: links for i, links in result.articles.items()
                       if (arts[i].story_id, arts[i].duplicate_of, arts[i].syndication_group)
                       != (links.story_id, links.duplicate_of, links.syndication_group)}
    return result


def _kept_story(ids: list[str], stored: dict[str, Story], hood: Neighbourhood,
                groups: dict[str, str]) -> Story | None:
    """The stored story, as it is, when the cluster ``ids`` is exactly its members, none of them changed, none
    linked again for a name (``name_holders``), their syndication groups the same, and one of them published on
    a known date (else the story's date may come from the other stories around, ``_date_from_other_stories``).
    Deciding it again would give the same row (its dates anchored, its headline, summary and sources follow
    from these alone), so its members' analyses are not even parsed (``LinkArticle``); None otherwise. Its
    central entities are still counted again (``_central_entities``): an entity merge may rename them."""
    before = stored.get(story_id(ids))
    arts = hood.articles
    if before is None or before.article_ids != ids or not any(arts[i].published for i in ids):
        return None
    if any(i in hood.changed or i in hood.name_holders or arts[i].syndication_group != groups.get(i) for i in ids):
        return None
    return replace(before, article_ids=list(ids), summary=list(before.summary), entity_ids=list(before.entity_ids))


def _unchanged(story: Story, before: Story | None, hood: Neighbourhood, groups: dict[str, str]) -> bool:
    """The same story as stored: same id and members, none of them changed, the same syndication groups."""
    if before is None or before.article_ids != story.article_ids:
        return False
    arts = hood.articles
    return not any(i in hood.changed or arts[i].syndication_group != groups.get(i) for i in story.article_ids)


# -- syndication and stories ---------------------------------------------------------------------------------------
def _syndication(hood: Neighbourhood) -> tuple[dict[str, str], dict[str, str]]:
    """Syndication groups and duplicates, decided again for the changed articles, the articles that share a
    sentence with them and the members of any group these are in; every other group of the neighbourhood stays."""
    arts = hood.articles
    edges = [(a, b) for a, found in hood.candidates.items() for b in found.copies if b in arts]
    edges += [(a.id, f"g:{a.syndication_group}") for a in arts.values() if a.syndication_group]
    nodes = [*arts, *{f"g:{a.syndication_group}" for a in arts.values() if a.syndication_group}]
    groups: dict[str, str] = {}
    duplicate_of: dict[str, str] = {}
    for component in components(nodes, edges):
        ids = [i for i in component if i in arts]
        if len(ids) < 2:
            continue
        found, dups = find_copies([CopyInput(i, _body_texts(arts[i])) for i in ids])
        groups.update(found)
        duplicate_of.update(dups)
    return groups, duplicate_of


def _undated_reports(hood: Neighbourhood) -> set[str]:
    """The neighbourhood's stored articles without a day that are alone in their story or in a story with a dated
    report: offered to the attachment rule again (``group_stories``' ``attachable``). An undated report that
    arrived before its event's reports had nothing to go to; when they arrive it meets them here, as it would in
    one batch. One that went to its event's story stays there when a later report has the story decided again
    (not offered, it would fall out: ``group_stories`` attaches only the groups it is told it may). Undated
    reports that share a story only with each other are left as they are (offering them too joined reports of
    different events on the bilingual set)."""
    arts = hood.articles
    members: dict[str, list[LinkArticle]] = defaultdict(list)  # every member of a story is in the neighbourhood
    for a in arts.values():
        if a.story_id:
            members[a.story_id].append(a)

    def undated(a: LinkArticle) -> bool:
        return not a.published and story_input(a).day() is None

    return {i for i, a in arts.items() if i not in hood.changed and undated(a)
            and (not a.story_id or len(members[a.story_id]) == 1
                 or not all(undated(b) for b in members[a.story_id]))}


def _stories(hood: Neighbourhood, progress: Progress = _quiet) -> list[list[str]]:
    """Story clusters of the neighbourhood, deciding one component of likely pairs at a time: a changed article
    and a candidate whose estimated similarity (from the index's word weights) reaches ``CANDIDATE_FLOOR``, that
    shares a sentence with it, or that shares a name with it in another language (those are joined on entities
    and numbers); and the members of each current story."""
    arts = hood.articles
    attachable = set(hood.changed) | _undated_reports(hood)  # groups that may go to a best match
    story_nodes = {f"s:{a.story_id}" for a in arts.values() if a.story_id}
    members = [(i, f"s:{a.story_id}") for i, a in arts.items() if a.story_id]

    def split(nodes: list[str], floor: float) -> list[list[str]]:
        inside = set(nodes)
        edges = [(a, b) for a, found in hood.candidates.items() if a in inside for b in found.ids
                 if b in inside and (found.similarity.get(b, 0.0) >= floor or b in found.copies
                                     or (b in found.names and arts[a].language != arts[b].language))]
        kept = [(a, b) for a, b in members if a in inside and b in inside]
        found = components(nodes, edges + kept)
        if floor >= MAX_FLOOR:
            return found
        out = []
        for component in found:  # a component too large to compare all its pairs: split it without losing a story
            if sum(1 for i in component if i in arts) <= MAX_COMPONENT:
                out.append(component)
                continue
            for part in _strong_parts(component, edges, kept):
                small = sum(1 for i in part if i in arts) <= MAX_COMPONENT
                out.extend([part] if small else split(part, floor + FLOOR_STEP))
        return out

    def _strong_parts(component: list[str], edges: list[tuple[str, str]],
                      kept: list[tuple[str, str]]) -> list[list[str]]:
        """The component's parts joined by candidate pairs whose exact similarity reaches the story threshold
        (``stories.edge_similarities``: no story spans two parts), by shared sentences and by cross-language
        names, and the current stories' members."""
        inside = set(component)
        ids = [i for i in component if i in arts]
        at = {i: n for n, i in enumerate(ids)}
        pairs = [(a, b) for a, b in edges if a in at and b in at]
        inputs = [_input(i) for i in ids]
        exact = edge_similarities(inputs, [(at[a], at[b]) for a, b in pairs])
        # A dated short report joins another dated report at a lower similarity (``stories.short_pair_bar``).
        short = short_reports(inputs)
        dated = [item.day() is not None for item in inputs]
        strong = [(a, b) for (a, b), value in zip(pairs, exact, strict=True)
                  if value >= SIMILARITY_THRESHOLD or b in hood.candidates[a].copies
                  or arts[a].language != arts[b].language
                  or (dated[at[a]] and dated[at[b]] and value >= short_pair_bar(short[at[a]], short[at[b]]))
                  or (value > 0 and shares_fractions(inputs[at[a]], inputs[at[b]]))
                  or (value >= SAME_COUNT_SIMILARITY and dated[at[a]] and dated[at[b]]
                      and same_update(inputs[at[a]], inputs[at[b]]))]
        return components(component, strong + [(a, b) for a, b in kept if a in inside and b in inside])

    def _input(i: str) -> StoryInput:
        return story_input(arts[i])

    clusters: list[list[str]] = []
    done = 0
    for component in split([*arts, *story_nodes], CANDIDATE_FLOOR):
        ids = [i for i in component if i in arts]
        done += len(ids)
        progress("stories", done, len(arts))
        if not ids:
            continue
        if len(ids) == 1:
            clusters.append(ids)
            continue
        clusters.extend(group_stories([_input(i) for i in ids], attachable=attachable))
    # ``split`` calls itself through its closure: a reference cycle that held the neighbourhood (``hood``) alive
    # until the cycle collector ran, which then walked all of it. Broken here, the neighbourhood goes with the step.
    split = None  # type: ignore[assignment]
    return sorted(clusters, key=lambda g: g[0])


def story_input(article: LinkArticle) -> StoryInput:
    """The article's story input, remembered for its stored analysis (``LinkArticle.analysis_key``): a step
    compares every article of a new one's component again, and their inputs only change with their row. Must be
    asked before the step changes the analysis (dates anchored to the story)."""
    key = ("story", article.id, article.analysis_key, article.published, article.url, article.source)
    return _remembered(key, article, lambda: StoryInput.of(
        article.id, article.analysis, article.analysis.event_date or article.published,
        published=article.published, url=article.url, source=article.source))


def _body_texts(article: LinkArticle) -> list[str]:
    """The texts of the article's body sentences (what syndication compares), remembered like ``story_input``:
    every stored syndication group around a new article is compared again."""
    return _remembered(("copy", article.id, article.analysis_key), article,
                       lambda: [s.text for s in article.analysis.body_sentences()])


def _timex_values(article: LinkArticle) -> list[str | None]:
    """The values of the article's time expressions as its analysis resolved them, remembered like
    ``story_input`` (``_recalls`` reads them for the stories around every add; a parse of the whole analysis
    each time)."""
    return _remembered(("timex", article.id, article.analysis_key), article,
                       lambda: [t.value for t in article.analysis.timexes])


def _remembered(key: tuple[object, ...], article: LinkArticle, make: Callable[[], _T]) -> _T:
    """``make()``, remembered under ``key`` while the article's stored analysis is the one read
    (``LinkArticle.analysis_key``; nothing is remembered for an analysis given as an object). The values are
    shared: callers must not change them."""
    if article.analysis_key is None:
        return make()
    found = _REMEMBERED.get(key)
    if found is not None:
        _REMEMBERED.move_to_end(key)
        return found  # type: ignore[no-any-return]
    made = make()
    _REMEMBERED[key] = made
    if len(_REMEMBERED) > REMEMBERED:
        _REMEMBERED.popitem(last=False)
    return made


def _story_date(members: list[LinkArticle]) -> str | None:
    """The event date most members agree on."""
    dates = Counter(a.analysis.event_date for a in members if a.analysis.event_date)
    return dates.most_common(1)[0][0] if dates else None


def _anchor_to_story(members: list[LinkArticle], groups: dict[str, str] | None = None) -> set[str]:
    """Resolve relative dates that an article could not resolve alone (no publication date) against its story's
    date. Returns the articles whose dates changed."""
    # A relative date is written from the day of writing: the anchor most anchored members share comes first,
    # the story's event date only when no member has an anchor. Members with an anchor of their own keep theirs.
    analyses = [a.analysis for a in members]
    day = story_anchor(analyses)
    # Weekdays and आज are read only from a day of writing shared by two anchored members, or from the day of an
    # anchored copy of the same wire story; an event's day or one member's day (a story runs over days) resolves
    # what needs the year alone.
    written = day is not None and shared_day_of_writing(analyses) == day
    if day is None:
        date = _story_date(members)
        day = dt.date.fromisoformat(date[:10]) if date else None
    if day is None:
        return set()
    groups = groups or {}
    copy_day = {groups[a.id]: anchor[0] for a in members
                if a.id in groups and (anchor := article_anchor(a.analysis)) is not None}
    changed = set()
    for a in members:
        own = copy_day.get(groups.get(a.id, ""))
        if resolve_article_timexes(a.text, a.analysis, own or day, day_of_writing=written or own is not None):
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
        if article_anchor(a.analysis) is None and any(t.value is None and coarse(t.relative)
                                                       for t in a.analysis.timexes):
            keep = [t for t in a.analysis.timexes if not coarse(t.relative)]
            resolved = resolve_timexes([t for t in a.analysis.timexes if coarse(t.relative)], anchor, "story")
            a.analysis.timexes = sorted([*keep, *resolved], key=lambda t: (t.start, t.end))
            changed.add(a.id)
    return month, changed


def _headline_member(members: list[LinkArticle]) -> LinkArticle:
    """The member whose title is the story's headline: the earliest; but when its title gives no count and the
    title of another report of that day does (``threads.headline_counted``: 1409 नए केस), the first such report (by
    id), each title read as the thread step reads it (a figure counts what its own clause or one before names:
    "देश में 73 लोगों में ... की पुष्टि, जानें किस राज्य में कितने मरीज" counts nothing there). A
    story that holds a day's count is that count's update (a briefing's reports lead with testing, districts or
    a month of lockdown, one of them with the figure), and its headline, which the thread step reads for the
    update's scope, should say so."""
    earliest = min(members, key=lambda a: (a.published is None, a.published or "", a.id))
    if earliest.title and headline_counted(earliest.title):  # read as the thread step reads it
        return earliest
    day = (earliest.published or "")[:10]
    counting = (a for a in sorted(members, key=lambda a: a.id)
                if (a.published or "")[:10] == day and a.title and headline_counted(a.title))
    return next(counting, earliest)


def _first_lead(members: list[LinkArticle]) -> str:
    """The lead of the earliest article that has one: an untitled story's headline."""
    for a in sorted(members, key=lambda a: (a.published is None, a.published or "", a.id)):
        if lead := _lead_sentence(a):
            return lead.text
    return ""


def _lead_sentence(a: LinkArticle) -> Span | None:
    """An article's lead: its first body sentence of more than 40 characters that is not its title."""
    return next((s for s in a.analysis.body_sentences() if len(s.text) > 40 and s.text != a.title), None)


def _summary(members: list[LinkArticle], groups: dict[str, str]) -> list[dict[str, Any]]:
    """The story's extractive summary (``khabar.link.summary``), stored with the story so that every face serves
    this one: the leads of the first three syndication groups (marked ``lead``: what the thread step reads of a
    story, with its headline), then the most central sentences of one article per syndication group up to 3 to 5
    sentences, quotations whole."""
    chosen, seen_groups = [], set()
    for a in sorted(members, key=lambda a: (a.published is None, a.published or "", a.id)):
        group = groups.get(a.id, a.id)
        if group in seen_groups:
            continue  # a syndicated copy adds no new sentence
        seen_groups.add(group)
        chosen.append(a)
    leads = []
    for a in chosen:
        if lead := _lead_sentence(a):
            leads.append(Candidate(a.id, lead.start, lead.end, lead.text))
        if len(leads) == 3:
            break
    candidates = story_candidates([(a.id, a.text, a.title, [(s.start, s.end) for s in a.analysis.body_sentences()])
                                   for a in chosen])
    return summarise(candidates, leads=leads)


def _story(members: list[LinkArticle], groups: dict[str, str], date: str | None = None) -> Story:
    ids = [a.id for a in members]
    published = sorted(a.published for a in members if a.published)
    date = _story_date(members) or date
    earliest = _headline_member(members)
    summary = _summary(members, groups)
    return Story(
        id=story_id(ids), article_ids=ids, headline=earliest.title or _first_lead(members),
        summary=summary, date=date or (published[0][:10] if published else None),
        first_seen=published[0] if published else None, last_seen=published[-1] if published else None,
        sources=len(ids), independent_sources=len(set(independent_voices(
            [ClaimArticle(a.id, "", [], groups.get(a.id), a.source) for a in members]).values())),
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
    new = hood.new_names
    by_first: dict[str, dict[str, str]] = defaultdict(dict)  # this step's names by first word (earliest owner's type)
    for owner in sorted(own):
        for n, t in own[owner]:
            first = _WORD.findall(n)[:1]
            if first:
                by_first[first[0]].setdefault(n, t)

    def names_for(a: LinkArticle) -> dict[str, str]:
        words = _words(a.text)
        found = state.known_names_for(words)
        for w in words & by_first.keys():
            for n, t in by_first[w].items():
                found.setdefault(n, t)
        return found

    touched = {story_of[i] for i in hood.changed | hood.name_holders}
    relink = set(hood.changed)
    for i in sorted(arts):
        if story_of[i] not in touched:
            continue
        added = add_known_names(arts[i].text, arts[i].analysis, names_for(arts[i]))
        if i not in hood.changed and any(m.text in new for m in added):
            relink.add(i)
    furniture = _furniture(hood, relink, state, result)
    index = StoredEntityIndex(state)
    linked: dict[str, list[Mention]] = {}
    order = sorted(arts)
    for n, i in enumerate(order):
        index.set_story(i, story_of[i])
        if i not in relink:
            continue
        a = arts[i]
        linked[i] = link_article(index, a.text, a.analysis, story_id=story_of[i], furniture=furniture)
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


def _furniture(hood: Neighbourhood, relink: set[str], state: Store, result: LinkResult) -> frozenset[str]:
    """Site furniture (lines one source repeats across its articles) among the lines of the articles linked
    again, from the store's per-source line counts as this step leaves them, so that one article added alone
    finds the footer its source prints under every article, as a batch does. The changed articles' lines go
    into the result. The store files each line by its digest (``line_digest``): the counts are read and written
    by digest, and the lines whose digest is furniture are returned."""
    arts = hood.articles
    digests: dict[str, str] = {}

    def digested(keys: set[str]) -> set[str]:
        out = set()
        for k in keys:
            if k not in digests:
                digests[k] = line_digest(k)
            out.add(digests[k])
        return out

    added = {i: (arts[i].source or "", digested(line_keys(arts[i].text))) for i in sorted(hood.changed)}
    result.article_lines = added
    wanted: dict[str, set[str]] = defaultdict(set)
    for i in relink:
        source, keys = added[i] if i in added else (arts[i].source or "", digested(line_keys(arts[i].text)))
        wanted[source] |= keys
    if not any(wanted.values()):
        return frozenset()
    stored = state.source_line_counts({(s, k) for s, keys in wanted.items() for k in keys | {""}})
    found = stored_furniture(wanted, stored, state.article_lines(added), added)
    return frozenset(k for k, d in digests.items() if d in found)


def new_names(changed: list[LinkArticle], state: Store) -> set[str]:
    """The multi-word names the changed articles tag that no stored article tagged before."""
    names = {n for a in changed for n in known_names([a.analysis.mentions])}
    return names - set(state.known_names_for({w for n in names for w in _WORD.findall(n)[:1]}))


def _central_entities(stories: list[Story], linked: dict[str, list[Mention]], index: StoredEntityIndex,
                      state: Store) -> None:
    """Each story's entity ids, most mentioned (then in most articles) first, as the mention rows will be."""
    rest = [a for s in stories for a in s.article_ids if a not in linked]
    stored = state.mention_entities(rest)
    index.read_aliases(e for ids in stored.values() for e in ids)
    current: dict[str, str] = {}  # stored id -> its id now (a step counts a few thousand mentions of a few hundred)
    for story in stories:
        count: Counter[str] = Counter()  # mentions
        articles: Counter[str] = Counter()  # articles that mention it
        for a in story.article_ids:
            if a in linked:
                ids = [m.entity_id for m in linked[a] if m.entity_id]
            else:
                ids = [current[e] if e in current else current.setdefault(e, index.resolve(e))
                       for e in stored.get(a, ())]
            mentions = Counter(ids)
            count.update(mentions)
            articles.update(mentions.keys())
        story.entity_ids = sorted(count, key=lambda e: (-articles[e], -count[e], e))[:CENTRAL_ENTITIES]


# -- threads and claims --------------------------------------------------------------------------------------------
def _threads(result: LinkResult, touched: list[Story], index: StoredEntityIndex, state: Store,
             progress: Progress) -> None:
    """Threads for the touched stories, decided against the threads already stored without deciding those again
    (``threads.join_threads``). Free (decided now): the touched stories and the stories whose central entities
    this step merged. Around them: the stories of the neighbourhood and those that share ``MIN_SHARED`` central
    entities with a free one (an entity central to very many stories proposes nothing). A stored thread that one
    of these is in is one node, and so is each of them that is in no thread (decided before: a free story may
    join it, it is not decided again). Of a thread's stories only those sharing entities with a touched story,
    in the neighbourhood, or dated within ``THREAD_WINDOW`` days of a free story are read, and of those only the
    ones ``_pairable`` keeps are scored (the others could only add 0 to its mean), so the cost follows the
    touched stories and their days, not the length of the threads nor the size of the neighbourhood."""
    free_stories = {s.id: s for s in touched}
    merged = set(result.entities.aliases)
    for ids in state.stories_with_entities(merged, PROPOSING_STORIES).values():
        for s in state.stories_by_id(i for i in ids if i not in free_stories and i not in result.stories_removed):
            if any(s.id == r.id for r in result.stories):
                continue
            s.entity_ids = list(dict.fromkeys(index.resolve(e) for e in s.entity_ids))
            free_stories[s.id] = s
            result.stories.append(s)
    if not free_stories and not result.stories_removed:
        return
    postings = state.stories_with_entities({e for s in free_stories.values() for e in s.entity_ids[:MAX_ENTITIES]},
                                           PROPOSING_STORIES)
    near: set[str] = set()
    for s in free_stories.values():
        shared = Counter(i for e in s.entity_ids[:MAX_ENTITIES] for i in postings.get(e, ()))
        near |= {i for i, n in shared.items() if n >= MIN_SHARED}
    # The neighbourhood's other stories (the changed articles' candidates from the link index, within days of
    # them, sharing distinctive words) are neighbours too: a region or report link needs no shared actor.
    near |= {s.id for s in result.stories}
    near -= result.stories_removed
    old_threads = state.threads_of_stories(near | set(free_stories) | result.stories_removed)
    threaded = {i for t in old_threads for i in t.story_ids}
    in_result = {s.id: s for s in result.stories}
    # An unchanged neighbour that is in no thread was decided before, like a stored thread: it is one node of its
    # own (a free story may join it), not decided again with every other neighbour (which made every step score
    # the threads of every region its neighbourhood touches).
    unthreaded = near - threaded - set(free_stories)
    alone = {i: in_result[i] for i in unthreaded if i in in_result}
    # (read, never changed here: the store may hand over the objects it remembers)
    alone.update({s.id: s for s in state.stories_by_id((i for i in unthreaded if i not in in_result), shared=True)})
    gone = set(free_stories) | result.stories_removed
    kept_ids = {i for t in old_threads for i in t.story_ids if i not in gone}
    story_of = {s.id: s for s in state.stories_by_id((i for i in kept_ids if i not in in_result), shared=True)}
    story_of.update({i: in_result[i] for i in kept_ids if i in in_result})
    story_of.update(free_stories)
    story_of.update(alone)
    kept = {t.id: [i for i in t.story_ids if i not in gone and i in story_of] for t in old_threads}
    kept.update({_ALONE + i: [i] for i in alone})
    days = sorted(d.toordinal() for s in free_stories.values() if (d := date_of(thread_day(s))))

    def neighbour(story_id: str) -> bool:
        if story_id in near:
            return True
        day = date_of(thread_day(story_of[story_id]))
        if day is None or not days:
            return False
        k = bisect.bisect_left(days, day.toordinal() - THREAD_WINDOW)
        return k < len(days) and days[k] <= day.toordinal() + THREAD_WINDOW

    free = sorted(free_stories)
    neighbours = {tid: [i for i in ids if i in story_of and neighbour(i)] for tid, ids in kept.items()}
    pool_ids = [*free, *sorted({i for ids in neighbours.values() for i in ids})]
    pool = [story_of[i] for i in pool_ids]
    progress("threads", 0, len(pool))
    entities = state.entity_briefs({e for s in pool for e in s.entity_ids})
    by_id = {e.id: e for e in entities}
    for row in result.entities.upserts:  # this step's entities, not yet in the store
        by_id[row.entity.id] = row.entity
    langs = state.article_langs(min(s.article_ids) for s in pool if s.article_ids)
    inputs = thread_inputs(pool, list(by_id.values()), langs)
    # Only the stored stories that could be similar to a free story are scored: the rest of a thread counts in
    # its size (the mean) but adds 0 to every sum, so scoring it is work that grows with the thread, not the step.
    # What frames an affair and what the stories are all about are read from the whole pool, before it shrinks.
    subject = subject_words(inputs)  # what the stories around are all about: no thread's label
    frames = frame_terms(inputs, subject)
    affairs = affair_actors(inputs)  # as the frames: an actor spans regions among all the stories around
    voiced = voiced_scopes(inputs)  # as the affairs: who speaks for a count is read among all the stories around
    # A lone stored story was decided against the frame terms of its day; a word that only now frames an affair
    # (the third state's lockdown order makes लॉकडाउन one) was none then, so a lone story that shares a frame
    # term with a free story within FRAME_DAYS is decided again with the free stories.
    promoted = _reframed(inputs, len(free), frames, [i in alone for i in pool_ids])
    if promoted:
        order = [*range(len(free)), *promoted, *(k for k in range(len(free), len(pool_ids)) if k not in promoted)]
        inputs, frames, affairs, voiced, pool_ids = ([seq[k] for k in order]
                                                     for seq in (inputs, frames, affairs, voiced, pool_ids))
        free = pool_ids[:len(free) + len(promoted)]
        for i in free:
            kept.pop(_ALONE + i, None)
            neighbours.pop(_ALONE + i, None)
    scored = _pairable(inputs, len(free), frames, voiced)
    inputs = [inputs[k] for k in scored]
    pool_ids = [pool_ids[k] for k in scored]
    frames = [frames[k] for k in scored]
    affairs = [affairs[k] for k in scored]
    voiced = [voiced[k] for k in scored]
    inputs = _recalls(inputs, len(free), [story_of[i] for i in pool_ids], state, by_id, frames)
    at = {i: k for k, i in enumerate(pool_ids)}
    neighbours = {tid: [i for i in ids if i in at] for tid, ids in neighbours.items()}
    known = {tid: (len(kept[tid]), [at[i] for i in ids]) for tid, ids in neighbours.items()}
    old_by_id = {t.id: t for t in old_threads}
    lang = Counter(langs.values()).most_common(1)[0][0] if langs else "hi"
    threads: list[Thread] = []
    thread_of: dict[str, str | None] = {i: None for i in free}
    series = _series({i: story_of[i] for i in free}, state)
    for free_members, thread_ids in join_threads(inputs, [at[i] for i in free], known, frames=frames,
                                                     affairs=affairs, subject=subject, voiced=voiced):
        ids = [pool_ids[k] for k in free_members] + [i for tid in thread_ids for i in kept[tid]]
        unchanged = not free_members and len(thread_ids) == 1 and (
            thread_ids[0] not in old_by_id or kept[thread_ids[0]] == old_by_id[thread_ids[0]].story_ids)
        if unchanged:
            continue
        result.threads_removed |= {t for t in thread_ids if t in old_by_id}
        if len(ids) < 2 and not (ids and ids[0] in series):  # a story told in series is a thread alone
            thread_of.update(dict.fromkeys(ids))
            continue
        thread = _thread([story_of[i] for i in ids], by_id, state, subject, lang)
        threads.append(thread)
        thread_of.update(dict.fromkeys(thread.story_ids, thread.id))
    for i, tid in thread_of.items():
        if i in in_result:
            in_result[i].thread_id = tid
        elif i in free_stories:
            free_stories[i].thread_id = tid
            result.story_threads[i] = tid
        else:
            result.story_threads[i] = tid
    result.threads = threads
    progress("threads", len(pool), len(pool))


def _series(stories: Mapping[str, Story], state: Store) -> set[str]:
    """The ids of the ``stories`` told in series (``threads.told_in_series``: reports in waves on days apart),
    read only for those whose first and last publication lie far enough apart (``threads.may_be_series``)."""
    wanted = {i: s for i, s in stories.items() if may_be_series(s)}
    if not wanted:
        return set()
    # an article without a date: the day of writing its text tells (a dateline's "13 जून"), read as (month, day)
    days = {a.id: a.published or told_day(a.analysis)
            for a in state.link_articles({i for s in wanted.values() for i in s.article_ids}) if a.duplicate_of is None}
    return {i for i, s in wanted.items() if told_in_series(days.get(a) for a in s.article_ids)}


def _recalls(inputs: list[ThreadInput], free: int, stories: list[Story], state: Store,
             entities: Mapping[str, Entity] | None = None,
             frames: Sequence[frozenset[str]] | None = None) -> list[ThreadInput]:
    """The inputs, with the years their articles' texts name (``threads.named_years``) for the stories
    ``similarities`` asks (``threads.recalling_stories``: the later of two stories more than ``ACTOR_DAYS`` apart
    that share central entities, one of them among the ``free`` first, the only pairs ``join_threads`` scores).
    Their texts are read for the years and the days they name (``threads.named_days``: a story of the same year
    as its far partner recalls it by its day) and for the days they name beside one of the story's central entities
    (``threads.recalled_events``, ``entities``: the briefs by id; a later story of a near pair that shares a
    specific entity recalls it so, session 25); a story of no such pair has no text read, so that most steps read
    none. With ``frames`` (the pool's ``threads.frame_terms``), the dated stories that a region, count or frame
    could link with an undated one (``threads.precedent_reads``) have the words of what their texts tell as past
    read too (``threads.past_words``, session 29), and the undated stories among them the days of writing their
    texts tell (``text_days.told_day``, ``ThreadInput.told_days``, session 30)."""
    wanted = recalling_stories(inputs, range(free))
    past = precedent_reads(inputs, frames, range(free)) if frames is not None else set()
    told = precedent_reads(inputs, frames, range(free), undated=True) if frames is not None else set()
    if not wanted and not past and not told:
        return inputs
    article_ids = {i for k, reading in wanted.items() if reading for i in stories[k].article_ids}
    article_ids |= {i for k in past | told for i in stories[k].article_ids}
    read_articles = state.link_articles(article_ids)
    texts = {a.id: f"{a.title or ''}\n{a.text}" for a in read_articles}
    # the days their analyses resolved ("last year", "पिछले साल अगस्त"): a year reckoned back names it too
    resolved = {a.id: _timex_values(a) for a in read_articles}
    out = list(inputs)
    for k, read in wanted.items():
        found = [texts[i] for i in stories[k].article_ids if i in texts] if read else []
        central = [e for e in map((entities or {}).get, stories[k].entity_ids[:MAX_ENTITIES]) if e is not None]
        own = date_of(inputs[k].date) if inputs[k].date and len(inputs[k].date) >= 10 else None
        values = [resolved[i] for i in stories[k].article_ids if i in resolved] if read else []
        out[k] = replace(inputs[k], recalls=named_years(found, values), recalled_days=named_days(found),
                         recalled_events=recalled_events(found, central), recalled_words=recalled_words(found),
                         counted_back=recalled_events(found, central, own) if own else frozenset())
    for k in past:
        day = date_of(inputs[k].date)
        if day is not None:
            found = [texts[i] for i in stories[k].article_ids if i in texts]
            out[k] = replace(out[k], past_words=past_words(found, day.year))
    if told:  # an undated story's days of writing that its texts tell (session 30)
        days_told = {a.id: told_day(a.analysis) for a in read_articles}
        for k in told:
            found_days = frozenset(d for i in stories[k].article_ids if (d := days_told.get(i)) is not None)
            if found_days:
                out[k] = replace(out[k], told_days=found_days)
    return out


def _reframed(inputs: Sequence[ThreadInput], free: int, frames: Sequence[frozenset[str]],
              lone: Sequence[bool]) -> list[int]:
    """Indexes of the lone stored stories (``lone``, after the ``free`` first) that share a frame term with a
    free story dated at most ``FRAME_DAYS`` from theirs."""
    days: dict[str, list[int]] = defaultdict(list)
    for k in range(free):
        day = date_of(inputs[k].date)
        for term in frames[k]:
            days[term].append(_UNDATED if day is None else day.toordinal())
    out = []
    for k in range(free, len(inputs)):
        if not lone[k] or not frames[k]:
            continue
        day = date_of(inputs[k].date)
        # an undated story shares a frame with every story of its term (``threads._undated_pairs``)
        if any(day is None or d == _UNDATED or abs(d - day.toordinal()) <= FRAME_DAYS
               for term in frames[k] for d in days.get(term, ())):
            out.append(k)
    return out


def _pairable(inputs: Sequence[ThreadInput], free: int,
              frames: Sequence[frozenset[str]] | None = None,
              voiced: Sequence[frozenset[str]] | None = None) -> list[int]:
    """Indexes of the pool worth scoring: the ``free`` first (decided now), then each stored story that
    ``threads.similarities`` could give a similarity above 0 with one of them: one that shares ``MIN_SHARED``
    central entities with it, or that is dated at most ``PLACE_DAYS`` from it with the same headline region, or
    at most ``REPORT_DAYS`` with the same report scope and a counted thing in common (any of its central
    entities counts, so this keeps at least every story ``similarities`` pairs), or at most ``FRAME_DAYS`` with
    a frame term in common (``frames``: ``threads.frame_terms`` of the whole pool, which the caller then passes
    on, so that dropping stories does not change what frames an affair), or at most ``REPORT_DAYS`` as a count
    report of a scope that a free story is a briefing of, or the other way round (``voiced``:
    ``threads.voiced_scopes`` of the whole pool, likewise). Must follow ``similarities``:
    ``tests/test_link_incremental.py`` checks that no pair it scores above 0 is dropped."""
    frames = frame_terms(inputs) if frames is None else frames
    voiced = voiced_scopes(inputs) if voiced is None else voiced
    by_entity: dict[str, set[int]] = defaultdict(set)
    told: dict[str, list[int]] = defaultdict(list)  # a scope -> the days of the free stories that are its briefings
    places: dict[str, list[int]] = defaultdict(list)
    reports: dict[tuple[str, str], list[int]] = defaultdict(list)
    framed: dict[str, list[int]] = defaultdict(list)
    # An undated story is linked with every story of its region, scope or frame (``threads._undated_pairs``): its
    # day is filed as UNDATED, which every day is near.
    for k in range(free):
        story = inputs[k]
        for e in {e.id for e in story.entities}:
            by_entity[e].add(k)
        day = date_of(story.date)
        ordinal = _UNDATED if day is None else day.toordinal()
        if story.place and not is_country(story.place):
            places[story.place].append(ordinal)
        for counted in story.counted if story.report else ():
            reports[(story.report, counted)].append(ordinal)
        for term in frames[k]:
            framed[term].append(ordinal)
        for scope in voiced[k]:
            told[scope].append(ordinal)
    counted_scopes: dict[str, list[int]] = defaultdict(list)  # a scope -> the days of the free count reports of it
    for (scope, _), days in reports.items():
        counted_scopes[scope].extend(days)
    for days in (*places.values(), *reports.values(), *framed.values(), *told.values(), *counted_scopes.values()):
        days.sort()

    def near(days: list[int] | None, day: int, window: int) -> bool:
        if not days:
            return False
        if day == _UNDATED or days[0] == _UNDATED:
            return True
        k = bisect.bisect_left(days, day - window)
        return k < len(days) and days[k] <= day + window

    out = list(range(free))
    for k in range(free, len(inputs)):
        story = inputs[k]
        # the free stories each of its entities is in (most stored stories share none with them: no counting)
        shared = [f for e in {e.id for e in story.entities} for f in by_entity.get(e, ())]
        if len(shared) >= MIN_SHARED and max(Counter(shared).values()) >= MIN_SHARED:
            out.append(k)
            continue
        day = date_of(story.date)
        ordinal = _UNDATED if day is None else day.toordinal()
        if (story.place and near(places.get(story.place), ordinal, PLACE_DAYS)) or (
                story.report and any(near(reports.get((story.report, c)), ordinal, REPORT_DAYS)
                                     for c in story.counted)) or any(
                near(framed.get(term), ordinal, FRAME_DAYS) for term in frames[k]) or (
                story.report and story.counted and near(told.get(story.report), ordinal, REPORT_DAYS)) or any(
                near(counted_scopes.get(scope), ordinal, REPORT_DAYS) for scope in voiced[k]):
            out.append(k)
    return out


def _thread(stories: list[Story], entities: dict[str, Entity], state: Store, subject: frozenset[str] = frozenset(),
            lang: str = "hi") -> Thread:
    """A thread of ``stories`` (dated first, by date), its id from the earliest, its label from the words most of
    their headlines share, else from the entities most central over all of them (``threads.thread_label``)."""
    order = sorted(stories, key=lambda s: (s.date is None, s.date or "", s.id))
    weights = label_weights([s.entity_ids for s in order])
    wanted = [e for e in list(weights)[:LABEL_CANDIDATES] if e not in entities]
    entities.update({e.id: e for e in state.entity_briefs(wanted)})
    return Thread(id=thread_id(order[0].id), story_ids=[s.id for s in order],
                  label=thread_label(weights, entities, [s.headline or "" for s in order], lang, subject))


def _claims(result: LinkResult, stories: list[Story], arts: dict[str, LinkArticle], groups: dict[str, str]) -> None:
    """The claims of every story whose articles or groups changed (the claims of stories that went away go with
    them)."""
    for story in stories:
        members = [ClaimArticle(i, arts[i].text, [q for q in arts[i].analysis.quantities if q.value is not None],
                                groups.get(i), arts[i].source, arts[i].published) for i in story.article_ids]
        claims, claim_of = find_claims(story.id, members)
        result.claims.extend(claims)
        for article in members:
            result.quantity_claims[article.id] = {quantity_key(q): claim_of[quantity_key(q)]
                                                  for q in article.quantities if quantity_key(q) in claim_of}
    result.claim_stories = {s.id for s in stories} | result.stories_removed
