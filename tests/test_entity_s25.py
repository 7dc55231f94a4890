"""Canonical entities of session 25 (issue 13): a short place name inside a longer compass-word name, a city's
dateline beside the state of that name, and a local place that the place lists read as a namesake elsewhere. Every
sentence is invented for the test in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from khabar.link.entity_filter import support
from khabar.link.name_spans import repair_spans
from khabar.model import Mention
from link_support import analysis_of, ordered_mentions


def _entities(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]]
              ) -> list[tuple[str, str] | None]:
    """(entity id, entity name) of each mention in text order; None for a mention left unlinked."""
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    out: list[tuple[str, str] | None] = []
    for m in analysis.mentions:
        eid = index.resolve(m.entity_id) if m.entity_id else None
        out.append((eid, index.entities[eid].name) if eid else None)
    return out


def _repaired(text: str, name: str) -> str:
    at = text.index(name)
    return repair_spans(text, [Mention(at, at + len(name), name, "LOC", "model")], "hi")[0].text


def test_compass_words_before_a_place_make_the_longer_name_the_lists_know() -> None:
    # The tagger took एशिया alone out of a region's name: the region is not the continent.
    assert _repaired("संगठन के साउथ ईस्ट एशिया कार्यालय ने रिपोर्ट जारी की।", "एशिया") == "साउथ ईस्ट एशिया"
    assert _repaired("दक्षिण-पूर्व एशिया के देशों में उड़ानें रुकीं।", "एशिया") == "दक्षिण-पूर्व एशिया"
    assert _repaired("पश्चिम बंगाल में दुकानें खुलीं।", "बंगाल") == "पश्चिम बंगाल"
    assert _repaired("उत्तर अमेरिका और यूरोप से आए यात्री।", "अमेरिका") == "उत्तर अमेरिका"


def test_compass_words_that_make_no_known_name_or_mean_something_else_stay_out() -> None:
    # No list knows "ईस्ट एशिया"; an adjective describes a part (पूर्वी यूरोप); उत्तर after a postposition is an
    # answer and पूर्व after one is "before".
    assert _repaired("ईस्ट एशिया में बिक्री घटी।", "एशिया") == "एशिया"
    assert _repaired("पूर्वी यूरोप में ठंड बढ़ी।", "यूरोप") == "यूरोप"
    assert _repaired("सवाल का उत्तर अमेरिका ने अब तक नहीं दिया।", "अमेरिका") == "अमेरिका"
    assert _repaired("इससे पूर्व दिल्ली में बैठक हुई।", "दिल्ली") == "दिल्ली"
    assert _repaired("पूरे एशिया में मामले बढ़े।", "एशिया") == "एशिया"


def test_a_region_cut_from_its_compass_words_stays_apart_from_the_continent() -> None:
    index = EntityIndex()
    continent = _entities(index, "a1", "खेल\n\nएशिया के कई देशों ने टूर्नामेंट टाल दिया।", [("एशिया", "LOC")])
    region = _entities(index, "a2", "रिपोर्ट\n\nसंगठन के साउथ ईस्ट एशिया कार्यालय ने रिपोर्ट जारी की।",
                       [("एशिया", "LOC")])
    assert continent[0] is not None and region[0] is not None
    assert continent[0][0] != region[0][0] and region[0][1] == "साउथ ईस्ट एशिया"


def test_a_city_dateline_is_not_the_state_of_that_name() -> None:
    index = EntityIndex()
    text = ("मौतें बढ़ीं\n\nन्यूयॉर्क: न्यूयॉर्क राज्य में मरने वालों की संख्या एक हजार के पार हो गई। गवर्नर ने कहा कि "
            "न्यूयॉर्क में अस्पताल भर गए हैं।")
    found = _entities(index, "n1", text, [("न्यूयॉर्क", "LOC"), ("न्यूयॉर्क", "LOC"), ("न्यूयॉर्क", "LOC")])
    dateline, state, later = found
    assert dateline is not None and state is not None and later is not None
    assert state[1] == "न्यूयॉर्क राज्य" and later[0] == state[0]  # the report calls the state by the bare name
    assert dateline[0] != state[0]  # the dateline is the city it was filed from


def test_a_bare_city_name_without_a_colon_still_takes_up_the_state() -> None:
    index = EntityIndex()
    text = "स्कूल बंद\n\nवाशिंगटन राज्य में स्कूल बंद रहेंगे। वाशिंगटन में अब तक 14 मामले मिले हैं।"
    found = _entities(index, "w1", text, [("वाशिंगटन", "LOC"), ("वाशिंगटन", "LOC")])
    assert found[0] is not None and found[1] is not None and found[0][0] == found[1][0]


def test_a_home_place_written_inside_a_state_is_not_the_foreign_namesake() -> None:
    index = EntityIndex()
    text = ("लौटे मजदूर\n\nजांच में पता चला कि संक्रमित लोग छत्तीसगढ़ के बैकुंठपुर के कोरिया से आए थे। प्रशासन ने "
            "उनके गांव को सील किया।")
    found = _entities(index, "k1", text, [("छत्तीसगढ़", "LOC"), ("बैकुंठपुर", "LOC"), ("कोरिया", "LOC")])
    local = found[2]
    assert local is not None
    entity = index.entities[local[0]]
    assert entity.read_elsewhere()
    assert entity.latin != "Korea" and support(entity) != "known"
    # The country named among countries keeps its reading.
    abroad = _entities(index, "k2", "यात्रा\n\nचीन, ईरान, कोरिया और इटली की यात्रा से बचें।",
                       [("चीन", "LOC"), ("ईरान", "LOC"), ("कोरिया", "LOC"), ("इटली", "LOC")])
    assert abroad[2] is not None and abroad[2][0] != local[0]
    country = index.entities[abroad[2][0]]
    assert not country.read_elsewhere() and country.latin == "Korea" and support(country) == "known"


def test_a_place_written_inside_its_own_state_keeps_its_reading() -> None:
    index = EntityIndex()
    found = _entities(index, "r1", "बैठक\n\nछत्तीसगढ़ के रायपुर में बैठक हुई।", [("छत्तीसगढ़", "LOC"), ("रायपुर", "LOC")])
    assert found[1] is not None
    entity = index.entities[found[1][0]]
    assert not entity.read_elsewhere() and entity.latin == "Raipur"


def test_a_body_split_before_its_region_takes_the_place_back() -> None:
    text = "डब्ल्यूएचओ साउथ ईस्ट एशिया की निदेशक ने कहा कि जांच बढ़ानी होगी।"
    spans = [Mention(0, 20, "डब्ल्यूएचओ साउथ ईस्ट", "ORG", "model"), Mention(21, 26, "एशिया", "LOC", "model")]
    assert text[21:26] == "एशिया"
    assert [(m.text, m.type) for m in repair_spans(text, spans, "hi")] == [("डब्ल्यूएचओ साउथ ईस्ट एशिया", "ORG")]
    # A body and a place side by side with no compass words between stay two names.
    text = "कांग्रेस बंगाल में चुनाव लड़ेगी।"
    spans = [Mention(0, 8, "कांग्रेस", "ORG", "model"), Mention(9, 14, "बंगाल", "LOC", "model")]
    assert [m.text for m in repair_spans(text, spans, "hi")] == ["कांग्रेस", "बंगाल"]


def test_a_country_short_form_tagged_as_a_place_is_the_country() -> None:
    index = EntityIndex()
    country = _entities(index, "p1", "सीमा\n\nपाकिस्तान ने सीमा पर सैनिक बढ़ाए।", [("पाकिस्तान", "LOC")])
    short = _entities(index, "p2", "मामले\n\nपाक में कोविड-19 के मामले बढ़कर 500 हो गए।", [("पाक", "LOC")])
    assert country[0] is not None and short[0] is not None and short[0][0] == country[0][0]
    # Both in one report are one group (two groups of one report never become one entity), and a later report
    # that writes only the full name still finds that entity.
    both = _entities(index, "p4", "सीमा पर तनाव\n\nपाक सेना ने गोलीबारी की। पाकिस्तान ने आरोपों से इनकार किया।",
                     [("पाक", "LOC"), ("पाकिस्तान", "LOC")])
    assert both[0] is not None and both[1] is not None and both[0][0] == both[1][0] == country[0][0]
    again = _entities(index, "p5", "उड़ानें\n\nपाकिस्\u200dतान ने उड़ानें रोकीं।", [("पाकिस्\u200dतान", "LOC")])
    assert again[0] is not None and again[0][0] == country[0][0]
    # The word read as anything but a place (a person's name here) is no name of the country.
    person = _entities(index, "p3", "बयान\n\nइस पर पाक ने कहा कि वह जांच करेंगे।", [("पाक", "PER")])
    assert person[0] is None or person[0][0] != country[0][0]
