"""A national body's acronym no list expands (session 28): once a report writes its full name with a word of the
centre (केंद्रीय रिजर्व पुलिस बल), its bare acronym in a report about another state is still that body — the region
rule of unlisted acronyms (बीएयू of Ranchi is not बीएयू of Bhagalpur) no longer splits it, whichever report comes
first. A name that ends in a head every town has one of (केंद्रीय विद्यालय) stays under the region rule."""

from __future__ import annotations

import pytest

from khabar.link.acronyms import national_body
from khabar.link.entities import EntityIndex
from link_support import linked

DELHI = ("दिल्ली में तैनाती\n\nनई दिल्ली। केंद्रीय रिजर्व पुलिस बल (सीआरपीएफ) की दो कंपनियां दिल्ली के बाजारों में तैनात की "
         "गई हैं। दिल्ली पुलिस ने बताया कि सीआरपीएफ के जवान रात में गश्त करेंगे।")
DELHI_SPANS = [("दिल्ली", "LOC"), ("नई दिल्ली", "LOC"), ("केंद्रीय रिजर्व पुलिस बल", "ORG"), ("सीआरपीएफ", "ORG"),
               ("दिल्ली", "LOC"), ("दिल्ली पुलिस", "ORG"), ("सीआरपीएफ", "ORG")]
RANCHI = ("रांची में गश्त\n\nरांची। झारखंड के रांची में सीआरपीएफ के जवानों ने मास्क बांटे। रांची के उपायुक्त ने जवानों की सराहना "
          "की।")
RANCHI_SPANS = [("रांची", "LOC"), ("रांची", "LOC"), ("झारखंड", "LOC"), ("रांची", "LOC"), ("सीआरपीएफ", "ORG"),
                ("रांची", "LOC")]


@pytest.mark.parametrize("bare_first", [True, False])
def test_a_national_bodys_bare_acronym_in_another_state_is_that_body(bare_first: bool) -> None:
    index = EntityIndex()
    reports = [("r1", RANCHI, RANCHI_SPANS), ("d1", DELHI, DELHI_SPANS)]
    ids: dict[str, dict[str, str]] = {}
    for article_id, text, spans in reports if bare_first else reports[::-1]:
        ids[article_id] = linked(index, article_id, text, spans)
    assert ids["d1"]["सीआरपीएफ"] == ids["d1"]["केंद्रीय रिजर्व पुलिस बल"]
    # Before: the Ranchi report's bare सीआरपीएफ was held to the entity's one region (Delhi) and made its own entity.
    assert index.resolve(ids["r1"]["सीआरपीएफ"]) == index.resolve(ids["d1"]["सीआरपीएफ"])


def test_a_name_of_the_centre_is_national_but_not_one_every_town_has() -> None:
    assert national_body(["सीआरपीएफ", "केंद्रीय रिजर्व पुलिस बल"], [])
    assert national_body(["सीआरपीएफ"], ["acronym_by|केन्द्रीय रिजर्व पुलिस बल"])
    assert not national_body(["केवी", "केंद्रीय विद्यालय"], [])  # a school in every town
    assert not national_body(["बीएयू", "बिरसा कृषि विश्वविद्यालय"], [])
    assert not national_body(["केंद्रीय"], [])
