"""Candidate neighbours of changed articles, from the link index instead of all pairs.

Each linked article files keys in the store's link index (``link_keys``), each with the article's day (the
day story grouping compares, ``article_day``):

- ``w:`` its most distinctive words (the heaviest of its story vector: rare in general text, frequent in it);
- ``s:`` a hash of each long body sentence's matching key (what syndication compares);
- ``n:`` the first and last word of the Latin skeleton of each named entity (what joins Hindi and English
  reports of one event).

The candidates of a changed article are the articles that share a key with it within ``WINDOW_DAYS`` (undated
articles always qualify), ranked by how many keys they share; a key held by more than ``MAX_POSTINGS`` articles in
the window is not distinctive and proposes nothing. Every article sharing a sentence key is kept (syndication),
plus the ``MAX_CANDIDATES`` best of the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from khabar.analyse.timex_resolve import date_of
from khabar.link.crosslingual import article_names, cross_signals, word_keys
from khabar.link.stories import MAX_DAYS_APART, url_date, vectorize
from khabar.link.syndication import sentence_keys
from khabar.store.base import LinkArticle, Store

WINDOW_DAYS = MAX_DAYS_APART  # stories never span more, so neighbours further apart are no candidates
TOP_WORDS = 32  # distinctive words filed per article
MAX_POSTINGS = 200  # a key in more articles than this within the window proposes nothing
MAX_CANDIDATES = 60  # candidates per changed article beyond its syndication partners (30 lost 1 in 25 covid5 pairs)
_EPOCH = dt.date(1970, 1, 1)

Keys = list[tuple[str, int | None, float]]  # (key, day, weight)


def article_day(article: LinkArticle) -> int | None:
    """The article's day as days since 1970-01-01, or None: the day story grouping compares
    (``StoryInput.day``: publication date, else event date, else the URL's date). A window on any other day
    loses pairs: a report whose event date resolved to a month earlier is still grouped by the day it ran."""
    day = date_of(article.published) or date_of(article.analysis.event_date) or date_of(url_date(article.url))
    return (day - _EPOCH).days if day else None


def link_keys(article: LinkArticle) -> Keys:
    """The keys an article files in the link index, each with its day and weight (a word's weight in the unit
    vector of the article's top words; 0 for sentence and name keys). The dot product of two articles' weights
    estimates their story similarity from the index alone."""
    analysis = article.analysis
    day = article_day(article)
    vector = vectorize(analysis.body, analysis.lang)
    top = sorted(vector, key=lambda w: (-vector[w], w))[:TOP_WORDS]
    norm = math.sqrt(sum(vector[w] ** 2 for w in top)) or 1.0
    keys = {f"w:{w}": vector[w] / norm for w in top}  # the top words as a unit vector of their own
    keys |= {f"s:{_digest(k)}": 0.0 for k in sentence_keys([s.text for s in analysis.body_sentences()])}
    for name in article_names(cross_signals(analysis)[0]):
        keys |= {f"n:{name.skeleton[0]}": 0.0, f"n:{name.skeleton[-1]}": 0.0}
    keys |= {f"n:{key}": 0.0 for key in word_keys(f"{analysis.title or ''}\n{analysis.body}")}
    return [(k, day, keys[k]) for k in sorted(keys)]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


_POOLED = 4 * MAX_CANDIDATES  # fewer scored articles than this are ordered as they are (numpy's set-up costs more)


def _best(similarity: dict[str, float], score: Counter[str]) -> list[str]:
    """The first ``MAX_CANDIDATES`` of the scored articles ordered by (-similarity, -score, id), as
    ``heapq.nsmallest`` with that key gives them. Only articles whose similarity reaches the ``MAX_CANDIDATES``-th
    largest can be among them (each other one has that many strictly before it), so only those are ordered: a
    few dozen of the hundreds a common key brings in a large store (the key function called for each of them was a
    third of this step at 5,000 articles)."""
    pool: Iterable[str] = similarity
    if len(similarity) > _POOLED:
        sims = np.fromiter(similarity.values(), dtype=np.float64, count=len(similarity))
        if not np.isnan(sims).any():
            cut = np.partition(sims, len(sims) - MAX_CANDIDATES)[len(sims) - MAX_CANDIDATES]
            ids = list(similarity)
            pool = [ids[k] for k in np.flatnonzero(sims >= cut).tolist()]
    return heapq.nsmallest(MAX_CANDIDATES, pool, key=lambda i: (-similarity[i], -score[i], i))


@dataclass(slots=True)
class Candidates:
    """What the index says about a changed article's neighbours."""

    ids: list[str]  # every candidate
    copies: set[str]  # those sharing a sentence key
    names: set[str]  # those sharing an entity-name key
    similarity: dict[str, float]  # estimated story similarity: the cosine of the two top-word vectors


def find_candidates(changed: Sequence[str], keys_of: dict[str, Keys], store: Store,
                    progress: Callable[[str, int, int], None] | None = None) -> dict[str, Candidates]:
    """The candidates of each changed article: stored articles (other than the changed ones, whose stored keys are
    stale) and the other changed articles that share keys with it, best first by estimated similarity."""
    changed_set = set(changed)
    batch: dict[str, list[tuple[str, int | None, float]]] = defaultdict(list)
    for article_id in changed:
        for key, day, weight in keys_of[article_id]:
            batch[key].append((article_id, day, weight))
    # The store's postings are read once per day for all the changed articles of that day (the store does not change
    # during this call, so each key's answer for a day is the same for each of them): a key common enough to reach
    # MAX_POSTINGS is one most articles of a day share, and was read again for each (the part of a step that grew
    # most with the store).
    day_keys: dict[int | None, set[str]] = defaultdict(set)
    for article_id in changed:
        keys = keys_of[article_id]
        day_keys[keys[0][1] if keys else None].update(k for k, _, _ in keys)
    postings: dict[int | None, dict[str, list[tuple[str, float]]]] = {}
    out: dict[str, Candidates] = {}
    for n, article_id in enumerate(changed):
        if progress and n % 25 == 0:
            progress("candidates", n, len(changed))
        keys = keys_of[article_id]
        day = keys[0][1] if keys else None
        if day not in postings:
            postings[day] = store.key_postings(sorted(day_keys[day]), day, WINDOW_DAYS, MAX_POSTINGS)
        stored = postings[day]
        score: Counter[str] = Counter()
        similarity: dict[str, float] = defaultdict(float)
        copies: set[str] = set()
        names: set[str] = set()
        for key, _, weight in keys:
            if len(batch[key]) > MAX_POSTINGS + 1:
                continue  # common in this batch alone
            found = [(i, w) for i, w in stored.get(key, ()) if i not in changed_set]
            # within the window, or undated (written inline: this runs for every batch article sharing the key)
            found += [(i, w) for i, d, w in batch[key] if i != article_id
                      and (day is None or d is None or abs(day - d) <= WINDOW_DAYS)]
            if not found or len(found) > MAX_POSTINGS:
                continue
            ids = [i for i, _ in found]
            if key.startswith("s:"):
                copies.update(ids)
            elif key.startswith("n:"):
                names.update(ids)
            for i, w in found:
                similarity[i] += weight * w
            score.update(ids)
        # the first MAX_CANDIDATES of sorting them all (heapq.nsmallest is that, without ordering the rest: the
        # articles sharing a key grow with the store)
        best = _best(similarity, score)
        out[article_id] = Candidates(sorted(copies | set(best)), copies, names & set(best) | copies & names,
                                     {i: similarity[i] for i in best})
    return out


def components(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components (each sorted, ordered by first id)."""
    parent: dict[str, str] = {n: n for n in nodes}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in edges:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in parent:
        groups[find(n)].append(n)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
