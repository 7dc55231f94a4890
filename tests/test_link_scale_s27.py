"""Session 27: the cross-script phonetic match walks each entity of its buckets once, and one function runs a name's
skeleton words together for stories and entities (``text.phonetic.glued_match``). A name of two words is filed under
its phonetic skeleton (``p:``) and under the same skeleton without spaces (``G:``, session 26): walking each bucket
apart read every namesake twice, the part of a link step that grows with the store. Names written for these tests."""

from __future__ import annotations

from collections import Counter
from typing import Any

from khabar.link.crosslingual import joined_match
from khabar.link.entities import EntityIndex, _Evidence, _glued_agree
from khabar.link.latin import phonetic_key
from khabar.text.phonetic import glued_match, glued_skeleton
from link_support import linked_entities


class _CountingEntities(dict):
    """The index's entities, counting the reads of each."""

    def __init__(self, entities: dict[str, Any]) -> None:
        super().__init__(entities)
        self.reads: Counter[str] = Counter()

    def __getitem__(self, key: str) -> Any:
        self.reads[key] += 1
        return super().__getitem__(key)


def _english_evidence(name: str, type_: str) -> _Evidence:
    key = name.casefold()
    return _Evidence(type_, {key}, set(), set(), set(), [phonetic_key(name)], True, key.split(),
                     frozenset({name}))


def test_a_spaced_name_in_both_of_its_phonetic_buckets_is_read_once() -> None:
    index = EntityIndex()
    ids = linked_entities(index, "h1", "मुंबई। शिव सेना ने सोमवार को नगर निगम चुनाव के उम्मीदवारों की सूची जारी की।",
                          [("मुंबई", "LOC"), ("शिव सेना", "ORG")])
    party = index.resolve(ids["शिव सेना"])
    filed = {k for k, bucket in index._keys.items() if party in bucket and k[:2] in ("p:", "G:")}
    assert {k[:2] for k in filed} == {"p:", "G:"}  # both buckets hold it
    index.entities = _CountingEntities(index.entities)
    ev = _english_evidence("Shiv Sena", "ORG")
    assert index._phonetic_matches(ev) == {party}
    assert index.entities.reads[party] == 1
    # the same walk when the candidates are given (a common name's supported namesakes)
    index.entities.reads.clear()
    assert index._phonetic_matches(ev, among={party}) == {party}
    assert index.entities.reads[party] == 1


def test_the_glued_spelling_still_meets_the_spaced_one_in_one_walk() -> None:
    index = EntityIndex()
    ids = linked_entities(index, "h1", "मुंबई। शिवसेना ने सोमवार को नगर निगम चुनाव के उम्मीदवारों की सूची जारी की।",
                          [("मुंबई", "LOC"), ("शिवसेना", "ORG")])
    party = index.resolve(ids["शिवसेना"])
    index.entities = _CountingEntities(index.entities)
    assert index._phonetic_matches(_english_evidence("Shiv Sena", "ORG")) == {party}
    assert index.entities.reads[party] == 1
    assert index._phonetic_matches(_english_evidence("Shiv Kumar", "ORG")) == set()


def test_stories_and_entities_run_a_name_together_with_one_function() -> None:
    # stories: the whole of one name may be the start or the end of the other, run together
    assert glued_match(("svsn",), ("sv", "sn"))
    assert glued_match(("svsn",), ("sv", "sn", "prmk"))
    # entities: the whole names only
    assert glued_match(("svsn",), ("sv", "sn"), whole=True)
    assert not glued_match(("svsn",), ("sv", "sn", "prmk"), whole=True)
    # fewer than four letters tell no names apart; a run may not stop inside a word
    assert not glued_match(("ptn",), ("p", "tn"))
    assert not glued_match(("svsnk",), ("sv", "sn"))
    assert glued_skeleton(("sv", "sn")) == "svsn"
    assert glued_skeleton(("p", "tn")) is None
    assert joined_match(("mh", "kmb"), ("mhkmb", "ml")) and _glued_agree("shiv sena", "shivsena", "ORG")
