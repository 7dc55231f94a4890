"""A table of Hindi numbers and quantities with the values a careful reader gives them, worked out by hand."""

from __future__ import annotations

import pytest

from khabar.analyse.numbers import parse_number
from khabar.analyse.quantities import find_quantities
from khabar.model import Analysis
from khabar.text.sentences import split_sentences

NUMBERS = [
    ("13,000", 13000),
    ("1,00,000", 100000),
    ("12,34,567", 1234567),
    ("१३०००", 13000),
    ("१,००,०००", 100000),
    ("2.5", 2.5),
    ("दो", 2),
    ("ढाई", 2.5),
    ("डेढ़", 1.5),
    ("साढ़े तीन", 3.5),
    ("दो दर्जन", 24),
    ("दर्जन", 12),
    ("सौ", 100),
    ("ढाई सौ", 250),
    ("सवा सौ", 125),
    ("डेढ़ हजार", 1500),
    ("डेढ़ हज़ार", 1500),
    ("तीन हजार पांच सौ", 3500),
    ("पाँच लाख", 500000),
    ("साढ़े तीन लाख", 350000),
    ("1.5 लाख", 150000),
    ("13 हजार", 13000),
    ("दो करोड़", 20000000),
    ("50 हजार करोड़", 500000000000),
    ("एक लाख पच्चीस हजार", 125000),
    ("चार सौ बीस", 420),
    ("निन्यानवे", 99),
    ("अस्सी", 80),
    ("पौने दो", 1.75),
    ("दो अरब", 2000000000),
    ("1 करोड़ 20 लाख", 12000000),
    ("13 हजार 500", 13500),
]


@pytest.mark.parametrize(("written", "value"), NUMBERS)
def test_hindi_number(written: str, value: float):
    assert parse_number(written, "hi") == value


# (sentence, quantity as written, value, unit, qualifier, ordinal)
QUANTITIES = [
    ("अक्टूबर 2024 से लगभग 13,000 सैनिक भेजे गए।", "लगभग 13,000 सैनिक", 13000, "सैनिक", "about", False),
    ("करीब १३००० सैनिक तैनात हैं।", "करीब १३००० सैनिक", 13000, "सैनिक", "about", False),
    ("हादसे में 1,00,000 लोग प्रभावित हुए।", "1,00,000 लोग", 100000, "लोग", None, False),
    ("ढाई घंटे तक बैठक चली।", "ढाई घंटे", 2.5, "घंटे", None, False),
    ("दोनों ने दो घंटे से अधिक समय तक बात की।", "दो घंटे से अधिक", 2, "घंटे", "more than", False),
    ("साढ़े तीन लाख रुपये का जुर्माना लगा।", "साढ़े तीन लाख रुपये", 350000, "रुपये", None, False),
    ("डेढ़ सौ लोग मारे गए।", "डेढ़ सौ लोग", 150, "लोग", None, False),
    ("कम से कम 50 लोगों की मौत हो गई।", "कम से कम 50 लोगों", 50, "लोग", "at least", False),
    ("500 से ज्यादा घर तबाह हो गए।", "500 से ज्यादा घर", 500, "घर", "more than", False),
    ("10 से कम लोग बचे।", "10 से कम लोग", 10, "लोग", "less than", False),
    ("इसमें 25% की बढ़ोतरी हुई।", "25%", 25, "%", None, False),
    ("देश में 12 प्रतिशत महंगाई है।", "12 प्रतिशत", 12, "प्रतिशत", None, False),
    ("सरकार ने 50 हजार करोड़ रुपये दिए।", "50 हजार करोड़ रुपये", 500000000000, "रुपये", None, False),
    ("₹500 करोड़ का सौदा हुआ।", "₹500 करोड़", 5000000000, "रुपये", None, False),
    ("उसने दो बैलिस्टिक मिसाइलें दागीं।", "दो बैलिस्टिक मिसाइलें", 2, "मिसाइलें", None, False),
    ("दो दर्जन से अधिक राष्ट्रीय नेताओं से मिले।", "दो दर्जन से अधिक राष्ट्रीय नेताओं", 24, "नेता", "more than",
     False),
    ("किम अब तक दो बार रूस जा चुके हैं।", "दो बार", 2, "बार", None, False),
    ("युद्ध की 80वीं वर्षगांठ मनाई गई।", "80वीं वर्षगांठ", 80, "वर्षगांठ", None, True),
    ("यह 21वीं सदी है।", "21वीं सदी", 21, "सदी", None, True),
    ("तीसरी बार जीत मिली।", "तीसरी बार", 3, "बार", None, True),
    ("बैठक एक घंटे चली।", "एक घंटे", 1, "घंटे", None, False),
    ("सवा लाख लोग पहुंचे।", "सवा लाख लोग", 125000, "लोग", None, False),
    ("पौने दो घंटे की देरी हुई।", "पौने दो घंटे", 1.75, "घंटे", None, False),
    ("लगभग दो हजार पांच सौ लोग आए।", "लगभग दो हजार पांच सौ लोग", 2500, "लोग", "about", False),
    ("कुल 3.5 करोड़ मतदाता हैं।", "3.5 करोड़ मतदाता", 35000000, "मतदाता", None, False),
    ("उन्होंने 2000 सैनिक भेजे।", "2000 सैनिक", 2000, "सैनिक", None, False),
    ("पांच देशों के नेता आए।", "पांच देशों", 5, "देश", None, False),
]


def _article(text: str) -> Analysis:
    return Analysis(article_id="table", lang="hi", title=None, sentences=split_sentences(text), boilerplate=[],
                    body=text, published="2025-09-04", dateline=None, agencies=[], author=None)


def test_the_tables_are_large_enough():
    assert len(NUMBERS) + len(QUANTITIES) >= 50


@pytest.mark.parametrize(("sentence", "written", "value", "unit", "qualifier", "ordinal"), QUANTITIES)
def test_hindi_quantity(sentence, written, value, unit, qualifier, ordinal):
    found = find_quantities(sentence, _article(sentence))
    assert [(q.text, q.value, q.unit, q.qualifier, q.ordinal) for q in found] == [
        (written, value, unit, qualifier, ordinal)]
    assert sentence[found[0].start:found[0].end] == written


NOT_QUANTITIES = [
    "उन्होंने एक बैठक की।",  # एक as an article
    "किम 2019 और 2023 में रूस गए।",  # years
    "13 सितंबर, 2023 को बैठक हुई।",  # a date
    "सोयुज-2 रॉकेट का दौरा किया।",  # a name
    "बैठक 15:23 IST पर शुरू हुई।",  # a time
    "दूसरी ओर विपक्ष ने विरोध किया।",  # दूसरी as "other"
    "सुबह 4 बजे हमला हुआ।",  # a clock time
    "अनुच्छेद 370 हटाया गया।",  # an identifier
    "कोविड-19 के मामले घटे।",  # a name
    # phone and helpline numbers, by the words around them
    "साइबर ठगी होने पर 1930 (टोल फ्री नंबर) पर कॉल करें।",
    "लक्षण दिखने पर हेल्पलाइन नंबर 1075 पर संपर्क करें।",
    "आपात स्थिति में लोग 112 डायल करें।",
    "ई-पास के लिए आप 1031 पर फोन करें।",
    "एंबुलेंस के लिए 108 नंबर पर फोन कर सूचना दें।",
    "शिकायत टोल-फ्री नंबर 1800118004 पर दर्ज कराएं।",
    "गृह मंत्रालय में कंट्रोल रूम नंबर 1930 चालू है।",
    "स्वास्थ्य विभाग की हेल्पलाइन 104 पर शिकायत करें।",
]

# Counts and years next to the same words stay what they are.
PHONE_CONTROLS = [
    ("संक्रमित के संपर्क में 50 लोग आए।", "50 लोग"),
    ("कॉल सेंटर में 300 कर्मचारी काम करते हैं।", "300 कर्मचारी"),
]


@pytest.mark.parametrize(("sentence", "written"), PHONE_CONTROLS)
def test_counts_near_phone_words_are_quantities(sentence: str, written: str):
    assert [q.text for q in find_quantities(sentence, _article(sentence))] == [written]


@pytest.mark.parametrize("sentence", [s for s in NOT_QUANTITIES if "1930" in s])
def test_a_helpline_number_is_no_year(sentence: str):
    from khabar.analyse.timex import find_timexes

    assert find_timexes(sentence, _article(sentence)) == []
    year = "उन्होंने कहा कि 1930 में यह कानून बना था।"
    assert [t.value for t in find_timexes(year, _article(year))] == ["1930"]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(sentence: str):
    assert find_quantities(sentence, _article(sentence)) == []


def test_a_count_of_helplines_is_a_quantity():
    sentence = "गृह मंत्रालय के कंट्रोल रूम में अब तक 7 हेल्पलाइन नंबर थे।"
    assert [(q.text, q.value) for q in find_quantities(sentence, _article(sentence))] == [("7 हेल्पलाइन", 7)]
