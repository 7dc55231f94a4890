"""Session 18 (issue 13, canonical entities a user can trust): a quarter named like a town of another state, a
foreign name transliterated several ways, an honorific before a body's name, a hotel named without a head word.
Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, variant_skeletons
from khabar.link.head_forms import bare_form
from link_support import linked

CITY = ("गोरखपुर में संक्रमित\n\nउत्तर प्रदेश के गोरखपुर में तीन नए मरीज मिले हैं। लखनऊ से स्वास्थ्य विभाग की टीम "
        "गोरखपुर पहुंची है।")
CITY_SPANS = [("गोरखपुर", "LOC"), ("उत्तर प्रदेश", "LOC"), ("गोरखपुर", "LOC"), ("लखनऊ", "LOC"), ("गोरखपुर", "LOC")]

DIRECTORY = ("देहरादून में ये दुकानें खुली रहेंगी\n\nदेहरादून में लॉकडाउन के दौरान राशन की ये दुकानें खुली रहेंगी।\n\n"
             "राजपुर रोड, घंटाघर चौक, गोरखपुर, सुभाष नगर आदि क्षेत्र - शर्मा जनरल स्टोर 9876543210, गुप्ता स्टोर "
             "9123456780\n\nबल्लूपुर चौक, कांवली रोड आदि क्षेत्र - बिष्ट जनरल स्टोर 9012345678")
DIRECTORY_SPANS = [("देहरादून", "LOC"), ("देहरादून", "LOC"), ("राजपुर रोड", "LOC"), ("घंटाघर चौक", "LOC"),
                   ("गोरखपुर", "LOC"), ("सुभाष नगर", "LOC"), ("बल्लूपुर चौक", "LOC"), ("कांवली रोड", "LOC")]


def test_a_town_named_in_a_list_of_another_towns_quarters_is_a_quarter() -> None:
    index = EntityIndex()
    city = linked(index, "c1", CITY, CITY_SPANS)
    # Before, the Dehradun quarter called गोरखपुर, listed among other quarters of a shop directory, joined the UP city.
    quarter = linked(index, "d1", DIRECTORY, DIRECTORY_SPANS)
    assert quarter["गोरखपुर"] != city["गोरखपुर"]
    # A later plain report of the city joins the city, and does not make the quarter and the city one.
    later = linked(index, "c2", "बारिश\n\nगोरखपुर में आज तेज बारिश हुई और कई जगह पानी भर गया।", [("गोरखपुर", "LOC")])
    assert later["गोरखपुर"] == city["गोरखपुर"]
    assert index.resolve(quarter["गोरखपुर"]) != index.resolve(city["गोरखपुर"])
    # A list of towns is no list of quarters: the city of a round-up of districts is the city.
    text = "प्रदेश में मरीज\n\nप्रदेश के आगरा, मेरठ, गोरखपुर और कानपुर में नए मरीज मिले।"
    round_up = linked(index, "r1", text, [("आगरा", "LOC"), ("मेरठ", "LOC"), ("गोरखपुर", "LOC"), ("कानपुर", "LOC")])
    assert round_up["गोरखपुर"] == city["गोरखपुर"]
    # Nor is a list whose other items are districts the lists know, whatever their heads.
    text = ("गुजरात में रेड जोन\n\nगुजरात के अहमदाबाद, गांधीनगर, भावनगर, सूरत आदि जिलों को रेड जोन में रखा गया।\n\n"
            "उत्तर प्रदेश के गोरखपुर में भी सख्ती है।")
    gujarat = linked(index, "g1", text, [("गुजरात", "LOC"), ("गुजरात", "LOC"), ("अहमदाबाद", "LOC"), ("गांधीनगर", "LOC"),
                                         ("भावनगर", "LOC"), ("सूरत", "LOC"), ("उत्तर प्रदेश", "LOC"), ("गोरखपुर", "LOC")])
    assert gujarat["गोरखपुर"] == city["गोरखपुर"]


WHO = "विश्व स्वास्थ्य संगठन"


def _who_report(article_id: str, name: str, index: EntityIndex, city: str = "जिनेवा") -> str:
    text = (f"महामारी पर चेतावनी\n\n{WHO} के महानिदेशक {name} ने {city} में कहा कि सभी देश जांच बढ़ाएं। "
            f"{WHO} ने यात्रा पर सलाह भी जारी की।")
    spans = [(WHO, "ORG"), (name, "PER"), (city, "LOC"), (WHO, "ORG")]
    return linked(index, article_id, text, spans)[name]


def test_a_long_foreign_name_transliterated_several_ways_is_one_person() -> None:
    index = EntityIndex()
    first = _who_report("w1", "टैड्रोस एडहेनॉम घेबरेयेसस", index)
    # Each report writes the Director-General's name its own way: the consonants are the same.
    assert _who_report("w2", "टेड्रॉस एडहानोम घेबरेसस", index) == index.resolve(first)
    # A shorter form without the middle name, on the same terms.
    assert _who_report("w3", "टेड्रॉस गेब्रेयेसस", index) == index.resolve(first)
    # With nothing in common with the entity's reports, the consonants alone join nothing.
    text = "खेल\n\nफुटबॉल क्लब के मालिक टेड्रोस एधोनम घेब्रेयेसस ने नया स्टेडियम खोला।"
    alone = linked(index, "w4", text, [("टेड्रोस एधोनम घेब्रेयेसस", "PER")])["टेड्रोस एधोनम घेब्रेयेसस"]
    assert alone != index.resolve(first)


def test_indian_names_that_differ_in_their_vowels_are_not_transliterations() -> None:
    # सुनील and सोनल share their consonants: Indian names are told by their vowels, so no skeleton is read.
    assert variant_skeletons("सुनील कुमार वर्मा") is None
    assert variant_skeletons("टेड्रॉस गेब्रेयेसस") == ("tdrs", "gbrss")
    index = EntityIndex()
    a = _who_report("i1", "सुनील कुमार वर्मा", index, city="लखनऊ")
    b = _who_report("i2", "सोनल कुमार वर्मा", index, city="लखनऊ")
    assert a != b
    # A foreign name whose consonants differ is another person, whatever the context.
    c = _who_report("f1", "मारियो अल्बर्टो फर्नांडिस", index)
    d = _who_report("f2", "मारियो अल्बर्टो हर्नांडिस", index)
    assert c != d


def test_an_honorific_before_a_bodys_name_is_the_same_body() -> None:
    assert bare_form("हजरत निजामुद्दीन मरकज", "ORG") == "निजामुद्दीन मरकज"
    assert bare_form("श्री गंगा राम अस्पताल", "ORG") == "गंगा राम अस्पताल"
    assert bare_form("श्री राम मंदिर", "LOC") is None  # राम मंदिर: many towns have one
    index = EntityIndex()
    text = "मरकज से लौटे लोग\n\nदिल्ली के निजामुद्दीन मरकज में शामिल हुए 45 लोग संक्रमित मिले हैं।"
    plain = linked(index, "m1", text, [("दिल्ली", "LOC"), ("निजामुद्दीन मरकज", "ORG")])
    text = "गृह मंत्रालय का बयान\n\nगृह मंत्रालय ने बताया कि 21 मार्च तक हजरत निजामुद्दीन मरकज में 1,746 लोग रहे थे।"
    honoured = linked(index, "m2", text, [("गृह मंत्रालय", "ORG"), ("हजरत निजामुद्दीन मरकज", "ORG")])
    assert honoured["हजरत निजामुद्दीन मरकज"] == plain["निजामुद्दीन मरकज"]


def test_a_hotel_named_without_a_head_word_is_no_person() -> None:
    index = EntityIndex()
    text = "होटल में जांच\n\nसंक्रमित व्यक्ति ने दिल्ली स्थित हयात रिजेंसी के रेस्तरां में खाना खाया था।"
    found = linked(index, "h1", text, [("दिल्ली", "LOC"), ("हयात रिजेंसी", "PER")])
    assert index.entities[found["हयात रिजेंसी"]].type == "ORG"
    # The same name in a later report is the same hotel.
    text = "बयान जारी\n\nमंगलवार को दिल्ली के हयात रिजेंसी ने बयान जारी कर कहा कि सभी कर्मचारियों की जांच होगी।"
    again = linked(index, "h2", text, [("दिल्ली", "LOC"), ("हयात रिजेंसी", "PER")])
    assert again["हयात रिजेंसी"] == found["हयात रिजेंसी"]
