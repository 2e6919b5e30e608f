"""A stacked bar chart of outcomes over time, as plain SVG geometry (drawn by us, no library)."""

from __future__ import annotations

from dataclasses import dataclass

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
        y = TOP + plot_height
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
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "baseline": TOP + plot_height,
        "top": TOP,
        "peak": peak,
        "bars": bars,
        "label_y": HEIGHT - 6,
    }
