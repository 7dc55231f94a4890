"""Session 29, issue 13: an institution with campuses in many cities (IIT, AIIMS) written by its full name is as bare
as its acronym. Sentences written for these tests."""

from __future__ import annotations

from khabar.link.campuses import bare_family, campus_key, family_of
from khabar.link.entities import EntityIndex
from link_support import linked


def test_every_form_of_a_family_is_one_family_and_a_campus_is_its_family_and_city() -> None:
    assert family_of("भारतीय प्रौद्योगिकी संस्थान") == family_of("आईआईटी") == family_of("IIT")
    assert family_of("अखिल भारतीय आयुर्विज्ञान संस्थान") == family_of("एम्स") != family_of("आईआईटी")
    assert bare_family({"भारतीय प्रौद्योगिकी संस्थान", "आईआईटी"}) == family_of("आईआईटी")
    assert bare_family({"आईआईटी गुवाहाटी", "आईआईटी"}) is None
    # One campus in either form, the city before or after, in either script of the acronym: one key.
    assert campus_key("अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश") == campus_key("एम्स ऋषिकेश") is not None
    assert campus_key("पटना AIIMS") == campus_key("एम्स पटना") is not None
    assert campus_key("IIT जोधपुर") == campus_key("आईआईटी जोधपुर") != campus_key("आईआईटी गुवाहाटी")
    assert campus_key("एम्स अस्पताल") is None and campus_key("भारतीय प्रौद्योगिकी संस्थान") is None


GUWAHATI = ("छात्रों ने बनाया बक्सा\n\nभारतीय प्रौद्योगिकी संस्थान (आईआईटी) के छात्रों ने मरीजों के लिए एक सस्ता बक्सा "
            "बनाया है। आईआईटी गुवाहाटी के प्रोफेसर ने बताया कि इसे असम के अस्पतालों को दिया जाएगा।")
GUWAHATI_SPANS = [("भारतीय प्रौद्योगिकी संस्थान", "ORG"), ("आईआईटी", "ORG"), ("आईआईटी गुवाहाटी", "ORG"),
                  ("असम", "LOC")]
JODHPUR = ("धूम्रपान पर अध्ययन\n\nभारतीय प्रौद्योगिकी संस्थान (आईआईटी), जोधपुर के वैज्ञानिकों ने एक अध्ययन किया है। IIT "
           "जोधपुर में प्रोफेसर ने बताया कि राजस्थान में इस पर आगे काम होगा।")
JODHPUR_SPANS = [("भारतीय प्रौद्योगिकी संस्थान", "ORG"), ("आईआईटी", "ORG"), ("जोधपुर", "LOC"), ("IIT जोधपुर", "ORG"),
                 ("राजस्थान", "LOC")]


def test_the_full_name_of_a_family_in_a_report_that_names_one_campus_is_that_campus() -> None:
    index = EntityIndex()
    one = linked(index, "g1", GUWAHATI, GUWAHATI_SPANS)
    two = linked(index, "j1", JODHPUR, JODHPUR_SPANS)
    # Before: भारतीय प्रौद्योगिकी संस्थान was one entity of its own in both reports, the Guwahati and the Jodhpur
    # institute in one.
    assert one["भारतीय प्रौद्योगिकी संस्थान"] == one["आईआईटी गुवाहाटी"]
    assert two["भारतीय प्रौद्योगिकी संस्थान"] == two["IIT जोधपुर"]
    assert one["आईआईटी गुवाहाटी"] != two["IIT जोधपुर"]


def test_a_campus_written_by_the_full_name_and_by_the_acronym_is_one_entity() -> None:
    index = EntityIndex()
    one = linked(index, "r1", "मरीज रेफर\n\nदेहरादून से मरीज को एम्स ऋषिकेश रेफर किया गया। उत्तराखंड में दो नए मामले हैं।",
                 [("देहरादून", "LOC"), ("एम्स ऋषिकेश", "ORG"), ("उत्तराखंड", "LOC")])
    two = linked(index, "r2", "टीम तैनात\n\nहरिद्वार में अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश की टीम तैनात है। एम्स के "
                 "अधिकारी ने जानकारी दी।",
                 [("हरिद्वार", "LOC"), ("अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश", "ORG"), ("एम्स", "ORG")])
    assert two["अखिल भारतीय आयुर्विज्ञान संस्थान ऋषिकेश"] == one["एम्स ऋषिकेश"]
    assert two["एम्स"] == one["एम्स ऋषिकेश"]  # the bare acronym beside its campus, as before


def test_the_bare_full_name_without_a_campus_keeps_the_generic_entity() -> None:
    index = EntityIndex()
    one = linked(index, "a1", "जांच बढ़ी\n\nअखिल भारतीय आयुर्विज्ञान संस्थान (एम्स) ने कहा कि जांच बढ़ाई जाएगी।",
                 [("अखिल भारतीय आयुर्विज्ञान संस्थान", "ORG"), ("एम्स", "ORG")])
    two = linked(index, "a2", "ओपीडी बंद\n\nएम्स ने ओपीडी बंद करने का फैसला किया है।", [("एम्स", "ORG")])
    assert one["अखिल भारतीय आयुर्विज्ञान संस्थान"] == one["एम्स"] == two["एम्स"]
