"""A mixed batch of hostile input (tests/hostile_corpus.py, 60+ kinds made by the test) and good articles through
the real CLI: no traceback, every good article stored and right, every bad item reported on its own line with
why, listed by ``khabar failures``, and retried by ``khabar ingest --retry``."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_khabar
from hostile_corpus import Kind, build
from ingest_support import assert_offsets_valid, error_lines, stored
from khabar.store.sqlite import SqliteStore

# Good articles in both languages beside the bad input (the corpus's own good kinds are more).
GOOD_FILES = [EXAMPLES / name for name in ("hi_assam_floods.txt", "en_summit_talks.txt", "hi_ceasefire_a.txt")]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "corpus"
    kinds = build(folder)
    db = root / "k.db"
    started = time.monotonic()
    result = run_khabar("ingest", str(folder), str(folder / "pipe.txt"), *map(str, GOOD_FILES), db=db,
                        timeout=900)
    seconds = time.monotonic() - started
    print(f"\nhostile batch: {len(kinds)} kinds + {len(GOOD_FILES)} good articles in {seconds:.0f} s")
    errors: dict[str, str] = {}
    for line in error_lines(result.stderr):
        origin, _, reason = line.partition(": ")
        errors[origin] = reason
    return {"folder": folder, "kinds": kinds, "db": db, "result": result, "errors": errors, "seconds": seconds,
            "rows": stored(db)}


def _origin(batch: dict, kind: Kind) -> str:
    return f"{batch['folder']}/{kind.name}"


def _row(batch: dict, kind: Kind) -> dict | None:
    origin = _origin(batch, kind)
    for row in batch["rows"].values():
        if row["origin"] == origin or (row["origin"] or "").startswith(origin + " item"):
            return row
    return None


def test_the_corpus_has_sixty_kinds_each_with_a_verdict(batch):
    kinds = batch["kinds"]
    assert len(kinds) >= 60
    assert len({k.name for k in kinds}) == len(kinds)
    assert sum(k.stored for k in kinds) >= 20 and sum(not k.stored for k in kinds) >= 30


def test_the_batch_finishes_without_a_traceback(batch):
    result = batch["result"]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.returncode == 1  # some items failed: said in the exit status


def test_each_bad_item_is_reported_with_why(batch):
    wrong = []
    for kind in (k for k in batch["kinds"] if not k.stored):
        reason = batch["errors"].get(_origin(batch, kind))
        if reason is None or kind.reason not in reason:
            wrong.append(f"{kind.name} ({kind.why}): expected {kind.reason!r}, got {reason!r}")
        elif _row(batch, kind) is not None and kind.reason != "duplicate id":
            wrong.append(f"{kind.name} ({kind.why}): reported and stored")
    assert not wrong, "\n".join(wrong)


def test_every_good_item_is_stored_and_right(batch):
    missing = [f"{k.name} ({k.why}): {batch['errors'].get(_origin(batch, k))}" for k in batch["kinds"]
               if k.stored and _row(batch, k) is None]
    assert not missing, "\n".join(missing)
    for kind in (k for k in batch["kinds"] if k.stored):
        row = _row(batch, kind)
        assert row is not None
        if kind.article_id is not None:
            assert row["id"] == kind.article_id, (kind.name, row["id"])
        if kind.check:
            kind.check(row)
        assert _origin(batch, kind) not in batch["errors"], kind.name
    for path in GOOD_FILES:
        assert path.stem in batch["rows"], path.name
    # The second line of the two-encoding JSONL file, and the first of two records sharing an id.
    assert "mixed-cp1252" in batch["rows"]
    assert "electric buses" in batch["rows"]["jsonl-good"]["text"]


def test_stored_spans_slice_the_stored_text(batch):
    assert_offsets_valid(batch["db"])


def test_the_summary_counts_every_failure(batch):
    bad = [k for k in batch["kinds"] if not k.stored]
    assert f"{len(batch['errors'])} failed" in batch["result"].stderr
    assert len(batch["errors"]) == len(bad)


def test_failures_are_listed_and_retried(batch):
    store = SqliteStore(batch["db"])
    listed = {f["origin"]: f for f in store.failures()}
    for kind in (k for k in batch["kinds"] if not k.stored):
        assert _origin(batch, kind) in listed, kind.name
    shown = run_khabar("failures", "--json", db=batch["db"])
    assert shown.returncode == 0, shown.stderr
    rows = [json.loads(line) for line in shown.stdout.splitlines()]
    assert {r["origin"] for r in rows} == set(listed)
    again = run_khabar("ingest", "--retry", db=batch["db"], timeout=900)
    assert "Traceback" not in again.stderr
    after = {f["origin"]: f for f in SqliteStore(batch["db"]).failures()}
    assert set(after) == set(listed)
    assert all(after[o]["attempts"] == 2 for o in after)
    assert "0 new, 0 updated" in again.stderr


def test_a_fixed_file_leaves_the_failures_list(batch, tmp_path):
    db = tmp_path / "fix.db"
    bad = tmp_path / "later.txt"
    bad.write_bytes(b"")
    assert run_khabar("ingest", str(bad), db=db).returncode == 1
    assert [f["origin"] for f in SqliteStore(db).failures()] == [str(bad)]
    bad.write_text("भोपाल, 4 मार्च। नगर निगम ने बुधवार को शहर की सभी झीलों की सफाई का अभियान शुरू किया।",
                   encoding="utf-8")
    fixed = run_khabar("ingest", "--retry", db=db)
    assert fixed.returncode == 0, fixed.stderr
    assert SqliteStore(db).failures() == []
    assert "later" in stored(db)


def test_the_corpus_files_are_what_they_claim(batch):
    folder: Path = batch["folder"]
    assert (folder / "huge-100mb.txt").stat().st_size > 100 * 1024 * 1024
    assert len((folder / "marks-1m.txt").read_text(encoding="utf-8")) > 1_000_000
    assert (folder / "utf16le-nobom.txt").read_bytes()[:2] not in (b"\xff\xfe", b"\xfe\xff")
