"""Two transliterations of a two-word foreign name (session 28): with the same consonants word for word and a role of
one country's office on both sides (इटली के प्रधानमंत्री), they are that office's holder; two words without it say too
little (``VARIANT_WORDS``), so they stay apart."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked

FIRST = ("इटली में बंद\n\nरोम। इटली के प्रधानमंत्री ग्यूसेप कोंटे ने देश भर में दुकानें बंद करने का आदेश दिया। लोम्बार्डी में सबसे "
         "ज्यादा मरीज हैं।", [("इटली", "LOC"), ("रोम", "LOC"), ("इटली", "LOC"), ("ग्यूसेप कोंटे", "PER"),
                               ("लोम्बार्डी", "LOC")])
SECOND = ("इटली में राहत\n\nरोम। इटली के प्रधानमंत्री गिउसेप कोंते ने राहत पैकेज का एलान किया। लोम्बार्डी के अस्पतालों को मदद "
          "मिलेगी।", [("इटली", "LOC"), ("रोम", "LOC"), ("इटली", "LOC"), ("गिउसेप कोंते", "PER"), ("लोम्बार्डी", "LOC")])


def _plain(text: str) -> str:
    return text.replace("इटली के प्रधानमंत्री ", "")


def test_two_spellings_of_one_countrys_office_holder_are_one_person() -> None:
    index = EntityIndex()
    first = linked(index, "a", *FIRST)
    second = linked(index, "b", *SECOND)
    # Before: two words were too few for the consonant match, and the two spellings were two people.
    assert index.resolve(first["ग्यूसेप कोंटे"]) == index.resolve(second["गिउसेप कोंते"])


def test_without_an_office_in_common_two_words_stay_apart() -> None:
    index = EntityIndex()
    first = linked(index, "a", _plain(FIRST[0]), [s for s in FIRST[1] if s != ("इटली", "LOC")][:1] + FIRST[1][3:])
    second = linked(index, "b", _plain(SECOND[0]), [s for s in SECOND[1] if s != ("इटली", "LOC")][:1] + SECOND[1][3:])
    assert index.resolve(first["ग्यूसेप कोंटे"]) != index.resolve(second["गिउसेप कोंते"])
