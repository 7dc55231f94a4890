"""Session 28: a one-word given name of two parts is one or two letters of an acronym (स्वरूपरानी: S of SN, SR of
SRN), and an expansion joins the acronym its article writes for it, not another city's body of fewer letters."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from khabar.link.expansions import abbreviates, expansion_forms
from link_support import groups_of, linked

_PRAYAGRAJ = ("मरीज भर्ती\n\nप्रयागराज में पांच नए मरीज मिले। उन्हें स्वरूपरानी नेहरू अस्पताल में भर्ती कराया गया। "
              "एक युवक को भी एसआरएन में भर्ती किया गया। एसआरएन अस्पताल की ओपीडी में भीड़ रही।")
_PRAYAGRAJ_NAMES = {"प्रयागराज": "LOC", "स्वरूपरानी नेहरू अस्पताल": "ORG", "एसआरएन": "ORG",
                    "एसआरएन अस्पताल": "ORG"}


def test_a_two_part_given_name_gives_one_letter_or_two() -> None:
    forms = expansion_forms("स्वरूपरानी नेहरू अस्पताल")
    assert {"SN|अस्पताल", "SRN|अस्पताल"} <= forms
    assert abbreviates("एसआरएन अस्पताल", "स्वरूपरानी नेहरू अस्पताल")
    assert abbreviates("एमएलएन मेडिकल कॉलेज", "मोतीलाल नेहरू मेडिकल कॉलेज")
    assert abbreviates("जेएनयू", "जवाहरलाल नेहरू विश्वविद्यालय")  # one letter still
    assert not abbreviates("पीआरडी", "पुरानी दिल्ली")  # two letters before the tail: पु is one


def test_an_expansion_joins_the_headed_acronym_after_a_bare_one_in_its_article() -> None:
    groups = groups_of("a1", _PRAYAGRAJ, "hi", _PRAYAGRAJ_NAMES)
    hospital = [g for g in groups if any(m.text == "स्वरूपरानी नेहरू अस्पताल" for m in g.mentions)]
    assert len(hospital) == 1
    assert {m.text for m in hospital[0].mentions} == {"स्वरूपरानी नेहरू अस्पताल", "एसआरएन", "एसआरएन अस्पताल"}


def test_the_expansion_does_not_join_another_citys_body_of_fewer_letters() -> None:
    index = EntityIndex()
    agra = linked(index, "a1", "जांच\n\nउत्तर प्रदेश के आगरा में एसएन मेडिकल कॉलेज में जांच हुई। एसएन अस्पताल में "
                               "तीन मरीज भर्ती हैं। प्रयागराज से भी सैंपल आए।",
                  [("उत्तर प्रदेश", "LOC"), ("आगरा", "LOC"), ("एसएन मेडिकल कॉलेज", "ORG"), ("एसएन अस्पताल", "ORG"),
                   ("प्रयागराज", "LOC")])
    spans = [("प्रयागराज", "LOC"), ("स्वरूपरानी नेहरू अस्पताल", "ORG"), ("एसआरएन", "ORG"),
             ("एसआरएन अस्पताल", "ORG")]
    prayagraj = linked(index, "a2", _PRAYAGRAJ.replace("प्रयागराज में", "उत्तर प्रदेश के प्रयागराज में", 1)
                       .replace("भीड़ रही।", "भीड़ रही। आगरा के एसएन मेडिकल कॉलेज से भी मरीज आए।"),
                       [("उत्तर प्रदेश", "LOC"), *spans, ("आगरा", "LOC"), ("एसएन मेडिकल कॉलेज", "ORG")])
    assert prayagraj["स्वरूपरानी नेहरू अस्पताल"] == prayagraj["एसआरएन अस्पताल"]
    assert prayagraj["स्वरूपरानी नेहरू अस्पताल"] != agra["एसएन अस्पताल"]
