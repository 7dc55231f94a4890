"""Who a pronoun or a description refers to, within one article.

A pronoun (``उन्होंने``) takes the most recent compatible referent before it: a speaker already resolved, or a
person who was the subject of a clause (a PER mention followed by ``ने`` or by no case marker at all; ``पुतिन किम
के … से गदगद हुए`` makes पुतिन the subject, not किम). A description (``उत्तर कोरियाई नेता``) takes the person the
article itself introduced with a matching title and nationality (``उत्तर कोरिया के नेता किम जोंग उन``); failing
that, the most recent person, as a pronoun would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from khabar.analyse import gazetteer
from khabar.analyse.quotes.lexicon import Lexicon
from khabar.analyse.quotes.phrases import Masks, Phrase, _find_title, classify, phrase_before, same_country
from khabar.model import Mention, Span
from khabar.text.keys import match_key
from khabar.text.tokens import WORD, words


@dataclass(frozen=True, slots=True)
class Referent:
    start: int
    end: int
    text: str
    type: str | None
    said_at: int | None = None  # where the text spoke of them, when not at their name (a title named first)


def _next_word(text: str, end: int) -> str | None:
    rest = text[end : end + 40]
    if rest[:1] == ",":
        return ","
    for w in words(rest):
        return match_key(w.text)
    return None


def subjects(text: str, mentions: Sequence[Mention], lex: Lexicon, masks: Masks, body: Sequence[tuple[int, int]],
             apps: Sequence[tuple[Referent, str | None, str]] = ()) -> list[Referent]:
    """People who are the subject of a clause, in text order: PER mentions in the nominative or before ने, and
    the agents before ने that are descriptions (मुख्यमंत्री ने …), or, without NER, names."""
    found: list[Referent] = []
    for m in mentions:
        if m.type != "PER" or masks.covers(m.start, m.end):
            continue
        if not any(a <= m.start and m.end <= b for a, b in body):
            continue
        nxt = _next_word(text, m.end)
        if nxt is None or nxt not in lex.case_markers or nxt in lex.agent_markers:
            found.append(Referent(m.start, m.end, m.text, "PER"))
    for a, b in body:
        for found_word in WORD.finditer(text, a, b):  # as words(), without a Span for every word of the body
            if match_key(found_word.group()) not in lex.agent_markers or \
                    masks.covers(found_word.start(), found_word.end()):
                continue
            w = Span(found_word.start(), found_word.end(), found_word.group())
            p = phrase_before(text, w.start, a, lex, mentions)
            if p is None:
                continue
            if p.kind == "description":
                named = resolve_description(p, apps, lex)
                found.append(Referent(p.start, p.end, p.text, "PER") if named is None else
                             Referent(named.start, named.end, named.text, named.type, said_at=p.start))
            elif p.kind == "name" and not mentions:
                found.append(Referent(p.start, p.end, p.text, p.type))
            elif p.kind == "group" and p.type == "GROUP" and \
                    sum(1 for r in found if p.start <= r.start and r.end <= p.end and r.type == "PER") >= 2:
                # `A, B और C ने …`: the list speaks together, and a later उन्होंने means all of them
                found = [r for r in found if not (p.start <= r.start and r.end <= p.end)]
                found.append(Referent(p.start, p.end, p.text, "GROUP"))
    return sorted(found, key=lambda r: r.start if r.said_at is None else r.said_at)


def compatible(ref: Referent, number: str | None) -> bool:
    if number == "plural":
        return ref.type in (None, "PER", "GROUP")
    return ref.type != "GROUP"


def _canonical_title(title: str | None, lex: Lexicon) -> str | None:
    return lex.office(title)


def _title_fits(wanted: str | None, found: str, lex: Lexicon) -> bool:
    wanted, found = _canonical_title(wanted, lex), _canonical_title(found, lex) or found
    if wanted is None or wanted == found:
        return True
    return wanted in lex.generic_leader_titles and found in lex.leader_titles


FORMER = "former:"  # an appositive's title held before (पूर्व मुख्यमंत्री X)


def appositives(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> list[tuple[Referent, str | None, str]]:
    """People introduced with a title in front of their name: (the name, country key, title key)."""
    out: list[tuple[Referent, str | None, str]] = []
    names = [(m.start, m.end) for m in mentions if m.type == "PER"]
    names += _untagged_names_after_titles(text, lex, mentions)
    for start, end in names:
        lo = max(0, start - 80)
        right, also = _office_end(text, lo, start, lex)
        before = [w for w in words(text, lo, right)]
        # only the words directly before the name, not across punctuation
        kept = []
        for w in reversed(before):
            if text[w.end : right].strip() or "\n" in text[w.end : right]:  # a title ends its line: a headline
                break
            kept.insert(0, w)
            right = w.start
        person = Referent(start, end, text[start:end], "PER")
        # `पूर्व जिला पार्षद जोगेंद्र स्वामी` is who a later `पूर्व पार्षद` means, not a bare `पार्षद`
        former = FORMER if any(match_key(w.text) in lex.raw_keys("former_markers") for w in kept) else ""
        desc = classify(text, kept[0].start, kept[-1].end, lex) if kept else None
        if desc is not None and desc.kind == "name":
            desc = _office_of_place(text, kept, lex) or desc
        if desc is None or desc.kind != "description" or desc.title is None:
            out += [(person, None, t) for t in also]
            continue
        out.append((person, desc.country, former + desc.title))
        out += [(person, desc.country, former + t) for t in also]
    return out


def _office_of_place(text: str, kept: Sequence[Span], lex: Lexicon) -> Phrase | None:
    """``सीएमओ कांगड़ा डॉ. गुप्ता``: an office followed by the place it serves is the office."""
    keys = [match_key(w.text) for w in kept]
    title = _find_title(keys, lex)
    if title is None or title[1] == len(keys):
        return None
    place = kept[title[1]:]
    if not gazetteer.lookup_place(text[place[0].start : place[-1].end]):
        return None
    return Phrase(kept[0].start, kept[-1].end, text[kept[0].start : kept[-1].end], "description", "PER",
                  title=title[2])


_ABBREVIATION = regex.compile(r"\(\s*([^()\n]{1,24}?)\s*\)\s*$")


def _office_end(text: str, lo: int, name_start: int, lex: Lexicon) -> tuple[int, list[str]]:
    """Where the office written before a name ends, past words of courtesy and an abbreviation in parentheses
    (``मुख्य चिकित्सा एवं स्वास्थ्य अधिकारी (सीएमएचओ) डॉ. प्रवीण``), with the abbreviation's title if it is one (a
    later ``सीएमएचओ ने`` means this person too)."""
    right, also = name_start, []
    while right > lo:
        m = _ABBREVIATION.search(text, lo, right)
        if m is not None:
            key = match_key(m.group(1))
            if key in lex.person_titles:
                also.append(key)
            right = m.start()
            continue
        last = next(iter(reversed(list(words(text, max(lo, right - 20), right)))), None)
        if last is not None and match_key(last.text) in lex.courtesy_words \
                and not text[last.end : right].strip(" \t."):
            if match_key(last.text) in lex.person_titles:
                also.append(match_key(last.text))  # डॉ. X: a later डॉक्टर ने means X too
            right = last.start
            continue
        break
    return right, also


def _untagged_names_after_titles(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Names after a title (``मुख्यमंत्री अरविंद केजरीवाल``) read without a tagger: the words after the title up
    to a case marker. With a tagger, only the names it missed as the agent of a clause (``रांची के उपायुक्त राय
    महिमापत रे ने``): two words or more, no mention there, no group or organisation word, ``ने`` right after."""
    tagged = bool(mentions)
    title_ends = {t.split(" ")[-1] for t in lex.person_titles}
    not_names = set(lex.group_speakers) | set(lex.org_speakers) | set(lex.person_titles)
    names: list[tuple[int, int]] = []
    for w in WORD.finditer(text):  # every word of the text: no Span for the many that are no title
        if match_key(w.group()) not in title_ends:
            continue
        name = []
        right = w.end()
        after = None
        for x in words(text, right, min(len(text), right + 60)):
            k = match_key(x.text)
            gap = text[right : x.start]
            if gap.strip() or "\n" in gap or len(name) >= 4 or k in lex.np_stops or k in lex.case_markers:
                after = k
                break
            if k in lex.intro_endings or lex.cue.fullmatch(x.text):
                break  # मुख्यमंत्री बोलीं: a verb, not a name
            if k in lex.person_titles:
                break
            name.append(x)
            right = x.end
        if not name:
            continue
        if tagged and (after not in lex.agent_markers or len(name) < 2
                       or any(match_key(x.text) in not_names for x in name)
                       or any(m.start < name[-1].end and name[0].start < m.end for m in mentions)):
            continue
        names.append((name[0].start, name[-1].end))
    return names


def is_indefinite(phrase: Phrase, lex: Lexicon) -> bool:
    """``एक अधिकारी``, ``कुछ अधिकारियों``, ``स्वास्थ्य विभाग के एक अधिकारी``: someone the article does not name;
    so is a bare title too vague to pick out one person (``अधिकारी ने बताया``: ``vague_titles``)."""
    keys = [match_key(w.text) for w in words(phrase.text)]
    if " ".join(keys) in lex.raw_keys("vague_titles"):
        return True
    return any(k in lex.raw_keys("indefinite_determiners") for k in keys)


def verb_gender(ws: Sequence[str], lex: Lexicon) -> str | None:
    """``f`` or ``m`` from the first verb form in ``ws`` that agrees in gender (कहती, बोले, गई थीं), else None."""
    fem, masc = lex.raw_keys("gender.feminine_verbs"), lex.raw_keys("gender.masculine_verbs")
    for w in ws:
        k = match_key(w)
        if k in fem:
            return "f"
        if k in masc:
            return "m"
    return None


def title_gender(text: str, end: int, lex: Lexicon) -> str | None:
    """The gender a title in the words up to ``end`` shows (श्रीमती, अभिनेत्री, पति …): the last one."""
    fem, masc = lex.raw_keys("gender.feminine_titles"), lex.raw_keys("gender.masculine_titles")
    for w in reversed(list(words(text, max(0, end - 60), end))[-5:]):
        k = match_key(w.text)
        if k in fem:
            return "f"
        if k in masc:
            return "m"
    return None


_CLAUSE_END = regex.compile(r"[।.!?;:,\n]")


def subject_gender(text: str, ref: Referent, lex: Lexicon) -> str | None:
    """A nominative subject's gender from its title or from the verb of its clause (सुनीता दिल्ली गई थीं)."""
    found = title_gender(text, ref.end, lex)
    if found:
        return found
    after = []
    for w in words(text, ref.end, min(len(text), ref.end + 120)):
        if _CLAUSE_END.search(text[(after[-1].end if after else ref.end) : w.start]):
            break
        after.append(w)
    keys = [match_key(w.text) for w in after]
    if not keys or keys[0] in lex.agent_markers or keys[0] in lex.case_markers or any(
            k in lex.complementizers for k in keys[:1]):
        return None  # X ने …: the verb agrees with the object
    return verb_gender([w.text for w in after], lex)


def resolve_description(phrase: Phrase, apps: Sequence[tuple[Referent, str | None, str]], lex: Lexicon,
                        ) -> Referent | None:
    if is_indefinite(phrase, lex):
        return None
    former = any(match_key(w) in lex.raw_keys("former_markers") for w in phrase.text.split())
    fits = [
        ref for ref, country, title in apps
        if title.startswith(FORMER) == former and _title_fits(phrase.title, title.removeprefix(FORMER), lex)
        and (phrase.country is None or same_country(country, phrase.country))
        and not (ref.start <= phrase.start < ref.end)
    ]
    before = [r for r in fits if r.end <= phrase.start]
    if before:
        return before[-1]
    return fits[0] if fits else None
