"""Credit lines at the top of an article: who wrote it and from where, not what it is about.

Hindi papers open the body with a line such as ``नीलू रंजन, नई दिल्ली ।``, ``पटना/नीलकमल``, ``धनबाद, [अश्विनी
रघुवंशी] ।``, ``नई दिल्ली, लाइफस्टाइल डेस्क ।`` or ``संवाद सहयोगी, कायमगंज :``: two or three short parts, split by
commas or slashes, one of them a place the gazetteers know, ending the line or followed by a danda or a colon.
The place is the dateline; the other parts are reporters, desks and wire credits. A tagger reads the reporter
as a person or a place, and every article by that reporter then feeds one "entity" of bylines.

``credit_spans`` finds such lines; ``is_credit_name`` says which mentions inside them are no entity: all but
known places and wire agencies. The text is not changed.
"""

from __future__ import annotations

from functools import cache

import regex

from khabar.lang import load_all
from khabar.text.keys import match_key

_HEAD = 400  # credit lines open the body: only the article's first characters are searched
_PART = r"\[?[\p{L}\p{M}\u200c\u200d][\p{L}\p{M}\u200c\u200d .]{1,30}?\]?"
_CREDIT_LINE = regex.compile(rf"^[ \t]*(?P<credit>{_PART}(?:[ \t]*[,/][ \t]*{_PART}){{1,2}})[ \t]*(?:[।:|]|$)",
                             regex.M)
_SPLIT = regex.compile(r"[ \t]*[,/][ \t]*")
_MAX_WORDS = 3  # a part longer than this is a sentence, not a name or a desk


def credit_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the credit lines near the top of ``text``."""
    found = []
    for m in _CREDIT_LINE.finditer(text, 0, min(len(text), _HEAD)):
        parts = [p.strip(" []") for p in _SPLIT.split(m["credit"])]
        if all(0 < len(p.split()) <= _MAX_WORDS for p in parts) and any(_known_place(p) for p in parts):
            found.append((m.start("credit"), m.end("credit")))
    return found


def is_credit_name(name: str) -> bool:
    """A mention inside a credit line that names no place and no wire agency: a reporter, a desk."""
    return not _known_place(name) and match_key(name) not in _agency_names()


def _known_place(name: str) -> bool:
    from .latin import known_latin

    return bool(known_latin(name.strip(), "LOC"))


@cache
def _agency_names() -> frozenset[str]:
    names = set()
    for data in load_all("agencies").values():
        for spec in data.get("agencies", {}).values():
            names |= {match_key(n) for n in [*spec.get("names", []), *spec.get("credit_only", [])]}
    return frozenset(names)
