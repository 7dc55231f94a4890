"""Quote speakers to entities: after the linker has set ``entity_id`` on an article's mentions."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.model import Mention, Quote


def _entity_at(start: int, end: int, mentions: Sequence[Mention]) -> str | None:
    exact = [m for m in mentions if m.entity_id and (m.start, m.end) == (start, end)]
    if exact:
        return exact[0].entity_id
    # a mention inside the speaker's words (रूस के राष्ट्रपति व्लादिमीर पुतिन → व्लादिमीर पुतिन), the last one
    # being the head of a Hindi noun phrase; else one that covers them
    inside = [m for m in mentions if m.entity_id and start <= m.start and m.end <= end and m.type == "PER"]
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
        spans = [tuple(q.speaker_ref)] if q.speaker_ref else []
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append((q.speaker_start, q.speaker_end))
        for start, end in spans:
            if (found := _entity_at(start, end, mentions)) is not None:
                q.speaker_entity_id = found
                break
