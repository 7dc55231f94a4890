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
