"""Syndicated copies: articles that carry the same wire sentences.

Outlets rewrite a wire story's lead and keep many of its sentences word for word. Two articles that share at least
``MIN_SHARED`` long sentences (compared by matching key, so spelling variants and spacing do not hide a copy) are
one syndication group; when nearly all of the shorter one's sentences are in the other, it is a duplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from khabar.text.keys import match_key

MIN_WORDS = 8
MIN_SHARED = 1
DUPLICATE_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class CopyInput:
    article_id: str
    sentences: Sequence[str]  # body sentences


def sentence_keys(sentences: Sequence[str]) -> set[str]:
    keys = set()
    for sentence in sentences:
        key = regex.sub(r"[^\p{L}\p{M}\p{N} ]", "", match_key(sentence))
        if len(key.split()) >= MIN_WORDS:
            keys.add(key)
    return keys


def find_copies(items: Sequence[CopyInput]) -> tuple[dict[str, str], dict[str, str]]:
    """``(syndication group by article id, duplicate_of by article id)`` for articles that share wire copy."""
    keys = {item.article_id: sentence_keys(item.sentences) for item in items}
    ids = sorted(keys)
    parent = {a: a for a in ids}

    def find(a: str) -> str:
        while parent[a] != a:
            a = parent[a]
        return a

    duplicate_of: dict[str, str] = {}
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            shared = len(keys[a] & keys[b])
            if shared >= MIN_SHARED:
                parent[find(b)] = find(a)
                smaller = min((a, b), key=lambda x: (len(keys[x]), x))
                other = b if smaller == a else a
                if keys[smaller] and shared / len(keys[smaller]) >= DUPLICATE_SHARE:
                    duplicate_of.setdefault(smaller, other)
    members: dict[str, list[str]] = {}
    for a in ids:
        members.setdefault(find(a), []).append(a)
    groups = {}
    for group in members.values():
        if len(group) > 1:
            gid = "g" + hashlib.sha1(min(group).encode("utf-8")).hexdigest()[:10]
            groups.update({a: gid for a in group})
    return groups, duplicate_of
