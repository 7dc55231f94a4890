"""A government body named only by its portfolio (स्वास्थ्य मंत्रालय) is the Union's only when its passage does not
put it in another government (issue 13, session 15): "इटली में … स्वास्थ्य मंत्रालय ने" is Italy's ministry, "तेलंगाना
में … राज्य के स्वास्थ्य मंत्रालय" Telangana's; a national report's bare mention stays the Union's. Hindi news text
written for these tests."""

from __future__ import annotations

from khabar.link.containment import add_containers
from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from link_support import analysis_of, ordered_mentions
from link_support import linked_entities as _link

MINISTRY = "स्वास्थ्य मंत्रालय"
NATIONAL = ("देश में मरीज बढ़े\n\nदेश में कोरोना संक्रमितों की संख्या 918 हो चुकी है। स्वास्थ्य मंत्रालय ने शनिवार को आंकड़े "
            "जारी कर बताया कि इनमें 47 विदेशी नागरिक हैं।", [(MINISTRY, "ORG")])
ITALY = ("यूरोप में ढील\n\nरोम में दुकानें फिर खुलने लगी हैं। इटली में पाबंदियों से छूट दिए जाने की पूर्व संध्या पर "
         "स्वास्थ्य मंत्रालय ने बताया कि एक दिन में 174 लोगों की मौत हुई।", [("रोम", "LOC"), ("इटली", "LOC"), (MINISTRY, "ORG")])
TELANGANA = ("हैदराबाद में मरीज ठीक हुआ\n\nतेलंगाना में संक्रमित एक मरीज ठीक हो गया है। राज्य के स्वास्थ्य मंत्रालय के अनुसार "
             "जल्द ही उसे अस्पताल से छुट्टी मिलेगी।", [("हैदराबाद", "LOC"), ("तेलंगाना", "LOC"), (MINISTRY, "ORG")])
# A national report that names states and a country abroad: the ministry counting them is still the Union's.
NATIONAL_WITH_PLACES = ("14 राज्यों में मरीज\n\nदेश के 14 राज्यों में संक्रमित मिले हैं। इटली से लौटे लोगों की जांच जारी है। "
                        "महाराष्ट्र में सबसे ज्यादा 32 मामले हैं। स्वास्थ्य मंत्रालय के अनुसार कुल 110 लोग संक्रमित हैं।",
                        [("इटली", "LOC"), ("महाराष्ट्र", "LOC"), (MINISTRY, "ORG")])
UNION_IN_DELHI = ("बुजुर्गों के लिए परामर्श\n\nनयी दिल्ली : स्वास्थ्य मंत्रालय ने बुजुर्गों के लिए परामर्श जारी किया है।",
                  [("नयी दिल्ली", "LOC"), (MINISTRY, "ORG")])


def _roles(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    groups = link_within_article(text, analysis_of("x", text, "hi", ordered_mentions(text, spans)))
    return [r for g in add_containers(text, groups) if g.name == MINISTRY for r in g.roles]


def test_a_bare_ministry_in_a_passage_about_another_government_is_that_government_s() -> None:
    assert ("within", "Italy") in _roles(*ITALY)
    assert ("within", "Telangana") in _roles(*TELANGANA)
    assert not any(r[0] == "within" for r in _roles(*NATIONAL))
    assert not any(r[0] == "within" for r in _roles(*NATIONAL_WITH_PLACES))
    assert not any(r[0] == "within" for r in _roles(*UNION_IN_DELHI))


def test_italy_s_ministry_does_not_link_with_india_s() -> None:
    index = EntityIndex()
    union = _link(index, "a1", *NATIONAL)[MINISTRY]
    italy = _link(index, "a2", *ITALY)[MINISTRY]
    telangana = _link(index, "a3", *TELANGANA)[MINISTRY]
    assert italy != union and telangana != union and italy != telangana
    # India's bare mentions in national reports still link with the Union ministry.
    assert _link(index, "a4", *NATIONAL_WITH_PLACES)[MINISTRY] == union
    assert _link(index, "a5", *UNION_IN_DELHI)[MINISTRY] == union


def test_a_union_mention_in_the_next_paragraph_does_not_follow_a_state_s() -> None:
    text = ("हैदराबाद में एक और मरीज\n\nतेलंगाना के स्वास्थ्य मंत्रालय की ओर से बताया गया कि एक और व्यक्ति संक्रमित मिला है।"
            "\n\n83 मामले सामने आए\n\nस्वास्थ्य मंत्रालय के मुताबिक, भारत में अब तक 83 मामले सामने आए हैं।")
    spans = [("हैदराबाद", "LOC"), ("तेलंगाना", "LOC"), (MINISTRY, "ORG"), (MINISTRY, "ORG"), ("भारत", "LOC")]
    groups = link_within_article(text, analysis_of("x", text, "hi", ordered_mentions(text, spans)))
    parts = [g for g in add_containers(text, groups) if g.name == MINISTRY]
    telangana = [g for g in parts if ("within", "Telangana") in g.roles]
    assert len(telangana) == 1 and [m.start for m in telangana[0].name_mentions] == [text.index(MINISTRY)]
    assert any(not any(r[0] == "within" for r in g.roles) and g.name_mentions[0].start == text.rindex(MINISTRY)
               for g in parts)


def test_a_government_named_with_its_place_is_not_placed_by_its_passage() -> None:
    text = "मजदूरों की वापसी\n\nनेपाल में लॉकडाउन के कारण सैकड़ों मजदूर फंसे हैं। उन्हें लाने के लिए बिहार सरकार ने बसें भेजी हैं।"
    spans = [("नेपाल", "LOC"), ("बिहार सरकार", "ORG")]
    groups = link_within_article(text, analysis_of("x", text, "hi", ordered_mentions(text, spans)))
    roles = [r for g in add_containers(text, groups) if g.name == "बिहार सरकार" for r in g.roles]
    assert ("within", "Nepal") not in roles


def test_a_ministry_in_a_passage_about_indians_abroad_is_india_s() -> None:
    text = ("ईरान से वापसी की तैयारी\n\nईरान में कोरोना से अब तक 194 लोगों की मौत हो चुकी है और वहां फंसे भारतीयों के "
            "परिवार चिंतित हैं। विदेश मंत्रालय ने कहा कि उनकी वापसी पर काम चल रहा है।")
    spans = [("ईरान", "LOC"), ("ईरान", "LOC"), ("विदेश मंत्रालय", "ORG")]
    groups = link_within_article(text, analysis_of("x", text, "hi", ordered_mentions(text, spans)))
    roles = [r for g in add_containers(text, groups) if g.name == "विदेश मंत्रालय" for r in g.roles]
    assert not any(r[0] == "within" for r in roles)
