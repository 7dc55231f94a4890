"""Session 26 mention rules (issue 13), read off the pooled errors of six mention golds (sentences invented for
khabar)."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_head_word_alone_names_nothing() -> None:
    # before: each bare head was a place or an organisation
    assert _mentions("पुलिस ने बताया कि मरकज में दो सौ लोग ठहरे थे। मरकज को खाली करा लिया गया है।") == []
    assert _mentions("व्यापारी एसोसिएशन ने कहा कि दुकानें बंद रहेंगी। एसोसिएशन के अध्यक्ष ने अपील की।") == []
    assert _mentions("इसके बाद नगर निगम की टीम ने पूरे इलाके को सैनिटाइज किया।") == []
    assert _mentions("विधानसभा का बजट सत्र समय से पहले स्थगित कर दिया गया।") == []


def test_a_named_body_or_place_with_the_same_head_stays() -> None:
    assert _mentions("लखनऊ नगर निगम की टीम ने पूरे इलाके को सैनिटाइज किया।") == [("लखनऊ नगर निगम", "ORG")]
    assert ("कर्नलगंज", "LOC") in _mentions("मुन्ना पुरवा और कर्नलगंज के दो लोग संक्रमित मिले।")
    # a department named by its field, not by its level
    assert _mentions("उद्यान विभाग की टीम ने पेड़ लगाए।") == [("उद्यान विभाग", "ORG")]


def test_a_head_that_names_one_body_alone_stays() -> None:
    # a country has one navy, a state one high court; a branch institution's short name is a name
    assert _mentions("नौसेना ने अपने जहाज भेजे हैं।") == [("नौसेना", "ORG")]
    assert _mentions("हाईकोर्ट ने सरकार से जवाब मांगा है।") == [("हाईकोर्ट", "ORG")]
    assert _mentions("मरीज को एम्स में भर्ती कराया गया।") == [("एम्स", "ORG")]


def test_a_sector_numbered_in_words_is_a_place() -> None:
    # before: no mention
    assert _mentions("प्रशासन ने सेक्टर पांच को कंटेनमेंट जोन घोषित किया।") == [("सेक्टर पांच", "LOC")]
    assert ("सेक्टर सात", "LOC") in _mentions("टीम ने सेक्टर सात के सभी घरों का सर्वे किया।")


def test_a_word_that_counts_after_a_sector_is_no_number_of_it() -> None:
    assert _mentions("निजी सेक्टर दो साल से मंदी झेल रहा है।") == []
    assert _mentions("ऑटो सेक्टर एक मुश्किल दौर से गुजर रहा है।") == []


def test_a_title_inside_a_person_chunk_starts_the_name() -> None:
    # before: the whole office went into the person
    assert _mentions("इमाम ए जुमा मौलाना कल्बे जव्वाद ने विदेश मंत्री को पत्र लिखा।") == [("कल्बे जव्वाद", "PER")]
    # one word after the title: it may be part of the name
    assert _mentions("मोहम्मद शेख अब्दुल्ला ने कहा कि वह घर पर रहेंगे।") == [("मोहम्मद शेख अब्दुल्ला", "PER")]


def test_a_station_officer_alone_is_no_name() -> None:
    # before: कोतवाल was a person twice
    assert _mentions("इसकी सूचना कोतवाल को दी गई। - धनंजय मिश्रा, कोतवाल ।") == [("धनंजय मिश्रा", "PER")]


def test_a_national_body_before_another_head_names_its_branch() -> None:
    # before: no mention
    assert _mentions("संक्रमितों में दो तो रेलवे पुलिस के सिपाही हैं।") == [("रेलवे पुलिस", "ORG")]
    assert _mentions("मरीज को रेलवे अस्पताल में भर्ती कराया गया।") == [("रेलवे अस्पताल", "ORG")]


def test_a_national_body_before_a_place_word_or_alone_names_no_branch() -> None:
    assert _mentions("रेलवे स्टेशन पर यात्रियों की जांच की गई।") == []
    assert _mentions("सेना के जवानों ने मदद की।") == []


def test_a_corporate_suffix_makes_a_body_of_a_name() -> None:
    # before: a person
    assert _mentions("फिच रेटिंग्स ने शुक्रवार को वृद्धि का अनुमान घटाया।") == [("फिच रेटिंग्स", "ORG")]
