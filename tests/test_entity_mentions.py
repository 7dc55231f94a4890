"""Rules after the Hindi tagger: Latin acronyms, calendar words, zero-width joiners, a person glued to a place."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.link.descriptions import without_honorifics
from khabar.model import Article, Mention
from khabar.text.tokens import tokens, words


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.type for m in analyse(Article(id="t", text=text, source="test")).mentions}


def test_latin_acronyms_inside_hindi_text_are_organisations_and_titles_are_not():
    found = _mentions("इसरो का नया मिशन\n\nसमाचार एजेंसी ANI के मुताबिक ISRO ने बृहस्पतिवार को नया उपग्रह छोड़ा। "
                      "PM ने वैज्ञानिकों को बधाई दी।")
    assert found.get("ANI") == "ORG" and found.get("ISRO") == "ORG"
    assert "PM" not in found


def test_an_acronym_inside_a_hyphenated_term_is_no_organisation():
    found = _mentions("जांच किट की कमी\n\nराज्य को 35 लाख RT-PCR किट चाहिए, जबकि ICMR ने अभी 5 लाख किट भेजी हैं।")
    assert found.get("ICMR") == "ORG"
    assert "RT" not in found and "PCR" not in found


def test_a_weekday_is_never_part_of_a_name():
    found = _mentions("किम की यात्रा\n\nउत्तर कोरिया के नेता किम जोंग उन बृहस्पतिवार को प्योंगयांग लौटे।")
    assert not any("बृहस्पतिवार" in name for name in found)


def test_zero_width_joiners_stay_inside_a_word():
    text = "राज्य के स्\u200dवास्\u200dथ्\u200dय विभाग ने कहा"
    assert [t.text for t in tokens(text)][2] == "स्\u200dवास्\u200dथ्\u200dय"
    assert [w.text for w in words(text)] == ["राज्य", "के", "स्\u200dवास्\u200dथ्\u200dय", "विभाग", "ने", "कहा"]


def test_titles_written_with_joiners_and_official_ranks_are_cut_off_a_person():
    for written, name in [("उपमुख्\u200dयमंत्री नितिन पटेल", "नितिन पटेल"), ("सिपाही अमरेंद्र कुमार", "अमरेंद्र कुमार"),
                          ("डीआईजी अरुण मोहन जोशी", "अरुण मोहन जोशी"), ("गायिका कनिका कपूर", "कनिका कपूर")]:
        narrowed = without_honorifics(Mention(5, 5 + len(written), written, "PER"), "hi")
        assert narrowed.text == name and narrowed.end - narrowed.start == len(name)
