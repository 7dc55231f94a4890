"""Session 32 (issue 10): two stories of one region or count scope that each tell only the same month (a text read
alone: its month, not its day) are as good as dated for a window of at least a month (``threads.MONTH_DAYS``):
their words need meet no more than a dated pair's (``threads._min_words``). Invented stories."""

import numpy as np

from khabar.link.threads import (
    MONTH_DAYS,
    PLACE_DAYS,
    UNDATED_MIN_WORDS,
    ThreadEntity,
    ThreadInput,
    _min_words,
    _month,
    place_similarities,
)

TOWN = ThreadEntity("e_town", "LOC", "Rampur")


def _story(story_id: str, date: str | None, words: dict[str, float]) -> ThreadInput:
    return ThreadInput(story_id, date, [TOWN], words, place="Uttar Pradesh", headline=story_id, lang="en")


# Two reports of one state whose words meet only a little (cosine 0.05: below UNDATED_MIN_WORDS, above 0).
FIRST = {"rampur": 0.05, "positive": 0.9987492177}
SECOND = {"rampur": 1.0}


def test_the_month_of_a_date():
    assert _month("2020-05") == "2020-05"
    assert _month("2020-05-04") == "2020-05"
    assert _month("2020") is None and _month(None) is None and _month("") is None


def test_two_stories_of_one_month_and_no_day_are_linked_by_their_region_as_dated_ones_are():
    assert MONTH_DAYS <= PLACE_DAYS
    month = [_story("a", "2020-05", FIRST), _story("b", "2020-05", SECOND)]
    assert set(place_similarities(month)) == {(0, 1)}
    day_and_month = [_story("a", "2020-05-04", FIRST), _story("b", "2020-05", SECOND)]
    assert set(place_similarities(day_and_month)) == {(0, 1)}


def test_a_story_of_another_month_or_of_no_date_still_needs_the_undated_words():
    assert place_similarities([_story("a", "2020-05", FIRST), _story("b", "2020-06", SECOND)]) == {}
    assert place_similarities([_story("a", "2020-05", FIRST), _story("b", None, SECOND)]) == {}
    assert place_similarities([_story("a", "2020", FIRST), _story("b", "2020", SECOND)]) == {}


def test_a_window_shorter_than_a_month_reads_no_month_as_a_day():
    stories = [_story("a", "2020-05", FIRST), _story("b", "2020-05", SECOND)]
    one, two = np.array([0]), np.array([1])
    assert _min_words(stories, one, two, 0.0, MONTH_DAYS - 1).tolist() == [UNDATED_MIN_WORDS]
    assert _min_words(stories, one, two, 0.0, MONTH_DAYS).tolist() == [0.0]
