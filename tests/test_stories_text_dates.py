"""Story decisions for articles whose day is unknown (given as {id, text}): what their own text says about their
day. Real-looking Hindi reports written for these tests."""

from __future__ import annotations

import pytest

from khabar.analyse.pipeline import analyse
from khabar.link.stories import (
    FIGURES_APART_FACTOR,
    SAME_WEEKDAY_FACTOR,
    UNDATED_FACTOR,
    StoryInput,
    _joined,
    _Span,
    day_factor,
    figures_date,
    group_stories,
    pair_similarities,
    specific_figures,
)
from khabar.link.text_days import told_day, writing_bounds
from khabar.model import Article

# Two papers' reports of one day's national count and the same paper's count of another day: same words, the
# day's running figures differ.
COUNT_A = ("देश में कोरोना संक्रमितों की संख्या 21393 हो गई है। स्वास्थ्य मंत्रालय के अनुसार पिछले चौबीस घंटे में "
           "1409 नए मामले सामने आए और 681 लोगों की मौत हो चुकी है। अब तक 4257 मरीज ठीक होकर घर लौट चुके हैं। "
           "मंत्रालय ने कहा कि संक्रमण की रफ्तार पहले से धीमी हुई है।")
COUNT_B = ("स्वास्थ्य मंत्रालय ने बताया कि देश में संक्रमितों का आंकड़ा 21393 पहुंच गया है और 1409 नए मामले "
           "दर्ज किए गए। अब तक 681 लोगों की जान जा चुकी है, जबकि 4257 लोग ठीक हो चुके हैं। मंत्रालय के "
           "अनुसार संक्रमण की रफ्तार धीमी हुई है।")
COUNT_NEXT_WEEK = ("देश में कोरोना संक्रमितों की संख्या 33050 हो गई है। स्वास्थ्य मंत्रालय के अनुसार पिछले चौबीस घंटे "
                   "में 1718 नए मामले सामने आए और 1074 लोगों की मौत हो चुकी है। अब तक 8324 मरीज ठीक होकर घर "
                   "लौट चुके हैं। मंत्रालय ने कहा कि संक्रमण की रफ्तार पहले से धीमी हुई है।")


def test_specific_figures_leave_out_round_hundreds_years_and_small_numbers():
    assert specific_figures((21393.0, 1409.0, 1000.0, 500.0, 2020.0, 45.0, 250000.0)) == {21393.0, 1409.0}


def test_two_undated_reports_with_the_same_running_figures_read_as_one_day():
    figures = (21393.0, 1409.0, 681.0, 4257.0)
    assert figures_date(figures, (21393.0, 1409.0, 681.0))
    assert not figures_date(figures, (33050.0, 1718.0, 1074.0, 8324.0))
    assert not figures_date((1409.0, 2020.0), (1409.0, 2020.0))  # one figure and a year do not date a pair


def test_undated_reports_sharing_a_days_figures_count_as_same_day_and_others_count_apart():
    a = StoryInput("a", "hi", COUNT_A, None, numbers=(681.0, 1409.0, 4257.0, 21393.0))
    b = StoryInput("b", "hi", COUNT_B, None, numbers=(681.0, 1409.0, 4257.0, 21393.0))
    c = StoryInput("c", "hi", COUNT_NEXT_WEEK, None, numbers=(1074.0, 1718.0, 8324.0, 33050.0))
    undated = pair_similarities([a, b, c])
    dated = pair_similarities([StoryInput(x.article_id, "hi", x.body, "2020-04-23", numbers=x.numbers)
                               for x in (a, b, c)])
    assert undated[(0, 1)] == dated[(0, 1)]  # the shared figures stand for the day
    # Each states its day's figures and they share none: two days (session 13: undated, and apart by figures).
    assert abs(undated[(0, 2)] - UNDATED_FACTOR * FIGURES_APART_FACTOR * dated[(0, 2)]) < 1e-9


FLOOD = ("कोसी नदी का पानी उफान पर है और सुपौल जिले के बारह गांव पानी में डूब गए हैं। जिला प्रशासन ने नावों से "
         "लोगों को निकालकर राहत शिविरों में पहुंचाया। तटबंध पर रात भर पहरा दिया गया और मवेशियों को ऊंचे "
         "स्थानों पर ले जाया गया।")


def _analysed(text: str) -> StoryInput:
    analysis = analyse(Article(id="x" + str(abs(hash(text)) % 10**8), text=text))
    return StoryInput.of(analysis.article_id, analysis, analysis.event_date or analysis.published)


@pytest.mark.parametrize(("text", "expected"), [
    ("सुपौल में बारह गांव डूबे\n\nपटना, 25 मार्च (भाषा)। " + FLOOD, (3, 25)),  # the dateline's day
    ("सुपौल में बारह गांव डूबे\n\nसुपौल जिले में बुधवार (25 मार्च) को कोसी का पानी गांवों में घुसा। " + FLOOD,
     (3, 25)),  # a date joined to its weekday
    ("सुपौल में बारह गांव डूबे\n\nआज 25 मार्च को कोसी का पानी गांवों में घुसा। 31 मार्च तक स्कूल बंद रहेंगे। "
     + FLOOD, (3, 25)),  # joined to "today"; a deadline is no day of writing
    ("सुपौल में बारह गांव डूबे\n\nप्रशासन ने कहा कि 31 मार्च तक स्कूल बंद रहेंगे। 12 मार्च को भी पानी आया था। "
     + FLOOD, None),  # dates alone do not say when the text was written
])
def test_the_day_and_month_of_writing_a_text_names_without_a_year(text: str, expected: tuple[int, int] | None):
    assert told_day(analyse(Article(id="t1", text=text))) == expected


def test_days_and_months_told_far_apart_never_join_and_near_ones_stay_undated():
    march = _analysed("सुपौल में बारह गांव डूबे\n\nपटना, 25 मार्च (भाषा)। " + FLOOD)
    march_next = _analysed("कोसी से बारह गांव डूबे\n\nपटना, 26 मार्च (भाषा)। " + FLOOD)
    april = _analysed("सुपौल में बारह गांव डूबे\n\nपटना, 20 अप्रैल (भाषा)। " + FLOOD)
    plain = StoryInput("plain", "hi", FLOOD, None)
    assert (march.day(), march.told, april.told) == (None, (3, 25), (4, 20))
    sims = pair_similarities([march, march_next, april, plain])
    same_text = pair_similarities([plain, StoryInput("other", "hi", FLOOD, None)])[(0, 1)]
    assert (0, 2) not in sims and (1, 2) not in sims  # 26 days apart in any year
    assert sims[(0, 1)] < same_text  # a day apart: lowered as a next-day pair, never raised
    without_told = pair_similarities([StoryInput("m", "hi", march.body, None), plain])[(0, 1)]
    assert sims[(0, 3)] == pytest.approx(without_told)  # nothing known of the other's day: undated as before


def test_an_undated_report_cannot_bridge_two_days_told_far_apart():
    """Two reports dated only by their datelines (25 March, 5 April: never one story) and an undated report like
    both: it joins one of them, and the group it makes refuses the other (its told day is 11 days away)."""
    march = _analysed("सुपौल में बारह गांव डूबे\n\nपटना, 25 मार्च (भाषा)। " + FLOOD)
    april = _analysed("सुपौल में बारह गांव डूबे\n\nपटना, 5 अप्रैल (भाषा)। " + FLOOD)
    plain = StoryInput("plain", "hi", FLOOD, None)
    sims = pair_similarities([march, april, plain])
    assert (0, 1) not in sims and min(sims[(0, 2)], sims[(1, 2)]) >= 0.32
    groups = group_stories([march, april, plain])
    assert len(groups) == 2 and not any({march.article_id, april.article_id} <= set(g) for g in groups)
    with_march = _joined(_Span.of(march, None), _Span.of(plain, None))
    assert with_march[0] and not _joined(with_march[1], _Span.of(april, None))[0]
    dated = StoryInput("dated", "hi", FLOOD, "2020-03-25")  # a date and a told day compare by day of the year
    assert not _joined(_Span.of(dated, dated.day()), _Span.of(april, None))[0]
    assert _joined(_Span.of(dated, dated.day()), _Span.of(march, None))[0]


TARIFF = ("सरकार ने बुधवार को इस्पात और एल्युमिनियम के आयात पर शुल्क बढ़ाने का आदेश जारी किया। उद्योग संगठनों ने "
          "फैसले की आलोचना करते हुए कहा कि इससे छोटे कारखानों की लागत बढ़ेगी। वाणिज्य मंत्रालय ने कहा कि "
          "घरेलू उत्पादकों को सस्ते आयात से बचाना जरूरी है।")


def test_days_the_text_reports_in_the_past_and_the_future_bound_its_day_of_writing():
    text = ("सुपौल में बारह गांव डूबे\n\nसुपौल जिले में बुधवार को कोसी का पानी बारह गांवों में घुस गया। 12 मार्च को "
            "भी पानी आया था। प्रशासन ने कहा कि 31 मार्च तक स्कूल बंद रहेंगे।")
    assert writing_bounds(analyse(Article(id="b1", text=text))) == ((3, 12), (3, 31))
    assert writing_bounds(analyse(Article(id="b2", text="बाढ़ का पानी उतरा\n\n" + FLOOD))) == (None, None)


def test_the_same_weekday_raises_an_undated_pair_unless_the_texts_bound_their_days_apart():
    assert day_factor(None, None, 2, 2) == SAME_WEEKDAY_FACTOR > UNDATED_FACTOR
    # Two undated reports of an order issued "on Wednesday": read as one day's.
    first = _analysed("आयात शुल्क बढ़ा\n\n" + TARIFF)
    again = _analysed("इस्पात पर शुल्क बढ़ा\n\n" + TARIFF)
    plain = [StoryInput(x.article_id, "hi", x.body, None) for x in (first, again)]
    assert (first.weekday, again.weekday) == (2, 2)
    assert pair_similarities([first, again])[(0, 1)] == pytest.approx(
        pair_similarities(plain)[(0, 1)] * SAME_WEEKDAY_FACTOR / UNDATED_FACTOR)
    # One says its duty applies "from 1 April" (so it was written before), the other is dated 8 April 2020, a
    # Wednesday too: a week apart, the weekday does not raise them, the bound lowers them as a week's gap.
    earlier = _analysed("आयात शुल्क बढ़ा\n\nसरकार ने बुधवार को आदेश जारी किया, नया शुल्क 1 अप्रैल से लागू होगा। "
                        + TARIFF)
    dated = StoryInput("dated", "hi", "इस्पात पर शुल्क बढ़ा\n\n" + TARIFF, "2020-04-08", weekday=2)
    assert earlier.bounds == (None, (4, 1))
    undated_pair = pair_similarities([StoryInput("e", "hi", earlier.body, None), dated])[(0, 1)]
    assert pair_similarities([earlier, dated]).get((0, 1), 0.0) < undated_pair
