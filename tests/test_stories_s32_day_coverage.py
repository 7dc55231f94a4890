"""Session 32 (docs/stories.md, "Session 32: error classes across sets"): two groups that each hold
``DAY_GROUP_MIN`` reports or more in both languages, and whose known days do not meet, are two days' coverage
(``stories.days_covered_apart``): a pair across the languages, and the group-level links of ``group_stories``, do
not join them."""

from khabar.link.stories import DAY_GROUP_MIN, StoryInput, days_covered_apart


def _items(days: list[tuple[str, str | None]]) -> list[StoryInput]:
    return [StoryInput(f"a{k}", lang, "", day, published=day) for k, (lang, day) in enumerate(days)]


# A toll's first day (two Hindi reports, one English) and its next day (one Hindi, two English, one undated).
DAYS = [("hi", "2026-06-12"), ("hi", "2026-06-12"), ("en", "2026-06-12"),
        ("hi", "2026-06-13"), ("en", "2026-06-13"), ("en", None)]
FIRST, SECOND = [0, 1, 2], [3, 4, 5]


def _apart(items: list[StoryInput], first: list[int], second: list[int]) -> bool:
    return days_covered_apart(first, second, items, [item.day() for item in items])


def test_two_days_full_coverage_in_both_languages_is_apart():
    assert DAY_GROUP_MIN == 3
    assert _apart(_items(DAYS), FIRST, SECOND)


def test_a_shared_day_keeps_them_joinable():
    days = list(DAYS)
    days[5] = ("en", "2026-06-12")  # a next-morning print of the first day's news
    assert not _apart(_items(days), FIRST, SECOND)


def test_a_group_of_one_language_or_too_few_reports_is_not_a_day_coverage():
    days = list(DAYS)
    days[3] = ("en", "2026-06-13")  # the second group all English
    assert not _apart(_items(days), FIRST, SECOND)
    assert not _apart(_items(DAYS), FIRST, [3, 4])  # two reports: a story's second day, as often as not


def test_undated_groups_are_left_to_the_date_guard():
    days = [(lang, None) for lang, _ in DAYS]
    assert not _apart(_items(days), FIRST, SECOND)
