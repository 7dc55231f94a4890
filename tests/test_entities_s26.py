"""Session 26: initials written without dots before a surname, an English report's plain place name read by its home
region, and one name written as one word in one script and as two in the other. Hindi and English news text written
for these tests."""

from __future__ import annotations

from khabar.link.containment import place_home
from khabar.link.entities import EntityIndex, _glued_agree, link_article
from khabar.link.latin import phonetic_key
from khabar.link.name_spans import repair_spans
from link_support import analysis_of, linked_entities, ordered_mentions


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[str]:
    return [m.text for m in repair_spans(text, ordered_mentions(text, spans), "hi")]


def test_initials_without_dots_join_the_surname_the_tagger_gave() -> None:
    text = "राज्य की स्वास्थ्य मंत्री के के रमणी ने सोमवार को जिलों के अधिकारियों के साथ बैठक की।"
    assert _repaired(text, [("रमणी", "PER")]) == ["के के रमणी"]
    text = "बैठक में एस एन वर्मा भी मौजूद थे और उन्होंने नए अस्पताल की जानकारी दी।"
    assert _repaired(text, [("वर्मा", "PER")]) == ["एस एन वर्मा"]
    # one more letter before a name that already opens with an initial
    text = "जिले के सी पी त्रिपाठी ने कहा कि राहत सामग्री बांट दी गई है।"
    assert _repaired(text, [("पी त्रिपाठी", "PER")]) == ["सी पी त्रिपाठी"]


def test_a_postposition_or_a_lone_letter_is_not_an_initial() -> None:
    # के after a noun is "of": the party's K. Suresh keeps his one initial out, and "of Kerala" is no initial at all.
    text = "पार्टी के के सुरेश ने कहा कि प्रचार कल से शुरू होगा।"
    assert _repaired(text, [("सुरेश", "PER")]) == ["सुरेश"]
    text = "केरल के राघवन ने सभा को संबोधित किया।"
    assert _repaired(text, [("केरल", "LOC"), ("राघवन", "PER")]) == ["केरल", "राघवन"]
    text = "कल शाम वहां आई सीमा ने पुलिस को पूरी बात बताई।"  # आई: "came", one letter name only
    assert _repaired(text, [("सीमा", "PER")]) == ["सीमा"]


def test_the_initialled_name_is_the_entity_name_and_the_surname_joins_it() -> None:
    index = EntityIndex()
    text = ("तिरुवनंतपुरम। राज्य की स्वास्थ्य मंत्री के के रमणी ने कहा कि तीन नए मरीज मिले हैं। रमणी ने लोगों से घर पर "
            "रहने की अपील की।")
    ids = linked_entities(index, "a1", text, [("तिरुवनंतपुरम", "LOC"), ("रमणी", "PER"), ("रमणी", "PER")])
    assert index.entities[ids["रमणी"]].export()["name"] == "के के रमणी"


def test_an_english_place_name_has_the_home_region_its_name_means() -> None:
    assert place_home("Pulwama") == "Jammu and Kashmir"
    assert place_home("Patna") == "Bihar"
    assert place_home("Kathmandu") is None  # no list gives it a region: as before
    assert place_home("गुमनामपुर") is None  # a Devanagari name no list knows: as before


def _english(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    analysis = analysis_of(article_id, text, "en", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    return {m.text: index.resolve(m.entity_id) for m in analysis.mentions if m.entity_id}


def test_an_english_report_of_a_district_joins_the_hindi_reports_of_it_from_another_state() -> None:
    index = EntityIndex()
    hindi = linked_entities(index, "h1", "श्रीनगर। जम्मू-कश्मीर के पुलवामा जिले में गुरुवार को मुठभेड़ हुई। पुलवामा में "
                                         "इंटरनेट बंद रहा।",
                            [("श्रीनगर", "LOC"), ("जम्मू-कश्मीर", "LOC"), ("पुलवामा", "LOC"), ("पुलवामा", "LOC")])
    english = _english(index, "e1", "Jaipur: Rajasthan's governor met the families of soldiers killed in Pulwama "
                                    "last week, officials in Jaipur said.",
                       [("Jaipur", "LOC"), ("Rajasthan", "LOC"), ("Pulwama", "LOC"), ("Jaipur", "LOC")])
    assert english["Pulwama"] == index.resolve(hindi["पुलवामा"])


def test_a_name_one_script_writes_as_one_word_meets_its_spaced_spelling() -> None:
    for english, hindi, type_ in [("Shiv Sena", "शिवसेना", "ORG"), ("Raj Bhavan", "राजभवन", "LOC"),
                                  ("Dev Prakash Madhukar", "देवप्रकाश मधुकर", "PER")]:
        assert _glued_agree(phonetic_key(english), phonetic_key(hindi), type_), (english, hindi)
    # a person's one word is a given name or a surname; the same word count is the other rules'; other sounds differ
    assert not _glued_agree(phonetic_key("Ram Kumar"), phonetic_key("रामकुमार"), "PER")
    assert not _glued_agree(phonetic_key("Ram Nagar"), phonetic_key("रामगढ़"), "LOC")
    assert not _glued_agree(phonetic_key("New Delhi"), phonetic_key("नई दिल्ली"), "LOC")


def test_an_english_and_a_hindi_report_name_one_party_written_as_one_word_and_as_two() -> None:
    index = EntityIndex()
    english = _english(index, "e1", "Mumbai: The Shiv Sena on Monday named its candidates for the civic polls.",
                       [("Mumbai", "LOC"), ("Shiv Sena", "ORG")])
    hindi = linked_entities(index, "h1", "मुंबई। शिवसेना ने सोमवार को नगर निगम चुनाव के उम्मीदवारों की सूची जारी की।",
                            [("मुंबई", "LOC"), ("शिवसेना", "ORG")])
    assert index.resolve(hindi["शिवसेना"]) == english["Shiv Sena"]
