"""The link step through the real store: entities, speakers and incremental ids."""

from __future__ import annotations

import json
import shutil

from conftest import copy_db, run_khabar
from khabar.analyse.pipeline import analyse
from khabar.evaluation.entities import score as score_entities
from khabar.export import records
from khabar.link.aliases import add_known_names, known_names
from khabar.model import Article, Mention
from khabar.store.sqlite import SqliteStore


def test_a_name_tagged_in_one_article_is_found_where_the_tagger_missed_it():
    text = "बैठक गोमती नगर स्थित राजभवन सभागार में हुई। बाद में लोग राजभवन सभागार से निकले।"
    analysis = analyse(Article(id="a", text=text))
    analysis.mentions = []  # as if the tagger had missed the name here
    names = known_names([[Mention(0, 14, "राजभवन सभागार", "LOC")]])
    added = add_known_names(text, analysis, names)
    assert [(m.text, m.source) for m in added] == [("राजभवन सभागार", "alias")] * 2
    for m in added:
        assert text[m.start:m.end] == m.text
    # A word inside a longer word is not a match, and a single word is never propagated.
    assert known_names([[Mention(0, 3, "किम", "PER")]]) == {}
    assert add_known_names("राजभवन सभागारों में", analyse(Article(id="b", text="राजभवन सभागारों में")), names) == []


def test_seed_entities_and_speakers_through_the_store(seeds_ingested, gold, db):
    copy_db(seeds_ingested, db)
    export = records(SqliteStore(db))
    result = score_entities(gold, export)
    assert result["single_entity"] == result["gold_in_two_or_more_articles"] == 14
    assert result["merge_errors"] == 0
    assert result["latin_filled"] == 1.0 and result["latin_accuracy"] >= 0.8
    entities = {e["id"]: e for e in export["entities"]}
    kim = next(e for e in export["entities"] if e["latin"] == "Kim Jong Un")
    assert "किम जोंग-उन" in kim["aliases"] and "किम जोंग उन" in kim["aliases"]
    assert not any("यो" in a for a in kim["aliases"])  # his sister is someone else
    speakers = [entities[q["speaker_entity_id"]]["latin"] for q in export["quotes"] if q["speaker_entity_id"]]
    assert speakers.count("Vladimir Putin") >= 8 and speakers.count("Kim Jong Un") >= 8
    story = next(s for s in export["stories"] if len(s["article_ids"]) == 3)
    assert {"Vladimir Putin", "Kim Jong Un"} <= {entities[i]["latin"] for i in story["entity_ids"][:3]}


def test_entity_ids_stay_put_when_more_articles_arrive(seeds_dir, tmp_path, db):
    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    rest.mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(path, (first if path.name[:3] in ("001", "002") else rest) / path.name)
    assert run_khabar("ingest", str(first), db=db).returncode == 0
    before = {e.latin: e.id for e in SqliteStore(db).entities()}
    assert run_khabar("ingest", str(rest), db=db).returncode == 0
    after = {e.latin: e.id for e in SqliteStore(db).entities()}
    for name in ("Vladimir Putin", "Kim Jong Un", "Kim Yo Jong", "Russia", "North Korea"):
        assert after[name] == before[name], name
    shown = run_khabar("entity", "Putin", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == before["Vladimir Putin"]
