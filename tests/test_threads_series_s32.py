"""Session 32: a story told in series (reports in waves on days apart) is a thread on its own."""

from __future__ import annotations

from pathlib import Path

from khabar.analyse.pipeline import analyse
from khabar.link.run import relink
from khabar.link.threads import SERIES_DAYS, told_in_series
from khabar.model import Article
from khabar.run.local import article_hash
from khabar.store.sqlite import SqliteStore


def test_two_crowded_days_apart_are_a_series_and_a_lone_late_report_is_not():
    assert told_in_series(["2024-06-12", "2024-06-12T09:00:00", "2024-06-14", "2024-06-14"])
    assert told_in_series(["2024-06-28", "2024-06-28", "2024-07-04", "2024-07-04", None])
    # one happening's day and the next: its own coverage
    assert not told_in_series(["2024-06-12", "2024-06-12", "2024-06-13", "2024-06-13"])
    # a crowded day, then one report a day (an analysis, an explainer)
    assert not told_in_series(["2023-12-04", "2023-12-04", "2023-12-05", "2023-12-06"])
    assert not told_in_series([None, None, None, None])
    # an undated report gives the (month, day) its text tells
    assert told_in_series([(6, 12), (6, 12), (6, 14), "2024-06-14T08:00:00"])
    assert not told_in_series([(6, 12), (6, 12), (6, 13), (6, 13), (2, 30)])
    assert SERIES_DAYS == 2


BODY = ("नागपुर। शहर के धरमपेठ इलाके में कपड़ा गोदाम में लगी आग में मरने वालों की संख्या {n} हो गई है। "
        "दमकल अधिकारी राजेश खोबरागड़े ने बताया कि गोदाम मालिक सुरेश वानखेड़े के खिलाफ मामला दर्ज किया गया है। "
        "महापौर अनीता भोंसले ने {day} को घायलों से मुलाकात की और मुआवजे का एलान किया। {extra}")
EXTRAS = ["धरमपेठ के व्यापारियों ने दुकानें बंद रखीं।", "घायलों का इलाज मेयो अस्पताल में चल रहा है।",
          "गोदाम में अग्निशमन के इंतजाम नहीं थे।", "पुलिस ने वानखेड़े के भाई से भी पूछताछ की।"]


def _reports(days: list[str]) -> list[Article]:
    out = []
    for k, day in enumerate(days):
        title = f"धरमपेठ गोदाम आग: मृतकों की संख्या {10 + k} हुई"
        text = BODY.format(n=10 + k, day=day, extra=EXTRAS[k % len(EXTRAS)])
        out.append(Article(id=f"r{k}", text=f"{title}\n\n{text}", title=title, source=f"Paper {k}",
                           published=f"{day}T10:00:00"))
    return out


def _stories(tmp_path: Path, days: list[str]) -> list:
    store = SqliteStore(tmp_path / "series.db")
    for article in _reports(days):
        store.save_article(article, analyse(article), article_hash(article))
    relink(store)
    return store.stories()


def test_a_story_whose_reports_come_in_two_waves_days_apart_is_a_thread_alone(tmp_path: Path):
    stories = _stories(tmp_path, ["2024-03-01", "2024-03-01", "2024-03-04", "2024-03-04"])
    # the story step keeps the four reports together; the thread step reads their two waves
    assert len(stories) == 1 and stories[0].thread_id is not None


def test_a_story_of_one_day_and_the_next_has_no_thread_alone(tmp_path: Path):
    stories = _stories(tmp_path, ["2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02"])
    assert len(stories) == 1 and stories[0].thread_id is None


def test_a_series_crawled_one_report_at_a_time_keeps_one_thread(tmp_path: Path):
    """As a daily crawl adds them: the story gets its thread when the second wave's second report arrives, and a
    later report keeps the same thread."""
    store = SqliteStore(tmp_path / "crawl.db")
    threads = []
    for article in _reports(["2024-03-01", "2024-03-01", "2024-03-04", "2024-03-04", "2024-03-05"]):
        store.save_article(article, analyse(article), article_hash(article))
        relink(store, changed={article.id})
        threads.append([s.thread_id for s in store.stories()])
    assert threads[2] == [None]
    assert len(threads[3]) == 1 and threads[3][0] is not None and threads[4] == threads[3]
    assert [t.story_ids for t in store.threads_of_stories({s.id for s in store.stories()})] == [
        [s.id for s in store.stories()]]
