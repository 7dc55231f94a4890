"""The entity graph: the pure builder on hand-made articles, the SVG, and ``khabar graph`` on real stores."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest

from conftest import copy_db, run_khabar
from khabar.commands.graph import read_store
from khabar.graph import (
    HEIGHT,
    WIDTH,
    ArticleMentions,
    EntityInfo,
    build_graph,
    drawing,
    graph_svg,
    label_boxes,
    resolve_prefix,
)
from khabar.store.sqlite import SqliteStore

SVG = "{http://www.w3.org/2000/svg}"

ENTITIES = {e.id: e for e in [
    EntityInfo("Ea", "PER", "अमित शाह", "Amit Shah"),
    EntityInfo("Eb", "PER", "राहुल गांधी", "Rahul Gandhi"),
    EntityInfo("Ec", "LOC", "दिल्ली", "Delhi"),
    EntityInfo("Ed", "ORG", "A & <B> \"Co\"", None),
]}

# Two sentences per article: [0, 50) and [50, 100).
TWO = ((0, 50), (50, 100))
ARTICLES = [
    # s1: Shah and Gandhi share a sentence; Delhi is in the next one.
    ArticleMentions("a1", "s1", [(0, 5, "Ea"), (10, 15, "Eb"), (60, 65, "Ec")], TWO),
    # s1 again: Shah and Gandhi together twice; the organisation alone in its sentence.
    ArticleMentions("a2", "s1", [(0, 5, "Ea"), (20, 25, "Eb"), (30, 35, "Eb"), (51, 55, "Ea"), (56, 60, "Eb"),
                                 (70, 75, "Ed")], ((0, 50), (50, 68), (68, 100))),
    # s2: Delhi and the organisation in one sentence.
    ArticleMentions("a3", "s2", [(0, 5, "Ec"), (10, 15, "Ed")], TWO),
]


def edges_of(graph) -> dict[frozenset, tuple[int, int, int]]:
    return {frozenset((e.source, e.target)): (e.weight, e.articles, e.sentences) for e in graph.edges}


def test_sentence_edges_weigh_articles_and_count_sentences():
    graph = build_graph(ENTITIES, ARTICLES)
    assert edges_of(graph) == {frozenset(("Ea", "Eb")): (2, 2, 3), frozenset(("Ec", "Ed")): (1, 1, 1)}
    nodes = {n.id: n for n in graph.nodes}
    assert (nodes["Ea"].articles, nodes["Ea"].mentions, nodes["Eb"].mentions) == (2, 3, 4)
    # Shah and Gandhi are equally linked and in as many articles; Gandhi is named more often.
    assert nodes["Ea"].strength == nodes["Eb"].strength == 2 and nodes["Eb"].central
    assert sum(n.central for n in graph.nodes) == 1


def test_article_edges_link_everything_named_in_one_article():
    graph = build_graph(ENTITIES, ARTICLES, by="article")
    assert edges_of(graph) == {frozenset(("Ea", "Eb")): (2, 2, 3), frozenset(("Ea", "Ec")): (1, 1, 0),
                               frozenset(("Eb", "Ec")): (1, 1, 0), frozenset(("Ea", "Ed")): (1, 1, 0),
                               frozenset(("Eb", "Ed")): (1, 1, 0), frozenset(("Ec", "Ed")): (1, 1, 1)}


def test_min_weight_drops_light_edges_and_the_nodes_they_leave_alone():
    graph = build_graph(ENTITIES, ARTICLES, min_weight=2)
    assert [n.id for n in graph.nodes] == ["Eb", "Ea"]  # Gandhi is named more often
    assert edges_of(graph) == {frozenset(("Ea", "Eb")): (2, 2, 3)}


def test_top_keeps_the_entities_in_most_articles():
    graph = build_graph(ENTITIES, ARTICLES, by="article", top=3)
    # All four are in two articles; Shah and Gandhi are linked more strongly (4 against 3); Delhi and the
    # organisation tie on mentions too, and the id decides.
    assert [n.id for n in graph.nodes] == ["Eb", "Ea", "Ec"]
    kept = {n.id for n in graph.nodes}
    assert all(e.source in kept and e.target in kept for e in graph.edges)
    assert graph.omitted["nodes"] == 1


def test_entity_neighbourhood_is_the_focus_and_its_neighbours_strongest_first():
    graph = build_graph(ENTITIES, ARTICLES, by="article", focus="Ec")
    assert graph.nodes[0].id == "Ec"
    assert {n.id for n in graph.nodes} == {"Ea", "Eb", "Ec", "Ed"}
    narrow = build_graph(ENTITIES, ARTICLES, focus="Ec")  # by sentence Delhi meets only the organisation
    assert [n.id for n in narrow.nodes] == ["Ec", "Ed"]
    lonely = build_graph(ENTITIES, ARTICLES, focus="Ec", min_weight=2)
    assert [n.id for n in lonely.nodes] == ["Ec"] and lonely.edges == []
    elsewhere = build_graph(ENTITIES, ARTICLES, focus="Ea", story="s2")  # Shah is not in story s2
    assert elsewhere.nodes == [] and elsewhere.edges == []


def test_story_filter_counts_only_that_storys_articles():
    graph = build_graph(ENTITIES, ARTICLES, story="s2", by="article")
    assert edges_of(graph) == {frozenset(("Ec", "Ed")): (1, 1, 1)}
    assert {n.id: n.articles for n in graph.nodes} == {"Ec": 1, "Ed": 1}
    assert resolve_prefix("s", ["s1", "x"]) == "s1"
    with pytest.raises(ValueError, match="ambiguous"):
        resolve_prefix("s", ["s1", "s2"])
    with pytest.raises(ValueError, match="no story"):
        resolve_prefix("q", ["s1", "s2"])


def test_quote_speakers_are_counted_in_scope():
    speakers = [("a1", "Ea"), ("a2", "Ea"), ("a3", "Ec")]
    nodes = {n.id: n for n in build_graph(ENTITIES, ARTICLES, story="s1", speakers=speakers).nodes}
    assert nodes["Ea"].quotes == 2 and nodes["Eb"].quotes == 0


def test_mentions_without_sentences_count_as_one_sentence():
    graph = build_graph(ENTITIES, [ArticleMentions("a", None, [(0, 1, "Ea"), (500, 501, "Ed")])])
    assert edges_of(graph) == {frozenset(("Ea", "Ed")): (1, 1, 1)}


def test_same_input_same_bytes_whatever_the_article_order():
    first = graph_svg(build_graph(ENTITIES, ARTICLES, by="article"))
    again = graph_svg(build_graph(ENTITIES, list(reversed(ARTICLES)), by="article"))
    assert first == again


def test_svg_is_well_formed_with_one_element_per_node_and_edge():
    graph = build_graph(ENTITIES, ARTICLES, by="article")
    root = ET.fromstring(graph_svg(graph, title="<a & b>"))
    circles = [c for c in root.iter(f"{SVG}circle") if c.get("class") == "node"]
    lines = [c for c in root.iter(f"{SVG}line") if c.get("class") == "edge"]
    assert sorted(c.get("data-entity") for c in circles) == sorted(n.id for n in graph.nodes)
    assert sorted((e.get("data-source"), e.get("data-target")) for e in lines) == \
        sorted((e.source, e.target) for e in graph.edges)
    assert all(el.find(f"{SVG}title") is not None for el in [*circles, *lines])
    labels = {t.get("data-entity"): t.text for t in root.iter(f"{SVG}text") if t.get("class") == "label"}
    assert labels["Ea"] == "अमित शाह (Amit Shah)" and labels["Ed"] == 'A & <B> "Co"'


# -- the real CLI on real stores -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def examples_db(tmp_path_factory, examples_ingested) -> Path:
    return copy_db(examples_ingested, tmp_path_factory.mktemp("graph") / "khabar.db")


def graph_json(db: Path, *args: str) -> dict:
    result = run_khabar("graph", "--json", *args, db=db)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def by_latin(graph: dict) -> dict[str, str]:
    return {n["latin"]: n["id"] for n in graph["nodes"] if n["latin"]}


def linked(graph: dict, a: str, b: str) -> bool:
    return any({e["source"], e["target"]} == {a, b} for e in graph["edges"])


def test_cli_links_putin_and_kim_but_not_kim_and_isro(examples_db, tmp_path):
    svg = tmp_path / "graph.svg"
    result = run_khabar("graph", "--json", "--out", str(svg), db=examples_db)
    assert result.returncode == 0, result.stderr
    graph = json.loads(result.stdout)
    ids = by_latin(graph)
    assert linked(graph, ids["Vladimir Putin"], ids["Kim Jong Un"])
    assert "ISRO" in ids and not linked(graph, ids["ISRO"], ids["Kim Jong Un"])
    assert len(graph["nodes"]) <= 30
    root = ET.parse(svg).getroot()
    assert len([c for c in root.iter(f"{SVG}circle") if c.get("class") == "node"]) == len(graph["nodes"])
    assert len([c for c in root.iter(f"{SVG}line") if c.get("class") == "edge"]) == len(graph["edges"])
    again = tmp_path / "again.svg"
    run_khabar("graph", "--out", str(again), db=examples_db, check=True)
    assert again.read_bytes() == svg.read_bytes()


def test_cli_entity_and_story_filters(examples_db):
    around_kim = graph_json(examples_db, "--entity", "किम जोंग-उन")
    ids = by_latin(around_kim)
    assert around_kim["nodes"][0]["latin"] == "Kim Jong Un"
    assert "Vladimir Putin" in ids and "ISRO" not in ids
    assert all(ids["Kim Jong Un"] in (e["source"], e["target"]) or
               {e["source"], e["target"]} <= set(ids.values()) for e in around_kim["edges"])
    isro = by_latin(graph_json(examples_db))["ISRO"]
    stories = {a: s for a, s in SqliteStore(examples_db).db.execute(
        "SELECT article_id, story_id FROM mentions JOIN articles ON id = article_id WHERE entity_id = ?", (isro,))}
    story = sorted(set(stories.values()))[0]
    in_story = graph_json(examples_db, "--story", story[:5])
    assert in_story["story"] == story and "ISRO" in by_latin(in_story)
    assert "Kim Jong Un" not in by_latin(in_story)
    top = graph_json(examples_db, "--top", "5", "--min-weight", "2")
    assert len(top["nodes"]) <= 5 and all(e["weight"] >= 2 for e in top["edges"])
    assert run_khabar("graph", "--entity", "no such person anywhere", "--json", db=examples_db).returncode != 0
    assert run_khabar("graph", db=examples_db).returncode != 0  # neither --out nor --json


def apart(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


@pytest.mark.parametrize("by", ["sentence", "article"])
def test_examples_labels_do_not_pile_up(examples_db, by):
    entities, articles, speakers = read_store(SqliteStore(examples_db))
    graph = build_graph(entities, articles, speakers=speakers, by=by)
    boxes = label_boxes(graph)
    assert len(boxes) == len(graph.nodes) >= 10
    for (a, box_a), (b, box_b) in combinations(boxes.items(), 2):
        assert apart(box_a, box_b), (a, b)
    circles, _ = drawing(graph)
    for eid, box in boxes.items():  # nor over a circle
        for other, (x, y, r) in circles.items():
            assert apart(box, (x - r, y - r, x + r, y + r)), (eid, other)
        assert 0 <= box[0] and box[2] <= WIDTH and 0 <= box[1] and box[3] <= HEIGHT


def test_seeds_graph_turns_around_putin_and_kim(seeds_ingested, gold, tmp_path):
    db = copy_db(seeds_ingested, tmp_path / "seeds.db")
    gold_in = {e["latin"]: set(e["in"]) for e in gold["entities"]}
    together = len(gold_in["Vladimir Putin"] & gold_in["Kim Jong Un"])
    graph = graph_json(db, "--by", "article")
    ids = by_latin(graph)
    weight = next(e["weight"] for e in graph["edges"]
                  if {e["source"], e["target"]} == {ids["Vladimir Putin"], ids["Kim Jong Un"]})
    assert weight == together
    central = next(n["latin"] for n in graph["nodes"] if n["central"])
    assert central in ("Vladimir Putin", "Kim Jong Un")
    sentences = graph_json(db)
    assert linked(sentences, *(by_latin(sentences)[name] for name in ("Vladimir Putin", "Kim Jong Un")))
    for edge in graph["edges"]:  # a pair cannot be together in more articles than either is in
        ends = [n for n in graph["nodes"] if n["id"] in (edge["source"], edge["target"])]
        assert edge["weight"] <= min(n["articles"] for n in ends)
