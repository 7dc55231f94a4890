"""Wrong merges and junk of session 14's sample 20261218 and the known बीएमसी merge, each written as our own
sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.acronyms import acronyms_agree, unlisted_acronym
from khabar.link.entities import EntityIndex, link_article
from link_support import analysis_of, ordered_mentions

MUMBAI = ("मुंबई में मरीज बढ़े\n\nमुंबई में संक्रमितों की संख्या बढ़कर 90 हो गई है। बीएमसी ने धारावी में घर-घर जांच शुरू कर "
          "दी है। बीएमसी के एक अधिकारी ने बताया कि मुंबई के सभी वार्डों में छिड़काव किया जा रहा है।")
MUMBAI_SPANS = [("मुंबई", "LOC"), ("बीएमसी", "ORG"), ("धारावी", "LOC"), ("बीएमसी", "ORG"), ("मुंबई", "LOC")]
# A round-up: the article's places point to no one state, but the acronym's own expansion says where it is.
ROUND_UP = ("देश भर में पाबंदियां सख्त\n\nराजस्थान में जयपुर के बाजार बंद रहेंगे। महाराष्ट्र में पुणे की सीमाएं सील कर दी गई "
            "हैं। ओडिशा में भुवनेश्वर नगर निगम (बीएमसी) ने शहर के सभी पार्क अगले आदेश तक बंद कर दिए हैं। बीएमसी के आयुक्त ने "
            "बताया कि नियम तोड़ने पर जुर्माना लगेगा।")
ROUND_UP_SPANS = [("राजस्थान", "LOC"), ("जयपुर", "LOC"), ("महाराष्ट्र", "LOC"), ("पुणे", "LOC"), ("ओडिशा", "LOC"),
                  ("भुवनेश्वर नगर निगम", "ORG"), ("बीएमसी", "ORG"), ("बीएमसी", "ORG")]


def _linked(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """``{mention text: canonical entity id}`` of one Hindi article whose tagger found ``spans``."""
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis)
    return {m.text: index.resolve(m.entity_id) for m in analysis.mentions if m.entity_id}


def test_one_acronym_of_two_municipal_corporations_is_two_entities() -> None:
    index = EntityIndex()
    mumbai = _linked(index, "m1", MUMBAI, MUMBAI_SPANS)
    odisha = _linked(index, "o1", ROUND_UP, ROUND_UP_SPANS)
    # Before: the round-up's बीएमसी joined the Mumbai entity by its letters, so Bhubaneswar's corporation and
    # Brihanmumbai's were one entity.
    assert odisha["बीएमसी"] == odisha["भुवनेश्वर नगर निगम"]
    assert odisha["बीएमसी"] != mumbai["बीएमसी"]
    # The same bodies again: a Mumbai report's bare acronym joins Mumbai's, a Bhubaneswar report's joins Bhubaneswar's.
    again = _linked(index, "m2", "छिड़काव\n\nमुंबई के वर्ली में बीएमसी की टीम ने इमारतें सील कीं।",
                    [("मुंबई", "LOC"), ("वर्ली", "LOC"), ("बीएमसी", "ORG")])
    assert again["बीएमसी"] == mumbai["बीएमसी"]
    there = _linked(index, "o2", "नए नियम\n\nभुवनेश्वर में बीएमसी ने सब्जी मंडियां शहर के बाहर भेज दीं। भुवनेश्वर के लोगों से घर "
                    "पर रहने को कहा गया।", [("भुवनेश्वर", "LOC"), ("बीएमसी", "ORG"), ("भुवनेश्वर", "LOC")])
    assert there["बीएमसी"] == odisha["बीएमसी"]


def test_an_acronym_without_evidence_does_not_bridge_two_bodies() -> None:
    # The Bhubaneswar report first this time; then a report that names no place at all.
    index = EntityIndex()
    odisha = _linked(index, "o1", ROUND_UP, ROUND_UP_SPANS)
    mumbai = _linked(index, "m1", MUMBAI, MUMBAI_SPANS)
    assert odisha["बीएमसी"] != mumbai["बीएमसी"]
    bare = _linked(index, "x1", "बैठक\n\nबीएमसी के अधिकारियों की बैठक में नए नियमों पर चर्चा हुई।", [("बीएमसी", "ORG")])
    ids = {index.resolve(odisha["बीएमसी"]), index.resolve(mumbai["बीएमसी"])}
    assert len(ids) == 2  # the two corporations are still apart
    assert bare["बीएमसी"] in ids  # it joins one of them (the older), never both


def test_acronym_evidence_is_read_from_the_expansion_and_the_places_around() -> None:
    assert unlisted_acronym("बीएमसी", "ORG")
    assert unlisted_acronym("BMC", "ORG")
    assert not unlisted_acronym("भुवनेश्वर नगर निगम", "ORG")
    # Expansions that name different places, or a strong region against a weak one, disagree; two weak regions
    # and expansions without a place say nothing here.
    assert not acronyms_agree({"acronym_at|भुवनेश्वर", "acronym_of|Odisha"}, {"acronym_at|मुंबई"})
    assert not acronyms_agree({"acronym_of|Odisha"}, {"acronym_in|Maharashtra"})
    assert acronyms_agree({"acronym_in|Odisha"}, {"acronym_in|Maharashtra"})
    assert acronyms_agree({"acronym_of|Odisha"}, {"acronym_in|Odisha"})
    assert acronyms_agree({"acronym_of|Maharashtra"}, {"acronym_in|India"})
    assert acronyms_agree(set(), {"acronym_of|Odisha"})
