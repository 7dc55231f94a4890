"""Session 22 mention rules (issue 13): organisation recall on real Hindi news (sentences invented for khabar)."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_an_unknown_acronym_the_tagger_typed_as_a_place_is_a_body() -> None:
    found = _mentions("भोपाल से लौटे केजीएमयू के दो डॉक्टरों को निगरानी में रखा गया। केजीएमयू में जांच जारी है।")
    # Before: the second केजीएमयू was a place (the tagger's type for an acronym it never saw).
    assert found == [("भोपाल", "LOC"), ("केजीएमयू", "ORG"), ("केजीएमयू", "ORG")]


def test_an_acronym_of_a_known_place_stays_a_place() -> None:
    assert ("यूएई", "LOC") in _mentions("दुबई और यूएई से लौटे लोगों की जांच की गई।")


def test_a_place_before_a_jail_or_a_school_names_an_organisation() -> None:
    assert _mentions("कानपुर जेल में बंद कैदियों की जांच हुई।") == [("कानपुर जेल", "ORG")]
    assert ("नासिक सेंट्रल जेल", "ORG") in _mentions("महाराष्ट्र की नासिक सेंट्रल जेल में कैदियों ने मास्क सिले।")
    assert ("सेंट जोसेफ स्कूल", "ORG") in _mentions("गोरखपुर के सेंट जोसेफ स्कूल में बच्चों को मास्क बांटे गए।")


def test_a_person_before_a_jail_or_a_school_is_no_organisation() -> None:
    assert all(kind != "ORG" for _, kind in _mentions("सुनील जेल से छूटकर घर पहुंचा।"))
    assert _mentions("रमेश स्कूल नहीं गया।") == [("रमेश", "PER")]


def test_a_rare_word_before_the_office_of_an_institution_names_that_institution() -> None:
    found = _mentions("मरीज को जांच के लिए स्विम्स ले जाया गया। स्विम्स के निदेशक ने बताया कि रिपोर्ट कल आएगी। "
                      "स्विम्स में 20 बेड हैं।")
    assert found == [("स्विम्स", "ORG")] * 3  # the office names one, the article's recurrences follow
    assert _mentions("उन्होंने ब्लूमफील्ड की प्राचार्या से बात की।") == [("ब्लूमफील्ड", "ORG")]


def test_a_common_word_before_an_office_names_nothing() -> None:
    assert _mentions("फिल्म के निदेशक ने कहा कि शूटिंग रुकी है। संस्थान के निदेशक ने जांच की बात कही।") == []
    assert _mentions("मस्कट के निदेशक ने कहा कि उड़ानें बंद हैं।") == [("मस्कट", "LOC")]  # a known place


def test_a_person_right_after_a_noun_for_a_kind_of_body_is_that_body() -> None:
    # Before: डॉन (Dawn) and शाओमी were persons, the tagger's type for a foreign name it never saw.
    assert _mentions("पाकिस्तान के अखबार डॉन ने लिखा है कि हालात खराब हैं। डॉन के मुताबिक अस्पताल भरे हैं।") == [
        ("पाकिस्तान", "LOC"), ("डॉन", "ORG"), ("डॉन", "ORG")]
    assert _mentions("चीनी कंपनी शाओमी ने नया फोन उतारा।") == [("शाओमी", "ORG")]


def test_a_person_after_a_determined_noun_or_a_title_stays_a_person() -> None:
    assert _mentions("यह कंपनी सुनील ने खरीदी थी।") == [("सुनील", "PER")]
    assert _mentions("संस्था राम ने बनाई थी।") == [("राम", "PER")]
    assert _mentions("संगठन मंत्री अनिल शर्मा ने बैठक ली।") == [("अनिल शर्मा", "PER")]


_FILLER = ("यह वाक्य केवल लंबाई के लिए लिखा गया है और इसमें कोई नाम नहीं है, न कोई जगह और न कोई संस्था। " * 6)


def test_the_credit_of_a_dateline_inside_a_roundup_is_the_agency() -> None:
    # A round-up's second item opens with its own dateline far from the article's start and end.
    text = (f"देश में मामले बढ़े\n\nलखनऊ, तीन अप्रैल (भाषा) लखनऊ में दुकानें बंद रहीं। {_FILLER}\n"
            f"मुंबई, चार अप्रैल (भाषा) मुंबई में बंदरगाह बंद रहा। {_FILLER}")
    found = _mentions(text)
    assert found.count(("भाषा", "ORG")) == 2  # the second item's credit too; each once, not twice
    # Not after a month, a bracketed word is no credit.
    assert ("भाषा", "ORG") not in _mentions(f"{_FILLER}\nबच्चे हिंदी (भाषा) सीख रहे हैं। {_FILLER}")


def test_a_city_beside_an_institution_with_many_campuses_names_that_campus() -> None:
    found = _mentions("युवक की पटना एम्स में मौत हो गई। उनका नमूना एम्स, पटना भेजा गया।")
    # Before: पटना a place and एम्स the bare institution; a comma keeps the two apart.
    assert found == [("पटना एम्स", "ORG"), ("एम्स", "ORG"), ("पटना", "LOC")]
    assert _mentions("दिल्ली और एम्स के डॉक्टर पहुंचे।") == [("दिल्ली", "LOC"), ("एम्स", "ORG")]


def test_a_news_outlet_is_an_organisation() -> None:
    assert ("गार्जियन", "ORG") in _mentions("घर से तभी बाहर निकलें जब जरूरी हो। स्रोत: गार्जियन")  # was a person
    # A byline writes the outlet's last word alone; a common noun that is also an outlet's name is no outlet.
    assert _mentions("जागरण संवाददाता, मीरजापुर : जिले में 90 मरीज आए।") == [("जागरण", "ORG"), ("मीरजापुर", "LOC")]
    assert _mentions("उन्होंने पत्रिका में लेख लिखा। वह जागरण संवाददाता से बात कर रहे थे।") == []


def test_a_two_word_person_before_a_pilgrimage_word_is_a_shrine() -> None:
    found = _mentions("श्री माता वैष्णो देवी यात्रा आज से बंद कर दी गई है। भक्तों से वैष्णो देवी न आने को कहा गया।")
    assert found == [("वैष्णो देवी", "LOC"), ("वैष्णो देवी", "LOC")]  # both were persons
    # A woman named X देवी elsewhere, and a one-word name before यात्रा, stay persons.
    assert _mentions("राम यात्रा पर निकले। सुनीता देवी ने बताया कि गांव में पानी नहीं है।") == [
        ("राम", "PER"), ("सुनीता देवी", "PER")]
