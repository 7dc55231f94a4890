"""Common person names (issue 13, session 6): अमित कुमार in a shop list and अमित कुमार, a district's deputy
commissioner, are two people; the name key alone merges nothing. Hindi news text written for these tests."""

from __future__ import annotations

import pytest

from khabar.link.common_names import all_common, is_common_person_name
from khabar.link.entities import EntityIndex
from khabar.model import Analysis
from link_support import analysis_of, ordered_mentions
from link_support import linked_entities as _link


def _analysis(article_id: str, text: str, spans: list[tuple[str, str]]) -> Analysis:
    return analysis_of(article_id, text, "hi", ordered_mentions(text, spans))


DHANBAD_DC = ("धनबाद में कोरोना से बचाव का इंतजाम\n\nउपायुक्त अमित कुमार ने धनबाद की जनता को भरोसा दिलाया। उन्होंने "
              "बताया कि पीएमसीएच और सेंट्रल अस्पताल में क्वारंटाइन कक्ष बनाए गए हैं और रिम्स भेजे गए नमूनों की रिपोर्ट "
              "आ गई है।", [("अमित कुमार", "PER"), ("धनबाद", "LOC"), ("पीएमसीएच", "ORG"), ("सेंट्रल अस्पताल", "ORG"),
                          ("रिम्स", "ORG")])
SHOP_LIST = ("देहरादून में इन दुकानों से होगी होम डिलीवरी\n\nतिलक रोड क्षेत्र - सरकारी सस्ता गल्ला दुकान, आटा चक्की "
             "राजेश, अमित कुमार परचून। खुड़बुड़ा मोहल्ला क्षेत्र - सुमित शर्मा परचून। देहरादून के जिलाधिकारी ने "
             "सूची जारी की।", [("तिलक रोड", "LOC"), ("अमित कुमार", "PER"), ("सुमित शर्मा", "PER"),
                               ("देहरादून", "LOC")])
DHANBAD_AGAIN = ("धनबाद में 1410 लोग होम क्वारंटाइन में\n\nधनबाद के उपायुक्त अमित कुमार ने कहा कि पीएमसीएच में जांच "
                 "शुरू होगी और रिम्स पर निर्भरता घटेगी।", [("धनबाद", "LOC"), ("अमित कुमार", "PER"),
                                                        ("पीएमसीएच", "ORG"), ("रिम्स", "ORG")])


@pytest.mark.parametrize(("name", "common"), [
    ("अमित कुमार", True), ("एसके सिंह", True), ("विजय कुमार सिंह", True), ("Sanjay Kumar", True),
    ("आर. के. सिंह", True), ("अमिताभ बच्चन", False), ("नीतीश कुमार", False), ("लव अग्रवाल", False),
    ("अनिल बैजल", False), ("अमित", False), ("राम मनोहर लोहिया सिंह", False), ("अमित मोहन प्रसाद", False),
    ("सिंह कुमार", False), ("कुमार", False),
])
def test_a_name_of_common_words_only_is_common(name: str, common: bool) -> None:
    assert is_common_person_name(name) is common


def test_a_curated_person_is_never_a_common_name() -> None:
    assert not all_common(["अमित शाह"]) and not all_common(["Amit Shah"]) and not all_common(["राजनाथ सिंह"])
    assert all_common(["अमित कुमार", "कुमार"]) and not all_common(["मनोज तिवारी", "मनोज कुमार तिवारी नेगीवाल"])


def test_a_shopkeeper_with_a_common_name_is_not_the_deputy_commissioner() -> None:
    index = EntityIndex()
    dc = _link(index, "a1", *DHANBAD_DC)["अमित कुमार"]
    shop = _link(index, "a2", *SHOP_LIST)["अमित कुमार"]
    assert shop != dc
    # The same official in another Dhanbad report: the places and hospitals they share are the evidence.
    again = _link(index, "a3", *DHANBAD_AGAIN)["अमित कुमार"]
    assert again == dc
    assert index.entities[dc].articles() == ["a1", "a3"] and index.entities[shop].articles() == ["a2"]


def test_a_common_name_in_the_same_story_is_one_person() -> None:
    index = EntityIndex()
    text = "थाने में शिकायत\n\nथाना प्रभारी अनिल कुमार ने बताया कि मामले की जांच हो रही है।"
    first = _link(index, "b1", text, [("अनिल कुमार", "PER")], story="S1")["अनिल कुमार"]
    second = _link(index, "b2", text.replace("जांच", "पूछताछ"), [("अनिल कुमार", "PER")], story="S1")["अनिल कुमार"]
    other = _link(index, "b3", "बार काउंसिल\n\nअधिवक्ता अनिल कुमार और रविन्द्र प्रसाद ने ज्ञापन दिया।",
                  [("अनिल कुमार", "PER"), ("रविन्द्र प्रसाद", "PER")], story="S2")["अनिल कुमार"]
    assert first == second and other != first


def test_shared_everyday_entities_do_not_join_common_names() -> None:
    # भारत and दिल्ली are named in every article: sharing them says nothing about which अजय कुमार is meant.
    index = EntityIndex()
    for i in range(12):
        _link(index, f"f{i}", f"खबर {i}\n\nभारत में दिल्ली से नई खबर {i} आई।", [("भारत", "LOC"), ("दिल्ली", "LOC")])
    first = _link(index, "c1", "रेलवे\n\nभारत में दिल्ली से चली ट्रेन, जनसंपर्क अधिकारी अजय कुमार ने बताया।",
                  [("भारत", "LOC"), ("दिल्ली", "LOC"), ("अजय कुमार", "PER")])["अजय कुमार"]
    second = _link(index, "c2", "मजदूर लौटे\n\nभारत में दिल्ली से लौटे मजदूर अजय कुमार ने कहा कि काम नहीं मिला।",
                   [("भारत", "LOC"), ("दिल्ली", "LOC"), ("अजय कुमार", "PER")])["अजय कुमार"]
    assert first != second


def test_a_rare_name_still_links_on_its_key_alone() -> None:
    index = EntityIndex()
    a = _link(index, "d1", "दिल्ली\n\nउपराज्यपाल अनिल बैजल ने बैठक की।", [("अनिल बैजल", "PER")])["अनिल बैजल"]
    b = _link(index, "d2", "आदेश\n\nअनिल बैजल ने आदेश जारी किया।", [("अनिल बैजल", "PER")])["अनिल बैजल"]
    assert a == b


def test_an_office_and_a_place_in_common_join_a_common_name_but_an_office_alone_does_not() -> None:
    index = EntityIndex()
    cmo = _link(index, "e1", "लखनऊ में दो नए मरीज\n\nलखनऊ सीएमओ डॉक्टर नरेंद्र अग्रवाल ने बताया कि दोनों को भर्ती किया गया।",
                [("लखनऊ", "LOC"), ("नरेंद्र अग्रवाल", "PER")])["नरेंद्र अग्रवाल"]
    again = _link(index, "e2", "मरकज से लौटे लोग\n\nलखनऊ पहुंचे जमातियों की जांच होगी। सीएमओ डॉ. नरेंद्र अग्रवाल ने कहा कि "
                  "सभी को क्वारंटाइन किया गया है।", [("लखनऊ", "LOC"), ("नरेंद्र अग्रवाल", "PER")])["नरेंद्र अग्रवाल"]
    elsewhere = _link(index, "e3", "आगरा में जांच\n\nआगरा के सीएमओ डॉ. नरेंद्र अग्रवाल ने बताया कि नमूने भेजे गए।",
                      [("आगरा", "LOC"), ("नरेंद्र अग्रवाल", "PER")])["नरेंद्र अग्रवाल"]
    assert again == cmo and elsewhere != cmo
    assert "|chief medical officer" in index.entities[cmo].roles


def test_one_word_of_a_common_name_joins_it_only_in_the_same_story() -> None:
    index = EntityIndex()
    minister = _link(index, "g1", "बैठक\n\nउपमुख्यमंत्री दिनेश शर्मा ने लखनऊ में बैठक की।",
                     [("दिनेश शर्मा", "PER"), ("लखनऊ", "LOC")], story="S1")["दिनेश शर्मा"]
    police = _link(index, "g2", "सख्ती\n\nलखनऊ में एसपी कुशल शर्मा ने बताया कि सब सील है।",
                   [("लखनऊ", "LOC"), ("शर्मा", "PER")], story="S2")["शर्मा"]
    same = _link(index, "g3", "बैठक के बाद\n\nशर्मा ने कहा कि लखनऊ में राशन बंटेगा।", [("शर्मा", "PER"), ("लखनऊ", "LOC")],
                 story="S1")["शर्मा"]
    assert police != minister and same == minister


def test_a_lone_first_name_from_an_unrelated_article_is_not_the_full_name() -> None:
    index = EntityIndex()
    surgeon = _link(index, "h1", "अफवाह\n\nमशहूर हार्ट सर्जन देवी शेट्टी ने अफवाहों से बचने की सलाह दी।",
                    [("देवी शेट्टी", "PER")])["देवी शेट्टी"]
    temple = _link(index, "h2", "मंदिर बंद\n\nसिर्फ पुजारी ही देवी-देवताओं की पूजा कर रहे हैं।", [("देवी", "PER")])["देवी"]
    assert temple != surgeon


def test_a_lone_surname_joins_a_full_name_of_another_article_only_with_context() -> None:
    index = EntityIndex()
    surgeon = _link(index, "h1", "अफवाह\n\nबेंगलुरु के नारायण हेल्थ के हार्ट सर्जन देवी शेट्टी ने अफवाहों से बचने की "
                    "सलाह दी।", [("बेंगलुरु", "LOC"), ("नारायण हेल्थ", "ORG"), ("देवी शेट्टी", "PER")])["देवी शेट्टी"]
    # The same hospital named again: the surgeon. A surname alone with nothing in common: somebody else (लक्ष्य सेन
    # the badminton player is not सुभब्रत सेन), an entity of its own.
    again = _link(index, "h2", "सलाह\n\nनारायण हेल्थ के शेट्टी ने कहा कि घबराएं नहीं।",
                  [("नारायण हेल्थ", "ORG"), ("शेट्टी", "PER")])["शेट्टी"]
    other = _link(index, "h3", "खेल\n\nटूर्नामेंट में शेट्टी का सामना हांगकांग के खिलाड़ी से होगा।",
                  [("शेट्टी", "PER"), ("हांगकांग", "LOC")])["शेट्टी"]
    assert again == surgeon and other != surgeon


def test_bare_names_in_a_list_of_workers_are_not_the_famous_namesakes() -> None:
    index = EntityIndex()
    actor = _link(index, "w1", "दान\n\nअभिनेता शाहरुख खान ने मुंबई में राहत कोष में दान दिया। शाहरुख ने कहा कि मदद "
                  "जारी रहेगी।", [("शाहरुख खान", "PER"), ("मुंबई", "LOC"), ("शाहरुख", "PER")])["शाहरुख खान"]
    workers = _link(index, "w2", "मजदूर लौटे\n\nसाहिबगंज लौटे मजदूरों वसीम, हैदर, शाहरुख, अजय इत्यादि ने बताया कि "
                    "वे पैदल चले।", [("साहिबगंज", "LOC"), ("वसीम", "PER"), ("हैदर", "PER"), ("शाहरुख", "PER"),
                                    ("अजय", "PER")])
    assert workers["शाहरुख"] != actor


def test_a_lone_common_surname_from_another_story_is_nobody_named_before() -> None:
    index = EntityIndex()
    minister = _link(index, "k1", "जयपुर\n\nस्वास्थ्य मंत्री रघु शर्मा ने जयपुर में कहा कि जांच बढ़ेगी।",
                     [("रघु शर्मा", "PER"), ("जयपुर", "LOC")], story="S1")["रघु शर्मा"]
    police = _link(index, "k2", "जयपुर में सख्ती\n\nएसपी कुशल शर्मा ने बताया कि जयपुर में सब सील है।",
                   [("शर्मा", "PER"), ("जयपुर", "LOC")], story="S2")["शर्मा"]
    same = _link(index, "k3", "जांच\n\nशर्मा ने कहा कि जयपुर में लैब खुलेगी।", [("शर्मा", "PER"), ("जयपुर", "LOC")],
                 story="S1")["शर्मा"]
    assert police != minister and same == minister


def test_a_street_many_towns_have_links_only_within_its_town() -> None:
    index = EntityIndex()
    begusarai = _link(index, "m1", "शादी टली\n\nबेगूसराय में स्टेशन रोड पर दुकानें बंद रहीं।",
                      [("बेगूसराय", "LOC"), ("स्टेशन रोड", "LOC")])["स्टेशन रोड"]
    ranchi = _link(index, "m2", "बुजुर्ग परेशान\n\nरांची के स्टेशन रोड पर एक बुजुर्ग मिला।",
                   [("रांची", "LOC"), ("स्टेशन रोड", "LOC")])["स्टेशन रोड"]
    again = _link(index, "m3", "बाजार खुला\n\nबेगूसराय के स्टेशन रोड पर फिर भीड़ दिखी।",
                  [("बेगूसराय", "LOC"), ("स्टेशन रोड", "LOC")])["स्टेशन रोड"]
    assert ranchi != begusarai and again == begusarai
    delhi = _link(index, "m4", "हवाई अड्डा\n\nदिल्ली एयरपोर्ट पर जांच हुई।", [("दिल्ली एयरपोर्ट", "LOC")])["दिल्ली एयरपोर्ट"]
    assert delhi == _link(index, "m5", "उड़ानें\n\nदिल्ली एयरपोर्ट से उड़ानें रद्द।",
                          [("दिल्ली एयरपोर्ट", "LOC")])["दिल्ली एयरपोर्ट"]


def test_a_bare_surname_in_a_list_of_people_is_not_a_full_name_of_another_story() -> None:
    index = EntityIndex()
    teacher = _link(index, "l1", "सम्मान\n\nदेहरादून में शिक्षक भारत भूषण कौशल को सम्मानित किया गया।",
                    [("देहरादून", "LOC"), ("भारत भूषण कौशल", "PER")], story="S1")["भारत भूषण कौशल"]
    # The same town is context enough for a surname alone, but not for one name in a list of those present.
    alone = _link(index, "l2", "बयान\n\nदेहरादून में कौशल ने कहा कि स्कूल खुलेंगे।", [("देहरादून", "LOC"), ("कौशल", "PER")],
                  story="S2")["कौशल"]
    assert alone == teacher
    text = "बैठक\n\nदेहरादून में बैठक हुई। इस दौरान शकुंतला डबराल, कौशल, विद्या देवी मौजूद रहीं।"
    spans = [("देहरादून", "LOC"), ("शकुंतला डबराल", "PER"), ("कौशल", "PER"), ("विद्या देवी", "PER")]
    assert _link(index, "l3", text, spans, story="S3")["कौशल"] != teacher


def test_a_locality_written_as_one_word_is_a_local_name_too() -> None:
    from khabar.link.common_names import is_local_name

    assert is_local_name("शास्त्रीनगर") and is_local_name("शास्त्री नगर")
    assert not is_local_name("गांधीनगर") and not is_local_name("नगर")  # a known city; a head alone
    index = EntityIndex()
    patna = _link(index, "n1", "संदिग्ध मिले\n\nपटना के शास्त्रीनगर और कंकड़बाग से नमूने लिए गए।",
                  [("पटना", "LOC"), ("शास्त्रीनगर", "LOC"), ("कंकड़बाग", "LOC")])["शास्त्रीनगर"]
    kanpur = _link(index, "n2", "जमाती पकड़े\n\nकानपुर के शास्त्री नगर क्षेत्र से 20 लोगों को क्वारंटाइन किया गया।",
                   [("कानपुर", "LOC"), ("शास्त्री नगर", "LOC")])["शास्त्री नगर"]
    assert kanpur != patna


@pytest.mark.parametrize(("name", "generic"), [("सरकारी मेडिकल कॉलेज अस्पताल", True), ("मेडिकल कॉलेज अस्पताल", True),
                                               ("गोरखपुर मेडिकल कॉलेज", False), ("लेडी हार्डिंग मेडिकल कॉलेज", False)])
def test_an_institution_named_only_by_kinds_and_modifiers_is_no_name(name: str, generic: bool) -> None:
    # Two towns' government medical college hospitals (Kottayam's and another) were one entity by this name.
    from khabar.link.entity_filter import is_description

    assert is_description(name, "ORG") is generic
