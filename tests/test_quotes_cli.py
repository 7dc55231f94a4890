"""``khabar quotes`` on a store holding the seed articles with their quotes and linked mentions.

The store is filled the way the pipeline and linker will fill it: the analysis (with quotes from find_quotes and
mentions from the gold aliases, standing in for NER) saved per article, entities saved, mentions linked. The
quotes' own speaker_entity_id is left empty so the command's lookup through speaker_ref/mentions is exercised.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.analyse.pipeline import analyse
from khabar.analyse.quotes import add_quotes
from khabar.cli import main
from khabar.commands.quotes import collect
from khabar.model import Article, Entity
from khabar.store.sqlite import SqliteStore
from test_quotes_seeds import alias_mentions


@pytest.fixture(scope="module")
def store_path(seeds_dir: Path, gold: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quotes") / "khabar.db"
    store = SqliteStore(str(path))
    links = []
    for seed in sorted(seeds_dir.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        article = Article(id=seed.stem, text=text)
        analysis = analyse(article)
        analysis.mentions = alias_mentions(text, gold, seed.stem[:3])
        add_quotes(text, analysis)
        store.save_article(article, analysis, content_hash=seed.stem)
        links += [(seed.stem, m.start, m.end, m.entity_id) for m in analysis.mentions]
    store.replace_entities([Entity(e["id"], e["type"], e["name"], e["latin"], e["aliases"])
                            for e in gold["entities"]])
    store.set_mention_entities(links)
    store.close()
    return path


def test_quotes_are_grouped_by_speaker_most_quoted_first(store_path: Path) -> None:
    groups = collect(SqliteStore(str(store_path)))
    assert [g["entity_id"] for g in groups[:2]] == ["kim_jong_un", "putin"]
    putin = groups[1]
    # the pronoun उन्होंने in 000 and the description रूसी नेता are Putin's through speaker_ref
    assert any(q["speaker_text"] == "उन्होंने" and q["article_id"].startswith("000") for q in putin["quotes"])
    assert all(q["article_id"] and "published" in q for q in putin["quotes"])


def test_speaker_filter_takes_the_latin_name(store_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", "--speaker", "Putin", "--json", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    groups = [json.loads(line) for line in result.output.splitlines()]  # JSON Lines: one speaker a line
    assert groups[0]["entity_id"] == "putin"
    # names speaking together (`पुतिन और किम दोनों ने …`) are Putin's words too, under their own heading
    assert all(g["entity_id"] == "putin" or (g["entity_id"] is None and "पुतिन" in g["speaker"]) for g in groups)
    assert any(q["text"].startswith("मैं इंतजार करूँगा") for q in groups[0]["quotes"])


def test_kind_filter_and_table_output(store_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["quotes", "--kind", "indirect", "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    assert "वाशिंगटन" in result.output and "कहा" in result.output
    assert "│ direct " not in result.output and "│ partial " not in result.output


def test_speaker_links_from_mention_links(seeds_dir: Path, gold: dict) -> None:
    """What a store-wide relink gets: (quote id, entity id) from (article, start, end, entity) mention rows."""
    from khabar.analyse.quotes import find_quotes, speaker_links

    seed = sorted(seeds_dir.glob("000_*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    analysis = analyse(Article(id=seed.stem, text=text))
    analysis.mentions = alias_mentions(text, gold, "000")
    quotes = find_quotes(text, analysis)
    links = [(seed.stem, m.start, m.end, m.entity_id) for m in analysis.mentions]
    pairs = dict(speaker_links(quotes, links))
    dear = next(q for q in quotes if q.text.startswith("Dear Chairman"))
    assert dear.speaker_text == "उन्होंने" and pairs[dear.id] == "putin"
    assert sorted(set(pairs.values())) == ["kim_jong_un", "putin"]


def test_an_office_speaking_is_not_the_person_named_in_its_words() -> None:
    """`मुख्यमंत्री योगेश राणा के कार्यालय ने कहा`: the office speaks; a person speaking through a title still links."""
    from khabar.analyse.quotes import link_speakers
    from khabar.model import Mention, Quote

    text = "मुख्यमंत्री योगेश राणा के कार्यालय ने कहा कि सभी कार्यक्रम स्थगित रहेंगे। मुख्यमंत्री योगेश राणा ने कहा कि"
    name_start = text.index("योगेश")
    person = Mention(name_start, name_start + len("योगेश राणा"), "योगेश राणा", "PER", entity_id="rana")
    office_end = text.index(" ने कहा")
    titled_end = len("मुख्यमंत्री योगेश राणा")
    office = Quote("indirect", office_end + 10, office_end + 30, "", speaker_text=text[:office_end], speaker_start=0,
                   speaker_end=office_end, speaker_type="ORG")
    titled = Quote("indirect", office_end + 10, office_end + 30, "", speaker_text=text[:titled_end],
                   speaker_start=0, speaker_end=titled_end, speaker_type="PER")
    secretary_end = len("मुख्यमंत्री योगेश राणा के कार्यालय")  # a PER-typed phrase whose head follows the name
    secretary = Quote("indirect", office_end + 10, office_end + 30, "", speaker_text=text[:secretary_end],
                      speaker_start=0, speaker_end=secretary_end, speaker_type="PER")
    link_speakers([office, titled, secretary], [person])
    assert office.speaker_entity_id is None
    assert titled.speaker_entity_id == "rana"
    assert secretary.speaker_entity_id is None


def test_a_pronoun_whose_antecedent_is_no_entity_is_shown_by_the_antecedents_words(tmp_path: Path) -> None:
    """"एक वरिष्ठ अधिकारी ने बताया … उन्होंने कहा …": the second quote's speaker is the official, whom no entity
    names; the listing shows both under his description, never under a speaker called उन्होंने."""
    text = ("अस्पताल में नई जांच शुरू\n\nजिला अस्पताल के एक वरिष्ठ अधिकारी ने बताया कि अब रोज दो सौ नमूनों की जांच होगी। "
            "उन्होंने कहा कि जांच की रिपोर्ट अगले दिन मिल जाएगी।")
    store = SqliteStore(str(tmp_path / "k.db"))
    article = Article(id="a1", text=text)
    analysis = analyse(article)
    analysis.mentions = []
    add_quotes(text, analysis)
    pronoun = [q for q in analysis.quotes if q.speaker_text == "उन्होंने"]
    assert pronoun and pronoun[0].speaker_ref is not None  # the analysis resolved it to the description
    store.save_article(article, analysis, content_hash="a1")
    labels = {q["speaker_text"]: g["speaker"] for g in collect(store) for q in g["quotes"]}
    assert labels["उन्होंने"] == text[slice(*pronoun[0].speaker_ref)].strip()
    assert "उन्होंने" not in {g["speaker"] for g in collect(store)}
