"""Namesake cities (issue 13, session 7): औरंगाबाद in Maharashtra and औरंगाबाद in Bihar are two places; the places an
article names alongside tell which one it means. Hindi news text written for these tests."""

from __future__ import annotations

from collections import Counter

from khabar.link.entities import EntityIndex
from khabar.link.places import namesake_regions, pick_region, region_of, region_votes
from link_support import linked_entities as _link

MAHARASHTRA = ("औरंगाबाद में मजदूरों की मौत\n\nमहाराष्ट्र के औरंगाबाद में रेल पटरी पर सो रहे मजदूरों की मौत हो गई। वे "
               "पुणे से पैदल निकले थे। मुंबई से राहत दल भेजा गया।",
               [("औरंगाबाद", "LOC"), ("महाराष्ट्र", "LOC"), ("पुणे", "LOC"), ("मुंबई", "LOC")])
BIHAR = ("औरंगाबाद में नए मरीज\n\nबिहार के औरंगाबाद जिले में तीन नए मरीज मिले। पटना भेजे गए नमूनों की रिपोर्ट आई। "
         "बिहार में मरीजों की संख्या बढ़ी।", [("औरंगाबाद", "LOC"), ("बिहार", "LOC"), ("पटना", "LOC")])
BIHAR_AGAIN = ("पटना से लौटी टीम\n\nपटना से आई टीम ने औरंगाबाद के गांवों में जांच की। बिहार सरकार ने राशन बांटा।",
               [("पटना", "LOC"), ("औरंगाबाद", "LOC"), ("बिहार", "LOC")])
BARE = ("ट्रेन रद्द\n\nऔरंगाबाद जाने वाली ट्रेन रद्द कर दी गई।", [("औरंगाबाद", "LOC")])


def test_the_regions_of_a_namesake_city_come_from_geonames_with_or_without_diacritics() -> None:
    assert namesake_regions("औरंगाबाद") == {"Bihar", "Maharashtra"}  # Aurangabad and Aurangābād
    assert namesake_regions("पटना") == frozenset()  # one city
    assert namesake_regions("बिहार") == frozenset()  # a state
    assert region_of("औरंगाबाद", ["बिहार"]) == "Bihar"
    assert region_of("औरंगाबाद") == "Maharashtra"


def test_an_article_points_to_a_region_only_when_it_names_that_region_most() -> None:
    options = namesake_regions("औरंगाबाद")
    assert pick_region(options, region_votes(["बिहार", "पटना", "मुंबई"])) == "Bihar"
    # A national round-up that names each state once says nothing about which औरंगाबाद it means.
    assert pick_region(options, Counter({"Bihar": 1, "Maharashtra": 1, "Assam": 1})) is None
    assert pick_region(options, Counter({"Delhi": 3, "Bihar": 1})) is None


def test_namesake_cities_in_two_states_are_two_entities() -> None:
    index = EntityIndex()
    maharashtra = _link(index, "a1", *MAHARASHTRA)["औरंगाबाद"]
    bihar = _link(index, "a2", *BIHAR)["औरंगाबाद"]
    bihar_again = _link(index, "a3", *BIHAR_AGAIN)["औरंगाबाद"]
    bare = _link(index, "a4", *BARE)["औरंगाबाद"]
    assert maharashtra != bihar
    assert bihar_again == bihar
    assert bare == maharashtra  # nothing said: the larger city, the one GeoNames gives this spelling
    assert index.entities[bihar].latin == index.entities[maharashtra].latin == "Aurangabad"
