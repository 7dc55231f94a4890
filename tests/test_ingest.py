"""Ingest through the real console script and a real store (a SQLite file; PostgreSQL where a test takes
``store_at``)."""

from __future__ import annotations

import codecs
import json
import shutil
import sqlite3

import pytest

from conftest import EXAMPLES, SLOW_ON_POSTGRESQL, run_khabar
from khabar.store import open_store


def count(db, table="articles"):
    store = open_store(db)
    try:
        return store.count(table)
    finally:
        store.close()


def test_seeds_twice_are_stored_once(seeds_dir, db):
    first = run_khabar("ingest", str(seeds_dir), db=db)
    assert first.returncode == 0, first.stderr
    assert "5 new" in first.stderr
    second = run_khabar("ingest", str(seeds_dir), db=db)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated, 5 unchanged" in second.stderr
    assert count(db) == 5


def test_one_article_in_two_files_of_a_batch_is_read_once_and_no_failure(tmp_path, db):
    """A labelled window beside the whole corpus holds the same records: the repeat is counted, not failed; the
    same id with other content still fails and the first is kept."""
    record = {"id": "w-1", "title": "बिहार में बाढ़", "text": "बिहार में बाढ़\n\nपटना में बुधवार को भारी बारिश हुई।"}
    (tmp_path / "window.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    same = run_khabar("ingest", str(tmp_path / "corpus.jsonl"), str(tmp_path / "window.jsonl"), db=db)
    assert same.returncode == 0, same.stderr
    assert "1 new, 0 updated, 0 unchanged, 0 failed, 1 repeated in the batch" in same.stderr
    labelled = dict(record, story="S01", thread=None)  # the labelled window carries its labels as extra fields
    (tmp_path / "window.jsonl").write_text(json.dumps(labelled, ensure_ascii=False) + "\n", encoding="utf-8")
    tagged = run_khabar("ingest", str(tmp_path / "corpus.jsonl"), str(tmp_path / "window.jsonl"), db=db)
    assert tagged.returncode == 0, tagged.stderr
    assert "0 new, 0 updated, 1 unchanged, 0 failed, 1 repeated in the batch" in tagged.stderr
    assert "1 article read again in the batch with the same text but other metadata" in tagged.stderr
    assert "window.jsonl:1" in tagged.stderr
    other = dict(record, text=record["text"] + " दूसरा संस्करण।")
    (tmp_path / "window.jsonl").write_text(json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    differ = run_khabar("ingest", str(tmp_path / "corpus.jsonl"), str(tmp_path / "window.jsonl"), db=db)
    assert differ.returncode == 1 and "duplicate id 'w-1' in this batch with other content" in differ.stderr
    assert count(db) == 1


@pytest.mark.parametrize("store_at", SLOW_ON_POSTGRESQL, indirect=True)
def test_changed_content_under_the_same_id_is_updated(tmp_path, store_at):
    db = store_at("k")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a1.txt").write_text("पहला संस्करण। रूस के राष्ट्रपति ने बुधवार को बैठक की।", encoding="utf-8")
    assert run_khabar("ingest", str(src), db=db).returncode == 0
    (src / "a1.txt").write_text("दूसरा संस्करण। रूस के राष्ट्रपति ने गुरुवार को बैठक की।", encoding="utf-8")
    result = run_khabar("ingest", str(src), db=db)
    assert "0 new, 1 updated" in result.stderr
    store = open_store(db)
    assert store.count("articles") == 1
    assert store.article("a1")["text"].startswith("दूसरा संस्करण")
    # The full-text index follows the update: the old wording is gone, the new one is found.
    assert not store.search("पहला") and store.search("दूसरा")


@pytest.mark.parametrize("store_at", SLOW_ON_POSTGRESQL, indirect=True)
def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path, store_at):
    db = store_at("k")
    src = tmp_path / "batch"
    src.mkdir()
    shutil.copy(EXAMPLES / "hi_assam_floods.txt", src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + "उत्तर प्रदेश में चुनाव की घोषणा हुई।".encode("utf-16-le"))
    (src / "utf16_nobom.txt").write_bytes("Talks in Moscow ended on Friday.".encode("utf-16-le"))
    (src / "nobody.html").write_text("<html><head><title>nothing</title></head></html>", encoding="utf-8")
    records = [
        {"id": "j1", "text": "पहला रिकॉर्ड है। इसमें एक वाक्य है।"},
        "{not json",
        {"id": "j3", "title": "no text at all"},
        {"id": "j4", "html": "<html><body><article><p>" + "यह एचटीएमएल वाला रिकॉर्ड है। " * 8
         + "</p></article></body></html>"},
    ]
    (src / "feed.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
        encoding="utf-8")

    result = run_khabar("ingest", str(src), db=db)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    # One line per failure, naming the file (and the line of a JSONL record) and why.
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary data" in e for e in errors)
    assert any("nobody.html: HTML has no article text" in e for e in errors)
    assert any("utf16_nobom.txt: looks like UTF-16 without a byte-order mark" in e for e in errors)
    assert any("feed.jsonl:2: invalid JSON" in e for e in errors)
    assert any("feed.jsonl:3: record has neither" in e for e in errors)
    assert len(errors) == 6, result.stderr
    store = open_store(db)
    assert sorted(store.article_ids()) == ["good", "j1", "j4", "utf16"]
    assert store.article("utf16")["text"] == "उत्तर प्रदेश में चुनाव की घोषणा हुई।"
    assert store.count("ingest_errors") == 6


def test_missing_path_is_an_error_not_a_crash(tmp_path, db):
    result = run_khabar("ingest", str(tmp_path / "nope"), str(EXAMPLES / "hi_assam_floods.txt"), db=db)
    assert result.returncode == 1
    assert "nope: no such file or directory" in result.stderr
    assert count(db) == 1


def test_a_process_pool_gives_the_same_store_as_one_process(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run_khabar("ingest", str(EXAMPLES), db=one).returncode == 0
    assert run_khabar("ingest", "--workers", "2", str(EXAMPLES), db=two).returncode == 0

    def dump(db):
        with sqlite3.connect(db) as con:
            return (con.execute("SELECT id, analysis, story_id FROM articles ORDER BY id").fetchall(),
                    con.execute('SELECT * FROM mentions ORDER BY article_id, start, "end"').fetchall())

    assert dump(one) == dump(two)


@pytest.mark.parametrize("store_at", SLOW_ON_POSTGRESQL, indirect=True)
def test_a_failed_link_step_is_reported_and_redone_by_the_next_ingest(tmp_path, store_at):
    db = store_at("k")
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(EXAMPLES / "hi_assam_floods.txt", src / "a.txt")
    assert run_khabar("ingest", str(src), db=db).returncode == 0
    store = open_store(db)
    store.set_state("entity_index", {"entities": "not a list of entities"})  # a damaged link state
    shutil.copy(EXAMPLES / "hi_chandrayaan_lander.txt", src / "b.txt")
    failed = run_khabar("ingest", str(src), db=db)
    assert failed.returncode == 1
    assert "error link step:" in failed.stderr and "Traceback" not in failed.stderr
    assert store.count("articles") == 2  # the new article is stored all the same
    store.db.execute("DELETE FROM state WHERE key = 'entity_index'")  # the user repairs the state
    again = run_khabar("ingest", str(src), db=db)
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 updated, 2 unchanged" in again.stderr
    linked = store.db.execute("SELECT count(*) FROM mentions WHERE article_id = 'b' AND entity_id IS NOT NULL")
    assert linked.fetchone()[0] > 0


def test_the_source_is_the_registered_domain_whatever_the_input(tmp_path, db):
    feed = tmp_path / "records.jsonl"
    records = [
        {"id": "r1", "url": "https://hindi.example-news.com/desh/1.html", "text": "दिल्ली में आज भारी बारिश हुई।"},
        {"id": "r2", "url": "https://www.example-khabar.co.in/a/2", "text": "मुंबई में लोकल ट्रेनें देर से चलीं।"},
        {"id": "r3", "text": "पटना में बाढ़ का खतरा बढ़ा।", "source": "example.org"},
    ]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    result = run_khabar("ingest", str(feed), db=db)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as con:
        sources = dict(con.execute("SELECT id, source FROM articles"))
    assert sources == {"r1": "example-news.com", "r2": "example-khabar.co.in", "r3": "example.org"}
