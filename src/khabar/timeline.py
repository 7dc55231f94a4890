"""A thread timeline as a self-contained SVG: one lane per thread, one mark per story on a shared time axis.

Plain SVG 1.1 text, no scripts and no external fonts or styles, so it opens in any browser and embeds in a page;
each mark carries a ``<title>`` (date and headline) that browsers show on hover. Undated stories sit in a column
of their own at the right end of their lane.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import regex

_ISO = regex.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

WIDTH = 1100
LEFT = 220  # room for the lane labels
RIGHT = 90  # room for the undated column
LANE = 110
TOP = 40
HEADLINE_CHARS = 38


@dataclass(frozen=True, slots=True)
class Mark:
    story_id: str
    date: str | None  # ISO at any precision: 2024, 2024-06, 2024-06-19
    headline: str
    sources: int = 1


@dataclass(frozen=True, slots=True)
class Lane:
    thread_id: str
    label: str
    marks: Sequence[Mark]


def day_of(value: str | None) -> dt.date | None:
    """The first day of an ISO date of any precision (``2024-06`` -> 2024-06-01)."""
    m = _ISO.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def _short(text: str, limit: int = HEADLINE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _axis(first: dt.date, last: dt.date) -> list[dt.date]:
    """Ticks: every year, or every month when the span is under thirteen months."""
    if (last - first).days < 400:
        ticks, d = [], dt.date(first.year, first.month, 1)
        while d <= last:
            ticks.append(d)
            d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return ticks
    return [dt.date(y, 1, 1) for y in range(first.year, last.year + 2)]


# Label rows around a lane, tried in this order: (above the line?, distance from the circle's edge).
_LABEL_ROWS = ((True, 8), (False, 8), (True, 22), (False, 22))
_CHAR_WIDTH = 6.2  # about, at font-size 11


def _label_extent(x: float, label: str, anchor: str) -> tuple[float, float]:
    width = len(label) * _CHAR_WIDTH
    if anchor == "start":
        return x, x + width
    if anchor == "end":
        return x - width, x
    return x - width / 2, x + width / 2


def _label_row(taken: list[list[tuple[float, float]]], extent: tuple[float, float]) -> int:
    """The first label row where ``extent`` clashes with no label placed before (else the least crowded row);
    the extent is recorded there."""
    def clashes(row: list[tuple[float, float]]) -> int:
        return sum(a < extent[1] + 6 and extent[0] < b + 6 for a, b in row)

    best = min(range(len(taken)), key=lambda k: (clashes(taken[k]) > 0, clashes(taken[k]), k))
    taken[best].append(extent)
    return best


def timeline_svg(lanes: Sequence[Lane], title: str = "khabar threads") -> str:
    days = [d for lane in lanes for mark in lane.marks if (d := day_of(mark.date))]
    first = min(days, default=dt.date.today())
    last = max(days, default=first)
    ticks = _axis(first, last)
    start, end = min(ticks[0], first), max(ticks[-1], last)
    span = max((end - start).days, 1)
    plot_right = WIDTH - RIGHT
    height = TOP + LANE * max(len(lanes), 1) + 40

    def x_of(day: dt.date) -> float:
        return LEFT + (plot_right - LEFT - 20) * (day - start).days / span + 10

    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="Noto Sans, Noto Sans Devanagari, sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{WIDTH}" height="{height}" fill="white"/>',
    ]
    axis_y = height - 30
    parts.append(f'<line x1="{LEFT}" y1="{axis_y}" x2="{plot_right}" y2="{axis_y}" stroke="#444"/>')
    monthly = (last - first).days < 400
    for tick in ticks[:: max(1, len(ticks) // 12)]:
        x = x_of(tick)
        if x > plot_right:
            break
        text = tick.strftime("%Y-%m") if monthly else str(tick.year)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP - 10}" x2="{x:.1f}" y2="{axis_y}" stroke="#ddd"/>')
        parts.append(f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#444">{text}</text>')
    parts.append(f'<text x="{plot_right + RIGHT / 2:.0f}" y="{axis_y + 16}" text-anchor="middle" '
                 f'fill="#444">undated</text>')
    for row, lane in enumerate(lanes):
        y = TOP + LANE * row + LANE / 2
        parts.append(f'<g class="thread" id={quoteattr(lane.thread_id)}>')
        parts.append(f'<text x="10" y="{y + 4:.0f}" font-weight="bold">{escape(_short(lane.label, 30))}</text>')
        dated = [(x_of(d), m) for m in lane.marks if (d := day_of(m.date))]
        undated = [m for m in lane.marks if day_of(m.date) is None]
        step = min(24.0, (RIGHT - 20) / max(len(undated) - 1, 1))  # side by side within the undated column
        placed = dated + [(plot_right + RIGHT / 2 + (k - (len(undated) - 1) / 2) * step, m)
                          for k, m in enumerate(undated)]
        xs = [x for x, _ in placed]
        if len(xs) > 1:
            parts.append(f'<line x1="{min(xs):.1f}" y1="{y:.0f}" x2="{max(xs):.1f}" y2="{y:.0f}" '
                         f'stroke="#999" stroke-width="2"/>')
        taken: list[list[tuple[float, float]]] = [[] for _ in _LABEL_ROWS]
        for x, mark in sorted(placed, key=lambda item: item[0]):
            radius = 5 + min(mark.sources, 10)
            fill = "#1f5fa8" if day_of(mark.date) else "white"
            label = (mark.date or "") + " " + _short(mark.headline)
            anchor = "end" if x > WIDTH - 200 else "start" if x < LEFT + 100 else "middle"
            row_k = _label_row(taken, _label_extent(x, label, anchor))
            above, offset = _LABEL_ROWS[row_k]
            dy = y + (-radius - offset if above else radius + offset + 8)
            tip = f"{mark.date or 'date unknown'}: {mark.headline} ({mark.sources} article{'s' * (mark.sources != 1)})"
            parts.append(f'<circle class="story" data-story={quoteattr(mark.story_id)} cx="{x:.1f}" cy="{y:.0f}" '
                         f'r="{radius}" fill="{fill}" stroke="#1f5fa8" stroke-width="2">'
                         f"<title>{escape(tip)}</title></circle>")
            parts.append(f'<text x="{x:.1f}" y="{dy:.0f}" text-anchor="{anchor}" font-size="11">'
                         f"{escape(label)}</text>")
        parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
