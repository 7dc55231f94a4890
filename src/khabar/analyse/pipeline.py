"""``analyse(article) -> Analysis``: the pure per-article pipeline.

Like spaCy's pipeline, the steps are small functions run in order, each reading what earlier steps found. No
database, no network, no global state: the same call runs in a test, a process pool or a Dask worker.
"""

from __future__ import annotations

from khabar.analyse.boilerplate import Finding, body_without, find_boilerplate
from khabar.analyse.english_names import find_mentions as find_english_mentions
from khabar.analyse.entities import find_mentions
from khabar.analyse.language import detect_language
from khabar.analyse.metadata import (
    dateline_credit,
    find_agencies,
    find_author,
    find_dateline,
    find_published,
    infer_year,
)
from khabar.analyse.quantities import add_quantities
from khabar.analyse.quotes import add_quotes
from khabar.analyse.timex import add_timexes
from khabar.model import Analysis, Article, Span
from khabar.text.sentences import lines, split_sentences


def _title(article: Article, lines: list[Span], findings: list[Finding]) -> str | None:
    if article.title:
        return article.title
    # Scraped text starts with its headline: a short line with no sentence end. A line that carries a photo
    # credit is the caption above it, not the headline.
    for line in lines[:3]:
        if any(f.span.start < line.end and line.start < f.span.end for f in findings):
            continue
        if len(line.text) <= 200 and not line.text.rstrip().endswith(("।", ".")):
            return line.text.strip()
        break
    return None


# The dateline's day is named (if at all) in the first sentences after it.
LEAD_CHARS = 400


def analyse(article: Article) -> Analysis:
    text = article.text
    lang = detect_language(text)
    all_lines = lines(text)
    findings = find_boilerplate(text, lang=lang)
    title = _title(article, all_lines, findings)
    boilerplate = [f.span for f in findings]
    body_lines = [ln for ln in all_lines if not any(b.start <= ln.start and ln.end <= b.end for b in boilerplate)]
    notes: list[str] = [f"boilerplate: {f.reason}: {f.span.text[:60]!r}" for f in findings]

    day_first = lang != "en" or (article.source or "").endswith(".in")
    published, how = find_published(text, all_lines, given=article.published, url=article.url, day_first=day_first,
                                     article_id=article.id)
    dateline = find_dateline(text, body_lines)
    if published is None and dateline and dateline.month:
        lead = text[dateline.end: dateline.end + LEAD_CHARS]
        year, why = infer_year(dateline.month, dateline.day or 1, text, lead=lead, lang=lang)
        notes.append(f"published: {why}")
        if year:
            published = f"{year}-{dateline.month:02d}-{dateline.day:02d}"
            how = "dateline"
    if how:
        notes.append(f"published from {how}")
    agencies = find_agencies(text, dateline_credit(text, dateline))
    author = find_author(text, all_lines, given=article.meta.get("author"))

    analysis = Analysis(
        article_id=article.id, lang=lang, title=title, sentences=split_sentences(text), boilerplate=boilerplate,
        body=body_without(text, boilerplate), published=published, dateline=dateline, agencies=agencies,
        author=author, notes=notes, published_from=how,
    )
    for step in STEPS:
        step(text, analysis)
    return analysis


def _mentions(text: str, analysis: Analysis) -> None:
    # The trained tagger reads Hindi; English names are capitalised runs typed by gazetteers and titles.
    finder = find_english_mentions if analysis.lang == "en" else find_mentions
    analysis.mentions = finder(text, analysis)


# Finders that read the text and what earlier steps found, in order. Each sets its fields of the Analysis.
STEPS = [_mentions, add_quotes, add_timexes, add_quantities]
