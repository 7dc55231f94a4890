"""A joiner (ZWJ, ZWNJ) inside a word only chooses how a conjunct is drawn (session 27): it never names an entity
for all its other spellings."""

from __future__ import annotations

from khabar.link.record import EntityRecord


def _record(type_: str, texts: list[str]) -> EntityRecord:
    e = EntityRecord("E1", type_, 0)
    for i, t in enumerate(texts):
        e.add_mention({"article_id": f"a{i}", "start": 0, "end": len(t), "text": t, "source": "model",
                       "type": type_})
    return e


def test_spellings_that_differ_by_a_joiner_count_as_one_under_the_plain_one() -> None:
    assert _record("ORG", ["नगर अस्\u200dपताल", "नगर अस्पताल"]).name == "नगर अस्पताल"
    # three with the joiner and two without: one name of five, written plainly
    assert _record("LOC", ["पाकिस्\u200dतान"] * 3 + ["पाकिस्तान"] * 2 + ["पाक"] * 4).name == "पाकिस्तान"


def test_a_name_written_only_with_a_joiner_keeps_its_spelling() -> None:
    assert _record("PER", ["राजीव गुप्\u200dता"] * 2).name == "राजीव गुप्\u200dता"
