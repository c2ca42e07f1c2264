"""How a status looks wherever it is shown (charts, table, report): a colour and a text symbol.

Colours come from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
distinguishable with the common colour-vision deficiencies; every status also has its own
symbol, so nothing is told by colour alone.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
BLUISH_GREEN = "#009E73"
BLUE = "#0072B2"
SKY_BLUE = "#56B4E9"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#777777"

# status code -> (colour, symbol)
STATUS_LOOKS: dict[str, tuple[str, str]] = {
    "achieved": (BLUISH_GREEN, "★"),
    "on_track": (BLUISH_GREEN, "●"),
    "nearly_on_track": (SKY_BLUE, "◐"),
    "moderate": (ORANGE, "◆"),
    "insufficient": (VERMILLION, "▲"),
    "moving_away": (REDDISH_PURPLE, "▼"),
    "missed": (BLACK, "✖"),
    "not_assessable": (GREY, "○"),
}


def status_look(code: str) -> tuple[str, str]:
    """(colour, symbol) of a status code; unknown codes look like 'not_assessable'."""
    return STATUS_LOOKS.get(code, STATUS_LOOKS["not_assessable"])
