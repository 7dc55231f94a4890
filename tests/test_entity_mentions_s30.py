"""Session 30 mention rules (issue 13): tournaments, listed places; sentences invented for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_place_inside_a_tournament_name_is_not_marked() -> None:
    found = _mentions("उन्होंने ऑल इंग्लैंड चैंपियनशिप से नाम वापस लिया। जापान ओपन 2020 को स्थगित कर दिया गया।")
    # Before: the tagger tagged both places, and the link step made them the country.
    assert ("इंग्लैंड", "LOC") not in found
    assert ("जापान", "LOC") not in found


def test_a_sport_may_stand_between_the_name_and_the_tournament() -> None:
    found = _mentions("उन्होंने ऑल इंग्लैंड बैडमिंटन चैंपियनशिप से नाम वापस ले लिया।")
    assert ("इंग्लैंड", "LOC") not in found


def test_the_host_city_of_the_games_stays_and_so_does_a_place_outside_a_tournament() -> None:
    found = _mentions("टोक्यो ओलंपिक टल सकता है। इंग्लैंड चैंपियनशिप से हटे। इंग्लैंड में आज बारिश हुई।")
    # The host city tells one edition's stories from the next.
    assert ("टोक्यो", "LOC") in found
    assert found.count(("इंग्लैंड", "LOC")) == 1


def test_a_state_and_a_city_listed_without_a_comma_are_two_places() -> None:
    found = _mentions("ये ट्रेनें केरल अलुवा से ओडिशा के भुवनेश्वर, नासिक से मध्यप्रदेश के भोपाल तक चलेंगी। "
                      "यात्री पंजाब अमृतसर से आए थे।")
    # Before: one place केरल अलुवा, one place पंजाब अमृतसर.
    assert ("केरल", "LOC") in found
    assert ("अलुवा", "LOC") in found
    assert ("अमृतसर", "LOC") in found


def test_a_place_before_a_subdivision_word_takes_it_unless_a_body_follows() -> None:
    found = _mentions("शिवहर जिले में पहली बार एक मरीज शिवहर सदर में पाया गया है। उसे सदर अस्पताल भेजा गया।")
    # Before: शिवहर alone, twice.
    assert ("शिवहर सदर", "LOC") in found
    assert ("सदर अस्पताल", "ORG") in found
