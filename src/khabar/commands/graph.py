"""``khabar graph``: who appears with whom: the entity co-occurrence graph as SVG (``--out``) or JSON (``--json``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from khabar.commands.core import db_option, err
from khabar.graph import ArticleMentions, EntityInfo, build_graph, graph_svg, resolve_prefix
from khabar.store import Store
from khabar.store.read import Reader, open_store


def read_store(store: Store) -> tuple[dict[str, EntityInfo], list[ArticleMentions], list[tuple[str, str]]]:
    """Entities, each article's linked mentions and body sentences, and quote speakers (``Reader.graph_inputs``)."""
    return Reader(store).graph_inputs()


def _focus(reader: Reader, name: str, entities: dict[str, EntityInfo]) -> str:
    """The entity ``name`` denotes (an id, any alias in either script, or its Latin name): the most mentioned
    when several match."""
    if name in entities:
        return name
    ids = [i for i in reader.entity_ids(name) if i in entities]
    if not ids:
        raise click.ClickException(f"no entity is called {name!r}")
    if len(ids) > 1:
        err.print(f"{name!r} may be {len(ids)} entities ({', '.join(ids[:5])}); drawing the most mentioned, "
                  f"{ids[0]} {entities[ids[0]].name}", soft_wrap=True)
    return ids[0]


@click.command("graph")
@click.option("--story", "story", metavar="ID", help="Only this story's articles (its id or a unique prefix).")
@click.option("--entity", "entity", metavar="NAME", help="Only this entity and those linked to it (name or id).")
@click.option("--top", default=30, show_default=True, type=click.IntRange(min=1),
              help="Keep at most this many entities.")
@click.option("--min-weight", default=1, show_default=True, type=click.IntRange(min=1),
              help="Drop links found in fewer articles than this.")
@click.option("--by", type=click.Choice(["sentence", "article"]), default="sentence", show_default=True,
              help="Link two entities named in the same sentence, or anywhere in the same article.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="SVG file to write.")
@click.option("--json", "as_json", is_flag=True, help="Print the nodes and edges as JSON.")
@db_option
def graph_command(story: str | None, entity: str | None, top: int, min_weight: int, by: str, out_path: str | None,
                  as_json: bool, db_path: str | None) -> None:
    """Who appears with whom: the entity co-occurrence graph as SVG or JSON.

    Entities are circles (size: articles; colour: person, organisation, place), linked when named together in
    a sentence (or an article, --by article); a link's width says in how many articles.

    \b
    khabar graph --out graph.svg
    khabar graph --story s3f2 --out ceasefire.svg
    khabar graph --entity "Kim Jong Un" --json
    """
    if not out_path and not as_json:
        raise click.UsageError("give --out FILE.svg, --json, or both")
    reader = Reader(open_store(db_path))
    entities, articles, speakers = reader.graph_inputs()
    story_id = None
    if story:
        try:
            story_id = resolve_prefix(story, reader.ids("stories"))
        except ValueError as e:
            raise click.ClickException(str(e)) from None
    focus = _focus(reader, entity, entities) if entity else None
    graph = build_graph(entities, articles, story=story_id, focus=focus, top=top, min_weight=min_weight, by=by,
                        speakers=speakers)
    if as_json:
        click.echo(json.dumps(graph.to_dict(), ensure_ascii=False))  # not through rich: names may hold [brackets]
    if out_path:
        title = "khabar entity graph"
        if story_id:
            headline = reader.story_headlines().get(story_id, "")
            title += f": story {story_id} {headline}"
        if focus:
            title += f": around {entities[focus].name}"
        Path(out_path).write_text(graph_svg(graph, title=title), encoding="utf-8")
        err.print(f"{len(graph.nodes)} entities, {len(graph.edges)} links -> {out_path}")
    if not graph.nodes:
        err.print("no links: no two entities are named together here (or run `khabar ingest PATH...` first)")


def register(main: click.Group) -> None:
    main.add_command(graph_command)
