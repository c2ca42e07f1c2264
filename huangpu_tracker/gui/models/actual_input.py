"""Reading what an analyst types into an actuals cell: '4.38', '4.38%', '1.2万亿元', '1,234'.

Refusals raise InputError with a one-line message shown next to the cell (in the UI language).
"""

from __future__ import annotations

import math
import re

from huangpu_tracker.actuals.read_file import number_from_text
from huangpu_tracker.assessment.units import UnitError, convert
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.extraction.units import is_count
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.store.validation import MAX_YEAR, MIN_YEAR

_NUMBER = re.compile(r"^\s*([+-]?(?:\d[\d,，_]*(?:\.\d*)?|\.\d+))\s*(.*?)\s*$")


class InputError(TrackerError):
    """Typed input that cannot become an actual figure."""


def parse_value(text: str, default_unit: str | None) -> tuple[float, str | None]:
    """The number and unit typed; the unit defaults to the target's and must convert into it."""
    match = _NUMBER.match(text.replace("\u3000", " "))
    if not match:
        raise InputError(tr(f"“{text.strip()}”不是数字", f"“{text.strip()}” is not a number"))
    try:  # thousands separators only in groups of three: "1,5" is refused, never read as 15
        value = number_from_text(match.group(1).replace("，", ","))
    except ValueError as exc:
        raise InputError(tr(str(exc).split(" / ")[0], str(exc).split(" / ")[-1])) from None
    unit = match.group(2) or default_unit
    check_unit(unit, default_unit)
    if not math.isfinite(value):
        raise InputError(tr("数值无效", "invalid number"))
    if value < 0 and is_count(unit):
        raise InputError(tr(f"数量不能为负数:{text.strip()}", f"a count cannot be negative: {text.strip()}"))
    return value, unit


def check_unit(unit: str | None, target_unit: str | None) -> None:
    """Refuse a unit that does not convert into the target's unit (亿元 for a target in 家)."""
    if not unit or not target_unit:
        return
    try:
        convert(1.0, unit, target_unit)
    except UnitError as exc:
        raise InputError(tr(str(exc), f"unit {unit} does not convert into {target_unit}")) from exc


def parse_year(text: str) -> int:
    """A whole year within 1949–2100."""
    cleaned = text.strip().removesuffix("年")
    if not re.fullmatch(r"\d{1,4}", cleaned):
        raise InputError(tr(f"“{text.strip()}”不是年份", f"“{text.strip()}” is not a year"))
    year = int(cleaned)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InputError(
            tr(f"年份须在 {MIN_YEAR}–{MAX_YEAR} 之间", f"the year must be within {MIN_YEAR}–{MAX_YEAR}")
        )
    return year
