"""Splits of session 15's sample (one referent as several canonical entities), each written as our own sentences in
the style of the reports: a name written as one word and as two, an acronym and the name it abbreviates (in one
report and across reports), a name written with Hindi and with English words; and what must stay apart."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from khabar.link.expansions import abbreviates, acronym_forms, expansion_forms
from link_support import linked_entities


def test_a_name_written_as_one_word_and_as_two_is_one_person() -> None:
    # Before: हेमवर्धन (one word, a "short" name) and हेम वर्धन (two words) never met: two entities of one minister.
    index = EntityIndex()
    first = linked_entities(index, "a1", "बैठक\n\nस्वास्थ्य मंत्री हेमवर्धन ने कहा कि जांच की क्षमता बढ़ाई जा रही है।",
                            [("हेमवर्धन", "PER")])
    second = linked_entities(index, "a2", "दौरा\n\nकेंद्रीय मंत्री हेम वर्धन ने अस्पताल का दौरा किया और डॉक्टरों से बात की।",
                             [("हेम वर्धन", "PER")])
    assert second["हेम वर्धन"] == first["हेमवर्धन"]
    # And the other way round: the spaced name first, then the one-word spelling in a report of its own.
    index = EntityIndex()
    first = linked_entities(index, "b1", "दौरा\n\nकेंद्रीय मंत्री हेम वर्धन ने अस्पताल का दौरा किया।", [("हेम वर्धन", "PER")])
    second = linked_entities(index, "b2", "अपील\n\nहेमवर्धन ने लोगों से घरों में रहने की अपील की।", [("हेमवर्धन", "PER")])
    assert second["हेमवर्धन"] == first["हेम वर्धन"]


def test_a_common_given_name_run_together_is_no_evidence() -> None:
    # राजकुमार, a given name many people bear, is not the राज कुमार of another report for its letters alone.
    index = EntityIndex()
    first = linked_entities(index, "c1", "हादसा\n\nगांव के राज कुमार की दुकान में आग लग गई।", [("राज कुमार", "PER")])
    second = linked_entities(index, "c2", "शिविर\n\nशिविर में राजकुमार ने सौ लोगों को भोजन कराया।", [("राजकुमार", "PER")])
    assert second.get("राजकुमार") != first["राज कुमार"]


def test_two_people_who_share_a_surname_stay_apart() -> None:
    index = EntityIndex()
    one = linked_entities(index, "d1", "बयान\n\nजिलाधिकारी सुनील कपाड़िया ने बताया कि बाजार सुबह खुलेंगे।",
                          [("सुनील कपाड़िया", "PER")])
    two = linked_entities(index, "d2", "खेल\n\nधावक अजय कपाड़िया ने राज्य प्रतियोगिता में स्वर्ण जीता।",
                          [("अजय कपाड़िया", "PER")])
    bare = linked_entities(index, "d3", "मंच\n\nकपाड़िया ने कहा कि वह आगे भी दौड़ते रहेंगे।", [("कपाड़िया", "PER")])
    assert one["सुनील कपाड़िया"] != two["अजय कपाड़िया"]
    assert bare["कपाड़िया"] not in {one["सुनील कपाड़िया"], two["अजय कपाड़िया"]}


def test_acronym_and_expansion_are_read_from_english_initials() -> None:
    assert acronym_forms("केजीएमयू") == {"KGMU"}
    assert abbreviates("केजीएमयू", "किंग जॉर्ज मेडिकल यूनिवर्सिटी")  # ज read as the G of George
    assert abbreviates("एलबीएस अस्पताल", "लाल बहादुर शास्त्री अस्पताल")  # letters before the same head
    assert abbreviates("बीएचयू", "बनारस हिन्दू विश्वविद्यालय")  # the head read as its English word
    assert not abbreviates("एलबीएस अस्पताल", "लाल बहादुर शास्त्री कॉलेज")  # another head
    assert not abbreviates("एनएचए", "राष्ट्रीय स्वास्थ्य आयोग")  # आयोग is the C of Commission, never an A
    assert not abbreviates("एपी", "आंध्र प्रदेश")  # two bare letters fit too many names
    assert not acronym_forms("बीबीसी")  # a list knows BBC: not read as the initials of other words
    assert "UP|सरकार" in acronym_forms("यूपी सरकार") and "UP|सरकार" in expansion_forms("उत्तर प्रदेश सरकार")


def test_an_acronym_and_its_expansion_in_one_report_are_one_body() -> None:
    # Before: two groups of one report, so two entities that could never merge later.
    index = EntityIndex()
    text = ("भर्ती\n\nसंक्रमित को सुचेता कृपलानी अस्पताल में भर्ती कराया गया है। एसके अस्पताल के चिकित्सा अधीक्षक ने बताया कि "
            "उसकी हालत स्थिर है।")
    ids = linked_entities(index, "e1", text, [("सुचेता कृपलानी अस्पताल", "ORG"), ("एसके अस्पताल", "ORG")])
    assert ids["एसके अस्पताल"] == ids["सुचेता कृपलानी अस्पताल"]


def test_an_acronym_joins_the_expansion_of_another_report_with_context() -> None:
    index = EntityIndex()
    full = linked_entities(index, "f1", "इलाज\n\nमरीज को लाल बहादुर शास्त्री अस्पताल भेजा गया। चिकित्सा अधीक्षक विनय माथुर "
                           "ने बताया कि वार्ड तैयार है।", [("लाल बहादुर शास्त्री अस्पताल", "ORG"), ("विनय माथुर", "PER")])
    short = linked_entities(index, "f2", "जांच\n\nतीन लोगों को एलबीएस अस्पताल में रखा गया है। विनय माथुर ने कहा कि सबकी "
                            "जांच होगी।", [("एलबीएस अस्पताल", "ORG"), ("विनय माथुर", "PER")])
    assert short["एलबीएस अस्पताल"] == full["लाल बहादुर शास्त्री अस्पताल"]
    # A bare acronym says less: the same story and more is needed, not a shared place alone.
    index = EntityIndex()
    full = linked_entities(index, "g1", "शोध\n\nगोरखपुर मेडिकल यूनिवर्सिटी ने पीपीई किट बनाई। कुलपति रमेश चंद्र त्यागी ने बताया।",
                           [("गोरखपुर मेडिकल यूनिवर्सिटी", "ORG"), ("रमेश चंद्र त्यागी", "PER")], story="s1")
    apart = linked_entities(index, "g2", "बैठक\n\nबस्ती में जीएमयू के छात्रों ने धरना दिया।",
                            [("बस्ती", "LOC"), ("जीएमयू", "ORG")])
    assert apart["जीएमयू"] != full["गोरखपुर मेडिकल यूनिवर्सिटी"]
    joined = linked_entities(index, "g3", "किट\n\nजीएमयू के कुलपति रमेश चंद्र त्यागी ने किट सौंपी।",
                             [("जीएमयू", "ORG"), ("रमेश चंद्र त्यागी", "PER")], story="s1")
    assert index.resolve(joined["जीएमयू"]) == index.resolve(full["गोरखपुर मेडिकल यूनिवर्सिटी"])


def test_a_name_in_hindi_and_in_english_words_is_one_body() -> None:
    # भारतीय सेना and इंडियन आर्मी: the same Latin name (Indian Army) from Hindi and from English words.
    index = EntityIndex()
    hindi = linked_entities(index, "h1", "मदद\n\nभारतीय सेना ने लद्दाख में अस्थायी अस्पताल बनाया।",
                            [("भारतीय सेना", "ORG"), ("लद्दाख", "LOC")])
    english = linked_entities(index, "h2", "राहत\n\nइंडियन आर्मी के जवानों ने राशन बांटा।", [("इंडियन आर्मी", "ORG")])
    assert english["इंडियन आर्मी"] == hindi["भारतीय सेना"]


def test_a_name_without_its_middle_word_is_the_same_person() -> None:
    # In one report: two groups before, so two entities that no later report could join.
    index = EntityIndex()
    text = ("समीक्षा\n\nमुख्यमंत्री त्रिलोचन सिंह नेगी ने जिलों के अधिकारियों से बात की। बैठक के बाद त्रिलोचन नेगी ने कहा कि "
            "सीमाएं बंद रहेंगी।")
    ids = linked_entities(index, "m1", text, [("त्रिलोचन सिंह नेगी", "PER"), ("त्रिलोचन नेगी", "PER")])
    assert ids["त्रिलोचन नेगी"] == ids["त्रिलोचन सिंह नेगी"]
    # Across reports of one story, either way round.
    index = EntityIndex()
    full = linked_entities(index, "m2", "आदेश\n\nअपर मुख्य सचिव अवधेश कुमार मिश्र ने नए आदेश जारी किए।",
                           [("अवधेश कुमार मिश्र", "PER")], story="s9")
    short = linked_entities(index, "m3", "ढील\n\nअवधेश मिश्र ने बताया कि दुकानें सुबह खुलेंगी।", [("अवधेश मिश्र", "PER")],
                            story="s9")
    assert short["अवधेश मिश्र"] == full["अवधेश कुमार मिश्र"]
    # Without anything in common, two reports' names stay two people (अवधेश मिश्र is a name many bear).
    index = EntityIndex()
    full = linked_entities(index, "m4", "आदेश\n\nअपर मुख्य सचिव अवधेश कुमार मिश्र ने नए आदेश जारी किए।",
                           [("अवधेश कुमार मिश्र", "PER")])
    other = linked_entities(index, "m5", "खेल\n\nगांव की टीम के कप्तान अवधेश मिश्र ने मैच जिताया।", [("अवधेश मिश्र", "PER")])
    assert other["अवधेश मिश्र"] != full["अवधेश कुमार मिश्र"]


def test_a_body_or_place_the_gazetteer_spells_two_ways_is_one_entity() -> None:
    # Curated aliases (lang/hi/gazetteer.json): the Hindi and the borrowed name of one court, a city's old and new
    # names, a country with and without the English plural.
    index = EntityIndex()
    court = linked_entities(index, "g1", "फैसला\n\nसुप्रीम कोर्ट ने याचिका पर सुनवाई की।", [("सुप्रीम कोर्ट", "ORG")])
    hindi = linked_entities(index, "g2", "सुनवाई\n\nउच्चतम न्यायालय ने केंद्र से जवाब मांगा।", [("उच्चतम न्यायालय", "ORG")])
    assert hindi["उच्चतम न्यायालय"] == court["सुप्रीम कोर्ट"]
    new = linked_entities(index, "g3", "राहत\n\nपुडुचेरी में दो नए मरीज मिले।", [("पुडुचेरी", "LOC")])
    old = linked_entities(index, "g4", "मामले\n\nपांडिचेरी में स्कूल बंद किए गए।", [("पांडिचेरी", "LOC")])
    assert old["पांडिचेरी"] == new["पुडुचेरी"]
    one = linked_entities(index, "g5", "यूरोप\n\nनीदरलैंड में दुकानें बंद।", [("नीदरलैंड", "LOC")])
    plural = linked_entities(index, "g6", "यूरोप\n\nनीदरलैंड्स में स्कूल बंद।", [("नीदरलैंड्स", "LOC")])
    assert plural["नीदरलैंड्स"] == one["नीदरलैंड"]
