"""Session 32, round 2 (issue 13): social platforms named in a sentence are curated organisations, while a
"follow us" footer names none. Sentences invented for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_platforms_in_a_sentence_are_organisations() -> None:
    found = _mentions("मंत्री ने ट्विटर पर यह जानकारी दी। दो लड़कों ने एक टिकटॉक वीडियो बनाया और यूट्यूब पर डाला।")
    # Before: none of the three was tagged.
    assert {("ट्विटर", "ORG"), ("टिकटॉक", "ORG"), ("यूट्यूब", "ORG")} <= set(found)


def test_a_follow_us_footer_names_no_platform() -> None:
    found = _mentions("बारिश से फसल खराब हुई।\n(आप हमें फ़ेसबुक, ट्विटर और इंस्टाग्राम पर फ़ॉलो भी कर सकते हैं.)")
    assert not [m for m in found if m[0] in ("फ़ेसबुक", "ट्विटर", "इंस्टाग्राम")]
