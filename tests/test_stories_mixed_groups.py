"""Session 28 (docs/stories.md, "Session 28: stories"): two dated groups a day apart join when every pair of their
reports, each measured against its own bar (a same-language pair's word similarity against the story threshold, a
Hindi-English pair's evidence against the near-day bar), matches on average (``stories.group_mixed_links``).

The inputs are built by hand (the pair similarities and evidence the link step would compute), so that each test
reads one condition of the rule: the mean, the day gap, the names across the languages, the best match."""

from khabar.link.crosslingual import Evidence
from khabar.link.stories import (
    MIXED_SHARE,
    StoryInput,
    _Span,
    group_cross_links,
    group_mixed_links,
)


def _items(days: list[tuple[str, str | None]]) -> tuple[list[StoryInput], list[_Span]]:
    items = [StoryInput(f"a{k}", lang, "", day, published=day) for k, (lang, day) in enumerate(days)]
    spans = [_Span.of(item, item.day()) for item in items]
    return items, spans


def _group_spans(spans: list[_Span], roots: list[int]) -> list[_Span]:
    """Each root's span holds its members' days, as ``group_stories`` keeps them."""
    from khabar.link.stories import _joined

    out = list(spans)
    for i, root in enumerate(roots):
        if i != root:
            out[root] = _joined(out[root], spans[i])[1]
    return out


# An announcement (a Hindi and an English report of one day) and the next day's follow-up (two English reports of
# the rules it brought): each pair alone is under its bar, the pairs together are one event's.
DAYS = [("hi", "2026-03-24"), ("en", "2026-03-24"), ("en", "2026-03-25"), ("en", None)]
ROOTS = [0, 0, 2, 2]
SIMS = {(1, 2): 0.27, (1, 3): 0.30}  # the English pairs: under 0.32, their days weighed
FOUND = {(0, 2): Evidence(0.6, 1, 0.5, 0.4, 0.0), (0, 3): Evidence(0.3, 0, 0.75, 0.2, 0.0)}  # 1.1 and 1.05


def test_two_groups_a_day_apart_whose_pairs_match_together_join():
    items, spans = _items(DAYS)
    spans = _group_spans(spans, ROOTS)
    assert group_cross_links(FOUND, ROOTS, spans, items) == []  # the pairs across the languages alone do not
    assert group_mixed_links(FOUND, SIMS, ROOTS, spans, items) == [(0, 2)]


def test_the_mean_must_reach_the_share():
    items, spans = _items(DAYS)
    spans = _group_spans(spans, ROOTS)
    weak = {k: v / 2 for k, v in SIMS.items()}
    assert group_mixed_links(FOUND, weak, ROOTS, spans, items) == []
    # the mean of the test above, for the record: (2.15 / (1.2 / 0.7) + 0.57 / 0.32) / 4
    assert (2.15 / (1.2 / 0.7) + 0.57 / 0.32) / 4 >= MIXED_SHARE > (2.15 / (1.2 / 0.7) + 0.285 / 0.32) / 4


def test_groups_three_days_apart_stay_apart():
    items, spans = _items([("hi", "2026-03-24"), ("en", "2026-03-24"), ("en", "2026-03-27"), ("en", None)])
    spans = _group_spans(spans, ROOTS)
    assert group_mixed_links(FOUND, SIMS, ROOTS, spans, items) == []


def test_figures_alone_across_the_languages_say_nothing():
    items, spans = _items(DAYS)
    spans = _group_spans(spans, ROOTS)
    figures = {k: Evidence(0.2, 0, 1.0, 0.1, 0.0) for k in FOUND}  # under NEAR_DAY_NAMES of names and words
    assert group_mixed_links(figures, SIMS, ROOTS, spans, items) == []


def test_two_single_reports_are_left_to_their_own_bars():
    items, spans = _items([("hi", "2026-03-24"), ("en", "2026-03-25")])
    assert group_mixed_links({(0, 1): Evidence(1.0, 2, 0.0, 0.5, 0.2)}, {}, [0, 1], spans, items) == []


def test_each_group_goes_only_to_its_best_match():
    # A third group, of the same day as the follow-up, that the announcement's group matches better.
    items, spans = _items([*DAYS, ("en", "2026-03-25"), ("en", "2026-03-25")])
    roots = [*ROOTS, 4, 4]
    spans = _group_spans(spans, roots)
    sims = {**SIMS, (1, 4): 0.31, (1, 5): 0.31}
    found = {**FOUND, (0, 4): Evidence(1.0, 2, 0.5, 0.6, 0.3), (0, 5): Evidence(1.0, 2, 0.5, 0.6, 0.3)}
    assert group_mixed_links(found, sims, roots, spans, items) == [(0, 4)]
