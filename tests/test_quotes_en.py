"""English quotes: the SVO frames on sentences written for these tests (span, kind, speaker, antecedent)."""

from __future__ import annotations

import pytest
import regex

from khabar.analyse.quotes import find_quotes
from khabar.model import Analysis, Mention
from khabar.text.sentences import split_sentences

CASES = {
    "speaker_before_colon": (
        "Putin told reporters: “Our relations are special.”", ["Putin"],
        [("direct", "Our relations are special.", "Putin", None)]),
    "speaker_after_inverted": (
        "“It is a gift,” said Putin.", ["Putin"],
        [("direct", "It is a gift,", "Putin", None)]),
    "description_after_quote": (
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday. "
        '"We will always be with Russia," the North Korean leader said.', ["Vladimir Putin", "Kim Jong Un"],
        [("direct", "We will always be with Russia,", "North Korean leader", "Kim Jong Un")]),
    "pronoun_indirect_that": (
        "Putin spoke after the talks. He added that Russia would help build satellites.", ["Putin"],
        [("indirect", "Russia would help build satellites", "He", "Putin")]),
    "partial_in_reported_clause": (
        "Kim said the visit was “a new high point” for ties.", ["Kim"],
        [("partial", "a new high point", "Kim", None)]),
    "clause_then_speaker": (
        "The talks lasted two hours, officials said.", [],
        [("indirect", "The talks lasted two hours", "officials", None)]),
    "according_to_a_person": (
        "According to the minister, the border is calm.", [],
        [("indirect", "the border is calm", "minister", None)]),
    "according_to_the_ministry_is_sourcing": (
        "According to the ministry, the border is calm.", [], []),
    "time_adverbial_between_subject_and_verb": (
        "Home Minister Amit Shah on Tuesday told the Lok Sabha that the situation was returning to normal. "
        '"The Congress kept Kashmir in darkness," he said.', ["Amit Shah"],
        [("indirect", "the situation was returning to normal", "Amit Shah", None),
         ("direct", "The Congress kept Kashmir in darkness,", "he", "Amit Shah")]),
    "partial_after_a_verb_of_saying": (
        'Shah also promised to build a "new Kashmir".', ["Shah"],
        [("partial", "new Kashmir", "Shah", None)]),
    "treaty_name_is_not_speech": (
        "The two leaders signed a “comprehensive strategic partnership treaty” in Pyongyang.", [], []),
}


@pytest.mark.parametrize("name", list(CASES))
def test_english_quote(name: str) -> None:
    text, names, expect = CASES[name]
    mentions = sorted((Mention(m.start(), m.end(), n, "PER") for n in names
                       for m in regex.finditer(regex.escape(n), text)), key=lambda m: m.start)
    analysis = Analysis(article_id="e", lang="en", title=None, sentences=split_sentences(text), boilerplate=[],
                        body=text, published=None, dateline=None, agencies=[], author=None, mentions=mentions)
    found = []
    for q in find_quotes(text, analysis):
        assert text[q.start : q.end] == q.text
        ref = text[q.speaker_ref[0] : q.speaker_ref[1]] if q.speaker_ref else None
        found.append((q.kind, q.text, q.speaker_text, ref))
    assert found == expect
