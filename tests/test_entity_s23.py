"""Session 23 (issue 13): name boundaries at the canonical level and a known town that a report lists among a
town's localities (sentences invented for khabar)."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked_entities


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
