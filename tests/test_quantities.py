"""Quantities in English, and what the finder leaves out: boilerplate, dates, numbers glued to names."""

from __future__ import annotations

import pytest

from khabar.analyse.numbers import find_numbers
from khabar.analyse.pipeline import analyse
from khabar.analyse.quantities import find_quantities
from khabar.model import Analysis, Article, Span
from khabar.text.sentences import split_sentences


def _article(text: str, lang: str = "en", boilerplate: list[Span] | None = None) -> Analysis:
    return Analysis(article_id="a1", lang=lang, title=None, sentences=split_sentences(text),
                    boilerplate=boilerplate or [], body=text, published="2025-09-04", dateline=None, agencies=[],
                    author=None)


ENGLISH = [
    ("Talks lasted two and a half hours.", "two and a half hours", 2.5, "hours", None, False),
    ("More than two dozen leaders attended the parade.", "More than two dozen leaders", 24, "leaders",
     "more than", False),
    ("About 13,000 soldiers were sent.", "About 13,000 soldiers", 13000, "soldiers", "about", False),
    ("At least 50 people died.", "At least 50 people", 50, "people", "at least", False),
    ("The company lost $3 billion.", "$3 billion", 3_000_000_000, "dollars", None, False),
    ("Inflation rose 5% last month.", "5%", 5, "%", None, False),
    ("It marked the 80th anniversary of the war's end.", "80th anniversary", 80, "anniversary", None, True),
    ("The state paid Rs 1,00,000 to each family.", "Rs 1,00,000", 100000, "rupees", None, False),
    ("Nearly 1.5 million voters turned out.", "Nearly 1.5 million voters", 1_500_000, "voters", "about", False),
]


@pytest.mark.parametrize(("sentence", "written", "value", "unit", "qualifier", "ordinal"), ENGLISH)
def test_english_quantity(sentence, written, value, unit, qualifier, ordinal):
    found = find_quantities(sentence, _article(sentence))
    assert [(q.text, q.value, q.unit, q.qualifier, q.ordinal) for q in found] == [
        (written, value, unit, qualifier, ordinal)]


@pytest.mark.parametrize("sentence", [
    "The two signed a pact in June.",  # a number word that counts nothing
    "One of them spoke on Sept. 3, 2025.",  # a pronoun and a date
    "The G20 summit met in 2019.",  # a name and a year
])
def test_english_not_quantities(sentence: str):
    assert find_quantities(sentence, _article(sentence)) == []


def test_boilerplate_is_not_read_and_records_carry_ids():
    text = "लगभग 13,000 सैनिक भेजे गए।\nशेयर करें 25 बार"
    credit = text.index("शेयर")
    found = find_quantities(text, _article(text, "hi", [Span.of(text, credit, len(text))]))
    assert [(q.text, q.article_id) for q in found] == [("लगभग 13,000 सैनिक", "a1")]
    assert found[0].id == "a1:n0"


HINDI_UNITS = [
    # An oblique plural comes back to the direct form the language uses most.
    ("असम के 19 जिलों में बाढ़ आई है।", "19 जिलों", "जिला"),
    ("हमले में 12 अधिकारियों की मौत हुई।", "12 अधिकारियों", "अधिकारी"),
    ("शहर की 40 नदियों का पानी जहरीला है।", "40 नदियों", "नदी"),
    ("तूफान में 300 गाड़ियों को नुकसान पहुंचा।", "300 गाड़ियों", "गाड़ी"),
    ("पुलिस ने 15 संदिग्धों को पकड़ा।", "15 संदिग्धों", "संदिग्ध"),
    # A determiner or a name between an ordinal and its noun is not what it counts.
    ("यह पहला ऐसा मौका है जब दोनों नेता मिले।", "पहला ऐसा मौका", "मौका"),
    ("यह प्रधानमंत्री की पहली जापान यात्रा है।", "पहली जापान यात्रा", "यात्रा"),
]


@pytest.mark.parametrize(("sentence", "written", "unit"), HINDI_UNITS)
def test_hindi_counted_thing(sentence, written, unit):
    found = analyse(Article(id="a1", text=sentence)).quantities  # names come from the pipeline's NER
    assert [(q.text, q.unit) for q in found] == [(written, unit)]


# A cardinal said twice is one distributive number ("four lakh each"), hyphenated or not; two different cardinals
# are a range, not a doubling.
DOUBLED = [
    ("बाढ़ में मारे गए लोगों के परिजनों को चार-चार लाख रुपये दिए जाएंगे।", "चार-चार लाख रुपये", 400_000),
    ("घायलों को पचास पचास हजार रुपये की सहायता मिलेगी।", "पचास पचास हजार रुपये", 50_000),
    ("हर परिवार को दो-दो हजार रुपये भेजे गए।", "दो-दो हजार रुपये", 2_000),
]


@pytest.mark.parametrize(("sentence", "written", "value"), DOUBLED)
def test_hindi_doubled_cardinal_is_one_number(sentence, written, value):
    found = analyse(Article(id="a1", text=sentence)).quantities
    assert [(q.text, q.value, q.unit) for q in found] == [(written, value, "रुपये")]


def test_hindi_range_of_two_cardinals_is_not_doubled():
    assert [m.value for m in find_numbers("दस-बारह लोग घायल हुए", "hi")] == []
    assert [m.value for m in find_numbers("दो-तीन दिन बाद", "hi")] == []


def test_hindi_doubled_cardinal_without_a_scale_is_left_unread():
    # एक-एक मरीज: one case in each of several places, no total of anything; read as before (not at all).
    assert find_numbers("आगरा और मथुरा में एक-एक मरीज मिला", "hi") == []
