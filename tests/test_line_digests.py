"""Schema 9: the per-source line counts and each article's lines are filed by ``line_digest`` of a line's match
key, on both backends; a store written before it keeps its counts through the migration (PostgreSQL's md5 and
the one SQLite's connection is given agree with ``line_digest`` on Hindi text), and furniture is found from them
as before."""

from __future__ import annotations

import hashlib

import pytest

from khabar.link.furniture import line_digest, line_keys
from khabar.link.run import relink
from khabar.model import Article
from khabar.store import open_store
from link_support import analysis_of, listed_mentions
from store_support import open_before

FOOTER = "ताज़ा अपडेट के लिए खबरलोक टीवी देखते रहिए और खबरलोक ऐप पाइए"
LINE = "वाराणसी में गंगा का जलस्तर बढ़ा और प्रशासन ने घाटों पर चेतावनी जारी की"
NAMES = {"खबरलोक टीवी": "ORG", "वाराणसी": "LOC", "पटना": "LOC", "जयपुर": "LOC", "भोपाल": "LOC", "शिमला": "LOC"}
BODIES = ["वाराणसी में गंगा का जलस्तर बढ़ा।", "पटना में रविवार को भारी बारिश हुई।", "जयपुर में पर्यटकों की संख्या बढ़ी है।",
          "भोपाल में नई बस सेवा शुरू हुई।"]


def test_a_digest_is_the_md5_of_the_keys_utf8_and_the_empty_key_stays_empty():
    assert line_digest(FOOTER) == hashlib.md5(FOOTER.encode("utf-8")).hexdigest()
    assert len(line_digest(FOOTER)) == 32 and line_digest(FOOTER) != line_digest(LINE)
    assert line_digest("") == ""


def _save(store, article_id: str, text: str, published: str) -> None:
    store.save_article(Article(article_id, text, source="Khabarlok", published=published),
                       analysis_of(article_id, text, "hi", listed_mentions(text, NAMES)), f"h-{article_id}")


def test_the_store_files_digests_and_an_article_added_alone_still_finds_the_footer(store_at):
    store = open_store(store_at("k"))
    for n, body in enumerate(BODIES):
        _save(store, f"k{n}", f"{body}\n\n{FOOTER}", "2020-04-01")
    relink(store)
    (footer_key,) = line_keys(FOOTER)
    counts = {tuple(r) for r in store.db.execute("SELECT source, line_key, articles FROM source_lines")}
    bodies = {("Khabarlok", line_digest(k), 1) for body in BODIES for k in line_keys(body)}
    assert len(bodies) == 4  # each body a line of five words or more, printed once
    assert counts == {("Khabarlok", "", 4), ("Khabarlok", line_digest(footer_key), 4)} | bodies
    assert store.article_lines(["k0"]) == {"k0": ("Khabarlok", {line_digest(footer_key)}
                                                   | {line_digest(k) for k in line_keys(BODIES[0])})}
    # a month later, alone: the footer is furniture from the stored counts, its ORG makes no entity
    _save(store, "k9", f"शिमला में बर्फ गिरी।\n\n{FOOTER}", "2020-05-02")
    relink(store, changed={"k9"})
    ids = set(store.mention_entities(["k9"]).get("k9", []))
    assert {e.name for e in store.entity_briefs(ids)} == {"शिमला"}
    assert ("Khabarlok", line_digest(footer_key), 5) in {
        tuple(r) for r in store.db.execute("SELECT source, line_key, articles FROM source_lines")}
    store.close()


def test_a_store_written_before_schema_9_keeps_its_line_counts_as_digests(store_at):
    url = store_at("old")
    old = open_before(url, 9)
    with old.transaction() as db:
        db.executemany("INSERT INTO source_lines (source, line_key, articles) VALUES (?,?,?)",
                       [("A", "", 3), ("A", FOOTER, 3), ("A", LINE, 1), ("B", "", 1), ("B", FOOTER, 1)])
        db.executemany("INSERT INTO article_lines (article_id, source, line_key) VALUES (?,?,?)",
                       [("a1", "A", ""), ("a1", "A", FOOTER), ("a1", "A", LINE), ("b1", "B", ""),
                        ("b1", "B", FOOTER)])
    old.close()
    store = open_store(url)  # opening applies 0009
    assert store.version >= 9
    counts = {tuple(r) for r in store.db.execute("SELECT source, line_key, articles FROM source_lines")}
    assert counts == {("A", "", 3), ("A", line_digest(FOOTER), 3), ("A", line_digest(LINE), 1), ("B", "", 1),
                      ("B", line_digest(FOOTER), 1)}
    assert store.article_lines(["a1", "b1"]) == {"a1": ("A", {line_digest(FOOTER), line_digest(LINE)}),
                                                 "b1": ("B", {line_digest(FOOTER)})}
    assert store.source_line_counts([("A", line_digest(FOOTER)), ("A", "")]) == {
        ("A", line_digest(FOOTER)): 3, ("A", ""): 3}
    store.close()


@pytest.mark.parametrize("table", ["source_lines", "article_lines"])
def test_sqlite_keeps_each_line_table_in_one_btree(tmp_path, table):
    store = open_store(tmp_path / "k.db")
    sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert "WITHOUT ROWID" in sql
    assert store.db.execute("SELECT count(*) FROM sqlite_master WHERE tbl_name = ? AND type = 'index'",
                            (table,)).fetchone()[0] == 0
    store.close()
