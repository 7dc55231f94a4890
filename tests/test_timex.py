"""Anchors, two-step resolution, the event date, the absolute-date parser, and English expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.analyse.timex import event_date, find_timexes, parse_date, resolve_timexes, resolve_with_story_date
from khabar.model import Analysis, Dateline
from khabar.text.sentences import split_sentences


def _article(text: str, published: str | None = None, dateline: Dateline | None = None,
             lang: str = "hi") -> Analysis:
    return Analysis(article_id="a1", lang=lang, title=None, sentences=split_sentences(text), boilerplate=[],
                    body=text, published=published, dateline=dateline, agencies=[], author=None)


def _event_day(text: str, published: str | None = None, dateline: Dateline | None = None,
               lang: str = "hi") -> str | None:
    """``event_date`` of ``text`` analysed as one article (``_article``)."""
    analysis = _article(text, published=published, dateline=dateline, lang=lang)
    return event_date(text, analysis, find_timexes(text, analysis))


def _dateline(text: str, place: str, month: int, day: int) -> Dateline:
    start = text.index(place)
    return Dateline(place, None, start, start + len(place), None, month, day)


WIRE = "सियोल, 3 सितंबर (राष्ट्र प्रेस)। पुतिन ने बुधवार को किम को निमंत्रण दिया। कल दोनों मिले थे।"


def test_published_date_anchors_when_there_is_no_dateline():
    text = "दोनों नेताओं ने बुधवार को मुलाकात की।"
    [t] = find_timexes(text, _article(text, published="2023-09-13T15:23:00+05:30"))
    assert (t.text, t.value, t.anchor) == ("बुधवार", "2023-09-13", "published")


def test_dateline_anchors_when_it_agrees_with_the_publication_date():
    analysis = _article(WIRE, published="2025-09-04", dateline=_dateline(WIRE, "सियोल", 9, 3))
    found = {t.text: (t.value, t.anchor) for t in find_timexes(WIRE, analysis)}
    assert found["बुधवार"] == ("2025-09-03", "dateline")
    assert found["3 सितंबर"] == ("2025-09-03", "dateline")
    assert found["कल"] == ("2025-09-02", "dateline")  # the day before the copy was written, not before publishing


def test_a_dateline_far_from_the_publication_date_does_not_anchor():
    analysis = _article(WIRE, published="2025-09-20", dateline=_dateline(WIRE, "सियोल", 9, 3))
    found = {t.text: (t.value, t.anchor) for t in find_timexes(WIRE, analysis)}
    assert found["बुधवार"] == ("2025-09-17", "published")


def test_without_an_anchor_relative_expressions_wait_for_the_story_date():
    text = "पुतिन और किम ने बुधवार को मुलाकात की। पुतिन ने 24 साल पहले दौरा किया था। संधि 2024 में हुई थी।"
    analysis = _article(text)
    timexes = find_timexes(text, analysis)
    by_text = {t.text: t for t in timexes}
    assert by_text["बुधवार"].value is None and by_text["बुधवार"].relative["kind"] == "weekday"
    assert by_text["24 साल पहले"].value is None and by_text["24 साल पहले"].relative["n"] == -24
    assert by_text["2024"].value == "2024"  # absolute: needs no anchor
    assert event_date(text, analysis, timexes) is None

    resolved = resolve_timexes(timexes, dt.date(2024, 6, 19), "story")
    by_text = {t.text: t for t in resolved}
    assert (by_text["बुधवार"].value, by_text["बुधवार"].anchor) == ("2024-06-19", "story")  # 19 June 2024 was a Wednesday
    assert (by_text["24 साल पहले"].value, by_text["24 साल पहले"].anchor) == ("2000", "story")
    assert (by_text["2024"].value, by_text["2024"].anchor) == ("2024", None)
    assert event_date(text, analysis, resolved) == "2024-06-19"
    # resolution is pure: the first list is untouched
    assert all(t.value is None for t in timexes if t.relative)


def test_event_date_is_the_lead_day_not_the_dateline_day():
    assert _event_day(WIRE, published="2025-09-04", dateline=_dateline(WIRE, "सियोल", 9, 3)) == "2025-09-03"
    text = "सियोल, 4 सितंबर (युआईटीवी)- दोनों नेताओं की बैठक मंगलवार को हुई।"
    assert _event_day(text, published="2025-09-04", dateline=_dateline(text, "सियोल", 9, 4)) == "2025-09-02"


def test_event_date_skips_future_days_and_update_lines():
    text = "आखरी अपडेट: 13 सितंबर, 2023, 15:23 IST\nदोनों नेता शुक्रवार को मिलेंगे। उन्होंने बुधवार को बात की।"
    assert _event_day(text, published="2023-09-13T15:23:00+05:30") == "2023-09-13"


def test_the_event_day_is_the_latest_lead_day_up_to_publication():
    # Written for this test: the lead opens with what led to the news, and names the news's day last.
    text = ("स्पेन में 2 मार्च को पहला मामला मिलने के बाद से अब तक 40 हजार लोग संक्रमित हुए हैं। स्वास्थ्य विभाग ने "
            "बताया कि रविवार (22 मार्च) को 394 लोगों की मौत हुई।")
    assert _event_day(text, published="2020-03-23") == "2020-03-22"
    # A day after publication is a plan, however it is written; the day before is the news.
    plan = "सरकार 14 अप्रैल को लॉकडाउन की समीक्षा करेगी। राज्य में गुरुवार को 50 नए मामले मिले।"
    assert _event_day(plan, published="2020-04-03") == "2020-04-02"
    # Without a day of publication the first day of the lead stays the event's.
    undated = "स्पेन में 2 मार्च 2020 को पहला मामला मिला था। 22 मार्च 2020 को 394 लोगों की मौत हुई।"
    assert _event_day(undated) == "2020-03-02"


def test_a_deadline_in_the_lead_is_no_event_day():
    text = ("पटना में 5 अप्रैल तक सभी धार्मिक और सामाजिक कार्यक्रम स्थगित करने की अपील की गई है। जिलाधिकारी ने "
            "सोमवार को अधिकारियों के साथ बैठक की।")
    assert _event_day(text, published="2020-03-24") == "2020-03-23"  # सोमवार, not 5 April
    until = "राज्य में 31 मार्च तक स्कूल और कॉलेज बंद रहेंगे। यह आदेश जिला प्रशासन ने जारी किया।"
    assert _event_day(until, published="2020-03-20") is None


def test_the_next_day_does_not_count_from_a_deadline():
    text = ("14 अप्रैल तक अदालतें बंद रहेंगी\n\nलॉकडाउन के दूसरे दिन पुलिस सड़कों पर सख्त दिखी। 20 मार्च को "
            "शहर में जनता कर्फ्यू था और अगले दिन बाजार खुले।")
    analysis = _article(text, published="2020-03-24")
    found = {t.text: t.value for t in find_timexes(text, analysis)}
    assert found["दूसरे दिन"] is None  # not 15 April
    assert found["अगले दिन"] == "2020-03-21"  # the day after a day that happened
    undated = _article(text)  # resolved later against its story's date, in the link step
    undated.timexes = find_timexes(text, undated)
    resolve_with_story_date(text, undated, dt.date(2020, 3, 24))
    assert {t.text: t.value for t in undated.timexes}["दूसरे दिन"] is None


@pytest.mark.parametrize(("written", "lang", "expected"), [
    ("आखरी अपडेट: 13 सितंबर, 2023, 15:23 IST", "hi", ("2023-09-13T15:23+05:30", "minute")),
    ("04/09/2025", "hi", ("2025-09-04", "day")),
    ("12/31/2025", "en", ("2025-12-31", "day")),  # only one reading is a date
    ("Sept. 3, 2025", "en", ("2025-09-03", "day")),
    ("Updated: Sep 13, 2023 3:23 pm IST", "en", ("2023-09-13T15:23+05:30", "minute")),
    ("13th of September 2023", "en", ("2023-09-13", "day")),
    ("2025-09-04T10:00:00+05:30", "en", ("2025-09-04T10:00+05:30", "minute")),
    ("प्रकाशित: जून 2024", "hi", ("2024-06", "month")),
    ("बुधवार को", "hi", None),
])
def test_parse_date(written: str, lang: str, expected):
    assert parse_date(written, lang) == expected


def test_parse_date_falls_back_to_dateparser_with_ist_fixed():
    # "Sep-13-2023" is outside the grammar; dateparser reads it, and IST must come out as +05:30, not Israel.
    assert parse_date("Sep-13-2023 15:23 IST", "en") == ("2023-09-13T15:23+05:30", "minute")


ENGLISH = [
    ("Putin and Kim met on Wednesday in Beijing.", "Wednesday", "2025-09-03"),
    ("The treaty was signed last June.", "last June", "2025-06"),
    ("The meeting took place on Sept. 3, 2025 at 10:30 am IST.", "Sept. 3, 2025 at 10:30 am IST",
     "2025-09-03T10:30+05:30"),
    ("He visited 24 years ago.", "24 years ago", "2001"),
    ("Last week the talks collapsed.", "Last week", "2025-W35"),
    ("The vote will be held on Friday.", "Friday", "2025-09-05"),
    ("He said on Friday that he will resign.", "Friday", "2025-08-29"),
    ("Early this year, troops helped.", "Early this year", "2025"),
    ("The parade was held yesterday.", "yesterday", "2025-09-03"),
    ("Prices rose in May.", "May", "2025-05"),
    ("The 2024 treaty replaced older ones.", "2024", "2024"),
    ("In the 1990s relations soured.", "1990s", "199"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), ENGLISH)
def test_english_date_expression(sentence: str, expression: str, value: str):
    found = {t.text: t.value for t in find_timexes(sentence, _article(sentence, "2025-09-04", lang="en"))}
    assert found.get(expression) == value, found


def test_english_may_the_verb_is_not_a_month():
    text = "He may come, and we may go."
    assert find_timexes(text, _article(text, "2025-09-04", lang="en")) == []


def test_pipeline_steps_fill_the_analysis_and_the_story_date_completes_it():
    from khabar.analyse.quantities import add_quantities
    from khabar.analyse.timex import add_timexes, resolve_with_story_date

    text = "पुतिन और किम ने बुधवार को मुलाकात की। 2024 में लगभग 13,000 सैनिक भेजे गए।"
    analysis = _article(text)
    add_timexes(text, analysis)
    add_quantities(text, analysis)
    assert analysis.event_date is None
    assert [q.text for q in analysis.quantities] == ["लगभग 13,000 सैनिक"]  # 2024 is a year, not a count
    resolve_with_story_date(text, analysis, dt.date(2025, 9, 4))
    assert analysis.event_date == "2025-09-03"
    assert {t.text: t.anchor for t in analysis.timexes} == {"बुधवार": "story", "2024": None}


@pytest.mark.parametrize(("sentence", "expression", "value"), [
    ("15 अगस्\u200dत को झंडा फहराया गया।", "15 अगस्\u200dत", "2025-08-15"),  # a joiner after the virama
    ("मंगलवार तडके हमला हुआ।", "मंगलवार तडके", "2025-09-02"),  # nukta left out
    ("मंगलवार त\u0921\u093cके हमला हुआ।", "मंगलवार त\u0921\u093cके", "2025-09-02"),  # nukta decomposed
    ("३ सितंबर २०२५ को परेड हुई।", "३ सितंबर २०२५", "2025-09-03"),  # Devanagari digits
    ("2024 लोकसभा चुनाव में भाजपा जीती।", "2024", "2024"),
])
def test_spelling_variants(sentence: str, expression: str, value: str):
    found = {t.text: t.value for t in find_timexes(sentence, _article(sentence, "2025-09-04"))}
    assert found.get(expression) == value, found


def test_story_date_resolves_only_articles_without_their_own_anchor():
    from khabar.analyse.timex import resolve_article_timexes, story_anchor

    text = "बुधवार को बैठक हुई। बृहस्पतिवार को रिपोर्ट आई। बृहस्पतिवार को ही नमूने भेजे गए थे।"
    anchored = _article(text, published="2020-04-10")
    anchored.timexes = find_timexes(text, anchored)
    assert [t.value for t in anchored.timexes] == ["2020-04-08", "2020-04-09", "2020-04-09"]
    # the story's date is another article's day: an anchored article keeps its own values
    assert not resolve_article_timexes(text, anchored, dt.date(2020, 4, 20))
    assert [t.value for t in anchored.timexes] == ["2020-04-08", "2020-04-09", "2020-04-09"]
    bare = _article(text)
    bare.timexes = find_timexes(text, bare)
    assert all(t.value is None for t in bare.timexes)
    anchor = story_anchor([bare, anchored, _article(text, published="2020-04-10"), _article(text, "2020-04-11")])
    assert anchor == dt.date(2020, 4, 10)  # the anchor most anchored members share
    assert resolve_article_timexes(text, bare, anchor)
    assert [t.value for t in bare.timexes] == ["2020-04-08", "2020-04-09", "2020-04-09"]
    assert story_anchor([bare]) is None


def test_an_event_day_resolves_only_what_needs_the_year():
    from khabar.analyse.timex import resolve_article_timexes

    # a story whose members have no anchor is dated by an event its members report: that day is not the day
    # this article was written, so a weekday stays open while a date without a year gets its year
    text = "बुधवार को जिले में 12 नए मामले आए। 16 मार्च को पहला मामला मिला था। पिछले साल यहां बाढ़ आई थी।"
    bare = _article(text)
    bare.timexes = find_timexes(text, bare)
    assert resolve_article_timexes(text, bare, dt.date(2020, 4, 2), day_of_writing=False)
    assert {t.text: t.value for t in bare.timexes} == {"बुधवार": None, "16 मार्च": "2020-03-16", "पिछले साल": "2019"}


def test_a_day_of_writing_is_shared_by_two_anchored_members():
    from khabar.analyse.timex import shared_day_of_writing

    text = "बुधवार को बैठक हुई।"
    one = [_article(text), _article(text, published="2020-04-10")]
    assert shared_day_of_writing(one) is None  # one member's day: the story may run over days
    two = [*one, _article(text, published="2020-04-09"), _article(text, published="2020-04-13")]
    assert shared_day_of_writing(two) is None  # 9, 10 and 13 April: no day most share, the latest on a tie
    cycle = [*one, _article(text, published="2020-04-09")]
    assert shared_day_of_writing(cycle) == dt.date(2020, 4, 10)  # copies of the 9th and the 10th


def test_a_full_date_before_the_webs_first_year_lends_no_year_to_a_bare_date():
    # a birthday recalled at the end names the only year: `14 जून` is not of 1981
    text = ("लखनऊ के अस्पताल ने 14 जून को गायक की जांच रिपोर्ट जारी की। रिपोर्ट 12 जून को भेजी गई थी। "
            "गायक का जन्म 20 जून 1981 को कानपुर में हुआ था।")
    analysis = _article(text)
    found = {t.text: t.value for t in find_timexes(text, analysis)}
    assert found["14 जून"] is None and found["12 जून"] is None
    assert found["20 जून 1981"] == "1981-06-20"
    assert event_date(text, analysis, find_timexes(text, analysis)) is None


def test_a_recent_full_date_still_lends_its_year_to_a_bare_date():
    text = "नगर निगम ने 14 जून को सफाई अभियान शुरू किया। इससे पहले 2 जून 2023 को बैठक हुई थी।"
    found = {t.text: t.value for t in find_timexes(text, _article(text))}
    assert found["14 जून"] == "2023-06-14"


def test_an_undated_lead_day_years_before_the_texts_own_year_is_no_event_date():
    text = ("मेरठ : 9 अगस्त 2017 को बाढ़ में घर खोने वाले किसान को 3 फरवरी 2024 को नया मकान सौंपा गया। "
            "जिलाधिकारी ने चाबी दी।")
    assert _event_day(text) == "2024-02-03"
    # the same lead day is the event when the text names no later year
    alone = "मेरठ : 9 अगस्त 2017 को बाढ़ में कई घर बह गए। जिलाधिकारी ने दौरा किया।"
    assert _event_day(alone) == "2017-08-09"


def test_a_later_year_in_a_deadline_does_not_make_the_lead_day_history():
    text = "पटना : 5 मार्च 2023 को सरकार ने नई योजना शुरू की। यह मार्च 2025 तक चलेगी।"
    assert _event_day(text) == "2023-03-05"
    # nor does a bare year that names no day of news
    text = "BHOPAL: The cabinet met on 3 February 2024 to plan the bid for the 2036 Olympics."
    assert _event_day(text, lang="en") == "2024-02-03"


def test_a_dated_lead_day_more_than_a_year_before_publication_is_no_event_date():
    text = ("मेरठ : 9 अगस्त 2017 को बाढ़ में घर खोने वाले किसान के परिवार ने राहत शिविर में भोजन बांटा। "
            "जिलाधिकारी भी मौजूद रहे।")
    assert _event_day(text, published="2024-02-04") is None
    # within the year before publication it still is
    assert _event_day(text, published="2018-02-04") == "2017-08-09"
