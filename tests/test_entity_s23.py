"""Session 23 (issue 13): name boundaries at the canonical level and a known town that a report lists among a
town's localities (sentences invented for khabar)."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from khabar.link.name_spans import repair_spans
from khabar.model import Mention
from link_support import linked_entities


def _repaired(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    mentions, start = [], 0
    for name, type_ in spans:
        at = text.index(name, start)
        mentions.append(Mention(at, at + len(name), name, type_, "model"))
        start = at + len(name)
    return [(m.text, m.type) for m in repair_spans(text, mentions, "hi")]


def test_a_town_written_before_a_quarter_the_report_also_names_alone_is_two_places() -> None:
    text = "पटना। पुलिस ने बताया कि पटना कंकड़बाग इलाके में दुकानें बंद रहीं। कंकड़बाग में लोगों ने विरोध किया।"
    spans = [("पटना", "LOC"), ("पटना कंकड़बाग", "LOC"), ("कंकड़बाग", "LOC")]
    assert _repaired(text, spans) == [("पटना", "LOC"), ("पटना", "LOC"), ("कंकड़बाग", "LOC"), ("कंकड़बाग", "LOC")]


def test_a_town_before_a_word_the_report_never_writes_alone_stays_one_name() -> None:
    # A quarter the report names only with its town: nothing says where the name begins.
    text = "लखनऊ। चौक इलाके के बाद अब लखनऊ अमीनाबाद में भी दुकानें बंद रहीं।"
    assert _repaired(text, [("लखनऊ", "LOC"), ("लखनऊ अमीनाबाद", "LOC")]) == [("लखनऊ", "LOC"),
                                                                               ("लखनऊ अमीनाबाद", "LOC")]
    # A name the lists know whole, and a first word that is no known place, stay as they are.
    text = "जम्मू कश्मीर में बर्फ गिरी। कश्मीर में ठंड है। नई दिल्ली में बैठक हुई, दिल्ली में बारिश हुई।"
    spans = [("जम्मू कश्मीर", "LOC"), ("कश्मीर", "LOC"), ("नई दिल्ली", "LOC"), ("दिल्ली", "LOC")]
    assert _repaired(text, spans) == spans


def test_a_compass_adjective_before_a_body_named_after_a_town_is_part_of_its_name() -> None:
    text = "दक्षिणी दिल्ली नगर निगम के महापौर ने सफाई अभियान की घोषणा की।"
    assert _repaired(text, [("दिल्ली नगर निगम", "ORG")]) == [("दक्षिणी दिल्ली नगर निगम", "ORG")]
    # Before a body whose name begins with no place the adjective stays out.
    text = "पश्चिमी मध्य रेलवे ने ट्रेनें रद्द कीं।"
    assert _repaired(text, [("मध्य रेलवे", "ORG")]) == [("मध्य रेलवे", "ORG")]


def test_a_role_noun_before_a_persons_name_is_no_part_of_it() -> None:
    text = "अदालत में आरोपित मनोहर ने जमानत मांगी। बाद में मनोहर लाल ने कहा कि वह निर्दोष है।"
    spans = [("आरोपित मनोहर", "PER"), ("मनोहर लाल", "PER")]
    index = EntityIndex()
    ids = linked_entities(index, "a1", text, spans)
    names = {index.entities[i].name for i in ids.values()}
    assert "आरोपित मनोहर" not in names
    assert ids["आरोपित मनोहर"] == ids["मनोहर लाल"]
    # A given name that is also a common noun (किशोर) stays a name.
    other = EntityIndex()
    ids = linked_entities(other, "a2", "किशोर कुमार ने गीत गाया।", [("किशोर कुमार", "PER")])
    assert other.entities[ids["किशोर कुमार"]].name == "किशोर कुमार"
