"""A name written as another's alias: "कमल किशोर उर्फ जम्मू" (issue 13, session 18).

After an alias word (``descriptions.json`` ``alias_words``: उर्फ) comes another name of the person named before it,
whatever the tagger took it for: the जम्मू of "इसके अध्यक्ष कमल किशोर उर्फ जम्मू है" is a man's nickname, not the city,
and had joined the city's entity. Such a mention joins the person's group when a person mention ends right before
the alias word, else it becomes a person group of its own.
"""

from __future__ import annotations

from functools import cache

import regex

from khabar.lang import load
from khabar.text.keys import match_key

from .coref import MentionGroup


@cache
def _alias_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("alias_words", []))


_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+$")
_GAP = 16  # characters before a mention searched for the alias word


def join_aliases(text: str, groups: list[MentionGroup]) -> list[MentionGroup]:
    """The groups, each mention written right after an alias word moved into the group of the person named right
    before that word (a person group of its own when none is), groups left empty dropped."""
    words = _alias_words()
    if not words:
        return groups
    persons = {m.end: g for g in groups if g.type == "PER" for m in g.name_mentions}
    moved: list[tuple[MentionGroup, MentionGroup | None, int]] = []
    for g in groups:
        for m in g.name_mentions:
            before = _WORD_BEFORE.search(text, max(0, m.start - _GAP), m.start)
            if before is None or match_key(before.group(1)) not in words:
                continue
            at = before.start(1) - 1  # the space before the alias word
            person = persons.get(at) or persons.get(at - 1)
            if person is g or (person is None and g.type == "PER"):
                continue  # already the person's, or a person's alias of its own
            moved.append((g, person, m.start))
    if not moved:
        return groups
    out = list(groups)
    for g, person, start in moved:
        m = next(x for x in g.mentions if x.start == start)
        g.mentions = [x for x in g.mentions if x.start != start]
        if person is not None:
            person.mentions = sorted([*person.mentions, m], key=lambda x: x.start)
        else:
            out.append(MentionGroup("PER", [m]))
    return [g for g in out if g.mentions and g.name_mentions]
