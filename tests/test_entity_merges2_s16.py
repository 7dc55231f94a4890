"""Session 16 (issue 13, no wrong merge among canonical entities): a country and another country's region of the
same name (Georgia the country, Georgia the US state). Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.acronyms import expansions_agree
from khabar.link.entities import EntityIndex
from khabar.link.places import namesake_regions_abroad
from link_support import linked_entities


def test_a_country_named_like_another_countrys_region_is_known() -> None:
    assert namesake_regions_abroad("जॉर्जिया") == {"United States"}  # ISO 3166-2 US-GA
    assert not namesake_regions_abroad("नेपाल")
    assert not namesake_regions_abroad("टेक्सास")  # a region is not a country


def test_a_country_and_a_foreign_state_of_its_name_are_two_places() -> None:
    index = EntityIndex()
    country = linked_entities(index, "g1", "आंकड़े\n\nक्रोएशिया और जॉर्जिया में 12-12 मामले, रूस में 13 मामले हैं।",
                              [("क्रोएशिया", "LOC"), ("जॉर्जिया", "LOC"), ("रूस", "LOC")])
    # With the office only a state has.
    governor = linked_entities(index, "g2", "ढील\n\nजॉर्जिया के गवर्नर ने जिम और सैलून खोलने की अनुमति दी।",
                               [("जॉर्जिया", "LOC")])
    assert governor["जॉर्जिया"] != country["जॉर्जिया"]
    # Beside the other country's states: the place named last before it is a US state.
    beside = linked_entities(index, "g3", "अमेरिका\n\nकैलिफोर्निया में लोग समुद्र तटों पर आ रहे हैं। पुलिस ने एक पार्क "
                             "बंद किया। अधिकारी गश्त पर हैं। जॉर्जिया ने सैलून खोलने की इजाजत दी है।",
                             [("कैलिफोर्निया", "LOC"), ("जॉर्जिया", "LOC")])
    assert beside["जॉर्जिया"] != country["जॉर्जिया"]
    # Written after the country with a genitive.
    genitive = linked_entities(index, "g4", "फैसला\n\nअमेरिका के जॉर्जिया में दुकानें खुलीं।",
                               [("अमेरिका", "LOC"), ("जॉर्जिया", "LOC")])
    assert genitive["जॉर्जिया"] != country["जॉर्जिया"]
    # A list of countries stays the country.
    listed = linked_entities(index, "g5", "दूसरा चरण\n\nरूस, जापान, जॉर्जिया और जर्मनी से उड़ानें आएंगी।",
                             [("रूस", "LOC"), ("जापान", "LOC"), ("जॉर्जिया", "LOC"), ("जर्मनी", "LOC")])
    assert listed["जॉर्जिया"] == country["जॉर्जिया"]


def test_a_province_named_after_a_passage_about_its_neighbour_province_is_abroad() -> None:
    index = EntityIndex()
    home = linked_entities(index, "p1", "कर्फ्यू\n\nपंजाब के मुख्यमंत्री ने अमृतसर और लुधियाना में कर्फ्यू की घोषणा की।",
                           [("पंजाब", "LOC"), ("अमृतसर", "LOC"), ("लुधियाना", "LOC")])
    # Sindh is named three sentences before; the sentences between it and Punjab point back to it (सूबे, यहां).
    abroad = linked_entities(index, "p2", "पड़ोस\n\nसिंध के मुख्यमंत्री ने कहा कि सूबे में 700 नए मामले आए हैं। यहां कुल "
                             "मामले 11,000 हो गए हैं। इस प्रांत में 180 मौतें हुई हैं। पंजाब में मामलों की संख्या "
                             "10,900 हो गई है।", [("सिंध", "LOC"), ("पंजाब", "LOC")])
    assert abroad["पंजाब"] != home["पंजाब"]
    # A home passage that names no place in its last sentences stays at home.
    later = linked_entities(index, "p3", "राहत\n\nकिसानों के लिए राहत पैकेज घोषित हुआ। मंडियां खुलेंगी। खरीद जारी है। "
                            "पंजाब में गेहूं की खरीद शुरू होगी।", [("पंजाब", "LOC")])
    assert later["पंजाब"] == home["पंजाब"]


def test_a_bare_ministry_after_another_countrys_ministry_named_with_its_short_form_is_that_countrys() -> None:
    index = EntityIndex()
    home = linked_entities(index, "m1", "उड़ानें\n\nविदेश मंत्रालय ने कहा कि विदेश में फंसे लोगों को वापस लाया जाएगा।",
                           [("विदेश मंत्रालय", "ORG")])
    text = ("मदद\n\nचीनी दूतावास ने पाक विदेश मंत्रालय को भेजी चिट्ठी में सीमा खोलने का अनुरोध किया। इस पर इस्लामाबाद ने "
            "हामी भरी।\n\nविदेश मंत्रालय को भेजी चिट्ठी में चीन ने लिखा कि वह दो लाख मास्क भेजेगा।")
    abroad = linked_entities(index, "m2", text, [("पाक विदेश मंत्रालय", "ORG"), ("इस्लामाबाद", "LOC"),
                                                 ("विदेश मंत्रालय", "ORG"), ("चीन", "LOC")])
    assert abroad["विदेश मंत्रालय"] != home["विदेश मंत्रालय"]
    # The same body written bare far from the qualified one, in a passage at home, is the Union's.
    later = linked_entities(index, "m3", "वापसी\n\nकेंद्र सरकार के विदेश मंत्रालय ने बताया कि 300 भारतीय लौटे।",
                            [("विदेश मंत्रालय", "ORG")])
    assert later["विदेश मंत्रालय"] == home["विदेश मंत्रालय"]


def test_an_acronym_defined_by_its_bracketed_expansion_is_not_another_body_of_its_letters() -> None:
    index = EntityIndex()
    # The acronym first, with its own expansion in brackets that the tagger did not take for a name; then, in the
    # same story and with the same places, another medical college whose English initials are the acronym's.
    jammu = linked_entities(index, "a1", "कोरोना\n\nकोरोना वायरस के मामले बढ़े। जम्मू में अधिकारियों ने बताया कि महिला का "
                            "सरकारी मेडिकल कॉलेज (जीएमसी) अस्पताल में इलाज चल रहा है। दिल्ली और लखनऊ में भी मरीज मिले।",
                            [("जम्मू", "LOC"), ("जीएमसी", "ORG"), ("दिल्ली", "LOC"), ("लखनऊ", "LOC")], story="s1")
    gorakhpur = linked_entities(index, "a2", "कोरोना\n\nगोरखपुर मेडिकल कॉलेज में जांच की सुविधा शुरू हुई। दिल्ली और लखनऊ "
                                "के बाद जम्मू में भी जांच होगी।", [("गोरखपुर मेडिकल कॉलेज", "ORG"), ("दिल्ली", "LOC"),
                                                               ("लखनऊ", "LOC"), ("जम्मू", "LOC")], story="s1")
    assert gorakhpur["गोरखपुर मेडिकल कॉलेज"] != jammu["जीएमसी"]
    assert expansions_agree(["acronym_by|सरकारी मेडिकल कॉलेज"], ["सरकारी मेडिकल कॉलेज"])
    assert not expansions_agree(["acronym_by|सरकारी मेडिकल कोलेज"], ["गोरखपुर मेडिकल कॉलेज"])
    assert expansions_agree(["acronym_by|सरकारी मेडिकल कोलेज"], ["Government Medical College"])  # another script
