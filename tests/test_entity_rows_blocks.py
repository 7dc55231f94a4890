"""A stored entity index filters a fuzzy block (every name of the same word count and initials) on its entities'
stored types and names, without reading their records: it must match exactly what the index in memory matches."""

from __future__ import annotations

from pathlib import Path

from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.link.entity_rows import StoredEntityIndex
from khabar.model import Analysis
from khabar.store import open_store
from khabar.store.base import LinkResult
from khabar.text.sentences import split_sentences
from link_support import listed_mentions

# One person written two ways in two papers (ओवैसी, ओवेसी), and people whose names share the block of his
# (two words, initials अ ओ) but are of another length or type, filed before him.
ARTICLES = [
    ("b1", "अमित ओझा ने जिला अदालत में याचिका दायर की। अमित ओझा ने कहा कि सुनवाई जल्द होगी।", {"अमित ओझा": "PER"}),
    ("b2", "अजय ओबेरॉय ने नई दुकान खोली। अजय ओबेरॉय के मुताबिक बिक्री बढ़ी है।", {"अजय ओबेरॉय": "PER"}),
    ("b3", "असदुद्दीन ओवैसी ने हैदराबाद में सभा की। उन्होंने सरकार से सवाल पूछे।",
     {"असदुद्दीन ओवैसी": "PER", "हैदराबाद": "LOC"}),
    ("b4", "अरुण ओझा अस्पताल पहुंचे। अरुण ओझा ने मरीजों से बात की।", {"अरुण ओझा": "PER"}),
    ("b5", "असदुद्दीन ओवेसी ने संसद में कहा कि कानून वापस लिया जाए।", {"असदुद्दीन ओवेसी": "PER"}),
]


def _groups(article_id: str, text: str, names: dict[str, str]) -> list:
    analysis = Analysis(article_id, "hi", None, split_sentences(text), [], text, None, None, [], None)
    analysis.mentions = listed_mentions(text, names)
    return link_within_article(text, analysis)


def test_a_stored_index_links_spelling_variants_as_the_index_in_memory_does(tmp_path: Path) -> None:
    memory = EntityIndex()
    store = open_store(tmp_path / "blocks.db")
    in_memory, stored = {}, {}
    last: StoredEntityIndex | None = None
    for article_id, text, names in ARTICLES:
        in_memory[article_id] = memory.add_article(article_id, _groups(article_id, text, names))
        last = StoredEntityIndex(store)
        stored[article_id] = last.add_article(article_id, _groups(article_id, text, names))
        store.apply(LinkResult(entities=last.changes([article_id])))
    assert stored == in_memory
    owaisi = {stored["b3"][k] for k in stored["b3"]} & {stored["b5"][k] for k in stored["b5"]}
    assert len(owaisi) == 1  # the two spellings are one entity
    # and the last step read none of the block's other people whole: their names are too short to be a variant
    assert last is not None
    others = {i for a in ("b1", "b2", "b4") for i in stored[a].values()}
    assert others and not others & set(last.entities.data)  # type: ignore[attr-defined]
    store.close()
