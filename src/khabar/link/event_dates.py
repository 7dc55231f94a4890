"""Dating a story that dates nothing itself, from other articles that mention its event with a date.

An article about a treaty's signing may carry no date at all, while later articles recall "जून 2024 में
रणनीतिक साझेदारी संधि पर हस्ताक्षर". A story's distinctive phrases (word runs that recur in it and are rare in
general Hindi) are looked for in the sentences of other stories' articles; a sentence that holds such a phrase and
a resolved date of month or day precision votes for that date's month. Only a month that at least
``MIN_ARTICLES`` articles agree on, with no rival as strong, dates the story; the result has month precision, so
only relative expressions of month or year precision are resolved against it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from khabar.link.stories import word_weights
from khabar.model import Analysis
from khabar.text.keys import match_key

MIN_ARTICLES = 2
MIN_PHRASE_WORDS = 2
MAX_PHRASE_WORDS = 3
MIN_WORD_IDF = 5.5  # ln(N/df): words in fewer than about one sentence in 250 of general text
_WORD = regex.compile(r"[\p{L}\p{M}]+")


@dataclass(frozen=True, slots=True)
class Dated:
    article_id: str
    text: str
    analysis: Analysis


def _ngrams(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for n in range(MIN_PHRASE_WORDS, MAX_PHRASE_WORDS + 1)
            for i in range(len(words) - n + 1)}


# Every story of a neighbourhood that dates nothing reads the same other articles' sentences: their phrases are
# made once.
@lru_cache(maxsize=1 << 15)
def _sentence_grams(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_ngrams([match_key(w) for w in _WORD.findall(text)]))


def distinctive_phrases(members: Sequence[Dated]) -> set[tuple[str, ...]]:
    """Word runs (as matching keys) that occur at least twice in the story and whose words are all rare."""
    idf, unseen = word_weights("hi")
    counts: Counter[tuple[str, ...]] = Counter()
    for m in members:
        for sentence in m.analysis.body_sentences():
            words = [match_key(w) for w in _WORD.findall(sentence.text)]
            counts.update(_ngrams(words))
    return {g for g, c in counts.items()
            if c >= 2 and all(idf.get(w, unseen) >= MIN_WORD_IDF for w in g)}


# a month or a day (2020-04, 2020-04-07T10:00); a quarter, a season or a week (2024-Q4, 2020-SU, 2020-W15) is no
# month's vote
_MONTH_VALUE = regex.compile(r"\d{4}-(?:0[1-9]|1[0-2])(?!\d)")


def date_from_other_articles(members: Sequence[Dated], others: Sequence[Dated]) -> str | None:
    """``YYYY-MM`` of the story's event as other articles date it, or None."""
    phrases = distinctive_phrases(members)
    if not phrases:
        return None
    votes: dict[str, set[str]] = {}
    for other in others:
        dated = [t for t in other.analysis.timexes if t.value and _MONTH_VALUE.match(t.value)]
        if not dated:
            continue
        for sentence in other.analysis.body_sentences():
            inside = [t for t in dated if sentence.start <= t.start and t.end <= sentence.end]
            if not inside or not (_sentence_grams(sentence.text) & phrases):
                continue  # only a sentence that holds a date can vote: its phrases are read only then
            for t in inside:
                votes.setdefault(t.value[:7], set()).add(other.article_id)
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -len(kv[1]))
    best, support = ranked[0]
    if len(support) < MIN_ARTICLES or (len(ranked) > 1 and len(ranked[1][1]) == len(support)):
        return None
    return best


def coarse(relative: dict | None) -> bool:
    """A relative expression whose own precision is a month or a year (``24 साल पहले``, ``पिछले साल``): the
    only kind that a month-precise anchor can resolve."""
    return bool(relative) and relative.get("granularity") in ("year", "month")
