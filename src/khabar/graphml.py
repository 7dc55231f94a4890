"""The entity co-occurrence graph (``khabar.graph.Graph``) as GraphML, through networkx: for Gephi, Cytoscape,
yEd or networkx itself."""

from __future__ import annotations

import io

import networkx as nx

from khabar.graph import Graph


def to_networkx(graph: Graph) -> nx.Graph:
    """Nodes keyed by entity id with name, Latin name, type and counts; edges weighted by shared articles."""
    g = nx.Graph(by=graph.by, story=graph.story or "", entity=graph.focus or "")
    for n in graph.nodes:
        g.add_node(n.id, name=n.name, latin=n.latin or "", type=n.type, articles=n.articles, mentions=n.mentions,
                   quotes=n.quotes, central=n.central)
    for e in graph.edges:
        g.add_edge(e.source, e.target, weight=e.weight, articles=e.articles, sentences=e.sentences)
    return g


def graphml(graph: Graph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(graph), buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")
