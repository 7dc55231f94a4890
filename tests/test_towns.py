"""Session 26: Indian towns that the place lists know only in Latin letters, found by sound (``analyse.towns``;
sentences invented for khabar)."""

from __future__ import annotations

from khabar.analyse import gazetteer
from khabar.analyse.pipeline import analyse
from khabar.analyse.towns import rare_enough, sound_alike_town
from khabar.link.latin import sound_alike_place
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_town_with_no_devanagari_name_is_found_by_its_sound() -> None:
    # GeoNames gives these towns no Devanagari name: the gazetteer does not know them.
    for word, english in (("रेवाड़ी", "Rewari"), ("गिरिडीह", "Giridih"), ("हांसी", "Hansi"), ("बस्ती", "Basti")):
        assert gazetteer.lookup_place(word) is None
        assert sound_alike_town(word) == (english, True)
    assert sound_alike_town("फुलवारीशरीफ") == ("Phulwari Sharif", False)  # sounds alike, keys differ
    assert sound_alike_town("सरकार") is None


def test_the_analysis_and_the_link_step_read_a_spelling_alike() -> None:
    # One comparison (text.phonetic.sound_scores) for both: the link step names the town the analysis found.
    for word in ("रेवाड़ी", "गिरिडीह", "हांसी"):
        assert sound_alike_place(word) == sound_alike_town(word)[0]


def test_a_common_word_names_only_a_large_town() -> None:
    assert rare_enough("रेवाड़ी", sound_alike_town("रेवाड़ी"))
    assert not rare_enough("बस्ती", sound_alike_town("बस्ती"))  # "settlement": too common for a town of 100,000
    assert not rare_enough("कल्याण", sound_alike_town("कल्याण"))  # "welfare": too common for any town (Kalyan)
    assert sound_alike_town("शुरुआत") == ("Surat", False)  # "beginning" only sounds like Surat
    assert not rare_enough("शुरुआत", ("Surat", False))


def test_an_untagged_town_before_a_place_word_is_a_place() -> None:
    assert ("गिरिडीह", "LOC") in _mentions("मंगलवार को गिरिडीह जिले के दो गांवों में बारिश हुई।")
    found = _mentions("हांसी क्षेत्र में बारिश हुई, जबकि जींद में ओले गिरे।")
    assert ("हांसी", "LOC") in found and ("जींद", "LOC") in found
    # A zero-width joiner inside the place word's conjunct (ब्‍लॉक), as some sites write it.
    assert ("जलेसर", "LOC") in _mentions("ताजा केस जलेसर ब्‍लॉक के गांव में मिला।")


def test_its_other_occurrences_in_the_article_are_the_town_too() -> None:
    text = "बुधवार को रेवाड़ी में दो नए मामले मिले। रेवाड़ी प्रशासन सतर्क है।"
    assert [m for m in _mentions(text) if m[0] == "रेवाड़ी"] == [("रेवाड़ी", "LOC"), ("रेवाड़ी", "LOC")]
    # Without a place's context nowhere in the article, the word is no mention.
    assert ("रेवाड़ी", "LOC") not in _mentions("रेवाड़ी प्रशासन सतर्क है।")


def test_two_town_words_side_by_side_are_one_name() -> None:
    assert ("कल्याण डोम्बीवली", "LOC") in _mentions("ठाणे जिले के कल्याण डोम्बीवली में बुधवार को 20 नए मामले आए।")


# Each word below sounds like a town; each sentence says it is something else.
def test_an_english_loan_spelt_with_the_open_o_is_no_town() -> None:
    assert sound_alike_town("कॉलम") == ("Kollam", True)
    assert _mentions("उनका कॉलम में लेख छपा।") == []


def test_a_girl_named_like_a_town_after_a_kinship_word_is_no_town() -> None:
    assert sound_alike_town("सिवानी") is not None
    assert _mentions("बेटी सिवानी की शादी में पूरा गांव आया।") == []


def test_half_of_a_hyphenated_name_is_no_town_alone() -> None:
    assert sound_alike_town("दादरी") is not None
    assert ("दादरी", "LOC") not in _mentions("पलवल व चरखी-दादरी से एक-एक मामला मिला।")


def test_common_words_that_sound_like_towns_are_no_places() -> None:
    for text in ("गांव की बस्ती में पानी भर गया और लोग परेशान रहे।",
                 "नागरिकों की सुरक्षा और कल्याण के लिए सरकार प्रतिबद्ध है।", "अस्पताल के वार्ड में भर्ती मरीजों की हालत ठीक है।",
                 "लॉकडाउन की शुरुआत से सभी घर पर थे।"):
        assert _mentions(text) == [], text


def test_the_taggers_person_stays_a_person() -> None:
    assert ("करनाल सिंह", "PER") in _mentions("करनाल सिंह के घर पर पुलिस पहुंची।")


def test_an_aspirate_th_needs_th_in_the_english_name() -> None:
    # ठ and थ are written th in English (ठाणे Thane, मथुरा Mathura): a word with ठ is not a town spelt with a bare t.
    assert sound_alike_town("ठंडाई") is None  # the drink thandai is not Tanda
    assert sound_alike_place("ठंडाई") is None
    assert sound_alike_town("टांडा") is not None and sound_alike_town("टांडा")[0] == "Tanda"
    assert ("ठंडाई", "LOC") not in _mentions("होली पर ठंडाई में भांग मिलाने वालों पर पुलिस की नजर रहेगी।")
