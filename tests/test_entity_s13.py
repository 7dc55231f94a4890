"""Entity junk and wrong merges of session 12's blind sample 20261215 and English lone surnames (session 13), each
written as our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from khabar.link.places import region_votes, town_states
from link_support import analysis_of, ordered_mentions


def _linked(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]] | None,
            lang: str = "hi") -> list[tuple[str, str | None]]:
    """(mention text, canonical entity id) of every mention, in text order; English mentions from khabar's finder."""
    analysis = analysis_of(article_id, text, lang, ordered_mentions(text, spans) if spans is not None else None)
    link_article(index, text, analysis)
    return [(m.text, index.resolve(m.entity_id) if m.entity_id else None) for m in analysis.mentions]


def test_a_town_the_gazetteers_lack_names_its_state() -> None:
    # GeoNames has no Devanagari name for these towns; the town table has.
    assert town_states("भागलपुर") == ("Bihar",)
    assert town_states("मानेसर") == ("Haryana",)
    assert len(town_states("औरंगाबाद")) == 2  # Bihar and Maharashtra: a namesake votes for neither
    assert region_votes(["भागलपुर", "औरंगाबाद"]) == {"Bihar": 1}
    # A common word is no town: अगर (if) is no Agar, नगर (town) no Nagar.
    assert town_states("अगर") == town_states("नगर") == ()


def test_an_acronym_is_not_joined_across_states_named_only_by_their_towns() -> None:
    # बीएयू: an agricultural university in Bhagalpur and another in Ranchi; neither report names a state.
    index = EntityIndex()
    bhagalpur = _linked(index, "b1", "परीक्षा टली\n\nभागलपुर में बीएयू की सेमेस्टर परीक्षा टाल दी गई। भागलपुर के कुलपति ने "
                        "छात्रों से घर पर रहने को कहा।", [("भागलपुर", "LOC"), ("बीएयू", "ORG"), ("भागलपुर", "LOC")])
    ranchi = _linked(index, "b2", "जांच शुरू\n\nरांची में बीएयू के दो वैज्ञानिकों की जांच हुई। रांची के उपायुक्त ने बताया कि "
                     "रिपोर्ट आनी बाकी है।", [("रांची", "LOC"), ("बीएयू", "ORG"), ("रांची", "LOC")])
    assert dict(bhagalpur)["बीएयू"] != dict(ranchi)["बीएयू"]
    again = _linked(index, "b3", "छुट्टी\n\nभागलपुर के बीएयू में छुट्टी घोषित की गई।", [("भागलपुर", "LOC"), ("बीएयू", "ORG")])
    assert dict(again)["बीएयू"] == dict(bhagalpur)["बीएयू"]
