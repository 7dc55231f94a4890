"""Session 29: English mention rules (analyse/english_names.py), on sentences written for these tests."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Article(id="s29", text=text, title=None, source="example.in", published="2024-03-05"))
    return [(m.text, m.type) for m in analysis.mentions]


def test_a_title_that_opens_before_a_shorter_title() -> None:
    got = found("Chief Election Commissioner Rajiv Kumar, flanked by Election Commissioners Gyanesh Kumar and "
                "Sukhbir Singh Sandhu, spoke in Delhi on Monday.")
    assert ("Rajiv Kumar", "PER") in got and ("Gyanesh Kumar", "PER") in got
    assert not any(t.startswith("Election") for t, _ in got)


def test_a_country_before_a_title_is_a_place() -> None:
    got = found("The talks began on Monday. US President Joe Biden and UK Prime Minister Rishi Sunak met there.")
    assert ("US", "LOC") in got and ("UK", "LOC") in got
    assert ("Joe Biden", "PER") in got and ("Rishi Sunak", "PER") in got


def test_initials_open_a_person_even_after_a_place_preposition() -> None:
    got = found("He served as a minister in P V Narasimha Rao's government and later in Delhi.")
    assert ("P V Narasimha Rao", "PER") in got and ("Delhi", "LOC") in got


def test_a_name_after_a_family_word_is_a_person() -> None:
    got = found("Police arrested the trader, his brother Ganeshan and his wife Lalitha on Monday.")
    assert ("Ganeshan", "PER") in got and ("Lalitha", "PER") in got


def test_a_currency_code_before_an_amount_is_no_body() -> None:
    got = found("The island needs about USD 5 billion, the minister told the IMF on Monday.")
    assert not any(t == "USD" for t, _ in got)
    assert ("IMF", "ORG") in got


def test_generic_words_alone_and_attributive_heads() -> None:
    got = found("Voting for 12 Assembly seats ends on Friday. The Election Commission said the Commission was "
                "ready, and a former Union minister and police in Andheri West and East agreed.")
    assert ("Election Commission", "ORG") in got
    assert not any(t in ("Assembly", "Commission", "Union", "East") for t, _ in got)


def test_a_national_body_opening_a_sentence_is_the_body() -> None:
    got = found("The protests went on for months. Parliament is expected to elect a new president next week.")
    assert ("Parliament", "ORG") in got


def test_role_words_and_role_compounds_before_a_name() -> None:
    got = found("Goalkeeper Emiliano Martinez and Gangster-turned-politician Atiq Ahmed met Judicial Magistrate "
                "Rekha Varma.")
    assert ("Emiliano Martinez", "PER") in got and ("Atiq Ahmed", "PER") in got and ("Rekha Varma", "PER") in got
    got = found("The US-based Hindenburg Research said so on Monday.")
    assert any(t.endswith("Hindenburg Research") for t, _ in got)


def test_a_titles_body_keeps_the_title() -> None:
    got = found("He gave Rs 1 lakh to the Chief Minister's Distress Relief Fund, and the Prime Minister's Office "
                "thanked him.")
    assert ("Chief Minister's Distress Relief Fund", "ORG") in got
    assert ("Prime Minister's Office", "ORG") in got


def test_generic_phrases_are_no_names() -> None:
    got = found("He spoke in the Upper House on Monday, and no one died in the Union Territory.")
    assert got == []


def test_a_plural_name_after_a_place_preposition_and_the() -> None:
    got = found("Embankments broke in the Sundarbans and rescuers reached villages in the Sundarbans on Monday.")
    assert got.count(("Sundarbans", "LOC")) == 2
    got = found("She won two medals in the Olympics and spoke of the Games in Delhi.")
    assert ("Olympics", "LOC") not in got and ("Games", "LOC") not in got


def test_a_rare_word_before_comma_where_is_a_place() -> None:
    got = found("The toll rose to 40 on Monday. Kottapuram, where most of the dead lived, is a small hamlet.")
    assert ("Kottapuram", "LOC") in got
