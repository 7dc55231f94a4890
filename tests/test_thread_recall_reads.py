"""The thread step reads the years and months a story's texts name (``ThreadInput.recalls``, ``months``) only where
``similarities`` can use them (``threads.recalling_stories``): the later story of a far pair that touches a story
decided now. Scored so, every pair gets the similarity it gets with every text read."""

from __future__ import annotations

from khabar.link.threads import ThreadEntity, ThreadInput, recalling_stories, similarities

_ACTORS = [ThreadEntity("PER:modi", "PER", "नरेंद्र मोदी"), ThreadEntity("PER:kishida", "PER", "फुमियो किशिदा"),
           ThreadEntity("LOC:japan", "LOC", "जापान")]
_WORDS = {"शिखर": 0.6, "वार्ता": 0.5, "निवेश": 0.4, "समझौता": 0.48}


def _story(story_id: str, date: str, years: frozenset[int] | None) -> ThreadInput:
    return ThreadInput(story_id, date, _ACTORS, _WORDS, recalls=years)


# what each story's texts name: the 2024 summit report recalls the 2023 one; the June 2023 follow-up names 2022
_NAMED = {"a": frozenset(), "b": frozenset({2022}), "c": frozenset({2023}), "d": frozenset(), "e": frozenset()}
_DATES = {"a": "2023-03-01", "b": "2023-06-10", "c": "2024-03-05", "d": "2023-03-03", "e": "2025-01-20"}


def test_texts_are_read_only_where_an_earlier_year_is_at_stake_and_the_scores_do_not_change() -> None:
    ids = sorted(_DATES)
    read_all = [_story(i, _DATES[i], _NAMED[i]) for i in ids]
    for touching in ([k] for k in range(len(ids))):
        wanted = recalling_stories(read_all, touching)
        lean = [_story(i, _DATES[i], (_NAMED[i] if wanted[k] else frozenset()) if k in wanted else None)
                for k, i in enumerate(ids)]
        assert similarities(lean, touching=touching) == similarities(read_all, touching=touching)
    # a (March 2023) decided now: its far partners b (June 2023, the same year: read for the months it names,
    # session 24) and c, e (later years: read for the years)
    assert recalling_stories(read_all, [0]) == {1: True, 2: True, 4: True}
    # b decided now: it is the later story of its pairs with a and d (101 and 99 days, the same year), the
    # earlier of those with c and e
    assert recalling_stories(read_all, [1]) == {1: True, 2: True, 4: True}
    # d, far from none of a's year (2 days from a) but 99 days before b and a year before c and e, reads nothing
    assert 3 not in recalling_stories(read_all, [3])
    # the pairs themselves: c recalls 2023, so a-c link; e recalls nothing, so a-e do not (texts read)
    scored = similarities(read_all, touching=[0])
    assert (0, 2) in scored and (0, 4) not in scored and (0, 3) in scored
    assert (0, 1) not in scored  # same actors 101 days apart, same year: another affair
