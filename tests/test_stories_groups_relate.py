"""Session 29 (docs/stories.md, "Session 29: stories"): a Hindi-English pair joins its two dated groups only when the
groups relate as a whole (``stories.groups_relate``): a summit's live page that also gives two updates on the night's
earthquake matches a Hindi earthquake report, but the summit's other reports share nothing with the earthquake's.

The inputs are built by hand (the pair similarities and evidence the link step would compute), so that each test
reads one condition of the rule."""

from khabar.link.crosslingual import Evidence
from khabar.link.stories import RELATE_SHARE, StoryInput, _joined, _Span, groups_relate

# 0, 1: the summit (a Hindi and an English report, the English one the live page); 2, 3: the earthquake.
DAYS = [("hi", "2026-09-09"), ("en", "2026-09-09"), ("hi", "2026-09-09"), ("en", "2026-09-09")]
SUMMIT, QUAKE = [0, 1], [2, 3]
LIVE_PAGE = {(1, 2): Evidence(0.7, 1, 1.75, 0.3, 0.0)}  # place, figures: above the near-day bar of 1.2 alone


def _spans(days: list[tuple[str, str | None]], groups: list[list[int]]) -> tuple[list[StoryInput], list[_Span]]:
    items = [StoryInput(f"a{k}", lang, "", day, published=day) for k, (lang, day) in enumerate(days)]
    spans = []
    for group in groups:
        span = _Span()
        for k in group:
            span = _joined(span, _Span.of(items[k], items[k].day()))[1]
        spans.append(span)
    return items, spans


def test_one_pair_does_not_join_two_groups_that_share_nothing_else():
    items, (summit, quake) = _spans(DAYS, [SUMMIT, QUAKE])
    assert not groups_relate(SUMMIT, QUAKE, summit, quake, LIVE_PAGE, {}, items)


def test_groups_that_relate_beyond_the_one_pair_join():
    items, (summit, quake) = _spans(DAYS, [SUMMIT, QUAKE])
    # the two Hindi reports share some words (0.1 of a story threshold of 0.32 is enough to count)
    assert groups_relate(SUMMIT, QUAKE, summit, quake, LIVE_PAGE, {(0, 2): 0.1}, items)
    # ... or the other Hindi-English pair shares a little (0.3 of the near-day bar)
    weak = {**LIVE_PAGE, (0, 3): Evidence(0.4, 1, 0.0, 0.2, 0.0)}
    assert groups_relate(SUMMIT, QUAKE, summit, quake, weak, {}, items)
    assert 2 / 4 >= RELATE_SHARE > 1 / 4


def test_a_day_apart_the_bar_is_higher():
    days = [*DAYS[:2], ("hi", "2026-09-10"), ("en", "2026-09-10")]
    items, (summit, quake) = _spans(days, [SUMMIT, QUAKE])
    # 0.4 is 0.33 of the same-day bar (1.2), 0.23 of the next day's (1.2 / 0.7)
    found = {**LIVE_PAGE, (0, 3): Evidence(0.4, 1, 0.0, 0.2, 0.0)}
    assert not groups_relate(SUMMIT, QUAKE, summit, quake, found, {}, items)


def test_a_single_report_and_undated_groups_are_left_to_their_own_bars():
    items, (summit, quake) = _spans(DAYS, [SUMMIT, QUAKE])
    lone = _spans(DAYS, [[2]])[1][0]
    assert groups_relate(SUMMIT, [2], summit, lone, LIVE_PAGE, {}, items)  # 1 of 2 pairs
    undated = [("hi", None), ("en", None), ("hi", None), ("en", None)]
    items, (summit, quake) = _spans(undated, [SUMMIT, QUAKE])
    assert groups_relate(SUMMIT, QUAKE, summit, quake, LIVE_PAGE, {}, items)
