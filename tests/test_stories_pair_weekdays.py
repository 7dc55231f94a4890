"""A dated report and an undated one in the other language whose event weekdays lie three days apart (the most two
weekdays can differ) are not joined on what the pair alone shares (``crosslingual.WEEKDAYS_APART``, session 26): a
follow-up comes out the day after its event or the day after that and names the event's weekday. An undated text
that names several past weekdays gives no event weekday (``stories.event_weekdays``). Our own text."""

from khabar.link.crosslingual import Evidence, cross_language_evidence, cross_language_links
from khabar.link.stories import event_weekdays, group_stories
from stories_support import story_input

EN = ("Harinder Bhullar sworn in as Punjab finance minister\n\n"
      "CHANDIGARH - Harinder Bhullar took oath as Punjab's finance minister at Raj Bhavan in Chandigarh on "
      "Monday. Governor Banwarilal Purohit administered the oath. Chief Minister Bhagwant Mann said Bhullar, a "
      "chartered accountant from Bathinda, would present the state budget next month.")
HI = ("हरिंदर भुल्लर पंजाब के वित्त मंत्री बने\n\n"
      "चंडीगढ़। हरिंदर भुल्लर ने सोमवार को चंडीगढ़ स्थित राजभवन में पंजाब के वित्त मंत्री पद की शपथ ली। "
      "राज्यपाल बनवारीलाल पुरोहित ने उन्हें शपथ दिलाई। मुख्यमंत्री भगवंत मान ने कहा कि बठिंडा के चार्टर्ड "
      "अकाउंटेंट भुल्लर अगले महीने राज्य का बजट पेश करेंगे।")


# An undated Hindi report of the same cast whose text names one past weekday for its news: Thursday, three days
# from the English report's Monday (the most two weekdays can differ): the minister's resignation, another happening.
HI_THURSDAY = ("हरिंदर भुल्लर ने पंजाब के वित्त मंत्री पद से इस्तीफा दिया\n\n"
               "चंडीगढ़। हरिंदर भुल्लर ने गुरुवार को पंजाब के वित्त मंत्री पद से इस्तीफा दे दिया। उन्होंने अपना "
               "इस्तीफा राजभवन में राज्यपाल बनवारीलाल पुरोहित को सौंपा। मुख्यमंत्री भगवंत मान ने कहा कि बठिंडा के "
               "चार्टर्ड अकाउंटेंट भुल्लर ने निजी कारणों से पद छोड़ा है और बजट अब वे खुद पेश करेंगे।")
# The same report naming the day of the oath and the day of the resignation: a text that recounts several days.
HI_TWO_DAYS = HI_THURSDAY.replace("उन्होंने अपना", "सोमवार को ही उन्होंने शपथ ली थी। उन्होंने अपना")
# The follow-up of the oath itself, undated, naming Monday: the same happening.
HI_MONDAY = HI.replace("चंडीगढ़। हरिंदर", "चंडीगढ़। एक दिन पहले हरिंदर")


def _links(items, weekdays: bool):
    texts = [f"{i.title or ''}\n{i.body}" for i in items]
    found = cross_language_evidence([i.lang for i in items], [i.mentions for i in items], [i.numbers for i in items],
                                    texts)
    days = [i.day() for i in items]
    return [(a, b) for _, a, b in cross_language_links(found, [d is not None for d in days], days,
                                                       event_weekdays(items, days) if weekdays else None)]


def test_an_undated_report_three_weekdays_away_is_not_joined_on_the_pair_alone():
    en = story_input("en", EN, "2026-03-02")
    assert en.event_weekday() == 0  # Monday
    hi = story_input("hi", HI_THURSDAY, None)
    assert hi.day() is None and hi.event_weekday() == 3 and len(hi.weekdays) == 1
    assert _links([en, hi], weekdays=False) == [(0, 1)]
    assert _links([en, hi], weekdays=True) == []


def test_an_undated_report_of_the_same_weekday_still_joins():
    en = story_input("en", EN, "2026-03-02")
    hi = story_input("hi", HI_MONDAY, None)
    assert hi.day() is None and hi.event_weekday() == 0
    assert _links([en, hi], weekdays=True) == [(0, 1)]
    assert group_stories([en, hi]) == [["en", "hi"]]


def test_a_text_that_names_several_weekdays_gives_no_event_weekday():
    en = story_input("en", EN, "2026-03-02")
    hi = story_input("hi", HI_TWO_DAYS, None)
    assert hi.weekdays == frozenset({0, 3})
    assert event_weekdays([en, hi], [en.day(), None]) == [0, None]
    assert _links([en, hi], weekdays=True) == [(0, 1)]


def test_the_weekday_bar_reads_single_weekdays_only():
    strong = Evidence(3.0, 3, 1.0, 0.8, 1.0)
    dated = [True, False]
    assert cross_language_links({(0, 1): strong}, dated, None, [0, 3]) == []
    assert cross_language_links({(0, 1): strong}, dated, None, [0, 2]) != []  # two days apart: a follow-up
    assert cross_language_links({(0, 1): strong}, dated, None, [0, None]) != []
    assert cross_language_links({(0, 1): strong}, [True, True], None, [0, 3]) != []  # both dated: their days decide
