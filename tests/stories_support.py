"""Helpers for the story-grouping tests (not a test module): one of our own texts analysed into a ``StoryInput``."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.link.crosslingual import article_names, evidence, latin_words
from khabar.link.stories import StoryInput
from khabar.model import Article


def story_input(article_id: str, text: str, date: str | None) -> StoryInput:
    """The input the link step builds for an article published on ``date`` (its event date when the text gives
    one)."""
    analysis = analyse(Article(article_id, text, published=date))
    return StoryInput.of(article_id, analysis, analysis.event_date or date, published=date)


def attachment_evidence(a: StoryInput, b: StoryInput) -> float:
    """The undated attachment's pair evidence (rare Latin words count across languages only)."""
    found = evidence(article_names(a.mentions), article_names(b.mentions), a.numbers, b.numbers, {},
                     latin_words(f"{a.title}\n{a.body}"), latin_words(f"{b.title}\n{b.body}"))
    return found.score if a.lang != b.lang else found.score - found.word_score
