"""Session 17's speed changes.

- The timex grammars' patterns are the same text in every process (their word alternations were ordered by a set's
  iteration, which changes with the string hash seed), so the patterns compiled once and kept on disk are found by
  the next process instead of being compiled again.
- The gazetteer scans (the tagger's ``Featurizer._match_gazetteer`` and the chunk rules' ``_gazetteer_chunks``)
  look a match up only at lengths a name that begins with the word can have: the same matches as the unbounded scans.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import covid5_articles
from khabar.analyse import entities, timex_grammar
from khabar.analyse.ner.features import _MAX_GAZ_LEN
from khabar.analyse.ner.tagger import active_tagger
from khabar.lang import SUPPORTED
from khabar.text import keys, tokens
from khabar.text.sentences import split_sentences

_PATTERNS = ("from khabar.analyse import timex_grammar as g; from khabar.lang import SUPPORTED\n"
             "for lang in SUPPORTED:\n"
             "    for p in g.grammar(lang).patterns:\n"
             "        print(p.regex.pattern); [print(n.regex.pattern) for n in p.needs]\n")


def _patterns_under_seed(seed: str) -> list[str]:
    src = Path(timex_grammar.__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(src), "KHABAR_CACHE_DIR": "off"}
    done = subprocess.run([sys.executable, "-c", _PATTERNS], capture_output=True, text=True, check=True, env=env)
    return done.stdout.splitlines()


def test_timex_patterns_are_the_same_text_under_any_hash_seed() -> None:
    runs = [_patterns_under_seed(seed) for seed in ("0", "1", "2", "12345")]
    assert len(runs[0]) > 100
    assert all(run == runs[0] for run in runs[1:])
    here = [lazy.pattern for lang in SUPPORTED for p in timex_grammar.grammar(lang).patterns
            for lazy in (p.regex, *(n.regex for n in p.needs))]
    assert here == runs[0]


def test_timex_alternation_is_longest_first_then_in_order() -> None:
    # Invented words: two of one length, in either order in, one order out.
    one = timex_grammar._alt(["कल", "परसों", "आज", "बरसों"])
    other = timex_grammar._alt(["बरसों", "आज", "परसों", "कल"])
    assert one == other
    alternatives = one[len("(?:"):-1].split("|")
    assert alternatives == [timex_grammar.spelling_pattern(w) for w in ("परसों", "बरसों", "आज", "कल")]


def test_timex_patterns_a_process_needs_are_all_kept_on_disk(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    timex_grammar._compiled_patterns.cache_clear()
    try:
        kept = timex_grammar._compiled_patterns()
        for seed in ("3", "4"):  # other processes, other hash seeds: the same texts, so every one is found
            assert all(p in kept for p in _patterns_under_seed(seed))
    finally:
        timex_grammar._compiled_patterns.cache_clear()


def _sentence_tokens(count: int) -> list[list[str]]:
    out = []
    for article in covid5_articles(count):
        text = article.text
        out.extend([t.text for t in tokens.tokens(text, s.start, s.end)] for s in split_sentences(text))
    return out


def _unbounded_match_gazetteer(featurizer, words: list[str]) -> list[str | None]:
    """``Featurizer._match_gazetteer`` before session 17: every length up to ``_MAX_GAZ_LEN`` looked up."""
    keys_ = [featurizer.key(t) for t in words]
    out: list[str | None] = [None] * len(words)
    n, free = len(words), 0
    for i in [i for i, k in enumerate(keys_) if k in featurizer.first_keys]:
        if i < free:
            continue
        for length in range(min(_MAX_GAZ_LEN, n - i), 0, -1):
            kind = featurizer.spans.get(tuple(keys_[i:i + length]))
            if kind:
                out[i] = "B-" + kind
                for j in range(i + 1, i + length):
                    out[j] = "I-" + kind
                free = i + length
                break
    return out


def test_tagger_gazetteer_scan_equals_the_unbounded_scan() -> None:
    featurizer = active_tagger().featurizer
    sentences = _sentence_tokens(120)
    # Invented: names of one to four words, run together, hyphens and a name at a sentence's end.
    sentences += [["नई", "दिल्ली", "में", "नरेंद्र", "मोदी", "और", "अमित", "शाह", "उत्तर", "प्रदेश"],
                  ["जम्मू", "-", "कश्मीर", "के", "श्रीनगर"], ["दिल्ली"], ["नई"], []]
    fast = [featurizer._match_gazetteer(s) for s in sentences]
    assert fast == [_unbounded_match_gazetteer(featurizer, s) for s in sentences]
    assert sum(tag is not None and tag.startswith("I-") for tags in fast for tag in tags) > 50


class _NoBound(dict):
    """``_name_starts`` without the lengths: every run up to ``_MAX_NAME_TOKENS`` looked up."""

    def __getitem__(self, word: str) -> int:
        return entities._MAX_NAME_TOKENS


def test_chunk_gazetteer_scan_equals_the_unbounded_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [[keys.match_key(t) for t in s] for s in _sentence_tokens(120)]
    # Hyphens key as "" and vanish from a run's key: जम्मू - कश्मीर is looked up as "जम्मू कश्मीर".
    sentences += [[keys.match_key(t) for t in s] for s in (["जम्मू", "-", "कश्मीर", "-", "-", "लद्दाख"],
                                                           ["उत्तर", "प्रदेश", "-", "सरकार"], ["-", "दिल्ली"])]
    fast = [entities._gazetteer_chunks(k) for k in sentences]
    unbounded = _NoBound(entities._name_starts())
    monkeypatch.setattr(entities, "_name_starts", lambda: unbounded)
    plain = [entities._gazetteer_chunks(k) for k in sentences]
    assert fast == plain
    assert sum(c.end - c.start > 1 for chunks in fast for c in chunks) > 20


def test_tokens_and_words_are_the_spans_of_their_patterns() -> None:
    """``tokens`` and ``words`` make their Spans inline (no call per token): the same Spans as the patterns'
    matches, over whole texts and over ranges that cut a word."""
    from khabar.model import Span

    texts = [article.text for article in covid5_articles(40)]
    texts += ["किम जोंग-उन ने कहा: ‘हम तैयार हैं’ (2020)", "स्\u200dवास्\u200dथ्\u200dय मंत्री don't", "", "  ,.।"]
    for text in texts:
        assert list(tokens.tokens(text)) == [Span(m.start(), m.end(), m.group()) for m in tokens.TOKEN.finditer(text)]
        assert list(tokens.words(text)) == [Span(m.start(), m.end(), m.group()) for m in tokens.WORD.finditer(text)]
        cut = (1, max(1, len(text) - 2))  # both edges inside a word or a mark
        assert list(tokens.tokens(text, *cut)) == [Span(m.start(), m.end(), m.group())
                                                   for m in tokens.TOKEN.finditer(text, *cut)]
        assert list(tokens.words(text, *cut)) == [Span(m.start(), m.end(), m.group())
                                                  for m in tokens.WORD.finditer(text, *cut)]
