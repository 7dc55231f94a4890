"""Name boundaries the tagger gets wrong, repaired before the link step builds entities from them.

Taggers work on tokens and stop where a name goes on in the text, so fragments become entities of their own:

- a hyphen glued to the next word starts a "name" (जम्मू -कश्मीर → ``-कश्मीर``): the hyphen joins the word
  before it, and the whole is the name (two names joined by a bare hyphen, भारत-पाकिस्तान, stay two unless
  the whole is a known name: पिंपरी-चिंचवड़);
- an unbalanced bracket ends inside it (``भारतीय प्रौद्योगिकी संस्थान (आईआईटी``): the name stops before it;
- a coordinated place is cut at its conjunction (जम्मू और [कश्मीर सरकार]): when the words before it make a name
  a gazetteer knows, they are part of it;
- the head noun that makes a name an institution is left out (``राम मनोहर`` लोहिया अस्पताल, ``कस्तूरबा``
  अस्पताल, ``सलीम प्रोविजनल`` स्टोर): the head, and a name between them, join the span, which then takes the
  head's type;
- a ministry named by a list of portfolios is cut at the conjunction (मत्स्य पालन, पशुपालन एवं [डेरी मंत्रालय]):
  the list joins the span;
- the head noun that makes a word a thing or an event is left out (``ऑरेंज`` जोन, ``ब्रेंट`` क्रूड): the head
  joins the span, which ``entity_filter.is_description`` then refuses as a name.

The heads are language data (``lang/<lang>/descriptions.json``: ``institution_heads``, ``event_heads``,
``thing_heads``). Spans only move; the text is never rewritten.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import cache

import regex

from khabar.analyse.gazetteer import lookup_place
from khabar.analyse.ner.features import frequencies
from khabar.lang import load
from khabar.model import Mention
from khabar.text.keys import has_devanagari, match_key

# Imported here, not inside the functions that use them: every repair runs for every mention of every article, and a
# function's own import statement cost it about 2 µs a call (340,000 imports in the link step of 500 articles).
from .common_names import office_before
from .descriptions import without_honorifics
from .entity_filter import (
    _acronym,
    _outlets,
    _place_suffixed,
    _zipf,
    compass_tails,
    is_description,
    plural_head,
    safe_place,
)
from .glued_names import without_body_given_name, without_centre, without_next_name_word
from .latin import _letters, initials, known_latin
from .places import city_population, home_country, is_indian_place, named_region, region_of, state_names

_HYPHENS = "-‐‑‒–—"  # hyphen, non-breaking hyphen, figure, en and em dash: sites join names with each
_OPEN, _CLOSE = "([{", ")]}"
_NEXT_WORD = regex.compile(r"[ \u00a0]{1,2}([\p{L}\p{M}\u200c\u200d]+)")
# Searched backwards (``(?r)``) from the span: the same match as a forward search, which tries every start in the
# window before it reaches the last word (ten times slower; tests/test_link_memo_equivalence.py compares them).
_PREVIOUS_WORD = regex.compile(r"(?r)([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]*$")
_CONJUNCTIONS = ("और", "एवं", "व", "and", "&")
_LOOKBEHIND = 40  # characters searched for the word and conjunction before a span
_EVERYDAY = 10 ** (4.5 - 9)  # zipf 4.5: a word this frequent in Hindi is no name word


@cache
def _heads(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """``({institution head key: type}, {thing or event head key})``."""
    data = load(lang, "descriptions")
    institutions = {match_key(w).casefold(): t for t, words in data.get("institution_heads", {}).items()
                    for w in words}
    things = {match_key(w).casefold() for w in [*data.get("event_heads", []), *data.get("thing_heads", [])]
              if len(w.split()) == 1}
    return institutions, frozenset(things)


def repair_spans(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """The mentions with the boundaries described in the module docstring repaired, in text order; a mention
    that another one now covers is dropped."""
    if not mentions:
        return mentions
    out = [_trimmed(text, m, lang) for m in sorted(mentions, key=lambda m: (m.start, -m.end))]
    out = [without_centre(text, m, lang) if m is not None else None for m in out]
    out = [_without_glued_word(text, m) if m is not None and lang == "hi" else m for m in out]
    if lang == "hi":
        out = _with_glued_lead_words(text, out)
    places = [m for m in out if m is not None and m.type == "LOC"]
    out = [m for m in out if m is not None and not _domain_suffix(text, m, lang)
           and not _homograph_out_of_frame(text, m, lang, places)]
    out = [part for m in out for part in (_state_before_place(text, m) if lang == "hi" else [m])]
    out = _join_hyphenated(text, out)
    out = [_with_hyphenated_tail(text, m) for m in out]
    out = _join_neighbours(text, out, lang)
    out = _join_body_region(text, out, lang)
    out = [_without_town_after_office(text, m) for m in out]
    out = [part for m in out for part in _split_institutions(text, m, lang)]
    out = [_with_initial(text, m, out) for m in out]
    out = [_with_initials(text, m, out) if lang == "hi" else m for m in out]
    out = [_with_given_name(text, m) if lang == "hi" else m for m in out]
    out = [_with_known_prefix(text, m) for m in out]
    out = [_with_opening_word(text, m, lang) for m in out]
    out = [_with_outlet_prefix(text, m) for m in out]
    out = [_with_campus_city(text, m, lang) for m in out]
    out = [_with_level_word(text, m, lang) for m in out]
    out = [_after_kin_word(text, m, lang) for m in out]
    out = [_before_residence_word(text, m, lang) for m in out]
    out = [_with_region_head(text, m, lang) for m in out]
    out = [_with_compass_word(text, m, lang) for m in out]
    out = [_with_compass_name(text, m, lang) for m in out]
    out = [_with_inner_word(text, m, lang) for m in out]
    out = [_with_demonym(text, m, lang) for m in out]
    out = [_with_compass_tail(text, m) if lang == "hi" else m for m in out]
    out = [_with_block_head(text, m, out) if lang == "hi" else m for m in out]
    out = [_with_number(text, m) for m in out]
    out = [_listed_before_kind(text, m, lang) for m in out]
    out = [_with_ordinal_tail(text, m, lang) for m in out]
    out = [_without_area_tail(text, m, lang) for m in out]
    out = [_without_place_start(text, m) for m in out]
    out = [_without_epithet(text, m, lang) for m in out]
    out = [_coordinated(text, m) for m in out]
    out = _with_of_head(text, out, lang)
    out = _with_portfolios(text, out, lang)
    out = [_with_cut_portfolio(text, m, lang) for m in out]
    out = _with_heads(text, out, lang)
    out = without_next_name_word(text, out, lang)
    out = without_body_given_name(text, out)
    out = _without_appositive_kind(text, out, lang)
    out = _without_person_before_place(text, out)
    out = _without_qualifying_place(text, out)
    out = [m for m in out if not _lone_head(m, lang)]
    kept: list[Mention] = []
    for m in sorted(out, key=lambda m: (m.start, -m.end)):
        if kept and m.start < kept[-1].end:
            continue  # inside (or across) a span already repaired to cover it
        kept.append(m)
    return kept


_NON_SPACE = regex.compile(r"\S+")


def _without_person_before_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place or organisation span that begins with a person the article names elsewhere and ends in a known place
    is a headline's speaker glued to the dateline after it ("… पुष्टि हुई : [हर्षवर्धन नयी दिल्ली], केंद्रीय
    स्वास्थ्य मंत्री हर्षवर्धन ने …"): only the place is a name there. The person's words match a person mention of
    the article, whole or its last word (चिदंबरम of पी चिदंबरम); the whole span is no known name, and the place is
    no direction (निजामुद्दीन पश्चिम keeps its compass word, though the tagger took निजामुद्दीन for a person)."""

    people: set[str] = set()
    for m in mentions:
        if m.type == "PER":
            words = match_key(m.text).split()
            people |= {" ".join(words), words[-1]} if words else set()
    if not people:
        return mentions
    out = []
    for m in mentions:
        words = list(_NON_SPACE.finditer(m.text)) if m.type in ("LOC", "ORG") else ()
        if len(words) >= 2 and not _known(m.text):
            for k in range(1, min(3, len(words))):
                head = match_key(m.text[:words[k - 1].end()])
                tail = m.text[words[k].start():]
                if head in people and lookup_place(tail) is not None and not is_description(tail, "LOC"):
                    m = _moved(m, text, m.start + words[k].start(), m.end, "LOC")
                    break
        out.append(m)
    return out


def _without_qualifying_place(text: str, mentions: list[Mention]) -> list[Mention]:
    """"दिल्ली निजामुद्दीन मरकज", "पटना कंकड़बाग इलाके": a news writer puts the town or state before a quarter as a
    qualifier, and the tagger takes both as one place. A place span of two words or more that begins with an Indian
    place the lists know by its spelling, whose rest the same article also writes as a place of its own, is two
    places: the qualifier and the quarter (the quarter alone is what its other mentions, and other reports, name).
    A name the lists know whole (जम्मू कश्मीर, नई दिल्ली) stays, and so does a rest that is an everyday word or a
    head (पटना सिटी, दिल्ली कैंट: names of their own that the town's word begins)."""
    alone = {match_key(m.text) for m in mentions if m.type == "LOC" and " " not in m.text.strip()}
    if not alone:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        words = list(_NON_SPACE.finditer(m.text)) if m.type == "LOC" else []
        if len(words) >= 2 and not _known(m.text):
            for k in (1, 2):
                if k >= len(words):
                    break
                head = m.text[:words[k - 1].end()]
                rest = m.text[words[k].start():]
                if not _indian_place_named(head) or match_key(rest) not in alone \
                        or _zipf(rest) >= _GLUED_PREFIX_ZIPF or is_description(rest, "LOC"):
                    continue
                out.append(_moved(m, text, m.start, m.start + words[k - 1].end(), "LOC"))
                m = _moved(m, text, m.start + words[k].start(), m.end, "LOC")
                break
        out.append(m)
    return out


def _moved(m: Mention, text: str, start: int, end: int, type_: str | None = None) -> Mention:
    return replace(m, start=start, end=end, text=text[start:end], type=type_ or m.type)


_ONE_WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+")
_GLUED_PREFIX_ZIPF = 4.5  # an everyday word (मामले, मौत, भारतीय) glued before a place's name
_GLUED_PLACE_MIN = 4  # letters of the place's key (a short place name hides inside too many words)


def _without_glued_word(text: str, m: Mention) -> Mention:
    """मामले[राजस्थान], मौत[पुणे], इंदौर[इंदौर]: a feed's tag list or a headline run into the body glues an everyday
    word (or the name itself) to a place's name with no space. A one-word span no list and no dictionary knows, whose
    end is a known place (by spelling) that the article also writes as a word of its own, and whose beginning is an
    everyday word, is that place; the span moves to it. A compound the lists know written apart (नई दिल्ली,
    पश्चिम बंगाल) stays; a word the dictionary has (a real compound) stays.

    Session 30: the place need not be written alone when it opens a dateline, a colon or a comma and a date, a
    number or a place right after it (हुई[इंदौर], मध्यप्रदेश …; नहीं[जयपुर]: …); a compound such as रामकृष्णानगर in
    a list of localities has neither. A word that is one word written twice (पलामूपलामू, a section label run into
    the body) is that word, whatever its type. The last word of a longer span is read the same way (इंदौर
    मौत[इंदौर] में, a headline's last words and the body's first): the span moves to the place; a doubled last
    word keeps the words before it and its first half (शरद मनोहरमनोहर → शरद मनोहर)."""

    words = list(_ONE_WORD.finditer(m.text))
    if not words or not has_devanagari(m.text):
        return m
    last = words[-1]
    if len(words) == 1 and last.group() != m.text:
        return m
    word, at = last.group(), m.start + last.start()
    if _zipf(word) > 0 or known_latin(word) is not None:
        return m
    half = len(word) // 2
    if len(word) % 2 == 0 and word[:half] == word[half:] and len(match_key(word[:half])) >= _DOUBLED_MIN:
        if len(words) == 1:
            return _moved(m, text, at + half, m.end)
        return _moved(m, text, m.start, at + half)
    for cut in range(2, len(word) - 3):
        before, place = word[:cut], word[cut:]
        if regex.match(r"\p{M}", place) or len(match_key(place)) < _GLUED_PLACE_MIN:
            continue
        if known_latin(place, "LOC", by_sound=False) is None:
            continue
        if not (_zipf(before) >= _GLUED_PREFIX_ZIPF or match_key(before) == match_key(place)):
            continue
        if known_latin(f"{before} {place}") is not None:
            continue
        start = at + cut
        alone = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(place)}(?![\p{{L}}\p{{M}}])")
        if any(found.start() != start for found in alone.finditer(text)) or _opens_dateline(text, at + len(word)):
            return _moved(m, text, start, at + len(word), "LOC")
    return m


_GLUED_BEFORE = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]$")


def _with_glued_lead_words(text: str, mentions: list[Mention | None]) -> list[Mention | None]:
    """``_with_glued_lead_word`` of each mention; a mention of the glued word itself (the tagger's रहेंगेनयी) ends
    inside the place's new span and is dropped."""
    out = [_with_glued_lead_word(text, m) if m is not None else None for m in mentions]
    moved = [m for m, was in zip(out, mentions, strict=True)
             if m is not None and was is not None and m.start != was.start]
    if not moved:
        return out
    return [m for m in out if m is None or m in moved or not any(m.start < g.start < m.end <= g.end for g in moved)]


def _with_glued_lead_word(text: str, m: Mention) -> Mention:
    """मंत्रालय[नयी] दिल्ली: a headline run into a dateline glues the headline's last word to the first word of a
    two-word place, and the tagger finds only the second word (दिल्ली, another entity than नई दिल्ली). When the
    word before the span no list and no dictionary knows, and its end and the span make a place the lists know by
    spelling that the span alone is not, the span starts at that end."""
    if m.type != "LOC" or not has_devanagari(m.text) or " " in m.text:
        return m
    window = max(0, m.start - 40)
    found = _GLUED_BEFORE.search(text[window:m.start])
    if found is None:
        return m
    word = found.group(1)
    if _zipf(word) > 0 or known_latin(word) is not None:
        return m
    own = known_latin(m.text, "LOC", by_sound=False)
    for cut in range(2, len(word) - 1):
        lead = word[cut:]
        if regex.match(r"\p{M}", lead):
            continue
        whole = known_latin(f"{lead} {m.text}", "LOC", by_sound=False)
        if whole is not None and whole != own:
            return _moved(m, text, window + found.start(1) + cut, m.end)
    return m


_CITY_STATES = frozenset({"Delhi", "Chandigarh", "Puducherry"})  # a state whose name is also its city's


def _state_before_place(text: str, m: Mention) -> list[Mention]:
    """केरल अलुवा से …: a report that drops the genitive (केरल के अलुवा) writes a state's name right before a town's,
    and the tagger reads both as one place that no list knows. A place span whose first words are an Indian state
    and whose other words a place the lists know by spelling (not a state) is two places; a name the lists know
    whole (बिहार शरीफ, उत्तर प्रदेश) stays one. A state named like its city (दिल्ली) is left alone."""
    words = list(_ONE_WORD.finditer(m.text))
    if m.type != "LOC" or len(words) < 2 or not has_devanagari(m.text) \
            or known_latin(m.text, "LOC", by_sound=False) is not None:
        return [m]
    states = state_names()
    for k in range(1, len(words)):
        lead = known_latin(m.text[:words[k - 1].end()], "LOC", by_sound=False)
        if lead is None or lead not in states or lead in _CITY_STATES:
            continue
        rest = known_latin(m.text[words[k].start():], "LOC", by_sound=False)
        if rest is not None and rest not in states:
            return [_moved(m, text, m.start, m.start + words[k - 1].end()),
                    _moved(m, text, m.start + words[k].start(), m.end)]
    return [m]


_DOUBLED_MIN = 3  # letters of the key of each half of a word written twice (नगरनगर would need the lists)
_DATELINE_AFTER = regex.compile(r"[ \u00a0]*(?::|,[ \u00a0]*([\p{L}\p{M}\p{N}\u200c\u200d]+))")


def _opens_dateline(text: str, end: int) -> bool:
    """A place's name ending at ``end`` opens a dateline: a colon follows, or a comma and a number, a month or a
    known place (इंदौर, 30 मार्च; जयपुर: राजस्थान में …)."""
    found = _DATELINE_AFTER.match(text, end)
    if found is None:
        return False
    nxt = found.group(1)
    if nxt is None:
        return True
    return (nxt[0].isdigit() or match_key(nxt) in _month_keys()
            or known_latin(nxt, "LOC") is not None)


@cache
def _month_keys() -> frozenset[str]:
    months = load("hi", "dates").get("months", {})
    names = [n for v in months.values() for n in (v if isinstance(v, list) else [v])]
    return frozenset(match_key(n) for n in names if isinstance(n, str))


def _trimmed(text: str, m: Mention, lang: str) -> Mention | None:
    start, end = m.start, m.end
    while start < end and (text[start] in _HYPHENS or text[start].isspace()):
        start += 1
    # कोलकाता-बेस्ड [इंडियन एसोसिएशन …]: words that attach a name to what follows start no name.
    external = _external_words(lang)
    while (word := _FIRST_WORD.match(text, start, end)) and match_key(word.group(1)) in external:
        start = word.end()
    # महासिचव ज्योतिर्मय जैन: a title misspelt by one letter or a swap is still a title.
    if m.type == "PER" and (word := _FIRST_WORD.match(text, start, end)) and word.end() < end \
            and _misspelt_title(word.group(1), lang):
        start = word.end()
    # गोरखपुरः राप्तीसागर: a visarga before a space is a colon typed in Devanagari (a headline's "place: news");
    # the name ends before it.
    colon = text.find("\u0903 ", start, end)
    if colon > start:
        end = colon
    span = text[start:end]
    for opening, closing in zip(_OPEN, _CLOSE, strict=True):
        cut = span.find(opening)
        if cut >= 0 and closing not in span[cut:]:
            end = start + len(span[:cut].rstrip())
            span = text[start:end]
        if span.endswith(closing) and opening not in span:
            end -= 1
            span = text[start:end]
    while end > start and (text[end - 1] in _HYPHENS or text[end - 1].isspace()):
        end -= 1
    # रावत जनरल स्टोर 9411575754: a phone number or a year is not part of a name.
    while (number := _TRAILING_NUMBER.search(text, start, end)) and number.start() > start:
        end = number.start()
    # दुष्यंत सेल्फ-आइसोलेशन: a last word that a hyphen joins to the next one is part of that compound, not of
    # the name.
    # (नई दिल्ली-एनसीआर keeps दिल्ली, a known name.)
    words = text[start:end].split()
    if (len(words) > 1 and text[end:end + 1] in _HYPHENS and text[end + 1:end + 2].isalpha()
            and not _known(words[-1])):
        end = start + len(text[start:end - len(words[-1])].rstrip())
        words = words[:-1]
    if words and match_key(words[0]) in _joiner_words(lang):
        return None  # ऑफ स्मॉल एंड मीडियम इंडस्ट्रीज: the tail of a longer name
    # मुरलीधरन सप्ताहांत, किम बृहस्पतिवार: a weekday, month or time word after a name is not part of it.
    while len(words) > 1 and match_key(words[-1]) in _calendar_words():
        end = start + len(text[start:end - len(words[-1])].rstrip())
        words = words[:-1]
    if len(words) == 2 and match_key(words[0]) == match_key(words[1]):
        end = start + len(words[0])  # एम्स एम्स: a word the page repeats
    if end - start < 2 or _inside_acronym(text, start, end):
        return None
    return m if (start, end) == (m.start, m.end) else _moved(m, text, start, end)


_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]+$")


def _inside_acronym(text: str, start: int, end: int) -> bool:
    """सीडी[एससीओ], यूएन[डब्ल्यूटीओ]: an acronym that begins inside a word whose earlier letters are letter names too
    is the tail of a longer acronym (CDSCO, UNWTO), not SCO or the WTO. A whole word glued to a name by scraping
    (हुई[मुंबई]) is no such tail."""
    if start == 0 or not (text[start - 1].isalpha() or unicodedata.category(text[start - 1])[0] == "M"):
        return False

    before = _WORD_BEFORE.search(text, max(0, start - _LOOKBEHIND), start)
    return before is not None and initials(before.group(0)) is not None and initials(text[start:end]) is not None


_TRAILING_NUMBER = regex.compile(r"[ \u00a0]+\d{4,}$")
_FIRST_WORD = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+")
_MIN_TITLE_LENGTH = 5  # shorter titles are too close to ordinary words to match with an error


def _known(word: str) -> bool:

    return known_latin(word, by_sound=False) is not None


@cache
def _joiner_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("joiner_words", []))


@cache
def _external_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("name_external_words", []))


@cache
def _titles(lang: str) -> tuple[str, ...]:
    data = load(lang, "descriptions")
    words = {*data.get("titles", {}), *data.get("honorifics", [])}
    if lang == "hi":
        words |= set(load("hi", "ner").get("titles", []))
    return tuple(sorted(match_key(w) for w in words if " " not in w and len(match_key(w)) >= _MIN_TITLE_LENGTH))


@cache
def _misspelt_title(word: str, lang: str) -> bool:
    from rapidfuzz.distance import OSA

    key = match_key(word)
    if len(key) < _MIN_TITLE_LENGTH or key in _titles(lang):
        return False
    return any(OSA.distance(key, t) == 1 and sorted(key) == sorted(t) for t in _titles(lang))


def _lone_head(m: Mention, lang: str) -> bool:
    """स्टोर, अस्पताल alone (जनरल स्टोर less the title जनरल): a head noun names nothing by itself."""

    institutions, _ = _heads(lang)
    words = match_key(without_honorifics(m, lang).text).casefold().split()
    return len(words) == 1 and words[0] in institutions


_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]{1,3})\.[ \u00a0]?$")


def _with_initial(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """डॉक्टर डी. [हिमांशु]: an initial written as a letter name and a dot just before a person is the name's."""

    if m.type != "PER":
        return m
    found = _INITIAL_BEFORE.search(text, max(0, m.start - 6), m.start)
    if not found or match_key(found.group(1)) not in _letters():
        return m
    if any(o is not m and o.start < m.start and o.end > found.start(1) for o in mentions):
        return m
    return _moved(m, text, found.start(1), m.end)


# Letter names without dots, one space apart, right before the name: स्वास्थ्य मंत्री [के के] शैलजा.
_INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]{1,3} ){1,3})$")
_GENITIVE_LETTER = "के"  # the letter K and the postposition "of"


def _with_initials(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """स्वास्थ्य मंत्री [के के] शैलजा: Indian names are often written as initials and a surname without dots, and the
    tagger leaves the initials out when one of them is also a postposition (के). Letter names right before a Devanagari
    person's name are the name's when they are two or more, or one before a name that opens with an initial (राज्य के
    [सी] पी जोशी); a leading के is the postposition unless an office is written right before it (पार्टी के [के] सुरेश
    stays सुरेश, केरल के योगी is "of Kerala"). Why: the surname alone became the entity's name, and a surname is what
    many people share."""

    if m.type != "PER" or not has_devanagari(m.text):
        return m
    found = _INITIALS_BEFORE.search(text, max(0, m.start - 16), m.start)
    if not found:
        return m
    letters = _letters()
    words = found.group(1).split()
    while words and not all(match_key(w) in letters for w in words):  # बैठक में [एस एन] वर्मा: the run next to it
        words = words[1:]
    if not words:
        return m
    start = m.start - sum(len(w) + 1 for w in words)
    if words[0] == _GENITIVE_LETTER and office_before(text, start) is None:
        words = words[1:]
        start += len(_GENITIVE_LETTER) + 1
    first = m.text.split()[0].rstrip(".")
    if len(words) < (1 if len(m.text.split()) > 1 and match_key(first) in letters else 2):
        return m
    if any(o is not m and o.start < m.start and o.end > start for o in mentions):
        return m
    return _moved(m, text, start, m.end)


def _with_given_name(text: str, m: Mention) -> Mention:
    """जिलाधिकारी प्रभु [एन सिंह]: between an office and a person's name that opens with an initial, one word is the
    person's given name (Indian names run given name, initial, surname), though it is an everyday word (प्रभु, "lord")
    the tagger left out. Why: the name was left as initials and a surname, which many officers share."""

    if m.type != "PER" or len(m.text.split()) < 2 or match_key(m.text.split()[0].rstrip(".")) not in _letters():
        return m
    found = _PREVIOUS_WORD.search(text, max(0, m.start - _LOOKBEHIND), m.start)
    if found is None or text[found.end(1):m.start] != " " or not has_devanagari(found.group(1)) \
            or office_before(text, m.start) is not None or office_before(text, found.start(1)) is None:
        return m
    return _moved(m, text, found.start(1), m.end)


def _with_known_prefix(text: str, m: Mention) -> Mention:
    """गौतमबुद्ध [नगर], पश्चिमी [तट]: a head word tagged alone after a word that makes it a place's name (a known
    place, or a place head after a rare word) is that place, not a town called नगर. The word before joins the
    span (a mention of it, if any, is then covered and dropped)."""
    from .entity_filter import _heads

    org, loc = _heads()
    key = match_key(m.text)
    if " " in m.text.strip() or key not in org | loc:
        return m
    found = _word_before(text, m.start)
    if found is None:
        return m
    whole = f"{found.group(1)} {m.text}"
    if known_latin(whole, by_sound=False) or (key in loc and _is_name_word(found.group(1))):
        return _moved(m, text, found.start(1), m.end, "LOC")
    return m


@cache
def _opening_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("name_opening_words", []))


def _word_before(text: str, start: int) -> regex.Match | None:
    """The word right before ``start`` on the same line, spaces only between."""
    found = _PREVIOUS_WORD.search(text, max(0, start - _LOOKBEHIND), start)
    if found is None or not text[found.end(1):start].isspace() or "\n" in text[found.end(1):start]:
        return None
    return found


def _with_opening_word(text: str, m: Mention, lang: str) -> Mention:
    """मोबाइल वर्ल्ड [कांग्रेस]: a one-word name right after a word that opens English names (``name_opening_words``:
    वर्ल्ड, ग्लोबल) ends a longer name the tagger cut, not the party कांग्रेस: the opening word and one word before it
    that is no function word or postposition join the span, as an organisation (an event or body of that name)."""
    if " " in m.text.strip():
        return m
    opening = _word_before(text, m.start)
    if opening is None or match_key(opening.group(1)) not in _opening_words(lang):
        return m
    start = opening.start(1)
    first = _word_before(text, start)
    if first is not None and _name_word_before(first.group(1)):
        start = first.start(1)
    return _moved(m, text, start, m.end, "ORG")


def _name_word_before(word: str) -> bool:

    return _zipf(word) < _FUNCTION_WORD_ZIPF and match_key(word) not in _postpositions() and not word.isdigit()


_NEXT_WORD = regex.compile(r"[ \u00a0]+([\p{L}\p{M}\u200c\u200d]+)")


@cache
def _branch_institutions(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("branch_institutions", []))


def _with_campus_city(text: str, m: Mention, lang: str) -> Mention:
    """भोपाल [एम्स], [एम्स] ऋषिकेश: an institution with a campus in many cities takes the city written right before
    or after it, so that each campus is its own entity (AIIMS Bhopal is not the Delhi AIIMS)."""
    if m.type not in ("ORG", "LOC") or match_key(m.text) not in _branch_institutions(lang):
        return m
    found = _word_before(text, m.start)
    if found and _campus_city(found.group(1)):
        return _moved(m, text, found.start(1), m.end, "ORG")
    after = _NEXT_WORD.match(text, m.end)
    if after and _campus_city(after.group(1)):
        return _moved(m, text, m.start, after.end(1), "ORG")
    return m


@cache
def _level_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("generic_bodies", {}).get("level_words", []))


def _with_level_word(text: str, m: Mention, lang: str) -> Mention:
    """राज्य [चुनाव आयोग]: a body the tagger took without the राज्य, प्रदेश or जिला before it is the state's or
    district's; the word joins the span when the two make a generic body (which names no entity), so that a state's
    election commission is not read as the national one."""
    if m.type != "ORG":
        return m
    found = _word_before(text, m.start)
    if found is None or match_key(found.group(1)) not in _level_words(lang):
        return m
    widened = _moved(m, text, found.start(1), m.end)
    return widened if is_description(widened.text, "ORG") else m


@cache
def _kin_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "person_names").get("kin_words", []))


def _after_kin_word(text: str, m: Mention, lang: str) -> Mention:
    """जौहर पुत्र [इसराइल]: a name right after a word of kinship is a person, not the country the tagger read; not a
    known place followed by a locative postposition (``kin_place_postpositions``: बेटा [अमेरिका] में रहता है)."""
    if m.type == "PER":
        return m
    found = _word_before(text, m.start)
    if found is None or match_key(found.group(1)) not in _kin_words(lang):
        return m
    after = _NEXT_WORD.match(text, m.end)
    if after is not None and match_key(after.group(1)) in _kin_place_postpositions(lang):

        if known_latin(m.text, "LOC", by_sound=False):
            return m  # बेटा [अमेरिका] में रहता है: the son lives in America; the kin word is the subject
    return replace(m, type="PER")


@cache
def _kin_place_postpositions(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "person_names").get("kin_place_postpositions", []))


@cache
def _region_heads(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("region_heads", []))


def _with_region_head(text: str, m: Mention, lang: str) -> Mention:
    """[वाशिंगटन] राज्य, [न्यूयॉर्क] स्टेट: a city's name followed by a word for a state is the state of that name, a
    different place from the city; the word joins the span (a state's own name, बिहार राज्य, stays as it is)."""

    if m.type not in ("LOC", "ORG"):
        return m
    after = _NEXT_WORD.match(text, m.end)
    if after is None or match_key(after.group(1)) not in _region_heads(lang):
        return m

    if not has_devanagari(m.text):  # Washington state: a large city's name, not an Indian state's (Delhi state)
        if city_population(m.text) >= _LARGE_CITY and region_of(m.text) not in state_names():
            return _moved(m, text, m.start, after.end(1), "LOC")
        return m
    # वॉशिंगटन: the open o of an English loan is also written ा, the spelling the place lists may have alone.
    place = lookup_place(m.text) or lookup_place(m.text.replace("ॉ", "ा").replace("ऑ", "आ"))
    # A city, or a region the lists also know as a large city (Washington); not a province alone (हुबेई प्रांत),
    # nor an Indian state or territory named like its city (दिल्ली राज्य, चंडीगढ़).
    if place is None or not (place.kind == "city" or (place.kind == "region" and city_population(place.name) >=
                                                       _LARGE_CITY and region_of(m.text) not in state_names())):
        return m
    return _moved(m, text, m.start, after.end(1), "LOC")


_LARGE_CITY = 100_000


@cache
def _compass_adjectives(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("compass_adjectives", []))


def _with_compass_word(text: str, m: Mention, lang: str) -> Mention:
    """पूर्वी [सिंहभूम], पश्चिमी [चंपारण]: a compass adjective right before a district or town the tagger took alone
    is part of its name (East and West Singhbhum are two districts); before a state or a country (पश्चिमी [उत्तर
    प्रदेश], पूर्वी [यूरोप]) it describes a part of it and stays out."""

    if m.type == "ORG":
        return _org_with_compass_word(text, m, lang)
    if m.type != "LOC":
        return m
    found = _word_before(text, m.start)
    if found is None or match_key(found.group(1)) not in _compass_adjectives(lang) or named_region(m.text) is not None:
        return m


    place = lookup_place(m.text)
    if place is not None and place.kind not in ("city",):
        return m  # a continent or region abroad (पूर्वी [यूरोप])
    latin = known_latin(m.text, "LOC")
    if latin is not None and not is_indian_place(latin):
        return m  # रूस के सुदूर पूर्वी [अमूर] क्षेत्र: a place abroad keeps its own name
    return _moved(m, text, found.start(1), m.end)


_COMPASS_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}\u200c\u200d]+)[ \u00a0-]+$")
_COMPASS_WORDS = 2  # साउथ ईस्ट, दक्षिण-पूर्व: at most two compass words open a region's name


@cache
def _compass_name_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``(compass nouns and loanwords, the ones that are also everyday words, the words that make those everyday)``
    from ``descriptions.json``."""
    data = load(lang, "descriptions")
    words = {match_key(w) for w in [*data.get("compass_words", []), *data.get("compass_loanwords", {})]}
    words -= _compass_adjectives(lang)  # पूर्वी [यूरोप]: an adjective describes a part (``_with_compass_word``)
    return (frozenset(words), frozenset(match_key(w) for w in data.get("compass_homographs", [])),
            frozenset(match_key(w) for w in data.get("compass_homograph_blockers", [])))


def _with_compass_name(text: str, m: Mention, lang: str) -> Mention:
    """[साउथ ईस्ट] एशिया, दक्षिण-पूर्व [एशिया], पश्चिम [बंगाल]: one or two compass words right before a place the tagger
    took alone, when the longer phrase is itself a place the lists know under another name (Southeast Asia is not
    Asia, West Bengal not Bengal), join the span: the short name stood for the longer one. A phrase no list knows
    (ईस्ट [एशिया]) leaves the span as it is, and so does a compass adjective (पूर्वी [यूरोप]:
    ``_with_compass_word``). A compass word that is also an everyday word (उत्तर: answer, पूर्व: before) after a
    postposition is that word: "प्रश्न का उत्तर [अमेरिका] ने दिया"."""
    if m.type != "LOC" or lang != "hi":
        return m
    own = known_latin(m.text, "LOC", by_sound=False)
    compass, homographs, blockers = _compass_name_words(lang)
    start, best = m.start, None
    for _ in range(_COMPASS_WORDS):
        found = _COMPASS_BEFORE.search(text, max(0, start - _LOOKBEHIND), start)
        if found is None or "\n" in text[found.end(1):start] or match_key(found.group(1)) not in compass:
            break
        start = found.start(1)
        if match_key(found.group(1)) in homographs:
            before = _word_before(text, start)
            if before is not None and match_key(before.group(1)) in blockers:
                continue
        latin = known_latin(text[start:m.end], "LOC", by_sound=False)
        if latin is not None and latin != own:
            best = start
    return _moved(m, text, best, m.end) if best is not None else m


def _org_with_compass_word(text: str, m: Mention, lang: str) -> Mention:
    """उत्तरी [दिल्ली नगर निगम], पूर्वी [सिंहभूम जिला प्रशासन]: a compass adjective right before a body whose name
    begins with a place names that place's part, whose body it is (North Delhi's municipal corporation is not the
    former unified one). A body is no part of a region, so the adjective joins whatever the place's kind; only
    Indian places count (a place abroad keeps its own name, as for places), and only a name of two words or more
    that begins with a place by its spelling."""
    found = _word_before(text, m.start)
    if found is None or match_key(found.group(1)) not in _compass_adjectives(lang):
        return m
    words = m.text.split()
    if any(len(words) > n and _indian_place_named(" ".join(words[:n])) for n in (2, 1)):
        return _moved(m, text, found.start(1), m.end)
    return m


def _indian_place_named(name: str) -> bool:
    """The words are an Indian place the lists know by this spelling, and all of its name: not the first word of a
    longer one (मध्य of मध्य प्रदेश, which the lists also give as a short form)."""
    latin = known_latin(name, "LOC", by_sound=False)
    return latin is not None and is_indian_place(latin) and len(latin.split()) <= len(name.split())


@cache
def _inner_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("inner_words", []))


def _with_inner_word(text: str, m: Mention, lang: str) -> Mention:
    """भीतरी [मंगोलिया], आंतरिक [मंगोलिया]: an inner word right before a place makes the name of another region (Inner
    Mongolia is a region of China, not the country), so it joins the span before any kind of place; a compass
    adjective, by contrast, stays out before a country (पूर्वी [यूरोप] is a part of Europe)."""
    if m.type != "LOC":
        return m
    found = _word_before(text, m.start)
    if found is None or match_key(found.group(1)) not in _inner_words(lang):
        return m
    return _moved(m, text, found.start(1), m.end)


@cache
def _legislature_demonyms(lang: str) -> tuple[frozenset[str], dict[str, str]]:
    """``(legislature word keys, {demonym key: country})`` without the home country's demonyms (भारतीय संसद is the
    parliament the bare word names)."""
    data = load(lang, "descriptions")
    home = home_country(lang)
    demonyms = {match_key(d): c for d, c in data.get("demonyms", {}).items() if region_of(c) != home or home is None}
    return frozenset(match_key(w) for w in data.get("legislature_words", [])), demonyms


_TWO_WORDS_BEFORE = regex.compile(r"(?r)([\p{L}\p{M}\u200c\u200d]+[ \u00a0][\p{L}\p{M}\u200c\u200d]+)[ \u00a0]$")


def _with_demonym(text: str, m: Mention, lang: str) -> Mention:
    """अमेरिकी [कांग्रेस], ब्रिटिश [संसद]: a demonym of another country right before a word for a legislature
    (``legislature_words``) makes that country's body, so it joins the span; the bare word is the Indian party or
    parliament of other reports."""
    words, demonyms = _legislature_demonyms(lang)
    if m.type not in ("ORG", "LOC") or match_key(m.text) not in words:
        return m
    for pattern in (_TWO_WORDS_BEFORE, _PREVIOUS_WORD):
        found = pattern.search(text, max(0, m.start - _LOOKBEHIND), m.start)
        if found is not None and text[found.end(1):m.start] in (" ", "\u00a0") \
                and match_key(found.group(1)) in demonyms:
            return _moved(m, text, found.start(1), m.end, "ORG")
    return m


_GENITIVE_BEFORE = regex.compile(r"[ \u00a0](?:के|का|की)[ \u00a0]+$")


def _with_block_head(text: str, m: Mention, mentions: list[Mention]) -> Mention:
    """बस्ती के [रामपुर] ब्लॉक: a place written after another place's genitive (a place mention, or a place the lists
    know that the tagger left untagged) and before a block's head (``block_heads``: ब्लॉक, प्रखंड) is that district's
    block, not the district or town the name also is elsewhere (Rampur district); the head joins the span, so the
    block is a place of its own."""
    if m.type != "LOC":
        return m
    after = _NEXT_WORD.match(text, m.end)
    if after is None or match_key(after.group(1)) not in _block_heads():
        return m
    genitive = _GENITIVE_BEFORE.search(text, max(0, m.start - 6), m.start)
    if genitive is None:
        return m
    if not any(o.type == "LOC" and 0 <= genitive.start() - o.end <= 1 for o in mentions):
        # The tagger may leave the district untagged here (मेडिकल कॉलेज बस्ती के [रामपुर] ब्लॉक): a word the lists
        # know as a place (also one that is an everyday word too, बस्ती; ``place_homographs``), or that the article
        # tags as a place elsewhere, qualifies it as well.

        word = _PREVIOUS_WORD.search(text, max(0, genitive.start() - 40), genitive.start() + 1)
        places = {match_key(o.text) for o in mentions if o.type == "LOC"}
        key = match_key(word.group(1)) if word else ""
        if word is None or not (lookup_place(key) or key in places or key.casefold() in _place_homographs("hi")[0]):
            return m
    return _moved(m, text, m.start, after.end(1))


@cache
def _block_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("block_heads", []))


_LIST_END = regex.compile(r"[ \u00a0]*(?:[,।;)\n]|$|[ \u00a0](?:और|व|एवं|तथा)[ \u00a0])")


def _with_compass_tail(text: str, m: Mention) -> Mention:
    """मेदिनीपुर पश्चिम, [मेदिनीपुर] पूर्व: a compass noun after a district or town, ending an item of a list (a
    comma, ।, a conjunction or the line's end after it), is part of the name of that part of the district
    (``compass_tails``); not after a state or a country (बिहार उत्तर), nor before other words (… पूर्व में: earlier)."""


    if m.type != "LOC":
        return m
    after = _NEXT_WORD.match(text, m.end)
    if after is None or match_key(after.group(1)) not in compass_tails() or not _LIST_END.match(text, after.end(1)):
        return m
    place = lookup_place(m.text)
    if named_region(m.text) is not None or (place is not None and place.kind != "city"):
        return m
    return _moved(m, text, m.start, after.end(1))


@cache
def _residence_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "person_names").get("residence_words", []))


def _before_residence_word(text: str, m: Mention, lang: str) -> Mention:
    """घटिया [आजम खां] निवासी युवक: a name right before a word of residence is the place someone lives in, not the
    person it is named after."""
    if m.type != "PER":
        return m
    after = _NEXT_WORD.match(text, m.end)
    if after is None or match_key(after.group(1)) not in _residence_words(lang):
        return m
    return replace(m, type="LOC")


@cache
def _domain_suffixes(lang: str) -> frozenset[str]:
    return frozenset(match_key(w).casefold() for w in load(lang, "descriptions").get("domain_suffixes", []))


def _domain_suffix(text: str, m: Mention, lang: str) -> bool:
    """नवभारतटाइम्स.[कॉम]: the end of a web address glued to a word by a dot is no name (not the city Qom)."""
    return (m.start >= 2 and text[m.start - 1] == "." and text[m.start - 2].isalpha()
            and match_key(m.text).casefold() in _domain_suffixes(lang))


@cache
def _place_homographs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(place names that are also everyday words, words that frame a place around them)``."""
    data = load(lang, "descriptions").get("place_homographs", {})
    frame = {*data.get("frame_words", []), *(load("hi", "ner").get("postpositions", []) if lang == "hi" else [])}
    return (frozenset(match_key(w).casefold() for w in data.get("names", [])),
            frozenset(match_key(w).casefold() for w in frame))


_FRAME_BEFORE = regex.compile(r"(?:^|[,।:;|/\-–—\n\t\d]|([\p{L}\p{M}\u200c\u200d]+))[ \u00a0]*$")
# A count after the name (गोंडा 1, बस्ती 23) or a table's tab frames a place as a comma does.
_FRAME_AFTER = regex.compile(r"[ \u00a0]*(?:[,(\t\d]|([\p{L}\p{M}\u200c\u200d]+))")
# After the word only what follows a noun frames it: a verb (चला गया) is followed by और, भी or the end of a sentence.
_NOT_AFTER_A_PLACE = frozenset({"और", "एवं", "व", "या", "ही", "भी", "जी", "वाले", "वाली", "तथा"})


def _homograph_out_of_frame(text: str, m: Mention, lang: str, places: list[Mention] | None = None) -> bool:
    """तत्काल [कोटा] नहीं होगा, सिविल सर्विसेज ([मेन]): a place name that is also an everyday word (quota, main) is the
    place only where the words around it frame a place: a postposition or conjunction (कोटा में, और कोटा, राजस्थान
    के कोटा), a list's comma, the start or end of a line. Why: the tagger takes the word for the town, and every
    such mention joined the town's entity. After the word only a noun's postposition, a comma or a bracket frames it.
    A list frames a place only when a neighbouring item is a place (``places``): बेलदार, [माली] और सफाईकर्मी is a
    list of workers, the gardener and not Mali."""
    names, frame = _place_homographs(lang)
    if m.type not in ("LOC", "ORG") or match_key(m.text).casefold() not in names:
        return False
    after = _FRAME_AFTER.match(text, m.end)
    word = after.group(1) if after else None
    postposition_after = word is not None and match_key(word).casefold() in frame and word not in _NOT_AFTER_A_PLACE
    if places is not None and not postposition_after and _in_a_list_without_places(text, m, places):
        return True
    before = _FRAME_BEFORE.search(text, max(0, m.start - _LOOKBEHIND), m.start)
    if before and (before.group(1) is None or match_key(before.group(1)).casefold() in frame):
        return False
    after = _FRAME_AFTER.match(text, m.end)
    if after is None:
        return True
    word = after.group(1)
    return word is not None and (match_key(word).casefold() not in frame or word in _NOT_AFTER_A_PLACE)


_LIST_CONJUNCTIONS = frozenset({"और", "एवं", "व", "तथा"})
_LIST_BEFORE = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+(?:,[ \u00a0]*|[ \u00a0]+(?:और|एवं|व|तथा)[ \u00a0]+)$")
_LIST_AFTER = regex.compile(r"(?:,[ \u00a0]*|[ \u00a0]+(?:और|एवं|व|तथा)[ \u00a0]+)[\p{L}\p{M}\u200c\u200d]+")


def _in_a_list_without_places(text: str, m: Mention, places: list[Mention]) -> bool:
    """The mention is an item of a list (a word, then a comma or a conjunction, on either side) whose neighbouring
    items are no place mentions."""
    before = _LIST_BEFORE.search(text, max(0, m.start - _LOOKBEHIND), m.start)
    after = _LIST_AFTER.match(text, m.end)
    if before is None and after is None:
        return False

    neighbours = [(before.start(), m.start)] if before else []
    neighbours += [(m.end, after.end())] if after else []
    if any(p is not m and p.start < end and p.end > start for p in places for start, end in neighbours):
        return False
    # An item the tagger left out may still be a town the lists know (बीकानेर, झुंझुनूं, [कोटा], टोंक).
    items = [w for start, end in neighbours for w in regex.findall(r"[\p{L}\p{M}\u200c\u200d]+", text[start:end])
             if w not in _LIST_CONJUNCTIONS]
    return not any(known_latin(item, "LOC", by_sound=False) for item in items)


def _campus_city(word: str) -> bool:
    """A city the lists know, or one they spell differently (ऋषिकेश) when the word is no everyday word (और, में)."""

    zipf = _zipf(word)
    if zipf >= _FUNCTION_WORD_ZIPF:
        return False  # और is a town in GeoNames
    if known_latin(word, "LOC", by_sound=False):
        return True
    return len(match_key(word)) >= 4 and zipf < _EVERYDAY_ZIPF and known_latin(word, "LOC") is not None


_EVERYDAY_ZIPF = 4.0
_FUNCTION_WORD_ZIPF = 6.0  # दिल्ली is 5.9, और 7.3


def _with_outlet_prefix(text: str, m: Mention) -> Mention:
    """अखबार दैनिक [हिंदुस्तान]: a name whose word before it makes it a news outlet's name (``outlets.json``) is that
    outlet, not the country हिंदुस्तान; the word before joins the span."""

    found = _word_before(text, m.start)
    if found is None:
        return m
    if match_key(f"{found.group(1)} {m.text}") in _outlets():
        return _moved(m, text, found.start(1), m.end, "ORG")
    return m


_NUMBER_BEFORE = regex.compile(r"(?:^|(?<=[\s,]))(\d{1,3})[ \u00a0]$")


def _with_number(text: str, m: Mention) -> Mention:
    """हावड़ा, 24 [परगना]: a place the lists do not know, right after a bare number that follows a comma, a
    conjunction or a direction word rather than a counted noun, is named with the number (24 Parganas)."""

    if m.type != "LOC" or known_latin(m.text, "LOC"):
        return m  # 3 मुंबई, 1 यवतमाल: counts before places the lists know (also by sound) stay counts
    found = _NUMBER_BEFORE.search(text, max(0, m.start - 6), m.start)
    if not found:
        return m
    before = text[max(0, found.start(1) - _LOOKBEHIND):found.start(1)].split()
    if before and not (before[-1].endswith(",") or before[-1] in _CONJUNCTIONS or before[-1] in _compass(m)):
        return m
    return _moved(m, text, found.start(1), m.end)


_NUMBERED_TAIL = regex.compile(
    r"(?:[-\u2010\u2011\u2013][ \u00a0]?\d{1,2}|[ \u00a0]+([\p{L}\p{M}]+))(?![\p{L}\p{M}\d])")


@cache
def _number_words(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("numbered_name_words", []))


def _with_ordinal_tail(text: str, m: Mention, lang: str) -> Mention:
    """एम्पावर्ड ग्रुप-9, ‘एम्पावर्ड ग्रुप वन': a body numbered among bodies of one kind is named with its number (a
    hyphen and digits, or an English number word, ``numbered_name_words``); cut before it, eleven groups were one."""

    if m.type != "ORG":
        return m
    institutions, _ = _heads(lang)
    words = match_key(without_honorifics(m, lang).text).casefold().split()
    found = _NUMBERED_TAIL.match(text, m.end)
    if not words or words[-1] not in institutions or not found:
        return m
    if found.group(1) is not None and match_key(found.group(1)) not in _number_words(lang):
        return m
    return _moved(m, text, m.start, found.end())


_LIST_ITEM_AFTER = regex.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:और|एवं|व|तथा)[ \u00a0])")
_CLAUSE_END = regex.compile(r"[।?!\n|]")


@cache
def _area_tails(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("area_tails", []))


def _without_area_tail(text: str, m: Mention, lang: str) -> Mention:
    """आलमगंज [एरिया], हॉटस्पॉट [एरिया]: a common noun for an area after a place's name is the area of that place,
    not a word of its name (``area_tails``); the span ends before it. A name the lists know whole keeps it."""
    words = m.text.split()
    if m.type != "LOC" or len(words) < 2 or match_key(words[-1]) not in _area_tails(lang) or _known(m.text):
        return m
    return _moved(m, text, m.start, m.start + len(m.text[:m.text.rfind(words[-1])].rstrip()))


@cache
def _list_closers(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("list_closers", []))


def _listed_before_kind(text: str, m: Mention, lang: str) -> Mention:
    """एम्स, सफदरजंग, [राम मनोहर लोहिया] और लेडी हार्डिंग मेडिकल कॉलेज सहित 10 अस्पतालों: a person's name that is an
    item of a list closed, in the same clause, by a word that names the list's kind (``list_closers``: सहित, समेत),
    a count or not, and a plural institution head is one of those institutions (a hospital named after a man, ORG)."""
    if m.type != "PER" or not _LIST_ITEM_AFTER.match(text, m.end):
        return m
    clause = text[m.end:m.end + 160]
    end = _CLAUSE_END.search(clause)
    words = regex.findall(r"[\p{L}\p{M}\u200c\u200d]+|\d+", clause[:end.start() if end else len(clause)])
    institutions, _ = _heads(lang)
    for i, w in enumerate(words[:-1]):
        if match_key(w) not in _list_closers(lang):
            continue
        head = words[i + 2] if words[i + 1].isdigit() and i + 2 < len(words) else words[i + 1]
        plural = plural_head(head)
        if plural is not None and plural in institutions:
            return replace(m, type=institutions[plural])
        return m
    return m


def _without_appositive_kind(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """मुंबई की [बायोटेक कंपनी] एडवी केमिकल, [बायोटेक कंपनी] मोडेर्ना: an organisation span that ends in a word for a kind
    of business (``kind_heads``: कंपनी, फर्म) and is followed right away by another name describes that name: it is
    the name's kind, no body of its own (two articles had made "बायोटेक कंपनी" one company). A known name or word of
    one before the head keeps it: भारत बायोटेक कंपनी आईसीएमआर के साथ … is the company, beside another name."""

    kinds = frozenset(match_key(w) for w in load(lang, "descriptions").get("kind_heads", []))
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        words = match_key(m.text).split()
        gap = text[m.end:m.end + 3]
        follows = any(m.end + k in starts for k in range(1, 3)) and gap[:1] in (" ", "\u00a0")
        before = m.text.split()[:-1]
        if m.type == "ORG" and len(words) >= 2 and words[-1] in kinds and follows \
                and not any(known_latin(w, by_sound=False) for w in [" ".join(before), *before]):
            continue
        out.append(m)
    return out


def _without_place_start(text: str, m: Mention) -> Mention:
    """… : राहुल नयी दिल्ली: a person's name does not end in the first word of a known place that the next word
    completes (a headline glued to its dateline): that word is cut off."""

    words = m.text.split()
    nxt = _NEXT_WORD.match(text, m.end)
    if m.type != "PER" or len(words) < 2 or not nxt:
        return m
    if known_latin(f"{words[-1]} {nxt.group(1)}", "LOC", by_sound=False):
        return _moved(m, text, m.start, m.start + len(m.text[:m.text.rfind(words[-1])].rstrip()))
    return m


def _compass(m: Mention) -> frozenset[str]:
    return frozenset(load("hi", "descriptions").get("compass_words", []))


def _join_hyphenated(text: str, mentions: list[Mention]) -> list[Mention]:
    """जम्मू -कश्मीर, जम्मू-कश्मीर सरकार: a span right after a hyphen that follows a word takes that word in (and
    the mention of it, if any)."""
    out: list[Mention] = []
    for m in mentions:
        i = m.start
        if i < 2 or text[i - 1] not in _HYPHENS:
            out.append(m)
            continue
        before = _PREVIOUS_WORD.search(text, max(0, i - 1 - _LOOKBEHIND), i - 1)
        if not before:
            out.append(m)
            continue
        start = before.start(1)
        # भारत-पाकिस्तान, दिल्ली-नोएडा are two names; जम्मू -कश्मीर (spaced as one word of a tagger's) and
        # पिंपरी-चिंचवड़ (a known name) are one, also written the other way round (चिंचवड़-पिंपरी).
        spaced = text[i - 2].isspace()
        if not spaced and not _known_compound(text[start:m.end]) and not _unit_head_after(text, m.end) \
                and not _known_compound(f"{text[i:m.end]}-{text[start:i - 1]}"):
            out.append(m)
            continue
        if out and out[-1].end > start:
            previous = out.pop()
            start = min(start, previous.start)
        out.append(_moved(m, text, start, m.end))
    return out


@cache
def _place_openers(lang: str) -> frozenset[str]:
    data = load(lang, "descriptions")
    return frozenset(match_key(w) for w in [*data.get("compass_words", []), *data.get("place_lead_words", [])])


def _join_neighbours(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """साउथ [अफ्रीका], पटना [सिटी], नॉर्दर्न [आयरलैंड]: two place mentions the tagger split, one space apart, are one
    name when the whole is a known name, when the first is a word that only opens a place's name (a compass word,
    न्यू, नॉर्दर्न) or when the second is a place head alone (सिटी, खीरी is not one). Why: the halves became
    entities of their own (साउथ and अफ्रीका), or the head alone was dropped and the city's quarter joined the city."""
    from .entity_filter import _heads

    _, loc = _heads()
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if (previous is None or previous.type != "LOC" or m.type != "LOC" or text[previous.end:m.start] != " "):
            out.append(m)
            continue
        first, second = match_key(previous.text), match_key(m.text)
        whole = text[previous.start:m.end]
        if known_latin(whole, "LOC", by_sound=False) or (" " not in first and first in _place_openers(lang)) \
                or (" " not in second and second in loc):
            out[-1] = _moved(previous, text, previous.start, m.end, "LOC")
        else:
            out.append(m)
    return out


def _join_body_region(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """[डब्ल्यूएचओ साउथ ईस्ट] [एशिया]: a body's name that ends in compass words, one space before a place that the
    compass words and the place name together as a region the lists know (South-East Asia), is the body of that
    region; the tagger split it before the place. The two spans become one organisation, so the place alone (the
    continent) does not take the region's mention."""
    if lang != "hi":
        return mentions
    compass = _compass_name_words(lang)[0]
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if previous is None or previous.type != "ORG" or m.type != "LOC" or text[previous.end:m.start] != " ":
            out.append(m)
            continue
        words = previous.text.split()
        lead = next((n for n in (2, 1) if len(words) > n and all(match_key(w) in compass for w in words[-n:])), 0)
        region = known_latin(" ".join([*words[-lead:], m.text]), "LOC", by_sound=False) if lead else None
        if region is not None and region != known_latin(m.text, "LOC", by_sound=False):
            out[-1] = _moved(previous, text, previous.start, m.end, "ORG")
        else:
            out.append(m)
    return out


def _with_hyphenated_tail(text: str, m: Mention) -> Mention:
    """[पिंपरी]-चिंचवड़: a name followed by a hyphen and a word is the first half of that compound when the whole is a
    known name; the word joins the span (भारत-पाकिस्तान, two names, stays as it is)."""

    if m.end + 1 >= len(text) or text[m.end] not in _HYPHENS:
        return m
    after = regex.match(r"[\p{L}\p{M}\u200c\u200d]+", text[m.end + 1:m.end + 1 + _LOOKBEHIND])
    if after is None:
        return m
    end = m.end + 1 + after.end()
    if known_latin(text[m.start:end], by_sound=False) or (m.type == "LOC" and (
            _unit_head_after(text, end) or _known_compound(text[m.start:end], by_sound_only=True))):
        return _moved(m, text, m.start, end)
    return m


_FLAPS = str.maketrans({"\u095c": "\u0921", "\u095d": "\u0922"})  # ड़ ढ़ -> ड ढ (precomposed forms)


def _known_compound(name: str, by_sound_only: bool = False) -> bool:
    """A hyphenated name known as one place (पिंपरी-चिंचवड़), also when Hindi writes a d of the name as the flap ड़
    (पिंपरी-चिंचवाड़ for Pimpri-Chinchwad): the flap is folded to ड before the whole is compared by sound. Two
    places in a row (भारत-नेपाल) sound like no one place."""

    flat = unicodedata.normalize("NFC", name).replace("\u0921\u093c", "\u0921").replace("\u0922\u093c", "\u0922")
    flat = flat.translate(_FLAPS)
    if by_sound_only:
        return flat != name and known_latin(flat, "LOC") is not None
    return known_latin(name) is not None or (flat != name and known_latin(flat, "LOC") is not None)


@cache
def _place_unit_heads() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "descriptions").get("place_unit_heads", []))


def _unit_head_after(text: str, end: int) -> bool:
    """रतनी-फरीदपुर प्रखंड: a block, tehsil or village named by two words joined with a hyphen, followed by the head
    of that unit (``place_unit_heads``), is one name; भारत-पाकिस्तान सीमा stays two."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and match_key(after.group(1)) in _place_unit_heads()


def _without_town_after_office(text: str, m: Mention) -> Mention:
    """एसडीएम [मनकापुर रमाकांत वर्मा]: after an office, a place that begins a person's name of three words or more (a
    known place, or a word with a place suffix: -पुर, -गंज, -बाद) is the office's town (the SDM of Mankapur), not
    part of the name; the person's name starts after it. Also when the tagger's span begins with the office."""

    words = m.text.split()
    if m.type != "PER" or len(words) < 3:
        return m
    # The office before the span, or, when the tagger took it in (एसडीएम मनकापुर रमाकांत वर्मा), as its first word.
    starts = [m.start + i for i in _word_starts(m.text)]
    k = next((k for k in (0, 1) if len(words) - k >= 3 and office_before(text, starts[k]) is not None), None)
    if k is None:
        return m
    first = match_key(words[k])
    if not (known_latin(words[k], "LOC", by_sound=False) or _place_suffixed(first)) \
            or known_latin(words[k], "PER", by_sound=False):
        return m
    return _moved(m, text, starts[k + 1], m.end)


def _word_starts(name: str) -> list[int]:
    """Offsets of the words of ``name`` (split on whitespace)."""
    return [w.start() for w in regex.finditer(r"\S+", name)]


def _calendar_words() -> frozenset[str]:
    from khabar.analyse.entities import _calendar_words as calendar_words

    return calendar_words()


_INSTITUTION_CONJUNCTION = regex.compile(r"[ \u00a0]+(?:और|एवं|व|तथा|and|&)[ \u00a0]+")


def _split_institutions(text: str, m: Mention, lang: str) -> list[Mention]:
    """स्वास्थ्य मंत्रालय व गृह मंत्रालय: two institutions, each ending in its head word, joined by a conjunction
    are two names (a list of portfolios before one head, स्वास्थ्य एवं परिवार कल्याण मंत्रालय, stays one)."""
    heads = _org_heads(lang)
    parts, start = [], m.start
    for joint in _INSTITUTION_CONJUNCTION.finditer(text, m.start, m.end):
        before = text[start:joint.start()].split()
        if not before or match_key(before[-1]) not in heads:
            return [m]
        parts.append((start, joint.start()))
        start = joint.end()
    after = text[start:m.end].split()
    if not parts or not after or match_key(after[-1]) not in heads:
        return [m]
    parts.append((start, m.end))
    return [_moved(m, text, a, b) for a, b in parts]


@cache
def _org_heads(lang: str) -> frozenset[str]:
    data = load("hi", "ner") if lang == "hi" else load("en", "names")
    return frozenset(match_key(w) for w in data.get("org_heads", []))


def _coordinated(text: str, m: Mention) -> Mention:
    """जम्मू और [कश्मीर सरकार] → जम्मू और कश्मीर सरकार, when "जम्मू और कश्मीर" is a known name."""

    window = text[max(0, m.start - _LOOKBEHIND):m.start]
    words = window.split()
    if len(words) < 2 or words[-1] not in _CONJUNCTIONS:
        return m
    first = m.text.split()
    for n in range(min(3, len(first)), 0, -1):
        candidate = f"{words[-2]} {words[-1]} {' '.join(first[:n])}"
        if known_latin(candidate):
            start = m.start - len(window) + window.rfind(words[-2])
            return _moved(m, text, start, m.end)
    return m


@cache
def _of_name_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """``(joiners such as ऑफ, heads that open an English-style name before them)``."""
    data = load(lang, "descriptions")
    heads = {*data.get("of_heads", []), *data.get("institution_heads", {}).get("ORG", [])}
    return (frozenset(match_key(w) for w in data.get("of_joiners", [])), frozenset(match_key(w) for w in heads))


_OF_WORDS_BEFORE = 3  # rare name words before the head (सीरम इंस्टीट्यूट ऑफ …); an everyday word (शोध) ends the name


def _with_of_head(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """ग्रुप ऑफ [मस्कट], यूनिवर्सिटी ऑफ [क्वींसलैंड]: a name the tagger took alone right after an organisation's head
    and ऑफ (or फॉर) is the tail of that organisation's name, written the English way. Why: the tail was linked as the
    place (a business group of Meerut became Muscat). The head, and up to three rare name words before it, join the
    span, which becomes an organisation; a mention of those words is taken in."""
    joiners, heads = _of_name_words(lang)
    if not joiners:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        joiner = _PREVIOUS_WORD.search(text, max(0, m.start - _LOOKBEHIND), m.start)
        if joiner is None or joiner.end() != m.start or match_key(joiner.group(1)) not in joiners:
            out.append(m)
            continue
        head = _PREVIOUS_WORD.search(text, max(0, joiner.start(1) - _LOOKBEHIND), joiner.start(1))
        if head is None or head.end() != joiner.start(1) or match_key(head.group(1)) not in heads:
            out.append(m)
            continue
        start = head.start(1)
        for _ in range(_OF_WORDS_BEFORE):
            before = _PREVIOUS_WORD.search(text, max(0, start - _LOOKBEHIND), start)
            if before is None or before.end() != start or not _is_name_word(before.group(1)):
                break
            start = before.start(1)
        while out and out[-1].end > start:
            start = min(start, out.pop().start)  # नेशनल [इंस्टीट्यूट] ऑफ [वायरोलॉजी]: one name
        out.append(_moved(m, text, start, m.end, "ORG"))
    return out


_PORTFOLIO_WORDS = 6  # at most this many words of portfolios before the conjunction
_PORTFOLIO_WORD = regex.compile(r"^[\p{L}\p{M}\u200c\u200d]+,?$")
_FUNCTION_WORD = 10 ** (5.8 - 9)  # zipf 5.8: है, कि, भी and their like end a list of portfolios


def _with_portfolios(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """मत्स्य पालन, पशुपालन एवं [डेरी मंत्रालय]: a ministry named by a list of portfolios, cut by the tagger at the
    conjunction, takes the list in. Only a list with a comma (three portfolios or more) counts: स्वास्थ्य और
    गृह मंत्रालय is as often two ministries as one."""

    heads = _portfolio_heads(lang)
    if not heads:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.type != "ORG" or _last_key(m.text) not in heads:
            out.append(m)
            continue
        window = text[max(0, m.start - 120):m.start]
        words = window.split()
        if len(words) < 3 or words[-1] not in _CONJUNCTIONS:
            out.append(m)
            continue
        taken, comma = 0, False
        limit = out[-1].end if out else 0
        k = len(words) - 2
        while k >= 0 and taken < _PORTFOLIO_WORDS:
            word = words[k]
            plain = word.rstrip(",")
            if (not _PORTFOLIO_WORD.match(word) or match_key(plain) in _postpositions()
                    or match_key(plain) in heads or frequencies().get(plain, 0.0) >= _FUNCTION_WORD):
                break
            comma = comma or word.endswith(",")
            taken += 1
            k -= 1
        if not comma or taken < 2:
            out.append(m)
            continue
        start = m.start - len(window) + _word_offset(window, words, k + 1)
        out.append(m if start < limit else _moved(m, text, start, m.end))
    return out


_CUT_PORTFOLIO = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+(?:और|एवं|व|तथा)[ \u00a0]+"
                                r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]+$")


def _with_cut_portfolio(text: str, m: Mention, lang: str) -> Mention:
    """स्वास्थ्य और परिवार [कल्याण मंत्रालय]: the tagger cut a ministry inside its last portfolio (परिवार कल्याण), so
    the word before the span is no conjunction; the two portfolios joined by one belong to the name. स्वास्थ्य और
    [गृह मंत्रालय], cut at the conjunction, may be two ministries and stays; a word before the conjunction that is a
    head (सरकार और स्वास्थ्य विभाग) or an everyday word ends no list."""

    if m.type != "ORG" or len(m.text.split()) != 2 or _last_key(m.text) not in _portfolio_heads(lang):
        return m
    found = _CUT_PORTFOLIO.search(text, max(0, m.start - 60), m.start)
    if found is None:
        return m
    heads = _portfolio_heads(lang) | {match_key(w) for w in load("hi", "ner").get("org_heads", [])}
    for word in found.groups():
        key = match_key(word)
        if key in heads or key in _postpositions() or frequencies().get(word, 0.0) >= _FUNCTION_WORD:
            return m
    return _moved(m, text, found.start(), m.end)


@cache
def _epithet_heads(lang: str) -> tuple[str, ...]:
    return tuple(match_key(w) for w in load(lang, "descriptions").get("epithet_heads", []))


def _without_epithet(text: str, m: Mention, lang: str) -> Mention:
    """[बाबा नगरी देवघर], [संगम नगरी प्रयागराज]: a town's by-name (X नगरी, "the city of X") before the town's own name
    is a description; the name is the known place after it. A by-name alone (ताजनगरी) stays."""

    if m.type != "LOC":
        return m  # asked of every mention: the words are split only for a place
    heads = _epithet_heads(lang)
    words = list(_NON_SPACE.finditer(m.text))
    if len(words) < 2 or not heads:
        return m
    for k, w in enumerate(words[:-1]):
        if match_key(w.group()).endswith(heads):
            rest = m.text[words[k + 1].start():]
            if known_latin(rest, "LOC"):
                return _moved(m, text, m.start + words[k + 1].start(), m.end)
            return m
    return m


def _word_offset(window: str, words: list[str], index: int) -> int:
    """Where the ``index``-th whitespace-separated word of ``window`` begins."""
    return [m.start() for m in _NON_SPACE.finditer(window)][index]


_NON_SPACE = regex.compile(r"\S+")


@cache
def _portfolio_heads(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("portfolio_heads", []))


def _with_heads(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """A span followed by an institution head (अस्पताल), maybe after another name (राम मनोहर [लोहिया] अस्पताल),
    or by a thing or event head (जोन), takes the head in. A name takes an institution head only when every
    mention of it in the article is followed by one: कनिका कपूर अस्पताल में भर्ती हैं is a person in a
    hospital, and the article names her elsewhere alone."""
    institutions, things = _heads(lang)
    if not institutions and not things:
        return mentions
    proposals: list[tuple[Mention, int, str | None] | None] = []  # (absorbed next mention or None, end, type)
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        proposals.append(_head_after(text, m, nxt, institutions, things))
    whole: dict[str, bool] = {}
    for m, p in zip(mentions, proposals, strict=True):
        key = match_key(m.text)
        whole[key] = whole.get(key, True) and p is not None
    out: list[Mention] = []
    skip = False
    for m, p in zip(mentions, proposals, strict=True):
        if skip:
            skip = False
            continue
        if p is None or (p[2] is not None and not whole[match_key(m.text)]):
            out.append(m)
            continue
        absorbs, end, type_ = p
        start = m.start
        if type_ is not None:
            # महाराष्ट्र के सिद्धि [विनायक] मंदिर: name words the tagger left before it belong to the name too.
            start = _name_words_before(text, m.start, out[-1].end if out else 0)
        out.append(_moved(m, text, start, end, type_))
        skip = absorbs
    return out


_MAX_WORDS_BEFORE = 2


def _name_words_before(text: str, start: int, limit: int) -> int:
    for _ in range(_MAX_WORDS_BEFORE):
        before = _PREVIOUS_WORD.search(text, max(limit, start - _LOOKBEHIND), start)
        if not before or before.end() != start or not _is_name_word(before.group(1)):
            break
        start = before.start(1)
    return start


def _head_after(text: str, m: Mention, nxt: Mention | None, institutions: dict[str, str],
                things: frozenset[str]) -> tuple[bool, int, str | None] | None:
    """``(absorbs the next mention, new end, new type or None for a thing)``, or None when no head follows."""
    word = _NEXT_WORD.match(text, m.end)
    if not word:
        return None
    key = match_key(word.group(1)).casefold()
    # A name already ending in a head takes another institution head only (केंद्रीय रिजर्व पुलिस [बल]).
    if _last_key(m.text) in things or (_last_key(m.text) in institutions and key not in institutions):
        return None
    if m.type == "PER":
        named_after = _modified_head(text, m, nxt, institutions)
        if named_after is not None:
            return named_after
    if m.type in ("PER", "LOC"):
        heads, not_before = _person_place_heads("hi" if has_devanagari(m.text) else "en")
        after = _NEXT_WORD.match(text, word.end(1))
        if key in heads and not (nxt is not None and nxt.start < word.end(1)) and not (
                after and match_key(after.group(1)).casefold() in not_before) and (
                m.type == "PER" or _unlisted_place(m.text)):
            # गौतम बुद्ध [नगर]: the district, not the Buddha; [गोमती] नगर: the Lucknow quarter, not the river.
            return False, word.end(1), "LOC"
    if nxt is not None and nxt.start < word.end(1):
        # राम मनोहर [लोहिया अस्पताल]: a person's name before an institution's is the institution's name.
        if m.type == "PER" and nxt.start == word.start(1) and _last_key(nxt.text) in institutions:
            return True, nxt.end, institutions[_last_key(nxt.text)]
        return None
    if key in institutions:
        return False, word.end(1), institutions[key]
    plural = plural_head(word.group(1))
    if m.type == "PER" and plural is not None and plural in institutions:
        # एम्स और राम मनोहर लोहिया [अस्पतालों] में: a name before a plural head is one of those institutions; the
        # plural, shared by the list, stays out of the span.
        return False, m.end, institutions[plural]
    if key in things and not safe_place(m.text) and not _acronym(m.text):
        # ऑरेंज जोन is a thing; यूक्रेन युद्ध is a war in a country the article still names.
        return False, word.end(1), None
    following = _NEXT_WORD.match(text, word.end(1))
    # राम मनोहर लोहिया अस्पताल with the middle name untagged: one rare word, then the head; or a trailing honorific
    # inside the institution's name (श्री गुरुनानक देव [जी] अस्पताल: the hospital, not the Guru).
    if (m.type == "PER" and following and match_key(following.group(1)).casefold() in institutions
            and (_is_name_word(word.group(1)) or key in _trailing_honorifics())
            and not (nxt is not None and nxt.start < following.end(1))):
        return False, following.end(1), institutions[match_key(following.group(1)).casefold()]
    return None


@cache
def _trailing_honorifics() -> frozenset[str]:
    return frozenset(match_key(w).casefold() for w in load("hi", "descriptions").get("trailing_honorifics", []))


def _unlisted_place(name: str) -> bool:
    """A one-word place no list knows by its spelling (गोमती, a river the tagger gives for गोमती नगर): with नगर
    after it, it names a quarter. A known town (कानपुर नगर, the district's formal name) keeps its own name."""

    return " " not in name.strip() and known_latin(name, "LOC", by_sound=False) is None


_MAX_MODIFIERS = 3


@cache
def _person_place_heads(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    data = load(lang, "descriptions")
    return (frozenset(match_key(w).casefold() for w in data.get("person_place_heads", [])),
            frozenset(match_key(w).casefold() for w in data.get("person_place_heads_not_before", [])))


@cache
def _institution_modifiers(lang: str) -> frozenset[str]:
    return frozenset(match_key(w).casefold() for w in load(lang, "descriptions").get("institution_modifiers", []))


def _modified_head(text: str, m: Mention, nxt: Mention | None,
                   institutions: dict[str, str]) -> tuple[bool, int, str] | None:
    """राजीव गांधी [अंतरराष्ट्रीय हवाई अड्डा], भगवान महावीर [सुपर स्पेशियलिटी अस्पताल]: a person's name followed by
    words that qualify an institution and then its head names the institution. Why: the tagger takes the name
    alone, and an airport and a hospital named after one person became that person (and one entity)."""
    modifiers = _institution_modifiers("hi" if has_devanagari(m.text) else "en")
    pos = m.end
    for _ in range(_MAX_MODIFIERS + 1):
        word = _NEXT_WORD.match(text, pos)
        if not word:
            return None
        key = match_key(word.group(1)).casefold()
        if key in institutions and pos > m.end:
            absorbs = nxt is not None and m.end <= nxt.start < word.end(1)
            return absorbs, max(word.end(1), nxt.end) if absorbs and nxt else word.end(1), institutions[key]
        if key not in modifiers:
            return None
        pos = word.end(1)
    return None


def _is_name_word(word: str) -> bool:
    """Not a postposition or an everyday word (ने, में, भर्ती): a word that can be part of a name."""

    if match_key(word) in _postpositions():
        return False
    return frequencies().get(word, 0.0) < _EVERYDAY


@cache
def _postpositions() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "ner").get("postpositions", []))


def _last_key(name: str) -> str:
    words = match_key(name).casefold().split()
    return words[-1] if words else ""
