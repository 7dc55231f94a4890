"""Session 30: English mention rules (analyse/english_names.py), on sentences written for these tests."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Article(id="s30", text=text, title=None, source="example.in", published="2024-03-05"))
    return [(m.text, m.type) for m in analysis.mentions]


def test_a_title_with_no_name_after_it_leaves_the_body_before_it() -> None:
    got = found("The police said on Monday that a Congress MP and the Rajasthan Chief Minister had met the "
                "Reserve Bank Governor in Jaipur.")
    assert ("Congress", "ORG") in got and ("Rajasthan", "LOC") in got and ("Reserve Bank", "ORG") in got
    assert not any(t in ("Congress MP", "Rajasthan Chief Minister", "Reserve Bank Governor") for t, _ in got)


def test_a_title_alone_is_no_mention_and_an_unknown_name_keeps_its_last_word() -> None:
    got = found("The police said on Monday that the Union Home Minister had praised Pemba Dorje Sherpa.")
    assert not any(t.startswith("Union") for t, _ in got)
    assert ("Pemba Dorje Sherpa", "PER") in got


def test_a_capital_a_after_a_title_is_an_initial() -> None:
    got = found("The police said on Monday that Chief Minister A Kumaraswamy Reddy had visited the site.")
    assert ("A Kumaraswamy Reddy", "PER") in got


def test_head_words_of_bodies_and_places() -> None:
    got = found("The police said on Monday that the Vayu Aviation pilot, a scientist of the Naval Materials "
                "Laboratory and a Kashmir Conference leader had prayed at the Moti Masjid.")
    assert ("Vayu Aviation", "ORG") in got and ("Naval Materials Laboratory", "ORG") in got
    assert ("Moti Masjid", "LOC") in got


def test_places_in_a_list_that_ends_in_a_lower_case_phrase() -> None:
    got = found("The police said on Monday that rain flooded Kollam, Karunagappally and parts of Alappuzha.")
    assert ("Karunagappally", "LOC") in got


def test_a_place_measured_by_a_compass_point() -> None:
    got = found("The police said on Monday that the quake struck a valley south of Tamsoultane.")
    assert ("Tamsoultane", "LOC") in got


def test_a_rare_word_after_a_place_possessive_is_a_place_in_it() -> None:
    got = found("The police said on Monday that landslides buried homes in Satara's Kondhavale and Bhambavli.")
    assert ("Kondhavale", "LOC") in got and ("Bhambavli", "LOC") in got


def test_a_name_after_a_company_noun_is_a_company() -> None:
    got = found("The police said on Monday that the group bought drugmaker Novacure and the carmakers Vantor and "
                "Blue Ridge Motors.")
    assert ("Novacure", "ORG") in got and ("Vantor", "ORG") in got


def test_a_day_is_a_date_not_a_name() -> None:
    got = found("The police said on Monday that banks in Mumbai would stay shut for Martyrs Day.")
    assert not any("Day" in t for t, _ in got) and ("Mumbai", "LOC") in got
