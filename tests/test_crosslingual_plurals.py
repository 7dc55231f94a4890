"""Across languages an English plural meets the Hindi loanword written bare (``crosslingual.word_evidence`` with
``plurals``, session 17): semiconductors / सेमीकंडक्टर, Agniveers / अग्निवीर. Our own text."""

from khabar.link.crosslingual import PLURAL_MIN_CONSONANTS, latin_words, word_evidence

HINDI = "दोनों नेताओं ने सेमीकंडक्टर सहयोग और अग्निवीर भर्ती पर बात की। विजेता खिलाड़ियों को ट्रॉफी दी गई।"
ENGLISH = "The leaders discussed semiconductors and the hiring of Agniveers. Exporters fear new tariffs."


def test_an_english_plural_meets_the_hindi_loanword_across_languages():
    hindi, english = latin_words(HINDI), latin_words(ENGLISH)
    assert word_evidence(hindi, english) == 0  # letter for letter, no skeleton is shared
    shared = word_evidence(hindi, english, plurals=True)
    assert shared >= 1.9  # semiconductors and Agniveers, each a rare word on both sides
    assert word_evidence(english, hindi, plurals=True) == shared


def test_a_short_skeleton_is_not_stretched_by_a_plural():
    """ट्रॉफी (a trophy) and tariffs share *trf*: three consonants already collide, a plural must not add to it."""
    hindi, english = latin_words("ट्रॉफी"), latin_words("tariffs")
    assert len(next(iter(hindi))) < PLURAL_MIN_CONSONANTS
    assert word_evidence(hindi, english, plurals=True) == 0


def test_each_word_meets_one_word_only():
    """A text that writes both the singular and the plural meets the other text's one word once."""
    assert word_evidence({"smkndktr": 1.0, "smkndktrs": 1.0}, {"smkndktr": 0.8}, plurals=True) == 0.8
    assert word_evidence({"smkndktr": 0.8}, {"smkndktr": 1.0, "smkndktrs": 1.0}, plurals=True) == 0.8
