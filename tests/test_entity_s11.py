"""Entity junk and wrong merges found in session 11's blind samples (covid5 and the bilingual set), each written
as our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked_entities as _link


def test_a_locality_of_two_towns_is_not_joined_by_a_city_both_reports_name_elsewhere() -> None:
    # Patna's शास्त्रीनगर (a list of Patna's quarters) and Kanpur's शास्त्री नगर both came with लखनऊ named elsewhere
    # in the report: a place in common is evidence for a local name only when it is that name's own town.
    index = EntityIndex()
    patna = _link(index, "t1", "फ्लू के मरीज\n\nअब तक पटना, शास्त्रीनगर, राजेंद्र नगर और कंकड़बाग से मरीज मिले "
                  "हैं। जांच के नमूने लखनऊ भेजे गए। लखनऊ में भी दो मरीज भर्ती हैं।",
                  [("पटना", "LOC"), ("शास्त्रीनगर", "LOC"), ("राजेंद्र नगर", "LOC"), ("कंकड़बाग", "LOC"),
                   ("लखनऊ", "LOC"), ("लखनऊ", "LOC")])["शास्त्रीनगर"]
    kanpur = _link(index, "t2", "जमाती पकड़े\n\nदूसरे दिन मछरिया, बरीपाल और शास्त्री नगर क्षेत्र से 40 लोगों को "
                   "क्वारंटाइन किया गया। आदेश लखनऊ से आया था।",
                   [("मछरिया", "LOC"), ("बरीपाल", "LOC"), ("शास्त्री नगर", "LOC"), ("लखनऊ", "LOC")])["शास्त्री नगर"]
    assert kanpur != patna
    again = _link(index, "t3", "नए मरीज\n\nपटना के शास्त्री नगर में दो नए मरीज मिले।",
                  [("पटना", "LOC"), ("शास्त्री नगर", "LOC")])["शास्त्री नगर"]
    assert again == patna


def test_a_place_name_that_is_an_everyday_word_in_a_list_of_workers_is_no_place() -> None:
    # माली is Mali and a gardener; in a list of workers the tagger's LOC made the country of it.
    index = EntityIndex()
    workers = _link(index, "g1", "छूट\n\nनिगम ने 55 साल से ऊपर के बेलदार, माली और सफाईकर्मियों को घर पर रहने की छूट दी है।",
                    [("माली", "LOC")])
    assert "माली" not in workers
    countries = _link(index, "g2", "अफ्रीका में संक्रमण\n\nअफ्रीकी देशों माली, नाइजर और चाड में पहले मामले मिले।",
                      [("माली", "LOC"), ("नाइजर", "LOC"), ("चाड", "LOC")])
    assert "माली" in countries
    # A town that is an everyday word is still a town in a list of towns.
    towns = _link(index, "g3", "नए मामले\n\nपटना, गया और भागलपुर में नए मामले मिले।",
                  [("पटना", "LOC"), ("गया", "LOC"), ("भागलपुर", "LOC")])
    assert "गया" in towns


def _english(text: str) -> dict[str, str]:
    from khabar.analyse.english_names import find_mentions
    from link_support import analysis_of

    analysis = analysis_of("en", text, "en", mentions=[])
    return {m.text: m.type for m in find_mentions(text, analysis)}


def test_a_weekday_ends_an_english_name() -> None:
    found = _english("He said he would invite the Ukrainian leader to Washington for Monday. Kim Jong Un Thursday "
                     "inspected a missile factory.")
    assert found.get("Washington") == "LOC" and found.get("Kim Jong Un") == "PER"
    assert not any("Monday" in name or "Thursday" in name for name in found)


def test_an_operation_a_guards_corps_and_a_film_studio_are_no_people() -> None:
    found = _english("The strikes killed Revolutionary Guards commander Hamid Karimi, and the army said Operation "
                     "Iron Arrow would go on. The film is made by Raj Kapoor Films in Mumbai.")
    assert found.get("Revolutionary Guards") == "ORG" and found.get("Hamid Karimi") == "PER"
    assert found.get("Operation Iron Arrow") == "ORG" and "Iron Arrow" not in found
    assert found.get("Raj Kapoor Films") == "ORG"


def test_a_plural_noun_opening_a_sentence_is_not_part_of_the_name() -> None:
    found = _english("India won by four wickets. Bowlers Mohit Sharma and Ravi Bishnoi took two each. Kings XI "
                     "Punjab lost again.")
    assert found.get("Mohit Sharma") == "PER" and "Bowlers Mohit Sharma" not in found
    assert found.get("Kings XI Punjab") == "ORG"


def test_initials_written_with_or_without_dots_are_one_latin_name() -> None:
    from khabar.link.record import latin_key

    assert latin_key("S. Jaishankar") == latin_key("S Jaishankar") == "s jaishankar"
    assert latin_key("K.P. Sharma Oli") == latin_key("KP Sharma Oli") == latin_key("K P Sharma Oli")
    assert latin_key("JD Vance") != latin_key("J Vance")


def test_an_english_report_with_dotless_initials_joins_the_hindi_entity() -> None:
    from khabar.link.entities import link_article
    from link_support import analysis_of

    index = EntityIndex()
    hindi = _link(index, "j1", "बैठक\n\nविदेश मंत्री एस जयशंकर ने कहा कि भारत मदद भेजेगा।", [("एस जयशंकर", "PER"),
                                                                                      ("भारत", "LOC")])
    text = "India sends aid\n\nExternal Affairs Minister S Jaishankar said on Monday that India would send tents."
    analysis = analysis_of("j2", text, "en")
    link_article(index, text, analysis)
    english = {m.text: m.entity_id for m in analysis.mentions if m.entity_id}
    assert english["S Jaishankar"] == hindi["एस जयशंकर"]


def test_a_place_written_with_the_open_o_of_english_is_the_known_place() -> None:
    from khabar.link.latin import known_latin

    # The lists spell it वाशिंगटन; Hindi news writes वॉशिंगटन too, which stayed a transliteration (Voshingatan).
    assert known_latin("वॉशिंगटन", "LOC") == "Washington"
    assert known_latin("डॉक्टर", "LOC") is None and known_latin("कॉलेज") is None


def test_a_letter_left_after_a_title_is_no_name() -> None:
    found = _english("Police fired on Gen Z protesters in the capital on Monday.")
    assert "Z" not in found


def test_a_ministry_cut_inside_its_last_portfolio_is_whole_and_one_whatever_conjunction_it_is_written_with() -> None:
    index = EntityIndex()
    first = _link(index, "h1", "आंकड़े\n\nदेश में अब तक चार लोगों की मौत हुई है। स्वास्थ्य और परिवार कल्याण मंत्रालय द्वारा "
                  "जारी आंकड़ों के मुताबिक 150 लोग संक्रमित हैं।", [("कल्याण मंत्रालय", "ORG")])
    # The article keeps the tagger's span; the entity takes the repaired name.
    assert index.entities[first["कल्याण मंत्रालय"]].export()["name"] == "स्वास्थ्य और परिवार कल्याण मंत्रालय"
    second = _link(index, "h2", "नई सलाह\n\nस्वास्थ्य एवं परिवार कल्याण मंत्रालय ने मास्क पहनने की सलाह दी।",
                   [("स्वास्थ्य एवं परिवार कल्याण मंत्रालय", "ORG")])
    assert second["स्वास्थ्य एवं परिवार कल्याण मंत्रालय"] == first["कल्याण मंत्रालय"]
    # Cut at the conjunction, two ministries are as likely as one: the span stays.
    home = _link(index, "h3", "बैठक\n\nबैठक में स्वास्थ्य और गृह मंत्रालय के अधिकारी मौजूद थे।", [("गृह मंत्रालय", "ORG")])
    assert index.entities[home["गृह मंत्रालय"]].export()["name"] == "गृह मंत्रालय"


def test_a_towns_by_name_before_its_name_is_no_part_of_it() -> None:
    index = EntityIndex()
    found = _link(index, "b1", "दो नए मरीज\n\nरांची / बाबा नगरी देवघर से दो नए मरीज मिले हैं।", [("बाबा नगरी देवघर", "LOC")])
    assert index.entities[found["बाबा नगरी देवघर"]].export()["name"] == "देवघर"
    alone = _link(index, "b2", "संक्रमण\n\nताजनगरी में नए मामले मिले।", [("ताजनगरी", "LOC")])
    assert index.entities[alone["ताजनगरी"]].export()["name"] == "ताजनगरी"


def test_malware_named_with_its_kind_is_no_person() -> None:
    index = EntityIndex()
    found = _link(index, "m1", "सावधान\n\nसाइबर सेल ने बताया कि जोकर ट्रोजन कई ऐप में छिपा मिला। जोकर ट्रोजन से "
                  "बैंक खाते खाली हो सकते हैं।",
                  [("जोकर ट्रोजन", "PER"), ("जोकर ट्रोजन", "PER")])
    assert "जोकर ट्रोजन" not in found


def test_a_description_before_a_courtesy_word_and_a_name_is_that_persons() -> None:
    # गोवा के मुख्यमंत्री डॉक्टर । प्रमोद सावंत: the apposition was missed, and Goa's chief minister became the one chief
    # minister the live blog named, Maharashtra's.
    index = EntityIndex()
    text = ("लाइव अपडेट\n\nमुख्यमंत्री उद्धव ठाकरे ने दफ्तर बंद करने को कहा। पणजी: गोवा के मुख्यमंत्री डॉक्टर । प्रमोद सावंत ने "
            "कहा कि राज्य में कोई मामला नहीं है।")
    found = _link(index, "c1", text, [("उद्धव ठाकरे", "PER"), ("पणजी", "LOC"), ("गोवा", "LOC"), ("प्रमोद सावंत", "PER")])
    uddhav = index.entities[found["उद्धव ठाकरे"]].export()
    assert not any("गोवा" in m["text"] for m in uddhav["mentions"])
