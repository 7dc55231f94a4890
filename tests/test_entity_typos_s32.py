"""Session 32 (issue 13, split canonical entities): a place or body name written once with one letter too many or
too few joins the entity its right spelling has built over several reports. Our own sentences."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from khabar.link.typos import one_letter_apart
from khabar.text.keys import match_key
from link_support import linked_entities


def _apart(a: str, b: str) -> bool:
    return one_letter_apart(match_key(a), match_key(b))


def test_one_letter_more_or_less() -> None:
    assert _apart("देहरादूनक", "देहरादून")  # a letter glued on
    assert _apart("लक्षदीप", "लक्षद्वीप")  # a conjunct's letter dropped
    assert _apart("आइएएनस", "आइएएनएस")  # a vowel letter of an acronym dropped
    assert _apart("मुजफरपुर", "मुजफ्फरपुर")


def test_other_names_are_not_slips() -> None:
    assert not _apart("रामपुरा", "रामपुर")  # a vowel sign makes another name
    assert not _apart("रामगढ़वा", "रामगढ़")  # a syllable more: another place
    assert not _apart("रायगड", "रायगढ़")  # a changed letter: another district
    assert not _apart("कनौज", "कन्नौज")  # too short to tell
    assert not _apart("बिहार", "बिहार")
    assert not _apart("अदेहरादून", "देहरादून")  # a word's first letter
    assert not _apart("Dehradunk", "Dehradun")


_CITY = "नगर निगम की बैठक\n\nदेहरादून में नगर निगम ने सफाई अभियान शुरू किया। देहरादून के मेयर ने कहा कि काम जारी रहेगा।"


def test_a_slip_joins_the_established_place() -> None:
    index = EntityIndex()
    first = linked_entities(index, "d1", _CITY, [("देहरादून", "LOC"), ("देहरादून", "LOC")])
    linked_entities(index, "d2", "बारिश\n\nदेहरादून में तेज बारिश हुई।", [("देहरादून", "LOC")])
    slip = linked_entities(index, "d3", "सुस्ती\n\nकोरोना वायरस पर देहरादूनक में नगर निगम सुस्त है।",
                           [("देहरादूनक", "LOC")])
    assert slip["देहरादूनक"] == first["देहरादून"]


def test_a_slip_of_a_place_of_one_report_stays_apart() -> None:
    index = EntityIndex()
    first = linked_entities(index, "d1", _CITY, [("देहरादून", "LOC"), ("देहरादून", "LOC")])
    slip = linked_entities(index, "d3", "सुस्ती\n\nकोरोना वायरस पर देहरादूनक में नगर निगम सुस्त है।",
                           [("देहरादूनक", "LOC")])
    assert slip["देहरादूनक"] != first["देहरादून"]  # one report is not yet a spelling that runs through many
