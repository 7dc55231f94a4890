"""Session 30: an undated report that tells its event happened "last month" (पिछले महीने) was written in a later
month than its event, so it neither attaches to nor joins a group of dated reports more than a week before the
next month begins (the preliminary report on a crash is not the crash's story)."""

import datetime as dt

from khabar.link.crosslingual import ATTACH_LATE_DAYS, next_month_start, tells_last_month
from khabar.link.stories import _joined, _Span


def test_last_month_is_read_in_both_languages() -> None:
    assert tells_last_month("जयपुर में पिछले महीने गिरे पुल की जांच रिपोर्ट सौंपी गई।")
    assert tells_last_month("गत माह हुए हादसे के बाद")
    assert tells_last_month("The bridge that collapsed last month was inspected twice.")
    assert not tells_last_month("The bridge collapsed on Monday; the lastmonthly review was due.")
    assert not tells_last_month("पिछले साल गिरे पुल की जांच")


def test_next_month_start_wraps_the_year() -> None:
    june_12 = dt.date(2020, 6, 12).timetuple().tm_yday
    assert next_month_start(june_12) == dt.date(2020, 7, 1).timetuple().tm_yday
    assert next_month_start(dt.date(2020, 12, 20).timetuple().tm_yday) == 1


def _dated(day: dt.date) -> _Span:
    return _Span((day, day), frozenset({dt.date(2020, day.month, day.day).timetuple().tm_yday}))


def test_a_last_month_report_joins_no_event_of_mid_month() -> None:
    report = _Span(later=True)
    assert not _joined(_dated(dt.date(2025, 6, 12)), report)[0]
    assert not _joined(report, _dated(dt.date(2025, 6, 12)))[0]
    # an event late in the month may be last month's within the week of follow-ups
    late = dt.date(2025, 6, 30 - ATTACH_LATE_DAYS + 2)
    assert _joined(_dated(late), report)[0]
    # a report that does not say so joins as before
    assert _joined(_dated(dt.date(2025, 6, 12)), _Span())[0]
    # the joined span keeps the mark
    ok, joined = _joined(_dated(dt.date(2025, 6, 29)), report)
    assert ok and joined.later
