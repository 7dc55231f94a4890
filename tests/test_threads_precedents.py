"""Session 29 (issue 10): an undated story is linked with the dated stories of its region, count or frame as if
within their window. A dated story whose reports tell an earlier happening of the same kind in the same place as
past ("the warehouse fire of March 2015, when 12 porters died") does not take that happening's undated story into
its thread (``threads.past_words``, ``threads.recalled_as_past``). Invented stories."""

from dataclasses import replace

from khabar.link.threads import (
    ThreadEntity,
    ThreadInput,
    frame_similarities,
    past_words,
    place_similarities,
    precedent_reads,
    recalled_as_past,
)

BAZAAR = ThreadEntity("e_bazaar", "LOC", "Sadar Bazaar")
TEXT = ("A fire broke out in a garment godown in Sadar Bazaar on Friday night, killing nine workers.\n"
        "The blaze revived memories of the warehouse fire of March 2015, when 12 porters died in the same lanes.\n"
        "Fire officers said the building had no clearance.")


def _story(story_id: str, date: str | None, headline: str, lang: str = "en") -> ThreadInput:
    return ThreadInput(story_id, date, [BAZAAR], {"fire": 1.0, "sadar": 1.0, "bazaar": 1.0}, place="Delhi",
                       headline=headline, lang=lang)


def test_the_words_of_a_sentence_dated_before_the_reports_year_are_what_it_tells_as_past():
    words = past_words([TEXT], 2023)
    assert {"warehouse", "porters", "12"} <= words
    assert "godown" not in words and "2015" not in words  # the sentence of its own news; the year itself
    assert past_words([TEXT], 2015) == frozenset()  # a year is past only before the report's own


def test_an_undated_story_that_a_dated_one_tells_as_past_is_not_linked_by_their_region():
    old = _story("old", None, "Warehouse fire in Sadar Bazaar kills 12 porters")
    new = _story("new", "2023-06-10", "Nine workers killed as fire guts garment godown in Sadar Bazaar")
    assert set(place_similarities([old, new])) == {(0, 1)}  # the region links them while nothing is read
    told = replace(new, past_words=past_words([TEXT], 2023))
    assert recalled_as_past(old, told)
    assert place_similarities([old, told]) == {}
    assert frame_similarities([old, told], frames=[frozenset({"fire"})] * 2) == {}


def test_an_undated_story_the_past_sentences_do_not_tell_keeps_the_region_link():
    rescue = _story("rescue", None, "Firemen pull nine workers out of burning godown in Sadar Bazaar")
    new = replace(_story("new", "2023-06-10", "Nine workers killed as fire guts garment godown in Sadar Bazaar"),
                  past_words=past_words([TEXT], 2023))
    assert not recalled_as_past(rescue, new)
    assert set(place_similarities([rescue, new])) == {(0, 1)}


def test_the_dated_stories_read_are_those_of_a_region_or_frame_an_undated_story_has():
    old = _story("old", None, "Warehouse fire in Sadar Bazaar kills 12 porters")
    new = _story("new", "2023-06-10", "Nine workers killed as fire guts garment godown in Sadar Bazaar")
    far = replace(_story("far", "2023-06-11", "Monsoon reaches Kerala"), place="Kerala")
    frames = [frozenset()] * 3
    assert precedent_reads([old, new, far], frames) == {1}
    assert precedent_reads([new, far], frames[:2]) == set()


def test_what_the_dated_storys_own_headline_says_is_its_affair_not_a_precedent():
    """A verdict's reports tell the crime it judges as past; an undated report of the same verdict names the
    crime in its headline. The words the dated story's own headline says are not counted as a precedent's."""
    verdict = ThreadInput("verdict", "2025-07-21", [BAZAAR], {"acquits": 1.0, "blasts": 1.0, "sadar": 1.0},
                          place="Delhi", headline="Court acquits all accused in Sadar Bazaar serial blasts case",
                          past_words=past_words(["The serial blasts of October 2005 in Sadar Bazaar killed 43."],
                                                2025))
    undated = ThreadInput("undated", None, [BAZAAR], {"acquits": 1.0, "blasts": 1.0, "sadar": 1.0}, place="Delhi",
                          headline="Sadar Bazaar serial blasts: families stunned as court acquits all")
    assert not recalled_as_past(undated, verdict)
    assert set(place_similarities([undated, verdict])) == {(0, 1)}
