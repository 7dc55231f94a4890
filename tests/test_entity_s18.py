"""Session 18 (issue 13, canonical entities a user can trust): a quarter named like a town of another state, a
foreign name transliterated several ways, an honorific before a body's name, a hotel named without a head word.
Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article, variant_skeletons
from khabar.link.head_forms import bare_form
from link_support import analysis_of, linked, linked_entities, ordered_mentions

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


SHOPS = ("राशन की दुकानें\n\nदेहरादून में ये दुकानें खुली रहेंगी।\n\nराजपुर रोड, घंटाघर चौक आदि क्षेत्र - अग्रवाल प्रोविजन "
         "स्टोर 9897012345, नेगी जनरल स्टोर 9412098765\n\nकांवली रोड, बल्लूपुर चौक आदि क्षेत्र - अग्रवाल प्रोविजन 9634054321, "
         "शर्मा स्टोर 9758011223\n\nप्रेमनगर क्षेत्र - अग्रवाल प्रोविजन 9634054321")
SHOP_SPANS = [("देहरादून", "LOC"), ("राजपुर रोड", "LOC"), ("घंटाघर चौक", "LOC"), ("अग्रवाल प्रोविजन", "ORG"),
              ("नेगी जनरल स्टोर", "ORG"), ("कांवली रोड", "LOC"), ("बल्लूपुर चौक", "LOC"), ("अग्रवाल प्रोविजन", "ORG"),
              ("शर्मा स्टोर", "ORG"), ("प्रेमनगर", "LOC"), ("अग्रवाल प्रोविजन", "ORG")]


def test_one_shop_name_with_two_phone_numbers_is_two_shops() -> None:
    index = EntityIndex()
    analysis = analysis_of("s1", SHOPS, "hi", ordered_mentions(SHOPS, SHOP_SPANS))
    link_article(index, SHOPS, analysis)
    shops = [index.resolve(m.entity_id) for m in analysis.mentions if m.text == "अग्रवाल प्रोविजन"]
    # Two numbers, two shops; the number written again is the same shop.
    assert shops[0] != shops[1]
    assert shops[1] == shops[2]
    # A name written twice with no number, or with one number, is one referent as before.
    text = "दुकान खुली\n\nअग्रवाल प्रोविजन स्टोर 9897012345 सुबह खुलेगा। अग्रवाल प्रोविजन पर भीड़ न लगाएं।"
    once = linked_entities(index, "s2", text, [("अग्रवाल प्रोविजन", "ORG"), ("अग्रवाल प्रोविजन", "ORG")])
    assert len(set(once.values())) == 1


def test_two_initials_are_the_given_name_and_a_middle_name_left_out() -> None:
    # डॉ. वीके पॉल (Vinod K. Paul) and डॉ. विनोद पॉल, each in reports about NITI Aayog's expert group.
    index = EntityIndex()
    spans = [("नीति आयोग", "ORG"), ("वीके पॉल", "PER"), ("आईसीएमआर", "ORG")]
    text = "विशेषज्ञ समूह\n\nनीति आयोग के सदस्य डॉ. वीके पॉल ने आईसीएमआर के साथ बैठक की।"
    initials = linked(index, "p1", text, spans)["वीके पॉल"]
    text = "जांच बढ़ेगी\n\nनीति आयोग के सदस्य डॉ. विनोद पॉल ने कहा कि आईसीएमआर जांच बढ़ाएगा।"
    given = linked(index, "p2", text, [("नीति आयोग", "ORG"), ("विनोद पॉल", "PER"), ("आईसीएमआर", "ORG")])["विनोद पॉल"]
    assert given == index.resolve(initials)
    # Initials whose first letter is not the given name's stay apart, whatever the context.
    text = "बैठक\n\nनीति आयोग के सलाहकार केके पॉल ने आईसीएमआर के अधिकारियों से बात की।"
    other = linked(index, "p3", text, [("नीति आयोग", "ORG"), ("केके पॉल", "PER"), ("आईसीएमआर", "ORG")])["केके पॉल"]
    assert other != index.resolve(initials)
    # Other initials of the same surname are another person, though V could be विनोद's.
    text = "दौरा\n\nनीति आयोग के डॉ. वीजे पॉल ने आईसीएमआर की प्रयोगशाला देखी।"
    spans = [("नीति आयोग", "ORG"), ("वीजे पॉल", "PER"), ("आईसीएमआर", "ORG")]
    assert linked(index, "p4", text, spans)["वीजे पॉल"] != index.resolve(initials)
    # A surname many people bear: the last initial may be another given name (एमडी सिंह is not मनमोहन सिंह).
    text = "बैठक\n\nनीति आयोग की बैठक में डॉ. मनमोहन सिंह ने आईसीएमआर की रिपोर्ट पढ़ी।"
    spans = [("नीति आयोग", "ORG"), ("मनमोहन सिंह", "PER"), ("आईसीएमआर", "ORG")]
    full = linked(index, "p5", text, spans)["मनमोहन सिंह"]
    text = "रिपोर्ट\n\nनीति आयोग के सलाहकार एमडी सिंह ने आईसीएमआर की रिपोर्ट पर बात की।"
    spans = [("नीति आयोग", "ORG"), ("एमडी सिंह", "PER"), ("आईसीएमआर", "ORG")]
    assert linked(index, "p6", text, spans)["एमडी सिंह"] != index.resolve(full)
    # With one entity in common in one report, the initials join nothing (initials are shared by many people).
    index = EntityIndex()
    text = "विशेषज्ञ समूह\n\nनीति आयोग के सदस्य डॉ. वीके पॉल ने बैठक की।"
    initials = linked(index, "q1", text, [("नीति आयोग", "ORG"), ("वीके पॉल", "PER")])["वीके पॉल"]
    text = "जांच\n\nनीति आयोग के डॉ. विनोद पॉल ने बात की।"
    given = linked(index, "q2", text, [("नीति आयोग", "ORG"), ("विनोद पॉल", "PER")])["विनोद पॉल"]
    assert given != index.resolve(initials)


def test_a_word_written_inside_a_place_before_an_area_head_is_a_place_in_the_whole_article() -> None:
    # The tagger gave the Delhi quarter as the body named after it in most sentences of a Markaz report; one sentence
    # writes it inside Delhi and before इलाके: a place, in every sentence of the article.
    from khabar.analyse.entities import _areas_by_head_after, _vote_types

    text = ("लोग मरकज निजामुद्दीन से आए थे। निजामुद्दीन मामले में पुलिस ने केस दर्ज किया। निजामुद्दीन में जमात का "
            "कार्यक्रम हुआ था। दिल्ली के निजामुद्दीन इलाके से लोगों को निकाला गया। एनडीएमसी क्षेत्र में सफाई हुई। "
            "एनडीएमसी ने बयान दिया। एनडीएमसी के अफसर पहुंचे।")
    spans = [("निजामुद्दीन", "ORG"), ("निजामुद्दीन", "ORG"), ("निजामुद्दीन", "ORG"), ("दिल्ली", "LOC"),
             ("निजामुद्दीन", "ORG"), ("एनडीएमसी", "ORG"), ("एनडीएमसी", "ORG"), ("एनडीएमसी", "ORG")]
    found = ordered_mentions(text, spans)
    typed = _vote_types(_areas_by_head_after(text, found))
    assert [m.type for m in typed if m.text == "निजामुद्दीन"] == ["LOC"] * 4
    # A body before an area head without a place before it (एनडीएमसी क्षेत्र: the council's area) stays a body.
    assert [m.type for m in typed if m.text == "एनडीएमसी"] == ["ORG"] * 3
    # The tagger's own place reading there counts the same: the "persons" elsewhere are the place, not the body
    # that निजामुद्दीन मरकज would name (``_body_names``).
    from khabar.analyse.entities import _body_names

    text = "निजामुद्दीन मरकज में लोग थे। निजामुद्दीन से लौटे लोग। दिल्ली के निजामुद्दीन इलाके में पुलिस है। निजामुद्दीन खाली है।"
    spans = [("निजामुद्दीन मरकज", "ORG"), ("निजामुद्दीन", "PER"), ("दिल्ली", "LOC"), ("निजामुद्दीन", "LOC"),
             ("निजामुद्दीन", "PER")]
    found = ordered_mentions(text, spans)
    typed = _body_names(_vote_types(_areas_by_head_after(text, found)))
    assert [m.type for m in typed if m.text == "निजामुद्दीन"] == ["LOC"] * 3
    assert typed[0].type == "ORG"


def test_a_name_after_an_alias_word_is_the_persons_not_a_place() -> None:
    index = EntityIndex()
    city = linked(index, "j1", "जम्मू में जांच\n\nजम्मू में पांच नए मरीज मिले हैं।", [("जम्मू", "LOC"), ("जम्मू", "LOC")])
    # The tagger took the nickname after उर्फ for the city; before, it joined the city's entity.
    text = "मंदिर समिति\n\nसमिति से 10-12 लोग जुड़े हैं। इसके अध्यक्ष कमल किशोर उर्फ जम्मू हैं।"
    found = linked(index, "j2", text, [("कमल किशोर", "PER"), ("जम्मू", "LOC")])
    assert found["जम्मू"] != city["जम्मू"]
    assert found["जम्मू"] == found["कमल किशोर"]
    # With no person before the alias word, the name is a person of its own, still not the city.
    text = "गिरफ्तारी\n\nपुलिस ने उर्फ जम्मू नाम से चर्चित युवक को पकड़ा।"
    alone = linked(index, "j3", text, [("जम्मू", "LOC")])["जम्मू"]
    assert alone != city["जम्मू"] and index.entities[alone].type == "PER"


def test_a_person_before_situated_is_a_place_in_its_article() -> None:
    from khabar.analyse.entities import _areas_by_head_after, _vote_types

    text = "दिल्ली के निजामुद्दीन के मरकज से लोग लौटे। लिस्ट में निजामुद्दीन स्थित मरकज के लोग हैं। सुरेश ने लिस्ट भेजी।"
    spans = [("दिल्ली", "LOC"), ("निजामुद्दीन", "PER"), ("निजामुद्दीन", "PER"), ("सुरेश", "PER")]
    found = ordered_mentions(text, spans)
    typed = _vote_types(_areas_by_head_after(text, found))
    assert [m.type for m in typed if m.text == "निजामुद्दीन"] == ["LOC", "LOC"]
    assert typed[-1].type == "PER"
