"""Session 32 mention rules (issue 13): office acronyms are no bodies; sentences invented
for khabar."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_an_office_acronym_is_no_organisation() -> None:
    found = _mentions("सूत्रों ने कहा कि डीएमओ ने कलक्टर को सूचित किया था। डीआरएम के साथ बैठक हुई।")
    # Before: both were read as bodies by the acronym rule.
    assert not [m for m in found if m[0] in ("डीएमओ", "डीआरएम")]
