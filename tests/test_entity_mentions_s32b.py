"""Session 32, round 2 (issue 13): the houses of Parliament and the Lokpal, and social platforms, are curated
organisations; a curated organisation right before an event's head is part of the event's name. Sentences
invented for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_houses_of_parliament_are_organisations() -> None:
    found = _mentions("मंगलवार को लोकसभा अध्यक्ष ने बैठक बुलाई। राज्य सभा सांसद रमेश वर्मा ने सवाल उठाया।")
    # Before: both houses were left untagged.
    assert ("लोकसभा", "ORG") in found
    assert ("राज्य सभा", "ORG") in found


def test_a_house_before_an_election_is_part_of_the_event() -> None:
    found = _mentions("भाजपा ने लोकसभा चुनाव की तैयारी शुरू कर दी है।")
    assert not [m for m in found if m[0] == "लोकसभा"]


def test_platforms_in_a_sentence_are_organisations() -> None:
    found = _mentions("मंत्री ने ट्विटर पर यह जानकारी दी। दो लड़कों ने एक टिकटॉक वीडियो बनाया और यूट्यूब पर डाला।")
    # Before: none of the three was tagged.
    assert {("ट्विटर", "ORG"), ("टिकटॉक", "ORG"), ("यूट्यूब", "ORG")} <= set(found)


def test_a_follow_us_footer_names_no_platform() -> None:
    found = _mentions("बारिश से फसल खराब हुई।\n(आप हमें फ़ेसबुक, ट्विटर और इंस्टाग्राम पर फ़ॉलो भी कर सकते हैं.)")
    assert not [m for m in found if m[0] in ("फ़ेसबुक", "ट्विटर", "इंस्टाग्राम")]
