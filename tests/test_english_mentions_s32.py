"""Session 32: English mention rules (analyse/english_names.py) and the scorer's body lines, on sentences written
for these tests."""

from __future__ import annotations

import sys
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from score_mentions import body_only, related_lines


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Article(id="s32", text=text, title=None, source="example.in", published="2024-03-05"))
    return [(m.text, m.type) for m in analysis.mentions]


def test_a_rare_name_before_a_lower_case_site_noun_is_a_place() -> None:
    got = found("The police said on Monday that he was taken to the Kelvapur jail, and that boats moved past the "
                "Sarodhi crematorium and the Tervali barrage.")
    assert ("Kelvapur", "LOC") in got and ("Sarodhi", "LOC") in got and ("Tervali", "LOC") in got


def test_a_frequent_word_before_a_site_noun_is_no_place() -> None:
    got = found("The police said on Monday that work on the Ram temple went on and that a Hindu temple was shut.")
    assert not any(text in ("Ram", "Hindu") for text, _ in got)


def test_a_known_person_before_a_site_noun_keeps_his_type() -> None:
    got = found("The police said on Monday that Narendra Modi had visited the site. The Modi temple remark "
                "drew criticism.")
    assert all(not (text == "Modi" and kind == "LOC") for text, kind in got)


def test_a_known_place_and_a_place_tail_are_a_place() -> None:
    got = found("The police said on Monday that traffic at Kanpur Central was slow and that Gorakhpur Urban "
                "voted early.")
    assert ("Kanpur Central", "LOC") in got and ("Gorakhpur Urban", "LOC") in got


def test_a_place_first_name_with_another_word_stays_a_person() -> None:
    got = found("The police said on Monday that Georgia Smith had signed for the club.")
    assert ("Georgia Smith", "PER") in got


def test_the_scorer_leaves_also_read_lines_out_of_the_body() -> None:
    text = "Rains hit Pune on Monday.\nAlso read: Floods in Nashik\nThe river rose."
    assert related_lines(text) == [(26, 53)]
    spans = [("a", 10, 14, "LOC"), ("a", 47, 53, "LOC")]
    assert body_only(spans, {"a": text}) == [("a", 10, 14, "LOC")]


def test_a_rare_name_before_a_modified_site_noun_is_a_place() -> None:
    got = found("The police said on Monday that a blast hit a unit in the Kodhavaram industrial area, and that "
                "workers of the Tirsana and Morvel power plants were evacuated.")
    assert ("Kodhavaram", "LOC") in got and ("Tirsana", "LOC") in got and ("Morvel", "LOC") in got


def test_a_role_acronym_is_no_organisation() -> None:
    got = found("The police said on Monday that the DGP had formed an SIT, and that an IAS officer would lead it.")
    assert not any(text in ("DGP", "SIT", "IAS") for text, _ in got)
