"""``khabar ingest --engine dask`` on a real local cluster of two worker processes stores and exports exactly
what the local engine does."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_khabar
from khabar.model import Article
from khabar.run import dask as dask_engine
from khabar.run.local import ingest as local_ingest
from khabar.store.sqlite import SqliteStore


def _export(db: Path, out: Path) -> dict[str, str]:
    run_khabar("export", str(out), db=db, check=True)
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.iterdir())}


def test_dask_engine_exports_what_the_local_engine_does(seeds_dir: Path, tmp_path: Path) -> None:
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    run_khabar("ingest", str(seeds_dir), db=local, check=True)
    done = run_khabar("ingest", str(seeds_dir), "--engine", "dask", "--workers", "2", db=dask)
    assert done.returncode == 0, done.stderr
    assert "5 new, 0 updated, 0 unchanged, 0 failed" in done.stderr
    local_files, dask_files = _export(local, tmp_path / "a"), _export(dask, tmp_path / "b")
    assert set(local_files) == set(dask_files) and "articles.jsonl" in local_files
    assert local_files["articles.jsonl"].count("\n") == 5
    for name in local_files:
        assert dask_files[name] == local_files[name], name
    again = run_khabar("ingest", str(seeds_dir), "--engine", "dask", "--workers", "2", db=dask)
    assert "0 new, 0 updated, 5 unchanged, 0 failed" in again.stderr


def test_same_id_twice_keeps_the_first_and_failures_are_reported(tmp_path: Path) -> None:
    # Written for this test: a repeated id in one batch is reported and the first version kept, as with the local
    # engine.
    first = Article(id="a1", text="नई दिल्ली में बुधवार को बैठक हुई। मंत्री ने कहा कि काम जल्द पूरा होगा।")
    second = Article(id="a1", text="नई दिल्ली में गुरुवार को दूसरी बैठक हुई। सचिव ने कहा कि 12 परियोजनाएं पूरी हुईं।")
    other = Article(id="b2", text="मुंबई में बारिश के कारण 40 उड़ानें रद्द हुईं।")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in (first, other, second))
                   + "{not json\n", encoding="utf-8")
    by_engine = {}
    for name in ("local", "dask"):
        store = SqliteStore(tmp_path / f"{name}.db")
        if name == "dask":
            report = dask_engine.ingest([src], store, workers=2, link=False, window=2)
        else:
            report = local_ingest([src], store, link=False)
        assert (report.new, report.updated, len(report.errors)) == (2, 0, 2)
        by_engine[name] = {row["id"]: row["text"] for row in store.articles()}
    assert by_engine["dask"] == by_engine["local"]
    assert by_engine["dask"]["a1"] == first.text

