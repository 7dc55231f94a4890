"""Claims: one numeric fact across the articles of a story, its independent sources and its conflicts."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import copy_db, run_khabar
from khabar.api import Khabar
from khabar.commands.claims import collect as collect_claims
from khabar.evaluation.claims import score
from khabar.export import records
from khabar.link.claims import (
    COUNTRY,
    ClaimArticle,
    claim_aspects,
    claim_kind,
    claim_scopes,
    figure_scope,
    figure_series,
    find_claims,
    link_claims,
    predicate,
    range_end,
    unit_key,
)
from khabar.model import Claim, Quantity
from khabar.store.sqlite import SqliteStore


def _q(article_id: str, text: str, words: str, value: float, unit: str | None, qualifier: str | None = None,
       ordinal: bool = False, nth: int = 0) -> Quantity:
    """The quantity ``words`` as it stands in ``text`` (its ``nth`` occurrence), offsets and all."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Quantity(start, start + len(words), words, value, unit, qualifier, ordinal,
                    id=f"{article_id}:{start}", article_id=article_id)


def _article(article_id: str, text: str, spans: list[tuple], group: str | None = None) -> ClaimArticle:
    quantities = [_q(article_id, text, *span) for span in spans]
    for q in quantities:
        assert text[q.start:q.end] == q.text
    return ClaimArticle(article_id, text, quantities, group)


# A wire story (two outlets rewrite its lead and keep its body), one outlet's own report, and one that gives
# another number.
WIRE_A = ("सियोल। दक्षिण कोरियाई खुफिया एजेंसी के अनुसार उत्तर कोरिया ने रूस में लगभग 13,000 सैनिक भेजे हैं। "
          "एजेंसी ने बताया कि इनमें से कई सैनिक कुर्स्क क्षेत्र में तैनात हैं।")
WIRE_B = ("उत्तर कोरिया ने रूस में लगभग 13,000 सैनिक भेजे हैं, दक्षिण कोरियाई खुफिया एजेंसी ने बुधवार को कहा। "
          "एजेंसी ने बताया कि इनमें से कई सैनिक कुर्स्क क्षेत्र में तैनात हैं।")
OWN = "हमारे संवाददाता के अनुसार कुर्स्क क्षेत्र में उत्तर कोरिया के 13,000 सैनिकों की तैनाती हुई है।"
OTHER = "एक अमेरिकी अधिकारी ने कहा कि उत्तर कोरिया ने रूस के कुर्स्क क्षेत्र में 12,000 सैनिक भेजे।"


def _troop_story() -> list[ClaimArticle]:
    return [
        _article("a", WIRE_A, [("लगभग 13,000 सैनिक", 13000, "सैनिक", "about")], group="g-wire"),
        _article("b", WIRE_B, [("लगभग 13,000 सैनिक", 13000, "सैनिक", "about")], group="g-wire"),
        _article("c", OWN, [("13,000 सैनिकों", 13000, "सैनिकों")]),
        _article("d", OTHER, [("12,000 सैनिक", 12000, "सैनिक")]),
    ]


def _by_value(claims: list[Claim]) -> dict[float, Claim]:
    return {c.value: c for c in claims}


def test_wire_copies_count_once_and_an_independent_outlet_adds_one() -> None:
    claims, claim_of = find_claims("s1", _troop_story())
    troops = _by_value(claims)[13000]
    assert troops.article_ids == ["a", "b", "c"]
    assert troops.independent_sources == 2
    assert troops.text == "लगभग 13,000 सैनिक"  # the wording two of the three articles use
    assert troops.unit == "सैनिक"
    assert troops.story_id == "s1"
    wire_quantities = [q for art in _troop_story() for q in art.quantities if q.value == 13000]
    assert {claim_of[q.id] for q in wire_quantities} == {troops.id}


def test_another_number_for_the_same_thing_is_a_conflict_both_ways() -> None:
    claims, _ = find_claims("s1", _troop_story())
    c13, c12 = _by_value(claims)[13000], _by_value(claims)[12000]
    assert c12.independent_sources == 1
    assert c13.conflicts == [c12.id]
    assert c12.conflicts == [c13.id]


def test_about_allows_a_close_number() -> None:
    close = _article("d", OTHER.replace("12,000", "12,800"), [("12,800 सैनिक", 12800, "सैनिक")])
    story = [*_troop_story()[:3], close]
    claims, _ = find_claims("s1", story)
    assert all(not c.conflicts for c in claims)


def test_more_than_is_not_contradicted_by_a_larger_number_but_less_than_is() -> None:
    more = "शिखर सम्मेलन में दो दर्जन से अधिक राष्ट्रीय नेता बीजिंग पहुंचे।"
    exact = "बीजिंग के शिखर सम्मेलन में 26 राष्ट्रीय नेताओं ने भाग लिया।"
    fewer = "बीजिंग के शिखर सम्मेलन में 20 से कम राष्ट्रीय नेता पहुंचे।"
    claims, _ = find_claims("s2", [
        _article("x", more, [("दो दर्जन से अधिक राष्ट्रीय नेता", 24, "नेता", "more than")]),
        _article("y", exact, [("26 राष्ट्रीय नेताओं", 26, "नेता")]),
        _article("z", fewer, [("20 से कम राष्ट्रीय नेता", 20, "नेता", "less than")]),
    ])
    by = _by_value(claims)
    assert by[24].conflicts == [by[20].id]  # "more than 24" and "fewer than 20" cannot both hold
    assert sorted(by[20].conflicts) == sorted([by[24].id, by[26].id])
    assert by[26].conflicts == [by[20].id]  # 26 is "more than two dozen": no conflict with x


def test_two_numbers_in_one_article_are_two_facts_not_a_conflict() -> None:
    text = "हादसे में 10 लोगों की मौत हो गई और 20 लोग घायल हुए।"
    other = "पुलिस के अनुसार हादसे में 12 लोगों की मौत हुई।"
    claims, _ = find_claims("s3", [
        _article("m", text, [("10 लोगों", 10, "लोग"), ("20 लोग", 20, "लोग")]),
        _article("n", other, [("12 लोगों", 12, "लोग")]),
    ])
    by = _by_value(claims)
    assert (by[10].predicate, by[12].predicate, by[20].predicate) == ("dead", "dead", "injured")
    assert by[10].conflicts == [by[12].id] and by[12].conflicts == [by[10].id]
    assert by[20].conflicts == []  # 20 injured says nothing against 12 dead
    assert by[10].id not in by[20].conflicts  # article m states both


def test_same_unit_in_unrelated_context_is_no_conflict() -> None:
    claims, _ = find_claims("s4", [
        _article("p", "उत्तर कोरिया ने सोमवार सुबह पूर्वी सागर की ओर 5 मिसाइलें दागीं।",
                 [("5 मिसाइलें", 5, "मिसाइलें")]),
        _article("q", "राजधानी के संग्रहालय में पुरानी 3 मिसाइलें प्रदर्शित हैं।", [("3 मिसाइलें", 3, "मिसाइलें")]),
    ])
    assert len(claims) == 2 and all(not c.conflicts for c in claims)


def test_inflected_units_fold_together() -> None:
    claims, _ = find_claims("s5", [
        _article("h1", "परीक्षण में दो बैलिस्टिक मिसाइलें दागी गईं।", [("दो बैलिस्टिक मिसाइलें", 2, "मिसाइलें")]),
        _article("h2", "सेना ने दो बैलिस्टिक मिसाइलों का परीक्षण किया।", [("दो बैलिस्टिक मिसाइलों", 2, "मिसाइल")]),
        _article("h3", "बैठक दो घंटे चली।", [("दो घंटे", 2, "घंटे")]),
        _article("h4", "वार्ता करीब दो घंटों तक चली।", [("दो घंटों", 2, "घंटों")]),
    ])
    assert sorted(c.article_ids for c in claims) == [["h1", "h2"], ["h3", "h4"]]
    assert unit_key("सैनिक") == unit_key("सैनिकों") == unit_key("जवानों")
    assert unit_key("नेता") == unit_key("नेताओं")
    assert unit_key("घंटा") == unit_key("घंटे") == unit_key("घंटों")
    assert unit_key("लड़कियां") == unit_key("लड़कियों") == unit_key("लड़की")
    assert unit_key("soldiers") == unit_key("soldier") == unit_key("troops")
    assert unit_key("casualties") == unit_key("casualty")
    assert unit_key("सैनिक") != unit_key("मिसाइल") and unit_key("missiles") != unit_key("soldiers")


def test_english_rewrites_of_one_fact() -> None:
    first = "Seoul says North Korea has sent about 13,000 troops to Russia, mostly to the Kursk region."
    second = "Some 13,000 soldiers from North Korea are in Russia's Kursk region, Seoul said."
    third = "US officials put the number at 11,000 soldiers in the Kursk region."
    claims, _ = find_claims("e1", [
        _article("en1", first, [("about 13,000 troops", 13000, "troops", "about")], group="g1"),
        _article("en2", second, [("Some 13,000 soldiers", 13000, "soldiers", "about")]),
        _article("en3", third, [("11,000 soldiers", 11000, "soldiers")]),
    ])
    by = _by_value(claims)
    assert by[13000].article_ids == ["en1", "en2"] and by[13000].independent_sources == 2
    assert by[13000].conflicts == [by[11000].id]


def test_one_fact_told_in_hindi_and_english_is_one_claim() -> None:
    claims, _ = find_claims("x1", [
        _article("hi1", OWN, [("13,000 सैनिकों", 13000, "सैनिक")]),
        _article("en1", "Seoul says about 13,000 troops are in Kursk.",
                 [("about 13,000 troops", 13000, "troops", "about")]),
    ])
    assert len(claims) == 1 and claims[0].article_ids == ["en1", "hi1"] and claims[0].independent_sources == 2
    assert unit_key("मिसाइलें") == unit_key("missiles") and unit_key("नेताओं") == unit_key("leaders")


def test_counted_things_outside_the_unit_list_meet_their_english_word() -> None:
    floods_hi = "असम के 19 जिलों में बाढ़ से 40 नावें बह गईं।"
    floods_en = "Floods hit 19 districts of Assam and swept away 40 boats."
    claims, _ = find_claims("x2", [
        _article("hi1", floods_hi, [("19 जिलों", 19, "जिला"), ("40 नावें", 40, "नावें")]),
        _article("en1", floods_en, [("19 districts", 19, "districts"), ("40 boats", 40, "boats")]),
    ])
    assert sorted((c.value, c.article_ids) for c in claims) == [(19, ["en1", "hi1"]), (40, ["en1", "hi1"])]


def test_ordinals_make_claims_but_never_conflict() -> None:
    claims, claim_of = find_claims("s6", [
        _article("o1", "द्वितीय विश्व युद्ध की समाप्ति की 80वीं वर्षगांठ पर परेड हुई। किम पहली बार आए।",
                 [("80वीं वर्षगांठ", 80, "वर्षगांठ", None, True), ("पहली बार", 1, "बार", None, True)]),
        _article("o2", "विश्व युद्ध की 80वीं वर्षगांठ की परेड में किम दूसरी बार आए।",
                 [("80वीं वर्षगांठ", 80, "वर्षगांठ", None, True), ("दूसरी बार", 2, "बार", None, True)]),
    ])
    by = {(c.value, c.unit): c for c in claims}
    assert by[(80, "वर्षगांठ")].article_ids == ["o1", "o2"]
    assert not by[(1, "बार")].conflicts and not by[(2, "बार")].conflicts
    assert len(claim_of) == 4


def test_an_ordinal_and_a_count_with_the_same_value_are_different_claims() -> None:
    claims, _ = find_claims("s7", [
        _article("k1", "वे दो बार मिले।", [("दो बार", 2, "बार")]),
        _article("k2", "वे दूसरी बार मिले।", [("दूसरी बार", 2, "बार", None, True)]),
    ])
    assert len(claims) == 2 and all(len(c.article_ids) == 1 for c in claims)


def test_a_number_without_a_unit_makes_no_claim() -> None:
    text = "जीत का अंतर 4,512 रहा; विजेता को कुल 4,512 वोट से बढ़त मिली।"
    article = _article("u", text, [("4,512", 4512, None), ("4,512 वोट", 4512, "वोट")])
    claims, claim_of = find_claims("s8", [article])
    assert [c.text for c in claims] == ["4,512 वोट"]
    assert article.quantities[0].id not in claim_of and article.quantities[1].id in claim_of


def test_ids_are_stable_and_do_not_depend_on_input_order() -> None:
    story = _troop_story()
    first, links = find_claims("s1", story)
    again, links_again = find_claims("s1", list(reversed(story)))
    assert sorted(c.id for c in first) == sorted(c.id for c in again) and links == links_again
    assert [c.text for c in sorted(first, key=lambda c: c.id)] == [c.text for c in sorted(again, key=lambda c: c.id)]
    other_story, _ = find_claims("s2", story)
    assert not {c.id for c in first} & {c.id for c in other_story}


# -- the store, after a real ingest ------------------------------------------------------------------------------
WIRE_BODY = ("दक्षिण कोरिया की राष्ट्रीय खुफिया सेवा ने सांसदों को बताया कि उत्तर कोरियाई सैनिक कुर्स्क क्षेत्र के "
             "मोर्चे पर यूक्रेनी ड्रोन हमलों में भारी नुकसान झेल रहे हैं।\n\n"
             "खुफिया सेवा के अनुसार प्योंगयांग ने मॉस्को को तोपखाने के गोले और बैलिस्टिक मिसाइलें भी भेजी हैं "
             "और बदले में वायु रक्षा प्रणाली मांगी है।\n")
STORE_ARTICLES = {
    "wire1": ("उत्तर कोरिया ने कुर्स्क भेजे लगभग 13,000 सैनिक\n\nसियोल। उत्तर कोरिया ने रूस के कुर्स्क क्षेत्र में "
              "लगभग 13,000 सैनिक भेजे हैं, दक्षिण कोरिया की खुफिया सेवा ने बुधवार को कहा।\n\n" + WIRE_BODY),
    "wire2": ("कुर्स्क में उत्तर कोरियाई सैनिक: सियोल की खुफिया रिपोर्ट\n\nदक्षिण कोरिया की खुफिया सेवा का कहना है कि "
              "रूस के कुर्स्क क्षेत्र में उत्तर कोरिया के लगभग 13,000 सैनिक मौजूद हैं।\n\n" + WIRE_BODY),
    "own": ("कुर्स्क मोर्चे पर उत्तर कोरियाई सैनिक\n\nहमारे संवाददाता के अनुसार रूस के कुर्स्क क्षेत्र के मोर्चे पर "
            "उत्तर कोरिया के 13,000 सैनिकों की तैनाती हुई है और वे यूक्रेनी ड्रोन हमलों में नुकसान झेल रहे हैं। "
            "दक्षिण कोरिया की खुफिया सेवा ने सांसदों को उत्तर कोरियाई सैनिक और प्योंगयांग की बैलिस्टिक मिसाइलें "
            "भेजे जाने की जानकारी दी।\n"),
    "other": ("कुर्स्क में उत्तर कोरियाई सैनिकों की संख्या पर सवाल\n\nएक अमेरिकी अधिकारी ने कहा कि उत्तर कोरिया ने रूस के "
              "कुर्स्क क्षेत्र के मोर्चे पर 12,000 सैनिक भेजे हैं, जो यूक्रेनी ड्रोन हमलों में नुकसान झेल रहे हैं। "
              "अधिकारी के अनुसार प्योंगयांग ने मॉस्को को बैलिस्टिक मिसाइलें और तोपखाने के गोले भी भेजे हैं।\n"),
}


@pytest.fixture(scope="module")
def store_articles_ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One CLI ingest of the four articles for the module; each test works on a copy."""
    folder = tmp_path_factory.mktemp("claims_articles")
    for name, text in STORE_ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path_factory.mktemp("claims_store") / "claims.db"
    result = run_khabar("ingest", str(folder), db=db)
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture()
def ingested(store_articles_ingested: Path, db: Path) -> Path:
    return copy_db(store_articles_ingested, db)


def _troop_claims(store: SqliteStore) -> dict[float, dict]:
    return {c["value"]: c for c in records(store)["claims"] if c["unit"] and "सैनिक" in c["unit"]}


def test_link_claims_on_an_ingested_store(ingested: Path) -> None:
    store = SqliteStore(ingested)
    groups = dict(store.db.execute("SELECT id, syndication_group FROM articles").fetchall())
    assert groups["wire1"] and groups["wire1"] == groups["wire2"] and groups["own"] != groups["wire1"]
    assert len({r[0] for r in store.db.execute("SELECT story_id FROM articles")}) == 1

    # khabar ingest links claims itself (the last link step); running it again gives the same count.
    assert store.count("claims") > 0
    assert link_claims(store) == store.count("claims")
    troops = _troop_claims(store)
    assert troops[13000]["article_ids"] == ["own", "wire1", "wire2"]
    assert troops[13000]["independent_sources"] == 2
    assert troops[13000]["conflicts"] == [troops[12000]["id"]]
    assert troops[12000]["conflicts"] == [troops[13000]["id"]]
    exported = records(store)
    claims = {c["id"] for c in exported["claims"]}
    for q in exported["quantities"]:
        assert q["claim_id"] is None or q["claim_id"] in claims
        if q["value"] == 13000:
            assert q["claim_id"] == troops[13000]["id"]


def test_link_claims_twice_changes_nothing(ingested: Path) -> None:
    store = SqliteStore(ingested)
    link_claims(store)
    first = records(store)
    assert link_claims(store) == len(first["claims"])
    second = records(store)
    assert first["claims"] == second["claims"] and first["quantities"] == second["quantities"]


def test_set_quantity_claims_clears_what_it_is_not_given(ingested: Path) -> None:
    store = SqliteStore(ingested)
    link_claims(store)
    assert store.db.execute("SELECT count(*) FROM quantities WHERE claim_id IS NOT NULL").fetchone()[0] > 0
    one = store.db.execute("SELECT id FROM quantities ORDER BY id LIMIT 1").fetchone()[0]
    store.set_quantity_claims({one: "c-test"})
    rows = dict(store.db.execute("SELECT id, claim_id FROM quantities").fetchall())
    assert rows[one] == "c-test" and all(v is None for k, v in rows.items() if k != one)


def test_claims_command(ingested: Path, db: Path) -> None:
    as_json = run_khabar("claims", "--json", db=db)
    assert as_json.returncode == 0, as_json.stderr
    listed = [json.loads(line) for line in as_json.stdout.splitlines()]
    troops = next(c for c in listed if c["value"] == 13000)
    assert troops["sources"] == 3 and troops["independent_sources"] == 2 and troops["conflicts"]
    conflicts = run_khabar("claims", "--conflicts", "--json", db=db)
    assert {json.loads(line)["value"] for line in conflicts.stdout.splitlines()} >= {13000, 12000}
    assert all(json.loads(line)["conflicts"] for line in conflicts.stdout.splitlines())
    table = run_khabar("claims", "--story", troops["story_id"][:5], db=db)
    assert table.returncode == 0 and "13,000" in table.stdout and "12,000" in table.stdout
    none = run_khabar("claims", "--story", "no-such-story", db=db)
    assert none.returncode == 0 and "no claims" in none.stderr


# -- the seeds, end to end ----------------------------------------------------------------------------------------
def test_seed_claims_meet_the_gold(seeds_ingested: Path, gold: dict, db: Path) -> None:
    copy_db(seeds_ingested, db)
    report = score(gold, records(SqliteStore(db)))
    assert report["found_in_all_articles"] == report["quantities_gold"], report["failures"]
    assert report["share_one_claim"] == report["quantities_gold"], report["failures"]
    assert report["independent_sources_right"] == report["independent_sources_gold"] >= 1, report["failures"]
    assert report["claim_accuracy"] == 1.0


def test_scorer_notices_a_wrong_independent_count(seeds_ingested: Path, gold: dict, db: Path) -> None:
    copy_db(seeds_ingested, db)
    store = SqliteStore(db)
    link_claims(store)
    export = records(store)
    for claim in export["claims"]:
        claim["independent_sources"] += 1
    report = score(gold, export)
    assert report["independent_sources_right"] == 0 and report["failures"]
    for q in export["quantities"]:
        q["claim_id"] = None
    assert score(gold, export)["share_one_claim"] == 0


def test_counts_of_different_things_never_conflict() -> None:
    """16 dead and 13 lakh people expected to be infected, cases and deaths: each its own claim."""
    a = "प्रदेश में अब तक 16 लोगों की मौत हो चुकी है और 724 मामलों की पुष्टि हुई है।"
    b = "विशेषज्ञों के अनुसार मई तक प्रदेश में 13 लाख लोगों के संक्रमित होने का खतरा है, अब तक 17 लोगों की मौत हुई।"
    claims, _ = find_claims("s-like", [
        _article("a", a, [("16 लोगों", 16, "लोग"), ("724 मामलों", 724, "मामलों")]),
        _article("b", b, [("13 लाख लोगों", 1_300_000, "लोग"), ("17 लोगों", 17, "लोग")]),
    ])
    by = _by_value(claims)
    assert (by[16].predicate, by[17].predicate, by[1_300_000].predicate) == ("dead", "dead", "infected")
    assert by[16].conflicts == [by[17].id] and by[17].conflicts == [by[16].id]  # the toll disagrees
    assert by[1_300_000].conflicts == [] and by[724].conflicts == []


def test_english_predicates_split_dead_from_injured() -> None:
    a = "Officials said 204 people were killed and 350 people were injured in the floods."
    b = "The death toll rose to 230 people, the state disaster agency said."
    claims, _ = find_claims("s-en", [
        _article("a", a, [("204 people", 204, "people"), ("350 people", 350, "people")]),
        _article("b", b, [("230 people", 230, "people")]),
    ])
    by = _by_value(claims)
    assert (by[204].predicate, by[350].predicate, by[230].predicate) == ("dead", "injured", "dead")
    assert by[230].conflicts == [by[204].id] and by[350].conflicts == []


def test_two_articles_of_one_outlet_are_one_independent_source() -> None:
    text = "उत्तर कोरिया ने रूस में लगभग 13,000 सैनिक भेजे हैं।"
    articles = [ClaimArticle(i, text, [_q(i, text, "लगभग 13,000 सैनिक", 13000, "सैनिक", "about")], None, source)
                for i, source in (("p1", "Prabhat Khabar"), ("p2", "prabhat khabar"), ("n1", "Navbharat Times"))]
    (claim,), _ = find_claims("s-outlet", articles)
    assert claim.article_ids == ["n1", "p1", "p2"] and claim.independent_sources == 2


def test_a_rising_toll_over_days_is_a_series_not_a_conflict() -> None:
    days = [("d1", "2020-03-28", "बिहार में कोरोना से अब तक 1 मौत, संक्रमितों की संख्या 15 हुई।", 15),
            ("d2", "2020-03-29", "बिहार में संक्रमितों की संख्या बढ़कर 21 हुई।", 21),
            ("d3", "2020-03-31", "बिहार में संक्रमितों की संख्या अब 29 हो गई है।", 29)]
    claims = []
    for story_id, _, text, value in days:
        words = next(w for w in (f"संख्या {value}", f"संख्या बढ़कर {value}", f"संख्या अब {value}") if w in text)
        found, _ = find_claims(story_id, [_article(story_id + "a", text, [(words, value, "संक्रमितों")])])
        claims += found
    assert all(not c.conflicts for c in claims)
    (series,) = figure_series(claims, {s: d for s, d, _, _ in days})
    assert series.predicate == "infected"
    assert [(p.date, p.value) for p in series.points] == [("2020-03-28", 15), ("2020-03-29", 21), ("2020-03-31", 29)]
    assert [p.article_ids for p in series.points] == [("d1a",), ("d2a",), ("d3a",)]
    assert figure_series(claims, {"d1": "2020-03-28"}) == []  # one date is no series


def test_a_count_is_scoped_by_the_state_or_country_its_sentence_names() -> None:
    text = ("उत्तर प्रदेश में संक्रमितों की संख्या 44 हो गई है, जबकि देश में 568 मामले हैं। "
            "लखनऊ में 9 मरीज भर्ती हैं। Officials said 44 cases were found in Uttar Pradesh.")

    def scope(words: str) -> str | None:
        return figure_scope(text, _q("a", text, words, 0, None))

    assert scope("44 हो") == "Uttar Pradesh"
    assert scope("568 मामले") == COUNTRY
    assert scope("9 मरीज") is None  # a city is no scope, and the sentence before ended
    assert scope("44 cases") == "Uttar Pradesh"


def test_a_states_count_and_the_countrys_count_are_two_series() -> None:
    """A national update names the state count beside the country's every day: under one predicate the two
    would make one series jumping 44 -> 568 -> 49 -> 606. Keyed by scope they are two rising series; a day that
    says देश (the country, unnamed) joins the country the other days name."""
    days = [("d1", "2020-03-24", "उत्तर प्रदेश में संक्रमितों की संख्या 44 हो गई, भारत में संक्रमितों की संख्या 568 हुई।",
             [("संख्या 44", 44), ("संख्या 568", 568)]),
            ("d2", "2020-03-25", "उत्तर प्रदेश में संक्रमितों की संख्या 49 हुई। देश में संक्रमितों की संख्या 606 हो गई।",
             [("संख्या 49", 49), ("संख्या 606", 606)])]
    claims, scopes = [], {}
    for story_id, _, text, spans in days:
        article = _article(story_id + "a", text, [(words, value, "संक्रमितों") for words, value in spans])
        found, claim_of = find_claims(story_id, [article])
        claims += found
        scopes.update(claim_scopes([article], claim_of))
    dates = {s: d for s, d, _, _ in days}
    by_scope = {s.scope: [p.value for p in s.points] for s in figure_series(claims, dates, scopes)}
    assert by_scope == {"Uttar Pradesh": [44, 49], "India": [568, 606]}
    # without scopes each day's article states two values of one thing: a list whose rows cannot be told apart,
    # not a figure (once the one series jumping 44 -> 568 -> 49 -> 606)
    assert figure_series(claims, dates) == []


def test_a_series_takes_figures_only_and_leaves_out_lists_and_unexplained_counts() -> None:
    """A thread's series hold one value a day of a counted thing: a span of time (24 घंटे) is no rising figure,
    values only an article listing several of them states are rows of a list, and people counted for no stated
    reason in no stated place make no series."""
    days = [("d1", "2020-04-01", "पिछले 24 घंटे में बिहार में संक्रमितों की संख्या 21 हुई। शिविर में 70 लोग रुके।",
             [("24 घंटे", 24, "घंटे"), ("संख्या 21", 21, "संक्रमितों"), ("70 लोग", 70, "लोग")]),
            ("d2", "2020-04-02", "पिछले 24 घंटे में बिहार में संक्रमितों की संख्या 29 हुई। शिविर में 90 लोग रुके।",
             [("24 घंटे", 24, "घंटे"), ("संख्या 29", 29, "संक्रमितों"), ("90 लोग", 90, "लोग")]),
            ("d3", "2020-04-03", "जिलों में संक्रमितों की संख्या 12, 8 और 5 रही।",
             [("संख्या 12", 12, "संक्रमितों"), ("8", 8, "संक्रमितों"), ("5", 5, "संक्रमितों")])]
    claims, scopes = [], {}
    for story_id, _, text, spans in days:
        article = _article(story_id + "a", text, spans)
        found, claim_of = find_claims(story_id, [article])
        claims += found
        scopes.update(claim_scopes([article], claim_of))
    series = figure_series(claims, {s: d for s, d, _, _ in days}, scopes)
    assert [(s.scope, [(p.date, p.value) for p in s.points]) for s in series] == [
        ("Bihar", [("2020-04-01", 21), ("2020-04-02", 29)])]


def test_claims_thread_shows_a_rising_count_as_a_dated_series(db: Path) -> None:
    """Three days of one state's count (tests/data/bihar_daily.jsonl, written for khabar): three stories, one
    thread, and the count 15 -> 21 -> 23 as a series with dates and sources, never as a conflict."""
    data = Path(__file__).parent / "data" / "bihar_daily.jsonl"
    assert run_khabar("ingest", str(data), db=db).returncode == 0
    store = SqliteStore(db)
    stories = store.stories()
    assert len(stories) == 3 and len({s.thread_id for s in stories}) == 1 and stories[0].thread_id
    assert not [c for c in collect_claims(store) if c["conflicts"]]
    result = run_khabar("claims", "--thread", stories[0].thread_id[:6], "--json", db=db)
    assert result.returncode == 0, result.stderr
    series = [json.loads(line) for line in result.stdout.splitlines()]
    infected = [s for s in series if s["predicate"] == "infected"]
    assert len(infected) == 1
    points = infected[0]["points"]
    assert [(p["date"], p["value"]) for p in points] == [("2020-03-29", 15), ("2020-03-30", 21), ("2020-03-31", 23)]
    assert [p["article_ids"] for p in points] == [["bihar-0329"], ["bihar-0330"], ["bihar-0331"]]
    table = run_khabar("claims", "--thread", stories[0].thread_id, db=db)
    assert "infected" in table.stdout and "2020-03-31" in table.stdout
    assert run_khabar("claims", "--thread", "tnope", db=db).returncode != 0


@pytest.mark.parametrize(("text", "unit", "kind"), [
    ("लगभग 13,000 सैनिक", "सैनिक", "figure"), ("दो बार", "बार", "figure"), ("33.7 फीसदी", "फीसदी", "figure"),
    ("पहली मौत", "मौत", "ordinal"), ("10वें व्यक्ति", "व्यक्ति", "ordinal"), ("80वीं वर्षगांठ", "वर्षगांठ", "ordinal"),
    ("the 80th anniversary", "anniversary", "ordinal"), ("24 घंटे", "घंटे", "time"), ("तीन दिन", "दिन", "time"),
    ("14 दिनों", "दिनों", "time"), ("68 साल", "साल", "time"), ("two hours", "hours", "time"),
    ("27 वर्षीय", "वर्षीय", "age"), ("9 अप्रैल", "अप्रैल", "date"), ("1,200 troops", "troops", "figure"),
])
def test_a_claim_is_a_figure_an_ordinal_a_span_of_time_an_age_or_a_date(text: str, unit: str, kind: str) -> None:
    assert claim_kind(text, unit) == kind


KINDS_ARTICLE = ("जिले में कोरोना से पहली मौत, 24 घंटे में 37 नए मामले\n\n"
                 "गोंडा । जिले में कोरोना संक्रमण से पहली मौत हो गई। 62 वर्षीय मरीज को तीन दिन पहले अस्पताल में भर्ती "
                 "कराया गया था। पिछले 24 घंटे में जिले में 37 नए मामले सामने आए और 412 लोगों के नमूने जांच के लिए भेजे गए। "
                 "प्रशासन ने 14 दिन के लिए 12 गांवों को सील कर दिया।\n")


def test_claims_lists_figures_unless_asked_for_every_kind(tmp_path: Path, db: Path) -> None:
    """The user reads counts first: the first death, a 24-hour window, a 62-year-old and a 14-day seal are
    stored as claims (the seeds' gold counts such numbers) but listed only with --all."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "gonda.txt").write_text(KINDS_ARTICLE, encoding="utf-8")
    assert run_khabar("ingest", str(folder), db=db).returncode == 0
    listed = [json.loads(line) for line in run_khabar("claims", "--json", db=db).stdout.splitlines()]
    every = [json.loads(line) for line in run_khabar("claims", "--json", "--all", db=db).stdout.splitlines()]
    assert {c["kind"] for c in listed} == {"figure"}
    assert {37.0, 412.0, 12.0} <= {c["value"] for c in listed}
    assert {"ordinal", "time", "age"} <= {c["kind"] for c in every}
    assert len(every) == SqliteStore(db).count("claims") > len(listed)
    with Khabar(db) as kb:
        assert {c.id for c in kb.claims(kinds=("figure",))} == {c["id"] for c in listed}
        assert len(kb.claims()) == len(every)


# -- conflicts compare like with like: the same count of the thing, in the same place, on the same day ----------
def _conflicting_values(articles: list[ClaimArticle]) -> set[tuple[float, float]]:
    claims, _ = find_claims("s-day", articles)
    by_id = {c.id: c for c in claims}
    return {tuple(sorted((c.value, by_id[o].value))) for c in claims for o in c.conflicts}


def test_new_cases_of_one_city_do_not_conflict_with_another_citys_or_the_states_total() -> None:
    a = "महाराष्ट्र में कोरोना के कुल 92 सक्रिय केस हैं। पुणे में मंगलवार को 46 नए मामले सामने आए।"
    b = "अकेले मुंबई में 30 नए मामले सामने आए, जबकि नागपुर में 5 नए मामले मिले।"
    c = "पुणे में मंगलवार को 41 नए मामले सामने आए हैं।"
    values = _conflicting_values([
        _article("a", a, [("92 सक्रिय केस", 92, "केस"), ("46 नए मामले", 46, "मामले")]),
        _article("b", b, [("30 नए मामले", 30, "मामले"), ("5 नए मामले", 5, "मामले")]),
        _article("c", c, [("41 नए मामले", 41, "मामले")]),
    ])
    assert values == {(41, 46)}  # Pune against Pune only; Mumbai, Nagpur and the state's active cases apart


def test_a_figure_without_a_place_takes_the_one_place_the_story_names() -> None:
    a = "बिहार में कोरोना संक्रमितों की संख्या 16 हो गई है।"
    b = "राज्य के स्वास्थ्य विभाग के अनुसार संक्रमितों की संख्या 20 हो गई है।"
    c = "स्वास्थ्य विभाग ने बताया कि संक्रमितों की संख्या 21 है।"
    found = _conflicting_values([
        _article("a", a, [("16", 16, None)]), _article("c", c, [("21", 21, None)]),
    ])
    assert found == {(16, 21)}  # no other place named: the unnamed figure is Bihar's
    # "राज्य में" (the state) is a scope of its own: against Bihar it is not the same place for certain
    assert _conflicting_values([_article("a", a, [("16", 16, None)]), _article("b", b, [("20", 20, None)])]) == set()


def test_a_villages_figure_is_not_the_districts_the_story_names() -> None:
    # Written for this test: the gazetteer knows the district, not the village; the village's count is its own.
    a = "गोंडा में कुल 35 संक्रमित मरीज मिल चुके हैं।"
    b = "जिले के रामखेड़ा गांव से अब तक 22 संक्रमित मरीज मिल चुके हैं।"
    c = "गोंडा में कुल 31 संक्रमित मरीज मिले हैं।"
    found = _conflicting_values([
        _article("a", a, [("35 संक्रमित मरीज", 35, "मरीज")]), _article("b", b, [("22 संक्रमित मरीज", 22, "मरीज")]),
        _article("c", c, [("31 संक्रमित मरीज", 31, "मरीज")]),
    ])
    assert found == {(31, 35)}  # the district against the district; the village apart
    # A figure that names no place is not lent the village's: the village's count is no rival of the district's.
    d = "अब तक कुल 35 संक्रमित मरीज मिल चुके हैं।"
    assert _conflicting_values([_article("d", d, [("35 संक्रमित मरीज", 35, "मरीज")]),
                                _article("b", b, [("22 संक्रमित मरीज", 22, "मरीज")])]) == set()


def test_a_part_of_a_figure_and_figures_of_two_weekdays_are_not_conflicts() -> None:
    a = "देश में अब तक 76 मामले सामने आए हैं, इनमें 56 भारतीय हैं।"
    b = "देश में संक्रमित 73 भारतीय हैं, जिनमें केरल के लोग भी हैं।"
    part = _conflicting_values([_article("a", a, [("56 भारतीय", 56, "भारतीय")]),
                                _article("b", b, [("73 भारतीय", 73, "भारतीय")])])
    assert part == set()
    c = "तेलंगाना में नौ विदेशियों समेत 16 मामले सामने आए हैं।"
    d = "तेलंगाना में दो विदेशियों समेत छह मामलों की पुष्टि हुई।"
    e = "तेलंगाना में 12 विदेशी संक्रमित पाए गए।"
    foreigners = _conflicting_values([_article("c", c, [("नौ विदेशियों", 9, "विदेशियों")]),
                                      _article("e", e, [("12 विदेशी", 12, "विदेशी")])])
    assert foreigners == set()  # "nine foreigners among 16 cases" is a part, not the state's count of foreigners
    assert _conflicting_values([_article("d", d, [("दो विदेशियों", 2, "विदेशियों")]),
                                _article("c", c, [("नौ विदेशियों", 9, "विदेशियों")])]) == set()  # 4.5x apart
    f = "प्रदेश में शनिवार को 177 नए पॉजिटिव केस सामने आए हैं।"
    g = "प्रदेश में इससे पहले शुक्रवार को 173 नए पॉजिटिव केस सामने आए थे।"
    h = "प्रदेश में शनिवार को 181 नए पॉजिटिव केस दर्ज हुए।"
    days = _conflicting_values([_article("f", f, [("177 नए पॉजिटिव केस", 177, "केस")]),
                                _article("g", g, [("173 नए पॉजिटिव केस", 173, "केस")]),
                                _article("h", h, [("181 नए पॉजिटिव केस", 181, "केस")])])
    assert days == {(177, 181)}  # Saturday against Saturday; Friday's figure is another day's


def test_a_list_of_figures_in_one_article_is_not_compared_but_one_figure_is() -> None:
    listing = "मुंगेर जिले में 102, बक्सर में 56 और कई जिलों में 46 मामले सामने आए, कुल 30 मामले नए हैं।"
    # two values of cases with no place the finder can tell apart ("कई जिलों में"): a list, not one figure
    one = "कई जिलों में 52 मामले सामने आए हैं।"
    values = _conflicting_values([
        _article("l", listing, [("46 मामले", 46, "मामले"), ("30 मामले", 30, "मामले")]),
        _article("o", one, [("52 मामले", 52, "मामले")]),
    ])
    assert values == set()
    patna_a = "बक्सर में 56, रोहतास में 54 और पटना में 46 मामले सामने आए।"
    patna_b = "बक्सर में 56, रोहतास में 54 और पटना में 52 मामले सामने आए हैं।"
    assert _conflicting_values([_article("a", patna_a, [("46 मामले", 46, "मामले")]),
                                _article("b", patna_b, [("52 मामले", 52, "मामले")])]) == {(46, 52)}


def test_ages_and_spans_of_time_never_conflict_and_far_apart_figures_are_two_facts() -> None:
    a = "अस्पताल में भर्ती 35 वर्षीय व्यक्ति की मौत हो गई। पिछले 36 घंटों में 2361 लोगों को निकाला गया।"
    b = "इससे पहले 50 वर्षीय व्यक्ति की मौत हुई थी। बीते 24 घंटों में 2400 लोगों को निकाला गया।"
    values = _conflicting_values([
        _article("a", a, [("35 वर्षीय व्यक्ति", 35, "वर्षीय व्यक्ति"), ("36 घंटों", 36, "घंटों"),
                          ("2361 लोगों", 2361, "लोग")]),
        _article("b", b, [("50 वर्षीय व्यक्ति", 50, "वर्षीय व्यक्ति"), ("24 घंटों", 24, "घंटों"),
                          ("2400 लोगों", 2400, "लोग")]),
    ])
    assert values == {(2361, 2400)}
    far = _conflicting_values([
        _article("c", "कोविड-19 से मरने वालों की संख्या 937 हो गयी।", [("937", 937, None)]),
        _article("d", "कोविड-19 से मरने वालों की संख्या 2,100 हो गयी।", [("2,100", 2100, None)]),
    ])
    assert far == set()  # more than MAX_RATIO apart: not one figure misreported


def test_the_predicate_is_read_within_the_figures_sentence() -> None:
    text = "कोविड-19 से स्वस्थ होने वालों की संख्या बढ़कर 7027 हो गयी है. यह कुल संक्रमित मरीजों का 23 प्रतिशत है."
    q = _q("a", text, "7027", 7027, None)
    from khabar.link.claims import count_signature, predicate

    assert predicate(text, q) == "recovered"
    assert count_signature(text, q) == (None, None, None)
    pune = "पुणे में मंगलवार को 46 नए मामले सामने आए।"
    assert count_signature(pune, _q("p", pune, "46 नए मामले", 46, "मामले")) == ("new", "Pune", "1")


def test_english_count_frames_name_what_a_bare_number_counts() -> None:
    """"The death toll rose to 241" counts deaths and "the number of confirmed cases reached 4,421" counts cases,
    so reports that disagree on the toll conflict, and the toll never meets the count of cases."""
    a = "The death toll in the plane crash rose to 241 on Friday, officials said."
    b = "Rescue teams said the toll had reached 230 by the evening."
    c = "In the state, the number of confirmed cases reached 4,421 on Friday."
    claims, _ = find_claims("s-toll", [
        _article("a", a, [("241", 241, None)]), _article("b", b, [("230", 230, None)]),
        _article("c", c, [("4,421", 4421, None)]),
    ])
    by = _by_value(claims)
    assert (unit_key(by[241].unit), unit_key(by[230].unit), unit_key(by[4421].unit)) == ("death", "death", "case")
    assert by[241].conflicts == [by[230].id] and by[4421].conflicts == []


def test_a_figure_rounded_with_a_word_of_scale_does_not_conflict_with_the_exact_one_it_rounds() -> None:
    """"6 लाख लोगों" is how a paper writes 6,63,928 people in a headline: no conflict; 5 लाख does not round
    6,63,928 and conflicts, and two figures written in full digits keep conflicting as before."""
    exact = "राज्य में अब तक 6,63,928 लोगों की स्क्रीनिंग की गई है, स्वास्थ्य विभाग ने बताया।"
    rounded = "राज्य में अब तक 6 लाख लोगों की स्क्रीनिंग की गई है।"
    lower = "राज्य में अब तक 5 लाख लोगों की स्क्रीनिंग की गई है।"
    other = "राज्य में अब तक 6,10,000 लोगों की स्क्रीनिंग की गई है।"
    people = [("6,63,928 लोगों", 663928, "लोगों")]
    assert _conflicting_values([_article("e", exact, people),
                                _article("r", rounded, [("6 लाख लोगों", 600000, "लोगों")])]) == set()
    assert _conflicting_values([_article("e", exact, people),
                                _article("l", lower, [("5 लाख लोगों", 500000, "लोगों")])]) == {(500000, 663928)}
    assert _conflicting_values([_article("e", exact, people),
                                _article("o", other, [("6,10,000 लोगों", 610000, "लोगों")])]) == {(610000, 663928)}


def test_what_happened_to_the_counted_patients_is_read_from_the_verb_of_their_clause() -> None:
    """"35 मरीज" names patients; "डिस्चार्ज हुए" or "की मौत" says what happened to them: discharges never meet the
    count of patients found, and a verb of the next number's clause is not this number's."""
    from khabar.link.claims import predicate

    found = "जिले में शुक्रवार को 41 मरीज मिले, जांच जारी है।"
    left = "जिले में शुक्रवार को 35 मरीज डिस्चार्ज हुए।"
    other = "जिले में शुक्रवार को 28 मरीज अस्पताल से डिस्चार्ज किए गए।"
    died = "शहर के अस्पताल में 12 मरीजों की मौत हो गई।"
    tally = "राज्य में 114 की मौत, 4200 मरीज अब भी भर्ती नहीं"
    assert predicate(left, _q("l", left, "35 मरीज", 35, "मरीज")) == "recovered"
    assert predicate(died, _q("d", died, "12 मरीजों", 12, "मरीजों")) == "dead"
    assert predicate(found, _q("f", found, "41 मरीज", 41, "मरीज")) == "infected"
    headline = "114 की मौत, 4421 संक्रमित"  # the deaths are the number before's
    assert predicate(headline, _q("h", headline, "4421 संक्रमित", 4421, "संक्रमित")) == "infected"
    assert predicate(tally, _q("t", tally, "114", 114, None)) == "dead"
    calm = "जिले में 40 मामले आए और किसी की मौत नहीं हुई।"  # the deaths are the next clause's
    assert predicate(calm, _q("c", calm, "40 मामले", 40, "मामले")) == "infected"
    tested = "जिले में 20 मरीज जांच में पॉजिटिव पाए गए।"  # how they were found, not what happened to them
    assert predicate(tested, _q("t", tested, "20 मरीज", 20, "मरीज")) == "infected"
    values = _conflicting_values([
        _article("f", found, [("41 मरीज", 41, "मरीज")]), _article("l", left, [("35 मरीज", 35, "मरीज")]),
        _article("o", other, [("28 मरीज", 28, "मरीज")]),
    ])
    assert values == {(28, 35)}  # discharges against discharges; the patients found are another count


def test_people_admitted_to_hospital_are_not_the_people_found_infected() -> None:
    a = "रविवार को भी दो लोगों की रिपोर्ट आई है।"
    b = "रविवार को तीन नए लोगों को अस्पताल में भर्ती कराया गया है।"
    c = "रविवार को चार लोगों को अस्पताल में भर्ती किया गया।"
    assert _conflicting_values([_article("a", a, [("दो लोगों", 2, "लोगों")]),
                                _article("b", b, [("तीन नए लोगों", 3, "लोगों")])]) == set()
    assert _conflicting_values([_article("b", b, [("तीन नए लोगों", 3, "लोगों")]),
                                _article("c", c, [("चार लोगों", 4, "लोगों")])]) == {(3, 4)}


def test_asymptomatic_cases_are_a_count_of_their_own() -> None:
    """The aspect reader knows asymptomatic cases (एसिम्पटोमैटिक, बिना लक्षण) and reads far enough back to see the
    word across a count frame: "ऐसे मामलों की संख्या 984" is not the day's new cases."""
    from khabar.link.claims import count_aspect

    a = "इन मामलों को एसिम्पटोमैटिक कहा जाता है और ऐसे मामलों की संख्या 984 हो गई है।"
    b = "पिछले 24 घंटे में देश में 1409 नए मामले सामने आए हैं।"
    c = "देश में बिना लक्षण वाले मामलों की संख्या 1100 है।"
    assert count_aspect(a, _q("a", a, "984", 984, None)) == "asymptomatic"
    assert count_aspect(c, _q("c", c, "1100", 1100, None)) == "asymptomatic"
    assert _conflicting_values([_article("a", a, [("984", 984, None)]),
                                _article("b", b, [("1409 नए मामले", 1409, "मामले")])]) == set()
    assert _conflicting_values([_article("a", a, [("984", 984, None)]),
                                _article("c", c, [("1100", 1100, None)])]) == {(984, 1100)}


def test_a_big_citys_toll_is_not_its_countrys() -> None:
    """New York comes from the time zones' table, New York City from GeoNames' populations: one city of a million,
    a place of its own, not the United States'."""
    from khabar.link.claims import count_place

    city = "न्यूयॉर्क में एक हजार से अधिक लोगों की मौत हो चुकी है।"
    country = "अमेरिका में एक दिन में 518 लोगों की मौत हो गई।"
    assert count_place(city, _q("n", city, "एक हजार से अधिक लोगों", 1000, "लोगों", "more")) == "New York"
    assert _conflicting_values([
        _article("n", city, [("एक हजार से अधिक लोगों", 1000, "लोगों", "more")]),
        _article("u", country, [("518 लोगों", 518, "लोगों")]),
    ]) == set()


def test_a_ratio_is_not_the_count_its_frame_names() -> None:
    """"मरीजों की संख्या में 16 गुना वृद्धि" says how many times the count grew, not how many patients there are."""
    from khabar.link.claims import counted_noun

    a = "लॉकडाउन के बाद संक्रमित मरीजों की संख्या में 16 गुना की वृद्धि हुई है।"
    b = "संक्रमित मरीजों की संख्या 15 हो गई है।"
    assert counted_noun(a, _q("a", a, "16 गुना", 16, "गुना")) is None
    assert counted_noun(b, _q("b", b, "15", 15, None)) == "मरीजों"


def test_a_participle_word_shared_by_two_sentences_is_no_common_matter() -> None:
    """"आने वाले दिनों" and "आने वाले यात्रियों" share only the participle: five countries whose borders close and
    four countries whose travellers are watched are two lists, not one figure misreported."""
    a = "आने वाले दिनों में सरकार पांच देशों के साथ अपनी सीमाएं बंद करेगी।"
    b = "चार देशों से आने वाले यात्रियों को निगरानी में रखा जाएगा।"
    c = "सरकार चार देशों के साथ अपनी सीमाएं बंद करेगी।"
    assert _conflicting_values([_article("a", a, [("पांच देशों", 5, "देशों")]),
                                _article("b", b, [("चार देशों", 4, "देशों")])]) == set()
    assert _conflicting_values([_article("a", a, [("पांच देशों", 5, "देशों")]),
                                _article("c", c, [("चार देशों", 4, "देशों")])]) == {(4, 5)}


def _dated(article_id: str, published: str, text: str, spans: list[tuple]) -> ClaimArticle:
    article = _article(article_id, text, spans)
    return ClaimArticle(article.id, article.text, article.quantities, None, f"outlet-{article_id}", published)


def test_one_storys_counts_published_two_days_apart_are_a_series_not_a_conflict() -> None:
    """A story that runs over days (a flood, a crash's toll) holds reports of different days: a toll of 12 on
    Wednesday's report and of 19 on Friday's are two moments of one count, while two outlets' 17 and 19 of one day
    (or of a day and the next morning's paper) disagree."""
    wed = "Guwahati: The death toll in the floods rose to 12, officials said."
    fri = "Guwahati: The toll in the floods has risen to 19, the disaster authority said."
    fri_other = "More people died in the floods, taking the toll to 17, officials said."
    claims, _ = find_claims("s-flood", [
        _dated("wed", "2025-07-02", wed, [("12", 12, None)]),
        _dated("fri", "2025-07-04", fri, [("19", 19, None)]),
        _dated("fri2", "2025-07-04T18:30:00+05:30", fri_other, [("17", 17, None)]),
    ])
    by = _by_value(claims)
    assert by[12].conflicts == []  # published two days before both: the count then
    assert by[19].conflicts == [by[17].id] and by[17].conflicts == [by[19].id]
    # the next morning's paper against the evening's report: one day apart, still one count
    claims, _ = find_claims("s-flood-2", [
        _dated("fri", "2025-07-04", fri, [("19", 19, None)]),
        _dated("sat", "2025-07-05", fri_other, [("17", 17, None)]),
    ])
    assert all(len(c.conflicts) == 1 for c in claims)
    # without publication dates the reports are compared as before
    claims, _ = find_claims("s-undated", [
        _article("a", wed, [("12", 12, None)]), _article("b", fri, [("19", 19, None)]),
    ])
    assert all(len(c.conflicts) == 1 for c in claims)


def test_an_implied_count_frame_and_a_predicate_name_only_their_own_number() -> None:
    """"The toll rose to 12, 1.2 lakh displaced": the toll counts 12 deaths, not 1.2 lakh, and "displaced" is the
    1.2 lakh's, not the 12's (a predicate after a number is read up to the next number); a number inside a name
    (कोविड-19) is no such next number."""
    text = "Assam floods: toll rises to 12, 1.2 lakh displaced in 11 districts"
    claims, _ = find_claims("s-h", [_article("h", text, [("12", 12, None), ("1.2 lakh", 120000, None)])])
    assert [(c.value, unit_key(c.unit), c.predicate) for c in claims] == [(12, "death", "dead")]
    hi = "राज्य के 19 जिलों में 2.1 लाख लोग बेघर हो गए हैं, जबकि 17 लोगों की मौत हुई है।"
    claims, _ = find_claims("s-hi", [_article("x", hi, [("2.1 लाख लोग", 210000, "लोग"), ("17 लोगों", 17, "लोगों")])])
    assert {c.value: c.predicate for c in claims} == {210000: "displaced", 17: "dead"}
    covid = "मंगलवार को सीवान से चार लोगों की कोविड-19 रिपोर्ट पॉजिटिव आई है।"
    q = _q("c", covid, "चार लोगों", 4, "लोगों")
    assert predicate(covid, q) == "infected"


# -- session 30: claims keyed on what they count, sources, series by aspect, mentions ------------------------------
def test_one_toll_told_as_deaths_and_as_people_who_died_is_one_thing_and_conflicts() -> None:
    """"723 मौतें" and "724 लोगों की मौत" count one thing (deaths) under two nouns: they conflict; the same figure
    told as people and as patients who recovered is one claim with two sources."""
    a = "देश में कोविड-19 संक्रमण के चलते 723 मौतें हुई हैं। अब तक 491 लोग ठीक हुए हैं।"
    b = "अब तक देश में कुल 724 लोगों की मौत हो चुकी है। अब तक 491 मरीज ठीक होकर घर लौटे।"
    claims, _ = find_claims("s-toll", [_article("a", a, [("723 मौतें", 723, "मौतें"), ("491 लोग", 491, "लोग")]),
                                       _article("b", b, [("724 लोगों", 724, "लोगों"), ("491 मरीज", 491, "मरीज")])])
    by = _by_value(claims)
    assert by[723].conflicts == [by[724].id] and by[724].conflicts == [by[723].id]
    assert by[491].article_ids == ["a", "b"] and by[491].independent_sources == 2


def test_one_outlet_giving_two_values_is_no_conflict_between_sources() -> None:
    """Two reports of one paper (an update, a corrected page) are one voice: their two values are not two
    sources disagreeing."""
    a = "देश में कोविड-19 मामलों की संख्या सोमवार को 1,017 पर पहुंच गई।"
    b = "देश में कोविड-19 मामलों की संख्या सोमवार को 1,071 पर पहुंच गई।"
    arts = [ClaimArticle("a", a, [_q("a", a, "1,017", 1017, None)], None, "Navbharat Times"),
            ClaimArticle("b", b, [_q("b", b, "1,071", 1071, None)], None, "Navbharat Times")]
    claims, _ = find_claims("s-one", arts)
    assert all(not c.conflicts for c in claims)
    arts[1] = replace(arts[1], source="Prabhat Khabar")
    claims, _ = find_claims("s-two", arts)
    assert all(c.conflicts for c in claims)


def test_an_articles_other_figure_is_not_lent_the_aspect_its_total_has() -> None:
    """An article that gives the total (कुल 724 मौतें) and another death count without an aspect (37 मौतें)
    states two figures, not a list of totals: the total still meets another paper's 723."""
    a = "देश में अब तक कुल 724 मौतें हुई हैं। इस दौरान 37 मौतें हुईं।"
    b = "देश में कोविड-19 संक्रमण के चलते 723 मौतें हुई हैं।"
    claims, _ = find_claims("s-lend", [_article("a", a, [("724 मौतें", 724, "मौतें"), ("37 मौतें", 37, "मौतें")]),
                                       _article("b", b, [("723 मौतें", 723, "मौतें")])])
    by = _by_value(claims)
    assert by[723].conflicts == [by[724].id]
    assert not by[37].conflicts


def test_a_days_new_cases_and_the_total_are_two_series() -> None:
    """A state's daily update gives the day's new cases and the total so far: one series of totals (the toll
    line) and one of new cases, not one line jumping 4 -> 20 -> 6 -> 26; a figure that names neither joins the
    only aspect its thing's other figures name."""
    days = [("d1", "2020-03-30", "बिहार में 4 नए मामले आए। बिहार में कुल मामलों की संख्या 20 हुई।",
             [("4 नए मामले", 4, "मामले"), ("संख्या 20", 20, "मामलों")]),
            ("d2", "2020-03-31", "बिहार में 6 नए मामले आए। बिहार में कुल मामलों की संख्या 26 हुई।",
             [("6 नए मामले", 6, "मामले"), ("संख्या 26", 26, "मामलों")]),
            ("d3", "2020-04-01", "बिहार में संक्रमित लोगों की संख्या 29 हो गई।", [("29", 29, None)])]
    claims, scopes, aspects = [], {}, {}
    for story_id, _, text, spans in days:
        article = _article(story_id + "a", text, spans)
        found, claim_of = find_claims(story_id, [article])
        claims += found
        scopes.update(claim_scopes([article], claim_of))
        aspects.update(claim_aspects([article], claim_of))
    series = {s.aspect: [p.value for p in s.points]
              for s in figure_series(claims, {s: d for s, d, _, _ in days}, scopes, aspects)}
    assert series == {"total": [20, 26, 29], "new": [4, 6]}


def test_claims_carry_their_mentions(ingested: Path, db: Path) -> None:
    """Every claim says where it is stated: article, start, end (and the words), in the JSON of ``khabar
    claims`` and in claims.jsonl."""
    store = SqliteStore(ingested)
    troops = _troop_claims(store)[13000]
    assert {m["article_id"] for m in troops["mentions"]} == {"own", "wire1", "wire2"}
    for m in troops["mentions"]:
        assert STORE_ARTICLES[m["article_id"]][m["start"]:m["end"]] == m["text"]
    listed = [json.loads(line) for line in run_khabar("claims", "--json", db=db).stdout.splitlines()]
    assert next(c for c in listed if c["value"] == 13000)["mentions"] == troops["mentions"]


def test_an_age_before_its_person_is_an_age_not_a_count_of_people() -> None:
    """"50 वर्षीय व्यक्ति की मौत" is one man of fifty who died, not 50 deaths: an age, never a figure that meets
    another paper's 50 deaths."""
    a = "वाशिंगटन में शनिवार को एक 50 वर्षीय व्यक्ति की मौत हो गई।"
    b = "वाशिंगटन में शनिवार को 45 लोगों की मौत हो गई।"
    assert claim_kind("50 वर्षीय व्यक्ति", "व्यक्ति") == "age"
    claims, _ = find_claims("s-age", [_article("a", a, [("50 वर्षीय व्यक्ति", 50, "व्यक्ति")]),
                                      _article("b", b, [("45 लोगों", 45, "लोगों")])])
    by = _by_value(claims)
    assert by[50].predicate is None and not by[50].conflicts and not by[45].conflicts


def test_a_range_keeps_both_its_ends() -> None:
    """"0.6 से 0.9 फीसदी" allows every value from 0.6 to 0.9: another paper's 0.7 फीसदी is within it, 1.1 is not."""
    a = "अध्ययन में कोविड-19 से मृत्यु दर 0.6 से 0.9 फीसदी पाई गई।"
    b = "अध्ययन में कोविड-19 से मृत्यु दर 0.7 फीसदी पाई गई।"
    c = "अध्ययन में कोविड-19 से मृत्यु दर 1.1 फीसदी पाई गई।"
    assert range_end(_q("a", a, "0.6 से 0.9 फीसदी", 0.6, "फीसदी")) == 0.9
    within = _conflicting_values([_article("a", a, [("0.6 से 0.9 फीसदी", 0.6, "फीसदी")]),
                                  _article("b", b, [("0.7 फीसदी", 0.7, "फीसदी")])])
    outside = _conflicting_values([_article("a", a, [("0.6 से 0.9 फीसदी", 0.6, "फीसदी")]),
                                   _article("c", c, [("1.1 फीसदी", 1.1, "फीसदी")])])
    assert within == set() and outside == {(0.6, 1.1)}


def test_a_predicate_before_the_number_is_its_clauses_and_yields_to_the_verb_after_it() -> None:
    """The cases of the clause before "जबकि" are not what the next count counts; an infected patient counted as he
    recovers (संक्रमित 85 मरीजों के ठीक होने) is a recovery."""
    text = "जिले में 120 नए मामले दर्ज हुए हैं, जबकि 12 लोगों को आज अस्पताल से घर भेजा गया।"
    assert predicate(text, _q("a", text, "12 लोगों", 12, "लोगों")) is None
    text = "वायरस से संक्रमित 85 मरीजों के ठीक होने के बाद अस्पताल खाली हो गया।"
    assert predicate(text, _q("a", text, "85 मरीजों", 85, "मरीजों")) == "recovered"
