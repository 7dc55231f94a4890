"""Wrong merges seen on real Hindi news (issue 13, session 9): an institution named after a person, initials read
as a title, a place name that is also an everyday word. Hindi news text written for these tests."""

from __future__ import annotations

from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.link.name_spans import repair_spans
from khabar.model import Analysis
from link_support import analysis_of, ordered_mentions
from link_support import linked_entities as _link


def _analysis(article_id: str, text: str, spans: list[tuple[str, str]]) -> Analysis:
    return analysis_of(article_id, text, "hi", ordered_mentions(text, spans))


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in repair_spans(text, ordered_mentions(text, spans), "hi")]


def test_an_institution_named_after_a_person_takes_its_modifiers_and_head() -> None:
    airport = "खाड़ी से लौटे 180 यात्रियों को राजीव गांधी अंतरराष्ट्रीय हवाई अड्डे पर जांच के बाद घर भेजा गया।"
    assert _repaired(airport, [("राजीव गांधी", "PER")]) == [("राजीव गांधी अंतरराष्ट्रीय हवाई अड्डे", "LOC")]
    hospital = "सरकार ने भगवान महावीर सुपर स्पेशियलिटी अस्पताल को नमूनों की जांच की अनुमति दे दी है।"
    assert _repaired(hospital, [("महावीर", "PER")]) == [("महावीर सुपर स्पेशियलिटी अस्पताल", "ORG")]
    # With no institution head after the words, the person stays a person.
    festival = "भगवान महावीर की जयंती पर इस बार मंदिरों में भीड़ नहीं जुटी, राष्ट्रीय स्तर पर आयोजन टले।"
    assert _repaired(festival, [("महावीर", "PER")]) == [("महावीर", "PER")]


def test_an_airport_and_a_hospital_named_after_one_person_are_not_one_entity() -> None:
    index = EntityIndex()
    airport = _link(index, "a1", "खाड़ी से लौटे यात्रियों को राजीव गांधी अंतरराष्ट्रीय हवाई अड्डे पर उतारा गया। "
                                 "हैदराबाद में सभी की जांच हुई।", [("राजीव गांधी", "PER"), ("हैदराबाद", "LOC")])
    hospital = _link(index, "a2", "बुखार के बाद लड़के को राजीव गांधी सरकारी सामान्य अस्पताल भेजा गया। चेन्नई में "
                                  "उसकी जांच हुई।", [("राजीव गांधी", "PER"), ("चेन्नई", "LOC")])
    airport_id, hospital_id = airport["राजीव गांधी"], hospital["राजीव गांधी"]
    assert airport_id != hospital_id
    assert all(index.entities[i].type != "PER" for i in (airport_id, hospital_id))


def test_initials_after_a_courtesy_title_are_no_chief_minister() -> None:
    text = "पटना एम्स के अधीक्षक डॉ. सीएम सिंह ने बताया कि मरीज के नमूने जांच के लिए भेजे गए हैं।"
    groups = link_within_article(text, _analysis("a1", text, [("पटना एम्स", "LOC"), ("सीएम सिंह", "PER")]))
    assert [g.name for g in groups if g.type == "PER"] == ["सीएम सिंह"]
    # Without a courtesy title, सीएम is the chief minister's title.
    text = "सीएम नीतीश कुमार ने अधिकारियों के साथ बैठक की।"
    groups = link_within_article(text, _analysis("a2", text, [("सीएम नीतीश कुमार", "PER")]))
    assert [g.name for g in groups] == ["नीतीश कुमार"]


def test_two_doctors_named_singh_in_one_story_stay_two() -> None:
    index = EntityIndex()
    director = _link(index, "a1", "एम्स निदेशक डॉ. प्रभात कुमार सिंह ने बताया कि पटना एम्स में मरीज की किडनी की "
                                  "जांच हुई।", [("प्रभात कुमार सिंह", "PER"), ("पटना एम्स", "LOC")], story="s1")
    superintendent = _link(index, "a2", "पटना एम्स के अधीक्षक डॉ. सीएम सिंह ने बताया कि नमूने जांच के लिए भेजे गए।",
                           [("पटना एम्स", "LOC"), ("सीएम सिंह", "PER")], story="s1")
    assert superintendent["सीएम सिंह"] != director["प्रभात कुमार सिंह"]


def test_a_place_name_that_is_an_everyday_word_is_the_place_only_in_a_place_frame() -> None:
    trains = "रेलवे ने बताया कि इन ट्रेनों में तत्काल कोटा नहीं होगा और जयपुर से कोटा तक बस चलेगी।"
    assert _repaired(trains, [("कोटा", "LOC"), ("जयपुर", "LOC"), ("कोटा", "LOC")]) == [
        ("जयपुर", "LOC"), ("कोटा", "LOC")]
    exam = "आयोग ने सिविल सर्विसेज (मेन) परीक्षा के साक्षात्कार टाल दिए। जैक्सन प्रयोगशाला, मेन में है।"
    assert _repaired(exam, [("मेन", "LOC"), ("मेन", "LOC")]) == [("मेन", "LOC")]
    table = "राज्य में कोटा में 24 और जयपुर में 26 मरीज मिले।\nकोटा\nबीकानेर, झुंझुनूं, कोटा, टोंक"
    assert len(_repaired(table, [("कोटा", "LOC"), ("जयपुर", "LOC"), ("कोटा", "LOC"), ("कोटा", "LOC")])) == 4
    went = "वह पटना से चला गया और फिर नहीं लौटा। गया जिले में दो नए मरीज मिले।"
    assert _repaired(went, [("गया", "LOC"), ("गया", "LOC")]) == [("गया", "LOC")]


def test_a_locality_of_one_town_is_not_the_namesake_of_another_town_of_the_state() -> None:
    index = EntityIndex()
    bhopal = _link(index, "a1", "मध्यप्रदेश में संक्रमण बढ़ा। भोपाल के चार इमली, शिवाजी नगर और इन्द्र कॉलोनी को सील कर "
                                "दिया गया। इंदौर में भी नए मरीज मिले, भोपाल में कर्फ्यू सख्त किया गया।",
                   [("मध्यप्रदेश", "LOC"), ("भोपाल", "LOC"), ("चार इमली", "LOC"), ("शिवाजी नगर", "LOC"),
                    ("इन्द्र कॉलोनी", "LOC"), ("इंदौर", "LOC"), ("भोपाल", "LOC")])
    indore = _link(index, "a2", "इंदौर में अस्पताल से लौटे लोग संक्रमित मिले। इंदौर के परदेशीपुरा थाने के मुताबिक "
                                "शिवाजी नगर और सुखलिया में मरीज मिले। मध्यप्रदेश में मामले बढ़े।",
                   [("इंदौर", "LOC"), ("इंदौर", "LOC"), ("परदेशीपुरा", "LOC"), ("शिवाजी नगर", "LOC"),
                    ("सुखलिया", "LOC"), ("मध्यप्रदेश", "LOC")])
    assert bhopal["शिवाजी नगर"] != indore["शिवाजी नगर"]
    # Another Bhopal report's शिवाजी नगर is Bhopal's.
    again = _link(index, "a3", "भोपाल में कोरोना के नए मामले शिवाजी नगर से आए। भोपाल प्रशासन ने इलाके को सील किया।",
                  [("भोपाल", "LOC"), ("शिवाजी नगर", "LOC"), ("भोपाल", "LOC")])
    assert again["शिवाजी नगर"] == bhopal["शिवाजी नगर"]


def test_a_lone_surname_needs_more_than_a_widely_reported_place_in_common() -> None:
    index = EntityIndex()
    doctor = _link(index, "a0", "वुहान के डॉक्टर शेन वेई ने बताया कि अस्पताल में बिस्तर बढ़ाए गए हैं।",
                   [("वुहान", "LOC"), ("शेन वेई", "PER")])["शेन वेई"]
    for i in range(1, 6):  # वुहान in six reports, दिल्ली in many: वुहान is named in under a tenth of them
        _link(index, f"w{i}", f"वुहान में {i} नए मामले मिले और बाजार बंद रहे।", [("वुहान", "LOC")])
    for i in range(55):
        _link(index, f"d{i}", f"दिल्ली में {i} नए मरीज मिले और अस्पताल में भर्ती किए गए।", [("दिल्ली", "LOC")])
    seller = _link(index, "z", "वुहान के बाजार में झींगा बेचने वाली वेई को दिसंबर में बुखार हुआ था।",
                   [("वुहान", "LOC"), ("वेई", "PER")])["वेई"]
    assert seller != doctor


def test_a_place_named_after_a_person_is_a_place() -> None:
    district = "गौतम बुद्ध नगर के मुख्य चिकित्सा अधिकारी ने कहा कि जिले के सभी स्कूल बंद रहेंगे।"
    assert _repaired(district, [("गौतम बुद्ध", "PER")]) == [("गौतम बुद्ध नगर", "LOC")]
    # A civic body after नगर keeps the person a person.
    visit = "केंद्रीय मंत्री अमित शाह नगर निगम के अधिकारियों से मिले और सफाई का जायजा लिया।"
    assert _repaired(visit, [("अमित शाह", "PER")]) == [("अमित शाह", "PER")]
    index = EntityIndex()
    buddha = _link(index, "a1", "भगवान बुद्ध की कर्मभूमि वैशाली में इस बार पर्यटक नहीं आए।",
                   [("बुद्ध", "PER"), ("वैशाली", "LOC")])["बुद्ध"]
    place = _link(index, "a2", district, [("गौतम बुद्ध", "PER")])["गौतम बुद्ध"]
    assert place != buddha and index.entities[place].type == "LOC"


def test_a_village_suffix_the_tagger_left_out_is_part_of_the_name() -> None:
    text = "प्रशासन ने जलालपुर कलां, जलालपुर खुर्द और दरियावाला को बफर जोन घोषित किया।"
    assert _repaired(text, [("जलालपुर कलां", "LOC"), ("जलालपुर", "LOC"), ("दरियावाला", "LOC")]) == [
        ("जलालपुर कलां", "LOC"), ("जलालपुर खुर्द", "LOC"), ("दरियावाला", "LOC")]


def test_a_place_homograph_in_a_table_or_with_a_count_is_the_place() -> None:
    table = "क्रम\tजिला\tमरीज\n7\tबस्ती\t23\nमेरठ 89, हापुड़ 18 और बस्ती 23 मामले।"
    assert len(_repaired(table, [("बस्ती", "LOC"), ("मेरठ", "LOC"), ("हापुड़", "LOC"), ("बस्ती", "LOC")])) == 4
