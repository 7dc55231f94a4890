from conftest import run_khabar
from khabar.analyse.pipeline import analyse
from khabar.link.event_dates import Dated, date_from_other_articles, distinctive_phrases
from khabar.model import Article
from khabar.store.sqlite import SqliteStore

UNDATED = ("नेपाल और भारत ने काठमांडू में हिमालयी जलविद्युत समझौते पर हस्ताक्षर किए। "
           "अधिकारियों के अनुसार हिमालयी जलविद्युत समझौते से दोनों देशों को बिजली मिलेगी। "
           "नेपाल ने 12 साल पहले भी ऐसी ही बातचीत शुरू की थी।")


def dated(article_id: str, text: str, published: str | None = None) -> Dated:
    analysis = analyse(Article(id=article_id, text=text, published=published))
    return Dated(article_id, text, analysis)


def test_rare_recurring_phrases_are_distinctive_and_common_ones_are_not():
    phrases = distinctive_phrases([dated("u", UNDATED)])
    assert ("हिमालयी", "जलविद्युत", "समझौते") in phrases
    assert ("दोनों", "देशों") not in phrases


def test_other_articles_date_the_event_when_two_agree():
    story = [dated("u", UNDATED)]
    a = dated("a", "मार्च 2023 में हिमालयी जलविद्युत समझौते पर हस्ताक्षर के बाद से काम तेज हुआ है।", "2024-01-10")
    b = dated("b", "दोनों देशों ने मार्च 2023 में हिमालयी जलविद्युत समझौते पर दस्तखत किए थे।", "2024-02-01")
    c = dated("c", "जून 2021 में सीमा व्यापार समझौता हुआ था।", "2024-02-01")
    assert date_from_other_articles(story, [a, b, c]) == "2023-03"
    assert date_from_other_articles(story, [a, c]) is None  # one article is not enough
    d = dated("d", "अप्रैल 2022 में हिमालयी जलविद्युत समझौते की घोषणा हुई थी।", "2024-01-10")
    e = dated("e", "हिमालयी जलविद्युत समझौते पर अप्रैल 2022 में बात शुरू हुई।", "2024-01-10")
    assert date_from_other_articles(story, [a, b, d, e]) is None  # a tie between two months dates nothing


def test_a_quarter_is_no_month_vote():
    story = [dated("u", UNDATED)]
    a = dated("a", "साल 2022 की तीसरी तिमाही में हिमालयी जलविद्युत समझौते पर काम हुआ।", "2024-01-10")
    b = dated("b", "हिमालयी जलविद्युत समझौते पर 2022 की तीसरी तिमाही में बात हुई।", "2024-02-01")
    assert "2022-Q3" in {t.value for x in (a, b) for t in x.analysis.timexes}
    assert date_from_other_articles(story, [a, b]) is None  # 2022-Q3 is not a month


def test_the_link_step_resolves_coarse_relative_dates_against_that_month(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "undated.txt").write_text(UNDATED, encoding="utf-8")
    # Two later articles about other events recall the signing with its month.
    (src / "a.txt").write_text(
        "आखरी अपडेट: 10 जनवरी, 2024\nपोखरा में पर्यटन मेले का उद्घाटन हुआ जिसमें सैकड़ों होटल व्यवसायी, "
        "पर्वतारोहण कंपनियां और हस्तशिल्प विक्रेता पहुंचे। मेले में ट्रेकिंग मार्गों, होमस्टे और स्थानीय व्यंजनों "
        "पर विशेष प्रदर्शनी लगी। मार्च 2023 में हिमालयी जलविद्युत समझौते पर हस्ताक्षर के बाद बिजली की आपूर्ति सुधरी "
        "है, जिससे होटलों का खर्च घटा है।", encoding="utf-8")
    (src / "b.txt").write_text(
        "आखरी अपडेट: 1 मई, 2024\nलोकसभा में रेल बजट पर चर्चा के दौरान सांसदों ने नई ट्रेनों, स्टेशनों के आधुनिकीकरण "
        "और माल ढुलाई गलियारों की मांग रखी। रेल मंत्री ने वंदे भारत ट्रेनों के विस्तार की योजना बताई। एक सांसद ने "
        "याद दिलाया कि मार्च 2023 में हिमालयी जलविद्युत समझौते पर दस्तखत हुए थे और सीमावर्ती रेल लाइन की जरूरत है।",
        encoding="utf-8")
    db = tmp_path / "k.db"
    assert run_khabar("ingest", str(src), db=db).returncode == 0
    store = SqliteStore(db)
    story = next(s for s in store.stories() if "undated" in s.article_ids)
    assert story.date == "2023-03"
    row = store.db.execute("SELECT value, anchor FROM timexes WHERE article_id = 'undated'").fetchone()
    assert tuple(row) == ("2011", "story")
