"""Session 14 mention rules after the tagger: counts glued to places, office acronyms before a person, and
acronyms of institutions written before their head, long English names cut at a joiner."""

from __future__ import annotations

from khabar.analyse.entities import _office_acronyms, _through_joiners, acronym_letters
from khabar.analyse.pipeline import analyse
from khabar.model import Article, Mention
from khabar.text.keys import match_key


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_cardinal_never_ends_a_place_in_a_list_of_counts():
    found = _mentions("जिलावार आंकड़े\n\nनए मामलों में आगरा चार, मथुरा एक, श्रावस्ती दो, गोंडा तीन, अमेठी दो, "
                      "बाराबंकी एक, सीतापुर छह, बहराइच दो मरीज मिले।")
    cardinals = {"एक", "दो", "तीन", "चार", "छह"}
    assert not [name for name, _ in found if name.split()[-1] in cardinals]
    assert ("अमेठी", "LOC") in found and ("श्रावस्ती", "LOC") in found


def test_an_office_acronym_before_a_name_is_no_part_of_it():
    found = _mentions("गांव में संक्रमित मिला\n\nडीपीएम राकेश वर्मा ने बताया कि सभी लोगों के सैंपल जांच के लिए "
                      "भेजे गए हैं।")
    assert ("राकेश वर्मा", "PER") in found
    assert not [name for name, _ in found if name.startswith("डीपीएम")]


def test_two_letter_offices_stay_possible_initials():
    # एसपी सिंह may be S.P. Singh: only offices of three letters or more are cut off a name.
    assert match_key("डीपीएम") in _office_acronyms() and match_key("एसडीएम") in _office_acronyms()
    assert match_key("एसपी") not in _office_acronyms()
    assert acronym_letters("एसआरएन") == 3 and acronym_letters("केरल") == 0


def test_an_acronym_before_an_institution_head_names_it_and_alone_is_the_same_body():
    found = _mentions("दो और संक्रमित\n\nदिल्ली से लौटे दोनों युवकों को जेकेएम अस्पताल में भर्ती कराया गया है। "
                      "डॉक्टरों के अनुसार जेकेएम में अब बीस मरीज हैं। पास के आरकेडी मेडिकल कॉलेज में भी जांच शुरू हुई।")
    assert ("जेकेएम अस्पताल", "ORG") in found
    assert ("जेकेएम", "ORG") in found
    assert ("आरकेडी मेडिकल कॉलेज", "ORG") in found


def test_an_organisation_goes_on_past_an_english_joiner():
    found = _mentions("नया अध्ययन\n\nयह अध्ययन ब्रिटेन स्थित ‘कैंब्रिज स्कूल ऑफ क्लिनिकल मेडिसिन’ के शोधकर्ताओं ने किया है।")
    assert ("कैंब्रिज स्कूल ऑफ क्लिनिकल मेडिसिन", "ORG") in found
    found = _mentions("शोध\n\nयह विश्लेषण अमेरिका स्थित ‘जॉर्जटाउन मैककोर्ट स्कूल ऑफ पब्लिक पॉलिसी’ के अनुसंधानकर्ताओं ने किया है।")
    assert ("जॉर्जटाउन मैककोर्ट स्कूल ऑफ पब्लिक पॉलिसी", "ORG") in found


def test_a_quoted_organisation_takes_the_rare_words_the_tagger_left_after_the_opening_quote():
    text = "अनुमान अमेरिका स्थित ‘रॉकफेलर मेलमैन स्कूल ऑफ नर्सिंग’ के विशेषज्ञों का है। उन्होंने ‘कहा स्कूल ऑफ’ लिखा।"
    cut = text.index("स्कूल ऑफ")
    end = cut + len("स्कूल ऑफ नर्सिंग")
    found = _through_joiners(text, [Mention(cut, end, text[cut:end], "ORG")])
    assert [m.text for m in found] == ["रॉकफेलर मेलमैन स्कूल ऑफ नर्सिंग"]
    # A common word after the quote mark is no part of the name; a joiner with no name word after it is cut off.
    text = "उन्होंने ‘कहा स्कूल ऑफ नर्सिंग’ लिखा और स्कूल ऑफ के बारे में बताया।"
    quoted = text.index("स्कूल")
    joiner = text.index("स्कूल ऑफ के")
    found = _through_joiners(text, [Mention(quoted, quoted + len("स्कूल ऑफ नर्सिंग"), "स्कूल ऑफ नर्सिंग", "ORG"),
                                    Mention(joiner, joiner + len("स्कूल ऑफ"), "स्कूल ऑफ", "ORG")])
    assert [m.text for m in found] == ["स्कूल ऑफ नर्सिंग", "स्कूल"]


def test_the_presidents_house_is_a_name_although_it_begins_with_a_title():
    found = _mentions("खर्च में कटौती\n\nराष्ट्रपति भवन ने शुक्रवार को बताया कि इस साल कोई नया वाहन नहीं खरीदा जाएगा। "
                      "राष्ट्रपति रामनाथ कोविंद ने वेतन का एक हिस्सा दान किया।")
    assert ("राष्ट्रपति भवन", "ORG") in found and ("रामनाथ कोविंद", "PER") in found


def test_the_bare_acronym_and_the_acronym_with_its_head_are_one_group():
    from khabar.link.coref import link_within_article

    text = ("दो और संक्रमित\n\nदिल्ली से लौटे दोनों युवकों को जेकेएम अस्पताल में भर्ती कराया गया है। "
            "डॉक्टरों के अनुसार जेकेएम में अब बीस मरीज हैं।")
    analysis = analyse(Article(id="t", text=text, source="test"))
    groups = [sorted(m.text for m in g.mentions) for g in link_within_article(text, analysis)]
    assert ["जेकेएम", "जेकेएम अस्पताल"] in groups
