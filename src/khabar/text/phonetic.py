"""How a name sounds in Latin letters, whatever script it is written in: Hindi transliteration with schwa deletion,
coarse phonetic keys, their consonant skeletons, and the comparison of a Devanagari spelling with English names.

Shared by the per-article analysis (``analyse.towns``: a town the gazetteers have no Devanagari name for) and the link
step (``link.latin``: Latin names of entities, places by sound), so that both read a Devanagari name against an
English one the same way.

``transliterate`` turns Devanagari into IAST with indic-transliteration, after Hindi schwa deletion has marked the
inherent vowels a Hindi speaker does not pronounce (पुतिन → putin, not putina), and flattens the IAST to the plain
spelling English-language outlets use (ś → sh, c → ch, ā → a). ``phonetic_key`` maps a Latin spelling (an English
name, or a transliterated Hindi one) to a coarse key, so that "Vladimir Putin" and व्लादिमीर पुतिन compare equal.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

import regex
from indic_transliteration import sanscript
from rapidfuzz import fuzz

from khabar.text.keys import has_devanagari, normalize

_CONSONANT = regex.compile(r"[\u0915-\u0939\u0958-\u095f]\u093c?")
_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_MATRAS = set("\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948\u0949\u094a\u094b\u094c")
_INDEPENDENT_VOWEL = regex.compile(r"[\u0904-\u0914\u0960\u0961]")
# Before these, a conjunct keeps its final schwa: इंद्र indra, मिश्र mishra, सूर्य surya; and these whole
# clusters too: कृष्ण krishna, गुप्त gupta.
_KEEPS_FINAL_SCHWA = set("\u092f\u0930\u0935")
_ONSET_SECOND = {"\u0930"}
_KEEPS_FINAL_SCHWA_CLUSTERS = {("\u0937", "\u0923"), ("\u092a", "\u0924")}
_DEVANAGARI_WORD = regex.compile(r"[\u0900-\u097f]+")


def _syllables(word: str) -> list[list]:
    """Split a Devanagari word into units ``[consonants, vowel, coda, has_cluster]``.

    ``vowel`` is "a" for an inherent schwa, "" for a consonant closed by a virama, a matra or an
    independent vowel otherwise; ``coda`` collects anusvara/chandrabindu/visarga.
    """
    units: list[list] = []
    i = 0
    cluster: list[str] = []
    while i < len(word):
        ch = word[i]
        m = _CONSONANT.match(word, i)
        if m:
            cluster.append(m.group())
            i = m.end()
            if i < len(word) and word[i] == _VIRAMA:
                i += 1
                if i >= len(word) or not _CONSONANT.match(word, i):
                    units.append([cluster, "", "", len(cluster) > 1])  # a word-final virama
                    cluster = []
                continue
            vowel = "a"
            if i < len(word) and word[i] in _MATRAS:
                vowel = word[i]
                i += 1
            units.append([cluster, vowel, "", len(cluster) > 1])
            cluster = []
        elif _INDEPENDENT_VOWEL.match(ch):
            units.append([[], ch, "", False])
            i += 1
        elif ch in "\u0900\u0901\u0902\u0903" and units:
            units[-1][2] += ch
            i += 1
        else:  # anything else (digits, stray marks) is kept as its own unit
            units.append([[ch], "", "", False])
            i += 1
    if cluster:
        units.append([cluster, "", "", len(cluster) > 1])
    return units


def delete_schwas(word: str, mark: str = "") -> str:
    """``word`` with a virama (and ``mark``) after every consonant whose inherent vowel Hindi drops.

    Ohala's rule, right to left: a schwa goes at the end of a word (not after a conjunct ending in य/र/व)
    and in the context V C _ C V, where the following consonant keeps its vowel, the consonant before it is
    single and the vowel before that has no nasal coda.
    """
    units = _syllables(word)
    if len(units) < 2:
        return word
    last = units[-1]
    keeps = last[3] and (last[0][-1][0] in _KEEPS_FINAL_SCHWA
                         or tuple(c[0] for c in last[0][-2:]) in _KEEPS_FINAL_SCHWA_CLUSTERS)
    deleted: set[int] = set()
    if last[1] == "a" and not last[2] and not keeps:
        last[1] = ""
        deleted.add(len(units) - 1)
    for k in range(len(units) - 2, 0, -1):
        unit, before, after = units[k], units[k - 1], units[k + 1]
        if unit[1] != "a" or unit[2] or unit[3] or not unit[0]:
            continue
        # The next consonant must start a syllable with its vowel: alone, or as C + र, a cluster a syllable
        # begins with (हरप्रीत harpreet, उपक्रम upkram; but सरस्वती saraswati).
        onset = len(after[0]) == 1 or (len(after[0]) == 2 and after[0][1][0] in _ONSET_SECOND)
        if not before[1] or not after[0] or not onset or not after[1]:
            continue
        if before[2]:
            continue  # after a nasal coda the deletion would leave three consonants: बेंगलुरु bengaluru
        unit[1] = ""
        deleted.add(k)
    out = []
    for k, (cluster, vowel, coda, _) in enumerate(units):
        joined = _VIRAMA.join(cluster)
        if cluster and _CONSONANT.match(cluster[-1]) and vowel == "":
            joined += _VIRAMA + (mark if k in deleted else "")
        elif vowel not in ("", "a"):
            joined += vowel
        out.append(joined + coda)
    return "".join(out)


# The joiners (ZWJ, ZWNJ) only choose how a conjunct is drawn (पाकिस्\u200dतान is पाकिस्तान): read through, they
# cut the word in two (राजीव गुप्\u200dता was "Gup\u200dTa") and a ZWNJ would pass for the dropped-schwa mark below.
_PRE_IAST = str.maketrans({"\u0949": "\u094b", "\u0911": "\u0913", "\u0945": "\u0947", "\u0901": _ANUSVARA,
                           "\u0900": _ANUSVARA, "\u200d": None, "\u200c": None})
# IAST → the plain spelling of English-language news (order matters: ch before c).
_FLATTEN = [
    ("ch", "chh"), ("c", "ch"), ("jñ", "gy"), ("ṃh", "ngh"), ("ṃp", "mp"), ("ṃb", "mb"), ("ṃm", "mm"),
    ("ṃ", "n"), ("ṁ", "n"),
    ("ṅ", "n"), ("ñ", "n"), ("ṇ", "n"), ("ś", "sh"), ("ṣ", "sh"), ("ṭ", "t"), ("ḍ", "d"), ("ṛ", "ri"),
    ("ṝ", "ri"), ("ḷ", "l"), ("ḥ", "h"), ("ā", "a"), ("ī", "i"), ("ū", "u"), ("ē", "e"), ("ō", "o"),
    ("r̤", "r"), ("ġ", "g"), ("ẏ", "y"), ("k͟h", "kh"), ("~", "n"),
]
_FLATTEN_RE = regex.compile("|".join(regex.escape(a) for a, _ in sorted(_FLATTEN, key=lambda p: -len(p[0]))))
_FLATTEN_MAP = dict(_FLATTEN)


# Spelling conventions of Indian English: ाय before a consonant is "ai" (रायपुर Raipur, नायडू Naidu), and व
# after s, sh, d, t, j in a conjunct is "w" (स्वामी Swami, द्विवेदी Dwivedi, विश्वास Vishwas).
_IAST_CONVENTIONS_AI = regex.compile(r"āy(?![aāiīuūeoṛ])")
_IAST_CONVENTIONS_W = regex.compile(r"(?<=(?:s|ś|d|dh|j|t|ṭ))v")
# Only before p, t, n: प्रदीप Pradeep, नवनीत Navneet, प्रवीण Praveen, but नीतीश Nitish, कबीर Kabir, राजीव Rajiv.
_CLOSED_LONG_I = regex.compile(r"(?<=\w)ī(?=[ptnṇ]\b)")
_CLOSED_LONG_U = regex.compile(r"(?<=\w)ū(?=[^aāiīuūeoṛśṣs\s\-]+\b)")  # not पीयूष Piyush
# A final -गांव is written -gaon (मालेगांव Malegaon, गोरेगांव Goregaon), not -ganv.
_IAST_CONVENTIONS_AON = regex.compile(r"āṃv\b")
_DROPPED = "\u200c"


@cache
def _iast_map() -> sanscript.SchemeMap:
    return sanscript.SchemeMap(sanscript.SCHEMES[sanscript.DEVANAGARI], sanscript.SCHEMES[sanscript.IAST])


@cache
def _whole_text_chars() -> regex.Pattern:
    """The characters outside the Devanagari block that indic-transliteration's Devanagari → IAST map reads
    (Vedic accents and signs), from the map itself: a text holding one is transliterated whole. Any text at all
    if the map's virama were written in IAST (then a word's end would not read as the text's end)."""
    m = _iast_map()
    if any(m.virama.values()) or not m.to_scheme.is_roman:
        return regex.compile(r"(?s).")
    read = {c for table in (m.vowel_marks, m.virama, m.non_marks_viraama, m.consonants, m.accents)
            for key in table for c in key}
    read |= set("".join(m.from_scheme.get("yogavaahas", [])))
    outside = sorted(c for c in read if not "\u0900" <= c <= "\u097f")
    return regex.compile("[" + "".join(regex.escape(c) for c in outside) + "]" if outside else "(?!)")


# Names share their words (सिंह, कुमार, अस्पताल): a word's IAST is computed once. indic-transliteration reads
# Devanagari left to right, a character the map does not know (a space, a hyphen, a Latin letter, a ZWNJ) passing
# unchanged and ending the word: a consonant before it gets its schwa ("a"), and so does a consonant at the end of
# the text (after the virama's IAST, which is empty). No key of the map holds such a character, so no reading
# crosses it, and a text is read as its Devanagari words are read one by one; ``_whole_text_chars`` keeps the
# texts holding a character of the map outside the block (Vedic signs) on the whole-text path.
@lru_cache(maxsize=1 << 16)
def _word_iast_of(word: str) -> str:
    return sanscript.transliterate(delete_schwas(word, _DROPPED), sanscript.DEVANAGARI, sanscript.IAST)


def _word_iast(m: regex.Match) -> str:
    return _word_iast_of(m.group())


@lru_cache(maxsize=1 << 16)  # the link step asks for the same names again and again
def transliterate(text: str, *, person: bool = False) -> str:
    """Devanagari → plain lower-case Latin with Hindi schwa deletion (पुतिन → putin). Other text passes.

    ``person``: Indian names write a long ई before a final p/t/n as ee (प्रदीप Pradeep, नवनीत Navneet) and a
    long ऊ in a last syllable closed by a consonant as oo (कपूर Kapoor, महमूद Mahmood)."""
    if not has_devanagari(text):
        return text
    text = normalize("NFC", text).translate(_PRE_IAST)
    # A dropped schwa is marked with a ZWNJ through IAST, so that conventions for written clusters (स्व →
    # sw) do not fire where a vowel was only dropped (युजवेंद्र stays yujvendra).
    if _whole_text_chars().search(text) is None:
        iast = _DEVANAGARI_WORD.sub(_word_iast, text)  # word by word: the same IAST (``_word_iast``)
    else:
        text = _DEVANAGARI_WORD.sub(lambda m: delete_schwas(m.group(), _DROPPED), text)
        iast = sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)
    iast = _IAST_CONVENTIONS_W.sub("w", iast).replace(_DROPPED, "")
    iast = _IAST_CONVENTIONS_AI.sub("ai", iast)
    iast = _IAST_CONVENTIONS_AON.sub("āon", iast)
    if person:
        iast = _CLOSED_LONG_I.sub("ee", iast)
        iast = _CLOSED_LONG_U.sub("oo", iast)
    flat = _FLATTEN_RE.sub(lambda m: _FLATTEN_MAP[m.group()], iast)
    flat = "".join(c for c in normalize("NFKD", flat) if not unicodedata.combining(c))
    return flat


_PHONETIC_STEPS = [
    (r"ph", "f"), (r"\bx", "s"), (r"x", "ks"), (r"q", "k"), (r"w", "v"), (r"z", "j"), (r"ck", "k"),
    (r"chh", "ch"), (r"ch", "C"), (r"c", "k"), (r"([kgtdbjsp])h", r"\1"), (r"ee", "i"), (r"oo", "u"),
    (r"y\b", "i"), (r"(.)\1+", r"\1"),
]
_PHONETIC_RE = [(regex.compile(a), b) for a, b in _PHONETIC_STEPS]


_NOT_LATIN_LETTERS = regex.compile(r"[^a-z]+")
_FINAL_CE = regex.compile(r"(?<=[a-z][a-z])ce\b")
_SOFT_C = regex.compile(r"[cC](?=[eiy])")
_VOWELS_AND_Y = regex.compile(r"[aeiouy]")


@lru_cache(maxsize=1 << 16)  # the link step keys the same names again and again
def phonetic_key(text: str) -> str:
    """A coarse Latin key: Devanagari is transliterated first; aspirates, doubled letters, w/v, z/j fold."""
    return _phonetic_key(text)


def _phonetic_key(text: str) -> str:
    devanagari = has_devanagari(text)
    s = transliterate(text) if devanagari else text
    if not s.isascii():  # ASCII has no marks to strip, and NFKD leaves it alone
        s = "".join(c for c in normalize("NFKD", s) if not unicodedata.combining(c))
    if not devanagari:  # English spelling: a final -ce is an s (Greece, Florence), a c before e, i, y too (Cyprus,
        s = _SOFT_C.sub("s", _FINAL_CE.sub("s", s))  # Unicef); an acronym's capitals are letters (CII, CEPI)
    s = _NOT_LATIN_LETTERS.sub(" ", s.casefold()).strip()
    for pattern, repl in _PHONETIC_RE:
        s = pattern.sub(repl, s)
    return s


def skeleton(key: str) -> str:
    """The consonants of a phonetic key (y dropped too): the part of a name spellings agree on most."""
    return " ".join(w[0] + _VOWELS_AND_Y.sub("", w[1:]) if w else w for w in key.split())


# Hindi writes many compound names as one word where English spaces them (शिवसेना / Shiv Sena, राजभवन / Raj Bhavan,
# रायबरेली / Rae Bareli, महाकुंभ / Maha Kumbh): the skeleton words of the two spellings, run together, are the same
# letters (``glued_match``), at least GLUED_MIN_CONSONANTS of them, fewer tell no names apart (session 24: the largest
# class of near misses between the names of the two languages' reports of one event; session 26: entities too).
GLUED_MIN_CONSONANTS = 4


def glued_skeleton(words: Sequence[str]) -> str | None:
    """A name's skeleton words run together (``("sv", "sn")`` -> ``"svsn"``), None when shorter than
    ``GLUED_MIN_CONSONANTS``."""
    glued = "".join(words)
    return glued if len(glued) >= GLUED_MIN_CONSONANTS else None


def glued_match(a: Sequence[str], b: Sequence[str], *, whole: bool = False) -> bool:
    """Whether the skeleton words of one name, run together, spell the other's run together (``whole``) or, without
    ``whole``, also its start or its end, at word boundaries of both: ("svsn",) and ("sv", "sn") (शिवसेना, Shiv Sena);
    ("svsn",) and ("sv", "sn", "prmk") too, and ("mh", "kmb") and ("mhkmb", "ml"). Never shorter than
    ``GLUED_MIN_CONSONANTS`` letters. Stories compare their names so (``crosslingual.joined_match``), entities their
    whole names (``entities._glued_agree``)."""
    joined_a, joined_b = "".join(a), "".join(b)
    if joined_a == joined_b:
        return len(joined_a) >= GLUED_MIN_CONSONANTS
    if whole:
        return False
    starts_a = {"".join(a[:k]) for k in range(1, len(a) + 1)}
    starts_b = {"".join(b[:k]) for k in range(1, len(b) + 1)}
    ends_a = {"".join(a[-k:]) for k in range(1, len(a) + 1)}
    ends_b = {"".join(b[-k:]) for k in range(1, len(b) + 1)}
    shared = (starts_a & starts_b) | (ends_a & ends_b)
    # a run shared whole by one name: that name, run together, is the other's start or end
    return any(len(run) >= GLUED_MIN_CONSONANTS and run in (joined_a, joined_b) for run in shared)


_ASPIRATES = regex.compile(r"[bdgjkt]h")  # th: ठ and थ are written th in English (ठाणे Thane); ठंडाई is not Tanda
_ENGLISH_ZH = regex.compile(r"zh")
_INITIAL_ASPIRATE = regex.compile(r"[bdjk]h")  # an initial gh may be ग़, written ग (गाजीपुर is Ghazipur)


def spelling_agrees(hindi_latin: str, english: str) -> bool:
    """What the phonetic key folds but a place's English spelling keeps. Aspiration: an aspirate Hindi writes
    (ध, भ, घ, झ, ख, and ठ/थ as th) is in the English spelling too (धौलास is not Dallas, ठंडाई not Tanda), and a
    word begins aspirated in both or in neither (कटरा is not Khatra, बांद्रा not Bhandara), while English may add
    an h inside a word (बागपत is Baghpat; zh is झ: Shenzhen). Diphthongs: an English au needs औ or ाउ (हिंडन is
    not Hindaun), while औ may be written o (Chittorgarh); an English ei needs an e or ai (मिशन is not Meishan)."""
    english = _ENGLISH_ZH.sub("jh", english.casefold())
    hindi, latin = _ASPIRATES.findall(hindi_latin), _ASPIRATES.findall(english)
    if bool(_INITIAL_ASPIRATE.match(hindi_latin)) != bool(_INITIAL_ASPIRATE.match(english)) \
            or Counter(hindi) - Counter(latin):
        return False
    if "ei" in english and not ("e" in hindi_latin or "ai" in hindi_latin):
        return False  # मिशन is not Meishan
    return not ("au" in english and "au" not in hindi_latin)


# A final vowel is part of a Hindi name (शिवपुर is not Shivpuri): both keys end in a vowel or neither does.
_VOWEL_END = regex.compile(r"[aeiou]$")


def sound_scores(name: str, candidates: Iterable[tuple[str, str, int]]) -> list[tuple[int | float, str]]:
    """``[(score, English name)]``, best first, of the ``candidates`` ``(English name, spaceless phonetic key,
    bonus)`` that a Devanagari ``name`` may be spelling: the candidates share its consonant skeleton (the caller's
    index), and here the ending (vowel or not), the number of y (कलान is not Kalyan) and what the key folds but a
    spelling keeps (``spelling_agrees``) must agree; the score is the ratio of the phonetic keys plus the bonus."""
    key = phonetic_key(name).replace(" ", "")
    spelt = transliterate(name).casefold()
    ends_in_vowel = bool(_VOWEL_END.search(key))
    return sorted(((fuzz.ratio(key, other) + bonus, english) for english, other, bonus in candidates
                   if bool(_VOWEL_END.search(other)) == ends_in_vowel and key.count("y") == other.count("y")
                   and spelling_agrees(spelt, english)), reverse=True)
