"""Axes every chart shares: whole years on the time axis, and tick labels that are never lost.

pyqtgraph's default axis puts ticks at 2020.0 / 2020.5 when a chart spans two years, and sizes
the space for tick labels only while painting: a chart rendered once (an export, a dashboard
thumbnail) is painted before its axes have grown to their labels, which are then cut or missing.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QPainter, QPicture

YEAR_LABEL_PIXELS = 38  # a four-digit year and the gap to the next one
YEAR_STEPS = (1, 2, 5, 10, 20, 50)


def year_ticks(first: float, last: float, pixels: float) -> list[int]:
    """The whole years between `first` and `last` to label on an axis `pixels` long: every year,
    else every 2nd, 5th, 10th… (multiples of the step), as many as fit side by side."""
    start, end = math.ceil(first), math.floor(last)
    if end < start:
        return []
    fits = max(1, int(pixels // YEAR_LABEL_PIXELS))
    step = next((s for s in YEAR_STEPS if (end - start) // s + 1 <= fits), YEAR_STEPS[-1])
    return list(range(start + (-start % step), end + 1, step))


class YearAxis(pg.AxisItem):
    """A time axis labelled with whole years only ('2020', never '2020.5')."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        # The first and last year may reach past the plot's edge a little: show them anyway.
        self.setStyle(hideOverlappingLabels=YEAR_LABEL_PIXELS // 2)

    def tickValues(self, minVal, maxVal, size):
        years = year_ticks(minVal, maxVal, size)
        return [(1.0, [float(year) for year in years])] if years else []

    def tickStrings(self, values, scale, spacing):
        return [str(round(value)) for value in values]


def settle_axes(plot: pg.PlotItem) -> None:
    """Size the plot's axes to their tick labels now, before a one-off rendering (pyqtgraph would
    do it during the first paint, after the labels were already cut); the caller lays out next."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if axis.style["tickFont"]:
                painter.setFont(axis.style["tickFont"])
            axis.generateDrawSpecs(painter)  # measures the labels; the axis grows to fit them
        finally:
            painter.end()
        axis.picture = None  # drawn again at its new size
