"""Reading the Hindi NER training data (HiNER part, IL-NER) and splitting it deterministically.

Both corpora are CoNLL-like: ``token<TAB>tag`` per line, a blank line between sentences. Tags are mapped
to khabar's BIO over PER/LOC/ORG. The held-out split is a hash of the sentence's tokens, so identical
sentences (IL-NER repeats many across its files) always land on the same side: the held-out part is
de-duplicated against training by construction, and it is the same on every machine.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TAG_MAP = {
    "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG",  # HiNER
    "NEP": "PER", "NEL": "LOC", "NEO": "ORG",  # IL-NER; its other types are not entities for khabar
    "PER": "PER", "LOC": "LOC", "ORG": "ORG",
}
CORPORA = {"hiner": ("hiner_part.conll",), "ilner": ("ilner_train.txt", "ilner_dev.txt")}
HELD_OUT_BUCKETS = 10  # one bucket in ten is held out for testing, one for tuning


@dataclass(slots=True)
class Sentence:
    tokens: list[str]
    tags: list[str]
    corpus: str = ""


def map_tag(tag: str) -> str:
    """A source tag as khabar BIO. A malformed ``-NEL`` is read as inside; unknown types become ``O``."""
    tag = tag.strip()
    if not tag or tag == "O" or tag == "-":
        return "O"
    prefix, _, kind = tag.partition("-")
    if not kind:
        return "O"
    mapped = TAG_MAP.get(kind)
    if mapped is None:
        return "O"
    return f"{'B' if prefix == 'B' else 'I'}-{mapped}"


def repair_bio(tags: list[str]) -> list[str]:
    """An ``I-X`` that does not continue an ``X`` starts one (the conlleval reading)."""
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_conll(lines: Iterable[str], corpus: str = "", map_tags: bool = True) -> Iterator[Sentence]:
    """Sentences from CoNLL lines; a line without a tag gets ``O`` (as when tagging raw tokens)."""
    tokens: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if tokens:
                yield Sentence(tokens, repair_bio(tags) if map_tags else tags, corpus)
                tokens, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        tokens.append(parts[0])
        tag = parts[-1] if len(parts) > 1 else "O"
        tags.append(map_tag(tag) if map_tags else tag)
    if tokens:
        yield Sentence(tokens, repair_bio(tags) if map_tags else tags, corpus)


def read_file(path: Path, corpus: str = "") -> list[Sentence]:
    with open(path, encoding="utf-8") as handle:
        return list(read_conll(handle, corpus))


def bucket(sentence: Sentence) -> int:
    """A stable bucket in ``[0, HELD_OUT_BUCKETS)`` from the tokens alone (not the tags)."""
    digest = hashlib.blake2b(" ".join(sentence.tokens).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % HELD_OUT_BUCKETS


def load_corpus(data_dir: Path, corpus: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for name in CORPORA[corpus]:
        sentences.extend(read_file(data_dir / name, corpus))
    return sentences


def unique(sentences: Iterable[Sentence]) -> list[Sentence]:
    """First occurrence of each token sequence."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for s in sentences:
        key = tuple(s.tokens)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


@dataclass(slots=True)
class Split:
    train: list[Sentence]  # buckets 2..9
    dev: list[Sentence]  # bucket 1: tuning
    test: dict[str, list[Sentence]]  # bucket 0 per corpus: held out, never trained or tuned on


def each_corpus_in_its_share(sentences: list[Sentence], limit: int) -> list[Sentence]:
    """The first ``limit`` sentences with every corpus in its share of the whole, in their order.

    ``split`` lists HiNER before IL-NER, so a plain ``[:limit]`` of a few thousand sentences is HiNER alone and
    the IL-NER head (the one khabar tags with) never learns; spread evenly instead, deterministically."""
    if limit >= len(sentences):
        return list(sentences)
    positions: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        positions.setdefault(s.corpus, []).append(i)
    # each corpus's j-th sentence sits at (j + 0.5) / n of its own list: the first ``limit`` by that position
    spread = sorted(((j + 0.5) / len(ids), i) for ids in positions.values() for j, i in enumerate(ids))
    return [sentences[i] for i in sorted(i for _, i in spread[:limit])]


def split(data_dir: Path) -> Split:
    """The deterministic train/dev/test split of every corpus in ``data_dir``."""
    train: list[Sentence] = []
    dev: list[Sentence] = []
    test: dict[str, list[Sentence]] = {}
    for corpus in CORPORA:
        sentences = unique(load_corpus(data_dir, corpus))
        test[corpus] = [s for s in sentences if bucket(s) == 0]
        dev.extend(s for s in sentences if bucket(s) == 1)
        train.extend(s for s in sentences if bucket(s) >= 2)
    return Split(train, dev, test)
