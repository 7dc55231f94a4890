"""Story decisions for articles whose day is unknown (given as {id, text}): what their own text says about their
day. Real-looking Hindi reports written for these tests."""

from __future__ import annotations

from khabar.link.stories import (
    UNDATED_FACTOR,
    StoryInput,
    figures_date,
    pair_similarities,
    specific_figures,
)

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


def test_undated_reports_sharing_a_days_figures_count_as_same_day_and_others_stay_undated():
    a = StoryInput("a", "hi", COUNT_A, None, numbers=(681.0, 1409.0, 4257.0, 21393.0))
    b = StoryInput("b", "hi", COUNT_B, None, numbers=(681.0, 1409.0, 4257.0, 21393.0))
    c = StoryInput("c", "hi", COUNT_NEXT_WEEK, None, numbers=(1074.0, 1718.0, 8324.0, 33050.0))
    undated = pair_similarities([a, b, c])
    dated = pair_similarities([StoryInput(x.article_id, "hi", x.body, "2020-04-23", numbers=x.numbers)
                               for x in (a, b, c)])
    assert undated[(0, 1)] == dated[(0, 1)]  # the shared figures stand for the day
    assert abs(undated[(0, 2)] - UNDATED_FACTOR * dated[(0, 2)]) < 1e-9  # no shared figures: undated
