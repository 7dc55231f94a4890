"""``khabar evaluate stories LABELS``: the store's stories and threads scored against labelled articles (the
format of ../shared/data/stories), on three days of one state's count (tests/data/bihar_daily.jsonl, written for
khabar: three stories, one thread)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_khabar
from khabar.evaluation.labels import bcubed, errors, pairs, read_labels

BIHAR = Path(__file__).parent / "data" / "bihar_daily.jsonl"
DAYS = ["bihar-0329", "bihar-0330", "bihar-0331"]


def test_bcubed_and_pairs_by_hand() -> None:
    ids = ["a", "b", "c"]
    gold = {"a": "G1", "b": "G1", "c": "G2"}
    alone = {"a": "P1", "b": "P2", "c": "P3"}
    # each article alone: precision 1; recall (1/2 + 1/2 + 1) / 3
    assert bcubed(ids, gold, alone) == pytest.approx((1.0, 2 / 3, 0.8))
    assert pairs(ids, gold, alone) == (0.0, 0.0, 0.0, "0/0 of 1")
    together = {"a": "P", "b": "P", "c": "P"}
    # one group: precision (2/3 + 2/3 + 1/3) / 3, recall 1; one gold pair among three predicted
    assert bcubed(ids, gold, together)[:2] == pytest.approx((5 / 9, 1.0))
    assert pairs(ids, gold, together)[:3] == pytest.approx((1 / 3, 1.0, 0.5))
    assert errors([{"id": i, "story": gold[i]} for i in ids], together) == [
        "joined P: a (G1), b (G1), c (G2)"]


def test_read_labels_names_a_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "story": "S1"}\n\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad.jsonl:3: a label line needs an id and a story"):
        read_labels(bad)


def _labels(path: Path, stories: list[str], thread: str | None, extra: list[dict] | None = None) -> Path:
    lines = [{"id": i, "story": s, "thread": thread} for i, s in zip(DAYS, stories, strict=True)]
    path.write_text("\n".join(json.dumps(r) for r in [*lines, *(extra or [])]) + "\n", encoding="utf-8")
    return path


def test_evaluate_stories_scores_the_store(tmp_path: Path, db: Path) -> None:
    assert run_khabar("ingest", str(BIHAR), db=db).returncode == 0
    # as khabar groups them: one story a day, the three days one thread
    right = _labels(tmp_path / "right.jsonl", ["D1", "D2", "D3"], "T1")
    result = run_khabar("evaluate", "stories", str(right), "--json", db=db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["story_bcubed"] == [1.0, 1.0, 1.0]
    assert report["thread_pairs"] == [1.0, 1.0, 1.0, "3/3 of 3"]
    assert report["missing"] == [] and report["articles"] == 3
    # labels that put the first two days in one story and name no thread; one labelled article is not stored
    other = _labels(tmp_path / "other.jsonl", ["D1", "D1", "D3"], None, [{"id": "absent", "story": "D9"}])
    report = json.loads(run_khabar("evaluate", "stories", str(other), "--json", "--failures", db=db).stdout)
    assert report["story_bcubed"][:2] == pytest.approx([1.0, (0.5 + 0.5 + 1 + 1) / 4])
    assert report["story_pairs"][3] == "0/0 of 1"
    assert report["thread_pairs"][3] == "0/3 of 0"
    assert report["missing"] == ["absent"]
    assert any(line.startswith("split D1: bihar-0329") for line in report["failures"])
    table = run_khabar("evaluate", "stories", str(other), "--failures", db=db)
    assert "story bcubed" in table.stdout and "1 not in" in table.stdout and "split D1" in table.stdout


def test_evaluate_stories_rejects_a_file_without_labels(tmp_path: Path, db: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    result = run_khabar("evaluate", "stories", str(empty), db=db)
    assert result.returncode != 0 and "no labelled article" in result.stderr
