"""``khabar entities`` and ``khabar entity NAME`` on a store that holds a Hindi and an English article."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_khabar
from khabar.link.coref import link_within_article
from khabar.link.entities import EntityIndex
from khabar.link.entity_rows import index_rows
from khabar.model import Article, Entity
from khabar.store import LinkResult
from khabar.store.sqlite import SqliteStore
from link_support import SUMMIT_HI_NAMES, analysis_of, example, listed_mentions


def _store(db: Path, *, keep_index: bool) -> None:
    store = SqliteStore(db)
    index = EntityIndex()
    for article_id, name, lang in [("hi_summit", "hi_summit_talks.txt", "hi"),
                                   ("en_summit", "en_summit_talks.txt", "en")]:
        text = example(name)
        mentions = listed_mentions(text, SUMMIT_HI_NAMES) if lang == "hi" else None
        analysis = analysis_of(article_id, text, lang, mentions)
        index.add_article(article_id, link_within_article(text, analysis), story_id="S1")
        store.save_article(Article(article_id, text), analysis, article_id)
        store.set_article_links(article_id, story_id="S1")
    records = index.records()
    store.replace_entities([Entity(r["id"], r["type"], r["name"], r["latin"], r["aliases"], [], r["absorbed"])
                            for r in records])
    store.set_mention_entities([(m["article_id"], m["start"], m["end"], r["id"])
                                for r in records for m in r["mentions"]])
    if keep_index:
        store.apply(LinkResult(entities=index_rows(index)))
    store.close()


def test_entity_accepts_an_alias_in_either_script(db: Path) -> None:
    _store(db, keep_index=True)
    shown = []
    for name in ("किम जोंग-उन", "Kim Jong Un", "किम जोंग उन"):
        result = run_khabar("entity", name, "--json", db=db, check=True)
        shown.append(json.loads(result.stdout))
    assert len({s["id"] for s in shown}) == 1
    kim = shown[0]
    assert kim["latin"] == "Kim Jong Un"
    aliases = {a["text"] for a in kim["aliases"]}
    assert {"किम जोंग-उन", "Kim Jong Un", "किम", "Kim"} <= aliases
    assert "किम यो जोंग" not in aliases
    assert [s["id"] for s in kim["stories"]] == ["S1"]
    assert len(kim["cooccurring"]) == 10  # the ten most frequent companions, both articles each
    assert all(c["articles"] == 2 and c["id"] != kim["id"] for c in kim["cooccurring"])


def test_entities_lists_by_type_and_story(db: Path) -> None:
    _store(db, keep_index=True)
    people = [json.loads(line) for line in
              run_khabar("entities", "--type", "PER", "--json", db=db, check=True).stdout.splitlines()]
    assert people and all(p["type"] == "PER" for p in people)
    assert {"Kim Jong Un", "Kim Yo Jong", "Vladimir Putin"} <= {p["latin"] for p in people}
    assert run_khabar("entities", "--story", "nope", "--json", db=db, check=True).stdout.strip() == ""
    table = run_khabar("entities", db=db, check=True).stdout
    assert "Kim Yo Jong" in table and "aliases" in table


def test_entity_works_from_stored_entities_alone_and_says_when_nothing_matches(db: Path) -> None:
    _store(db, keep_index=False)
    result = run_khabar("entity", "पुतिन", "--json", db=db, check=True)
    assert json.loads(result.stdout)["latin"] == "Vladimir Putin"
    missing = run_khabar("entity", "कोई नहीं", db=db)
    assert missing.returncode != 0 and "no entity" in missing.stderr
    # A common word that only sounds like a name (पतन, "downfall") is shown as such, not as if it were the name.
    sounds = run_khabar("entity", "पतन", db=db, check=True)
    assert "no entity is called 'पतन'; the entities that sound closest" in sounds.stderr and "पुतिन" in sounds.stdout
    assert json.loads(run_khabar("entity", "पतन", "--json", db=db, check=True).stdout)["matched"] == "sound"
    named = run_khabar("entity", "पुतिन", db=db, check=True)
    assert "no entity is called" not in named.stderr


def test_delete_removes_a_wire_copy_and_its_group_goes(seeds_dir: Path, db: Path) -> None:
    from khabar.store import open_store

    assert run_khabar("ingest", str(seeds_dir), db=db).returncode == 0
    store = open_store(db)
    copies = sorted(a.id for a in store.link_articles(store.article_ids()) if a.syndication_group)
    stories_before = {s.id for s in store.stories()}
    store.close()
    assert len(copies) == 2  # the seeds' one pair of syndicated copies
    done = run_khabar("delete", copies[1][:10], db=db)
    assert done.returncode == 0, done.stderr
    assert "deleted 1 article" in done.stderr
    store = open_store(db)
    left = store.link_articles(store.article_ids())
    assert copies[1] not in {a.id for a in left} and len(left) == 4
    assert not any(a.syndication_group or a.duplicate_of for a in left)  # a copy alone is no group
    assert not any(copies[1] in s.article_ids for s in store.stories())
    assert {s.id for s in store.stories()} == stories_before  # the copy was not its story's earliest member
    missing = run_khabar("delete", "no-such-article", db=db)
    assert missing.returncode != 0 and "no article" in missing.stderr
