"""An undated report linked before its event's dated reports arrive: it joins their story when they come, one
article at a time as in one batch (``step._undated_reports``), and stays there when later reports have the story
decided again. Our own text, in the style of agency copy and Hindi web briefs."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link.run import relink
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store import open_store

# One boat capsizing on the Ganga, reported the same evening by two Hindi papers, and an undated English brief
# whose words cannot meet theirs: its names and figures (Ballia, 14) match each Hindi report too little to join it
# alone, and both together enough (``crosslingual.undated_attachments``).
FERRY_HI = ("बलिया में गंगा नदी में नाव पलटी, 14 लोग लापता\n\nउत्तर प्रदेश के बलिया जिले में मालदेपुर घाट के पास "
            "मंगलवार शाम यात्रियों से भरी एक नाव गंगा नदी में पलट गई। नाव पर 37 लोग सवार थे। एनडीआरएफ और गोताखोरों ने "
            "23 लोगों को बचा लिया, 14 लोग लापता हैं। जिलाधिकारी रवींद्र कुमार ने घटना की जांच के आदेश दिए।")
FERRY_HI_2 = ("मालदेपुर घाट हादसा: नाव में क्षमता से ज्यादा सवारियां थीं, 23 को बचाया गया\n\nबलिया के मालदेपुर घाट पर "
              "मंगलवार शाम हुए नाव हादसे में 37 में से 23 यात्रियों को बचा लिया गया। एनडीआरएफ की टीम 14 लापता लोगों की "
              "तलाश में जुटी है। जिलाधिकारी रवींद्र कुमार ने कहा कि नाविक को हिरासत में लिया गया है।")
FERRY_BRIEF = ("Search resumes for 14 missing after Ballia boat capsize\n\nDivers resumed the search on the Ganga "
               "for 14 passengers missing after a boat overturned in Ballia district.")
# The next morning: a third paper's follow-up (the story is decided again when it is linked).
FERRY_HI_NEXT = ("बलिया नाव हादसा: दूसरे दिन भी 14 लापता लोगों का सुराग नहीं\n\nबलिया के मालदेपुर घाट पर गंगा में नाव "
                 "पलटने के बाद लापता 14 लोगों की तलाश बुधवार को भी जारी रही। एनडीआरएफ के गोताखोरों ने कई किलोमीटर तक "
                 "नदी छानी। परिजनों ने घाट पर प्रदर्शन किया।")
# Another event of the next week in another state, linked after the ferry's story exists.
FIRE_HI = ("जयपुर में कपड़ा गोदाम में आग, दमकल की 12 गाड़ियां पहुंचीं\n\nराजस्थान की राजधानी जयपुर के सांगानेर इलाके में "
           "बुधवार रात एक कपड़ा गोदाम में भीषण आग लग गई। दमकल की 12 गाड़ियों ने चार घंटे में आग पर काबू पाया। कोई "
           "हताहत नहीं हुआ।")


def _story_of(db: str) -> dict[str, str | None]:
    return {a["id"]: a.get("story_id") for a in records(open_store(db))["articles"]}


def _articles() -> list[Article]:
    return [Article("a-brief", FERRY_BRIEF, source="Wire"),  # no date: arrives first
            Article("b-hi", FERRY_HI, source="Hindi Daily", published="2026-06-16"),
            Article("c-hi", FERRY_HI_2, source="Other Daily", published="2026-06-16"),
            Article("d-next", FERRY_HI_NEXT, source="Third Daily", published="2026-06-17"),
            Article("e-fire", FIRE_HI, source="Hindi Daily", published="2026-06-24")]


def test_an_undated_report_that_came_first_joins_its_event_when_the_reports_arrive(tmp_path) -> None:
    articles = _articles()
    batch = open_store(str(tmp_path / "batch.db"))
    for article in articles:
        batch.save_article(article, analyse(article), article_hash(article))
    relink(batch)
    batch.close()
    together = _story_of(str(tmp_path / "batch.db"))
    assert together["a-brief"] == together["b-hi"] == together["c-hi"] == together["d-next"] != together["e-fire"]

    one = open_store(str(tmp_path / "one.db"))
    seen = {}
    for article in articles:
        one.save_article(article, analyse(article), article_hash(article))
        relink(one, changed={article.id})
        seen[article.id] = dict(_story_of(str(tmp_path / "one.db")))
    one.close()
    assert seen["b-hi"]["a-brief"] != seen["b-hi"]["b-hi"]  # one report of the event is too little
    assert seen["c-hi"]["a-brief"] == seen["c-hi"]["b-hi"] == seen["c-hi"]["c-hi"]
    # the next day's report has the story decided again: the brief stays in it (before, it fell out)
    assert _story_of(str(tmp_path / "one.db")) == together
