"""The English frames table (tests/en_frames_table.py) read through the whole per-article pipeline, as a user's
English article goes: dates, quantities, speakers, names and datelines."""

from __future__ import annotations

import pytest

from en_frames_table import (
    DATELINES,
    DATES,
    ENTITIES,
    EVENTS,
    NOT_DATELINES,
    NOT_DATES,
    NOT_ENTITIES,
    NOT_QUANTITIES,
    NOT_SPEECH,
    QUANTITIES,
    SHOWN_NAMES,
    SPEAKERS,
    WED,
)
from khabar.analyse.pipeline import analyse
from khabar.link.record import EntityRecord
from khabar.model import Analysis, Article

TABLES = (DATES, NOT_DATES, QUANTITIES, NOT_QUANTITIES, SPEAKERS, NOT_SPEECH, ENTITIES, EVENTS, NOT_ENTITIES,
          DATELINES, NOT_DATELINES, SHOWN_NAMES)


def _analyse(text: str, published: str | None = WED) -> Analysis:
    return analyse(Article(id="en-table", text=text, published=published, source="Table"))


def _at(text: str, written: str) -> tuple[int, int]:
    start = text.index(written)
    return start, start + len(written)


def test_the_table_is_large_enough() -> None:
    assert sum(len(t) for t in TABLES) >= 60


@pytest.mark.parametrize(("text", "published", "expression", "value"), DATES, ids=[r[2] for r in DATES])
def test_date_value(text: str, published: str, expression: str, value: str) -> None:
    found = {t.text: t.value for t in _analyse(text, published).timexes}
    assert found.get(expression) == value, found


@pytest.mark.parametrize(("text", "published", "written"), NOT_DATES, ids=[r[2] for r in NOT_DATES])
def test_no_date(text: str, published: str, written: str) -> None:
    start, end = _at(text, written)
    assert not [t.text for t in _analyse(text, published).timexes if t.start < end and start < t.end]


@pytest.mark.parametrize(("text", "expression", "value", "unit", "qualifier"), QUANTITIES,
                         ids=[r[1] for r in QUANTITIES])
def test_quantity(text: str, expression: str, value: float, unit: str, qualifier: str | None) -> None:
    found = {q.text: (q.value, q.unit, q.qualifier) for q in _analyse(text).quantities}
    assert found.get(expression) == (value, unit, qualifier), found


@pytest.mark.parametrize(("text", "written"), NOT_QUANTITIES, ids=[r[1] for r in NOT_QUANTITIES])
def test_counts_nothing(text: str, written: str) -> None:
    start, end = _at(text, written)
    assert not [q.text for q in _analyse(text).quantities if q.start < end and start < q.end]


@pytest.mark.parametrize(("text", "said", "speaker"), SPEAKERS, ids=[r[2] for r in SPEAKERS])
def test_speaker(text: str, said: str, speaker: str) -> None:
    quotes = _analyse(text).quotes
    found = [q for q in quotes if q.text.startswith(said)]
    assert found, [q.text for q in quotes]
    assert found[0].speaker_text == speaker


@pytest.mark.parametrize(("text", "written"), NOT_SPEECH, ids=[r[1] for r in NOT_SPEECH])
def test_no_reported_clause(text: str, written: str) -> None:
    start, end = _at(text, written)
    assert not [q.text for q in _analyse(text).quotes if q.start < end and start < q.end]


@pytest.mark.parametrize(("text", "name", "type_"), ENTITIES, ids=[r[1] for r in ENTITIES])
def test_name_and_type(text: str, name: str, type_: str) -> None:
    mentions = {(m.text, m.type) for m in _analyse(text).mentions}
    assert (name, type_) in mentions, mentions


@pytest.mark.parametrize(("text", "name"), EVENTS, ids=[r[1] for r in EVENTS])
def test_event_is_no_person(text: str, name: str) -> None:
    start, end = _at(text, name)
    found = [(m.text, m.type) for m in _analyse(text).mentions if m.start < end and start < m.end]
    assert found == [(name, "ORG")], found


@pytest.mark.parametrize(("text", "written"), NOT_ENTITIES, ids=[r[1] for r in NOT_ENTITIES])
def test_no_name(text: str, written: str) -> None:
    start, end = _at(text, written)
    assert not [m.text for m in _analyse(text).mentions if m.start < end and start < m.end]


@pytest.mark.parametrize(("text", "place"), DATELINES, ids=[r[1] for r in DATELINES])
def test_dateline(text: str, place: str) -> None:
    dateline = _analyse(text, None).dateline
    assert dateline is not None and dateline.text == place
    assert text[dateline.start:dateline.end] == place


@pytest.mark.parametrize("text", NOT_DATELINES, ids=[t[:20] for t in NOT_DATELINES])
def test_no_dateline(text: str) -> None:
    assert _analyse(text, None).dateline is None


@pytest.mark.parametrize(("names", "type_", "shown"), SHOWN_NAMES, ids=[r[2] for r in SHOWN_NAMES])
def test_shown_name(names: list[str], type_: str, shown: str) -> None:
    mentions = [{"article_id": f"a{i}", "start": 0, "end": len(n), "text": n, "type": type_, "source": "english_names"}
                for i, n in enumerate(names)]
    record = EntityRecord("E1", type_, 1, mentions)
    assert record.name == shown
    assert record.latin == shown
