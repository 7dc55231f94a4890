"""Latin-script names inside Hindi news and the Latin forms of organisations (issue 13, session 6), on Hindi news
text written for these tests."""

from __future__ import annotations

import pytest

from khabar.link.entities import EntityIndex, link_article
from khabar.link.latin import acronym_latin, known_latin, latin_name, organisation_by_sound
from link_support import analysis_of, ordered_mentions
from link_support import linked_entities as _link


def test_a_latin_name_in_a_hindi_article_is_the_devanagari_entity_it_names() -> None:
    index = EntityIndex()
    ids = _link(index, "a1", "चीन ने दी जानकारी\n\nचीन के विदेश मंत्रालय ने ट्वीट किया: China has shared the data. रांची में "
                "भी जांच तेज हुई। Ranchi district administration ने आदेश जारी किया।",
                [("चीन", "LOC"), ("China", "LOC"), ("रांची", "LOC"), ("Ranchi", "LOC")])
    assert ids["China"] == ids["चीन"] and ids["Ranchi"] == ids["रांची"]
    assert index.entities[ids["चीन"]].export()["latin"] == "China"


def test_an_acronym_spelled_in_hindi_letters_is_the_organisation_in_full() -> None:
    assert acronym_latin("डब्लूएचओ") == "World Health Organization"  # डब्लू, not the gazetteer's डब्ल्यू
    assert known_latin("डब्लूएचओ", "ORG") == "World Health Organization"
    assert acronym_latin("एसपी") is None and acronym_latin("आईसीएमआर") is None  # ambiguous or not listed
    index = EntityIndex()
    first = _link(index, "w1", "महामारी घोषित\n\nविश्व स्वास्थ्य संगठन ने कोरोना को महामारी घोषित किया।",
                  [("विश्व स्वास्थ्य संगठन", "ORG")])["विश्व स्वास्थ्य संगठन"]
    second = _link(index, "w2", "चेतावनी\n\nडब्लूएचओ ने कहा कि जांच बढ़ाएं।", [("डब्लूएचओ", "ORG")])["डब्लूएचओ"]
    third = _link(index, "w3", "सलाह\n\nWHO ने मास्क पर नई सलाह दी।", [("WHO", "ORG")])["WHO"]
    assert first == second == third


def test_an_acronym_and_its_hindi_letters_in_one_article_are_one_entity() -> None:
    index = EntityIndex()
    ids = _link(index, "i1", "जांच\n\nआईसीएमआर ने नई किट मंजूर की। ICMR guidelines के अनुसार जांच होगी।",
                [("आईसीएमआर", "ORG"), ("ICMR", "ORG")])
    assert ids["आईसीएमआर"] == ids["ICMR"]


@pytest.mark.parametrize(("hindi", "english"), [("गूगल", "Google"), ("यूनिसेफ", "UNICEF"), ("ट्विटर", "Twitter"),
                                                ("इंटरपोल", "Interpol"), ("नासा", "NASA"), ("सरकार", None),
                                                ("पुलिस", None), ("पतंजलि", None)])
def test_a_one_word_organisation_takes_the_english_name_it_sounds_like(hindi: str, english: str | None) -> None:
    assert organisation_by_sound(hindi) == english
    if english:
        assert latin_name(hindi, "ORG") == english


def test_a_newspaper_named_like_the_country_is_not_the_country() -> None:
    index = EntityIndex()
    paper = _link(index, "n1", "जानकारी\n\nहमारे संवाददाता की खबर आपके अपने अखबार दैनिक हिंदुस्तान में प्रकाशित हुई।",
                  [("हिंदुस्तान", "ORG")])
    country = _link(index, "n2", "रमजान\n\nपूरी दुनिया और हिंदुस्तान के उलेमा ने घर में नमाज पढ़ने को कहा।",
                    [("हिंदुस्तान", "ORG")])["हिंदुस्तान"]
    names = {e.name for e in index.entities.values()}
    assert "दैनिक हिंदुस्तान" in names and country not in set(paper.values())


def test_an_acronym_in_brackets_after_a_name_is_that_name() -> None:
    index = EntityIndex()
    ids = _link(index, "r1", "जांच\n\nपटना के राजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट (RMRI) के निदेशक ने बताया। लखनऊ (उत्तर प्रदेश) में "
                "भी जांच होगी। आरएमआरआई में नमूने भेजे गए।",
                [("पटना", "LOC"), ("राजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट", "ORG"), ("RMRI", "ORG"), ("लखनऊ", "LOC"),
                 ("उत्तर प्रदेश", "LOC"), ("आरएमआरआई", "ORG")])
    assert ids["RMRI"] == ids["राजेंद्र मेमोरियल रिसर्च इंस्टीट्यूट"] == ids["आरएमआरआई"]
    assert ids["लखनऊ"] != ids["उत्तर प्रदेश"]


def test_a_state_in_brackets_after_a_city_is_not_its_acronym() -> None:
    index = EntityIndex()
    ids = _link(index, "u1", "लखनऊ (यूपी) में जांच\n\nलखनऊ (यूपी) । राजधानी में नई लैब खुली।",
                [("लखनऊ", "LOC"), ("यूपी", "LOC"), ("लखनऊ", "LOC"), ("यूपी", "LOC")])
    assert ids["लखनऊ"] != ids["यूपी"]


def test_a_campus_city_next_to_aiims_makes_it_that_campus() -> None:
    index = EntityIndex()
    ids = _link(index, "c1", "रेफर\n\nमरीज को एम्स ऋषिकेश रेफर किया गया। दोनों का भोपाल एम्स में इलाज चल रहा है।",
                [("एम्स", "ORG"), ("ऋषिकेश", "LOC"), ("भोपाल", "LOC"), ("एम्स", "ORG")])
    delhi = _link(index, "c2", "जांच\n\nएम्स के निदेशक ने कहा कि जांच बढ़ेगी।", [("एम्स", "ORG")])["एम्स"]
    names = {e.name for e in index.entities.values()}
    assert {"एम्स ऋषिकेश", "भोपाल एम्स"} <= names
    assert delhi not in set(ids.values())


def test_bare_aiims_in_a_report_on_one_campus_is_that_campus() -> None:
    index = EntityIndex()
    delhi = _link(index, "p0", "जांच\n\nदिल्ली में एम्स के निदेशक ने कहा कि जांच बढ़ेगी।",
                  [("दिल्ली", "LOC"), ("एम्स", "ORG")])["एम्स"]
    text = ("मरीज की मौत\n\nपटना एम्स में भर्ती मरीज की मौत हो गई। एम्स के अधीक्षक ने बताया कि नमूने जांच के लिए भेजे गए "
            "थे। एम्स पटना में अब 20 बेड का वार्ड है।")
    analysis = analysis_of("p1", text, "hi", ordered_mentions(text, [("पटना", "LOC"), ("एम्स", "ORG"), ("एम्स", "ORG"),
                                                                     ("एम्स", "ORG"), ("पटना", "LOC")]))
    linked = link_article(index, text, analysis)
    campus = {m.entity_id for m in linked if "एम्स" in m.text}
    assert len(campus) == 1 and delhi not in campus  # पटना एम्स, the bare एम्स and एम्स पटना: one campus
    patna = index.entities[campus.pop()]
    assert patna.name == "पटना एम्स"
    # A later bare एम्स with nothing else is still the Delhi one, not the campus that took a bare एम्स once.
    later = _link(index, "p2", "सलाह\n\nएम्स ने गैर जरूरी ऑपरेशन टाल दिए।", [("एम्स", "ORG")])["एम्स"]
    assert later == delhi


@pytest.mark.parametrize(("name", "description"), [("चचेरा भाई", True), ("नौसेना", True), ("भारतीय नौसेना", False),
                                                   ("अमेरिकी नौसेना", False), ("वायुसेना", True)])
def test_a_kinship_word_or_a_bare_service_is_no_name(name: str, description: bool) -> None:
    from khabar.link.entity_filter import is_description

    assert is_description(name, "ORG") is description


def test_a_conjunction_before_sarkar_starts_no_name() -> None:
    # चुंकी सरकार … : "since the government …" — the tagger's span made an entity "चुंकी सरकार" in two articles.
    index = EntityIndex()
    _link(index, "j1", "फैसला\n\nचुंकी सरकार ने पहले ही आदेश दे दिया था, इसलिए दुकानें बंद रहीं।", [("चुंकी सरकार", "ORG")])
    assert not index.entities


def test_an_everyday_word_after_aiims_is_no_campus() -> None:
    # और is a town in GeoNames: "एम्स और सफदरजंग" must not make an entity "एम्स और".
    index = EntityIndex()
    _link(index, "o1", "जांच\n\nएम्स और सफदरजंग अस्पताल में जांच होगी।", [("एम्स", "ORG"), ("सफदरजंग अस्पताल", "ORG")])
    assert "एम्स" in {e.name for e in index.entities.values()}


def test_a_state_secretariat_is_no_name_but_delhis_is() -> None:
    from khabar.link.entity_filter import is_description

    assert is_description("राज्य सचिवालय", "ORG") and not is_description("दिल्ली सचिवालय", "ORG")


@pytest.mark.parametrize(("name", "description"), [
    ("नरेंद्र मोदी सरकार", True), ("केजरीवाल सरकार", True), ("भाजपा सरकार", True), ("दिल्ली सरकार", False),
    ("केंद्र सरकार", False), ("यूपी सरकार", False), ("ब्रिटिश सरकार", False), ("भारत सरकार", False)])
def test_a_government_named_by_its_leader_or_party_is_a_description(name: str, description: bool) -> None:
    from khabar.link.entity_filter import is_description

    assert is_description(name, "ORG") is description
