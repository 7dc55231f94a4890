"""A common person name in a growing store (issue 10, link step at scale): every report that names a different
अमित कुमार adds a namesake, and linking one more mention of the name must not read them all, while the one that
its story or its context supports is still found. Hindi news text written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from khabar.link.entity_rows import StoredEntityIndex, StoryMap
from khabar.link.run import relink
from khabar.model import Article
from khabar.store import open_store
from khabar.store.base import Store
from link_support import analysis_of, ordered_mentions

TOWNS = ["धनबाद", "गया", "आरा", "बक्सर", "सीवान", "छपरा", "मोतिहारी", "बेतिया", "दरभंगा", "पूर्णिया", "कटिहार",
         "सहरसा", "जमुई", "नवादा", "औरंगाबाद", "जहानाबाद"]
DUTIES = ["परचून की दुकान चलाने वाले", "सरकारी स्कूल के शिक्षक", "ऑटो चालक", "ग्राम प्रधान", "डाकघर के कर्मचारी",
          "किसान", "बैंक के कैशियर", "दवा विक्रेता"]


def _save(store: Store, article_id: str, text: str, spans: list[tuple[str, str]], day: str) -> None:
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    analysis.published = day
    store.save_article(Article(article_id, text, title=text.split("\n")[0], published=day, source="paper"),
                       analysis, f"h-{article_id}")


def _report(n: int) -> tuple[str, list[tuple[str, str]]]:
    """A local report from town ``n`` naming its own अमित कुमार, with nothing else in common with the others."""
    town, duty = TOWNS[n], DUTIES[n % len(DUTIES)]
    text = (f"{town} में राहत सामग्री का वितरण {n}\n\n{town} के {duty} अमित कुमार ने बताया कि मोहल्ले के "
            f"{20 + n} परिवारों को अनाज और दाल के पैकेट दिए गए।")
    return text, [(town, "LOC"), (town, "LOC"), ("अमित कुमार", "PER")]


def _store_with_namesakes(path: Path, count: int) -> Store:
    store = open_store(path)
    with store.transaction():
        for n in range(count):
            # Ten days apart: no two of them can be one story (stories span at most a week).
            _save(store, f"r{n:02d}", *_report(n), (dt.date(2020, 1, 1) + dt.timedelta(days=10 * n)).isoformat())
    relink(store)
    return store


def _namesakes(store: Store) -> dict[str, str]:
    """``{article id: entity id}`` of the अमित कुमार mentions."""
    return {m["article_id"]: e.id for e in store.entities() if e.name == "अमित कुमार" for m in e.mentions}


def test_each_unrelated_report_keeps_its_own_common_name(tmp_path: Path) -> None:
    store = _store_with_namesakes(tmp_path / "s.db", 8)
    owners = _namesakes(store)
    assert len(owners) == 8 and len(set(owners.values())) == 8


def test_one_more_mention_of_a_common_name_does_not_read_every_namesake(tmp_path: Path, monkeypatch) -> None:
    store = _store_with_namesakes(tmp_path / "s.db", 14)
    namesakes = set(_namesakes(store).values())
    read: set[str] = set()  # entities whose articles were read (what scoring a candidate reads)
    article_counts = store.entity_article_counts

    def recording(entity_ids):  # type: ignore[no-untyped-def]
        ids = list(entity_ids)
        read.update(ids)
        return article_counts(ids)

    monkeypatch.setattr(store, "entity_article_counts", recording)
    text = ("सीतामढ़ी में पानी की किल्लत\n\nसीतामढ़ी के पंप ऑपरेटर अमित कुमार ने बताया कि तीन दिन से "
            "नलकूप बंद है और लोग टैंकर के भरोसे हैं।")
    with store.transaction():
        _save(store, "new", text, [("सीतामढ़ी", "LOC"), ("सीतामढ़ी", "LOC"), ("अमित कुमार", "PER")], "2020-09-20")
    relink(store, changed={"new"})
    assert len(namesakes) == 14
    # The 14 earlier अमित कुमार share neither the story nor anything but the name: none is scored.
    assert not read & namesakes
    owners = _namesakes(store)
    assert owners["new"] not in namesakes


def test_a_report_sharing_a_person_finds_its_namesake_among_many(tmp_path: Path) -> None:
    store = _store_with_namesakes(tmp_path / "s.db", 12)
    with store.transaction():
        text = ("दरभंगा में बैंक शाखा बंद\n\nदरभंगा में शाखा प्रबंधक रमाकांत मिश्र और कैशियर अमित कुमार ने बताया कि "
                "शाखा सोमवार से खुलेगी।")
        _save(store, "bank1", text, [("दरभंगा", "LOC"), ("दरभंगा", "LOC"), ("रमाकांत मिश्र", "PER"),
                                     ("अमित कुमार", "PER")], "2020-09-01")
    relink(store, changed={"bank1"})
    with store.transaction():
        text = ("किसानों का ब्याज माफ\n\nरमाकांत मिश्र के अनुसार किसानों के कर्ज पर तीन महीने का ब्याज नहीं लगेगा। "
                "दरभंगा में अमित कुमार ने आवेदन पत्र बांटे।")
        _save(store, "bank2", text, [("रमाकांत मिश्र", "PER"), ("दरभंगा", "LOC"), ("अमित कुमार", "PER")],
              "2020-10-15")
    relink(store, changed={"bank2"})
    owners = _namesakes(store)
    # The manager and the town in common (2) join the cashier; the earlier Darbhanga report (the town alone) does
    # not, nor any other namesake.
    assert owners["bank2"] == owners["bank1"]
    assert owners["bank1"] != owners["r08"] and len(set(owners.values())) == 13


def test_a_story_lists_its_stored_articles_less_those_moved_and_plus_those_set() -> None:
    stories = StoryMap(lambda ids: {i: "S1" for i in ids if i in ("a", "b", "c")})
    assert stories["a"] == "S1" and "z" not in stories
    stories["b"] = "S2"
    stories["z"] = "S1"
    del stories["c"]
    assert stories.set_to == {"S1": {"z"}, "S2": {"b"}}
    stories["z"] = "S2"
    assert stories.set_to == {"S1": set(), "S2": {"b", "z"}}
    assert stories.written == {"b", "z"} and "c" in stories.deleted


def test_an_entity_filed_under_an_unread_key_is_there_when_the_key_is_read(tmp_path: Path) -> None:
    store = _store_with_namesakes(tmp_path / "s.db", 4)
    owners = _namesakes(store)
    index = StoredEntityIndex(store)
    index._file({"k:अमित कुमार"}, "Enew", True)
    index._file({"k:अमित कुमार"}, owners["r01"], False)
    assert index._keys["k:अमित कुमार"] == set(owners.values()) - {owners["r01"]} | {"Enew"}
    # Once read, the bucket itself changes.
    index._file({"k:अमित कुमार"}, owners["r01"], True)
    assert owners["r01"] in index._keys["k:अमित कुमार"]


def test_a_name_borne_by_many_entities_takes_ids_from_the_sequence(tmp_path: Path) -> None:
    """The first ``NUMBERED_IDS`` namesakes take the numbered ids of the name; the ones after take an id from
    their sequence number, in memory and in a store alike."""
    from khabar.link.entities import NUMBERED_IDS, EntityIndex, entity_id_at, later_entity_id, link_article

    assert len(TOWNS) == NUMBERED_IDS
    memory = EntityIndex()
    for n in range(NUMBERED_IDS + 2):
        text, spans = _report(n % len(TOWNS))
        link_article(memory, text, analysis_of(f"m{n}", text, "hi", ordered_mentions(text, spans)), story_id=f"S{n}")
    ids = {e.id for e in memory.entities.values() if e.name == "अमित कुमार"}
    numbered = {entity_id_at("PER", "अमित कुमार", n) for n in range(1, NUMBERED_IDS + 1)}
    assert len(ids) == NUMBERED_IDS + 2 and numbered < ids
    later = ids - numbered
    assert later == {later_entity_id("PER", "अमित कुमार", e.seq) for e in memory.entities.values() if e.id in later}
    store = _store_with_namesakes(tmp_path / "s.db", NUMBERED_IDS)
    assert set(_namesakes(store).values()) == numbered


def _manager_and_cashier(path: Path, monkeypatch, context_articles: int) -> dict[str, str]:
    """A cashier अमित कुमार named beside his manager, the manager then in five more reports without him, and a
    last report naming both: the cashier's namesakes are read from the manager's latest ``context_articles``."""
    monkeypatch.setattr("khabar.link.entities.CONTEXT_ARTICLES", context_articles)
    monkeypatch.setattr("khabar.link.entity_rows.CONTEXT_ARTICLES", context_articles)
    monkeypatch.setattr("khabar.link.entities.WIDESPREAD_SHARE", 0.5)  # a small store: the manager is not everywhere
    store = _store_with_namesakes(path, 12)
    reports = [("bank1", "दरभंगा में बैंक शाखा बंद\n\nदरभंगा में शाखा प्रबंधक रमाकांत मिश्र और कैशियर अमित कुमार ने "
                "बताया कि शाखा सोमवार से खुलेगी।", [("दरभंगा", "LOC"), ("दरभंगा", "LOC"), ("रमाकांत मिश्र", "PER"),
                                                   ("अमित कुमार", "PER")], dt.date(2020, 9, 1))]
    for n, town in enumerate(["मधुबनी", "समस्तीपुर", "बेगूसराय", "खगड़िया", "मुंगेर"]):
        reports.append((f"m{n}", f"{town} में नई शाखा\n\nरमाकांत मिश्र ने बताया कि {town} में {n + 3} नए खाते खुले।",
                        [(town, "LOC"), ("रमाकांत मिश्र", "PER"), (town, "LOC")],
                        dt.date(2020, 9, 12) + dt.timedelta(days=11 * n)))
    reports.append(("bank2", "किसानों का ब्याज माफ\n\nरमाकांत मिश्र के अनुसार किसानों के कर्ज पर तीन महीने का ब्याज "
                    "नहीं लगेगा। दरभंगा में अमित कुमार ने आवेदन पत्र बांटे।",
                    [("रमाकांत मिश्र", "PER"), ("दरभंगा", "LOC"), ("अमित कुमार", "PER")], dt.date(2020, 12, 1)))
    for article_id, text, spans, day in reports:
        with store.transaction():
            _save(store, article_id, text, spans, day.isoformat())
        relink(store, changed={article_id})
    return _namesakes(store)


def test_a_common_name_is_found_through_a_context_person_s_latest_articles(tmp_path: Path, monkeypatch) -> None:
    owners = _manager_and_cashier(tmp_path / "s.db", monkeypatch, 100)
    assert owners["bank2"] == owners["bank1"]  # the manager's articles (7) are all read: bank1 is among them


def test_a_context_person_s_older_articles_are_not_read_for_a_common_name(tmp_path: Path, monkeypatch) -> None:
    owners = _manager_and_cashier(tmp_path / "s.db", monkeypatch, 3)
    # Of the manager's articles only the latest 3 (his last reports) are read: the cashier of bank1, named beside
    # him only before them, is not a candidate, and the name stays apart (a split, not a wrong merge).
    assert owners["bank2"] != owners["bank1"]
    assert len(set(owners.values())) == 14


def test_a_stored_entity_s_article_count_follows_the_step_without_reading_its_articles(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    """The count a context person is checked with (widespread or not, read whole or through its latest): the
    store's total, less an article this step takes out, plus one it links, never its every article's row."""
    from khabar.link.entities import link_article

    store = open_store(tmp_path / "s.db")
    with store.transaction():
        for n, town in enumerate(["मधुबनी", "समस्तीपुर", "बेगूसराय"]):
            _save(store, f"m{n}", f"{town} में नई शाखा\n\nरमाकांत मिश्र ने बताया कि {town} में {n + 3} नए खाते खुले।",
                  [(town, "LOC"), ("रमाकांत मिश्र", "PER"), (town, "LOC")], f"2020-0{n + 3}-01")
    relink(store)
    (manager,) = {e.id for e in store.entities() if e.name == "रमाकांत मिश्र"}
    monkeypatch.setattr(store, "entity_article_counts", None)  # reading every article's count would fail here
    index = StoredEntityIndex(store)
    assert index._article_count(manager) == 3
    index._load_stored("m0")
    index.remove_article("m0")
    assert index._article_count(manager) == 2
    text = "मुंगेर में नई शाखा\n\nमुंगेर में रमाकांत मिश्र ने कहा कि किसानों को कर्ज मिलेगा।"
    link_article(index, text, analysis_of("m9", text, "hi", ordered_mentions(
        text, [("मुंगेर", "LOC"), ("मुंगेर", "LOC"), ("रमाकांत मिश्र", "PER")])))
    assert index._article_count(manager) == 3
