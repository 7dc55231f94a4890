"""Session 21 (lead, issue 13): a district's collectorate (समाहरणालय, कलेक्ट्रेट) is an office, an organisation, not
the district: a name ending in such a head word is typed ORG (`org_heads` in lang/hi/ner.json). Our own sentence."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def test_a_collectorate_is_an_organisation_not_its_district() -> None:
    text = "धनबाद समाहरणालय में सोमवार को उपायुक्त ने अधिकारियों के साथ बैठक की।"
    mentions = {m.text: m.type for m in analyse(Article(id="x", text=text)).mentions}
    assert mentions == {"धनबाद समाहरणालय": "ORG"}


def test_yoga_guru_is_a_title_not_a_person() -> None:
    """योगगुरु (yoga teacher) before a name is a title like बाबा; alone it names nobody. Guru Nanak keeps his गुरु."""
    found = {m.text: m.type for m in analyse(Article(id="x", text="योगगुरु बाबा रामदेव ने हरिद्वार में शिविर लगाया। "
                                                                  "योगगुरु ने कहा कि योग से लाभ होगा।")).mentions}
    assert found == {"रामदेव": "PER", "हरिद्वार": "LOC"}
    found = {m.text for m in analyse(Article(id="y", text="गुरु नानक देव की जयंती पर अमृतसर में कीर्तन हुआ।")).mentions}
    assert "गुरु नानक देव" in found


def test_a_table_of_district_counts_makes_each_rows_name_a_place() -> None:
    """District-wise tables (a name and a count on each line): the tagger misses names on three-token lines; a run
    of rows of which two begin with a place it found makes the other rows' known or rare names places, the whole
    row's name (पूर्वी चंपारण, not चंपारण), never a common word (कुल)."""
    text = ("जिलेवार संक्रमित\n\nपटना : 100\n\nसमस्तीपुर : 88\n\nपूर्वी चंपारण : 70\n\nसुपौल : 3\n\nशिवहर : 2\n\n"
            "कुल : 263\n\nइसके बाद स्वास्थ्य विभाग ने बताया कि सभी जिलों में जांच जारी है।")
    places = {m.text for m in analyse(Article(id="t", text=text)).mentions if m.type == "LOC"}
    assert {"पटना", "समस्तीपुर", "पूर्वी चंपारण", "सुपौल", "शिवहर"} <= places
    assert "कुल" not in places and "चंपारण" not in places
    lone = "पटना : 100\n\nबैठक में सभी अधिकारी मौजूद रहे।"  # one row is no table
    assert {m.text for m in analyse(Article(id="u", text=lone)).mentions} <= {"पटना"}


def test_short_hindi_text_full_of_bihar_place_names_is_hindi() -> None:
    """CLD2 calls such text "bh" (Bihari), and a report it does not call Hindi gets no Hindi NER at all."""
    from khabar.analyse.language import detect_language

    text = ("जिलेवार संक्रमित\n\nपटना : 100\n\nसमस्तीपुर : 88\n\nपूर्वी चंपारण : 70\n\nसुपौल : 3\n\nशिवहर : 2\n\n"
            "कुल : 263\n\nइसके बाद स्वास्थ्य विभाग ने बताया कि सभी जिलों में जांच जारी है।")
    assert detect_language(text) == "hi"


def test_a_place_whose_first_word_is_glued_to_a_figure_takes_it_back() -> None:
    """Scraped round-ups run one item's closing figure into the next item's dateline (``195नयी दिल्ली``): the place
    is New Delhi, not Delhi; a word that makes no known place with it is left alone (``25मरीज दिल्ली``)."""
    text = ("देश में संक्रमितों की संख्या बढ़कर 195नयी दिल्ली, देश के कई हिस्सों में स्वास्थ्य मंत्रालय ने जांच तेज की है। "
            "कुल 25मरीज दिल्ली के अस्पतालों में भर्ती हैं।")
    found = [(m.text, m.type) for m in analyse(Article(id="g", text=text)).mentions if m.type == "LOC"]
    assert ("नयी दिल्ली", "LOC") in found and ("दिल्ली", "LOC") in found
    assert not any(name.startswith("मरीज") for name, _ in found)
