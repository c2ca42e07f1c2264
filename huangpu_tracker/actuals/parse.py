"""Reading one actual figure, its year and its unit: typed in the app, set on the command line or
read from a cell of an imported file, with the same rules and the same messages.

Numbers are read strictly: thousands separators only in groups of three (1,234.5), no underscores
(Python would read 1_000), full-width digits as digits; a figure may carry its unit (5%, 4000亿元),
which must convert into the series' unit. Every refusal is a FigureError with a Chinese and an
English message, so the app can show the one of its language and a file's check both.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata

from huangpu_tracker.actuals.sheets import FormulaCell, PercentCell
from huangpu_tracker.assessment.units import UnitError, convert
from huangpu_tracker.extraction.units import is_count
from huangpu_tracker.store.validation import MAX_YEAR, MIN_YEAR

MAX_ID = 2**63 - 1  # SQLite's largest integer
_VALUE_WITH_UNIT = re.compile(r"([-+]?[\d.,_]+)\s*([^\d\s.,_+-][^\d]*)")
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")
_GROUPED_NUMBER = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")


class FigureError(ValueError):
    """A figure, year, id or unit that cannot be read; `str()` is "中文 / English"."""

    def __init__(self, chinese: str, english: str) -> None:
        super().__init__(f"{chinese} / {english}")
        self.chinese, self.english = chinese, english


def cell_text(cell: object) -> str:
    """A cell as text: full-width characters folded (NFKC), surrounding space stripped."""
    return unicodedata.normalize("NFKC", str(cell)).strip() if cell is not None else ""


def shown(cell: object) -> str:
    """A cell as the analyst sees it in a message (a date as a date, not datetime.datetime(…))."""
    if isinstance(cell, datetime.datetime | datetime.date):
        return f"日期 date {cell:%Y-%m-%d}"
    if isinstance(cell, FormulaCell):
        return f"公式 formula {cell}"
    return repr(cell) if isinstance(cell, str) else str(cell)


def number_from_text(text: str) -> float:
    """A number written as text: 1234.5, -3, "1,234.5" (thousands separators only in groups of
    three), 1e3. FigureError with the reason otherwise: "1,5" (a decimal comma?), "1,2,3,4",
    "1_000" (Python would read all three)."""
    text = cell_text(text)
    if "_" in text:
        raise FigureError(f"数字中不能有下划线:{text!r}", f"no underscores in numbers: {text!r}")
    if _PLAIN_NUMBER.fullmatch(text):
        return float(text)
    if _GROUPED_NUMBER.fullmatch(text):
        return float(text.replace(",", ""))
    if "," in text and re.fullmatch(r"[-+]?[\d,]+(?:\.\d*)?", text):
        raise FigureError(
            f"千位分隔符须每三位一组(如 1,234.5),小数点用 .:{text!r}",
            f"thousands separators must group three digits (1,234.5) and decimals take a point: {text!r}",
        )
    raise FigureError(f"“{text}”不是数字", f"“{text}” is not a number")


def parse_number(cell: object) -> float:
    """A finite number from a cell: 1234.5, "1,234.5", "１２３" (full-width); FigureError (with the
    reason) otherwise."""
    if isinstance(cell, bool | datetime.date | datetime.time | FormulaCell):
        raise FigureError(f"不是数字:{shown(cell)}", f"not a number: {shown(cell)}")
    number = float(cell) if isinstance(cell, int | float) else number_from_text(str(cell or ""))
    if not math.isfinite(number):
        raise FigureError(f"不是有限的数:{shown(cell)}", f"not a finite number: {shown(cell)}")
    return number


def parse_id(cell: object) -> int:
    """A row id from a cell: 12, 12.0, "12"; FigureError for fractions and ids no store can hold."""
    number = cell if isinstance(cell, int) and not isinstance(cell, bool) else parse_number(cell)
    if isinstance(number, float):
        if not number.is_integer():
            raise FigureError(f"编号须为整数:{shown(cell)}", f"an id is a whole number: {shown(cell)}")
        number = int(number)
    if not 1 <= number <= MAX_ID:
        raise FigureError(f"编号超出范围:{shown(cell)}", f"id out of range: {shown(cell)}")
    return number


def split_unit(cell: object) -> tuple[object, str]:
    """A value written with its unit: "5%" -> ("5", "%"), "4000 亿元" -> ("4000", "亿元"); a cell
    formatted as a percentage is the percentage Excel shows; any other cell comes back as it is,
    with no unit."""
    if isinstance(cell, PercentCell):  # Excel shows 5.2 % for 0.052: the figure is 5.2 %
        return round(cell.value * 100, 10), "%"
    if not isinstance(cell, str):
        return cell, ""
    match = _VALUE_WITH_UNIT.fullmatch(cell_text(cell))
    return (match.group(1), match.group(2)) if match else (cell, "")


def parse_year(cell: object) -> int:
    """A year 1949–2100: 2021, 2021.0, "2021", "2021年", "２０２１"; FigureError otherwise (a
    date-typed cell too: Excel shows 2021-01-01, and which year is meant is the analyst's call)."""
    if isinstance(cell, datetime.date | datetime.time):
        raise FigureError(f"单元格是日期 {shown(cell)},请填年份数字", "the cell is a date, not a year")
    if isinstance(cell, str):
        cell = cell_text(cell).removesuffix("年")
        if not (_PLAIN_NUMBER.fullmatch(cell) or "_" in cell or "," in cell):
            raise FigureError(f"“{cell}”不是年份", f"“{cell}” is not a year")
    number = parse_number(cell)
    if not number.is_integer() or not MIN_YEAR <= number <= MAX_YEAR:
        raise FigureError(f"须为 {MIN_YEAR}–{MAX_YEAR} 的整数", f"must be a whole year {MIN_YEAR}–{MAX_YEAR}")
    return int(number)


def check_unit(unit: str | None, series_unit: str | None) -> None:
    """Refuse a unit that does not convert into the series' unit (亿元 for a series in 家)."""
    if not unit or not series_unit:
        return
    try:
        convert(1.0, unit, series_unit)
    except UnitError as exc:
        raise FigureError(str(exc), f"unit {unit} does not convert into {series_unit}") from None


def typed_figure(text: str, series_unit: str | None) -> tuple[float, str | None]:
    """The number and unit typed ('4.38', '4.38%', '1.2万亿元', '1,234'): the unit defaults to the
    series' and must convert into it; a count is never negative."""
    number, written_unit = split_unit(text)
    value = parse_number(number)
    unit = written_unit or series_unit
    check_unit(unit, series_unit)
    if value < 0 and is_count(unit):
        raise FigureError(f"数量不能为负数:{text.strip()}", f"a count cannot be negative: {text.strip()}")
    return value, unit
