"""Session 30 (docs/stories.md, "Session 30: story precision"): two dated groups of two reports or more join through a
Hindi-English pair only when their pairs of one language relate too (``stories.groups_relate``,
``RELATE_SAME_MIN``). Two events of one state a day apart (an expressway's opening where the prime minister praises
the chief minister; the chief minister's resignation the next day) share names that every Hindi-English pair between
them carries, while their reports in one language share few words.

The inputs are built by hand (the pair similarities and evidence the link step would compute), so that each test
reads one condition of the rule."""

from khabar.link.crosslingual import Evidence
from khabar.link.stories import RELATE_SAME_MIN, StoryInput, _joined, _Span, groups_relate

# 0-3: the opening (two Hindi, two English reports, 11 March); 4-7: the resignation (the same, 12 March)
DAYS = [("hi", "2026-03-11"), ("hi", "2026-03-11"), ("en", "2026-03-11"), ("en", "2026-03-11"),
        ("hi", "2026-03-12"), ("hi", "2026-03-12"), ("en", "2026-03-12"), ("en", "2026-03-12")]
OPENING, RESIGNATION = [0, 1, 2, 3], [4, 5, 6, 7]
# every Hindi-English pair between the groups shares the state and two leaders (entity score 1.4: above 0.3 of the
# next day's near-day bar of 1.2 / 0.7, below the bar itself)
NAMES = {(min(i, j), max(i, j)): Evidence(1.4, 2, 0.0, 0.3, 0.0)
         for i in OPENING for j in RESIGNATION if DAYS[i][0] != DAYS[j][0]}


def _spans(days: list[tuple[str, str | None]], groups: list[list[int]]) -> tuple[list[StoryInput], list[_Span]]:
    items = [StoryInput(f"a{k}", lang, "", day, published=day) for k, (lang, day) in enumerate(days)]
    spans = []
    for group in groups:
        span = _Span()
        for k in group:
            span = _joined(span, _Span.of(items[k], items[k].day()))[1]
        spans.append(span)
    return items, spans


def test_shared_names_do_not_join_groups_whose_reports_of_one_language_share_no_words():
    items, (opening, resignation) = _spans(DAYS, [OPENING, RESIGNATION])
    # half the pairs (the eight Hindi-English ones) relate: enough before session 30
    words = {(0, 4): 0.05, (1, 5): 0.03, (2, 6): 0.04, (3, 7): 0.12}  # one of eight pairs of one language over 0.096
    assert not groups_relate(OPENING, RESIGNATION, opening, resignation, NAMES, words, items)


def test_groups_whose_reports_of_one_language_relate_join():
    items, (opening, resignation) = _spans(DAYS, [OPENING, RESIGNATION])
    words = {(0, 4): 0.2, (0, 5): 0.15, (1, 5): 0.12, (2, 6): 0.3}  # four of eight
    assert groups_relate(OPENING, RESIGNATION, opening, resignation, NAMES, words, items)


def test_a_single_report_and_one_report_a_language_are_left_to_the_shared_bar():
    items, (opening, _) = _spans(DAYS, [OPENING, RESIGNATION])
    lone = _spans(DAYS, [[6]])[1][0]
    # a single English report: its two pairs of one language say nothing, its two Hindi-English pairs relate
    assert groups_relate(OPENING, [6], opening, lone, NAMES, {}, items)
    # a Hindi and an English report each side: two pairs of one language, fewer than RELATE_SAME_MIN
    two, other = _spans(DAYS, [[0, 2], [4, 6]])[1]
    assert RELATE_SAME_MIN > 2
    assert groups_relate([0, 2], [4, 6], two, other, NAMES, {}, items)
