"""Two short undated reports of one outlet that share names (the segments of one page: an interview split into its
questions) join on those names (``crosslingual.short_report_pairs`` with ``sources``), last and only while
neither is in a group with a dated report. Our own text, in the style of a Hindi paper's district page."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.link.stories import SIMILARITY_THRESHOLD, StoryInput, group_stories, pair_similarities
from khabar.model import Article

# One district page: a collector answers readers' questions, each answer printed as its own item.
QA_1 = ("सवाल: मुजफ्फरपुर में बाहर से आए कितने लोगों की जांच हुई?\n\nजिलाधिकारी चंद्रशेखर सिंह ने बताया कि "
        "बाहर से लौटे 1240 लोगों की सूची बनी है। सिविल सर्जन शैलेंद्र प्रसाद की टीम एसकेएमसीएच में उनकी जांच "
        "करा रही है। जिन घरों में लोग लौटे हैं, वहां पर्चे चिपकाए गए हैं और पड़ोसियों से सूचना देने को कहा "
        "गया है।")
QA_2 = ("सवाल: गांव में कोई बीमार पड़े तो क्या करें?\n\nचंद्रशेखर सिंह: कांटी और मोतीपुर के लोग हेल्पलाइन पर "
        "फोन करें, एंबुलेंस पहुंचेगी। शैलेंद्र प्रसाद की टीम मरीज को एसकेएमसीएच ले जाएगी। सूची के 1240 "
        "लोगों पर मुजफ्फरपुर प्रशासन की नजर है। घबराने की जरूरत नहीं, दवा और राशन की दुकानें खुली "
        "रहेंगी।")
# Another outlet's item that names the same district and hospital.
OTHER = ("मुजफ्फरपुर में एसकेएमसीएच का नया वार्ड तैयार\n\nमुजफ्फरपुर के एसकेएमसीएच में कांटी और मोतीपुर से आने "
         "वाले मरीजों के लिए नया वार्ड तैयार हुआ। जिलाधिकारी चंद्रशेखर सिंह ने निरीक्षण किया।")


def item(article_id: str, text: str, source: str | None, date: str | None = None) -> StoryInput:
    analysis = analyse(Article(article_id, text, source=source, published=date))
    return StoryInput.of(article_id, analysis, analysis.event_date or date, published=date, source=source)


def test_two_undated_segments_of_one_outlets_page_join_on_their_names():
    first, second = item("q1", QA_1, "Zila Times"), item("q2", QA_2, "Zila Times")
    assert first.day() is None and second.day() is None
    assert pair_similarities([first, second]).get((0, 1), 0.0) < SIMILARITY_THRESHOLD  # words alone fall short
    assert group_stories([first, second]) == [["q1", "q2"]]


def test_undated_short_reports_of_two_outlets_or_of_none_do_not_join_so():
    assert group_stories([item("q1", QA_1, "Zila Times"), item("q2", QA_2, "Other Paper")]) == [["q1"], ["q2"]]
    assert group_stories([item("q1", QA_1, None), item("q2", QA_2, None)]) == [["q1"], ["q2"]]


def test_with_a_dated_report_of_the_page_the_segments_go_to_its_story():
    """The pair rule of one outlet joins groups without a day only, after every other link: here the first
    segment joins another paper's dated print of the same answer by its words, and the second goes to that
    dated story by the attachment rule (its names and figures summed over the story's reports). On the
    bilingual held-out set, two undated excerpts of one outlet about two Modi-Xi meetings each went to their own
    event this way; joined first by their shared names, they had bridged the two (dated B-cubed 0.839 -> 0.812)."""
    dated = item("d1", QA_1, "City Daily", "2026-03-25")
    first, second = item("q1", QA_1, "Zila Times"), item("q2", QA_2, "Zila Times")
    assert group_stories([dated, first, second]) == [["d1", "q1", "q2"]]
    assert group_stories([dated, first, second], attachable=set()) == [["d1", "q1"], ["q2"]]
