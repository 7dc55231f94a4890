"""``find_quotes(text, analysis)``: direct, partial and indirect quotes with their speakers.

1. Reporting frames, sentence by sentence: ``X ने … <cue> कि <clause>``, ``X का कहना है कि``, ``X के अनुसार``,
   ``X कहते हैं कि``, ``X ने कहा, <clause>`` (the cues and frames are ``lang/<code>/quotes.json``).
2. Quotation-mark pairs (``marks.py``). Marks around a name, a poster's slogan or scare-quoted narration are not
   speech. A quote introduced by a frame (``कहा,``, ``X ने``), followed by a speaker (``“…,” पुतिन ने कहा``) or
   by the verb of saying (``'…' कहकर``) is ``direct``; a fragment that the sentence goes on around is ``partial``.
3. Speakers: the frame whose clause holds the quote, the agent before the quote, the speaker after it, the
   subject of the sentence; a quote paragraph with none continues the previous quote's speaker.
4. Indirect quotes are the frames' clauses, except clauses that hold a quote (the quoted words are the record).
5. Pronouns and descriptions resolve to a referent in the article (``resolve.py``) → ``Quote.speaker_ref``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from khabar.analyse.quotes.lexicon import Lexicon, lexicon
from khabar.analyse.quotes.marks import DOUBLE, SINGLE, Marked, find_marked
from khabar.analyse.quotes.phrases import Masks, Phrase, classify, find_agent, phrase_before, phrase_ending_at
from khabar.analyse.quotes.resolve import (
    Referent,
    appositives,
    compatible,
    resolve_description,
    subjects,
)
from khabar.model import Analysis, Mention, Quote, Span
from khabar.text.keys import match_key
from khabar.text.sentences import split_sentences
from khabar.text.tokens import words

_EDGE = " \t\n,;:-–—"
_TERMINAL = tuple("।.?!,;…-–—:")
_TRAIL = regex.compile(r"[\s।.!?,;:\-–—]+$")
_MARKS = DOUBLE + SINGLE


@dataclass(slots=True)
class Frame:
    kind: str  # verb, genitive, habitual, comma
    speaker: Phrase
    cue: str | None
    cue_start: int
    clause_start: int
    clause_end: int
    sentence: int


@dataclass(slots=True)
class Candidate:
    kind: str  # direct, partial, indirect
    start: int
    end: int
    speaker: Phrase | None
    cue: str | None
    sentence: int
    continues: Candidate | None = None
    referent: Referent | None = None


class _Doc:
    """The text with its body sentences, quote masks and mentions, for the finders below."""

    def __init__(self, text: str, analysis: Analysis, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        sentences = analysis.body_sentences() if analysis.sentences else split_sentences(text)
        self.sentences: list[Span] = sentences
        self.starts = [s.start for s in sentences]
        self.mentions: list[Mention] = sorted(analysis.mentions, key=lambda m: (m.start, -m.end))
        self.marked: list[Marked] = [
            m for m in find_marked(text)
            if self.sentence_at(m.start) is not None and not analysis.in_boilerplate(m.start, m.end)
        ]
        self.masks = Masks([(m.outer_start, m.outer_end) for m in self.marked])

    def sentence_at(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return i
        return None

    def words(self, lo: int, hi: int) -> int:
        return sum(1 for _ in words(self.text, lo, hi))


def _skip(text: str, pos: int, hi: int, chars: str = _EDGE) -> int:
    while pos < hi and text[pos] in chars:
        pos += 1
    return pos


def _trim_end(text: str, lo: int, hi: int) -> int:
    m = _TRAIL.search(text, lo, hi)
    return m.start() if m else hi


# --- 1. frames ------------------------------------------------------------------------------------------


def _verb_frames(doc: _Doc, i: int, s: Span) -> list[Frame]:
    text, lex = doc.text, doc.lex
    out = []
    for m in lex.cue_complement.finditer(text, s.start, s.end):
        if doc.masks.covers(m.start(), m.end()):
            continue
        agent = _agent_or_subject(doc, s.start, m.start(), m.end())
        if agent is None or not _plausible(doc, agent, m.group("cue")):
            continue
        out.append(Frame("verb", agent, m.group("cue"), m.start(), m.end(), s.end, i))
    # X ने कहा, <clause> / X ने कहा: <clause> (speech without कि and without marks)
    for m in lex.cue.finditer(text, s.start, s.end):
        after = _skip(text, m.end(), s.end, " \t")
        if after >= s.end or text[after] not in ",:-–—" or doc.masks.covers(m.start(), m.end()):
            continue
        clause = _skip(text, after + 1, s.end, " \t")
        if clause >= s.end or text[clause] in _MARKS or doc.words(clause, s.end) < 3:
            continue
        first = next(iter(words(text, clause, s.end)), None)
        if first is None or match_key(first.text) in lex.complementizers | lex.clause_openers:
            continue
        if not lex.is_core(m.group()):
            continue
        agent = _agent_or_subject(doc, s.start, m.start(), m.end())
        if agent is not None and _plausible(doc, agent, m.group()):
            out.append(Frame("comma", agent, m.group(), m.start(), clause, s.end, i))
    # <clause>, उन्होंने कहा। / <clause>, मंत्री ने कहा। (unmarked speech with the speaker after it)
    for m in lex.cue.finditer(text, s.start, s.end):
        if text[m.end() : s.end].strip(_EDGE + "।.!?" + _MARKS) or doc.masks.covers(m.start(), m.end()):
            continue
        comma = text.rfind(",", s.start, m.start())
        if comma == -1 or any(ch in _MARKS for ch in text[s.start : comma]):
            continue
        agent = find_agent(text, comma + 1, m.start(), lex, doc.mentions, doc.masks)
        if agent is None or text[comma + 1 : agent.start].strip() or doc.words(agent.end, m.start()) > 3:
            continue
        if doc.words(s.start, comma) >= 3 and _plausible(doc, agent, m.group()):
            out.append(Frame("tail", agent, m.group(), m.start(), s.start, comma, i))
    return out


def _agent_or_subject(doc: _Doc, lo: int, cue_start: int, cue_end: int) -> Phrase | None:
    """The agent before a cue (X ने … कहा), or for a cue that takes a plain subject (मोदी बोले) that subject."""
    agent = find_agent(doc.text, lo, cue_start, doc.lex, doc.mentions, doc.masks)
    if agent is not None:
        return agent
    nom = doc.lex.nominative_cue
    if nom is not None and nom.match(doc.text, cue_start, cue_end):
        return phrase_ending_at(doc.text, cue_start, lo, doc.lex, doc.mentions)
    return None


def _plausible(doc: _Doc, agent: Phrase, cue: str) -> bool:
    """An agent NER left untagged, or an event (``इस मुलाकात ने``), speaks only with a core verb of saying."""
    if agent.kind != "name" or agent.type is not None:
        return True
    inanimate = match_key(agent.text.split()[-1]) in doc.lex.raw_keys("inanimate_heads")
    if not doc.mentions and not inanimate:
        return True
    return doc.lex.is_core(cue)


def _is_source(p: Phrase, doc: _Doc) -> bool:
    """Whether the phrase before के अनुसार names who said something (सूत्रों, पुलिस), not a plan or a rule."""
    if p.kind != "name":
        return True
    last = match_key(p.text.split()[-1])
    if last in doc.lex.nonsource_heads:
        return False
    return p.type is not None or not doc.mentions


def _genitive_frames(doc: _Doc, i: int, s: Span) -> list[Frame]:
    text, lex = doc.text, doc.lex
    out = []
    found = [(m, None) for m in lex.genitive_frame.finditer(text, s.start, s.end)]
    found += [(m, m.group("pron")) for m in lex.pronoun_frame.finditer(text, s.start, s.end)]
    for m, pron in found:
        if doc.masks.covers(m.start(), m.end()):
            continue
        frame = lex.frame(m.group("frame"))
        if frame is None:
            continue
        if pron is not None:
            k = match_key(pron)
            speaker: Phrase | None = Phrase(m.start("pron"), m.end("pron"), pron, "pronoun", None,
                                            number=lex.genitive_pronouns.get(k))
        else:
            speaker = phrase_ending_at(text, m.start(), s.start, lex, doc.mentions)
        if speaker is None:
            continue
        after = _skip(text, m.end(), s.end)
        if frame.needs:
            first = next(iter(words(text, after, s.end)), None)
            if after < s.end and text[after] in _MARKS:  # का कहना था, “…”: a direct quote follows
                out.append(Frame("genitive", speaker, m.group("frame"), m.start(), after, s.end, i))
                continue
            if first is None or match_key(first.text) != match_key(frame.needs):
                continue
            out.append(Frame("genitive", speaker, m.group("frame"), m.start(), first.end, s.end, i))
            continue
        if not _is_source(speaker, doc):
            continue
        if doc.words(after, s.end) >= 2:
            out.append(Frame("genitive", speaker, m.group("frame"), m.start(), after, s.end, i))
        else:  # "…, पुलिस के अनुसार।": the clause comes first
            out.append(Frame("genitive", speaker, m.group("frame"), m.start(), s.start, speaker.start, i))
    if lex.habitual_frame is not None:
        for m in lex.habitual_frame.finditer(text, s.start, s.end):
            after = _skip(text, m.end(), s.end)
            first = next(iter(words(text, after, s.end)), None)
            if first is None or match_key(first.text) not in lex.complementizers:
                continue
            speaker = phrase_ending_at(text, m.start(), s.start, lex, doc.mentions)
            if speaker is not None and not doc.masks.covers(m.start(), m.end()):
                out.append(Frame("habitual", speaker, m.group(), m.start(), first.end, s.end, i))
    return out


def _cut_clauses(doc: _Doc, frames: list[Frame]) -> None:
    """End each clause at the next frame in its sentence, at a contrast (जबकि), and before final punctuation."""
    text, lex = doc.text, doc.lex
    frames.sort(key=lambda f: f.cue_start)
    for f in frames:
        end = f.clause_end
        for g in frames:
            if g is f or g.sentence != f.sentence or not (f.clause_start < g.cue_start < end):
                continue
            if f.clause_start <= g.speaker.start:
                continue  # P ने बताया कि B ने कहा कि …: the inner report is part of the outer clause
            end = min(end, g.cue_start)  # X ने संकेत दिया कि … और कहा कि …: the same speaker goes on
        if lex.clause_break is not None:
            # "…, जबकि Y ने …": a contrast that brings in another agent ends the reported clause
            m = lex.clause_break.search(text, f.clause_start, end)
            if m and find_agent(text, m.end(), end, lex, doc.mentions, doc.masks) is not None:
                end = m.start()
        # drop a dangling conjunction left by the cut (…है और | कहा कि …)
        tail = list(words(text, f.clause_start, end))
        while tail and match_key(tail[-1].text) in {"और", "तथा", "एवं", "व", "and"}:
            end = tail.pop().start
        f.clause_start = _skip(text, f.clause_start, end)
        f.clause_end = _trim_end(text, f.clause_start, end)


# --- 2. quotation marks ---------------------------------------------------------------------------------


def _not_speech(doc: _Doc, q: Marked, lead: str, tail: str) -> bool:
    lex = doc.lex
    if any(m.start <= q.start and q.end <= m.end for m in doc.mentions):
        return True  # ' फ़ेडरल ड्रग एडमिनिस्ट्रेशन ': a name in marks
    inner = [match_key(w.text) for w in words(doc.text, q.start, q.end)]
    if lex.nonspeech_followers is not None and lex.nonspeech_followers.match(tail):
        return True
    if inner and len(inner) <= lex.name_heads_max_words and inner[-1] in lex.name_heads:
        return True
    lead_words = [match_key(w.text) for w in words(lead)][-3:]
    if any(w in lex.nonspeech_leaders for w in lead_words):
        return True
    if lex.written_cue is not None:
        if lex.written_cue.search(lead[-25:]) or lex.written_cue.match(tail.lstrip(_EDGE)):
            return True
    return False


def _speaker_after(doc: _Doc, lo: int, hi: int) -> Phrase | None:
    """``“…,” पुतिन ने कहा`` / ``“…,” उत्तर कोरियाई नेता, …, ने कहा`` / ``“…”: पुतिन`` (a headline)."""
    text, lex = doc.text, doc.lex
    start = _skip(text, lo, hi)
    ws = [w for w in words(text, start, hi)][:15]
    if not ws:
        return None
    if lex.inverted_frame is not None and (inv := lex.inverted_frame.match(text[lo:hi])):
        return classify(text, lo + inv.start("np"), lo + inv.end("np"), lex, doc.mentions)
    if text[lo:start].strip().startswith((":", "-", "–", "—")) and len(list(words(text, start, hi))) <= 4:
        return classify(text, start, _trim_end(text, start, hi), lex, doc.mentions)
    if match_key(ws[0].text) in lex.agent_pronouns and lex.cue.search(text, ws[0].end, hi):
        return Phrase(ws[0].start, ws[0].end, ws[0].text, "pronoun", None,
                      number=lex.agent_pronouns[match_key(ws[0].text)])
    for w in ws:
        if any(ch in _MARKS for ch in text[start : w.start]):
            return None
        if match_key(w.text) not in lex.agent_markers:
            continue
        if not lex.cue.search(text, w.end, hi):
            return None
        comma = text.find(",", start, w.start)
        if comma != -1 and doc.words(start, comma) <= 5:
            first = classify(text, start, comma, lex, doc.mentions)
            if first is not None and (first.kind in ("description", "pronoun", "media", "org") or first.type):
                return first
        return phrase_before(text, w.start, comma + 1 if comma != -1 else start, lex, doc.mentions)
    return None


def _nominative_at_end(doc: _Doc, lo: int, hi: int) -> tuple[Phrase, str] | None:
    """``मोदी बोले- “…”``: a plain-subject cue ending the lead."""
    nom = doc.lex.nominative_cue
    if nom is None:
        return None
    found = [m for m in nom.finditer(doc.text, lo, hi) if not doc.text[m.end() : hi].strip(_EDGE)]
    if not found:
        return None
    p = phrase_ending_at(doc.text, found[-1].start(), lo, doc.lex, doc.mentions)
    return (p, found[-1].group()) if p is not None else None


def _speaker_next_sentence(doc: _Doc, j: int) -> tuple[Phrase, str | None] | None:
    """``“हम जीतेंगे।” उन्होंने कहा।``: the quote closed its own sentence; the next, short one names the speaker."""
    if j + 1 >= len(doc.sentences):
        return None
    cur, nxt = doc.sentences[j], doc.sentences[j + 1]
    if "\n" in doc.text[cur.end : nxt.start] or doc.words(nxt.start, nxt.end) > 8:
        return None
    if any(ch in _MARKS for ch in nxt.text):
        return None
    p = _speaker_after(doc, nxt.start, nxt.end)
    return (p, _last_cue(doc, p.end, nxt.end)) if p is not None else None


def _enclosing(frames: Sequence[Frame], start: int, end: int) -> Frame | None:
    """The innermost frame whose reported clause holds the quote starting at ``start``."""
    inside = [f for f in frames if f.cue_start < start and f.clause_start <= start <= f.clause_end]
    return max(inside, key=lambda f: f.clause_start) if inside else None


def _last_cue(doc: _Doc, lo: int, hi: int) -> str | None:
    found = list(doc.lex.cue.finditer(doc.text, lo, hi))
    return found[-1].group() if found else None


def _quote(doc: _Doc, q: Marked, frames: Sequence[Frame]) -> Candidate | None:
    text, lex = doc.text, doc.lex
    i = doc.sentence_at(q.start)
    j = doc.sentence_at(max(q.start, q.end - 1))
    if i is None:
        return None
    j = i if j is None else j
    s_lo, s_hi = doc.sentences[i].start, doc.sentences[j].end
    lead_text = text[s_lo : q.outer_start]
    tail_lo = min(q.outer_end, s_hi)
    tail_text = text[tail_lo:s_hi]
    if _not_speech(doc, q, lead_text, tail_text):
        return None
    lead = lead_text.rstrip(" \t" + _MARKS)  # `कहा , " "…`: a doubled opening mark
    intro = lead == "" or lead.endswith(":") or bool(lex.cue_at_end.search(lead))
    tail_cue = lex.tail_cue.match(tail_text)
    after = _speaker_after(doc, tail_lo, s_hi)
    tail = tail_text.strip()
    inner_closed = text[q.start : q.end].rstrip().endswith(_TERMINAL)
    tail_free = (
        tail == "" or tail[0] in ",;:-–—" or bool(regex.fullmatch(r"[\p{P}\s]*", tail))
        or after is not None or inner_closed
    )
    # `इस बीच, “…,” सेना प्रमुख ने कहा।`: a full quote set off before a speaker tail is direct after any lead
    frame = _enclosing(frames, q.outer_start, q.outer_end)
    if frame is not None and not text[frame.clause_start : q.outer_start].strip(_EDGE + _MARKS):
        intro = True  # `कोच के शब्दों में, “…”`: a frame introduces the quote
    direct = bool(tail_cue) or (intro and tail_free) or (after is not None and inner_closed)
    frame_lo = frame.clause_start if frame else s_lo
    speaker: Phrase | None = None
    cue: str | None = None
    if direct:
        agent = find_agent(text, max(s_lo, frame_lo), q.outer_start, lex, doc.mentions, doc.masks)
        if lead and agent is not None:
            speaker, cue = agent, _last_cue(doc, agent.end, q.outer_start)
        elif frame is not None:
            speaker, cue = frame.speaker, frame.cue
        elif after is not None:
            speaker, cue = after, _last_cue(doc, after.end, s_hi)
        elif lead and (nom := _nominative_at_end(doc, s_lo, q.outer_start)) is not None:
            speaker, cue = nom
        elif not tail and (nxt := _speaker_next_sentence(doc, j)) is not None:
            speaker, cue = nxt
        if cue is None and tail_cue:
            cue = tail_cue.group("cue")
        return Candidate("direct", q.start, q.end, speaker, cue, i)
    if frame is not None:
        return Candidate("partial", q.start, q.end, frame.speaker, frame.cue, i)
    # a fragment quoted into the narration: a statement only when the sentence says, praises, chants …
    said = any(match_key(w.text) in lex.fragment_cues for w in words(text, s_lo, s_hi)
               if not doc.masks.covers(w.start, w.end))
    if not said and not lex.cue.search(text, s_lo, s_hi):
        return None
    # the main clause's agent, else the agent after it, else the subject
    first_comp = None
    for w in words(text, s_lo, q.outer_start):
        if match_key(w.text) in lex.complementizers:
            first_comp = w.start
            break
    speaker = find_agent(text, s_lo, first_comp or q.outer_start, lex, doc.mentions, doc.masks)
    if speaker is None:
        speaker = find_agent(text, s_lo, q.outer_start, lex, doc.mentions, doc.masks)
    if speaker is None:
        speaker = find_agent(text, tail_lo, s_hi, lex, doc.mentions, doc.masks, first=True)
    if speaker is None:
        speaker = _subject_before(doc, s_lo, q.outer_start)
    if speaker is None:
        return None  # quoted words nobody in the sentence says: a title, a term, scare quotes
    return Candidate("partial", q.start, q.end, speaker, _last_cue(doc, tail_lo, s_hi), i)


def _subject_before(doc: _Doc, lo: int, hi: int) -> Phrase | None:
    """The last group, description or person in the nominative before ``hi`` (``सड़कों पर बड़ी भीड़ जमा हो गई``)."""
    text, lex = doc.text, doc.lex
    best: Phrase | None = None
    for w in words(text, lo, hi):
        if doc.masks.covers(w.start, w.end):
            continue
        k = match_key(w.text)
        if k in lex.group_speakers or k in lex.person_titles:
            p = phrase_ending_at(text, w.end, lo, lex, doc.mentions)
            if p is not None and p.kind in ("group", "description"):
                best = p
    for m in doc.mentions:
        if lo <= m.start and m.end <= hi and m.type == "PER" and not doc.masks.covers(m.start, m.end):
            nxt = next(iter(words(text, m.end, min(hi, m.end + 30))), None)
            if (nxt is None or match_key(nxt.text) not in lex.case_markers) and (best is None or m.start > best.start):
                best = Phrase(m.start, m.end, m.text, "name", "PER")
    return best


# --- 3. assembly ----------------------------------------------------------------------------------------


def _resolve(doc: _Doc, cands: list[Candidate]) -> None:
    lex = doc.lex
    body = [(s.start, s.end) for s in doc.sentences]
    apps = appositives(doc.text, lex, doc.mentions)
    events: list[tuple[int, int, object]] = [(r.start, 0, r) for r in subjects(doc.text, doc.mentions, lex,
                                                                                doc.masks, body, apps)]
    events += [(c.speaker.start, 1, c) for c in cands if c.speaker is not None]
    events.sort(key=lambda e: (e[0], e[1]))
    history: list[tuple[int, Referent]] = []  # (where it was said or named, who)

    def recent(pos: int, fits) -> Referent | None:
        return next((r for at, r in reversed(history) if at < pos and fits(r)), None)

    for pos, _, obj in events:
        if isinstance(obj, Referent):
            history.append((pos, obj))
            continue
        c: Candidate = obj  # type: ignore[assignment]
        p = c.speaker
        assert p is not None
        ref: Referent | None
        if c.continues is not None:
            ref = c.continues.referent
        elif p.kind == "pronoun":
            ref = recent(p.start, lambda r, n=p.number: compatible(r, n))
        elif p.kind == "description":
            ref = resolve_description(p, apps, lex)
            if ref is None and p.title in lex.generic_leader_titles:  # "the leader": the person last spoken of
                ref = recent(p.start, lambda r: r.type in (None, "PER"))
            if ref is None:  # unresolved, it still stands for someone a later pronoun can mean
                history.append((pos, Referent(p.start, p.end, p.text, "PER")))
        else:
            ref = Referent(p.start, p.end, p.text, p.type)
        c.referent = ref
        if ref is not None:
            history.append((pos, ref))


def _continue_speakers(doc: _Doc, cands: list[Candidate]) -> None:
    """A direct quote with no speaker of its own, within two sentences after another quote or report, goes on
    with that speaker (a quote paragraph after `प्रधानमंत्री ने कहा कि …`)."""
    previous: Candidate | None = None
    for c in sorted(cands, key=lambda c: c.start):
        if c.kind == "direct" and c.speaker is None and previous is not None and previous.speaker is not None:
            if 0 <= c.sentence - previous.sentence <= 2:
                c.speaker, c.continues = previous.speaker, previous
                c.cue = c.cue or previous.cue
        if c.speaker is not None:
            previous = c


def _is_person(p: Phrase) -> bool:
    return p.kind in ("pronoun", "description") or (p.kind == "name" and p.type in (None, "PER"))


def _is_source_frame(lex: Lexicon, f: Frame) -> bool:
    frame = lex.frame(f.cue or "")
    return frame is not None and frame.needs is None


def find_quotes(text: str, analysis: Analysis) -> list[Quote]:
    """Direct, partial and indirect quotes of one article, with the words naming each speaker."""
    lex = lexicon(analysis.lang)
    if lex is None:
        return []
    if lex.word_order == "svo":
        from khabar.analyse.quotes.english import find_quotes_svo

        return find_quotes_svo(text, analysis, lex)
    doc = _Doc(text, analysis, lex)
    frames: list[Frame] = []
    for i, s in enumerate(doc.sentences):
        frames.extend(_verb_frames(doc, i, s))
        frames.extend(_genitive_frames(doc, i, s))
    _cut_clauses(doc, frames)
    cands = [c for q in doc.marked if (c := _quote(doc, q, frames)) is not None]
    directs = [c for c in cands if c.kind == "direct"]
    # Words quoted in the narration around a direct quote are the writer's (scare quotes), not a statement.
    cands = [
        c for c in cands
        if c.kind != "partial" or not any(d.sentence == c.sentence and not (d.start <= c.start < d.end)
                                          for d in directs)
    ]
    marked = list(cands)
    sources_are_speech = lex.raw.get("source_frames_as_indirect", "person")
    for f in frames:
        if f.clause_end - f.clause_start < 2 or doc.words(f.clause_start, f.clause_end) < 2:
            continue
        if any(c.start < f.clause_end and f.clause_start < c.end for c in marked):
            continue  # the clause carries quoted words: they are the record
        if f.kind == "genitive" and _is_source_frame(lex, f) and not (
            sources_are_speech is True or (sources_are_speech == "person" and _is_person(f.speaker))
        ):
            continue  # सूत्रों के अनुसार, <clause>: sourcing a fact, not reporting a statement
        if f.kind == "genitive" and any(g is not f and g.clause_start >= f.clause_start
                                        and g.clause_end <= f.clause_end and g.cue_start >= f.clause_start
                                        for g in frames):
            continue  # an outer "according to" whose clause is itself a reporting frame
        cands.append(Candidate("indirect", f.clause_start, f.clause_end, f.speaker, f.cue, f.sentence))
    _continue_speakers(doc, cands)
    # a short quote nobody says ('जोधा अकबर', 'हाथी होली') is a title or a name
    cands = [c for c in cands if c.speaker is not None or doc.words(c.start, c.end) >= 4]
    _resolve(doc, cands)
    return [_record(text, analysis, c) for c in sorted(cands, key=lambda c: (c.start, c.end))]


def _record(text: str, analysis: Analysis, c: Candidate) -> Quote:
    p, ref = c.speaker, c.referent
    q = Quote(kind=c.kind, start=c.start, end=c.end, text=text[c.start : c.end], cue=c.cue,
              article_id=analysis.article_id, id=f"{analysis.article_id}:{c.start}-{c.end}")
    if p is not None:
        q.speaker_text, q.speaker_start, q.speaker_end = p.text, p.start, p.end
        q.speaker_type = (ref.type if ref is not None else None) or p.type
        if ref is not None and (ref.start, ref.end) != (p.start, p.end):
            q.speaker_ref = (ref.start, ref.end)
    return q
