"""Session 23 (issue 13): name boundaries at the canonical level and a known town that a report lists among a
town's localities (sentences invented for khabar)."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from khabar.link.name_spans import repair_spans
from khabar.model import Mention
from link_support import linked_entities


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions, start = [], 0
    for name, type_ in spans:
        at = text.index(name, start)
        mentions.append(Mention(at, at + len(name), name, type_, "model"))
        start = at + len(name)
    return [(m.text, m.type) for m in repair_spans(text, mentions, "hi")]


def test_a_town_written_before_a_quarter_the_report_also_names_alone_is_two_places() -> None:
    text = "पटना। पुलिस ने बताया कि पटना कंकड़बाग इलाके में दुकानें बंद रहीं। कंकड़बाग में लोगों ने विरोध किया।"
    spans = [("पटना", "LOC"), ("पटना कंकड़बाग", "LOC"), ("कंकड़बाग", "LOC")]
    assert _repaired(text, spans) == [("पटना", "LOC"), ("पटना", "LOC"), ("कंकड़बाग", "LOC"), ("कंकड़बाग", "LOC")]


def test_a_town_before_a_word_the_report_never_writes_alone_stays_one_name() -> None:
    # A quarter the report names only with its town: nothing says where the name begins.
    text = "लखनऊ। चौक इलाके के बाद अब लखनऊ अमीनाबाद में भी दुकानें बंद रहीं।"
    assert _repaired(text, [("लखनऊ", "LOC"), ("लखनऊ अमीनाबाद", "LOC")]) == [("लखनऊ", "LOC"),
                                                                               ("लखनऊ अमीनाबाद", "LOC")]
    # A name the lists know whole, and a first word that is no known place, stay as they are.
    text = "जम्मू कश्मीर में बर्फ गिरी। कश्मीर में ठंड है। नई दिल्ली में बैठक हुई, दिल्ली में बारिश हुई।"
    spans = [("जम्मू कश्मीर", "LOC"), ("कश्मीर", "LOC"), ("नई दिल्ली", "LOC"), ("दिल्ली", "LOC")]
    assert _repaired(text, spans) == spans


def test_a_compass_adjective_before_a_body_named_after_a_town_is_part_of_its_name() -> None:
    text = "दक्षिणी दिल्ली नगर निगम के महापौर ने सफाई अभियान की घोषणा की।"
    assert _repaired(text, [("दिल्ली नगर निगम", "ORG")]) == [("दक्षिणी दिल्ली नगर निगम", "ORG")]
    # Before a body whose name begins with no place the adjective stays out.
    text = "पश्चिमी मध्य रेलवे ने ट्रेनें रद्द कीं।"
    assert _repaired(text, [("मध्य रेलवे", "ORG")]) == [("मध्य रेलवे", "ORG")]


def test_a_role_noun_before_a_persons_name_is_no_part_of_it() -> None:
    text = "अदालत में आरोपित मनोहर ने जमानत मांगी। बाद में मनोहर लाल ने कहा कि वह निर्दोष है।"
    spans = [("आरोपित मनोहर", "PER"), ("मनोहर लाल", "PER")]
    index = EntityIndex()
    ids = linked_entities(index, "a1", text, spans)
    names = {index.entities[i].name for i in ids.values()}
    assert "आरोपित मनोहर" not in names
    assert ids["आरोपित मनोहर"] == ids["मनोहर लाल"]
    # A given name that is also a common noun (किशोर) stays a name.
    other = EntityIndex()
    ids = linked_entities(other, "a2", "किशोर कुमार ने गीत गाया।", [("किशोर कुमार", "PER")])
    assert other.entities[ids["किशोर कुमार"]].name == "किशोर कुमार"


DEHRADUN = ("देहरादून में कर्फ्यू\n\nशहर में घंटाघर चौक, सुभाष रोड, बंजारावाला, रायपुर, नालापानी चौक, पटेल कॉलोनी आदि जगह पुलिस ने "
            "गश्त की। उत्तराखंड पुलिस ने कहा कि आदेश तोड़ने वालों पर कार्रवाई होगी। दिल्ली से लौटे लोगों की जांच हुई।")
DEHRADUN_SPANS = [("देहरादून", "LOC"), ("घंटाघर चौक", "LOC"), ("सुभाष रोड", "LOC"), ("बंजारावाला", "LOC"),
                  ("रायपुर", "LOC"), ("नालापानी चौक", "LOC"), ("पटेल कॉलोनी", "LOC"), ("उत्तराखंड", "LOC"),
                  ("दिल्ली", "LOC")]
RAIPUR = "रायपुर में जांच\n\nछत्तीसगढ़ के रायपुर में एम्स में दो संदिग्धों की जांच हुई। रायपुर के कलेक्टर ने बैठक की।"
RAIPUR_SPANS = [("रायपुर", "LOC"), ("छत्तीसगढ़", "LOC"), ("रायपुर", "LOC"), ("रायपुर", "LOC")]
ROUNDUP = ("राज्यों में मामले\n\nछत्तीसगढ़ में रायपुर, दुर्ग और बिलासपुर में नए मरीज मिले। राजधानी के सदर बाजार, स्टेशन रोड, "
           "रायपुर, तेलीबांधा चौक आदि इलाकों में सख्ती रही।")
ROUNDUP_SPANS = [("छत्तीसगढ़", "LOC"), ("रायपुर", "LOC"), ("दुर्ग", "LOC"), ("बिलासपुर", "LOC"), ("सदर बाजार", "LOC"),
                 ("स्टेशन रोड", "LOC"), ("रायपुर", "LOC"), ("तेलीबांधा चौक", "LOC")]


def test_a_known_town_listed_among_another_towns_quarters_is_not_that_town() -> None:
    index = EntityIndex()
    raipur = linked_entities(index, "r1", RAIPUR, RAIPUR_SPANS)
    dehradun = linked_entities(index, "d1", DEHRADUN, DEHRADUN_SPANS)
    # Before: the Dehradun quarter रायपुर, an item of a list of localities, joined Chhattisgarh's capital.
    assert dehradun["रायपुर"] != raipur["रायपुर"]


def test_a_known_town_listed_among_quarters_of_a_report_on_its_own_state_keeps_the_town() -> None:
    index = EntityIndex()
    raipur = linked_entities(index, "r1", RAIPUR, RAIPUR_SPANS)
    roundup = linked_entities(index, "c1", ROUNDUP, ROUNDUP_SPANS)
    assert roundup["रायपुर"] == raipur["रायपुर"]


def test_two_names_of_one_list_of_people_are_two_people_however_alike() -> None:
    text = ("समारोह में अतिथि\n\nइस मौके पर मेहर सिंह नेगी, राम प्रसाद, सुनीता देवी और मोहर सिंह नेगी मौजूद रहे। बाद में "
            "मेहर सिंह नेगी ने सबका आभार जताया।")
    spans = [("मेहर सिंह नेगी", "PER"), ("राम प्रसाद", "PER"), ("सुनीता देवी", "PER"), ("मोहर सिंह नेगी", "PER"),
             ("मेहर सिंह नेगी", "PER")]
    ids = linked_entities(EntityIndex(), "l1", text, spans)
    # Before: the two spellings one vowel sign apart were read as one name and made one person.
    assert ids["मेहर सिंह नेगी"] != ids["मोहर सिंह नेगी"]


def test_a_spelling_variant_outside_a_list_still_joins_its_name() -> None:
    text = "मंत्री का दौरा\n\nमंत्री रमेश पोखरियाल ने अस्पताल का दौरा किया। बाद में रमेश पोखरीयाल ने कहा कि सुविधाएं बढ़ेंगी।"
    spans = [("रमेश पोखरियाल", "PER"), ("रमेश पोखरीयाल", "PER")]
    ids = linked_entities(EntityIndex(), "l2", text, spans)
    assert ids["रमेश पोखरियाल"] == ids["रमेश पोखरीयाल"]


def test_a_word_for_area_after_a_place_is_no_part_of_its_name() -> None:
    text = "पटना। शहर के कंकड़बाग एरिया में दो नए मरीज मिले। लोहानीपुर इलाके में भी जांच हुई।"
    spans = [("पटना", "LOC"), ("कंकड़बाग एरिया", "LOC"), ("लोहानीपुर इलाके", "LOC")]
    assert _repaired(text, spans) == [("पटना", "LOC"), ("कंकड़बाग", "LOC"), ("लोहानीपुर", "LOC")]
    # क्षेत्र ends official names and stays.
    text = "राष्ट्रीय राजधानी क्षेत्र में बारिश हुई।"
    assert _repaired(text, [("राष्ट्रीय राजधानी क्षेत्र", "LOC")]) == [("राष्ट्रीय राजधानी क्षेत्र", "LOC")]
