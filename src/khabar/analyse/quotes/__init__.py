"""Quotes and reported speech with their speakers: ``find_quotes(text, analysis) -> list[Quote]``.

See ``docs/quotes.md``. The language knowledge is ``lang/<code>/quotes.json``.
"""

from khabar.analyse.quotes.finder import find_quotes

__all__ = ["find_quotes"]
