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

from collections.abc import Callable, Sequence
from itertools import pairwise

from khabar.analyse.quotes.doc import EDGE, MARKS, Candidate, Doc, Frame
from khabar.analyse.quotes.frames import cut_clauses, genitive_frames, is_person, is_source_frame, verb_frames
from khabar.analyse.quotes.lexicon import lexicon
from khabar.analyse.quotes.phrases import Masks, Phrase, phrase_before, phrase_ending_at
from khabar.analyse.quotes.quoted import quote_candidate
from khabar.analyse.quotes.resolve import (
    Referent,
    appositives,
    compatible,
    resolve_description,
    subject_gender,
    subjects,
    title_gender,
    verb_gender,
)
from khabar.model import Analysis, Quote
from khabar.text.keys import match_key
from khabar.text.tokens import words


def resolve_speakers(doc: Doc, cands: list[Candidate], reported: Sequence[tuple[int, int]] = ()) -> None:
    """Set each candidate's referent, in text order: a short name stands for the full name the article gave
    before (अग्रवाल → लव अग्रवाल), a pronoun takes the most recent compatible speaker or subject that agrees in
    gender (वह कहती हैं: the last woman), a description the person introduced with its title (``resolve.py``)."""
    lex = doc.lex
    body = [(s.start, s.end) for s in doc.sentences]
    apps = appositives(doc.text, lex, doc.mentions)
    # people inside quotes and reported clauses are talked about, not talking: not antecedents of a pronoun
    inside_speech = doc.masks.with_spans(reported)
    people = subjects(doc.text, doc.mentions, lex, inside_speech, body, apps)
    # a subject named first by a title (प्रधानमंत्री ने …, the name later) is spoken of where the title stands
    events: list[tuple[int, int, object]] = [(r.start if r.said_at is None else r.said_at, 0, r) for r in people]
    # a quote that continues another is resolved after it (a subheading quote shares its reporter's speaker)
    events += [(c.speaker.start, 1 if c.continues is None else 2, c) for c in cands if c.speaker is not None]
    events.sort(key=lambda e: (e[0], e[1]))
    history: list[tuple[int, Referent]] = []  # (where it was said or named, who)
    genders: dict[str, str] = {}  # the key of a person's words -> f / m, as the text showed it

    def learn(ref: Referent, gender: str | None) -> None:
        if gender is not None:
            genders.setdefault(match_key(ref.text), gender)

    def recent(pos: int, fits: Callable[[Referent], bool], gender: str | None = None) -> Referent | None:
        older = [r for at, r in reversed(history) if at < pos and fits(r)]
        if gender is not None:
            agreeing = next((r for r in older if genders.get(match_key(r.text)) == gender), None)
            if agreeing is not None:
                return agreeing
            older = [r for r in older if genders.get(match_key(r.text)) is None]
        return older[0] if older else None

    for pos, _, obj in events:
        if isinstance(obj, Referent):
            history.append((pos, obj))
            learn(obj, subject_gender(doc.text, obj, lex))
            continue
        c: Candidate = obj  # type: ignore[assignment]
        p = c.speaker
        assert p is not None
        ref: Referent | None
        gender = _speaker_gender(doc, p, c.cue)
        if c.continues is not None:
            ref = c.continues.referent
        elif p.kind == "pronoun":
            ref = recent(p.start, lambda r, n=p.number: compatible(r, n), gender) or \
                _named_nearby(doc, p, inside_speech,
                              lambda r, g=gender: g is None or genders.get(match_key(r.text)) in (None, g)) or \
                _body_nearby(doc, p, inside_speech)
        elif p.kind == "description":
            ref = resolve_description(p, apps, lex)
            if ref is None and p.title in lex.generic_leader_titles:  # "the leader": the person last spoken of
                ref = recent(p.start, lambda r: r.type in (None, "PER"), gender)
            if ref is None:  # unresolved, it still stands for someone a later pronoun can mean
                own = Referent(p.start, p.end, p.text, "PER")
                history.append((pos, own))
                learn(own, gender or title_gender(doc.text, p.end, lex))
        else:
            ref = (_full_name(doc, p) or _named_before(doc, p, history)
                   or Referent(p.start, p.end, p.text, p.type))
        if ref is not None and ref.type in (None, "PER") and (full := _full_name(doc, Phrase(
                ref.start, ref.end, ref.text, "name", ref.type))) is not None:
            ref = full  # वह → केजरीवाल → अरविंद केजरीवाल
        c.referent = ref
        if ref is not None and match_key(p.text) not in lex.raw_keys("indefinite_determiners"):
            # `किसी ने बताया`, `कोई लिख रहा है`: nobody in particular is no antecedent of a later pronoun
            history.append((pos, ref))
            learn(ref, gender or title_gender(doc.text, p.end, lex))


def _named_nearby(doc: Doc, p: Phrase, inside_speech: Masks, agrees: Callable[[Referent], bool],
                  ) -> Referent | None:
    """A pronoun with no subject or speaker to take (``नीति आयोग के सीईओ अमिताभ कांत के दावे से … । उन्होंने
    कहा``) means the last person named in its sentence or the two before, outside quotes and reported clauses."""
    at = doc.sentence_at(p.start)
    if at is None:
        return None
    lo = doc.sentences[max(0, at - 2)].start
    named = [Referent(m.start, m.end, m.text, "PER") for m in doc.mentions
             if m.type == "PER" and lo <= m.start and m.end <= p.start and not inside_speech.covers(m.start, m.end)]
    return next((r for r in reversed(named) if agrees(r)), None)


def _body_nearby(doc: Doc, p: Phrase, inside_speech: Masks) -> Referent | None:
    """A plural pronoun with no person to take means the organisation that last acted or informed in its sentence
    or the two before (``नासिक पुलिस ने … जानकारी दी। उन्होंने अपने ट्वीट में बताया कि …``, ``पुलिस के मुताबिक …
    । उन्होंने बताया``)."""
    at = doc.sentence_at(p.start)
    if at is None or p.number != "plural":
        return None
    lex = doc.lex
    lo = doc.sentences[max(0, at - 2)].start
    ends = [w.start for w in words(doc.text, lo, p.start) if match_key(w.text) in lex.agent_markers]
    ends += [m.start() for m in lex.genitive_frame.finditer(doc.text, lo, p.start)]  # पुलिस के मुताबिक
    found: Referent | None = None
    for end in sorted(ends):
        if inside_speech.covers(end, end + 1) or doc.masks.covers(end, end + 1):
            continue
        sentence = doc.sentence_at(end)
        start = doc.sentences[sentence].start if sentence is not None else lo
        agent = phrase_before(doc.text, end, start, lex, doc.mentions)
        if agent is not None and agent.kind == "org":
            found = Referent(agent.start, agent.end, agent.text, "ORG")
    return found


def _speaker_gender(doc: Doc, p: Phrase, cue: str | None) -> str | None:
    """The gender the cue shows for a speaker in the nominative (वह कहती हैं, मोदी बोले); a verb after ने agrees
    with its object instead (उन्होंने कहा था) and shows nothing."""
    if not cue or match_key(p.text) in doc.lex.agent_pronouns or match_key(p.text) in doc.lex.genitive_pronouns:
        return None
    nxt = next(iter(words(doc.text, p.end, min(len(doc.text), p.end + 20))), None)
    if nxt is not None and match_key(nxt.text) in doc.lex.agent_markers | doc.lex.case_markers:
        return None
    return verb_gender(cue.split(), doc.lex)


def _full_name(doc: Doc, p: Phrase) -> Referent | None:
    """The longer name this short one stands for, as the article gave it before (लव अग्रवाल → अग्रवाल). A name
    that ends with an organisation's word is no person's full name (चान → not चान जुकरबर्ग इनीशिएटिव). An
    untyped speaker phrase of many words (``पहली भारतीय महिला गगनदीप``) is tried by its last word."""
    if p.kind != "name" or p.type not in (None, "PER"):
        return None
    short = match_key(p.text).split()
    tries = [short] + ([short[-1:]] if p.type is None and len(short) >= _LONG_PHRASE_WORDS else [])
    for wanted in tries:
        for m in reversed(doc.mentions):
            if m.end > p.start or m.type != "PER":
                continue
            full = match_key(m.text).split()
            if full[-1] in doc.lex.org_speakers:
                continue
            if len(full) > len(wanted) and (full[-len(wanted):] == wanted or full[: len(wanted)] == wanted):
                return Referent(m.start, m.end, m.text, "PER")
    return None


_LONG_PHRASE_WORDS = 4


def _named_before(doc: Doc, p: Phrase, history: Sequence[tuple[int, Referent]]) -> Referent | None:
    """A bare common noun as speaker (``संगठन ने कहा``, ``मंत्रालय ने``, ``शोधकर्ता ने``) means the one the article
    named with that word before: a name ending with it (विश्व स्वास्थ्य संगठन) or one it stood in front of
    (वैश्विक संगठन सीएपीए, शोधकर्ता और वैज्ञानिक गगनदीप कांग)."""
    word = match_key(p.text)
    if " " in word or p.kind not in ("org", "name"):
        return None
    generic = doc.lex.org_speakers if p.kind == "org" else doc.lex.raw_keys("generic_person_nouns")
    if word not in generic or (p.kind == "name" and p.type is not None):
        return None  # a proper name (आईसीएमआर) is itself the speaker
    want = ("ORG", None) if p.kind == "org" else ("PER",)
    seen = [r for at, r in history if at < p.start and r.type in want]
    seen += [Referent(m.start, m.end, m.text, m.type) for m in doc.mentions
             if m.end <= p.start and m.type in want]
    synonyms = {match_key(k): match_key(v) for k, v in doc.lex.raw.get("org_word_synonyms", {}).items()}
    for r in sorted(seen, key=lambda r: r.start, reverse=True):
        key = match_key(r.text).split()
        if key == [word]:
            continue
        if synonyms.get(key[-1], key[-1]) == synonyms.get(word, word) \
                or word in [match_key(w.text) for w in _words_before(doc.text, r.start)]:
            return r
    at = doc.sentence_at(p.start)
    if word in doc.lex.raw_keys("last_named_org_nouns") and at is not None:
        # `डिजिटल पेमेंट ऐप पेटीएम के एक कर्मचारी … । कंपनी ने कहा`: the company named just before, whatever its name
        lo = doc.sentences[max(0, at - 2)].start
        near = [Referent(m.start, m.end, m.text, "ORG") for m in doc.mentions
                if m.type == "ORG" and lo <= m.start and m.end <= p.start and not doc.masks.covers(m.start, m.end)
                and match_key(m.text).split()[-1] not in doc.lex.org_speakers]  # not a ministry or a council
        near += [r for at_, r in history if lo <= at_ < p.start and r.type == "ORG"
                 and match_key(r.text).split()[-1] not in doc.lex.org_speakers]
        if near:
            return max(near, key=lambda r: r.start)
    return None


def _words_before(text: str, pos: int, n: int = 4) -> list:
    """Up to ``n`` words directly before ``pos``, not across punctuation."""
    out: list = []
    right = pos
    for w in reversed(list(words(text, max(0, pos - 60), pos))):
        if text[w.end : right].strip() or len(out) == n:
            break
        out.append(w)
        right = w.start
    return out


def document_antecedents(doc: Doc, cands: list[Candidate]) -> None:
    """``इसमें कहा गया कि`` (said in this): the document named in the two sentences before. When someone issued
    it in a frame of their own (``सरकारी अस्पताल ने एक बयान में बताया कि``) the passive goes on with them; else the
    document as written is the speaker (``बयान``); with no document named, nobody."""
    heads = doc.lex.raw_keys("document_heads")
    ordered = sorted(cands, key=lambda c: c.start)
    for c in ordered:
        p = c.speaker
        if p is None or p.kind != "document_pronoun":
            continue
        c.speaker = None
        said_in = next((o for o in reversed(ordered) if o.start < p.start and o.speaker is not None), None)
        if said_in is not None and said_in.speaker is not None and said_in.speaker.kind == "document" \
                and c.sentence - said_in.sentence <= 2:
            c.speaker, c.continues = said_in.speaker, said_in  # इसमें … । इसमें …: the same document still
            continue
        first = doc.sentences[max(0, c.sentence - 2)].start
        named = [w for w in words(doc.text, first, p.start)
                 if match_key(w.text) in heads and not doc.masks.covers(w.start, w.end)]
        if not named:
            continue
        w = named[-1]
        issuer = next((o for o in reversed(ordered) if o is not c and o.speaker is not None and o.start < p.start
                       and o.speaker.kind != "document_pronoun" and o.speaker.start <= w.start < o.start), None)
        if issuer is not None:
            c.speaker, c.continues = issuer.speaker, issuer
            continue
        phrase = phrase_ending_at(doc.text, w.end, first, doc.lex, doc.mentions)
        if phrase is None or phrase.end != w.end:
            phrase = Phrase(w.start, w.end, w.text, "document", None)
        c.speaker = Phrase(phrase.start, phrase.end, phrase.text, "document", None)


def continue_speakers(doc: Doc, cands: list[Candidate]) -> None:
    """A direct quote with no speaker of its own, within two sentences after another quote or report, goes on
    with that speaker (a quote paragraph after `प्रधानमंत्री ने कहा कि …`)."""
    previous: Candidate | None = None
    ordered = sorted(cands, key=lambda c: c.start)
    for c in ordered:
        if c.kind == "direct" and c.speaker is None and previous is not None and previous.speaker is not None:
            if 0 <= c.sentence - previous.sentence <= 2:
                c.speaker, c.continues = previous.speaker, previous
                c.cue = c.cue or previous.cue
        if c.speaker is not None:
            previous = c
    # A quote standing alone on its line as a subheading (`'बिहार में तेजी से ठीक हो रहे हैं मरीज'`) with nobody
    # before it is said by whoever reports it in the next sentence (`मंगल पांडेय ने कहा कि …`).
    for c, nxt in pairwise(ordered):
        if c.kind == "direct" and c.speaker is None and nxt.speaker is not None and nxt.continues is None \
                and nxt.sentence == c.sentence + 1 and _alone_on_line(doc, c):
            c.speaker, c.continues = nxt.speaker, nxt
            c.cue = nxt.cue


_UNSAID_REACH = 8  # sentences, within the paragraph


def continue_reports(doc: Doc, cands: list[Candidate], unsaid: list[Candidate]) -> list[Candidate]:
    """A report whose verb has no agent (``बस स्टाफ से कहा कि …``) goes on with the speaker of the last report or
    quote before it in its paragraph (a speaker's remarks run on, the agent left out); with nobody there it is
    dropped (no one is said to have said it)."""
    if not unsaid:
        return cands
    dropped: set[int] = set()
    for c in unsaid:
        before = [p for p in cands if p.speaker is not None and p.start < c.start and p not in unsaid
                  and 0 <= c.sentence - p.sentence <= _UNSAID_REACH and "\n" not in doc.text[p.end : c.start]]
        if before:
            previous = max(before, key=lambda p: p.start)
            c.speaker, c.continues = previous.speaker, previous
        else:
            dropped.add(id(c))
    return [c for c in cands if id(c) not in dropped]


def _alone_on_line(doc: Doc, c: Candidate) -> bool:
    text = doc.text
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : c.start].strip(" \t" + MARKS) and not text[c.end : line_end].strip(" \t।." + MARKS)


def find_quotes(text: str, analysis: Analysis) -> list[Quote]:
    """Direct, partial and indirect quotes of one article, with the words naming each speaker."""
    lex = lexicon(analysis.lang)
    if lex is None:
        return []
    if lex.word_order == "svo":
        from khabar.analyse.quotes.english import find_quotes_svo

        return find_quotes_svo(text, analysis, lex)
    doc = Doc(text, analysis, lex)
    frames: list[Frame] = []
    for i, s in enumerate(doc.sentences):
        frames.extend(verb_frames(doc, i, s))
        frames.extend(genitive_frames(doc, i, s))
    cut_clauses(doc, frames)
    cands = [c for q in doc.marked if (c := quote_candidate(doc, q, frames)) is not None]
    directs = [c for c in cands if c.kind == "direct"]
    # Words quoted in the narration around a direct quote are the writer's (scare quotes), not a statement.
    cands = [
        c for c in cands
        if c.kind != "partial" or not any(d.sentence == c.sentence and not (d.start <= c.start < d.end)
                                          for d in directs)
    ]
    marked = list(cands)
    unsaid: list[Candidate] = []
    sources_are_speech = lex.raw.get("source_frames_as_indirect", "person")
    for f in frames:
        if f.clause_end - f.clause_start < 2 or doc.words(f.clause_start, f.clause_end) < 2:
            continue
        inside = [c for c in marked if c.start < f.clause_end and f.clause_start < c.end]
        if inside and all(c.kind == "direct" for c in inside):
            # X कहते हैं कि <clause>, “…”: the clause ends where the direct quote begins
            end = min(c.start for c in inside)
            while end > f.clause_start and (text[end - 1] in MARKS or text[end - 1] in EDGE + "।."):
                end -= 1
            if doc.words(f.clause_start, end) < 3 or lex.cue_at_end.search(text, f.clause_start, end):
                continue  # nothing reported before the quote but its attribution (… किम ने “…”)
            f.clause_end = end
        elif inside:
            continue  # the clause carries quoted words: they are the record
        if f.kind == "genitive" and is_source_frame(lex, f) and not (
            sources_are_speech is True or (sources_are_speech == "person" and is_person(f.speaker, lex))
        ):
            continue  # सूत्रों के अनुसार, <clause>: sourcing a fact, not reporting a statement
        if f.kind == "genitive" and is_source_frame(lex, f) and any(
                g is not f and g.sentence == f.sentence and g.cue_start >= f.clause_end
                and not text[f.clause_end : g.cue_start].strip(EDGE + "।.") for g in frames):
            continue  # X के हवाले से … बताया कि <clause>: X is the source of the report that follows
        if f.kind == "genitive" and any(g is not f and g.clause_start >= f.clause_start
                                        and g.clause_end <= f.clause_end and g.cue_start >= f.clause_start
                                        for g in frames):
            continue  # an outer "according to" whose clause is itself a reporting frame
        cand = Candidate("indirect", f.clause_start, f.clause_end, f.speaker, f.cue, f.sentence)
        if f.kind == "unsaid":
            unsaid.append(cand)
        cands.append(cand)
    document_antecedents(doc, cands)
    continue_speakers(doc, cands)
    cands = continue_reports(doc, cands, unsaid)
    # a short quote nobody says ('जोधा अकबर', 'हाथी होली') is a title or a name
    cands = [c for c in cands if c.speaker is not None or doc.words(c.start, c.end) >= 4]
    resolve_speakers(doc, cands, [(c.start, c.end) for c in cands if c.kind == "indirect"])
    unique = {(c.start, c.end): c for c in sorted(cands, key=lambda c: (c.start, c.end, c.kind != "indirect"))}
    return [to_quote(text, analysis, c) for c in unique.values()]


def to_quote(text: str, analysis: Analysis, c: Candidate) -> Quote:
    p, ref = c.speaker, c.referent
    q = Quote(kind=c.kind, start=c.start, end=c.end, text=text[c.start : c.end], cue=c.cue,
              article_id=analysis.article_id, id=f"{analysis.article_id}:{c.start}-{c.end}")
    if p is not None:
        q.speaker_text, q.speaker_start, q.speaker_end = p.text, p.start, p.end
        q.speaker_type = (ref.type if ref is not None else None) or p.type
        if ref is not None and (ref.start, ref.end) != (p.start, p.end):
            q.speaker_ref = (ref.start, ref.end)
    return q
