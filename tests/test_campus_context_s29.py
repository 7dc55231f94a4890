"""Session 29, issue 13: a bare campus-family name (एम्स, आईआईटी) read with the words before it. A city and a
genitive or स्थित before it names one campus; a number or a word that counts or generalises (छह अन्य एम्स, सभी
आईआईटी) names none. Sentences written for these tests."""

from __future__ import annotations

from khabar.link.campuses import campus_key, city_before, counted_before
from khabar.link.entities import EntityIndex
from link_support import linked


def _at(text: str, word: str, n: int = 1) -> int:
    start = -1
    for _ in range(n):
        start = text.index(word, start + 1)
    return start


def test_a_city_with_a_genitive_before_a_bare_name_is_that_campus_and_a_count_is_none() -> None:
    text = "मरीज को भोपाल के एम्स में भेजा। पटना स्थित एम्स में जांच हुई। चार नए एम्स बनेंगे, सभी आईआईटी बंद हैं। देश के एम्स में भीड़ है।"
    raipur = _at(text, "एम्स")
    assert text[city_before(text, raipur):raipur] == "भोपाल के "
    assert text[city_before(text, _at(text, "एम्स", 2)):_at(text, "एम्स", 2)] == "पटना स्थित "
    assert campus_key("भोपाल के एम्स") == campus_key("एम्स भोपाल") is not None
    assert [counted_before(text, _at(text, "एम्स", n)) for n in (1, 2, 3, 4)] == [False, False, True, True]
    assert counted_before(text, _at(text, "आईआईटी")) and city_before(text, _at(text, "एम्स", 4)) is None
    assert not counted_before("मरीज एक एम्स में है।", 8)  # एक is also "a"


GENERIC = ("ओपीडी बंद\n\nएम्स ने ओपीडी बंद करने का फैसला किया है।", [("एम्स", "ORG")])
RAIPUR = ("मरीज भर्ती\n\nसंदिग्ध मरीज को रायपुर के एम्स में भर्ती किया गया। छत्तीसगढ़ में जांच जारी है।",
          [("रायपुर", "LOC"), ("एम्स", "ORG"), ("छत्तीसगढ़", "LOC")])
NEW = ("नए संस्थान\n\nसरकार ने कहा कि छह अन्य एम्स को भी तैयार रहने को कहा गया है। एम्स ने जांच शुरू की।",
       [("एम्स", "ORG"), ("एम्स", "ORG")])


def test_a_genitive_campus_is_the_campus_the_store_knows_else_no_entity() -> None:
    index = EntityIndex()
    generic = linked(index, "g1", *GENERIC)["एम्स"]
    # No AIIMS Raipur in the store yet: the bare name of रायपुर के एम्स joins no entity (before: the generic one).
    assert "एम्स" not in linked(index, "r0", *RAIPUR)
    campus = linked(index, "r1", "जांच रिपोर्ट\n\nएम्स रायपुर ने रिपोर्ट दी।", [("एम्स रायपुर", "ORG")])["एम्स रायपुर"]
    raipur = linked(index, "r2", *RAIPUR)
    assert raipur["एम्स"] == campus != generic and raipur["एम्स"] != raipur["रायपुर"]


def test_a_counted_family_name_is_left_out_of_entities() -> None:
    from khabar.link.coref import link_within_article
    from link_support import analysis_of, ordered_mentions

    text, spans = NEW
    groups = link_within_article(text, analysis_of("n1", text, "hi", ordered_mentions(text, spans)))
    starts = [m.start for g in groups for m in g.mentions if m.text == "एम्स"]
    # Before: छह अन्य एम्स was a mention of the generic entity with the next sentence's एम्स.
    assert starts == [_at(text, "एम्स", 2)]
