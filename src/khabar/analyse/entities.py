"""Named-entity mentions in an article: the shipped NER model, with gazetteers as a fallback.

Each mention is a span into ``text``. Per sentence, the model's chunks come first; then:
- postpositions glued to a chunk's edge (``पुतिन ने``) and punctuation are trimmed off;
- a demonym alone (``रूसी``, ``चीनी``, ``कोरियाई``) is dropped: it is an adjective, not an entity;
- a leading compass adjective (``पूर्वी अमूर``) is trimmed unless the whole is a known place (पूर्वी तिमोर);
- a curated name that overlaps a chunk and is longer wins (the model stops ``किम जोंग उन`` at ``जोंग``,
  since ``उन`` is also a pronoun);
- names the model left untagged are taken from the gazetteers (curated names, countries, large cities
  whose name is not also a common word), also at the start of a token glued to the next word by scraping
  (``एएफपीविशेषज्ञों``).
Across the article, a name the model tagged in one sentence is tagged where it recurs untagged.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import regex

from khabar.analyse import gazetteer, towns
from khabar.analyse.ner.conlleval import entities as bio_chunks
from khabar.analyse.ner.features import frequencies, hindi_zipf
from khabar.analyse.ner.tagger import active_tagger
from khabar.lang import load
from khabar.model import Analysis, Mention, Span
from khabar.text.keys import match_key
from khabar.text.spans import Intervals
from khabar.text.tokens import tokens as tokenize

_TRIM_PUNCT = set("-–—‐,.;:!?।॥'\"“”‘’()[]{}")
# Place-name endings that a demonym adds: रूस -> रूसी, कोरिया -> कोरियाई, भारत -> भारतीय, अमेरिका -> अमेरिकी.
_DEMONYM_RULES = (("ियाई", "िया"), ("ाई", "ा"), ("ीय", ""), ("ी", ""), ("ी", "ा"), ("ई", ""), ("ी", "ि"))
# The intercardinal points written as one word (दक्षिणपूर्व, उत्तरपश्चिमी): दक्षिणपूर्व दिल्ली is a district.
_INTERCARDINAL = frozenset(a + b for a in ("उत्तर", "दक्षिण") for b in ("पूर्व", "पश्चिम"))
_COMPASS_ADJECTIVES = frozenset({"पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी", "सुदूर", "पूर्वोत्तर", "दक्षिण-पूर्वी",
                                 *(w + "ी" for w in _INTERCARDINAL)})
# Compass words that begin district and region names (पश्चिम चंपारण, पूर्वी चंपारण, उत्तर 24 परगना); alone they
# name nothing.
_COMPASS_WORDS = _COMPASS_ADJECTIVES | {"पूर्व", "पश्चिम", "उत्तर", "दक्षिण"} | _INTERCARDINAL
_MAX_NAME_TOKENS = 6
_COMMON_WORD = 10 ** (4.5 - 9)  # zipf 4.5: a word this frequent is not propagated on its own
_MIN_GLUED_REST = 3
_RARE = 3.0  # zipf below this: not a common Hindi word, likely part of a name
_GENERIC = 4.7  # zipf at or above this: a common word that does not extend a name
_MAX_EXTENSION = 3
_NAME_WORD = regex.compile(r"^[\p{L}\p{M}]+$")
_NAME_CHAR = regex.compile(r"[\p{L}\p{M}]")


@dataclass(slots=True)
class _Chunk:
    start: int  # token indices, end exclusive
    end: int
    type: str
    source: str


@cache
def _postpositions() -> frozenset[str]:
    return frozenset(load("hi", "ner").get("postpositions", []))


@cache
def _calendar_words() -> frozenset[str]:
    """Weekday and month names and parts of the week or day (``lang/hi/dates.json``): a name never begins or ends
    with one (किम बृहस्पतिवार, मुरलीधरन सप्ताहांत)."""
    data = load("hi", "dates")
    words = [w for group in ("weekdays", "months") for forms in data.get(group, {}).values() for w in forms]
    words += data.get("time_words", [])
    return frozenset(match_key(w) for w in words)


_ACRONYM = regex.compile(r"^[A-Z][A-Z&]{1,7}$")
_CAPITAL = regex.compile(r"[A-Z]")  # every acronym holds one: most Hindi sentences hold none
_HYPHENS = "-‐–"
_LATIN_WORD = regex.compile(r"^[A-Za-z][A-Za-z.'\-]*$")


@cache
def _latin_terms() -> frozenset[str]:
    """Latin acronyms and words that name a concept, never a body (CSR, ATM, GDP, COVID): the English
    ``concept_acronyms``, which the link step already keeps out of entities, and the Hindi ``latin_gloss_not_names``.
    Why: the mention layer typed every all-capitals word an organisation, so a report on CSR funds or COVID-19 had
    "organisations" no mention gold marks (7 in three of the five covid5 golds)."""
    words = [*load("en", "descriptions").get("concept_acronyms", []),
             *load("hi", "descriptions").get("latin_gloss_not_names", [])]
    return frozenset(w.casefold() for w in words)


def _latin_chunk_type(words: Sequence[str], kind: str) -> str | None:
    """The type of a Latin-script name inside Hindi text (tweets, captions): an all-capitals acronym is an
    organisation (ANI, ISRO; the tagger, trained on Devanagari, often calls it a person), a name the English
    lists know keeps their type; None when it is no name (PM, COVID, IST)."""
    from khabar.analyse.english_names import known_english_names, not_name

    name = " ".join(words)
    if any(not_name(w) for w in words) or (len(words) == 1 and name.casefold() in _latin_terms()):
        return None
    known = known_english_names().get(name.casefold())
    if known:
        return known
    if len(words) == 1 and _ACRONYM.match(name):
        return "ORG"
    return kind


@cache
def _word_list(name: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "ner").get(name, []))


@cache
def _word_lists(*names: str) -> frozenset[str]:
    """The union of ``_word_list(name)`` for ``names`` ("postpositions": ``_postpositions()``), built once: the
    chunk rules read these unions for every chunk of every sentence."""
    return frozenset().union(*(_postpositions() if name == "postpositions" else _word_list(name) for name in names))


@cache
def is_demonym(word: str) -> bool:
    """True for an adjective of nationality or origin (रूसी, कोरियाई, अमेरिकी) that is not itself a place."""
    if " " in word.strip() or gazetteer.lookup_place(word):
        return False
    for suffix, stem_end in _DEMONYM_RULES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            place = gazetteer.lookup_place(word[: -len(suffix)] + stem_end)
            # Countries and regions make demonyms; a city-like stem (पोखरी ~ पोखरा) is a coincidence.
            if place and place.kind != "city":
                return True
    return False


@cache
def _demonym_keys() -> frozenset[str]:
    """One-word demonyms of ``descriptions.json`` (सऊदी, ब्रिटिश, इतालवी: forms the suffix rules do not derive)."""
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("demonyms", {}) if " " not in w)


@cache
def _government_words() -> frozenset[str]:
    """``descriptions.json`` ``government_heads`` (सरकार) and प्रशासन."""
    words = [*load("hi", "descriptions").get("government_heads", []), "प्रशासन"]
    return frozenset(match_key(w) for w in words)


_JOINERS = regex.compile("[\u200c\u200d]")


def _plain(word: str) -> str:
    """A token as the tagger's features know it: without zero-width joiners (स्\u200dवास्\u200dथ्\u200dय)."""
    return word.replace("\u200d", "").replace("\u200c", "")


def _trim(toks: Sequence[Span], start: int, end: int) -> tuple[int, int]:
    """Drop postpositions and punctuation at either edge of the token range ``[start, end)``."""
    pps = _postpositions()
    while start < end and (toks[end - 1].text in pps or toks[end - 1].text in _TRIM_PUNCT):
        end -= 1
    while start < end and (toks[start].text in _TRIM_PUNCT or toks[start].text in pps):
        start += 1
    return start, end


def _surface(text: str, toks: Sequence[Span], start: int, end: int) -> str:
    return text[toks[start].start:toks[end - 1].end]


def _cut_at_titles(keys: Sequence[str], tags: list[str]) -> list[str]:
    """A title inside an ORG/LOC chunk ends it (``कोरियाई पीपुल्स आर्मी मार्शल पाक जोंग चोन``): titles
    precede people. What follows the title joins the person chunk right after it, if there is one."""
    titles = _word_list("titles")
    n = len(tags)
    for i in range(1, n):
        kind = tags[i][2:]
        if not (tags[i].startswith("I-") and kind != "PER" and keys[i] in titles):
            continue
        tags[i] = "O"
        j = i + 1
        while j < n and tags[j] == "I-" + kind:
            j += 1
        if j == i + 1:
            continue
        if j < n and tags[j] == "B-PER":
            tags[i + 1:j + 1] = ["B-PER"] + ["I-PER"] * (j - i - 1)
        else:
            tags[i + 1] = "B-" + kind
    return tags


def _extend_generic(toks: Sequence[Span], start: int, end: int) -> int:
    """A place or organisation chunk made only of common words (``गेस्ट हाउस``) lacks its name: take rare
    words just before it (``दियाओयुताई स्टेट गेस्ट हाउस``)."""
    heads = _word_lists("org_heads", "loc_heads")
    if match_key(toks[end - 1].text) not in heads or any(hindi_zipf(t.text) < _RARE for t in toks[start:end]):
        return start
    if any(gazetteer.lookup_name(t.text) for t in toks[start:end]):
        return start
    blocked = _word_lists("postpositions", "titles")
    new_start = start
    while new_start > 0 and start - new_start < _MAX_EXTENSION:
        word = toks[new_start - 1].text
        if not _NAME_WORD.match(word) or word in blocked or hindi_zipf(word) >= _GENERIC:
            break
        new_start -= 1
    while new_start < start and hindi_zipf(toks[new_start].text) >= _RARE:
        new_start += 1  # the extension must begin with a rare word, a name
    return new_start


def _model_chunks(text: str, toks: Sequence[Span], keys: Sequence[str], tags: list[str]) -> list[_Chunk]:
    tags = _cut_at_titles(keys, list(tags))
    chunks = []
    calendar = _calendar_words()
    for start, end, kind in sorted(bio_chunks(tags)):
        start, end = _trim(toks, start, end)
        while start < end and (keys[start] in calendar or keys[start] in _word_list("not_name_edges")):
            start += 1
        while start < end and (keys[end - 1] in calendar or keys[end - 1] in _word_list("not_name_edges")):
            end -= 1
        if start >= end:
            continue
        words = [t.text for t in toks[start:end]]
        if all(_LATIN_WORD.match(w) for w in words):
            if _in_compound(text, toks[start].start, toks[end - 1].end):
                continue
            latin_kind = _latin_chunk_type(words, kind)
            if latin_kind is None:
                continue
            kind = latin_kind
        place_last = kind == "PER" and end - start >= 3 and _known_place(keys[end - 1])
        if place_last:  # रामसागर गुप्ता मुरादाबाद: a person and the place of the dateline, glued
            chunks.append(_Chunk(start, end - 1, kind, "model"))
            chunks.append(_Chunk(end - 1, end, "LOC", "model"))
            continue
        if end - start == 1 and (is_demonym(toks[start].text) or keys[start] in _word_list("titles")):
            continue
        # "रूसी सैनिकों" (Russian soldiers) is a demonym and a common noun; "रूसी सेना" names an organisation.
        if (end - start == 2 and is_demonym(toks[start].text)
                and keys[start + 1] not in _word_lists("org_heads", "loc_heads")):
            continue
        # अमेरिकी सरकार, सऊदी सरकार: a demonym and the word for a government describe that country's government,
        # they do not name it (भारत सरकार, सऊदी अरब सरकार do).
        if end - start == 2 and keys[start + 1] in _government_words() and (
                keys[start] in _demonym_keys() or is_demonym(toks[start].text)):
            continue
        if kind == "LOC":
            start = _with_hyphenated_half(text, toks, start, end)
            while chunks and chunks[-1].start >= start:  # पिंपरी | -चिंचवड़ → पिंपरी-चिंचवड़
                chunks.pop()
            while (end - start > 1 and toks[start].text in _COMPASS_ADJECTIVES
                   and not gazetteer.lookup_place(_surface(text, toks, start, end))):
                start += 1
        if kind == "PER":
            # योग | गुरु बाबा रामदेव: a title of two words whose first word the chunk left out is still a title.
            if end - start > 1 and start > 0 and _join(keys[start - 1:start + 1]) in _word_list("titles"):
                start += 1
            # मेजर ध्यानचंद, सास मीरा ठाकुर; an office's acronym too (डीपीएम खालिद हुसैन)
            # नर्सिंग ऑफिसर नरेंद्र त्यागी: an office of the description lists written as a word is a title too,
            # unless a title comes right before it. Not one spelt with letter names: those are also initials
            # (प्रो. डीसी लाल, डीएम एमडी सिंह, डॉ. सीएम सिंह).
            while end - start > 1 and (keys[start] in _word_list("titles") or keys[start] in _office_acronyms()
                                       or _office_word(keys, start) or _office_letters(keys, start, end)):
                start += 1
            start = _after_inner_title(keys, start, end)
        if _generic_name(keys[start:end]):
            continue
        place_after_head = kind == "ORG" and _place_after_head(toks, keys, start, end)
        if place_after_head:  # आनंदराम जयपुरिया इंटर कॉलेज फरेंदा: the college, then its town
            chunks.append(_Chunk(end - 1, end, "LOC", "model"))
            end -= 1
        end, kind = _extend_to_org_head(toks, keys, tags, end, kind)
        if kind in ("LOC", "ORG"):
            start = _with_name_prefix(keys, tags, start, end)
        if kind == "ORG":
            start = _with_portfolio_list(toks, keys, tags, start, end)
        kind = _type_by_head(keys[start:end], kind)
        if kind in ("LOC", "ORG"):
            extended = _extend_generic(toks, start, end)
            # The name before a generic head was tagged as a chunk of its own (रामेश्वरम रामनाथन | स्वामी मंदिर):
            # the extension covers it whole, so the two are one name.
            if (extended < start and chunks and chunks[-1].end == start
                    and chunks[-1].type in ("LOC", "ORG")):
                start = chunks.pop().start
            else:
                start = extended
        if _heads_alone(keys[start:end]):
            continue
        chunks.append(_Chunk(start, end, kind, "model"))
    # An extension may reach into the previous chunk: keep the earlier one whole.
    kept: list[_Chunk] = []
    for c in sorted(chunks, key=lambda c: c.start):
        if kept and c.start < kept[-1].end:
            c.start = kept[-1].end
            while c.start < c.end and toks[c.start].text in _TRIM_PUNCT:
                c.start += 1
            if c.start >= c.end:
                continue
        kept.append(c)
    return _join_compass(keys, kept)


def _after_inner_title(keys: Sequence[str], start: int, end: int) -> int:
    """इमाम ए जुमा मौलाना कल्बे जव्वाद: a person chunk whose first word is no title but that has a title further in,
    with two words or more after it, begins after that title. Why: a title of several words whose first ones the
    title lists lack (इमाम ए जुमा, an office) stays before the name, and the title in it is where the name starts;
    with one word after it the title may be part of a name (मोहम्मद शेख अब्दुल्ला). Not in a chunk that its head
    makes a place or body (राधा स्वामी सत्संग भवन)."""
    if _type_by_head(keys[start:end], "PER") != "PER":
        return start  # राधा स्वामी सत्संग भवन: a place or body named after a person, whole
    titles = _word_list("titles")
    for i in range(end - 3, start, -1):
        if keys[i] in titles:
            return i + 1
    return start


def _office_word(keys: Sequence[str], i: int) -> bool:
    """Whether ``keys[i]`` is an office or title of the description lists (``_title_words``: ऑफिसर, सिंगर,
    प्रेसिडेंट) spelt as a word, not with letter names, and no title comes right before it."""
    return keys[i] in _title_words() and not acronym_letters(keys[i]) and not _after_title(keys, i)


def _office_letters(keys: Sequence[str], i: int, end: int) -> bool:
    """Whether ``keys[i]`` is an office of the description lists spelt with two letter names (डीसी, एलजी: also
    initials, एसपी सिंह) that begins a person's name of two words or more after it (एलजी अनिल बैजल, डीसी मुकेश कुमार
    आहूजा), which initials never are. Not those of three letters (सीडीएस बिपिन रावत): cut, they made one entity of
    a person over three covid5 reports and one more wrong thread pair (session 24, and again in session 25)."""
    return end - i >= 3 and keys[i] in _title_words() and acronym_letters(keys[i]) == 2


def _after_title(keys: Sequence[str], i: int) -> bool:
    """Whether the word before ``keys[i]`` (past an abbreviation's full stop: डॉ.) is a title or office."""
    j = i - 1
    if j >= 0 and keys[j] in (".", ""):
        j -= 1
    return j >= 0 and keys[j] in _title_words()


def _generic_name(keys: Sequence[str]) -> bool:
    """A chunk that is a common noun for a place or body, never a name alone (प्रदेश, राज्य सरकार)."""
    return _join(keys) in _word_list("not_names")


@cache
def _kind_heads() -> frozenset[str]:
    """Head words of place and body names (``ner.json`` ``org_heads``, ``loc_heads``; ``descriptions.json``
    ``name_heads``, ``community_heads``), less the heads a country has one of (``national_heads``: सेना, संसद,
    रेलवे), its legislatures (``legislature_words``: कांग्रेस) and institutions with campuses in many cities
    (``branch_institutions``: एम्स): those name one body alone."""
    descriptions = load("hi", "descriptions")
    named = _word_list("national_heads") | _branch_institutions() | frozenset(
        match_key(w) for w in descriptions.get("legislature_words", []))
    names = {w for kind in ("ORG", "LOC") for w in _name_heads(kind)}
    return (_word_lists("org_heads", "loc_heads") | frozenset(names) | _community_heads()) - named


@cache
def _generic_modifiers() -> frozenset[str]:
    """Words that say which level or kind a generic body is (``descriptions.json`` ``generic_bodies`` modifiers:
    नगर, राज्य, प्रदेश), before its head."""
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("generic_bodies", {}).get("modifiers", []))


@cache
def _place_homographs() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("place_homographs", {}).get("names", []))


def _heads_alone(keys: Sequence[str]) -> bool:
    """[एसोसिएशन] ने कहा, [मरकज] को खाली कराया, [नगर निगम] की टीम, [मस्जिद] में: a chunk made only of head words of
    place and body names (``_kind_heads``), a head alone or after words for its level (``_generic_modifiers``: नगर
    निगम, राज्य सचिवालय; not उद्यान विभाग, a department named by its field), is the common noun for a kind of body or
    place, which a report uses for one it names elsewhere; it names none of its own. Why: the tagger, having tagged
    a body or place by its head, tags the head alone too, and every mention gold leaves such words unmarked (मरकज
    ×8, मस्जिद ×5, एसोसिएशन, नगर निगम, विधानसभा). A head that a country has one of (सेना, संसद, रेलवे), a
    legislature, a branch institution (एम्स), a word the gazetteer knows as a name, and a place named like a word
    (बस्ती) stay."""
    if not keys or any(k not in _kind_heads() for k in keys) \
            or any(k not in _generic_modifiers() for k in keys[:-1]):
        return False
    joined = _join(keys)
    return joined not in _place_homographs() and not gazetteer.lookup_name(joined) \
        and not gazetteer.lookup_place(joined)


@cache
def _compass_keys() -> frozenset[str]:
    """Compass words, Hindi and English written in Devanagari (``descriptions.json`` ``compass_loanwords``: साउथ)."""
    loanwords = load("hi", "descriptions").get("compass_loanwords", {})
    return frozenset(match_key(w) for w in (*_COMPASS_WORDS, *loanwords))


def _join_compass(keys: Sequence[str], chunks: list[_Chunk]) -> list[_Chunk]:
    """A compass word tagged on its own joins the place right after it (पश्चिम | चंपारण → पश्चिम चंपारण); with no
    place after it, it names nothing (दक्षिणी राज्य)."""
    compass = _compass_keys()
    out: list[_Chunk] = []
    for i, c in enumerate(chunks):
        # दक्षिण पूर्व | दिल्ली, दक्षिण-पश्चिम | दिल्ली: compass words side by side or joined by a hyphen are one.
        if keys[c.start] in compass and keys[c.end - 1] in compass \
                and all(k in compass or k in _HYPHENS for k in keys[c.start:c.end]):
            after = chunks[i + 1] if i + 1 < len(chunks) else None
            if after is not None and after.start == c.end and after.type == "LOC":
                after.start = c.start
            continue
        # साउथ दिल्ली: an English compass word the tagger left untagged before a place begins its name.
        if (c.type == "LOC" and c.start > 0 and keys[c.start - 1] in _compass_loanwords()
                and not (out and out[-1].end >= c.start)):
            c.start -= 1
        # उत्तरी | दिल्ली नगर निगम: a compass adjective left untagged before a body named after a place names the
        # body's half of it (not पूर्व, "former": पूर्व दिल्ली पुलिस आयुक्त).
        if (c.type == "ORG" and c.start > 0 and keys[c.start - 1] in _compass_adjective_keys()
                and not (out and out[-1].end >= c.start) and gazetteer.lookup_place(keys[c.start])):
            c.start -= 1
        out.append(c)
    return out


@cache
def _compass_adjective_keys() -> frozenset[str]:
    return frozenset(match_key(w) for w in _COMPASS_ADJECTIVES if w != "सुदूर")


@cache
def _compass_loanwords() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("compass_loanwords", {}))


_MAX_HEAD_REACH = 3


def _extend_to_org_head(toks: Sequence[Span], keys: Sequence[str], tags: Sequence[str], end: int,
                        kind: str) -> tuple[int, str]:
    """A name followed by untagged words ending in an organisation head is the organisation's name (हरियाणा |
    रोडवेज, छत्तीसगढ़ | स्टेट बेवरेजेस कारपोरेशन, … ज्ञान स्थली | महाविद्यालय, बृहन्मुंबई | महानगरपालिका)."""
    heads = _word_list("org_heads")
    stops = _word_lists("postpositions", "titles", "loc_heads")
    for j in range(end, min(end + _MAX_HEAD_REACH, len(toks))):
        if tags[j] != "O" or not _NAME_WORD.match(toks[j].text) or keys[j] in stops:
            break
        if keys[j] in heads:
            # After a person only a head that is never a name's part: सोनू निगम is a singer, not a corporation.
            # Some heads are common nouns after a place (वंदे भारत मिशन, भारत टीम): they make no organisation.
            # A jail or a school after a person is where the person goes (सुनील जेल से छूटा), not its name.
            if (kind == "PER" and (keys[j] in _person_name_words() or keys[j] in _word_list("place_org_heads"))) \
                    or keys[j] in _word_list("weak_org_heads"):
                break
            return j + 1, "ORG"
        if hindi_zipf(toks[j].text) >= _GENERIC:
            break
    return end, kind


def _with_hyphenated_half(text: str, toks: Sequence[Span], start: int, end: int) -> int:
    """A place tagged after a hyphen takes the word before it when the joined whole is a known place
    (गिलगित-बाल्टिस्तान; मुंबई-जबलपुर stays two)."""
    if start >= 2 and toks[start - 1].text in _HYPHENS and toks[start - 2].end == toks[start - 1].start \
            and toks[start - 1].end == toks[start].start and _NAME_WORD.match(toks[start - 2].text) \
            and gazetteer.lookup_place(text[toks[start - 2].start:toks[end - 1].end]):
        return start - 2
    return start


def _place_after_head(toks: Sequence[Span], keys: Sequence[str], start: int, end: int) -> bool:
    """An organisation chunk that runs one rare word past its head word (… इंटर कॉलेज फरेंदा): that word is the
    place the organisation is in, not part of its name."""
    return (end - start >= 3 and keys[end - 2] in _word_list("org_heads")
            and keys[end - 1] not in _word_list("org_heads") and _NAME_WORD.match(toks[end - 1].text) is not None
            and hindi_zipf(toks[end - 1].text) < _RARE)


_LIST_JOINERS = frozenset({",", "और", "एवं", "तथा", "व"})
_MAX_PORTFOLIO_WORDS = 6
_PORTFOLIO_WORD_ZIPF = 5.5  # मामले 5.3, पालन 4.9; कहा 6.2, उनकी 5.9, है 7.5


def _with_portfolio_list(toks: Sequence[Span], keys: Sequence[str], tags: Sequence[str], start: int,
                         end: int) -> int:
    """A ministry or other body named by a list of its fields keeps the whole list (उपभोक्ता मामले, खाद्य और
    सार्वजनिक वितरण मंत्रालय; पशुपालन एवं डेरी मंत्रालय; साइबर सेक्टर और इंफ्रास्ट्रक्चर सिक्योरिटी एजेंसी): the tagger
    often starts it at the last comma or conjunction. The list is crossed back over commas and conjunctions while
    the words are plain nouns (untagged, not very common, no title, head, generic noun or oblique plural), and it
    must begin where a phrase begins: the sentence start, punctuation or a postposition (के मत्स्य पालन, …), never
    after a verb or pronoun (उन्होंने कहा, स्वास्थ्य मंत्रालय …; सरकार उनकी है और स्वास्थ्य मंत्रालय …). The heads are
    ``ministry_heads`` and ``descriptions.json`` ``field_list_heads``; with no comma crossed, at most three words
    stand before the conjunction."""
    if keys[end - 1] not in _field_list_heads() or start == 0 or toks[start - 1].text not in _LIST_JOINERS \
            or any(k in _title_words() for k in keys[start:end]):
        return start  # an office in the chunk (… पूर्ति व [कार्यकारी अभियंता बिजली निगम]) lists offices, not fields
    new_start = _field_list_start(toks, keys, lambda j: tags[j] == "O", start, end)
    return new_start if new_start is not None else start


@cache
def _field_list_heads() -> frozenset[str]:
    extra = load("hi", "descriptions").get("field_list_heads", [])
    return _word_list("ministry_heads") | frozenset(match_key(w) for w in extra)


_MAX_FIELD_WORDS = 3  # words before the conjunction when no comma is crossed (सूचना एवं प्रसारण मंत्रालय)


def _field_list_start(toks: Sequence[Span], keys: Sequence[str], untagged, start: int, end: int) -> int | None:
    """Where a list of fields that goes on at token ``start`` (a joiner right before it) to a head at ``end - 1``
    begins, or None when the words before it are no such list (see ``_with_portfolio_list``)."""
    postpositions = _postpositions() - _LIST_JOINERS
    stops = _word_lists("titles", "org_heads", "loc_heads", "not_names")
    new_start = j = start
    comma = False
    while j > 0:
        word = toks[j - 1].text
        if word in _LIST_JOINERS:
            comma = comma or word == ","
            j -= 1
            continue
        if word in postpositions or not _NAME_WORD.match(word):
            break  # a phrase boundary before the list
        if (start - j >= _MAX_PORTFOLIO_WORDS or not untagged(j - 1) or keys[j - 1] in stops
                or keys[j - 1] in _title_words()
                or word.endswith("ों") or hindi_zipf(word) >= _PORTFOLIO_WORD_ZIPF):
            return None  # the list would begin after a verb, pronoun or name: not a portfolio list
        j -= 1
        new_start = j
    # A portfolio list has a conjunction (A, B और C): "वहीं, स्वास्थ्य मंत्रालय" is an adverb and a name.
    joiners = [k for k in range(new_start, end) if toks[k].text in _LIST_JOINERS]
    conjunction = any(toks[k].text != "," for k in joiners)
    if not conjunction or new_start == start or toks[new_start].text in _LIST_JOINERS:
        return None
    if not comma and joiners[0] - new_start > _MAX_FIELD_WORDS:
        return None
    return new_start


def _with_name_prefix(keys: Sequence[str], tags: Sequence[str], start: int, end: int) -> int:
    """An organisation or place ending in its head keeps an honorific that begins its name (श्री गंगा राम
    अस्पताल, सेठ आनंदराम जयपुरिया इंटर कॉलेज): the tagger leaves it out as a person's title."""
    heads = _word_lists("org_heads", "loc_heads")
    if start > 0 and tags[start - 1] == "O" and keys[start - 1] in _word_list("org_name_prefixes") \
            and keys[end - 1] in heads:
        return start - 1
    return start


@cache
def _person_name_words() -> frozenset[str]:
    """Words the training data ever tagged inside a person's name (the model's name lexicon)."""
    from khabar.analyse.ner.tagger import LEXICON_NAME, load_json, model_dir

    lexicon = load_json(model_dir() / LEXICON_NAME)
    return frozenset(match_key(w) for w, flags in lexicon.items() if any("-PER:" in f for f in flags))


@cache
def _name_heads(kind: str) -> frozenset[str]:
    """``descriptions.json`` ``name_heads`` of one type (जमात, मरकज; कॉलोनी, मोहल्ला): heads beyond the NER lists."""
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("name_heads", {}).get(kind, []))


@cache
def _community_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("community_heads", []))


@cache
def body_heads() -> frozenset[str]:
    """Heads that only bodies take (``name_heads`` ORG and ``community_heads``: मरकज, जमात): the word before one
    names the body (``_body_names`` here, ``EntityIndex._body_short_name_type`` across articles)."""
    return _name_heads("ORG") | _community_heads()


@cache
def _heads_typing(kind: str) -> frozenset[str]:
    """The heads that make a name an organisation (``ORG``) or a "person" a place (``LOC``), for ``_type_by_head``."""
    if kind == "ORG":
        return _word_list("org_heads") | body_heads()
    extra = load("hi", "descriptions").get("acronym_place_heads", [])
    return _word_list("loc_heads") | _name_heads("LOC") | frozenset(match_key(w) for w in extra)


def _type_by_head(keys: Sequence[str], kind: str) -> str:
    """A name ending in an organisation head is an organisation (मध्य रेलवे, बृहन्मुंबई महानगरपालिका, निजामुद्दीन
    मरकज), unless the head is also a surname (सोनू निगम); a "person" ending in a place head is a place (दत्ता
    कॉलोनी, असंध रोड). The link step's ``head_type`` does the same for entities; here it types the mention."""
    if len(keys) >= 2 and keys[-1] in _name_heads("LOC") and keys[-1] in _community_heads():
        return "LOC"  # निजामुद्दीन मरकज: the centre of a community is a building, a place, whoever tagged it
    if kind == "ORG" or len(keys) < 2:
        return kind
    if kind == "PER" and (keys[-1] in _person_name_words() or keys[-1] in _word_list("place_org_heads")):
        return kind
    if keys[-1] in _heads_typing("ORG"):
        return "ORG"
    if kind == "PER" and keys[-1] in _heads_typing("LOC"):
        return "LOC"
    return kind


def _known_place(key: str) -> bool:
    """A country or large city safe to tag on its own, and not a curated person's name."""
    return gazetteer.fallback_names().get(key) == "LOC"


def _latin_acronyms(text: str, toks: Sequence[Span], taken: list[bool]) -> list[Mention]:
    """All-capitals Latin words the tagger left untagged in Hindi text (ANI, ISRO): organisations."""
    out: list[Mention] = []
    if not toks or not _CAPITAL.search(text, toks[0].start, toks[-1].end):
        return out
    for j, tok in enumerate(toks):
        if (not taken[j] and _ACRONYM.match(tok.text) and not _in_compound(text, tok.start, tok.end)
                and _latin_chunk_type([tok.text], "ORG") == "ORG"):
            out.append(Mention(tok.start, tok.end, tok.text, "ORG", source="model"))
    return out


def _in_compound(text: str, start: int, end: int) -> bool:
    """A word joined by a hyphen to the next or previous one (RT-PCR, COVID-19): part of a term."""
    return (text[end:end + 1] in _HYPHENS and text[end + 1:end + 2].isalnum()) or \
        (start > 0 and text[start - 1:start] in _HYPHENS and text[start - 2:start - 1].isalnum())


def _join(keys: Sequence[str]) -> str:
    """The matching key of a token run: hyphens (keyed as "") vanish, as in ``match_key("जोंग-उन")``."""
    return " ".join(k for k in keys if k)


@cache
def _name_starts() -> dict[str, int]:
    """The first word of every gazetteer name (token keys hold no spaces) -> the most words of a name that
    begins with it."""
    starts: dict[str, int] = {}
    for key in gazetteer.fallback_names():
        parts = key.split(" ")
        if parts[0] and len(parts) > starts.get(parts[0], 0):
            starts[parts[0]] = len(parts)
    return starts


def _gazetteer_chunks(keys: Sequence[str]) -> list[_Chunk]:
    """Longest gazetteer matches, left to right, over token keys."""
    index = gazetteer.fallback_names()
    starts = _name_starts()
    found = []
    i = 0
    while i < len(keys):
        step = 1
        if keys[i] not in starts:  # no name begins with this word: skip the joins and lookups
            i += 1
            continue
        top = min(_MAX_NAME_TOKENS, len(keys) - i)
        most = starts[keys[i]]
        if most < top:
            # A run joins its non-empty keys, each a word or more: a run with more of them than the longest name
            # that begins with this word has words cannot be a name, nor can any longer run.
            words = 0
            for j in range(i, i + top):
                if keys[j]:
                    words += 1
                    if words > most:
                        top = j - i
                        break
        for length in range(top, 0, -1):
            if not keys[i + length - 1]:  # a hyphen (keyed as "") ends no name: पीटीआई-भाषा is not पीटीआई-
                continue
            kind = index.get(_join(keys[i:i + length]))
            if kind:
                found.append(_Chunk(i, i + length, kind, "gazetteer"))
                step = length
                break
        i += step
    return found


def _merge(chunks: list[_Chunk], gazetteer_chunks: list[_Chunk], keys: Sequence[str]) -> list[_Chunk]:
    curated = gazetteer.curated_types()
    out = list(chunks)
    for g in gazetteer_chunks:
        overlapping = [c for c in out if c.start < g.end and g.start < c.end]
        if not overlapping:
            out.append(g)
            continue
        is_curated = _join(keys[g.start:g.end]) in curated
        if is_curated and all(g.start <= c.start and c.end <= g.end and (c.end - c.start) < (g.end - g.start)
                              for c in overlapping):
            for c in overlapping:
                out.remove(c)
            out.append(_Chunk(g.start, g.end, g.type, "model"))
        elif is_curated and g.type == "LOC" and g.end - g.start > 1 \
                and not any(c.start <= g.start and g.end <= c.end for c in overlapping):
            # अंडमान और [निकोबार द्वीपसमूह], [प्रदेश अंडमान] और …: the tagger cut a known place of several words
            # (often two names joined by और) and ran one piece into the word before. No half of the place is an
            # entity: the place is kept whole and a crossing chunk keeps only its words outside it.
            # A leftover of head words alone (प्रदेश of केंद्र शासित प्रदेश) names nothing.
            heads = _word_lists("not_names", "loc_heads", "org_heads")
            for c in overlapping:
                out.remove(c)
                for a, b in ((c.start, g.start), (g.end, c.end)):
                    if a < b and not all(k in heads for k in keys[a:b] if k):
                        out.append(_Chunk(a, b, c.type, c.source))
            out.append(_Chunk(g.start, g.end, g.type, "model"))
    out.sort(key=lambda c: c.start)
    return out


@cache
def _longest_curated_key() -> int:
    return 2 * max(map(len, gazetteer.curated_types()), default=0) + 2


def _glued(text: str, tok: Span) -> Mention | None:
    """A curated name or country glued to a following word (``एएफपीविशेषज्ञों``), split off."""
    word = tok.text
    freq = frequencies()
    if word in freq or len(word) < 2 + _MIN_GLUED_REST:
        return None
    index = gazetteer.curated_types()
    # A head longer than the longest curated name (twice over: folding drops nuktas and joiners) cannot be one;
    # without the bound a long word costs time quadratic in its length.
    longest = _longest_curated_key()
    for cut in range(min(len(word) - _MIN_GLUED_REST, longest), 1, -1):
        head, rest = word[:cut], word[cut:]
        kind = index.get(match_key(head))
        if kind and rest in freq:
            return Mention(tok.start, tok.start + cut, text[tok.start:tok.start + cut], kind, source="gazetteer")
    return None


def _unglued_tail(text: str, mention: Mention) -> Mention:
    """A one-word mention that is a common word glued to a known place by scraping (``मामलेराजस्थान``): the
    place alone."""
    word = mention.text
    freq = frequencies()
    # One plain word only: जम्मू-कश्मीर is two names joined by a hyphen, not a common word glued to कश्मीर.
    if not _NAME_WORD.match(word) or word in freq or len(word) < 2 + _MIN_GLUED_REST:
        return mention
    index = gazetteer.fallback_names()
    for cut in range(2, len(word) - _MIN_GLUED_REST + 1):
        head, rest = word[:cut], word[cut:]
        kind = index.get(match_key(rest))
        if kind and head in freq:
            start = mention.start + cut
            return Mention(start, mention.end, text[start:mention.end], kind, source=mention.source)
    return mention


# The chunk rules and the recurrences of names both read a sentence's token keys: keyed once per article.
@lru_cache(maxsize=1024)
def _sentence_keys(text: str, start: int, end: int) -> tuple[str, ...]:
    return tuple([match_key(t.text) for t in tokenize(text, start, end)])


def mentions_in_sentence(text: str, sentence: Span, tags: Sequence[str] | None = None) -> list[Mention]:
    """PER/LOC/ORG mentions in one sentence of ``text``; ``tags`` are the tagger's for its tokens when the
    caller tagged many sentences at once."""
    toks = list(tokenize(text, sentence.start, sentence.end))
    if not toks:
        return []
    keys = _sentence_keys(text, sentence.start, sentence.end)
    if tags is None:
        tags = active_tagger().tag([_plain(t.text) for t in toks])
    chunks = _merge(_model_chunks(text, toks, keys, list(tags)), _gazetteer_chunks(keys), keys)
    taken = [False] * len(toks)
    out = []
    curated = gazetteer.curated_types()
    for c in chunks:
        surface = _surface(text, toks, c.start, c.end)
        kind = curated.get(match_key(surface), c.type)
        out.append(Mention(toks[c.start].start, toks[c.end - 1].end, surface, kind, source=c.source))
        for j in range(c.start, c.end):
            taken[j] = True
    freq = frequencies()
    for j, tok in enumerate(toks):
        # A common word is glued to nothing (_glued's first test, here without a call for each of them).
        if not taken[j] and tok.text not in freq and (m := _glued(text, tok)):
            out.append(m)
    out = [_unglued_tail(text, m) for m in out]
    out.extend(_latin_acronyms(text, toks, taken))
    out.sort(key=lambda m: m.start)
    return out


def _propagate(text: str, sentences: Sequence[Span], found: list[Mention],
               blocked: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Tag untagged recurrences of names the model found elsewhere in the same article, outside the ``blocked``
    spans (chunks dropped as no names: the ऑरेंज of ऑरेंज जोन is no recurrence of a name ऑरेंज)."""
    freq = frequencies()
    names: dict[tuple[str, ...], str] = {}
    for m in found:
        parts = tuple(match_key(t.text) for t in tokenize(m.text))
        if m.source == "model" and parts and (len(parts) > 1 or freq.get(m.text, 0.0) < _COMMON_WORD):
            names.setdefault(parts, m.type)
    if not names:
        return found
    longest = max(len(k) for k in names)
    first_keys = {k[0] for k in names}  # a recurrence can only start at a name's first word
    # Spans sorted by start with the furthest end so far: an overlap test in log time (a scan of every mention
    # for every recurrence was quadratic in long texts).
    covered = Intervals([(m.start, m.end) for m in found] + list(blocked))
    extra = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        i = 0
        while i < len(toks):
            step = 1
            if keys[i] not in first_keys:
                i += 1
                continue
            for length in range(min(longest, len(toks) - i), 0, -1):
                kind = names.get(tuple(keys[i:i + length]))
                if not kind:
                    continue
                a, b = toks[i].start, toks[i + length - 1].end
                if not covered.overlaps(a, b):
                    extra.append(Mention(a, b, text[a:b], kind, source="document"))
                step = length
                break
            i += step
    return sorted(found + extra, key=lambda m: m.start)


def _split_adjacent(text: str, found: list[Mention]) -> list[Mention]:
    """Split a PER chunk that is two names side by side (``जब पुतिन किम को ...``, a headline's ``पुतिन प्योंगयांग
    पहुंचे``) where the pair itself occurs once: the left half is a person named alone in the article (or the
    surname of one: पुतिन of व्लादिमीर पुतिन), the right half a name of any type named alone. Each half keeps the
    type it has alone."""
    chunks = Counter(match_key(m.text) for m in found if m.type == "PER")
    alone: dict[str, Counter[str]] = {}
    surnames = set()
    for m in found:
        alone.setdefault(match_key(m.text), Counter())[m.type] += 1
        words = m.text.split()
        if m.type == "PER" and len(words) >= 2:
            surnames.add(match_key(words[-1]))

    def type_alone(key: str) -> str | None:
        types = alone.get(key)
        return types.most_common(1)[0][0] if types else None

    out = []
    for m in found:
        parts = list(tokenize(text, m.start, m.end)) if m.type == "PER" else []
        split_at = None
        if len(parts) >= 2 and chunks[match_key(m.text)] == 1:
            for k in range(1, len(parts)):
                left = match_key(text[parts[0].start:parts[k - 1].end])
                right_type = type_alone(match_key(text[parts[k].start:parts[-1].end]))
                if right_type and (type_alone(left) == "PER" or left in surnames):
                    split_at = (k, right_type)
                    break
        if split_at is None:
            out.append(m)
            continue
        k, right_type = split_at
        out.append(Mention(parts[0].start, parts[k - 1].end, text[parts[0].start:parts[k - 1].end], "PER",
                           source=m.source))
        out.append(Mention(parts[k].start, parts[-1].end, text[parts[k].start:parts[-1].end], right_type,
                           source=m.source))
    return out


@cache
def _indian_states() -> frozenset[str]:
    """English names of India's states and territories (``lang/en/regions.json``), without diacritics."""
    return frozenset(load("en", "regions").get("geonames_admin1", {}).get("IN", {}).values())


def _without_marks(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _country_or_state(name: str) -> bool:
    """A country, a continent or one of India's states (not any region of the world: GeoNames calls क्वीन and मध्य
    regions)."""
    place = gazetteer.lookup_place(name)
    return place is not None and (place.kind in ("country", "continent")
                                  or (place.kind == "region" and _without_marks(place.name) in _indian_states()))


def _city(name: str) -> bool:
    """A city or town the gazetteer knows (GeoNames: अलुवा, मेरठ), not a region."""
    place = gazetteer.lookup_place(name)
    return place is not None and place.kind == "city"


def _split_place_lists(text: str, found: list[Mention]) -> list[Mention]:
    """खिलाड़ी न्यूजीलैंड आस्ट्रेलिया दौरे से लौटे: a place chunk that is places listed without commas is one
    place each, when every part is one word that is a country, a continent, an Indian state or a city the
    gazetteer knows (केरल अलुवा, session 30) or that the article names alone as a place, one part at least is a
    country, continent or state, and the whole is no known place (जम्मू कश्मीर, दमन दीव stay whole). Why: the
    tagger reads a list of states in a headline or a distribution line as one name, and the made-up place joined
    nothing. Parts of two or more words, compass words
    and heads are left (पश्चिम चंपारण, जम्मू रेलवे स्टेशन, पिम्परी चिंचवाड़: no country or state), and so is a part
    neither the gazetteer nor the article knows (बिहार बंगाल stays one when बंगाल is named nowhere alone)."""
    alone = Counter(match_key(m.text) for m in found if m.type == "LOC")
    heads = _word_lists("loc_heads", "org_heads", "not_names") | _compass_keys() | {match_key("मध्य")}

    def place_part(a: int, b: int) -> bool:
        name = text[a:b]
        if " " in name or any(match_key(w) in heads for w in regex.split(f"[{_HYPHENS}]", name)):
            return False
        return bool(alone[match_key(name)]) or _country_or_state(name) or _city(name)

    def parts(toks: list[Span], whole: bool = False) -> list[tuple[int, int]] | None:
        if not whole and place_part(toks[0].start, toks[-1].end):
            return [(toks[0].start, toks[-1].end)]
        for k in range(1, len(toks)):
            if text[toks[k - 1].end:toks[k].start] != " " or not _NAME_WORD.match(toks[k].text):
                continue
            if place_part(toks[0].start, toks[k - 1].end) and (rest := parts(toks[k:])):
                return [(toks[0].start, toks[k - 1].end), *rest]
        return None

    out = []
    for m in found:
        toks = list(tokenize(text, m.start, m.end)) if m.type == "LOC" and " " in m.text else []
        split = (parts(toks, whole=True) if toks and alone[match_key(m.text)] == 1
                 and not gazetteer.lookup_place(m.text) else None)
        if not split or len(split) < 2 or not any(_country_or_state(text[a:b]) for a, b in split):
            out.append(m)
            continue
        out.extend(Mention(a, b, text[a:b], "LOC", source=m.source) for a, b in split)
    return out


def _split_coordinated_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """[विस्कॉन्सिन विश्वविद्यालय एवं फ्लुजेन कंपनी] के वैज्ञानिक: an organisation chunk whose words before a
    conjunction already end in an organisation head, and whose words after it end in one too, is two bodies. Why:
    the tagger runs coordinated bodies into one name, which names neither. A conjunction inside one name comes
    before its head, not after one (स्वास्थ्य और परिवार कल्याण मंत्रालय, सूचना एवं प्रसारण मंत्रालय stay whole)."""
    heads = _word_list("org_heads") | _body_kind_nouns()
    joiners = {match_key(w) for w in _LIST_JOINERS if w != ","}
    out = []
    for m in found:
        toks = list(tokenize(text, m.start, m.end)) if m.type == "ORG" and " " in m.text else []
        keys = [match_key(t.text) for t in toks]
        k = next((i for i in range(2, len(toks) - 1) if keys[i] in joiners and keys[i - 1] in heads), None)
        if k is None or keys[-1] not in heads or len(toks) - k - 1 < 2:
            out.append(m)
            continue
        for a, b in ((toks[0].start, toks[k - 1].end), (toks[k + 1].start, toks[-1].end)):
            out.append(Mention(a, b, text[a:b], "ORG", source=m.source))
    return out


def _join_adjacent(text: str, found: list[Mention]) -> list[Mention]:
    """स्वास्थ्य सचिव [नितिन मदन] [कुलकर्णी] ने: a person mention and a one-word person mention right after it, one
    space apart, are one name when the article names neither half alone elsewhere (पुतिन किम को, where both are
    named alone, stays two people) and the first has no title in it. Why: the tagger sometimes starts a new name at
    a rare surname, and the cut name became an entity of its own."""
    titles = _word_list("titles")
    pairs = [i for i in range(len(found) - 1)
             if found[i].type == found[i + 1].type == "PER" and text[found[i].end:found[i + 1].start] == " "
             and len(found[i + 1].text.split()) == 1]
    if not pairs:
        return found
    in_pairs = {j for i in pairs for j in (i, i + 1)}
    elsewhere = Counter(match_key(m.text) for k, m in enumerate(found) if k not in in_pairs)
    out, skip = [], set()
    for i, m in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i in pairs else None
        if nxt is None or elsewhere[match_key(m.text)] or elsewhere[match_key(nxt.text)] \
                or any(match_key(w) in titles for w in m.text.split()):
            out.append(m)
            continue
        out.append(replace(m, end=nxt.end, text=text[m.start:nxt.end]))
        skip.add(i + 1)
    return out


@cache
def _place_conjunctions() -> tuple[str, ...]:
    return tuple(load("hi", "ner").get("place_conjunctions", []))


_CONJOINED_AFTER = regex.compile(r"[ \t]+(\S+)[ \t]+([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?(?:[ \t]+[\p{L}\p{M}]+){0,2})")
_CONJOINED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]+(\S+)[ \t]+$")


def _conjoined_place(first: str, conjunction: str, second: str) -> bool:
    """Is ``first <conjunction> second`` a known place with a conjunction in its name, written with this or any
    other conjunction of ``place_conjunctions`` (जम्मू व कश्मीर = जम्मू और कश्मीर = जम्मू-कश्मीर)?"""
    return conjunction in _place_conjunctions() \
        and gazetteer.lookup_place(f"{first} {conjunction} {second}") is not None


def _known_conjoined(text: str, found: list[Mention]) -> list[Mention]:
    """हिमाचल का कांगड़ा, [जम्मू] व [कश्मीर] का श्रीनगर व [जम्मू]: a mention that is one part of a known place whose
    name joins its parts with a conjunction (the gazetteer's जम्मू और कश्मीर, दमन और दीव, अंडमान और निकोबार
    द्वीपसमूह; ``ner.json`` ``place_conjunctions``: व, और, एवं, एंड), written here with that or another conjunction,
    is cut from that name: the whole name is the mention, a place. Why: the tagger stopped at व, and the state's
    first word was linked with the city named four words on. The longest known name wins; a part is read only up to
    three words past the conjunction and one or two before it."""
    if not found or not _place_conjunctions():
        return found
    joined: list[Mention] = []
    for m in found:
        if any(j.start <= m.start and m.end <= j.end for j in joined):
            continue
        span = _conjoined_span(text, m)
        if span is not None:
            joined.append(Mention(span[0], span[1], text[span[0]:span[1]], "LOC", source=m.source))
    if not joined:
        return found
    kept = [m for m in found if not any(m.start < j.end and j.start < m.end for j in joined)]
    return sorted(kept + joined, key=lambda m: m.start)


def _conjoined_span(text: str, m: Mention) -> tuple[int, int] | None:
    after = _CONJOINED_AFTER.match(text, m.end, min(len(text), m.end + 120))
    if after is not None:
        words = after.group(2).split()
        for k in range(len(words), 0, -1):
            if _conjoined_place(m.text, after.group(1), " ".join(words[:k])):
                return m.start, after.start(2) + _end_of_word(after.group(2), k)
    before = _CONJOINED_BEFORE.search(text, max(0, m.start - 80), m.start) \
        if _conjunction_ends(text, max(0, m.start - 80), m.start) else None
    if before is not None:
        starts = [before.start(1) + w.start() for w in regex.finditer(r"\S+", before.group(1))]
        for start in starts:  # the longest first part first
            if _conjoined_place(" ".join(text[start:before.end(1)].split()), before.group(2), m.text):
                return start, m.end
    return None


def _conjunction_ends(text: str, start: int, end: int) -> bool:
    """Can ``_CONJOINED_BEFORE`` find a conjunction of ``place_conjunctions`` in ``text[start:end]``? Its second
    group is the window's last word (``$`` matches at the end or before a final newline), which must be spaced
    on both sides and one of the conjunctions for ``_conjoined_place`` to hold. A necessary test, in a few string
    comparisons, for the pattern's search over every start of the 80 characters before each mention (most of
    ``_known_conjoined``'s time, and almost no mention follows a conjunction)."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    last = len(text[start:end].rstrip(" \t")) + start
    if last == end:
        return False
    return any(last - len(c) - 1 >= start and text.startswith(c, last - len(c), last)
               and text[last - len(c) - 1] in " \t" for c in _place_conjunctions())


def _end_of_word(words: str, k: int) -> int:
    """The length of the first ``k`` words of ``words`` as written (tabs or double spaces kept)."""
    return [w.end() for w in regex.finditer(r"\S+", words)][k - 1]


@cache
def _area_heads_after() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("area_heads_after", []))


@cache
def _place_words_after() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("place_words_after", []))


_AREA_GAP = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")
_GENITIVE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:के|की|का)[ \t]+$")


def _areas_by_head_after(text: str, found: list[Mention]) -> list[Mention]:
    """दिल्ली के [निजामुद्दीन] इलाके में: a one-word "person" or "organisation" right before an area's head word
    (``descriptions.json`` ``area_heads_after``: इलाके, क्षेत्र) is a place. Why: the tagger gave the Delhi quarter as
    an organisation in reports of the Markaz near it, and the store typed the quarter an organisation. Runs before
    the article's type vote, so the place reading counts there. Written both inside a place and before an area
    head (दिल्ली के निजामुद्दीन इलाके), the word is a place in the whole article, however many of its other mentions
    the tagger gave as the body named after it (निजामुद्दीन में मरकज, निजामुद्दीन मामले): the vote does not undo it.
    So is a "person" right before a word that says what lies in it (``place_words_after``: [निजामुद्दीन] स्थित मरकज)."""
    heads = _area_heads_after()
    placed: set[str] = set()
    for m in found:
        after = _AREA_GAP.match(text, m.end)
        if m.type == "PER" and after and match_key(after.group(1)) in _place_words_after():
            # [निजामुद्दीन] स्थित मरकज: what something is situated in is a place, never a person.
            m.type = "LOC"
            placed.add(match_key(m.text))
            continue
        if m.type not in ("PER", "ORG", "LOC") or len(m.text.split()) != 1:
            continue
        if not after or match_key(after.group(1)) not in heads:
            continue
        # A person may be the subject before an area word (रमेश इलाके के लोगों से मिले): a "person" is a place only
        # as a place's part, after a genitive (दिल्ली के निजामुद्दीन इलाके).
        before = _GENITIVE_BEFORE.search(text, max(0, m.start - 8), m.start)
        if m.type == "ORG" or before:
            m.type = "LOC"
        if before:  # the tagger's own place reading counts too
            placed.add(match_key(m.text))
    for m in found:
        if m.type in ("PER", "ORG") and match_key(m.text) in placed:
            m.type = "LOC"
    return found


def _untagged_areas(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """चंबा जिले के [चुराह] क्षेत्र से, मरीज [झूंसी] इलाके का, वर्ली, बोरीवली और [भांडुप] इलाकों में: a rare word
    (zipf below 3) the tagger left untagged right before an area's head word (``descriptions.json``
    ``area_heads_after``: क्षेत्र, इलाके) is a locality, a place; the article's recurrences follow (``_propagate``).
    Why: towns, quarters and blocks of a district are named so in local news and are too small for the tagger's
    training text and the gazetteer; in 5,000 covid5 reports such a rare word is a place about three times in four.
    Not when the word says what kind of area it is (``area_kinds_before``: हॉटस्पॉट, कंटेनमेंट, निरुद्ध: क्षेत्र is
    also "zone" and "sector"), is a demonym (कैरिबियाई क्षेत्र), a word the lists know as no name, a title or head,
    or when a plain word or a name stands glued or right before it (ग्रेटर सिएटल इलाके, मुंबई मेट्रोपोलिटन क्षेत्र:
    the name may be longer; left as the tagger had it)."""
    heads = _area_heads_after()
    kinds = _area_kinds_before()
    if not heads:
        return found
    stops = _word_lists("postpositions", "titles", "org_heads", "loc_heads", "not_name_edges", "group_heads") \
        | _title_words() | _calendar_words() | kinds
    covered = Intervals.of(found)
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i in range(len(toks) - 1):
            if keys[i + 1] not in heads or text[toks[i].end:toks[i + 1].start] not in (" ", "\t"):
                continue
            tok = toks[i]
            if covered.overlaps(tok.start, tok.end) or not _NAME_WORD.match(tok.text) or keys[i] in stops \
                    or hindi_zipf(tok.text) >= _RARE or _no_name(tok.text) or is_demonym(tok.text) \
                    or acronym_letters(tok.text) or keys[i].endswith(("ों", "ें", "ियाई")):
                continue  # कैरिबियाई, इंडोनेशियाई: a region's adjective
            if i > 0:
                before = toks[i - 1]
                gap = text[before.end:tok.start]
                if gap == "" or gap.strip() not in ("", ","):
                    continue  # पिम्परी-चिंचवाड़, लक्खीबाग/रीठामंडी: part of a longer written name
                if not gap.strip() and (covered.overlaps(before.start, before.end) or (
                        _NAME_WORD.match(before.text) and hindi_zipf(before.text) < _RARE)):
                    continue  # ग्रेटर सिएटल, मुंबई मेट्रोपोलिटन: the name may begin before the word
            extra.append(Mention(tok.start, tok.end, tok.text, "LOC", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _area_kinds_before() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("area_kinds_before", []))


def _vote_types(found: list[Mention]) -> list[Mention]:
    """One name, one type per article: the type most mentions of it got."""
    votes: dict[str, Counter[str]] = {}
    for m in found:
        votes.setdefault(match_key(m.text), Counter())[m.type] += 1
    for m in found:
        counts = votes[match_key(m.text)]
        best, n = counts.most_common(1)[0]
        if best != m.type and n > counts[m.type]:
            m.type = best
    return found


def find_mentions(text: str, analysis: Analysis) -> list[Mention]:
    """PER/LOC/ORG mentions over the article's body sentences, offsets into ``text``."""
    if analysis.lang != "hi":  # the model is Hindi; English names have their own finder
        return []
    sentences = analysis.body_sentences()
    # One batch for the whole article: the tagger's neural part is much faster on many sentences at once.
    tokens = [[_plain(t.text) for t in tokenize(text, s.start, s.end)] if _JOINERS.search(text, s.start, s.end)
              else [t.text for t in tokenize(text, s.start, s.end)]  # no joiner: _plain changes no token
              for s in sentences]
    tags = active_tagger().tag_many(tokens)
    found: list[Mention] = []
    for sentence, sentence_tags in zip(sentences, tags, strict=True):
        found.extend(mentions_in_sentence(text, sentence, sentence_tags))
    found = _known_conjoined(text, _join_adjacent(text, _split_coordinated_bodies(
        text, _split_place_lists(text, _split_adjacent(text, found)))))
    found = [_without_count(text, m) for m in (_cut_at_visarga(text, m) for m in found) if not _number_word(m.text)]
    found = _acronym_bodies(text, sentences, _national_bodies(text, sentences, _head_named(text, sentences, found)))
    dropped = [(m.start, m.end) for m in found if _no_name(m.text) or _title_alone(m) or _task_group(m.text)
               or _in_contest_name(text, m)]
    if dropped:
        gone = set(dropped)
        found = [m for m in found if (m.start, m.end) not in gone]
    found = _field_list_bodies(text, sentences, _list_places(text, sentences, _through_joiners(text, found)))
    found = _compass_districts(text, _table_places(text, found))
    # After the recurrences: a name that begins with an acronym (डीसीबी बैंक) recurs whole before its acronym alone.
    found = _untagged_areas(text, sentences, _names_after_honorific(text, sentences, _initials_after_title(
        text, sentences, found)))
    found = _acronym_orgs(text, sentences, _surnames_alone(text, sentences, _full_person_names(text, _propagate(
        text, sentences, _office_named(text, sentences, found), blocked=dropped))))
    found = _latin_glosses(text, _credit_agencies(text, analysis, _join_org_tails(text, found)))
    found = _kind_named(text, _areas_by_head_after(text, _with_subdivision_word(text, _with_glued_lead(text, found))))
    found = _named_after_kind(text, sentences, found)
    found = _hospital_names(text, sentences, _shrines(text, _outlet_names(text, found)))
    found = _governments_of_places(text, _numbered_places(text, sentences, found))
    found = _with_name_honorific(text, _department_names(text, sentences, _body_names(_vote_types(_campus_names(
        text, found)))))
    found = _latin_known_names(text, sentences, found)
    return towns.town_mentions(text, sentences, found)


_SURNAME_ZIPF = 5.5  # a surname alone that is a very common word too (सिंह 5.3, कुमार 5.4 pass; सभी, बात fail)


def _surnames_alone(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """काफी चर्चा में आए [त्यागी] ने बताया: a word the tagger left untagged that is the last word of a person the
    article names in full (नरेंद्र त्यागी), right before the agent marker ने, is that person by surname. Why: a
    report names a person in full once and by surname after; ने marks the doer of a past act, a person or a body,
    and the article says which person bears the name. Not a title, office or a very common word."""
    surnames = {match_key(m.text.split()[-1]) for m in found if m.type == "PER" and len(m.text.split()) > 1}
    stops = _title_words() | _word_lists("titles", "postpositions", "not_names", "org_heads")
    surnames = {w for w in surnames if w not in stops and hindi_zipf(w) < _SURNAME_ZIPF}
    if not surnames:
        return found
    covered = Intervals.of(found).overlaps
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i, tok in enumerate(toks[:-1]):
            if keys[i] in surnames and keys[i + 1] == "ने" and not covered(tok.start, tok.end) \
                    and not (i > 0 and covered(toks[i - 1].start, toks[i - 1].end)):
                extra.append(Mention(tok.start, tok.end, tok.text, "PER", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _full_person_names(text: str, found: list[Mention]) -> list[Mention]:
    """[नरेंद्र] त्यागी अकसर ड्यूटी पर …: a person cut short where the words after it complete a longer person the
    article names elsewhere (नर्सिंग ऑफिसर [नरेंद्र त्यागी]) is that longer name, when no other mention covers the
    words it takes. Why: the tagger sometimes ends a name one word early, most often at a sentence's start, and
    the article itself says the name is longer."""
    persons = {m.text for m in found if m.type == "PER" and " " in m.text.strip()}
    if not persons:
        return found
    starts = {m.start for m in found}
    covered = Intervals.of(found).overlaps
    out = []
    for m in found:
        if m.type == "PER":
            longer = [p for p in persons if p.startswith(m.text + " ") and text.startswith(p, m.start)
                      and not _NAME_CHAR.match(text, m.start + len(p))]
            for name in sorted(longer, key=len, reverse=True):
                end = m.start + len(name)
                if not covered(m.end, end) and not any(m.end <= s < end for s in starts):
                    m = replace(m, end=end, text=name)
                    break
        out.append(m)
    return out


@cache
def _no_names() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("not_names", []))


def _task_group(name: str) -> bool:
    """सर्विलांस टीम, रैपिड रिस्पांस टीम, मेडिकल दल: a word for a group of people (``ner.json`` ``group_heads``) after
    only the words that say a generic body's kind or task (``descriptions.json`` ``generic_bodies`` modifiers) is a
    team some body sent out, no name. Dropped with the other non-names, before the recurrences: the tagger tagged
    one सर्विलांस टीम of a report and the article's recurrences made six ORG mentions that no gold marks."""
    keys = [match_key(w) for w in name.split()]
    return len(keys) >= 2 and keys[-1] in _word_list("group_heads") \
        and all(k in _generic_modifiers() for k in keys[:-1])


@cache
def _contest_words() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """The contest heads and the sports that may stand before them (``descriptions.json`` ``contest_heads``,
    ``contest_sports``), each as a tuple of word keys, longest first."""
    data = load("hi", "descriptions")

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        out = {tuple(match_key(w) for w in p.split()) for p in data.get(name, [])}
        return tuple(sorted(out, key=len, reverse=True))
    return phrases("contest_heads"), phrases("contest_sports")


_YEAR = regex.compile(r"(?:19|20)\d\d|[१२][९०][०-९][०-९]")
_DEVANAGARI_START = regex.compile(r"\p{Devanagari}")
_CONTEST_LOOKAHEAD = 6  # words after a name read for a contest head: sport words, a year, the head


def _in_contest_name(text: str, m: Mention) -> bool:
    """ऑल [इंग्लैंड] बैडमिंटन चैंपियनशिप, [जापान] ओपन, सुल्तान [अजलान शाह] हॉकी टूर्नामेंट: a place or person in
    Devanagari right before a tournament's head (``contest_heads``), with only sports' names and a year between, is
    part of that tournament's fixed name, and a name inside an event's name is not marked (docs/annotation.md). Why:
    the tagger tags the place of every such name of a sports roundup and the link step makes it the country. The
    host city of the games (टोक्यो ओलंपिक) stays: it tells one edition's stories from the next. Organisations stay
    (a club's or league's name before कप is a body)."""
    if m.type == "ORG" or not _DEVANAGARI_START.match(m.text):
        return False
    heads, sports = _contest_words()
    toks = list(itertools.islice(tokenize(text, m.end, min(len(text), m.end + 120)), _CONTEST_LOOKAHEAD))
    keys = [match_key(t.text) for t in toks]
    if not toks or text[m.end:toks[0].start].strip():
        return False  # a comma or a bracket ends the name
    i = 0
    while i < len(keys):
        if any(tuple(keys[i:i + len(h)]) == h for h in heads):
            return True
        sport = next((p for p in sports if tuple(keys[i:i + len(p)]) == p), None)
        if sport:
            i += len(sport)
        elif _YEAR.fullmatch(toks[i].text):
            i += 1
        else:
            return False
    return False


def _no_name(name: str) -> bool:
    """कोरोना, लॉकडाउन, उमरा, युवक, भाभी: words the tagger takes for names that name no person, place or body
    (``descriptions.json`` ``not_names``: diseases, rites, festivals, kin and common nouns for people). Dropped
    before the article's recurrences are tagged: one such chunk made a place of every कोरोना of a report."""
    return match_key(name) in _no_names()


@cache
def _title_words() -> frozenset[str]:
    """Titles, honorifics and offices of the description and person-name lists (प्रॉड्यूसर, महाधिवक्ता, सीएस,
    अभियंता)."""
    data = load("hi", "descriptions")
    words = {*data.get("titles", {}), *data.get("honorifics", []),
             *data.get("acronym_not_bodies", {}).get("offices", [])}
    words.update(w for forms in load("hi", "person_names").get("offices", {}).values() for w in forms)
    return frozenset(match_key(w) for w in words) | _word_list("titles")


def _title_alone(m: Mention) -> bool:
    """A mention that is one title, honorific or office alone (प्रॉड्यूसर ने कहा, सीएस सिंह): a role, no name. Of
    any type: an office's acronym the tagger typed as a body in a headline (मुकदमा: डीजीपी सीताराम …) was a body
    in every recurrence of the article; the office is what a body has, never the body's name."""
    return " " not in m.text.strip() and match_key(m.text) in _title_words()


def _body_names(found: list[Mention]) -> list[Mention]:
    """निजामुद्दीन मरकज … [निजामुद्दीन]: a "person" whose name is what an organisation or place of the same article
    is named by before a head that only such bodies have (``name_heads`` ORG, ``community_heads``: मरकज, जमात) is that
    body's short name and takes its type. Why: once the head typed the full name, the bare word the tagger gave as a
    person stayed one, and made a person entity of a quarter of Delhi. Heads that follow people's names too (केजरीवाल
    सरकार, राम मंदिर) are left out."""
    heads = body_heads()
    named: dict[str, str] = {}
    for m in found:
        words = [match_key(w) for w in m.text.split()]
        if m.type in ("ORG", "LOC") and len(words) >= 2 and words[-1] in heads:
            named.setdefault(" ".join(words[:-1]), m.type)
    if not named:
        return found
    for m in found:
        if m.type == "PER" and (kind := named.get(" ".join(match_key(w) for w in m.text.split()))):
            m.type = kind
    return found


def _head_named(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """तब्लीगी जमात, … अखाड़ा: a rare word the tagger left untagged right before the head of a religious or community
    body (``descriptions.json`` ``community_heads``: जमात, मरकज, अखाड़ा) is that body's name. Why: the tagger, trained
    on other news, missed a body named in every report of a month. A rare word is a name (zipf below 3); a common
    one is not, and a word right after another mention belongs to that name, not to a new one."""
    heads = _community_heads()
    taken = sorted((m.start, m.end) for m in found)
    extra = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)  # made once for the chunk rules
        for (before, head), head_key in zip(itertools.pairwise(toks), keys[1:], strict=True):
            if head_key not in heads or not _NAME_WORD.match(before.text) \
                    or hindi_zipf(before.text) >= _RARE or text[before.end:head.start] != " ":
                continue
            if any(a < head.end and b >= before.start - 1 for a, b in taken):
                continue  # inside a mention, or right after one (सलीम [प्रोविजनल] स्टोर)
            extra.append(Mention(before.start, head.end, text[before.start:head.end], "ORG", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _national_demonym(word: str) -> bool:
    """A demonym of a country or continent (भारतीय, अमेरिकी, यूरोपीय, सऊदी), not of any region the gazetteer knows
    (सभी is no demonym of Libya's Sabhā)."""
    if match_key(word) in _demonym_keys():
        return True
    if " " in word or gazetteer.lookup_place(word):
        return False
    for suffix, stem_end in _DEMONYM_RULES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            place = gazetteer.lookup_place(word[: -len(suffix)] + stem_end)
            if place and place.kind in ("country", "continent"):
                return True
    return False


_MAX_NATIONAL_WORDS = 2  # words between the demonym and the head: भारतीय खाद्य निगम, भारतीय प्रतिनिधि सभा


@cache
def _international_leads() -> frozenset[str]:
    """अंतरराष्ट्रीय, इंटरनेशनल, वर्ल्ड: words that open an international body's name as a demonym opens a national
    one (``descriptions.json`` ``international_leads``)."""
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("international_leads", []))


def _national_bodies(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """भारतीय खाद्य निगम से, भारतीय रेलवे ने: a country's demonym the tagger left untagged, followed by up to two plain
    words and an organisation head, names that country's body. With no word between, only a head of which a
    country has one (``ner.json`` ``national_heads``: रेलवे, संसद, दूतावास) names it (भारतीय कंपनी, अमेरिकी अस्पताल
    describe); with words between, any organisation head but the weak ones, the kinds of body and the words for a
    government (चीनी स्मार्टफोन कंपनी, अमेरिकी टीवी चैनल, जापानी सरकार describe). Why: the tagger tags a demonym
    and a head it saw together (भारतीय जनता पार्टी) and leaves the others; the existing rules extend only from a
    name, which a demonym is not (भारतीय रेलवे stayed untagged in 11 covid5 reports). Words for a group of people
    (``group_heads``: इतालवी पर्यटक दल) and titles (ब्रिटिश पीएम) end no such name. A head a country has one of,
    untagged right before another organisation head of those, names that body's branch (रेलवे पुलिस, रेलवे बोर्ड:
    the tagger left both words, and a mention gold marks रेलवे पुलिस every time). An international body opens
    the same way (``international_leads``: अंतरराष्ट्रीय टेबल टेनिस महासंघ, वर्ल्ड बैडमिंटन फेडरेशन), with words
    between always."""
    federations = frozenset(match_key(w) for w in load("hi", "descriptions").get("federation_heads", []))
    all_heads = _word_list("org_heads") | _body_kind_nouns() | _government_words() | federations
    heads = (_word_list("org_heads") - _word_lists("weak_org_heads", "group_heads") - _body_kind_nouns()
             - _government_words()) | federations
    national = _word_list("national_heads")
    stops = _word_lists("postpositions", "titles", "loc_heads", "not_name_edges") | _calendar_words() | _title_words()
    taken = sorted((m.start, m.end) for m in found)
    extra = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i, tok in enumerate(toks[:-1]):
            if keys[i] in national and keys[i + 1] in heads and text[tok.end:toks[i + 1].start] == " ":
                # रेलवे पुलिस, रेलवे बोर्ड: the body a country has one of, and its branch named by the head
                a, b = tok.start, toks[i + 1].end
                if not any(s < b and a < e for s, e in taken) and not any(m.start < b and a < m.end for m in extra):
                    extra.append(Mention(a, b, text[a:b], "ORG", source="model"))
                continue
            if not _national_demonym(tok.text) and keys[i] not in _international_leads():
                continue
            for j in range(i + 1, min(i + 2 + _MAX_NATIONAL_WORDS, len(toks))):
                if text[toks[j - 1].end:toks[j].start] != " " or not _NAME_WORD.match(toks[j].text) \
                        or keys[j] in stops or keys[j].endswith("ों"):
                    break
                if keys[j] in all_heads:  # the first head ends the phrase (अमेरिकी टीवी चैनल: no name)
                    a, b = tok.start, toks[j].end
                    if keys[j] in heads and (j > i + 1 or keys[j] in national) \
                            and not any(s < b and a < e for s, e in taken):
                        extra.append(Mention(a, b, text[a:b], "ORG", source="model"))
                    break
    return sorted(found + extra, key=lambda m: m.start) if extra else found


_OUTLET_WORD_ZIPF = 4.5  # one-word outlets: गार्जियन 3.1, आजतक 4.1, एनडीटीवी 3.9 are names; पत्रिका 4.6 is a noun


@cache
def _outlets() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """``outlets.json``'s outlets as token keys (one-word outlets only when rare: पत्रिका is also "magazine"), and
    the last words of the outlets of two words or more (दैनिक जागरण: जागरण), which a byline writes alone."""
    names, tails = set(), set()
    for name in load("hi", "outlets").get("outlets", []):
        keys = tuple(match_key(t.text) for t in tokenize(name))
        if len(keys) > 1:
            names.add(keys)
            tails.add(keys[-1])
        elif keys and hindi_zipf(name) < _OUTLET_WORD_ZIPF:
            names.add(keys)
    return frozenset(names), frozenset(tails)


_BYLINE_OUTLET = regex.compile(r"^[ \t]*([\p{L}\p{M}]+)[ \t]+(?:संवाददाता|संवादाता|ब्यूरो)(?![\p{L}\p{M}])", regex.M)


def _outlet_names(text: str, found: list[Mention]) -> list[Mention]:
    """स्रोत: [गार्जियन], [अमर उजाला], [जागरण] संवाददाता, मीरजापुर: a "person" or "place" that is exactly a news
    outlet (``outlets.json``) is an organisation, and at the start of a line before संवाददाता or ब्यूरो (a byline)
    the last word of a longer outlet's name (दैनिक जागरण: जागरण) is that outlet. Why: outlets were listed only to
    keep them out of persons' names; the tagger reads a foreign paper as a person (गार्जियन) and a Hindi one's
    byline not at all. An outlet the tagger left untagged in the body is not added: a paper names itself in many
    of its reports (दैनिक जागरण ने पड़ताल की), and those mentions joined unrelated threads (covid5 more days: 19
    more wrong thread pairs, none more right)."""
    names, tails = _outlets()
    if not names:
        return found
    for m in found:
        if m.type != "ORG" and tuple(match_key(t.text) for t in tokenize(m.text)) in names:
            m.type = "ORG"
    exact = {(m.start, m.end): m for m in found}
    covered = Intervals.of(found)
    extra: list[Mention] = []
    for m in _BYLINE_OUTLET.finditer(text):
        a, b = m.span(1)
        if match_key(m.group(1)) not in tails:
            continue
        if (same := exact.get((a, b))) is not None:
            same.type = "ORG"
        elif not covered.overlaps(a, b):
            extra.append(Mention(a, b, text[a:b], "ORG", source="gazetteer"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _pilgrimage_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("pilgrimage_words", []))


_NEXT_NAME_WORD = regex.compile(r" ([\p{L}\p{M}]+)")


def _shrines(text: str, found: list[Mention]) -> list[Mention]:
    """[वैष्णो देवी] यात्रा बंद: a "person" of two words or more written right before a pilgrimage word
    (``pilgrimage_words``: तीर्थ, धाम, यात्रा, दरबार) is a shrine, a place, in the whole article. The link step
    already retypes such a group (``link.glued_names.retype_shrines``); the mention now says the same. A one-word
    name is the deity itself and stays."""
    words = _pilgrimage_words()
    shrines = set()
    for m in found:
        if m.type == "PER" and " " in m.text.strip():
            after = _NEXT_NAME_WORD.match(text, m.end)
            if after is not None and match_key(after.group(1)) in words:
                shrines.add(match_key(m.text))
    return _retype_persons(found, shrines, "LOC")


def _retype_persons(found: list[Mention], keys: set[str], type_: str) -> list[Mention]:
    """Every "person" mention whose name (``match_key``) is among ``keys`` takes ``type_``: the article's other
    mentions of a name follow the one whose context said what it is."""
    if keys:
        for m in found:
            if m.type == "PER" and match_key(m.text) in keys:
                m.type = type_
    return found


@cache
def _branch_institutions() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("branch_institutions", []))


def _campus_names(text: str, found: list[Mention]) -> list[Mention]:
    """पटना [एम्स], [एम्स] भोपाल: an institution with a campus in many cities (``branch_institutions``: एम्स, आईआईटी)
    and a place mention one space before or after it are one organisation, that campus. Why: the link step already
    reads the two as one name (``link.name_spans._with_campus_city``); the mention kept them apart, a place and the
    bare institution. A comma between them (एम्स, पटना) keeps them two."""
    branches = _branch_institutions()
    out: list[Mention] = []
    i = 0
    while i < len(found):
        m = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and text[m.end:nxt.start] == " " and (
                (m.type == "LOC" and " " not in m.text and match_key(nxt.text) in branches)
                or (match_key(m.text) in branches and nxt.type == "LOC" and " " not in nxt.text)):
            out.append(Mention(m.start, nxt.end, text[m.start:nxt.end], "ORG", source=m.source))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


@cache
def _hospital_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("hospital_heads", []))


@cache
def _hospital_kind_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("hospital_kind_words", []))


@cache
def _given_names() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "person_names").get("given_names", []))


@cache
def _local_institution_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "person_names").get("local_institution_heads", []))


def _name_bounded(toks: Sequence[Span], keys: Sequence[str], k: int, leads: frozenset[str]) -> bool:
    """Whether the word before token k starts no name that goes on at k: there is none, or it is no plain word, a
    postposition, or a common word (zipf 4.7) that is no title or honorific (बाबा राघव दास मेडिकल कॉलेज, लेडी
    हार्डिंग मेडिकल कॉलेज: the name's first word would be left out)."""
    if k == 0 or not _NAME_WORD.match(toks[k - 1].text) or keys[k - 1] in _word_list("postpositions"):
        return True
    return keys[k - 1] not in leads and hindi_zipf(toks[k - 1].text) >= _GENERIC


_MAX_HOSPITAL_NAME_WORDS = 3
_NOT_HOSPITAL_NAME_END = regex.compile(r"(?:ने|वें|वां|वीं)$")  # जांच कराने अस्पताल आए; ग्यारहवें अस्पताल
# सरकारी 5.5, निजी 5.1, जिला 5.4 say what kind, even after a rare word; a word from _GENERIC (4.7: अचानक 4.8) on
# names a hospital only after a rare word (स्वरूपरानी नेहरू 4.7); सदर 4.4, सिविल 4.5, आर्मी 4.4 name one alone.
_HOSPITAL_NAME_ZIPF = 5.0


def _hospital_names(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """मरीज को [सदर अस्पताल] भेजा, [लोहिया अस्पताल] ले जाया गया, [पंचकूला सिविल अस्पताल] को सूचना दी: one word the
    tagger left untagged right before a hospital head (``descriptions.json`` ``hospital_heads``) and the head name one
    hospital, an organisation; a place written one space before that word is part of the name (the town's civil
    hospital), and so is a person's full name right before the head (the hospital named after them). Why: a town's
    hospitals are called by one word (सदर, सिविल, आर्मी, a family's or a founder's name) that the tagger, trained
    on national news, never tags, and every mention gold marks such a hospital as an organisation (22 of them in
    the five covid5 golds, all missed). A word that only says what kind of hospital it is (``hospital_kind_words``:
    सरकारी, अस्थायी, मंडलीय) or is commoner than zipf 5 (निजी, जिला, बड़े), or than 4.7 with no rare word before it
    (अचानक अस्पताल पहुंचे), a postposition, determiner or title, and a plural head (अस्पतालों) name none; nor does
    a given name or a one-word "person" (रमेश अस्पताल गया: where he went). Rare words right before the word are the
    rest of its name (स्वरूपरानी नेहरू अस्पताल). The full-name case only repeats, for a head written with a joiner
    (अस्‍पताल), what ``_extend_to_org_head`` already does for a person the tagger ends before the head. A college
    head after a word that says it teaches medicine (``college_heads``, ``college_kinds``: मेडिकल कॉलेज) is such a
    head with that word: [मुलायम सिंह यादव मेडिकल कॉलेज] (the tagger gave the founder alone, a person), [नेरचौक
    मेडिकल कॉलेज] (left untagged); every mention gold marks a medical college named so an organisation. There
    the one word must be rare (शव मेडिकल कॉलेज भेजा: the body was sent) and the word before the name a common word,
    a postposition or none (बाबा राघव दास मेडिकल कॉलेज would lose बाबा: left alone)."""
    heads = _hospital_heads()
    if not heads:
        return found
    kinds = _hospital_kind_words()
    descriptions = load("hi", "descriptions")
    college_heads = frozenset(match_key(w) for w in descriptions.get("college_heads", []))
    college_kinds = frozenset(match_key(w) for w in descriptions.get("college_kinds", []))
    name_leads = _title_words() | frozenset(match_key(w.rstrip(".")) for kind in ("honorifics", "name_honorifics")
                                            for w in descriptions.get(kind, []))
    stops = (_word_lists("postpositions", "titles", "not_name_edges", "loc_heads") | _body_kind_determiners()
             | _calendar_words() | _title_words() | _given_names() | _local_institution_heads())
    covered = Intervals.of(found)
    ending_at = {m.end: m for m in found}
    extra: list[Mention] = []
    dropped: set[tuple[int, int]] = set()
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        index_at = {t.start: n for n, t in enumerate(toks)}
        for n in range(1, len(toks)):
            i, head, before, college = n, toks[n], toks[n - 1], False
            if keys[i] in college_heads and i >= 2 and keys[i - 1] in college_kinds \
                    and text[before.end:head.start] == " ":
                college = True
                # नेरचौक मेडिकल कॉलेज: the kind word and the head are the head; the name is before them
                head = Span(before.start, head.end, text[before.start:head.end])
                i -= 1
                before = toks[i - 1]
            elif keys[i] not in heads:
                continue
            if text[before.end:head.start] != " " or covered.overlaps(head.start, head.end):
                continue
            prev = ending_at.get(before.end)
            if prev is not None:
                if prev.type == "PER" and " " in prev.text.strip() \
                        and not (college and not _name_bounded(toks, keys, index_at.get(prev.start, 0), name_leads)):
                    dropped.add((prev.start, prev.end))
                    extra.append(Mention(prev.start, head.end, text[prev.start:head.end], "ORG", source="model"))
                continue
            if covered.overlaps(before.start, before.end) or not _NAME_WORD.match(before.text) \
                    or keys[i - 1] in stops or keys[i - 1] in kinds or hindi_zipf(before.text) >= _HOSPITAL_NAME_ZIPF \
                    or _no_name(before.text) or _NOT_HOSPITAL_NAME_END.search(keys[i - 1]):
                continue
            k = i - 1  # rare words before it are the rest of the name (स्वरूपरानी नेहरू अस्पताल)
            while k > 0 and i - k < _MAX_HOSPITAL_NAME_WORDS and text[toks[k - 1].end:toks[k].start] == " " \
                    and _NAME_WORD.match(toks[k - 1].text) and hindi_zipf(toks[k - 1].text) < _RARE \
                    and not covered.overlaps(toks[k - 1].start, toks[k - 1].end):
                k -= 1
            if k == i - 1 and hindi_zipf(before.text) >= _GENERIC:
                continue  # a common word alone names no hospital (अचानक अस्पताल पहुंचे); after a rare one it may
            if college and (hindi_zipf(before.text) >= _RARE or not _name_bounded(toks, keys, k, name_leads)):
                continue  # शव मेडिकल कॉलेज भेजा: only a rare word names a college, and only a whole name
            start = toks[k].start
            place = ending_at.get(toks[k - 1].end) if k >= 1 else None
            if place is not None and place.type == "LOC" and " " not in place.text.strip() \
                    and text[place.end:start] == " ":
                dropped.add((place.start, place.end))
                start = place.start
            extra.append(Mention(start, head.end, text[start:head.end], "ORG", source="model"))
    if not extra:
        return found
    kept = [m for m in found if (m.start, m.end) not in dropped]
    return sorted(kept + extra, key=lambda m: m.start)


@cache
def numbered_place_pattern() -> regex.Pattern[str] | None:
    """A numbered quarter (सेक्टर-41, सेक्टर 21, सेक्टर चार), or None when ``numbered_place_heads`` is empty. The
    number is in digits, or a cardinal word of ``numbers.json`` from two up (एक is also the article: "ऑटो सेक्टर एक
    मुश्किल दौर से") followed by a postposition, punctuation or the end of the line or name (सेक्टर चार को; not
    "निजी सेक्टर दो साल से", where the word counts years)."""
    heads = load("hi", "descriptions").get("numbered_place_heads", [])
    if not heads:
        return None
    words = "|".join(sorted((regex.escape(w) for w in heads), key=len, reverse=True))
    cardinals = load("hi", "numbers").get("cardinals", {})
    spelt = "|".join(sorted((regex.escape(w) for n, ws in cardinals.items() if n.isdigit() and int(n) >= 2
                             for w in ws), key=len, reverse=True))
    edge = r"[\p{L}\p{M}\p{N}]"
    after = "|".join(sorted((regex.escape(w) for w in load("hi", "ner").get("postpositions", [])), key=len,
                            reverse=True))
    number = rf"(?:-|‐|–| )?[0-9०-९]{{1,3}}(?!{edge})"
    if spelt:
        number += rf"|(?:-|‐|–| )(?:{spelt})(?!{edge})(?=[ \t]*(?:$|[\n।,.:;!?)’'\"]|(?:{after})(?!{edge})))"
    return regex.compile(rf"(?<!{edge})(?:{words})(?:{number})")


def _numbered_places(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """नोएडा के [सेक्टर-41] में, [सेक्टर 21] निवासी: a word that a planned town numbers its quarters with
    (``descriptions.json`` ``numbered_place_heads``: सेक्टर) and its number are a place. Why: the tagger never
    tags a number, so the quarter a report is about was no mention (11 in two of the five covid5 mention golds,
    every one a place there); the town before it stays a mention of its own."""
    pattern = numbered_place_pattern()
    if pattern is None:
        return found
    covered = Intervals.of(found)
    extra = [Mention(m.start(), m.end(), m.group(), "LOC", source="model")
             for sentence in sentences for m in pattern.finditer(text, sentence.start, sentence.end)
             if not covered.overlaps(m.start(), m.end())]
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _department_words() -> tuple[frozenset[str], frozenset[str]]:
    """(fields, heads) of ``descriptions.json`` ``department_fields`` and ``department_heads``, only those that are
    ``generic_bodies`` words too: such a department stays a generic body, which makes no canonical entity."""
    desc = load("hi", "descriptions")
    generic_heads = frozenset(match_key(w) for w in desc.get("generic_bodies", {}).get("heads", []))
    return (frozenset(match_key(w) for w in desc.get("department_fields", [])) & _generic_modifiers(),
            frozenset(match_key(w) for w in desc.get("department_heads", [])) & generic_heads)


_DEPARTMENT_JOINERS = frozenset({"और", "एवं", "व"})


def _department_names(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """इसके बाद [स्वास्थ्य विभाग] ने, [परिवहन विभाग] और, [चिकित्सा एवं स्वास्थ्य विभाग]: a field of government
    (``descriptions.json`` ``department_fields``), or fields joined by और/एवं/व, right before a department's head
    (``department_heads``: विभाग, निदेशालय) names that department, an organisation. Why: the tagger tags
    स्वास्थ्य विभाग in one sentence and leaves it in the next (27 of 39 in the Hindi mention golds s21-s28 were
    missed), and every gold after s22 marks each one (docs/annotation.md). A level word before the field (राज्य,
    जिला) stays out of the span; a subject taught at a college (मेडिसिन विभाग) is no field; a span that touches a
    mention is left to that mention."""
    fields, heads = _department_words()
    covered = Intervals.of(found).overlaps
    extra: list[Mention] = []
    for sentence in sentences:
        keys = _sentence_keys(text, sentence.start, sentence.end)
        if not any(k in heads for k in keys):
            continue
        toks = list(tokenize(text, sentence.start, sentence.end))
        for i, key in enumerate(keys):
            if key not in heads or i == 0 or keys[i - 1] not in fields:
                continue
            k = i - 1
            while k > 0 and text[toks[k - 1].end:toks[k].start] == " ":
                if keys[k - 1] in fields:
                    k -= 1
                elif keys[k - 1] in _DEPARTMENT_JOINERS and k > 1 and keys[k - 2] in fields \
                        and text[toks[k - 2].end:toks[k - 1].start] == " ":
                    k -= 2
                else:
                    break
            if any(text[toks[j].end:toks[j + 1].start] != " " for j in range(k, i)):
                continue
            a, b = toks[k].start, toks[i].end
            if covered(a, b) or (k > 0 and covered(toks[k - 1].start, toks[k - 1].end)
                                 and text[toks[k - 1].end:a] == " "):
                continue
            extra.append(Mention(a, b, text[a:b], "ORG", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _name_honorific_before() -> regex.Pattern[str]:
    """An honorific of ``descriptions.json`` ``name_honorifics`` (with or without its full stop) ending right before
    a position, after a space or the start of a line."""
    words = sorted({w.rstrip(".") for w in load("hi", "descriptions").get("name_honorifics", [])}, key=len,
                   reverse=True)
    return regex.compile(r"(?:^|(?<=\s))(?:" + "|".join(regex.escape(w) for w in words) + r")\.?[ \t]+$")


_HONORIFIC_REACH = 12  # characters before a mention searched for its honorific


def _with_name_honorific(text: str, found: list[Mention]) -> list[Mention]:
    """डॉ. [सुशीला तिवारी मेडिकल कॉलेज], पंडित [दीनदयाल उपाध्याय राजकीय चिकित्सालय]: an organisation of two words or more
    named after a person takes the honorific right before it (``descriptions.json`` ``name_honorifics``: डॉ., पंडित,
    श्री, स्वामी) into its name. Why: the tagger cuts a title off a person's name, and so off an institution named
    after one; the mention golds mark the institution's full name. Job titles (प्राचार्य, सीएमओ) are no such
    honorific, and a mention right after another keeps its start."""
    pattern = _name_honorific_before()
    covered = Intervals.of(found).overlaps
    out = []
    for m in found:
        if m.type == "ORG" and " " in m.text.strip():
            hit = pattern.search(text, max(0, m.start - _HONORIFIC_REACH), m.start)
            if hit and not covered(hit.start(), m.start):
                m = replace(m, start=hit.start(), text=text[hit.start():m.end])
        out.append(m)
    return out


@cache
def _government_level_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("generic_bodies", {}).get("level_words", []))


_GOVERNMENT_AFTER = regex.compile(r"[ \t]+([\p{L}\p{M}]+)(?:[ \t]+([\p{L}\p{M}]+))?")


def _governments_of_places(text: str, found: list[Mention]) -> list[Mention]:
    """[जम्मू और कश्मीर सरकार] ने, [लखनऊ जिला प्रशासन] ने, [ट्रंप प्रशासन] ने: a place or a person right before a word
    for a government (``government_heads``: सरकार; प्रशासन), with at most a level word between (जिला, राज्य), names
    that government, an organisation, as दिल्ली सरकार does. Why: the tagger extends a place to सरकार when it saw the
    two together, and never to प्रशासन nor over a level word; a conjoined place the later rules made whole
    (जम्मू और कश्मीर) stayed a place before सरकार. The mention golds mark such a body whole in every set that has
    one (दिल्ली सरकार, पंजाब सरकार, इमरान सरकार, लखनऊ जिला प्रशासन, ट्रंप प्रशासन), and the bare word alone in
    none (सरकार, जिला प्रशासन, राज्य सरकार). An organisation before the word stays alone (पीएमसीएच प्रशासन: the
    hospital's administrators)."""
    governments = _government_words()
    levels = _government_level_words()
    covered = Intervals.of(found)
    out: list[Mention] = []
    changed = False
    for m in found:
        after = _GOVERNMENT_AFTER.match(text, m.end) if m.type in ("LOC", "PER") else None
        end = None
        if after is not None:
            first, second = match_key(after.group(1)), after.group(2) and match_key(after.group(2))
            if first in governments:
                end = after.end(1)
            elif first in levels and second in governments:
                end = after.end(2)
        if end is not None and not covered.overlaps(m.end, end):
            out.append(Mention(m.start, end, text[m.start:end], "ORG", source=m.source))
            changed = True
        else:
            out.append(m)
    return out if changed else found


@cache
def _body_kind_nouns() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("body_kind_nouns", []))


_KIND_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+([\p{L}\p{M}]+) $")


@cache
def _body_kind_determiners() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("body_kind_determiners", []))


def _kind_named(text: str, found: list[Mention]) -> list[Mention]:
    """पाकिस्तान के अखबार [डॉन] ने लिखा, चीनी कंपनी [शाओमी]: a "person" written right after a noun for a kind of body
    (``descriptions.json`` ``body_kind_nouns``: अखबार, कंपनी, एजेंसी, संगठन) is that body's name, an organisation,
    and so is every mention of the same name in the article. Why: the tagger types a foreign name it never saw as a
    person (डॉन, मार्का, शाओमी, कैट: every one of the 4 such "persons" in the 792 covid5 articles is a body), while the
    apposition says what it is. The noun must follow a word on its line that is no determiner (यह कंपनी राम ने
    खरीदी: the company is a phrase of its own). A place after such a noun is left alone: it is as often where the
    body is (कंपनी गुरुग्राम में) as the body's name."""
    kinds = _body_kind_nouns()
    named = set()
    for m in found:
        if m.type != "PER":
            continue
        before = _KIND_BEFORE.search(text, max(0, m.start - 60), m.start)
        if before is not None and match_key(before.group(2)) in kinds \
                and match_key(before.group(1)) not in _body_kind_determiners():
            named.add(match_key(m.text))
    return _retype_persons(found, named, "ORG")


@cache
def _business_kinds() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("kind_heads", []))


_PLACE_AFTER = frozenset({"में", "से", "स्थित"})


def _named_after_kind(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """देश की सबसे बड़ी टेलिकॉम कंपनी [जियो], बायोटेक कंपनी [मोडेर्ना] को: the name written right after a noun for a
    kind of business (``descriptions.json`` ``kind_heads``: कंपनी, फर्म) is that business, an organisation, and so
    is every other mention of that one word in the article; the words before the noun (टेलिकॉम कंपनी) say what kind
    of business it is and name nothing (the link step reads them so, ``link.name_spans``), so a chunk the tagger
    made of them is dropped, and one that runs on into the name is cut to the name. Why: the tagger leaves a
    company's name it never saw untagged or types it as a place, and takes the kind words as the organisation;
    every mention gold marks the name alone. The noun must follow a word on its line that is no determiner (इस
    कंपनी ने: a phrase of its own); the name must be no common word (``_GENERIC``: कंपनी प्रबंधन, कर्मचारियों), no
    place the gazetteer knows and no place before में or से (कंपनी गुरुग्राम में: where the company is). An untagged
    word that is not rare (``_RARE``: जियो, also a verb; बनाती; ब्लड) is the name only where a postposition or a
    punctuation mark follows it (इंडिगो ने) or the article writes it before ने or के elsewhere (अब जियो ने); rare words
    right after it are the name's too (टिश्यू सॉल्यूशंस)."""
    kinds = _business_kinds()
    if not kinds or not any(k in text for k in load("hi", "descriptions").get("kind_heads", [])):
        return found
    found = list(found)
    named: set[str] = set()
    drop: set[int] = set()
    extra: list[Mention] = []
    agents = _agent_words(text, sentences)
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i in range(1, len(toks) - 1):
            if not _business_kind_at(text, toks, keys, i, kinds):
                continue
            kind, nxt = toks[i], toks[i + 1]
            inside = next((k for k, m in enumerate(found) if m.start < kind.end <= m.end), None)
            after = next((k for k, m in enumerate(found) if m.start <= nxt.start < m.end), None)
            if inside is not None and found[inside].type != "ORG":
                continue
            if inside is not None and after == inside:  # बायोटेक कंपनी मोडेर्ना: one chunk, cut to the name
                cut = _cut_to_business_name(text, found[inside], kind, nxt)
                if cut is not None:
                    found[inside] = cut
                    named.add(match_key(cut.text))
                continue
            if after is not None:
                if not _names_the_business(found[after], keys, i, nxt):
                    continue
                found[after] = replace(found[after], type="ORG")
                named.add(match_key(found[after].text))
            else:
                name = _untagged_business_name(text, toks, keys, i, found, agents)
                if name is None:
                    continue
                extra.append(name)
                named.add(match_key(name.text))
            if inside is not None:
                drop.add(inside)  # टेलिकॉम कंपनी: the kind of the business named next
    if not named:
        return found
    return _spread_business_names(text, sentences, [m for k, m in enumerate(found) if k not in drop] + extra, named)


def _agent_words(text: str, sentences: Sequence[Span]) -> set[str]:
    """The keys of the words the article writes before ने or के: it acts or owns (अब जियो ने)."""
    agent_marks = {match_key("ने"), match_key("के")}
    agents: set[str] = set()
    for sentence in sentences:
        keys = _sentence_keys(text, sentence.start, sentence.end)
        agents.update(keys[k] for k in range(len(keys) - 1) if keys[k + 1] in agent_marks)
    return agents


def _business_kind_at(text: str, toks: Sequence[Span], keys: Sequence[str], i: int, kinds: frozenset[str]) -> bool:
    """``toks[i]`` is a business kind noun (कंपनी) after a word of its line that is no determiner (not इस कंपनी),
    one space before the next word."""
    return (keys[i] in kinds and keys[i - 1] not in _body_kind_determiners()
            and bool(_NAME_WORD.match(toks[i - 1].text)) and text[toks[i].end:toks[i + 1].start] == " "
            and "\n" not in text[toks[i - 1].end:toks[i].start])


def _cut_to_business_name(text: str, m: Mention, kind: Span, nxt: Span) -> Mention | None:
    """बायोटेक कंपनी मोडेर्ना, one chunk: the organisation cut to the words after the kind noun, when they are no
    common word and no known place."""
    rest = text[nxt.start:m.end]
    if m.start < kind.start and all(hindi_zipf(w) < _GENERIC for w in rest.split()) \
            and gazetteer.lookup_place(rest) is None:
        return replace(m, start=nxt.start, text=rest, type="ORG")
    return None


def _names_the_business(m: Mention, keys: Sequence[str], i: int, nxt: Span) -> bool:
    """A mention that starts right after the kind noun ``keys[i]`` names the business: not already an organisation,
    no known place nor a place before में/से, no common word."""
    n = i + 1 + len(m.text.split())
    later = keys[n] if n < len(keys) else ""
    return not (m.start != nxt.start or m.type == "ORG" or gazetteer.lookup_place(m.text) is not None
                or (m.type == "LOC" and later in _PLACE_AFTER)
                or not all(hindi_zipf(w) < _GENERIC for w in m.text.split()))


def _untagged_business_name(text: str, toks: Sequence[Span], keys: Sequence[str], i: int, found: list[Mention],
                            agents: set[str]) -> Mention | None:
    """The untagged name right after the kind noun ``toks[i]``, with the rare words that follow it (टिश्यू
    सॉल्यूशंस); a word that is not rare only before a postposition or punctuation or where the article writes it
    before ने/के (``agents``)."""
    nxt = toks[i + 1]
    if not _NAME_WORD.match(nxt.text) or hindi_zipf(nxt.text) >= _GENERIC or acronym_letters(nxt.text) \
            or gazetteer.lookup_place(nxt.text) is not None or keys[i + 1] in _PLACE_AFTER:
        return None
    end = i + 2  # टिश्यू सॉल्यूशंस: rare words that follow are the name's too
    while end < len(toks) and _NAME_WORD.match(toks[end].text) and hindi_zipf(toks[end].text) < _RARE \
            and text[toks[end - 1].end:toks[end].start] == " " \
            and not any(m.start < toks[end].end and toks[end].start < m.end for m in found):
        end += 1
    if end == i + 2 and hindi_zipf(nxt.text) >= _RARE and not (
            end >= len(toks) or keys[end] in _word_lists("postpositions") or not _NAME_WORD.match(toks[end].text)
            or keys[i + 1] in agents):  # कंपनी बनाती है, कंपनी ब्लड सैंपल: a word, not a name
        return None
    return Mention(nxt.start, toks[end - 1].end, text[nxt.start:toks[end - 1].end], "ORG", source="model")


def _spread_business_names(text: str, sentences: Sequence[Span], found: list[Mention],
                           named: set[str]) -> list[Mention]:
    """Every other mention of a business's name is that organisation, and so is each word of it the tagger left
    (अब [जियो] ने), not one glued by a hyphen (नॉन-जियो)."""
    for m in found:
        if m.type != "ORG" and match_key(m.text) in named:
            m.type = "ORG"
    covered = Intervals.of(found)
    for sentence in sentences:
        for tok in tokenize(text, sentence.start, sentence.end):
            if match_key(tok.text) in named and not covered.overlaps(tok.start, tok.end) \
                    and text[tok.start - 1:tok.start] != "-" and text[tok.end:tok.end + 1] != "-":
                found.append(Mention(tok.start, tok.end, tok.text, "ORG", source="model"))
    return sorted(found, key=lambda m: m.start)


@cache
def _body_office_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("body_office_words", []))


_GENITIVES = frozenset({"के", "की", "का"})


def _office_named(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """रिम्स के निदेशक, … की कुलपति: a rare word the tagger left untagged, written before a genitive and an office
    that only an institution has (``descriptions.json`` ``body_office_words``: निदेशक, कुलपति, प्राचार्य), is that
    institution's name, an organisation; the article's recurrences of it follow (``_propagate``). Why: local
    institutions are named by short forms spoken as words (रिम्स, जिम्स), not spelt as letters, which neither the
    tagger nor the acronym rules know; the office of their head says what they are. A common word (zipf 3 or more:
    संस्थान, विभाग, फिल्म) is no name; a word inside or right after a mention belongs to that mention; a place the
    gazetteer knows stays a place; a word spelt in English letter names is left to the acronym rules."""
    offices = _body_office_words()
    if not offices:
        return found
    covered = Intervals.of(found)
    stops = _word_lists("postpositions", "titles", "org_heads", "loc_heads")
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i in range(len(toks) - 2):
            tok = toks[i]
            if keys[i + 1] not in _GENITIVES or keys[i + 2] not in offices or keys[i] in stops \
                    or not _NAME_WORD.match(tok.text) or hindi_zipf(tok.text) >= _RARE \
                    or text[tok.end:toks[i + 1].start] != " " or acronym_letters(tok.text) \
                    or covered.overlaps(max(tok.start - 2, 0), tok.end) or gazetteer.lookup_place(tok.text) is not None:
                continue
            extra.append(Mention(tok.start, tok.end, tok.text, "ORG", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _person_honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviated honorifics, honorifics that are words) of ``descriptions.json`` ``person_honorifics``, keys
    without a full stop."""
    data = load("hi", "descriptions").get("person_honorifics", {})
    return tuple(frozenset(match_key(w.rstrip(".")) for w in data.get(kind, []))  # type: ignore[return-value]
                 for kind in ("abbreviated", "words"))


_POSTPOSITION_AFTER_NAME = frozenset({"ने", "के", "की", "का", "को", "से", "में", "पर"})
_HONORIFIC_NAME_ZIPF = 4.7  # राजकुमार 4.4, प्रशांत 4.6, छाया 4.5 are names after डॉ.; मरीज, मौजूद, सभी are no names


def _honorific_name_word(text: str, tok: Span, key: str, stops: frozenset[str]) -> bool:
    """Whether a word after an honorific may be the person's given name: a plain word, no postposition, title or
    head, no oblique plural (मरीजों) or infinitive (डॉक्टर मनाने में लगे), no word the lists know as no name
    (कोरोना), less common than zipf 4.7, spelt with no letter names, no place the gazetteer knows."""
    return bool(_NAME_WORD.match(tok.text)) and key not in stops and not _no_name(tok.text) \
        and not key.endswith(("ों", "ें")) and not _NOT_HOSPITAL_NAME_END.search(key) \
        and hindi_zipf(tok.text) < _HONORIFIC_NAME_ZIPF and not acronym_letters(tok.text) \
        and gazetteer.lookup_place(tok.text) is None


def _names_after_honorific(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """सीएमओ डॉ. [राजकुमार] ने बताया, नर्स [छाया] ने कहा: a plain word the tagger left untagged right after a
    person's honorific (``descriptions.json`` ``person_honorifics``) is that person's given name, a person; the
    article's recurrences of it follow (``_propagate``). After an abbreviated honorific (डॉ., प्रो.) any such word
    is; after one that is also a noun (डॉक्टर, नर्स: "नर्स कोरोना से संक्रमित", "डॉक्टर संक्रमित" as a headline)
    only a word followed by a postposition. A second word is taken when it is a known surname or a rare word (डॉ.
    सौरभ अग्रवाल); any other word after the first leaves the whole alone (डॉ वर्षा रानी: रानी may be the name's or
    the sentence's). Why: the tagger, trained on national news, tags a doctor's full name but
    leaves a given name alone that is also a common word (राजकुमार, छाया), and a ward nurse named by her given name
    was missed at every one of her seven mentions in a report. Words the lists know as no names (कोरोना), places,
    postpositions, titles, heads and words commoner than zipf 4.7 are no names; a word inside a mention stays."""
    abbreviated, words = _person_honorifics()
    if not abbreviated and not words:
        return found
    stops = _word_lists("postpositions", "titles", "org_heads", "loc_heads", "not_name_edges", "group_heads") \
        | _title_words() | _calendar_words()
    # After डॉ. a title that is also a given name (राजकुमार: prince) is the name; honorifics are not.
    descriptions = load("hi", "descriptions")
    honorifics = frozenset(match_key(w.rstrip(".")) for kind in ("honorifics", "trailing_honorifics", "initials_after")
                           for w in descriptions.get(kind, []))
    stops |= honorifics | abbreviated | words  # डॉक्टर नर्स की सुरक्षा: two nouns
    after_abbreviation = (stops - _title_words() - _word_list("titles")) | honorifics | abbreviated | words
    names = load("hi", "person_names")
    surnames = frozenset(match_key(w) for kind in ("surnames", "middle_words") for w in names.get(kind, []))
    covered = Intervals.of(found)
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i in range(1, len(toks)):
            j = i - 1
            if toks[j].text == "." and j >= 1 and text[toks[j - 1].end:toks[j].start] == "":
                j -= 1  # डॉ. : the abbreviation's full stop
                if keys[j] not in abbreviated:
                    continue
            elif keys[j] not in abbreviated and keys[j] not in words:
                continue
            gap = text[toks[i - 1].end:toks[i].start]
            if (j >= 1 and text[toks[j - 1].end:toks[j].start] == "") or not (
                    gap == " " or (gap == "" and toks[i - 1].text == ".")):
                continue  # the honorific is the tail of a longer word, or the name glued to it (डॉ.राजकुमार is not)
            tok = toks[i]
            if covered.overlaps(tok.start, tok.end) or not _honorific_name_word(
                    text, tok, keys[i], after_abbreviation if keys[j] in abbreviated else stops):
                continue
            end = tok.end
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and _NAME_WORD.match(nxt.text) and keys[i + 1] not in _POSTPOSITION_AFTER_NAME:
                # The name goes on: a known surname or a rare word is its second word (डॉ. सौरभ अग्रवाल ने);
                # any other word may be the name's or the sentence's (डॉ वर्षा रानी, डॉ. सुरैया रिसर्च में): no name.
                if text[tok.end:nxt.start] != " " or covered.overlaps(nxt.start, nxt.end) \
                        or not (keys[i + 1] in surnames or hindi_zipf(nxt.text) < _RARE) \
                        or not _honorific_name_word(text, nxt, keys[i + 1], stops):
                    continue
                end = nxt.end
            elif keys[j] in words and keys[j] not in abbreviated \
                    and (nxt is None or keys[i + 1] not in _POSTPOSITION_AFTER_NAME):
                continue  # डॉक्टर संक्रमित (a headline's end): a noun's adjective, no name
            extra.append(Mention(tok.start, end, text[tok.start:end], "PER", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _office_words() -> frozenset[str]:
    """The one-word offices of ``person_names.json`` ``offices`` (डीएम, आईजी, सीएमओ, उपायुक्त), keys."""
    return frozenset(match_key(w) for spellings in load("hi", "person_names").get("offices", {}).values()
                     for w in spellings if " " not in w)


_MAX_INITIALS = 3  # letters: एस बी दास, एसएस बघेल, के पी एस गिल


def _initials_after_title(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """आईजी [एसएस बघेल], शाखा अध्यक्ष [एस बी दास], एसडीई [एमपी शर्मा]: initials spelt with English letter names
    (one or two a word, three at most), right after a title or office and followed by one surname, are a person's
    name. Why: the tagger leaves letter names untagged (they are also offices and states: एसपी, एमपी) and so
    leaves the surname after them; after a title, initials and a surname are a person. The surname is a plain
    word that is a known surname or rarer than zipf 4.7, no postposition, head, title, place or word the lists
    know as no name (डीएम एसपी मौजूद थे: two offices)."""
    offices = _title_words() | _office_words()
    surnames = frozenset(match_key(w) for w in load("hi", "person_names").get("surnames", []))
    stops = _word_lists("postpositions", "titles", "org_heads", "loc_heads", "not_name_edges") | _title_words() \
        | _calendar_words() | _government_words()
    postpositions = _word_list("postpositions")  # के is also K: जिलाधिकारी के मुताबिक
    covered = Intervals.of(found)
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i in range(1, len(toks) - 1):
            if keys[i - 1] not in offices or covered.overlaps(toks[i].start, toks[i].end):
                continue
            k, letters = i, 0
            while k < len(toks) and 0 < acronym_letters(toks[k].text) <= 2 and letters < _MAX_INITIALS \
                    and keys[k] not in postpositions \
                    and text[toks[k - 1].end:toks[k].start] == " ":
                letters += acronym_letters(toks[k].text)
                k += 1
            if k == i or k >= len(toks) or letters > _MAX_INITIALS or text[toks[k - 1].end:toks[k].start] != " ":
                continue
            sur = toks[k]
            if not _NAME_WORD.match(sur.text) or keys[k] in stops or _no_name(sur.text) \
                    or acronym_letters(sur.text) or gazetteer.lookup_place(sur.text) is not None \
                    or (keys[k] not in surnames and hindi_zipf(sur.text) >= _HONORIFIC_NAME_ZIPF) \
                    or covered.overlaps(sur.start, sur.end):
                continue
            extra.append(Mention(toks[i].start, sur.end, text[toks[i].start:sur.end], "PER", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _number_words() -> frozenset[str]:
    data = load("hi", "numbers")
    words: set[str] = set(data.get("zero", [])) | set(data.get("dozen", []))
    for table in ("cardinals", "scales", "ordinals"):
        for spellings in data.get(table, {}).values():
            words |= set(spellings)
    return frozenset(match_key(w) for w in words)


def _number_word(name: str) -> bool:
    """मेरठ में [दो] तथा अलीगढ़ …: a number word in a list of places is a count the tagger took for a name; so is a
    mention without a letter (कारण [2020] में: a year or a figure the tagger typed as a place)."""
    return not any(ch.isalpha() for ch in name) or match_key(name) in _number_words()


def _cut_at_visarga(text: str, m: Mention) -> Mention:
    """गोरखपुरः राप्तीसागर एक्सप्रेस: a visarga before a space is a colon typed in Devanagari (a headline's "place:
    news"); the name ends before it, as the link step's boundary repair also reads it."""
    colon = next((i for i in range(m.start + 2, m.end) if text[i] == "\u0903"
                  and (i + 1 == len(text) or text[i + 1].isspace())), None)
    if colon is None:
        return m
    return replace(m, end=colon, text=text[m.start:colon])


@cache
def _cardinals() -> frozenset[str]:
    data = load("hi", "numbers")
    return frozenset(match_key(w) for spellings in data.get("cardinals", {}).values() for w in spellings)


def _without_count(text: str, m: Mention) -> Mention:
    """श्रावस्ती [दो], सुल्तानपुर पांच, अमेठी [दो]: in a list of counts per district the tagger glues the count to the
    place before it. A cardinal number word never ends the name of a place or person, so it is cut off."""
    if m.type not in ("LOC", "PER") or " " not in m.text:
        return m
    head, _, last = m.text.rpartition(" ")
    if match_key(last) not in _cardinals() or not head.strip():
        return m
    end = m.start + len(head.rstrip())
    return replace(m, end=end, text=text[m.start:end])


_MIN_OFFICE_LETTERS = 3  # एसपी, डीसी, सीओ are also a person's initials (एसपी सिंह); डीपीएम, एसडीएम, सीएमओ are not


@cache
def _letter_names() -> dict[str, str]:
    return {match_key(k): v for k, v in load("hi", "latin_words").get("letters", {}).items()}


def _is_sign(ch: str) -> bool:
    return "\u093a" <= ch <= "\u094f" or ch in "\u0900\u0901\u0902\u0903"


@cache
def _longest_letter_name() -> int:
    return max(map(len, _letter_names()), default=0)


# The acronym rules ask this of every token of every sentence, twice (half a million calls for 500 pages): a word
# is spelt out once. Bounded like ``match_key``'s cache.
@lru_cache(maxsize=1 << 16)
def acronym_letters(word: str) -> int:
    """How many English letter names spell ``word`` (एसआरएन: 3, बीएचयू: 3); 0 when it is not spelt only with them
    (के in केरल is no K: a letter name never stops inside a syllable)."""
    letters = _letter_names()
    key = match_key(word)
    longest = _longest_letter_name()
    count = i = 0
    while i < len(key):
        for size in range(min(longest, len(key) - i), 0, -1):
            if key[i:i + size] in letters and not (i + size < len(key) and _is_sign(key[i + size])):
                count += 1
                i += size
                break
        else:
            return 0
    return count


@cache
def _office_acronyms() -> frozenset[str]:
    """One-word offices (``person_names.json`` ``offices``) spelt with three English letter names or more (डीपीएम,
    एसडीएम, सीएमओ): written before a name they are the person's office, never a run of initials."""
    forms = (w for spellings in load("hi", "person_names").get("offices", {}).values() for w in spellings)
    return frozenset(match_key(w) for w in forms if " " not in w and acronym_letters(w) >= _MIN_OFFICE_LETTERS)


@cache
def acronym_body_heads() -> tuple[tuple[str, ...], ...]:
    """``descriptions.json`` ``acronym_body_heads`` as token keys, longest first."""
    heads = {tuple(match_key(w) for w in h.split()) for h in load("hi", "descriptions").get("acronym_body_heads", [])}
    return tuple(sorted(heads, key=len, reverse=True))


def _acronym_bodies(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """एसआरएन अस्पताल … [एसआरएन] में भर्ती: a Devanagari acronym (two English letter names or more) that the tagger
    left untagged, written right before the head of an institution (``acronym_body_heads``: अस्पताल, मेडिकल कॉलेज,
    विश्वविद्यालय), is that institution's name, acronym and head together; the acronym alone elsewhere in the article
    is the same body. Why: local hospitals and universities are named by acronyms the tagger never saw, and the bare
    acronym of a body named before a head in the same report is no person or place. An acronym that a mention
    already covers keeps the tagger's reading (यूपी सरकार)."""
    heads = acronym_body_heads()
    if not heads:
        return found
    taken = sorted((m.start, m.end) for m in found)

    def covered(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e in taken)

    per_sentence = []
    bodies: set[str] = set()
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        per_sentence.append((toks, keys))
        for i, tok in enumerate(toks[:-1]):
            if acronym_letters(tok.text) < 2 or not _NAME_WORD.match(tok.text) or covered(tok.start, tok.end):
                continue
            head = next((h for h in heads if tuple(keys[i + 1:i + 1 + len(h)]) == h), None)
            if head is None:
                continue
            end = toks[i + len(head)].end
            if any(text[toks[j].end:toks[j + 1].start] != " " for j in range(i, i + len(head))) \
                    or covered(tok.start, end):
                continue
            extra.append(Mention(tok.start, end, text[tok.start:end], "ORG", source="model"))
            bodies.add(keys[i])
    if not bodies:
        return found
    spans = {(m.start, m.end) for m in extra}
    taken = sorted(taken + list(spans))
    for toks, keys in per_sentence:
        for tok, key in zip(toks, keys, strict=True):
            if key in bodies and not covered(tok.start, tok.end):
                extra.append(Mention(tok.start, tok.end, tok.text, "ORG", source="document"))
    for m in found:
        if m.type != "ORG" and match_key(m.text) in bodies:
            m.type = "ORG"
    return sorted(found + extra, key=lambda m: m.start)


_OPENING_QUOTES = "‘“'\""
_CLOSING_QUOTES = "’”'\""
_MAX_JOINED_WORDS = 3
_JOINED_WORD_ZIPF = 5.5  # पब्लिक 4.6, हेल्थ 4.1; है, कहा, उनकी are far above


@cache
def _of_joiners() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("of_joiners", []))


def _through_joiners(text: str, found: list[Mention]) -> list[Mention]:
    """Long English names written in Devanagari (``‘जॉन्स हॉप्किन्स ब्लूमबर्ग स्कूल ऑफ पब्लिक हेल्थ’``): the tagger
    stops at the joiner ``ऑफ``. An organisation never ends in an English joiner (``of_joiners``: ऑफ, फॉर), so it goes
    on over up to three name words up to a postposition, punctuation or a quote mark (with none, the joiner is cut
    off); and an organisation that ends at a closing quote takes the rare words the tagger left out after the
    opening quote (a quoted name is one name)."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        if m.type == "ORG":
            limit = found[i + 1].start if i + 1 < len(found) else len(text)
            floor = out[-1].end if out else 0
            m = _quoted_start(text, _past_joiner(text, m, limit), floor)
        out.append(m)
    return out


def _past_joiner(text: str, m: Mention, limit: int) -> Mention:
    words = m.text.split()
    if len(words) < 2 or match_key(words[-1]) not in _of_joiners():
        return m
    stops = _word_lists("postpositions", "titles")
    end, taken = m.end, 0
    for tok in tokenize(text, m.end, min(limit, m.end + 200)):
        if (taken == _MAX_JOINED_WORDS or text[end:tok.start] != " " or not _NAME_WORD.match(tok.text)
                or match_key(tok.text) in stops or hindi_zipf(tok.text) >= _JOINED_WORD_ZIPF):
            break
        end, taken = tok.end, taken + 1
    if taken and match_key(text[m.start:end].split()[-1]) not in _of_joiners():
        return replace(m, end=end, text=text[m.start:end])
    cut = m.start + len(m.text[: m.text.rstrip().rfind(" ")].rstrip())
    return replace(m, end=cut, text=text[m.start:cut])


def _quoted_start(text: str, m: Mention, floor: int) -> Mention:
    if m.end >= len(text) or text[m.end] not in _CLOSING_QUOTES:
        return m
    opening = max(text.rfind(q, floor, m.start) for q in _OPENING_QUOTES)
    if opening < 0 or opening + 1 == m.start or "\n" in text[opening:m.start]:
        return m
    before = text[opening + 1:m.start]
    words = before.split()
    if (not before.endswith(" ") or before[0].isspace() or len(words) > _MAX_JOINED_WORDS
            or not all(_NAME_WORD.match(w) and hindi_zipf(w) < _RARE for w in words)):
        return m
    return replace(m, start=opening + 1, text=text[opening + 1:m.end])


_MIN_BODY_ACRONYM_LETTERS = 3  # डीएम, पीएम, आईडी, टीवी, एसएस (initials) are two letters; पीएमओ, आईसीएमआर, जेएनएन three
_COMMON_ACRONYM_ZIPF = 5.0  # an everyday word spelt like letters is no acronym


@cache
def _not_body_acronyms() -> frozenset[str]:
    """Acronyms that name no body: every office form of ``person_names.json`` (डीएम, सीएमओ, एसएसपी) and
    ``descriptions.json`` ``acronym_not_bodies`` (more offices and ranks: सीएमएस, एएसआई; terms: पीपीई, आईसीयू, एसओपी)."""
    words = {w for forms in load("hi", "person_names").get("offices", {}).values() for w in forms}
    for group in load("hi", "descriptions").get("acronym_not_bodies", {}).values():
        words.update(group)
    return frozenset(match_key(w) for w in words)


@cache
def _agency_acronyms() -> frozenset[str]:
    """The names of wire agencies and news services (``agencies.json``) spelt as acronyms (जेएनएन, पीटीआई,
    आईएएनएस): a credit is the agency, never a place or person."""
    names = {w for spec in load("hi", "agencies").get("agencies", {}).values()
             for group in ("names", "credit_only") for w in spec.get(group, [])}
    return frozenset(match_key(w) for w in names if " " not in w and acronym_letters(w) >= _MIN_BODY_ACRONYM_LETTERS)


@lru_cache(maxsize=1 << 16)  # pure given the word lists, frequencies and gazetteer; asked of every token
def body_acronym(word: str) -> bool:
    """A Devanagari word spelt with three English letter names or more (एनएचएआई, एलएनजेपी, जेएनएन) that is no office
    (एसडीएम), term (पीपीई), place (यूएई) or everyday word: the short name of a body."""
    key = match_key(word)
    return (_NAME_WORD.match(word) is not None
            and acronym_letters(word) >= _MIN_BODY_ACRONYM_LETTERS and key not in _not_body_acronyms()
            and hindi_zipf(word) < _COMMON_ACRONYM_ZIPF and gazetteer.lookup_place(word) is None)


@cache
def _acronym_place_heads() -> frozenset[str]:
    """Words after which an acronym begins a place's name, not a body's (जीटीबी एन्क्लेव, आईपी एक्सटेंशन): the place
    heads of the NER lists, ``name_heads`` LOC and ``acronym_place_heads``."""
    extra = load("hi", "descriptions").get("acronym_place_heads", [])
    return _word_list("loc_heads") | _name_heads("LOC") | frozenset(match_key(w) for w in extra)


def _acronym_orgs(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """पीएमओ, एनएचएआई, एलएनजेपी, जेएनएन: a Devanagari acronym of three letters or more that the tagger left untagged
    is the short name of a body (an organisation), unless it is an office or a term (``acronym_not_bodies``), a place,
    a common word, part of a hyphenated term (आरटी-पीसीआर), the start of a place's name (जीटीबी एन्क्लेव) or a
    person's initials (a person mention right after it). An acronym the tagger typed as a person or a place is a
    body too, unless it is an office or a place the gazetteer knows (यूएई, यूएसए stay places); an agency's credit
    (जेएनएन, which the tagger calls a place) is an organisation. Why: a third of the organisations in real Hindi
    news are written as acronyms, most of them local (hospitals, universities, forces, authorities) that the tagger
    never saw, and it types an unknown acronym as a place as often as not (बीएयू, केजीएमयू, आरएमआरआई: in the 792
    covid5 articles 6 of the 7 spelt-out acronyms it typed as places and the gazetteer does not know are bodies,
    the seventh a bus terminal)."""
    agencies = _agency_acronyms()
    for m in found:
        if m.type != "ORG" and " " not in m.text and (
                match_key(m.text) in agencies or body_acronym(m.text)):
            m.type = "ORG"
    covered = Intervals.of(found)
    person_starts = {m.start for m in found if m.type == "PER"}
    place_heads = _acronym_place_heads()
    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        keys = _sentence_keys(text, sentence.start, sentence.end)
        for i, tok in enumerate(toks):
            if not body_acronym(tok.text) or covered.overlaps(tok.start, tok.end) \
                    or _in_compound(text, tok.start, tok.end):
                continue  # no acronym of a body, inside a mention, or part of a hyphenated term
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and text[tok.end:nxt.start] == " " and (
                    keys[i + 1] in place_heads or nxt.start in person_starts):
                continue
            extra.append(Mention(tok.start, tok.end, tok.text, "ORG", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


_LIST_SEPARATORS = frozenset({",", "और", "व", "तथा", "एवं"})
_COUNT_POSTPOSITIONS = frozenset({"में", "से"})
_MAX_LIST_NAME_TOKENS = 3
_LIST_NAME_ZIPF = 5.0  # बस्ती 4.5, सागर 4.9, लखनऊ 5.1; जिले 5.4, अन्य 5.7, कुल 5.2
_BARE_LIST_NAME_ZIPF = 4.6  # a bare list item (no count) is weaker evidence: पन्ना 4.1, बस्ती 4.5; यानी 4.8
_MIN_COUNTED_PLACES = 2  # items of the same shape already tagged as places
_MIN_BARE_PLACES = 3
_DIGITS = regex.compile(r"^\d[\d.,]*$")


@cache
def _town_keys() -> frozenset[str]:
    return frozenset(load("hi", "town_states").get("towns", {}))


def _count_shape(keys: Sequence[str], toks: Sequence[Span], start: int, end: int) -> tuple[str, ...] | None:
    """The shape of what follows a name in a list item (``toks[start:end]``): ``("में", "#")`` for "में 23",
    ``("(", "#")`` for "(23)" or "(दो)", ``("#",)`` for "23" or "पांच", ``()`` for nothing; None for anything
    else. Words after the count are allowed (the last item runs on: और कौशांबी में 2 नए मामले मिले)."""
    shape: list[str] = []
    for j in range(start, end):
        if _DIGITS.match(toks[j].text) or keys[j] in _cardinals():
            shape.append("#")
            return tuple(shape)
        if (keys[j] in _COUNT_POSTPOSITIONS or toks[j].text == "(") and not shape:  # बांका (तीन), गया (दो)
            shape.append(keys[j])
            continue
        return None
    return tuple(shape) if not shape else None


def _list_name(text: str, toks: Sequence[Span], keys: Sequence[str], a: int, k: int, shape: tuple[str, ...],
               covered) -> bool:
    """Whether ``toks[a:k]``, untagged, may be a place's name in a list (see ``_list_places``)."""
    start, end = toks[a].start, toks[k - 1].end
    name = text[start:end]
    words = keys[a:k]
    stops = _word_lists("postpositions", "titles", "not_names", "org_heads", "loc_heads")
    if covered(start, end) or any(not _NAME_WORD.match(t.text) or body_acronym(t.text) for t in toks[a:k]) \
            or any(w in stops or w in _number_words() for w in words) or is_demonym(toks[a].text):
        return False
    if gazetteer.lookup_place(name) is not None or match_key(name) in _town_keys():
        return True
    limit = _LIST_NAME_ZIPF if shape else _BARE_LIST_NAME_ZIPF
    return all(hindi_zipf(t.text) < limit for t in toks[a:k])


def _list_places(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """आगरा में 50, मेरठ में 20, [बस्ती] में 23 और [कौशांबी] में 2: in a list whose items share one shape (a name,
    perhaps में or से, and a count; or a bare name), a name the tagger left untagged where at least two items of
    that shape (three for bare names) begin with a place is a place too. The name is one to three untagged words,
    none a common word (zipf below 5; below 4.6, or a known town, in a bare list), a number, a postposition or a
    title. Why: district-wise counts list dozens of districts; the tagger misses those whose names are also words
    (बस्ती, धार, सागर) or that it never saw (कौशांबी, जालौन), and the list itself says what they are."""
    if not found:
        return found
    loc_at = {m.start: m.end for m in sorted(found, key=lambda m: (m.start, m.end, m.type)) if m.type == "LOC"}
    covered = Intervals.of(found).overlaps

    extra: list[Mention] = []
    for sentence in sentences:
        toks = list(tokenize(text, sentence.start, sentence.end))
        if sum(1 for t in toks if t.text in _LIST_SEPARATORS) < 2:
            continue
        keys = _sentence_keys(text, sentence.start, sentence.end)
        bounds, a = [], 0
        for j in range(len(toks) + 1):
            if j == len(toks) or toks[j].text in _LIST_SEPARATORS:
                if j > a:
                    bounds.append((a, j))
                a = j + 1
        placed: Counter[tuple[str, ...]] = Counter()
        items: list[tuple[str, tuple[str, ...], int, int]] = []  # (place or candidate, shape, name start, end)
        for n, (a, b) in enumerate(bounds):
            end = loc_at.get(toks[a].start)
            if end is None and n == 0:  # the first item may follow the sentence's opening words (नए मामलों में आगरा में 12)
                inner = [j for j in range(a + 1, b) if toks[j].start in loc_at]
                if inner:
                    a, end = inner[-1], loc_at[toks[inner[-1]].start]
            if end is not None:
                k = a
                while k < b and toks[k].end <= end:
                    k += 1
                shape = _count_shape(keys, toks, k, b)
                if shape is not None and (shape or k == b):
                    placed[shape] += 1
                    items.append(("place", shape, a, k))
                    continue
            else:
                for size in range(1, min(_MAX_LIST_NAME_TOKENS, b - a) + 1):
                    shape = _count_shape(keys, toks, a + size, b)
                    if shape is not None and (shape or a + size == b) and _list_name(text, toks, keys, a, a + size,
                                                                                      shape, covered):
                        items.append(("candidate", shape, a, a + size))
                        break
                else:
                    items.append(("other", (), a, b))
                continue
            items.append(("other", (), a, b))
        # A candidate next to a place of its shape is a place; so is one next to it (…, कौशाम्बी से एक, बिजनौर से एक).
        changed = True
        while changed:
            changed = False
            for i, (kind, shape, a, k) in enumerate(items):
                if kind != "candidate" or placed[shape] < (_MIN_COUNTED_PLACES if shape else _MIN_BARE_PLACES):
                    continue
                if any(0 <= j < len(items) and items[j][0] == "place" and items[j][1] == shape for j in (i - 1, i + 1)):
                    items[i] = ("place", shape, a, k)
                    start, end = toks[a].start, toks[k - 1].end
                    extra.append(Mention(start, end, text[start:end], "LOC", source="model"))
                    changed = True
    return sorted(found + extra, key=lambda m: m.start) if extra else found


# "पटना : 100" on a line of its own: a table row of a name and a count (Devanagari or ASCII digits)
_TABLE_ROW = regex.compile(r"(?m)^[ \t]*(?P<name>[\p{L}\p{M}](?:[\p{L}\p{M}\u200c\u200d.]|-(?=[\p{L}\p{M}])"
                           r"|[ \t](?=[\p{L}\p{M}]))*)[ \t]*(?:[:：]|(?<=[ \t]|[\p{L}\p{M}])[-–])[ \t]*"
                           r"(?P<count>[0-9०-९][0-9०-९,]*|[\p{L}\p{M}]+)[ \t]*$")
_MIN_TABLE_ROWS = 3


def _table_places(text: str, found: list[Mention]) -> list[Mention]:
    """पटना : 100 / गया : 66 / सुपौल : 3 (or पटना - 44, सारण - आठ: a dash, a count in words), each row a line of
    its own: a table of places and their counts. In a run of three rows or more (nothing but blank lines between
    them) of which at least two begin with a place the tagger found, a row's name it left untagged is a place too,
    when the gazetteer or the town table knows it or it is one to three rare words (no common word: कुल, अन्य stay
    out). Why: district-wise tables list dozens of districts a line each; the tagger, reading a three-token line,
    misses many (गया is also "went"), and ``_list_places`` reads lists within one sentence only."""
    rows = [row for row in _TABLE_ROW.finditer(text)
            if row["count"][0].isdigit() or match_key(row["count"]) in _cardinals()]  # सारण - आठ
    if len(rows) < _MIN_TABLE_ROWS:
        return found
    runs: list[list[regex.Match]] = [[rows[0]]]
    for row in rows[1:]:
        if text[runs[-1][-1].end():row.start()].strip():
            runs.append([row])
        else:
            runs[-1].append(row)
    places = {(m.start, m.end) for m in found if m.type == "LOC"}
    covered = Intervals.of(found).overlaps
    stops = _word_lists("postpositions", "titles", "not_names", "org_heads", "loc_heads")
    extra: list[Mention] = []
    widened: dict[tuple[int, int], tuple[int, int]] = {}
    for run in runs:
        spans = [(row.start("name"), row.end("name")) for row in run]
        if len(run) < _MIN_TABLE_ROWS or sum(1 for span in spans if span in places) < 2:
            continue
        for start, end in spans:
            name = text[start:end]
            words = name.split()
            if (start, end) in places or not 1 <= len(words) <= 3 or any(match_key(w) in stops for w in words):
                continue
            if covered(start, end):
                # पूर्वी [चंपारण] : 70: the row's whole name, when the tagger found its last word(s) as a place
                inner = [m for m in found if start <= m.start and m.end == end and m.type == "LOC"]
                if len(inner) == 1 and all(m is inner[0] for m in found if m.start < end and start < m.end):
                    widened[(inner[0].start, inner[0].end)] = (start, end)
                continue
            if gazetteer.lookup_place(name) is not None or match_key(name) in _town_keys() \
                    or all(hindi_zipf(w) < _LIST_NAME_ZIPF for w in words):
                extra.append(Mention(start, end, name, "LOC", source="model"))
    if widened:
        found = [replace(m, start=widened[(m.start, m.end)][0], text=text[slice(*widened[(m.start, m.end)])])
                 if (m.start, m.end) in widened else m for m in found]
    return sorted(found + extra, key=lambda m: m.start) if extra else found


_COMPASS_BEFORE = regex.compile(r"(?P<item>(?:^|(?<=[,(\n]|(?:^|[\s,])(?:व|और|एवं|तथा)))[ \t]*)?"
                                r"(?<![\p{L}\p{M}])(?P<word>[\p{L}\p{M}]+)[ \t]+$")
_ITEM_END = regex.compile(r"[ \t]*(?:$|[\n,(:)–-]|(?:व|और|एवं|तथा)[ \t])")


@cache
def _district_nouns() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("district_nouns", {}).get("words", []))


@cache
def _district_compass_adjectives() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("compass_adjectives", []))


def _compass_districts(text: str, found: list[Mention]) -> list[Mention]:
    """पूर्वी [चंपारण] जिले में, …, पूर्वी [चंपारण], …: a compass adjective right before a district or town is part
    of its name (``descriptions.json`` ``compass_adjectives``: पूर्वी सिंहभूम, पश्चिमी चंपारण). The tagger often
    tags the place alone. The adjective joins a place the gazetteer does not call a state, region, country or
    continent (there it describes a part: पूर्वी लद्दाख में, दक्षिणी अफ्रीका) when what follows says it is a
    district's whole name: a district noun (जिले, जिला), or the two words are one item of a list (between commas,
    conjunctions, line breaks, a count in brackets or after a dash). The word before must be untagged."""
    covered = Intervals.of(found).overlaps
    out = []
    for m in found:
        if m.type == "LOC" and " " not in m.text.strip():
            before = _COMPASS_BEFORE.search(text, max(0, m.start - 40), m.start)
            if before is not None and match_key(before["word"]) in _district_compass_adjectives() \
                    and not covered(before.start("word"), before.end("word")):
                place = gazetteer.lookup_place(m.text)
                after = regex.match(r"[ \t]*(?P<word>[\p{L}\p{M}]+)", text[m.end:m.end + 20])
                district = after is not None and match_key(after["word"]) in _district_nouns()
                item = before["item"] is not None and _ITEM_END.match(text, m.end) is not None
                if (place is None or place.kind == "city") and (district or item):
                    start = before.start("word")
                    m = replace(m, start=start, text=text[start:m.end])
        out.append(m)
    return out


# "…संख्या 195नयी दिल्ली, देश के …": a figure that ends one item glued by scraping to the next item's first word
_GLUED_LEAD = regex.compile(r"(?<![\p{L}\p{M}])[0-9०-९][0-9०-९,.]*(?P<word>[\p{L}\p{M}]+)[ \t]+$")


@cache
def _subdivision_words() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("subdivision_words", []))


def _with_subdivision_word(text: str, found: list[Mention]) -> list[Mention]:
    """[मोतिहारी] सदर, बलाघाट …; एक मरीज [शिवहर] सदर में पाया गया: a place right before a subdivision word
    (``descriptions.json`` ``subdivision_words``: सदर) that a postposition or a punctuation mark ends names the
    district's subdivision or block, one place: the span takes the word. Why: Bihar's and Uttar Pradesh's reports
    name the block a case was found in so, and the tagger stops at the district. Before any other word the
    subdivision word starts a body's name (सदर अस्पताल, सदर थाना) and is left alone."""
    words = _subdivision_words()
    if not words:
        return found
    stops = _word_lists("postpositions")
    starts = {m.start for m in found}
    out = []
    for m in found:
        if m.type == "LOC":
            toks = list(itertools.islice(tokenize(text, m.end, min(len(text), m.end + 60)), 2))
            if (len(toks) == 2 and text[m.end:toks[0].start] == " " and match_key(toks[0].text) in words
                    and toks[0].start not in starts
                    and (match_key(toks[1].text) in stops or not toks[1].text[0].isalnum())):
                m = replace(m, end=toks[0].end, text=text[m.start:toks[0].end])
        out.append(m)
    return out


def _with_glued_lead(text: str, found: list[Mention]) -> list[Mention]:
    """A place whose first word was glued to the figure before it (``195नयी दिल्ली``: the tagger sees the token
    ``195नयी`` and tags दिल्ली alone, so New Delhi's datelines became Delhi's) takes that word back when the word and
    the place together are a place the gazetteer knows (नयी दिल्ली), the same type. Why: live pages and wire
    round-ups are scraped with one item's closing figure run into the next item's dateline."""
    out = []
    for m in found:
        glued = _GLUED_LEAD.search(text, max(0, m.start - 40), m.start) if m.type == "LOC" else None
        if glued is not None:
            start = glued.start("word")
            name = text[start:m.end]
            if gazetteer.lookup_place(name) is not None:
                m = replace(m, start=start, text=name)
        out.append(m)
    return out


@cache
def _dated_credit() -> regex.Pattern:
    """A parenthetical right after a month's name: the credit of a dateline anywhere in the text (a round-up's
    items each open with one: … ।\nमुंबई, चार अप्रैल (भाषा) …)."""
    from khabar.analyse.metadata import _month_alt

    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_month_alt()})\.?[ \t]*\(([^()\n]{{1,60}})\)", regex.I)


def _credit_agencies(text: str, analysis: Analysis, found: list[Mention]) -> list[Mention]:
    """प्रयागराज, जेएनएन । / नयी दिल्ली, दो मार्च (भाषा): an agency named in the dateline's credit or a credit
    parenthetical (``agencies.json``, its credit-only names too: भाषा, वार्ता) is an organisation mention; so is one
    in the parenthetical right after a month's name anywhere in the text (the datelines of a round-up's items, which
    the article's own dateline misses: 33 of the 45 ``(भाषा)`` of the covid5 articles were untagged). Why: the
    tagger calls जेएनएन a place and never tags the credit भाषा, a common word elsewhere."""
    from khabar.analyse.metadata import dateline_credit

    spans = dateline_credit(text, analysis.dateline) + [Span.of(text, m.start(1), m.end(1))
                                                        for m in _dated_credit().finditer(text)]
    if not spans:
        return found
    names = _agency_names()
    taken = {(m.start, m.end): m for m in found}
    extra: list[Mention] = []
    for span in spans:
        for tok in tokenize(text, span.start, span.end):
            if match_key(tok.text) not in names:
                continue
            same = taken.get((tok.start, tok.end))
            if same is not None:
                same.type = "ORG"
            elif not any(m.start < tok.end and tok.start < m.end for m in found + extra):
                extra.append(Mention(tok.start, tok.end, tok.text, "ORG", source="document"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


@cache
def _agency_names() -> frozenset[str]:
    """One-word names of agencies, credit-only ones included (जेएनएन, भाषा, पीटीआई, रायटर्स)."""
    return frozenset(match_key(w) for spec in load("hi", "agencies").get("agencies", {}).values()
                     for group in ("names", "credit_only") for w in spec.get(group, []) if " " not in w)


@cache
def _latin_gloss_stops() -> frozenset[str]:
    return frozenset(load("hi", "descriptions").get("latin_gloss_not_names", []))


_LATIN_GLOSS = regex.compile(r"\s?\(([A-Z][A-Za-z.&'\-]*(?: [A-Z][A-Za-z.&'\-]*){0,3})\)")


_LATIN_RUN = regex.compile(r"(?<![\p{L}\p{M}\p{N}\-])[A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*)*(?![\p{L}\p{M}\p{N}])")


_LATIN_ALONE_ZIPF = 5.5  # an English word this frequent (world, may) is a word first, whatever a list says


def _latin_name_alone(word: str) -> bool:
    """One Latin word that is a name with no context: an acronym (WHO, SAARC), or four letters or more that are no
    very common English word (World, a region of the lists) and no date word (Monday, March); not Mon, Bar or Van
    (subdivisions of the lists, written as weekdays and words)."""
    from wordfreq import zipf_frequency

    from khabar.analyse.english_names import not_name

    if regex.fullmatch(r"[A-Z]{2,6}", word):
        return True
    return len(word) >= 4 and not not_name(word) and zipf_frequency(word.casefold(), "en") < _LATIN_ALONE_ZIPF


def _latin_known_names(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """Coronavirus in [Bihar], इटली ([Italy] Coronavirus), [WHO] एक्सपर्ट: a capitalised Latin word or words that the
    English finder's strong lists know (countries, states, large cities, known bodies; ``english_names``) is that
    name, with that type, where no mention covers it; the longest known words of a run win (Coronavirus India
    Update: India). Why: Hindi pages write English headlines and glosses, and the tagger, trained on Devanagari,
    leaves Latin names untagged."""
    from khabar.analyse.english_names import strong_english_names

    if not _LATIN_RUN.search(text):
        return found

    known = strong_english_names()
    covered = Intervals.of(found).overlaps
    extra: list[Mention] = []
    for sentence in sentences:
        for run in _LATIN_RUN.finditer(text, sentence.start, sentence.end):
            words = list(regex.finditer(r"\S+", run.group()))
            i = 0
            while i < len(words):
                for j in range(min(len(words), i + 4), i, -1):
                    start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                    type_ = known.get(text[start:end].casefold())
                    if type_ and not covered(start, end) and (j > i + 1 or _latin_name_alone(text[start:end])):
                        extra.append(Mention(start, end, text[start:end], type_, source="english_names"))
                        i = j - 1
                        break
                i += 1
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _latin_glosses(text: str, found: list[Mention]) -> list[Mention]:
    """मिस्र (Egypt), स्वास्थ्य मंत्रालय (MoHFW): a Latin name of up to four capitalised words in brackets right
    after a mention is that name again, with its type. Why: the tagger, trained on Devanagari, leaves these glosses
    untagged or calls them persons."""
    from khabar.analyse.english_names import not_name

    extra: list[Mention] = []
    by_start = {m.start: m for m in found}
    for m in found:
        g = _LATIN_GLOSS.match(text, m.end)
        if g is None or any(not_name(w) or w in _latin_gloss_stops() for w in g[1].split()):
            continue
        start, end = g.start(1), g.end(1)
        other = by_start.get(start)
        if other is not None and other.end == end:
            other.type = m.type
        elif not any(o.start < end and start < o.end for o in found):
            extra.append(Mention(start, end, g[1], m.type, source="document"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _join_org_tails(text: str, found: list[Mention]) -> list[Mention]:
    """जनता दल | यूनाइटेड, यूनाइटेड फोरम ऑफ बैंक | यूनियंस: an organisation of two words or more and a one-word
    organisation right after it (or a "place", after an English name with ऑफ in it), one space apart, are one name
    when the word is no name of its own (no acronym, no gazetteer name or town). Why: the tagger restarts an
    organisation at an English word it knows as a name's first word."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "ORG" and text[prev.end:m.start] == " " and (
                m.type == "ORG" or (m.type == "LOC" and any(match_key(w) in _of_joiners() for w in prev.text.split())))
                and " " in prev.text and " " not in m.text and _NAME_WORD.match(m.text)
                and not acronym_letters(m.text) and gazetteer.lookup_name(m.text) is None
                and match_key(m.text) not in _town_keys()):
            out[-1] = replace(prev, end=m.end, text=text[prev.start:m.end])
            continue
        out.append(m)
    return out


def _field_list_bodies(text: str, sentences: Sequence[Span], found: list[Mention]) -> list[Mention]:
    """ऊर्जा और वाणिज्य समिति, मत्स्य पालन, पशुपालन और डेयरी मंत्रालय: an untagged body head (``field_list_heads``)
    right after a list of plain nouns joined by a conjunction, beginning where a phrase begins, is a body named by
    its fields (``_with_portfolio_list`` where the tagger left the whole name untagged). Only a ministry's list
    crosses a comma, and no word of the list is an acronym (एलपीजी और तेल एजेंसी). Why: such names are long and
    made of common words, and the tagger often tags none of them; a generic body (जिला प्रशासन, निगरानी समिति) has
    no conjunction in its name."""
    heads = _field_list_heads()
    covered = Intervals.of(found).overlaps

    extra: list[Mention] = []
    for sentence in sentences:
        keys = _sentence_keys(text, sentence.start, sentence.end)
        if not any(k in heads for k in keys):
            continue
        toks = list(tokenize(text, sentence.start, sentence.end))
        for i, key in enumerate(keys):
            if key not in heads or i < 3 or covered(toks[i].start, toks[i].end):
                continue
            # the words right before the head: the list's last item, back to the conjunction
            k = i
            while k > 0 and toks[k - 1].text not in _LIST_JOINERS and i - k < _MAX_FIELD_WORDS \
                    and _NAME_WORD.match(toks[k - 1].text) and keys[k - 1] not in _postpositions():
                k -= 1
            if k == i or k == 0 or toks[k - 1].text not in _LIST_JOINERS:
                continue
            first = _field_list_start(toks, keys, lambda j, toks=toks: not covered(toks[j].start, toks[j].end), k,
                                      i + 1)
            if first is None or any(covered(t.start, t.end) for t in toks[k:i]) \
                    or any(hindi_zipf(t.text) >= _PORTFOLIO_WORD_ZIPF or keys[j] in _title_words()
                           or keys[j] in _word_list("not_names") or acronym_letters(t.text)
                           for j, t in enumerate(toks[first:i], first)
                           if t.text not in _LIST_JOINERS):
                continue
            # A comma list before another head is a list of things (अंत्योदय, मनरेगा और श्रम विभाग; पेट्रोल पंप,
            # एलपीजी और तेल एजेंसी); only a ministry is named by one.
            if key not in _word_list("ministry_heads") and any(t.text == "," for t in toks[first:i]):
                continue
            a, b = toks[first].start, toks[i].end
            extra.append(Mention(a, b, text[a:b], "ORG", source="model"))
    return sorted(found + extra, key=lambda m: m.start) if extra else found
