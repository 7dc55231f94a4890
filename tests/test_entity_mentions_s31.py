"""Session 31 mention rules (issue 13): names after honorifics, initials after titles, international bodies;
sentences invented for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_given_name_after_an_abbreviated_honorific_is_a_person() -> None:
    found = _mentions("जिले के सीएमओ डॉ. राजकुमार ने बताया कि जांच जारी है।")
    # Before: nothing (राजकुमार is also a title, prince, and the tagger left it).
    assert ("राजकुमार", "PER") in found


def test_a_given_name_after_a_nurse_and_its_recurrences_are_a_person() -> None:
    found = _mentions("अस्पताल की नर्स छाया ने कहा कि मरीज ठीक हैं। बाद में छाया घर लौट गई।")
    # Before: neither छाया was found.
    assert found.count(("छाया", "PER")) == 2


def test_a_noun_after_a_nurse_or_a_doctor_is_no_name() -> None:
    found = _mentions("एक नर्स कोरोना से संक्रमित मिली। डॉक्टर मरीजों को देख रहे हैं। नर्स सेवाएं दे रही हैं।")
    assert not [m for m in found if m[1] == "PER"]


def test_initials_and_a_surname_after_a_title_are_a_person() -> None:
    found = _mentions("बैठक में आईजी एसएस बघेल मौजूद थे। शाखा अध्यक्ष एस बी दास ने मांग उठाई।")
    # Before: nothing; initials are letter names the tagger leaves.
    assert ("एसएस बघेल", "PER") in found
    assert ("एस बी दास", "PER") in found


def test_two_offices_after_each_other_are_no_person() -> None:
    found = _mentions("निरीक्षण के समय डीएम एसपी मौजूद थे।")
    assert not [m for m in found if m[1] == "PER"]


def test_an_international_federation_is_an_organisation() -> None:
    found = _mentions("अंतरराष्ट्रीय टेबल टेनिस महासंघ ने कहा कि इंटरनेशनल शूटिंग स्पोर्ट्स फेडरेशन भी सहमत है।")
    # Before: neither was found (no demonym opens them, and महासंघ was no head).
    assert ("अंतरराष्ट्रीय टेबल टेनिस महासंघ", "ORG") in found
    assert ("इंटरनेशनल शूटिंग स्पोर्ट्स फेडरेशन", "ORG") in found


def test_a_word_after_doctor_at_a_headline_end_is_no_name() -> None:
    found = _mentions("ऑस्ट्रेलिया में डॉक्टर संक्रमित\n\nऑस्ट्रेलिया में एक डॉक्टर के संक्रमित पाए जाने के बाद हड़कंप मच गया।")
    assert not [m for m in found if m[1] == "PER"]


def test_a_medical_college_named_after_a_person_or_a_village_is_an_organisation() -> None:
    found = _mentions("उन्हें मुलायम सिंह यादव मेडिकल कॉलेज में भर्ती कराया गया। बाकी को नेरचौक मेडिकल कॉलेज भेजा गया।")
    # Before: the founder alone, a person; the village's college untagged.
    assert ("मुलायम सिंह यादव मेडिकल कॉलेज", "ORG") in found
    assert ("मुलायम सिंह यादव", "PER") not in found
    assert ("नेरचौक मेडिकल कॉलेज", "ORG") in found


def test_a_medical_college_alone_is_no_name() -> None:
    found = _mentions("मरीज को मेडिकल कॉलेज में भर्ती कराया गया। जिले के सरकारी मेडिकल कॉलेज में जांच होगी।")
    assert not found


def test_a_rare_word_before_an_area_word_is_a_locality() -> None:
    # Before: none of the three localities was found (the tagger left them; the gazetteer lacks them).
    assert ("चुराह", "LOC") in _mentions("चंबा जिले के चुराह क्षेत्र से दो लोग लौटे हैं।")
    assert ("झूंसी", "LOC") in _mentions("मरीज झूंसी इलाके का रहने वाला है।")
    assert ("भांडुप", "LOC") in _mentions("ठाणे, मुलुंड और भांडुप इलाकों में पानी भरा।")


def test_a_zone_word_before_an_area_word_is_no_locality() -> None:
    found = _mentions("शहर के हॉटस्पॉट इलाके में एक मरीज मिला। कंटेनमेंट क्षेत्र के बाहर दुकानें खुलेंगी। "
                      "कैरिबियाई क्षेत्र में मामले बढ़े।")
    assert not found
