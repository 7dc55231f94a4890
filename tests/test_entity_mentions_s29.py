"""Session 29 mention rules (issue 13): government departments, on real Hindi news (sentences invented for khabar)."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_field_of_government_before_a_department_names_that_department() -> None:
    found = _mentions("कंपनी ने स्वास्थ्य विभाग को इसकी सूचना नहीं दी। परिवहन विभाग ने बसें चलाईं।")
    # Before: the tagger left both untagged.
    assert ("स्वास्थ्य विभाग", "ORG") in found
    assert ("परिवहन विभाग", "ORG") in found


def test_fields_joined_by_a_conjunction_are_one_department_and_its_level_stays_out() -> None:
    found = _mentions("राज्य के चिकित्सा एवं स्वास्थ्य विभाग ने आंकड़े जारी किए।")
    assert ("चिकित्सा एवं स्वास्थ्य विभाग", "ORG") in found

