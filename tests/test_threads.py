"""Threads: stories about the same ongoing affair, the threads/timeline commands and the threads score."""

from __future__ import annotations

import datetime as dt
import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import copy_db, run_khabar
from khabar.analyse.pipeline import analyse
from khabar.evaluation.stories import score as score_stories
from khabar.export import records
from khabar.link.places import headline_region
from khabar.link.run import neighbourhood, relink
from khabar.link.step import _pairable, link
from khabar.link.stories import vectorize
from khabar.link.threads import (
    THREAD_WINDOW,
    THRESHOLD,
    ThreadEntity,
    ThreadInput,
    affair_actors,
    counted_in,
    frame_candidates,
    frame_terms,
    group_threads,
    headline_counted,
    join_threads,
    many_regions,
    scene_headline,
    similarities,
    story_region,
    subject_words,
    thread_inputs,
    voiced_scopes,
)
from khabar.model import Article, Entity, Story
from khabar.run.local import article_hash
from khabar.store import open_store
from khabar.store.sqlite import SqliteStore
from khabar.text.keys import match_key
from khabar.timeline import Lane, Mark, timeline_svg
from link_support import stored_reports

SVG = "{http://www.w3.org/2000/svg}"


def entity(name: str, type_: str = "PER") -> ThreadEntity:
    return ThreadEntity("e_" + name, type_, name)


PUTIN, KIM = entity("पुतिन"), entity("किम जोंग उन")
RUSSIA, NK = entity("रूस", "LOC"), entity("उत्तर कोरिया", "LOC")
INDIA, DELHI = entity("भारत", "LOC"), entity("नई दिल्ली", "LOC")


def story(story_id: str, date: str | None, *entities: ThreadEntity, text: str = "") -> ThreadInput:
    return ThreadInput(story_id, date, list(entities), vectorize(text, "hi") if text else {})


def others(count: int) -> list[ThreadInput]:
    """Stories on unrelated events, each with its own actors, that all name India and New Delhi first."""
    return [story(f"other{k}", f"2024-0{1 + k % 9}-10", INDIA, DELHI, entity(f"मंत्री{k}"), entity(f"जिला{k}", "LOC"))
            for k in range(count)]


def members(threads: list) -> list[list[str]]:
    return sorted(sorted(t.story_ids) for t in threads)


def test_the_same_actors_across_years_make_one_thread():
    summits = [
        story("s2023", "2023-09-13", PUTIN, KIM, RUSSIA, NK, entity("वोस्तोचनी", "LOC"),
              text="वोस्तोचनी कॉस्मोड्रोम में पुतिन और किम की मुलाकात"),
        story("s2024", "2024-06-19", KIM, PUTIN, NK, entity("प्योंगयांग", "LOC"), RUSSIA,
              text="प्योंगयांग में पुतिन और किम ने रणनीतिक साझेदारी संधि पर हस्ताक्षर किए"),
        story("s2025", "2025-09-03", PUTIN, KIM, entity("बीजिंग", "LOC"), RUSSIA, NK, entity("शी जिनपिंग"),
              text="बीजिंग में परेड के बाद पुतिन और किम की बातचीत"),
    ]
    threads = group_threads([*others(5), *summits])
    assert members(threads) == [["s2023", "s2024", "s2025"]]
    thread = threads[0]
    assert thread.story_ids == ["s2023", "s2024", "s2025"]  # in date order
    assert set(thread.label.split(" – ")) == {"पुतिन", "किम जोंग उन"}  # actors before places


def test_two_affairs_sharing_only_ubiquitous_entities_stay_apart():
    """Every story names India and New Delhi first; only the rarer actors may link stories."""
    flood = [story(f"flood{k}", f"2026-07-0{k + 1}", INDIA, DELHI, entity("असम", "LOC"), entity("हिमंत बिस्वा सरमा"))
             for k in range(2)]
    space = [story(f"space{k}", f"2026-03-1{k}", INDIA, DELHI, entity("इसरो", "ORG"), entity("वी नारायणन"))
             for k in range(2)]
    threads = group_threads([*others(6), *flood, *space])
    assert members(threads) == [["flood0", "flood1"], ["space0", "space1"]]


def test_one_shared_famous_name_is_not_an_affair():
    modi = entity("नरेंद्र मोदी")
    visit = story("visit", "2026-01-10", modi, entity("कीर स्टार्मर"), entity("ब्रिटेन", "LOC"))
    rally = story("rally", "2026-01-11", modi, entity("पटना", "LOC"), entity("नीतीश कुमार"))
    assert group_threads([visit, rally]) == []


def test_average_link_does_not_chain_stories_that_share_nothing():
    x, y, z, w = (entity(n) for n in ("अ", "ब", "स", "द"))
    a = story("a", "2025-01-01", x, y, entity("क"))
    b = story("b", "2025-02-01", x, y, z, w)
    c = story("c", "2025-03-01", z, w, entity("ख"))
    items = [a, b, c, *others(4)]
    sims = similarities(items)
    assert sims[(0, 1)] >= THRESHOLD and sims[(1, 2)] >= THRESHOLD  # single link would chain a–b–c
    assert (0, 2) not in sims
    groups = members(group_threads(items))
    assert groups in ([["a", "b"]], [["b", "c"]])


def test_threads_are_deterministic_and_keep_their_id_when_a_later_story_joins():
    pair = [story("s2023", "2023-09-13", PUTIN, KIM, RUSSIA), story("s2024", "2024-06-19", KIM, PUTIN, NK)]
    items = [*others(4), *pair]
    first = group_threads(items)
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    assert group_threads(shuffled) == first
    later = group_threads([*items, story("s2025", "2025-09-03", PUTIN, KIM, RUSSIA, NK)])
    assert [t.id for t in later] == [t.id for t in first] and len(later[0].story_ids) == 3


def test_timeline_svg_is_well_formed_with_one_mark_per_story():
    lanes = [Lane("t1", "पुतिन – किम", [Mark("s1", "2023-09-13", "पुतिन और किम की <मुलाकात> & बातचीत", 2),
                                       Mark("s2", "2024-06", "Putin in Pyongyang"), Mark("s3", None, "बिना तारीख")]),
             Lane("t2", "Modi – Starmer", [Mark("s4", "2026-01-10", "Trade deal"), Mark("s5", "2026-01-12", "x")])]
    root = ET.fromstring(timeline_svg(lanes).encode("utf-8"))
    marks = root.findall(f".//{SVG}circle[@class='story']")
    assert [m.get("data-story") for m in marks] == ["s1", "s2", "s3", "s4", "s5"]
    assert "<मुलाकात> & बातचीत" in marks[0].find(f"{SVG}title").text
    xs = {m.get("data-story"): float(m.get("cx")) for m in marks}
    assert xs["s1"] < xs["s2"] < xs["s4"] < xs["s5"] < xs["s3"]  # time order; undated at the right end


def test_timeline_labels_of_close_stories_do_not_share_a_row():
    headline = "पुतिन और किम की मुलाकात में रक्षा समझौते पर चर्चा हुई"
    lanes = [Lane("t1", "पुतिन – किम", [Mark(f"s{k}", f"2024-0{k + 1}-15", headline) for k in range(4)]
                  + [Mark("s9", "2030-01-01", headline)])]
    root = ET.fromstring(timeline_svg(lanes).encode("utf-8"))
    labels = [t for t in root.iter(f"{SVG}text") if headline[:10] in (t.text or "")]
    assert len(labels) == 5
    rows = [label.get("y") for label in labels]
    assert len(set(rows[:4])) == 4  # four long labels within four months: four rows
    assert rows[4] == rows[0]  # a story years away reuses the first row


@pytest.fixture(scope="module")
def seeds_db(seeds_ingested: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_db(seeds_ingested, tmp_path_factory.mktemp("threads") / "seeds.db")


@pytest.fixture(scope="module")
def examples_db(examples_ingested: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_db(examples_ingested, tmp_path_factory.mktemp("threads") / "examples.db")


def test_seed_stories_form_one_thread(seeds_db: Path, gold: dict):
    store = SqliteStore(seeds_db)
    stories = store.stories()
    assert len(stories) == 3 and len({s.thread_id for s in stories}) == 1 and stories[0].thread_id
    result = score_stories(gold, records(store))
    assert result["threads_pairwise_precision"] == result["threads_pairwise_recall"] == 1.0
    listed = [json.loads(line) for line in run_khabar("threads", "--json", db=seeds_db, check=True).stdout.splitlines()]
    assert len(listed) == 1
    dates = [s["date"] for s in listed[0]["stories"]]
    assert dates == sorted(dates) and [d[:4] for d in dates] == ["2023", "2024", "2025"]
    shown = run_khabar("stories", db=seeds_db, check=True).stdout
    assert shown.count(f"thread {stories[0].thread_id}") == 3  # khabar stories names each story's thread


def test_evaluate_prints_the_threads_score(seeds_db: Path, gold: dict, seeds_dir: Path):
    gold_path = seeds_dir.parent / "gold" / "seeds.gold.json"
    result = run_khabar("evaluate", "--gold", str(gold_path), "--section", "stories", "--no-failures", db=seeds_db)
    assert result.returncode == 0, result.stderr
    assert "stories.threads_pairwise_recall" in result.stdout


def _thread_of(store: SqliteStore) -> dict[str, str | None]:
    return {a: s.thread_id for s in store.stories() for a in s.article_ids}


def test_examples_keep_affairs_apart_across_languages(examples_db: Path):
    store = SqliteStore(examples_db)
    story = {a: s.id for s in store.stories() for a in s.article_ids}
    thread = _thread_of(store)
    # The English and Hindi reports of one event are one story (cross-language story links), so one affair.
    for en, hi in [("en_ceasefire", "hi_ceasefire_a"), ("en_delhi_visit", "hi_delhi_visit"),
                   ("en_summit_talks", "hi_summit_talks")]:
        assert story[en] == story[hi], (en, hi)
    # Two Putin-Kim summits a year apart: two stories, one affair.
    assert story["en_pyongyang_visit"] == story["hi_pyongyang_visit"] != story["hi_summit_talks"]
    assert thread["hi_pyongyang_visit"] is not None and thread["hi_pyongyang_visit"] == thread["en_summit_talks"]
    # Putin is in the ceasefire and the summit reports, but they are two affairs.
    assert story["hi_ceasefire_a"] != story["hi_summit_talks"]
    assert thread["hi_ceasefire_a"] is None or thread["hi_ceasefire_a"] != thread["hi_summit_talks"]
    assert thread["hi_delhi_visit"] is None or thread["hi_delhi_visit"] not in (thread["hi_ceasefire_a"],
                                                                              thread["hi_summit_talks"])
    # An event nothing else is about has no thread.
    assert thread["hi_chandrayaan_lander"] is None and thread["en_market_note"] is None


def test_timeline_command_draws_every_story_of_every_thread(examples_db: Path, tmp_path: Path):
    listed = [json.loads(line) for line in
              run_khabar("threads", "--json", db=examples_db, check=True).stdout.splitlines()]
    svg = tmp_path / "timeline.svg"
    assert run_khabar("timeline", "--out", str(svg), db=examples_db).returncode == 0
    marks = ET.parse(svg).getroot().findall(f".//{SVG}circle[@class='story']")
    assert sorted(m.get("data-story") for m in marks) == sorted(s["id"] for t in listed for s in t["stories"])
    one = listed[0]
    assert run_khabar("timeline", "--thread", one["id"][:6], "--out", str(svg), db=examples_db).returncode == 0
    marks = ET.parse(svg).getroot().findall(f".//{SVG}circle[@class='story']")
    assert [m.get("data-story") for m in marks] == [s["id"] for s in one["stories"]]
    assert run_khabar("timeline", "--thread", "nope", "--out", str(svg), db=examples_db).returncode != 0


def test_the_daily_update_of_one_state_on_consecutive_days_is_a_thread():
    """Each day's Bihar count names different officials; the headlines name Patna or Bihar. Jharkhand's update of
    the same days is another thread, and a Bihar flood story months later joins neither."""
    def update(story_id: str, date: str, headline: str, *actors: ThreadEntity) -> ThreadInput:
        return ThreadInput(story_id, date, list(actors), vectorize(headline, "hi"), headline_region(headline))

    bihar = [
        update("b1", "2020-03-29", "पटना / बिहार में कोरोना पॉजिटिव के चार और मामले, संक्रमितों की संख्या 15 हुई",
               entity("मंगल पांडेय")),
        update("b2", "2020-03-30", "बिहार में कोरोना संक्रमितों की संख्या बढ़कर 21 हुई, सीवान में चार नए मामले",
               entity("संजय कुमार")),
        update("b3", "2020-03-31", "पटना में दो और कोरोना पॉजिटिव मिले, बिहार में संक्रमितों की संख्या 23",
               entity("प्रत्यय अमृत")),
    ]
    jharkhand = [
        update("j1", "2020-03-30", "रांची में कोरोना का पहला मामला, झारखंड में संक्रमितों की संख्या एक हुई",
               entity("बन्ना गुप्ता")),
        update("j2", "2020-03-31", "झारखंड में कोरोना संक्रमितों की संख्या बढ़कर 3 हुई, हजारीबाग में नया मामला",
               entity("नितिन मदन कुलकर्णी")),
    ]
    flood = update("f1", "2020-08-02", "बिहार में बाढ़ से 16 जिलों के लाखों लोग प्रभावित, गंडक उफान पर",
                   entity("नीतीश कुमार"))
    assert [s.place for s in bihar] == ["Bihar"] * 3 and {s.place for s in jharkhand} == {"Jharkhand"}
    assert members(group_threads([*bihar, *jharkhand, flood, *others(4)])) == [["b1", "b2", "b3"], ["j1", "j2"]]


def test_national_stories_that_are_not_count_reports_are_no_thread_by_their_country_alone():
    """A projection, a vaccine trial and a research study all happen "in India" within days, share the virus's
    words and no actor: a country is no region for the place link (a state is), so they stay threadless, while
    Bihar's daily updates still form a thread."""
    def story(story_id: str, date: str, headline: str, *actors: ThreadEntity) -> ThreadInput:
        return ThreadInput(story_id, date, list(actors), vectorize(headline, "hi"), headline_region(headline))

    national = [
        story("n1", "2020-03-25", "भारत में मई तक कोरोना वायरस के 13 लाख केस हो सकते हैं, शोधकर्ताओं की आशंका",
              entity("कोव-इंड-19 स्टडी ग्रुप", "ORG")),
        story("n2", "2020-04-04", "भारत में बनेगा कोरोना वायरस का टीका, साल के अंत तक इंसानों पर परीक्षण",
              entity("जायडस कैडिला", "ORG")),
        story("n3", "2020-05-02", "क्या भारत में कोरोना वायरस ने अपना स्वरूप बदला है? अध्ययन करेगा आईसीएमआर",
              entity("आईसीएमआर", "ORG")),
    ]
    bihar = [
        story("b1", "2020-03-29", "बिहार में कोरोना पॉजिटिव के चार और मामले, संक्रमितों की संख्या 15 हुई",
              entity("मंगल पांडेय")),
        story("b2", "2020-03-30", "बिहार में कोरोना संक्रमितों की संख्या बढ़कर 21 हुई, सीवान में चार नए मामले",
              entity("संजय कुमार")),
    ]
    assert {s.place for s in national} == {"India"}
    assert members(group_threads([*national, *bihar, *others(4)])) == [["b1", "b2"]]


def test_a_headline_region_comes_from_its_cities_and_everyday_state_names():
    # A city counts when the tagger found it: a bare word could be a common word that is also a town's name.
    assert headline_region("लखनऊ में दो और मरीज मिले") is None
    assert headline_region("लखनऊ में दो और मरीज मिले", ["लखनऊ"]) == "Uttar Pradesh"
    assert headline_region("पटना / सीवान में चार नए मामले", ["सीवान", "पटना"]) == "Bihar"  # the first one named
    assert headline_region("यूपी में कोरोना से दो मौतें") == "Uttar Pradesh"
    assert headline_region("कोरोना: विदेश से दो महीने में लौटे 15 लाख यात्री") is None


def test_a_story_whose_headline_names_no_region_takes_the_state_its_places_agree_on():
    """A district page's headline often names no place at all; its central places still say which state's affair
    it is. A national report datelined in the capital is no story about the capital's region, a country is no
    region, and places of different states give none."""
    district = "जिले में कोरोना संक्रमितों की संख्या हुई आठ, चार मरीज हुए स्वस्थ"
    varanasi, lucknow = entity("वाराणसी", "LOC"), entity("लखनऊ", "LOC")
    patna, ranchi = entity("पटना", "LOC"), entity("रांची", "LOC")
    cmo = entity("वीबी सिंह")
    assert story_region(district, [varanasi, lucknow], [varanasi, cmo, lucknow]) == "Uttar Pradesh"
    national = "पिछले 24 घंटे में 601 नए मामले, एक दिन में अब तक की सबसे बड़ी बढ़ोतरी"
    assert story_region(national, [DELHI, INDIA], [DELHI, entity("स्वास्थ्य मंत्रालय", "ORG"), INDIA]) is None
    assert story_region(national, [patna, lucknow, ranchi], [patna, lucknow, ranchi]) is None
    # The headline still comes first: a Bihar headline with a Jharkhand place among the actors is Bihar's.
    assert story_region("पटना / बिहार में दो और मरीज मिले", [ranchi, patna], [ranchi, patna]) == "Bihar"


def test_a_headline_town_that_only_the_town_table_places_gives_the_story_its_state():
    """A district town the gazetteers give no Devanagari name (हरदोई, भागलपुर) is filed under its state by the town
    table when the tagger found it as a place and the headline names it: the district's report is its state's.
    A word the tagger did not tag is never read as a town, a town of two states' namesakes gives none, and a
    headline that names a state keeps it."""
    hardoi, bhagalpur = entity("हरदोई", "LOC"), entity("भागलपुर", "LOC")
    suspect = "हरदोई में विदेश से लौटे युवक में संक्रमण के लक्षण, गांव में जांच टीम पहुंची"
    assert story_region(suspect, [hardoi], [hardoi, entity("सीएमओ")]) == "Uttar Pradesh"
    assert story_region(suspect, [], [entity("सीएमओ")]) is None  # not tagged: no town
    screening = "भागलपुर में घर घर जांच के दूसरे दौर में चार और संक्रमित मिले"
    assert story_region(screening, [bhagalpur], [bhagalpur]) == "Bihar"
    jalalabad = entity("जलालाबाद", "LOC")  # towns of Punjab and of Uttar Pradesh
    assert story_region("जलालाबाद में दो नए मरीज", [jalalabad], [jalalabad]) is None
    assert story_region("बिहार: भागलपुर में दो नए मरीज", [bhagalpur], [bhagalpur]) == "Bihar"
    # A central town does not vote by the town table alone: a feature page's body may name any district.
    assert story_region("घर पर ऐसे करें बचाव, इन बातों का रखें ध्यान", [bhagalpur], [bhagalpur]) is None


def test_a_states_coverage_that_pauses_for_weeks_stays_one_thread():
    """A state's district reports in late March and, after three weeks without one, in late April: one affair.
    Neither headline names the state; the places do. Another state's report of the same days stays out."""
    def report(story_id: str, date: str, headline: str, *central: ThreadEntity) -> ThreadInput:
        places = [e for e in central if e.type == "LOC"]
        return ThreadInput(story_id, date, list(central), vectorize(headline, "hi"),
                           story_region(headline, places, central))

    varanasi, lucknow, agra = entity("वाराणसी", "LOC"), entity("लखनऊ", "LOC"), entity("आगरा", "LOC")
    up = [
        report("u1", "2020-03-30", "जिले में कोरोना के दो नए मरीज, संक्रमितों की संख्या हुई आठ", varanasi, entity("डीएम")),
        report("u2", "2020-03-31", "दो और कोरोना पॉजिटिव मरीज मिलने से हड़कंप, हॉटस्पॉट सील", lucknow, agra),
        report("u3", "2020-04-24", "नौ माह का बच्चा कोरोना पॉजिटिव, जिले में मरीजों की संख्या 30", lucknow, varanasi),
    ]
    ranchi = report("r1", "2020-04-24", "कोरोना के दो नए मरीज मिले, हिंदपीढ़ी सील", entity("रांची", "LOC"))
    assert [s.place for s in up] == ["Uttar Pradesh"] * 3 and ranchi.place == "Jharkhand"
    assert members(group_threads([*up, ranchi, *others(4)])) == [["u1", "u2", "u3"]]


def test_a_headline_counts_the_things_it_gives_a_figure_for():
    assert counted_in("बिहार में संक्रमितों की संख्या 15 हुई") == {"infected"}
    assert counted_in("पिछले 24 घंटे में 601 नए मामले, अब तक 68 की मौत") == {"infected", "dead"}
    assert counted_in("Nationwide cases rise to 724, 17 deaths") == {"infected", "dead"}
    assert counted_in("कोरोना के मामले बढ़ने से चिंता") == frozenset()  # no figure: no count
    assert counted_in("प्रधानमंत्री ने 21 दिन के लॉकडाउन की घोषणा की") == frozenset()  # a figure of nothing counted
    # a projection or a possibility is no report of a count
    assert counted_in("अध्ययन: जून तक देश में 20 लाख लोग संक्रमित हो सकते हैं") == frozenset()
    assert counted_in("Infections could reach 2 million by June, study says") == frozenset()
    assert counted_in("Cases rise to 5,200 in May, 61 deaths") == {"infected", "dead"}  # May the month
    # digits run together with letters are part of a name: कोविड-19 and N95 are no figures
    assert counted_in("छात्रों ने कोविड-19 मरीजों के लिए सस्ता वेंटिलेटर बनाया") == frozenset()
    assert counted_in("COVID-19 patients moved to a new ward") == frozenset()
    assert counted_in("N95 मास्क की कमी से मरीज परेशान") == frozenset()
    assert counted_in("कोविड-19: देश में 1,409 नए मामले") == {"infected"}
    # a figure written in words is a figure for the threads (lang/xx/numbers.json cardinals), not for the stories
    assert counted_in("कोविड-19: जिले में तीन नए मरीज मिले, एक की मौत", in_words=True) == {"infected", "dead"}
    assert counted_in("Three new cases in the district, one death", in_words=True) == {"infected", "dead"}
    assert counted_in("Three new cases in the district, one death") == frozenset()


def _stories_of(rows: list[tuple[str, str, str, list[tuple[str, str]]]]) -> list[ThreadInput]:
    """Thread inputs as the link step builds them, from (id, date, headline, central (name, type)) rows."""
    entities = {name: Entity("e_" + name, type_, name) for *_, central in rows for name, type_ in central}
    stories = [Story(story_id, [story_id], headline, date=date, entity_ids=["e_" + n for n, _ in central])
               for story_id, date, headline, central in rows]
    return thread_inputs(stories, list(entities.values()), {})


def test_the_national_daily_count_across_weeks_is_one_thread():
    """The country's daily tally names no state and quotes a different official every day; some days the
    headline says देश, some भारत, some nothing, and the central places list the states with most cases. The days
    are one thread (a recurring report of the country's count). A national story that counts nothing, a state's
    count of the same days and another country's toll stay out."""
    ministry, india = ("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC")
    rows = [
        ("n1", "2020-03-28", "देश में एक ही दिन में 125 नए मामले और चार मौतें, जानें देशभर का हाल",
         [("महाराष्ट्र", "LOC"), ("केरल", "LOC"), ("लव अग्रवाल", "PER")]),
        ("n2", "2020-04-04", "कोरोना: पिछले 24 घंटे में 601 नए मामले, एक दिन में अब तक का सबसे बड़ा आंकड़ा",
         [("लव अग्रवाल", "PER"), india, ministry, ("तबलीगी जमात", "ORG")]),
        ("n3", "2020-04-12", "भारत में कोरोना संक्रमितों की संख्या 8000 के पार, 24 घंटे में 909 नए मामले",
         [india, ("आईसीएमआर", "ORG"), ("रमन गंगाखेडकर", "PER")]),
        ("n4", "2020-04-24", "कोरोना बुलेटिन: 24 घंटे में 1409 नए केस, रिकवरी रेट 20 फीसदी",
         [ministry, india, ("वीके पॉल", "PER"), ("दिल्ली", "LOC")]),
        ("other", "2020-04-14", "प्रधानमंत्री ने लॉकडाउन तीन मई तक बढ़ाया, गरीबों के लिए नई घोषणाएं",
         [("नरेंद्र मोदी", "PER"), india, ("अमित शाह", "PER")]),
        ("bihar", "2020-04-05", "बिहार में कोरोना संक्रमितों की संख्या 30 हुई, सीवान में तीन नए मामले",
         [("बिहार", "LOC"), ("मंगल पांडेय", "PER"), ("सीवान", "LOC")]),
        ("usa", "2020-04-11", "अमेरिका में कोरोना से एक दिन में 2000 से ज्यादा मौतें",
         [("अमेरिका", "LOC"), ("डोनाल्ड ट्रंप", "PER")]),
    ]
    inputs = _stories_of(rows)
    scope = {s.story_id: s.report for s in inputs}
    assert {scope[k] for k in ("n1", "n2", "n3", "n4")} == {"India"}
    assert scope["bihar"] == "Bihar" and scope["other"] is None
    assert members(group_threads([*inputs, *others(4)])) == [["n1", "n2", "n3", "n4"]]


def test_a_headline_that_counts_the_states_is_the_country_s_news_not_a_state_s():
    """"12 राज्यों में 90 मरीज" counts the country's states: the whole country's tally, not that of a state the
    headline names next, so it joins the national reports and not Delhi's; "कई राज्यों में" (several states) is
    no state's region either. A figure that counts patients of one state keeps its state (session 28)."""
    india, ministry = ("भारत", "LOC"), ("स्वास्थ्य मंत्रालय", "ORG")
    rows = [
        ("n1", "2020-03-10", "देश में कोरोना के 60 मरीज, आठ नए मामले", [india, ministry, ("केरल", "LOC")]),
        ("n2", "2020-03-12", "भारत में संक्रमितों की संख्या बढ़कर 75 हुई", [india, ministry, ("राजस्थान", "LOC")]),
        ("states", "2020-03-14", "12 राज्यों में 90 मरीजों की पुष्टि, दिल्ली में सबसे ज्यादा मामले",
         [("दिल्ली", "LOC"), ("केरल", "LOC"), ministry]),
        ("d1", "2020-03-11", "दिल्ली में कोरोना के दो नए मरीज, संख्या पांच हुई", [("दिल्ली", "LOC"), ("सत्येंद्र जैन", "PER")]),
        ("d2", "2020-03-13", "दिल्ली में संक्रमितों की संख्या सात हुई", [("दिल्ली", "LOC"), ("अरविंद केजरीवाल", "PER")]),
        ("schools", "2020-03-13", "कई राज्यों में स्कूल और कॉलेज बंद, उत्तर प्रदेश में भी आदेश",
         [("उत्तर प्रदेश", "LOC"), ("योगी आदित्यनाथ", "PER")]),
    ]
    inputs = {s.story_id: s for s in _stories_of(rows)}
    assert inputs["states"].report == "India" and inputs["d1"].report == "Delhi"
    assert inputs["schools"].place is None and inputs["schools"].report is None
    assert many_regions("81 cases confirmed in 13 states, Kerala reports most")
    assert not many_regions("राज्यों के लिए शराब की बिक्री के मायने") and not many_regions("दिल्ली में 12 नए मामले")
    assert members(group_threads([*inputs.values(), *others(4)])) == [["d1", "d2"], ["n1", "n2", "states"]]


def test_a_story_told_by_the_voice_of_the_national_count_joins_its_reports():
    """The officer who gives the country's daily figures is central to its count reports: a story of the same days
    that gives no count and names no region, told by that officer, is one of the count's briefings and joins the
    national reports; a story of the same days without the officer, and one of a state, stay out. An incremental
    step keeps the stored reports for such a briefing (``step._pairable``) (session 28)."""
    officer, india, ministry = ("रमेश वर्मा", "PER"), ("भारत", "LOC"), ("स्वास्थ्य मंत्रालय", "ORG")
    rows = [
        ("n1", "2020-04-02", "देश में कोरोना के 400 नए मामले, कुल संक्रमित 2000", [officer, india, ("केरल", "LOC")]),
        ("n2", "2020-04-04", "पिछले 24 घंटे में 500 नए मामले, 20 मौतें", [india, officer, ("मुंबई", "LOC")]),
        ("n3", "2020-04-06", "भारत में संक्रमितों की संख्या 4000 के पार", [officer, india, ("आईसीएमआर", "ORG")]),
        ("told", "2020-04-05", "अगले हफ्ते से गांवों में भी होगी घर-घर जांच, सरकार की नई योजना",
         [officer, ("ग्रामीण विकास मंत्रालय", "ORG")]),
        ("plain", "2020-04-05", "अगले हफ्ते से बाजारों में खुलेंगी दुकानें, व्यापारियों की मांग",
         [india, ("व्यापार मंडल", "ORG"), ministry]),
        ("state", "2020-04-05", "बिहार में अगले हफ्ते से घर-घर जांच की योजना",
         [("बिहार", "LOC"), officer, ("मंगल पांडेय", "PER")]),
    ]
    inputs = _stories_of(rows)
    voiced = {s.story_id: scopes for s, scopes in zip(inputs, voiced_scopes(inputs), strict=True)}
    assert voiced["told"] == {"India"} and not voiced["plain"] and not voiced["state"] and not voiced["n1"]
    assert members(group_threads([*inputs, *others(4)])) == [["n1", "n2", "n3", "told"]]
    by_id = {s.story_id: s for s in inputs}
    pool = [by_id["told"], by_id["plain"], by_id["n1"], by_id["n2"], by_id["n3"]]
    assert _pairable(pool, 1, voiced=voiced_scopes(pool)) == [0, 2, 3, 4]
    assert _pairable(pool, 1, voiced=[frozenset()] * len(pool)) == [0]  # the officer alone is no shared cast


def test_a_date_in_a_headline_counts_nothing():
    """"29 फरवरी को दुबई से लौटा था" and "31 मार्च तक" write a day, not a figure: the headline reports no count,
    while a figure beside the date still counts."""
    assert headline_counted("संदिग्ध मरीज जिला अस्पताल पहुंचा, 29 फरवरी को दुबई से लौटा था") == frozenset()
    assert headline_counted("प्रदेश में 31 मार्च तक स्कूल बंद, मरीजों की जांच तेज") == frozenset()
    assert headline_counted("5 मार्च को 12 नए मरीज मिले") == {"infected"}
    assert headline_counted("Cases rise to 724 on March 22") == {"infected"}


def test_a_new_daily_update_joins_a_long_state_thread_read_only_around_its_day():
    """A state's daily updates over four months are one stored thread. The next day's update is decided against
    it as one node (``join_threads``): reading only the thread's stories within ``THREAD_WINDOW`` days of the new
    one gives the same decision as reading all of them (the others add 0 to the mean), and another state's new
    update stays out."""
    def update(story_id: str, day: dt.date, headline: str, *actors: ThreadEntity) -> ThreadInput:
        return ThreadInput(story_id, day.isoformat(), list(actors), vectorize(headline, "hi"),
                           headline_region(headline))

    start = dt.date(2020, 3, 20)
    old = [update(f"b{k:03d}", start + dt.timedelta(days=k), f"बिहार में कोरोना संक्रमितों की संख्या बढ़कर {10 + 3 * k} हुई",
                  entity(f"अधिकारी{k}")) for k in range(0, 120, 2)]
    new = update("new", start + dt.timedelta(days=121), "पटना / बिहार में कोरोना के चार नए मामले, संक्रमितों की संख्या 200",
                 entity("नया अधिकारी"))
    other = update("ranchi", start + dt.timedelta(days=121), "झारखंड में कोरोना संक्रमितों की संख्या बढ़कर 20 हुई",
                   entity("बन्ना गुप्ता"))
    assert members(group_threads(old)) == [[s.story_id for s in old]]

    def decide(neighbours: list[ThreadInput]) -> list[tuple[list[str], list[str]]]:
        pool = [new, other, *neighbours]
        clusters = join_threads(pool, [0, 1], {"tbihar": (len(old), list(range(2, len(pool))))})
        return sorted(([pool[k].story_id for k in free], known) for free, known in clusters)

    window = [s for s in old if (dt.date.fromisoformat(new.date) - dt.date.fromisoformat(s.date)).days <= THREAD_WINDOW]
    assert len(window) < len(old) / 2
    assert decide(window) == decide(old) == [(["new"], ["tbihar"]), (["ranchi"], [])]


DISTRICTS = ["सीवान", "मुंगेर", "नालंदा", "गया", "भागलपुर", "बक्सर", "दरभंगा", "पूर्णिया", "सारण", "वैशाली", "रोहतास",
             "कटिहार", "मधुबनी", "समस्तीपुर", "बेगूसराय", "सहरसा", "अररिया", "जमुई"]
SURGEONS = ["अखिलेश्वर प्रसाद", "पुरुषोत्तम कुमार", "राम सिंह", "अफरोज आलम", "विजय कुमार सिन्हा", "जितेंद्र नाथ",
            "अमरकांत झा", "उमेश चंद्र शर्मा", "माधवेश्वर झा", "इंद्रदेव रंजन", "सुधीर कुमार", "रवि रंजन",
            "सुनील कुमार झा", "आरके चौधरी", "विनोद कुमार", "अरुण कुमार सिंह", "मोहम्मद इकबाल", "विजयेंद्र सत्यार्थी"]


def _bihar_update(k: int) -> Article:
    """The k-th of a state's updates written four days apart: each names another district and civil surgeon, so
    consecutive updates share the state and their wording, not their actors (nor a whole sentence)."""
    day = dt.date(2020, 3, 20) + dt.timedelta(days=4 * k)
    district, surgeon, new, found = DISTRICTS[k], SURGEONS[k], 3 + k, 1 + k % 4
    title = f"बिहार में कोरोना के {new} नए मामले, {district} में {found} संक्रमित मिले"
    body = (f"{district}। बिहार में कोरोना संक्रमण के {new} नए मामले सामने आए हैं। {district} के सिविल सर्जन {surgeon} "
            f"ने बताया कि जिले में {found} लोगों की जांच रिपोर्ट पॉजिटिव आई है। राज्य में संक्रमितों की कुल संख्या "
            f"बढ़कर {20 + 9 * k} हो गई है।")  # no sentence repeats word for word: these are no wire copies
    return Article(id=f"bihar-{day.isoformat()}", text=f"{title}\n\n{body}", title=title, source="Test Daily",
                   published=day.isoformat())


@pytest.mark.slow
def test_a_state_thread_added_to_one_update_at_a_time_reads_only_the_updates_around_the_new_one(tmp_path: Path):
    """Eighteen updates of one state over ten weeks, each ingested and linked on its own as a daily crawl would:
    they end as one thread, and the link step of the last one reads only the thread's updates within
    ``THREAD_WINDOW`` days of it (its thread pool), not the whole thread."""
    store = open_store(tmp_path / "daily.db")
    articles = [_bihar_update(k) for k in range(len(DISTRICTS))]
    for article in articles[:-1]:
        store.save_article(article, analyse(article), article_hash(article))
        relink(store, changed={article.id})
    last = articles[-1]
    store.save_article(last, analyse(last), article_hash(last))
    seen: dict[str, int] = {}
    result = link(neighbourhood(store, [last.id]), store, lambda what, done, total: seen.setdefault(what, total))
    store.apply(result)
    stories = {s.id: s for s in store.stories()}
    assert len(stories) == len(articles)
    assert len({s.thread_id for s in stories.values()}) == 1 and None not in {s.thread_id for s in stories.values()}
    recent = [a for a in articles if (dt.date.fromisoformat(last.published) - dt.date.fromisoformat(a.published)).days
              <= THREAD_WINDOW]
    assert seen["threads"] == len(recent) < len(articles)


LOCKDOWNS = [
    ("mh", "2020-03-22", "महाराष्ट्र के चार शहरों में लॉकडाउन, जरूरी सेवाएं ही चालू रहेंगी",
     [("महाराष्ट्र", "LOC"), ("उद्धव ठाकरे", "PER"), ("मुंबई", "LOC")]),
    ("jh", "2020-03-23", "झारखंड में 31 मार्च तक लॉकडाउन, राज्य की सीमाएं सील",
     [("झारखंड", "LOC"), ("हेमंत सोरेन", "PER")]),
    ("pb", "2020-03-24", "पंजाब में लॉकडाउन के बाद कर्फ्यू, घर से निकलने पर होगी सख्त कार्रवाई",
     [("पंजाब", "LOC"), ("अमरिंदर सिंह", "PER")]),
]
JHARKHAND_COUNT = ("jh-count", "2020-03-23", "झारखंड में कोरोना संक्रमितों की संख्या बढ़कर 3 हुई, हजारीबाग में नया मामला",
                   [("झारखंड", "LOC"), ("बन्ना गुप्ता", "PER"), ("हजारीबाग", "LOC")])


def test_lockdown_orders_of_several_states_on_several_days_are_one_thread():
    """Three states' lockdown orders on three days share no actor and no region; what they share is the affair's
    frame, a word that several headlines of the store use (लॉकडाउन) and that is neither its subject nor a name, a
    count or a number. They are one thread; a state's case count of the same days stays in its own affair, and a
    lockdown order a month later is not linked across the gap."""
    later = ("up", "2020-04-25", "उत्तर प्रदेश में लॉकडाउन में ढील नहीं, योगी आदित्यनाथ ने दिए निर्देश",
             [("उत्तर प्रदेश", "LOC"), ("योगी आदित्यनाथ", "PER")])
    inputs = _stories_of([*LOCKDOWNS, JHARKHAND_COUNT, later])
    assert [s.place for s in inputs[:3]] == ["Maharashtra", "Jharkhand", "Punjab"]
    assert inputs[3].report == "Jharkhand"
    threads = group_threads([*inputs, *others(10)])
    assert members(threads) == [["jh", "mh", "pb"]]
    assert threads[0].label == "लॉकडाउन"  # what the affair is; its states are many, so no region


def test_a_thread_is_labelled_with_what_its_headlines_share_and_its_region():
    """A state's daily counts word their figure differently each day and name different officials: the label
    says what is counted and where, not the heaviest official (the national count thread was once labelled with
    a shrine's caretaker quoted in one report). A store-wide word (कोरोना) says nothing about one affair."""
    rows = [
        ("b1", "2020-03-29", "बिहार में कोरोना के 4 और मामले, संक्रमितों की संख्या 15 हुई",
         [("मंगल पांडेय", "PER"), ("बिहार", "LOC")]),
        ("b2", "2020-03-30", "पटना में कोरोना के 6 नए मामले, बिहार में आंकड़ा 21 पर",
         [("संजय कुमार", "PER"), ("पटना", "LOC"), ("बिहार", "LOC")]),
        ("b3", "2020-03-31", "बिहार में कोरोना के दो और मरीज मिले, कुल 23 मामले",
         [("दरगाह दीवान", "PER"), ("बिहार", "LOC"), ("सीवान", "LOC")]),
    ]
    elsewhere = [(f"x{k}", f"2020-0{5 + k % 4}-1{k}", f"{state} में कोरोना से पहली मौत", [(state, "LOC")])
                 for k, state in enumerate(["केरल", "गुजरात", "ओडिशा", "असम", "गोवा", "मणिपुर"])]
    inputs = _stories_of([*rows, *elsewhere])
    threads = group_threads([*inputs, *others(4)])
    assert members(threads) == [["b1", "b2", "b3"]]
    assert threads[0].label == "मामले – बिहार"


def test_a_frame_is_learned_from_the_store_and_is_never_its_subject():
    """Two headlines are too few to make a word an affair's frame; a word in most headlines is what the whole
    store is about (कोरोना), and a word beside it in most of its headlines is part of that name (वायरस)."""
    inputs = _stories_of(LOCKDOWNS[:2])
    assert frame_terms([*inputs, *others(10)])[:2] == [frozenset(), frozenset()]
    assert members(group_threads([*inputs, *others(10)])) == []
    states = ["बिहार", "पंजाब", "केरल", "गुजरात", "ओडिशा", "असम", "गोवा", "मणिपुर", "सिक्किम", "मिजोरम"]
    covid = _stories_of([(f"c{k}", f"2020-03-2{k}", f"{state} में कोरोना {'वायरस ' if k < 3 else ''}से पहली मौत",
                          [(state, "LOC")]) for k, state in enumerate(states)])
    assert [set(s.frame) for s in covid[:3]] == [{match_key("कोरोना"), match_key("वायरस")}] * 3
    assert frame_terms([*covid, *others(4)])[:10] == [frozenset()] * 10
    lockdown = match_key("लॉकडाउन")
    assert [lockdown in s.frame for s in _stories_of([*LOCKDOWNS, JHARKHAND_COUNT])] == [True, True, True, False]



def test_the_subject_run_together_with_another_word_is_the_subject_too():
    """In a covid store most headlines say कोरोना; a few spell the virus as one word, कोरोनावायरस. Those few are
    too few to be the store's subject by their share, but as a frame term they would link every such headline of
    the week into one thread of unrelated events (a suspect in one city, a vaccine claim, testing labs)."""
    cities = ["लखनऊ", "पटना", "भोपाल", "जयपुर", "रांची", "इंदौर", "कानपुर", "नागपुर", "सूरत", "आगरा"]
    plain = [(f"p{k}", f"2020-03-0{1 + k % 9}", f"{city} में कोरोना के डर से बाजार सूने, मास्क की मांग बढ़ी",
              [(city, "LOC")]) for k, city in enumerate(cities)]
    joined = [("v1", "2020-03-04", "कोरोनावायरस: आगरा में मिला संदिग्ध मरीज, विदेश से लौटा था", [("आगरा", "LOC")]),
              ("v2", "2020-03-05", "कोरोनावायरस का टीका बनाने का दावा, वैज्ञानिकों ने जताई उम्मीद", []),
              ("v3", "2020-03-06", "कोरोनावायरस की जांच के लिए 15 नई प्रयोगशालाएं तैयार", [])]
    inputs = _stories_of([*plain, *joined])
    virus = match_key("कोरोनावायरस")
    assert all(virus in s.frame for s in inputs[-3:])
    assert virus in subject_words(inputs)
    assert all(virus not in terms for terms in frame_terms(inputs))
    assert not any({"v1", "v2", "v3"} <= set(t) for t in members(group_threads(inputs)))
    # A word that merely begins like another is no compound of the subject: लॉकडाउन stays a frame.
    assert match_key("लॉकडाउन") not in subject_words(_stories_of([*LOCKDOWNS, *plain]))

LOCKDOWN_BODIES = {
    "mh": "मुंबई। मुख्यमंत्री उद्धव ठाकरे ने शनिवार को मुंबई, पुणे, पिंपरी-चिंचवड़ और नागपुर में 31 मार्च तक लॉकडाउन की "
          "घोषणा की। दूध, दवा और राशन की दुकानें खुली रहेंगी। सरकारी दफ्तरों में केवल पांच प्रतिशत कर्मचारी आएंगे।",
    "jh": "रांची। मुख्यमंत्री हेमंत सोरेन ने रविवार रात पूरे झारखंड में 31 मार्च तक लॉकडाउन लागू करने का आदेश दिया। "
          "अंतरराज्यीय बसें बंद रहेंगी और राज्य की सीमाएं सील कर दी गई हैं। जरूरी सेवाएं चालू रहेंगी।",
    "pb": "चंडीगढ़। मुख्यमंत्री अमरिंदर सिंह ने लॉकडाउन का पालन न होने पर पूरे पंजाब में कर्फ्यू लगा दिया। पुलिस ने कहा कि "
          "बिना पास घर से निकलने वालों पर मुकदमा दर्ज होगा। दवा की दुकानें खुली रहेंगी।",
    "jh-count": "रांची। स्वास्थ्य मंत्री बन्ना गुप्ता ने बताया कि हजारीबाग की एक महिला की जांच रिपोर्ट पॉजिटिव आई है। "
                "राज्य में संक्रमितों की संख्या अब 3 हो गई है। महिला के परिजनों को क्वारंटाइन किया गया है।",
}


def test_lockdown_orders_crawled_one_at_a_time_become_one_labelled_thread(tmp_path: Path):
    """The link step, one article at a time as a daily crawl adds them: the third state's lockdown order makes
    लॉकडाउन a frame term among the stories around it, the three orders become one thread called what they are
    about, and the next day's count of one of the states stays out of it."""
    store = open_store(tmp_path / "lockdowns.db")
    for story_id, day, title, _ in [*LOCKDOWNS, (*JHARKHAND_COUNT[:1], "2020-03-25", *JHARKHAND_COUNT[2:])]:
        article = Article(id=story_id, text=f"{title}\n\n{LOCKDOWN_BODIES[story_id]}", title=title,
                          source="Test Daily", published=day)
        store.save_article(article, analyse(article), article_hash(article))
        relink(store, changed={article.id})
    thread_of = {s.article_ids[0]: s.thread_id for s in store.stories()}
    assert thread_of["mh"] == thread_of["jh"] == thread_of["pb"] is not None and thread_of["jh-count"] is None
    (thread,) = store.threads_of_stories({s.id for s in store.stories() if s.thread_id})
    assert thread.label == "लॉकडाउन"


def test_a_headline_frames_with_what_happened_not_with_who_where_or_how_many():
    words = set(frame_candidates("पंजाब में कर्फ्यू, अमरिंदर सिंह बोले- जानिए क्या खुलेगा", "hi", ["पंजाब", "अमरिंदर सिंह"]))
    assert match_key("कर्फ्यू") in words
    assert not {match_key(w) for w in ("पंजाब", "अमरिंदर", "सिंह", "बोले", "जानिए", "क्या", "में")} & words
    assert frame_candidates("बिहार में संक्रमितों की संख्या 15 हुई, चार नए मामले", "hi", ["बिहार"]) == {}
    assert frame_candidates("Coronavirus Lockdown Update: पटना में दुकानें बंद", "hi", ["पटना"]).keys().isdisjoint(
        {"coronavirus", "lockdown", "update"})


def test_one_frame_across_scripts_and_synonyms():
    """The bilingual lexicon gives an English report's frame word and a Hindi synonym the key of the Hindi word."""
    lockdown = match_key("लॉकडाउन")
    assert set(frame_candidates("राजस्थान में 31 मार्च तक लॉकडाउन", "hi", ["राजस्थान"])) == {lockdown}
    assert lockdown in frame_candidates("गुजरात में तालाबंदी का आदेश जारी", "hi", ["गुजरात"])
    assert lockdown in frame_candidates("Punjab orders a lockdown till March 31", "en", ["Punjab"])
    assert match_key("कर्फ्यू") in frame_candidates("Curfew in Punjab from Monday", "en", ["Punjab"])


def test_a_count_headline_that_speaks_of_the_country_first_is_the_countrys_report():
    """A national tally often names the worst-hit state after the country's figure ("देश में ... मौतें,
    गुजरात में सबसे ज्यादा"): its first clause is the country's, and it joins the country's other days; a state's
    report that names the country's figure second is still the state's."""
    india, ministry = ("भारत", "LOC"), ("स्वास्थ्य मंत्रालय", "ORG")
    rows = [
        ("d1", "2020-04-02", "देश में अब तक 61 मौतें, 210 मरीज ठीक हुए, गुजरात में सबसे ज्यादा नए मामले",
         [("गुजरात", "LOC"), ministry, ("लव अग्रवाल", "PER")]),
        ("d2", "2020-04-05", "पिछले 24 घंटे में देश में 472 नए मामले, कुल संक्रमित 3300 के पार",
         [ministry, india, ("लव अग्रवाल", "PER")]),
        ("g1", "2020-04-03", "गुजरात में संक्रमितों की संख्या 95 हुई, देश में आंकड़ा 2500 के पार",
         [("गुजरात", "LOC"), ("अहमदाबाद", "LOC"), ("जयंती रवि", "PER")]),
    ]
    scope = {s.story_id: s.report for s in _stories_of(rows)}
    assert scope == {"d1": "India", "d2": "India", "g1": "Gujarat"}


def test_a_story_that_holds_a_days_count_is_headed_by_the_report_that_gives_it(tmp_path: Path):
    """One day's national briefing reported by two papers: the first (by id) leads with the pace of testing, the
    other with the day's count. The story's headline is the count's, so the thread step reads the story as the
    country's daily report (its scope and counted thing come from the headline); a report of another day that
    counts does not head it."""
    briefing = ("स्वास्थ्य मंत्रालय के संयुक्त सचिव ने गुरुवार को प्रेस वार्ता में बताया कि देश में पिछले 24 घंटे में 1409 नए"
                " मामले सामने आए हैं और 78 जिलों में दो हफ्ते से कोई नया मामला नहीं आया है। आईसीएमआर के वैज्ञानिक ने कहा"
                " कि जांच की रफ्तार एक महीने में तीस गुना बढ़ी है और रोज पचास हजार से ज्यादा नमूनों की जांच हो रही है।"
                " उन्होंने कहा कि लॉकडाउन से संक्रमण की रफ्तार धीमी हुई है और मरीजों के ठीक होने की दर बढ़कर बीस फीसदी हो गई है।")
    rows = [("a-desk", "देश में जांच की रफ्तार तेज, हालात काबू में: स्वास्थ्य मंत्रालय", briefing),
            ("b-desk", "देश में 24 घंटे में 1409 नए मामले, 78 जिलों में कोई नया केस नहीं",
             briefing.replace("गुरुवार को प्रेस वार्ता में", "गुरुवार को नियमित प्रेस वार्ता में"))]
    store = SqliteStore(tmp_path / "k.db")
    for article_id, title, body in rows:
        article = Article(id=article_id, text=f"{title}\n\n{body}", title=title, source=article_id[0],
                          published="2020-04-23")
        store.save_article(article, analyse(article), article_hash(article))
    relink(store)
    (story,) = [s for s in store.stories() if len(s.article_ids) > 1]
    assert sorted(story.article_ids) == ["a-desk", "b-desk"]
    assert story.headline == rows[1][1]
    inputs = thread_inputs([story], store.entity_briefs(story.entity_ids), {})
    assert inputs[0].counted == {"infected"} and inputs[0].report

    later = Article(id="0-desk", text=f"देश में 24 घंटे में 1752 नए मामले\n\n{briefing}", title="देश में 24 घंटे में 1752 नए मामले",
                    source="0", published="2020-04-24")
    from khabar.link.step import _headline_member
    from khabar.store.base import LinkArticle

    members = [LinkArticle(a.id, a.title, a.published, a.text, analysis=analyse(a)) for a in (
        Article(id=i, text=f"{t}\n\n{b}", title=t, source=i[0], published="2020-04-23") for i, t, b in rows)]
    assert _headline_member(members).id == "b-desk"
    assert _headline_member([*members, LinkArticle(later.id, later.title, later.published, later.text,
                                                    analysis=analyse(later))]).id == "b-desk"
    assert _headline_member(members[:1]).id == "a-desk"  # no report that counts: the earliest


def test_the_headline_member_reads_a_count_as_the_thread_step_does() -> None:
    """A title whose figure counts nothing in its own clause (the counted word comes in a later clause, after the
    figure's) is no count for the thread step; the story's headline is then another report of that day that
    counts, read the same way."""
    from khabar.link.step import _headline_member
    from khabar.store.base import LinkArticle

    body = ("नई दिल्ली। स्वास्थ्य मंत्रालय ने बुधवार को बताया कि देश में संक्रमितों की संख्या बढ़कर 91 हो गई है। मंत्रालय"
            " के अनुसार सबसे ज्यादा मामले केरल और महाराष्ट्र में हैं और सभी राज्यों को सतर्क रहने को कहा गया है।")
    rows = [("a-desk", "देश में 91 लोगों में वायरस की पुष्टि, जानिए किस राज्य में कितने मरीज"),
            ("b-desk", "भारत में वायरस के मामले बढ़कर 91 हुए, सरकार ने राज्यों को किया सतर्क")]
    assert not headline_counted(rows[0][1]) and headline_counted(rows[1][1]) == {"infected"}
    members = [LinkArticle(a.id, a.title, a.published, a.text, analysis=analyse(a)) for a in (
        Article(id=i, text=f"{t}\n\n{body}", title=t, source=i[0], published="2020-03-18") for i, t in rows)]
    assert _headline_member(members).id == "b-desk"


def _bihar_and_jharkhand_updates(bihar_dates: tuple[str | None, ...]) -> list[ThreadInput]:
    def update(story_id: str, date: str | None, headline: str, *actors: ThreadEntity) -> ThreadInput:
        return ThreadInput(story_id, date, list(actors), vectorize(headline, "hi"), headline_region(headline))

    headlines = [
        "पटना में कोरोना के तीन और मरीज मिले, बिहार में संक्रमितों की संख्या 18 पहुंची",
        "बिहार में कोरोना संक्रमितों की संख्या बढ़कर 24 हुई, गोपालगंज में दो नए मामले",
        "बिहार में दो और कोरोना पॉजिटिव मिले, संक्रमितों की संख्या 26 हुई",
    ]
    officials = ["मंगल पांडेय", "संजय कुमार", "प्रत्यय अमृत"]
    bihar = [update(f"b{k + 1}", day, headline, entity(official))
             for k, (day, headline, official) in enumerate(zip(bihar_dates, headlines, officials, strict=True))]
    return [*bihar,
            update("j1", None, "रांची में कोरोना का दूसरा मामला, झारखंड में संक्रमितों की संख्या दो हुई",
                   entity("बन्ना गुप्ता")),
            update("j2", None, "झारखंड में कोरोना संक्रमितों की संख्या बढ़कर चार हुई, बोकारो में नया मामला",
                   entity("नितिन मदन कुलकर्णी")),
            update("f1", None, "बिहार में बाढ़ से 16 जिलों के लाखों लोग प्रभावित, गंडक उफान पर", entity("नीतीश कुमार"))]


def test_undated_daily_updates_of_one_state_are_a_thread_and_another_states_are_another():
    """Read as text alone, a state's updates name no day and different officials each time: their region and
    their wording still make them one affair, with a dated update of the same state; the neighbouring state's
    undated updates are their own thread, and an undated flood report of the same state, which shares no more
    than the state's name with the count reports, joins neither."""
    stories = _bihar_and_jharkhand_updates((None, None, "2020-04-02"))
    assert members(group_threads([*stories, *others(4)])) == [["b1", "b2", "b3"], ["j1", "j2"]]
    dated = _bihar_and_jharkhand_updates(("2020-03-28", "2020-03-30", "2020-04-02"))
    assert members(group_threads(dated[:3])) == [["b1", "b2", "b3"]]


def test_an_undated_story_decided_now_keeps_every_stored_story_of_its_region_in_the_pool():
    """``step._pairable`` keeps, for an undated story decided now, the stored stories of its region whatever
    their days, and for a dated one the stored undated stories of its region: the pairs ``similarities`` scores."""
    stories = _bihar_and_jharkhand_updates((None, "2019-11-02", "2020-04-02"))
    scores = similarities(stories)
    for k in range(len(stories)):
        order = [k, *(j for j in range(len(stories)) if j != k)]
        kept = {order[n] for n in _pairable([stories[j] for j in order], 1)}
        assert {j for j in range(len(stories)) if scores.get((min(j, k), max(j, k)), 0.0) > 0} <= kept
    assert scores.get((0, 1), 0.0) > 0 and scores.get((0, 2), 0.0) > 0 and (1, 2) not in scores


def test_an_undated_story_that_resembles_two_affairs_of_one_state_does_not_bridge_them():
    """A state's flood reports of one year and its case counts of the next are two affairs of one region. An
    undated story that speaks of both (floods and cases) is linked with all five by region, and joins one of
    them: the other's stories share nothing with the first's, so average link never merges the two."""
    def update(story_id: str, date: str | None, headline: str, *actors: ThreadEntity) -> ThreadInput:
        return ThreadInput(story_id, date, list(actors), vectorize(headline, "hi"), headline_region(headline))

    floods = [update("f1", "2019-07-14", "बिहार में बाढ़ से 12 जिले प्रभावित, कोसी और गंडक उफान पर", entity("अधिकारी1")),
              update("f2", "2019-07-16", "बिहार में बाढ़ का कहर, 13 जिलों के 25 लाख लोग प्रभावित, कोसी में उफान",
                     entity("अधिकारी2")),
              update("f3", "2019-07-19", "बिहार में बाढ़ से अब तक 67 लोगों की मौत, गंडक का जलस्तर घटा", entity("अधिकारी3"))]
    cases = [update("c1", "2020-03-29", "बिहार में कोरोना पॉजिटिव के चार और मामले, संक्रमितों की संख्या 15 हुई",
                    entity("अधिकारी4")),
             update("c2", "2020-03-31", "बिहार में कोरोना संक्रमितों की संख्या बढ़कर 21 हुई, सीवान में नए मामले",
                    entity("अधिकारी5"))]
    both = update("u1", None, "बिहार में बाढ़ और कोरोना: संक्रमितों की संख्या बढ़ी, कोसी के जिलों में राहत शिविर",
                  entity("अधिकारी6"))
    threads = members(group_threads([*floods, *cases, both]))
    assert ["f1", "f2", "f3"] in threads or ["f1", "f2", "f3", "u1"] in threads
    assert len(threads) == 2 and sum(len(t) for t in threads) == 6


def _summits(tmp_path: Path, name: str, rows: list[tuple[str, str, str, str]],
             one_at_a_time: bool = False) -> dict[str, str | None]:
    store = stored_reports(tmp_path / f"{name}.db", rows, one_at_a_time)
    assert len(store.stories()) == len(rows)  # threads only group stories
    return _thread_of(store)


def test_the_same_leaders_a_year_apart_are_one_affair_only_when_the_later_reports_recall_the_earlier(
        tmp_path: Path):
    """Two prime ministers meet in Delhi in March 2022 and in Tokyo in March 2023: the same two actors, a year
    apart, two affairs (nothing in the 2023 report goes back to 2022). When the 2023 report recalls the 2022
    summit ("मार्च 2022 में ... तय हुआ था") the two are one affair, as the seeds' 2025 Putin-Kim report recalls
    their 2023 meeting. Within ``ACTOR_DAYS`` the same actors link as before."""
    delhi = ("नई दिल्ली में शनिवार को प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री फुमियो किशिदा के बीच शिखर वार्ता हुई। "
             "जापान ने अगले पांच साल में भारत में पांच लाख करोड़ येन के निवेश का लक्ष्य रखा। दोनों नेताओं ने स्वच्छ ऊर्जा, "
             "सेमीकंडक्टर और हाई स्पीड रेल पर समझौतों पर हस्ताक्षर किए। किशिदा ने कहा कि भारत जापान का अहम साझेदार है।")
    tokyo = ("टोक्यो में सोमवार को प्रधानमंत्री नरेंद्र मोदी ने जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की। "
             "दोनों नेताओं ने रक्षा उपकरणों के साझा निर्माण और अंतरिक्ष में सहयोग पर बात की। किशिदा ने हिंद-प्रशांत "
             "क्षेत्र के लिए नई योजना पेश की और कहा कि भारत इसमें अहम भूमिका निभाएगा। मोदी ने जापानी कंपनियों को "
             "भारत में कारखाने लगाने का न्योता दिया।")
    recall = " दोनों नेताओं ने मार्च 2022 की शिखर वार्ता में तय निवेश लक्ष्य की प्रगति की भी समीक्षा की।"
    first = ("a-delhi", "2022-03-19", "मोदी और किशिदा की दिल्ली में शिखर वार्ता, जापान करेगा पांच लाख करोड़ येन का निवेश", delhi)
    follow = ("b-delhi", "2022-03-21", "किशिदा के दौरे के बाद जापान की कंपनियां भारत में बढ़ाएंगी निवेश, मोदी ने किया स्वागत",
              "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को कहा कि जापान के प्रधानमंत्री फुमियो किशिदा के दौरे से भारत और "
              "जापान के संबंध और मजबूत हुए हैं। जापान की कई कंपनियों ने भारत में नए कारखाने लगाने की घोषणा की।")
    later = ("c-tokyo", "2023-03-20", "टोक्यो में मोदी-किशिदा मुलाकात, रक्षा और अंतरिक्ष में सहयोग पर बात", tokyo)

    apart = _summits(tmp_path, "apart", [first, follow, later])
    assert apart["a-delhi"] is not None and apart["a-delhi"] == apart["b-delhi"]  # two days apart: one affair
    assert apart["c-tokyo"] != apart["a-delhi"]

    recalled = [first, follow, (*later[:3], tokyo + recall)]
    for one_at_a_time in (False, True):  # in one batch, and the 2023 report added to the stored 2022 thread
        thread = _summits(tmp_path, f"recalled{one_at_a_time}", recalled, one_at_a_time)
        assert thread["c-tokyo"] is not None and thread["c-tokyo"] == thread["a-delhi"] == thread["b-delhi"]
    assert len(set(_summits(tmp_path, "apart1", [first, follow, later], True).values())) == 2


def test_a_states_daily_counts_are_one_thread_and_its_cluster_story_stays_out():
    """Delhi's daily count on three days (a different official each day) is one thread. A Tablighi Jamaat story of
    the same state and days is about the Jamaat, an affair that the stories of other states name too: its region
    does not link it to Delhi's counts, and it threads with the Jamaat's clusters elsewhere. The prime minister's
    one-off visit to a Delhi hospital is about him (the country's stories name him too), not about Delhi's
    counts: it gets no thread."""
    jamaat, markaz = ("तबलीगी जमात", "ORG"), ("निजामुद्दीन मरकज", "ORG")
    rows = [
        ("d1", "2020-04-02", "दिल्ली में कोरोना संक्रमितों की संख्या 219 हुई, 24 घंटे में 67 नए मामले",
         [("दिल्ली", "LOC"), ("अरविंद केजरीवाल", "PER")]),
        ("d2", "2020-04-03", "दिल्ली में कोरोना के 93 नए मामले, संक्रमितों की कुल संख्या 386 पहुंची",
         [("दिल्ली", "LOC"), ("सत्येंद्र जैन", "PER")]),
        ("d3", "2020-04-04", "दिल्ली में कोरोना के 445 पॉजिटिव केस, 40 मामले लोकल ट्रांसमिशन के",
         [("दिल्ली", "LOC"), ("अरविंद केजरीवाल", "PER"), ("लोक नायक अस्पताल", "ORG")]),
        ("dj", "2020-04-03", "दिल्ली: तबलीगी जमात के मरकज से निकाले गए लोगों की तलाश तेज, पुलिस ने इलाका घेरा",
         [jamaat, ("दिल्ली", "LOC"), markaz, ("दिल्ली पुलिस", "ORG")]),
        ("hr", "2020-04-02", "हरियाणा: तबलीगी जमात के मरकज से लौटे लोगों की तलाश, नूंह में इलाका सील",
         [jamaat, ("हरियाणा", "LOC"), markaz, ("नूंह", "LOC")]),
        ("jh", "2020-04-04", "झारखंड: तबलीगी जमात के मरकज से लौटे लोगों की तलाश में छापे, रांची में इलाका सील",
         [jamaat, ("रांची", "LOC"), markaz, ("झारखंड", "LOC")]),
        ("pm", "2020-04-03", "दिल्ली में प्रधानमंत्री नरेंद्र मोदी ने एम्स के डॉक्टरों का हौसला बढ़ाया",
         [("नरेंद्र मोदी", "PER"), ("दिल्ली", "LOC"), ("एम्स", "ORG")]),
        ("pm-national", "2020-04-14", "प्रधानमंत्री नरेंद्र मोदी ने देश को संबोधित किया, तीन मई तक बढ़ी बंदी",
         [("नरेंद्र मोदी", "PER"), ("भारत", "LOC")]),
    ]
    inputs = _stories_of(rows)
    assert {s.place for s in inputs if s.story_id.startswith("d")} == {"Delhi"}
    assert inputs[3].actors and inputs[3].report is None  # the Jamaat's story names it and counts nothing
    assert members(group_threads([*inputs, *others(4)])) == [["d1", "d2", "d3"], ["dj", "hr", "jh"]]


def test_an_actor_of_one_regions_stories_is_part_of_its_affair():
    """A chief minister named in a headline of his state, and in no other state's stories, is no affair of his
    own: his state's stories still link by their region."""
    rows = [
        ("b1", "2020-03-29", "बिहार में कोरोना के 4 और मामले, संक्रमितों की संख्या 15 हुई", [("बिहार", "LOC")]),
        ("b2", "2020-03-30", "नीतीश कुमार ने बिहार में कोरोना जांच की समीक्षा की, जिलों को निर्देश",
         [("नीतीश कुमार", "PER"), ("बिहार", "LOC")]),
        ("b3", "2020-03-31", "बिहार में कोरोना के दो और मरीज मिले, सीवान में जांच तेज",
         [("बिहार", "LOC"), ("नीतीश कुमार", "PER"), ("सीवान", "LOC")]),
    ]
    inputs = _stories_of(rows)
    assert inputs[1].actors and affair_actors(inputs) == [frozenset()] * 3
    assert members(group_threads([*inputs, *others(4)])) == [["b1", "b2", "b3"]]


MIGRANTS_AND_ORDERS = [
    ("o1", "2020-05-01", "पंजाब में लॉकडाउन दो हफ्ते बढ़ा, कंटेनमेंट जोन में कोई ढील नहीं",
     [("पंजाब", "LOC"), ("अमरिंदर सिंह", "PER")]),
    ("o2", "2020-05-02", "बिहार में लॉकडाउन बढ़ा, रेड जोन के जिलों में कोई ढील नहीं",
     [("बिहार", "LOC"), ("नीतीश कुमार", "PER")]),
    ("o3", "2020-05-03", "राजस्थान में लॉकडाउन 17 मई तक बढ़ा, ग्रीन जोन में ढील",
     [("राजस्थान", "LOC"), ("अशोक गहलोत", "PER")]),
    ("m1", "2020-05-01", "लॉकडाउन में फंसे मजदूरों के लिए चलेंगी श्रमिक स्पेशल ट्रेनें",
     [("रेल मंत्रालय", "ORG"), ("पीयूष गोयल", "PER")]),
    ("m2", "2020-05-02", "लॉकडाउन में फंसे मजदूर पैदल घर को निकले, हाईवे पर भीड़",
     [("आगरा", "LOC"), ("यमुना एक्सप्रेसवे", "LOC")]),
    ("m3", "2020-05-03", "गुजरात में फंसे मजदूरों को स्पेशल ट्रेन से घर भेजा जाएगा",
     [("गुजरात", "LOC"), ("विजय रूपाणी", "PER")]),
]


def test_stranded_workers_and_lockdown_orders_are_two_affairs():
    """Workers stranded by the lockdown and the lockdown's orders both say लॉकडाउन; the orders also name their
    zones (जोन), the workers' reports the stranded workers (फंसे मजदूर). Each kind has a frame term rarer than the
    लॉकडाउन they share: two threads, not one. A report of stranded workers that does not say लॉकडाउन still joins
    theirs (what it shares with them, फंसे, is as specific as anything it has)."""
    inputs = _stories_of(MIGRANTS_AND_ORDERS)
    terms = frame_terms([*inputs, *others(8)])
    lockdown, zone, stranded = match_key("लॉकडाउन"), match_key("जोन"), match_key("फंसे")
    assert lockdown in terms[0] and zone in terms[0] and {lockdown, stranded} <= terms[3]
    assert members(group_threads([*inputs, *others(8)])) == [["m1", "m2", "m3"], ["o1", "o2", "o3"]]


def test_a_count_headline_that_names_an_unplaced_town_is_that_towns_report():
    """A headline that gives a town's count names the town; when the gazetteer does not place it (no state is
    known for it), the report is still the town's, not the country's tally, and it stays out of the national
    thread. A headline that names no place at all is the country's, as before."""
    ministry, india = ("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC")
    rows = [
        ("n1", "2020-04-23", "देश में कोरोना के 1409 नए मामले, संक्रमितों की संख्या 21 हजार के पार", [ministry, india]),
        ("n2", "2020-04-24", "पिछले 24 घंटे में कोरोना के 1752 नए मामले, अब तक 723 की मौत", [("लव अग्रवाल", "PER"), ministry]),
        ("n3", "2020-04-25", "देश में संक्रमितों की संख्या 24 हजार के पार, 24 घंटे में 1490 नए केस", [india, ministry]),
        ("town", "2020-04-24", "समालखा में 19 घंटे में 4 लोग कोरोना पॉजिटिव, इलाका सील",
         [("समालखा", "LOC"), ("गन्नौर", "LOC"), ("दत्ता कॉलोनी", "LOC")]),
    ]
    inputs = _stories_of(rows)
    assert [s.report for s in inputs] == ["India", "India", "India", "समालखा"]
    assert members(group_threads([*inputs, *others(4)])) == [["n1", "n2", "n3"]]


def test_a_count_of_the_whole_world_is_no_report_of_the_country():
    """A headline that gives the world's tally (दुनियाभर में) is no day of the country's count, though the
    article's first place is the country; a national tally that compares itself with the world is still the
    country's."""
    ministry, india, usa = ("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC"), ("अमेरिका", "LOC")
    rows = [
        ("n1", "2020-03-29", "देश में संक्रमितों की संख्या 979 हुई, 24 घंटे में 106 नए मामले", [ministry, india]),
        ("n2", "2020-03-31", "भारत में कोरोना के 1251 मामले, अब तक 32 लोगों की मौत", [india, ministry]),
        ("w1", "2020-03-30", "कोरोना वायरस का दुनियाभर में कहर, संक्रमितों की संख्या सात लाख के पार",
         [india, usa, ("इटली", "LOC")]),
        ("n3", "2020-04-01", "भारत में 1800 के करीब पहुंचे मरीज, जानिए दुनिया की तुलना में कहां खड़े हैं हम",
         [india, usa, ministry]),
    ]
    inputs = _stories_of(rows)
    assert [s.report for s in inputs] == ["India", "India", "world", "India"]
    assert members(group_threads([*inputs, *others(4)])) == [["n1", "n2", "n3"]]


def test_a_section_label_before_the_headline_does_not_make_it_the_countrys_report():
    """One paper runs its national page under "देश / ": a Mumbai slum's count on that page is Maharashtra's report
    (its places say so), not the country's tally; "देश" in the headline itself still speaks of the country."""
    rows = [
        ("m1", "2020-04-27", "देश / Coronavirus Update : धारावी में आज 41 नये पॉजिटिव केस, कुल 330 संक्रमित",
         [("महाराष्ट्र", "LOC"), ("मुंबई", "LOC"), ("भारत", "LOC")]),
        ("n1", "2020-04-27", "देश / देश में 24 घंटे में 1975 नए केस, संक्रमितों की संख्या 26 हजार के पार",
         [("स्वास्थ्य मंत्रालय", "ORG"), ("भारत", "LOC")]),
    ]
    assert [s.report for s in _stories_of(rows)] == ["Maharashtra", "India"]


def test_a_place_people_came_from_is_not_where_the_news_happens():
    """"हरियाणा से पटना लौटे" happens in Patna (Bihar), and Delhi is where the policemen came from, not where they
    tested positive: the region and the report scope are read without the places marked as an origin (से,
    from), and the headline itself is not changed (offsets hold)."""
    headline = "दिल्ली से नारनौल लौटे रेलवे पुलिस के 4 जवान कोरोना पॉजिटिव"
    assert scene_headline(headline, ["दिल्ली"]) == " " * len("दिल्ली") + headline[len("दिल्ली"):]
    rows = [
        ("h1", "2020-05-09", headline, [("नारनौल", "LOC"), ("हरियाणा", "LOC"), ("दिल्ली", "LOC")]),
        ("b1", "2020-05-09", "हरियाणा से पटना लौटे 3 युवक कोरोना पॉजिटिव, परिवार क्वारंटाइन",
         [("पटना", "LOC"), ("हरियाणा", "LOC")]),
    ]
    inputs = _stories_of(rows)
    assert [(s.place, s.report) for s in inputs] == [("Haryana", "Haryana"), ("Bihar", "Bihar")]
    # a place followed by another postposition is still the scene
    assert scene_headline("दिल्ली में 224 नए मामले", ["दिल्ली"]) == "दिल्ली में 224 नए मामले"


def test_a_bulletin_whose_first_places_are_countries_is_no_story_of_its_dateline_state():
    """A national news agency's bulletin (the USA's toll, India's count, Mexico) is datelined in Delhi: Delhi is
    the only state among its first places, but the countries before and after it weigh in the share, so the
    bulletin is no Delhi story. A Delhi report that names the country second is still Delhi's."""
    usa, delhi, india, mexico = (entity(n, "LOC") for n in ("अमेरिका", "दिल्ली", "भारत", "मेक्सिको"))
    bulletin = [usa, delhi, india, mexico]
    assert story_region("कोरोना वायरस अपडेट", bulletin, bulletin) is None
    assert story_region("राजधानी में 5 और मौतें, 310 नए मरीज", [delhi, india], [delhi, india]) == "Delhi"


def test_one_states_count_reports_link_whatever_words_they_share():
    """A state's daily tallies word their figure differently every day (a district's total one day, the state's
    the next) and may share no word at all; their scope and what they count are the link."""
    rows = [
        ("u1", "2020-05-05", "अमेठी और कुशीनगर में भी मिले मरीज, प्रदेश में अब 2950 पॉजिटिव",
         [("अमेठी", "LOC"), ("कुशीनगर", "LOC"), ("लखनऊ", "LOC")]),
        ("u2", "2020-05-08", "ताजनगरी में डराने लगा आंकड़ा, 712 पर पहुंची संक्रमितों की संख्या",
         [("आगरा", "LOC"), ("एसएन मेडिकल कॉलेज", "ORG")]),
    ]
    u1, u2 = _stories_of(rows)
    assert (u1.report, u2.report) == ("Uttar Pradesh", "Uttar Pradesh") and u1.counted & u2.counted
    assert sum(w * u2.words.get(k, 0.0) for k, w in u1.words.items()) < 0.05  # their words do not meet
    assert members(group_threads([u1, u2, *others(4)])) == [["u1", "u2"]]


def test_auxiliaries_and_count_verbs_never_frame_an_affair():
    """"रहीं" (were ...-ing) is rare in the background spellings but says only a tense; "बढ़ते" is a form of the
    rise of a count. Neither frames an affair; the words of what happened still do."""
    found = frame_candidates("लॉकडाउन में बंद रहीं शराब की दुकानें", "hi")
    assert match_key("रहीं") not in found and {match_key("लॉकडाउन"), match_key("शराब")} <= set(found)
    assert match_key("बढ़ते") not in frame_candidates("हर दिन यूं बढ़ते गए कोरोना के मामले", "hi")
    assert match_key("जाएंगे") not in frame_candidates("विदेशों में फंसे भारतीय लाए जाएंगे, मालदीव भेजे जहाज", "hi")


def test_a_story_is_windowed_by_the_day_it_was_reported_not_the_day_it_recalls():
    """A guide to the third lockdown, published on 4 May, is dated by its text to 24 March (when the first
    lockdown began): it is still one of the lockdown orders of those May days, because its links are windowed by
    the day it was first reported. A story whose articles give no day keeps the date its text gives."""
    rows = [
        ("o1", "2020-05-04", "2020-05-04", "पंजाब में लॉकडाउन दो हफ्ते और बढ़ा, दुकानें सुबह खुलेंगी", [("पंजाब", "LOC")]),
        ("o2", "2020-05-05", "2020-05-05", "राजस्थान में लॉकडाउन के नियम सख्त, जयपुर में दुकानें बंद",
         [("राजस्थान", "LOC"), ("जयपुर", "LOC")]),
        ("o3", "2020-05-06", "2020-05-06", "ओडिशा में लॉकडाउन 17 मई तक, शहरों में कर्फ्यू", [("ओडिशा", "LOC")]),
        ("g1", "2020-03-24", "2020-05-04T06:00:00", "लॉकडाउन 3.0: क्या खुलेगा और क्या नहीं, जानिए सबकुछ",
         [("केंद्र सरकार", "ORG")]),
    ]
    entities = {n: Entity("e_" + n, t, n) for *_, central in rows for n, t in central}
    stories = [Story(i, [i], headline, date=date, first_seen=seen, entity_ids=["e_" + n for n, _ in central])
               for i, date, seen, headline, central in rows]
    inputs = thread_inputs(stories, list(entities.values()), {})
    assert [s.date for s in inputs] == ["2020-05-04", "2020-05-05", "2020-05-06", "2020-05-04"]
    assert members(group_threads([*inputs, *others(4)])) == [["g1", "o1", "o2", "o3"]]
    undated = Story("u1", ["u1"], "लॉकडाउन 3.0: क्या खुलेगा", date="2020-03-24")
    assert thread_inputs([undated], [], {})[0].date == "2020-03-24"


def test_a_frame_links_the_stories_of_one_country_only():
    """The UK extending its lockdown is no day of India's lockdown orders, though its headline says लॉकडाउन in the
    same week; a Hindi story that names no region (the Centre's guidelines) is about the home country and joins
    the states' orders."""
    rows = [
        ("o1", "2020-05-04", "पंजाब में लॉकडाउन दो हफ्ते और बढ़ा, दुकानें सुबह खुलेंगी", [("पंजाब", "LOC")]),
        ("o2", "2020-05-05", "राजस्थान में लॉकडाउन के नियम सख्त, जयपुर में दुकानें बंद", [("राजस्थान", "LOC"), ("जयपुर", "LOC")]),
        ("o3", "2020-05-07", "लॉकडाउन के बाद उद्योग खोलने के लिए केंद्र ने जारी किए दिशानिर्देश", [("गृह मंत्रालय", "ORG")]),
        ("uk", "2020-05-06", "ब्रिटेन में लॉकडाउन बढ़ाए जाने की उम्मीद, दुकानें अभी बंद रहेंगी",
         [("ब्रिटेन", "LOC"), ("बोरिस जॉनसन", "PER")]),
    ]
    inputs = _stories_of(rows)
    assert inputs[3].place == "United Kingdom" and inputs[2].place is None
    assert members(group_threads([*inputs, *others(4)])) == [["o1", "o2", "o3"]]


def test_a_figure_counts_what_its_own_clause_or_one_before_it_names():
    """A headline's figure counts the thing its clause, or a clause before it, names; a counted word in a later
    clause is what the headline says next, and an item number before the headline is no figure. Such headlines
    are no count reports, and the thread step files none of them under the country's daily tally."""
    assert headline_counted("कोरोनावायरस: आज ही अपनाएं ये 7 आदतें, संक्रमण का खतरा होगा कम") == frozenset()
    assert headline_counted("सरकार के इन 2 फैसलों से मिली राहत, संक्रमण की रफ्तार में कमी") == frozenset()
    assert headline_counted("3.जर्मनी से लौटे दंपती की रिपोर्ट आई, पत्नी कोरोना पॉजिटिव") == frozenset()
    assert headline_counted("जमात के कारण जिले में बढ़े कोरोना पॉजिटिव, अब 412") == {"infected"}
    assert headline_counted("राज्य में तीन नए मरीज मिले, एक की मौत") == {"infected", "dead"}
    rows = [
        ("n1", "2020-03-04", "देश में संक्रमितों की संख्या बढ़कर 31 हुई, सभी राज्यों को अलर्ट",
         [("भारत", "LOC"), ("स्वास्थ्य मंत्रालय", "ORG")]),
        ("n2", "2020-03-07", "भारत में कोरोना के मामले 39 हुए, तीन नए मरीज मिले", [("भारत", "LOC")]),
        ("tips", "2020-03-05", "कोरोनावायरस: आज ही अपनाएं ये 7 आदतें, संक्रमण का खतरा होगा कम", [("भारत", "LOC")]),
    ]
    stories = _stories_of(rows)
    assert [s.report for s in stories] == ["India", "India", None]
    assert members(group_threads(stories)) == [["n1", "n2"]]


def test_no_affair_is_framed_by_a_tense_a_feeling_or_a_suspect():
    """Auxiliaries of the future (बंद रहेंगे), the postposition के चलते, the feelings headlines give any news (डर,
    हड़कंप, दहशत) and the suspects or patients a case report counts (संदिग्ध मरीज) frame no affair: two states'
    suspects are each their state's news, a shop's fear and a market's panic no one affair."""
    for headline in ("गुजरात में 31 मार्च तक सभी स्कूल बंद रहेंगे", "कोरोना के चलते स्थगित हुआ मैच",
                     "मेरठ में मिला कोरोना का संदिग्ध मरीज, मचा हड़कंप", "संक्रमण के डर से घटी बिक्री, बाजार में दहशत",
                     "वायरस से पीड़ित महिला अस्पताल में भर्ती"):
        words = set(frame_candidates(headline, "hi"))
        assert not words & {match_key(w) for w in ("रहेंगे", "चलते", "संदिग्ध", "हड़कंप", "डर", "दहशत", "पीड़ित")}, headline
    rows = [
        (f"s{k}", f"2020-03-{10 + k:02d}", f"{town} में मिला कोरोना का संदिग्ध मरीज, {where} अस्पताल में भर्ती",
         [(town, "LOC")])
        for k, (town, where) in enumerate([("मेरठ", "जिला"), ("कोच्चि", "मेडिकल कॉलेज"), ("लुधियाना", "सिविल"),
                                           ("पुणे", "नायडू")])
    ]
    assert not any(match_key("संदिग्ध") in terms for terms in frame_terms(_stories_of(rows)))


def test_a_count_report_is_the_scenes_not_a_place_it_compares_with():
    """"चीन के बाद ईरान में ..." counts Iran's dead: China is named to compare, Iran is where it happens (में). The
    two countries' daily counts are two reports, and Iran's joins Iran's next count."""
    rows = [
        ("ir1", "2020-03-01", "कोरोना वायरस: चीन के बाद ईरान में सबसे ज्यादा मौतें, अब तक 54 लोगों की मौत",
         [("चीन", "LOC"), ("ईरान", "LOC"), ("तेहरान", "LOC")]),
        ("ir2", "2020-03-04", "ईरान में कोरोना से 77 लोगों की मौत, संसद के 23 सदस्य संक्रमित",
         [("ईरान", "LOC"), ("तेहरान", "LOC")]),
        ("cn1", "2020-03-03", "चीन में कोरोना वायरस से मरने वालों की संख्या 2,943 हुई", [("चीन", "LOC"), ("वुहान", "LOC")]),
    ]
    assert [s.report for s in _stories_of(rows)] == ["Iran", "Iran", "China"]


def test_worldwide_says_where_not_what():
    """दुनियाभर (worldwide) says where a headline's news happens, as a place's name does: it frames no affair, so
    the world economy's losses and a WHO warning about the sick do not join the world's daily tally through it."""
    assert match_key("दुनियाभर") not in frame_candidates("कोरोना का असर: दुनियाभर के शेयर बाजारों में भारी नुकसान", "hi")
    assert match_key("विश्वभर") not in frame_candidates("विश्वभर में स्कूल बंद, करोड़ों छात्र घर पर", "hi")
    assert "worldwide" not in frame_candidates("Schools shut worldwide as the virus spreads", "en")


def test_one_regions_news_of_a_few_days_is_a_thread_whatever_its_headlines_say():
    """Session 17: a state's curfew, its hospitals and its stranded workers, reported by different officials on
    three days, share no headline word; readers call them the state's one thread. The place link no longer asks
    their words to meet (``PLACE_MIN_WORDS`` = 0); another state's news of the same days stays apart."""
    def story(story_id: str, date: str, headline: str, *actors: ThreadEntity) -> ThreadInput:
        return ThreadInput(story_id, date, list(actors), vectorize(headline, "hi"), headline_region(headline))

    bihar = [
        story("b1", "2020-04-02", "बिहार में रात का कर्फ्यू लागू, सड़कों पर पुलिस तैनात", entity("कुमार रवि")),
        story("b2", "2020-04-04", "बिहार के अस्पतालों में वेंटिलेटर की भारी कमी", entity("मंगल पांडेय")),
        story("b3", "2020-04-06", "बिहार लौटे प्रवासी मजदूर क्वारंटाइन केंद्रों में रखे गए", entity("प्रत्यय अमृत")),
    ]
    kerala = [story("k1", "2020-04-03", "केरल में मछुआरों को समुद्र में जाने की छूट", entity("पिनराई विजयन"))]
    assert [s.place for s in bihar] == ["Bihar"] * 3
    assert members(group_threads([*bihar, *kerala, *others(4)])) == [["b1", "b2", "b3"]]


def _pile(rows: list[tuple[str, str, str, str]]) -> list[ThreadInput]:
    """Thread inputs of stories with no central entity, from (id, date, headline, summary) rows."""
    stories = [Story(story_id, [story_id], headline, date=date, summary=[{"text": summary}])
               for story_id, date, headline, summary in rows]
    return thread_inputs(stories, [], {})


def test_a_small_pile_knows_its_subject_as_a_large_store_does():
    """A reader who ingests three days of covid news (eleven stories) has कोरोना in five headlines of five kinds
    of news (an explainer, the country's count, a vaccine trial, a hospital's new ward, a study of the heat) and
    in the summaries of most of the others. In a store of hundreds it is the subject by its headlines' share; in
    the pile the ten pseudo-stories of ``subject_words`` hid it (5 of 11 counted as 5 of 21), it became a frame
    term and threaded the five. A word in at least ``SUBJECT_MIN_STORIES`` headlines, more than
    ``FRAME_MAX_SHARE`` of them, that most stories say in headline or summary is the subject however small the
    pile. An affair's word is not: five lockdown orders among fourteen stories, or three among four."""
    covid = [("k1", "2021-06-01", "कोरोना के बारे में दस बातें जो हर किसी को जाननी चाहिए", "हाथ धोते रहें और दूरी रखें।"),
             ("k2", "2021-06-01", "देश में कोरोना के 1203 नए मरीज, अब तक 41 की जान गई", "स्वास्थ्य मंत्रालय ने आंकड़े जारी किए।"),
             ("k3", "2021-06-02", "कोरोना के टीके का दूसरा परीक्षण अगले हफ्ते से शुरू होगा", "पहले चरण के नतीजे अच्छे रहे।"),
             ("k4", "2021-06-02", "जिला अस्पताल में कोरोना मरीजों के लिए नया वार्ड तैयार", "वार्ड में चालीस बिस्तर लगाए गए हैं।"),
             ("k5", "2021-06-03", "गर्मी बढ़ने से कोरोना पर कितना असर पड़ेगा, वैज्ञानिकों ने बताया", "अध्ययन तीन देशों में हुआ।")]
    rest = [("r1", "2021-06-01", "मास्क न पहनने पर पांच सौ रुपये जुर्माना", "कोरोना संक्रमण रोकने के लिए नगर निगम का फैसला।"),
            ("r2", "2021-06-01", "शादी में पचास से ज्यादा मेहमान नहीं बुला सकेंगे", "कोरोना के नियम तोड़ने पर कार्रवाई होगी।"),
            ("r3", "2021-06-02", "परीक्षाएं ऑनलाइन होंगी, विश्वविद्यालय की सूचना", "कोरोना के कारण छात्र घर से परीक्षा देंगे।"),
            ("r4", "2021-06-02", "पेट्रोल के दाम फिर बढ़े, ग्राहकों में नाराजगी", "तेल कंपनियों ने नई दरें जारी कीं।"),
            ("r5", "2021-06-03", "रेलवे ने बीस स्पेशल ट्रेनें और चलाईं", "कोरोना से बंद ट्रेनें धीरे धीरे शुरू हो रही हैं।"),
            ("r6", "2021-06-03", "मानसून ने केरल तट पर दस्तक दी", "मौसम विभाग ने भारी बारिश की चेतावनी दी।")]
    inputs = _pile([*covid, *rest])
    corona = match_key("कोरोना")
    assert all(corona in s.frame for s in inputs[:5])
    assert corona in subject_words(inputs)
    assert all(corona not in terms for terms in frame_terms(inputs))
    assert not any(len(set(t) & {"k1", "k2", "k3", "k4", "k5"}) > 1 for t in members(group_threads(inputs)))
    # An affair's word is in its affair's stories only: five lockdown orders among fourteen covid stories (more
    # than FRAME_MAX_SHARE of the headlines) still frame their affair, and so do three orders among four stories.
    lockdown = match_key("लॉकडाउन")
    orders = [(f"l{k}", f"2020-03-2{k}", f"{state} में 31 मार्च तक लॉकडाउन, जरूरी सेवाएं चालू रहेंगी",
               "दूध और दवा की दुकानें खुली रहेंगी, लॉकडाउन तोड़ने पर मुकदमा होगा।")
              for k, state in enumerate(["बिहार", "पंजाब", "केरल", "गुजरात", "ओडिशा"])]
    others_ = [(title, summary) for _, _, title, summary in rest] + [
        ("शेयर बाजार में भारी गिरावट", "कोरोना के डर से निवेशकों ने शेयर बेचे।"),
        ("बोर्ड परीक्षा की तारीख टली", "कोरोना के कारण परीक्षाएं अप्रैल में होंगी।"),
        ("अस्पतालों में जांच किट की कमी", "कोरोना जांच के लिए मरीज घंटों लाइन में रहे।")]
    pile = _pile([*orders, *((f"q{k}", f"2020-03-2{k % 5}", title, summary)
                             for k, (title, summary) in enumerate(others_))])
    assert len(pile) == 14
    assert lockdown not in subject_words(pile)
    assert all(lockdown in terms for terms in frame_terms(pile)[:5])
    assert lockdown not in subject_words(_stories_of([*LOCKDOWNS, JHARKHAND_COUNT]))


def test_a_national_count_that_names_no_country_is_the_home_countrys_in_a_small_pile():
    """देश में (the country) in a Hindi headline is India, however few of the pile's count reports name India. In
    three days of news whose other count reports are China's, the country's count of 125 new cases is no day of
    China's count (the majority of the reports beside it made it China's), and it stays out of China's thread."""
    ministry, china, wuhan = ("स्वास्थ्य मंत्रालय", "ORG"), ("चीन", "LOC"), ("वुहान", "LOC")
    rows = [("n1", "2020-03-28", "देश में एक दिन में कोरोना के 125 नए मामले, कुल संख्या 900 के पार", [ministry]),
            ("c1", "2020-03-28", "चीन में कोरोना से 50 और मौतें, वुहान में फिर बढ़े मामले", [china, wuhan]),
            ("c2", "2020-03-29", "चीन में कोरोना के 45 नए मामले, विदेश से लौटे लोग संक्रमित", [china, wuhan])]
    inputs = _stories_of(rows)
    assert [s.report for s in inputs] == ["India", "China", "China"]
    assert not any("n1" in t for t in members(group_threads([*inputs, *others(4)])))


CLICHE_ROWS = [
    ("a1", "2020-03-10", "नेपाल सीमा पर अलर्ट, चौकियों पर जांच शुरू", [("नेपाल", "LOC")]),
    ("a2", "2020-03-11", "होली पर मथुरा पुलिस अलर्ट, चौराहों पर गश्त", [("मथुरा", "LOC")]),
    ("a3", "2020-03-12", "केरल में बर्ड फ्लू का अलर्ट, मुर्गियां मारी गईं", [("केरल", "LOC")]),
    ("d1", "2020-03-11", "हरियाणा में कोरोना महामारी घोषित", [("हरियाणा", "LOC")]),
    ("d2", "2020-03-12", "देहरादून की अकादमी का परिसर आइसोलेशन जोन घोषित", [("देहरादून", "LOC")]),
    ("d3", "2020-03-13", "बिहार इंटर का परिणाम घोषित, 80 प्रतिशत पास", [("बिहार", "LOC")]),
    ("l1", "2020-03-12", "इटली से लौटे आठ लोग रांची के अस्पताल में भर्ती", [("इटली", "LOC"), ("रांची", "LOC")]),
    ("l2", "2020-03-13", "भोपाल में हड़ताल से लौटे कर्मचारी काम पर", [("भोपाल", "LOC")]),
    ("l3", "2020-03-14", "चुनाव प्रचार से लौटे मंत्री ने जयपुर में बैठक ली", [("जयपुर", "LOC")]),
]


def test_a_headline_cliche_frames_no_affair():
    """Session 29: an alert (अलर्ट), a declaration (घोषित), people who returned (लौटे) are what headlines of any
    affair say: a border's alert, a police alert for a festival and a bird-flu alert in another state are three
    affairs, and so are a declared epidemic, a declared isolation zone and declared exam results. Such words
    (``cliche_words`` of ``lang/hi/threads.json``) frame nothing; the word of the affair itself still does."""
    inputs = _stories_of(CLICHE_ROWS)
    clichés = {match_key(w) for w in ("अलर्ट", "घोषित", "लौटे")}
    assert not any(clichés & set(s.frame) for s in inputs)
    assert not any(clichés & terms for terms in frame_terms([*inputs, *others(4)]))
    assert members(group_threads([*inputs, *others(4)])) == []
    assert match_key("आइसोलेशन") in frame_candidates("देहरादून की अकादमी का परिसर आइसोलेशन जोन घोषित", "hi")


def test_a_hindi_headline_of_an_english_story_is_read_as_hindi():
    """A story whose first report is English may carry a Hindi headline. Read with the English background's
    weights every Hindi word is unseen, so में, का, की were frame candidates and linked two quakes' stories."""
    found = set(frame_candidates("नेपाल में 7 तीव्रता का भूकंप, सैकड़ों की मौत", "en", ["नेपाल"]))
    assert not found & {match_key(w) for w in ("में", "का", "की")}
    assert match_key("भूकंप") in found
