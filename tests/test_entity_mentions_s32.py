"""Session 32 mention rules (issue 13): districts whose names are words in lists and tables, office acronyms;
sentences invented for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_district_that_is_a_word_is_a_place_in_a_table_of_districts() -> None:
    text = "जिलेवार आंकड़े\n\nपटना : 40\n\nभागलपुर : 12\n\nगया : 9\n\nसीवान : 7\n\nनालंदा : 5\n"
    found = _mentions(text)
    # Before: गया ("went") was left out of the table.
    assert ("गया", "LOC") in found


def test_a_district_that_is_a_word_is_a_place_in_a_counted_list() -> None:
    found = _mentions("नए मामले पटना (चार), भागलपुर (तीन), गया (दो), सीवान (एक) और नालंदा (एक) से आए हैं।")
    assert ("गया", "LOC") in found


def test_a_district_that_is_a_word_stays_a_word_outside_a_list() -> None:
    found = _mentions("वह कल शाम पटना गया और रात में लौट आया।")
    assert ("गया", "LOC") not in found


def test_an_office_acronym_is_no_organisation() -> None:
    found = _mentions("सूत्रों ने कहा कि डीएमओ ने कलक्टर को सूचित किया था। डीआरएम के साथ बैठक हुई।")
    # Before: both were read as bodies by the acronym rule.
    assert not [m for m in found if m[0] in ("डीएमओ", "डीआरएम")]
