"""Session 31's speed changes, against the code they replaced, on real text.

- ``summary._quote_balance`` reads only a sentence's curly quotes, not every character: the same balance as the
  loop it replaced, on real sentences and generated text.
- ``summary.summarise`` runs scikit-learn's TF-IDF and cosine similarity without its parameter and finite-input
  checks (``config_context``): the same arithmetic, so the same chosen sentences, in the same order, as with the
  checks on (the context swapped for one that changes nothing).

The stories' candidates are real articles' body sentences (covid5, read from ``../shared`` at run time).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import covid5_articles
from khabar.analyse.pipeline import analyse
from khabar.link import summary


@pytest.fixture(scope="module")
def stories() -> list[list[summary.Candidate]]:
    """Stories of one to three consecutive covid5 articles, as the link step hands them to ``summarise``."""
    articles = []
    for article in covid5_articles(24):
        analysis = analyse(article)
        spans = [(s.start, s.end) for s in analysis.body_sentences()]
        articles.append((article.id, article.text, article.title, spans))
    return [summary.story_candidates(articles[i:i + 1 + i % 3]) for i in range(len(articles))]


@contextlib.contextmanager
def _checks_on(**_: object) -> Iterator[None]:
    yield


def test_summaries_without_sklearn_checks_are_the_same(stories: list[list[summary.Candidate]],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [summary.summarise(c) for c in stories]
    leads = [summary.summarise(c[1:], leads=c[:1]) for c in stories if len(c) > 1]
    monkeypatch.setattr(summary, "config_context", _checks_on)
    assert [summary.summarise(c) for c in stories] == fast
    assert [summary.summarise(c[1:], leads=c[:1]) for c in stories if len(c) > 1] == leads
    assert sum(len(s) for s in fast) >= 3 * len(stories)  # real summaries were compared, not empty ones


def _plain_quote_balance(text: str) -> tuple[int, int]:
    """The loop ``_quote_balance`` replaced: every character read."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in summary._OPEN:
            depth += 1
        elif ch in summary._CLOSE:
            if ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
                continue
            depth -= 1
    return depth, text.count('"')


OWN_QUOTES = ["उन्होंने कहा, “हम तैयार हैं। लोग घर पर रहें।”", "‘ठीक है’ «oui» don’t ’quoted’ “", "”’»", "’a", "a’",
              'He said "yes" and “no', ""]


@given(st.text(alphabet="“‘«”’»\"a1 क्ष.", max_size=30))
@example("a’b’ ’c ‘d’")
def test_quote_balance_reads_only_the_quotes(text: str) -> None:
    assert summary._quote_balance(text) == _plain_quote_balance(text)


def test_quote_balance_on_real_sentences(stories: list[list[summary.Candidate]]) -> None:
    texts = [c.text for candidates in stories for c in candidates] + OWN_QUOTES
    assert any(summary._quote_balance(t)[0] for t in texts + OWN_QUOTES)
    for text in texts:
        assert summary._quote_balance(text) == _plain_quote_balance(text), text
