"""The entity graph: which people, organisations and places appear together, and how often.

Pure: ``build_graph`` takes entity descriptions and, per article, its linked mentions and its sentences, and
returns nodes and weighted edges; ``layout`` places them deterministically (a small force-directed layout in
numpy from a fixed start, no randomness); ``graph_svg`` draws them as a self-contained SVG in the style of
``khabar.timeline`` (no scripts, escaped text, a ``<title>`` tooltip per node and edge).

Two entities are linked when they are named in the same sentence (``by="sentence"``, the default) or in the same
article (``by="article"``). Sentence co-occurrence is the stronger signal: a long article names many people
that have nothing to do with each other, a sentence rarely does. An edge's weight is the number of articles in
which the pair co-occurs that way; ``sentences`` counts the sentences they share.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import numpy as np


@dataclass(frozen=True, slots=True)
class EntityInfo:
    id: str
    type: str  # PER, ORG, LOC
    name: str
    latin: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleMentions:
    """One article as the graph sees it: linked mentions ``(start, end, entity_id)`` and sentence spans
    ``(start, end)`` (body sentences; empty when unknown, then the whole article counts as one sentence)."""

    article_id: str
    story_id: str | None
    mentions: Sequence[tuple[int, int, str]]
    sentences: Sequence[tuple[int, int]] = ()


@dataclass(slots=True)
class Node:
    id: str
    type: str
    name: str
    latin: str | None
    articles: int  # articles (in scope) that name it
    mentions: int
    quotes: int = 0  # quotes it is the speaker of (in scope)
    degree: int = 0  # edges kept in the graph
    strength: int = 0  # sum of the kept edges' weights
    central: bool = False  # the entity the (filtered) graph turns around: the largest strength

    @property
    def label(self) -> str:
        return f"{self.name} ({self.latin})" if self.latin and self.latin != self.name else self.name


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    weight: int  # articles where the pair co-occurs (in a sentence, or anywhere, per ``by``)
    articles: int  # articles that name both
    sentences: int  # sentences that name both


@dataclass(slots=True)
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    by: str = "sentence"
    story: str | None = None
    focus: str | None = None
    omitted: dict[str, int] = field(default_factory=dict)  # what the filters left out

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "story": self.story, "entity": self.focus, "omitted": self.omitted,
                "nodes": [{"id": n.id, "type": n.type, "name": n.name, "latin": n.latin, "articles": n.articles,
                           "mentions": n.mentions, "quotes": n.quotes, "degree": n.degree, "strength": n.strength,
                           "central": n.central} for n in self.nodes],
                "edges": [{"source": e.source, "target": e.target, "weight": e.weight, "articles": e.articles,
                           "sentences": e.sentences} for e in self.edges]}


def _sentence_groups(article: ArticleMentions) -> list[set[str]]:
    """The entity ids named in each sentence (a mention belongs to the sentence its start lies in)."""
    if not article.sentences:
        return [{eid for _, _, eid in article.mentions}]
    spans = sorted(article.sentences)
    starts = [s for s, _ in spans]
    groups: list[set[str]] = [set() for _ in spans]
    for start, _, eid in article.mentions:
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and start < spans[k][1]:
            groups[k].add(eid)
    return [g for g in groups if len(g) > 1]


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def resolve_prefix(wanted: str, ids: Sequence[str]) -> str:
    """The id equal to ``wanted``, else the only id starting with it; ValueError names the problem."""
    if wanted in ids:
        return wanted
    matches = sorted({i for i in ids if i.startswith(wanted)})
    if len(matches) != 1:
        raise ValueError(f"no story {wanted!r}" if not matches else
                         f"story {wanted!r} is ambiguous: {', '.join(matches)}")
    return matches[0]


def build_graph(entities: Mapping[str, EntityInfo], articles: Sequence[ArticleMentions], *,
                story: str | None = None, focus: str | None = None, top: int = 30, min_weight: int = 1,
                by: str = "sentence", speakers: Sequence[tuple[str, str]] = ()) -> Graph:
    """Nodes and edges of the co-occurrence graph.

    ``story`` keeps only that story's articles; ``focus`` (an entity id) keeps it and the entities linked to it
    by an edge of at least ``min_weight``; ``top`` keeps that many nodes (the focus first, then its strongest
    neighbours; without a focus the entities in most articles, then most linked). Edges lighter than
    ``min_weight`` are dropped, and so are nodes left without an edge (a lone focus stays). ``speakers`` are
    ``(article_id, speaker entity id)`` pairs, one per quote, counted into ``Node.quotes``.
    """
    if by not in ("sentence", "article"):
        raise ValueError(f"by must be 'sentence' or 'article', not {by!r}")
    scope = [a for a in articles if story is None or a.story_id == story]
    in_scope = {a.article_id for a in scope}
    article_count: Counter = Counter()
    mention_count: Counter = Counter()
    both: Counter = Counter()  # pair -> articles naming both
    linked: Counter = Counter()  # pair -> articles where they share a sentence
    shared_sentences: Counter = Counter()
    for article in scope:
        named = {eid for _, _, eid in article.mentions if eid in entities}
        mention_count.update(eid for _, _, eid in article.mentions if eid in entities)
        article_count.update(named)
        ordered = sorted(named)
        both.update(_pair(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])
        pairs_here: set[tuple[str, str]] = set()
        for group in _sentence_groups(article):
            ids = sorted(g for g in group if g in entities)
            here = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
            shared_sentences.update(here)
            pairs_here.update(here)
        linked.update(pairs_here)
    weights = both if by == "article" else linked
    edges = {p: w for p, w in weights.items() if w >= max(min_weight, 1)}
    strength: Counter = Counter()
    for (a, b), w in edges.items():
        strength[a] += w
        strength[b] += w

    def rank(eid: str) -> tuple:
        return (-article_count[eid], -strength[eid], -mention_count[eid], eid)

    candidates = [eid for eid in article_count if strength[eid] > 0]
    if focus is not None:
        neighbours = {b if a == focus else a for a, b in edges if focus in (a, b)}
        candidates = sorted(neighbours, key=lambda e: (-edges[_pair(focus, e)], *rank(e)))
        candidates = [focus, *candidates] if article_count[focus] else candidates  # named in scope at all
    else:
        candidates.sort(key=rank)
    kept = candidates[:max(top, 1)]
    kept_set = set(kept)
    kept_edges = {p: w for p, w in edges.items() if p[0] in kept_set and p[1] in kept_set}
    has_edge = {e for p in kept_edges for e in p}
    kept = [e for e in kept if e in has_edge or e == focus]
    quotes = Counter(eid for article_id, eid in speakers if article_id in in_scope)
    nodes = []
    for eid in kept:
        info = entities[eid]
        nodes.append(Node(eid, info.type, info.name, info.latin, article_count[eid], mention_count[eid],
                          quotes[eid]))
    by_id = {n.id: n for n in nodes}
    edge_list = [Edge(a, b, w, both[(a, b)], shared_sentences[(a, b)]) for (a, b), w in kept_edges.items()]
    edge_list.sort(key=lambda e: (-e.weight, -e.sentences, e.source, e.target))
    for e in edge_list:
        for end in (e.source, e.target):
            by_id[end].degree += 1
            by_id[end].strength += e.weight
    if nodes:
        min(nodes, key=lambda n: (-n.strength, -n.articles, -n.mentions, n.id)).central = True
    return Graph(nodes, edge_list, by=by, story=story, focus=focus,
                 omitted={"nodes": len([e for e in article_count if e not in by_id]),
                          "edges": len(weights) - len(edge_list)})


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


# -- layout ---------------------------------------------------------------------------------------------------

def components(graph: Graph) -> list[list[str]]:
    """Connected parts of the graph, each in node order, the largest (then the earliest) first."""
    parent = {n.id: n.id for n in graph.nodes}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for e in graph.edges:
        parent[root(e.source)] = root(e.target)
    groups: dict[str, list[str]] = {}
    for n in graph.nodes:
        groups.setdefault(root(n.id), []).append(n.id)
    order = {n.id: k for k, n in enumerate(graph.nodes)}
    return sorted(groups.values(), key=lambda g: (-len(g), order[g[0]]))


def _force_layout(ids: Sequence[str], edges: Sequence[Edge], centre: str | None,
                  iterations: int = 300) -> np.ndarray:
    """Positions in the unit square of one connected part, deterministic: Fruchterman-Reingold started from a
    circle in node order (no random start) with the centre in the middle, so the picture is radial around it."""
    n = len(ids)
    if n == 1:
        return np.array([[0.5, 0.5]])
    index = {eid: k for k, eid in enumerate(ids)}
    angles = 2 * math.pi * np.arange(n) / n
    pos = np.stack([np.cos(angles), np.sin(angles)], axis=1) * 0.5
    if centre in index:
        pos[index[centre]] = 0.0
    weight = np.zeros((n, n))
    for e in edges:
        if e.source in index and e.target in index:
            i, j = index[e.source], index[e.target]
            weight[i, j] = weight[j, i] = 1 + math.log(e.weight)
    k = 1.0 / math.sqrt(n)  # the ideal distance in a unit area
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=2))
        np.fill_diagonal(dist, 1.0)
        dist = np.maximum(dist, 1e-3)
        force = ((k * k / dist ** 2 - weight * dist / k)[:, :, None] * delta).sum(axis=1)
        length = np.sqrt((force ** 2).sum(axis=1)) + 1e-12
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = max(temperature * 0.985, 0.002)
    pos -= pos.min(axis=0)
    span = pos.max(axis=0)
    return pos / np.where(span > 0, span, 1.0)


def _slice(box: Box, sizes: Sequence[float]) -> list[Box]:
    """Cut ``box`` into one rectangle per size, areas in proportion, each cut across the longer side."""
    if len(sizes) == 1:
        return [box]
    x0, y0, x1, y1 = box
    share = sizes[0] / sum(sizes)
    if x1 - x0 >= y1 - y0:
        cut = x0 + (x1 - x0) * share
        return [(x0, y0, cut, y1), *_slice((cut, y0, x1, y1), sizes[1:])]
    cut = y0 + (y1 - y0) * share
    return [(x0, y0, x1, cut), *_slice((x0, cut, x1, y1), sizes[1:])]


def layout(graph: Graph, box: Box, pad: tuple[float, float] = (110.0, 35.0),
           gap: float = 72.0) -> dict[str, tuple[float, float]]:
    """Node positions inside ``box`` (x0, y0, x1, y1), deterministic. Each connected part gets its own
    rectangle (area in proportion to its size) and its own force layout, so parts do not fly apart and crowd
    themselves; then nodes closer than ``gap`` are pushed apart within their rectangle."""
    parts = components(graph)
    centre = next((n.id for n in graph.nodes if n.central), None)
    rects = _slice(box, [len(p) + 1 for p in parts])
    placed: dict[str, tuple[float, float]] = {}
    for part, (x0, y0, x1, y1) in zip(parts, rects, strict=True):
        unit = _force_layout(part, graph.edges, centre if centre in part else part[0])
        px, py = min(pad[0], (x1 - x0) / 3), min(pad[1], (y1 - y0) / 3)
        low = np.array([x0 + px, y0 + py])
        size = np.array([x1 - x0 - 2 * px, y1 - y0 - 2 * py])
        pos = low + unit * size
        for _ in range(60):  # push apart what the scaling left too close
            delta = pos[:, None, :] - pos[None, :, :]
            dist = np.sqrt((delta ** 2).sum(axis=2))
            np.fill_diagonal(dist, np.inf)
            short = np.maximum(gap - dist, 0.0)
            if not short.any():
                break
            step = (short / np.maximum(dist, 1e-6) / 2)[:, :, None] * delta
            step[dist == 0] = 0.0
            pos = np.clip(pos + step.sum(axis=1), low, low + size)
        placed.update({eid: (float(x), float(y)) for eid, (x, y) in zip(part, pos, strict=True)})
    return placed


# -- SVG ------------------------------------------------------------------------------------------------------

WIDTH = 1200
HEIGHT = 860
COLOURS = {"PER": "#1f5fa8", "ORG": "#d9822b", "LOC": "#3a9a4a"}
OTHER_COLOUR = "#888888"
TYPE_NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place"}
_CHAR_WIDTH = 6.2  # about, at font-size 11 (a Devanagari vowel sign counts as a character: errs on the wide side)
_LABEL_HEIGHT = 13.0
LABEL_CHARS = 44


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def radius_of(node: Node, most: int) -> float:
    return 6 + 16 * math.sqrt(node.articles / max(most, 1))



def _overlap(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


Spot = tuple[float, float, str]  # x, y, text-anchor


def _label_box(x: float, y: float, r: float, width: float, where: str, step: float) -> tuple[Box, Spot]:
    """The label's box, anchor point and text-anchor for one candidate place around a circle."""
    if where == "right":
        lx, ly, anchor = x + r + 4 + step, y + 4, "start"
    elif where == "left":
        lx, ly, anchor = x - r - 4 - step, y + 4, "end"
    elif where == "below":
        lx, ly, anchor = x, y + r + 12 + step, "middle"
    else:
        lx, ly, anchor = x, y - r - 4 - step, "middle"
    left = lx if anchor == "start" else lx - width if anchor == "end" else lx - width / 2
    return (left, ly - _LABEL_HEIGHT + 3, left + width, ly + 3), (lx, ly, anchor)


def place_labels(points: dict[str, tuple[float, float, float]], labels: dict[str, str],
                 order: Sequence[str]) -> dict[str, tuple[Box, Spot]]:
    """Greedy label placement in ``order``: each label takes the first place around its circle (right, left,
    below, above, then the same a little farther out) whose box overlaps no label placed before, no circle and
    does not leave the picture; if none is free, the least crowded place."""
    circles = [(x - r, y - r, x + r, y + r) for x, y, r in points.values()]
    placed: list[Box] = []
    found: dict[str, tuple[Box, Spot]] = {}
    for eid in order:
        x, y, r = points[eid]
        width = len(labels[eid]) * _CHAR_WIDTH
        best = None
        for step in (0.0, 10.0, 22.0):
            for where in ("right", "left", "below", "above"):
                box, spot = _label_box(x, y, r, width, where, step)
                outside = max(0.0, -box[0]) + max(0.0, box[2] - WIDTH) + max(0.0, 30 - box[1]) \
                    + max(0.0, box[3] - HEIGHT)
                crowd = sum(_overlap(box, b) for b in placed) + sum(_overlap(box, c) for c in circles) \
                    + outside * 100
                if best is None or crowd < best[0]:
                    best = (crowd, box, spot)
                if crowd == 0:
                    break
            if best and best[0] == 0:
                break
        assert best is not None
        placed.append(best[1])
        found[eid] = (best[1], best[2])
    return found


def label_boxes(graph: Graph) -> dict[str, Box]:
    """Where ``graph_svg`` puts each label (for checks that labels do not pile up)."""
    return {eid: box for eid, (box, _) in drawing(graph)[1].items()}


def drawing(graph: Graph) -> tuple[dict[str, tuple[float, float, float]], dict[str, tuple[Box, Spot]]]:
    """Where ``graph_svg`` draws things: each node's circle ``(x, y, radius)`` and each label's box and spot."""
    where = layout(graph, (20.0, 45.0, WIDTH - 20.0, HEIGHT - 30.0))
    most = max((n.articles for n in graph.nodes), default=1)
    points = {n.id: (*where[n.id], radius_of(n, most)) for n in graph.nodes}
    labels = {n.id: _short(n.label) for n in graph.nodes}
    order = [n.id for n in sorted(graph.nodes, key=lambda n: (-n.articles, -n.strength, n.id))]
    return points, place_labels(points, labels, order)


def graph_svg(graph: Graph, title: str = "khabar entity graph") -> str:
    points, boxes = drawing(graph)
    names = {n.id: n.label for n in graph.nodes}
    heaviest = max((e.weight for e in graph.edges), default=1)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="Noto Sans, Noto Sans Devanagari, sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="12" y="22" font-weight="bold">{escape(_short(title, 90))}</text>',
    ]
    legend_x = WIDTH - 330
    for k, (type_, colour) in enumerate(COLOURS.items()):
        x = legend_x + k * 110
        parts.append(f'<circle cx="{x}" cy="18" r="6" fill="{colour}"/>'
                     f'<text x="{x + 10}" y="22" fill="#444">{TYPE_NAMES[type_]}</text>')
    parts.append(f'<text x="12" y="{HEIGHT - 12}" fill="#666" font-size="11">'
                 f'{escape(_legend_note(graph))}</text>')
    parts.append('<g class="edges">')
    for e in graph.edges:
        x1, y1, _ = points[e.source]
        x2, y2, _ = points[e.target]
        strong = (e.weight - 1) / max(heaviest - 1, 1)
        width, opacity = 1 + 5 * strong, 0.3 + 0.5 * strong  # light links fade, so a dense graph shows its spine
        tip = (f"{names[e.source]} — {names[e.target]}: together in {e.weight} article{'s' * (e.weight != 1)}"
               f" ({'same sentence' if graph.by == 'sentence' else 'same article'}), "
               f"{e.sentences} shared sentence{'s' * (e.sentences != 1)}")
        parts.append(f'<line class="edge" data-source={quoteattr(e.source)} data-target={quoteattr(e.target)} '
                     f'data-weight="{e.weight}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="#8a8a8a" stroke-opacity="{opacity:.2f}" stroke-width="{width:.1f}">'
                     f"<title>{escape(tip)}</title></line>")
    parts.append("</g>")
    parts.append('<g class="nodes">')
    for n in graph.nodes:
        x, y, r = points[n.id]
        colour = COLOURS.get(n.type, OTHER_COLOUR)
        tip = (f"{n.label}, {TYPE_NAMES.get(n.type, n.type)}: in {n.articles} article{'s' * (n.articles != 1)}, "
               f"{n.mentions} mention{'s' * (n.mentions != 1)}, linked to {n.degree}"
               + (f", speaker of {n.quotes} quote{'s' * (n.quotes != 1)}" if n.quotes else "")
               + (" (the centre)" if n.central else ""))
        ring = ' stroke="#222" stroke-width="3"' if n.central else ' stroke="white" stroke-width="1.5"'
        parts.append(f'<circle class="node" data-entity={quoteattr(n.id)} data-type={quoteattr(n.type)} '
                     f'cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}"{ring}>'
                     f"<title>{escape(tip)}</title></circle>")
    parts.append("</g>")
    parts.append('<g class="labels">')
    for n in graph.nodes:
        (x0, y0, x1, y1), (lx, ly, anchor) = boxes[n.id]
        weight = ' font-weight="bold"' if n.central else ""
        # A pale backing keeps a label legible where links cross it.
        parts.append(f'<rect class="label-bg" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" '
                     f'height="{y1 - y0:.1f}" fill="white" fill-opacity="0.7"/>')
        parts.append(f'<text class="label" data-entity={quoteattr(n.id)} x="{lx:.1f}" y="{ly:.1f}" '
                     f'text-anchor="{anchor}" font-size="11"{weight}>{escape(_short(n.label))}</text>')
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _legend_note(graph: Graph) -> str:
    link = "named in the same sentence" if graph.by == "sentence" else "named in the same article"
    return (f"{len(graph.nodes)} entities, {len(graph.edges)} links; a link: {link} (width: in how many "
            f"articles); a circle's size: in how many articles")
