"""Session 26 (english helper): English mentions on full-length reports. Wire datelines (a shouted town no list
knows, a district in brackets, the report's first word after the dash), role words and MP/MLA before a name, a model
code after a body's name, "known as". Our own sentences."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def found(text: str) -> dict[str, str]:
    analysis = analyse(Article(id="s26", text=text, title=None, source="example.in", published="2024-03-05"))
    return {m.text: m.type for m in analysis.mentions}


def test_a_shouted_dateline_town_is_a_place_and_its_report_opens_a_sentence() -> None:
    got = found("TARALGAON, March 4 (PTI) - Police in Chhattisgarh arrested three men on Monday after a clash "
                "over a land deal, officials said.")
    assert got["TARALGAON"] == "LOC"  # not an acronym
    assert "Police" not in got  # the report's first word: no town called Police
    assert got["Chhattisgarh"] == "LOC"


def test_a_district_in_brackets_after_the_dateline_is_a_place() -> None:
    got = found("KHEDSAR (Sabarkantha), March 4 - Farmers in the area said on Monday that the canal had been dry "
                "for two weeks.")
    assert got.get("KHEDSAR") == "LOC" and got.get("Sabarkantha") == "LOC"
    assert "PTI" in found("KHEDSAR, March 4 (PTI) - Farmers said the canal had been dry for two weeks.")


def test_role_words_and_mp_or_mla_before_a_name_are_not_part_of_it() -> None:
    got = found("Congress MP Ravi Mehrotra and Activist Leela Varghese met the governor in Thiruvananthapuram.")
    assert got["Congress"] == "ORG" and got["Ravi Mehrotra"] == "PER" and got["Leela Varghese"] == "PER"
    assert "Activist Leela Varghese" not in got
    got = found("Industrialist Kiran Bhatia said the plant would reopen in Pune, and Lawyer Rekha Iyer agreed.")
    assert got["Kiran Bhatia"] == "PER" and got["Rekha Iyer"] == "PER"


def test_a_model_code_ends_a_bodys_name() -> None:
    got = found("An Indian Navy MiG-29K made an emergency landing in Goa on Tuesday, the Navy said.")
    assert got["Indian Navy"] == "ORG" and got["Goa"] == "LOC"
    assert not any("MiG" in name for name in got)


def test_known_as_gives_a_person_another_name() -> None:
    got = found("Police in Ranchi said Anil Kumar Sahu, known as Pappu, had left the city on Monday.")
    assert got["Anil Kumar Sahu"] == "PER" and got["Pappu"] == "PER"


def test_a_word_after_words_that_are_no_names_opens_the_sentence() -> None:
    got = found("Many Olympic medallists met the minister in Delhi on Monday.")
    assert "Olympic" not in got and got["Delhi"] == "LOC"
    assert "Securities and Exchange Board of India" in found(
        "The Securities and Exchange Board of India fined the broker on Monday.")
