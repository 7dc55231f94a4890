from khabar.text.keys import match_key


def test_spelling_variants_share_a_key():
    assert match_key("किम जोंग-उन") == match_key("किम जोंग उन")
    assert match_key("ज़रूरत") == match_key("जरूरत")
    assert match_key("हँसी") == match_key("हंसी")
    assert match_key("हिन्दी") == match_key("हिंदी")
    assert match_key("कॉस्मोड्रोम") == match_key("कोस्मोड्रोम")


def test_different_names_keep_different_keys():
    assert match_key("किम यो जोंग") != match_key("किम जोंग उन")
    assert match_key("पुतिन") != match_key("पुतिना")


def test_vowel_length_folds_only_on_request():
    assert match_key("दीदी") != match_key("दिदि")
    assert match_key("दीदी", fold_vowel_length=True) == match_key("दिदि", fold_vowel_length=True)
    assert match_key("मास्को") != match_key("मॉस्को")
    assert match_key("मास्को", fold_vowel_length=True) == match_key("मॉस्को", fold_vowel_length=True)
