"""User text to FTS5: never syntax, inflections folded, names across scripts (pure, no store)."""

from __future__ import annotations

import sqlite3

import pytest

from khabar.store.search import NameIndex, compile_query, stem, words


def fts_table(*bodies: str) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = \"unicode61 categories 'L* N* Co M*'\")")
    db.executemany("INSERT INTO t (body) VALUES (?)", [(b,) for b in bodies])
    return db


def hits(db: sqlite3.Connection, query: str, names: NameIndex | None = None) -> list[int]:
    match = compile_query(query, names)
    return [r[0] for r in db.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid", (match,))]


@pytest.mark.parametrize("query", ["COVID-19", "कोविड-19", "Dr.", "मोदी's", '"unbalanced', "AND OR NOT", "a*b:c",
                                   "NEAR(x y)", "(((", "'", "-", "title:x"])
def test_user_text_is_never_fts5_syntax(query: str):
    db = fts_table("Dr. Sharma on COVID-19", "कोविड-19 पर मोदी का बयान", "the AND gate")
    match = compile_query(query)
    if match is not None:
        db.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall()  # must not raise


def test_punctuated_words_match_as_written():
    db = fts_table("Delhi reported 1,200 new COVID-19 cases", "कोविड-19 के नए मामले", "मोदी ने कहा",
                   "Dr. Meena Sharma said", "covid vaccines 19 days later")
    # a phrase: "covid" then "19", not both anywhere (5); the other script's phrase too (the lexicon)
    assert hits(db, "COVID-19") == [1, 2]
    assert hits(db, "कोविड-19") == [1, 2]
    assert hits(db, "मोदी's") == [3]
    assert hits(db, "Dr.") == [4]


def test_hindi_inflections_match_through_the_stem():
    db = fts_table("राज्य में चुनावों की तारीख घोषित", "चुनाव आयोग ने कहा", "टीम की कप्तानी रोहित को मिली",
                   "कप्तान ने कहा", "बजट पेश")
    assert hits(db, "चुनाव") == [1, 2]
    assert hits(db, "चुनावों") == [1, 2]
    assert hits(db, "कप्तान") == [3, 4]
    assert stem("लड़कियों") == "लड़क"
    assert stem("elections") == "election"
    assert stem("पुतिन") == "पुतिन"  # nothing to cut


def test_inflections_the_index_lacks_are_left_out():
    query = compile_query("चुनाव", known={"चुनाव", "चुनावों"}.__contains__)
    assert query == '("चुनाव" OR "चुनावों")'
    assert compile_query("बजट", known=lambda term: False) == '"बजट"'  # the word itself always stays


def test_words_cut_like_the_fts_tokenizer():
    assert words("COVID-19 Dr. मोदी's") == [["COVID", "19"], ["Dr"], ["मोदी"]]
    assert words("  ...  ") == []
    assert compile_query("...") is None


def test_a_name_finds_the_other_scripts_articles():
    names = NameIndex.build([("E1", "व्लादिमीर पुतिन", "Vladimir Putin", ["पुतिन", "व्लादिमीर पुतिन"]),
                             ("E2", "नरेंद्र मोदी", "Narendra Modi", ["मोदी", "नरेंद्र मोदी"])])
    db = fts_table("पुतिन ने कहा", "Putin said on Tuesday", "Narendra Modi arrived", "मोदी पहुंचे", "no names")
    assert hits(db, "Putin", names) == [1, 2]
    assert hits(db, "पुतिन", names) == [1, 2]
    assert hits(db, "Modi", names) == [3, 4]
    assert hits(db, "मोदी", names) == [3, 4]
    assert names.entities("Vladimir Putin") == {"E1"}
    assert names.entities("मोदी") == {"E2"}


def test_fts_syntax_is_passed_through_when_asked():
    assert compile_query("putin OR kim", syntax="fts") == "putin OR kim"
    with pytest.raises(ValueError):
        compile_query("x", syntax="regex")


def test_quoted_phrases_and_trailing_stars_are_the_only_devices_plain_text_gets():
    db = fts_table("उत्तर कोरिया के नेता", "कोरिया के उत्तर में", "Putin met Kim", "putting greens", "a b c")
    assert hits(db, '"उत्तर कोरिया"') == [1]  # a phrase, in order
    assert hits(db, "उत्तर कोरिया") == [1, 2]  # plain words, anywhere
    assert hits(db, "put*") == [3, 4]
    assert hits(db, '"unbalanced') == [] and compile_query('"') is None and compile_query("*") is None
    # a one-letter word is itself, not one of its "inflections" ("b" once became "bies")
    assert compile_query("b") == '"b"' and hits(db, "b") == [5]
