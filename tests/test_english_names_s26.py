"""Session 26 (english helper): English mentions on full-length reports. Wire datelines (a shouted town no list
knows, a district in brackets, the report's first word after the dash), a hyphenated word of two known
names (Pune-Nashik), role words and MP/MLA before a name, a model code after a body's name, a known name opening a
longer run, one name in one sense through a report, "X group", "known as". Our own sentences."""

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


def test_hyphenated_words_are_cut_where_they_hold_two_things() -> None:
    got = found("The Pune-Nashik highway was shut after the India-Pakistan match, the Sherpa Adventure "
                "Holdings said.")
    assert got == {"Pune": "LOC", "Nashik": "LOC", "India": "LOC", "Pakistan": "LOC",
                   "Sherpa Adventure Holdings": "ORG"}
    # one name written with hyphens stays whole, and is not cut into its parts
    got = found("Officials said the Lashkar-e-Taiba men had crossed near Kupwara in the night.")
    assert "Lashkar" not in got and got["Kupwara"] == "LOC"


def test_role_words_and_mp_or_mla_before_a_name_are_not_part_of_it() -> None:
    got = found("Congress MP Ravi Mehrotra and Activist Leela Varghese met the governor in Thiruvananthapuram.")
    assert got["Congress"] == "ORG" and got["Ravi Mehrotra"] == "PER" and got["Leela Varghese"] == "PER"
    assert "Activist Leela Varghese" not in got
    got = found("Industrialist Kiran Bhatia said the plant would reopen in Pune. Several MLAs disagreed.")
    assert got["Kiran Bhatia"] == "PER" and "Several MLAs" not in got


def test_a_model_code_ends_a_bodys_name() -> None:
    got = found("An Indian Navy MiG-29K made an emergency landing in Goa on Tuesday, the Navy said.")
    assert got["Indian Navy"] == "ORG" and got["Goa"] == "LOC"
    assert not any("MiG" in name for name in got)


def test_a_known_name_opening_a_longer_run_is_that_name() -> None:
    got = found("The South Africa Kagiso Rabada bowled at the Wankhede, and Uttar Pradesh Police officers watched.")
    assert got["South Africa"] == "LOC" and got["Kagiso Rabada"] == "PER"
    assert got["Uttar Pradesh Police"] == "ORG"  # a head word keeps the known name inside the body's name


def test_a_report_uses_a_town_in_one_sense() -> None:
    got = found("Heavy rain lashed villages in Kolhewadi on Monday. Officials said Kolhewadi had received twice "
                "its usual rainfall, and roads out of Kolhewadi were cut.")
    kolhewadi = [m for m in analyse(Article(id="s26", text="Heavy rain lashed villages in Kolhewadi on Monday. "
                                             "Kolhewadi had received twice its usual rainfall.", title=None,
                                             source="example.in")).mentions if m.text == "Kolhewadi"]
    assert got["Kolhewadi"] == "LOC" and len(kolhewadi) == 2


def test_a_surname_that_is_a_small_town_leaves_a_person_a_person() -> None:
    assert found("The wickets of Sarah Taylor and Anya Brooks fell in one over.")["Sarah Taylor"] == "PER"


def test_group_after_a_name_and_known_as() -> None:
    got = found("The Haldipur group, a maker of fans, said Anil Kumar Sahu, known as Pappu, had left the firm.")
    assert got["Haldipur"] == "ORG" and got["Anil Kumar Sahu"] == "PER" and got["Pappu"] == "PER"


def test_bodies_ending_in_survey_or_international_and_turkey() -> None:
    got = found("The Geological Survey of India and Transparency International issued reports on Turkey.")
    assert got == {"Geological Survey of India": "ORG", "Transparency International": "ORG", "Turkey": "LOC"}


def test_a_disaster_is_named_by_its_place_but_a_known_surname_stays_a_person() -> None:
    got = found("Rescuers recalled the 1999 Izmit earthquake and the Malin landslide of 2014, officials said.")
    assert got["Izmit"] == "LOC" and got["Malin"] == "LOC"
    assert found("Officials said the Modi quake remark was misread by reporters in Delhi.")["Modi"] == "PER"


def test_a_leading_word_that_is_no_name_leaves_the_next_word_a_sentence_opener() -> None:
    got = found("Several Olympic medallists met the minister in Delhi. Fares were paid in Rs 500 notes at Rs 20 each.")
    assert "Olympic" not in got and "Several Olympic" not in got and "Rs" not in got
