"""Session 30: English mention rules (analyse/english_names.py), on sentences written for these tests."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Article(id="s30", text=text, title=None, source="example.in", published="2024-03-05"))
    return [(m.text, m.type) for m in analysis.mentions]


def test_a_capital_a_after_a_title_is_an_initial() -> None:
    got = found("The police said on Monday that Chief Minister A Kumaraswamy Reddy had visited the site.")
    assert ("A Kumaraswamy Reddy", "PER") in got


def test_head_words_of_bodies_and_places() -> None:
    got = found("The police said on Monday that the Vayu Aviation pilot, a scientist of the Naval Materials "
                "Laboratory and a Kashmir Conference leader had met.")
    assert ("Vayu Aviation", "ORG") in got and ("Naval Materials Laboratory", "ORG") in got


def test_places_in_a_list_that_ends_in_a_lower_case_phrase() -> None:
    got = found("The police said on Monday that rain flooded Kollam, Karunagappally and parts of Alappuzha.")
    assert ("Karunagappally", "LOC") in got


def test_a_place_measured_by_a_compass_point() -> None:
    got = found("The police said on Monday that the quake struck a valley south of Tamsoultane.")
    assert ("Tamsoultane", "LOC") in got


def test_a_name_after_a_company_noun_is_a_company() -> None:
    got = found("The police said on Monday that the group bought drugmaker Novacure and the carmakers Vantor and "
                "Blue Ridge Motors.")
    assert ("Novacure", "ORG") in got and ("Vantor", "ORG") in got

