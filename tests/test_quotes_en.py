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
    "clause_opening_with_a_number": (
        "The park authority said 17 animals had died, including two rhinos.", [],
        [("indirect", "17 animals had died, including two rhinos", "park authority", None)]),
    "coordinated_verb_of_saying_takes_the_sentence_subject": (
        "Chief Minister Himanta Biswa Sarma visited relief camps on Tuesday and said the state had released "
        "funds for relief.", ["Himanta Biswa Sarma"],
        [("indirect", "the state had released funds for relief", "Himanta Biswa Sarma", None)]),
    "coordinated_verb_after_an_object_is_not_the_objects_speech": (
        "The army met the villagers and said the road would reopen.", [], []),
    "clause_then_speaker_then_time": (
        "The situation is under control, the minister said on Tuesday. "
        "We will rebuild every house, the chief minister told reporters in Guwahati.", [],
        [("indirect", "The situation is under control", "minister", None),
         ("indirect", "We will rebuild every house", "chief minister", None)]),
    "listener_after_told_is_no_clause": (
        '"We have instructed our teams to hurry," Modi told a joint press conference at Hyderabad House.', ["Modi"],
        [("direct", "We have instructed our teams to hurry,", "Modi", None)]),
    "name_then_appositive_then_verb": (
        "Starmer, who arrived in Mumbai on Wednesday on his first visit to India, said the deal could double "
        "trade by 2030. Misri, the foreign secretary, said the talks would resume.", ["Starmer", "Misri"],
        [("indirect", "the deal could double trade by 2030", "Starmer", None),
         ("indirect", "the talks would resume", "Misri", None)]),
    "two_verbs_framing_one_clause_give_one_quote_by_the_first": (
        "Economists said the surprise hike signalled that inflation would stay high through the summer.", [],
        [("indirect", "inflation would stay high through the summer", "Economists", None)]),
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


def test_a_dateline_is_not_part_of_the_reported_clause() -> None:
    from khabar.analyse.pipeline import analyse
    from khabar.model import Article

    text = ("Floods in Assam\n\nGUWAHATI, July 3 (Reuters) - The death toll in the floods rose to 38 on Wednesday "
            "after three more people drowned, officials said.")
    analysis = analyse(Article(id="dl", text=text, title="Floods in Assam"))
    assert analysis.dateline is not None and analysis.dateline.place == "Guwahati"
    (quote,) = [q for q in analysis.quotes if q.speaker_text == "officials"]
    assert quote.text.startswith("The death toll in the floods rose to 38")


def test_an_article_with_two_verbs_framing_one_clause_is_stored(tmp_path) -> None:
    # Two records of one span shared an id, and the store refused the whole article (written for this test).
    from khabar.run.local import ingest
    from khabar.store import open_store

    path = tmp_path / "rates.txt"
    path.write_text("Banks raise lending rates\nSeveral banks raised their lending rates on Thursday. Analysts said "
                    "the move signalled that the central bank was worried about prices, and expected another rise.\n",
                    encoding="utf-8")
    store = open_store(tmp_path / "k.db")
    report = ingest([path], store)
    assert report.new == 1 and not report.errors
    (quote,) = store.analysis(store.article_ids()[0]).quotes
    assert quote.speaker_text == "Analysts" and quote.text.startswith("the central bank was worried")
