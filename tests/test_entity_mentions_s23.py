"""Session 23 mention rules (issue 13): titles typed as bodies, compass words, lists of places (sentences invented
for khabar)."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_an_office_alone_is_no_body() -> None:
    # Before: the tagger typed the office a body (आईजी, ORG) at the head of the sentence.
    assert _mentions("आईजी ने सभी थानों को निर्देश दिया था कि रात तक अपनी रिपोर्ट पुलिस मुख्यालय या जिला प्रशासन "
                     "को भेजें।") == []


def test_an_office_before_a_name_leaves_the_person() -> None:
    assert _mentions("राज्य के डीजीपी राकेश वर्मा ने चेतावनी जारी की।") == [("राकेश वर्मा", "PER")]


def test_an_intercardinal_word_begins_a_district() -> None:
    assert _mentions("दक्षिणपूर्व दिल्ली में एक अस्पताल है। उत्तरपूर्वी दिल्ली के लोग परेशान हैं।") == [
        ("दक्षिणपूर्व दिल्ली", "LOC"), ("उत्तरपूर्वी दिल्ली", "LOC")]
    # two compass words tagged apart from the place: before, दक्षिण पूर्व | दिल्ली
    assert _mentions("दक्षिण पूर्व दिल्ली में बारिश हुई।") == [("दक्षिण पूर्व दिल्ली", "LOC")]


def test_an_intercardinal_word_alone_is_no_place() -> None:
    assert _mentions("दक्षिणपूर्व की ओर से हवा चली।") == []


def test_a_compass_adjective_before_a_body_named_after_a_place_is_part_of_its_name() -> None:
    assert _mentions("उत्तरी दिल्ली नगर निगम के एक अधिकारी ने कहा कि सब ठीक है।") == [
        ("उत्तरी दिल्ली नगर निगम", "ORG")]


def test_former_before_a_body_is_no_compass_word() -> None:
    found = _mentions("पूर्व दिल्ली पुलिस आयुक्त नीरज कुमार ने कहा कि जांच होगी।")
    assert ("दिल्ली पुलिस", "ORG") in found and all(not name.startswith("पूर्व") for name, _ in found)


def test_places_listed_without_commas_are_one_place_each() -> None:
    found = _mentions("खिलाड़ी न्यूजीलैंड आस्ट्रेलिया दौरे से लौटे। न्यूजीलैंड में मामले बढ़े। आस्ट्रेलिया ने सीमा बंद की।")
    assert found[:2] == [("न्यूजीलैंड", "LOC"), ("आस्ट्रेलिया", "LOC")]
    assert ("बिहार", "LOC") in _mentions("उत्तर प्रदेश बिहार सीमा पर जांच हुई।")


def test_a_place_whose_name_is_two_places_stays_whole() -> None:
    assert _mentions("जम्मू कश्मीर में बर्फबारी हुई। दमन दीव में पर्यटक आए।") == [
        ("जम्मू कश्मीर", "LOC"), ("दमन दीव", "LOC")]
    # a district's compass word is no place of a list, even when the article names both alone
    found = _mentions("पश्चिम चंपारण : 74  पूर्वी चंपारण : 70  पश्चिम में बारिश हुई, चंपारण में नहीं।")
    assert ("पश्चिम चंपारण", "LOC") in found


def test_a_demonym_before_words_and_an_organisation_head_names_a_national_body() -> None:
    assert _mentions("पचास लाख टन गेहूं भारतीय खाद्य निगम के गोदामों से उठाया गया।") == [("भारतीय खाद्य निगम", "ORG")]
    assert _mentions("चीनी स्वास्थ्य आयोग ने नए आंकड़े जारी किए।") == [("चीनी स्वास्थ्य आयोग", "ORG")]


def test_a_demonym_right_before_a_head_a_country_has_one_of_names_the_body() -> None:
    assert _mentions("भारतीय रेलवे ने भी ऐतिहासिक कदम उठाया।") == [("भारतीय रेलवे", "ORG")]


def test_a_demonym_before_a_kind_of_body_or_a_group_describes() -> None:
    assert _mentions("एक भारतीय कंपनी ने कहा कि दाम घटेंगे।") == []
    assert _mentions("चीनी स्मार्टफोन कंपनी ने नया फोन उतारा।") == []
    assert _mentions("इतालवी पर्यटक दल को अलग रखा गया।") == []
    assert _mentions("सभी शैक्षणिक संस्थान बंद रहेंगे।") == []  # सभी is no demonym (GeoNames knows a Sabhā)
    assert _mentions("जापानी सरकार ने आपातकाल घोषित किया।") == []


def test_coordinated_bodies_are_two_organisations() -> None:
    found = _mentions("भारत बायोटेक ने विस्कॉन्सिन विश्वविद्यालय एवं फ्लुजेन कंपनी के वैज्ञानिकों के साथ टीका बनाया।")
    assert ("विस्कॉन्सिन विश्वविद्यालय", "ORG") in found and ("फ्लुजेन कंपनी", "ORG") in found
    assert _mentions("गृह मंत्रालय और विदेश मंत्रालय ने बैठक की।") == [("गृह मंत्रालय", "ORG"), ("विदेश मंत्रालय", "ORG")]


def test_a_conjunction_before_the_head_stays_inside_one_name() -> None:
    assert _mentions("सूचना एवं प्रसारण मंत्रालय ने कहा।") == [("सूचना एवं प्रसारण मंत्रालय", "ORG")]


def test_a_two_word_title_the_chunk_began_inside_is_cut_off() -> None:
    # Before: गुरु बाबा रामदेव (the tagger's chunk began at the title's second word).
    assert _mentions("योग गुरु बाबा रामदेव कोडरमा के एक शिविर में पहुंचे।") == [("रामदेव", "PER"), ("कोडरमा", "LOC")]


def test_a_name_that_begins_with_a_title_word_keeps_it() -> None:
    assert _mentions("गुरु गोबिंद सिंह की जयंती मनाई गई।") == [("गुरु गोबिंद सिंह", "PER")]
