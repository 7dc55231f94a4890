"""Session 28, stories across papers (docs/stories.md, "Session 28: stories across papers"): two papers' count
updates of one place whose headlines agree on two figures, in digits or in words (three new cases, eight in all),
are one update when dated at most a day apart (``stories.same_figures``; a morning paper prints the day before's
update), however differently the two texts are written. Our own text, in the style of Hindi web briefs."""

from dataclasses import replace
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link.counts import headline_counts
from khabar.link.run import relink
from khabar.link.stories import (
    SIMILARITY_THRESHOLD,
    StoryInput,
    group_stories,
    pair_similarities,
    same_count_pairs,
    same_figures,
)
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store.sqlite import SqliteStore

A_TITLE = "झारखंड में कोरोना के तीन नए मरीज मिले, संक्रमितों की संख्या आठ हुई"
B_TITLE = "रांची / झारखंड में तीन और लोग कोरोना पॉजिटिव, राज्य में कुल आठ संक्रमित"
_A = ("रांची। झारखंड में गुरुवार को कोरोना के तीन नए मरीज मिले और राज्य में संक्रमितों की संख्या आठ हो गई। स्वास्थ्य "
      "सचिव ने बताया कि तीनों मरीज हिंदपीढ़ी इलाके के हैं और पहले मिले मरीज के संपर्क में आए थे। इलाके को सील कर "
      "दिया गया है। " + ("रिम्स के आइसोलेशन वार्ड में सभी मरीजों का इलाज चल रहा है और उनकी हालत स्थिर है। जिला "
                        "प्रशासन ने लोगों से घरों में रहने की अपील की है। ") * 3)
_B = ("राज्य में कोरोना संक्रमितों का आंकड़ा आठ पर पहुंच गया है। हिंदपीढ़ी इलाके से लिए गए नमूनों में से तीन की रिपोर्ट "
      "पॉजिटिव आई है। तीनों पहले मिले मरीज के संपर्क में आए थे। स्वास्थ्य सचिव ने बताया कि इलाके को सील "
      "कर दिया गया है। जिला प्रशासन ने लोगों से घरों में रहने की अपील की है। "
      + ("बोकारो और धनबाद से भेजे गए बाकी नमूनों की रिपोर्ट शुक्रवार तक आने की उम्मीद है। मुख्यमंत्री ने अधिकारियों के "
         "साथ बैठक कर जांच केंद्र बढ़ाने के निर्देश दिए। ") * 2)
# One paper's web update of Thursday and another's print of Friday morning.
A = StoryInput("jh-a", "hi", _A, "2020-04-02", source="paper-a", title=A_TITLE)
B = StoryInput("jh-b", "hi", _B, "2020-04-03", source="paper-b", title=B_TITLE)


def test_a_count_headline_gives_its_figures_in_words_too():
    assert headline_counts(A_TITLE, "hi") == {3.0, 8.0}
    assert headline_counts(B_TITLE, "hi") == {3.0, 8.0}
    assert headline_counts("बिहार में फिर मिले दो केस; आधा दर्जन हुई संक्रमितों की संख्या", "hi") == {2.0, 6.0}
    # "एक" is as often "a" as "one"; a headline that counts nothing gives nothing
    assert headline_counts("झारखंड में एक और मरीज मिला", "hi") == frozenset()
    assert headline_counts("झारखंड में तीन दिन स्कूल बंद रहेंगे", "hi") == frozenset()


def test_two_papers_updates_a_day_apart_with_the_same_two_figures_are_one_update():
    items = [A, B]
    # Written apart, a day apart: their words stay under the bar ...
    assert 0.2 < pair_similarities(items)[(0, 1)] < SIMILARITY_THRESHOLD
    assert same_figures(A, B)
    # ... and the two figures both headlines give join them.
    assert group_stories(items) == [["jh-a", "jh-b"]]


def test_one_shared_figure_another_place_or_two_days_are_no_same_update():
    """Phrases written to see where the rule must not fire."""

    def pairs(a: StoryInput, b: StoryInput, value: float = 0.25) -> list[tuple[float, int, int]]:
        return same_count_pairs([a, b], {(0, 1): value}, [a.day(), b.day()])

    assert pairs(A, B) == [(0.25, 0, 1)]
    # one figure shared (three new cases in both, totals apart): shared by chance
    assert pairs(A, replace(B, title="रांची / झारखंड में तीन और लोग कोरोना पॉजिटिव, राज्य में कुल नौ संक्रमित")) == []
    # another state's update with the same two figures
    assert pairs(A, replace(B, title="पटना / बिहार में तीन और लोग कोरोना पॉजिटिव, राज्य में कुल आठ संक्रमित")) == []
    # two days apart: two updates that repeat a figure
    assert pairs(A, replace(B, date="2020-04-04")) == []
    # a headline that counts no one
    assert pairs(A, replace(B, title="झारखंड में तीन जिलों के आठ इलाके सील")) == []
    # no day known
    assert pairs(replace(A, date=None), replace(B, date=None)) == []
    # words too far apart
    assert pairs(A, B, 0.1) == []


def test_the_link_step_joins_them(tmp_path: Path):
    """Through the store and the link step, as a reader adds the two reports."""
    store = SqliteStore(tmp_path / "s.db")
    for article_id, title, body, day, source in (("jh-a", A_TITLE, _A, "2020-04-02", "paper-a"),
                                                 ("jh-b", B_TITLE, _B, "2020-04-03", "paper-b")):
        article = Article(article_id, body, source=source, title=title, published=day)
        store.save_article(article, analyse(article), article_hash(article))
    relink(store)
    story_of = {a["id"]: a.get("story_id") for a in records(store)["articles"]}
    store.close()
    assert story_of["jh-a"] is not None and story_of["jh-a"] == story_of["jh-b"]
