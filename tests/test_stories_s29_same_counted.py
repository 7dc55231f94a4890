"""Session 29, stories across papers (docs/stories.md, "Session 29: stories across papers"): two papers' count
reports of one place and one day whose headlines lead with a count of a same thing are one update, whatever figure
each paper caught (``stories.same_counted``; a state's health department gives one count a day, and a paper that
prints it at noon and one that prints it at night give two figures of one bulletin). Our own text, in the style of
Hindi web briefs."""

from dataclasses import replace
from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link.counts import lead_counted
from khabar.link.run import relink
from khabar.link.stories import (
    SIMILARITY_THRESHOLD,
    StoryInput,
    group_stories,
    pair_similarities,
    same_count_pairs,
    same_counted,
    same_figures,
)
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store.sqlite import SqliteStore

A_TITLE = "झारखंड में कोरोना के तीन नए मरीज मिले, संक्रमितों की संख्या आठ हुई"
B_TITLE = "रांची / झारखंड में कोरोना संक्रमितों की संख्या 11 पहुंची, हिंदपीढ़ी से मिले सभी मरीज"
_A = ("रांची। झारखंड में गुरुवार को कोरोना के तीन नए मरीज मिले और राज्य में संक्रमितों की संख्या आठ हो गई। स्वास्थ्य "
      "सचिव ने बताया कि तीनों मरीज हिंदपीढ़ी इलाके के हैं और पहले मिले मरीज के संपर्क में आए थे। इलाके को सील कर "
      "दिया गया है। " + ("रिम्स के आइसोलेशन वार्ड में सभी मरीजों का इलाज चल रहा है और उनकी हालत स्थिर है। जिला "
                        "प्रशासन ने लोगों से घरों में रहने की अपील की है। ") * 3)
_B = ("राज्य में कोरोना संक्रमितों का आंकड़ा 11 पर पहुंच गया है। हिंदपीढ़ी इलाके से लिए गए नमूनों में से छह की रिपोर्ट "
      "पॉजिटिव आई है। सभी पहले मिले मरीज के संपर्क में आए थे। जिला प्रशासन ने लोगों से घरों में रहने की अपील की "
      "है। "
      + ("बोकारो और धनबाद से भेजे गए बाकी नमूनों की रिपोर्ट शुक्रवार तक आने की उम्मीद है। मुख्यमंत्री ने अधिकारियों के "
         "साथ बैठक कर जांच केंद्र बढ़ाने के निर्देश दिए। ") * 2)
# Two papers' reports of Thursday: one caught the afternoon's figure (8), the other the night's (11).
A = StoryInput("jh-a", "hi", _A, "2020-04-02", source="paper-a", title=A_TITLE)
B = StoryInput("jh-b", "hi", _B, "2020-04-02", source="paper-b", title=B_TITLE)


def test_what_a_headline_leads_with():
    assert lead_counted(A_TITLE) == {"infected"}
    assert lead_counted(B_TITLE) == {"infected"}
    assert lead_counted("2.बिहार में दो और मरीज मिले, जांच तेज") == {"infected"}  # the item number is no figure
    # a headline that leads with another happening and gives a count after it
    assert lead_counted("लॉकडाउन खुलने पर फैसला 14 अप्रैल के बाद, झारखंड में 11 संक्रमित") == frozenset()
    assert lead_counted("झारखंड में तीन दिन स्कूल बंद रहेंगे") == frozenset()


def test_two_papers_counts_of_one_place_and_day_are_one_update():
    items = [A, B]
    # Written apart: their words stay under the bar, and they share no figure ...
    assert 0.2 < pair_similarities(items)[(0, 1)] < SIMILARITY_THRESHOLD
    assert not same_figures(A, B)
    assert same_counted(A, B)
    # ... and the place and the day of the count join them.
    assert group_stories(items) == [["jh-a", "jh-b"]]


def test_another_place_day_outlet_or_counted_thing_is_no_same_update():
    """Phrases written to see where the rule must not fire."""

    def pairs(a: StoryInput, b: StoryInput, value: float = 0.25) -> list[tuple[float, int, int]]:
        return same_count_pairs([a, b], {(0, 1): value}, [a.day(), b.day()])

    assert pairs(A, B) == [(0.25, 0, 1)]
    # another state's count of that day
    assert pairs(A, replace(B, title="पटना / बिहार में कोरोना संक्रमितों की संख्या 11 पहुंची, सीवान से मिले सभी मरीज")) == []
    # the next day's count is the next update
    assert pairs(A, replace(B, date="2020-04-03")) == []
    # one paper's two pages of the day (its district page and its state page)
    assert pairs(A, replace(B, source="paper-a")) == []
    # the dead against the infected
    assert pairs(A, replace(B, title="रांची / झारखंड में कोरोना से दूसरी मौत, 65 साल के बुजुर्ग ने दम तोड़ा")) == []
    # a headline that leads with another happening
    assert pairs(A, replace(B, title="रांची / हिंदपीढ़ी इलाका सील, झारखंड में संक्रमितों की संख्या 11 पहुंची")) == []
    # no day known
    assert pairs(replace(A, date=None), replace(B, date=None)) == []
    # words too far apart
    assert pairs(A, B, 0.1) == []


def test_the_link_step_joins_them(tmp_path: Path):
    """Through the store and the link step, as a reader adds the two reports."""
    store = SqliteStore(tmp_path / "s.db")
    for article_id, title, body, source in (("jh-a", A_TITLE, _A, "paper-a"), ("jh-b", B_TITLE, _B, "paper-b")):
        article = Article(article_id, body, source=source, title=title, published="2020-04-02")
        store.save_article(article, analyse(article), article_hash(article))
    relink(store)
    story_of = {a["id"]: a.get("story_id") for a in records(store)["articles"]}
    store.close()
    assert story_of["jh-a"] is not None and story_of["jh-a"] == story_of["jh-b"]


def test_two_reports_of_one_place_s_dead_are_left_to_their_words():
    """The dead of one state on one day may be two disasters' (a bus fall and a wall collapse): no bulletin."""
    bus = replace(A, title="हिमाचल में बस खाई में गिरने से 12 लोगों की मौत")
    wall = replace(B, title="शिमला / हिमाचल में बारिश से दीवार गिरने से पांच की मौत")
    assert lead_counted(bus.title or "") == lead_counted(wall.title or "") == {"dead"}
    assert not same_counted(bus, wall)
