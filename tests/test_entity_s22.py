"""Session 22 (issue 13): a Devanagari acronym and its Latin spelling are one body in either order of reading
(sentences invented for khabar)."""

from __future__ import annotations

import pytest

from khabar.link.entities import EntityIndex
from link_support import linked

ENGLISH = ("Floods hit Assam\n\nGUWAHATI - Teams of the NDRF rescued 300 people in Dhubri district of Assam on "
           "Monday, officials said.")
ENGLISH_SPANS = [("Assam", "LOC"), ("NDRF", "ORG"), ("Dhubri", "LOC"), ("Assam", "LOC")]
HINDI = "असम में बाढ़\n\nगुवाहाटी। एनडीआरएफ की टीमों ने सोमवार को असम के धुबरी जिले में 300 लोगों को बचाया।"
HINDI_SPANS = [("असम", "LOC"), ("गुवाहाटी", "LOC"), ("एनडीआरएफ", "ORG"), ("असम", "LOC"), ("धुबरी", "LOC")]
GUJARAT = "सूरत में इमारत गिरी\n\nसूरत। गुजरात के सूरत में इमारत गिरने के बाद एनडीआरएफ की दो टीमें मलबे में खोज कर रही हैं।"
GUJARAT_SPANS = [("सूरत", "LOC"), ("सूरत", "LOC"), ("गुजरात", "LOC"), ("सूरत", "LOC"), ("एनडीआरएफ", "ORG")]


@pytest.mark.parametrize("hindi_first", [True, False])
def test_a_hindi_acronym_and_its_english_letters_are_one_body_in_either_order(hindi_first: bool) -> None:
    index = EntityIndex()
    reports = [("h1", HINDI, HINDI_SPANS), ("e1", ENGLISH, ENGLISH_SPANS)]
    ids = {}
    for article_id, text, spans in reports if hindi_first else reports[::-1]:
        ids.update(linked(index, article_id, text, spans))
    # Before: read English first, the Hindi एनडीआरएफ never probed the English entity's Latin name and stayed apart.
    assert ids["एनडीआरएफ"] == ids["NDRF"]


def test_a_hindi_acronym_of_a_report_about_another_state_keeps_the_unlisted_acronym_rule() -> None:
    index = EntityIndex()
    ids = linked(index, "e1", ENGLISH, ENGLISH_SPANS)
    ids_gujarat = linked(index, "h2", GUJARAT, GUJARAT_SPANS)
    # Letters alone are no evidence across regions (``acronyms``): a Gujarat report's acronym is not joined to
    # the Assam one on its letters.
    assert ids_gujarat["एनडीआरएफ"] != ids["NDRF"]


RANCHI = ("रांची में जांच\n\nरांची। बिरसा कृषि विश्वविद्यालय (बीएयू) के दो अधिकारी विदेश से लौटे हैं। झारखंड के स्वास्थ्य विभाग ने "
          "बीएयू परिसर में जांच शुरू की।")
RANCHI_SPANS = [("रांची", "LOC"), ("रांची", "LOC"), ("बिरसा कृषि विश्वविद्यालय", "ORG"), ("बीएयू", "ORG"),
                ("झारखंड", "LOC"), ("बीएयू", "ORG")]
BHAGALPUR = ("भागलपुर में कक्षाएं\n\nभागलपुर। बिहार के भागलपुर में विश्वविद्यालय और बीएयू में कक्षाएं ऑनलाइन चल रही हैं। "
             "भागलपुर के कॉलेज भी बंद हैं।")
BHAGALPUR_SPANS = [("भागलपुर", "LOC"), ("भागलपुर", "LOC"), ("बिहार", "LOC"), ("भागलपुर", "LOC"), ("बीएयू", "ORG"),
                   ("भागलपुर", "LOC")]


@pytest.mark.parametrize("bare_first", [True, False])
def test_an_expanded_acronym_does_not_join_a_bare_one_of_another_state(bare_first: bool) -> None:
    index = EntityIndex()
    reports = [("b1", BHAGALPUR, BHAGALPUR_SPANS), ("r1", RANCHI, RANCHI_SPANS)]
    ids: dict[str, dict[str, str]] = {}
    for article_id, text, spans in reports if bare_first else reports[::-1]:
        ids[article_id] = linked(index, article_id, text, spans)
    # Before: the Ranchi group (the acronym with its expansion) joined the Bhagalpur report's bare बीएयू on the
    # letters, since only a group of bare acronyms was held to the entity's region.
    assert ids["r1"]["बीएयू"] != ids["b1"]["बीएयू"]
