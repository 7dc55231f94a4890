"""Session 30 (issue 13): a judged sample found the United Kingdom's entity holding England's mentions (the All
England championship, England's teams, southern England), because the curated list gave इंग्लैंड as a name of
ब्रिटेन. A constituent country is not its sovereign state."""

from __future__ import annotations

from khabar.analyse.gazetteer import lookup_name


def test_england_is_not_a_name_of_the_united_kingdom() -> None:
    assert lookup_name("इंग्लैंड") == ("LOC", "England")
    assert lookup_name("इंग्लैण्ड") == ("LOC", "England")
    assert lookup_name("ब्रिटेन") == ("LOC", "United Kingdom")
    assert lookup_name("यूके") == ("LOC", "United Kingdom")
