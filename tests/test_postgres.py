"""The PostgreSQL store: the SQL translation it shares SQLite's code through, and identical exports from both
backends on the seeds (the store suites run on both: tests/test_store.py, test_link_incremental.py,
web/test_reader_postgres.py)."""

from __future__ import annotations

import pytest

from conftest import run_khabar
from khabar.store.postgres import translate

KEYS = (("state", ("key",)), ("timexes", ("article_id", "start", "end")))


def test_placeholders_and_percent_signs_outside_quotes() -> None:
    sql = translate("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' AND title = '?%' AND x = ?")
    assert sql == "SELECT id FROM articles WHERE id LIKE %s ESCAPE '\\' AND title = '?%%' AND x = %s"


def test_insert_or_ignore_and_or_replace_become_on_conflict() -> None:
    assert translate("INSERT OR IGNORE INTO link_pending (article_id) VALUES (?)") == (
        "INSERT INTO link_pending (article_id) VALUES (%s) ON CONFLICT DO NOTHING")
    assert translate("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", KEYS) == (
        'INSERT INTO state (key, value) VALUES (%s, %s) ON CONFLICT ("key") DO UPDATE SET value = EXCLUDED.value')
    assert translate('INSERT OR REPLACE INTO timexes (article_id, start, "end", text) VALUES (?,?,?,?)', KEYS) == (
        'INSERT INTO timexes (article_id, start, "end", text) VALUES (%s,%s,%s,%s) ON CONFLICT ("article_id", '
        '"start", "end") DO UPDATE SET text = EXCLUDED.text')
    with pytest.raises(ValueError, match="primary key"):
        translate("INSERT OR REPLACE INTO nowhere (a) VALUES (?)", KEYS)


def test_an_upsert_reads_bare_columns_as_the_stored_row() -> None:
    columns = (("failures", ("origin", "reason", "attempts")),)
    assert translate("INSERT INTO failures (origin, reason) VALUES (?,?) ON CONFLICT (origin) DO UPDATE SET "
                     "reason = excluded.reason, attempts = attempts + 1", (), columns) == (
        "INSERT INTO failures (origin, reason) VALUES (%s,%s) ON CONFLICT (origin) DO UPDATE SET "
        'reason = excluded.reason, attempts = failures."attempts" + 1')


def test_nulls_sort_first_as_in_sqlite_and_json_extract() -> None:
    assert translate("SELECT * FROM stories ORDER BY first_seen IS NULL, first_seen, id") == (
        "SELECT * FROM stories ORDER BY first_seen IS NULL NULLS FIRST, first_seen NULLS FIRST, id NULLS FIRST ")
    assert translate("SELECT a FROM (SELECT a FROM t ORDER BY b DESC LIMIT 3) ORDER BY coalesce(a, 1) LIMIT ?") == (
        "SELECT a FROM (SELECT a FROM t ORDER BY b DESC NULLS LAST LIMIT 3) ORDER BY coalesce(a, 1) NULLS FIRST "
        "LIMIT %s")
    assert translate("SELECT json_extract(analysis, '$.sentences') AS s FROM articles") == (
        "SELECT ((analysis)::json ->> 'sentences') AS s FROM articles")


def test_messages_show_the_url_without_its_password() -> None:
    from khabar.store.postgres import _redacted

    assert _redacted("postgresql://khabar:s3c@ret@db:5432/k") == "postgresql://khabar:***@db:5432/k"
    assert _redacted("postgresql://khabar@db/k?host=/run") == "postgresql://khabar@db/k?host=/run"


def test_seeds_export_the_same_from_sqlite_and_postgresql(tmp_path, postgres_server, seeds_dir, seeds_ingested):
    url = postgres_server.database()
    result = run_khabar("ingest", str(seeds_dir), "--db", url)
    assert result.returncode == 0, result.stderr
    run_khabar("export", str(tmp_path / "sqlite"), "--db", str(seeds_ingested), check=True)
    run_khabar("export", str(tmp_path / "postgresql"), "--db", url, check=True)
    names = sorted(p.name for p in (tmp_path / "sqlite").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "postgresql").iterdir()) and "stories.jsonl" in names
    for name in names:  # the export carries no timestamps: byte for byte
        assert (tmp_path / "postgresql" / name).read_bytes() == (tmp_path / "sqlite" / name).read_bytes(), name
    # and the seeds are still right on PostgreSQL
    stories = (tmp_path / "postgresql" / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(stories) == 3


def test_an_ingest_killed_mid_way_leaves_whole_articles_and_a_rerun_completes_it(tmp_path, postgres_server):
    import os
    import signal
    import subprocess
    import time

    from conftest import khabar_exe
    from khabar.store import open_store
    from khabar.synthetic import write_jsonl

    n = 200
    src = tmp_path / "gen.jsonl"
    write_jsonl(src, n)
    url = postgres_server.database()
    store = open_store(url)
    proc = subprocess.Popen([*khabar_exe(), "ingest", str(src), "--db", url], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline and store.count("articles") < 30:
        time.sleep(0.2)
        assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = store.count("articles")
    assert 30 <= partial < n
    # one transaction per article: every stored article has its search row and is marked for the link step
    assert store.db.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts f "
                            "WHERE f.id = a.id AND f.terms IS NOT NULL)").fetchone()[0] == 0
    rerun = run_khabar("ingest", str(src), "--db", url)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - partial} new, 0 updated, {partial} unchanged" in rerun.stderr
    assert store.count("articles") == n and store.count("link_pending") == 0
