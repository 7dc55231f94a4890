"""The English name finder that feeds entity linking for English articles."""

from __future__ import annotations

from khabar.analyse.english_names import find_mentions
from link_support import analysis_of

TEXT = (
    "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on Monday that the United States "
    "would keep backing Ukraine.\n"
    '"We will not walk away," Blinken told reporters at the State Department. The White House declined to '
    "comment.\n"
    "Russia's Defence Ministry said its forces had taken a village in the Donetsk region. North Korean leader "
    "Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome.\n"
    "Kim's sister Kim Yo Jong and Foreign Minister Sergei Lavrov attended, as did officials from the Bank of "
    "England.\n"
)


def _found() -> dict[str, str]:
    analysis = analysis_of("en", TEXT, "en", mentions=[])
    mentions = find_mentions(TEXT, analysis)
    for m in mentions:
        assert TEXT[m.start:m.end] == m.text
    return {m.text: m.type for m in mentions}


def test_titles_demonyms_and_possessives_are_not_part_of_names() -> None:
    found = _found()
    assert found["Antony Blinken"] == "PER"
    assert found["Vladimir Putin"] == "PER" and found["Kim Jong Un"] == "PER"
    assert found["Russia"] == "LOC" and found["Defence Ministry"] == "ORG"
    for text in found:
        assert not text.startswith(("U.S.", "Secretary", "Russian", "North Korean", "Foreign Minister"))
        assert not text.endswith("'s")


def test_types_come_from_gazetteers_and_head_words() -> None:
    found = _found()
    assert found["WASHINGTON"] == "LOC" and found["Ukraine"] == "LOC" and found["United States"] == "LOC"
    assert found["Reuters"] == "ORG" and found["White House"] == "ORG" and found["State Department"] == "ORG"
    assert found["Vostochny Cosmodrome"] == "LOC"
    assert found["Bank of England"] == "ORG"


def test_one_word_is_kept_only_as_a_short_form_of_a_person_in_the_article() -> None:
    found = _found()
    assert found["Blinken"] == "PER" and found["Kim"] == "PER"
    assert "Monday" not in found and "We" not in found and "The White House" not in found
    assert "Kim Yo Jong" in found and "Sergei Lavrov" in found


def test_a_title_case_headline_yields_only_known_names_and_names_of_the_body() -> None:
    text = ("Putin Meets Kim Jong Un In Vladivostok As Ties With Pyongyang Deepen\n\n"
            "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday. "
            "Putin said the talks went well.")
    mentions = find_mentions(text, analysis_of("h", text, "en", mentions=[]))
    headline = [(m.text, m.type) for m in mentions if m.start < text.index("\n")]
    assert headline == [("Putin", "PER"), ("Kim Jong Un", "PER"), ("Vladivostok", "LOC"), ("Pyongyang", "LOC")]
