"""Session 31 (issue 13, no wrong merge and no junk among canonical entities): a city abroad named like a state of
its country (वाशिंगटन: the capital, and Washington State), and names that are a kind of thing (किराना स्टोर,
पश्चिमी तट). Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.city_states import namesake_state_country
from khabar.link.entities import EntityIndex
from khabar.link.entity_filter import is_description
from khabar.link.places import region_countries
from link_support import linked_entities

_DATELINE = "विश्व बैंक का पैकेज\n\nवाशिंगटन, विश्व बैंक ने 12 अरब डॉलर के पैकेज का ऐलान किया।"


def test_a_city_named_like_a_state_of_its_country_is_known() -> None:
    assert region_countries("Washington") == {"United States"}  # ISO 3166-2 US-WA
    assert namesake_state_country("वाशिंगटन") == "United States"
    assert namesake_state_country("न्यूयॉर्क") == "United States"
    assert namesake_state_country("कैलिफोर्निया") is None  # a state, no city
    assert namesake_state_country("दिल्ली") is None  # at home the city and the territory are one place
    assert namesake_state_country("लंदन") is None


def test_the_state_in_a_list_of_states_is_not_the_capital() -> None:
    index = EntityIndex()
    capital = linked_entities(index, "w1", _DATELINE, [("वाशिंगटन", "LOC"), ("विश्व बैंक", "ORG")])
    assert capital.get("वाशिंगटन")
    listed = linked_entities(index, "w2", "आपातकाल\n\nअमेरिका के न्यूयॉर्क, वाशिंगटन, कैलिफोर्निया और फ्लोरिडा समेत आठ "
                             "प्रांतों में आपातकाल लागू है। वाशिंगटन में दस लोगों की मौत हुई।",
                             [("अमेरिका", "LOC"), ("न्यूयॉर्क", "LOC"), ("वाशिंगटन", "LOC"),
                              ("कैलिफोर्निया", "LOC"), ("फ्लोरिडा", "LOC"), ("वाशिंगटन", "LOC")])
    assert listed.get("वाशिंगटन") != capital["वाशिंगटन"]
    assert listed.get("न्यूयॉर्क") is None  # the state of New York too: no entity of the city
    assert listed.get("कैलिफोर्निया")


def test_the_state_in_a_paragraph_about_states_and_before_a_governor() -> None:
    index = EntityIndex()
    capital = linked_entities(index, "w1", _DATELINE, [("वाशिंगटन", "LOC"), ("विश्व बैंक", "ORG")])
    paragraph = linked_entities(index, "w3", "दूसरी मौत\n\nकैलिफोर्निया के दो स्वास्थ्य कर्मियों का इलाज हुआ। वाशिंगटन में "
                                "एक व्यक्ति की मौत हो गई।", [("कैलिफोर्निया", "LOC"), ("वाशिंगटन", "LOC")])
    assert paragraph.get("वाशिंगटन") != capital["वाशिंगटन"]
    governor = linked_entities(index, "w4", "आदेश\n\nवाशिंगटन के गवर्नर ने स्कूल बंद करने का आदेश दिया।",
                               [("वाशिंगटन", "LOC")])
    assert governor.get("वाशिंगटन") != capital["वाशिंगटन"]
    # A dateline in a report about states is still the capital.
    dated = linked_entities(index, "w5", "पाबंदी\n\nवाशिंगटन, अमेरिका में कैलिफोर्निया के गवर्नर ने पाबंदियां "
                            "बढ़ाईं।", [("वाशिंगटन", "LOC"), ("अमेरिका", "LOC"), ("कैलिफोर्निया", "LOC")])
    assert dated.get("वाशिंगटन") == capital["वाशिंगटन"]


def test_a_kind_of_shop_and_a_compass_coast_are_no_names() -> None:
    assert is_description("किराना स्टोर", "ORG")
    assert is_description("मेडिकल स्टोर", "ORG")
    assert not is_description("सुभाष स्टोर", "ORG")  # a given name: one shop
    assert not is_description("सोनिया जनरल स्टोर", "ORG")
    assert is_description("पश्चिमी तट", "LOC")
    assert is_description("पूर्वी तट", "LOC")


def test_a_name_quoted_as_a_works_title_feeds_no_entity() -> None:
    index = EntityIndex()
    song = linked_entities(index, "t1", "गायिका\n\nबॉलीवुड सॉन्ग ‘बेबी डॉल’ से सुर्खियां बटोरने वाली गायिका लंदन से लौटीं।",
                           [("बेबी डॉल", "PER"), ("लंदन", "LOC")])
    assert "बेबी डॉल" not in song
    assert song.get("लंदन")
    # Quoted alone without a work noun before it, a name is still the name.
    alone = linked_entities(index, "t2", "बयान\n\nउन्होंने कहा कि ‘मोदी’ ने फैसला किया।", [("मोदी", "PER")])
    assert alone.get("मोदी")


def test_the_same_in_english_reports() -> None:
    from khabar.link.entities import link_article
    from link_support import analysis_of

    index = EntityIndex()

    def link(article_id: str, text: str) -> dict[str, str | None]:
        analysis = analysis_of(article_id, text, "en")
        link_article(index, text, analysis)
        return {m.text: m.entity_id for m in analysis.mentions}

    capital = link("e1", "World Bank package\n\nWASHINGTON (Reuters) - The World Bank said on Tuesday it would "
                   "lend $12 billion to poor countries.")
    assert capital["WASHINGTON"]
    listed = link("e2", "Emergency\n\nGovernors in New York, Washington, California and Florida declared "
                  "emergencies.")
    assert listed["Washington"] is None and listed["California"]
    governor = link("e3", "School closures\n\nWashington Governor Jay Inslee ordered schools closed in Seattle.")
    assert governor["Washington"] is None


def test_the_bare_state_joins_the_stores_entity_of_its_headed_name() -> None:
    index = EntityIndex()
    capital = linked_entities(index, "w1", _DATELINE, [("वाशिंगटन", "LOC"), ("विश्व बैंक", "ORG")])
    state = linked_entities(index, "w0", "मौत\n\nअमेरिका के वाशिंगटन राज्य में एक व्यक्ति की मौत हुई।",
                            [("अमेरिका", "LOC"), ("वाशिंगटन राज्य", "LOC")])
    assert state["वाशिंगटन राज्य"] and state["वाशिंगटन राज्य"] != capital["वाशिंगटन"]
    listed = linked_entities(index, "w2", "आपातकाल\n\nअमेरिका के न्यूयॉर्क, वाशिंगटन, कैलिफोर्निया और फ्लोरिडा समेत आठ "
                             "प्रांतों में आपातकाल लागू है।",
                             [("अमेरिका", "LOC"), ("न्यूयॉर्क", "LOC"), ("वाशिंगटन", "LOC"),
                              ("कैलिफोर्निया", "LOC"), ("फ्लोरिडा", "LOC")])
    assert listed.get("वाशिंगटन") == state["वाशिंगटन राज्य"]  # session 31's first round left it unlinked
    assert listed.get("न्यूयॉर्क") is None  # no entity of New York State in the store: still no entity
    # The bare name makes no key of the state: a later dateline is still the capital.
    again = linked_entities(index, "w3", _DATELINE, [("वाशिंगटन", "LOC"), ("विश्व बैंक", "ORG")])
    assert again["वाशिंगटन"] == capital["वाशिंगटन"]
    assert index.resolve(state["वाशिंगटन राज्य"]) != index.resolve(capital["वाशिंगटन"])
