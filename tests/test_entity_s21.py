"""Session 21 (issue 13): canonical entities with no wrong merge on real Hindi news (sentences invented for khabar)."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked

# A national round-up: a campus of AIIMS in one paragraph, a paragraph on Kerala, then the bare एम्स of a ministry's
# statement.
ROUNDUP = ("देश में नए मामले\n\nस्वास्थ्य मंत्रालय ने कहा कि केरल, दिल्ली और राजस्थान में नए मामले आए हैं। दिल्ली में दो "
           "लोग भर्ती हैं।\n\nजबलपुर में इटली से लौटे एक युवक का नमूना एम्स भोपाल भेजा गया है।\n\nइटली से लौटे 30 लोगों "
           "को केरल ने निगरानी में रखा है।\n\n"
           "मंत्रालय ने बताया कि विदेश से आए 90 नमूनों की जांच एम्स की प्रयोगशाला में हो रही है। दिल्ली और केरल में "
           "निगरानी बढ़ी है।")
ROUNDUP_SPANS = [("केरल", "LOC"), ("दिल्ली", "LOC"), ("राजस्थान", "LOC"), ("दिल्ली", "LOC"), ("जबलपुर", "LOC"),
                 ("एम्स भोपाल", "ORG"), ("इटली", "LOC"), ("केरल", "LOC"), ("एम्स", "ORG"), ("दिल्ली", "LOC"),
                 ("केरल", "LOC")]


def test_a_bare_campus_name_in_another_paragraph_of_a_national_roundup_is_not_the_campus() -> None:
    index = EntityIndex()
    ids = linked(index, "r1", ROUNDUP, ROUNDUP_SPANS)
    # Before: the ministry's एम्स, after a paragraph on Kerala, was joined to the Bhopal campus named before it.
    assert ids["एम्स"] != ids["एम्स भोपाल"]


def test_a_bare_campus_name_beside_its_campus_or_its_city_is_the_campus() -> None:
    index = EntityIndex()
    text = ("देश में नए मामले\n\nस्वास्थ्य मंत्रालय ने कहा कि केरल, दिल्ली और राजस्थान में नए मामले आए हैं। दिल्ली में दो "
            "लोग भर्ती हैं।\n\nजबलपुर के युवक का नमूना एम्स भोपाल भेजा गया है। एम्स की रिपोर्ट कल आएगी।\n\n"
            "भोपाल में एम्स के निदेशक ने कहा कि जांच बढ़ेगी। दिल्ली और केरल में निगरानी बढ़ी है।")
    spans = [("केरल", "LOC"), ("दिल्ली", "LOC"), ("राजस्थान", "LOC"), ("दिल्ली", "LOC"), ("जबलपुर", "LOC"),
             ("एम्स भोपाल", "ORG"), ("एम्स", "ORG"), ("भोपाल", "LOC"), ("एम्स", "ORG"), ("दिल्ली", "LOC"),
             ("केरल", "LOC")]
    ids = linked(index, "r1", text, spans)
    assert ids["एम्स"] == ids["एम्स भोपाल"]  # the same paragraph as the campus, and one that writes भोपाल


def test_a_bare_campus_name_anywhere_in_a_report_about_the_campus_state_is_the_campus() -> None:
    index = EntityIndex()
    text = ("भोपाल में जांच\n\nमध्य प्रदेश के भोपाल में इटली से लौटे युवक का नमूना एम्स भोपाल भेजा गया है। इंदौर और "
            "जबलपुर में भी निगरानी है।\n\nप्रशासन ने बताया कि एम्स की रिपोर्ट शाम तक आएगी।")
    spans = [("मध्य प्रदेश", "LOC"), ("भोपाल", "LOC"), ("एम्स भोपाल", "ORG"), ("इंदौर", "LOC"), ("जबलपुर", "LOC"),
             ("एम्स", "ORG")]
    ids = linked(index, "b1", text, spans)
    assert ids["एम्स"] == ids["एम्स भोपाल"]


def test_a_bare_campus_name_after_another_state_and_back_to_the_campus_state_is_the_campus() -> None:
    index = EntityIndex()
    text = ("पहली मौत\n\nपटना एम्स में भर्ती एक युवक की मौत हो गई। महाराष्ट्र में भी एक मरीज की मौत हुई है।\n\nबिहार में "
            "दो नए मरीज मिले हैं। एम्स के निदेशक ने बताया कि शव परिवार को सौंप दिया गया।")
    spans = [("पटना एम्स", "ORG"), ("महाराष्ट्र", "LOC"), ("बिहार", "LOC"), ("एम्स", "ORG")]
    ids = linked(index, "p1", text, spans)
    # The passage went to Maharashtra, then back to Bihar, the campus city's state: the director is Patna's.
    assert ids["एम्स"] == ids["पटना एम्स"]


def test_an_english_soft_c_is_an_s_so_a_hindi_spelling_finds_its_country_by_sound() -> None:
    from khabar.link.latin import known_latin, phonetic_key

    # Greece is ग्रीस in Hindi news and यूनान in the lists: before, "Greece" was keyed "grike" and ग्रीस found nothing.
    assert phonetic_key("Greece") == phonetic_key("ग्रीस")
    assert known_latin("ग्रीस") == known_latin("यूनान") == "Greece"
    assert phonetic_key("Cyprus").startswith("s") and phonetic_key("Unicef") == "unisef"
    # Capitals are an acronym's letters, and a Devanagari spelling is not English: neither changes.
    assert phonetic_key("CII") == "ki" and phonetic_key("CEPI") == "kepi"
    assert phonetic_key("चीन") == "Cin" and phonetic_key("Chicago") == "Cikago"


def test_greece_by_both_its_hindi_names_is_one_entity() -> None:
    index = EntityIndex()
    one = linked(index, "g1", "यूरोप में मामले\n\nइटली के बाद यूनान में भी संक्रमण के नए मामले मिले हैं।",
                 [("इटली", "LOC"), ("यूनान", "LOC")])
    two = linked(index, "g2", "पर्यटन ठप\n\nग्रीस ने अपने द्वीपों पर पर्यटकों के आने पर रोक लगा दी है।", [("ग्रीस", "LOC")])
    assert one["यूनान"] == two["ग्रीस"]

