"""Within one article: which mentions name the same entity.

Pure: ``link_within_article(text, analysis)`` reads ``analysis.mentions`` and returns groups. Three kinds of
evidence, all inside the article:

1. spelling variants share a matching key (मॉस्को/मास्को, किम जोंग-उन/किम जोंग उन, कॉस्मोड्रोम/कोस्मोड्रोम),
   or differ by a small edit inside one long word;
2. a short form of a person (किम, पुतिन, शी, "Putin") belongs to a fuller name of the article that begins or
   ends with it; when several fit (किम जोंग उन, किम यो जोंग), the only one named before it, else the one named
   more often than all the others together, else none;
3. a description (उत्तर कोरियाई नेता, रूस के राष्ट्रपति, "the North Korean leader") found with
   ``lang/<lang>/descriptions.json`` is linked to the one person whom the article gives that role, by
   apposition (उत्तर कोरिया के नेता किम जोंग उन) or by a title before the name (राष्ट्रपति पुतिन). It is
   added as a ``Mention(source="description")``. With no such person, or several, the descriptions of one
   role form a group of their own with no name mention: ``EntityIndex`` resolves it with the roles other
   articles gave, or drops it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

import regex
from rapidfuzz import fuzz

from khabar.lang import load
from khabar.model import Analysis, Mention
from khabar.text.keys import has_devanagari, match_key

from .campuses import bare_family, campus_parts, city_before, counted_before, family_of
from .descriptions import Role, find_descriptions, fit, title_before, without_honorifics
from .expansions import abbreviates, acronym_forms, word_letters
from .head_forms import bare_form
from .latin import everyday_name, everyday_names, initials, known_latin, latin_letters, latin_name, phonetic_key
from .places import region_votes, state_names, state_of_code
from .record import country_short_form, region_short_names


@dataclass(slots=True)
class MentionGroup:
    """The mentions of one entity in one article, in text order, and the roles the article gives it."""

    type: str
    mentions: list[Mention]
    roles: list[Role] = field(default_factory=list)
    campus: str | None = None  # रायपुर के एम्स: the campus a bare family name names with the words before it
    state: bool = False  # वाशिंगटन meaning the state: joins only a store entity of the headed name (``city_states``)

    @property
    def name_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if m.source != "description"]

    @property
    def name(self) -> str:
        """The fullest name written in the article: most words, then most often, then first."""
        # The link step asks this of the same groups over and over (130,000 times for 500 articles): one mention,
        # or one text written several times, is its own answer, and each distinct text is keyed once.
        names = [m for m in self.mentions if m.source != "description"] or self.mentions
        if len(names) == 1:
            return names[0].text
        counts: dict[str, int] = {}
        for m in names:
            counts[m.text] = counts.get(m.text, 0) + 1
        if len(counts) == 1:
            return names[0].text
        words = {t: len(match_key(t).split()) for t in counts}
        return max(names, key=lambda m: (words[m.text], counts[m.text], -m.start)).text


def link_within_article(text: str, analysis: Analysis) -> list[MentionGroup]:
    """Group the article's mentions by entity; add the descriptions that resolve to one of them."""
    mentions = _distinct(analysis.mentions, analysis.lang, text)
    clusters = _by_key(mentions)
    clusters = _merge_variants(clusters, _list_runs(text, mentions))
    clusters = _join_bracketed_acronyms(text, clusters)
    clusters = _attach_short_forms(clusters, analysis.lang, text)
    clusters = _join_campus(_campus_in_context(clusters, text), analysis.lang)
    groups = [MentionGroup(c.type, sorted(c.mentions, key=lambda m: m.start), campus=c.campus) for c in clusters]
    _add_descriptions(text, analysis, groups)
    groups.sort(key=lambda g: g.mentions[0].start)
    return groups


@dataclass(slots=True)
class _Cluster:
    type: str
    mentions: list[Mention]
    tokens: list[str]  # the key words of the fullest name
    campus: str | None = None  # the campus the words before a bare family name name (``_campus_in_context``)

    def first(self) -> int:
        return min(m.start for m in self.mentions)


_BEFORE = 16  # characters read before a person mention for a courtesy title (डॉ.)


def _distinct(mentions: list[Mention], lang: str, text: str = "") -> list[Mention]:
    """Mentions in text order, one per span, persons without their titles."""
    seen: set[tuple[int, int]] = set()
    out = []
    mentions = [without_honorifics(m, lang, text[max(0, m.start - _BEFORE):m.start]) for m in mentions]
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) in seen or not match_key(m.text):
            continue
        seen.add((m.start, m.end))
        out.append(m)
    return out


def _by_key(mentions: list[Mention]) -> list[_Cluster]:
    found: dict[tuple[str, str], _Cluster] = {}
    for m in mentions:
        key = match_key(everyday_name(m.text))  # Britain and United Kingdom in one English article: one group
        cluster = found.setdefault((m.type, key), _Cluster(m.type, [], key.split()))
        cluster.mentions.append(m)
    return list(found.values())


_VOWEL_SIGNS = regex.compile(r"[\u0900-\u0903\u093a-\u094f\u0955-\u0957\u0962\u0963aeiouy]")


def consonants(word: str) -> str:
    """A word without its vowel signs, nasalisation and virama: what spelling variants keep (जिनपिंग/जिनपींग
    both give जनपग) and what a different name changes (शर्मा/वर्मा)."""
    return _VOWEL_SIGNS.sub("", word)


def variant_tokens(a: list[str], b: list[str]) -> bool:
    """Two names written differently: the same words but for vowel signs inside long words.

    A differing word must keep its consonants (a changed consonant is another name: शर्मा is not वर्मा),
    end alike (in a vowel or not) and be four letters or more, so किम यो जोंग never meets किम जोंग उन."""
    if len(a) != len(b) or a == b:
        return a == b
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if min(len(x), len(y)) < 4 or consonants(x) != consonants(y) or fuzz.ratio(x, y) < 75:
            return False
        if bool(_VOWEL_SIGNS.match(x[-1])) != bool(_VOWEL_SIGNS.match(y[-1])):
            return False  # a final vowel makes another name: सिंह is not सिन्हा
    return fuzz.ratio(" ".join(a), " ".join(b)) >= 85


_OPEN_O = str.maketrans({"\u0949": "\u093e", "\u0911": "\u0906"})
_AI_E = str.maketrans({"\u0948": "\u0947", "\u0910": "\u090f"})  # ै/े, ऐ/ए: ओवैसी/ओवेसी


_AI_AY = regex.compile("([\u093e\u094b])[\u0907\u0908]")  # ाइ / ाई (ा may be folded to ो already)
# A final ायी is the same sound as ाई (पिनरायी/पिनराई, as आयी/आई): once ाई is ाय, ायी (folded to ायि) is too.
_AYI_END = regex.compile("([\u093e\u094b]\u092f)\u093f(?=\\s|$)")


_CONJUNCTION = regex.compile(r" (?:एवं|एव|व|तथा|और|ओर) ")

# An English "io", "ia", "ie" is written with the glide य or without it (पोम्पियो/पोम्पिओ, रेडियो/रेडिओ, इंडियन/इंडिअन):
# ि before य and a vowel sign, or before that vowel's letter, is one sound (vowel length is folded before this).
_I_HIATUS = regex.compile("\u093f([\u0906\u0913\u0909\u090f\u0910\u0914\u0905])")
_VOWEL_SIGN_OF = {"\u0906": "\u093e", "\u0913": "\u094b", "\u0909": "\u0941", "\u090f": "\u0947",
                  "\u0910": "\u0948", "\u0914": "\u094c", "\u0905": ""}


def _glide(key: str) -> str:
    """पोम्पिओ -> पोम्पियो: a vowel letter after ि is written as य with that vowel's sign."""
    return _I_HIATUS.sub(lambda m: "\u093f\u092f" + _VOWEL_SIGN_OF[m.group(1)], key)


# A foreign name's double consonant is written doubled or single (जव्वाद/जवाद, बोर्रेली/बोरेली, अय्यर/अयर): a consonant
# written twice with a virama between is read once (session 31). Not a consonant and its aspirate (अच्छा, बुद्ध).
_GEMINATE = regex.compile("(\\p{L})\u094d\\1")

# After a reph Hindi may double the consonant that follows (वर्द्धन/वर्धन, अर्द्ध/अर्ध, वर्त्तमान/वर्तमान): the first of
# the pair, written before the same consonant or its aspirate, is dropped.
_REPH_GEMINATE = regex.compile("\u0930\u094d(?:" + "|".join(
    f"{c}\u094d(?=[{c}{h}])" for c, h in ("कख", "गघ", "चछ", "जझ", "टठ", "डढ", "तथ", "दध", "पफ", "बभ")) + ")")


@lru_cache(maxsize=1 << 16)  # every comparison of two clusters asks again; frozen, as the cache shares it
def loose_keys(name: str) -> frozenset[str]:
    """Keys under which looser spellings of a name meet: vowel length folded (जिनपिंग/जिनपींग), the open
    o of English loans (ॉ) read both as ो and as ा (मॉस्को/मास्को/मोस्को), ाइ written as ाय
    (इज़राइल/इजरायल, ताइवान/तायवान), a final ायी as ाई (पिनरायी/पिनराई), ै as े (ओवैसी/ओवेसी), a vowel letter after
    ि as य with its sign (पोम्पिओ/पोम्पियो), and a doubled consonant as one (जव्वाद/जवाद)."""
    variants = (name, name.translate(_OPEN_O))
    keys = {_REPH_GEMINATE.sub("\u0930\u094d", _AYI_END.sub("\\1", _AI_AY.sub(
        "\\1\u092f", match_key(v, fold_vowel_length=True))).translate(_AI_E)) for v in variants}
    # A name joined by a conjunction is one name whichever it is written with (स्वास्थ्य एवं/और/व परिवार कल्याण
    # मंत्रालय): the conjunction is read as और.
    keys = {_CONJUNCTION.sub(" और ", k) if " " in k else k for k in keys}
    keys = {_glide(_GEMINATE.sub("\\1", k)) for k in keys}
    # Hindi writes compounds of a name together or apart (रामविलास / राम विलास पासवान, उत्तरप्रदेश): the words
    # run together are a key too.
    return frozenset(keys | {k.replace(" ", "") for k in keys if " " in k})


_NAMES_COMPARED = 4  # distinct names of a cluster compared with a new one (a cluster holds a few spellings)


def _same_entity(a: _Cluster, b: _Cluster) -> bool:
    """``b`` (its first name) is any name ``a`` holds: आरजेडी … राष्ट्रीय जनता दल … (राजद): the bracketed राजद is the
    gazetteer's name of the long form the cluster took second, not a name of its first one (before, राजद stayed a
    group of its own beside the party and never became one entity with it)."""
    name = b.mentions[0].text
    seen: list[str] = []
    for m in a.mentions:
        if m.text in seen:
            continue
        if _same_names(m.text, a.type, name, b.type):
            return True
        seen.append(m.text)
        if len(seen) >= _NAMES_COMPARED:
            break
    return False


# Pure given the gazetteers and word lists: ``_merge_variants`` compares every pair of an article's clusters, and
# the same pairs of names recur across articles.
@lru_cache(maxsize=1 << 16)
def _same_names(name_a: str, type_a: str, name_b: str, type_b: str) -> bool:
    """Whether clusters first named ``name_a`` (of ``type_a``) and ``name_b`` are one entity."""
    if type_a == type_b == "ORG" and (abbreviates(name_a, name_b) or abbreviates(name_b, name_a)):
        return True  # आरएमएल अस्पताल and राम मनोहर लोहिया अस्पताल, NMCH and नालंदा मेडिकल कॉलेज अस्पताल (``expansions``)
    if has_devanagari(name_a) != has_devanagari(name_b):
        return _same_across_scripts(name_a, type_a, name_b, type_b)
    if type_a != type_b:
        # A tagger may call one name a place here and an organisation there (वाशिंगटन ने …).
        return {type_a, type_b} == {"LOC", "ORG"} and match_key(name_a) == match_key(name_b)
    if loose_keys(name_a) & loose_keys(name_b):
        return True
    if type_a in ("ORG", "LOC") and any((bare := bare_form(x, type_a)) is not None and match_key(bare) == match_key(y)
                                        for x, y in ((name_a, name_b), (name_b, name_a))):
        return True  # सीबीएसई बोर्ड … सीबीएसई, हुबेई प्रांत … हुबेई (``head_forms``)
    known_a = known_latin(name_a, type_a)
    if known_a and known_a == known_latin(name_b, type_b):
        return True  # two names of one known entity: डीपीआरके and उत्तर कोरिया
    if type_a == type_b == "LOC" and any((country := country_short_form(x)) is not None
                                         and country == known_latin(y, "LOC") for x, y in ((name_a, name_b),
                                                                                          (name_b, name_a))):
        return True  # पाक … पाकिस्तान in one report: a country's short form tagged as a place (``record``)
    if type_a == "PER" and (_middle_name_dropped(name_a, name_b) or _middle_name_dropped(name_b, name_a)):
        return True  # सुशील कुमार मोदी … सुशील मोदी in one report
    if type_a == "PER" and (_initialled(name_a, name_b) or _initialled(name_b, name_a)):
        return True  # पिनराई विजयन … पी. विजयन in one report
    if type_a in ("ORG", "LOC") and _devanagari_words(name_a) and _devanagari_words(name_b) \
            and latin_name(name_a, type_a).casefold() == latin_name(name_b, type_b).casefold():
        return True  # भारतीय रेलवे and इंडियन रेलवे: Hindi and English words of one name (Indian Railway)
    return variant_tokens(match_key(name_a, fold_vowel_length=True).split(),
                          match_key(name_b, fold_vowel_length=True).split())


def first_and_last(name: str) -> str | None:
    """The first and last words (loose key) of a Devanagari person name of three words: अवनीश अवस्थी of अवनीश कुमार
    अवस्थी, त्रिवेंद्र रावत of त्रिवेंद्र सिंह रावत; None for other names."""
    if not has_devanagari(name):
        return None
    words = match_key(name, fold_vowel_length=True).split()
    return f"{words[0]} {words[2]}" if len(words) == 3 else None


def _initial_letters(word: str) -> str | None:
    """The English letters a word of initials writes (पी., बी, एसके, S., KL), else None."""
    if has_devanagari(word):
        key = match_key(word)
        return initials(word) or latin_letters().get(key)
    plain = word.replace(".", "")
    return plain.upper() if plain.isalpha() and (len(plain) == 1 or (plain.isupper() and len(plain) <= 2)) else None


def initial_fits(short: list[str], full: list[str], drop_middle: bool = False) -> bool:
    """``short`` (match-key words) is ``full`` with its given names written as initials: पी विजयन of पिनराई विजयन,
    बीएस येदियुरप्पा of बूकनकेरे सिद्धलिंगप्पा येदियुरप्पा, S Jaishankar of Subrahmanyam Jaishankar. The surnames are
    one, each given name of ``full`` begins with the letter (``expansions.word_letters``: the P of Pinarayi), and
    none of them is itself an initial. With ``drop_middle``, ``full`` may also leave out the middle name the last
    initial writes (वीके पॉल, Vinod K. Paul, is विनोद पॉल)."""
    if len(short) != 2 or len(full) < 2 or short[-1] != full[-1]:
        return False
    letters = _initial_letters(short[0])
    given = full[:-1]
    if letters is not None and drop_middle and len(letters) == len(given) + 1:
        letters = letters[:-1]
    if letters is None or len(letters) != len(given) or any(_initial_letters(w) for w in given):
        return False
    return all(letter in word_letters(w) for letter, w in zip(letters, given, strict=True))


def initials_of(words: list[str]) -> str | None:
    """The letters of a two-word name whose first word is initials (वीके पॉल: VK), else None."""
    return _initial_letters(words[0]) if len(words) == 2 else None


_MAX_INITIAL_FORMS = 8


def initial_keys(words: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """``(keys this name is filed under, keys that find its other form)`` for ``initial_fits`` (match-key words): an
    initialled name (पी विजयन) is filed as ``i:P|विजयन`` and finds ``I:P|विजयन``; a full name (पिनराई विजयन) the other
    way round, once per reading of its given names' letters. Empty for one word or a given name that is an initial."""
    if len(words) < 2:
        return frozenset(), frozenset()
    surname = words[-1]
    if len(words) == 2 and (letters := _initial_letters(words[0])) is not None:
        # वीके पॉल is also filed as V, the initials without the middle name's (``initial_fits`` ``drop_middle``).
        forms = {letters, letters[:-1]} if len(letters) > 1 else {letters}
        return frozenset(f"i:{f}|{surname}" for f in forms), frozenset(f"I:{f}|{surname}" for f in forms)
    given = words[:-1]
    if any(_initial_letters(w) for w in given):
        return frozenset(), frozenset()
    forms = {""}
    for w in given:
        forms = {f + r for f in forms for r in word_letters(w)}
        if not forms or len(forms) > _MAX_INITIAL_FORMS:
            return frozenset(), frozenset()
    return frozenset(f"I:{f}|{surname}" for f in forms), frozenset(f"i:{f}|{surname}" for f in forms)


def _initialled(short: str, full: str) -> bool:
    """``short`` is ``full`` with initials for its given names, and not a name many people bear (आर कुमार and राजेश
    कुमार of one list of officers may be two people)."""
    from .common_names import is_common_person_name

    return initial_fits(match_key(short).split(), match_key(full).split()) and not is_common_person_name(short)


def _middle_name_dropped(full: str, short: str) -> bool:
    """``short`` is ``full`` without its middle word (two words against three)."""
    pair = first_and_last(full)
    return pair is not None and len(short.split()) == 2 and match_key(short, fold_vowel_length=True) == pair


def _devanagari_words(name: str) -> bool:
    """Two words or more, every one of them in Devanagari (not पटना AIIMS)."""
    words = name.split()
    return len(words) > 1 and all(has_devanagari(w) for w in words)


def _same_across_scripts(name_a: str, type_a: str, name_b: str, type_b: str) -> bool:
    """A Latin-script name inside a Hindi article (a tweet, a caption: Russia, WHO, ICMR, Ranchi) and a Devanagari
    one are one entity when the Latin name is the Devanagari one's known Latin name (रूस Russia, डब्लूएचओ and
    विश्व स्वास्थ्य संगठन World Health Organization), its letters (आईसीएमआर ICMR), or, for a place or an
    organisation, exactly its transliteration (बिरनी Birni) or, for two words or more, its sound (तबलीगी जमात Tablighi
    Jamaat). Types must agree, a place and an organisation
    agree (taggers disagree on them); a person's name needs the same transliteration."""
    (latin, latin_type), (written, written_type) = ((name_a, type_a), (name_b, type_b)) if has_devanagari(name_b) \
        else ((name_b, type_b), (name_a, type_a))
    if latin_type != written_type and {latin_type, written_type} != {"LOC", "ORG"}:
        return False
    english = everyday_name(latin).casefold()
    if "LOC" in (latin_type, written_type) and (state := state_of_code(latin.strip())) is not None:
        english = state.casefold()  # UP … उत्तर प्रदेश in one report (ISO 3166-2 IN-UP)
    known = known_latin(written, written_type) or known_latin(written, latin_type)
    if known:
        return known.casefold() == english
    if initials(written) == latin.strip():
        return True
    if latin_name(written, written_type).casefold() == english:
        return True
    # A place's or organisation's name of two words or more that sounds the same word by word (तबलीगी जमात
    # (Tablighi Jamaat)): the transliteration spells it otherwise (Tabligi Jamat), the sound is one.
    return written_type != "PER" and len(latin.split()) > 1 and len(latin.split()) == len(written.split()) \
        and phonetic_key(latin) == phonetic_key(written)


_OPENING = regex.compile(r"\s*[(\[]\s*$")
_CLOSING = regex.compile(r"\s*[)\]]")
_LATIN_ACRONYM = regex.compile(r"[A-Z][A-Z&.]{1,7}")


def _is_acronym(name: str) -> bool:
    return bool(_LATIN_ACRONYM.fullmatch(name.strip())) or (has_devanagari(name) and initials(name) is not None)


def _state_code(name: str) -> bool:
    from .entity_filter import acronym_type

    return acronym_type([name], "LOC") == "LOC"


def _known_place(name: str) -> bool:
    """A place the lists know (its spelling, or its sound: हाथरस, Hathras)."""
    return known_latin(name, "LOC") is not None if has_devanagari(name) \
        else everyday_names().get(name.strip()) is not None


def _join_bracketed_acronyms(text: str, clusters: list[_Cluster]) -> list[_Cluster]:
    """राजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट (RMRI), अखिल भारतीय फुटबॉल महासंघ (एआईएफएफ): an acronym in brackets
    right after an organisation's or a place's name is that name's (the letters need not match: a Hindi name
    often stands before its English acronym). Only acronyms: लखनऊ (उत्तर प्रदेश) names two places."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    mentions = sorted((m for c in clusters for m in c.mentions), key=lambda m: m.start)
    merged: dict[int, _Cluster] = {}

    def root(c: _Cluster) -> _Cluster:
        while id(c) in merged:
            c = merged[id(c)]
        return c

    for before, inside in pairwise(mentions):
        if before.type == "PER" or inside.type == "PER" or not _is_acronym(inside.text):
            continue
        if {before.type, inside.type} - {"LOC", "ORG"} or before.end > inside.start:
            continue
        if not _OPENING.fullmatch(text[before.end:inside.start]) or not _CLOSING.match(text, inside.end):
            continue
        # लखनऊ (यूपी), पटना (बिहार): a known place's acronym after a name is where it is, not its acronym.
        known = known_latin(inside.text) if has_devanagari(inside.text) else everyday_names().get(inside.text.strip())
        if (known or _state_code(inside.text)) and known != (known_latin(before.text) or before.text):
            continue
        # हाथरस[जेएनएन], पटना (पीटीआई): a known place has no organisation's acronym; an acronym of other letters
        # right after one is another body (a credit's agency), not the place's short name.
        if before.type == "LOC" and not known and _known_place(before.text):
            continue
        a, b = root(owner[id(before)]), root(owner[id(inside)])
        if a is not b:
            a.mentions.extend(b.mentions)
            if len(b.tokens) > len(a.tokens):
                a.tokens = b.tokens
            merged[id(b)] = a
    return [c for c in clusters if id(c) not in merged]


_LIST_SEPARATOR = regex.compile(r"[ \u00a0]*(?:,|[ \u00a0](?:और|एवं|तथा|व|and))[ \u00a0]*")


def _list_runs(text: str, mentions: list[Mention]) -> dict[tuple[int, int], int]:
    """``{span: run}`` for the person mentions that are items of one list: people's names written one after the other
    with only a comma or a conjunction between them (मेहर सिंह चौहान, शिव प्रसाद, …, मोहर सिंह चौहान). A list of people
    names each of them once, so two names of one run are two people however alike they are spelt. Bodies are left
    out: a page may write one party's two spellings side by side (जेडीयू और जदयू विधायक दल)."""
    runs: dict[tuple[int, int], int] = {}
    ordered = sorted((m for m in mentions if m.type == "PER"), key=lambda m: m.start)
    for prev, m in pairwise(ordered):
        if _LIST_SEPARATOR.fullmatch(text, prev.end, m.start):
            run = runs.setdefault((prev.start, prev.end), len(runs) + 1)
            runs[(m.start, m.end)] = run
    return runs


def _list_mates(a: _Cluster, b: _Cluster, runs: dict[tuple[int, int], int]) -> bool:
    ours = {runs[(m.start, m.end)] for m in a.mentions if (m.start, m.end) in runs}
    return bool(ours) and any(runs.get((m.start, m.end)) in ours for m in b.mentions)


def _merge_variants(clusters: list[_Cluster], runs: dict[tuple[int, int], int] | None = None) -> list[_Cluster]:
    out: list[_Cluster] = []
    for c in sorted(clusters, key=_Cluster.first):
        fits = [o for o in out if _same_entity(o, c) and not (runs and _list_mates(o, c, runs))]
        named = [o for o in fits if not _by_initials_only(o, c)]
        if named:
            target: _Cluster | None = named[0]
        elif len(fits) == 1 and not _other_bodies(_expansions(fits[0]), _expansions(c)):
            target = fits[0]
        else:
            # An acronym that two expansions of the article fit (बीएमसी: भुवनेश्वर नगर पालिका and बृहन्मुंबई
            # महानगरपालिका in one live blog), or a second expansion of an acronym that already holds one: the letters
            # cannot say which body is meant, and joining would make the two bodies one.
            target = None
        if target is None:
            out.append(c)
            continue
        lone = [o for o in fits if o is not target]
        if named and len(lone) == 1 and len(named) == 1 and _by_initials_only(lone[0], c) \
                and not _other_bodies(_expansions(lone[0]), _expansions(target) | _expansions(c)) \
                and not acronym_forms(lone[0].mentions[0].text):
            # एसआरएन … स्वरूपरानी नेहरू अस्पताल … एसआरएन अस्पताल: the headed acronym is a name of the bare one's
            # cluster and abbreviates the expansion written before it, which the bare letters could not reach.
            out.remove(lone[0])
            _fold(target, lone[0])
        _fold(target, c)
    return out


def _fold(target: _Cluster, c: _Cluster) -> None:
    """Join cluster ``c`` to ``target``: its mentions, its fuller key words, the type most mentions have."""
    target.mentions.extend(c.mentions)
    if len(c.tokens) > len(target.tokens):
        target.tokens = c.tokens
    types = Counter(m.type for m in target.mentions)
    target.type = max(types, key=lambda t: (types[t], t == target.type))


def _expansions(cluster: _Cluster) -> set[str]:
    """The organisation names of a cluster that are no acronym (the fuller names an acronym may abbreviate)."""
    return {m.text for m in cluster.mentions if cluster.type == "ORG" and " " in m.text.strip()
            and not acronym_forms(m.text)}


_OTHER_BODY_RATIO = 50  # first words of two expansions of one acronym less alike than this (rapidfuzz ratio of keys)


def _other_bodies(ours: set[str], theirs: set[str]) -> bool:
    """Two sets of expansions of one acronym name different bodies: they begin with different words, not spellings of
    one word (भुवनेश्वर नगर पालिका and बृहन्मुंबई महानगरपालिका are two cities' bodies; बंबई and बॉम्बे स्टॉक
    एक्सचेंज one exchange)."""
    if not (ours and theirs):
        return False
    return all(fuzz.ratio(match_key(x).split()[0], match_key(y).split()[0]) < _OTHER_BODY_RATIO
               for x in ours for y in theirs)


def _by_initials_only(a: _Cluster, b: _Cluster) -> bool:
    """``b`` joins ``a`` only because one of their names abbreviates the other (``expansions``), no name agreeing
    otherwise."""
    name = b.mentions[0].text
    seen: list[str] = []
    for m in a.mentions:
        if m.text in seen:
            continue
        seen.append(m.text)
        if len(seen) > _NAMES_COMPARED:
            break
        if _same_names(m.text, a.type, name, b.type) and not (
                a.type == b.type == "ORG" and (abbreviates(m.text, name) or abbreviates(name, m.text))):
            return False
    return True


def _generic_heads(lang: str) -> set[str]:
    return {match_key(w) for w in load(lang, "descriptions").get("generic_heads", [])}


def _is_part(short: list[str], full: list[str], type_: str, lang: str) -> bool:
    """``short`` is a short form of ``full``: its words begin or end the fuller name.

    For places and organisations only when what is left is a generic head word (अमूर ← अमूर क्षेत्र), since
    संयुक्त राष्ट्र is not संयुक्त राष्ट्र सुरक्षा परिषद."""
    n = len(short)
    if n >= len(full):
        return False
    if type_ == "PER":
        # A name of two words or more is part only of a name one word longer (किम जोंग ← किम जोंग उन): a
        # tagger's span that glues two people (व्लादिमीर पुतिन किम जोंग उन) must not join them.
        if n > 1 and len(full) > n + 1:
            return False
        return full[:n] == short or full[-n:] == short
    if type_ == "ORG" and n == 1 and full[0] == short[0] and lang == "hi":
        # एसआरएन … एसआरएन अस्पताल: an acronym is the short form of itself before an institution head.
        from khabar.analyse.entities import acronym_body_heads, acronym_letters

        if tuple(full[1:]) in acronym_body_heads() and acronym_letters(short[0]) >= 2:
            return True
    return full[:n] == short and set(full[n:]) <= _generic_heads(lang)


def _opened_bodies(short: _Cluster, others: list[_Cluster], lang: str) -> list[_Cluster]:
    """Hindenburg after Hindenburg Research, Vedanta after Vedanta Ltd, Dera after the Dera Sacha Sauda: one rare
    word typed a body that opens exactly one longer body of the report is that body's short name, whatever the rest
    of the longer name (``_is_part`` asks a generic head of it). Not a known body or place of its own (Congress,
    Tata: ``_known_apart``); the caller joins only when the bodies found are one (not Tata Motors and Tata Steel)."""
    if short.type != "ORG" or len(short.tokens) != 1 or lang != "en":
        return []
    word = short.mentions[0].text
    if not regex.fullmatch(r"[A-Z][a-z]{3,}", word):
        return []  # an acronym has its own rules (``_join_bracketed_acronyms``, ``acronym_forms``)
    from khabar.analyse.english_names import _common_word

    if _common_word(word):
        return []  # Central, National, Indian: a word that opens many bodies
    fits = [o for o in others if o.type == "ORG" and len(o.tokens) > 1 and o.tokens[0] == short.tokens[0]]
    return [] if any(_known_apart(short, o) for o in fits) else fits


def _known_as(cluster: _Cluster) -> tuple[str, str] | None:
    """``(Latin name, type)`` of the known entity (gazetteer, place lists, English name lists) the cluster's first
    name is, if any."""
    name = cluster.mentions[0].text
    if has_devanagari(name):
        from khabar.analyse.gazetteer import fallback_names

        # Names safe to tag on their own only (curated, countries, large cities whose name is no common word).
        kind = fallback_names().get(match_key(name))
        latin = known_latin(name) if kind else None
        return (latin, kind) if latin and kind else None
    from khabar.analyse.english_names import strong_english_names

    english = everyday_name(name).casefold()
    kind = strong_english_names().get(english)
    return (english, kind) if kind else None


def _known_apart(short: _Cluster, full: _Cluster) -> bool:
    """A short form that is a known place or organisation of its own (Pakistan, London, उत्तर कोरिया) is not
    part of a longer name that is not that entity (Pakistan-administered Kashmir, Ahmedabad-London Gatwick).
    A known person's name stays a short form: मोदी of नीरव मोदी."""
    known = _known_as(short)
    if known is None or known[1] == "PER":
        return False
    if region_short_names([short.mentions[0].text, full.mentions[0].text]):
        return False  # वाशिंगटन … वाशिंगटन राज्य: a report that names the state calls it by the city's name too
    return known != _known_as(full)


@lru_cache(maxsize=4)
def _branch_keys(lang: str) -> frozenset[str]:
    return frozenset(match_key(w) for w in load(lang, "descriptions").get("branch_institutions", []))


def _join_campus(clusters: list[_Cluster], lang: str) -> list[_Cluster]:
    """An institution with campuses in many cities, written bare (एम्स के निदेशक) in a report that names one campus
    of it (पटना एम्स, एम्स पटना), is that campus, not the Delhi one; the campus written both ways is one group. A
    report that names two campuses (दिल्ली एम्स and पटना एम्स) leaves the bare name alone. A bare mention whose
    reading has moved to another state since the campus was named (``_elsewhere``) is not the campus either: in a
    national round-up, "इन नमूनों की एम्स की प्रयोगशाला में" after paragraphs on Kerala is the Delhi institute, though
    "एम्स भोपाल" was written three paragraphs before."""
    branches = _branch_keys(lang)
    if not branches:
        return clusters
    places = [c for c in clusters if c.type in ("ORG", "LOC")]
    # A campus: an acronym and more words (पटना एम्स), or any form of the family with a city (अखिल भारतीय आयुर्विज्ञान
    # संस्थान ऋषिकेश, IIT रुड़की: ``campuses.campus_parts``). Bare: every mention one form of one family, the acronym
    # or the full name (भारतीय प्रौद्योगिकी संस्थान … आईआईटी), which says which family and not which campus.
    by_campus: dict[tuple[str, frozenset[str]], list[_Cluster]] = {}
    cities: dict[tuple[str, frozenset[str]], tuple[str, ...]] = {}
    bare: list[tuple[_Cluster, str]] = []
    for c in places:
        if c.campus is None and (family := bare_family({m.text for m in c.mentions})) is not None:
            bare.append((c, family))
        elif (parts := _campus_of_cluster(c, branches)) is not None:
            key = (parts[0], frozenset(parts[1]))
            by_campus.setdefault(key, []).append(c)
            cities.setdefault(key, parts[1])
    if not by_campus:
        return clusters
    gone: set[int] = set()
    for same in by_campus.values():
        for other in same[1:]:
            same[0].mentions.extend(other.mentions)
            gone.add(id(other))
    named = sorted((m for c in clusters if c.type == "LOC" for m in c.mentions), key=lambda m: m.start)
    for b, family in bare:
        fits = [(same[0], cities[key]) for key, same in by_campus.items() if key[0] == family]
        if len(fits) != 1:
            continue
        campus, city = fits[0]
        apart = [m for m in b.mentions if _elsewhere(m, city, campus, named)]
        campus.mentions.extend(m for m in b.mentions if m not in apart)
        b.mentions = apart
        if not apart:
            gone.add(id(b))
    return [c for c in clusters if id(c) not in gone]


def _campus_in_context(clusters: list[_Cluster], text: str) -> list[_Cluster]:
    """A bare family name (एम्स, आईआईटी, अखिल भारतीय आयुर्विज्ञान संस्थान) read with the words before it. After a
    known city and a link word (रायपुर के एम्स, दिल्ली स्थित एम्स: ``campuses.city_before``) it names that campus:
    the mention (its span kept: the name is the acronym) becomes a campus group of its own, read as the campus
    (``campus``: the city, link word and name), which ``_join_campus`` joins to the report's other names of that
    campus and the entity index to the store's entity of that campus (``EntityIndex._named_campus``). Counted or
    generalised (छह अन्य एम्स, सभी एम्स, देश के एम्स: ``campuses.counted_before``) it names no one campus: the
    mention is left out, as a generic body is, rather than given to the Delhi institute or a campus of the report."""
    if not text:
        return clusters
    out: list[_Cluster] = []
    for c in clusters:
        if c.type not in ("ORG", "LOC") or bare_family({m.text for m in c.mentions}) is None:
            out.append(c)
            continue
        kept: list[Mention] = []
        for m in c.mentions:
            if counted_before(text, m.start):
                continue
            start = city_before(text, m.start)
            if start is None:
                kept.append(m)
                continue
            name = text[start:m.end]
            if campus_parts(name) is None:
                kept.append(m)
                continue
            out.append(_Cluster("ORG", [m], match_key(m.text).split(), campus=name))
        if kept:
            c.mentions = kept
            out.append(c)
    return out


def _campus_of_cluster(c: _Cluster, branches: frozenset[str]) -> tuple[str, tuple[str, ...]] | None:
    """``(family, city words)`` of a campus cluster: an acronym of the family among more words (पटना एम्स, एम्स
    पटना: the other words), else a form of the family with a city (``campuses.campus_parts``)."""
    if c.campus is not None and (parts := campus_parts(c.campus)) is not None:
        return parts  # रायपुर के एम्स: the city without its link word
    if len(c.tokens) > 1 and (found := set(c.tokens) & branches):
        families = {family_of(t) or t for t in found}
        if len(families) == 1:
            return next(iter(families)), tuple(t for t in c.tokens if t not in branches)
    for m in c.mentions:
        if (parts := campus_parts(m.text)) is not None:
            return parts
    return None


def _elsewhere(m: Mention, city: tuple[str, ...], campus: _Cluster, named: list[Mention]) -> bool:
    """Whether the place the report named last before a bare campus name ``m`` (since the campus's last mention
    before it) is in a state of India other than the campus city's: the passage has moved on (केरल, दिल्ली), so the
    bare name says nothing of the campus. Places abroad and places no list gives a state are passed over; the campus
    city itself, or nothing named since the campus (a headline), keeps ``m`` the campus."""
    home = _state_votes(" ".join(city)) if city else None
    if home is None:
        return False
    since = max((c.end for c in campus.mentions if c.end <= m.start), default=0)
    for place in reversed([p for p in named if since <= p.start and p.end <= m.start]):
        state = _state_votes(place.text)
        if state is None or state not in state_names():
            continue
        return state != home
    return False


def _state_votes(name: str) -> str | None:
    """The one region a place name alone says it is or lies in (``places.region_votes``), or None."""
    votes = region_votes([name])
    return next(iter(votes)) if len(votes) == 1 else None


_WORD = regex.compile(r"[\p{L}\p{M}]+")
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \t]+$")


def _word_after(text: str, end: int) -> str | None:
    """The word right after ``end`` across spaces only (no punctuation between), as a match key."""
    gap = regex.match(r"[ \t]+", text[end:end + 4])
    found = _WORD.match(text, end + gap.end()) if gap else None
    return match_key(found.group()) if found else None


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` across spaces only, as a match key."""
    found = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return match_key(found.group(1)) if found else None


@cache
def _named_after_heads() -> frozenset[str]:
    from khabar.analyse.entities import _government_words, _heads_typing, _name_heads

    # Organisation heads and the heads of named premises (कॉलोनी, होटल, रिजॉर्ट्स): what is named after a family.
    return (_heads_typing("ORG") | _name_heads("LOC")) - _government_words()


@cache
def _given_names() -> frozenset[str]:
    return frozenset(match_key(w) for w in load("hi", "person_names").get("given_names", []))


def _cut_from_other_name(text: str, m: Mention, lang: str) -> str | None:
    """Why a one-word person mention is a piece of another name the tagger cut, not a short form of a fuller
    name of the article: ``"org"`` when an organisation's or premises' head follows it (क्लब महिंद्रा रिजॉर्ट्स, टाटा ग्रुप: a
    company named after a family is not the person); ``"given:<key>"`` when a known given name stands right
    before it (रानी देवी, not राबड़ी देवी: the person is रानी देवी, whoever else the article calls … देवी). None
    for a plain short form (महिंद्रा ने कहा). A government head (मोदी सरकार) is the person's own."""
    if lang != "hi" or m.type != "PER" or len(match_key(m.text).split()) != 1:
        return None
    after = _word_after(text, m.end)
    if after is not None and after in _named_after_heads():
        from khabar.analyse.gazetteer import lookup_curated

        # A known person's short name (ट्रंप प्रेस कॉन्फ्रेंस में) is that person before a head word too.
        return None if lookup_curated(m.text) == "PER" else "org"
    before = _word_before(text, m.start)
    if before is not None and before in _given_names():
        return f"given:{before}"
    return None


def _split_cut_mentions(clusters: list[_Cluster], text: str, lang: str) -> list[tuple[_Cluster, str | None]]:
    """Each cluster with why it may not join a fuller name (``_cut_from_other_name``): a one-word person
    cluster's cut mentions leave it for clusters of their own, one per reason."""
    out: list[tuple[_Cluster, str | None]] = []
    for c in clusters:
        if not text or c.type != "PER" or len(c.tokens) != 1:
            out.append((c, None))
            continue
        by_reason: dict[str | None, list[Mention]] = {}
        for m in c.mentions:
            by_reason.setdefault(_cut_from_other_name(text, m, lang), []).append(m)
        for reason, ms in by_reason.items():
            out.append((c if reason is None or len(by_reason) == 1 else _Cluster(c.type, ms, list(c.tokens)), reason))
            if reason is None or len(by_reason) == 1:
                c.mentions = ms
    return out


def _may_join(reason: str | None, full: list[str]) -> bool:
    """A cut mention joins a fuller name only when the given name before it is that name's own (आनंद महिंद्रा)."""
    if reason is None:
        return True
    if reason.startswith("given:"):
        return len(full) >= 2 and full[-2] == reason[len("given:"):]
    return False


def _named_after_person(short: _Cluster, full: _Cluster) -> bool:
    """``full`` is a body or a place named after a person (चान जुकरबर्ग इनीशिएटिव, टाटा ग्रुप, गांधी मैदान) that the
    tagger typed as a person, and ``short`` is one word of it typed as a person: the person herself ("चान ने … कहा"),
    not a short form of the body, which the link step types by its head word (``head_type``)."""
    if short.type != "PER" or len(short.tokens) != 1 or len(full.tokens) < 2:
        return False
    from .entity_filter import head_type

    return head_type(full.mentions[0].text, "PER") in ("ORG", "LOC")


def _attach_short_forms(clusters: list[_Cluster], lang: str, text: str = "") -> list[_Cluster]:
    from .common_names import is_common_name_word  # common_names reads this module's groups

    pairs = _split_cut_mentions(clusters, text, lang)
    reasons = {id(c): r for c, r in pairs}
    clusters = [c for c, _ in pairs]
    clusters = sorted(clusters, key=lambda c: (-len(c.tokens), c.first()))
    roots: list[_Cluster] = []
    member_of: dict[int, _Cluster] = {}  # id(cluster) -> the root it joined (itself for a root)
    for c in clusters:
        candidates: dict[int, _Cluster] = {}
        for o in clusters:
            if o is c or o.type != c.type or id(o) not in member_of:
                continue
            if _is_part(c.tokens, o.tokens, c.type, lang) and not _known_apart(c, o) \
                    and _may_join(reasons.get(id(c)), o.tokens) and not _named_after_person(c, o):
                root = member_of.get(id(o), o)
                candidates[id(root)] = root
        if not candidates:
            bodies = {id(r): r for o in _opened_bodies(c, [o for o in clusters if o is not c and id(o) in member_of],
                                                       lang) if (r := member_of.get(id(o), o))}
            if len(bodies) == 1:
                candidates = bodies
        if not candidates:
            roots.append(c)
            member_of[id(c)] = c
            continue
        # Several fuller names fit (किम → किम जोंग उन or किम यो जोंग). A surname or given name many people bear
        # (सिंह, राहुल: ``common_names``) says nothing of which bearer is meant: the one named before the short form
        # when only one is, else the one the article names more often than all the others together; when the mentions
        # are split (सियाशरण सिंह twice, गिरजानंदन सिंह, श्रीकांत सिंह and रविन्द्र कुमार सिंह once each: whose is "श्री
        # सिंह"?), the short form stays apart. A rare name: the most mentioned, then the one named closest before.
        best = _dominant(list(candidates.values()), c.first(), text) if all(map(is_common_name_word, c.tokens)) \
            else _most_mentioned(list(candidates.values()), c.first())
        if best is None:
            roots.append(c)
            member_of[id(c)] = c
            continue
        filed = _datelines_of_city(c, best, text)
        if filed:
            # न्यूयॉर्क: … न्यूयॉर्क राज्य में: the dateline is the city the report was filed from, not the state.
            roots.append(_Cluster(c.type, filed, c.tokens))
            rest = [m for m in c.mentions if m not in filed]
            best.mentions.extend(rest)
            member_of[id(c)] = best if rest else roots[-1]
            continue
        best.mentions.extend(c.mentions)
        member_of[id(c)] = best
    return roots


_DATELINE_COLON = regex.compile(r"[ \u00a0]*[:ः](?:[ \u00a0\n]|$)")


def _datelines_of_city(short: _Cluster, full: _Cluster, text: str) -> list[Mention]:
    """The mentions of a city's bare name (न्यूयॉर्क, वाशिंगटन) that head a dateline (the name and a colon: "न्यूयॉर्क:
    न्यूयॉर्क राज्य में …"), when the fuller name it would join is the state of that name (``region_short_names``):
    a report is filed from a city, so its dateline is the city even where its text is about the state."""
    if short.type != "LOC" or not text or not region_short_names([short.mentions[0].text, full.mentions[0].text]):
        return []
    return [m for m in short.mentions if _DATELINE_COLON.match(text, m.end)]


_FRAME_WORD = regex.compile(r"[\p{L}\p{M}]+")
_RARE_SHARE = 0.005  # a word in at most this share of the background documents (``lang/<lang>/idf.json``) is rare


def _frame_before(text: str, start: int) -> tuple[str, ...] | None:
    """The two words right before ``start`` on its line, courtesy titles left out (सिविल सर्जन of "सिविल सर्जन डॉ.
    सिंह"), as match keys, when one of them is rare in the background corpus (an office, a place; not "बताया कि",
    "में"), else None."""
    if not text:
        return None
    window = text[max(0, start - 80):start].rsplit("\n", 1)[-1]
    words = [k for w in _FRAME_WORD.findall(window) if (k := match_key(w)) not in _courtesy_keys()][-2:]
    lang = "hi" if has_devanagari(window) else "en"
    return tuple(words) if len(words) == 2 and any(_rare_word(w, lang) for w in words) else None


@cache
def _document_counts(lang: str) -> tuple[dict[str, int], int]:
    data = load(lang, "idf") or {}
    return data.get("df", {}), int(data.get("documents", 0))


def _rare_word(word: str, lang: str) -> bool:
    """A word of three letters or more in few background documents."""
    counts, documents = _document_counts(lang)
    return documents > 0 and len(word) > 2 and counts.get(word, 0) <= documents * _RARE_SHARE


@cache
def _courtesy_keys() -> frozenset[str]:
    """Courtesy titles (डॉ, श्री): they stand before any name and frame none."""
    return frozenset(match_key(w).rstrip(".") for w in load("hi", "person_names").get("courtesy_words", []))


def _most_mentioned(candidates: list[_Cluster], start: int) -> _Cluster:
    """A rare name's fuller name (किम, Modi, Sathe): the most mentioned, then the one named closest before ``start``.
    Fuller names of a rare name that both fit are mostly one person's variants or a span the tagger glued (Howdy
    Modi beside Narendra Modi), not two people."""
    return max(candidates, key=lambda r: (
        len(r.mentions), max((m.start for m in r.mentions if m.start < start), default=-1)))


def _dominant(candidates: list[_Cluster], start: int, text: str = "") -> _Cluster | None:
    """The fuller name a common short form first written at ``start`` belongs to when several fit: the only one the
    article names before it (a short form takes up a name already given), else the only one written after the same
    two words with a rare one among them (सिविल सर्जन डॉ. सिंह after सिविल सर्जन डॉ. विजय कुमार सिंह, not शिविर में डॉ.
    प्रतिभा सिंह), else the one with more mentions than all the others together; None when no name has that many."""
    before = [r for r in candidates if r.first() < start]
    if len(before) == 1:
        return before[0]
    frame = _frame_before(text, start)
    if frame:
        framed = [r for r in candidates if any(_frame_before(text, m.start) == frame for m in r.mentions)]
        if len(framed) == 1:
            return framed[0]
    best = max(candidates, key=lambda r: len(r.mentions))
    others = sum(len(r.mentions) for r in candidates if r is not best)
    return best if len(best.mentions) > others else None


@cache
def _apposition_gap(lang: str) -> regex.Pattern:
    courtesy = sorted(load("hi", "person_names").get("courtesy_words", []) if lang == "hi" else [], key=len,
                      reverse=True)
    words = "|".join(regex.escape(w) for w in courtesy)
    return regex.compile(rf"\s+(?:(?:{words})(?:\s*[.।])?\s+)?" if words else r"\s+")


def _add_descriptions(text: str, analysis: Analysis, groups: list[MentionGroup]) -> None:
    lang = analysis.lang
    countries = sorted({m.text for g in groups if g.type == "LOC" for m in g.mentions})
    # Descriptions in boilerplate (a related-stories widget) describe nobody of this article.
    descriptions = [d for d in find_descriptions(text, lang, countries)
                    if not analysis.in_boilerplate(d.start, d.end)]
    people = [g for g in groups if g.type == "PER"]
    starts = {m.start: g for g in people for m in g.mentions}
    standalone = []
    for d in descriptions:
        # Apposition: the description is followed by the name (रूस के राष्ट्रपति व्लादिमीर पुतिन), maybe after a
        # courtesy word (गोवा के मुख्यमंत्री डॉ. प्रमोद सावंत; a scraper may turn its dot into ।).
        gap = _apposition_gap(lang).match(text, d.end)
        after = gap.end() if gap else d.end
        if after in starts:
            starts[after].roles.append(d.role)
        elif not any(m.start < d.end and d.start < m.end for g in people for m in g.mentions):
            standalone.append(d)
    # A bare title before a name (राष्ट्रपति पुतिन, President Putin) gives a role with no country.
    for start, g in starts.items():
        title = title_before(text, start, lang)
        if title:
            g.roles.append(("", title))
    unresolved: dict[Role, MentionGroup] = {}
    # One person holds an office for one place: when the article's descriptions of one title name two places or
    # more (केरल के मुख्यमंत्री, मिजोरम के मुख्यमंत्री in a round-up), a holder named with the bare title alone
    # (मुख्यमंत्री त्रिवेंद्र रावत) is no better a fit for one of them than for the other.
    places: dict[str, set[str]] = {}
    for d in standalone:
        if d.role[0]:
            places.setdefault(d.role[1], set()).add(d.role[0])
    for d in standalone:
        fits = [(fit(d.role, g.roles, lang), g) for g in people]
        best = max((f for f, _ in fits), default=0)
        if best == 1 and d.role[0] and len(places.get(d.role[1], ())) > 1:
            best = 0
        holders = [g for f, g in fits if f == best and best > 0]
        mention = Mention(d.start, d.end, d.text, "PER", source="description")
        if len(holders) == 1:
            holders[0].mentions.append(mention)
            holders[0].mentions.sort(key=lambda m: m.start)
        else:
            # Left for the entity index, which knows the roles other articles gave (or it drops them).
            group = unresolved.setdefault(d.role, MentionGroup("PER", [], [d.role]))
            group.mentions.append(mention)
    groups.extend(unresolved.values())
