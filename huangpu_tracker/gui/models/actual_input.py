"""What an analyst types into an actuals cell or a year field, read by the rules of
`huangpu_tracker.actuals.parse` (the same as for a file's rows) and refused in the UI language.

Refusals raise InputError with a one-line message shown next to the cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from huangpu_tracker.actuals import parse
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui.settings import tr

T = TypeVar("T")


class InputError(TrackerError):
    """Typed input that cannot become an actual figure."""


def _in_ui_language(read: Callable[..., T], *args: object) -> T:
    try:
        return read(*args)
    except parse.FigureError as exc:
        raise InputError(tr(exc.chinese, exc.english)) from None


def parse_value(text: str, default_unit: str | None) -> tuple[float, str | None]:
    """The number and unit typed; the unit defaults to the target's and must convert into it."""
    return _in_ui_language(parse.typed_figure, text, default_unit)


def check_unit(unit: str | None, target_unit: str | None) -> None:
    """Refuse a unit that does not convert into the target's unit (亿元 for a target in 家)."""
    _in_ui_language(parse.check_unit, unit, target_unit)


def parse_number(text: str) -> float:
    """A number typed into a form field ("1,234.5"; "1,5" and "1_000" refused)."""
    return _in_ui_language(parse.parse_number, text)


def parse_year(text: str) -> int:
    """A whole year within 1949–2100."""
    return _in_ui_language(parse.parse_year, text)
