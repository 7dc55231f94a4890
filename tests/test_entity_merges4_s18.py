"""Session 18, merges4 (issue 13): an acronym one article defines by its expansion is that body there, not the bare
acronym of other reports; a district written with and without a space before its place suffix. Our own sentences
in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex
from link_support import linked

COUNCIL = ("संसद भवन की सफाई\n\nदिल्ली में एनडीएमसी ने संसद भवन और आसपास के दफ्तरों को सैनिटाइज करने का काम शुरू "
           "किया है। एनडीएमसी के कर्मचारी रोज सफाई करेंगे।")
COUNCIL_SPANS = [("दिल्ली", "LOC"), ("एनडीएमसी", "ORG"), ("एनडीएमसी", "ORG")]
COUNCIL2 = ("लुटियंस दिल्ली में मास्क\n\nदिल्ली में एनडीएमसी ने अपने इलाके के बाजारों में मास्क बांटे।")
COUNCIL2_SPANS = [("दिल्ली", "LOC"), ("एनडीएमसी", "ORG")]
NORTH = ("निगम के अफसर संक्रमित\n\nदिल्ली में उत्तरी दिल्ली नगर निगम (एनडीएमसी) के एक अधिकारी ने बताया कि निगम के "
         "दो कर्मचारी संक्रमित मिले हैं।")
NORTH_SPANS = [("दिल्ली", "LOC"), ("दिल्ली नगर निगम", "ORG"), ("एनडीएमसी", "ORG")]


def test_an_acronym_an_article_expands_is_not_the_bare_acronym_of_other_reports() -> None:
    index = EntityIndex()
    a = linked(index, "a1", COUNCIL, COUNCIL_SPANS)["एनडीएमसी"]
    b = linked(index, "a2", COUNCIL2, COUNCIL2_SPANS)["एनडीएमसी"]
    assert index.resolve(a) == index.resolve(b)  # bare acronyms of one city's reports stay one body
    # Before, the North Delhi Municipal Corporation, which its report expands, joined the council of the others.
    north = linked(index, "n1", NORTH, NORTH_SPANS)
    assert north["एनडीएमसी"] == north["दिल्ली नगर निगम"]
    assert index.resolve(north["एनडीएमसी"]) != index.resolve(a)
    # In the other order too: the expanded body first, then a bare acronym.
    index = EntityIndex()
    north = linked(index, "n1", NORTH, NORTH_SPANS)
    a = linked(index, "a1", COUNCIL, COUNCIL_SPANS)["एनडीएमसी"]
    assert index.resolve(north["एनडीएमसी"]) != index.resolve(a)
    # A second report that expands the acronym the same way is the same body.
    again = ("निगम की बैठक\n\nदिल्ली में उत्तरी दिल्ली नगर निगम (एनडीएमसी) ने सफाई कर्मचारियों के लिए मास्क खरीदे।")
    second = linked(index, "n2", again, NORTH_SPANS)
    assert index.resolve(second["एनडीएमसी"]) == index.resolve(north["एनडीएमसी"])


def test_a_district_written_with_and_without_a_space_before_its_suffix_is_one_place() -> None:
    index = EntityIndex()
    text = ("प्रदेश में छह नए मरीज\n\nनए मरीजों में से एक बहराइच, चार सिद्धार्थ नगर और एक अलीगढ़ के अस्पताल में भर्ती "
            "कराया गया है।")
    first = linked(index, "s1", text, [("बहराइच", "LOC"), ("सिद्धार्थ नगर", "LOC"), ("अलीगढ़", "LOC")])
    # Before, the district, named like a town's quarter (शास्त्री नगर), needed its town in common with the other
    # report; a round-up of districts says it is the district.
    text = "जिलों में मरीज\n\nबहराइच में तीन, सिद्धार्थनगर में पांच और गोरखपुर में दो नए मरीज मिले हैं।"
    second = linked(index, "s2", text, [("बहराइच", "LOC"), ("सिद्धार्थनगर", "LOC"), ("गोरखपुर", "LOC")])
    assert index.resolve(first["सिद्धार्थ नगर"]) == index.resolve(second["सिद्धार्थनगर"])
    # A quarter listed among other quarters stays a quarter: it joins no district of its name.
    text = ("दुकानें खुलीं\n\nशहर के राजपुर रोड, सिद्धार्थ नगर, घंटाघर चौक आदि क्षेत्र में दुकानें खुली रहेंगी।")
    quarter = linked(index, "q1", text, [("राजपुर रोड", "LOC"), ("सिद्धार्थ नगर", "LOC"), ("घंटाघर चौक", "LOC")])
    assert index.resolve(quarter["सिद्धार्थ नगर"]) != index.resolve(first["सिद्धार्थ नगर"])
