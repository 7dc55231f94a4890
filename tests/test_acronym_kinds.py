"""An acronym two national bodies share (session 27): the kind of body its article shows — its expansion's head, or
the names it is listed with — keeps one body's acronym from joining the other's entity, whichever report comes first."""

from __future__ import annotations

import pytest

from khabar.link.entities import EntityIndex
from link_support import linked

OLYMPIC = ("खेल डेस्क। आईओसी प्रमुख ने कहा कि खेल टालना जल्दबाजी होगी। अंतरराष्ट्रीय ओलंपिक समिति के अध्यक्ष ने "
           "कहा कि हालात पर नजर है।", [("आईओसी", "ORG"), ("अंतरराष्ट्रीय ओलंपिक समिति", "ORG")])
MARKET = ("बाजार डेस्क। आज गिरावट वाले शेयरों में आईओसी, पूर्वी बैंक, उत्तरी स्टील, मध्य लिमिटेड और पश्चिमी मोटर्स शामिल "
          "रहे। निवेशकों ने बिकवाली की।",
          [("आईओसी", "ORG"), ("पूर्वी बैंक", "ORG"), ("उत्तरी स्टील", "ORG"), ("मध्य लिमिटेड", "ORG"),
           ("पश्चिमी मोटर्स", "ORG")])
SPORTS = ("खेल डेस्क। आईओसी ने बैठक बुलाई है। सदस्य देशों से राय मांगी गई है।", [("आईओसी", "ORG")])


@pytest.mark.parametrize("market_first", [True, False])
def test_an_acronym_listed_among_companies_is_not_the_committee_of_those_letters(market_first: bool) -> None:
    index = EntityIndex()
    order = [("m", MARKET), ("o", OLYMPIC)] if market_first else [("o", OLYMPIC), ("m", MARKET)]
    found = {aid: linked(index, aid, text, spans) for aid, (text, spans) in order}
    assert found["o"]["आईओसी"] == found["o"]["अंतरराष्ट्रीय ओलंपिक समिति"]
    assert index.resolve(found["m"]["आईओसी"]) != index.resolve(found["o"]["आईओसी"])


def test_a_bare_acronym_with_no_kind_still_joins_the_body() -> None:
    index = EntityIndex()
    olympic = linked(index, "o", *OLYMPIC)
    sports = linked(index, "s", *SPORTS)
    assert index.resolve(sports["आईओसी"]) == index.resolve(olympic["अंतरराष्ट्रीय ओलंपिक समिति"])
