"""Session 27's speed changes, each against the code it replaced.

- ``keys.match_key`` folds spellings with one ``str.replace`` per folded character instead of ``str.translate``
  (a dict lookup per character of a whole paragraph), and finds separator runs with stdlib ``re``, leaving lone
  spaces alone: the same keys.
- ``containment._in_locality_list`` answers no before reading the other items when the list is too short or the
  mention is not its own item: the same answers.
- ``common_names.has_local_head`` tests a one-word name's ending with one ``endswith`` of a tuple: the same answers.
- ``furniture`` asks ``tokens.has_words`` (up to the fifth word) instead of counting every word of a paragraph.
- ``threads.named_days`` skips a text none of whose words is a month name with one ``isdisjoint``.
"""

from __future__ import annotations

import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import covid5_articles
from khabar.analyse.gazetteer import lookup_place
from khabar.link import common_names, containment, threads
from khabar.model import Mention
from khabar.text import keys
from khabar.text.tokens import count_words, has_words

_WORD = regex.compile(r"[\p{L}\p{M}]+")


def _old_match_key(text: str, *, fold_vowel_length: bool = False) -> str:
    """``keys.match_key`` before session 27 (``str.translate`` with the fold table)."""
    s = keys.normalize("NFC", text).translate(keys._FOLD_TABLE)
    s = keys._NASAL_CLUSTER.sub("\u0902", s)
    if fold_vowel_length:
        s = s.translate(keys._LOOSE)
    return keys._SEPARATORS.sub(" ", s).strip().casefold()


def test_no_fold_writes_a_character_another_folds() -> None:
    # What makes one replace after another the table's simultaneous mapping.
    assert {a for a, _ in keys._FOLD_PAIRS} == {chr(k) for k in keys._FOLD_TABLE}
    assert not any(a in b for a, _ in keys._FOLD_PAIRS for _, b in keys._FOLD_PAIRS)


def test_match_keys_of_real_lines_and_words_are_the_old_ones() -> None:
    for article in covid5_articles(60):
        pieces = [article.text, *article.text.splitlines(), *_WORD.findall(article.text)[:200]]
        for piece in pieces:
            for loose in (False, True):
                assert keys.match_key.__wrapped__(piece, fold_vowel_length=loose) == \
                    _old_match_key(piece, fold_vowel_length=loose)


_FOLDED = "".join(chr(k) for k in keys._FOLD_TABLE) + "कजड\u093c\u0901\u0902\u0949\u094b \u200c\u200d-"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_FOLDED), max_size=40))
def test_match_keys_of_drawn_folds_are_the_old_ones(text: str) -> None:
    # Precomposed nukta letters, a nukta after its letter, chandrabindu, open o, joiners and separators, in any order.
    for form in (text, unicodedata.normalize("NFD", text)):
        assert keys.match_key.__wrapped__(form) == _old_match_key(form)
        assert keys.match_key.__wrapped__(form, fold_vowel_length=True) == _old_match_key(form, fold_vowel_length=True)


def _old_in_locality_list(text: str, m: Mention) -> bool:
    """``containment._in_locality_list`` before session 27 (every item read before the answer)."""
    ends = list(containment._CLAUSE_END.finditer(text, max(0, m.start - 600), m.start))
    start = ends[-1].end() if ends else max(0, m.start - 600)
    after = containment._CLAUSE_END.search(text, m.end, m.end + 600)
    end = after.start() if after is not None else min(len(text), m.end + 600)
    closers = containment._list_closer_words()
    items: list[tuple[int, int]] = []
    at = start
    for sep in [*containment._ITEM_SPLIT.finditer(text, start, end), None]:
        stop = sep.start() if sep is not None else end
        items.append((at, stop))
        if sep is not None:
            at = sep.end()
    own = None
    locals_ = towns = 0
    for a, b in items:
        words = text[a:b].split()
        cut = next((i for i, w in enumerate(words) if keys.match_key(w) in closers), len(words))
        item = " ".join(words[:cut])
        if a <= m.start < b:
            own = item
        elif not item or cut > 4:
            continue
        elif lookup_place(item) is not None:
            towns += 1
        elif common_names.has_local_head(item):
            locals_ += 1
    return (own is not None and keys.match_key(own) == keys.match_key(text[m.start:m.end])
            and locals_ >= containment._LOCALITY_ITEMS and locals_ > towns)


# Written for this test: lists of localities (and one of towns) around a town's name, with closing words.
_LISTS = [
    "पुलिस ने राम नगर, गांधी चौक, गोरखपुर, नेहरू कॉलोनी और पटेल गली में गश्त की।",
    "दुकानें शिवाजी मार्ग, सदर बाजार, भोजपुर व स्टेशन रोड आदि क्षेत्रों में खुलेंगी।",
    "आगरा, मेरठ, कानपुर और गोरखपुर में बारिश हुई।",
    "गोरखपुर, सदर बाजार में भीड़ रही।",
    "टीम ने घंटाघर चौक, कचहरी रोड, पलटन बाजार, गोरखपुर तथा राजपुर रोड इलाके में जांच की।",
]


def _word_mentions(text: str) -> list[Mention]:
    return [Mention(w.start(), w.end(), w.group(), "LOC") for w in _WORD.finditer(text)]


def test_locality_lists_of_real_and_written_text_are_the_old_answers() -> None:
    said = 0
    texts = _LISTS + [a.text for a in covid5_articles(25)]
    for text in texts:
        for m in _word_mentions(text):
            new = containment._in_locality_list(text, m)
            assert new == _old_in_locality_list(text, m), (text[max(0, m.start - 60):m.end + 60], m.text)
            said += new
    assert said >= 3  # the written lists do name towns as localities, so both answers are exercised


def _old_has_local_head(name: str) -> bool:
    words = keys.match_key(name).split()
    if len(words) >= 2:
        return words[-1] in common_names._local_heads()
    return bool(words) and any(words[0].endswith(h) and len(words[0]) - len(h) >= 3
                               for h in common_names._local_heads())


def test_local_heads_of_real_words_are_the_old_answers() -> None:
    heads = sorted(common_names._local_heads())
    names = [*heads, *(h[:2] + h for h in heads), *(h[:3] + h for h in heads), "शास्त्रीनगर", "नगर", "गली", "अनगर"]
    for article in covid5_articles(30):
        names += _WORD.findall(article.text)
    for name in names:
        assert common_names.has_local_head(name) == _old_has_local_head(name), name


def test_separator_characters_are_regex_white_space_and_the_marks() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert set(keys._WHITE_SPACE) == set(regex.findall(r"\s", everything))
    assert set(keys._SEPARATOR_CHARS) == set("".join(keys._SEPARATORS.findall(everything)))


_SPACED = keys._SEPARATOR_CHARS + "कखab ."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPACED), max_size=40))
def test_separator_runs_are_the_old_ones(text: str) -> None:
    assert keys._SEPARATOR_RUNS.sub(" ", text) == keys._SEPARATORS.sub(" ", text)


def test_has_words_is_the_word_count_reached() -> None:
    lines = [ln for a in covid5_articles(30) for ln in a.text.splitlines()]
    lines += ["", "एक", "एक दो तीन चार", "एक दो तीन चार पांच", "a-b c'd e f g", " , . ; "]
    for line in lines:
        count = count_words(line)
        for n in range(0, 8):
            assert has_words(line, n) == (count >= n), (line, n)


def _old_named_days(texts: list[str]) -> frozenset[tuple[int, int]]:
    """``threads.named_days`` before session 27 (every word looked up)."""
    names = threads._month_names()
    out = set()
    for text in texts:
        words = threads._WORD.findall(text)
        for k, word in enumerate(words):
            month = names.get(word)
            if month is None:
                continue
            for near in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""):
                if threads._DAY_NUMBER.match(near) and 1 <= (day := int(near)) <= 31:
                    out.add((month, day))
    return frozenset(out)


def test_named_days_of_real_sentences_are_the_old_ones() -> None:
    sentences = ["22 जुलाई को बैठक हुई।", "on July 22 and 3 May", "मई में", "३१ मार्च तक", "32 जून"]
    for article in covid5_articles(60):
        sentences += threads._SENTENCE.findall(article.text)
    named = 0
    for sentence in sentences:
        assert threads.named_days([sentence]) == _old_named_days([sentence]), sentence
        named += bool(_old_named_days([sentence]))
    assert threads.named_days(sentences) == _old_named_days(sentences)
    assert named >= 10
