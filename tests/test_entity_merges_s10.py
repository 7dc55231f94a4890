"""Junk and wrong merges of session 10's samples, on Hindi news sentences written for these tests: a name cut
after "X ऑफ", names joined by a dash, plural heads, two offices of one name, misspelt states, fuzzy place vowels."""

from __future__ import annotations

import pytest

from khabar.link.entities import EntityIndex
from khabar.link.entity_filter import is_description
from khabar.link.latin import known_latin, sound_alike_place
from khabar.link.name_spans import repair_spans
from link_support import linked_entities, ordered_mentions


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in repair_spans(text, ordered_mentions(text, spans), "hi")]


def test_a_name_after_a_head_and_of_is_the_tail_of_an_organisation() -> None:
    text = ("कंपनी ग्रुप ऑफ सिंगापुर के निदेशक रमेश वर्मा ने कहा कि ओमान के मस्कट से उड़ानें शुरू होंगी। "
            "शोध नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी में हुआ।")
    spans = [("सिंगापुर", "LOC"), ("रमेश वर्मा", "PER"), ("ओमान", "LOC"), ("मस्कट", "LOC"),
             ("नेशनल इंस्टीट्यूट", "ORG"), ("वायरोलॉजी", "ORG")]
    assert _repaired(text, spans) == [
        ("ग्रुप ऑफ सिंगापुर", "ORG"), ("रमेश वर्मा", "PER"), ("ओमान", "LOC"), ("मस्कट", "LOC"),
        ("नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी", "ORG")]


def test_of_after_an_everyday_word_takes_nothing() -> None:
    # "ऑफ" after a word that heads no organisation (स्विच ऑफ, switch off) leaves the name as it is.
    text = "बैठक के बाद फोन स्विच ऑफ दिल्ली लौटे मंत्री।"
    assert _repaired(text, [("दिल्ली", "LOC")]) == [("दिल्ली", "LOC")]


def test_a_known_compound_place_joined_by_an_em_dash_is_whole() -> None:
    text = "पाकिस्तान के गिलगित—बाल्टिस्तान में 97 नए मामले सामने आए, सिंध में 40।"
    assert _repaired(text, [("पाकिस्तान", "LOC"), ("बाल्टिस्तान", "LOC"), ("सिंध", "LOC")]) == [
        ("पाकिस्तान", "LOC"), ("गिलगित—बाल्टिस्तान", "LOC"), ("सिंध", "LOC")]
    assert known_latin("गिलगित—बाल्टिस्तान") == "Gilgit-Baltistan"


@pytest.mark.parametrize("name", ["सुरक्षा एजेंसियों", "केंद्रीय जांच एजेंसियों", "निजी अस्पतालों", "कई इलाकों",
                                  "दोनों सरकारें"])
def test_a_plural_head_names_no_one_body(name: str) -> None:
    assert is_description(name)


@pytest.mark.parametrize("name", ["रिलायंस इंडस्ट्रीज", "इंडिगो एयरलाइंस", "सफदरजंग अस्पताल"])
def test_english_plurals_and_singular_heads_stay_names(name: str) -> None:
    assert not is_description(name)


def test_a_person_name_before_a_plural_hospital_head_is_a_hospital() -> None:
    text = "मरीजों की जांच एम्स और राम मनोहर लोहिया अस्पतालों में होगी। राम मनोहर लोहिया अस्पतालों की सूची में है।"
    spans = [("एम्स", "ORG"), ("राम मनोहर लोहिया", "PER"), ("राम मनोहर लोहिया", "PER")]
    assert _repaired(text, spans) == [("एम्स", "ORG"), ("राम मनोहर लोहिया", "ORG"), ("राम मनोहर लोहिया", "ORG")]


def test_a_district_magistrate_is_not_the_chief_minister_of_the_same_name() -> None:
    index = EntityIndex()
    cm = linked_entities(index, "n1", "पटना\n\nबिहार के मुख्यमंत्री नीतीश कुमार ने राहत पैकेज की घोषणा की।",
                         [("बिहार", "LOC"), ("नीतीश कुमार", "PER")], story="s1")["नीतीश कुमार"]
    again = linked_entities(index, "n2", "पटना\n\nमुख्यमंत्री नीतीश कुमार ने अधिकारियों से बात की।",
                            [("नीतीश कुमार", "PER")], story="s1")["नीतीश कुमार"]
    dm = linked_entities(index, "n3", "फर्रुखाबाद\n\nबैठक के बाद डीएम नितीश कुमार ने बताया कि बिहार से लौटे मजदूरों "
                         "की जांच होगी।", [("नितीश कुमार", "PER"), ("बिहार", "LOC")], story="s1")["नितीश कुमार"]
    plain = linked_entities(index, "n4", "पटना\n\nनीतीश कुमार ने कहा कि बिहार तैयार है।",
                            [("नीतीश कुमार", "PER"), ("बिहार", "LOC")], story="s1")["नीतीश कुमार"]
    assert again == cm and plain == cm and dm != cm


@pytest.mark.parametrize(("name", "latin"), [("कनार्टक", "Karnataka"), ("तेंलगाना", "Telangana")])
def test_a_state_written_with_two_consonants_swapped_is_that_state(name: str, latin: str) -> None:
    assert sound_alike_place(name) == latin


@pytest.mark.parametrize("name", ["मिदनापुर", "रामगढ़वा", "करनाल"])
def test_no_swapped_spelling_without_a_state_or_country(name: str) -> None:
    # No state or country is one swap away (करनाल is a city the lists know by its own spelling).
    assert sound_alike_place(name) in (None, "Karnal")


def test_a_misspelt_state_joins_the_state() -> None:
    index = EntityIndex()
    a = linked_entities(index, "k1", "बेंगलुरु\n\nकर्नाटक में 12 नए मामले मिले।", [("कर्नाटक", "LOC")])["कर्नाटक"]
    b = linked_entities(index, "k2", "मंगलुरु\n\nकनार्टक में मकान मालिक ने किराया माफ किया।",
                        [("कनार्टक", "LOC")])["कनार्टक"]
    assert a == b


def test_one_word_places_with_other_vowels_do_not_join_by_fuzzy_keys() -> None:
    index = EntityIndex()
    village = linked_entities(index, "m1", "सहरसा\n\nसहरसा जिला में साहमूरहा, मदनपुर और पतरघट के मजदूर लौटे।",
                              [("सहरसा", "LOC"), ("साहमूरहा", "LOC"), ("मदनपुर", "LOC"), ("पतरघट", "LOC")],
                              story="s2")["मदनपुर"]
    district = linked_entities(index, "m2", "सहरसा\n\nसहरसा में मृत किन्नर बंगाल के मिदनापुर जिले के रहने वाले थे।",
                               [("सहरसा", "LOC"), ("बंगाल", "LOC"), ("मिदनापुर", "LOC")], story="s2")["मिदनापुर"]
    assert village != district
    again = linked_entities(index, "m3", "सहरसा\n\nसहरसा के कलाबुर्गी टोले और मदनपुर में राशन बंटा।",
                            [("सहरसा", "LOC"), ("मदनपुर", "LOC")], story="s2")["मदनपुर"]
    assert again == village


def test_place_halves_the_tagger_split_are_one_name() -> None:
    text = ("साउथ अफ्रीका और नॉर्दर्न आयरलैंड से लौटे यात्री पटना सिटी के अस्पताल में भर्ती हैं। रूस यूक्रेन को गैस "
            "देगा।")
    spans = [("साउथ", "LOC"), ("अफ्रीका", "LOC"), ("नॉर्दर्न", "LOC"), ("आयरलैंड", "LOC"), ("पटना", "LOC"),
             ("सिटी", "LOC"), ("रूस", "LOC"), ("यूक्रेन", "LOC")]
    assert _repaired(text, spans) == [("साउथ अफ्रीका", "LOC"), ("नॉर्दर्न आयरलैंड", "LOC"), ("पटना सिटी", "LOC"),
                                      ("रूस", "LOC"), ("यूक्रेन", "LOC")]


def test_a_known_compound_is_whole_when_the_tagger_took_its_first_half() -> None:
    text = "मुंबई, पुणे, पिंपरी-चिंचवड़ और नागपुर में मॉल बंद रहेंगे, भारत-पाकिस्तान सीमा भी बंद।"
    spans = [("मुंबई", "LOC"), ("पुणे", "LOC"), ("पिंपरी", "LOC"), ("नागपुर", "LOC"), ("भारत", "LOC")]
    assert _repaired(text, spans) == [("मुंबई", "LOC"), ("पुणे", "LOC"), ("पिंपरी-चिंचवड़", "LOC"), ("नागपुर", "LOC"),
                                      ("भारत", "LOC")]


def test_a_town_after_an_office_is_not_part_of_the_officer_name() -> None:
    text = "एसडीएम रसूलपुर अनिल कुमार यादव ने बताया कि डीएम अमित कुमार सिंह ने बैठक बुलाई।"
    spans = [("रसूलपुर अनिल कुमार यादव", "PER"), ("अमित कुमार सिंह", "PER")]
    assert _repaired(text, spans) == [("अनिल कुमार यादव", "PER"), ("अमित कुमार सिंह", "PER")]


def test_an_unlisted_place_before_nagar_is_the_quarter() -> None:
    text = "लखनऊ के गोमती नगर निवासी महिला संक्रमित मिली, कानपुर नगर निगम ने इलाका सील किया।"
    spans = [("लखनऊ", "LOC"), ("गोमती", "LOC"), ("कानपुर", "LOC")]
    assert _repaired(text, spans) == [("लखनऊ", "LOC"), ("गोमती नगर", "LOC"), ("कानपुर", "LOC")]


@pytest.mark.parametrize("name", ["पश्चिमी प्रांत", "उत्तरी इलाके", "दक्षिणी राज्य"])
def test_a_compass_adjective_and_a_region_head_describe_a_part(name: str) -> None:
    assert is_description(name)


# पश्चिमी तट left this list in session 31: judged entity samples (docs/entities.md, issue 13) called it a
# description ("पूर्वी तट से पश्चिमी तट तक", east coast to west coast); tests/test_city_states_s31.py asserts it.
@pytest.mark.parametrize("name", ["मध्य प्रदेश", "पूर्वी यूरोप", "पश्चिम बंगाल"])
def test_named_regions_with_compass_words_stay_names(name: str) -> None:
    assert not is_description(name)


def test_a_former_title_gives_no_role_for_descriptions_of_the_holder() -> None:
    from khabar.link.descriptions import title_before

    text = "तेजस्वी ने अपनी मां और पूर्व मुख्यमंत्री राबड़ी देवी के साथ तस्वीर साझा की। मुख्यमंत्री नीतीश कुमार ने बैठक की।"
    assert title_before(text, text.index("राबड़ी"), "hi") is None
    assert title_before(text, text.index("नीतीश"), "hi") == "chief minister"
    english = "Former President Barack Obama called President Joe Biden."
    assert title_before(english, english.index("Barack"), "en") is None
    assert title_before(english, english.index("Joe"), "en") == "president"


def test_a_vice_title_written_in_two_words_is_no_president() -> None:
    from khabar.link.descriptions import title_before

    text = "अमेरिका के उप राष्ट्रपति माइक पेंस ने बैठक की। राष्ट्रपति डोनाल्ड ट्रंप भी थे।"
    assert title_before(text, text.index("माइक"), "hi") is None
    assert title_before(text, text.index("डोनाल्ड"), "hi") == "president"
