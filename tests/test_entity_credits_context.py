"""A wire agency credited in two reports is no context for joining names across them (session 27): an agency is
named in every report it files (जेएनएन, पीटीआई), so it says nothing of who or what a report is about."""

from __future__ import annotations

from khabar.link.credits import is_agency_name
from khabar.link.entities import EntityIndex
from link_support import linked

FIRST = ("पुणे, पीटीआई। वैज्ञानिक रमन गंगाखेडकर ने बताया कि जांच जारी है।",
         [("पुणे", "LOC"), ("पीटीआई", "ORG"), ("रमन गंगाखेडकर", "PER")])
SECOND = ("चेन्नई, पीटीआई। गंगाखेडकर ने बताया कि नतीजे आए हैं।",
          [("चेन्नई", "LOC"), ("पीटीआई", "ORG"), ("गंगाखेडकर", "PER")])
SECOND_WITH_CONTEXT = ("चेन्नई, पीटीआई। आईसीएमआर के गंगाखेडकर ने बताया कि नतीजे आए हैं।",
                       [("चेन्नई", "LOC"), ("पीटीआई", "ORG"), ("आईसीएमआर", "ORG"), ("गंगाखेडकर", "PER")])
FIRST_WITH_CONTEXT = ("पुणे, पीटीआई। आईसीएमआर के वैज्ञानिक रमन गंगाखेडकर ने बताया कि जांच जारी है।",
                      [("पुणे", "LOC"), ("पीटीआई", "ORG"), ("आईसीएमआर", "ORG"), ("रमन गंगाखेडकर", "PER")])


def test_agency_names_in_both_scripts() -> None:
    assert is_agency_name("जेएनएन") and is_agency_name("पीटीआई") and is_agency_name("PTI")
    assert not is_agency_name("आईसीएमआर")


def test_a_lone_surname_does_not_join_through_the_wire_credit_alone() -> None:
    index = EntityIndex()
    first = linked(index, "a1", *FIRST)
    second = linked(index, "a2", *SECOND)
    assert first["पीटीआई"] == second["पीटीआई"]
    assert second["गंगाखेडकर"] != first["रमन गंगाखेडकर"]


def test_a_lone_surname_still_joins_through_a_body_in_common() -> None:
    index = EntityIndex()
    first = linked(index, "a1", *FIRST_WITH_CONTEXT)
    second = linked(index, "a2", *SECOND_WITH_CONTEXT)
    assert second["गंगाखेडकर"] == first["रमन गंगाखेडकर"]
