"""Fitting chart text (titles, goals as stated, source lines) into the width a chart has."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


def wrap_lines(text: str, font: QFont, width: float, max_lines: int | None = 2) -> list[str]:
    """Break `text` into lines no wider than `width` (character by character, as Chinese allows);
    the last line is elided with … when the text needs more than `max_lines` (None: never)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    current = ""
    for char in " ".join(text.split()):
        if current and metrics.horizontalAdvance(current + char) > width:
            lines.append(current)
            current = char.lstrip()
        else:
            current += char
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        rest = "".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines


def fitted_html(text: str, font: QFont, width: float, max_lines: int | None = 2) -> str:
    """`wrap_lines` joined as escaped HTML lines."""
    return "<br>".join(html.escape(line) for line in wrap_lines(text, font, width, max_lines))
