"""Session 25 mention rules (issue 13): hospitals named by one word before the head, governments named by a place
or a leader, numbered sectors (sentences invented for khabar)."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_hospital_named_by_one_word_is_an_organisation() -> None:
    # before: none of them was a mention
    assert _mentions("घायल मजदूर को सदर अस्पताल में भर्ती कराया गया।") == [("सदर अस्पताल", "ORG")]
    assert ("सिविल अस्पताल", "ORG") in _mentions("रिपोर्ट आने के बाद उसे सिविल अस्पताल भेजा गया।")
    assert ("आर्मी अस्पताल", "ORG") in _mentions("जवान का इलाज आर्मी अस्पताल में चल रहा है।")
    assert ("लोहिया अस्पताल", "ORG") in _mentions("बुजुर्ग को एंबुलेंस से लोहिया अस्पताल ले जाया गया।")


def test_rare_words_before_the_hospital_word_are_the_rest_of_its_name() -> None:
    assert ("कमलावती सिन्हाल अस्पताल", "ORG") in _mentions("बच्चे को कमलावती सिन्हाल अस्पताल में रखा गया है।")


def test_a_kind_of_hospital_or_a_plural_names_none() -> None:
    for text in ("मरीज को एक सरकारी अस्पताल में भर्ती कराया गया।", "शहर के निजी अस्पताल भी बंद रहेंगे।",
                 "मेले के लिए अस्थायी अस्पताल बनाया गया है।", "लक्षण हों तो सीधे अस्पताल न जाएं।",
                 "तीन मरीज अस्पताल पहुंचे और जांच कराई।", "लोग जांच कराने अस्पताल आए थे।",
                 "जिले के नजदीकी अस्पतालों में जगह नहीं है।", "रात को वह अचानक अस्पताल पहुंचा।",
                 "रिपोर्ट के मुताबिक अस्पताल भरे हुए हैं।"):
        assert not [m for m in _mentions(text) if m[1] == "ORG"], text


def test_a_given_name_before_the_hospital_word_is_where_the_person_went() -> None:
    assert not [m for m in _mentions("शाम को रमेश अस्पताल गया था।") if m[1] == "ORG"]


def test_a_numbered_sector_is_a_place() -> None:
    # before: only नोएडा
    assert _mentions("नोएडा के सेक्टर-62 में रहने वाली महिला संक्रमित मिली।") == [("नोएडा", "LOC"), ("सेक्टर-62", "LOC")]
    assert ("सेक्टर 15", "LOC") in _mentions("पुलिस ने सेक्टर 15 निवासी एक युवक को पकड़ा।")


def test_a_sector_without_a_number_is_no_place() -> None:
    assert _mentions("इस सेक्टर की कंपनियों को राहत मिलेगी और निजी सेक्टर के बैंक खुलेंगे।") == []


def test_a_place_or_leader_before_a_word_for_a_government_names_that_government() -> None:
    # before: the place (or the person) alone
    assert _mentions("कानपुर जिला प्रशासन ने सभी मॉल बंद करा दिए।") == [("कानपुर जिला प्रशासन", "ORG")]
    assert ("चंडीगढ़ प्रशासन", "ORG") in _mentions("इस बीच चंडीगढ़ प्रशासन ने कर्फ्यू बढ़ा दिया।")
    assert ("ओबामा प्रशासन", "ORG") in _mentions("उस समय ओबामा प्रशासन ने नई नीति बनाई थी।")


def test_a_bare_word_for_a_government_or_a_body_before_it_stays_as_it_was() -> None:
    assert _mentions("जिला प्रशासन और राज्य सरकार ने बैठक की।") == []
    found = _mentions("बाद में पटना में प्रशासन ने लोगों से अपील की।")
    assert ("पटना", "LOC") in found and not [m for m in found if m[1] == "ORG"]


def test_an_office_spelt_in_letters_is_cut_off_a_person_of_two_words_or_more() -> None:
    # before: डीसी and एलजी stayed inside the person's name (two letter names are also initials)
    assert ("राजेश कुमार मीणा", "PER") in _mentions("मामला सामने आने पर डीसी राजेश कुमार मीणा ने तुरंत बैठक बुलाई।")
    found = _mentions("इसके बाद एलजी विनोद कुमार सक्सेना ने आदेश दिया।")
    assert ("विनोद कुमार सक्सेना", "PER") in found and ("एलजी विनोद कुमार सक्सेना", "PER") not in found


def test_a_latin_acronym_for_a_concept_is_no_organisation() -> None:
    # before: CSR and ATM were organisations, as every all-capitals word was
    found = _mentions("कंपनियां अब CSR के पैसे से राहत देंगी और ATM से निकासी मुफ्त होगी। ISRO ने भी मदद की।")
    assert ("CSR", "ORG") not in found and ("ATM", "ORG") not in found
    assert ("ISRO", "ORG") in found
