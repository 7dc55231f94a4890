"""Session 27 (mentions helper, issue 13): organisations and places that the mention golds showed typed wrong or
missed, in English and Hindi: US/UK/UP alone, a country that opens a mis-read "person", All India …, a Hindi
business named after its kind (टेलिकॉम कंपनी X), hotels, honorifics in bodies' names, a role before a name. Our own
sentences."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Article(id="s27", text=text, title=None, source="example.in", published="2024-03-05"))
    return [(m.text, m.type) for m in analysis.mentions]


def test_us_uk_and_up_alone_are_places() -> None:
    got = found("The firm said on Monday it would file a suit in the US, where a rival US short seller had "
                "published its report. Sales in the UK and in western UP fell in March, officials said.")
    assert got.count(("US", "LOC")) == 2
    assert ("UK", "LOC") in got and ("UP", "LOC") in got
    assert ("UP", "ORG") not in got
    # before a title the country is a place, as "Punjab Chief Minister" (session 29: the English s28 gold marks
    # "US President" and "UK Prime Minister" so); lower-case "us" is no country
    got = found("US President Joe Biden met the press in Washington and told us little, officials said.")
    assert ("Joe Biden", "PER") in got and got.count(("US", "LOC")) == 1 and ("us", "LOC") not in got


def test_a_country_opening_a_mistyped_person_keeps_its_type() -> None:
    got = found("The regulator asked All India Radio for a transcript on Monday. The satellite was built in India, "
                "and India's space agency launched it in May, officials said.")
    assert ("All India Radio", "ORG") in got
    assert ("India", "PER") not in got and ("India", "LOC") in got


def test_the_name_after_a_business_kind_noun_is_the_business() -> None:
    got = found("देश की सबसे बड़ी टेलिकॉम कंपनी जियो ने नए प्लान की घोषणा की है। अब जियो ने ग्राहकों को मुफ्त डेटा दिया है।")
    assert got.count(("जियो", "ORG")) == 2
    assert not any("कंपनी" in t for t, _ in got)  # the kind words name nothing
    got = found("अमेरिका की बायोटेक कंपनी वेरोनिक्स को सरकार ने फंड दिया है।")
    assert ("वेरोनिक्स", "ORG") in got and not any("कंपनी" in t for t, _ in got)


def test_a_common_word_or_a_place_after_the_kind_noun_stays() -> None:
    got = found("उनकी कंपनी प्रबंधन से बात हुई। वहां कंपनी कर्मचारियों ने धरना दिया। कंपनी गुरुग्राम में है।")
    assert all(t == "LOC" for _, t in got)


def test_a_name_before_hotel_is_a_place() -> None:
    got = found("The two leaders met at the Marwood hotel on Tuesday. A dinner at the Castle Brennick hotel was "
                "cancelled, officials said.")
    assert ("Marwood", "LOC") in got and ("Castle Brennick", "LOC") in got


def test_an_honorific_opening_a_body_named_after_a_person_is_part_of_its_name() -> None:
    got = found("He was a trustee of the Sir Harilal Desai Trust and was treated at Lady Kamala Rao Hospital.")
    assert ("Sir Harilal Desai Trust", "ORG") in got and ("Lady Kamala Rao Hospital", "ORG") in got
    got = found("Sir Harilal Desai said on Monday that the trust would build a school.")
    assert ("Harilal Desai", "PER") in got


def test_a_one_word_name_after_a_lower_case_role_is_a_person() -> None:
    got = found("The party lost badly. Opposition leader Dharmavati said on Monday the count was unfair.")
    assert ("Dharmavati", "PER") in got
