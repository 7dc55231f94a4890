"""Presentation helpers for the pages: text cut into highlighted pieces by offsets, small inline SVG charts.
Nothing here reads the store, and nothing here marks text as safe: the templates escape every piece."""

from __future__ import annotations

from itertools import pairwise
from typing import Any
from xml.sax.saxutils import escape

from khabar.graph import Edge, Graph, Node, graph_svg


def highlight(text: str, layers: dict[str, list[dict[str, Any]]],
              focus: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """``text`` cut at every span boundary: ``[{"text", "classes", "entity_id", "title"}]``.

    ``layers`` maps a class (``mention``, ``quote``, ``date``, ``number``, ``boilerplate``) to spans with
    ``start``/``end`` (and for mentions ``type``/``entity_id``); ``focus`` marks one range (a summary sentence).
    """
    spans = [(s["start"], s["end"], name, s) for name, items in layers.items() for s in items
             if 0 <= s["start"] < s["end"] <= len(text)]
    if focus and 0 <= focus[0] < focus[1] <= len(text):
        spans.append((focus[0], focus[1], "focus", {}))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [(name, item) for s, e, name, item in spans if s <= start and end <= e]
        classes = sorted({name for name, _ in covering})
        mention = next((item for name, item in covering if name == "mention"), None)
        if mention:
            classes.append(f"t-{mention.get('type', '')}")
        title = "; ".join(_tooltip(name, item) for name, item in covering if _tooltip(name, item))
        pieces.append({"text": text[start:end], "classes": " ".join(classes),
                       "entity_id": mention.get("entity_id") if mention else None, "title": title,
                       "focus_start": "focus" in classes and start == focus[0] if focus else False})
    return pieces


def number(value: float | int | None) -> str:
    """``13000.0`` as ``13,000``; ``2.5`` as ``2.5``; nothing for None."""
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def _tooltip(name: str, item: dict[str, Any]) -> str:
    if name == "mention":
        return f"{item.get('type')}: {item.get('entity') or item.get('text')}"
    if name == "date":
        return f"date: {item.get('value') or '?'}"
    if name == "number":
        unit = f" {item['unit']}" if item.get("unit") else ""
        return f"number: {item.get('value')}{unit}"
    if name == "quote":
        return f"{item.get('kind')} quote" + (f" ({item['speaker_text']})" if item.get("speaker_text") else "")
    if name == "boilerplate":
        return "boilerplate (not part of the body)"
    return ""


def bar_chart(points: list[dict[str, Any]], label: str = "month", value: str = "stories",
              width: int = 320, height: int = 90) -> str:
    """A small bar chart as inline SVG (escaped labels, no script)."""
    if not points:
        return ""
    most = max(p[value] for p in points) or 1
    step = width / len(points)
    bar = max(2.0, step * 0.7)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height + 16}" width="100%" role="img" '
             f'aria-label="{escape(value)} by {escape(label)}" xmlns="http://www.w3.org/2000/svg">']
    parts.append(f'<line x1="0" y1="{height}" x2="{width}" y2="{height}" class="axis"/>')
    for i, p in enumerate(points):
        if p.get("gap_months"):  # a break in the time axis: months without a story, not drawn to scale
            x = i * step + step / 2
            parts.append(f'<line x1="{x:.1f}" y1="{height - 14}" x2="{x:.1f}" y2="{height}" class="axis" '
                         f'stroke-dasharray="2 2"><title>{escape(str(p[label]))}: {p["gap_months"]} months without '
                         f'any</title></line>')
            continue
        if not p[value]:
            continue
        h = max(2.0, (height - 4) * p[value] / most)
        x = i * step + (step - bar) / 2
        parts.append(f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{bar:.1f}" height="{h:.1f}">'
                     f"<title>{escape(str(p[label]))}: {p[value]}</title></rect>")
    parts.append(f'<text x="0" y="{height + 13}">{escape(str(points[0][label]))}</text>')
    if len(points) > 1:
        parts.append(f'<text x="{width}" y="{height + 13}" text-anchor="end">{escape(str(points[-1][label]))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def graph_drawing(graph: dict[str, Any], title: str) -> str:
    """The co-occurrence graph (``Graph.to_dict()``) drawn by ``khabar.graph`` (it escapes every label)."""
    if not graph.get("nodes"):
        return ""
    rebuilt = Graph([Node(**n) for n in graph["nodes"]], [Edge(**e) for e in graph["edges"]], by=graph["by"],
                    story=graph.get("story"), focus=graph.get("entity"), omitted=graph.get("omitted", {}))
    svg = graph_svg(rebuilt, title=title)
    return svg.split("?>", 1)[1].lstrip() if svg.startswith("<?xml") else svg


def series_chart(points: list[dict[str, Any]], width: int = 360, height: int = 120) -> str:
    """One figure over time (a thread's ``figure_series`` points: ``date``, ``value``) as a line on a day axis,
    inline SVG (escaped labels, no script). Undated points are left out; fewer than two days draw nothing."""
    import datetime as dt

    dated = []
    for p in points:
        try:
            dated.append((dt.date.fromisoformat(str(p.get("date") or "")[:10]), float(p["value"]), p))
        except (TypeError, ValueError):
            continue
    if len({d for d, _, _ in dated}) < 2:
        return ""
    first, last = min(d for d, _, _ in dated), max(d for d, _, _ in dated)
    low, high = min(v for _, v, _ in dated), max(v for _, v, _ in dated)
    pad, top, axis = 6.0, 12.0, height - 4.0

    def x(day: dt.date) -> float:
        return pad + (width - 2 * pad) * (day - first).days / max(1, (last - first).days)

    def y(value: float) -> float:
        return axis - (axis - top) * ((value - low) / (high - low) if high > low else 0.5)

    dots = [(x(d), y(v), d, v, p) for d, v, p in sorted(dated, key=lambda t: (t[0], t[1]))]
    parts = [f'<svg class="chart series" viewBox="0 0 {width} {height + 16}" width="100%" role="img" '
             f'aria-label="figure by date" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="0" y1="{axis}" x2="{width}" y2="{axis}" class="axis"/>',
             '<polyline fill="none" stroke="currentColor" points="'
             + " ".join(f"{px:.1f},{py:.1f}" for px, py, _, _, _ in dots) + '"/>']
    for px, py, day, value, p in dots:
        parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3"><title>{day.isoformat()}: {number(value)} '
                     f"({escape(str(p.get('text') or ''))})</title></circle>")
    parts.append(f'<text x="0" y="{height + 13}">{first.isoformat()}</text>')
    parts.append(f'<text x="{width}" y="{height + 13}" text-anchor="end">{last.isoformat()}</text>')
    parts.append(f'<text x="{pad}" y="{top - 2:.1f}">{escape(number(high))}</text>')
    if high > low:
        parts.append(f'<text x="{width - pad}" y="{axis - 4:.1f}" text-anchor="end">'
                     f"lowest {escape(number(low))}</text>")
    parts.append("</svg>")
    return "".join(parts)
