"""Stories, first cut: articles that report the same event.

Words are weighed by a background document frequency (``lang/<lang>/idf.json``, built from a general Hindi
corpus), so that the words every article of a beat shares (रूस, राष्ट्रपति, बैठक) count little and the rarer
ones that pin an event (वर्षगांठ, कॉस्मोड्रोम, प्योंगयांग) count much. Two articles join when their cosine
similarity passes a threshold and their dates, where known, stay within a week of each other across the whole
group.

Across languages words cannot meet, so ``khabar.link.crosslingual`` adds links between a Hindi and an English
article from shared named entities (compared in Latin), distinctive numbers and dates. Those links are applied
after every same-language link, under the same date window, so grouping within one language is unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from khabar.analyse.timex_resolve import date_of
from khabar.lang import load
from khabar.link.crosslingual import cross_language_pairs, cross_signals
from khabar.model import Analysis
from khabar.text.keys import match_key

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
SIMILARITY_THRESHOLD = 0.47
MAX_DAYS_APART = 7


@dataclass(frozen=True, slots=True)
class StoryInput:
    article_id: str
    lang: str
    body: str
    date: str | None  # event date, else publication date (ISO)
    # For cross-language links (``crosslingual.cross_signals``): (type, text) of the named-entity mentions and
    # the distinctive quantity values.
    mentions: tuple[tuple[str, str], ...] = ()
    numbers: tuple[float, ...] = ()

    @classmethod
    def of(cls, article_id: str, analysis: Analysis, date: str | None) -> StoryInput:
        """The input for an analysed article (body, language, cross-language signals)."""
        return cls(article_id, analysis.lang, analysis.body, date, *cross_signals(analysis))


@cache
def word_weights(lang: str) -> tuple[dict[str, float], float]:
    """``({word: idf}, idf of an unseen word)``; stopwords of the language weigh nothing."""
    data = load(lang, "idf") or {"documents": 1, "df": {}}
    n = data["documents"]
    table = {w: math.log((n + 1) / (c + 1)) for w, c in data["df"].items()}
    for word in (load(lang, "stopwords") or {}).get("stopwords", []):
        table[match_key(word)] = 0.0
    return table, math.log(n + 1)


def vectorize(body: str, lang: str) -> dict[str, float]:
    """A unit-length TF-IDF vector of the body's word keys."""
    idf, unseen = word_weights(lang if lang in ("hi", "en") else "hi")
    counts = Counter(_WORD.findall(match_key(body)))
    weights = {w: (1 + math.log(c)) * idf.get(w, unseen) for w, c in counts.items() if not w.isdigit()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items() if v}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def dates_compatible(a: str | None, b: str | None) -> bool:
    da, db = date_of(a), date_of(b)
    return da is None or db is None or abs((da - db).days) <= MAX_DAYS_APART


def group_stories(items: Sequence[StoryInput], threshold: float = SIMILARITY_THRESHOLD) -> list[list[str]]:
    """Article ids grouped into stories, each sorted, the groups ordered by their first id.

    Pairs are joined from the most similar down; a join that would stretch a group's known dates beyond
    ``MAX_DAYS_APART`` is refused, so an undated article cannot bridge two events a year apart. Cross-language
    links come after all same-language ones, strongest first, under the same rule.
    """
    vectors = [vectorize(item.body, item.lang) for item in items]
    parent = list(range(len(items)))
    span: list[tuple[dt.date, dt.date] | None] = []
    for item in items:
        day = date_of(item.date)
        span.append((day, day) if day else None)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    edges = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            similarity = cosine(vectors[i], vectors[j])
            if similarity >= threshold:
                edges.append((-similarity, i, j))
    edges.sort()
    cross = cross_language_pairs([item.lang for item in items], [item.mentions for item in items],
                                 [item.numbers for item in items], [s is not None for s in span])
    edges.extend(sorted((-score, i, j) for score, i, j in cross))
    for _, i, j in edges:
        a, b = find(i), find(j)
        if a == b:
            continue
        sa, sb = span[a], span[b]
        merged = sa or sb
        if sa and sb:
            merged = (min(sa[0], sb[0]), max(sa[1], sb[1]))
            if (merged[1] - merged[0]).days > MAX_DAYS_APART:
                continue
        parent[a] = b
        span[b] = merged
    groups: dict[int, list[str]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item.article_id)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def story_id(article_ids: Sequence[str]) -> str:
    """A story's id follows its earliest member, so it stays put while articles join it."""
    return "s" + hashlib.sha1(min(article_ids).encode("utf-8")).hexdigest()[:10]
