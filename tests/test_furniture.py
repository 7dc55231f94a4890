"""Site furniture across articles: a line one source prints under many articles feeds no entity."""

from __future__ import annotations

from khabar.link.entities import EntityIndex, link_article
from khabar.link.furniture import furniture_lines, furniture_spans
from link_support import analysis_of, listed_mentions

FOOTER = "ताज़ा अपडेट के लिए खबरलोक टीवी देखते रहिए और खबरलोक ऐप पाइए"
STORIES = [
    "वाराणसी में गंगा का जलस्तर बढ़ा। प्रशासन ने घाटों पर चेतावनी जारी की।",
    "पटना में रविवार को भारी बारिश हुई। कई इलाकों में पानी भर गया।",
    "जयपुर में पर्यटकों की संख्या बढ़ी है। होटल भरे हुए हैं।",
    "भोपाल में नई बस सेवा शुरू हुई। यात्रियों ने स्वागत किया।",
]
NAMES = {"खबरलोक टीवी": "ORG", "खबरलोक": "ORG", "वाराणसी": "LOC", "पटना": "LOC", "जयपुर": "LOC", "भोपाल": "LOC"}


def _articles() -> list[tuple[str, str, str]]:
    articles = [(f"k{i}", "Khabarlok", f"{body}\n\n{FOOTER}") for i, body in enumerate(STORIES)]
    # Another outlet quotes the line once: for that source it is no furniture.
    articles.append(("o1", "Other", f"लखनऊ में बैठक हुई।\n\n{FOOTER}"))
    return articles


def test_a_line_repeated_under_many_articles_of_one_source_is_furniture() -> None:
    furniture = furniture_lines((source, text) for _, source, text in _articles()[:4])
    text = _articles()[0][2]
    assert [s.text for s in furniture_spans(text, furniture)] == [FOOTER]
    assert furniture_lines((source, text) for _, source, text in _articles()[:2]) == frozenset()  # two is not many


def test_mentions_inside_furniture_make_no_entity() -> None:
    articles = _articles()[:4]
    furniture = furniture_lines((source, text) for _, source, text in articles)
    index = EntityIndex()
    for article_id, _, text in articles:
        analysis = analysis_of(article_id, text, "hi", listed_mentions(text, NAMES))
        link_article(index, text, analysis, furniture=furniture)
    assert {e.name for e in index.entities.values()} == {"वाराणसी", "पटना", "जयपुर", "भोपाल"}
    without = EntityIndex()
    for article_id, _, text in articles:
        link_article(without, text, analysis_of(article_id, text, "hi", listed_mentions(text, NAMES)))
    assert "खबरलोक टीवी" in {e.name for e in without.entities.values()}


def _save(store, article_id: str, source: str, text: str, published: str = "2020-04-01") -> None:
    from khabar.model import Article

    store.save_article(Article(article_id, text, source=source, published=published),
                       analysis_of(article_id, text, "hi", listed_mentions(text, NAMES)), f"h-{article_id}")


def _names_in(store, article_id: str) -> set[str]:
    ids = set(store.mention_entities([article_id]).get(article_id, []))
    return {e.name for e in store.entity_briefs(ids)}


def test_one_article_added_alone_finds_its_sources_footer_as_a_batch_does(tmp_path) -> None:
    from khabar.link.run import relink
    from khabar.store import open_store

    store = open_store(tmp_path / "k.db")
    for article_id, source, text in _articles()[:4]:
        _save(store, article_id, source, text)
    relink(store)
    assert _names_in(store, "k0") == {"वाराणसी"}  # the batch: the footer is furniture
    # One more article of the same paper a month later, about something else, linked alone (no candidate: the
    # others are outside the time window): the store's per-source line counts (four articles of Khabarlok print
    # the footer) make its footer furniture too.
    text = f"शिमला में बर्फबारी से रास्ते बंद हुए। पर्यटक होटलों में रुके।\n\n{FOOTER}"
    more_names = {**NAMES, "शिमला": "LOC"}
    from khabar.model import Article

    store.save_article(Article("k9", text, source="Khabarlok", published="2020-05-02"),
                       analysis_of("k9", text, "hi", listed_mentions(text, more_names)), "h-k9")
    relink(store, changed={"k9"})
    assert _names_in(store, "k9") == {"शिमला"}
    # The other outlet prints the line once: for it the line is no furniture.
    _save(store, "o1", "Other", _articles()[4][2], "2020-05-02")
    relink(store, changed={"o1"})
    assert "खबरलोक टीवी" in _names_in(store, "o1")
