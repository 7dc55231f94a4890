"""Session 17 (issue 13, canonical entities a user can trust): classes read in the entity list of covid5_unlabelled
and the seeds. Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import groups_of, linked_entities, ordered_mentions


def _group_of(groups, text: str) -> int:
    return next(i for i, g in enumerate(groups) if any(m.text == text for m in g.mentions))


def test_a_party_written_as_letters_long_form_and_syllables_is_one_group() -> None:
    # The letters first, then the long form (its expansion), then the bracketed syllabic short form the gazetteer
    # knows as the long form's name: all three are the party.
    text = ("बिहार में आरजेडी को चुभ रही तारीफ\n\nउपमुख्यमंत्री सुशील कुमार मोदी ने ट्वीट कर राष्ट्रीय जनता दल (राजद) और "
            "कांग्रेस पर निशाना साधा। उन्होंने कहा कि राजद के नेता जमीनी हकीकत नहीं जानते।")
    groups = groups_of("rjd1", text, "hi", {"आरजेडी": "ORG", "राष्ट्रीय जनता दल": "ORG", "राजद": "ORG",
                                            "कांग्रेस": "ORG", "सुशील कुमार मोदी": "PER"})
    party = _group_of(groups, "आरजेडी")
    assert _group_of(groups, "राष्ट्रीय जनता दल") == party
    assert _group_of(groups, "राजद") == party
    assert _group_of(groups, "कांग्रेस") != party


def test_an_agency_in_brackets_after_a_known_town_is_not_the_towns_acronym() -> None:
    index = EntityIndex()
    text = "बाजार में भीड़\n\nहाथरस[जेएनएन]: सुबह लॉकडाउन को लेकर बाजार में सख्ती रही। हाथरस में दुकानें बंद रहीं।"
    ids = linked_entities(index, "h1", text, [("हाथरस", "LOC"), ("जेएनएन", "ORG"), ("हाथरस", "LOC")])
    assert ids["हाथरस"] != ids["जेएनएन"]
    assert index.get(ids["हाथरस"]).type == "LOC"
    # A body's own acronym in brackets still joins it.
    other = linked_entities(EntityIndex(), "h2", "जांच\n\nराजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट (आरएमआरआई) में जांच होगी।",
                            [("राजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट", "ORG"), ("आरएमआरआई", "ORG")])
    assert other["आरएमआरआई"] == other["राजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट"]


def test_descriptions_of_one_office_in_several_states_are_not_all_given_to_one_holder() -> None:
    # A round-up of a video conference: one chief minister is named with a bare title; the chief ministers of two
    # other states are described by their state alone. Neither description is his.
    text = ("बैठक\n\nमुख्यमंत्री त्रिवेंद्र रावत ने प्रधानमंत्री से मनरेगा की अवधि बढ़ाने को कहा। केरल के मुख्यमंत्री ने बैठक में "
            "हिस्सा नहीं लिया। बैठक के दौरान मिजोरम के मुख्यमंत्री ने सीमाएं बंद रखने की बात कही।")
    groups = groups_of("cm1", text, "hi", {"त्रिवेंद्र रावत": "PER", "केरल": "LOC", "मिजोरम": "LOC"})
    rawat = groups[_group_of(groups, "त्रिवेंद्र रावत")]
    assert all(m.source != "description" for m in rawat.mentions)
    # One description of the office, with its state, still finds the one holder named with the bare title.
    one = ("बैठक\n\nमुख्यमंत्री त्रिवेंद्र रावत ने प्रधानमंत्री से मनरेगा की अवधि बढ़ाने को कहा। उत्तराखंड के मुख्यमंत्री ने "
           "मजदूरों की वापसी की मांग भी की।")
    groups = groups_of("cm2", one, "hi", {"त्रिवेंद्र रावत": "PER", "उत्तराखंड": "LOC"})
    rawat = groups[_group_of(groups, "त्रिवेंद्र रावत")]
    assert any(m.source == "description" for m in rawat.mentions)


def test_the_index_gives_no_description_of_an_office_in_several_states_to_a_bare_title_holder() -> None:
    index = EntityIndex()
    text = ("बैठक\n\nमुख्यमंत्री त्रिवेंद्र रावत ने प्रधानमंत्री से मनरेगा की अवधि बढ़ाने को कहा। केरल के मुख्यमंत्री ने बैठक में "
            "हिस्सा नहीं लिया। बैठक के दौरान मिजोरम के मुख्यमंत्री ने सीमाएं बंद रखने की बात कही।")
    ids = linked_entities(index, "cm3", text, [("त्रिवेंद्र रावत", "PER"), ("केरल", "LOC"), ("मिजोरम", "LOC")])
    rawat = index.get(ids["त्रिवेंद्र रावत"])
    assert all("मुख्यमंत्री" not in m["text"] for m in rawat.mentions)


def test_an_everyday_word_glued_to_a_place_is_the_place() -> None:
    from khabar.link.name_spans import repair_spans
    from khabar.model import Mention

    text = "प्रदेश 9 राजस्थान वायरस मामलेराजस्थान में वायरस संक्रमण के मामले बढ़कर 300 हो गए।"
    start = text.index("मामलेराजस्थान")
    glued = Mention(start, start + len("मामलेराजस्थान"), "मामलेराजस्थान", "LOC", source="model")
    [repaired] = repair_spans(text, [glued], "hi")
    assert repaired.text == "राजस्थान" and text[repaired.start:repaired.end] == "राजस्थान"
    # A real place written as one word keeps its name (घाटकोपर: घाट and कोपर), and a glued word whose place the
    # article never writes alone is left to the tagger.
    for place in ("घाटकोपर", "रामकृष्णानगर"):
        text = f"मुंबई के {place} में एक मरीज मिला।"
        start = text.index(place)
        [kept] = repair_spans(text, [Mention(start, start + len(place), place, "LOC", source="model")], "hi")
        assert kept.text == place


def test_a_doubled_consonant_after_a_reph_is_one_spelling() -> None:
    index = EntityIndex()
    first = linked_entities(index, "hv1", "समीक्षा\n\nकेंद्रीय स्वास्थ्य मंत्री हर्ष वर्धन ने अस्पतालों की तैयारी की समीक्षा की। "
                            "हर्ष वर्धन ने कहा कि जांच बढ़ेगी।", [("हर्ष वर्धन", "PER"), ("हर्ष वर्धन", "PER")])
    second = linked_entities(index, "hv2", "बयान\n\nकेंद्रीय स्वास्थ्य मंत्री हर्षवर्द्धन ने कहा कि घबराने की जरूरत नहीं है।",
                             [("हर्षवर्द्धन", "PER")])
    assert index.resolve(second["हर्षवर्द्धन"]) == index.resolve(first["हर्ष वर्धन"])
    # Another consonant is another name: बुध is not बुद्ध (no reph before the pair).
    from khabar.link.coref import loose_keys

    assert not loose_keys("बुद्ध") & loose_keys("बुध")


def test_a_place_cut_out_of_a_two_word_name_the_store_knows_takes_the_other_word() -> None:
    index = EntityIndex()
    whole = [linked_entities(index, f"lk{i}", f"मामले\n\nलखीमपुर खीरी में {n} नए मरीज मिले। जिले में सख्ती है।",
                             [("लखीमपुर खीरी", "LOC")])["लखीमपुर खीरी"] for i, n in ((1, 3), (2, 5))]
    assert whole[0] == whole[1]
    district = index.resolve(whole[0])
    first = linked_entities(index, "lk3", "आंकड़े\n\nनोएडा में 134, लखीमपुर खीरी में 4, कानपुर में 20 मरीज हैं।",
                            [("नोएडा", "LOC"), ("लखीमपुर", "LOC"), ("कानपुर", "LOC")])
    assert index.resolve(first["लखीमपुर"]) == district  # the tagger's span, linked through the repaired one
    second = linked_entities(index, "lk4", "आंकड़े\n\nआजमगढ़, लखीमपुर खीरी, पीलीभीत में बंदी रहेगी।",
                             [("आजमगढ़", "LOC"), ("खीरी", "LOC"), ("पीलीभीत", "LOC")])
    assert index.resolve(second["खीरी"]) == district
    both = linked_entities(index, "lk5", "बाजार\n\nलखीमपुर-खीरी : आज सुबह दुकानें खुलीं।",
                           [("लखीमपुर", "LOC"), ("खीरी", "LOC")])
    assert index.resolve(both["लखीमपुर"]) == index.resolve(both["खीरी"]) == district
    # A common word after a place (के, में) is never read, and two places the store never saw as one name stay two.
    apart = linked_entities(index, "lk6", "आंकड़े\n\nलखीमपुर के चार और आगरा कानपुर मार्ग पर दो मरीज मिले।",
                            [("लखीमपुर", "LOC"), ("आगरा", "LOC"), ("कानपुर", "LOC")])
    assert set(apart) == {"लखीमपुर", "आगरा", "कानपुर"}
    assert index.resolve(apart["लखीमपुर"]) != district


def test_a_partys_english_letters_hindi_letters_and_syllables_are_one_entity_across_reports() -> None:
    from khabar.link.latin import curated_acronyms

    assert curated_acronyms()["RJD"] == "Rashtriya Janata Dal"
    assert curated_acronyms()["JDU"] == "Janata Dal (United)"
    assert "ICC" not in curated_acronyms()  # a court and a cricket council
    index = EntityIndex()
    english = linked_entities(index, "p1", "ट्रेनें\n\nपचास ट्रेनों का इंतजाम करे बिहार सरकार, किराया RJD देगी।",
                              [("बिहार", "LOC"), ("RJD", "ORG")])
    letters = linked_entities(index, "p2", "धरना\n\nआरजेडी कार्यकर्ताओं ने पटना में धरना दिया।",
                              [("आरजेडी", "ORG"), ("पटना", "LOC")])
    syllables = linked_entities(index, "p3", "बयान\n\nराजद नेताओं ने सरकार पर निशाना साधा।", [("राजद", "ORG")])
    party = index.resolve(english["RJD"])
    assert index.resolve(letters["आरजेडी"]) == party and index.resolve(syllables["राजद"]) == party
    jdu = linked_entities(index, "p4", "बैठक\n\nजेडीयू और जदयू विधायक दल की बैठक हुई।", [("जेडीयू", "ORG"), ("जदयू", "ORG")])
    assert jdu["जेडीयू"] == jdu["जदयू"] and index.resolve(jdu["जेडीयू"]) != party


def test_english_title_modifiers_and_a_plural_title_describe_office_holders() -> None:
    from khabar.link.entity_filter import is_description

    for phrase in ("Special Representatives", "Chief Ministers", "Foreign Ministers", "Governors"):
        assert is_description(phrase, "PER"), phrase
    # Names that end in a plural that is no title, or hold a name word, stay names.
    for name in ("Narendra Modi", "Kansas City Chiefs", "General Motors", "Mumbai Indians", "Young Presidents"):
        assert not is_description(name, "PER"), name


def test_the_union_ministry_written_with_and_without_its_home_marker_is_one_body() -> None:
    index = EntityIndex()
    bare = linked_entities(index, "u1", "आंकड़े\n\nस्वास्थ्य मंत्रालय के मुताबिक देश में 500 मामले हैं।",
                           [("स्वास्थ्य मंत्रालय", "ORG")])
    union = linked_entities(index, "u2", "निर्देश\n\nकेंद्रीय स्वास्थ्य मंत्रालय ने राज्यों को नए निर्देश भेजे हैं।",
                            [("केंद्रीय स्वास्थ्य मंत्रालय", "ORG")])
    assert index.resolve(union["केंद्रीय स्वास्थ्य मंत्रालय"]) == index.resolve(bare["स्वास्थ्य मंत्रालय"])
    # The Centre's government is no bare "government".
    from khabar.link.head_forms import bare_form

    assert bare_form("केंद्र सरकार", "ORG") is None
    assert bare_form("केंद्रीय रिजर्व पुलिस बल", "ORG") is None  # a force of its own, not a body every country has


def test_a_head_after_a_place_is_not_taken_as_the_rest_of_its_name() -> None:
    index = EntityIndex()
    for i in (1, 2):
        linked_entities(index, f"hb{i}", "चीन\n\nहुबेई प्रांत में नए मामले घटे हैं।", [("हुबेई प्रांत", "LOC")])
    text = "चीन\n\nहुबेई प्रांत में पाबंदियां हटेंगी।"
    from khabar.link.entities import link_article
    from link_support import analysis_of

    analysis = analysis_of("hb3", text, "hi", ordered_mentions(text, [("हुबेई", "LOC")]))
    linked = link_article(index, text, analysis)
    assert [m.text for m in linked] == ["हुबेई"]  # the span stays the tagger's; the bare form finds the province


def test_a_round_up_with_the_union_ministry_and_another_countrys_keeps_them_apart() -> None:
    index = EntityIndex()
    home = linked_entities(index, "r1", "आंकड़े\n\nस्वास्थ्य मंत्रालय के मुताबिक देश में 500 मामले हैं।", [("स्वास्थ्य मंत्रालय", "ORG")])
    text = ("दुनिया\n\nकेंद्रीय स्वास्थ्य मंत्रालय ने राज्यों को निर्देश भेजे। स्वास्थ्य मंत्रालय के आंकड़े के अनुसार भारत में 283 "
            "मामले हैं।\n\nईरान में कोरोना वायरस से 123 और लोगों की मौत हो गई जिससे मृतकों की कुल संख्या 1,556 हो गई है। "
            "स्वास्थ्य मंत्रालय ने शनिवार को यह जानकारी दी।")
    spans = [("केंद्रीय स्वास्थ्य मंत्रालय", "ORG"), ("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC"), ("ईरान", "LOC"),
             ("स्वास्थ्य मंत्रालय", "ORG")]
    analysis_mentions = linked_entities(index, "r2", text, spans)
    union = index.resolve(home["स्वास्थ्य मंत्रालय"])
    assert index.resolve(analysis_mentions["केंद्रीय स्वास्थ्य मंत्रालय"]) == union
    iran_start = text.rindex("स्वास्थ्य मंत्रालय")
    # Iran's ministry is not the Union's; the home marker's mention and the plain one of India's passage are.
    union_starts = {m["start"] for m in index.get(union).mentions if m["article_id"] == "r2"}
    assert iran_start not in union_starts
    assert text.index("स्वास्थ्य मंत्रालय के आंकड़े") in union_starts


def test_a_territory_of_two_names_joined_by_and_is_one_place_not_its_halves() -> None:
    # The tagger cut अंडमान और निकोबार द्वीपसमूह at the conjunction and ran its first half into प्रदेश: neither
    # piece is a place of its own; the gazetteer's whole name is the mention.
    from khabar.analyse.entities import mentions_in_sentence
    from khabar.model import Span

    text = "केंद्र शासित प्रदेश अंडमान और निकोबार द्वीपसमूह में कोरोना के तीन नए मामले मिले हैं।"
    words = [*text.rstrip("।").split(), "।"]
    tags = ["O"] * len(words)
    tags[2:4] = ["B-LOC", "I-LOC"]  # [प्रदेश अंडमान]
    tags[5:7] = ["B-LOC", "I-LOC"]  # [निकोबार द्वीपसमूह]
    found = mentions_in_sentence(text, Span(0, len(text), text), tags)
    assert [(m.text, m.type) for m in found] == [("अंडमान और निकोबार द्वीपसमूह", "LOC")]
    assert all(text[m.start:m.end] == m.text for m in found)
    # दमन और [दीव]: the whole territory, not दीव the town.
    text = "उन्होंने कहा कि दमन और दीव में कोई नया मामला नहीं है।"
    words = [*text.rstrip("।").split(), "।"]
    tags = ["O"] * len(words)
    tags[5] = "B-LOC"
    found = mentions_in_sentence(text, Span(0, len(text), text), tags)
    assert [m.text for m in found] == ["दमन और दीव"]


def test_a_name_right_before_an_area_head_is_a_place() -> None:
    # The tagger took the Delhi quarter for an organisation (the Markaz is there) and for a person: the head word
    # after it (इलाके, क्षेत्र) says a place, and the article's one type for the name follows.
    from khabar.analyse.entities import _areas_by_head_after, _vote_types

    text = ("दिल्ली के निजामुद्दीन इलाके में मरकज है। पुलिस दक्षिण दिल्ली के निजामुद्दीन क्षेत्र में तैनात रही। "
            "निजामुद्दीन से लौटे लोगों की जांच होगी। रमेश इलाके के लोगों से मिले।")
    spans = [("दिल्ली", "LOC"), ("निजामुद्दीन", "ORG"), ("निजामुद्दीन", "PER"), ("निजामुद्दीन", "ORG"), ("रमेश", "PER")]
    found = ordered_mentions(text, spans)
    typed = _vote_types(_areas_by_head_after(text, found))
    assert [m.type for m in typed[1:4]] == ["LOC", "LOC", "LOC"]
    assert typed[4].type == "PER"  # रमेश इलाके के लोगों से मिले: a person, the subject before an area word
