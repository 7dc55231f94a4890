"""Session 16 (docs/stories.md, "Session 16: a rerun reports its original's day"): a report that one outlet prints
again on a later day, word for word, reports the earlier day's news. Dated by its reprint it read as the new day's
update beside another paper's report of the new day's count. Our own text, in the style of Hindi web briefs."""

import datetime as dt
from dataclasses import replace

from khabar.link.stories import StoryInput, edge_similarities, group_stories, pair_similarities, rerun_days

# Saturday 9 May's Delhi bulletin, as one paper's site prints it.
_BULLETIN = ("दिल्ली में शनिवार को कोरोना वायरस संक्रमण के 224 नए मामले सामने आए और संक्रमितों की कुल संख्या बढ़कर 6542 हो "
             "गई। स्वास्थ्य विभाग के बुलेटिन के मुताबिक अब तक 73 मरीजों की मौत हो चुकी है और 2020 लोग ठीक हो चुके हैं। "
             "विभाग ने बताया कि अब बुलेटिन शाम के बजाय सुबह जारी किया जाएगा ताकि आंकड़े पूरे दिन के हों। "
             "निषिद्ध क्षेत्रों की संख्या बढ़कर 88 हो गई है और इन इलाकों में घर घर जाकर जांच की जा रही है। ")
# Sunday 10 May's count, as another paper prints it: the same place, the same beat's words, another day's figures.
_SUNDAY = ("दिल्ली में रविवार को कोरोना वायरस संक्रमण के 381 नए मामले सामने आए और संक्रमितों की कुल संख्या 7000 के "
           "करीब पहुंच गई। एक दिन में इतने मरीज पहली बार मिले हैं, इनमें से ज्यादातर आजादपुर मंडी के व्यापारी और "
           "पल्लेदार हैं। स्वास्थ्य विभाग के बुलेटिन के मुताबिक अब तक 73 मरीजों की मौत हो चुकी है। मंडी को दो दिन के लिए "
           "बंद कर दिया गया है और सभी दुकानदारों के नमूने लिए जा रहे हैं। "
           "उपराज्यपाल ने अधिकारियों के साथ बैठक कर अस्पतालों में बिस्तरों की संख्या बढ़ाने को कहा। मुख्यमंत्री ने "
           "व्यापारियों से नियमों का पालन करने की अपील की। पुलिस ने मंडी के बाहर लगी भीड़ को हटाया और कई ठेले जब्त "
           "किए। ")
ORIGINAL = StoryInput("nt-09", "hi", _BULLETIN * 2, "2020-05-09", numbers=(224.0, 6542.0, 2020.0),
                      published="2020-05-09", source="paper-a",
                      title="दिल्ली में 224 नए मामले, संक्रमितों की संख्या 6542 हुई")
RERUN = replace(ORIGINAL, article_id="nt-10", published="2020-05-10", date="2020-05-10")
SUNDAY = StoryInput("dj-10", "hi", _SUNDAY * 2, "2020-05-10", numbers=(381.0, 7000.0, 2069.0),
                    published="2020-05-10", source="paper-b",
                    title="दिल्ली में रविवार को सामने आए कोरोना के 381 मामले, 7000 के करीब आंकड़ा")


def test_a_rerun_is_dated_by_its_original():
    dated = rerun_days([ORIGINAL, RERUN, SUNDAY])
    assert [item.day() for item in dated] == [dt.date(2020, 5, 9), dt.date(2020, 5, 9), dt.date(2020, 5, 10)]
    assert dated[0] is ORIGINAL and dated[2] is SUNDAY  # only the rerun changes


def test_a_rerun_stays_with_its_original_and_leaves_the_new_day_s_update():
    """Dated by its reprint the rerun is as near the Sunday update as to its original, and the three read as one
    story; dated by its original it is a Saturday report, a day before the Sunday count."""
    sims = pair_similarities([RERUN, SUNDAY])
    assert sims[(0, 1)] >= 0.32  # the words alone, on one day, would join them
    assert group_stories([ORIGINAL, RERUN, SUNDAY]) == [["dj-10"], ["nt-09", "nt-10"]]
    # The link step's exact similarities (the split of a large component) date the rerun the same way.
    assert edge_similarities([ORIGINAL, RERUN, SUNDAY], [(1, 2)])[0] < sims[(0, 1)]


def test_a_later_report_that_repeats_a_sentence_or_two_is_no_rerun():
    """The outlet's next update repeats a standing sentence (the containment zones), not the bulletin: it keeps its
    own day, as does a copy of the text in another outlet (syndication, not a rerun)."""
    next_day = replace(SUNDAY, article_id="nt-10b", source="paper-a")
    other_outlet = replace(RERUN, article_id="pk-10", source="paper-c")
    dated = rerun_days([ORIGINAL, next_day, other_outlet])
    assert [item.day() for item in dated] == [dt.date(2020, 5, 9), dt.date(2020, 5, 10), dt.date(2020, 5, 10)]


def test_an_undated_or_unsourced_report_is_left_as_it_is():
    undated = replace(RERUN, published=None, date=None)
    unsourced = replace(RERUN, source=None)
    assert rerun_days([ORIGINAL, undated])[1] is undated
    assert rerun_days([ORIGINAL, unsourced])[1] is unsourced


def test_a_later_page_under_a_new_headline_is_no_rerun():
    """A district desk's next page repeats the standing list of the district's figures under a new headline (the
    total 701, four days later 777): it is the next update, not a reprint, and keeps its own day."""
    later = replace(ORIGINAL, article_id="nt-13", published="2020-05-13", date="2020-05-13",
                    title="दिल्ली में 359 नए मामले, संक्रमितों की संख्या 7998 हुई")
    assert [item.day() for item in rerun_days([ORIGINAL, later])] == [dt.date(2020, 5, 9), dt.date(2020, 5, 13)]
    # The same headline written with another spelling of a letter is the same headline (matching keys).
    respelt = replace(RERUN, title=RERUN.title.replace("दिल्ली", "दिल्\u200dली"))
    assert rerun_days([ORIGINAL, respelt])[1].day() == dt.date(2020, 5, 9)
