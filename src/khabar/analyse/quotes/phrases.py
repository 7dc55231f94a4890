"""Speaker phrases: the words in the text that name who speaks, and what kind of words they are.

A speaker phrase is a name (an NER mention when the pipeline found one, else the noun phrase before ``ने``), a
pronoun (``उन्होंने``), a description (``उत्तर कोरियाई नेता``: a title with an optional nationality), an
organisation or state media (``उत्तर कोरिया के सरकारी मीडिया``), or a group (``बड़ी भीड़``). Without mentions the
noun phrase is bounded by the sentence start, punctuation, conjunctions and non-genitive postpositions
(``lang/<code>/quotes.json: np_stops``); titles in front of a name are dropped (``रूसी राष्ट्रपति पुतिन`` → ``पुतिन``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from khabar.analyse.quotes.lexicon import Lexicon
from khabar.model import Mention, Span
from khabar.text.keys import match_key
from khabar.text.tokens import words


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    text: str
    kind: str  # name, pronoun, description, media, org, group
    type: str | None  # PER, ORG, LOC, MEDIA, GROUP; None when unknown
    number: str | None = None  # singular/plural, for pronouns
    country: str | None = None  # key of the nationality in a description
    title: str | None = None  # key of the title in a description


class Masks:
    """Stretches of text to look through (quoted words are never the narration's speaker or verb)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):  # overlapping stretches become one, so the lookup below is exact
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._spans = merged
        self._starts = [s for s, _ in merged]

    def with_spans(self, spans: Sequence[tuple[int, int]]) -> Masks:
        return Masks([*self._spans, *spans])

    def covers(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._spans[i][0] <= start and end <= self._spans[i][1]


def _phrase_words(text: str, lo: int, end: int, lex: Lexicon) -> list[Span]:
    """Words of the noun phrase that ends at ``end``, going left from it until a boundary."""
    taken: list[Span] = []
    right = end
    for w in reversed(list(words(text, lo, end))):
        gap = text[w.end : right]
        if gap.strip() and not (gap == "," and w.text[-1:].isdigit() and text[right : right + 1].isdigit()):
            break  # punctuation or a quote mark between words ends the phrase; a digit group (23,813) does not
        if match_key(w.text) in lex.np_stops:
            break
        taken.insert(0, w)
        right = w.start
        if len(taken) >= lex.np_max_words:
            break
    while taken and match_key(taken[0].text) in _GENITIVE:
        taken.pop(0)  # a phrase cut short by the word limit does not start with के
    return taken


_GENITIVE = frozenset({"का", "के", "की"})


def _find_title(keys: list[str], lex: Lexicon) -> tuple[int, int, str] | None:
    """The last title in a list of word keys: (first word index, end index, title key). Of titles ending at
    the same word the longest; of the same words, the first in ``lex.person_titles``."""
    best: tuple[int, int, int, str] | None = None  # (end, -start, -order, title): the largest wins
    by_first = _titles_by_first_word(lex.person_titles)
    for i, k in enumerate(keys):
        for order, parts, title in by_first.get(k, ()):
            if keys[i : i + len(parts)] == parts:
                found = (i + len(parts), -i, -order, title)
                if best is None or found[:3] > best[:3]:
                    best = found
    return None if best is None else (-best[1], best[0], best[3])


@lru_cache(maxsize=8)
def _titles_by_first_word(titles: tuple[str, ...]) -> dict[str, list[tuple[int, list[str], str]]]:
    """``{first word: [(order, words, title)]}``: a word list is looked up by its words, not every title tried
    at every word."""
    found: dict[str, list[tuple[int, list[str], str]]] = {}
    for order, title in enumerate(titles):
        parts = title.split(" ")
        found.setdefault(parts[0], []).append((order, parts, title))
    return found


def country_before(keys: list[str], lex: Lexicon) -> str | None:
    """The nationality in words before a title: ``उत्तर कोरियाई``, ``रूस के``; as a country key."""
    for n in (2, 1):
        if len(keys) >= n and " ".join(keys[-n:]) in lex.demonyms:
            return match_key(lex.demonyms[" ".join(keys[-n:])])
    genitive = {"के", "की", "का"}
    # `महाराष्ट्र के स्वास्थ्य मंत्री`: a portfolio word or two may stand between the place and the title
    at = next((i for i in range(len(keys) - 1, max(0, len(keys) - 3) - 1, -1) if keys[i] in genitive), None)
    if at is not None and at >= 1:
        taken: list[str] = []
        for k in reversed(keys[:at]):
            if k in lex.np_stops or k in genitive or len(taken) == 2:
                break
            taken.insert(0, k)
        return " ".join(taken) or None
    return None


def same_country(a: str | None, b: str | None) -> bool:
    """Country keys that name the same place (``संयुक्त राज्य अमेरिका`` / ``अमेरिका``)."""
    if a is None or b is None:
        return False
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _ends_with(keys: list[str], heads: Sequence[str]) -> bool:
    joined = " ".join(keys)
    return any(joined == h or joined.endswith(" " + h) for h in heads)


def classify(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention] = ()) -> Phrase | None:
    """What kind of speaker ``text[start:end]`` names."""
    ws = list(words(text, start, end))
    honorifics = lex.raw_keys("honorifics_after")
    while len(ws) > 1 and match_key(ws[-1].text) in honorifics:
        ws.pop()  # मोदी जी → मोदी
    if not ws:
        return None
    start, end = ws[0].start, ws[-1].end
    keys = [match_key(w.text) for w in ws]
    joined = " ".join(keys)
    for table, kind in ((lex.agent_pronouns, "pronoun"), (lex.genitive_pronouns, "pronoun"),
                        (lex.nominative_pronouns, "pronoun")):
        if joined in table:
            return Phrase(start, end, text[start:end], kind, None, number=table[joined])
    if joined in lex.person_titles:  # पीएम, मुख्यमंत्री: a title alone describes, even where NER tagged it
        return Phrase(start, end, text[start:end], "description", "PER", title=joined)
    ending = [m for m in mentions if m.end == end and start <= m.start]
    if ending:
        m = min(ending, key=lambda x: x.start)
        kind = {"PER": "name", "ORG": "org"}.get(m.type, "name")
        return Phrase(m.start, m.end, m.text, kind, m.type)
    title = _find_title(keys, lex)
    if title is not None:
        i, j, tkey = title
        if j == len(keys):
            return Phrase(start, end, text[start:end], "description", "PER",
                          country=country_before(keys[:i], lex), title=tkey)
        name = ws[j:]
        # `मुख्यमंत्री कार्यालय`: a title before an organisation word names the office, not a person
        if not any(match_key(w.text) in lex.group_speakers for w in name) \
                and not _ends_with(keys, lex.org_speakers) and not _ends_with(keys, lex.media_speakers):
            s, e = name[0].start, name[-1].end
            return Phrase(s, e, text[s:e], "name", "PER")
    if _ends_with(keys, lex.media_speakers):
        return Phrase(start, end, text[start:end], "media", "MEDIA")
    if _ends_with(keys, lex.org_speakers):
        return Phrase(start, end, text[start:end], "org", "ORG")
    if keys[-1] in lex.group_speakers:
        return Phrase(start, end, text[start:end], "group", "GROUP")
    # a person named inside the phrase is the speaker unless the phrase goes on past a genitive
    # (थॉमस लुबंगा के बचाव दल: the team speaks)
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.type == "PER"
              and not any(match_key(w.text) in _GENITIVE for w in words(text, m.end, end))]
    if inside:
        m = inside[-1]
        return Phrase(m.start, m.end, m.text, "name", "PER")
    return Phrase(start, end, text[start:end], "name", None)


def phrase_ending_at(text: str, end: int, lo: int, lex: Lexicon, mentions: Sequence[Mention]) -> Phrase | None:
    while end > lo and text[end - 1].isspace():
        end -= 1
    ending = [m for m in mentions if m.end == end and lo <= m.start]
    if ending:
        m = min(ending, key=lambda x: x.start)
        return classify(text, m.start, m.end, lex, mentions)
    taken = _phrase_words(text, lo, end, lex)
    if not taken:
        return None
    return classify(text, taken[0].start, taken[-1].end, lex, mentions)


def subject_ending_at(text: str, end: int, lo: int, lex: Lexicon, mentions: Sequence[Mention]) -> Phrase | None:
    """The subject of a cue that takes no ने: a nominative pronoun (``वह कहती हैं``) or a noun phrase; an adverb
    between them (``वह आगे बोले``, ``मंत्री फिर बोले``) is looked through."""
    adverbs = lex.raw_keys("subject_adverbs")
    for _ in range(2):
        tail = list(words(text, max(lo, end - 12), end))[-1:]
        if not tail or text[tail[0].end : end].strip() or match_key(tail[0].text) not in adverbs:
            break
        end = tail[0].start
    last = list(words(text, max(lo, end - 12), end))[-1:]
    if last and not text[last[0].end : end].strip() and (k := match_key(last[0].text)) in lex.nominative_pronouns:
        w = last[0]
        return Phrase(w.start, w.end, w.text, "pronoun", None, number=lex.nominative_pronouns[k])
    return phrase_ending_at(text, end, lo, lex, mentions)


def phrase_before(text: str, pos: int, lo: int, lex: Lexicon, mentions: Sequence[Mention]) -> Phrase | None:
    """The speaker phrase right before ``pos`` (a ``ने``), looking through a relative clause set off by commas:
    ``पुतिन, जिन्होंने 24 साल पहले …, ने`` → ``पुतिन``."""
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ")" and (opened := text.rfind("(", lo, end)) != -1:
        # समाचार एजेंसी (पीटीआई) ने: the agency in parentheses belongs to the phrase before it
        outer = phrase_ending_at(text, opened, lo, lex, mentions)
        if outer is not None and outer.type == "PER" and outer.kind == "name":
            return outer  # नरेंद्र मोदी (PM Modi) ने, पीड़ित (29) ने: a gloss after a person, not part of the name
        if outer is not None:
            return Phrase(outer.start, end, text[outer.start:end], outer.kind, outer.type, outer.number,
                          outer.country, outer.title)
        return classify(text, opened + 1, end - 1, lex, mentions)
    if end > lo and text[end - 1] == ",":
        comma = text.rfind(",", lo, end - 1)
        seg_words = list(words(text, comma + 1 if comma >= lo else lo, end - 1))
        if comma >= lo and seg_words and match_key(seg_words[0].text) in lex.relative_pronouns:
            end = comma
        else:
            return None
    phrase = phrase_ending_at(text, end, lo, lex, mentions)
    return _with_listed_names(text, phrase, lo, lex, mentions)


def _with_listed_names(text: str, phrase: Phrase | None, lo: int, lex: Lexicon,
                       mentions: Sequence[Mention]) -> Phrase | None:
    """``A, B और C ने``: a list of named people speaks together; the phrase grows into a group over the list
    (``speaker_list_links``). One name alone, or a list with anything but named people in it, stays as it is."""
    if phrase is None or phrase.kind != "name" or phrase.type != "PER":
        return phrase
    links = lex.raw_keys("speaker_list_links")
    first, named = phrase.start, 1
    while True:
        start = first
        before = list(words(text, max(lo, start - 60), start))
        for n in (3, 2, 1):  # the title in front of a name (`वित्त मंत्री निर्मला सीतारमण`) belongs to it
            if len(before) >= n and " ".join(match_key(w.text) for w in before[-n:]) in lex.person_titles \
                    and not text[before[-1].end:start].strip():
                start, before = before[-n].start, before[:-n]
                # and its portfolio (`केजरीवाल और शिक्षा मंत्री सिसोदिया`), when a joiner stands before that
                for k in (1, 2):
                    if len(before) > k and match_key(before[-k - 1].text) in links \
                            and not any(match_key(w.text) in lex.np_stops for w in before[-k:]) \
                            and not any(text[w.end : nxt].strip() for w, nxt in
                                        zip(before[-k - 1:], [x.start for x in before[-k:]] + [start], strict=True)):
                        start, before = before[-k].start, before[:-k]
                        break
                break
        if not before:
            break
        joiner = before[-1]
        if match_key(joiner.text) in links and not text[joiner.end:start].strip():
            end = joiner.start
            while end > lo and text[end - 1] in " ,":
                end -= 1
        elif text[before[-1].end:start].strip() == ",":
            end = before[-1].end
        else:
            break
        previous = phrase_ending_at(text, end, lo, lex, mentions)
        if previous is None or previous.kind != "name" or previous.type != "PER":
            break
        first, named = previous.start, named + 1
    if named == 1:
        return phrase
    return Phrase(first, phrase.end, text[first:phrase.end], "group", "GROUP", number="plural")


def find_agent(text: str, lo: int, hi: int, lex: Lexicon, mentions: Sequence[Mention], masks: Masks,
               *, first: bool = False) -> Phrase | None:
    """The agent of a clause in ``text[lo:hi]``: an agent pronoun (उन्होंने) or the phrase before ``ने``.

    The rightmost agent is the nearest to a verb at ``hi``; ``first`` takes the leftmost instead (the main
    clause's subject, for fragments quoted further into the sentence)."""
    found = [w for w in words(text, lo, hi) if not masks.covers(w.start, w.end)]
    order = found if first else list(reversed(found))
    for w in order:
        k = match_key(w.text)
        if k in lex.agent_pronouns:
            return Phrase(w.start, w.end, w.text, "pronoun", None, number=lex.agent_pronouns[k])
        if (number := lex.raw.get("relative_agent_pronouns", {}).get(w.text)) is not None and not first:
            if "," in text[w.end : hi]:
                continue  # `पुतिन ने, जिन्होंने कल दौरा किया था, कहा कि`: the relative clause closed before the cue
            return _relative_antecedent(text, w, lo, lex, mentions) or \
                Phrase(w.start, w.end, w.text, "pronoun", None, number=number)
        if k in lex.agent_markers:
            phrase = phrase_before(text, w.start, lo, lex, mentions)
            if phrase is None:
                phrase = _collective_before(text, w.start, lo, lex, mentions)
            return phrase
    return None


_RELATIVE_REACH = 10


def _relative_antecedent(text: str, w: Span, lo: int, lex: Lexicon, mentions: Sequence[Mention]) -> Phrase | None:
    """``मंत्री रमेश वर्मा, जिन्होंने कहा``: the person or description right before the comma of a relative pronoun
    (a verb there, ``… भी पहुंचे, जिन्होंने``, leaves it to resolution, as a pronoun)."""
    comma = text.rfind(",", lo, w.start)
    if comma == -1 or text[comma + 1 : w.start].strip():
        # `1,961 लोग ऐसे भी थे जिन्होंने कहा कि`: the nearest people before it in the sentence
        groups = lex.raw_keys("group_speakers")
        for before in reversed(list(words(text, lo, w.start))[-_RELATIVE_REACH:]):
            if match_key(before.text) in groups or any(m.end == before.end and m.type == "PER" for m in mentions):
                p = phrase_ending_at(text, before.end, lo, lex, mentions)
                return p if p is not None and p.kind in ("group", "description", "name") else None
        return None
    end = comma
    while end > lo and text[end - 1].isspace():
        end -= 1
    named = next((m for m in mentions if m.end == end and m.type in ("PER", "ORG")), None)
    if named is not None:
        return classify(text, named.start, named.end, lex, mentions)
    p = phrase_ending_at(text, end, lo, lex, mentions)
    return p if p is not None and p.kind in ("description", "group") else None


def _collective_before(text: str, pos: int, lo: int, lex: Lexicon, mentions: Sequence[Mention]) -> Phrase | None:
    """``दोनों ने``, ``सभी ने``: a collective word alone before ``ने`` speaks for the people named before it; it
    stays the speaker's words (a group), with no antecedent forced."""
    last = list(words(text, max(lo, pos - 20), pos))[-1:]
    if not last or text[last[0].end : pos].strip() or match_key(last[0].text) not in lex.raw_keys("collective_agents"):
        return None
    w = last[0]
    # `पुतिन और किम दोनों ने`: the list before the collective word speaks, the word included
    listed = _with_listed_names(text, phrase_ending_at(text, w.start, lo, lex, mentions), lo, lex, mentions)
    if listed is not None and listed.kind == "group":
        return Phrase(listed.start, w.end, text[listed.start : w.end], "group", "GROUP")
    return Phrase(w.start, w.end, w.text, "group", "GROUP")
