"""Helpers for the entity-linking tests (not a test module): mentions from a list of names found by string
search, standing in for the NER tagger so that linking is tested on its own."""

from __future__ import annotations

from pathlib import Path

import regex

from khabar.analyse.english_names import find_mentions as english_mentions
from khabar.analyse.pipeline import analyse
from khabar.link.coref import MentionGroup, link_within_article
from khabar.link.entities import EntityIndex, link_article
from khabar.link.run import relink
from khabar.model import Analysis, Article, Mention
from khabar.run.local import article_hash
from khabar.store.sqlite import SqliteStore
from khabar.text.sentences import split_sentences

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def listed_mentions(text: str, names: dict[str, str]) -> list[Mention]:
    """Every occurrence of the listed names (``{name: type}``) as a whole word, longest first, no overlaps."""
    found = []
    for name, type_ in names.items():
        for m in regex.finditer(r"(?<![\p{L}\p{M}])" + regex.escape(name) + r"(?![\p{L}\p{M}])", text):
            found.append((m.start(), m.end(), type_))
    found.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int]] = []
    mentions = []
    for start, end, type_ in found:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        mentions.append(Mention(start, end, text[start:end], type_, source="test"))
    return sorted(mentions, key=lambda m: m.start)


def ordered_mentions(text: str, spans: list[tuple[str, str]]) -> list[Mention]:
    """Mentions as the tagger gives them (``source="model"``): each ``(name, type)`` found after the one before."""
    out, start = [], 0
    for name, type_ in spans:
        i = text.index(name, start)
        out.append(Mention(i, i + len(name), name, type_, source="model"))
        start = i + len(name)
    return out


def analysis_of(article_id: str, text: str, lang: str, mentions: list[Mention] | None = None) -> Analysis:
    analysis = Analysis(article_id, lang, None, split_sentences(text), [], text, None, None, [], None)
    analysis.mentions = mentions if mentions is not None else english_mentions(text, analysis)
    return analysis


def linked_entities(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]],
                    story: str | None = None) -> dict[str, str]:
    """Link one Hindi article whose tagger found ``spans`` into ``index``: ``{mention text: entity id}``."""
    analysis = analysis_of(article_id, text, "hi", ordered_mentions(text, spans))
    link_article(index, text, analysis, story_id=story)
    return {m.text: m.entity_id for m in analysis.mentions if m.entity_id}


def linked(index: EntityIndex, article_id: str, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """As ``linked_entities``, each entity id resolved to the canonical entity it now belongs to."""
    return {name: index.resolve(e) for name, e in linked_entities(index, article_id, text, spans).items()}


def groups_of(article_id: str, text: str, lang: str, names: dict[str, str] | None = None) -> list[MentionGroup]:
    """Within-article groups; Hindi mentions come from ``names``, English ones from khabar's name finder."""
    mentions = listed_mentions(text, names) if names is not None else None
    return link_within_article(text, analysis_of(article_id, text, lang, mentions))


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


SUMMIT_HI_NAMES = {
    "व्लादिमीर पुतिन": "PER", "पुतिन": "PER", "किम जोंग-उन": "PER", "किम": "PER", "किम यो जोंग": "PER",
    "सर्गेई लावरोव": "PER", "सर्गेई शोइगु": "PER", "शी जिनपिंग": "PER", "रूस": "LOC", "उत्तर कोरिया": "LOC",
    "मॉस्को": "LOC", "सियोल": "LOC", "वाशिंगटन": "LOC", "चीन": "LOC", "बीजिंग": "LOC", "प्योंगयांग": "LOC",
}
DELHI_HI_NAMES = {
    "नई दिल्ली": "LOC", "नरेंद्र मोदी": "PER", "मोदी": "PER", "ब्रिटेन": "LOC", "कीर स्टार्मर": "PER",
    "भारत": "LOC", "एस जयशंकर": "PER", "कांग्रेस": "ORG", "राहुल गांधी": "PER", "गांधी": "PER",
}


def stored_reports(path: Path, rows: list[tuple[str, str, str, str]], one_at_a_time: bool = False) -> SqliteStore:
    """A store of ``(id, published, title, body)`` reports, analysed and linked as one batch, or each linked alone
    as it is added (``one_at_a_time``: what ``khabar ingest`` of one article at a time does). The outlet is the id's
    part before its first hyphen."""
    store = SqliteStore(path)
    for article_id, published, title, body in rows:
        article = Article(id=article_id, text=f"{title}\n\n{body}", title=title, source=article_id.split("-")[0],
                          published=published)
        store.save_article(article, analyse(article), article_hash(article))
        if one_at_a_time:
            relink(store, changed={article_id})
    if not one_at_a_time:
        relink(store)
    return store


def stored_threads(path: Path, rows: list[tuple[str, str, str, str]],
                   one_at_a_time: bool = False) -> dict[str, str | None]:
    """Each article's thread id after ``stored_reports`` stores and links ``rows`` (None: in no thread)."""
    from khabar.export import records

    store = stored_reports(path, rows, one_at_a_time)
    export = records(store)
    store.close()
    thread = {s["id"]: s.get("thread_id") for s in export["stories"]}
    return {a["id"]: thread.get(a.get("story_id")) for a in export["articles"]}
