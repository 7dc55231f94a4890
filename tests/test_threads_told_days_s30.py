"""Session 30: an undated story whose texts tell their day of writing without a year (a dateline's "8 दिसंबर") is
linked by its region, count or frame only with stories within the link's window on the calendar: two fires of one
city months apart on the calendar are more than ``PLACE_DAYS`` apart in any year."""

from khabar.link.threads import PLACE_DAYS, ThreadInput, precedent_reads, told_apart


def _story(story_id: str, date: str | None, told: frozenset[tuple[int, int]] = frozenset()) -> ThreadInput:
    return ThreadInput(story_id, date, [], place="delhi", told_days=told)


def test_told_days_far_on_the_calendar_are_apart_in_every_year() -> None:
    may_fire = _story("a", "2022-05-13")
    assert told_apart(_story("b", None, frozenset({(12, 8)})), may_fire, PLACE_DAYS)
    # a told day within the window (in some year) may be the same affair
    assert not told_apart(_story("c", None, frozenset({(6, 10)})), may_fire, PLACE_DAYS)
    # across the new year the calendar wraps: 20 December and 10 January are three weeks apart
    assert not told_apart(_story("d", None, frozenset({(12, 20)})), _story("e", "2023-01-10"), PLACE_DAYS)
    # a story that tells no day is never apart
    assert not told_apart(_story("f", None), may_fire, PLACE_DAYS)


def test_undated_stories_of_a_region_with_dated_ones_are_read_for_their_told_days() -> None:
    stories = [_story("a", "2022-05-13"), _story("b", None), ThreadInput("c", None, [], place="mumbai")]
    frames = [frozenset()] * 3
    assert precedent_reads(stories, frames, undated=True) == {1}
    assert precedent_reads(stories, frames) == {0}
