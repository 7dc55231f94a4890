"""``EntityRecord.latin`` is remembered (session 28): read again with nothing changed it is not computed again, and any
change of what it is computed from (names and their counts, type, roles) gives the fresh value."""

from __future__ import annotations

from collections import Counter

import pytest

from khabar.link import record as record_module
from khabar.link.record import EntityRecord


def _mention(article: str, start: int, text: str, type_: str = "LOC") -> dict:
    return {"article_id": article, "start": start, "end": start + len(text), "text": text, "source": "test",
            "type": type_}


def test_latin_is_remembered_until_its_inputs_change(monkeypatch: pytest.MonkeyPatch) -> None:
    e = EntityRecord("E1", "LOC", 1, [_mention("a", 0, "पटना")], [], Counter())
    calls = []
    monkeypatch.setattr(record_module, "_LATINS", {})
    real = record_module.EntityRecord._latin
    monkeypatch.setattr(record_module.EntityRecord, "_latin", lambda self, n: calls.append(1) or real(self, n))
    assert e.latin == "Patna"
    assert e.latin == "Patna"
    assert len(calls) == 1  # before: computed on every read
    for k in range(3):
        e.add_mention(_mention(f"b{k}", 0, "पाटलिपुत्र"))
    fresh = EntityRecord("E2", "LOC", 2, list(e.mentions), [], Counter()).latin
    calls.clear()
    assert e.latin == fresh
    assert len(calls) == 0  # session 30: E2, with the same names, counts and roles, computed it
    e.roles["within|Bihar"] += 1
    _ = e.latin
    assert len(calls) == 1


def test_latin_is_shared_by_records_with_the_same_inputs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 30: a link step reads its records from the store afresh; a record with the same type, names,
    descriptions and roles as one read before takes its Latin name without computing it, and one that differs in
    any of them computes its own."""
    monkeypatch.setattr(record_module, "_LATINS", {})
    calls = []
    real = record_module.EntityRecord._latin
    monkeypatch.setattr(record_module.EntityRecord, "_latin", lambda self, n: calls.append(1) or real(self, n))
    first = EntityRecord("E1", "LOC", 1, [_mention("a", 0, "पटना")], [], Counter())
    again = EntityRecord("E1", "LOC", 1, [_mention("a", 0, "पटना")], [], Counter())
    assert first.latin == again.latin == "Patna"
    assert len(calls) == 1
    other = EntityRecord("E1", "LOC", 1, [_mention("a", 0, "पटना"), _mention("b", 0, "पटना")], [], Counter())
    assert other.latin == "Patna"
    assert len(calls) == 2  # another count of its name: computed
    roles = EntityRecord("E1", "LOC", 1, [_mention("a", 0, "पटना")], [], Counter({"within|Bihar": 1}))
    _ = roles.latin
    assert len(calls) == 3
