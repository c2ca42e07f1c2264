"""Colours, line styles and status marks of the progress charts.

Colours come from the Okabe–Ito palette (distinguishable with the common colour-vision
deficiencies); every status also carries its own symbol and marker shape, and every series its
own line style, so nothing is told by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#777777"
TEXT = "#222222"
BACKGROUND = "#FFFFFF"

ACTUAL_COLOR = BLUE
BASELINE_COLOR = GREY
TARGET_COLOR = BLACK
TARGET_BAND_COLOR = (0, 0, 0, 90)  # hatched, so the band reads as a pattern, not a colour
REQUIRED_COLOR = "#555555"
# The projection is drawn in its status's colour (and ends in the status's marker).
PERIOD_COLOR = (86, 180, 233, 45)  # sky blue, translucent

REQUIRED_STYLE = Qt.PenStyle.DashLine
PROJECTION_STYLE = Qt.PenStyle.DotLine
TARGET_BAND_PATTERN = Qt.BrushStyle.BDiagPattern

# How the target marker shows its comparator: ▲ at least, ▼ at most, ◆ about, bounds of a range.
COMPARATOR_MARKERS: dict[str, str] = {"min": "t1", "reach": "t1", "max": "t", "approx": "d", "range": "d"}


@dataclass(frozen=True)
class StatusStyle:
    """How one status looks: colour, a text symbol and a pyqtgraph marker shape."""

    color: str
    symbol: str
    marker: str


STATUS_STYLES: dict[str, StatusStyle] = {
    "achieved": StatusStyle(BLUISH_GREEN, "★", "star"),
    "on_track": StatusStyle(BLUISH_GREEN, "●", "o"),
    "moderate": StatusStyle(ORANGE, "◆", "d"),
    "insufficient": StatusStyle(VERMILLION, "▲", "t1"),
    "moving_away": StatusStyle(REDDISH_PURPLE, "▼", "t"),
    "missed": StatusStyle(BLACK, "✖", "x"),
}
UNKNOWN_STATUS = StatusStyle(GREY, "○", "s")


def status_style(code: str) -> StatusStyle:
    """The look of a status code; 'not_assessable' and unknown codes get a neutral grey."""
    return STATUS_STYLES.get(code, UNKNOWN_STATUS)
