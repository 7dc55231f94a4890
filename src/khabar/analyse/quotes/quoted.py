"""Quotation marks: speech or not, direct or partial, and who says the words."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import islice

import regex

from khabar.analyse.quotes.doc import EDGE, MARKS, TERMINAL, Candidate, Doc, Frame, skip, trim_end
from khabar.analyse.quotes.frames import passive_lead_speaker
from khabar.analyse.quotes.marks import Marked
from khabar.analyse.quotes.phrases import Phrase, classify, find_agent, phrase_before, phrase_ending_at
from khabar.text.keys import match_key
from khabar.text.tokens import words


def not_speech(doc: Doc, q: Marked, lead: str, tail: str) -> bool:
    lex = doc.lex
    if doc.inside_mention(q.start, q.end):
        return True  # ' फ़ेडरल ड्रग एडमिनिस्ट्रेशन ': a name in marks
    inner = [match_key(w.text) for w in words(doc.text, q.start, q.end)]
    if lex.nonspeech_followers is not None and lex.nonspeech_followers.match(tail):
        return True
    if lex.naming_passive is not None and lex.naming_passive.search(tail[:40]):
        return True
    if inner and len(inner) <= lex.name_heads_max_words and (
            inner[-1] in lex.name_heads or (len(inner) > 1 and inner[0] in lex.raw_nonspeech_keys("name_openers"))):
        return True  # “रणनीतिक साझेदारी संधि”, ‘ऑपरेशन सिंदूर’
    # “…” (पीएम- केयर्स) कोष: an abbreviation in parentheses may stand between the marks and the head
    head_tail = tail[tail.index(")") + 1 :] if tail.lstrip(" \t").startswith("(") and ")" in tail[:60] else tail
    following = next(iter(words(head_tail)), None)
    if following is not None and not head_tail[: following.start].strip(" \t") and \
            match_key(following.text) in lex.raw_nonspeech_keys("heads_after"):
        return True  # “आत्मनिर्भर भारत” अभियान: the marks set off a name
    # The last three words (read from the lead's end: a quote deep in a long sentence must not cost its length).
    near = list(words(lead[-300:]))
    if len(near) <= 3 and len(lead) > 300:  # fewer than four words there: the first may be cut, read it all
        near = list(words(lead))
    lead_words = [match_key(w.text) for w in near][-3:]
    if any(w in lex.nonspeech_leaders for w in lead_words):
        return True
    before = lead.rstrip(" \t" + MARKS)
    if lead_words and (not before or before[-1] not in ",:;-–—") and \
            lead_words[-1] in lex.raw_nonspeech_keys("title_nouns"):
        return True  # फिल्म ‘जवान’, अखबार “द हिंदू”: a title
    if lex.written_cue is not None:
        if lex.written_cue.search(lead[-25:]) or lex.written_cue.match(tail.lstrip(EDGE)):
            return True
    return False


def _speaker_after(doc: Doc, lo: int, hi: int) -> Phrase | None:
    """``“…,” पुतिन ने कहा`` / ``“…,” उत्तर कोरियाई नेता, …, ने कहा`` / ``“…”: पुतिन`` (a headline)."""
    text, lex = doc.text, doc.lex
    start = skip(text, lo, hi)
    ws = list(islice(words(text, start, hi), 15))
    if not ws:
        return None
    if lex.inverted_frame is not None and (inv := lex.inverted_frame.match(text[lo:hi])):
        return classify(text, lo + inv.start("np"), lo + inv.end("np"), lex, doc.mentions)
    if text[lo:start].strip().startswith((":", "-", "–", "—")) and len(list(words(text, start, hi))) <= 4:
        return classify(text, start, trim_end(text, start, hi), lex, doc.mentions)
    if match_key(ws[0].text) in lex.agent_pronouns and lex.cue.search(text, ws[0].end, hi):
        return Phrase(ws[0].start, ws[0].end, ws[0].text, "pronoun", None,
                      number=lex.agent_pronouns[match_key(ws[0].text)])
    for w in ws:
        if any(ch in MARKS for ch in text[start : w.start]):
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


def _nominative_at_end(doc: Doc, lo: int, hi: int) -> tuple[Phrase, str] | None:
    """``मोदी बोले- “…”``: a plain-subject cue ending the lead."""
    nom = doc.lex.nominative_cue
    if nom is None:
        return None
    found = [m for m in nom.finditer(doc.text, lo, hi) if not doc.text[m.end() : hi].strip(EDGE + MARKS)]
    if not found:
        return None
    p = phrase_ending_at(doc.text, found[-1].start(), lo, doc.lex, doc.mentions)
    return (p, found[-1].group()) if p is not None else None


def _speaker_next_sentence(doc: Doc, j: int) -> tuple[Phrase, str | None] | None:
    """``“हम जीतेंगे।” उन्होंने कहा।``: the quote closed its own sentence; the next, short one names the speaker."""
    if j + 1 >= len(doc.sentences):
        return None
    cur, nxt = doc.sentences[j], doc.sentences[j + 1]
    if "\n" in doc.text[cur.end : nxt.start] or doc.words(nxt.start, nxt.end) > 8:
        return None
    if any(ch in MARKS for ch in nxt.text):
        return None
    p = _speaker_after(doc, nxt.start, nxt.end)
    return (p, _last_cue(doc, p.end, nxt.end)) if p is not None else None


def enclosing(frames: Sequence[Frame], start: int, end: int) -> Frame | None:
    """The innermost frame whose reported clause holds the quote starting at ``start``."""
    inside = [f for f in frames if f.cue_start < start and f.clause_start <= start <= f.clause_end]
    return max(inside, key=lambda f: f.clause_start) if inside else None


def _last_cue(doc: Doc, lo: int, hi: int) -> str | None:
    found = list(doc.lex.cue.finditer(doc.text, lo, hi))
    return found[-1].group() if found else None


def _name_in_context(doc: Doc, q: Marked, s_lo: int, s_hi: int) -> bool:
    """Not speech by itself, or listed right after a quoted name (फिल्मों ‘सांवरिया’ और ‘दिल्ली 6’)."""
    key = (q, s_lo, s_hi)
    if key not in doc.context_of:  # a chain of quoted names asks about each earlier one: once each
        doc.context_of[key] = _name_in_context_uncached(doc, q, s_lo, s_hi)
    return doc.context_of[key]


def _name_in_context_uncached(doc: Doc, q: Marked, s_lo: int, s_hi: int) -> bool:
    text = doc.text
    tail_lo = min(q.outer_end, s_hi)
    if not_speech(doc, q, text[s_lo : q.outer_start], text[tail_lo:s_hi]):
        return True
    # The last quote that ends before this one within the sentence (quotes do not nest: searched from the end).
    lo, hi = bisect_left(doc.marked_starts, s_lo), bisect_right(doc.marked_starts, q.outer_start)
    before = next(([doc.marked[k]] for k in range(hi - 1, lo - 1, -1)
                   if doc.marked[k].outer_end <= q.outer_start), [])
    if before:
        between = text[before[-1].outer_end : q.outer_start]
        joined = [match_key(w.text) for w in words(between)]
        only_commas = not regex.sub(r"[\p{L}\p{M}\p{N}\s,]", "", between)
        if only_commas and len(joined) <= 1 and all(w in doc.lex.raw_keys("coordinators") for w in joined):
            return _name_in_context(doc, before[-1], s_lo, s_hi)
    return False


def quote_candidate(doc: Doc, q: Marked, frames: Sequence[Frame]) -> Candidate | None:
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
    if _name_in_context(doc, q, s_lo, s_hi):
        return None
    lead = lead_text.rstrip(" \t" + MARKS)  # `कहा , " "…`: a doubled opening mark
    # A cue at the lead's end is a few words: its last 200 characters (a search over the whole lead costs a
    # sentence of thousands of quotes its length for every quote).
    intro = lead == "" or lead.endswith(":") or bool(lex.cue_at_end.search(lead[-200:]))
    if q.close is None and not intro:
        return None  # a stray mark, not a quote whose closing mark was forgotten
    tail_cue = lex.tail_cue.match(tail_text)
    after = _speaker_after(doc, tail_lo, s_hi)
    tail = tail_text.strip()
    inner_closed = text[q.start : q.end].rstrip().endswith(TERMINAL)
    set_off = tail == "" or tail[0] in ",;:-–—" or bool(regex.fullmatch(r"[\p{P}\s]*", tail))
    # a speaker after the quote makes it a statement when punctuation sets the quote off (“…,” X ने कहा);
    # ‘बाहुबली’ नेता ने कहा is an epithet
    tail_free = set_off or inner_closed
    # `इस बीच, “…,” सेना प्रमुख ने कहा।`: a full quote set off before a speaker tail is direct after any lead
    frame = enclosing(frames, q.outer_start, q.outer_end)
    if frame is not None and not text[frame.clause_start : q.outer_start].strip(EDGE + MARKS):
        intro = True  # `कोच के शब्दों में, “…”`: a frame introduces the quote
    # A fragment is short and the sentence goes on around it (“…” की प्रशंसा की, “…” है); eight words after
    # `कहा था -` that the sentence does not take up again are a statement.
    first_after = next(iter(words(tail_text)), None)
    embedded = first_after is not None and not tail_text[: first_after.start].strip() and (
        match_key(first_after.text) in lex.case_markers or match_key(first_after.text) in lex.raw_keys("copulas"))
    long_quote = doc.words(q.start, q.end) >= 8 and not embedded
    direct = (bool(tail_cue) or (intro and (tail_free or long_quote)) or (after is not None and inner_closed)
              or (long_quote and inner_closed and set_off))  # sentences of their own, closing the sentence
    frame_lo = frame.clause_start if frame else s_lo
    speaker: Phrase | None = None
    cue: str | None = None
    if direct:
        agent = find_agent(text, max(s_lo, frame_lo), q.outer_start, lex, doc.mentions, doc.masks)
        if lead and agent is not None:
            speaker, cue = agent, _last_cue(doc, agent.end, q.outer_start)
        elif frame is not None:
            speaker, cue = frame.speaker, frame.cue
        elif lead and (passive := passive_lead_speaker(doc, s_lo, q.outer_start)) is not None:
            speaker, cue = passive
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
    if (s_lo, s_hi) not in doc.sentence_says:  # once per sentence, not once per quote in it
        doc.sentence_says[s_lo, s_hi] = bool(
            any(match_key(w.text) in lex.fragment_cues for w in words(text, s_lo, s_hi)
                if not doc.masks.covers(w.start, w.end)) or lex.cue.search(text, s_lo, s_hi))
    if not doc.sentence_says[s_lo, s_hi]:
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
        if speaker is not None and not text[tail_lo : speaker.start].strip():
            return None  # ‘बाहुबली’ विधायक ने …: the marks set off an epithet of the speaker, not words said
    if speaker is None:
        speaker = _subject_before(doc, s_lo, q.outer_start)
    if speaker is None:
        return None  # quoted words nobody in the sentence says: a title, a term, scare quotes
    return Candidate("partial", q.start, q.end, speaker, _last_cue(doc, tail_lo, s_hi), i)


def _subject_before(doc: Doc, lo: int, hi: int) -> Phrase | None:
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
