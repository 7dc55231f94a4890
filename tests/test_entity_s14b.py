"""Session 14, round 2: namesake places inside a district and a country's legislature, each written as our own
sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from link_support import analysis_of, ordered_mentions

BIHAR = ("बिहार में संक्रमित बढ़े\n\nपटना में चार और भोजपुर में दो नए मरीज मिले हैं। बक्सर और भोजपुर के सभी प्रखंडों में "
         "जांच शिविर लगाए गए हैं। बिहार के स्वास्थ्य विभाग ने यह जानकारी दी।")
BIHAR_SPANS = [("बिहार", "LOC"), ("पटना", "LOC"), ("भोजपुर", "LOC"), ("बक्सर", "LOC"), ("भोजपुर", "LOC"),
               ("बिहार", "LOC")]


def _linked(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """``{mention text: canonical entity id}`` of one Hindi article whose tagger found ``spans``."""
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    return {m.text: index.resolve(m.entity_id) for m in analysis.mentions if m.entity_id}


def test_a_police_station_area_of_another_state_is_not_the_district() -> None:
    index = EntityIndex()
    bihar = _linked(index, "b1", BIHAR, BIHAR_SPANS)
    # A Ghaziabad report: among the district's police stations, one is called भोजपुर. Before, it joined Bihar's
    # Bhojpur district by its name.
    ghaziabad = _linked(index, "g1", "लॉकडाउन का पालन\n\nगाजियाबाद में पुलिस ने 110 मुकदमे दर्ज किए। जिले के 18 थानों में "
                        "से खोड़ा में सबसे ज्यादा मुकदमे दर्ज हुए तो वहीं भोजपुर में एक भी केस नहीं हुआ।",
                        [("गाजियाबाद", "LOC"), ("खोड़ा", "LOC"), ("भोजपुर", "LOC")])
    assert ghaziabad["भोजपुर"] != bihar["भोजपुर"]
    # The head written after the name says the same.
    again = _linked(index, "g2", "चोरी\n\nगाजियाबाद के लोनी में चोरी हुई। भोजपुर थाना क्षेत्र में भी दो घरों के ताले टूटे।",
                    [("गाजियाबाद", "LOC"), ("लोनी", "LOC"), ("भोजपुर", "LOC")])
    assert again["भोजपुर"] != bihar["भोजपुर"]
    # A round-up naming districts of several states splits nothing, nor does a Bihar report of the district.
    round_up = _linked(index, "r1", "देश में मरीज\n\nउत्तर प्रदेश के आगरा में दस, बिहार के भोजपुर में तीन और राजस्थान के जयपुर में "
                       "पांच नए मरीज मिले।", [("उत्तर प्रदेश", "LOC"), ("आगरा", "LOC"), ("बिहार", "LOC"),
                                              ("भोजपुर", "LOC"), ("राजस्थान", "LOC"), ("जयपुर", "LOC")])
    assert round_up["भोजपुर"] == bihar["भोजपुर"]
    there = _linked(index, "b2", "राहत\n\nबिहार के आरा में राशन बंटा। भोजपुर के सभी प्रखंडों में शिविर लगे।",
                    [("बिहार", "LOC"), ("आरा", "LOC"), ("भोजपुर", "LOC")])
    assert there["भोजपुर"] == bihar["भोजपुर"]

