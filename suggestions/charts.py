"""A stacked bar chart of outcomes over time, as plain SVG geometry (drawn by us, no library)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from suggestions.dashboard import DECISIONS, Row

WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 220, 36, 24, 8


@dataclass(frozen=True)
class Segment:
    kind: str
    y: float
    height: float
    count: int


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    label: str
    total: int
    segments: tuple[Segment, ...]
    show_label: bool


def stacked_bars(rows: list[Row]) -> dict[str, object]:
    peak = max((row.decided for row in rows), default=0) or 1
    plot_height = HEIGHT - BOTTOM - TOP
    slot = (WIDTH - LEFT) / max(len(rows), 1)
    every = max(1, len(rows) // 8)  # about eight date labels whatever the range
    bars = []
    for index, row in enumerate(rows):
        y: float = TOP + plot_height
        segments = []
        for kind in DECISIONS:
            count = row.counts.get(kind.value, 0)
            height = plot_height * count / peak
            y -= height
            if count:
                segments.append(Segment(kind.value, round(y, 2), round(height, 2), count))
        bars.append(
            Bar(
                x=round(LEFT + index * slot + slot * 0.1, 2),
                width=round(max(slot * 0.8, 1), 2),
                label=row.label,
                total=row.decided,
                segments=tuple(segments),
                show_label=index % every == 0,
            )
        )
    return {
        "svg_bars": _svg_bars(bars, label_y=HEIGHT - 6),
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "baseline": TOP + plot_height,
        "top": TOP,
        "peak": peak,
        "bars": bars,
        "label_y": HEIGHT - 6,
    }


def _svg_bars(bars: list[Bar], *, label_y: int) -> SafeString:
    """The bars as SVG, drawn here rather than by the template: a year by day is about 1,500
    elements, which the template engine took longer to draw than the figures took to read
    (each number localised, each attribute looked up). Labels are escaped by format_html."""
    return format_html_join(
        "\n", "<g>{}{}</g>", ((_rects(bar), _tick(bar, label_y)) for bar in bars)
    )


_RECT = '<rect x="{}" y="{}" width="{}" height="{}" class="kind-{}"><title>{}: {} {}</title></rect>'


def _rects(bar: Bar) -> SafeString:
    return format_html_join(
        "",
        _RECT,
        (
            (bar.x, s.y, bar.width, s.height, s.kind, bar.label, s.count, s.kind)
            for s in bar.segments
        ),
    )


def _tick(bar: Bar, label_y: int) -> SafeString | str:
    if not bar.show_label:
        return ""
    return format_html('<text x="{}" y="{}" class="tick">{}</text>', bar.x, label_y, bar.label[5:])
