"""Session 29, issue 13: a town or country the place lists know, read once as a person, joins the place with less
evidence from the store, and a report's own place mentions of the word count. Sentences written for these tests."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked


def test_a_listed_town_read_once_as_a_person_joins_the_town_of_two_mentions() -> None:
    index = EntityIndex()
    person = linked(index, "v1", "होली नहीं\n\nमथुरा। वृंदावन की विधवा महिलाओं ने इस बार होली नहीं मनाई।",
                    [("मथुरा", "LOC"), ("वृंदावन", "PER")])
    place = linked(index, "v2", "मंदिर बंद\n\nवृंदावन में सभी मंदिर बंद कर दिए गए हैं। वृंदावन के पुजारियों ने सहयोग किया।",
                   [("वृंदावन", "LOC"), ("वृंदावन", "LOC")])
    # Before: the store needed five place mentions of the word (STORE_TYPE_MIN) whatever the lists said.
    assert index.resolve(person["वृंदावन"]) == index.resolve(place["वृंदावन"])
    assert index.entities[index.resolve(place["वृंदावन"])].type == "LOC"


def test_a_listed_country_read_as_a_person_in_a_report_that_names_it_as_a_place_is_the_place() -> None:
    index = EntityIndex()
    first = linked(index, "i1", "यात्रा पर रोक\n\nसरकार ने ईरान की यात्रा पर रोक लगा दी है।", [("ईरान", "LOC")])
    text = ("मौतें बढ़ीं\n\nईरान में एक हजार लोगों की मौत हो गई है। ईरान के मंत्रालय ने आंकड़े दिए। उसके पिता ईरान से "
            "लौटे थे।")
    ids = linked(index, "i2", text, [("ईरान", "LOC"), ("ईरान", "LOC"), ("ईरान", "PER")])
    # The report's own two place mentions count with the store's one: the person reading is the place.
    assert len(set(ids.values())) == 1 and index.resolve(ids["ईरान"]) == index.resolve(first["ईरान"])
