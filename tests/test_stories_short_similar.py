"""Two short reports of one event, a day apart, written from different angles share fewer words than two full
reports do: their similarity sits under the story threshold (0.32) while short reports of other events of those
days score far less. Dated short reports of one language join at ``SHORT_SIMILARITY`` (session 13). Our own text,
in the style of web excerpts."""

from khabar.link.stories import (
    SHORT_SIMILARITY,
    SIMILARITY_THRESHOLD,
    group_stories,
    pair_similarities,
)
from stories_support import story_input

ONSET = ("Monsoon reaches Kerala three days early, says IMD\n\nThe southwest monsoon set in over Kerala on Thursday, "
         "three days ahead of its normal onset date of June 1, the India Meteorological Department said. Heavy rain "
         "lashed Thiruvananthapuram and Kochi, and fishermen were told not to venture into the sea.")
# The next day, the same news from the farm desk.
SOWING = ("Early monsoon onset over Kerala lifts hopes for kharif sowing\n\nFarmers and grain traders welcomed the "
          "early arrival of the monsoon over Kerala, saying timely rain would help the sowing of rice and pulses. The "
          "weather office expects above-normal rain this season.")
# The same day and city, another event.
METRO = ("Kochi metro opens Tripunithura station, ridership expected to rise\n\nKochi Metro Rail opened its station at "
         "Tripunithura on Thursday, completing the first phase of the line. Officials expect daily ridership to rise "
         "by 10,000 as commuters from the eastern suburbs switch from buses.")


def test_two_short_reports_of_one_event_a_day_apart_join():
    items = [story_input("a1", ONSET, "2026-05-28"), story_input("a2", SOWING, "2026-05-29"),
             story_input("m", METRO, "2026-05-28")]
    sims = pair_similarities(items)
    assert SHORT_SIMILARITY <= sims[(0, 1)] < SIMILARITY_THRESHOLD
    assert sims.get((0, 2), 0.0) < SHORT_SIMILARITY
    assert group_stories(items) == [["a1", "a2"], ["m"]]


def test_an_undated_short_report_needs_the_full_threshold():
    items = [story_input("a1", ONSET, "2026-05-28"), story_input("a2", SOWING, None)]
    assert group_stories(items) == [["a1"], ["a2"]]


def test_two_days_apart_is_too_far_for_short_reports():
    items = [story_input("a1", ONSET, "2026-05-28"), story_input("a2", SOWING, "2026-05-30")]
    assert group_stories(items) == [["a1"], ["a2"]]
