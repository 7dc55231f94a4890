"""Articles given as {id, url, text}: the URL's date, then the text's own day of writing, anchor relative dates.

The URLs are written for these tests in the patterns Hindi and English news sites use (none is a real article);
the texts are our own real-style Hindi news sentences.
"""

from __future__ import annotations

import pytest

from khabar.analyse.metadata import id_date, url_date
from khabar.analyse.pipeline import analyse
from khabar.analyse.timex_resolve import ANCHOR_RANK
from khabar.model import Article

# (url, the publication day it carries or None)
URL_DATES = [
    # /yyyy/mm/dd/ and yyyy-mm-dd in the path or the slug
    ("https://www.jansatta-example.com/rajya/lockdown-badha/2020/03/25/", "2020-03-25"),
    ("https://www.example-samachar.in/desh/2021/11/4/diwali-pradushan.html", "2021-11-04"),
    ("https://www.indiatv-example.in/india/national-corona-lockdown-news-2020-03-25-700123", "2020-03-25"),
    ("https://www.reuters-example.com/world/india/india-extends-lockdown-2020-04-14/", "2020-04-14"),
    ("https://edition.example-cnn.com/2020/03/25/asia/india-lockdown/index.html", "2020-03-25"),
    ("https://www.example-jazeera.com/news/2020/3/25/india-lockdown", "2020-03-25"),
    ("https://hindi.example-news.com/rajya/2019-12-31/naye-saal-ki-taiyari", "2019-12-31"),
    # a month name in the path (The Guardian)
    ("https://www.example-guardian.com/world/2020/mar/25/india-lockdown-coronavirus", "2020-03-25"),
    ("https://www.example-guardian.com/world/2023/sept/13/putin-kim-meeting", "2023-09-13"),
    # year-month then day, year then month-day (Xinhua, People's Daily)
    ("http://www.example-xinhua.com/hindi/2020-03/25/c_138917123.htm", "2020-03-25"),
    ("http://hindi.example-people.cn/n3/2020/0325/c90000-9672123.html", "2020-03-25"),
    # a compact date between separators
    ("https://www.example-dainik.com/news/20200325/lockdown-ka-pehla-din.html", "2020-03-25"),
    ("https://www.example-dainik.com/news/lockdown-ka-pehla-din-20200325.html", "2020-03-25"),
    ("https://www.example-akhbar.com/rajniti/chunav_20240604_nateeje", "2024-06-04"),
    # article ids that carry a date: 1 + yymmdd + five digits (Business Standard, Webdunia)
    ("https://hindi.example-standard.com/article/economy/lockdown-aarthik-package-120032500812_1.html", "2020-03-25"),
    ("https://hindi.example-dunia.com/national-hindi-news/corona-lockdown-120032500034_1.html", "2020-03-25"),
    # 10 or 1 + epoch milliseconds (Hindustan Times, Mint): 1616387445530 ms is 22 March 2021, 9.60 IST
    ("https://www.example-times.com/india-news/covid-second-wave-101616387445530.html", "2021-03-22"),
    ("https://www.example-mint.com/news/india/vaccine-drive-11616387445530.html", "2021-03-22"),
    # a date in words in the slug (live pages, daily updates)
    ("https://www.example-ndtv.com/india-news/coronavirus-march-25-2020-live-updates-2201234", "2020-03-25"),
    ("https://example-zee.com/hindi/india/corona-update-25-march-2020/658123", "2020-03-25"),
    ("https://example-express.com/article/india/covid-19-cases-mar-25-2020-6329999/", "2020-03-25"),
    ("https://example-site.com/news/lockdown-31-feb-2020-rumour/", None),  # no such day
    ("https://example-site.com/news/marching-25-2020-teams/", None),  # not a month word
    ("https://example-site.com/tech/top-10-may-2020", None),  # a count, then a month
    # no date: ids, numbers that are no valid date, query strings and fragments left out
    ("https://www.example-ndtv.com/india-news/coronavirus-lockdown-2199123", None),
    ("https://example-nbt.indiatimes.com/india/lockdown/articleshow/74812345.cms", None),
    ("https://www.example-bbc.com/hindi/india-52012345", None),
    ("https://www.example-jagran.com/news/national-lockdown-20123456.html", None),  # 2012-34-56 is no date
    ("https://www.example-bhaskar.com/news/lockdown-2020032512345.html", None),  # digits run on: an id
    ("https://www.example-news18.com/news/india/lockdown-2547123.html", None),
    ("https://www.example-hindu.com/news/national/article31160123.ece", None),
    ("https://www.example-site.com/news/story.html?utm=20200325", None),
    ("https://www.example-site.com/2090/01/01/future-story/", None),  # in the future: no publication date
    ("https://www.example-site.com/1980/01/01/archive/", None),  # before news sites
]


@pytest.mark.parametrize("url,day", URL_DATES)
def test_url_dates(url, day):
    assert url_date(url) == day


def _timexes(text: str, url: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(Article(id="t", text=text, url=url))
    return {t.text: (t.value, t.anchor) for t in a.timexes}


LOCKDOWN = ("दिल्ली में आज सभी बाजार बंद रहे। मंगलवार को प्रधानमंत्री ने 21 दिन के लॉकडाउन की घोषणा की थी। "
            "मुख्यमंत्री ने कहा कि इस साल बोर्ड परीक्षाएं टाली जाएंगी और 15 अप्रैल तक स्कूल बंद रहेंगे। "
            "कल से राशन की दुकानें खुलेंगी।")


def test_a_url_date_anchors_relative_dates_below_a_publication_date():
    url = "https://www.indiatv-example.in/india/national-lockdown-news-2020-03-25-700123"
    found = _timexes(LOCKDOWN, url)
    assert found["आज"] == ("2020-03-25", "url")
    assert found["मंगलवार"] == ("2020-03-24", "url")
    assert found["इस साल"] == ("2020", "url")
    assert found["15 अप्रैल"] == ("2020-04-15", "url")
    assert found["कल"] == ("2020-03-26", "url")  # future clause: tomorrow
    a = analyse(Article(id="t", text=LOCKDOWN, url=url))
    assert (a.published, a.published_from) == ("2020-03-25", "url")
    # the source's own date wins over the URL's, and is named as the better anchor
    given = analyse(Article(id="t", text=LOCKDOWN, url=url, published="2020-03-26"))
    assert {t.text: t.anchor for t in given.timexes}["आज"] == "published"
    assert ANCHOR_RANK.index("published") < ANCHOR_RANK.index("url") < ANCHOR_RANK.index("today in text")


# (id, the day it names or None): archives and crawlers name records and files by their day
ID_DATES = [
    ("AU-2020-04-13-02", "2020-04-13"),
    ("DJ-2020-03-22", "2020-03-22"),
    ("2020_04_13_jagran_lockdown", "2020-04-13"),
    ("bhaskar.2021.11.4.diwali", "2021-11-04"),
    ("report-20200413", "2020-04-13"),
    ("20200413-hindustan-07", "2020-04-13"),
    # no date: hashes, numbers that run on, two different days, impossible or implausible days
    ("a1b2c3d4e5f6", None),
    ("f20200315a", None),  # inside a run of letters and digits (a hexadecimal hash)
    ("000_0f909a09e321218d", None),
    ("12020031512", None),
    ("x-2020-13-01", None),
    ("2020-04-13-vs-2020-04-14", None),
    ("2090-01-01-future", None),
    ("hi_ceasefire_a", None),
    ("2020-04-13-and-2020-04-13", "2020-04-13"),  # one day named twice
]


@pytest.mark.parametrize("article_id,day", ID_DATES)
def test_id_dates(article_id, day):
    assert id_date(article_id) == day


def test_an_id_date_anchors_relative_dates_below_every_date_the_page_gives():
    found = analyse(Article(id="NT-2020-03-25-04", text=LOCKDOWN))
    assert (found.published, found.published_from) == ("2020-03-25", "id")
    values = {t.text: (t.value, t.anchor) for t in found.timexes}
    assert values["मंगलवार"] == ("2020-03-24", "id") and values["कल"] == ("2020-03-26", "id")
    # a URL's date and a date line of the page come first
    url = "https://www.indiatv-example.in/india/national-lockdown-news-2020-03-24-700123"
    assert analyse(Article(id="NT-2020-03-25-04", text=LOCKDOWN, url=url)).published_from == "url"
    dated_page = analyse(Article(id="NT-2020-03-25-04", text="अपडेट: 26 मार्च 2020\n" + LOCKDOWN))
    assert (dated_page.published, dated_page.published_from) == ("2020-03-26", "update line")
    assert ANCHOR_RANK.index("update line") < ANCHOR_RANK.index("id") < ANCHOR_RANK.index("today in text")


# (text, expression, value, anchor): the text's own day of writing, no URL, no publication date
TEXT_ANCHORS = [
    # आज joined to a date
    ("देश में आज यानी 25 मार्च 2020 से लॉकडाउन लागू हो गया। मंगलवार को प्रधानमंत्री ने इसकी घोषणा की थी।",
     "मंगलवार", "2020-03-24", "today in text"),
    ("भोपाल में आज 14 नवंबर 2023 को दीपावली के बाद हवा खराब रही। कल रात पटाखे चले थे।",
     "कल रात", "2023-11-13", "today in text"),
    ("नई दिल्ली। आज यानी बुधवार, 25 मार्च को देशभर में लॉकडाउन का पहला दिन है। यह फैसला 2020 में सबसे बड़ा है।",
     "आज", "2020-03-25", "today in text"),
    # a weekday and a date that agree, in a year the text names
    ("लखनऊ। प्रदेश में शुक्रवार (27 मार्च) को 10 नए मामले मिले। गुरुवार को पांच मामले सामने आए थे। 2020 में पहली "
     "बार इतने मामले एक दिन में आए।", "गुरुवार", "2020-03-26", "weekday and date"),
    ("पटना। 12 अक्टूबर, सोमवार को बिहार में पहले चरण का प्रचार तेज हुआ। रविवार को राहुल गांधी ने रैली की थी। "
     "2020 के चुनाव में 243 सीटें हैं।", "रविवार", "2020-10-11", "weekday and date"),
    # a full date the text also names by its weekday (or the day before)
    ("मुंबई। 2 मई 2020 को राज्य में 790 नए मामले आए। शुक्रवार को 1008 मामले आए थे।",
     "शुक्रवार", "2020-05-01", "date in text"),
    # a live blog's update stamps
    ("कोरोना लाइव अपडेट\nMon, Mar 9, 2020, 9:01 AM IST\nकेरल में सोमवार को तीन नए मामले मिले। रविवार को पांच "
     "मामले दर्ज हुए थे।", "रविवार", "2020-03-08", "date in text"),
]


@pytest.mark.parametrize("text,expression,value,anchor", TEXT_ANCHORS)
def test_the_text_gives_its_own_day_of_writing(text, expression, value, anchor):
    assert _timexes(text)[expression] == (value, anchor)


# Texts whose dates say nothing about the day of writing: their weekdays stay unresolved (spans kept).
NO_TEXT_ANCHOR = [
    # a deadline and a period's bounds
    ("राजस्थान में 31 मार्च 2020 तक स्कूल बंद रहेंगे। मंगलवार को मुख्यमंत्री ने बैठक की।", "मंगलवार"),
    ("दफ्तर 23 मार्च 2020 से बंद रहेंगे। सोमवार को आदेश जारी हुआ।", "सोमवार"),
    # a full date without its weekday anywhere: an event, not the week of writing
    ("वुहान में पहला मामला 8 दिसंबर 2019 को मिला था। बुधवार को विशेषज्ञों ने यह जानकारी दी।", "बुधवार"),
    # a weekday and a date with no year in the text: the pair repeats every few years
    ("शुक्रवार (27 मार्च) को 10 नए मामले मिले। गुरुवार को पांच मामले थे।", "गुरुवार"),
    # related links' dates, alone on their lines
    ("सोमवार को मंडी में गेहूं की आवक बढ़ी।\nये भी पढ़ें\nप्याज के दाम बढ़े\n29 मई 2020\nसोने में तेजी\n29 मई 2020",
     "सोमवार"),
    # आज next to a future date is no apposition
    ("आज सरकार ने कहा कि 15 अगस्त 2024 को नई योजना शुरू होगी। मंगलवार को कैबिनेट बैठक हुई थी।", "मंगलवार"),
]


@pytest.mark.parametrize("text,expression", NO_TEXT_ANCHOR)
def test_dates_that_do_not_date_the_writing_anchor_nothing(text, expression):
    assert _timexes(text)[expression] == (None, None)


# A future clause and a date just past: this year's, not the next (publication date given).
JUST_PAST = [
    ("यह फैसला 13 मार्च से लागू होगा।", "2020-03-22", "13 मार्च", "2020-03-13"),
    ("तीन से आठ मार्च के बीच होने वाले जर्मन ओपन को रद्द कर दिया जाएगा।", "2020-03-10", "आठ मार्च", "2020-03-08"),
    # the date's own past participle (`को हुई`, `से लागू हुए`) makes it past whatever the main verb says
    ("24 मार्च से लागू हुए लॉकडाउन का तीसरा चरण शुरू हो जायेगा।", "2020-05-02", "24 मार्च", "2020-03-24"),
    ("चार मार्च को हुई बैठक में फेयर पर फैसला होगा।", "2020-03-13", "चार मार्च", "2020-03-04"),
    # still ahead when it is ahead, or more than two weeks past
    ("स्कूल 31 मार्च तक बंद रहेंगे।", "2020-03-19", "31 मार्च", "2020-03-31"),
    ("राज्य में 31 मार्च तक बढ़ा दिया गया लॉकडाउन आगे भी जारी रहेगा।", "2020-03-19", "31 मार्च", "2020-03-31"),
    ("अगला सत्र 2 फरवरी से शुरू होगा।", "2020-03-25", "2 फरवरी", "2021-02-02"),
    # a month just ended, up to two weeks ago
    ("जरूरत पड़ी तो अप्रैल का भुगतान भी कर दिया जाएगा।", "2020-05-06", "अप्रैल", "2020-04"),
    ("दिसंबर का वेतन जल्द दिया जाएगा।", "2021-01-05", "दिसंबर", "2020-12"),
    ("अप्रैल का भुगतान भी कर दिया जाएगा।", "2020-05-20", "अप्रैल", "2021-04"),
    ("मार्च में चुनाव होंगे।", "2020-04-25", "मार्च", "2021-03"),
]


@pytest.mark.parametrize("text,published,expression,value", JUST_PAST)
def test_a_date_just_past_in_a_future_clause_is_this_year_s(text, published, expression, value):
    a = analyse(Article(id="t", text=text, published=published))
    assert {t.text: t.value for t in a.timexes}[expression] == value
