"""Session 16 (issue 13, canonical entities a user can trust): namesake places across borders, English "persons"
that are events, plans or products, and the commonest splits (an initial and a surname, an acronym with a generic
head, a place with its type word). Each written as our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from khabar.link.places import country_of_place, namesake_countries
from link_support import linked_entities


def test_a_home_region_and_its_namesake_abroad_are_known() -> None:
    assert namesake_countries("पंजाब") == {"Pakistan"}  # ISO 3166-2 has a Punjab in India and in Pakistan
    assert not namesake_countries("बिहार")
    assert not namesake_countries("सिंध")  # a place abroad is no home place
    assert country_of_place("सिंध") == "Pakistan" and country_of_place("पंजाब") == "India"


def test_a_province_of_another_country_is_not_the_home_state_of_its_name() -> None:
    index = EntityIndex()
    home = linked_entities(index, "p1", "कर्फ्यू\n\nपंजाब के मुख्यमंत्री ने अमृतसर और लुधियाना में कर्फ्यू की घोषणा की।",
                           [("पंजाब", "LOC"), ("अमृतसर", "LOC"), ("लुधियाना", "LOC")])
    # A round-up of the neighbour's provinces: its sentence names Sindh, a province Pakistan alone has.
    abroad = linked_entities(index, "p2", "पड़ोसी देश\n\nपाकिस्तान में संक्रमितों की संख्या 9,000 हो गई है।\n"
                             "पंजाब में 3,100, सिंध में 2,400 और बलूचिस्तान में 600 मामले हैं।",
                             [("पाकिस्तान", "LOC"), ("पंजाब", "LOC"), ("सिंध", "LOC"), ("बलूचिस्तान", "LOC")])
    assert abroad["पंजाब"] != home["पंजाब"]
    # The country named in the sentence before, and the province word: "अकेले पंजाब प्रांत में".
    prior = linked_entities(index, "p3", "आंकड़े\n\nपाकिस्तान में मामलों की संख्या बढ़कर 1,500 हो गई। अकेले पंजाब प्रांत में "
                            "600 मामले हैं।", [("पाकिस्तान", "LOC"), ("पंजाब", "LOC")])
    assert prior["पंजाब"] != home["पंजाब"]
    # Written after the country with a genitive.
    genitive = linked_entities(index, "p4", "फैसला\n\nपाकिस्तान के पंजाब में मस्जिदें बंद की गईं।",
                               [("पाकिस्तान", "LOC"), ("पंजाब", "LOC")])
    assert genitive["पंजाब"] != home["पंजाब"]
    # The Indian state in a passage that also names Pakistan and an Indian place stays the Indian state.
    border = linked_entities(index, "p5", "सीमा\n\nपाकिस्तान से लौटे तीन लोगों को पंजाब के अमृतसर में अलग रखा गया है।",
                             [("पाकिस्तान", "LOC"), ("पंजाब", "LOC"), ("अमृतसर", "LOC")])
    assert border["पंजाब"] == home["पंजाब"]
    later = linked_entities(index, "p6", "राहत\n\nकिसानों के लिए राहत पैकेज घोषित हुआ। पंजाब में गेहूं की खरीद "
                            "शुरू होगी।", [("पंजाब", "LOC")])
    assert later["पंजाब"] == home["पंजाब"]


def test_an_initial_and_a_surname_is_the_full_name_of_that_surname() -> None:
    # One report writes both: one entity.
    index = EntityIndex()
    text = ("बैठक\n\nकेरल के मुख्यमंत्री पिनराई विजयन ने सर्वदलीय बैठक बुलाई। पी. विजयन ने कहा कि राज्य में 40 नए मामले हैं।")
    ids = linked_entities(index, "i1", text, [("केरल", "LOC"), ("पिनराई विजयन", "PER"), ("पी. विजयन", "PER")])
    assert ids["पी. विजयन"] == ids["पिनराई विजयन"]
    # A common surname with an initial may be another person of the same report (a list of officers).
    text = "सूची\n\nबैठक में राजेश कुमार, आर. कुमार और सुनीता देवी मौजूद रहे।"
    listed = linked_entities(index, "i0", text, [("राजेश कुमार", "PER"), ("आर. कुमार", "PER"), ("सुनीता देवी", "PER")])
    assert listed["आर. कुमार"] != listed["राजेश कुमार"]
    # Once joined, the initialled name is a name of the person.
    later = linked_entities(index, "i2", "राहत\n\nमुख्यमंत्री पी. विजयन ने मछुआरों के लिए राहत पैकेज घोषित किया।",
                            [("पी. विजयन", "PER")])
    assert later["पी. विजयन"] == ids["पिनराई विजयन"]
    # Across reports: the same story, or entities in common.
    index2 = EntityIndex()
    first = linked_entities(index2, "j1", "बैठक\n\nकेरल के मुख्यमंत्री पिनराई विजयन ने तिरुवनंतपुरम में बैठक बुलाई।",
                            [("केरल", "LOC"), ("पिनराई विजयन", "PER"), ("तिरुवनंतपुरम", "LOC")], story="s-kerala")
    second = linked_entities(index2, "j2", "राहत\n\nकेरल के मुख्यमंत्री पी. विजयन ने तिरुवनंतपुरम में राहत पैकेज घोषित किया।",
                             [("केरल", "LOC"), ("पी. विजयन", "PER"), ("तिरुवनंतपुरम", "LOC")], story="s-kerala")
    assert second["पी. विजयन"] == first["पिनराई विजयन"]
    alone = EntityIndex()
    full = linked_entities(alone, "k1", "बैठक\n\nमुख्यमंत्री पिनराई विजयन ने बैठक बुलाई।", [("पिनराई विजयन", "PER")])
    bare = linked_entities(alone, "k2", "खेल\n\nपी. विजयन ने जिला स्तरीय दौड़ जीती।", [("पी. विजयन", "PER")])
    assert bare["पी. विजयन"] != full["पिनराई विजयन"]  # no story or entity in common: an initial says too little
    # Another letter is another person; a surname that differs is another person.
    third = linked_entities(index2, "j3", "खेल\n\nके. विजयन ने राज्य स्तरीय दौड़ जीती। तिरुवनंतपुरम में समारोह हुआ।",
                            [("के. विजयन", "PER"), ("तिरुवनंतपुरम", "LOC")], story="s-kerala")
    assert third["के. विजयन"] != first["पिनराई विजयन"]


def test_an_acronym_with_a_head_its_letters_write_is_the_acronym() -> None:
    index = EntityIndex()
    bare = linked_entities(index, "c1", "परीक्षा\n\nसीबीएसई ने दसवीं की बची परीक्षाएं रद्द कर दीं।", [("सीबीएसई", "ORG")])
    board = linked_entities(index, "c2", "नतीजे\n\nसीबीएसई बोर्ड की बारहवीं की परीक्षाएं जुलाई में होंगी।",
                            [("सीबीएसई बोर्ड", "ORG")])
    assert board["सीबीएसई बोर्ड"] == bare["सीबीएसई"]
    # The other way round: the headed name first.
    index = EntityIndex()
    board = linked_entities(index, "c3", "नतीजे\n\nसीबीएसई बोर्ड की परीक्षाएं जुलाई में होंगी।", [("सीबीएसई बोर्ड", "ORG")])
    bare = linked_entities(index, "c4", "परीक्षा\n\nसीबीएसई ने परीक्षाएं रद्द कर दीं।", [("सीबीएसई", "ORG")])
    assert board["सीबीएसई बोर्ड"] == bare["सीबीएसई"]
    # An institution's head after the acronym: the same body, as in one report.
    index = EntityIndex()
    # (Many towns have an एमजीएम अस्पताल: a local name needs its town in common, as any local name does.)
    bare = linked_entities(index, "c5", "भर्ती\n\nजमशेदपुर में संक्रमित को एमजीएम में भर्ती कराया गया।",
                           [("जमशेदपुर", "LOC"), ("एमजीएम", "ORG")])
    hospital = linked_entities(index, "c6", "इलाज\n\nजमशेदपुर के एमजीएम अस्पताल में 20 बेड का वार्ड बना।",
                               [("जमशेदपुर", "LOC"), ("एमजीएम अस्पताल", "ORG")])
    assert hospital["एमजीएम अस्पताल"] == bare["एमजीएम"]
    # Another head is another body; a state's police is no state.
    council = linked_entities(index, "c9", "बैठक\n\nएनडीएमसी ने सफाई अभियान चलाया।", [("एनडीएमसी", "ORG")])
    school = linked_entities(index, "c10", "पढ़ाई\n\nएनडीएमसी स्कूल में ऑनलाइन कक्षाएं शुरू हुईं।", [("एनडीएमसी स्कूल", "ORG")])
    assert school["एनडीएमसी स्कूल"] != council["एनडीएमसी"]
    state = linked_entities(index, "c7", "आदेश\n\nयूपी में दुकानें बंद रहेंगी।", [("यूपी", "LOC")])
    police = linked_entities(index, "c8", "सख्ती\n\nयूपी पुलिस ने 200 लोगों पर मुकदमा दर्ज किया।", [("यूपी पुलिस", "ORG")])
    assert police["यूपी पुलिस"] != state["यूपी"]


def test_a_province_with_and_without_its_head_is_one_place_but_a_city_state_is_not() -> None:
    index = EntityIndex()
    province = linked_entities(index, "h1", "चीन\n\nचीन के हुबेई प्रांत में 30 नई मौतें हुईं।",
                               [("चीन", "LOC"), ("हुबेई प्रांत", "LOC")])
    bare = linked_entities(index, "h2", "वुहान\n\nहुबेई में लॉकडाउन हटाया गया।", [("हुबेई", "LOC")])
    assert bare["हुबेई"] == province["हुबेई प्रांत"]
    state = linked_entities(index, "h3", "अमेरिका\n\nवाशिंगटन राज्य में 50 लोगों की मौत हुई।", [("वाशिंगटन राज्य", "LOC")])
    city = linked_entities(index, "h4", "बयान\n\nवाशिंगटन में व्हाइट हाउस ने बयान जारी किया।", [("वाशिंगटन", "LOC")])
    assert city["वाशिंगटन"] != state["वाशिंगटन राज्य"]


def test_english_plans_fairs_and_honours_are_not_people() -> None:
    from khabar.analyse.english_names import find_mentions
    from link_support import analysis_of

    text = ("Delhi invoked stage three of the Graded Emission Control Plan on Tuesday as the air turned toxic.\n"
            "The minister later spoke at the Mumbai Startup Fest and was given the Order of the Golden Lotus by the "
            "visiting president. Finance Minister Nirmala Sitharaman and Rohan Mehra attended.\n")
    analysis = analysis_of("en1", text, "en", mentions=[])
    found = {m.text: m.type for m in find_mentions(text, analysis)}
    assert found.get("Graded Emission Control Plan") != "PER"
    assert found.get("Mumbai Startup Fest") != "PER"
    assert found.get("Order of the Golden Lotus") != "PER"
    assert found["Nirmala Sitharaman"] == "PER" and found["Rohan Mehra"] == "PER"


def test_a_speaker_glued_to_the_dateline_is_no_place() -> None:
    index = EntityIndex()
    text = ("समाचार\n\nदेश में अब तक 28 मामलों की पुष्टि हुई : हेमवर्धन नयी दिल्ली, केंद्रीय स्वास्थ्य मंत्री हेमवर्धन ने बुधवार को "
            "कहा कि देश तैयार है।")
    ids = linked_entities(index, "d1", text, [("हेमवर्धन नयी दिल्ली", "LOC"), ("हेमवर्धन", "PER")])
    names = {e.name for e in index.entities.values()}
    assert "हेमवर्धन नयी दिल्ली" not in names and "नयी दिल्ली" in names
    assert ids["हेमवर्धन"] in index.entities
    # A place whose first word is no person of the article keeps its name (लखीमपुर खीरी, ग्रेटर नोएडा).
    index = EntityIndex()
    linked_entities(index, "d2", "हादसा\n\nलखीमपुर खीरी में सड़क हादसे में अजय कुमार घायल हुए।",
                    [("लखीमपुर खीरी", "LOC"), ("अजय कुमार", "PER")])
    assert "लखीमपुर खीरी" in {e.name for e in index.entities.values()}
    # Nor does a quarter with a compass word lose it where the tagger took its first word for a person.
    index = EntityIndex()
    linked_entities(index, "d3", "बाजार\n\nजमालुद्दीन ने बताया कि जमालुद्दीन पश्चिम में दुकानें खुलेंगी।",
                    [("जमालुद्दीन", "PER"), ("जमालुद्दीन पश्चिम", "LOC")])
    assert "जमालुद्दीन पश्चिम" in {e.name for e in index.entities.values()}


def test_an_acronym_with_and_without_its_head_in_one_report_is_one_body() -> None:
    index = EntityIndex()
    text = "परीक्षा\n\nसीबीएसई बोर्ड की दसवीं की परीक्षाएं होंगी। सीबीएसई ने कहा कि तारीखें जल्द आएंगी।"
    ids = linked_entities(index, "b1", text, [("सीबीएसई बोर्ड", "ORG"), ("सीबीएसई", "ORG")])
    assert ids["सीबीएसई बोर्ड"] == ids["सीबीएसई"]


def test_an_organisation_in_english_letters_beside_its_hindi_name_is_one_body() -> None:
    index = EntityIndex()
    text = "जांच\n\nतबलीगी जमात (Tablighi Jamaat) के प्रमुख से पूछताछ होगी। तबलीगी जमात के 20 सदस्य अलग रखे गए।"
    ids = linked_entities(index, "t1", text, [("तबलीगी जमात", "ORG"), ("Tablighi Jamaat", "ORG")])
    assert ids["Tablighi Jamaat"] == ids["तबलीगी जमात"]
    # Another body of other words stays apart.
    text = "बैठक\n\nजमात-ए-इस्लामी के नेता और Tablighi Markaz के प्रबंधक मिले।"
    ids = linked_entities(index, "t2", text, [("जमात-ए-इस्लामी", "ORG"), ("Tablighi Markaz", "ORG")])
    assert ids["Tablighi Markaz"] != ids["जमात-ए-इस्लामी"]


def test_a_name_that_opens_with_a_direction_is_a_place_not_a_person() -> None:
    from khabar.link.entity_filter import head_type

    assert head_type("वेस्ट इंडीज", "PER") == "LOC"
    assert head_type("नॉर्थ कैरोलिना", "PER") == "LOC"
    assert head_type("पूर्व विधायक", "PER") == "PER"  # पूर्व is also "former": not read as a direction
    assert head_type("राम प्रसाद", "PER") == "PER"
    index = EntityIndex()
    place = linked_entities(index, "w1", "क्रिकेट\n\nवेस्टइंडीज के खिलाड़ी घर लौटे।", [("वेस्टइंडीज", "LOC")])
    person = linked_entities(index, "w2", "दौरा\n\nवेस्ट इंडीज ने दौरा रद्द कर दिया।", [("वेस्ट इंडीज", "PER")])
    assert person["वेस्ट इंडीज"] == place["वेस्टइंडीज"]
    # Both spellings in one report, one tagged as a person: one group, so one entity.
    index = EntityIndex()
    both = linked_entities(index, "w3", "क्रिकेट\n\nवेस्टइंडीज बोर्ड ने कहा कि वेस्ट इंडीज की टीम नहीं जाएगी।",
                           [("वेस्टइंडीज", "LOC"), ("वेस्ट इंडीज", "PER")])
    assert both["वेस्ट इंडीज"] == both["वेस्टइंडीज"]


def test_a_state_code_in_latin_letters_is_the_state() -> None:
    from khabar.link.places import state_of_code

    assert state_of_code("UP") == "Uttar Pradesh" and state_of_code("MP") == "Madhya Pradesh"
    assert state_of_code("XY") is None and state_of_code("Up") is None
    index = EntityIndex()
    state = linked_entities(index, "u1", "आदेश\n\nउत्तर प्रदेश में दुकानें बंद रहेंगी।", [("उत्तर प्रदेश", "LOC")])
    code = linked_entities(index, "u2", "मजदूर\n\nUP के 8 लाख मजदूर दूसरे राज्यों में फंसे हैं।", [("UP", "LOC")])
    assert code["UP"] == state["उत्तर प्रदेश"]
    # Both in one report: one group, so the Devanagari name is not left to an entity of its own.
    both = linked_entities(index, "u3", "लॉकडाउन\n\nUP में 30 नए मामले आए। उत्तर प्रदेश में अब 300 मरीज हैं।",
                           [("UP", "LOC"), ("उत्तर प्रदेश", "LOC")])
    assert both["UP"] == both["उत्तर प्रदेश"] == state["उत्तर प्रदेश"]
    # A state's code is no acronym of some local body: a report about another state does not keep it apart by its
    # letters' region (``acronyms``), as it does an unexpanded acronym.
    from khabar.link.acronyms import unlisted_acronym

    assert not unlisted_acronym("UP", "LOC") and unlisted_acronym("BMC", "ORG")
