"""Session 15 mention rules after the tagger (issue 13): bodies named by acronyms, agency credits, places in
lists of counts, words that name nothing, bodies named by a list of their fields, a demonym's government, Latin
glosses in brackets, organisations cut in two, titles alone, English compass words and party short forms.
Every text is our own, written for these tests."""

from __future__ import annotations

from khabar.analyse.entities import body_acronym
from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_an_untagged_devanagari_acronym_is_a_body_unless_an_office_or_a_term():
    found = _mentions("राजमार्ग पर राहत\n\nगडकरी ने कहा कि एनएचएआई टोल वसूली रोकेगी। मरीजों को पीएमसीएच और एनएमसीएच "
                      "में भर्ती कराया गया। डॉक्टरों को पीपीई किट दी गई और एसडीएम ने दौरा किया।")
    assert ("एनएचएआई", "ORG") in found
    assert ("पीएमसीएच", "ORG") in found and ("एनएमसीएच", "ORG") in found
    assert not [name for name, _ in found if name in ("पीपीई", "एसडीएम")]
    assert body_acronym("जेपीएससी") and not body_acronym("आईसीयू") and not body_acronym("एसएसपी")
    # An index, a machine or a kind of petition is no body (a shared एक्यूआई made two Delhi stories one thread).
    air = _mentions("दिल्ली की हवा फिर खराब\n\nराजधानी में एक्यूआई 450 के पार पहुंच गया। आयोग ने ईवीएम और आरटीआई "
                    "पर भी बात की।")
    assert not [name for name, _ in air if name in ("एक्यूआई", "ईवीएम", "आरटीआई")]


def test_an_acronym_before_a_place_head_or_a_name_is_no_body():
    found = _mentions("इलाका सील\n\nजीटीबी एन्क्लेव में तीन मरीज मिले। बैठक में आईजी एसएस बघेल मौजूद रहे।")
    assert not [name for name, kind in found if name in ("जीटीबी", "एसएस") and kind == "ORG"]


def test_an_agency_credit_is_an_organisation():
    found = _mentions("मरीजों की संख्या बढ़ी\n\nमुरादाबाद, जेएनएन । जिले में बुधवार को चार नए मरीज मिले।")
    assert ("जेएनएन", "ORG") in found
    found = _mentions("नए मामले\n\nनयी दिल्ली, नौ मार्च (भाषा) केंद्र ने सोमवार को नई सलाह जारी की।")
    assert ("भाषा", "ORG") in found


def test_an_untagged_name_in_a_list_of_counts_by_place_is_a_place():
    found = _mentions("जिलों का हाल\n\nनए मामलों में आगरा में 12, मेरठ में 9, बस्ती में 4, कौशांबी में 3 और जालौन में "
                      "2 मरीज शामिल हैं।")
    for place in ("आगरा", "मेरठ", "बस्ती", "कौशांबी", "जालौन"):
        assert (place, "LOC") in found
    # A list of things next to places gives them no place type.
    found = _mentions("आदेश\n\nलखनऊ, कानपुर, आगरा और मेरठ में सभी सिनेमाहाल, मल्टीप्लेक्स, स्विमिंगपूल और जिम बंद रहेंगे।")
    assert not [name for name, kind in found if kind == "LOC" and name in ("मल्टीप्लेक्स", "स्विमिंगपूल")]


def test_a_disease_or_a_rite_is_no_name_and_makes_no_recurrences():
    found = _mentions("संक्रमण\n\nकेरल में कोरोना के तीन मामले सामने आए थे। सऊदी अरब ने उमरा पर रोक लगा दी है। उमरा "
                      "जाने वाले लोग निराश हैं।")
    assert not [name for name, _ in found if name in ("कोरोना", "उमरा")]
    assert ("केरल", "LOC") in found and ("सऊदी अरब", "LOC") in found


def test_a_body_named_by_a_list_of_its_fields_keeps_the_whole_list():
    found = _mentions("गवाही\n\nवैज्ञानिक ने सदन की ऊर्जा और वाणिज्य समिति के सामने बयान दिया। केंद्रीय मत्स्य पालन, "
                      "पशुपालन और डेयरी मंत्रालय ने राज्यों को पत्र लिखा। अमेरिका के साइबर सेक्टर और इंफ्रास्ट्रक्चर "
                      "सिक्योरिटी एजेंसी ने चेतावनी दी।")
    assert ("ऊर्जा और वाणिज्य समिति", "ORG") in found
    assert ("केंद्रीय मत्स्य पालन, पशुपालन और डेयरी मंत्रालय", "ORG") in found
    assert ("साइबर सेक्टर और इंफ्रास्ट्रक्चर सिक्योरिटी एजेंसी", "ORG") in found


def test_a_comma_list_of_things_before_a_head_names_no_body():
    found = _mentions("छूट\n\nशहर में पेट्रोल पंप, एलपीजी और तेल एजेंसी खुली रहेंगी। दुकानों पर अंत्योदय, मनरेगा और श्रम "
                      "विभाग से पंजीकृत लोगों को राशन मिलेगा।")
    assert not [name for name, _ in found if "," in name]


def test_a_demonym_and_government_describe_a_government_without_naming_it():
    found = _mentions("बयान\n\nअमेरिकी सरकार ने नई पाबंदियां लगाईं और सऊदी सरकार ने भी उड़ानें रोक दीं। भारत सरकार ने "
                      "नागरिकों को सलाह दी।")
    assert not [name for name, _ in found if name in ("अमेरिकी सरकार", "सऊदी सरकार")]


def test_a_latin_gloss_in_brackets_is_the_name_again():
    found = _mentions("दुनिया\n\nमिस्र (Egypt) ने सोमवार को दूसरे मामले की पुष्टि की। नीति आयोग (Niti Aayog) ने बैठक की।")
    assert ("Egypt", "LOC") in found
    assert ("Niti Aayog", "ORG") in found


def test_an_organisation_cut_before_its_last_word_is_joined():
    found = _mentions("हड़ताल\n\nबैंक कर्मचारियों के संगठनों के समूह यूनाइटेड फोरम ऑफ बैंक यूनियंस ने हड़ताल का आह्वान "
                      "किया था।")
    assert ("यूनाइटेड फोरम ऑफ बैंक यूनियंस", "ORG") in found


def test_a_title_alone_is_no_person():
    found = _mentions("जवाब\n\nफिल्म के प्रॉड्यूसर ने जवाब दिया। प्रॉड्यूसर ने बताई सच्चाई। सरकार ने महाधिवक्ता से सलाह मांगी "
                      "थी।")
    assert not [name for name, kind in found if kind == "PER"]


def test_an_english_compass_word_joins_the_place_after_it():
    found = _mentions("होटल\n\nसूत्रों ने बताया कि साउथ दिल्ली के एक होटल में रह रहे लोगों की जांच हुई।")
    assert ("साउथ दिल्ली", "LOC") in found


def test_party_short_forms_are_organisations():
    found = _mentions("सियासत\n\nजिले में राजद और झामुमो के कार्यकर्ताओं ने प्रदर्शन किया।")
    assert ("राजद", "ORG") in found and ("झामुमो", "ORG") in found
