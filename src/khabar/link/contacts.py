"""Names listed with their phone numbers: one name, two numbers, two referents (issue 13, session 18).

A lockdown report lists the shops open in each area with a number to call ("अग्रवाल प्रोविजन स्टोर 9897091655, …" in
one area, "अग्रवाल प्रोविजन 9634435135" in another). Two shops of one name are common (रावत जनरल स्टोर three times
with three numbers); within-article coreference groups every mention of the name as one shop. A group whose
mentions are each followed by a phone number, the numbers not all one, is as many referents as it has numbers: each
mention goes with its number, a mention with none stays with the first. Only a number close after the name counts
(at most ``_WORDS_BEFORE`` words between: a head the tagger left out, a label such as मोबाइल).
"""

from __future__ import annotations

import regex

from khabar.model import Mention

from .coref import MentionGroup

_WORDS_BEFORE = 2
# A phone number right after a name: a few separators, up to two words (स्टोर, मो.), then an Indian mobile number
# (ten digits, with or without +91 or 0, or written 98765 43210) or a landline with its code (0135-2712345).
_CONTACT = regex.compile(
    r"(?:[ \u00a0,:;()\-\u2013\u2014]*[\p{L}\p{M}\u200c\u200d.]+){0," + str(_WORDS_BEFORE) + r"}?"
    r"[ \u00a0,:;()\-\u2013\u2014]*(?:\+?91[ \u00a0\-]?|0)?"
    r"(\d{10}|\d{5}[ \u00a0]\d{5}|\d{3,5}[ \u00a0\-]\d{6,8})(?![\d])")
_NEAR = 40  # characters after the name the number must start within


def contact_number(text: str, m: Mention) -> str | None:
    """The phone number written right after the mention, digits only; None when there is none."""
    found = _CONTACT.match(text, m.end, min(len(text), m.end + _NEAR + 16))
    if found is None or found.start(1) - m.end > _NEAR:
        return None
    return regex.sub(r"\D", "", found.group(1))


def split_by_contact(text: str, groups: list[MentionGroup]) -> list[MentionGroup]:
    """The groups, each organisation or person group whose mentions are followed by different phone numbers split
    into one group per number (the mentions with no number stay with the first)."""
    out: list[MentionGroup] = []
    for g in groups:
        if g.type not in ("ORG", "PER") or len(g.name_mentions) < 2:
            out.append(g)
            continue
        numbers = {m.start: n for m in g.name_mentions if (n := contact_number(text, m)) is not None}
        if len(set(numbers.values())) < 2:
            out.append(g)
            continue
        first = numbers[min(numbers)]
        parts: dict[str, list[Mention]] = {}
        for m in g.mentions:
            parts.setdefault(numbers.get(m.start, first), []).append(m)
        out.extend(MentionGroup(g.type, mentions, list(g.roles)) for mentions in parts.values())
    return out
