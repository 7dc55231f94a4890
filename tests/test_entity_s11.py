"""Entity junk and wrong merges found in session 11's blind samples (covid5 and the bilingual set), each written
as our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked_entities as _link


def test_a_locality_of_two_towns_is_not_joined_by_a_city_both_reports_name_elsewhere() -> None:
    # Patna's शास्त्रीनगर (a list of Patna's quarters) and Kanpur's शास्त्री नगर both came with लखनऊ named elsewhere
    # in the report: a place in common is evidence for a local name only when it is that name's own town.
    index = EntityIndex()
    patna = _link(index, "t1", "फ्लू के मरीज\n\nअब तक पटना, शास्त्रीनगर, राजेंद्र नगर और कंकड़बाग से मरीज मिले "
                  "हैं। जांच के नमूने लखनऊ भेजे गए। लखनऊ में भी दो मरीज भर्ती हैं।",
                  [("पटना", "LOC"), ("शास्त्रीनगर", "LOC"), ("राजेंद्र नगर", "LOC"), ("कंकड़बाग", "LOC"),
                   ("लखनऊ", "LOC"), ("लखनऊ", "LOC")])["शास्त्रीनगर"]
    kanpur = _link(index, "t2", "जमाती पकड़े\n\nदूसरे दिन मछरिया, बरीपाल और शास्त्री नगर क्षेत्र से 40 लोगों को "
                   "क्वारंटाइन किया गया। आदेश लखनऊ से आया था।",
                   [("मछरिया", "LOC"), ("बरीपाल", "LOC"), ("शास्त्री नगर", "LOC"), ("लखनऊ", "LOC")])["शास्त्री नगर"]
    assert kanpur != patna
    again = _link(index, "t3", "नए मरीज\n\nपटना के शास्त्री नगर में दो नए मरीज मिले।",
                  [("पटना", "LOC"), ("शास्त्री नगर", "LOC")])["शास्त्री नगर"]
    assert again == patna


def test_a_place_name_that_is_an_everyday_word_in_a_list_of_workers_is_no_place() -> None:
    # माली is Mali and a gardener; in a list of workers the tagger's LOC made the country of it.
    index = EntityIndex()
    workers = _link(index, "g1", "छूट\n\nनिगम ने 55 साल से ऊपर के बेलदार, माली और सफाईकर्मियों को घर पर रहने की छूट दी है।",
                    [("माली", "LOC")])
    assert "माली" not in workers
    countries = _link(index, "g2", "अफ्रीका में संक्रमण\n\nअफ्रीकी देशों माली, नाइजर और चाड में पहले मामले मिले।",
                      [("माली", "LOC"), ("नाइजर", "LOC"), ("चाड", "LOC")])
    assert "माली" in countries
    # A town that is an everyday word is still a town in a list of towns.
    towns = _link(index, "g3", "नए मामले\n\nपटना, गया और भागलपुर में नए मामले मिले।",
                  [("पटना", "LOC"), ("गया", "LOC"), ("भागलपुर", "LOC")])
    assert "गया" in towns
