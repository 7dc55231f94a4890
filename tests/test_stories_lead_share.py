"""Session 29 (docs/stories.md, "Session 29: stories"): two dated full-length reports in two languages that pass only
the near-day bar keep their link only when their headlines and leads share something (``crosslingual.leads_share``,
``stories._leads_allow``): two events of one day share the background of their later paragraphs, not their leads.
The sentences are our own."""

from khabar.link.crosslingual import Evidence, leads_share
from khabar.link.stories import StoryInput, _leads_allow

WRESTLING = ((("PER", "Ravi Dahiya"),), (57.0,), "Ravi Dahiya won silver in the 57 kg freestyle final on Thursday.")
WRESTLING_HI = ((("PER", "रवि दहिया"),), (57.0,), "रवि दहिया ने गुरुवार को 57 किलोग्राम फ्रीस्टाइल फाइनल में रजत पदक जीता।")
HOCKEY_HI = ((("ORG", "भारतीय हॉकी टीम"),), (41.0,), "भारतीय हॉकी टीम ने 41 साल बाद कांस्य पदक जीतकर इतिहास रचा।")
NEAR_ONLY = Evidence(0.9, 1, 0.75, 0.2, 0.3)  # above the near-day bar (1.2), under the entity bars
BY_NAMES = Evidence(2.0, 3, 0.0, 0.6, 0.0)


def _report(lang: str, lead: tuple | None, day: str | None = "2026-08-05") -> StoryInput:
    return StoryInput("a", lang, "", day, published=day, title=None, lead=lead)


def test_leads_of_one_event_share_its_names_and_figures():
    assert leads_share(WRESTLING, "Dahiya takes silver", WRESTLING_HI, "दहिया को रजत")


def test_leads_of_two_events_of_one_day_share_nothing():
    assert not leads_share(WRESTLING, "Dahiya takes silver", HOCKEY_HI, "हॉकी में कांस्य")


def test_only_dated_full_length_pairs_on_the_near_day_bar_are_asked():
    import datetime as dt

    day = dt.date(2026, 8, 5)
    english, hockey = _report("en", WRESTLING), _report("hi", HOCKEY_HI)
    assert not _leads_allow(english, hockey, day, day, NEAR_ONLY)
    assert _leads_allow(english, _report("hi", WRESTLING_HI), day, day, NEAR_ONLY)
    assert _leads_allow(english, hockey, day, day, BY_NAMES)  # the entity bars need no lead
    assert _leads_allow(english, hockey, day, None, NEAR_ONLY)  # an undated report has its own bars
    assert _leads_allow(english, _report("hi", None), day, day, NEAR_ONLY)  # a short report is read whole
