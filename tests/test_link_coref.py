"""Within one article: spelling variants, short forms and role descriptions join the entity they name."""

from __future__ import annotations

from khabar.link.coref import MentionGroup, link_within_article
from khabar.link.descriptions import find_descriptions
from link_support import SUMMIT_HI_NAMES, analysis_of, example, groups_of, listed_mentions


def _group_with(groups: list[MentionGroup], text: str) -> MentionGroup:
    return next(g for g in groups if any(m.text == text for m in g.mentions))


def _texts(group: MentionGroup) -> set[str]:
    return {m.text for m in group.mentions}


def test_short_forms_join_the_full_name_and_not_the_sister() -> None:
    text = example("hi_summit_talks.txt")
    groups = groups_of("hi", text, "hi", SUMMIT_HI_NAMES)
    kim = _group_with(groups, "किम जोंग-उन")
    assert "किम" in _texts(kim)
    assert "किम यो जोंग" not in _texts(kim)
    assert _texts(_group_with(groups, "किम यो जोंग")) == {"किम यो जोंग"}
    assert {"पुतिन", "व्लादिमीर पुतिन"} <= _texts(_group_with(groups, "पुतिन"))
    for g in groups:
        for m in g.mentions:
            assert text[m.start:m.end] == m.text


def test_a_description_links_to_the_one_person_the_article_gives_that_role() -> None:
    text = example("hi_summit_talks.txt")
    groups = groups_of("hi", text, "hi", SUMMIT_HI_NAMES)
    kim = _group_with(groups, "किम जोंग-उन")
    described = [m for m in kim.mentions if m.source == "description"]
    assert [m.text for m in described] == ["उत्तर कोरियाई नेता"]
    assert ("North Korea", "leader") in kim.roles  # from "उत्तर कोरिया के नेता किम जोंग-उन"
    assert all(m.source != "description" for g in groups if g is not kim for m in g.mentions)


def test_a_description_with_two_possible_holders_stays_unlinked() -> None:
    text = ("राष्ट्रपति जो बाइडेन और राष्ट्रपति इमैनुएल मैक्रों ने फोन पर बात की। "
            "बाद में राष्ट्रपति ने कहा कि बातचीत अच्छी रही। रूसी राष्ट्रपति ने इस पर कुछ नहीं कहा।")
    groups = groups_of("x", text, "hi", {"जो बाइडेन": "PER", "इमैनुएल मैक्रों": "PER"})
    named = [g for g in groups if g.name_mentions]
    assert all(m.source != "description" for g in named for m in g.mentions)
    # Left for the entity index as a group of descriptions only, one per role.
    pending = [g for g in groups if not g.name_mentions]
    assert [(g.roles, [m.text for m in g.mentions]) for g in pending] == [
        ([("Russia", "president")], ["रूसी राष्ट्रपति"])]


def test_spelling_variants_in_one_article_are_one_group() -> None:
    text = ("किम जोंग उन मास्को पहुंचे। वोस्तोचन कॉस्मोड्रोम में स्वागत हुआ। मॉस्को में किम जोंग-उन ने कहा कि "
            "वोस्तोचन कोस्मोड्रोम का दौरा अहम था। डीपीआरके और उत्तर कोरिया एक ही देश हैं।")
    names = {"किम जोंग उन": "PER", "किम जोंग-उन": "PER", "मास्को": "LOC", "मॉस्को": "LOC",
             "वोस्तोचन कॉस्मोड्रोम": "LOC", "वोस्तोचन कोस्मोड्रोम": "LOC", "डीपीआरके": "LOC",
             "उत्तर कोरिया": "LOC"}
    groups = groups_of("x", text, "hi", names)
    assert len(groups) == 4
    assert _texts(_group_with(groups, "मास्को")) == {"मास्को", "मॉस्को"}
    assert _texts(_group_with(groups, "किम जोंग उन")) == {"किम जोंग उन", "किम जोंग-उन"}
    assert _texts(_group_with(groups, "डीपीआरके")) == {"डीपीआरके", "उत्तर कोरिया"}  # one known country


def test_a_shared_surname_of_two_places_is_not_a_short_form() -> None:
    text = "उत्तर कोरिया और दक्षिण कोरिया के बीच तनाव है। कोरिया प्रायद्वीप पर नजर है।"
    groups = groups_of("x", text, "hi", {"उत्तर कोरिया": "LOC", "दक्षिण कोरिया": "LOC", "कोरिया": "LOC"})
    assert len(groups) == 3


def test_english_descriptions_and_short_forms() -> None:
    text = example("en_summit_talks.txt")
    groups = groups_of("en", text, "en")
    kim = _group_with(groups, "Kim Jong Un")
    assert {"Kim", "North Korean leader"} <= _texts(kim)
    assert "Kim Yo Jong" not in _texts(kim)
    assert {"Putin", "Vladimir Putin"} <= _texts(_group_with(groups, "Vladimir Putin"))


def test_find_descriptions_reads_both_shapes() -> None:
    text = "रूस के राष्ट्रपति ने और उत्तर कोरियाई नेता ने बात की।"
    found = find_descriptions(text, "hi", ["रूस"])
    assert [(d.text, d.role) for d in found] == [
        ("रूस के राष्ट्रपति", ("Russia", "president")), ("उत्तर कोरियाई नेता", ("North Korea", "leader"))]


def test_titles_and_honorifics_are_trimmed_off_person_mentions() -> None:
    text = "रूसी राष्ट्रपति व्लादिमीर पुतिन ने कहा। बाद में राष्ट्रपति पुतिन और मोदी जी मिले। नरेंद्र मोदी ने स्वागत किया।"
    names = {"रूसी राष्ट्रपति व्लादिमीर पुतिन": "PER", "राष्ट्रपति पुतिन": "PER", "मोदी जी": "PER",
             "नरेंद्र मोदी": "PER"}
    groups = groups_of("x", text, "hi", names)
    assert len(groups) == 2
    putin = _group_with(groups, "व्लादिमीर पुतिन")
    assert _texts(putin) == {"व्लादिमीर पुतिन", "पुतिन"}
    assert _texts(_group_with(groups, "मोदी")) == {"मोदी", "नरेंद्र मोदी"}
    for g in groups:
        for m in g.mentions:
            assert text[m.start:m.end] == m.text


def test_one_name_tagged_as_place_and_organisation_is_one_group() -> None:
    text = "वाशिंगटन में बैठक हुई। वाशिंगटन ने कहा कि वाशिंगटन में ठंड है।"
    analysis_mentions = listed_mentions(text, {"वाशिंगटन": "LOC"})
    analysis_mentions[1].type = "ORG"
    groups = link_within_article(text, analysis_of("x", text, "hi", analysis_mentions))
    assert len(groups) == 1 and groups[0].type == "LOC" and len(groups[0].mentions) == 3


def test_a_genitive_title_before_a_name_is_trimmed_too() -> None:
    from khabar.link.descriptions import without_honorifics
    from khabar.model import Mention

    for text, lang, name in [("रूस के राष्ट्रपति व्लादिमीर पुतिन", "hi", "व्लादिमीर पुतिन"),
                             ("उत्तर कोरिया के सर्वोच्च नेता किम जोंग-उन", "hi", "किम जोंग-उन"),
                             ("Russia's President Vladimir Putin", "en", "Vladimir Putin"),
                             ("अमित शाह", "hi", "अमित शाह")]:
        trimmed = without_honorifics(Mention(5, 5 + len(text), text, "PER"), lang)
        assert trimmed.text == name and trimmed.end == 5 + len(text)
        assert trimmed.start == 5 + len(text) - len(name)


def test_a_span_that_glues_two_people_does_not_join_them() -> None:
    text = "व्लादिमीर पुतिन किम जोंग उन से मिले। व्लादिमीर पुतिन ने कहा। किम जोंग उन ने कहा। किम ने हाथ मिलाया।"
    names = {"व्लादिमीर पुतिन किम जोंग उन": "PER", "व्लादिमीर पुतिन": "PER", "किम जोंग उन": "PER", "किम": "PER"}
    groups = groups_of("x", text, "hi", names)
    putin = _group_with(groups, "व्लादिमीर पुतिन")
    kim = _group_with(groups, "किम जोंग उन")
    assert putin is not kim
    assert "किम" in _texts(kim)


def test_descriptions_in_boilerplate_are_ignored() -> None:
    from khabar.model import Span

    text = "उत्तर कोरिया के नेता किम जोंग उन ने कहा।\nये भी पढ़ें: उत्तर कोरियाई नेता ने मिसाइल दागी"
    analysis = analysis_of("x", text, "hi", listed_mentions(text, {"किम जोंग उन": "PER"}))
    widget = text.index("ये भी पढ़ें")
    analysis.boilerplate = [Span(widget, len(text), text[widget:])]
    groups = link_within_article(text, analysis)
    assert [m.text for g in groups for m in g.mentions] == ["किम जोंग उन"]


def test_a_family_name_before_an_organisation_head_is_not_the_person() -> None:
    text = ("उद्योगपति आनंद महिंद्रा ने मदद की घोषणा की। उन्होंने कहा कि उनके क्लब महिंद्रा रिजॉर्ट्स मरीजों की देखभाल "
            "के लिए खुले रहेंगे। महिंद्रा ने ट्वीट भी किया।")
    names = {"आनंद महिंद्रा": "PER", "महिंद्रा": "PER"}
    groups = groups_of("x", text, "hi", names)
    anand = _group_with(groups, "आनंद महिंद्रा")
    club = text.index("महिंद्रा रिजॉर्ट्स")
    assert all(m.start != club for m in anand.mentions)
    assert sum(m.text == "महिंद्रा" for m in anand.mentions) == 1  # महिंद्रा ने ट्वीट किया: the person
    # A known person's short name before a word that heads names elsewhere is still the person.
    text = "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने चीन पर आरोप लगाया। ट्रंप प्रेस कॉन्फ्रेंस में पत्रकारों पर भड़क गए।"
    groups = groups_of("y", text, "hi", {"डोनाल्ड ट्रंप": "PER", "ट्रंप": "PER"})
    assert len(_group_with(groups, "डोनाल्ड ट्रंप").mentions) == 2


def test_a_common_second_name_after_another_given_name_is_another_person() -> None:
    text = ("पूर्व मुख्यमंत्री राबड़ी देवी ने सरकार पर निशाना साधा। रामपुर खुर्द की पंचायत समिति सदस्य रानी देवी व इनके "
            "परिवार ने राहत सामग्री बांटी। सुनीता देवी ने कहा कि देवी ने मदद की।")
    names = {"राबड़ी देवी": "PER", "देवी": "PER"}
    groups = groups_of("x", text, "hi", names)
    rabri = _group_with(groups, "राबड़ी देवी")
    assert [m.text for m in rabri.mentions] == ["राबड़ी देवी", "देवी"]
    assert rabri.mentions[1].start == text.rindex("देवी ने मदद")
