"""Entity junk of session 13's blind sample 20261216 (round 2), each written as our own sentences in the style of
the reports: an inner word before a place, a hamlet head (पुरवा), a body glued to a surname, a twin city written
the other way round, one-word state spellings and temples named by their deity."""

from __future__ import annotations

from khabar.analyse.entities import mentions_in_sentence
from khabar.link.entities import EntityIndex, link_article
from khabar.link.entity_filter import is_description
from khabar.link.places import named_region, region_votes
from khabar.model import Span
from khabar.text.tokens import tokens
from link_support import analysis_of, ordered_mentions


def _entities(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]]
              ) -> list[tuple[str, str, str] | None]:
    """(entity id, entity name, entity type) of each mention in text order; None for a mention left unlinked."""
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    out: list[tuple[str, str, str] | None] = []
    for m in analysis.mentions:
        eid = index.resolve(m.entity_id) if m.entity_id else None
        out.append((eid, index.entities[eid].name, index.entities[eid].type) if eid else None)
    return out


def test_a_state_written_as_one_word_is_the_state() -> None:
    assert named_region("आंध्रप्रदेश") == named_region("आंध्र प्रदेश") == "Andhra Pradesh"
    assert named_region("अरुणाचलप्रदेश") == "Arunachal Pradesh"
    assert region_votes(["आंध्रप्रदेश"]) == {"Andhra Pradesh": 1}
    # Written as a qualifier, it places the town in its state, not in the state the report names most.
    index = EntityIndex()
    text = ("मजदूर फंसे\n\nआंध्रप्रदेश के नेल्लोर में रांची और धनबाद के सौ मजदूर फंसे हैं। झारखंड सरकार ने कहा कि "
            "झारखंड के मजदूरों को वापस लाया जाएगा।")
    found = _entities(index, "a1", text, [("आंध्रप्रदेश", "LOC"), ("नेल्लोर", "LOC"), ("रांची", "LOC"),
                                          ("धनबाद", "LOC"), ("झारखंड", "LOC")])
    assert found[1] is not None and index.entities[found[1][0]].roles["within|Andhra Pradesh"] == 1


def test_an_inner_word_makes_another_region() -> None:
    index = EntityIndex()
    text = ("चीन में दो और मौतें\n\nचीन के भीतरी मंगोलिया स्वायत्त क्षेत्र में दो लोगों की मौत हुई। पड़ोसी मंगोलिया ने "
            "अपनी सीमा बंद रखी है।")
    found = _entities(index, "i1", text, [("चीन", "LOC"), ("मंगोलिया", "LOC"), ("मंगोलिया", "LOC")])
    inner, country = found[1], found[2]
    assert inner is not None and country is not None
    assert inner[1] == "भीतरी मंगोलिया" and country[1] == "मंगोलिया" and inner[0] != country[0]
    # A compass adjective before a country still describes a part of it (पूर्वी यूरोप is Europe's east).
    found = _entities(index, "i2", "ठंड बढ़ी\n\nपूर्वी यूरोप में बर्फ गिरी।", [("यूरोप", "LOC")])
    assert found[0] is not None and found[0][1] == "यूरोप"


def test_a_hamlet_named_after_a_person_is_a_place() -> None:
    # The tagger reads रामू पुरवा as a man; पुरवा (a hamlet) is a place head, so the name is a place.
    sentence = "नए मरीजों में एक रामू पुरवा और दो ग्वालटोली के हैं।"
    tags = ["O"] * len(list(tokens(sentence, 0, len(sentence))))
    tags[4:6] = ["B-PER", "I-PER"]
    assert [(m.text, m.type) for m in mentions_in_sentence(sentence, Span(0, len(sentence), sentence), tags)] == [
        ("रामू पुरवा", "LOC")]
    # The head alone, where the tagger cut the name, is a short form of that place in the same report.
    index = EntityIndex()
    text = "तीन नए मरीज\n\nनए मरीजों में एक रामू पुरवा और दो ग्वालटोली के हैं। रामू पुरवा के युवक को अस्पताल भेजा गया।"
    found = _entities(index, "h1", text, [("पुरवा", "LOC"), ("ग्वालटोली", "LOC"), ("रामू पुरवा", "LOC")])
    assert found[0] is not None and found[0] == found[2] and found[0][1:] == ("रामू पुरवा", "LOC")


def test_a_body_glued_to_a_surname_in_a_headline_is_cut_off() -> None:
    index = EntityIndex()
    text = ("लियोन के पूर्व अध्यक्ष लियोन मार्टेल का निधन\nलियोन फुटबाल क्लब के पूर्व अध्यक्ष जीन मार्टेल का बुधवार को "
            "निधन हो गया। मार्टेल ने क्लब को दो खिताब दिलाए थे।")
    spans = [("लियोन", "PER"), ("लियोन मार्टेल", "PER"), ("लियोन फुटबाल क्लब", "ORG"), ("जीन मार्टेल", "PER"),
             ("मार्टेल", "PER")]
    found = _entities(index, "c1", text, spans)
    people = {f[0] for f in found if f is not None and f[2] == "PER"}
    assert len(people) == 1 and index.entities[people.pop()].name == "जीन मार्टेल"
    assert found[0] is not None and found[0][2] != "PER"
    # A person whose surname also opens a body's name keeps the whole name (रतन टाटा, टाटा ट्रस्ट).
    text = "दान\n\nरतन टाटा ने कहा कि टाटा ट्रस्ट पांच सौ करोड़ देगा। टाटा ने लोगों से घर रहने को कहा।"
    found = _entities(index, "c2", text, [("रतन टाटा", "PER"), ("टाटा ट्रस्ट", "ORG"), ("टाटा", "PER")])
    assert found[0] is not None and found[0][1] == "रतन टाटा" and found[2] is not None and found[2][2] == "PER"
    # A common surname, written with its first name again and again, stays whole although the tagger also read a
    # body into that first name (अरुण पार्टी) and another man of the surname is named.
    text = ("सांसद ने खुद को अलग किया\n\nसांसद अरुण सिंह पार्टी में गए थे। अरुण पार्टी के बाद घर लौटे। मंत्री विजय सिंह ने कहा "
            "कि अरुण सिंह की जांच होगी।")
    found = _entities(index, "c3", text, [("अरुण सिंह", "PER"), ("अरुण पार्टी", "ORG"), ("विजय सिंह", "PER"),
                                          ("अरुण सिंह", "PER")])
    assert found[0] is not None and found[0] == found[3] and found[0][1] == "अरुण सिंह"


def test_a_twin_city_written_the_other_way_round_is_one_name() -> None:
    index = EntityIndex()
    text = "शहर बंद\n\nमहाराष्ट्र में पुणे, चिंचवड़-पिंपरी और नागपुर बंद कर दिए गए हैं।"
    found = _entities(index, "t1", text, [("महाराष्ट्र", "LOC"), ("पुणे", "LOC"), ("चिंचवड़", "LOC"),
                                          ("पिंपरी", "LOC"), ("नागपुर", "LOC")])
    names = {f[1] for f in found if f is not None}
    assert "चिंचवड़-पिंपरी" in names and "पिंपरी" not in names and "चिंचवड़" not in names
    # Two countries either way round stay two names.
    found = _entities(index, "t2", "सीमा\n\nनेपाल-भारत सीमा पर चौकसी बढ़ी।", [("नेपाल", "LOC"), ("भारत", "LOC")])
    assert {f[1] for f in found if f is not None} == {"नेपाल", "भारत"}


def test_a_temple_named_only_by_its_deity_is_a_description() -> None:
    assert is_description("महावीर मंदिर", "LOC")
    assert is_description("बजरंगबली मंदिर", "LOC")
    # With its quarter's name it is one temple, and महावीर is also a man's name.
    assert not is_description("कदमा महावीर मंदिर", "LOC")
    assert not is_description("महावीर प्रसाद", "PER")


def test_a_news_agency_the_tagger_reads_as_a_person_is_an_organisation() -> None:
    sentence = "ईरान की सरकारी संवाद समिति इरना ने बताया कि दो और मंत्री संक्रमित हैं।"
    tags = ["O"] * len(list(tokens(sentence, 0, len(sentence))))
    tags[5] = "B-PER"
    assert [(m.text, m.type) for m in mentions_in_sentence(sentence, Span(0, len(sentence), sentence), tags)
            if m.text == "इरना"] == [("इरना", "ORG")]
