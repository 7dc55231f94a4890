"""Session 32, round 2 (issue 13): a department named only by subjects taught at a college or treated in a
hospital is no body, while a department of government is. Sentences invented for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_college_department_is_no_body() -> None:
    found = _mentions("कॉलेज के मेडिसिन विभाग के डॉ. रमेश वर्मा और माइक्रोबायोलॉजी विभाग की डॉ. सीमा राय ने जांच की।")
    # Before: both departments were tagged as organisations.
    assert not [m for m in found if m[0].endswith("विभाग")]
    assert ("रमेश वर्मा", "PER") in found


def test_a_department_of_government_stays() -> None:
    found = _mentions("स्वास्थ्य विभाग ने बताया कि परिवहन विभाग की बसें चलेंगी।")
    assert ("स्वास्थ्य विभाग", "ORG") in found
    assert ("परिवहन विभाग", "ORG") in found
