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



def test_a_team_named_only_by_its_task_is_no_name() -> None:
    found = _mentions("जिले में 19 सर्विलांस टीम काम कर रही थीं। गठित सर्विलांस टीम की संख्या अब 23 है। "
                      "सर्विलांस टीम द्वारा विदेश से आये लोगों की जांच की गई।")
    # Before: the tagger tagged one and the article's recurrences made every one an organisation.
    assert all(kind != "ORG" for _, kind in found)


def test_an_institution_named_after_a_person_keeps_the_honorific_before_it() -> None:
    found = _mentions("उन्हें डॉ. सुशीला तिवारी मेडिकल कॉलेज हल्द्वानी भेजा गया।")
    assert ("डॉ. सुशीला तिवारी मेडिकल कॉलेज", "ORG") in found
    found = _mentions("मरीज पंडित दीनदयाल उपाध्याय राजकीय चिकित्सालय में भर्ती है।")
    assert ("पंडित दीनदयाल उपाध्याय राजकीय चिकित्सालय", "ORG") in found


def test_the_centre_of_a_community_is_a_place() -> None:
    found = _mentions("दिल्ली के निजामुद्दीन मरकज में शामिल लोगों की तलाश जारी है।")
    # Before: ORG, where every mention gold marks the building as a place.
    assert ("निजामुद्दीन मरकज", "LOC") in found
