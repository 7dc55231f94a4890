"""A Hindi and an English report of one event that share few names but name the same day ahead: the day a fare
rise, a duty or a poll takes effect. A day both texts name, other than their own, weighs as a shared figure in
the cross-language evidence (``crosslingual.DATE_WEIGHT``, session 14). Our own text."""

from khabar.link import crosslingual
from khabar.link.stories import group_stories
from stories_support import story_input

EN = ("Railways to raise sleeper and AC fares from July 1\n\n"
      "Indian Railways will raise fares in sleeper and air-conditioned classes from July 1, the railway ministry "
      "said on Tuesday. Suburban and season tickets are spared. Officials said the increase would help meet the "
      "rising cost of fuel and staff salaries.")
HI = ("रेल किराया बढ़ा, स्लीपर और एसी में सफर महंगा\n\n"
      "रेलवे ने स्लीपर और एसी श्रेणियों का किराया बढ़ाने का फैसला किया है। नई दरें 1 जुलाई से लागू होंगी। "
      "उपनगरीय ट्रेनों और मासिक पास के किराये में कोई बदलाव नहीं किया गया है। अधिकारियों के मुताबिक "
      "ईंधन और वेतन पर बढ़ते खर्च की वजह से यह फैसला लिया गया।")
# The same words about another fare rise, one that takes effect on another day.
HI_OTHER = HI.replace("1 जुलाई से", "1 जनवरी से")


def test_a_day_named_by_both_languages_joins_their_reports():
    items = [story_input("en", EN, "2026-06-23"), story_input("hi", HI, "2026-06-23")]
    assert items[0].named_days() == items[1].named_days() == frozenset({"2026-07-01"})
    assert group_stories(items) == [["en", "hi"]]


def test_the_day_of_the_report_itself_is_no_evidence():
    items = [story_input("en", EN, "2026-06-23")]
    assert "2026-06-23" in items[0].dates  # "on Tuesday"
    assert "2026-06-23" not in items[0].named_days()


def test_another_day_named_does_not_join():
    items = [story_input("en", EN, "2026-06-23"), story_input("hi", HI_OTHER, "2026-06-23")]
    assert not items[0].named_days() & items[1].named_days()
    assert group_stories(items) == [["en"], ["hi"]]


def test_the_named_day_weighs_as_a_shared_figure():
    items = [story_input("en", EN, "2026-06-23"), story_input("hi", HI, "2026-06-23")]
    langs, mentions = [i.lang for i in items], [i.mentions for i in items]
    numbers, texts = [i.numbers for i in items], [f"{i.title or ''}\n{i.body}" for i in items]
    days = [i.day() for i in items]
    without = crosslingual.cross_language_pairs(langs, mentions, numbers, [True, True], texts, days)
    with_days = crosslingual.cross_language_pairs(langs, mentions, numbers, [True, True], texts, days,
                                                  [i.named_days() for i in items])
    assert without == []
    assert [(i, j) for _, i, j in with_days] == [(0, 1)]
