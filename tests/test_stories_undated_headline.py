"""A headline the source gives apart from the text (a feed's title field) counts in what a story compares when the
source gives no publication date, as the first line of a scraped text does (``stories.story_body``, session 22):
without it the same reports given with their titles and outlets shared fewer words than given as bare text, so more
information scored lower. With a date from the source the body stays the text alone (session 19's held-out sets).
Our own text, in the style of web excerpts."""

from khabar.analyse.pipeline import analyse
from khabar.link.stories import StoryInput, group_stories, pair_similarities, story_body
from khabar.model import Article

# One event, two outlets: the headlines name it (the dam, the sluice gates, Hirakud), the bodies tell it in other
# words.
TITLE_A = "Hirakud dam opens 20 sluice gates as inflow rises"
TEXT_A = ("Water was let out through the night after heavy rain upstream in Chhattisgarh. Officials asked people in "
          "low-lying villages downstream to move to higher ground and keep away from the river banks.")
TITLE_B = "Sluice gates of Hirakud dam opened, flood alert in western Odisha"
TEXT_B = ("The district administration put rescue teams on standby. Fishermen were told not to venture out and "
          "schools near the river will stay shut till Monday, a collector said.")

# Another dam on another river, told in the same kind of words: its headline must not join it to the first.
TITLE_C = "Tehri dam reservoir nears full level after week of rain"
TEXT_C = ("Engineers said the level rose by two metres in three days. Power generation was raised to let more water "
          "pass, and the authority said there was no danger to towns below.")


def _input(article_id: str, title: str, text: str, separate: bool, published: str | None = None) -> StoryInput:
    article = (Article(article_id, text, title=title, source="The Valley Courier", published=published) if separate
               else Article(article_id, f"{title}\n\n{text}", published=published))
    analysis = analyse(article)
    return StoryInput.of(article_id, analysis, analysis.event_date or analysis.published,
                         published=analysis.published, source=article.source)


def test_an_undated_headline_given_apart_is_compared_as_the_first_line_is():
    analysis = analyse(Article("a", TEXT_A, title=TITLE_A))
    assert TITLE_A not in analysis.body  # the analysis keeps the text as given
    assert story_body(analysis).startswith(TITLE_A)
    bare = analyse(Article("a", f"{TITLE_A}\n\n{TEXT_A}"))
    assert bare.title == TITLE_A
    assert story_body(bare) == bare.body  # a scraped text's headline is not counted twice


def test_a_headline_is_left_out_when_the_source_gives_a_date():
    analysis = analyse(Article("a", TEXT_A, title=TITLE_A, published="2026-08-14"))
    assert analysis.published == "2026-08-14"
    assert story_body(analysis) == analysis.body


def test_two_undated_excerpts_join_whether_their_headlines_are_given_apart_or_not():
    separate = [_input("a", TITLE_A, TEXT_A, True), _input("b", TITLE_B, TEXT_B, True)]
    bare = [_input("a", TITLE_A, TEXT_A, False), _input("b", TITLE_B, TEXT_B, False)]
    assert abs(pair_similarities(separate)[(0, 1)] - pair_similarities(bare)[(0, 1)]) < 1e-9
    assert group_stories(separate) == group_stories(bare) == [["a", "b"]]
    # The bodies alone (the headlines left out, as before) share no distinctive word.
    bodies = [StoryInput("a", "en", TEXT_A, None), StoryInput("b", "en", TEXT_B, None)]
    assert pair_similarities(bodies).get((0, 1), 0.0) < 0.1
    assert group_stories(bodies) == [["a"], ["b"]]


def test_another_dams_report_stays_apart():
    inputs = [_input("a", TITLE_A, TEXT_A, True), _input("b", TITLE_B, TEXT_B, True),
              _input("c", TITLE_C, TEXT_C, True)]
    groups = group_stories(inputs)
    assert not any("c" in g and len(g) > 1 for g in groups)
