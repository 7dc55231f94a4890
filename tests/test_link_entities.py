"""Across articles and scripts: one entity per referent, stable ids, recorded merges, no classic merge errors."""

from __future__ import annotations

import json

import pytest

from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.model import Analysis
from khabar.text.sentences import split_sentences
from link_support import DELHI_HI_NAMES, SUMMIT_HI_NAMES, example, groups_of, listed_mentions


def _id_of(index: EntityIndex, article_id: str, text: str) -> str:
    ids = {e.id for e in index.entities.values() for m in e.mentions
           if m["article_id"] == article_id and m["text"] == text}
    assert len(ids) == 1, (text, ids)
    return ids.pop()


def _summit_index() -> EntityIndex:
    index = EntityIndex()
    index.add_article("hi_summit", groups_of("hi_summit", example("hi_summit_talks.txt"), "hi", SUMMIT_HI_NAMES))
    index.add_article("en_summit", groups_of("en_summit", example("en_summit_talks.txt"), "en"))
    return index


@pytest.mark.parametrize(("hindi", "english"), [
    ("व्लादिमीर पुतिन", "Vladimir Putin"), ("किम जोंग-उन", "Kim Jong Un"), ("किम यो जोंग", "Kim Yo Jong"),
    ("सर्गेई लावरोव", "Sergei Lavrov"), ("सर्गेई शोइगु", "Sergei Shoigu"), ("शी जिनपिंग", "Xi Jinping"),
    ("सियोल", "Seoul"), ("बीजिंग", "Beijing"), ("प्योंगयांग", "Pyongyang"), ("रूस", "Russia"),
    ("किम", "Kim"), ("पुतिन", "Putin"),
])
def test_an_english_and_a_hindi_article_share_entity_ids(hindi: str, english: str) -> None:
    index = _summit_index()
    assert _id_of(index, "hi_summit", hindi) == _id_of(index, "en_summit", english)


def test_the_sister_stays_apart_in_both_scripts() -> None:
    index = _summit_index()
    assert _id_of(index, "hi_summit", "किम यो जोंग") != _id_of(index, "hi_summit", "किम जोंग-उन")
    assert _id_of(index, "en_summit", "Kim Yo Jong") != _id_of(index, "en_summit", "Kim Jong Un")


def test_every_entity_has_a_latin_name_and_english_names_resolve() -> None:
    index = _summit_index()
    records = {r["id"]: r for r in index.records()}
    assert all(r["latin"] for r in records.values())
    kim = records[_id_of(index, "hi_summit", "किम जोंग-उन")]
    assert kim["latin"] == "Kim Jong Un"
    assert kim["name"] == "किम जोंग-उन"  # the script most mentions use
    for alias in ("Kim Jong Un", "किम जोंग उन", "किम जोंग-उन"):
        assert index.lookup(alias)[0] == kim["id"]


def test_the_delhi_pair_links_leaders_and_surnames() -> None:
    index = EntityIndex()
    index.add_article("hi", groups_of("hi", example("hi_delhi_visit.txt"), "hi", DELHI_HI_NAMES))
    index.add_article("en", groups_of("en", example("en_delhi_visit.txt"), "en"))
    for hindi, english in [("नरेंद्र मोदी", "Narendra Modi"), ("मोदी", "Modi"), ("कीर स्टार्मर", "Keir Starmer"),
                           ("राहुल गांधी", "Rahul Gandhi"), ("गांधी", "Gandhi"), ("भारत", "India"),
                           ("ब्रिटेन", "United Kingdom"), ("ब्रिटेन", "Britain")]:
        assert _id_of(index, "hi", hindi) == _id_of(index, "en", english)


def _article(index: EntityIndex, article_id: str, text: str, names: dict[str, str],
             story: str | None = None) -> dict:
    analysis = Analysis(article_id, "hi", None, split_sentences(text), [], text, None, None, [], None)
    analysis.mentions = listed_mentions(text, names)
    return index.add_article(article_id, link_within_article(text, analysis), story_id=story)


PEOPLE = {"राहुल गांधी": "PER", "सोनिया गांधी": "PER", "गांधी": "PER", "दिल्ली": "LOC", "रायबरेली": "LOC",
          "वायनाड": "LOC", "पुणे": "LOC",
          "अनिल अंबानी": "PER", "अंबानी": "PER"}


def test_two_people_who_share_a_surname_stay_apart() -> None:
    index = EntityIndex()
    _article(index, "a1", "राहुल गांधी वायनाड पहुंचे। गांधी ने रैली की।", PEOPLE, story="s1")
    _article(index, "a2", "सोनिया गांधी रायबरेली गईं। गांधी ने लोगों से बात की।", PEOPLE, story="s2")
    rahul, sonia = _id_of(index, "a1", "राहुल गांधी"), _id_of(index, "a2", "सोनिया गांधी")
    assert rahul != sonia
    assert _id_of(index, "a1", "गांधी") == rahul and _id_of(index, "a2", "गांधी") == sonia
    # A lone surname with nothing to tell the two apart is neither of them.
    _article(index, "a3", "गांधी ने बयान जारी किया।", PEOPLE)
    assert _id_of(index, "a3", "गांधी") not in {rahul, sonia}
    # With the story and a place of one of them, it is that one.
    _article(index, "a4", "रायबरेली में गांधी ने कहा कि काम जारी रहेगा।", PEOPLE, story="s2")
    assert _id_of(index, "a4", "गांधी") == sonia


def test_ids_stay_stable_as_articles_arrive_and_merges_are_recorded() -> None:
    # A distinctive name: a common one (अनिल मेहता) links across stories only with context (test_common_names).
    index = EntityIndex()
    _article(index, "b1", "पुणे में अंबानी ने उद्घाटन किया।", PEOPLE, story="s9")
    lone = _id_of(index, "b1", "अंबानी")
    pune = _id_of(index, "b1", "पुणे")
    _article(index, "b2", "अनिल अंबानी ने नई कंपनी शुरू की।", PEOPLE, story="s8")
    full = _id_of(index, "b2", "अनिल अंबानी")
    assert full != lone  # nothing yet says the lone surname is this Mehta
    # An article of the first story writes both forms: the two entities are one, the older id survives.
    _article(index, "b3", "पुणे में अनिल अंबानी ने कहा कि अंबानी परिवार निवेश करेगा।", PEOPLE, story="s9")
    assert _id_of(index, "b3", "अनिल अंबानी") == lone == _id_of(index, "b2", "अनिल अंबानी")
    assert full in index.get(lone).absorbed
    assert index.resolve(full) == lone
    assert _id_of(index, "b3", "पुणे") == pune


def test_the_index_round_trips_through_json_and_goes_on_the_same() -> None:
    texts = [("c1", "राहुल गांधी वायनाड पहुंचे। गांधी ने रैली की।", "s1"),
             ("c2", "सोनिया गांधी रायबरेली गईं।", "s2"),
             ("c3", "रायबरेली में गांधी ने कहा कि काम जारी रहेगा।", "s2")]
    straight = EntityIndex()
    for aid, text, story in texts:
        _article(straight, aid, text, PEOPLE, story)
    resumed = EntityIndex()
    _article(resumed, *texts[0][:2], PEOPLE, texts[0][2])
    for aid, text, story in texts[1:]:
        resumed = EntityIndex.from_dict(json.loads(json.dumps(resumed.to_dict(), ensure_ascii=False)))
        _article(resumed, aid, text, PEOPLE, story)
    assert resumed.records() == straight.records()


def test_re_adding_an_article_replaces_its_mentions() -> None:
    index = EntityIndex()
    _article(index, "d1", "राहुल गांधी वायनाड पहुंचे।", PEOPLE)
    before = index.records()
    _article(index, "d1", "राहुल गांधी वायनाड पहुंचे।", PEOPLE)
    assert index.records() == before


def test_types_must_agree() -> None:
    index = EntityIndex()
    _article(index, "t1", "जॉर्जिया में चुनाव हुए।", {"जॉर्जिया": "LOC"})
    _article(index, "t2", "जॉर्जिया ने गाना गाया।", {"जॉर्जिया": "PER"})
    assert _id_of(index, "t1", "जॉर्जिया") != _id_of(index, "t2", "जॉर्जिया")


def test_spelling_variants_across_articles_are_one_entity() -> None:
    index = EntityIndex()
    _article(index, "v1", "मॉस्को में बैठक हुई। व्लादिमीर पुतिन ने भाषण दिया।", {"मॉस्को": "LOC", "व्लादिमीर पुतिन": "PER"})
    _article(index, "v2", "मास्को से खबर है कि व्लादिमीर पुतीन बोले।", {"मास्को": "LOC", "व्लादिमीर पुतीन": "PER"})
    _article(index, "v3", "असदुद्दीन ओवैसी ने कहा।", {"असदुद्दीन ओवैसी": "PER"})
    _article(index, "v4", "असदुद्दीन ओवेसी ने कहा।", {"असदुद्दीन ओवेसी": "PER"})
    assert _id_of(index, "v3", "असदुद्दीन ओवैसी") == _id_of(index, "v4", "असदुद्दीन ओवेसी")
    assert _id_of(index, "v1", "मॉस्को") == _id_of(index, "v2", "मास्को")
    assert _id_of(index, "v1", "व्लादिमीर पुतिन") == _id_of(index, "v2", "व्लादिमीर पुतीन")


def test_names_one_letter_apart_are_different_people() -> None:
    index = EntityIndex()
    names = {"राहुल शर्मा": "PER", "राहुल वर्मा": "PER", "संजय सिंह": "PER", "संजय सिन्हा": "PER", "पटना": "LOC"}
    _article(index, "n1", "पटना में राहुल शर्मा और संजय सिंह ने बैठक की।", names, story="s1")
    _article(index, "n2", "पटना में राहुल वर्मा और संजय सिन्हा ने बैठक की।", names, story="s1")
    assert _id_of(index, "n1", "राहुल शर्मा") != _id_of(index, "n2", "राहुल वर्मा")
    assert _id_of(index, "n1", "संजय सिंह") != _id_of(index, "n2", "संजय सिन्हा")


def test_a_namesake_of_a_known_leader_keeps_his_own_entity_and_latin_name() -> None:
    index = EntityIndex()
    names = {"नरेंद्र मोदी": "PER", "नीरव मोदी": "PER", "मोदी": "PER", "लंदन": "LOC", "दिल्ली": "LOC"}
    _article(index, "m1", "दिल्ली में नरेंद्र मोदी ने भाषण दिया। मोदी ने कहा कि विकास जारी रहेगा।", names)
    _article(index, "m2", "लंदन की अदालत में नीरव मोदी पेश हुए। मोदी ने जमानत मांगी।", names)
    narendra, nirav = _id_of(index, "m1", "नरेंद्र मोदी"), _id_of(index, "m2", "नीरव मोदी")
    assert narendra != nirav
    assert _id_of(index, "m2", "मोदी") == nirav
    assert index.get(nirav).latin == "Nirav Modi" and index.get(narendra).latin == "Narendra Modi"


def test_a_description_resolves_with_roles_from_earlier_articles() -> None:
    index = EntityIndex()
    names = {"किम जोंग उन": "PER", "किम": "PER", "व्लादिमीर पुतिन": "PER", "पुतिन": "PER", "रूस": "LOC",
             "उत्तर कोरिया": "LOC"}
    _article(index, "r1", "उत्तर कोरिया के नेता किम जोंग उन और रूस के राष्ट्रपति व्लादिमीर पुतिन मिले।", names)
    # No apposition here: only the first article says who leads North Korea.
    text = "उत्तर कोरियाई नेता फिर रूस जाएंगे। पुतिन ने किम जोंग उन को न्योता दिया। किम ने हामी भरी।"
    placed = _article(index, "r2", text, names)
    start = text.index("उत्तर कोरियाई नेता")
    kim = _id_of(index, "r1", "किम जोंग उन")
    assert placed[(start, start + len("उत्तर कोरियाई नेता"))] == kim
    assert "उत्तर कोरियाई नेता" in index.get(kim).export()["descriptions"]


def test_an_unresolvable_description_is_dropped() -> None:
    index = EntityIndex()
    text = "रूसी राष्ट्रपति ने कहा कि जो बाइडेन से बात होगी।"
    placed = _article(index, "u1", text, {"जो बाइडेन": "PER"})
    assert list(placed.values()) == [_id_of(index, "u1", "जो बाइडेन")]
    assert len(index.entities) == 1


def test_a_place_tagged_as_an_organisation_is_still_the_same_entity() -> None:
    index = EntityIndex()
    _article(index, "o1", "वाशिंगटन में बैठक हुई। वाशिंगटन ने कहा।", {"वाशिंगटन": "LOC"})
    _article(index, "o2", "वाशिंगटन ने प्रतिबंध लगाए।", {"वाशिंगटन": "ORG"})
    _article(index, "o3", "वाशिंगटन पहुंचे नेता।", {"वाशिंगटन": "LOC"})
    one = _id_of(index, "o1", "वाशिंगटन")
    assert _id_of(index, "o2", "वाशिंगटन") == one == _id_of(index, "o3", "वाशिंगटन")
    assert index.get(one).export()["type"] == "LOC"  # what most mentions were tagged


def test_link_article_sets_entity_ids_on_the_taggers_own_spans() -> None:
    from khabar.link.entities import link_corpus

    text = "रूस के राष्ट्रपति व्लादिमीर पुतिन ने कहा। राष्ट्रपति पुतिन ने फिर कहा।"
    analysis = Analysis("k1", "hi", None, split_sentences(text), [], text, None, None, [], None)
    analysis.mentions = listed_mentions(text, {"रूस के राष्ट्रपति व्लादिमीर पुतिन": "PER", "राष्ट्रपति पुतिन": "PER"})
    index, linked = link_corpus([(text, analysis)])
    ids = {m.entity_id for m in analysis.mentions}
    assert len(ids) == 1 and None not in ids  # the tagger's spans, titles included, carry the link
    assert [m.text for m in linked["k1"]] == ["व्लादिमीर पुतिन", "पुतिन"]  # the index keeps the names
    assert index.get(ids.pop()).latin == "Vladimir Putin"


CEASEFIRE_HI_NAMES = {
    "वोलोदिमीर ज़ेलेंस्की": "PER", "ज़ेलेंस्की": "PER", "जेलेंस्की": "PER", "डोनाल्ड ट्रंप": "PER", "ट्रंप": "PER",
    "ट्रम्प": "PER", "व्लादिमीर पुतिन": "PER", "पुतिन": "PER", "दिमित्री पेसकोव": "PER", "पेसकोव": "PER",
    "बेंजामिन नेतन्याहू": "PER", "नेतन्याहू": "PER", "मार्को रुबियो": "PER", "रुबियो": "PER", "मॉस्को": "LOC",
    "मास्को": "LOC", "अमरीका": "LOC", "इज़राइल": "LOC", "इजरायल": "LOC", "क्रेमलिन": "ORG", "व्हाइट हाउस": "ORG",
}


@pytest.mark.parametrize(("first", "second", "english"), [
    ("ज़ेलेंस्की", "जेलेंस्की", "Zelensky"), ("ट्रंप", "ट्रम्प", "Trump"), ("मॉस्को", "मास्को", "Moscow"),
    ("दिमित्री पेसकोव", "पेसकोव", "Dmitry Peskov"), ("मार्को रुबियो", "रुबियो", "Marco Rubio"),
    ("इज़राइल", "इजरायल", "Israel"),
    ("नेतन्याहू", "नेतन्याहू", "Benjamin Netanyahu"),
])
def test_two_outlets_spellings_and_english_meet(first: str, second: str, english: str) -> None:
    index = EntityIndex()
    for article_id, name in [("a", "hi_ceasefire_a.txt"), ("b", "hi_ceasefire_b.txt")]:
        index.add_article(article_id, groups_of(article_id, example(name), "hi", CEASEFIRE_HI_NAMES))
    index.add_article("en", groups_of("en", example("en_ceasefire.txt"), "en"))
    assert _id_of(index, "a", first) == _id_of(index, "b", second) == _id_of(index, "en", english)


def test_lookup_prefers_exact_names_over_people_who_share_a_word() -> None:
    index = _summit_index()
    kim = _id_of(index, "hi_summit", "किम जोंग-उन")
    assert index.lookup("किम") == [kim]  # an alias of Kim Jong Un, not a word of Kim Yo Jong's name
    assert index.lookup("Kim Yo Jong") == [_id_of(index, "hi_summit", "किम यो जोंग")]
    assert index.lookup("Vladimir Putin") == index.lookup("पुतिन")
    assert index.lookup("कोई और") == []
