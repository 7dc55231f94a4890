"""A figure written in two units across reports (session 21): a rate move in basis points is its value in per cent
(``quantities.percent_value``, the ``percent_units`` of each language's quantities data), so 35 basis points meets a
Hindi report's 0.35 प्रतिशत. Our own text."""

from khabar.analyse.pipeline import analyse
from khabar.analyse.quantities import percent_value
from khabar.link.crosslingual import cross_signals
from khabar.link.stories import StoryInput, group_stories
from khabar.model import Article

RATE_HIKE_EN = ("Reserve Bank raises policy rate by 35 bps\n\nMUMBAI: The Reserve Bank of India on Wednesday raised "
                "its policy rate by 35 basis points, its fifth increase in a row, and Governor Shaktikanta Das said "
                "prices were still rising too fast.")
RATE_HIKE_HI = ("रिजर्व बैंक ने फिर बढ़ाई ब्याज दर\n\nभारतीय रिजर्व बैंक ने बुधवार को नीतिगत दर में 0.35 प्रतिशत की "
                "बढ़ोतरी की। लगातार पांचवीं बार दर बढ़ी है। गवर्नर शक्तिकांत दास ने कहा कि महंगाई अब भी चिंता का विषय है।")


def _values(text: str) -> list[tuple[float, float]]:
    analysis = analyse(Article("x", text))
    return [(q.value, percent_value(q, analysis.lang)) for q in analysis.quantities]


def story_input(article_id: str, text: str, date: str) -> StoryInput:
    analysis = analyse(Article(article_id, text, published=date))
    return StoryInput.of(article_id, analysis, analysis.event_date or date)


def test_basis_points_are_read_in_per_cent_and_the_text_keeps_its_value():
    assert _values("The central bank cut its key rate by 25 basis points on Friday.") == [(25, 0.25)]
    assert _values("Lenders expect a 50 bps hike next month.") == [(50, 0.5)]
    assert _values("केंद्रीय बैंक ने ब्याज दर में 25 आधार अंकों की कटौती की।") == [(25, 0.25)]
    assert _values("केंद्रीय बैंक ने ब्याज दर में 0.25 प्रतिशत की कटौती की।") == [(0.25, 0.25)]


def test_other_units_keep_their_value():
    """Points of an index, per cent and a count are not basis points."""
    assert _values("The Sensex fell 500 points and the Nifty lost 150 points.") == [(500, 500), (150, 150)]
    assert _values("Turnout rose to 64 per cent in the last phase.") == [(64, 64)]
    assert _values("सेंसेक्स 500 अंक टूटा और निफ्टी 150 अंक गिरा।") == [(500, 500), (150, 150)]


def test_a_rate_move_in_basis_points_meets_the_same_move_in_per_cent_across_languages():
    english, hindi = story_input("e", RATE_HIKE_EN, "2022-12-07"), story_input("h", RATE_HIKE_HI, "2022-12-07")
    assert cross_signals(analyse(Article("e", RATE_HIKE_EN)))[1] == (0.35,)
    assert english.numbers == hindi.numbers == (0.35,)
    assert group_stories([english, hindi]) == [["e", "h"]]  # the governor alone is under the same-day bar


def test_index_points_do_not_meet_a_rate_in_per_cent():
    sensex = RATE_HIKE_EN.replace("by 35 bps", "as Sensex sheds 35 points").replace(
        "its policy rate by 35 basis points", "its policy rate again, the Sensex shedding 35 points")
    english = story_input("e", sensex, "2022-12-07")
    assert 0.35 not in english.numbers
    assert group_stories([english, story_input("h", RATE_HIKE_HI, "2022-12-07")]) == [["e"], ["h"]]
