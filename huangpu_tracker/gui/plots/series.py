"""Draw one assessment's series onto a pyqtgraph PlotItem (shared by the full chart and the dashboard).

The assessment package computes every series; this module only turns them into plot items.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from huangpu_tracker.assessment.model import Assessment, Point
from huangpu_tracker.gui.plots import style
from huangpu_tracker.gui.settings import tr

WRITTEN_DIGITS = 8  # significant digits a written (or exactly converted) figure has at most
TARGET_HALF_WIDTH = 0.3  # years either side of the target year covered by the target band
_Y_PAD = 0.12


@dataclass
class ChartItems:
    """The plot items of one drawn assessment (None when the assessment has no such series)."""

    actuals: pg.PlotDataItem | None = None
    average: pg.PlotDataItem | None = None  # avg_growth: the running average, its own line
    baseline: pg.ScatterPlotItem | None = None
    required: pg.PlotDataItem | None = None
    projection: pg.PlotDataItem | None = None
    projected: pg.ScatterPlotItem | None = None
    target_marker: pg.ScatterPlotItem | None = None
    target_band: QGraphicsRectItem | None = None
    period: pg.LinearRegionItem | None = None
    labels: list[pg.TextItem] = field(default_factory=list)


def value_text(value: float) -> str:
    """A value label, thousands separated. A figure keeps the digits it was written with (0.865 万亿元
    from 8650 亿元, 12,345.6); a computed value with a long tail gets fewer decimals as values grow
    (12,346 / 345.6 / 2.68)."""
    digits = f"{abs(value):.15g}"
    if "e" not in digits and len(digits.replace(".", "").lstrip("0")) <= WRITTEN_DIGITS:
        sign = "-" if value < 0 else ""
        whole, point, decimals = digits.partition(".")
        return f"{sign}{int(whole):,}{point}{decimals}"
    decimals = 0 if abs(value) >= 1000 else 1 if abs(value) >= 100 else 2
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def data_ranges(a: Assessment, right_pad: float = 0.6) -> tuple[tuple[float, float], tuple[float, float]]:
    """The x (years) and y ranges that show every series, the target band and the plan period;
    `right_pad` years are left free after the last year (room for the projection's label)."""
    points: list[Point] = [*a.actual_points, *a.average_points, *a.required_path, *a.projection]
    if a.baseline is not None:
        points.append((a.baseline.year, a.baseline.value))
    years = [p[0] for p in points]
    values = [p[1] for p in points]
    if a.plan_start is not None:
        years.append(a.plan_start - 1)  # the period is shaded from the end of the year before it
    years += [y for y in (a.target_year, a.plan_end) if y is not None]
    values += [v for v in (a.target_value, a.band_lo, a.band_hi, a.projected_value) if v is not None]
    if not years:
        years = [2020, 2025]
    if not values:
        values = [0.0, 1.0]
    lo, hi = min(values), max(values)
    span = hi - lo or abs(hi) or 1.0
    # More room below and above than the data needs: value labels sit above points, the
    # baseline's label below its marker.
    return (min(years) - 0.6, max(years) + right_pad), (lo - span * _Y_PAD * 1.6, hi + span * _Y_PAD * 2)


MAX_VALUE_LABELS = 12


def _period_text(start: int, end: int) -> str:
    if start == end:
        return tr(f"规划期 {start}年", f"Plan period {start}")
    return tr(f"规划期 {start}–{end}", f"Plan period {start}–{end}")


def _xy(points: Iterable[Point]) -> tuple[list[float], list[float]]:
    points = list(points)
    return [float(p[0]) for p in points], [float(p[1]) for p in points]


def _pen(color: str, width: float, line: object = None) -> QPen:
    pen = pg.mkPen(color, width=width)
    if line is not None:
        pen.setStyle(line)
    return pen


def _label(plot: pg.PlotItem, items: ChartItems, text: str, x: float, y: float, color: str, anchor) -> None:
    label = pg.TextItem(text, color=color, anchor=anchor)
    label.setPos(x, y)
    plot.addItem(label)
    items.labels.append(label)


@dataclass(frozen=True)
class _Look:
    """Sizes and the value range a drawing uses."""

    compact: bool
    y_range: tuple[float, float]

    @property
    def width(self) -> float:
        return 1.5 if self.compact else 2.5

    @property
    def marker(self) -> int:
        return 6 if self.compact else 10


def draw_assessment(plot: pg.PlotItem, a: Assessment, compact: bool = False) -> ChartItems:
    """Add the assessment's period, target, baseline, required path, projection and actuals to `plot`.

    `compact` (dashboard thumbnails) draws thinner lines and no text labels.
    """
    items = ChartItems()
    (x0, x1), (y0, y1) = data_ranges(a, 0.6 if compact else 1.3)
    look = _Look(compact, (y0, y1))
    _draw_period(plot, items, a, look)
    _draw_target(plot, items, a, look)
    if a.required_path:
        pen = _pen(style.REQUIRED_COLOR, look.width, style.REQUIRED_STYLE)
        items.required = pg.PlotDataItem(*_xy(a.required_path), pen=pen)
        plot.addItem(items.required)
    _draw_projection(plot, items, a, look)
    _draw_baseline(plot, items, a, look)
    _draw_average(plot, items, a, look)
    _draw_actuals(plot, items, a, look)
    plot.setXRange(x0, x1, padding=0)
    plot.setYRange(y0, y1, padding=0)
    plot.disableAutoRange()
    return items


def _draw_period(plot: pg.PlotItem, items: ChartItems, a: Assessment, look: _Look) -> None:
    if a.plan_start is None or a.plan_end is None:
        return
    brush, no_pen = pg.mkBrush(style.PERIOD_COLOR), pg.mkPen(None)
    items.period = pg.LinearRegionItem((a.plan_start - 1, a.plan_end), movable=False, brush=brush, pen=no_pen)
    items.period.setZValue(-20)
    plot.addItem(items.period)
    if not look.compact:
        text = _period_text(a.plan_start, a.plan_end)
        _label(plot, items, text, a.plan_start - 1, look.y_range[1], style.GREY, (0, 0))


def _draw_target(plot: pg.PlotItem, items: ChartItems, a: Assessment, look: _Look) -> None:
    """The values that meet the goal as a hatched band at the target year (open sides run to the
    plot's edge), and a marker whose shape says the comparator."""
    if a.target_year is None:
        return
    if a.band_lo is not None or a.band_hi is not None:
        lo = a.band_lo if a.band_lo is not None else look.y_range[0]
        hi = a.band_hi if a.band_hi is not None else look.y_range[1]
        rect = QGraphicsRectItem(
            QRectF(a.target_year - TARGET_HALF_WIDTH, lo, 2 * TARGET_HALF_WIDTH, hi - lo)
        )
        rect.setPen(_pen(style.TARGET_COLOR, 0))
        rect.setBrush(QBrush(QColor(*style.TARGET_BAND_COLOR), style.TARGET_BAND_PATTERN))
        rect.setZValue(-10)
        plot.addItem(rect)
        items.target_band = rect
    if a.target_value is None:
        return
    bounds = [a.band_lo, a.band_hi] if a.comparator == "range" else [a.target_value]
    ys = [v for v in bounds if v is not None]
    items.target_marker = pg.ScatterPlotItem(
        [a.target_year] * len(ys),
        ys,
        symbol=style.COMPARATOR_MARKERS.get(a.comparator, "t1"),
        size=look.marker + 4,
        brush=pg.mkBrush(style.TARGET_COLOR),
        pen=pg.mkPen(style.BACKGROUND),
    )
    items.target_marker.setZValue(10)  # the goal stays visible over the lines ending on it
    plot.addItem(items.target_marker)


def _draw_projection(plot: pg.PlotItem, items: ChartItems, a: Assessment, look: _Look) -> None:
    """The trend projection, dotted in the status colour, ending in the status's marker."""
    if not a.projection:
        return
    status = style.status_style(a.status)
    pen = _pen(status.color, look.width, style.PROJECTION_STYLE)
    items.projection = pg.PlotDataItem(*_xy(a.projection), pen=pen)
    plot.addItem(items.projection)
    if a.projected_value is None:
        return
    end_year = a.projection[-1][0]
    items.projected = pg.ScatterPlotItem(
        [end_year],
        [a.projected_value],
        symbol=status.marker,
        size=look.marker + 2,
        brush=pg.mkBrush(status.color),
        pen=pg.mkPen(status.color),
    )
    plot.addItem(items.projected)
    if not look.compact:
        text = f"{tr('预测', 'Projected')} {value_text(a.projected_value)}"
        _label(plot, items, text, end_year, a.projected_value, status.color, (-0.12, 0.5))


def _draw_baseline(plot: pg.PlotItem, items: ChartItems, a: Assessment, look: _Look) -> None:
    if a.baseline is None:
        return
    year, value = a.baseline.year, a.baseline.value
    items.baseline = pg.ScatterPlotItem(
        [year],
        [value],
        symbol="s",
        size=look.marker + 4,
        brush=pg.mkBrush(None),
        pen=pg.mkPen(style.BASELINE_COLOR, width=2),
    )
    plot.addItem(items.baseline)
    if not look.compact:
        text = f"{tr('基期', 'Baseline')} {year}"
        _label(plot, items, text, year, value, style.BASELINE_COLOR, (0.5, -0.4))


def labelled_indexes(count: int, most: int = MAX_VALUE_LABELS) -> list[int]:
    """Which of `count` points get a value label: all when they fit, else evenly spaced ones that
    always include the first and the latest (a label per point of a long series is unreadable)."""
    if count <= most:
        return list(range(count))
    step = (count - 1) / (most - 1)
    return sorted({round(i * step) for i in range(most)})


def _draw_average(plot: pg.PlotItem, items: ChartItems, a: Assessment, look: _Look) -> None:
    """The running average of yearly rates (avg_growth goals), dashed, apart from the yearly points."""
    if not a.average_points:
        return
    pen = _pen(style.AVERAGE_COLOR, look.width, style.AVERAGE_STYLE)
    items.average = pg.PlotDataItem(*_xy(a.average_points), pen=pen)
    plot.addItem(items.average)


def _draw_actuals(plot: pg.PlotItem, items: ChartItems, a: Assessment, look: _Look) -> None:
    """The actuals as a line with markers, values labelled above their markers."""
    if not a.actual_points:
        return
    xs, ys = _xy(a.actual_points)
    items.actuals = pg.PlotDataItem(
        xs,
        ys,
        pen=_pen(style.ACTUAL_COLOR, look.width),
        symbol="o",
        symbolSize=look.marker,
        symbolBrush=pg.mkBrush(style.ACTUAL_COLOR),
        symbolPen=pg.mkPen(style.BACKGROUND),
    )
    plot.addItem(items.actuals)
    if not look.compact:
        for i in labelled_indexes(len(xs)):
            _label(plot, items, value_text(ys[i]), xs[i], ys[i], style.ACTUAL_COLOR, (0.5, 1.25))
