"""The Python API (``khabar.open``): every call, on the seeds store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from web_support import web_db_path

import khabar
from khabar.model import Article, Claim, Entity, Quote, Story, Thread

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def web_db() -> Path:
    return web_db_path()


@pytest.fixture(scope="module")
def kb(web_db: Path):
    with khabar.open(web_db) as opened:
        yield opened


def test_stories_and_story(kb):
    stories = kb.stories()
    assert stories and all(isinstance(s, Story) for s in stories)
    dated = [s.date for s in stories if s.date]
    assert dated == sorted(dated, reverse=True)
    beijing = next(s for s in stories if "बीजिंग" in s.headline and s.sources == 3)
    story = kb.story(beijing.id)
    assert 3 <= len(story.summary) <= 5 and story.to_dict()["id"] == beijing.id
    details = kb.story_details(beijing.id[:6])
    assert any(g["syndicated"] for g in details["source_groups"])
    assert kb.stories(lang="en") and all(s.id in {x.id for x in stories} for s in kb.stories(lang="en"))
    assert len(kb.stories(limit=2)) == 2


def test_entity_by_any_name(kb):
    putin = kb.entity("Putin")
    assert isinstance(putin, Entity) and putin.latin == "Vladimir Putin"
    assert kb.entity("पुतिन").id == putin.id == kb.entity(putin.id).id
    assert putin.mentions and putin.to_dict()["aliases"]
    assert kb.entity_details("Kim Jong Un")["stories_by_month"]
    people = kb.entities(type="PER", limit=5)
    assert len(people) == 5 and all(e.type == "PER" for e in people)
    with pytest.raises(LookupError):
        kb.entity("Nobody Atall")


def test_quotes_claims_threads_articles(kb):
    quotes = kb.quotes(speaker="Putin")
    assert quotes and all(isinstance(q, Quote) for q in quotes)
    assert {q.speaker_entity_id for q in quotes} == {kb.entity("Putin").id}
    assert all(q.kind == "direct" for q in kb.quotes(kinds=["direct"]))
    claims = kb.claims()
    assert claims and isinstance(claims[0], Claim) and claims[0].to_dict()["independent_sources"] >= 1
    assert [c.id for c in kb.claims(min_independent=2)] == [c.id for c in claims if c.independent_sources >= 2]
    threads = kb.threads()
    assert threads and isinstance(threads[0], Thread)
    articles = kb.articles(lang="en")
    assert articles and all(isinstance(a, Article) for a in articles)
    assert kb.article(articles[0].id).text == articles[0].text


def test_search(kb):
    results = kb.search("पुतिन")
    assert results.total >= 5 and len(results) == len(results.hits)
    assert {h.lang for h in results} == {"hi", "en"}
    assert results.entities[0]["latin"] == "Vladimir Putin"
    assert "[" in results.hits[0].snippet and results.to_dict()["facets"]["lang"]
    assert kb.search("COVID-19").total >= 1
    hindi = kb.search("COVID-19", lang="hi")  # the Hindi report's कोविड-19, through the lexicon
    assert hindi.total == 1 and {h.lang for h in hindi} == {"hi"}
    assert kb.search("COVID-19", lang="ur").total == 0


def test_to_pandas_graph_and_export(kb, tmp_path: Path):
    quotes = kb.to_pandas("quotes")
    assert isinstance(quotes, pd.DataFrame) and len(quotes) > 0 and "speaker_entity_id" in quotes.columns
    with pytest.raises(LookupError):
        kb.to_pandas("sqlite_master")
    graph = kb.graph()
    assert graph.number_of_nodes() > 3 and graph.number_of_edges() > 3
    counts = kb.export(tmp_path / "out", csv=True, graphml=True)
    assert counts["stories.jsonl"] >= 4 and (tmp_path / "out" / "csv" / "claims.csv").exists()
    assert (tmp_path / "out" / "entities.graphml").read_text(encoding="utf-8").startswith("<?xml")


def test_ingest(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("hi_ceasefire_a.txt", "hi_ceasefire_b.txt", "en_ceasefire.txt"):
        shutil.copy(EXAMPLES / name, folder / name)
    (folder / "broken.jsonl").write_text("{not json\n", encoding="utf-8")
    with khabar.open(tmp_path / "new.db") as kb:
        report = kb.ingest(folder)
        assert report["new"] == 3 and len(report["errors"]) == 1
        assert kb.ingest([folder / "en_ceasefire.txt"])["unchanged"] == 1
        twice = kb.ingest([folder / "en_ceasefire.txt", folder / "en_ceasefire.txt"])  # one file given twice
        assert (twice["unchanged"], twice["repeated"], twice["errors"]) == (1, 1, [])
        assert kb.stories()
        ids = sorted(a.id for a in kb.articles())
        counts = kb.delete(ids[0])
        assert sorted(a.id for a in kb.articles()) == ids[1:]
        assert not any(ids[0] in s.article_ids for s in kb.stories())
        assert kb.delete(["no-such-article"]) == counts  # an id not stored changes nothing
