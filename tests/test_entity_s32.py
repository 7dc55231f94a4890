"""Session 32: a local name or unexpanded acronym in a report about two regions takes the region of the places
written just before it (``link.entities._near_region``). Own-written sentences."""
from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from link_support import analysis_of, ordered_mentions


def _linked(index: EntityIndex, article_id: str, text: str,
            spans: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    return [(m.text, index.resolve(m.entity_id) if m.entity_id else None) for m in analysis.mentions]


def _two_stores() -> tuple[EntityIndex, str, str]:
    index = EntityIndex()
    patna = _linked(index, "p1", "मरीज भर्ती\n\nबिहार की राजधानी पटना के पीएमसीएच में तीन संदिग्ध मरीज भर्ती कराए गए।",
                    [("बिहार", "LOC"), ("पटना", "LOC"), ("पीएमसीएच", "ORG")])
    dhanbad = _linked(index, "d1", "जांच शुरू\n\nझारखंड के धनबाद में पीएमसीएच के क्वारेंटाइन सेंटर में जांच शुरू हुई।",
                      [("झारखंड", "LOC"), ("धनबाद", "LOC"), ("पीएमसीएच", "ORG")])
    assert dict(patna)["पीएमसीएच"] != dict(dhanbad)["पीएमसीएच"]
    return index, dict(patna)["पीएमसीएच"], dict(dhanbad)["पीएमसीएच"]


def test_an_acronym_in_a_two_state_round_up_is_the_one_of_the_places_before_it() -> None:
    index, patna, dhanbad = _two_stores()
    # Bihar's places outnumber Jharkhand's, but the acronym follows Dhanbad: Dhanbad's hospital.
    text = ("नए मामले\n\nबिहार में पटना, भागलपुर, मुजफ्फरपुर, दरभंगा और मुंगेर में नए मामले मिले। झारखंड के रांची और बोकारो में भी "
            "मामले मिले। धनबाद में मिला संक्रमित व्यक्ति ट्रेन से धनबाद आया था। उसे पीएमसीएच के क्वारेंटाइन सेंटर में "
            "रखा गया।")
    spans = [("बिहार", "LOC"), ("पटना", "LOC"), ("भागलपुर", "LOC"), ("मुजफ्फरपुर", "LOC"), ("दरभंगा", "LOC"),
             ("मुंगेर", "LOC"), ("झारखंड", "LOC"), ("रांची", "LOC"), ("बोकारो", "LOC"), ("धनबाद", "LOC"), ("धनबाद", "LOC"),
             ("पीएमसीएच", "ORG")]
    assert dict(_linked(index, "r1", text, spans))["पीएमसीएच"] == dhanbad != patna


def test_a_place_the_report_barely_names_does_not_move_it() -> None:
    index, patna, _ = _two_stores()
    # A Patna report: the one Delhi before the acronym is where the patient came from, not the hospital's city.
    text = ("मरीज लौटा\n\nबिहार के पटना, भागलपुर और मुंगेर में जांच तेज हुई। पटना का एक युवक दिल्ली से लौटा और उसे "
            "पीएमसीएच में भर्ती कराया गया।")
    spans = [("बिहार", "LOC"), ("पटना", "LOC"), ("भागलपुर", "LOC"), ("मुंगेर", "LOC"), ("पटना", "LOC"),
             ("दिल्ली", "LOC"), ("पीएमसीएच", "ORG")]
    assert dict(_linked(index, "r2", text, spans))["पीएमसीएच"] == patna
