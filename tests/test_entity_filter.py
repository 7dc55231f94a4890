"""Canonical entities a user can trust: titles, roles, slogans and events are no entities; a fragment or a stray
token never absorbs a known entity; every entity says what supports it."""

from __future__ import annotations

import pytest

from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.link.entity_filter import clean_report, head_type, is_description, is_supported, support
from khabar.model import Analysis, Mention
from khabar.text.sentences import split_sentences
from link_support import groups_of, listed_mentions


def _article(index: EntityIndex, article_id: str, text: str, names: dict[str, str], lang: str = "hi",
             source: str = "model") -> None:
    analysis = Analysis(article_id, lang, None, split_sentences(text), [], text, None, None, [], None)
    analysis.mentions = [Mention(m.start, m.end, m.text, m.type, source=source)
                         for m in listed_mentions(text, names)]
    index.add_article(article_id, link_within_article(text, analysis))


def _names(index: EntityIndex) -> set[str]:
    return {e.name for e in index.entities.values()}


@pytest.mark.parametrize("name", ["पीएम", "प्रभु", "चीनी राष्ट्रपति", "उत्तर कोरियाई नेता", "जय हिंद", "विक्ट्री डे",
                                  "कुंभ", "उत्तर कोरियाई सैनिकों", "Kashmir Terror Attack", "Ahmedabad Plane Crash",
                                  "the President", "डा", "कोरोना वायरस", "दक्षिण-पश्चिम", "मध्य रात्रि", "CM",
                                  "युवती", "प्रदेश", "सरकार", "साउथ", "मोहल्ला"])
def test_titles_roles_slogans_and_events_are_descriptions(name: str) -> None:
    assert is_description(name)


@pytest.mark.parametrize("name", ["नरेंद्र मोदी", "भारतीय सेना", "रूसी सेना", "उत्तर कोरिया", "Kim Jong Un",
                                  "स्वास्थ्य मंत्रालय", "प्रधान अमरनाथ", "Victoria", "मध्य एशिया", "पश्चिम बंगाल",
                                  "राष्ट्रीय महिला आयोग", "साउथ अफ्रीका"])
def test_names_are_not_descriptions(name: str) -> None:
    assert not is_description(name)


def test_an_article_that_calls_people_by_title_makes_no_title_entities() -> None:
    index = EntityIndex()
    text = ("पीएम ने बुधवार को बैठक बुलाई। बैठक में चीनी राष्ट्रपति के दौरे पर चर्चा हुई। जय हिंद के नारे लगे। "
            "बाद में अनिता शर्मा ने बताया कि पीएम ने सभी राज्यों से बात की।")
    _article(index, "a1", text, {"पीएम": "PER", "चीनी राष्ट्रपति": "PER", "जय हिंद": "PER", "अनिता शर्मा": "PER"})
    assert _names(index) == {"अनिता शर्मा"}


def test_a_person_typed_name_with_an_organisation_head_is_an_organisation() -> None:
    assert head_type("तबलीगी जमात", "PER") == "ORG"
    assert head_type("महबूब कालोनी", "PER") == "LOC"
    assert head_type("समाजवादी पार्टी", "PER") == "ORG"
    assert head_type("सदर बाजार रोड", "PER") == "LOC"
    assert head_type("जॉर्जिया", "PER") == "PER"  # a one-word country name may be a person's name too
    index = EntityIndex()
    _article(index, "p1", "समाजवादी पार्टी ने कहा कि लखनऊ में धरना होगा।", {"समाजवादी पार्टी": "PER", "लखनऊ": "LOC"})
    assert {e.name: e.type for e in index.entities.values()}["समाजवादी पार्टी"] == "ORG"


def test_a_known_place_is_no_short_form_of_a_longer_name() -> None:
    # A tagger that types both as persons must not make Pakistan a short form of the region it names.
    index = EntityIndex()
    text = ("Troops were moved along the Line of Control. Officials in Pakistan-administered Kashmir said "
            "shelling hit two villages. Pakistan denied the claim.")
    analysis = Analysis("k1", "en", None, split_sentences(text), [], text, None, None, [], None)
    analysis.mentions = listed_mentions(text, {"Pakistan-administered Kashmir": "PER", "Pakistan": "PER"})
    groups = link_within_article(text, analysis)
    assert len(groups) == 2
    index.add_article("k1", groups)
    assert len(index.entities) == 2


def test_a_stray_latin_token_does_not_join_a_person_by_a_shared_consonant_skeleton() -> None:
    index = EntityIndex()
    names = {"कनिका कपूर": "PER", "लखनऊ": "LOC"}
    _article(index, "s1", "गायिका कनिका कपूर लखनऊ लौटीं। कनिका कपूर की जांच हुई।", names)
    _article(index, "s2", "लखनऊ में जिला प्रशासन ने जांच की। CPRO ने बयान जारी किया।", {"CPRO": "PER", "लखनऊ": "LOC"})
    kanika = next(e for e in index.entities.values() if e.name == "कनिका कपूर")
    assert "CPRO" not in kanika.names()
    assert kanika.latin == "Kanika Kapoor"


def test_two_known_entities_are_never_merged() -> None:
    index = EntityIndex()
    _article(index, "m1", "रूस ने कहा कि बातचीत जारी रहेगी।", {"रूस": "LOC"})
    _article(index, "m2", "भारत ने कहा कि बातचीत जारी रहेगी।", {"भारत": "LOC"})
    ids = {e.latin: e.id for e in index.entities.values()}
    assert set(ids) == {"Russia", "India"}
    assert index._merge({ids["Russia"], ids["India"]}) == ids["Russia"]
    assert len(index.entities) == 2


def test_support_levels_and_the_clean_report() -> None:
    index = EntityIndex()
    _article(index, "r1", "रामपुर कलां में सुरेश वर्मा ने दुकान खोली। सुरेश वर्मा ने बताया कि लखनऊ से माल आया। "
                          "बैठक में दिनेश यादव भी थे।",
             {"रामपुर कलां": "LOC", "सुरेश वर्मा": "PER", "लखनऊ": "LOC", "दिनेश यादव": "PER"})
    _article(index, "r2", "रामपुर कलां के बाजार में भीड़ रही। होली पर गुलाल उड़ा, हर ओर गुलाल था।",
             {"रामपुर कलां": "LOC", "गुलाल": "PER"})
    by_name = {e.name: e for e in index.entities.values()}
    assert support(by_name["लखनऊ"]) == "known"
    assert support(by_name["रामपुर कलां"]) == "articles"
    assert support(by_name["सुरेश वर्मा"]) == "repeated"
    assert support(by_name["दिनेश यादव"]) == "single"
    assert support(by_name["गुलाल"]) == "single"  # one word in one article, however often: an everyday word
    assert not is_supported(by_name["दिनेश यादव"]) and is_supported(by_name["सुरेश वर्मा"])
    report = clean_report(list(index.entities.values()))
    assert report["by_support"] == {"known": 1, "articles": 1, "repeated": 1, "single": 2}
    assert report["by_type"]["PER"] == {"repeated": 1, "single": 2}


def test_english_groups_keep_working_with_the_filter() -> None:
    text = ("President Joe Biden met Prime Minister Narendra Modi in Washington on Monday. "
            "Biden said the talks went well.")
    names = {g.name for g in groups_of("e1", text, "en")}
    assert {"Joe Biden", "Narendra Modi", "Washington"} <= names
