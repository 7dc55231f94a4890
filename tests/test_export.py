import json

from conftest import EXAMPLES, copy_db, run_khabar
from khabar.export import FILES, read_export

CONTRACT = {
    "articles": {"id", "url", "source", "lang", "title", "text", "body", "boilerplate", "published", "dateline",
                 "agencies", "author", "story_id", "duplicate_of", "syndication_group"},
    "stories": {"id", "article_ids", "headline", "summary", "date", "first_seen", "last_seen", "thread_id",
                "entity_ids", "sources", "independent_sources"},
    "entities": {"id", "type", "name", "latin", "aliases", "mentions"},
    "quotes": {"id", "article_id", "kind", "text", "start", "end", "speaker_entity_id", "speaker_text", "cue"},
    "timexes": {"article_id", "text", "start", "end", "value", "anchor"},
    "quantities": {"id", "article_id", "text", "start", "end", "value", "unit", "qualifier", "claim_id"},
    "claims": {"id", "story_id", "text", "value", "unit", "article_ids", "independent_sources", "conflicts"},
    "threads": {"id", "label", "story_ids"},
    "mentions": {"article_id", "start", "end", "text", "type", "source", "entity_id"},
}


def test_export_writes_the_contract(tmp_path, db, examples_ingested):
    copy_db(examples_ingested, db)
    out = tmp_path / "out"
    result = run_khabar("export", str(out), db=db)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "khabar-export" and manifest["version"] == 1
    for name in FILES:
        assert (out / f"{name}.jsonl").exists()
        assert manifest["counts"][f"{name}.jsonl"] == len((out / f"{name}.jsonl").read_text().splitlines())
    raw = (out / "articles.jsonl").read_text(encoding="utf-8")
    assert "असम" in raw and "\\u0905" not in raw  # Devanagari is written as is, not escaped
    data = read_export(out)
    texts = {a["id"]: a["text"] for a in data["articles"]}
    written = len(list(EXAMPLES.glob("*.txt"))) + sum(
        1 for f in EXAMPLES.glob("*.jsonl") for line in f.read_text(encoding="utf-8").splitlines() if line.strip())
    assert len(texts) == written
    for name, fields in CONTRACT.items():
        for record in data[name]:
            assert fields <= record.keys(), (name, fields - record.keys())
            if "start" in record and "article_id" in record:
                assert texts[record["article_id"]][record["start"]:record["end"]] == record["text"]
    for entity in data["entities"]:
        for m in entity["mentions"]:
            assert texts[m["article_id"]][m["start"]:m["end"]] == m["text"]
    for story in data["stories"]:
        for s in story["summary"]:
            assert texts[s["article_id"]][s["start"]:s["end"]] == s["text"]
    article = next(a for a in data["articles"] if a["id"] == "hi_chandrayaan_wire_a")
    assert "Click to start listening" in article["boilerplate"] and "Click" not in article["body"]


def test_evaluate_reads_an_export_and_the_store_alike(tmp_path, db, seeds_dir, seeds_ingested, gold):
    copy_db(seeds_ingested, db)
    gold_file = seeds_dir.parent / "gold" / "seeds.gold.json"
    from_store = json.loads(run_khabar("evaluate", "--gold", str(gold_file), "--json", "--section", "articles",
                                       "--section", "stories", db=db).stdout)
    out = tmp_path / "out"
    run_khabar("export", str(out), db=db, check=True)
    from_export = json.loads(run_khabar("evaluate", "--gold", str(gold_file), "--export", str(out), "--json",
                                        "--section", "articles", "--section", "stories").stdout)
    assert from_store == from_export
    assert from_store["articles"]["boilerplate_removed"] == 1.0
    assert from_store["articles"]["quotes_kept_in_body"] == 1.0
    assert from_store["articles"]["lang_accuracy"] == 1.0
    assert from_store["stories"]["exact_partition"] is True


def test_export_has_threads_and_mentions_and_the_manifest_lists_every_file(tmp_path, db, examples_ingested):
    copy_db(examples_ingested, db)
    out = tmp_path / "out"
    result = run_khabar("export", str(out), "--csv", "--graphml", db=db)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    data = read_export(out)
    assert data["mentions"] and data["threads"]
    assert {m["entity_id"] for m in data["mentions"]} - {None} <= {e["id"] for e in data["entities"]}
    assert {s for t in data["threads"] for s in t["story_ids"]} <= {s["id"] for s in data["stories"]}
    # every written file is counted: the CSV tables (header row not counted) and the graph with its cut
    for csv_file in (out / "csv").glob("*.csv"):
        rows = len(csv_file.read_text(encoding="utf-8").splitlines()) - 1
        assert manifest["counts"][f"csv/{csv_file.name}"] <= rows
    assert manifest["counts"]["csv/threads.csv"] == len(data["threads"])
    assert manifest["counts"]["entities.graphml"] >= 1
    assert "of" in manifest["notes"]["entities.graphml"] and "entities" in result.stderr
