"""The date, quantity and dateline table (tests/dates_numbers_table.py) read through the whole pipeline."""

from __future__ import annotations

import pytest

from dates_numbers_table import DATELINES, DATES, NOT_DATELINES, NOT_DATES, NOT_QUANTITIES, QUANTITIES
from khabar.analyse.pipeline import analyse
from khabar.model import Analysis, Article

ROWS = len(DATES) + len(NOT_DATES) + len(QUANTITIES) + len(NOT_QUANTITIES) + len(DATELINES) + len(NOT_DATELINES)


def _analyse(text: str, published: str | None = "2025-09-04") -> Analysis:
    return analyse(Article(id="table", text=text, published=published))


def test_the_table_is_large_enough():
    assert ROWS >= 80


@pytest.mark.parametrize(("text", "published", "expression", "value"), DATES)
def test_date_value(text: str, published: str, expression: str, value: str):
    found = {t.text: t.value for t in _analyse(text, published).timexes}
    assert found.get(expression) == value, found


@pytest.mark.parametrize(("text", "published", "written"), NOT_DATES)
def test_no_date_value(text: str, published: str, written: str):
    found = {t.text: t.value for t in _analyse(text, published).timexes}
    assert found.get(written) is None, found


@pytest.mark.parametrize(("text", "expression", "value", "unit", "qualifier"), QUANTITIES)
def test_quantity(text: str, expression: str, value: float, unit: str | None, qualifier: str | None):
    found = {q.text: (q.value, q.unit, q.qualifier) for q in _analyse(text).quantities}
    assert found.get(expression) == (value, unit, qualifier), found


@pytest.mark.parametrize(("text", "written"), NOT_QUANTITIES)
def test_counts_nothing(text: str, written: str):
    analysis = _analyse(text)
    at = [i for i in range(len(text)) if text.startswith(written, i)]
    assert at, written
    for q in analysis.quantities:
        assert not any(q.start <= i < q.end for i in at), (q.text, q.value)


@pytest.mark.parametrize(("text", "place", "english"), DATELINES)
def test_dateline_without_a_date(text: str, place: str, english: str | None):
    dateline = _analyse(text, None).dateline
    assert dateline is not None
    assert (dateline.text, dateline.place, dateline.month) == (place, english, None)
    assert text[dateline.start:dateline.end] == place


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text: str):
    assert _analyse(text, None).dateline is None


def test_a_deictic_day_joined_to_a_weekday_agrees_when_read_from_the_story_date():
    import datetime as dt

    from khabar.analyse.timex import resolve_article_timexes

    text = "कल यानी शनिवार को परिषद की बैठक होगी।"  # written on Friday; the story's day is Saturday
    analysis = _analyse(text, None)
    assert {t.text: t.value for t in analysis.timexes} == {"कल": None, "शनिवार": None}
    assert resolve_article_timexes(text, analysis, dt.date(2025, 9, 6))
    assert {t.text: t.value for t in analysis.timexes} == {"कल": "2025-09-06", "शनिवार": "2025-09-06"}
