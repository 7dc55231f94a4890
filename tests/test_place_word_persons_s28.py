"""A one-word place that the tagger once read as a person (session 28): the person entity of that word alone, with
no title or role, joins the place once the store knows the word mostly as a place, whether the person reading
came after the place's reports (``_type_by_store``) or before them (``_persons_of_place_word``)."""

from __future__ import annotations

import pytest

from khabar.link.entities import EntityIndex
from link_support import linked

LIST = ("बिहार में नए मरीज\n\nपटना। जिलों में पटना (107), रोहतास (13), नालंदा (20) और गया (5) में नए मरीज मिले हैं।",
        [("बिहार", "LOC"), ("पटना", "LOC"), ("पटना", "LOC"), ("रोहतास", "PER"), ("नालंदा", "LOC"), ("गया", "LOC")])
PLACE = [
    (f"रोहतास की खबर {k}\n\nसासाराम। बिहार के रोहतास जिले में {k} नए मरीज मिले हैं। रोहतास के अस्पताल में जांच जारी है।",
     [("रोहतास", "LOC"), ("सासाराम", "LOC"), ("बिहार", "LOC"), ("रोहतास", "LOC"), ("रोहतास", "LOC")])
    for k in ("दो", "तीन", "चार")
]


@pytest.mark.parametrize("person_first", [True, False])
def test_a_place_word_read_once_as_a_person_joins_the_place(person_first: bool) -> None:
    index = EntityIndex()
    reports = [("list", *LIST)] + [(f"p{k}", text, spans) for k, (text, spans) in enumerate(PLACE)]
    if not person_first:
        reports = reports[1:] + reports[:1]
    ids = {aid: linked(index, aid, text, spans) for aid, text, spans in reports}
    place = index.resolve(ids["p0"]["रोहतास"])
    # Before: with the list first, its "person" रोहतास stayed an entity of its own beside the district.
    assert index.resolve(ids["list"]["रोहतास"]) == place
    assert index.entities[place].type == "LOC"


def test_a_place_of_few_mentions_leaves_the_person_alone() -> None:
    index = EntityIndex()
    person = linked(index, "list", *LIST)
    place = linked(index, "p0", *PLACE[0])  # three mentions: under STORE_TYPE_MIN, no evidence yet
    assert index.resolve(person["रोहतास"]) != index.resolve(place["रोहतास"])
