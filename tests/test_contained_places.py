"""Places and bodies written inside another place (issue 13, session 8): "अगरतला के जयनगर" is a quarter of Agartala,
not the Bihar town; "ईरान का स्वास्थ्य मंत्रालय" is not India's; "राज्य चुनाव आयोग" is a state's commission, not the
national one. Hindi news text written for these tests."""

from __future__ import annotations

from khabar.link.containment import add_containers, regions_agree
from khabar.link.coref import MentionGroup, link_within_article
from khabar.link.entities import EntityIndex, link_article
from khabar.link.name_spans import repair_spans
from khabar.model import Mention
from link_support import analysis_of, ordered_mentions
from link_support import linked_entities as _link


def _roles(text: str, spans: list[tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    groups = link_within_article(text, analysis_of("x", text, "hi", ordered_mentions(text, spans)))
    return {g.name: g.roles for g in add_containers(text, groups)}


BIHAR_TOWN = ("मधुबनी में नए मरीज\n\nबिहार के मधुबनी जिले में तेरह नए मरीज मिले। जयनगर प्रखंड के तीन लोग पॉजिटिव हैं। "
              "दरभंगा और जयनगर स्टेशन पर जांच बढ़ाई गई।",
              [("मधुबनी", "LOC"), ("बिहार", "LOC"), ("मधुबनी", "LOC"), ("जयनगर", "LOC"), ("दरभंगा", "LOC"),
               ("जयनगर", "LOC")])
AGARTALA_QUARTER = ("घर लौटे युवक को रोका\n\nत्रिपुरा में एक युवक तीस हजार रुपये खर्च कर घर पहुंचा। वह अगरतला के जयनगर में "
                    "आवास योजना के मकान में रहता है। पड़ोसियों ने जयनगर में पुलिस बुलाई।",
                    [("त्रिपुरा", "LOC"), ("अगरतला", "LOC"), ("जयनगर", "LOC"), ("जयनगर", "LOC")])
BIHAR_AGAIN = ("स्पेशल ट्रेन पहुंची\n\nगुजरात से चली श्रमिक स्पेशल ट्रेन जयनगर पहुंची। मधुबनी प्रशासन ने यात्रियों की "
               "जांच की।", [("गुजरात", "LOC"), ("जयनगर", "LOC"), ("मधुबनी", "LOC")])


def test_a_place_written_inside_another_takes_that_place_s_region() -> None:
    roles = _roles(*AGARTALA_QUARTER)
    assert ("within", "Tripura") in roles["जयनगर"]
    assert not roles["अगरतला"]
    # A list after the qualified place shares its qualifier; a state is never inside another place.
    text = "दिल्ली के नरेला, सुल्तानपुर और बक्करवाला में क्वारंटीन केंद्र बने। उत्तर प्रदेश के नोएडा में भी।"
    roles = _roles(text, [("दिल्ली", "LOC"), ("नरेला", "LOC"), ("सुल्तानपुर", "LOC"), ("बक्करवाला", "LOC"),
                          ("उत्तर प्रदेश", "LOC"), ("नोएडा", "LOC")])
    assert ("within", "Delhi") in roles["सुल्तानपुर"] and ("within", "Delhi") in roles["बक्करवाला"]
    assert roles["नोएडा"] == [("within", "Uttar Pradesh")] and not roles["उत्तर प्रदेश"]
    # A country is not inside a country: भारत के कतर स्थित दूतावास.
    roles = _roles("भारत के कतर स्थित दूतावास ने बयान जारी किया।", [("भारत", "LOC"), ("कतर", "LOC")])
    assert not roles["कतर"]


def test_a_quarter_named_like_a_town_elsewhere_is_not_that_town() -> None:
    index = EntityIndex()
    town = _link(index, "a1", *BIHAR_TOWN)["जयनगर"]
    quarter = _link(index, "a2", *AGARTALA_QUARTER)["जयनगर"]
    again = _link(index, "a3", *BIHAR_AGAIN)["जयनगर"]
    assert quarter != town
    assert again == town  # the plain name is the town the lists know (Bihar), not the Agartala quarter


def test_the_quarter_first_does_not_take_the_town_later() -> None:
    index = EntityIndex()
    quarter = _link(index, "a1", *AGARTALA_QUARTER)["जयनगर"]
    town = _link(index, "a2", *BIHAR_AGAIN)["जयनगर"]
    assert quarter != town


def test_a_place_written_inside_its_own_region_still_links() -> None:
    index = EntityIndex()
    first = _link(index, "a1", "पुणे में दो नए मरीज\n\nमहाराष्ट्र के पुणे में दो नए मरीज मिले।",
                  [("पुणे", "LOC"), ("महाराष्ट्र", "LOC"), ("पुणे", "LOC")])["पुणे"]
    second = _link(index, "a2", "पुणे से लौटे मजदूर\n\nपुणे से लौटे मजदूरों की जांच हुई।", [("पुणे", "LOC"), ("पुणे", "LOC")])
    assert second["पुणे"] == first
    assert regions_agree("India", "Maharashtra") and not regions_agree("India", "Maharashtra", strict=True)


IRAN = ("ईरान में मौतें बढ़ीं\n\nईरान के स्वास्थ्य मंत्रालय ने बताया कि सौ और लोगों की मौत हुई। तेहरान में सख्ती है।",
        [("ईरान", "LOC"), ("ईरान", "LOC"), ("स्वास्थ्य मंत्रालय", "ORG"), ("तेहरान", "LOC")])
INDIA = ("देश में मरीज बढ़े\n\nस्वास्थ्य मंत्रालय के मुताबिक देश में मरीजों की संख्या बढ़कर पांच सौ हो गई।",
         [("स्वास्थ्य मंत्रालय", "ORG")])
INDIA_AGAIN = ("नई गाइडलाइन\n\nस्वास्थ्य मंत्रालय ने नई गाइडलाइन जारी की।", [("स्वास्थ्य मंत्रालय", "ORG")])


def test_another_country_s_ministry_is_not_the_home_country_s() -> None:
    index = EntityIndex()
    india = _link(index, "a1", *INDIA)["स्वास्थ्य मंत्रालय"]
    iran = _link(index, "a2", *IRAN)["स्वास्थ्य मंत्रालय"]
    again = _link(index, "a3", *INDIA_AGAIN)["स्वास्थ्य मंत्रालय"]
    assert iran != india
    assert again == india


def test_a_state_election_commission_is_no_entity() -> None:
    text = "महाराष्ट्र में निकाय चुनाव टले\n\nराज्य चुनाव आयोग ने निकाय चुनाव स्थगित कर दिए।"
    at = text.index("चुनाव आयोग")
    repaired = repair_spans(text, [Mention(at, at + len("चुनाव आयोग"), "चुनाव आयोग", "ORG", "model")], "hi")
    assert [m.text for m in repaired] == ["राज्य चुनाव आयोग"]
    index = EntityIndex()
    assert "चुनाव आयोग" not in _link(index, "a1", text, [("महाराष्ट्र", "LOC"), ("चुनाव आयोग", "ORG")])
    # The national commission keeps its name.
    national = "चुनाव आयोग ने उपचुनाव टाले\n\nचुनाव आयोग ने सभी उपचुनाव टाल दिए।"
    assert "चुनाव आयोग" in _link(index, "a2", national, [("चुनाव आयोग", "ORG"), ("चुनाव आयोग", "ORG")])


ROUND_UP = ("दुनिया भर में संक्रमण\n\nदेश में हालात: स्वास्थ्य मंत्रालय के मुताबिक बुधवार तक 150 लोग संक्रमित हैं। राज्यों को "
            "निगरानी बढ़ाने को कहा गया है। स्कूल और कॉलेज बंद हैं और परीक्षाएं टाल दी गई हैं। सिनेमाघर भी बंद रहेंगे। "
            "रेलवे ने कई ट्रेनें रद्द की हैं और यात्रियों से गैरजरूरी यात्रा न करने को कहा है। हवाई अड्डों पर जांच जारी है। "
            "बाजारों में भीड़ कम हो गई है और लोग घरों में रहने लगे हैं।\n\nदुनिया में: ईरान के स्वास्थ्य मंत्रालय के प्रवक्ता ने "
            "बताया कि सौ और लोगों की मौत हुई।",
            [("स्वास्थ्य मंत्रालय", "ORG"), ("ईरान", "LOC"), ("स्वास्थ्य मंत्रालय", "ORG")])


def test_a_round_up_names_two_ministries() -> None:
    index = EntityIndex()
    india = _link(index, "a1", *INDIA)["स्वास्थ्य मंत्रालय"]
    analysis = analysis_of("a2", ROUND_UP[0], "hi", ordered_mentions(*ROUND_UP))
    link_article(index, ROUND_UP[0], analysis)
    first, second = [m.entity_id for m in analysis.mentions if m.text == "स्वास्थ्य मंत्रालय"]
    assert first == india and second != india


def test_a_city_followed_by_a_word_for_state_is_the_state() -> None:
    def repaired(text: str, name: str) -> str:
        at = text.index(name)
        return repair_spans(text, [Mention(at, at + len(name), name, "LOC", "model")], "hi")[0].text

    assert repaired("अमेरिका के वाशिंगटन राज्य में पहली मौत हुई।", "वाशिंगटन") == "वाशिंगटन राज्य"
    assert repaired("न्यूयॉर्क स्टेट में स्कूल बंद।", "न्यूयॉर्क") == "न्यूयॉर्क स्टेट"
    # A province, and an Indian state or territory named like its city, stay as they are.
    assert repaired("चीन के हुबेई प्रांत में सख्ती।", "हुबेई") == "हुबेई"
    assert repaired("दिल्ली राज्य में स्कूल बंद।", "दिल्ली") == "दिल्ली"


def test_latin_letters_are_no_sound() -> None:
    index = EntityIndex()
    team = index.add_article("a1", [MentionGroup("ORG", [Mention(6, 8, "XI", "ORG", "model")])])
    institute = MentionGroup("ORG", [Mention(0, 26, "सीरम इंस्टीट्यूट ऑफ इंडिया", "ORG", "model"),
                                     Mention(28, 31, "SII", "ORG", "model")])
    sii = index.add_article("a2", [institute])
    assert sii[(28, 31)] != team[(6, 8)]  # XI (वर्ल्ड XI, a team) and SII both read "si"


def test_a_lone_common_given_name_is_absorbed_only_in_its_story() -> None:
    index = EntityIndex()
    for k in range(6):
        _link(index, f"n{k}", f"भारत में मामले बढ़े\n\nभारत में {k + 10} नए मामले मिले।", [("भारत", "LOC"), ("भारत", "LOC")])
    _link(index, "p1", "परियोजना\n\nभारत में 'राम वनगमन पथ' परियोजना बनेगी।", [("भारत", "LOC"), ("राम वनगमन", "PER")])
    speech = _link(index, "a1", "मन की बात\n\nभारत और मध्य प्रदेश के लोगों से बात हुई। राम ने बताया कि वे घर पर रहे।",
                   [("भारत", "LOC"), ("मध्य प्रदेश", "LOC"), ("राम", "PER")])
    project = ("परियोजना टली\n\nमध्य प्रदेश में 'राम वनगमन पथ' परियोजना टली। राम वनगमन पथ पर काम रुका। राम से जुड़े स्थल "
               "हैं।", [("मध्य प्रदेश", "LOC"), ("राम वनगमन", "PER"), ("राम वनगमन", "PER"), ("राम", "PER")])
    path = _link(index, "p2", *project)
    assert path["राम वनगमन"] != speech["राम"]
    assert index.resolve(speech["राम"]) == speech["राम"]  # the speech's राम was not absorbed either


def test_a_local_name_in_reports_about_two_states_is_two_places() -> None:
    index = EntityIndex()
    himachal = ("हिमाचल में नए मरीज\n\nहिमाचल के सोलन जिले में पांच मरीज मिले। सभी को ईएसआई अस्पताल भेजा गया। शिमला और "
                "सोलन में जांच बढ़ी। दिल्ली से टीम आई।", [("हिमाचल", "LOC"), ("सोलन", "LOC"), ("ईएसआई अस्पताल", "ORG"),
                                                     ("शिमला", "LOC"), ("सोलन", "LOC"), ("दिल्ली", "LOC")])
    noida = ("नोएडा में मौत\n\nनोएडा के एक मरीज की ईएसआई अस्पताल में मौत हो गई। गाजियाबाद और नोएडा में सख्ती बढ़ी। उत्तर "
             "प्रदेश सरकार ने आदेश दिया। दिल्ली से टीम आई।", [("नोएडा", "LOC"), ("ईएसआई अस्पताल", "ORG"),
                                                         ("गाजियाबाद", "LOC"), ("नोएडा", "LOC"), ("उत्तर प्रदेश", "LOC"),
                                                         ("दिल्ली", "LOC")])
    noida_again = ("नोएडा में जांच\n\nनोएडा के ईएसआई अस्पताल में जांच शुरू हुई। गाजियाबाद से भी मरीज आए।",
                   [("नोएडा", "LOC"), ("ईएसआई अस्पताल", "ORG"), ("गाजियाबाद", "LOC")])
    first = _link(index, "a1", *himachal)["ईएसआई अस्पताल"]
    second = _link(index, "a2", *noida)["ईएसआई अस्पताल"]
    third = _link(index, "a3", *noida_again)["ईएसआई अस्पताल"]
    assert first != second
    assert third == second


def test_a_country_s_mission_named_by_its_demonym_alone_is_no_entity() -> None:
    from khabar.link.entity_filter import is_description

    assert is_description("भारतीय दूतावास", "ORG") and is_description("अमेरिकी उच्चायोग", "ORG")
    assert not is_description("भारतीय सेना", "ORG")


def test_a_compass_adjective_before_a_district_is_part_of_its_name() -> None:
    def repaired(text: str, name: str) -> str:
        at = text.index(name)
        return repair_spans(text, [Mention(at, at + len(name), name, "LOC", "model")], "hi")[0].text

    assert repaired("पूर्वी सिंहभूम जिले में 192 लोग लौटे।", "सिंहभूम") == "पूर्वी सिंहभूम"
    assert repaired("पश्चिमी सिंहभूम से एक मरीज।", "सिंहभूम") == "पश्चिमी सिंहभूम"
    # Before a state or a continent it describes a part of it.
    assert repaired("पश्चिमी उत्तर प्रदेश में बारिश।", "उत्तर प्रदेश") == "उत्तर प्रदेश"
    assert repaired("पूर्वी यूरोप में मामले बढ़े।", "यूरोप") == "यूरोप"
    # A visarga before a space is a colon: गोरखपुरः राप्तीसागर एक्सप्रेस is Gorakhpur, then the train.
    assert repaired("गोरखपुरः राप्तीसागर एक्सप्रेस में संदिग्ध मिला।", "गोरखपुरः राप्तीसागर") == "गोरखपुर"


def test_a_compass_adjective_before_a_place_abroad_stays_out() -> None:
    text = "पुतिन ने रूस के सुदूर पूर्वी अमूर क्षेत्र में किम से मुलाकात की।"
    at = text.index("अमूर")
    assert repair_spans(text, [Mention(at, at + 4, "अमूर", "LOC", "model")], "hi")[0].text == "अमूर"


def test_a_name_before_a_word_of_residence_is_a_place() -> None:
    text = "चार अप्रैल को घटिया आजम खां निवासी युवक में संक्रमण की पुष्टि हुई।"
    at = text.index("आजम खां")
    mention = Mention(at, at + len("आजम खां"), "आजम खां", "PER", "model")
    assert repair_spans(text, [mention], "hi")[0].type == "LOC"
    index = EntityIndex()
    leader = _link(index, "a1", "सपा नेता पर तंज\n\nउपमुख्यमंत्री ने सपा नेता आजम खां पर तंज कसा।", [("आजम खां", "PER")])
    quarter = _link(index, "a2", text, [("आजम खां", "PER")])
    assert quarter["आजम खां"] != leader["आजम खां"]


def test_the_end_of_a_web_address_is_no_place() -> None:
    text = "इसे नवभारतटाइम्स.कॉम की टीम ने संपादित नहीं किया है। ईरान के कॉम शहर में मौतें हुईं।"
    glued = text.index(".कॉम") + 1
    city = text.index("कॉम शहर")
    mentions = [Mention(glued, glued + 3, "कॉम", "LOC", "model"), Mention(city, city + 3, "कॉम", "LOC", "model")]
    assert [m.start for m in repair_spans(text, mentions, "hi")] == [city]
