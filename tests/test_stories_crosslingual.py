"""Cross-language stories: a Hindi and an English report of the same event are one story; reports of different
events that name the same leaders, or only the same country, stay apart."""

from pathlib import Path

import pytest

from conftest import EXAMPLES, copy_db
from khabar.analyse.pipeline import analyse
from khabar.link.crosslingual import (
    ENTITY_BAR,
    STRONG_ENTITY,
    article_names,
    evidence,
    name_of,
    names_match,
)
from khabar.link.stories import StoryInput, group_stories
from khabar.model import Article
from khabar.store.sqlite import SqliteStore

QUAKE_HI = ("इंडोनेशिया में भूकंप से 1,240 घर क्षतिग्रस्त\n\nजकार्ता। इंडोनेशिया के सुलावेसी द्वीप पर मंगलवार को आए "
            "भूकंप से 1,240 घर क्षतिग्रस्त हो गए। राष्ट्रीय आपदा एजेंसी के प्रवक्ता अब्दुल मुहारी ने बताया कि पालू शहर "
            "में सबसे ज्यादा नुकसान हुआ है।\n\nराष्ट्रपति प्रबोवो सुबियांतो ने राहत कार्यों की समीक्षा के लिए पालू का "
            "दौरा किया। मुहारी ने कहा कि 37 लोग घायल हुए हैं।")
QUAKE_EN = ("Earthquake damages 1,240 homes in Indonesia\n\nJAKARTA - An earthquake struck Sulawesi island on "
            "Tuesday, damaging 1,240 homes, disaster agency spokesman Abdul Muhari said. The city of Palu was the "
            "worst hit.\n\nPresident Prabowo Subianto visited Palu to review relief work. Muhari said 37 people "
            "were injured.")
# Another Hindi report of the quake, worded so that words alone do not join it to the first.
QUAKE_HI_2 = ("सुलावेसी: सेना ने तंबू लगाए\n\nअब्दुल मुहारी के मुताबिक पालू शहर में 1,240 मकान टूटे। प्रबोवो सुबियांतो "
              "ने सैनिकों को तंबू और खाना पहुंचाने का आदेश दिया है।")
# Two Putin-Kim summits: the same leaders, ministers and capitals, a year apart.
SUMMIT_2025_HI = ("पुतिन और किम की वोस्तोचनी में मुलाकात\n\nरूस के राष्ट्रपति व्लादिमीर पुतिन ने वोस्तोचनी "
                  "कॉस्मोड्रोम में उत्तर कोरिया के नेता किम जोंग-उन से मुलाकात की। विदेश मंत्री सर्गेई लावरोव भी "
                  "बैठक में मौजूद रहे। किम ने कहा कि प्योंगयांग मॉस्को के साथ खड़ा है।")
SUMMIT_2026_EN = ("Putin and Kim meet again in Pyongyang\n\nRussian President Vladimir Putin met North Korean leader "
                  "Kim Jong Un in Pyongyang, where the two signed an agreement on railway links. Foreign Minister "
                  "Sergei Lavrov said Moscow would send 200 engineers.")
# Another Putin-Kim event, dated, in other words: the treaty ratified.
TREATY_EN = ("Treaty ratified as Pyongyang and Moscow deepen military ties\n\nNorth Korean leader Kim Jong Un and "
             "Russian President Vladimir Putin exchanged ratification documents for a mutual defence treaty, state "
             "media reported. Foreign Minister Sergei Lavrov said the agreement would be registered with the United "
             "Nations. Analysts in Tokyo warned that artillery shells and ballistic missiles had already crossed the "
             "border by rail, and that sanctions monitors had lost access to the port of Rajin. Insurance premiums "
             "for cargo ships in the Sea of Japan rose sharply after the announcement.")
# A phone call and a visit in the same week, between the same two leaders.
CALL_HI = ("मोदी ने ट्रंप से फोन पर बात की\n\nनई दिल्ली। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को अमेरिकी राष्ट्रपति "
           "डोनाल्ड ट्रंप से फोन पर बात की। दोनों नेताओं ने भारत और अमेरिका के बीच व्यापार को 500 अरब डॉलर "
           "तक ले जाने पर चर्चा की। मोदी ने कहा कि बातचीत अच्छी रही।")
VISIT_EN = ("Trump arrives in India for a two-day visit\n\nAHMEDABAD - U.S. President Donald Trump arrived in India "
            "on Thursday and was received by Prime Minister Narendra Modi at the airport. Trump addressed a crowd at "
            "a cricket stadium in Ahmedabad before flying to Agra. The two sides aim to raise trade to 500 billion "
            "dollars.")
# The same country, the same day, two events.
NEPAL_FLOOD_HI = ("नेपाल में बाढ़ से 48 लोगों की मौत\n\nकाठमांडू। नेपाल में भारी बारिश के बाद आई बाढ़ में 48 लोगों की "
                  "मौत हो गई। गृह मंत्रालय के प्रवक्ता ऋषिराम तिवारी ने बताया कि कोशी नदी का जलस्तर बढ़ रहा है।")
NEPAL_CRICKET_EN = ("Nepal beat the Netherlands in a thriller\n\nDALLAS - Nepal beat the Netherlands by 48 runs on "
                    "Sunday. Captain Rohit Paudel scored a fifty and spinner Sandeep Lamichhane took three wickets.")


def story_input(article_id: str, text: str, date: str | None) -> StoryInput:
    analysis = analyse(Article(article_id, text, published=date))
    return StoryInput.of(article_id, analysis, analysis.event_date or date)


def test_names_meet_across_scripts_by_phonetic_key():
    for hindi, english in [("व्लादिमीर पुतिन", "Vladimir Putin"), ("ज़ेलेंस्की", "Zelensky"),
                           ("हिमंत बिस्वा सरमा", "Himanta Biswa Sarma"), ("कीर स्टार्मर", "Keir Starmer")]:
        assert names_match(name_of("PER", hindi).skeleton, name_of("PER", english).skeleton), (hindi, english)
    assert names_match(name_of("PER", "Putin").skeleton, name_of("PER", "Vladimir Putin").skeleton)
    assert not names_match(name_of("PER", "Kim Yo Jong").skeleton, name_of("PER", "Kim Jong Un").skeleton)


def test_distinctive_names_weigh_more_than_leaders_and_countries():
    def weight(type_: str, name: str) -> float:
        return name_of(type_, name).weight

    assert weight("LOC", "भारत") < weight("PER", "Donald Trump") < weight("PER", "Vladimir Putin")
    assert weight("PER", "Vladimir Putin") < weight("PER", "Keir Starmer") == 1.0
    assert weight("LOC", "रूस") < STRONG_ENTITY <= weight("LOC", "गुवाहाटी") < weight("PER", "Dmitry Peskov")


def test_a_hindi_and_an_english_report_of_one_event_join():
    items = [story_input("hi_quake", QUAKE_HI, "2026-02-10"), story_input("en_quake", QUAKE_EN, "2026-02-10"),
             story_input("en_nepal", NEPAL_CRICKET_EN, "2026-02-10")]
    assert group_stories(items) == [["en_nepal"], ["en_quake", "hi_quake"]]


def test_an_undated_english_report_joins_the_hindi_story_of_its_event():
    hindi = [story_input("hi_quake", QUAKE_HI, "2026-02-10"), story_input("hi_quake_2", QUAKE_HI_2, "2026-02-10")]
    assert group_stories(hindi) == [["hi_quake", "hi_quake_2"]]  # two reports of one day that share their words
    assert group_stories([*hindi, story_input("en_quake", QUAKE_EN, None)]) == [["en_quake", "hi_quake",
                                                                                "hi_quake_2"]]


def test_the_same_event_a_year_apart_is_two_stories():
    items = [story_input("hi_2025", SUMMIT_2025_HI, "2025-09-13"), story_input("en_2026", SUMMIT_2026_EN, "2026-09-10")]
    found = evidence(article_names(items[0].mentions), article_names(items[1].mentions), items[0].numbers,
                     items[1].numbers)
    assert found.entity_score >= ENTITY_BAR  # the cast alone would join them ...
    assert group_stories(items) == [["en_2026"], ["hi_2025"]]  # ... the dates do not


def test_an_undated_report_joins_only_its_best_match():
    """The undated Hindi and English summit examples, and a dated English report of another Putin-Kim summit
    that shares enough with the Hindi one to clear even the undated bar: only the best match joins."""
    hindi = story_input("hi_summit", (EXAMPLES / "hi_summit_talks.txt").read_text(encoding="utf-8"), None)
    english = story_input("en_summit", (EXAMPLES / "en_summit_talks.txt").read_text(encoding="utf-8"), None)
    other = story_input("en_2025", TREATY_EN, "2025-09-13")
    assert hindi.date is None and english.date is None
    found = evidence(article_names(hindi.mentions), article_names(other.mentions), hindi.numbers, other.numbers)
    assert found.strong_enough(dated=False)
    assert group_stories([hindi, english, other]) == [["en_2025"], ["en_summit", "hi_summit"]]
    assert group_stories([other, hindi, english]) == [["en_2025"], ["en_summit", "hi_summit"]]


def test_a_call_and_a_visit_of_the_same_leaders_the_same_week_stay_apart():
    items = [story_input("hi_call", CALL_HI, "2026-02-24"), story_input("en_visit", VISIT_EN, "2026-02-27")]
    assert {m[1] for m in items[1].mentions} >= {"Narendra Modi", "Donald Trump", "India"}
    assert 500e9 in items[0].numbers and 500e9 in items[1].numbers  # and a trade target
    assert group_stories(items) == [["en_visit"], ["hi_call"]]


def test_a_shared_country_alone_never_joins():
    items = [story_input("hi_flood", NEPAL_FLOOD_HI, "2026-06-14"),
             story_input("en_cricket", NEPAL_CRICKET_EN, "2026-06-14")]
    assert 48 in items[0].numbers and 48 in items[1].numbers  # a shared number does not help either
    assert group_stories(items) == [["en_cricket"], ["hi_flood"]]


def test_countries_never_make_strong_evidence_however_many():
    countries = [("LOC", c) for c in ("India", "China", "Pakistan", "United States", "Russia", "Japan", "Iran")]
    hindi = [("LOC", c) for c in ("भारत", "चीन", "पाकिस्तान", "अमेरिका", "रूस", "जापान", "ईरान")]
    found = evidence(article_names(hindi), article_names(countries), (13000.0, 250000.0), (13000.0, 250000.0))
    assert found.strong_entities == 0 and found.number_score == 2.0
    assert not found.strong_enough(dated=True)


def test_same_language_grouping_does_not_use_the_cross_language_signals():
    """Reports of different events of one language group as their words alone group them. (Short reports of one
    language of the same day do join on shared names too: ``tests/test_stories_short_reports.py``.)"""
    hindi = [story_input("hi_quake", QUAKE_HI, "2026-02-10"), story_input("hi_flood", NEPAL_FLOOD_HI, "2026-02-10"),
             story_input("hi_call", CALL_HI, "2026-02-11")]
    bare = [StoryInput(i.article_id, i.lang, i.body, i.date) for i in hindi]
    assert group_stories(hindi) == group_stories(bare)


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory, examples_ingested: Path) -> SqliteStore:
    return SqliteStore(copy_db(examples_ingested, tmp_path_factory.mktemp("crosslingual") / "examples.db"))


def test_examples_join_hindi_and_english_reports_of_each_event(examples_store: SqliteStore):
    stories = examples_store.stories()
    story = {a: s for s in stories for a in s.article_ids}
    for group in [{"en_ceasefire", "hi_ceasefire_a", "hi_ceasefire_b"}, {"en_summit_talks", "hi_summit_talks"},
                  {"en_assam_floods", "hi_assam_floods"}, {"en_delhi_visit", "hi_delhi_visit"},
                  {"en_pyongyang_visit", "hi_pyongyang_visit"}]:
        assert set(story[next(iter(group))].article_ids) == group
    # Putin in the ceasefire reports, the undated summit and the summit a year before: three stories.
    assert len({story["en_ceasefire"].id, story["en_summit_talks"].id, story["en_pyongyang_visit"].id}) == 3
    # Source counts run over both languages; claims too: the quarter of a million people, once per language.
    floods = story["en_assam_floods"]
    assert floods.sources == floods.independent_sources == 2
    claims = examples_store.db.execute(
        "SELECT COUNT(DISTINCT q.article_id) FROM quantities q JOIN articles a ON a.id = q.article_id "
        "WHERE a.story_id = ? AND q.value = 250000 AND q.claim_id IS NOT NULL "
        "GROUP BY q.claim_id", (floods.id,)).fetchall()
    assert [tuple(r) for r in claims] == [(2,)]


# A central bank's rate cut, the same morning in two languages: the governor is the only name both tag.
RATE_CUT_EN = ("RBI trims repo rate to 6.25%, first cut in nearly five years\n\nMUMBAI: The Reserve Bank of India on "
               "Friday lowered its key lending rate by 25 basis points to 6.25%, its first reduction since May 2020, "
               "and kept its neutral stance. Governor Sanjay Malhotra said inflation was expected to ease further.")
RATE_CUT_HI = ("आरबीआई ने घटाई रेपो दर, अब 6.25 फीसदी\n\nभारतीय रिजर्व बैंक ने शुक्रवार को नीतिगत ब्याज दर में चौथाई "
               "फीसदी की कटौती कर उसे 6.25 फीसदी कर दिया। गवर्नर संजय मल्होत्रा ने कहा कि महंगाई और घटेगी। करीब पांच "
               "साल में यह पहली कटौती है। इससे घर और वाहन कर्ज की किस्तें घट सकती हैं।")


def test_a_figure_written_to_the_decimal_is_shared_evidence_though_small():
    """6.25 is under the 10 that whole numbers need to count (1, 2, 5 are in every report), but a rate or a
    magnitude given to the decimal is the news itself: with the governor's name it joins the two reports; the
    Hindi report without the figure does not."""
    english, hindi = story_input("e", RATE_CUT_EN, "2025-02-07"), story_input("h", RATE_CUT_HI, "2025-02-07")
    assert 6.25 in english.numbers and 6.25 in hindi.numbers
    assert group_stories([english, hindi]) == [["e", "h"]]
    without = story_input("h0", RATE_CUT_HI.replace(", अब 6.25 फीसदी", ", कर्ज होगा सस्ता")
                          .replace(" कर उसे 6.25 फीसदी कर दिया", " की"), "2025-02-07")
    assert 6.25 not in without.numbers
    assert group_stories([english, without]) == [["e"], ["h0"]]
