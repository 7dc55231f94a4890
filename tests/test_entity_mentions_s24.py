"""Session 24 mention rules (issue 13): tables and lists of district counts, compass adjectives before districts,
offices before persons, bodies named after a place, persons the tagger cut short (sentences invented for
khabar)."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse(Article(id="t", text=text, source="test")).mentions]


def test_a_table_of_districts_with_dashes_and_number_words() -> None:
    text = ("जिलों में संक्रमितों की संख्या\nपटना - 40\n\nनालंदा - 21\n\nरोहतास - 17\n\nसारण - आठ\n\n"
            "मुंगेर- नौ\n\nपूर्वी चंपारण - छह")
    found = _mentions(text)
    for place in ("रोहतास", "सारण", "पूर्वी चंपारण"):
        assert (place, "LOC") in found
    assert ("चंपारण", "LOC") not in found


def test_a_dash_row_of_no_count_is_no_table() -> None:
    # a dash and a word that is no number: no table of counts, nothing is added
    text = "नतीजे\nपटना - अच्छा\n\nनालंदा - बुरा\n\nकुछ नहीं - खराब"
    assert ("कुछ नहीं", "LOC") not in _mentions(text)


def test_a_compass_adjective_before_a_district_noun_is_part_of_its_name() -> None:
    assert ("पश्चिमी सिंहभूम", "LOC") in _mentions("इसके बाद पश्चिमी सिंहभूम जिले में तीन लोगों की जांच हुई।")
    assert ("पूर्वी चंपारण", "LOC") in _mentions(
        "अस्पतालों में मुजफ्फरपुर, सीवान, पूर्वी चंपारण, दरभंगा एवं गोपालगंज के मरीज भर्ती हैं।")


def test_a_compass_adjective_before_a_state_describes_a_part_of_it() -> None:
    found = _mentions("भारतीय सेना ने पूर्वी लद्दाख में गश्त बढ़ा दी है।")
    assert ("लद्दाख", "LOC") in found and ("पूर्वी लद्दाख", "LOC") not in found
    # not a whole list item nor a district: पूर्वी stays out
    assert ("पटना", "LOC") in _mentions("वह शाम को पूर्वी पटना की ओर चला गया।")


def test_an_office_before_a_person_is_cut_off() -> None:
    assert _mentions("अस्पताल के नर्सिंग ऑफिसर सुरेश भाटी ने बताया कि वार्ड भरा है।") == [("सुरेश भाटी", "PER")]
    assert ("प्रिया सेठी", "PER") in _mentions("मशहूर सिंगर प्रिया सेठी ने अपने प्रशंसकों से घर में रहने को कहा।")


def test_a_person_cut_short_takes_the_name_the_article_gives_in_full() -> None:
    # before: the second सुरेश त्यागी was सुरेश alone
    text = "बैठक में मौजूद सुरेश त्यागी ने कहा कि काम जारी रहेगा। सुरेश त्यागी अकसर रात की ड्यूटी पर रहते हैं।"
    assert _mentions(text) == [("सुरेश त्यागी", "PER"), ("सुरेश त्यागी", "PER")]


def test_a_list_of_districts_with_counts_in_brackets() -> None:
    # before: only the two the tagger knew
    found = _mentions("नए मामलों में आगरा (12), मेरठ (9), जालौन (दो), कौशांबी (तीन), बस्ती (एक) और धार (चार) शामिल हैं।")
    for place in ("जालौन", "कौशांबी", "बस्ती", "धार"):
        assert (place, "LOC") in found


def test_letters_after_a_title_are_initials_not_an_office() -> None:
    assert ("डीसी लाल", "PER") in _mentions("शिक्षा विभाग के अध्यक्ष प्रो. डीसी लाल ने कहा कि परीक्षा टलेगी।")
    assert ("एमडी सिंह", "PER") in _mentions("यवतमाल के डीएम एमडी सिंह ने बताया कि जिले में एक और मरीज मिला।")


def test_a_surname_alone_before_ne_is_the_person_the_article_named_in_full() -> None:
    text = "बैठक में मौजूद सुरेश त्यागी ने कहा कि काम जारी रहेगा। बाद में चर्चा में आए त्यागी ने बताया कि वे खुश हैं।"
    assert _mentions(text) == [("सुरेश त्यागी", "PER"), ("त्यागी", "PER")]
    # a common word before ने is no surname
    assert _mentions("सुनील कुमार ने बताया कि सब ठीक है। इसके बाद सभी ने ताली बजाई।") == [("सुनील कुमार", "PER")]


def test_a_western_disturbance_is_no_place() -> None:
    # before: विक्षोभ, a place
    assert _mentions("पश्चिमी विक्षोभ के असर से रविवार को शहर में जहां बूंदाबांदी हुई, वहीं गांवों में ओले गिरे।") == []
