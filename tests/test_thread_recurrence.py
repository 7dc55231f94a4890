"""A headline that counts its happening (for a third time, दूसरी बार) reports a new instance of a recurring event:
the same actors years earlier are another affair, whatever year its report recalls to count them."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link.run import relink
from khabar.link.threads import ThreadEntity, ThreadInput, _unrecalled, recurring_headline
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store.sqlite import SqliteStore


def test_a_headline_that_counts_its_happening_recurs():
    assert recurring_headline(["शिंदे तीसरी बार बने मुख्यमंत्री, राजभवन में ली शपथ"])
    assert recurring_headline(["Chief minister sworn in for a third time at a packed stadium"])
    assert recurring_headline(["Leader wins second term after a close count"])
    assert recurring_headline(["दो साल में दूसरी बार स्वास्थ्य आपातकाल घोषित"])
    assert recurring_headline(["Nothing here", "संसद में दूसरी बार पेश हुआ विधेयक"])  # any of a story's headlines
    # what must not fire: a first time, a second day or night of one event, a second match of one series
    assert not recurring_headline(["पहली बार चांद के दक्षिणी ध्रुव पर उतरा यान"])
    assert not recurring_headline(["शहर में दूसरे दिन भी जलभराव, बिजली गुल"])
    assert not recurring_headline(["Residents spend a second night without power"])
    assert not recurring_headline(["India win the second Test by six wickets"])
    assert not recurring_headline(["Term ends for the second batch of trainees"])
    assert not recurring_headline(["कैथेड्रल पांच साल बाद फिर खुला, आग के बाद मरम्मत पूरी"])  # a reopening: a follow-up
    assert not recurring_headline([])


def _pair(recurs: bool) -> list[ThreadInput]:
    cast = [ThreadEntity("e1", "PER", "A"), ThreadEntity("e2", "PER", "B")]
    return [ThreadInput("s1", "2019-11-23", cast), ThreadInput("s2", "2024-12-05", cast, recalls=frozenset({2019}),
                                                                 recurs=recurs)]


def test_a_recurring_story_does_not_follow_the_year_it_recalls():
    first, second = np.array([0]), np.array([1])
    assert not _unrecalled(_pair(False), first, second)[0]  # recalls 2019: a follow-up, as before
    assert _unrecalled(_pair(True), first, second)[0]  # counts itself the third: a new instance


def _threads(tmp_path: Path, name: str, rows: list[tuple[str, str, str, str]]) -> dict[str, str | None]:
    store = SqliteStore(tmp_path / f"{name}.db")
    for article_id, published, title, body in rows:
        article = Article(id=article_id, text=f"{title}\n\n{body}", title=title, source=article_id.split("-")[0],
                          published=published)
        store.save_article(article, analyse(article), article_hash(article))
    relink(store)
    export = records(store)
    store.close()
    thread = {s["id"]: s.get("thread_id") for s in export["stories"]}
    return {a["id"]: thread.get(a.get("story_id")) for a in export["articles"]}


def test_the_same_leaders_years_apart_meeting_for_the_third_time_are_another_affair(tmp_path: Path):
    """Two prime ministers meet in Delhi in March 2022 (a report, and one two days later), and in Tokyo in 2024,
    whose report recalls the 2022 summit. With a headline that says only where they met, the 2024 report follows
    the 2022 affair (the recall, as before); with one that counts the meeting ("तीसरी बार"), it is a new one."""
    delhi = ("नई दिल्ली में शनिवार को प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री फुमियो किशिदा के बीच बातचीत हुई। "
             "दोनों देशों ने बंदरगाहों और रेल लाइनों के विकास के लिए एक साझा कोष बनाने पर सहमति जताई। किशिदा ने "
             "कहा कि जापान की कंपनियां भारत के पूर्वी तट पर नए कारखाने लगाएंगी। मोदी ने जापानी निवेशकों का स्वागत किया।")
    after = ("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को कहा कि फुमियो किशिदा के दौरे के बाद भारत और जापान के बीच "
             "व्यापार बढ़ेगा। जापान के प्रधानमंत्री किशिदा ने दिल्ली से लौटते समय कोष की पहली किस्त जारी करने की घोषणा की।")
    tokyo = ("टोक्यो में मंगलवार को प्रधानमंत्री नरेंद्र मोदी ने जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की। "
             "दोनों नेताओं ने समुद्री सुरक्षा, सेमीकंडक्टर और छात्रों के आदान-प्रदान पर बात की। किशिदा ने कहा कि "
             "दोनों देश अगले साल एक संयुक्त नौसैनिक अभ्यास करेंगे। दोनों नेताओं ने मार्च 2022 की दिल्ली वार्ता में "
             "बने साझा कोष की प्रगति की भी समीक्षा की।")
    first = ("a-delhi", "2022-03-19", "मोदी और किशिदा की दिल्ली में बातचीत, बंदरगाहों के लिए बनेगा साझा कोष", delhi)
    follow = ("b-delhi", "2022-03-21", "किशिदा के दौरे के बाद बढ़ेगा व्यापार, मोदी ने किया स्वागत", after)
    plain = ("c-tokyo", "2024-04-16", "टोक्यो में मोदी-किशिदा मुलाकात, समुद्री सुरक्षा पर बात", tokyo)
    counted = ("c-tokyo", "2024-04-16", "मोदी और किशिदा तीसरी बार आमने-सामने, टोक्यो में समुद्री सुरक्षा पर बात", tokyo)

    recalled = _threads(tmp_path, "plain", [first, follow, plain])
    assert recalled["a-delhi"] is not None and recalled["a-delhi"] == recalled["b-delhi"] == recalled["c-tokyo"]
    recurring = _threads(tmp_path, "counted", [first, follow, counted])
    assert recurring["a-delhi"] is not None and recurring["a-delhi"] == recurring["b-delhi"]
    assert recurring["c-tokyo"] != recurring["a-delhi"]
