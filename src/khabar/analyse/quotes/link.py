"""Quote speakers to entities: after the linker has set ``entity_id`` on an article's mentions."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.model import Mention, Quote

_GENITIVE = frozenset({"का", "के", "की"})


def _entity_at(start: int, end: int, mentions: Sequence[Mention], *, person_inside: bool = True,
               words: str | None = None) -> str | None:
    exact = [m for m in mentions if m.entity_id and (m.start, m.end) == (start, end)]
    if exact:
        return exact[0].entity_id
    # a mention inside the speaker's words (रूस के राष्ट्रपति व्लादिमीर पुतिन → व्लादिमीर पुतिन), the last one
    # being the head of a Hindi noun phrase; else one that covers them. An office or medium speaking
    # (`उत्तर प्रदेश के मुख्यमंत्री कार्यालय`) is not the person named inside its words, and a person followed by
    # a genitive is not the head (`मुख्यमंत्री बीएस येदियुरप्पा के मीडिया सचिव`: the secretary speaks); ``words``
    # are the speaker's words from ``start``, when known.
    inside = [m for m in mentions if m.entity_id and start <= m.start and m.end <= end and m.type == "PER"
              and person_inside
              and not (words is not None and _GENITIVE & set(words[m.end - start :].split()))]
    if inside:
        return inside[-1].entity_id
    cover = [m for m in mentions if m.entity_id and m.start <= start and end <= m.end]
    return cover[0].entity_id if cover else None


def link_speakers(quotes: Sequence[Quote], mentions: Sequence[Mention]) -> None:
    """Set ``speaker_entity_id`` from the linked mention at ``speaker_ref`` (the antecedent of a pronoun or a
    description), else at the speaker's own words. Organisations and media without an entity stay None."""
    for q in quotes:
        if q.speaker_entity_id:
            continue
        spans: list[tuple[int, int, str | None]] = [(q.speaker_ref[0], q.speaker_ref[1], None)] \
            if q.speaker_ref else []
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append((q.speaker_start, q.speaker_end, q.speaker_text))
        person_inside = q.speaker_ref is not None or q.speaker_type not in ("ORG", "MEDIA")
        for start, end, words in spans:
            if (found := _entity_at(start, end, mentions, person_inside=person_inside, words=words)) is not None:
                q.speaker_entity_id = found
                break


def speaker_links(quotes: Sequence[Quote], links: Sequence[tuple[str, int, int, str | None]],
                  ) -> list[tuple[str, str]]:
    """``(quote id, entity id)`` for quotes whose speaker (``speaker_ref``, else the speaker's words) is a linked
    mention, given the linker's ``(article_id, start, end, entity_id)`` rows. For a store-wide relink that
    holds mention links rather than Mention objects."""
    by_article: dict[str, list[Mention]] = {}
    for article_id, start, end, entity_id in links:
        if entity_id:
            by_article.setdefault(article_id, []).append(Mention(start, end, "", "PER", entity_id=entity_id))
    out = []
    for q in quotes:
        mentions = by_article.get(q.article_id or "", [])
        probe = Quote(q.kind, q.start, q.end, q.text, q.speaker_text, q.speaker_start, q.speaker_end,
                      speaker_type=q.speaker_type, speaker_ref=q.speaker_ref)
        link_speakers([probe], mentions)
        if probe.speaker_entity_id and q.id:
            out.append((q.id, probe.speaker_entity_id))
    return out
