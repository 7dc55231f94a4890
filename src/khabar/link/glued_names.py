"""Two names the tagger glued into one span, and a shrine it read as a person (session 13's blind sample).

- A government and the Centre (दिल्ली सरकार केंद्र को सुझाव देगी): after a government head (``government_heads``), a
  centre word (``centre_words``: केंद्र) is the next body, not part of the name; the span ends at the head.
- A person glued to the name that follows (नर्सिंग ऑफिसर नरेंद्र त्यागी नेहरू एक्सटेंशन सेंटर में): the last word of a
  person span of three words or more starts the next name when the article also names the person without it
  and an institution or place head (सेंटर, अस्पताल, नगर) follows within two words; the span ends before it.
- A shrine named like a person (वैष्णो देवी तीर्थ, वैष्णो देवी यात्रा): a person group written right before a
  pilgrimage word (``pilgrimage_words``: तीर्थ, धाम, यात्रा, दरबार), or whose name the article also gives as a
  place ending in a temple head (वैष्णो देवी मंदिर), is a place. X देवी is also a common woman's name (सुनीता देवी):
  the name's shape says nothing, only its context does. A one-word name is the deity (राम of राम मंदिर) and stays.
- A body glued to a surname (a headline's [मार्सेली डियोफ] for the club Marseille's पापे डियोफ): a two-word person
  whose first word opens a body's or place's name in the article, named elsewhere with another first word.

Spans only move and types only change; the text is never rewritten.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from khabar.lang import load
from khabar.model import Mention
from khabar.text.keys import match_key

from .coref import MentionGroup

_WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
# Up to three words after a span, on the same clause: the rest of the next name and its head.
_GAP = regex.compile(r"(?:[ \u00a0]+[\p{L}\p{M}\u200c\u200d]+){1,3}")
_EVERYDAY = 10 ** (4.0 - 9)  # zipf 4: a word this frequent is an everyday word, not part of a name
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_SPACE_WORD = regex.compile(r"[ \u00a0]([\p{L}\p{M}\u200c\u200d]+)")


# A name is looked for as a literal with ``str.find``, not through a pattern made of it: the `regex` module compiles
# a new pattern in Python (about 1 ms each, a new one for nearly every name). Each function below finds exactly
# what ``regex.finditer`` finds with the pattern in its docstring (non-overlapping, leftmost first;
# tests/test_speed_s14.py compares them).
def _whole_name_ends(text: str, name: str) -> Iterator[int]:
    r"""The ends of ``(?<![\p{L}\p{M}])NAME(?![\p{L}\p{M}])`` in ``text``."""
    if not name:
        yield from (w.end() for w in regex.finditer(
            r"(?<![\p{L}\p{M}])" + regex.escape(name) + r"(?![\p{L}\p{M}])", text))
        return
    size, pos = len(name), 0
    while (at := text.find(name, pos)) != -1:
        end = at + size
        if (at == 0 or not _LETTER.match(text, at - 1)) and not _LETTER.match(text, end):
            yield end
            pos = end
        else:
            pos = at + 1


def _words_after_name(text: str, name: str) -> Iterator[str]:
    r"""Group 1 of ``(?<![\p{L}\p{M}])NAME[ \u00a0]([\p{L}\p{M}\u200c\u200d]+)`` in ``text``."""
    if not name:
        yield from (w.group(1) for w in regex.finditer(
            r"(?<![\p{L}\p{M}])" + regex.escape(name) + r"[ \u00a0]([\p{L}\p{M}\u200c\u200d]+)", text))
        return
    size, pos = len(name), 0
    while (at := text.find(name, pos)) != -1:
        word = None
        if at == 0 or not _LETTER.match(text, at - 1):
            word = _SPACE_WORD.match(text, at + size)
        if word:
            yield word.group(1)
            pos = word.end()
        else:
            pos = at + 1


@cache
def _words(lang: str) -> dict[str, frozenset[str]]:
    from .entity_filter import _heads

    desc = load(lang, "descriptions")
    org, loc = _heads()
    institutions = [w for words in desc.get("institution_heads", {}).values() for w in words]
    return {
        "government": frozenset(match_key(w) for w in desc.get("government_heads", [])),
        "centre": frozenset(match_key(w) for w in desc.get("centre_words", []) if len(w.split()) == 1
                            and not w.endswith("ीय")),  # केंद्रीय (central) begins a name: केंद्रीय मंत्रालय
        "pilgrimage": frozenset(match_key(w) for w in desc.get("pilgrimage_words", [])),
        "temple": frozenset(match_key(w) for w in desc.get("deity_places", {}).get("heads", [])),
        "heads": frozenset(org | loc | {match_key(w) for w in [*institutions, *desc.get("of_heads", [])]}),
    }


def _cut(m: Mention, text: str, words: int) -> Mention:
    """``m`` ending after its first ``words`` words."""
    found = list(_WORD.finditer(text, m.start, m.end))
    end = found[words - 1].end()
    return Mention(m.start, end, text[m.start:end], m.type, m.source, m.entity_id)


def without_centre(text: str, m: Mention, lang: str) -> Mention:
    """दिल्ली सरकार [केंद्र]: an organisation span cut after a government head that a centre word follows."""
    if m.type != "ORG":
        return m
    data = _words(lang)
    keys = [match_key(w.group()) for w in _WORD.finditer(text, m.start, m.end)]
    for i in range(1, len(keys) - 1):
        if keys[i] in data["government"] and keys[i + 1] in data["centre"]:
            return _cut(m, text, i + 1)
    return m


def without_next_name_word(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """नरेंद्र त्यागी [नेहरू] एक्सटेंशन सेंटर: a person span's last word that begins the next name, cut off when the
    article names the person without it elsewhere, and rare name words, then a head, follow the span."""
    from khabar.analyse.ner.features import frequencies

    heads = _words(lang)["heads"]
    freq = frequencies()
    out = []
    for m in mentions:
        found = list(_WORD.finditer(text, m.start, m.end))
        if m.type != "PER" or len(found) < 3:
            out.append(m)
            continue
        # The person written elsewhere without the glued word: its last two words, then something else.
        name = text[found[-3].start():found[-2].end()]
        glued = found[-1].group()
        if not any(not text.startswith(glued, end + 1) for end in _whole_name_ends(text, name)):
            out.append(m)
            continue
        gap = _GAP.match(text, m.end)
        after = [w.group() for w in _WORD.finditer(gap.group())] if gap else []
        head_at = next((i for i, w in enumerate(after) if match_key(w) in heads), None)
        # Between the span and the head only rare words (the rest of the next name): "सिंह जिला अस्पताल" is a
        # person going to the district hospital.
        if head_at and all(freq.get(w, 0.0) < _EVERYDAY for w in after[:head_at]):
            out.append(_cut(m, text, len(found) - 1))
        else:
            out.append(m)
    return out


def retype_shrines(text: str, groups: list[MentionGroup], lang: str) -> None:
    """A person group that names a shrine (see the module docstring) becomes a place group."""
    data = _words(lang)
    if not data["pilgrimage"]:
        return
    temples = {tuple(keys[:-1]) for g in groups if g.type == "LOC" for m in g.name_mentions
               if len(keys := match_key(m.text).split()) >= 2 and keys[-1] in data["temple"]}
    for g in groups:
        if g.type != "PER" or not g.name_mentions or g.roles:
            continue
        names = {m.text for m in g.name_mentions}
        if all(len(n.split()) < 2 for n in names):
            continue  # one word is the deity itself (राम of राम मंदिर, शिव of शिव धाम), not a shrine's name
        if any(tuple(match_key(n).split()) in temples for n in names) or any(
                match_key(w) in data["pilgrimage"] for n in names for w in _words_after_name(text, n)):
            g.type = "LOC"
            for m in g.mentions:
                m.type = "LOC"


def without_body_given_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """[मार्सेली डियोफ] की मौत … मार्सेली फुटबाल क्लब के पूर्व अध्यक्ष पापे डियोफ: a two-word person span whose first
    word opens an organisation's or a place's name in the same article, while the article names the person with
    another first word, is that body glued to the surname (a headline's shorthand); the span starts at the
    surname. A one-word "person" made of that word (मार्सेली के पूर्व अध्यक्ष) is the body, and takes its type. Only
    a span the article writes once, ending in a surname that few people share: दुष्यंत सिंह, written ten times beside
    a tagger's दुष्यंत पार्टी and another सिंह, stays whole."""
    from .entity_filter import _surname

    def keys(m: Mention) -> list[str]:
        return [match_key(w.group()) for w in _WORD.finditer(m.text)]

    openers = {keys(m)[0]: m.type for m in mentions if m.type in ("ORG", "LOC") and len(keys(m)) >= 2}
    people = [keys(m) for m in mentions if m.type == "PER" and len(keys(m)) >= 2]
    cut: set[str] = set()
    out = []
    for m in mentions:
        words = keys(m)
        if m.type == "PER" and len(words) == 2 and words[0] in openers and not _surname(words[1]) \
                and text.count(m.text) == 1 and any(
                p[-1] == words[-1] and p[0] != words[0] and p[0] not in openers for p in people):
            second = list(_WORD.finditer(text, m.start, m.end))[1]
            m = Mention(second.start(), m.end, text[second.start():m.end], m.type, m.source, m.entity_id)
            cut.add(words[0])
        out.append(m)
    whole = {w for m in out if m.type == "PER" and len(keys(m)) >= 2 for w in keys(m)}
    return [Mention(m.start, m.end, m.text, openers[k[0]], m.source, m.entity_id)
            if m.type == "PER" and len(k := keys(m)) == 1 and k[0] in cut and k[0] not in whole else m
            for m in out]
