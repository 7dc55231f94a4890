"""Session 14, round 2: namesake places inside a district and a country's legislature, each written as our own
sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked, ordered_mentions

BIHAR = ("बिहार में संक्रमित बढ़े\n\nपटना में चार और भोजपुर में दो नए मरीज मिले हैं। बक्सर और भोजपुर के सभी प्रखंडों में "
         "जांच शिविर लगाए गए हैं। बिहार के स्वास्थ्य विभाग ने यह जानकारी दी।")
BIHAR_SPANS = [("बिहार", "LOC"), ("पटना", "LOC"), ("भोजपुर", "LOC"), ("बक्सर", "LOC"), ("भोजपुर", "LOC"),
               ("बिहार", "LOC")]



def test_a_police_station_area_of_another_state_is_not_the_district() -> None:
    index = EntityIndex()
    bihar = linked(index, "b1", BIHAR, BIHAR_SPANS)
    # A Ghaziabad report: among the district's police stations, one is called भोजपुर. Before, it joined Bihar's
    # Bhojpur district by its name.
    ghaziabad = linked(index, "g1", "लॉकडाउन का पालन\n\nगाजियाबाद में पुलिस ने 110 मुकदमे दर्ज किए। जिले के 18 थानों में "
                        "से खोड़ा में सबसे ज्यादा मुकदमे दर्ज हुए तो वहीं भोजपुर में एक भी केस नहीं हुआ।",
                        [("गाजियाबाद", "LOC"), ("खोड़ा", "LOC"), ("भोजपुर", "LOC")])
    assert ghaziabad["भोजपुर"] != bihar["भोजपुर"]
    # The head written after the name says the same.
    again = linked(index, "g2", "चोरी\n\nगाजियाबाद के लोनी में चोरी हुई। भोजपुर थाना क्षेत्र में भी दो घरों के ताले टूटे।",
                    [("गाजियाबाद", "LOC"), ("लोनी", "LOC"), ("भोजपुर", "LOC")])
    assert again["भोजपुर"] != bihar["भोजपुर"]
    # A round-up naming districts of several states splits nothing, nor does a Bihar report of the district.
    round_up = linked(index, "r1", "देश में मरीज\n\nउत्तर प्रदेश के आगरा में दस, बिहार के भोजपुर में तीन और राजस्थान के जयपुर में "
                       "पांच नए मरीज मिले।", [("उत्तर प्रदेश", "LOC"), ("आगरा", "LOC"), ("बिहार", "LOC"),
                                              ("भोजपुर", "LOC"), ("राजस्थान", "LOC"), ("जयपुर", "LOC")])
    assert round_up["भोजपुर"] == bihar["भोजपुर"]
    there = linked(index, "b2", "राहत\n\nबिहार के आरा में राशन बंटा। भोजपुर के सभी प्रखंडों में शिविर लगे।",
                    [("बिहार", "LOC"), ("आरा", "LOC"), ("भोजपुर", "LOC")])
    assert there["भोजपुर"] == bihar["भोजपुर"]


PARTY = "बयान\n\nकांग्रेस नेता राहुल गांधी ने सरकार से गरीबों के लिए राहत पैकेज की मांग की। कांग्रेस ने कहा कि मजदूरों को किराया न देना पड़े।"
PARTY_SPANS = [("कांग्रेस", "ORG"), ("राहुल गांधी", "PER"), ("कांग्रेस", "ORG")]


def test_a_demonym_before_a_legislature_makes_that_countrys_body() -> None:
    index = EntityIndex()
    party = linked(index, "p1", PARTY, PARTY_SPANS)
    # The tagger took only कांग्रेस of अमेरिकी कांग्रेस; before, it joined the party of the other report.
    text = ("अमेरिका में राहत\n\nअमेरिकी कांग्रेस ने दो लाख करोड़ डॉलर के राहत पैकेज को मंजूरी दे दी है। राष्ट्रपति डोनाल्ड ट्रंप ने "
            "कहा कि वह इस पर तुरंत दस्तखत करेंगे।")
    us = linked(index, "u1", text, [("अमेरिका", "LOC"), ("कांग्रेस", "ORG"), ("डोनाल्ड ट्रंप", "PER")])
    assert us["कांग्रेस"] != party["कांग्रेस"]
    assert index.entities[us["कांग्रेस"]].name == "अमेरिकी कांग्रेस"
    # The bare word right after it in the same report is that body too.
    text = ("पैकेज पास\n\nअमेरिकी कांग्रेस के दोनों सदनों में बहस हुई। इसके बाद कांग्रेस ने विधेयक पारित कर दिया।")
    again = linked(index, "u2", text, [("कांग्रेस", "ORG"), ("कांग्रेस", "ORG")])
    assert set(again.values()) == {us["कांग्रेस"]}
    # भारतीय संसद is the parliament the bare word names: no demonym of the home country joins a span.
    from khabar.link.name_spans import repair_spans

    text = "सत्र\n\nभारतीय संसद का सत्र टल गया।"
    assert [m.text for m in repair_spans(text, ordered_mentions(text, [("संसद", "ORG")]), "hi")] == ["संसद"]


def test_a_bare_congress_in_a_passage_about_the_us_is_not_the_party() -> None:
    index = EntityIndex()
    party = linked(index, "p1", PARTY, PARTY_SPANS)
    # A live blog's item about the US: the sentence before names America, the one after an American state.
    text = ("दुनिया भर में कोरोना\n\nअमेरिका में कोरोना वायरस से मरने वालों की संख्या बढ़कर 11 हो गई है। कांग्रेस में सांसद इस "
            "बीमारी से लड़ने के लिए आठ अरब डॉलर की निधि देने पर राजी हो गए हैं। कैलिफोर्निया के गवर्नर ने आपात स्थिति की "
            "घोषणा की है।")
    us = linked(index, "u1", text, [("अमेरिका", "LOC"), ("कांग्रेस", "ORG"), ("कैलिफोर्निया", "LOC")])
    assert us["कांग्रेस"] != party["कांग्रेस"]
    # The party speaking about the US stays the party: its leader follows, or an Indian place is named.
    text = ("दौरे पर सवाल\n\nअमेरिका के राष्ट्रपति ट्रंप भारत आए। कांग्रेस नेता ने कहा कि अमेरिका से कोई समझौता नहीं हुआ।")
    talk = linked(index, "t1", text, [("अमेरिका", "LOC"), ("भारत", "LOC"), ("कांग्रेस", "ORG"), ("अमेरिका", "LOC")])
    assert talk["कांग्रेस"] == party["कांग्रेस"]
    text = ("विदेश नीति\n\nचीन ने सीमा पर सैनिक बढ़ाए हैं। कांग्रेस ने पूछा कि सरकार चुप क्यों है। चीन के विदेश मंत्रालय ने कोई "
            "टिप्पणी नहीं की।")
    china = linked(index, "c1", text, [("चीन", "LOC"), ("कांग्रेस", "ORG"), ("चीन", "LOC")])
    assert china["कांग्रेस"] == party["कांग्रेस"]  # China has no congress of that name in the data
    # Its Latin name is the legislature's, not the party's gazetteer name.
    assert index.entities[us["कांग्रेस"]].export()["latin"] == "United States Congress"
    assert index.entities[party["कांग्रेस"]].export()["latin"] == "Indian National Congress"
