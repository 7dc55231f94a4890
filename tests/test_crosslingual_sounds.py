"""English spellings read as they sound when compared across scripts (``crosslingual.sound_key``): -tch- is the
sound Hindi writes च (Kutch / कच्छ, Mitchell / मिचेल, Fletcher / फ्लेचर; session 21). Our own names."""

from khabar.link.crosslingual import name_of, names_match, sound_key


def test_tch_is_the_sound_hindi_writes_with_cha():
    for english, hindi, type_ in [("Kutch", "कच्छ", "LOC"), ("Mitchell", "मिचेल", "PER"),
                                  ("Fletcher", "फ्लेचर", "PER")]:
        assert names_match(name_of(type_, english).skeleton, name_of(type_, hindi).skeleton), (english, hindi)


def test_a_t_before_another_consonant_stays():
    """Only the three letters together are one sound: Chatham keeps its t, Hitchcock loses one."""
    assert "t" in sound_key("Chatham")
    assert "t" not in sound_key("Hitchcock")
    assert not names_match(name_of("PER", "Patch").skeleton, name_of("PER", "पटना").skeleton)
