"""Quotes in subject-verb-object languages (English): the same marks, records and resolution as the Hindi
finder, with the frames in SVO order.

- direct: ``Putin said, “…”`` / ``“…,” Putin said.`` / ``“…,” said Putin.`` / ``“…,” he said.``
- partial: a quoted fragment inside a reported clause or a sentence with a speaking subject.
- indirect: ``X said (that) <clause>``, ``X told reporters (that) <clause>``, ``<clause>, X said.``,
  ``according to X, <clause>`` / ``<clause>, according to X.``
"""

from __future__ import annotations

import regex

from khabar.analyse.quotes.doc import MARKS, Candidate, Doc, Frame, skip, trim_end
from khabar.analyse.quotes.finder import continue_speakers, resolve_speakers, to_quote
from khabar.analyse.quotes.frames import is_person
from khabar.analyse.quotes.lexicon import Lexicon
from khabar.analyse.quotes.phrases import Phrase, classify, phrase_ending_at
from khabar.analyse.quotes.quoted import enclosing, not_speech
from khabar.model import Analysis, Quote, Span
from khabar.text.keys import match_key
from khabar.text.tokens import words

_ACCORDING = regex.compile(r"(?i)\baccording\s+to\s+")
_CLAUSE_START = {"the", "a", "an", "he", "she", "they", "it", "we", "i", "there", "this", "his", "her", "their",
                 "its", "our", "no", "all", "some"}


# "<clause>, the minister said on Tuesday." / "…, he told reporters in Delhi.": what may follow the tail cue
_TRAILING = regex.compile(r"(?i)^(?:\s*(?:on\s+\w+day|yesterday|today|tonight|late\s+on\s+\w+|on\s+\w+|"
                          r"in\s+a\s+(?:statement|post|video|interview|tweet|briefing|bulletin|release|press\s+release|notification)|in\s+an\s+interview|"
                          r"at\s+a\s+(?:press|news)\s+conference|at\s+a\s+briefing|(?:told\s+)?reporters|"
                          r"in\s+(?-i:[A-Z])[\w-]+))*\s*$")  # a capitalised place: in Guwahati
# "<clause>, Lavrov said after talks in New Delhi, where …": an adjunct of time or place ends the sentence
_TRAILING_ADJUNCT = regex.compile(r"(?i)^[,\s]*(?:(?:a|an|one|two|three|several|few|\d+)\s+"
                                   r"(?:hours?|days?|weeks?|months?|years?)\s+)?"
                                   r"(?:after|before|during|following|ahead\s+of|while|when|as|at|in|on)\b")
_COORDINATED = regex.compile(r"(?i)(?:,\s*|\s+)and\s+(?:also\s+|later\s+|then\s+)?$")
# "GUWAHATI, July 3 (Reuters) - ", "Mumbai: ", and PTI's "New Delhi, Nov 29 (PTI) " with no mark after the agency
_DATELINE_TAIL = regex.compile(r"[,\s]*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                               r"(?:,?\s*\d{4})?)?\s*"
                               r"(?:\([^()\n]{1,40}\)\s*[-–—:]*|[-–—:]+)\s*")


_ADVERBIAL = regex.compile(r"(?i)(?:[\s,]+(?:on\s+\w+day|yesterday|today|tonight|also|later|earlier|previously|"
                           r"repeatedly|then|again|once|further|however))+[\s,]*$")


def _subject_before(doc: Doc, cue_start: int, lo: int) -> Phrase | None:
    """The subject of a verb of saying: ``Amit Shah [on Tuesday] told …``, ``the Russian leader said``."""
    adverbial = _ADVERBIAL.search(doc.text, lo, cue_start)
    if adverbial:
        cue_start = adverbial.start()
    p = phrase_ending_at(doc.text, cue_start, lo, doc.lex, doc.mentions)
    if p is None or _IN_RELATIVE.search(doc.text, lo, p.start):
        return None  # "Goyal, who was in Mumbai on Friday, said": Mumbai is inside the relative clause
    first = match_key(p.text.split()[0])
    if first in ("the", "a", "an") and len(p.text.split()) > 1:  # "the Russian leader" → description
        rest = next(iter(words(doc.text, p.start + len(p.text.split()[0]), p.end)), None)
        if rest is not None:
            return classify(doc.text, rest.start, p.end, doc.lex, doc.mentions)
    return p


def _sentence_subject(doc: Doc, lo: int, hi: int) -> Phrase | None:
    """The subject that opens a sentence (``Chief Minister Himanta Biswa Sarma visited …``): the first verb of
    saying's subject rule run on the first name or description of the sentence, when one starts it."""
    opening = list(words(doc.text, lo, hi))[:_SUBJECT_WORDS + 1]
    if opening and (k := match_key(opening[0].text)) in doc.lex.nominative_pronouns and k not in ("it", "we"):
        # "He visited the studios and said …": the pronoun, resolved like any other
        w = opening[0]
        return Phrase(w.start, w.end, w.text, "pronoun", None, number=doc.lex.nominative_pronouns[k])
    first = next((m for m in doc.mentions if lo <= m.start < hi and m.type in ("PER", "ORG")), None)
    if first is None or (doc.text[lo:first.start].strip(" \t\"“") and not _title_run(doc.text[lo:first.start])):
        # "India's foreign ministry called the move … and said": the words before the first past-tense verb
        verb = next((i for i, w in enumerate(opening) if i and _PAST.fullmatch(w.text)), None)
        if verb is None:
            return None
        end = opening[verb - 1].end
        if (adverbial := _ADVERBIAL.search(doc.text, opening[0].start, end)) is not None:
            end = adverbial.start()  # "PM Modi on Monday posted …": the subject without its adverbial
        start = opening[0].start
        if match_key(opening[0].text) in ("the", "a", "an") and verb > 1:
            start = opening[1].start  # "The minister visited …": the description, as _subject_before reads it
        p = classify(doc.text, start, end, doc.lex, doc.mentions) if end > start else None
        return p if p is not None and p.type != "LOC" and p.kind != "pronoun" else None
    return classify(doc.text, first.start, first.end, doc.lex, doc.mentions)


_SUBJECT_WORDS = 5
_PAST = regex.compile(r"[a-z]{3,}ed")


_APPOSITIVE = regex.compile(r",\s+(?:who|which|whose|the|a|an|former|senior|then|on|in|at|after|during|"
                            r"[a-z]+ed\b|[a-z]+ing\b|[A-Z][\w.-]*)\b"
                            r"[^,;:\"“”]{0,140},\s*$")
_OPENING_NAME = regex.compile(r"\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)(?=,)")
_IN_RELATIVE = regex.compile(r",\s+(?:who|which|whose)\b[^,;:\"“”]*$")
_RELATIVE = regex.compile(r",\s+(?:who|which|whose)\b[^,;:\"“”]{0,140},\s*$")
_PARTICIPIAL = regex.compile(r",\s+[a-z]+ing\b[^,;:\"“”]{0,80},\s*$")  # ", requesting anonymity, said"
_LAST_INSIDE = regex.compile(r"[^,;:\"“”]*,\s*")  # AIIMS in "Guleria, former director of AIIMS, said"


def _appositive_subject(doc: Doc, lo: int, cue_start: int) -> Phrase | None:
    """A name set off from its verb of saying by an appositive: ``Starmer, who arrived in Mumbai on Wednesday,
    said …``, ``Misri, the foreign secretary, said …``: the name before the commas."""
    for m in reversed(doc.mentions):
        if m.end > cue_start or m.start < lo or m.type not in ("PER", "ORG"):
            continue  # places inside the appositive (who arrived in Mumbai) are passed over
        if _APPOSITIVE.fullmatch(doc.text, m.end, cue_start):
            return classify(doc.text, m.start, m.end, doc.lex, doc.mentions)
        if _LAST_INSIDE.fullmatch(doc.text, m.end, cue_start):
            continue  # a name inside the appositive: the subject is before it
        return None  # only the person or organisation nearest before the appositive
    # an untagged name opening the sentence: "Putin, on his first visit to the US in a decade, suggested …"
    opening = _OPENING_NAME.match(doc.text, lo, cue_start)
    if opening and _APPOSITIVE.fullmatch(doc.text, opening.end("name"), cue_start):
        return classify(doc.text, opening.start("name"), opening.end("name"), doc.lex, doc.mentions)
    # A description before a relative clause or a participle: "A senior police officer, who did not wish to be
    # named, said …", "A senior official in the food ministry, requesting anonymity, said …"
    if (rel := _RELATIVE.search(doc.text, lo, cue_start)) is not None:
        p = _subject_before(doc, rel.start(), lo)
        if p is not None and p.kind != "name":
            return p
    elif (part := _PARTICIPIAL.search(doc.text, lo, cue_start)) is not None:
        # the description that opens the sentence, without its prepositional tail (in the food ministry)
        opening = list(words(doc.text, lo, part.start()))
        if opening and match_key(opening[0].text) in ("a", "an", "the"):
            opening = opening[1:]
        cut = next((k for k, w in enumerate(opening) if k and match_key(w.text) in _PREPOSITIONS), len(opening))
        if 0 < cut <= 4:
            p = classify(doc.text, opening[0].start, opening[cut - 1].end, doc.lex, doc.mentions)
            if p is not None and p.kind not in ("name", "pronoun"):
                return p
    return None


_PREPOSITIONS = frozenset({"in", "of", "at", "from", "with", "for", "on"})


def _role_run(text: str, lex: Lexicon) -> bool:
    """Words before a name that name a party or body and the person's role in it, ending in a title: "Congress
    general secretary", "BJP leader" (up to five words)."""
    ws = text.split()
    return 0 < len(ws) <= 5 and match_key(ws[-1]) in lex.person_titles and ws[0][:1].isupper() \
        and all(w[:1].isupper() or w.isalpha() for w in ws)


def _title_run(text: str) -> bool:
    """Words before a name that are a title run (Chief Minister, Prime Minister, Dr.): capitalised words only."""
    return bool(regex.fullmatch(r"\s*(?:[A-Z][\w.]*\s+)+", text))


def _phrase_after(doc: Doc, lo: int, hi: int) -> Phrase | None:
    """``said Putin,`` / ``according to officials,``: the phrase up to the next punctuation."""
    start = skip(doc.text, lo, hi, " \t")
    end = start
    for w in words(doc.text, start, hi):
        if doc.text[end:w.start].strip():
            break
        if end == start and match_key(w.text) in ("the", "a", "an"):
            start = skip(doc.text, w.end, hi, " \t")  # "the ministry" names the ministry
        end = w.end
    if end <= start:
        return None
    return classify(doc.text, start, end, doc.lex, doc.mentions)


def _frames(doc: Doc, i: int) -> list[Frame]:
    text, lex, s = doc.text, doc.lex, doc.sentences[i]
    out: list[Frame] = []
    for m in lex.cue.finditer(text, s.start, s.end):
        if doc.masks.covers(m.start(), m.end()) or (text[m.start()].isupper() and m.start() > s.start):
            continue  # "the United States": a capitalised cue inside a sentence is a name
        speaker = _subject_before(doc, m.start(), s.start) or _appositive_subject(doc, s.start, m.start())
        coordinated = _COORDINATED.search(text, s.start, m.start())
        if coordinated:  # "Sarma visited the camps and said …": the subject of the sentence says it
            speaker = _sentence_subject(doc, s.start, coordinated.start())
        after = skip(text, m.end(), s.end, " \t")
        if speaker is None:
            continue
        # X said [on Monday|in a statement|reporters] (that) <clause>
        that = _THAT.match(text, m.end(), s.end) or _that_after_adjunct(doc, m.end(), s.end)
        if that:
            out.append(Frame("verb", speaker, m.group(), m.start(), that.end(), s.end, i))
            continue
        if match_key(m.group()) in lex.raw_keys("listener_cues"):
            continue  # "Modi told a joint press conference": the listener, not what was said
        first = next(iter(words(text, after, s.end)), None)
        k = match_key(first.text) if first is not None else ""
        if _said_object(doc, after, s.end):
            continue  # "said a prayer for the victims": a thing said, not a clause
        if k in _DETERMINERS and not lex.is_core(m.group()):
            # "announced a two-phase election", "confirmed the death" name a thing; "said the toll rose" (a core
            # verb of saying) and "announced the schools would reopen" report a clause
            opens = _verb_follows(doc, first.end, s.end, after_determiner=True)
        else:
            opens = first is not None and (k in _CLAUSE_START or first.text[:1].isupper()
                                           or first.text[:1].isdigit() or _verb_follows(doc, first.end, s.end))
        if first is not None and first.start == after and opens:
            if doc.words(after, s.end) >= 3 and text[after] not in MARKS:
                out.append(Frame("verb", speaker, m.group(), m.start(), after, s.end, i))
                continue
        # <clause>, X said.
        rest = _TRAILING.sub("", text[m.end() : s.end].strip(" .!?\"”’'"))
        if _TRAILING_ADJUNCT.match(rest):
            rest = ""
        before = regex.sub(r"(?i)\s*\b(?:the|a|an)\s*$", "", text[s.start : speaker.start]).rstrip()
        if speaker.kind == "name" and (titled := _TITLE_BEFORE.search(before)) and _is_title(lex, titled["words"]):
            before = before[: titled.start() + 1]  # "…, the company's chief financial officer Jayesh Sanghrajka said"
        if not rest and before.endswith(",") and not any(ch in MARKS for ch in before[-3:]):
            out.append(Frame("verb", speaker, m.group(), m.start(), s.start, len(before) + s.start - 1, i))
    participles = "|".join(regex.escape(c) for c in sorted(lex.raw_keys("participle_cues")))
    participle = regex.compile(rf"(?i),\s+({participles})\s+(?P<that>that\s+)?") if participles else None
    for m in participle.finditer(text, s.start, s.end) if participle else ():
        first = next(iter(words(text, m.end(), s.end)), None)
        if m.group("that") is None and (first is None or not _verb_follows(doc, first.end, s.end)):
            continue  # ", warning residents to stay indoors": an object, not a reported clause
        # "Modi congratulated Karki, saying India was committed …": the sentence's subject says it
        lead = _DATELINE_LEAD.match(text, s.start, m.start())  # "NEW DELHI, Sept 13 - Modi congratulated …"
        speaker = _sentence_subject(doc, lead.end() if lead else s.start, m.start())
        if speaker is not None and doc.words(m.end(), s.end) >= 3:
            out.append(Frame("verb", speaker, m.group(1), m.start(1), m.end(), s.end, i))
    for m in _ACCORDING.finditer(text, s.start, s.end):
        speaker = _phrase_after(doc, m.end(), s.end)
        if speaker is None or (speaker.kind == "name" and match_key(speaker.text.split()[-1]) in lex.nonsource_heads):
            continue
        after = skip(text, speaker.end, s.end)
        if doc.words(after, s.end) >= 2:
            out.append(Frame("genitive", speaker, "according to", m.start(), after, s.end, i))
        else:
            out.append(Frame("genitive", speaker, "according to", m.start(), s.start, m.start(), i))
    out = [g for f in out for g in _split_and_that(doc, f)]
    for f in out:
        f.clause_start = skip(text, f.clause_start, f.clause_end)
        f.clause_end = trim_end(text, f.clause_start, f.clause_end)
    return out


_THAT = regex.compile(r"(?i)(?:\s*[\w'’-]+){0,5}?\s*\bthat\b\s*")
_DATELINE_LEAD = regex.compile(r"[A-Z][A-Z .'/-]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\))?"
                            r"\s*[-–—:]+\s*")
_AND_THAT = regex.compile(r"(?i),?\s+and\s+that\s+")


def _that_after_adjunct(doc: Doc, pos: int, hi: int) -> regex.Match | None:
    """``said in an address to the nation that …``: a longer adjunct before "that" when it opens with a
    preposition (a plain run of words stays at five, so that "that" in an object is not read as the clause's)."""
    first = next(iter(words(doc.text, pos, hi)), None)
    if first is None or match_key(first.text) not in doc.lex.raw_keys("prepositions_before_that"):
        return None
    return regex.compile(r"(?i)(?:\s*[\w'’-]+){0,9}?\s*\bthat\b\s*").match(doc.text, pos, hi)


def _said_object(doc: Doc, pos: int, hi: int) -> bool:
    """Whether the words after a verb of saying are a thing said (a prayer, a few words, goodbye)."""
    ahead = [match_key(w.text) for w in list(words(doc.text, pos, hi))[:3]]
    if ahead and ahead[0] in _DETERMINERS | {"a", "an"}:
        ahead = ahead[1:]
    objects = doc.lex.raw_keys("said_objects")
    return bool(ahead) and (ahead[0] in objects or " ".join(ahead[:2]) in objects)


def _split_and_that(doc: Doc, f: Frame) -> list[Frame]:
    """``Trump said the US would help … and that he had begun arranging a meeting``: two reported clauses."""
    if f.kind != "verb":
        return [f]
    m = _AND_THAT.search(doc.text, f.clause_start, f.clause_end)
    if m is None or doc.words(f.clause_start, m.start()) < 3 or doc.words(m.end(), f.clause_end) < 3:
        return [f]
    second = Frame("verb", f.speaker, f.cue, f.cue_start, m.end(), f.clause_end, f.sentence)
    f.clause_end = m.start()
    return [f, *_split_and_that(doc, second)]


_TITLE_BEFORE = regex.compile(r",(?P<words>[^,;:\"“”]{1,60})$")


def _is_title(lex: Lexicon, phrase: str) -> bool:
    """Whether words before a name end in a person's title (the company's chief financial officer)."""
    keys = [match_key(w) for w in phrase.split()]
    return any(" ".join(keys[-n:]) in lex.person_titles for n in (3, 2, 1) if len(keys) >= n)


def _verb_follows(doc: Doc, pos: int, hi: int, *, after_determiner: bool = False) -> bool:
    """Whether an auxiliary, a modal or a past-tense verb follows within five words: "said inflation would ease",
    "said about 7.42 crore voters were on the rolls", "said standing crops suffered damage" report a clause that
    opens with a common noun ("said goodbye", "announced a two-phase election" do not). A past participle right
    after a determiner (a revised schedule) is an adjective."""
    verbs = doc.lex.raw_keys("clause_verbs")
    ahead = []
    for w in list(words(doc.text, pos, hi))[:_VERB_REACH]:
        if match_key(w.text) in _SUBORDINATE or (ahead and regex.search(r"[,;:()]", doc.text[ahead[-1].end:w.start])):
            break  # "said goodbye to the staff, who were …": a verb past a comma or relative word is not the clause's
        ahead.append(w)
    def verb(i: int, w: Span) -> bool:
        key, before = match_key(w.text), match_key(ahead[i - 1].text) if i else None
        if key == "be":  # "suggested the next round be held": a subjunctive; "a plan to be rolled out" is not
            return before != "to"
        if key in verbs:
            return True
        # a past tense, not a participle after a determiner (a revised schedule) or an infinitive (to be rolled out)
        return bool(_PAST.fullmatch(w.text)) and not (
            after_determiner if before is None else before in _DETERMINERS | _NONFINITE_BEFORE)

    return any(verb(i, w) for i, w in enumerate(ahead))


_VERB_REACH = 10  # said services on the suburban network between Thane and Kalyan were suspended
_SUBORDINATE = frozenset({"who", "which", "whom", "whose", "that", "when", "while", "because", "if", "since",
                          "until", "where", "whereas", "although", "though", "after", "before", "as"})
_NONFINITE_BEFORE = frozenset({"to", "be", "been", "being"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "no", "all", "some"})


def _tail_speaker(doc: Doc, lo: int, hi: int) -> tuple[Phrase, str] | None:
    """``, Putin said.`` / ``, said Putin.`` / ``, he told reporters.``"""
    text, lex = doc.text, doc.lex
    start = skip(text, lo, hi)
    m = lex.tail_cue.match(text[start:hi])
    if m:
        p = _phrase_after(doc, start + m.end(), hi)
        return (p, m.group("cue")) if p is not None else None
    for c in lex.cue.finditer(text, start, min(hi, start + 80)):
        whole = phrase_ending_at(text, c.start(), start, lex, doc.mentions)
        if whole is not None and (whole.start == start or (whole.kind == "name"
                                                           and (_title_run(text[start:whole.start])
                                                                or _role_run(text[start:whole.start], lex)))):
            # "…," Chief Minister Mamata Banerjee told reporters: the title run belongs to the name
            p = _subject_before(doc, c.start(), start)
            return (p, c.group()) if p is not None else None
        break
    return None


def find_quotes_svo(text: str, analysis: Analysis, lex: Lexicon) -> list[Quote]:
    doc = Doc(text, analysis, lex)
    frames = [f for i in range(len(doc.sentences)) for f in _frames(doc, i)]
    dateline = analysis.dateline
    for f in frames:  # "GUWAHATI, July 3 (Reuters) - The toll rose …, officials said": the dateline is no speech
        if dateline is not None and f.clause_start <= dateline.start < f.clause_end:
            tail = _DATELINE_TAIL.match(text, dateline.end, f.clause_end)
            if tail:
                f.clause_start = tail.end()
    cands: list[Candidate] = []
    for q in doc.marked:
        i = doc.sentence_at(q.start)
        if i is None:
            continue
        j = doc.sentence_at(max(q.start, q.end - 1))
        j = i if j is None else j
        s_lo, s_hi = doc.sentences[i].start, doc.sentences[j].end
        lead, tail = text[s_lo : q.outer_start], text[q.outer_end : s_hi]
        if not_speech(doc, q, lead, tail):
            continue
        after = _tail_speaker(doc, q.outer_end, s_hi)
        lead_s = lead.rstrip()
        intro = lead_s == "" or lead_s.endswith(":") or bool(lex.cue_at_end.search(lead_s))
        tail_s = tail.strip()
        tail_free = tail_s == "" or tail_s[0] in ",;:-–—" or bool(regex.fullmatch(r"[\p{P}\s]*", tail_s))
        frame = enclosing(frames, q.outer_start, q.outer_end)
        if (intro and tail_free) or (lead_s == "" and after is not None):
            speaker, cue = None, None
            if after is not None:
                speaker, cue = after
            elif frame is not None:
                speaker, cue = frame.speaker, frame.cue
            else:
                lead_cue = list(lex.cue.finditer(text, s_lo, q.outer_start))
                if lead_cue:
                    # "Sarma, who visited Dhemaji, said, "…"": the name before the appositive, as for a clause
                    speaker = (_subject_before(doc, lead_cue[-1].start(), s_lo)
                               or _appositive_subject(doc, s_lo, lead_cue[-1].start()))
                    cue = lead_cue[-1].group()
            cands.append(Candidate("direct", q.start, q.end, speaker, cue, i))
        elif frame is not None:
            cands.append(Candidate("partial", q.start, q.end, frame.speaker, frame.cue, i))
        elif after is not None:
            cands.append(Candidate("partial", q.start, q.end, after[0], after[1], i))
        elif lead_cues := list(lex.cue.finditer(text, s_lo, q.outer_start)):
            # Shah promised to build a "new Kashmir": the subject of the verb of saying before it
            speaker = (_subject_before(doc, lead_cues[0].start(), s_lo)
                       or _appositive_subject(doc, s_lo, lead_cues[0].start()))
            if speaker is not None:
                cands.append(Candidate("partial", q.start, q.end, speaker, lead_cues[0].group(), i))
    marked = list(cands)
    sources_are_speech = lex.raw.get("source_frames_as_indirect", "person")
    # "Economists said the move signalled that <clause>": both verbs frame one clause; the first verb says who is
    # reported (and a quote is one span: two records of one span would share an id)
    reported: dict[tuple[int, int], tuple[int, int]] = {}  # clause span -> (its frame's cue start, index in cands)
    for f in frames:
        if doc.words(f.clause_start, f.clause_end) < 2:
            continue
        if f.kind == "genitive" and not (sources_are_speech is True
                                         or (sources_are_speech == "person" and is_person(f.speaker))):
            continue  # according to sources / the ministry: sourcing a fact, not a statement
        if any(c.start < f.clause_end and f.clause_start < c.end for c in marked):
            continue
        cand = Candidate("indirect", f.clause_start, f.clause_end, f.speaker, f.cue, f.sentence)
        span = (f.clause_start, f.clause_end)
        if span in reported:
            cue_start, index = reported[span]
            if f.cue_start < cue_start:
                cands[index] = cand
                reported[span] = (f.cue_start, index)
            continue
        reported[span] = (f.cue_start, len(cands))
        cands.append(cand)
    continue_speakers(doc, cands)
    resolve_speakers(doc, cands)
    return [to_quote(text, analysis, c) for c in sorted(cands, key=lambda c: (c.start, c.end))]
