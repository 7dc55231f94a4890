"""Common words cross scripts in a search: the bilingual lexicon (``lang/hi/lexicon.json``) adds the other
script's words to a query word (``lockdown`` -> लॉकडाउन, तालाबंदी; चुनावों -> election), on the store the web
tests read (an English and a Hindi COVID-19 report written for them: "hospitals"/"अस्पतालों",
"elections"/"चुनावों")."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_support import web_db_path

from khabar.store.read import Reader
from khabar.store.search import compile_query, query_translations, translations
from khabar.web.app import create_app


@pytest.fixture(scope="module")
def web_db() -> Path:
    return web_db_path()


def test_the_lexicon_reads_both_ways_through_inflections():
    assert {"लॉकडाउन", "तालाबंदी"} <= set(translations("lockdowns"))
    assert translations("चुनावों")[0] == "election"  # the English word first, then Hindi synonyms
    assert "निर्वाचन" in translations("चुनाव")
    assert "युद्धविराम" in translations("संघर्षविराम")  # a Hindi word reaches the other Hindi words for it
    assert translations("Putin") == () and translations("पुतिन") == ()  # names go through the entity index
    assert translations("कल") == ()  # a common word of two meanings is left out on purpose
    assert translations("COVID 19") == ("कोविड 19",) and translations("कोविड 19") == ("covid 19",)
    assert translations("lockdown order") == ()  # word by word only with numbers: Hindi word order differs


def test_a_two_word_term_is_one_phrase_with_its_translation():
    query = compile_query("chief minister", known=lambda term: True)
    assert query.startswith('("chief minister" OR "मुख्यमंत्री"')
    assert " AND " not in query  # not "chief" and "minister" apart
    assert query_translations("chief minister said") == {"chief minister": ["मुख्यमंत्री"]}
    # and a Hindi two-word term reaches the English phrase and its other Hindi form
    assert query_translations("सुप्रीम कोर्ट") == {"सुप्रीम कोर्ट": ["supreme court", "सर्वोच्च न्यायालय"]}
    assert '"supreme court"' in compile_query("सुप्रीम कोर्ट", known=lambda term: True)


def test_translations_the_index_lacks_are_left_out():
    assert compile_query("hospital", known=lambda term: False) == '"hospital"'
    with_hindi = compile_query("hospital", known={"hospital", "अस्पतालों"}.__contains__)
    assert with_hindi == '("hospital" OR "अस्पतालों")'


def test_a_search_finds_both_languages_and_says_what_it_added(web_db: Path):
    reader = Reader.open(web_db)
    for query in ("hospital", "अस्पताल", "elections", "COVID-19", "कोविड-19"):
        page = reader.search(query, limit=50)
        titles = {i["lang"]: i["title"] for i in page.items if "COVID-19" in (i["title"] or "")
                  or "कोविड-19" in (i["title"] or "")}
        assert set(titles) == {"en", "hi"}, (query, titles)
        assert page.extra["translations"], query
    assert reader.search("hospital").extra["translations"] == {"hospital": ["अस्पताल", "हॉस्पिटल"]}
    assert reader.search("Putin").extra["translations"] == {}


def test_the_search_page_and_its_json_show_the_added_words(web_db: Path):
    client = TestClient(create_app(web_db))
    page = client.get("/search", params={"q": "hospital"})
    assert page.status_code == 200 and "Also searched" in page.text and "अस्पताल" in page.text
    data = client.get("/api/search", params={"q": "hospital"}).json()
    assert data["translations"] == {"hospital": ["अस्पताल", "हॉस्पिटल"]}
    assert {i["lang"] for i in data["items"]} >= {"en", "hi"}
