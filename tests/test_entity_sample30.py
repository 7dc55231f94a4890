"""Session 30 (issue 13): records of glued text a judged sample of canonical entities found (a word glued to a
place, a word written twice, नयी दिल्ली cut by a glued headline, a state glued before its town). Every text is our
own, written for these tests."""

from __future__ import annotations


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from khabar.link.name_spans import repair_spans
    from link_support import ordered_mentions

    return [(m.text, m.type) for m in repair_spans(text, ordered_mentions(text, spans), "hi")]


def test_a_place_glued_to_a_headline_before_its_dateline_is_the_place() -> None:
    # The headline's last word runs into the dateline; the place is written nowhere else in the report.
    assert _repaired("मरीजों की संख्या 52 हुईभोपाल, 30 मार्च (भाषा) शहर में तीन नए मरीज मिले।",
                     [("हुईभोपाल", "LOC")]) == [("भोपाल", "LOC")]
    assert _repaired("राज्य में नये मामलेजयपुर : राजस्थान में आज दस मरीज मिले।",
                     [("मामलेजयपुर", "LOC"), ("राजस्थान", "LOC")]) == [("जयपुर", "LOC"), ("राजस्थान", "LOC")]
    # A locality's compound name in a list keeps its name: no dateline follows it.
    assert _repaired("अशोक नगर, रामकृष्णानगर, गांधी पार्क में जांच होगी।", [("रामकृष्णानगर", "LOC")]) \
        == [("रामकृष्णानगर", "LOC")]


def test_a_word_written_twice_is_the_word() -> None:
    # A section label run into the body: पलामू + पलामू में …
    assert _repaired("ट्रेन चलेगी।\n\nपलामूपलामू में एक मरीज मिला। पलामू के लोग घरों में रहें।",
                     [("पलामूपलामू", "LOC"), ("पलामू", "LOC")]) == [("पलामू", "LOC"), ("पलामू", "LOC")]
    # A byline's name run into the next line's copy of it keeps the words before it.
    assert _repaired("यह खबर है। एएफपी शरद मनोहरमनोहर", [("शरद मनोहरमनोहर", "PER")]) == [("शरद मनोहर", "PER")]


def test_a_headline_glued_to_the_last_word_of_a_span_gives_the_place() -> None:
    assert _repaired("वायरस इंदौर मौतइंदौर में दो लोगों की मौत हुई।", [("इंदौर मौतइंदौर", "LOC")]) == [("इंदौर", "LOC")]


def test_a_headline_glued_to_new_delhi_gives_new_delhi() -> None:
    # "…मंत्रालयनयी दिल्ली, …": the tagger found only दिल्ली, the city's other entity.
    assert _repaired("नए नियम जारी : स्वास्थ्य मंत्रालयनयी दिल्ली, देश में नए नियम लागू हुए।", [("दिल्ली", "LOC")]) \
        == [("नयी दिल्ली", "LOC")]
    assert _repaired("वह पूर्वी दिल्ली में रहता है।", [("दिल्ली", "LOC")]) == [("दिल्ली", "LOC")]


def test_a_state_written_before_its_town_is_two_places() -> None:
    # The genitive dropped (केरल के अलुवा): the state and the town, not one place no list knows.
    assert _repaired("विशेष ट्रेनें केरल अलुवा से ओडिशा के भुवनेश्वर तक चलेंगी।",
                     [("केरल अलुवा", "LOC"), ("ओडिशा", "LOC"), ("भुवनेश्वर", "LOC")]) \
        == [("केरल", "LOC"), ("अलुवा", "LOC"), ("ओडिशा", "LOC"), ("भुवनेश्वर", "LOC")]
    assert _repaired("वह उत्तर प्रदेश में रहता है।", [("उत्तर प्रदेश", "LOC")]) == [("उत्तर प्रदेश", "LOC")]


def test_the_glued_word_of_new_delhi_is_no_place_of_its_own() -> None:
    # The tagger also read the glued word as a place (रहेंगेनयी): it goes, and नयी दिल्ली stays.
    assert _repaired("डॉक्टर होटल में रहेंगेनयी दिल्ली, लोकनायक अस्पताल में भीड़ है।",
                     [("रहेंगेनयी", "LOC"), ("दिल्ली", "LOC")]) == [("नयी दिल्ली", "LOC")]
