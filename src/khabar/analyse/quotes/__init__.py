"""Quotes and reported speech with their speakers: ``find_quotes(text, analysis) -> list[Quote]``.

See ``docs/quotes.md``. The language knowledge is ``lang/<code>/quotes.json``.
"""

from khabar.analyse.quotes.finder import find_quotes
from khabar.analyse.quotes.link import link_speakers, speaker_links
from khabar.model import Analysis


def add_quotes(text: str, analysis: Analysis) -> None:
    """Pipeline step: ``analysis.quotes``. Runs after NER (it reads ``analysis.mentions``) and before linking."""
    analysis.quotes = find_quotes(text, analysis)


__all__ = ["add_quotes", "find_quotes", "link_speakers", "speaker_links"]
