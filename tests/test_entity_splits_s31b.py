"""Session 31, round 2 (issue 13): splits the first round left. Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.link.coref import link_within_article
from khabar.model import Article


def _groups(text: str) -> list[list[str]]:
    return [[m.text for m in g.mentions] for g in link_within_article(text, analyse(Article(id="t", text=text)))]


def test_a_rare_word_that_opens_one_body_is_that_body() -> None:
    groups = _groups(
        "The short seller Hindenburg Research has accused the group of fraud in a report on Tuesday. The company "
        "denied the charges, and its shares fell. In a statement, the firm said Hindenburg had made false claims. "
        "Separately, Vedanta Ltd said its profit rose in the quarter. Shares of Vedanta gained two per cent.")
    assert ["Hindenburg Research", "Hindenburg"] in groups
    assert ["Vedanta Ltd", "Vedanta"] in groups


def test_a_word_that_opens_two_bodies_stays_apart() -> None:
    groups = _groups(
        "Workers of Kirloskar Brothers Ltd and Kirloskar Electric Ltd met on Monday in the city. Later in the day the "
        "talks ended, and Kirloskar said nothing more about the dispute.")
    assert ["Kirloskar"] in groups
