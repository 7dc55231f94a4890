"""An undated report and a report of another event of the same cast share most of their words; the figures they
state tell them apart. Two reports, one of them undated, that each state at least two decisive figures
(``stories.specific_figures`` or a value with a fraction) and share none count ``FIGURES_APART_FACTOR`` as much
(session 13). Our own text, in the style of sports briefs."""

from khabar.link.stories import group_stories, pair_similarities
from stories_support import story_input

# One lifter, one weight class, two competitions a year and a half apart: the same words, different lifts.
GAMES = ("Mirabai Chanu wins silver with 202 kg lift\n\nWeightlifter Mirabai Chanu won silver in the women's 49 kg "
         "category with a total of 202 kg, lifting 87 kg in snatch and 115 kg in clean and jerk. China's Hou Zhihui "
         "took gold with 210 kg.")
WORLDS = ("Mirabai Chanu lifts 199 kg for world championship silver\n\nMirabai Chanu won silver in the women's 49 kg "
          "category at the world championships with a total of 199 kg, lifting 88 kg in snatch and 111 kg in clean "
          "and jerk. China's Jiang Huihua took gold with 206 kg.")
# Undated: another report of the first competition.
GAMES_UNDATED = ("Chanu's 115 kg clean and jerk seals silver behind Hou Zhihui\n\nMirabai Chanu's clean and jerk of "
                 "115 kg gave her a total of 202 kg and the silver medal in the 49 kg class, behind China's Hou "
                 "Zhihui. Her coach said the snatch of 87 kg had set up the medal.")


def test_an_undated_report_does_not_join_another_event_of_the_same_cast_by_its_words():
    worlds, undated = story_input("w", WORLDS, "2022-12-07"), story_input("u", GAMES_UNDATED, None)
    assert group_stories([worlds, undated]) == [["u"], ["w"]]


def test_it_joins_the_report_whose_figures_it_shares():
    items = [story_input("g", GAMES, "2021-07-24"), story_input("w", WORLDS, "2022-12-07"),
             story_input("u", GAMES_UNDATED, None)]
    sims = pair_similarities(items)
    assert sims[(0, 2)] > 2 * sims[(1, 2)]
    assert group_stories(items) == [["g", "u"], ["w"]]

