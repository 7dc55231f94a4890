"""The NER model as shipped: crfsuite's learnt weights exported to numpy, with a Viterbi decoder.

Tagging with python-crfsuite costs one string lookup per feature (about 60 per token). Most features belong
to one word, or to one neighbour at a fixed offset, so the compiled tagger sums their weights once per word
type and caches the sum: a token then costs a handful of cached rows, gathered and added in numpy. The
result is the same as crfsuite's (the tests check that tags agree).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from itertools import chain
from pathlib import Path

import numpy as np

from khabar.analyse.ner.features import OFFSETS, Featurizer

WEIGHTS_NAME = "hi_ner_weights.npz"
_MAX_CACHED_ROWS = 1_000_000  # beyond this the word caches start over, bounding memory on huge corpora
_PAIR_KINDS = ("-1w|w", "w|+1w", "+1w|+2w", "-2w|-1w")


def export_crfsuite(model_path: Path, out_path: Path) -> dict:
    """Write the weights of a crfsuite model as a compressed ``.npz``; returns a few counts."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    info = tagger.info()
    labels = sorted(tagger.labels(), key=lambda t: (t != "O", t[2:], t[:1]))
    label_index = {t: i for i, t in enumerate(labels)}
    attrs = sorted({a for a, _ in info.state_features})
    attr_index = {a: i for i, a in enumerate(attrs)}
    weights = np.zeros((len(attrs), len(labels)), dtype=np.float32)
    for (attr, label), w in info.state_features.items():
        weights[attr_index[attr], label_index[label]] = w
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        transitions[label_index[a], label_index[b]] = w
    blob = np.frombuffer("\n".join(attrs).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(out_path, labels=np.array(labels), attrs=blob, weights=weights, transitions=transitions)
    tagger.close()
    return {"attributes": len(attrs), "labels": labels}


class CompiledTagger:
    """Tags token sequences with the exported weights. Caches per word type, so reuse one instance."""

    def __init__(self, weights_path: Path, featurizer: Featurizer) -> None:
        data = np.load(weights_path)
        self.labels = [str(x) for x in data["labels"]]
        attrs = bytes(data["attrs"]).decode("utf-8").split("\n")
        self.attr_index = dict(zip(attrs, range(len(attrs)), strict=True))
        self.transitions = data["transitions"].astype(np.float64)
        self._base = np.vstack([data["weights"].astype(np.float64), np.zeros((1, len(self.labels)))])
        self.zero_row = len(attrs)
        self.featurizer = featurizer
        # Word-pair features by word pair: every kind reads one adjacent pair (a, b), at a different position
        # (``-1w|w`` at b, ``w|+1w`` at a, ``+1w|+2w`` before a, ``-2w|-1w`` after b), so one lookup per pair.
        # Half the model's attributes are pairs: 0.13 s to build, half that to read back from the disk cache, keyed
        # by the weights file's own digest (training rewrites the file in a process that read the old one).
        from khabar import disk_cache

        digest = hashlib.sha256(Path(weights_path).read_bytes()).hexdigest()
        self._pairs = disk_cache.cached("crf_pairs", self._pair_table, inputs=(digest,))
        # The same table as sorted integer keys, for a whole article's adjacent pairs in a few numpy calls: each
        # word of some pair has a number (``_pair_words``), a pair is ``left * len(_pair_words) + right``.
        self._pair_words, self._pair_keys, self._pair_rows = disk_cache.cached(
            "crf_pair_keys", self._pair_arrays, inputs=(digest,))
        self._gz_rows: dict[str, int | None] = {}  # a gazetteer tag -> the weight row of ``gz=`` + tag
        self._reset()

    def _pair_table(self) -> dict[tuple[str, str], list[int | None]]:
        pairs: dict[tuple[str, str], list[int | None]] = {}
        for attr, row in self.attr_index.items():
            kind, sep, value = attr.partition("=")
            if sep and kind in _PAIR_KINDS and value.count("|") == 1:
                left, right = value.split("|")
                pairs.setdefault((left, right), [None] * len(_PAIR_KINDS))[_PAIR_KINDS.index(kind)] = row
        return pairs

    def _pair_arrays(self) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
        """``_pairs`` as (word -> number, the pairs' keys sorted, their rows in that order with -1 for none)."""
        words: dict[str, int] = {}
        for left, right in self._pairs:
            words.setdefault(left, len(words))
            words.setdefault(right, len(words))
        size = len(words)
        keys = np.fromiter((words[a] * size + words[b] for a, b in self._pairs), dtype=np.int64, count=len(self._pairs))
        rows = np.array([[-1 if r is None else r for r in found] for found in self._pairs.values()],
                        dtype=np.int64).reshape(-1, len(_PAIR_KINDS))
        order = np.argsort(keys, kind="stable")
        return words, keys[order], rows[order]

    def _reset(self) -> None:
        # Room for the rows of about 6,000 word types before the first growth (each growth copies the matrix).
        self._matrix = np.vstack([self._base, np.zeros((32768, len(self.labels)))])
        self._used = len(self._base)
        self._word_rows: dict[str, tuple[int, ...]] = {}
        # Each cached word's number and, in that row of ``_id_table``, its ``_word_rows`` and its ``_pair_words``
        # number (-1: in no pair): an article's tokens become one array with one dict lookup each.
        self._word_ids: dict[str, int] = {}
        self._id_table = np.zeros((8192, 2 + len(OFFSETS)), dtype=np.int64)
        self._offset_cache: dict[str, tuple[int | None, ...]] = {}
        lexicon = self.featurizer.lexicon
        self._bound_rows = {d: self._row_for(self.featurizer.neighbour_features(d, None, lexicon)) for d in OFFSETS}

    def _row_for(self, features: Sequence[str]) -> int:
        """A cache row holding the summed weights of ``features`` (the zero row when none is known)."""
        index = self.attr_index
        return self._row_of([r for f in features if (r := index.get(f)) is not None])

    def _row_of(self, rows: list[int]) -> int:
        """A cache row holding the sum of weight rows ``rows``."""
        if not rows:
            return self.zero_row
        if len(rows) == 1:
            return rows[0]
        row = self._grow(1)
        self._matrix[row] = self._base[rows].sum(axis=0)
        return row

    def _offset_rows(self, feature: str) -> tuple[int | None, ...]:
        """Weight rows of ``feature`` seen from each neighbour offset (``-2pp``, ``-1pp``, ``1pp``, ``2pp``)."""
        rows = self._offset_cache.get(feature)
        if rows is None:
            rows = self._offset_cache[feature] = tuple(self.attr_index.get(f"{d}{feature}") for d in OFFSETS)
        return rows

    def prepare(self, words: Iterable[str]) -> None:
        """Cache the rows of the word types in ``words`` not seen yet: per word, the summed weights of its own
        features and of the word seen from each neighbour offset (the sums of ``Featurizer.self_features`` and
        ``Featurizer.neighbour_features``). All new words at once, with one gather and one ``add.reduceat``:
        a small numpy sum per word cost most of a first pass over new text."""
        cached = self._word_rows
        unique = list(dict.fromkeys(words))
        new = [w for w in unique if w not in cached]
        if not new:
            return
        if self._used - len(self._base) + 5 * len(new) >= _MAX_CACHED_ROWS:
            self._reset()
            cached = self._word_rows
            new = unique  # the words this call's caller reads back are all gone now
        fz = self.featurizer
        index = self.attr_index
        lexicon = fz.lexicon
        groups: list[list[int]] = []
        for word in new:
            groups.append([r for f in fz.self_features(word, lexicon) if (r := index.get(f)) is not None])
            per_offset: list[list[int]] = [[] for _ in OFFSETS]
            for k, d in enumerate(OFFSETS):
                r = index.get(f"{d}w={word}")
                if r is not None:
                    per_offset[k].append(r)
            for feature in (*fz.flags(word), *lexicon.get(word, ())):
                for k, r in enumerate(self._offset_rows(feature)):
                    if r is not None:
                        per_offset[k].append(r)
            groups.extend(per_offset)
        summed = [g for g in groups if len(g) > 1]
        ids = [g[0] if len(g) == 1 else self.zero_row for g in groups]
        if summed:
            flat = np.fromiter(chain.from_iterable(summed), dtype=np.int64)
            starts = np.cumsum([0] + [len(g) for g in summed[:-1]])
            sums = np.add.reduceat(self._base[flat], starts, axis=0)
            first = self._grow(len(summed))
            self._matrix[first:first + len(summed)] = sums
            row = first
            for k, g in enumerate(groups):
                if len(g) > 1:
                    ids[k] = row
                    row += 1
        width = 1 + len(OFFSETS)
        word_ids = self._word_ids
        first_id = len(word_ids)
        if first_id + len(new) > len(self._id_table):
            grown = np.zeros((max(2 * len(self._id_table), first_id + len(new)), width + 1), dtype=np.int64)
            grown[:first_id] = self._id_table[:first_id]
            self._id_table = grown
        pair_words = self._pair_words
        for k, word in enumerate(new):
            cached[word] = tuple(ids[k * width:(k + 1) * width])
            word_ids[word] = first_id + k
        self._id_table[first_id:first_id + len(new), :width] = np.array(ids, dtype=np.int64).reshape(-1, width)
        self._id_table[first_id:first_id + len(new), width] = [pair_words.get(w, -1) for w in new]

    def _grow(self, count: int) -> int:
        """Reserve ``count`` new cache rows; returns the first."""
        needed = self._used + count
        if needed > len(self._matrix):
            extra = max(needed - len(self._matrix), len(self._matrix) - len(self._base))
            self._matrix = np.vstack([self._matrix, np.zeros((extra, len(self.labels)))])
        first = self._used
        self._used = needed
        return first

    def emissions(self, tokens: Sequence[str]) -> np.ndarray:
        """Per-token label scores, shape ``(len(tokens), labels)``: the same sums crfsuite computes."""
        return self.emissions_many([tokens])[0]

    def emissions_many(self, sentences: Sequence[Sequence[str]],
                       gazetteer: Sequence[Sequence[str | None]] | None = None) -> list[np.ndarray]:
        """Per-token label scores of many sentences (crfsuite's sums), computed over all their tokens at once (a
        few numpy calls per article, not per sentence). ``gazetteer`` holds each sentence's
        ``Featurizer.gazetteer_tags`` when the caller has them. Each token's sums are added in the same order as a
        sentence-by-sentence loop adds them (kept in tests/test_speed_equivalence.py), so the scores are the same
        to the last bit."""
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        total = int(lengths.sum())
        if total == 0:
            return [np.zeros((0, len(self.labels))) for _ in sentences]
        flat = [t for s in sentences for t in s]
        get = self._word_ids.get
        ids = [get(t, -1) for t in flat]
        if -1 in ids:
            self.prepare(flat)  # may grow the matrix, or start the caches over: first
            get = self._word_ids.get
            ids = [get(t, -1) for t in flat]
        table = self._id_table[np.array(ids, dtype=np.int64)]
        rows = table[:, :1 + len(OFFSETS)]
        starts = np.cumsum(lengths) - lengths  # each sentence's first token in ``flat``
        pos = np.arange(total) - np.repeat(starts, lengths)  # position within the sentence
        left = np.repeat(lengths, lengths) - pos  # tokens from here to the sentence's end, this one included
        m = self._matrix
        bound = self._bound_rows
        e = m[rows[:, 0]]
        index = np.arange(total)
        # Column k + 1 of ``rows`` is the word seen from offset OFFSETS[k], i.e. by the token at -offset; past
        # the sentence's edge the boundary row. Same order of additions as ``emissions``.
        e += m[np.where(pos >= 2, rows[np.maximum(index - 2, 0), 1], bound[-2])]
        e += m[np.where(pos >= 1, rows[np.maximum(index - 1, 0), 2], bound[-1])]
        e += m[np.where(left >= 2, rows[np.minimum(index + 1, total - 1), 3], bound[1])]
        e += m[np.where(left >= 3, rows[np.minimum(index + 2, total - 1), 4], bound[2])]
        # The word pairs and gazetteer tags, added per token in the order a loop over each sentence adds them
        # (its pairs left to right, each pair's kinds in ``_PAIR_KINDS`` order, then its gazetteer tags): the
        # pairs of all sentences are found with one sorted search over their integer keys.
        sentence_of = np.repeat(np.arange(len(sentences)), lengths)
        pair_at, pair_rows = self._pair_extras(table[:, -1], pos, left)
        gz_at, gz_rows = self._gazetteer_extras(sentences, gazetteer, starts)
        if len(pair_at) or gz_at:
            at = np.concatenate([pair_at, np.array(gz_at, dtype=np.int64)])
            extra_rows = np.concatenate([pair_rows, np.array(gz_rows, dtype=np.int64)])
            phase = np.repeat([0, 1], [len(pair_at), len(gz_at)])
            order = np.lexsort((np.arange(len(at)), phase, sentence_of[at]))
            np.add.at(e, at[order], m[extra_rows[order]])
        return np.split(e, np.cumsum(lengths)[:-1])

    def _pair_extras(self, pair_ids: np.ndarray, pos: np.ndarray, left: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the word-pair features of the flat tokens add a weight row, and which: pair by pair (left to
        right), each pair's kinds in ``_PAIR_KINDS`` order (at the pair's second word, its first, the word before,
        the word after), a position outside the pair's sentence or a kind the model lacks left out."""
        keys = self._pair_keys
        j = np.flatnonzero((pos[1:] > 0) & (pair_ids[:-1] >= 0) & (pair_ids[1:] >= 0))
        if not len(j) or not len(keys):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        wanted = pair_ids[j] * len(self._pair_words) + pair_ids[j + 1]
        found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        hit = keys[found] == wanted
        j, found = j[hit], found[hit]
        rows = self._pair_rows[found]
        at = np.stack([j + 1, j, j - 1, j + 2], axis=1)
        inside = np.stack([np.ones(len(j), dtype=bool), np.ones(len(j), dtype=bool), pos[j] >= 1, left[j] >= 3],
                          axis=1)
        keep = inside & (rows >= 0)
        return at[keep], rows[keep]

    def _gazetteer_extras(self, sentences: Sequence[Sequence[str]],
                          gazetteer: Sequence[Sequence[str | None]] | None,
                          starts: np.ndarray) -> tuple[list[int], list[int]]:
        """Where a gazetteer tag's weight row is added (flat token positions, text order), and which."""
        gz_rows = self._gz_rows
        at: list[int] = []
        rows: list[int] = []
        for k, tokens in enumerate(sentences):
            tags = gazetteer[k] if gazetteer is not None else self.featurizer.gazetteer_tags(tokens)
            base = int(starts[k])
            for i, tag in enumerate(tags):
                if tag:
                    r = gz_rows.get(tag, -1)
                    if r == -1:
                        r = gz_rows[tag] = self.attr_index.get("gz=" + tag)
                    if r is not None:
                        at.append(base + i)
                        rows.append(r)
        return at, rows

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return self.decode(self.emissions(tokens))

    def decode_many(self, emissions: Sequence[np.ndarray]) -> list[list[str]]:
        """:meth:`decode` for many sentences at once: one Viterbi step for all of them per position. The
        sentences are taken shortest first, so those still running at a step are a suffix of the rows; a
        finished sentence keeps its scores and points back to itself. Same tags as ``decode``."""
        lengths = [len(e) for e in emissions]
        result: list[list[str]] = [[] for _ in emissions]
        live = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
        if not live:
            return result
        steps, size = lengths[live[-1]], len(self.labels)
        padded = np.zeros((len(live), steps, size))
        for row, i in enumerate(live):
            padded[row, :lengths[i]] = emissions[i]
        done = np.cumsum(np.bincount([lengths[i] for i in live], minlength=steps + 1))  # ended before step t
        # Every row starts pointing back to itself; a step then writes only the rows still running. The argmax and
        # max go straight into ``back`` and ``score`` (``out=``): three numpy calls per step, not seven, and the
        # same float operations in the same order, so the same tags.
        back = np.empty((steps, len(live), size), dtype=np.int64)
        back[:] = np.arange(size)
        score = padded[:, 0].copy()
        trans = self.transitions[None]
        for t, lo in enumerate(done[1:steps].tolist(), start=1):
            candidates = score[lo:, :, None] + trans
            candidates.argmax(axis=1, out=back[t, lo:])
            running = score[lo:]
            candidates.max(axis=1, out=running)
            running += padded[lo:, t]
        path = np.empty((len(live), steps), dtype=np.int64)
        path[:, -1] = score.argmax(axis=1)
        rows = np.arange(len(live))
        for t in range(steps - 1, 0, -1):
            path[:, t - 1] = back[t, rows, path[:, t]]
        labels = self.labels
        paths = path.tolist()  # Python ints at once, not a numpy scalar per token
        for row, i in enumerate(live):
            result[i] = [labels[k] for k in paths[row][:lengths[i]]]
        return result

    def decode(self, emissions: np.ndarray) -> list[str]:
        """The best tag sequence (Viterbi) for per-token label scores and the learnt transitions."""
        n = len(emissions)
        if n == 0:
            return []
        score = emissions[0]
        back = np.empty((n, len(self.labels)), dtype=np.int64)
        trans = self.transitions
        for i in range(1, n):
            candidates = score[:, None] + trans
            back[i] = candidates.argmax(axis=0)
            score = candidates.max(axis=0) + emissions[i]
        best = int(score.argmax())
        path = [best]
        for i in range(n - 1, 0, -1):
            best = int(back[i, best])
            path.append(best)
        labels = self.labels
        return [labels[k] for k in reversed(path)]
