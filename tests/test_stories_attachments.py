"""An undated short report goes whole to the dated story that its reports, taken together, match clearly best
(``crosslingual.undated_attachments``, session 11): the evidence of all the story's reports is summed, a story
its text bounds away in time is no match, and a report that matches two stories alike stays alone. Our own
text, in the style of agency copy and Hindi web briefs."""

import datetime as dt

from khabar.link.crosslingual import ATTACH_BAR, article_names, evidence, undated_attachments
from khabar.link.stories import StoryInput, group_stories
from stories_support import attachment_evidence, story_input

# 30 July: a tariff announced, to apply from 1 August.
JULY_HI = ("ट्रंप ने भारत पर 25 प्रतिशत टैरिफ का ऐलान किया, एक अगस्त से लागू होगा\n\nअमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने "
           "बुधवार को कहा कि एक अगस्त से भारत से आने वाले सामान पर 25 प्रतिशत टैरिफ लगेगा। रूस से कच्चा तेल खरीदने पर "
           "अलग से जुर्माना भी लगेगा। वाणिज्य मंत्रालय ने कहा कि वह फैसले के असर का अध्ययन कर रहा है।")
JULY_EN = ("Trump slaps 25% tariff on Indian goods from August 1\n\nWASHINGTON: President Donald Trump said on "
           "Wednesday that imports from India will face a 25% tariff from August 1, plus a penalty for buying Russian "
           "crude. The commerce ministry in New Delhi said it was studying the decision.")
# A week later: the same cast, the tariff doubled.
AUGUST_EN = ("Trump doubles India tariff to 50% over Russian crude\n\nWASHINGTON: President Donald Trump on Wednesday "
             "ordered an additional 25% tariff on Indian goods over New Delhi's purchases of Russian crude, taking the "
             "duty to 50%. The commerce ministry called the move unfair and said it would protect farmers and "
             "exporters.")
AUGUST_HI = ("ट्रंप ने भारत पर टैरिफ दोगुना कर 50 प्रतिशत किया, रूसी तेल पर सजा\n\nअमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने "
             "बुधवार को भारत पर 25 प्रतिशत अतिरिक्त टैरिफ लगाने के आदेश पर दस्तखत किए। इससे कुल शुल्क 50 प्रतिशत हो "
             "गया। वाणिज्य मंत्रालय ने इसे अनुचित बताया और कहा कि किसानों व निर्यातकों के हित सुरक्षित रखे जाएंगे।")
AUGUST_HI_NEXT = ("50 प्रतिशत अमेरिकी टैरिफ से कपड़ा और झींगा निर्यातकों में चिंता\n\nडोनाल्ड ट्रंप के भारत पर टैरिफ 50 "
                  "प्रतिशत करने के बाद कपड़ा, चमड़ा और झींगा निर्यातकों ने गुरुवार को नौकरियां जाने की आशंका जताई। रूसी "
                  "तेल की खरीद को वजह बताया गया है।")
# Undated: the market the morning after the first announcement ("from August 1": written before it applies).
MARKETS_EN = ("Sensex slips as Trump's 25% tariff on India looms\n\nIndian shares fell on Thursday after President "
              "Donald Trump said goods from India would face a 25% duty from August 1, with a penalty over Russian "
              "crude. Textile and shrimp exporters were among the worst hit.")


def reports() -> list[StoryInput]:
    return [story_input("j1", JULY_HI, "2025-07-30"), story_input("j2", JULY_EN, "2025-07-30"),
            story_input("a1", AUGUST_EN, "2025-08-06"), story_input("a2", AUGUST_HI, "2025-08-06"),
            story_input("a3", AUGUST_HI_NEXT, "2025-08-07")]


def test_an_undated_report_goes_to_the_story_its_reports_match_together():
    """No report of 30 July alone shares ``ATTACH_BAR`` with the undated market report (the best pair alone
    decided before session 11, and it stayed alone); the two together do."""
    markets = story_input("m", MARKETS_EN, None)
    assert markets.day() is None
    items = [*reports(), markets]
    assert all(attachment_evidence(markets, other) < ATTACH_BAR for other in items[:-1])
    assert group_stories(items) == [["a1", "a2", "a3"], ["j1", "j2", "m"]]


def test_an_undated_report_is_not_attached_to_a_story_its_text_bounds_away():
    """The week-later tariff shares as much with the market report (the same cast, 25 %, Russian crude), and has
    three reports; but "from August 1" is the future for the report, so it was written before 1 August, before
    the tariff was doubled (``text_days.writing_bounds``)."""
    markets = story_input("m", MARKETS_EN, None)
    assert markets.writing_window()[1] is not None
    august = reports()[2:]
    assert sum(attachment_evidence(markets, other) for other in august) >= ATTACH_BAR
    assert group_stories([*august, markets]) == [["a1", "a2", "a3"], ["m"]]


def test_one_report_of_the_event_alone_is_too_little():
    markets = story_input("m", MARKETS_EN, None)
    july_hi, *_ = reports()
    assert group_stories([july_hi, markets]) == [["j1"], ["m"]]


def test_a_report_attached_in_the_same_pass_does_not_block_another():
    """Two undated reports: a bridge follow-up (Hindi) that the bridge's dated report draws clearly, and a poll
    follow-up (English) that both poll reports draw clearly together but whose single closest report is the bridge
    follow-up. Whichever moves first, the poll follow-up goes to the poll: only a group's reports of their own date
    stand as its closest report ("two signals must agree"), not one attached by inference a moment before (before
    session 17, the bridge follow-up moving first kept the poll follow-up alone)."""
    def people(*names: str) -> list[tuple[str, str]]:
        return [("PER", n) for n in names]

    poll = ("Zorvath", "Quelmir", "Tasdrun")
    bridge = ("Brakolin", "Vensarod", "Pludrick", "Gorthwen", "Mirvolt", "Sandrevik")
    both = ("Hektorin", "Yaldrum", "Ostravel", "Kembrin")
    mentions = [people(*poll), people(*poll), people(*bridge), people(*bridge, *both), people(*poll, *both)]
    langs = ["hi", "en", "en", "hi", "en"]
    day = dt.date(2025, 10, 6)
    days = [day, day, day + dt.timedelta(days=1), None, None]
    names = [article_names(m) for m in mentions]
    closest = evidence(names[4], names[3], (), ()).score
    assert closest > max(evidence(names[4], names[k], (), ()).score for k in (0, 1))
    moves = undated_attachments(langs, mentions, [()] * 5, [""] * 5, [30] * 5, days, [0, 0, 2, 3, 4])
    assert moves[0] == (3, 2)  # the bridge follow-up first: its single match is the clearer
    assert moves == [(3, 2), (4, 0)]


def test_undated_reports_that_share_more_with_each_other_stay_an_event_of_their_own():
    """Three undated reports of a phone call (one cast: the two callers, a spokesman, an envoy) name the leader of
    a dated summit once each. Together they share that name with the summit's reports past ``ATTACH_BAR``, but far
    less than they share with each other: they report an event of their own, whose dated report is not here, and
    stay (session 17: the demo's Zelensky-Trump call went to the 2023 Putin-Kim summit). One undated report of the
    summit's own cast still goes to it."""
    def people(*names: str) -> list[tuple[str, str]]:
        return [("PER", n) for n in names]

    summit = ("Vorlakin", "Kessadrin", "Ulmarovic")
    call = ("Zelmarko", "Trovikson", "Peskavind", "Rubalokin")
    mentions = [people(*summit), people(*summit), people(*call, summit[0]), people(*call, summit[0]),
                people(*call, summit[0]), people(*summit)]
    langs = ["en", "hi", "en", "hi", "hi", "en"]
    day = dt.date(2023, 9, 13)
    days = [day, day, None, None, None, None]
    names = [article_names(m) for m in mentions]
    shared = sum(evidence(names[i], names[j], (), ()).score for i in (2, 3, 4) for j in (0, 1))
    own = sum(evidence(names[i], names[j], (), ()).score for i, j in ((2, 3), (2, 4), (3, 4)))
    assert ATTACH_BAR <= shared < own
    moves = undated_attachments(langs, mentions, [()] * 6, [""] * 6, [30] * 6, days, [0, 0, 2, 2, 2, 5])
    assert moves == [(5, 0)]


def _undated_pairs(windows: list[tuple[int | None, int | None]] | None = None,
                   weekdays: list[int | None] | None = None) -> list[tuple[int, int]]:
    """Two undated reports in each language of one ceremony (invented cast), grouped by language, beside an
    undated report of another event; no report carries a date (a text-only archive)."""
    def people(*names: str) -> list[tuple[str, str]]:
        return [("PER", n) for n in names]

    ceremony = ("Brakolin", "Vensarod", "Pludrick")
    other = ("Zorvath", "Quelmir", "Tasdrun")
    mentions = [people(*ceremony), people(*ceremony), people(*ceremony), people(*ceremony), people(*other)]
    langs = ["hi", "hi", "en", "en", "en"]
    return undated_attachments(langs, mentions, [()] * 5, [""] * 5, [30] * 5, [None] * 5, [0, 0, 2, 2, 4],
                               windows=windows, weekdays=weekdays)


def test_two_undated_groups_that_clearly_match_each_other_join():
    """Nothing dates either group, so there is no dated story to go to; each is the other's clear match, so the
    Hindi and the English reports of the ceremony are one story (before session 18 they stayed two)."""
    assert _undated_pairs() == [(0, 2)]


def test_two_undated_groups_whose_texts_tell_days_apart_stay_apart():
    """A dateline's day of the year in each group, 11 days apart: two ceremonies of one cast."""
    windows = [(100, 100), (None, None), (111, 111), (None, None), (None, None)]
    assert _undated_pairs(windows=windows) == []
    assert _undated_pairs(windows=[(100, 100), (None, None), (103, 103), (None, None), (None, None)]) == [(0, 2)]


def test_two_undated_groups_whose_weekdays_disagree_stay_apart():
    """The reports name their event's weekday: Monday in one group, Thursday in the other (a resignation and a
    swearing-in three days later); a day apart is an event and the next day's report of it."""
    assert _undated_pairs(weekdays=[0, None, 3, 3, None]) == []
    assert _undated_pairs(weekdays=[0, None, 1, None, None]) == [(0, 2)]
