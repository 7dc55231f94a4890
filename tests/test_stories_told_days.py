"""Session 30: two reports of the two languages without a year whose texts tell the same day and month (a dateline's
"Oct 31", "23 मई") on weekdays that fall as those days do are held to the near-day bar, as two dated reports are."""

from khabar.link.crosslingual import Evidence, cross_language_links, told_factor

# Entities, words and numbers that reach the near-day bar of the same day but none of the undated bars.
WEAK = Evidence(entity_score=0.8, strong_entities=1, number_score=0.5, coverage=0.6, word_score=0.0)


def test_told_factor_keeps_the_calendar():
    assert told_factor((144, 3), (144, 3)) == 1.0  # the same day and month, the same weekday
    assert told_factor((164, 3), (165, 4)) == 0.7  # the next day, the next weekday
    assert told_factor((1, 0), (366, 6)) == 0.7  # across the new year
    assert told_factor((164, 3), (165, 3)) is None  # a day apart on one weekday: another year's calendar
    assert told_factor((144, 3), (146, 5)) is None  # more than TOLD_NEAR_DAYS apart
    assert told_factor((144, None), (144, 2)) == 1.0  # a weekday unknown: the days alone
    assert told_factor((None, 3), (144, 3)) is None


def test_a_told_day_holds_an_undated_pair_to_the_near_day_bar():
    assert not WEAK.strong_enough(dated=False) and WEAK.score < 2.0  # no undated bar, no mutual best
    assert cross_language_links({(0, 1): WEAK}, [False, False]) == []
    same_day = [(144, 3), (144, 3)]
    assert [(i, j) for _, i, j in cross_language_links({(0, 1): WEAK}, [False, False], told=same_day)] == [(0, 1)]
    # The next day needs more than this pair shares (NEAR_DAY_BAR over 0.7); another weekday is no day at all.
    assert cross_language_links({(0, 1): WEAK}, [False, False], told=[(144, 3), (145, 4)]) == []
    assert cross_language_links({(0, 1): WEAK}, [False, False], told=[(144, 3), (144, 5)]) == []
