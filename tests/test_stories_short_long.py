"""A brief and a full report of one event, the same day: the brief's words are mostly in the full report, but the
full report's vector spreads over many more words, so their similarity stays under the story threshold (0.32).
A dated short report (``SHORT_WORDS`` body words at most) and a longer dated one join at
``SHORT_LONG_SIMILARITY`` (session 14), unless a single word carries most of their cosine (a town both report
from). Our own text."""

from khabar.link.stories import (
    SHORT_LONG_SIMILARITY,
    SHORT_LONG_WORD_SHARE,
    SHORT_WORDS,
    SIMILARITY_THRESHOLD,
    body_word_count,
    group_stories,
    pair_similarities,
    top_word_share,
)
from stories_support import story_input

FULL = ("Under-construction flyover girder collapses in Gorakhpur, two workers injured\n\n"
        "A concrete girder of an under-construction flyover on the Gorakhpur-Deoria road collapsed early on Tuesday, "
        "injuring two labourers who were working on the span, police said. The injured were taken to the BRD Medical "
        "College, where doctors said both were out of danger. Traffic on the stretch was diverted through Kunraghat "
        "for most of the day while cranes cleared the debris.\n\n"
        "The district magistrate ordered an inquiry and asked the Setu Nigam, which is building the 2.4-km flyover, "
        "to submit a report within three days. Officials said the girder slipped while it was being lifted onto the "
        "piers by a hydraulic jack. The contractor's site engineer has been suspended. Residents complained that the "
        "work had been running months behind schedule and that safety barricades were missing along the site. "
        "The project, sanctioned in 2021, was meant to ease the daily jams near the railway crossing. "
        "A team of engineers from Lucknow will inspect the remaining spans on Wednesday, the Setu Nigam said, and "
        "work has been halted until then. Opposition leaders visited the site in the afternoon and demanded "
        "compensation for the injured workers and action against the firm.")
# The same accident the same day, as a brief from another angle.
BRIEF = ("Site engineer suspended over overbridge accident\n\n"
         "A site engineer of the contractor building the new flyover was suspended on Tuesday after a girder fell "
         "on two labourers. Local traders blamed lax safety.")
# The same town and day, another event: it shares the town's name with the full report, and little else.
RESULTS = ("Board exam results: Gorakhpur girls top the district list\n\n"
           "Girls from Gorakhpur schools took the first five places in the district in the intermediate board "
           "results announced on Tuesday. The topper scored 96.8 per cent and wants to become a doctor.")


def test_a_brief_joins_the_full_report_of_its_event():
    items = [story_input("full", FULL, "2026-03-10"), story_input("brief", BRIEF, "2026-03-10")]
    assert body_word_count(items[1].body) <= SHORT_WORDS < body_word_count(items[0].body)
    assert SHORT_LONG_SIMILARITY <= pair_similarities(items)[(0, 1)] < SIMILARITY_THRESHOLD
    assert group_stories(items) == [["brief", "full"]]


def test_a_brief_that_shares_only_a_town_stays_apart():
    items = [story_input("full", FULL, "2026-03-10"), story_input("results", RESULTS, "2026-03-10")]
    assert SHORT_LONG_SIMILARITY <= pair_similarities(items)[(0, 1)] < SIMILARITY_THRESHOLD
    assert top_word_share(items[0], items[1]) > SHORT_LONG_WORD_SHARE
    assert group_stories(items) == [["full"], ["results"]]


def test_an_undated_brief_needs_the_full_threshold():
    items = [story_input("full", FULL, "2026-03-10"), story_input("brief", BRIEF, None)]
    assert group_stories(items) == [["brief"], ["full"]]


def test_two_days_apart_is_too_far():
    items = [story_input("full", FULL, "2026-03-10"), story_input("brief", BRIEF, "2026-03-12")]
    assert group_stories(items) == [["brief"], ["full"]]
