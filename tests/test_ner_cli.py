"""``khabar tag --conll`` and ``khabar evaluate ner`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from khabar.analyse.ner.data import read_file, split
from khabar.cli import main


def _write_conll(path: Path, sentences: list[tuple[list[str], list[str]]], with_tags: bool) -> None:
    lines = []
    for tokens, tags in sentences:
        lines += [f"{t}\t{g}" if with_tags else t for t, g in zip(tokens, tags, strict=True)]
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_tag_keeps_tokens_and_sentence_breaks(tmp_path: Path) -> None:
    sentences = [(["रूस", "के", "राष्ट्रपति", "व्लादिमीर", "पुतिन", "ने", "कहा", "।"], ["O"] * 8),
                 (["सियोल", "में", "बैठक", "हुई"], ["O"] * 4)]
    src = tmp_path / "in.conll"
    _write_conll(src, sentences, with_tags=False)
    result = CliRunner().invoke(main, ["tag", "--conll", str(src)])
    assert result.exit_code == 0, result.output
    blocks = result.output.strip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split("\t") for line in blocks[0].splitlines()]
    assert [r[0] for r in rows] == sentences[0][0]
    assert rows[4][1] == "I-PER" and rows[3][1] == "B-PER"
    assert blocks[1].splitlines()[0] == "सियोल\tB-LOC"


def test_evaluate_ner_prints_overall_and_per_type(ner_dir: Path, tmp_path: Path) -> None:
    held_out = split(ner_dir).test["hiner"][:150]
    gold = tmp_path / "gold.conll"
    _write_conll(gold, [(s.tokens, s.tags) for s in held_out], with_tags=True)
    result = CliRunner().invoke(main, ["evaluate", "ner", str(gold)])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output and "LOC" in result.output and "PER" in result.output
    # Scoring the model's own output as the predictions reproduces the same numbers.
    tagged = CliRunner().invoke(main, ["tag", "--conll", str(gold)])
    pred = tmp_path / "pred.conll"
    pred.write_text(tagged.output, encoding="utf-8")
    assert len(read_file(pred)) == len(held_out)
    again = CliRunner().invoke(main, ["evaluate", "ner", str(gold), "--predictions", str(pred)])
    assert again.output == result.output


def test_evaluate_ner_on_the_held_out_split_matches_the_split_itself(ner_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", "ner", "--held-out", str(ner_dir), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) == {"hiner", "ilner"}
    assert report["hiner"]["overall"]["f1"] >= 0.88 and report["ilner"]["overall"]["f1"] >= 0.78
    # The same sentences written out as a CoNLL file give the same scores.
    gold = tmp_path / "ilner_test.conll"
    _write_conll(gold, [(s.tokens, s.tags) for s in split(ner_dir).test["ilner"]], with_tags=True)
    as_file = json.loads(CliRunner().invoke(main, ["evaluate", "ner", str(gold), "--json"]).output)
    assert as_file == report["ilner"]
    neither = CliRunner().invoke(main, ["evaluate", "ner"])
    assert neither.exit_code == 2 and "GOLD file or --held-out" in neither.output
