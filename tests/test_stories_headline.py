"""A headline the source gives apart from the text (a feed's title field) is part of what a story compares, as the
first line of a scraped text is (``stories.story_body``, session 19): without it, two excerpts of one event given
with their titles shared fewer words than the same excerpts given as bare text, and the dated mode of the bilingual
sets joined fewer true pairs than the bare one. Our own text, in the style of web excerpts."""

from khabar.analyse.pipeline import analyse
from khabar.link.stories import StoryInput, group_stories, pair_similarities, story_body
from khabar.model import Article

# One event, two outlets: the headlines name it (the ropeway, Kedarnath, the trial run), the bodies tell it in
# different words.
TITLE_A = "Kedarnath ropeway completes first trial run ahead of yatra"
TEXT_A = ("Engineers ran the first cabins up the mountain on Tuesday, carrying sandbags instead of pilgrims. Officials "
          "said the line would cut a climb of eight hours to about half an hour once it opens for the season.")
TITLE_B = "Trial run of Kedarnath ropeway successful, says Uttarakhand government"
TEXT_B = ("The state government said the cars worked without a hitch. Devotees who now walk or hire ponies for the "
          "steep route will be able to book seats online from next month, a spokesman added.")


def _given(article_id: str, title: str, text: str, separate: bool) -> StoryInput:
    article = (Article(article_id, text, title=title, published="2026-04-21") if separate
               else Article(article_id, f"{title}\n\n{text}", published="2026-04-21"))
    analysis = analyse(article)
    return StoryInput.of(article_id, analysis, analysis.event_date or "2026-04-21", published="2026-04-21")


def test_a_separate_headline_is_compared_as_the_first_line_is():
    analysis = analyse(Article("a", TEXT_A, title=TITLE_A))
    assert TITLE_A not in analysis.body  # the analysis keeps the text as given
    assert story_body(analysis).startswith(TITLE_A)
    bare = analyse(Article("a", f"{TITLE_A}\n\n{TEXT_A}"))
    assert bare.title == TITLE_A
    assert story_body(bare) == bare.body  # a scraped text's headline is not counted twice


def test_two_excerpts_join_on_their_headlines_whether_given_apart_or_not():
    separate = [_given("a", TITLE_A, TEXT_A, True), _given("b", TITLE_B, TEXT_B, True)]
    bare = [_given("a", TITLE_A, TEXT_A, False), _given("b", TITLE_B, TEXT_B, False)]
    assert abs(pair_similarities(separate)[(0, 1)] - pair_similarities(bare)[(0, 1)]) < 1e-9
    assert group_stories(separate) == [["a", "b"]]
    # The bodies alone (the headlines left out, as before) do not say enough.
    bodies = [StoryInput("a", "en", TEXT_A, "2026-04-21", published="2026-04-21"),
              StoryInput("b", "en", TEXT_B, "2026-04-21", published="2026-04-21")]
    assert group_stories(bodies) == [["a"], ["b"]]
