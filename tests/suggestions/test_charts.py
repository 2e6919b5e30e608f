"""The dashboard's stacked bars, drawn as SVG on the server."""

from suggestions.charts import stacked_bars
from suggestions.dashboard import Row


def row(label: str, **counts: int) -> Row:
    return Row(key=label, label=label, counts=counts)


def test_one_rect_per_kind_counted_with_its_figure_in_the_title():
    rows = [row("2026-12-01", as_is=3, edited=1), row("2026-12-02"), row("2026-12-03", ignored=2)]
    svg = str(stacked_bars(rows)["svg_bars"])
    assert svg.count("<g>") == 3
    assert svg.count("<rect ") == 3  # empty kinds and the empty day draw nothing
    assert "<title>2026-12-01: 3 as_is</title>" in svg
    assert "<title>2026-12-03: 2 ignored</title>" in svg
    # The tallest bar fills the plot: 188 px high for 4 decisions (3 as_is = 141 px of it).
    assert 'height="141.0" class="kind-as_is"' in svg


def test_labels_are_escaped():
    svg = str(stacked_bars([row("2026-<b>x</b>", as_is=1)])["svg_bars"])
    assert "<b>" not in svg and "&lt;b&gt;" in svg
