"""Entity junk and wrong merges of session 12's blind sample 20261215 and English lone surnames (session 13), each
written as our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from khabar.link.places import region_votes, town_states
from link_support import analysis_of, ordered_mentions


def _linked(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]] | None,
            lang: str = "hi") -> list[tuple[str, str | None]]:
    """(mention text, canonical entity id) of every mention, in text order; English mentions from khabar's finder."""
    analysis = analysis_of(article_id, text, lang, ordered_mentions(text, spans) if spans is not None else None)
    link_article(index, text, analysis)
    return [(m.text, index.resolve(m.entity_id) if m.entity_id else None) for m in analysis.mentions]


def test_a_town_the_gazetteers_lack_names_its_state() -> None:
    # GeoNames has no Devanagari name for these towns; the town table has.
    assert town_states("भागलपुर") == ("Bihar",)
    assert town_states("मानेसर") == ("Haryana",)
    assert len(town_states("औरंगाबाद")) == 2  # Bihar and Maharashtra: a namesake votes for neither
    assert region_votes(["भागलपुर", "औरंगाबाद"]) == {"Bihar": 1}
    # A common word is no town: अगर (if) is no Agar, नगर (town) no Nagar.
    assert town_states("अगर") == town_states("नगर") == ()


def test_an_acronym_is_not_joined_across_states_named_only_by_their_towns() -> None:
    # बीएयू: an agricultural university in Bhagalpur and another in Ranchi; neither report names a state.
    index = EntityIndex()
    bhagalpur = _linked(index, "b1", "परीक्षा टली\n\nभागलपुर में बीएयू की सेमेस्टर परीक्षा टाल दी गई। भागलपुर के कुलपति ने "
                        "छात्रों से घर पर रहने को कहा।", [("भागलपुर", "LOC"), ("बीएयू", "ORG"), ("भागलपुर", "LOC")])
    ranchi = _linked(index, "b2", "जांच शुरू\n\nरांची में बीएयू के दो वैज्ञानिकों की जांच हुई। रांची के उपायुक्त ने बताया कि "
                     "रिपोर्ट आनी बाकी है।", [("रांची", "LOC"), ("बीएयू", "ORG"), ("रांची", "LOC")])
    assert dict(bhagalpur)["बीएयू"] != dict(ranchi)["बीएयू"]
    again = _linked(index, "b3", "छुट्टी\n\nभागलपुर के बीएयू में छुट्टी घोषित की गई।", [("भागलपुर", "LOC"), ("बीएयू", "ORG")])
    assert dict(again)["बीएयू"] == dict(bhagalpur)["बीएयू"]


def _types(index: EntityIndex, linked: list[tuple[str, str | None]]) -> dict[str, tuple[str, str]]:
    """{mention text: (entity name, entity type)}."""
    return {text: (index.entities[eid].name, index.entities[eid].type) for text, eid in linked if eid}


def test_a_shrine_before_a_pilgrimage_word_is_a_place() -> None:
    index = EntityIndex()
    text = ("दर्शन पर रोक\n\nकोरोना के चलते अमरनाथ बाबा आने वाले यात्रियों को रोका गया। अमरनाथ बाबा यात्रा अगले आदेश तक बंद "
            "रहेगी।")
    linked = _linked(index, "s1", text, [("अमरनाथ बाबा", "PER"), ("अमरनाथ बाबा", "PER")])
    assert {t for _, t in _types(index, linked).values()} == {"LOC"}
    # The same name as a temple elsewhere in the report.
    text = "मंदिर बंद\n\nमनसा देवी के कपाट बंद कर दिए गए। पहाड़ी पर बने मनसा देवी मंदिर में भीड़ नहीं जुटेगी।"
    linked = _linked(index, "s2", text, [("मनसा देवी", "PER"), ("मनसा देवी मंदिर", "LOC")])
    assert _types(index, linked)["मनसा देवी"][1] == "LOC"
    # A woman named X देवी stays a person, also beside a temple.
    text = "मदद पहुंची\n\nगांव की सुनीता देवी ने बताया कि राशन मिल गया है। सुनीता देवी मंदिर के पास रहती हैं।"
    linked = _linked(index, "s3", text, [("सुनीता देवी", "PER"), ("सुनीता देवी", "PER")])
    assert {t for _, t in _types(index, linked).values()} == {"PER"}


def test_a_government_and_the_centre_are_two_bodies() -> None:
    index = EntityIndex()
    text = "रेड जोन पर सुझाव\n\nमुख्यमंत्री ने कहा कि पंजाब सरकार केंद्र को यह सुझाव भेजेगी कि पूरे जिले को रेड जोन न बनाया जाए।"
    linked = _linked(index, "g1", text, [("पंजाब सरकार केंद्र", "ORG")])
    assert [index.entities[eid].name for _, eid in linked if eid] == ["पंजाब सरकार"]
    # A central body after a government is a name of its own, not cut here.
    text = "बैठक\n\nपंजाब सरकार केंद्रीय टीम के साथ बैठक करेगी।"
    linked = _linked(index, "g2", text, [("पंजाब सरकार", "ORG")])
    assert [index.entities[eid].name for _, eid in linked if eid] == ["पंजाब सरकार"]


def test_a_person_is_not_glued_to_the_name_that_follows() -> None:
    index = EntityIndex()
    text = ("नर्स सीमा रावत ने संभाली जिम्मेदारी\n\nस्टाफ नर्स सीमा रावत कस्तूरबा एक्सटेंशन सेंटर में भर्ती बच्चों की देखभाल करती "
            "हैं। सीमा रावत बताती हैं कि बच्चे अब ठीक हैं।")
    linked = _linked(index, "p1", text, [("सीमा रावत", "PER"), ("सीमा रावत कस्तूरबा", "PER"), ("सीमा रावत", "PER")])
    assert {name for _, eid in linked if eid for name in index.entities[eid].names()} == {"सीमा रावत"}
    # A three-word name the report always writes whole stays whole, also before a hospital.
    text = "डॉक्टर लौटे\n\nडॉ. अजय कुमार सिंह जिला अस्पताल पहुंचे। अजय कुमार सिंह ने मरीजों से बात की।"
    linked = _linked(index, "p2", text, [("अजय कुमार सिंह", "PER"), ("अजय कुमार सिंह", "PER")])
    assert {name for _, eid in linked if eid for name in index.entities[eid].names()} == {"अजय कुमार सिंह"}


def test_a_hyphenated_town_written_with_a_flap_is_one_place() -> None:
    index = EntityIndex()
    text = "सिनेमाघर बंद\n\nमुंबई, पुणे, पिंपरी-चिंचवाड़ और नागपुर में सभी सिनेमाघर बंद रहेंगे। भारत-नेपाल सीमा पर भी सख्ती है।"
    linked = _linked(index, "h1", text, [("मुंबई", "LOC"), ("पुणे", "LOC"), ("पिंपरी", "LOC"), ("चिंचवाड़", "LOC"),
                                         ("नागपुर", "LOC"), ("भारत", "LOC"), ("नेपाल", "LOC")])
    names = [index.entities[eid].name for _, eid in linked if eid]
    assert "पिंपरी-चिंचवाड़" in names and "चिंचवाड़" not in names
    assert "भारत" in names and "नेपाल" in names


def test_an_english_lone_surname_is_the_person_the_store_knows_by_full_name() -> None:
    index = EntityIndex()
    first = _linked(index, "v1", "Vice President Rohan Castellano met the envoy in Delhi on Monday, officials said.",
                    None, "en")
    person = dict(first)["Rohan Castellano"]
    # The next report writes only the surname, mid-sentence and with no title.
    later = _linked(index, "v2", "Talks broke down on Friday as Castellano accused the envoy of bad faith.", None, "en")
    assert dict(later).get("Castellano") is None  # the finder alone cannot type one unknown word
    assert any(m["text"] == "Castellano" and m["article_id"] == "v2" for m in index.entities[person].mentions)
    # A weekday before it is no part of a name; a capitalised given name before it is (another person).
    _linked(index, "v2b", "The envoy left early. On Friday Castellano said the talks had failed.", None, "en")
    _linked(index, "v2c", "Officials said Maria Castellano, a trader, had lost her shop.", None, "en")
    assert any(m["article_id"] == "v2b" for m in index.entities[person].mentions)
    assert not any(m["article_id"] == "v2c" for m in index.entities[person].mentions)
    # A capitalised word that ends no person's name makes no entity; nor does one that ends two people's names.
    before = set(index.entities)
    _linked(index, "v3", "Shares of Brightwater fell on Tuesday after the deal.", None, "en")
    _linked(index, "v4", "Minister Anil Castellano was also present at the talks in Delhi.", None, "en")
    _linked(index, "v5", "The talks would go on, Castellano said on Wednesday.", None, "en")
    assert not any(index.entities[e].name == "Brightwater" for e in set(index.entities) - before)
    assert not any(m["article_id"] == "v5" for e in index.entities.values() for m in e.mentions)


def test_a_deity_named_by_one_word_beside_its_temple_stays_apart_from_places() -> None:
    index = EntityIndex()
    _linked(index, "r1", "इटली में सख्ती\n\nरोम में सभी दुकानें बंद कर दी गईं। रोम के मेयर ने अपील की।",
            [("रोम", "LOC"), ("रोम", "LOC")])
    text = "मंदिर में पूजा\n\nअयोध्या में राम मंदिर के पुजारी ने कहा कि राम की पूजा घर से करें। राम दरबार सजाया गया।"
    linked = _linked(index, "r2", text, [("अयोध्या", "LOC"), ("राम मंदिर", "LOC"), ("राम", "PER"), ("राम", "PER")])
    assert {index.entities[eid].type for name, eid in linked if name == "राम" and eid} <= {"PER"}
    assert not any(m["text"] == "राम" for e in index.entities.values() if e.name == "रोम" for m in e.mentions)
