"""The frames table (``speech_frames_table.py``): reported speech and speakers, dates and numbers in real-style
Hindi sentences, through the whole per-article pipeline as a user's article goes."""

from __future__ import annotations

import pytest

from khabar.analyse.pipeline import analyse
from khabar.model import Analysis, Article
from speech_frames_table import (
    DATES,
    HEADLINE_SPEAKER_REFS,
    HEADLINE_SPEECH,
    NO_SPEECH,
    NO_SPEECH_SPANS,
    NOT_NUMBERS,
    NUMBERS,
    PUBLISHED,
    SPEECH,
    TWIN_APOSTROPHES,
    UNANCHORED_DATES,
)


def _analysed(text: str) -> Analysis:
    # a headline line first, as articles come; the table's text is the body
    body = text if text.startswith("शीर्षक") else "शीर्षक\n\n" + text
    return analyse(Article(id="t", text=body, title="शीर्षक", published=PUBLISHED))


@pytest.mark.parametrize(("text", "said", "speaker", "ref", "cue"), SPEECH, ids=[r[1][:30] for r in SPEECH])
def test_reported_speech_and_speaker(text: str, said: str, speaker: str | None, ref: str | None, cue: str) -> None:
    a = _analysed(text)
    body = "शीर्षक\n\n" + text if not text.startswith("शीर्षक") else text
    found = [q for q in a.quotes if q.text == said]
    assert found, f"not found: {said!r}; got {[q.text for q in a.quotes]}"
    q = found[0]
    assert q.speaker_text == speaker
    assert (body[q.speaker_ref[0] : q.speaker_ref[1]] if q.speaker_ref else None) == ref
    assert q.cue is not None and cue in q.cue


@pytest.mark.parametrize("text", NO_SPEECH)
def test_no_reported_speech(text: str) -> None:
    assert _analysed(text).quotes == []


@pytest.mark.parametrize(("text", "expression", "value"), DATES, ids=[r[1] for r in DATES])
def test_date_expression_and_value(text: str, expression: str, value: str | None) -> None:
    timexes = [t for t in _analysed(text).timexes if t.text == expression]
    if value is None:
        assert all(t.value is None for t in timexes)
        return
    assert timexes, f"{expression!r} not found"
    assert {t.value for t in timexes} == {value}  # one value per expression and article


@pytest.mark.parametrize(("text", "quantity", "value", "qualifier"), NUMBERS, ids=[r[1] for r in NUMBERS])
def test_quantity(text: str, quantity: str, value: float, qualifier: str | None) -> None:
    found = [q for q in _analysed(text).quantities if q.text == quantity]
    assert found, f"{quantity!r} not found"
    assert (found[0].value, found[0].qualifier) == (value, qualifier)


@pytest.mark.parametrize(("text", "number"), NOT_NUMBERS, ids=[r[0][:25] for r in NOT_NUMBERS])
def test_identifiers_and_clock_times_are_not_quantities(text: str, number: str) -> None:
    assert not [q for q in _analysed(text).quantities if number in q.text]


@pytest.mark.parametrize(("text", "said", "speaker"), HEADLINE_SPEECH, ids=[r[1][:30] for r in HEADLINE_SPEECH])
def test_headline_frames(text: str, said: str, speaker: str | None) -> None:
    found = [q for q in _analysed(text).quotes if q.text == said]
    assert found, f"not found: {said!r}"
    assert found[0].speaker_text == speaker


@pytest.mark.parametrize(("text", "words"), NO_SPEECH_SPANS, ids=[r[1][:30] for r in NO_SPEECH_SPANS])
def test_words_that_are_no_statement(text: str, words: str) -> None:
    quotes = _analysed(text).quotes
    assert quotes, "the report itself is found"
    assert all(words not in q.text for q in quotes)


@pytest.mark.parametrize(("text", "said", "speaker", "ref"), HEADLINE_SPEAKER_REFS,
                         ids=[r[1][:30] for r in HEADLINE_SPEAKER_REFS])
def test_headline_speaker_resolves_in_the_body(text: str, said: str, speaker: str, ref: str) -> None:
    found = [q for q in _analysed(text).quotes if q.text == said]
    assert found, f"not found: {said!r}"
    q = found[0]
    assert q.speaker_text == speaker
    assert q.speaker_ref is not None and text[q.speaker_ref[0] : q.speaker_ref[1]] == ref


@pytest.mark.parametrize(("text", "said", "kind", "speaker"), TWIN_APOSTROPHES,
                         ids=[r[1][:30] for r in TWIN_APOSTROPHES])
def test_two_apostrophes_as_one_mark(text: str, said: str, kind: str, speaker: str | None) -> None:
    quotes = _analysed(text).quotes
    found = [q for q in quotes if q.text == said]
    assert found, f"not found: {said!r}; got {[q.text for q in quotes]}"
    assert (found[0].kind, found[0].speaker_text) == (kind, speaker)
    # nothing quoted runs past the quote's own sentence into the narration after it
    assert all(q.end <= found[0].end or q.start >= found[0].end for q in quotes)


@pytest.mark.parametrize(("text", "expression", "value"), UNANCHORED_DATES,
                         ids=[f"{r[1]}-{i}" for i, r in enumerate(UNANCHORED_DATES)])
def test_dates_without_a_publication_date(text: str, expression: str, value: str | None) -> None:
    body = "शीर्षक\n\n" + text if "\n" not in text else text
    a = analyse(Article(id="t", text=body, url="https://example.com/news/12345"))
    timexes = [t for t in a.timexes if t.text == expression]
    assert timexes, f"{expression!r} not found"
    assert {t.value for t in timexes} == {value}
