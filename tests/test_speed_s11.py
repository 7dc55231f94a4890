"""Session 11's speed shortcuts change no result: each is checked against the code it replaced, on the date words
of the language data, real articles from ../shared and text written here."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.analyse import timex_grammar
from khabar.lang import load
from test_speed_equivalence import _read_all_every_pattern_everywhere, _spellings, _strings, _texts


def test_every_literal_piece_of_a_date_word_is_in_every_spelling_the_pattern_matches() -> None:
    checked = 0
    for lang in ("hi", "en"):
        for word in (w for name in ("dates", "timex") for w in _strings(load(lang, name))):
            pieces = timex_grammar._literal_pieces(word)
            pattern = regex.compile(timex_grammar.spelling_pattern(word.strip()))
            for spelling in _spellings(word.strip()):
                if pattern.fullmatch(spelling):
                    assert all(p in spelling for p in pieces), (word, spelling, pieces)
                    checked += 1
    assert checked > 500
    # A word split by a nukta letter, a joiner's place after a virama and a space: every piece, none of one letter.
    assert timex_grammar._literal_pieces("अंतरराष्ट्रीय महिला दिवस") == {"अंतरराष्", "ट्", "रीय", "महिला",
                                                                                    "दिवस"}
    assert timex_grammar._literal_piece("अंतरराष्ट्रीय महिला दिवस") == "अंतरराष्"


def _holds_by_longest_piece_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The needs' filter before session 11: one piece per word (its longest), no check that a word is whole."""
    def holds(text, need, keys, present):
        held = present.get(need.fragment)
        if held is None:
            held = present[need.fragment] = (all(not k.isdisjoint(keys) for k in need.keys)
                                             and need.regex.search(text) is not None)
        return held

    monkeypatch.setattr(timex_grammar, "_holds", holds)


def test_dates_with_whole_word_needs_are_those_of_the_longest_piece_filter(monkeypatch: pytest.MonkeyPatch) -> None:
    own = ["पिछले साल की होली पर और अंतरराष्ट्रीय महिला दिवस (8 मार्च) को वित्त वर्ष 2020-21 की तीसरी तिमाही के "
           "आंकड़े आए। गुरु नानक जयंती 30 नवंबर 2020 को थी, Q3 results came on Monday.",
           "विश्व स्वास्थ्य संगठन ने महिला मजदूरों के लिए दिवस भर बैठक की; गुरु और शिक्षक दिवस की बात नहीं हुई।"]
    texts = [*own, *(t for _, t in _texts())]
    fast = [timex_grammar.read_all(t, langs) for t in texts for langs in (["hi", "en"], ["en"])]
    with monkeypatch.context() as patch:
        _holds_by_longest_piece_only(patch)
        plain = [timex_grammar.read_all(t, langs) for t in texts for langs in (["hi", "en"], ["en"])]
    assert fast == plain
    assert fast[:2] == [_read_all_every_pattern_everywhere(own[0], ["hi", "en"]),
                        _read_all_every_pattern_everywhere(own[0], ["en"])]
    assert {own[0][f.start:f.end] for f in fast[0]} >= {"8 मार्च", "30 नवंबर 2020"} and sum(map(len, fast)) > 100


def test_whole_word_needs_skip_texts_whose_longest_pieces_are_common_words() -> None:
    festival = next(p for p in timex_grammar.grammar("hi").patterns if p.name == "festival").needs[0]
    text = "विश्व स्वास्थ्य संगठन ने महिला मजदूरों के लिए दिवस भर बैठक की; गुरु और शिक्षक आए।"
    keys = timex_grammar._keys_in(text, "hi")
    assert all(not k.isdisjoint(keys) for k in festival.keys)  # the longest pieces alone let it through
    assert not timex_grammar._holds(text, festival, keys, {})
    assert festival.regex.search(text) is None


def test_date_patterns_compile_when_first_searched() -> None:
    lazy = timex_grammar.LazyPattern(r"(?P<d>[0-3]?\d) मार्च")
    assert lazy._compiled is None
    text = "कल 8 मार्च और 19 मार्च को"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in regex.finditer(lazy.pattern, text)]
    assert lazy._compiled is not None and lazy.search("3 मार्च")["d"] == "3"


def _old_match_gazetteer(featurizer, tokens: list[str]) -> list[str | None]:
    """``Featurizer._match_gazetteer`` before session 11: every token's key tried as a name's first."""
    from khabar.analyse.ner.features import _MAX_GAZ_LEN

    keys = [featurizer.key(t) for t in tokens]
    out: list[str | None] = [None] * len(tokens)
    i, n = 0, len(tokens)
    while i < n:
        step = 1
        if keys[i] in featurizer.first_keys:
            for length in range(min(_MAX_GAZ_LEN, n - i), 0, -1):
                kind = featurizer.spans.get(tuple(keys[i:i + length]))
                if kind:
                    out[i] = "B-" + kind
                    for j in range(i + 1, i + length):
                        out[j] = "I-" + kind
                    step = length
                    break
        i += step
    return out


def _token_sentences() -> list[list[list[str]]]:
    from khabar.text.sentences import split_sentences
    from khabar.text.tokens import tokens

    own = "उत्तर प्रदेश के लखनऊ और नई दिल्ली से उत्तर प्रदेश प्रदेश लखनऊ लखनऊ तक; मध्य प्रदेश, मध्य, प्रदेश।"
    return [[[t.text for t in tokens(text, s.start, s.end)] for s in split_sentences(text)]
            for text in [own, *(t for _, t in _texts())]]


def test_gazetteer_tags_from_names_first_words_are_those_of_every_token() -> None:
    from khabar.analyse.ner.tagger import default_tagger

    featurizer = default_tagger().featurizer
    tagged = 0
    for article in _token_sentences():
        for sentence in [*article, []]:
            fast = featurizer._match_gazetteer(sentence)
            assert fast == _old_match_gazetteer(featurizer, sentence), sentence
            tagged += sum(t is not None for t in fast)
    assert tagged > 300


def test_unsure_sentences_of_an_article_are_those_of_each_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from khabar.analyse.ner.tagger import default_tagger

    tagger = default_tagger()
    counts = []
    for gate in (tagger.neural_gate, 0.5, 5.0, None):
        monkeypatch.setattr(tagger, "neural_gate", gate)
        for article in [*_token_sentences(), [[], ["राम"], [], []], []]:
            emissions = tagger._tagger.emissions_many(article)
            emissions += [np.zeros((0, len(tagger._tagger.labels)))]
            fast = tagger._unsure_sentences(emissions)
            assert fast == [i for i, e in enumerate(emissions) if len(e) and tagger._unsure(e)]
            counts.append((len(fast), len([e for e in emissions if len(e)])))
    assert any(0 < unsure < filled for unsure, filled in counts)


@settings(max_examples=200, deadline=None)
@given(lengths=st.lists(st.integers(0, 6), max_size=8), seed=st.integers(0, 2**16),
       gate=st.sampled_from([0.05, 0.3, 1.0, 3.0]))
def test_unsure_sentences_of_random_scores_are_those_of_each_sentence(lengths: list[int], seed: int,
                                                                      gate: float) -> None:
    """Scores drawn at random, ties included (rounded to a tenth): the gap between the best two of every row."""
    import numpy as np

    from khabar.analyse.ner.tagger import default_tagger

    tagger = default_tagger()
    rng = np.random.default_rng(seed)
    emissions = [np.round(rng.normal(0, 2, (n, 7)), 1) for n in lengths]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tagger, "neural_gate", gate)
        assert tagger._unsure_sentences(emissions) == [i for i, e in enumerate(emissions)
                                                       if len(e) and tagger._unsure(e)]
