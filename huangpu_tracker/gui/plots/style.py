"""Colours, line styles and status marks of the progress charts.

Status colours and symbols are the ones the report uses too (`assessment.look`, Okabe–Ito
palette); every status also carries its own marker shape, and every series its own line style,
so nothing is told by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from huangpu_tracker.assessment.look import BLACK, BLUE, GREY, ORANGE, status_look

TEXT = "#222222"
BACKGROUND = "#FFFFFF"

ACTUAL_COLOR = BLUE
AVERAGE_COLOR = ORANGE  # avg_growth goals: the running average beside the yearly rates
BASELINE_COLOR = GREY
TARGET_COLOR = BLACK
TARGET_BAND_COLOR = (0, 0, 0, 90)  # hatched, so the band reads as a pattern, not a colour
REQUIRED_COLOR = "#555555"
# The projection is drawn in its status's colour (and ends in the status's marker).
PERIOD_COLOR = (86, 180, 233, 45)  # sky blue, translucent

REQUIRED_STYLE = Qt.PenStyle.DashLine
PROJECTION_STYLE = Qt.PenStyle.DotLine
AVERAGE_STYLE = Qt.PenStyle.DashDotLine
TARGET_BAND_PATTERN = Qt.BrushStyle.BDiagPattern

# How the target marker shows its comparator: ▲ at least, ▼ at most, ◆ about, bounds of a range.
COMPARATOR_MARKERS: dict[str, str] = {"min": "t1", "reach": "t1", "max": "t", "approx": "d", "range": "d"}


@dataclass(frozen=True)
class StatusStyle:
    """How one status looks: colour, a text symbol and a pyqtgraph marker shape."""

    color: str
    symbol: str
    marker: str


STATUS_MARKERS: dict[str, str] = {
    "achieved": "star",
    "on_track": "o",
    "nearly_on_track": "p",
    "moderate": "d",
    "insufficient": "t1",
    "moving_away": "t",
    "missed": "x",
}


def status_style(code: str) -> StatusStyle:
    """The look of a status code (colour and symbol shared with the report); 'not_assessable' and
    unknown codes get a neutral grey square."""
    color, symbol = status_look(code)
    return StatusStyle(color, symbol, STATUS_MARKERS.get(code, "s"))
