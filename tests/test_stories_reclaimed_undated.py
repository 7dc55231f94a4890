"""An undated report that the word cosine put with one occasion's dated reports goes to another occasion's dated
story when that story's reports in the other language claim it clearly (``crosslingual.reclaimed_undated``,
session 20): with dates given, the group the words chose dates the report, and the date guard then refused it the
story of its own occasion a year later, whose English report shares its minister and both its figures. Without
dates nothing refused it. Our own text, in the style of agency copy and Hindi web briefs."""

import datetime as dt

import khabar.link.stories as stories
from khabar.link.crosslingual import reclaimed_undated
from khabar.link.stories import group_stories
from stories_support import story_input

# October 2023: the wheat support price raised by Rs 150 to Rs 2,275.
FIRST_HI = ("गेहूं का न्यूनतम समर्थन मूल्य 150 रुपये बढ़ा, अब 2275 रुपये क्विंटल\n\nकेंद्रीय मंत्रिमंडल ने बुधवार को रबी "
            "फसलों के न्यूनतम समर्थन मूल्य में बढ़ोतरी को मंजूरी दी। गेहूं का समर्थन मूल्य 150 रुपये बढ़ाकर 2275 रुपये "
            "प्रति क्विंटल कर दिया गया है। सूचना एवं प्रसारण मंत्री अनुराग ठाकुर ने बताया कि मसूर और सरसों के दाम भी "
            "बढ़ाए गए हैं। किसान संगठनों ने कहा कि लागत के हिसाब से यह बढ़ोतरी कम है।")
FIRST_EN = ("Cabinet raises wheat MSP by Rs 150 to Rs 2,275 a quintal\n\nNEW DELHI: The Union Cabinet on "
            "Wednesday approved higher minimum support prices for rabi crops, raising the price of wheat by Rs 150 to "
            "Rs 2,275 per quintal, Information and Broadcasting Minister Anurag Thakur told reporters. Lentil and "
            "mustard prices were also raised.")
# October 2024: the same rise of Rs 150, to Rs 2,425; another minister briefs.
SECOND_EN = ("Wheat MSP hiked to Rs 2,425 per quintal, mustard to Rs 5,950\n\nNEW DELHI: The Union Cabinet on "
             "Wednesday raised the minimum support price of wheat to Rs 2,425 a quintal and of mustard to Rs 5,950, "
             "Union Minister Ashwini Vaishnaw said after the meeting, calling it a boost for farmers ahead of the "
             "sowing season.")
# Undated, in Hindi: the 2024 rise, told in the words of the 2023 Hindi report (the same desk's template).
SECOND_HI = ("गेहूं का न्यूनतम समर्थन मूल्य 150 रुपये बढ़ा, अब 2425 रुपये क्विंटल\n\nकेंद्रीय मंत्रिमंडल ने रबी फसलों के "
             "न्यूनतम समर्थन मूल्य में बढ़ोतरी को मंजूरी दी। गेहूं का समर्थन मूल्य 150 रुपये बढ़ाकर 2425 रुपये प्रति "
             "क्विंटल कर दिया गया है और सरसों का 5950 रुपये। केंद्रीय मंत्री अश्विनी वैष्णव ने बताया कि मसूर के दाम भी "
             "बढ़ाए गए हैं। किसान संगठनों ने कहा कि लागत के हिसाब से यह बढ़ोतरी कम है।")
# Undated, in Hindi: a 2023 report (its figures are 2023's) that also quotes the 2024 briefing minister.
FIRST_HI_OTHER = ("मंत्रिमंडल का फैसला: गेहूं का समर्थन मूल्य 2275 रुपये क्विंटल\n\nकेंद्रीय मंत्रिमंडल ने रबी फसलों के न्यूनतम "
                  "समर्थन मूल्य में बढ़ोतरी को मंजूरी दी। गेहूं का समर्थन मूल्य 150 रुपये बढ़ाकर 2275 रुपये प्रति क्विंटल "
                  "कर दिया गया है। रेल मंत्री अश्विनी वैष्णव ने बैठक के बाद कहा कि किसानों की उपज ढोने के लिए मालगाड़ियां "
                  "बढ़ाई जाएंगी।")


def reports() -> list:
    return [story_input("f1", FIRST_HI, "2023-10-18"), story_input("f2", FIRST_EN, "2023-10-18"),
            story_input("s1", SECOND_EN, "2024-10-16")]


def test_an_undated_report_goes_to_the_occasion_its_other_language_report_claims(monkeypatch):
    undated = story_input("u", SECOND_HI, None)
    assert undated.day() is None
    items = [*reports(), undated]
    assert group_stories(items) == [["f1", "f2"], ["s1", "u"]]
    # Without the rule its words keep it with the 2023 report, and the date guard refuses it the 2024 story.
    monkeypatch.setattr(stories, "reclaimed_undated", lambda *args, **kwargs: [])
    assert group_stories(items) == [["f1", "f2", "u"], ["s1"]]


def test_a_report_whose_own_story_shares_its_figures_stays():
    """The 2023 figures tie the undated report to its own story; the 2024 minister it names is one shared name,
    under ``ATTACH_BAR``."""
    undated = story_input("u", FIRST_HI_OTHER, None)
    assert group_stories([*reports(), undated]) == [["f1", "f2", "u"], ["s1"]]


def test_a_report_the_link_step_may_not_move_stays():
    """Only the reports the link step offers (``attachable``) move: a stored one seen from another's step stays."""
    undated = story_input("u", SECOND_HI, None)
    items = [*reports(), undated]
    assert group_stories(items, attachable={"s1"}) == [["f1", "f2", "u"], ["s1"]]
    assert group_stories(items, attachable={"u"}) == [["f1", "f2"], ["s1", "u"]]


def _reclaims(numbers: list[tuple[float, ...]], texts: list[str] | None = None) -> list[tuple[int, int]]:
    """An undated Hindi report (1) that the words put with a dated Hindi report (0), sharing nothing with it by
    name; a dated English report of another occasion (2) shares three names of its cast (invented)."""
    cast = [("PER", n) for n in ("Brakolin", "Vensarod", "Pludrick")]
    day = dt.date(2024, 10, 16)
    return reclaimed_undated(["hi", "hi", "en"], [[], cast, cast], numbers, texts or [""] * 3, [60] * 3,
                             [day - dt.timedelta(days=364), None, day], [0, 0, 2], lambda i, own, other: True)


def test_names_and_words_alone_do_not_reclaim_an_undated_report():
    """A cast and its words are what one cast's two occasions share, and within its own language the report's rare
    words are not counted (the cosine weighed them): the claim must rest on figures too (``MUTUAL_BEYOND_NAMES`` of
    shared numbers). Names alone, or names and rare words across languages (a plant, its firms), leave it; with the
    figures it moves."""
    assert _reclaims([(), (), ()]) == []
    words = ["", "सेमीकंडक्टर संयंत्र में चिप का उत्पादन शुरू, माइक्रोन और फॉक्सकॉन की साझेदारी",
             "Semiconductors plant begins chip output, a Micron and Foxconn venture"]
    assert _reclaims([(), (), ()], words) == []
    assert _reclaims([(), (2425.0, 5950.0), (2425.0, 5950.0)]) == [(1, 2)]
