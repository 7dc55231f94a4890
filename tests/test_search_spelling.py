"""Search a fact-checker can use on Hindi news (session 30), on both backends: nukta spellings find each other,
the words as written rank first, quoted words and ``exact`` are literal, ``synonyms=False`` leaves the lexicon
out, "did you mean" offers the spellings the articles use, and bad input is an error. Own-written sentences."""

from __future__ import annotations

import pytest

from khabar.model import Analysis, Article
from khabar.store import open_store
from khabar.store.read import Reader
from khabar.store.search import (
    SearchInputError,
    SearchSyntaxError,
    compile_query,
    nukta_spellings,
    spelling_edits,
)

ARTICLES = {
    # फ़ैसला with the nukta sign (U+092B U+093C), and with the precomposed letter (U+095E)
    "sign": "अदालत ने आज फ\u093cैसला सुनाया। सुनवाई पूरी हुई।",
    "precomposed": "समिति का \u095eैसला कल आएगा। बैठक टली।",
    "bare": "सरकार ने फैसला बदला। मजदूर घर लौटे।",
    "worker": "कारखाने में कामगार लौटे। काम शुरू हुआ।",  # कामगार: the lexicon's other word for मजदूर
    "both": "कामगार और मज़दूर एक साथ लौटे। मजदूर संघ ने कहा।",
}


def _save(store, article_id: str, text: str) -> None:
    title = text.split("।", 1)[0]
    analysis = Analysis(article_id, "hi", title, [], [], text, "2020-04-10", None, [], None)
    store.save_article(Article(id=article_id, text=text, source="example.in", title=title,
                               published="2020-04-10"), analysis, content_hash=text)


@pytest.fixture
def reader(store_at) -> Reader:
    store = open_store(store_at("spelling"))
    with store.transaction():
        for article_id, text in ARTICLES.items():
            _save(store, article_id, text)
    return Reader(store)


def _ids(page) -> list[str]:
    return [item["id"] for item in page.items]


def test_nukta_spellings_cover_sign_precomposed_and_bare() -> None:
    assert set(nukta_spellings("फैसला")) == {"फैसला", "फ\u093cैसला", "\u095eैसला"}
    assert nukta_spellings("फ\u093cैसला")[0] == "फ\u093cैसला" and "फैसला" in nukta_spellings("\u095eैसला")
    assert nukta_spellings("मदद") == ["मदद"]  # no letter that takes a nukta


def test_every_nukta_spelling_finds_the_others(reader: Reader) -> None:
    for query in ("फैसला", "फ\u093cैसला", "\u095eैसला"):
        assert sorted(_ids(reader.search(query))) == ["bare", "precomposed", "sign"], query
    # the stored text is untouched: the snippet shows the article's own spelling
    hit = next(i for i in reader.search("फैसला").items if i["id"] == "precomposed")
    assert any(p["hit"] and p["text"] == "\u095eैसला" for p in hit["snippet"])


def test_the_words_as_written_rank_first_and_quotes_are_literal(reader: Reader) -> None:
    found = _ids(reader.search("मज़दूर"))
    assert set(found) == {"bare", "worker", "both"} and found[0] == "both"  # only "both" writes मज़दूर
    assert {i["id"]: i["as_written"] for i in reader.search("मज़दूर").items} == {
        "both": True, "bare": False, "worker": False}
    assert all(i["as_written"] for i in reader.search("मज़दूर", exact=True).items)
    assert {i["as_written"] for i in reader.search("मज़दूर", syntax="fts").items} == {None}
    assert _ids(reader.search('"मज़दूर"')) == ["both"]
    assert reader.search('"मज़दूर"').extra["translations"] == {}
    assert sorted(_ids(reader.search("मज़दूर", synonyms=False))) == ["bare", "both"]  # no कामगार
    assert reader.search("मज़दूर", synonyms=False).extra["translations"] == {}
    assert _ids(reader.search("मज़दूर", exact=True)) == ["both"]


def test_did_you_mean_offers_the_spelling_the_articles_use(reader: Reader) -> None:
    assert "मजदूर" in spelling_edits("मजदुर") and "सरकार" in spelling_edits("सर्कार")
    page = reader.search("मजदुर")
    assert page.total == 0
    assert page.extra["suggestions"][0]["query"] == "मजदूर" and page.extra["suggestions"][0]["total"] >= 2
    assert reader.search("सर्कार").extra["suggestions"][0]["query"] == "सरकार"
    assert reader.search("फैसला").extra["suggestions"] == []  # three matches, and no closer spelling finds more


@pytest.mark.parametrize("kwargs", [{"q": ""}, {"q": "   "}, {"q": "—"}, {"q": "फैसला", "date_from": "2020-04-31"},
                                    {"q": "फैसला", "date_to": "2020-13"},
                                    {"q": "फैसला", "date_from": "2020-05-01", "date_to": "2020-04-01"}])
def test_bad_input_is_an_error(reader: Reader, kwargs) -> None:
    with pytest.raises(SearchInputError):
        reader.search(**kwargs)


def test_an_fts_error_names_only_what_the_user_typed(tmp_path) -> None:
    store = open_store(str(tmp_path / "s.db"))
    with store.transaction():
        _save(store, "bare", ARTICLES["bare"])
    with pytest.raises(SearchSyntaxError) as e:
        Reader(store).search("मजदूर AND", syntax="fts")
    message = str(e.value)  # before: 'syntax error near ")"', a bracket khabar had put around the query
    assert 'near ")"' not in message and "{" not in message and "'मजदूर AND'" in message and "at the end" in message


def test_compile_query_keeps_quoted_words_and_exact_literal() -> None:
    assert compile_query('"फ़ैसला"') == '"फ़ैसला"'
    assert compile_query("मज़दूर", exact=True) == '"मज़दूर"'
    assert "कामगार" not in compile_query("मज़दूर", synonyms=False)
    assert "कामगार" in compile_query("मज़दूर")


def test_the_web_page_and_its_json_twin_use_the_same_query_layer(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    path = tmp_path / "web.db"
    store = open_store(str(path))
    with store.transaction():
        for article_id, text in ARTICLES.items():
            _save(store, article_id, text)
    client = TestClient(create_app(path))
    data = client.get("/search.json", params={"q": "मजदुर"}).json()
    assert data["total"] == 0 and data["suggestions"][0]["query"] == "मजदूर"
    assert "मजदूर" in client.get("/search", params={"q": "मजदुर"}).text
    assert "another form or synonym" in client.get("/search", params={"q": "मज़दूर"}).text
    assert [i["id"] for i in client.get("/search.json", params={"q": "मज़दूर", "exact": "1"}).json()["items"]] == ["both"]
    api = client.get("/api/search", params={"q": "मज़दूर", "synonyms": "false"}).json()
    assert sorted(i["id"] for i in api["items"]) == ["bare", "both"]
    for params in ({"q": "फैसला", "from": "2020-04-31"}, {"q": "फैसला", "from": "2020-05", "to": "2020-04"}):
        assert client.get("/api/search", params=params).status_code == 400
        assert client.get("/search", params=params).status_code == 400
    assert client.get("/api/search", params={"q": " "}).status_code == 400
    assert client.get("/search", params={"q": ""}).status_code == 200  # the empty form
