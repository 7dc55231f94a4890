"""Stories of reports that no source dates (session 20): the weekdays their own words name stand in for their days,
on real-looking Hindi reports written for these tests."""

from __future__ import annotations

import pytest

from khabar.analyse.pipeline import analyse
from khabar.link.stories import OUTLET_DAYS_FACTOR, StoryInput, damp_outlet_days, group_stories, pair_similarities
from khabar.link.text_days import latest_weekday, lead_weekday
from khabar.model import Article

_TAIL = ("सिविल सर्जन ने बताया कि मगध मेडिकल कॉलेज अस्पताल में बीस मरीज भर्ती हैं और बाकी का इलाज घर पर चल रहा "
         "है। नगर निगम ने शहर के सभी वार्डों में फॉगिंग तेज करने का निर्देश दिया है और लोगों से घरों के आसपास पानी "
         "जमा न होने देने की अपील की है।")
MONDAY = ("गया में डेंगू के 38 नए मरीज, अब तक 412 संक्रमित\n\nगया। जिले में सोमवार को डेंगू के 38 नए मरीज मिले। "
          + _TAIL + " जिले में इस साल अब तक 412 लोग डेंगू की चपेट में आ चुके हैं।")
TUESDAY = ("गया में डेंगू के 41 नए मरीज, अब तक 453 संक्रमित\n\nगया। जिले में मंगलवार को डेंगू के 41 नए मरीज मिले। "
           + _TAIL + " जिले में इस साल अब तक 453 लोग डेंगू की चपेट में आ चुके हैं।")
MONDAY_AGAIN = ("गया में डेंगू के 38 नए मरीज मिले\n\nगया। जिले में सोमवार को डेंगू के 38 नए मरीज सामने आए। "
                + _TAIL + " इस साल अब तक 412 लोग बीमार हो चुके हैं।")


def _undated(article_id: str, text: str, source: str) -> StoryInput:
    analysis = analyse(Article(id=article_id, text=text, source=source))
    return StoryInput.of(article_id, analysis, analysis.event_date, source=source)


def test_one_outlets_undated_updates_of_two_weekdays_are_two_updates():
    """A district desk files Monday's dengue count and Tuesday's in the same words. Undated, only the weekday each
    names tells them apart: from one outlet they are its two days' updates (counted as two days of one outlet
    are), from two outlets the second may be the other paper's print of Monday's news a day later."""
    same = [_undated("mon", MONDAY, "Dainik A"), _undated("tue", TUESDAY, "Dainik A")]
    assert [i.day() for i in same] == [None, None] and [i.weekday for i in same] == [0, 1]
    sims = pair_similarities(same)
    assert damp_outlet_days(same, sims)[(0, 1)] == pytest.approx(sims[(0, 1)] * OUTLET_DAYS_FACTOR)
    assert group_stories(same) == [["mon"], ["tue"]]
    two_outlets = [_undated("mon", MONDAY, "Dainik A"), _undated("tue", TUESDAY, "Dainik B")]
    assert group_stories(two_outlets) == [["mon", "tue"]]


def test_one_outlets_undated_reports_of_one_weekday_or_without_one_are_not_held_apart():
    mondays = [_undated("mon", MONDAY, "Dainik A"), _undated("mon2", MONDAY_AGAIN, "Dainik A")]
    sims = pair_similarities(mondays)
    assert damp_outlet_days(mondays, sims) == sims
    assert group_stories(mondays) == [["mon", "mon2"]]
    no_weekday = TUESDAY.replace("मंगलवार को ", "")
    unnamed = [_undated("mon", MONDAY, "Dainik A"), _undated("x", no_weekday, "Dainik A")]
    assert unnamed[1].weekday is None
    sims = pair_similarities(unnamed)
    assert damp_outlet_days(unnamed, sims) == sims  # nothing says which day it is


BRIDGE = ("दानापुर में गंगा पर नए पुल का उद्घाटन\n\nपटना। मुख्यमंत्री ने मंगलवार को दानापुर में गंगा नदी पर बने नए पुल का "
          "उद्घाटन किया। करीब नौ सौ करोड़ रुपये की लागत से बने इस पुल से दानापुर और सोनपुर के बीच की दूरी आधी रह जाएगी। "
          "उद्घाटन समारोह में पथ निर्माण मंत्री और स्थानीय विधायक मौजूद थे। मुख्यमंत्री ने कहा कि पुल से उत्तर बिहार के "
          "किसानों को बड़ा फायदा होगा।")
BRIDGE_SIDEBAR = ("दानापुर पुल पर आज से चलेंगी गाड़ियां\n\nपटना। दानापुर में गंगा पर बने नए पुल की सोमवार को आखिरी जांच हुई "
                  "थी। मंगलवार को मुख्यमंत्री ने इसका उद्घाटन किया। नौ सौ करोड़ रुपये के इस पुल से दानापुर और सोनपुर के "
                  "बीच सफर आधा हो जाएगा। पथ निर्माण मंत्री ने बताया कि उत्तर बिहार के किसानों को मंडी तक पहुंचने में "
                  "आसानी होगी।")


def test_a_report_that_names_the_others_weekday_too_is_not_held_apart_by_its_first_one():
    """One paper's opening report (Tuesday) and its sidebar, whose lead recounts Monday's last inspection before
    Tuesday's opening: the sidebar's first weekday is Monday, but it names Tuesday as well, so nothing says the
    two are of two days."""
    items = [_undated("a", BRIDGE, "Dainik A"), _undated("b", BRIDGE_SIDEBAR, "Dainik A")]
    assert [i.weekday for i in items] == [1, 0] and items[1].weekdays == {0, 1}
    sims = pair_similarities(items)
    assert damp_outlet_days(items, sims) == sims
    assert group_stories(items) == [["a", "b"]]


RELIEF = ("बाढ़ से घिरे गांवों में राहत पहुंची\n\n"
          "दरभंगा। कमला और बागमती नदियों का पानी कई प्रखंडों में फैल गया है। प्रशासन ने बीस नावें लगाई हैं। "
          "राहत शिविरों में दो हजार लोग रह रहे हैं। स्वास्थ्य विभाग की टीमें शिविरों में दवाएं बांट रही हैं। "
          "पशुओं के लिए चारे का इंतजाम भी किया गया है। ")


@pytest.mark.parametrize(("tail", "expected"), [
    ("जिलाधिकारी ने शुक्रवार को बहादुरपुर का दौरा किया था। शनिवार को उन्होंने राहत वितरण की समीक्षा की।", 5),
    ("शनिवार को जिलाधिकारी ने राहत वितरण की समीक्षा की। शुक्रवार को उन्होंने बहादुरपुर का दौरा किया था।", 5),
    ("जिलाधिकारी ने रविवार को बहादुरपुर का दौरा किया था। सोमवार को उन्होंने राहत वितरण की समीक्षा की।", 0),
    ("जिलाधिकारी ने शनिवार को दौरा किया। शनिवार को ही समीक्षा हुई। शुक्रवार को मंत्री आए थे।", 5),  # most often
    ("", None),
])
def test_a_body_that_names_several_weekdays_as_often_is_dated_by_the_last_of_them(tail: str, expected: int | None):
    """Past the lead (which names no weekday here) the body recounts Friday's visit and Saturday's review once
    each: the report was written on Saturday or after, so Saturday is its day, whichever it names first."""
    analysis = analyse(Article(id="relief", text=RELIEF + tail))
    assert lead_weekday(analysis) == expected


def test_the_last_weekday_is_the_end_of_the_shortest_run_that_holds_them_all():
    assert latest_weekday({4, 5}) == 5
    assert latest_weekday({6, 0}) == 0  # Sunday then Monday, round the week's end
    assert latest_weekday({0, 3}) == 3  # Monday to Thursday is three days, Thursday to Monday four
    assert latest_weekday({1, 2, 3}) == 3
    assert latest_weekday({0, 2, 4, 6}) is None  # no run of three days holds them: a timetable, not the news
    assert latest_weekday({0, 2, 4}) is None  # the shortest run is four days
