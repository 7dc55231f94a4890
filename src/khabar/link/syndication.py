"""Syndicated copies: articles that carry the same wire sentences.

Outlets rewrite a wire story's lead and keep many of its sentences word for word. Two articles that share at least
``MIN_SHARED`` long sentences (compared by matching key, so spelling variants and spacing do not hide a copy) are
copies of each other; when nearly all of the shorter one's sentences are in the other, it is a duplicate. A
sentence that more than ``STOCK_ARTICLES`` articles carry is stock text (an advisory, a standing credit), not a
wire story, and links nothing.

Groups are decided by average link over the copy links: two groups join when more than half of their pairs of
articles are copies. Copies of one wire story all share its sentences and join; a chain (A shares one sentence
with B, B another with C, A and C nothing) does not make A and C one group.

Syndication says which articles repeat one another's text. Which articles are one *voice* (one independent source)
also counts the outlet: ``khabar.link.claims.independent_voices``.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from khabar.link.threads import average_link
from khabar.text.keys import match_key

MIN_WORDS = 8
MIN_SHARED = 1
DUPLICATE_SHARE = 0.8
STOCK_ARTICLES = 50  # a sentence in more articles than this is stock text, not one wire story
GROUP_SHARE = 0.6  # share of a merged group's article pairs that must be copies (more than half)


@dataclass(frozen=True, slots=True)
class CopyInput:
    article_id: str
    sentences: Sequence[str]  # body sentences


_NOT_WORD_OR_SPACE = regex.compile(r"[^\p{L}\p{M}\p{N} ]")


def sentence_keys(sentences: Sequence[str]) -> set[str]:
    keys = set()
    for sentence in sentences:
        key = _sentence_key(sentence)
        if key is not None:
            keys.add(key)
    return keys


@lru_cache(maxsize=16384)
def _sentence_key(sentence: str) -> str | None:
    """A sentence's matching key, None when it is too short to mark a copy (remembered: a link step compares the
    sentences of every syndication group around a new article again, and the index keys them too)."""
    key = _NOT_WORD_OR_SPACE.sub("", match_key(sentence))
    return key if len(key.split()) >= MIN_WORDS else None


def find_copies(items: Sequence[CopyInput]) -> tuple[dict[str, str], dict[str, str]]:
    """``(syndication group by article id, duplicate_of by article id)`` for articles that share wire copy."""
    keys = {item.article_id: sentence_keys(item.sentences) for item in items}
    ids = sorted(keys)
    position = {a: i for i, a in enumerate(ids)}
    holders: dict[str, list[str]] = defaultdict(list)
    for a in ids:
        for key in keys[a]:
            holders[key].append(a)
    shared: Counter[tuple[str, str]] = Counter()
    for members in holders.values():
        if len(members) > STOCK_ARTICLES:
            continue
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                shared[(a, b)] += 1
    duplicate_of: dict[str, str] = {}
    links: dict[tuple[int, int], float] = {}
    for (a, b), count in sorted(shared.items()):
        if count < MIN_SHARED:
            continue
        links[(position[a], position[b])] = 1.0
        smaller = min((a, b), key=lambda x: (len(keys[x]), x))
        other = b if smaller == a else a
        if keys[smaller] and count / len(keys[smaller]) >= DUPLICATE_SHARE:
            duplicate_of.setdefault(smaller, other)
    groups = {}
    for cluster in average_link(len(ids), links, GROUP_SHARE):
        if len(cluster) > 1:
            group = [ids[i] for i in cluster]
            gid = "g" + hashlib.sha1(min(group).encode("utf-8")).hexdigest()[:10]
            groups.update({a: gid for a in group})
    return groups, duplicate_of
