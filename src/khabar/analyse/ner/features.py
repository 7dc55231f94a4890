"""Token features for the Hindi NER tagger.

Per word type (cached): identity, matching key, affixes, akshara n-grams, shape, word-list and gazetteer
membership, a Hindi word-frequency band, a word cluster, and the word's share of names in the training data
(the lexicon). Per position: the neighbours' identities and flags (a postposition after the word, a title
before it), word pairs, and multi-token gazetteer spans in BIO form. Features are plain strings; the
compiled tagger (``compiled.py``) sums their weights by the same groups, so the two agree exactly.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

import regex

from khabar.lang import load
from khabar.text.keys import match_key

if TYPE_CHECKING:
    from khabar.analyse.ner.name_prior import NamePrior

FEATURE_VERSION = 2
OFFSETS = (-2, -1, 1, 2)
_DEVA = regex.compile(r"^[\u0900-\u097f\u200c\u200d]+$")
_LATIN = regex.compile(r"^[A-Za-z]+$")
_DIGITS = regex.compile(r"^[0-9०-९.,:/\-]+$")
_PUNCT = regex.compile(r"^[^\p{L}\p{M}\p{N}]+$")
# An akshara: (consonant + virama)* then a consonant or independent vowel, with its signs.
_AKSHARA = regex.compile(r"(?:[\u0915-\u0939\u0958-\u095f]\u093c?\u094d)*[\u0904-\u0939\u0958-\u0961\u0972-\u097f]"
                         r"\u093c?[\u093a-\u094f\u0951-\u0957\u0962\u0963\u0900-\u0903]*|.", regex.S)
_MAX_GAZ_LEN = 6
_GAZETTEER_MEMO = 4096  # sentences whose gazetteer tags are kept (the CRF and the BiLSTM both read them)
_FLAG_NAMES = ("pp", "title", "orghead", "lochead", "perpart")
_FLAG_PREFIXES = ("gz1=", "s2=", "zf=", "c1=", "sh=", "e5p=")


def aksharas(word: str) -> list[str]:
    return _AKSHARA.findall(word)


@cache
def frequencies() -> dict[str, float]:
    """Word frequencies of Hindi (wordfreq): common words are rarely names."""
    import wordfreq

    return wordfreq.get_frequency_dict("hi")


def hindi_zipf(word: str) -> float:
    """The word's zipf frequency in Hindi (``frequencies``; 0 for a word wordfreq does not know): है 7, पब्लिक 4.6."""
    freq = frequencies().get(word)
    return math.log10(freq) + 9 if freq else 0.0


def zipf_band(freq: float | None) -> str:
    return str(int(math.log10(freq) + 9)) if freq else "none"


def feature_word_lists() -> dict[str, list[str]]:
    """The word lists of ``lang/hi/ner.json`` that features read (a model stores the ones it was trained with)."""
    data = load("hi", "ner")
    return {k: list(data.get(k, [])) for k in ("postpositions", "titles", "org_heads", "loc_heads")}


def gazetteer_table() -> dict[str, str]:
    """``{match_key: type}`` of every gazetteer name, from the curated list and the place packages."""
    from khabar.analyse import gazetteer

    return {key: kind for key, (kind, _latin) in gazetteer.names().items()}


class Featurizer:
    """Turns token sequences into crfsuite feature lists. Its caches only memoise pure functions of a word."""

    def __init__(self, clusters: dict[str, str] | None = None, lexicon: dict[str, list[str]] | None = None,
                 names: dict[str, str] | None = None, word_lists: dict[str, list[str]] | None = None,
                 prior: NamePrior | None = None) -> None:
        data = word_lists or feature_word_lists()
        self.word_lists = data
        self.frequencies = frequencies()
        self.lexicon = lexicon or {}
        self.clusters = clusters or {}
        self.names = gazetteer_table() if names is None else names
        # the e5 name prior (name_prior.py); during training, cross-fitted features of the training words
        self.prior = prior
        self.prior_override: dict[str, list[str]] = {}
        self.postpositions = frozenset(data.get("postpositions", []))
        self.titles = frozenset(match_key(t) for t in data.get("titles", []) if " " not in t)
        self.org_heads = frozenset(match_key(t) for t in data.get("org_heads", []) if " " not in t)
        self.loc_heads = frozenset(match_key(t) for t in data.get("loc_heads", []) if " " not in t)
        self.spans: dict[tuple[str, ...], str] = {}
        self.first_keys: set[str] = set()
        # The most words of a name that begins with a key: a match from there is looked up at those lengths only.
        self._longest_from: dict[str, int] = {}
        self.name_parts: set[str] = set()
        for key, kind in self.names.items():
            parts = tuple(key.split())
            if not parts or len(parts) > _MAX_GAZ_LEN:
                continue
            self.spans.setdefault(parts, kind)
            self.first_keys.add(parts[0])
            if len(parts) > self._longest_from.get(parts[0], 0):
                self._longest_from[parts[0]] = len(parts)
            if kind == "PER":
                self.name_parts.update(parts)
        self._word_cache: dict[str, list[str]] = {}
        self._flag_cache: dict[str, list[str]] = {}
        self._key_cache: dict[str, str] = {}
        self._gazetteer_memo: dict[tuple[str, ...], list[str | None]] = {}

    # -- per word type -------------------------------------------------------------------------------
    @staticmethod
    def _shape(word: str) -> str:
        if _DEVA.match(word):
            return "deva"
        if _LATIN.match(word):
            return "Aa" if word[0].isupper() else "a"
        if _DIGITS.match(word):
            return "num"
        if _PUNCT.match(word):
            return "punct"
        return "mix"

    def key(self, word: str) -> str:
        k = self._key_cache.get(word)
        if k is None:
            k = self._key_cache[word] = match_key(word)
        return k

    def word_features(self, word: str) -> list[str]:
        """Features of the word itself, independent of the lexicon."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        key = self.key(word)
        f = ["w=" + word, "k=" + key, "sh=" + self._shape(word), "len=" + str(min(len(word), 12))]
        n = len(word)
        for i in (1, 2, 3, 4):
            if n > i:
                f.append(f"s{i}={word[-i:]}")
                f.append(f"p{i}={word[:i]}")
        ak = aksharas(word)
        if len(ak) > 1:
            f.append("a1=" + ak[0])
            f.append("az=" + ak[-1])
            f.append("az2=" + "".join(ak[-2:]))
            f.append("na=" + str(min(len(ak), 6)))
        if word in self.postpositions:
            f.append("pp")
        if key in self.titles:
            f.append("title")
        if key in self.org_heads:
            f.append("orghead")
        if key in self.loc_heads:
            f.append("lochead")
        kind = self.spans.get((key,))
        if kind:
            f.append("gz1=" + kind)
        if key in self.name_parts:
            f.append("perpart")
        f.append("zf=" + zipf_band(self.frequencies.get(word)))
        cluster = self.clusters.get(word)
        if cluster:
            for level, part in enumerate(cluster.split(".")):
                f.append(f"c{level}={part}")
        if self.prior is not None:
            crossed = self.prior_override.get(word)
            f.extend(self.prior.features(word) if crossed is None else crossed)
        self._word_cache[word] = f
        return f

    def flags(self, word: str) -> list[str]:
        """Short descriptors of a word seen as a neighbour (lexicon excluded)."""
        cached = self._flag_cache.get(word)
        if cached is None:
            cached = [x for x in self.word_features(word) if x in _FLAG_NAMES or x.startswith(_FLAG_PREFIXES)]
            self._flag_cache[word] = cached
        return cached

    def self_features(self, word: str, lexicon: dict[str, list[str]]) -> list[str]:
        return ["bias", *self.word_features(word), *lexicon.get(word, ())]

    def neighbour_features(self, d: int, word: str | None, lexicon: dict[str, list[str]]) -> list[str]:
        """Features that the word at offset ``d`` contributes; ``None`` is beyond the sentence."""
        if word is None:
            return [f"{d}BOUND"]
        return [f"{d}w={word}", *(f"{d}{x}" for x in self.flags(word)), *(f"{d}{x}" for x in lexicon.get(word, ()))]

    @staticmethod
    def pair_features(tokens: Sequence[str], i: int) -> list[str]:
        n = len(tokens)
        f = []
        if i > 0:
            f.append(f"-1w|w={tokens[i - 1]}|{tokens[i]}")
        if i + 1 < n:
            f.append(f"w|+1w={tokens[i]}|{tokens[i + 1]}")
            if i + 2 < n:
                f.append(f"+1w|+2w={tokens[i + 1]}|{tokens[i + 2]}")
        if i > 1:
            f.append(f"-2w|-1w={tokens[i - 2]}|{tokens[i - 1]}")
        return f

    # -- per sentence --------------------------------------------------------------------------------
    def gazetteer_tags(self, tokens: Sequence[str]) -> list[str | None]:
        """BIO tags of the longest gazetteer matches, left to right. The CRF and the BiLSTM both ask for a
        sentence's tags, so the last few thousand sentences' are kept."""
        memo_key = tuple(tokens)
        tags = self._gazetteer_memo.get(memo_key)
        if tags is None:
            if len(self._gazetteer_memo) >= _GAZETTEER_MEMO:
                self._gazetteer_memo.clear()
            tags = self._gazetteer_memo[memo_key] = self._match_gazetteer(tokens)
        return tags

    def _match_gazetteer(self, tokens: Sequence[str]) -> list[str | None]:
        cached = self._key_cache.get
        keys = [k if (k := cached(t)) is not None else self.key(t) for t in tokens]
        out: list[str | None] = [None] * len(tokens)
        n = len(tokens)
        longest_from = self._longest_from
        free = 0  # the first token no match covers yet
        # Only tokens some name begins with can start a match (most tokens cannot): left to right, longest first,
        # from the most words a name that begins with the token has (no longer run can be one).
        for i in [i for i, k in enumerate(keys) if k in longest_from]:
            if i < free:
                continue
            for length in range(min(longest_from[keys[i]], n - i), 0, -1):
                kind = self.spans.get(tuple(keys[i:i + length]))
                if kind:
                    out[i] = "B-" + kind
                    for j in range(i + 1, i + length):
                        out[j] = "I-" + kind
                    free = i + length
                    break
        return out

    def sentence(self, tokens: Sequence[str], lexicon: dict[str, list[str]] | None = None) -> list[list[str]]:
        """Features per token. ``lexicon`` overrides the training-data lexicon (jackknifed training)."""
        lexicon = self.lexicon if lexicon is None else lexicon
        n = len(tokens)
        gaz = self.gazetteer_tags(tokens)
        out = []
        for i in range(n):
            f = self.self_features(tokens[i], lexicon)
            for d in OFFSETS:
                j = i + d
                f.extend(self.neighbour_features(d, tokens[j] if 0 <= j < n else None, lexicon))
            f.extend(self.pair_features(tokens, i))
            if gaz[i]:
                f.append("gz=" + gaz[i])
            out.append(f)
        return out


def build_lexicon(sentences: Iterable[tuple[Sequence[str], Sequence[str]]]) -> dict[str, list[str]]:
    """``{word: ["lx=B-PER:hi", ...]}``: how often a word was (the start or the inside of) a name of each type
    in labelled text, as a share of all its occurrences."""
    total: Counter[str] = Counter()
    typed: Counter[tuple[str, str]] = Counter()
    for tokens, tags in sentences:
        for token, tag in zip(tokens, tags, strict=True):
            total[token] += 1
            if tag != "O":
                typed[(token, tag)] += 1
    lexicon: dict[str, list[str]] = {}
    for (token, tag), count in typed.items():
        share = count / total[token]
        level = "hi" if share >= 0.5 else "mid" if share >= 0.15 else "lo"
        lexicon.setdefault(token, []).append(f"lx={tag}:{level}")
    return {w: sorted(v) for w, v in lexicon.items()}
