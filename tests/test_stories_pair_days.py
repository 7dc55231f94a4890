"""Session 27: a Hindi-English pair of reports both dated more than ``crosslingual.PAIR_MAX_DAYS`` apart is no
story link (two happenings of one cast three or four days apart: a resignation and the successor's oath, two
derailments in one state in one week); the thread step links such stories when they are one affair, and two
stories of one region whose headlines name different people are not one affair by their region alone
(``threads.people_apart``). Our own figures and invented stories."""

import datetime as dt

from khabar.link import crosslingual
from khabar.link.crosslingual import Evidence, cross_language_links

STRONG = Evidence(entity_score=3.0, strong_entities=3, number_score=1.0, coverage=0.8, word_score=1.0)


def _days(*gaps: int | None) -> list[dt.date | None]:
    start = dt.date(2024, 10, 10)
    return [None if g is None else start + dt.timedelta(days=g) for g in gaps]


def _links(days: list[dt.date | None], published: list[bool]) -> list[tuple[int, int]]:
    return [(i, j) for _, i, j in cross_language_links({(0, 1): STRONG}, [d is not None for d in days], days,
                                                       published)]


def test_two_reports_published_more_than_two_days_apart_are_no_link():
    assert crosslingual.PAIR_MAX_DAYS == 2
    for gap in (0, 1, 2):
        assert _links(_days(0, gap), [True, True]) == [(0, 1)]
    for gap in (3, 4, 7):
        assert _links(_days(0, gap), [True, True]) == []


def test_a_day_read_from_the_text_or_no_day_keeps_the_link():
    assert _links(_days(0, 4), [True, False]) == [(0, 1)]  # the second report's day is its text's estimate
    assert _links(_days(0, None), [True, False]) == [(0, 1)]
