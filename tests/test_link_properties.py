"""Properties of entity linking on generated articles: spans stay slices of the text, every placed mention
belongs to a live entity, no entity holds two groups of one article, and the index round-trips."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.model import Analysis
from khabar.text.sentences import split_sentences
from link_support import listed_mentions

NAMES = {"व्लादिमीर पुतिन": "PER", "पुतिन": "PER", "किम जोंग उन": "PER", "किम जोंग-उन": "PER", "किम": "PER",
         "किम यो जोंग": "PER", "राहुल गांधी": "PER", "सोनिया गांधी": "PER", "गांधी": "PER", "मॉस्को": "LOC",
         "मास्को": "LOC", "रूस": "LOC", "रूसी संघ": "LOC", "उत्तर कोरिया": "LOC", "नाटो": "ORG",
         "उत्तर कोरियाई नेता": "PER", "राष्ट्रपति पुतिन": "PER"}
FILLERS = ["ने कहा कि", "से मिले।", "में बैठक हुई।", "और", "के साथ", "रूस के राष्ट्रपति", "उत्तर कोरिया के नेता"]

articles = st.lists(st.lists(st.sampled_from(list(NAMES) + FILLERS), min_size=1, max_size=25),
                    min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(articles)
def test_linking_keeps_its_invariants(bodies: list[list[str]]) -> None:
    index = EntityIndex()
    texts = {}
    for n, words in enumerate(bodies):
        article_id = f"g{n}"
        text = " ".join(words) + "।"
        texts[article_id] = text
        analysis = Analysis(article_id, "hi", None, split_sentences(text), [], text, None, None, [], None)
        analysis.mentions = listed_mentions(text, NAMES)
        groups = link_within_article(text, analysis)
        placed = index.add_article(article_id, groups, story_id="s" if n % 2 else None)
        assert all(eid in index.entities for eid in placed.values())
        named = [g for g in groups if g.name_mentions]
        ids = [g.mentions[0].entity_id for g in named]
        assert len(ids) == len(set(ids))  # two groups of one article never share an entity
    for record in index.records():
        assert record["latin"]
        for m in record["mentions"]:
            assert texts[m["article_id"]][m["start"]:m["end"]] == m["text"]
    again = EntityIndex.from_dict(json.loads(json.dumps(index.to_dict(), ensure_ascii=False)))
    assert again.records() == index.records()
