"""Session 21 (lead, issue 13): English wire copy. A dateline's place in capitals (AYODHYA, Aug 5 - …) is the
place, not an acronym that no list expands, so it joins the place's entity of other reports; a proper adjective
before a noun (an Olympic record) is no town that happens to bear the word. Our own sentences."""

from __future__ import annotations

from khabar.analyse.english_names import find_mentions
from khabar.link.entities import EntityIndex, link_article
from khabar.link.entity_filter import acronym_type
from link_support import analysis_of, linked

WIRE = ("AYODHYA, Aug 5 - Prime Minister Narendra Modi laid the foundation stone of a temple on Wednesday, "
        "officials said.")
HINDI = "अयोध्या में बुधवार को मंदिर की आधारशिला रखी गई। अयोध्या के लोग घाटों पर जुटे।"
HINDI_SPANS = [("अयोध्या", "LOC"), ("अयोध्या", "LOC")]


def test_a_shouted_dateline_place_is_a_place_and_joins_the_places_entity() -> None:
    index = EntityIndex()
    hindi = linked(index, "h1", HINDI, HINDI_SPANS)["अयोध्या"]
    analysis = analysis_of("e1", WIRE, "en")
    assert {m.text: m.type for m in analysis.mentions}["AYODHYA"] == "LOC"
    link_article(index, WIRE, analysis)
    shouted = next(m.entity_id for m in analysis.mentions if m.text == "AYODHYA")
    assert index.resolve(shouted) == index.resolve(hindi)
    assert acronym_type(["AYODHYA"], "LOC") == "LOC"
    assert acronym_type(["RIMS"], "LOC") == "ORG"  # an acronym no place list expands stays an institution


def test_a_proper_adjective_before_a_noun_is_no_place() -> None:
    for text in ("Chopra won India's first Olympic gold in athletics on Saturday.",
                 "Nadeem took gold with an Olympic record of 92.97 metres."):
        found = {m.text for m in find_mentions(text, analysis_of("x", text, "en", mentions=[]))}
        assert "Olympic" not in found
    text = "Prime Minister Modi and President Xi agreed in Kazan that the envoys would meet."
    assert {m.text: m.type for m in find_mentions(text, analysis_of("x", text, "en", mentions=[]))}["Xi"] == "PER"
    text = "Three people were killed in Nice on Monday, police said."
    assert {m.text: m.type for m in find_mentions(text, analysis_of("x", text, "en", mentions=[]))} == {"Nice": "LOC"}

