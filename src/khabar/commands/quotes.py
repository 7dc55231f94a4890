"""``khabar quotes``: who said what, grouped by speaker, with the source article and its date."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.commands.core import db_option, json_option
from khabar.link.latin import latin_name
from khabar.store import Store, open_store
from khabar.text.keys import has_devanagari, match_key

out = Console(highlight=False)


def _mention_entities(db: sqlite3.Connection) -> dict[tuple[str, int, int], str]:
    rows = db.execute('SELECT article_id, start, "end", entity_id FROM mentions WHERE entity_id IS NOT NULL')
    return {(r[0], r[1], r[2]): r[3] for r in rows}


def _speaker_entity(row: sqlite3.Row, data: dict[str, Any], mentions: dict[tuple[str, int, int], str]) -> str | None:
    """The quote's entity, else the entity of the mention at its antecedent (speaker_ref) or speaker span."""
    if row["speaker_entity_id"]:
        return row["speaker_entity_id"]
    for span in (data.get("speaker_ref"), (row["speaker_start"], row["speaker_end"])):
        if span and span[0] is not None and (found := mentions.get((row["article_id"], span[0], span[1]))):
            return found
    return None


def _matches(want: str, names: list[str], type_: str | None) -> bool:
    """``--speaker``: any alias, in either script (a Latin query is compared with the names' Latin forms)."""
    forms = [n for n in names if n]
    if not has_devanagari(want):
        forms += [latin_name(n, type_ or "PER") for n in forms if has_devanagari(n)]
    return any(want == match_key(f) or want in match_key(f) for f in forms)


def collect(store: Store, speaker: str | None = None, story: str | None = None,
            kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Quotes grouped by speaker: ``[{speaker, entity_id, type, quotes: [...]}]``, most quoted first."""
    entities = {e.id: e for e in store.entities()}
    mentions = _mention_entities(store.db)
    sql = ("SELECT q.*, a.title, a.published, a.story_id, a.source FROM quotes q JOIN articles a "
           "ON a.id = q.article_id")
    args: list[Any] = []
    if story:
        sql += " WHERE a.story_id = ?"
        args.append(story)
    sql += ' ORDER BY a.published, q.article_id, q.start'
    want = match_key(speaker) if speaker else None
    groups: dict[str, dict[str, Any]] = {}
    for row in store.db.execute(sql, args):
        if kinds and row["kind"] not in kinds:
            continue
        data = json.loads(row["data"] or "{}")
        entity_id = _speaker_entity(row, data, mentions)
        entity = entities.get(entity_id) if entity_id else None
        if entity is not None:
            label, names = entity.name, [entity.name, entity.latin or "", *entity.aliases]
        else:
            label = row["speaker_text"] or "(speaker unknown)"
            names = [row["speaker_text"] or ""]
        if want and not _matches(want, names, entity.type if entity else None):
            continue
        key = entity_id or f"text:{match_key(label)}"
        group = groups.setdefault(key, {"speaker": label, "latin": entity.latin if entity else None,
                                        "entity_id": entity_id, "type": (entity.type if entity else None)
                                        or row["speaker_type"], "quotes": []})
        group["quotes"].append({
            "id": row["id"], "kind": row["kind"], "text": row["text"], "cue": row["cue"],
            "speaker_text": row["speaker_text"], "article_id": row["article_id"], "title": row["title"],
            "published": row["published"], "story_id": row["story_id"], "source": row["source"],
            "start": row["start"], "end": row["end"],
        })
    return sorted(groups.values(), key=lambda g: (-len(g["quotes"]), g["speaker"]))


@click.command("quotes")
@click.option("--speaker", metavar="NAME", help="Only this speaker: a name, alias, Latin name or the words used.")
@click.option("--story", "story_id", metavar="ID", help="Only quotes from articles of this story.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["direct", "partial", "indirect"]),
              help="Only these kinds (repeatable).")
@db_option
@json_option
def quotes_command(speaker: str | None, story_id: str | None, kinds: tuple[str, ...], db_path: str | None,
                   as_json: bool) -> None:
    """Who said what: quotes and reported speech grouped by speaker, with source article and date.

    \b
    khabar quotes                       # every speaker, most quoted first
    khabar quotes --speaker पुतिन        # one speaker (any alias, or the Latin name: --speaker Putin)
    khabar quotes --story S1 --kind direct
    """
    store = open_store(db_path)
    groups = collect(store, speaker, story_id, kinds)
    if as_json:
        click.echo(json.dumps(groups, ensure_ascii=False, indent=2))
        return
    if not groups:
        out.print("no quotes found" + (f" for {speaker!r}" if speaker else ""))
        return
    for group in groups:
        title = group["speaker"] + (f" ({group['latin']})" if group.get("latin") else "")
        table = Table(title=f"{title}: {len(group['quotes'])} quote(s)", title_justify="left", show_lines=False)
        for column in ("kind", "quote", "cue", "words", "article", "date"):
            table.add_column(column, overflow="fold")
        for q in group["quotes"]:
            table.add_row(q["kind"], q["text"], q["cue"] or "", q["speaker_text"] or "", q["article_id"],
                          (q["published"] or "")[:10])
        out.print(table)


def register(main: click.Group) -> None:
    main.add_command(quotes_command)
