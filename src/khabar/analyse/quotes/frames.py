"""Reporting frames: ``X ने … <cue> कि <clause>``, ``X ने कहा, <clause>``, ``<clause>, उन्होंने कहा``,
``X का कहना है कि``, ``उनके अनुसार``, ``X के अनुसार``, ``X कहते हैं कि``. The words are ``lang/<code>/quotes.json``."""

from __future__ import annotations

import bisect
from functools import lru_cache

import ahocorasick
import regex

from khabar.analyse import gazetteer
from khabar.analyse.quotes.doc import EDGE, MARKS, TERMINAL, Doc, Frame, skip, trim_end
from khabar.analyse.quotes.lexicon import Lexicon
from khabar.analyse.quotes.phrases import Phrase, classify, find_agent, phrase_ending_at, subject_ending_at
from khabar.model import Span
from khabar.text.keys import match_key
from khabar.text.tokens import words


@lru_cache(maxsize=512)
def _cue_matches(cue: regex.Pattern, text: str, start: int, end: int,
                 first_words: tuple[str, ...] = ()) -> tuple[regex.Match, ...]:
    """The matches of ``cue`` (a cue, or a pattern that starts with one) in one sentence: several kinds of frame
    read them. ``first_words``: the words every match of ``cue`` begins with (``Lexicon.cue_first_words``); then
    the pattern is tried only where one of them begins, in text order from the end of the last match, which finds
    what ``cue.finditer`` finds (some two hundred cues tried at every position were most of the frames' time)."""
    if not first_words:
        return tuple(cue.finditer(text, start, end))
    starts = _word_starts(first_words, text)
    found = []
    reached = start
    for at in starts[bisect.bisect_left(starts, start):]:
        if at >= end:
            break
        if at < reached:
            continue
        m = cue.match(text, at, end)
        if m is not None:
            found.append(m)
            reached = m.end()
    return tuple(found)


@lru_cache(maxsize=8)
def _starts_automaton(first_words: tuple[str, ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in first_words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=16)
def _word_starts(first_words: tuple[str, ...], text: str) -> list[int]:
    """Every offset of ``text`` where one of ``first_words`` begins (overlapping occurrences too), in order."""
    return sorted({last - length + 1 for last, length in _starts_automaton(first_words).iter(text)})


def verb_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
    text, lex = doc.text, doc.lex
    out = []
    for m in _cue_matches(lex.cue_complement, text, s.start, s.end, lex.cue_first_words):  # starts as a cue
        if doc.masks.covers(m.start(), m.end()):
            continue
        end = _clause_end(doc, i, m.end())
        if is_passive(lex, m.group("cue")):
            # बताया जा रहा है कि / आदेश में कहा गया है कि: no agent before ने speaks a passive verb
            if match_key(m.group("cue").split()[0]) in lex.raw_keys("impersonal_nonspeech"):
                continue
            speaker = _passive_speaker(doc, s.start, m.start())
            if speaker is None:  # `रिपोर्ट ने आशंका जताई गई है कि`: writers mix in an agent right before the cue
                agent = find_agent(text, s.start, m.start(), lex, doc.mentions, doc.masks)
                if agent is not None and doc.words(agent.end, m.start()) <= 3 and agent.kind != "pronoun":
                    speaker = agent
            out.append(Frame("passive", speaker, m.group("cue"), m.start(), m.end(), end, i))
            continue
        agent = _agent_or_subject(doc, s.start, m.start(), m.end())
        if agent is None and _agent_left_out(doc, s.start, m.start(), m.group("cue")):
            # `बस स्टाफ से कहा कि …` after `मिश्रा ने कहा कि …`: the speaker goes on (finder.continue_reports)
            out.append(Frame("unsaid", None, m.group("cue"), m.start(), m.end(), end, i))
            continue
        if agent is None or not _plausible(doc, agent, m.group("cue")) or _nobody_said(doc, agent, m.start()):
            continue
        relatives = lex.raw.get("relative_agent_pronouns", {})
        if any(w.text in relatives for w in words(text, agent.start, m.start())):
            end = _relative_clause_end(doc, m.end(), end)
        out.append(Frame("verb", agent, m.group("cue"), m.start(), m.end(), end, i))
    # X ने कहा, <clause> / X ने कहा: <clause> (speech without कि and without marks)
    for m in _cue_matches(lex.cue, text, s.start, s.end, lex.cue_first_words):
        after = skip(text, m.end(), s.end, " \t")
        if after >= s.end or text[after] not in ",:-–—" or doc.masks.covers(m.start(), m.end()):
            continue
        end = _clause_end(doc, i, after + 1)
        clause = skip(text, after + 1, end, EDGE)
        if clause >= end or text[clause] in MARKS or doc.words(clause, end) < 3:
            continue
        first = next(iter(words(text, clause, end)), None)
        if first is None or match_key(first.text) in lex.complementizers | lex.clause_openers:
            continue
        if not lex.is_core(m.group()) or is_passive(lex, m.group()):
            continue
        agent = _agent_or_subject(doc, s.start, m.start(), m.end())
        if agent is not None and _plausible(doc, agent, m.group()):
            out.append(Frame("comma", agent, m.group(), m.start(), clause, end, i))
        elif agent is None and text[after] in "-–—:" and _after_comma(text, s.start, m.start()):
            # headline: `योगी सरकार सख्त, कहा- बिना जांच …`: the speaker is the first clause's subject, or
            # unknown (the body names it)
            out.append(Frame("comma", _headline_subject(doc, s.start, m.start()), m.group(), m.start(), clause,
                             end, i))
    out.extend(_bare_frames(doc, i, s))
    # <clause>, उन्होंने कहा। / <clause>, मंत्री ने कहा। (unmarked speech with the speaker after it)
    for m in _cue_matches(lex.cue, text, s.start, s.end, lex.cue_first_words):
        if text[m.end() : s.end].strip(EDGE + "।.!?" + MARKS) or doc.masks.covers(m.start(), m.end()):
            continue
        comma = max(text.rfind(",", s.start, m.start()), text.rfind(":", s.start, m.start()))
        if comma == -1 or any(ch in MARKS for ch in text[s.start : comma]):
            continue
        agent = find_agent(text, comma + 1, m.start(), lex, doc.mentions, doc.masks)
        if agent is None or text[comma + 1 : agent.start].strip() or doc.words(agent.end, m.start()) > 3:
            continue
        if doc.words(s.start, comma) >= 3 and _plausible(doc, agent, m.group()):
            out.append(Frame("tail", agent, m.group(), m.start(), s.start, comma, i))
    out.extend(_inverted_frames(doc, i, s))
    out.extend(_signed_frames(doc, i, s))
    out.extend(_colon_headline_frames(doc, i, s))
    out.extend(_headline_nominative_frames(doc, i, s))
    return out


_SIGNATURE = regex.compile(r"(?:(?<=[\s।.])(?P<mark>[-–—:]+)\s*|(?P<mark>[-–—:]+)\s+)"
                           r"(?P<sig>[^-–—।.!?\n\"“”'‘’]{2,90}?)\s*[।.]?\s*$")
_SIGNATURE_MAX_WORDS = 10
_FINITE_END = regex.compile(r"(?:(?:^|\s)(?:है|हैं|था|थी|थे)|गा|गी|गे)$")  # a statement ends in a finite verb
_SIGNED_CLAUSE_MIN_WORDS = 4


def _signed_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
    """A statement signed at the end of its line: ``… मदद की जाएगी- प्रहलाद पटेल, केंद्रीय पर्यटन राज्यमंत्री ।``,
    ``… बिक्री बढ़ सकती है ।  - जय अग्रवाल, मिष्ठान विक्रेता`` (the voices boxes of Hindi papers). The words from the
    line start to the dash are the signer's; the signer is a person, an organisation, a title or a group
    (``- बीसीसीआई सूत्र``), with a role after a comma, never a place or a list (``क्या बंद है- सिनेमा हॉल, स्कूल``)."""
    text, lex = doc.text, doc.lex
    if text[s.end :].lstrip(" \t\u00a0")[:1] not in ("\n", ""):
        return []  # not the last sentence of its line
    line_start = text.rfind("\n", 0, s.start) + 1
    m = _SIGNATURE.search(text, s.start, s.end)
    if m is None or m.group("sig").count(",") > 2 or doc.words(m.start("sig"), m.end("sig")) > _SIGNATURE_MAX_WORDS \
            or any(ch.isdigit() for ch in m.group("sig")):
        return []  # `एकांतवास- 2`, `- कुमार स्टोर 9837034784`: a count or a directory entry, not a signer
    name_end = text.find(",", m.start("sig"), m.end("sig"))
    has_role = name_end != -1
    name_end = trim_end(text, m.start("sig"), name_end if has_role else m.end("sig"))
    clause_start = skip(text, line_start, m.start())
    clause_end = trim_end(text, clause_start, m.start())
    if doc.words(m.start("sig"), name_end) > 4 or doc.words(clause_start, clause_end) < _SIGNED_CLAUSE_MIN_WORDS:
        return []
    if doc.masks.covers(clause_start, m.end()) or any(
            clause_start <= q.start < clause_end and doc.words(q.start, q.end) >= _SIGNED_CLAUSE_MIN_WORDS
            for q in doc.marked):
        return []  # a quote in the line is read as a quote; a quoted name (`'राम पथ' योजना`) is not one
    if next(iter(_cue_matches(lex.cue, text, clause_start, clause_end, lex.cue_first_words)), None) is not None:
        return []  # the line reports its own speech (`X ने कहा कि …`)
    colon = m.group("mark").startswith(":")
    if colon and not _FINITE_END.search(text, clause_start, clause_end):
        return []  # `बैंक और शाखा का नाम: …`, `दिल्ली में कोरोना वायरस: …`: after a colon, only a statement is signed
    p = classify(text, m.start("sig"), name_end, lex, doc.mentions)
    if p is None or p.kind == "pronoun" or p.type == "LOC" or gazetteer.lookup_place(p.text) \
            or match_key(p.text.split()[-1]) in lex.raw_keys("document_heads"):
        return []  # `… - ये खास रिपोर्ट`: a document is a caption, not a signer
    if not (p.type in ("PER", "ORG", "MEDIA") or p.kind in ("description", "group") or (has_role and not colon)):
        return []
    return [Frame("tail", p, None, m.start(), clause_start, clause_end, i)]


def _headline_nominative_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
    """A subheading ``पार्षद बोले गलत टेंडर नहीं लगने देंगे``: a line of its own, without a sentence end, whose
    plain-subject cue (``बोले``) has its subject before it and the claim right after it, with no punctuation."""
    text, lex = doc.text, doc.lex
    nom = lex.nominative_cue
    line = text[s.start : s.end].rstrip()
    if nom is None or (s.start > 0 and text[s.start - 1] != "\n") or line.endswith(TERMINAL) \
            or text[s.start + len(line) :].lstrip(" \t\u00a0")[:1] not in ("\n", ""):
        return []
    for m in nom.finditer(text, s.start, s.start + len(line)):
        after = skip(text, m.end(), s.end, " \t")
        if after >= s.end or not _LETTER_OR_DIGIT.match(text[after]) or doc.words(after, s.end) < 3:
            continue  # `मोदी बोले- …` and `मोदी बोले, “…”` are read as comma frames
        if doc.masks.covers(m.start(), m.end()) or doc.words(s.start, m.start()) > 4:
            continue
        speaker = subject_ending_at(text, m.start(), s.start, lex, doc.mentions)
        if speaker is None or speaker.kind == "pronoun" or speaker.start != skip(text, s.start, m.start(), " \t"):
            continue
        return [Frame("comma", speaker, m.group(), m.start(), after, s.start + len(line), i)]
    return []


def _nobody_said(doc: Doc, agent: Phrase, cue_start: int) -> bool:
    """``मुझे किसी ने नहीं बताया कि …``: an indefinite agent with a negated cue reports that nothing was said."""
    if match_key(agent.text) not in doc.lex.raw_keys("indefinite_determiners"):
        return False
    return any(match_key(w.text) in doc.lex.raw_keys("negations") for w in words(doc.text, agent.end, cue_start))


def _after_comma(text: str, lo: int, cue_start: int) -> bool:
    comma = text.rfind(",", lo, cue_start)
    return comma >= 0 and not text[comma + 1 : cue_start].strip()


def _headline_subject(doc: Doc, lo: int, cue_start: int) -> Phrase | None:
    """The first person or organisation named in a headline's first clause and not governed by a case marker
    (``भारत की तारीफ``: India is praised, not speaking); a following organisation word joins it (योगी सरकार)."""
    text, lex = doc.text, doc.lex
    comma = text.rfind(",", lo, cue_start)
    for m in doc.mentions:
        if m.start < lo or m.end > comma or m.type not in ("PER", "ORG"):
            continue
        following = [w for w in words(text, m.end, comma)][:1]
        if following and match_key(following[0].text) in lex.case_markers:
            continue
        end = m.end
        if following and match_key(following[0].text) in lex.org_speakers:
            end = following[0].end
        return classify(text, m.start, end, lex, doc.mentions)
    return None


_HEADLINE_SPEAKER_WORDS = 5


def _colon_headline_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
    """Headline speech around a colon: ``<claim>: सीएपीए`` and ``केजरीवाल: <claim>``. Only on a line of its own
    without a sentence end (a headline), and only when the side that names the speaker is a person, an
    organisation or a title (``दिल्ली: कोरोना के 76 नए मामले`` names a place)."""
    text, lex = doc.text, doc.lex
    line = text[s.start : s.end].rstrip()
    # a colon between digits is a clock time (`सुबह 10:00 से शाम 04:00 बजे तक`), not a separator
    colons = [c for c in range(s.start, s.end) if text[c] == ":"
              and not (c > s.start and text[c - 1].isdigit() and c + 1 < s.end and text[c + 1].isdigit())]
    if (s.start > 0 and text[s.start - 1] != "\n") or line.endswith(("।", ".", "?", "!")) or not colons:
        return []
    if s.end < len(text) and text[s.end] not in "\n" and text[s.end:].lstrip(" \t\u00a0")[:1] not in ("\n", ""):
        return []
    if _in_field_list(text, s.start, s.end):
        return []

    def speaker(lo: int, hi: int, *, unknown: bool) -> Phrase | None:
        cue = lex.cue.search(text, lo, hi)
        named = cue.start() if cue is not None else hi  # the words before a cue ending the line name the speaker
        if doc.words(lo, named) > _HEADLINE_SPEAKER_WORDS or any(ch in ",-–—|/?!" + MARKS for ch in text[lo:hi]):
            return None
        if cue is not None:
            if unknown and not text[cue.end() : hi].strip():
                # `…: कोरोना पर RBI ने कहा`: the claim's speaker is the agent of the cue that ends the line
                agent = find_agent(text, lo, cue.start(), lex, doc.mentions, doc.masks)
                return agent if agent is not None and agent.kind != "pronoun" else None
            return None  # `रैली में बोले राहुल गांधी: …`: an inverted frame, read there
        p = classify(text, lo, hi, lex, doc.mentions)
        if p is None or p.kind == "pronoun" or p.type == "LOC" or gazetteer.lookup_place(p.text):
            return None
        if p.kind == "group":  # `…: विशेषज्ञ` after the claim names its sources; before it a group is the topic
            return p if unknown else None
        if match_key(p.text.split()[-1]) in lex.raw_nonspeech_keys("heads_after"):
            return None  # `वंदे भारत मिशन : …`, `स्वच्छ भारत अभियान: …`: a programme is the topic, not a speaker
        if p.type in ("PER", "ORG", "MEDIA") or p.kind == "description":
            return p
        # after the claim, a short unknown name is its source (`…: सीएपीए`); before it, it may be a topic
        return p if unknown and p.type is None and doc.words(lo, hi) <= 3 else None

    out: list[Frame] = []
    last, first = colons[-1], colons[0]
    noun_cued = _noun_cue_speaker(doc, s.start, first)  # `विपक्ष का दावा: …` names the speaker before the claim
    tail = speaker(last + 1, s.end, unknown=True) if noun_cued is None else None
    if tail is not None and doc.words(s.start, last) >= 3 and not doc.masks.covers(s.start, last):
        out.append(Frame("tail", tail, None, last, s.start, last, i))
        return out
    head = noun_cued or speaker(s.start, first, unknown=False)
    clause = skip(text, first + 1, s.end, " \t")
    if head is not None and doc.words(clause, s.end) >= 3 and not doc.masks.covers(clause, clause + 1):
        out.append(Frame("comma", head, None, first, clause, s.end, i))
    return out


def _noun_cue_speaker(doc: Doc, lo: int, colon: int) -> Phrase | None:
    """``… उद्धव ठाकरे की अपील: …``, ``मोदी का दावा: …``: a headline's speech noun (``headline_noun_cues``) after
    a genitive names the speaker before it."""
    ws = list(words(doc.text, lo, colon))
    if len(ws) < 3 or doc.text[ws[-1].end : colon].strip() or match_key(ws[-2].text) not in _GENITIVE_WORDS \
            or match_key(ws[-1].text) not in doc.lex.raw_keys("headline_noun_cues"):
        return None
    p = phrase_ending_at(doc.text, ws[-2].start, lo, doc.lex, doc.mentions)
    if p is None or p.kind == "pronoun" or p.type == "LOC" or gazetteer.lookup_place(p.text):
        return None
    return p


_GENITIVE_WORDS = frozenset({"का", "की", "के"})
_FIELD = regex.compile(r"^[^:\n]{1,40}(?<!\d):(?!\d)\s*\S[^\n]{0,40}$")  # a short label, a short value


def _in_field_list(text: str, start: int, end: int) -> bool:
    """A line of a list of fields (``खाते का नाम: PM CARES`` above ``खाता संख्या: …``): the line next to it, either
    way, is a label and a colon too; a headline stands alone."""
    before = text[:start].rstrip().rsplit("\n", 1)[-1]
    after = text[end:].lstrip().split("\n", 1)[0]
    if not _FIELD.match(text[start:end].strip()):
        return False
    return bool(_FIELD.match(before.strip()) or _FIELD.match(after.strip()))


_COMMA = regex.compile(",")
_UNSAID_LEAD_WORDS = 5


def _agent_left_out(doc: Doc, lo: int, cue_start: int, cue: str) -> bool:
    """``बस स्टाफ से कहा कि …``: a core verb of saying with no agent, only a listener (or nothing) before it,
    as reporters write when the speaker of the sentences before goes on."""
    if not doc.lex.is_core(cue):
        return False
    lead = list(words(doc.text, lo, cue_start))
    if not lead:
        return True
    return len(lead) <= _UNSAID_LEAD_WORDS and match_key(lead[-1].text) in doc.lex.raw_keys("listener_markers") \
        and not any(ch in doc.text[lo:cue_start] for ch in MARKS + ",")


def _relative_clause_end(doc: Doc, pos: int, end: int) -> int:
    """``मंत्री, जिन्होंने बताया कि <clause>, भी मौजूद थे``: a report inside a relative clause ends at the comma
    after which the main clause goes on (with a particle or a postposition)."""
    resumes = doc.lex.case_markers | doc.lex.raw_keys("cue_particles") | doc.lex.agent_markers
    for comma in _COMMA.finditer(doc.text, pos, end):
        first = next(iter(words(doc.text, comma.end(), end)), None)
        if first is not None and match_key(first.text) in resumes:
            return comma.start()
    return end


def is_passive(lex: Lexicon, cue: str) -> bool:
    """``कहा गया``, ``बताया जा रहा है``: a cue with a passive auxiliary."""
    return any(match_key(w) in lex.raw_keys("passive_auxiliaries") for w in cue.split()[1:])


_BROKEN_CLAUSE_WORDS = 3


def _clause_end(doc: Doc, i: int, pos: int) -> int:
    """Where a clause that starts at ``pos`` in sentence ``i`` ends: the sentence end, or, when the cue ends its
    line (``जिलाधिकारी ने बताया कि`` + line break), the end of the next line's sentence."""
    s = doc.sentences[i]
    said = doc.words(pos, s.end)
    if i + 1 < len(doc.sentences) and 0 < said < _BROKEN_CLAUSE_WORDS:
        # `वसीम ने बताया कि कोरोना` + line break + `के डर के कारण …।`: a line broken inside the clause
        nxt = doc.sentences[i + 1]
        line = doc.text[s.start : s.end].rstrip()
        first = next(iter(words(doc.text, nxt.start, nxt.end)), None)
        if doc.text[s.end : nxt.start].strip(" \t\u00a0") == "\n" and not line.endswith(TERMINAL) \
                and first is not None and match_key(first.text) in doc.lex.case_markers \
                and doc.text[nxt.start : nxt.end].rstrip().endswith(("।", ".")):
            return nxt.end  # the next line goes on with a postposition: the same clause
    if said or i + 1 >= len(doc.sentences):
        return s.end
    nxt = doc.sentences[i + 1]
    gap = doc.text[s.end : nxt.start]
    if "\n" in doc.text[pos : nxt.start] and gap.count("\n") <= 2 and not gap.strip():
        return nxt.end
    return s.end


def _passive_speaker(doc: Doc, lo: int, cue_start: int) -> Phrase | None:
    """Who says a passive cue: the document it is said in (``ऑर्डर में कहा गया``), the agent before ``द्वारा`` /
    ``की ओर से``, or nobody (``बताया जा रहा है कि``)."""
    text, lex = doc.text, doc.lex
    before = [w for w in words(text, lo, cue_start)][-8:]
    particles = lex.raw_keys("cue_particles")
    right = cue_start  # where the cue begins, particles before it included (अध्ययन में यह भी बताया गया है)
    while before and match_key(before[-1].text) in particles:
        right = before.pop().start
    if before and match_key(before[-1].text) == "में" and not text[before[-1].end : right].strip(" \t,"):
        p = phrase_ending_at(text, before[-1].start, lo, lex, doc.mentions)
        if p is not None and match_key(text[p.start : p.end].split()[-1]) in lex.raw_keys("document_heads"):
            return Phrase(p.start, p.end, p.text, "document", None)
    if before and match_key(before[-1].text) in lex.raw_keys("document_pronouns") \
            and not text[before[-1].end : right].strip(" \t,"):
        # इसमें कहा गया कि: the document named before (finder.document_antecedents)
        return Phrase(before[-1].start, before[-1].end, before[-1].text, "document_pronoun", None)
    if before and match_key(before[-1].text) in lex.raw_keys("relative_locatives"):
        heads = lex.raw_keys("document_heads")
        named = [w for w in words(text, lo, before[-1].start) if match_key(w.text) in heads]
        if named:  # उस याचिका पर …, जिसमें कहा गया है कि
            return Phrase(named[-1].start, named[-1].end, named[-1].text, "document", None)
        return None
    if before:
        markers = lex.raw.get("passive_agent_markers", [])
        span = text[before[0].start : cue_start]
        for mk in sorted(markers, key=len, reverse=True):
            at = span.rfind(mk)
            if at != -1:
                return phrase_ending_at(text, before[0].start + at, lo, lex, doc.mentions)
    return None


def passive_lead_speaker(doc: Doc, lo: int, hi: int) -> tuple[Phrase, str] | None:
    """``अधिसूचना में कहा गया है, “…”``: a passive cue ending a direct quote's lead speaks for the document it is
    said in (or the agent before द्वारा); (speaker, cue), or None when the lead ends otherwise or names nobody."""
    lead = doc.text[lo:hi].rstrip(" \t" + MARKS + ",:;-–—")
    for m in _cue_matches(doc.lex.cue, doc.text, max(lo, hi - 200), lo + len(lead), doc.lex.cue_first_words):
        if m.end() == lo + len(lead) and is_passive(doc.lex, m.group()):
            speaker = _passive_speaker(doc, lo, m.start())
            return (speaker, m.group()) if speaker is not None else None
    return None


_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _bare_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
    """``सुबहानी ने कहा है नये क्षेत्रों में …``: a core cue taking its clause with no कि and no marks."""
    text, lex = doc.text, doc.lex
    out: list[Frame] = []
    cues = lex.raw_keys("bare_clause_cues")
    stops = (lex.complementizers | lex.clause_openers | lex.case_markers | lex.raw_keys("cue_particles")
             | lex.raw_keys("cue_auxiliaries") | lex.raw_keys("passive_auxiliaries") | lex.relative_pronouns)
    for m in _cue_matches(lex.cue, text, s.start, s.end, lex.cue_first_words):
        if match_key(m.group().split()[0]) not in cues or is_passive(lex, m.group()):
            continue
        if doc.masks.covers(m.start(), m.end()) or lex.cue_complement.match(text, m.start()):
            continue
        after = skip(text, m.end(), s.end, " \t")
        if after >= s.end or not _LETTER_OR_DIGIT.match(text[after]):
            continue
        first = next(iter(words(text, after, s.end)), None)
        if first is None or match_key(first.text) in stops or doc.words(after, s.end) < 4:
            continue
        agent = find_agent(text, s.start, m.start(), lex, doc.mentions, doc.masks)
        if agent is None or not lex.is_core(m.group()):
            continue
        between = [match_key(w.text) for w in words(text, agent.end, m.start())]
        if any(w in lex.relative_pronouns or w in lex.complementizers for w in between) or len(between) > 6:
            continue  # उन्होंने जो कहा वह …: the cue is inside a relative clause
        out.append(Frame("bare", agent, m.group(), m.start(), after, s.end, i))
    return out


def _inverted_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
    """Headline order, the speaker after the verb: ``किम से बोले पुतिन- जल्द मिलेंगे``, ``बोले मोदी: “…”``."""
    text, lex = doc.text, doc.lex
    out: list[Frame] = []
    if lex.nominative_cue is None:
        return out
    for m in lex.nominative_cue.finditer(text, s.start, s.end):
        names = []
        for w in words(text, m.end(), s.end):
            if text[(names[-1].end if names else m.end()) : w.start].strip() or len(names) == 4:
                break
            if match_key(w.text) in lex.np_stops:
                names = []
                break
            names.append(w)
        if not names or doc.masks.covers(m.start(), names[-1].end):
            continue
        punct = skip(text, names[-1].end, s.end, " \t")
        if punct >= s.end or text[punct] not in ",:-–—":
            continue
        speaker = classify(text, names[0].start, names[-1].end, lex, doc.mentions)
        clause = skip(text, punct + 1, s.end, " \t")
        if speaker is None or speaker.kind in ("pronoun", "group") or clause >= s.end:
            continue
        if text[clause] in MARKS or doc.words(clause, s.end) >= 2:
            out.append(Frame("comma", speaker, m.group(), m.start(), clause, s.end, i))
    return out


def _agent_or_subject(doc: Doc, lo: int, cue_start: int, cue_end: int) -> Phrase | None:
    """The agent before a cue (X ने … कहा), or for a cue that takes a plain subject (मोदी बोले) that subject."""
    agent = find_agent(doc.text, lo, cue_start, doc.lex, doc.mentions, doc.masks)
    if agent is not None:
        return agent
    nom = doc.lex.nominative_cue
    if nom is not None and nom.match(doc.text, cue_start, cue_end):
        return subject_ending_at(doc.text, cue_start, lo, doc.lex, doc.mentions)
    return None


def _plausible(doc: Doc, agent: Phrase, cue: str) -> bool:
    """An agent NER left untagged, or an event (``इस मुलाकात ने``), speaks only with a core verb of saying."""
    inanimate = match_key(agent.text.split()[-1]) in doc.lex.raw_keys("inanimate_heads")
    if inanimate and match_key(cue.split()[0]) not in doc.lex.raw_keys("bare_clause_cues"):
        return False  # इस बयान ने यह स्पष्ट कर दिया कि …: an event or a statement makes clear, it does not say
    if agent.kind != "name" or agent.type is not None:
        return True
    if not doc.mentions and not inanimate:
        return True
    return doc.lex.is_core(cue)


def _is_source(p: Phrase, doc: Doc) -> bool:
    """Whether the phrase before के अनुसार names who said something (सूत्रों, पुलिस), not a plan or a rule."""
    if p.kind != "name":
        return True
    last = match_key(p.text.split()[-1])
    if last in doc.lex.nonsource_heads:
        return False
    return p.type is not None or not doc.mentions


def _relayed_source_end(doc: Doc, lo: int, frame_start: int) -> int:
    """Where the source of ``X से मिली जानकारी के मुताबिक`` ends: before ``से मिली जानकारी`` (the officials said
    it, not the information); else the frame's own start."""
    before = doc.text[lo:frame_start].rstrip()
    key = match_key(before)
    for tail in sorted(doc.lex.raw_keys("relayed_source_tails"), key=len, reverse=True):
        if key.endswith(" " + tail):
            n = len(tail.split())
            ws = list(words(doc.text, lo, lo + len(before)))
            if len(ws) > n:
                return ws[-n].start
    return frame_start


def genitive_frames(doc: Doc, i: int, s: Span) -> list[Frame]:
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
            before = list(words(text, s.start, m.start("pron")))[-1:]
            if not frame.needs and before and match_key(before[0].text) in lex.raw_keys("coordinators") \
                    and not text[before[0].end : m.start("pron")].strip():
                continue  # `… सीख रहे हैं और उसके अनुसार रणनीति बदल रहे हैं`: accordingly, not a source
            speaker: Phrase | None = Phrase(m.start("pron"), m.end("pron"), pron, "pronoun", None,
                                            number=lex.genitive_pronouns.get(k))
        else:
            speaker = phrase_ending_at(text, _relayed_source_end(doc, s.start, m.start()), s.start, lex,
                                       doc.mentions) or _collective_at(doc, s.start, m.start())
        if speaker is None:
            continue
        after = skip(text, m.end(), s.end)
        if frame.needs:
            first = next(iter(words(text, after, s.end)), None)
            if after < s.end and text[after] in MARKS:  # का कहना था, “…”: a direct quote follows
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
            before = list(words(text, s.start, speaker.start))
            if len(before) < 3 or match_key(before[-1].text) in lex.agent_markers:
                continue  # `एजेंसी ने इसकी जानकारी एक अधिकारी के हवाले से दी`: an agent, not a clause, before it
            out.append(Frame("genitive", speaker, m.group("frame"), m.start(), s.start, speaker.start, i))
    if lex.habitual_frame is not None:
        for m in lex.habitual_frame.finditer(text, s.start, s.end):
            after = skip(text, m.end(), s.end)
            first = next(iter(words(text, after, s.end)), None)
            if first is None or match_key(first.text) not in lex.complementizers:
                continue
            speaker = subject_ending_at(text, m.start(), s.start, lex, doc.mentions) or \
                _coordinated_subject(doc, s.start, m.start())
            if speaker is not None and not doc.masks.covers(m.start(), m.end()):
                out.append(Frame("habitual", speaker, m.group(), m.start(), first.end, s.end, i))
    return out


def _collective_at(doc: Doc, lo: int, hi: int) -> Phrase | None:
    """``सभी का कहना है कि``: a collective word alone as the speaker, kept as written (a group)."""
    last = list(words(doc.text, lo, hi))[-1:]
    if not last or doc.text[last[0].end : hi].strip() or \
            match_key(last[0].text) not in doc.lex.raw_keys("collective_agents"):
        return None
    return Phrase(last[0].start, last[0].end, last[0].text, "group", "GROUP")


_TITLE_WORDS = 2


def _coordinated_subject(doc: Doc, lo: int, cue_start: int) -> Phrase | None:
    """``आरके अपना परिचय नहीं देना चाहते, लेकिन कहते हैं कि …``: a habitual cue right after a conjunction says
    what the sentence's subject, a person named first in it, says."""
    before = list(words(doc.text, lo, cue_start))
    joins = doc.lex.raw_keys("contrast_conjunctions") | doc.lex.raw_keys("coordinators")
    if not before or match_key(before[-1].text) not in joins:
        return None
    first = next((m for m in doc.mentions if lo <= m.start < cue_start and m.type == "PER"), None)
    if first is None or doc.words(lo, first.start) > _TITLE_WORDS:  # `इंजीनियर राकेश कुमार …`: a title may lead
        return None
    return classify(doc.text, first.start, first.end, doc.lex, doc.mentions)


def cut_clauses(doc: Doc, frames: list[Frame]) -> None:
    """End each clause at the next frame in its sentence, at a contrast (जबकि), and before final punctuation."""
    text, lex = doc.text, doc.lex
    frames.sort(key=lambda f: f.cue_start)
    for f in frames:
        end = f.clause_end
        for g in frames:
            if g is f or g.sentence != f.sentence or not (f.clause_start < g.cue_start < end):
                continue
            if g.speaker is not None and f.clause_start <= g.speaker.start:
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
        f.clause_start = skip(text, f.clause_start, end)
        f.clause_end = trim_end(text, f.clause_start, end)



def is_person(p: Phrase | None, lex: Lexicon | None = None) -> bool:
    """A person speaks: a name, a pronoun, a title, or (given ``lex``) people named by what they are
    (``परिजनों``, ``जिला प्रशासन के अधिकारियों``: ``person_source_groups``)."""
    if p is None:
        return False
    if p.kind == "group" and lex is not None:
        return match_key(p.text.split()[-1]) in lex.raw_keys("person_source_groups")
    return p.kind in ("pronoun", "description") or (p.kind == "name" and p.type in (None, "PER"))


def is_source_frame(lex: Lexicon, f: Frame) -> bool:
    frame = lex.frame(f.cue or "")
    return frame is not None and frame.needs is None
