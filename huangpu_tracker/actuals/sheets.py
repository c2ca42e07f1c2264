"""Reading the cells of an actuals workbook (.xlsx): every sheet, with what Excel shows.

`values_only` would lose what the analyst sees: a cell formatted as a percentage shows 5.2 %
but holds 0.052, and a formula saved without its result holds nothing. Such cells come back as
`PercentCell` and `FormulaCell`, for the row checks to convert or refuse by name. The archive is
checked against the limits first, and reading stops at the row and cell limits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huangpu_tracker.documents.archive import ArchiveError, DamagedArchiveError, check_archive
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.limits import MAX_ACTUALS_CELLS, MAX_ACTUALS_ROWS, MAX_WORKBOOK_DECOMPRESSED_BYTES


class SheetsError(TrackerError):
    """The workbook cannot be read (the message says why, without the file name)."""


@dataclass(frozen=True)
class PercentCell:
    """A number in a cell formatted as a percentage: `value` 0.052 is shown as 5.2 %."""

    value: float

    def __str__(self) -> str:
        return f"{self.value * 100:g}%"


@dataclass(frozen=True)
class FormulaCell:
    """A formula whose result was never saved (written by a program, not by Excel)."""

    formula: str

    def __str__(self) -> str:
        return self.formula


def read_sheets(path: Path) -> list[tuple[str, list[list[object]]]]:
    """(sheet name, rows of cells) for every worksheet of the workbook at `path`."""
    from openpyxl import load_workbook

    try:
        check_archive(path, "xl/workbook.xml", ("xl/worksheets/",), MAX_WORKBOOK_DECOMPRESSED_BYTES)
    except DamagedArchiveError as exc:
        raise SheetsError(f"不是有效的 Excel 文件 / not a valid .xlsx file ({exc})") from exc
    except ArchiveError as exc:
        raise SheetsError(f"Excel .xlsx: {exc}") from exc
    # openpyxl reports a damaged workbook with whatever its zip/XML layers raise (KeyError, lxml's
    # XMLSyntaxError, TypeError...), while opening or while reading rows lazily.
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            counts = [0, 0]
            sheets = [(sheet.title, list(_rows(sheet, counts))) for sheet in workbook.worksheets]
        finally:
            workbook.close()
        return [(name, _with_formulas(path, name, rows)) for name, rows in sheets]
    except SheetsError:
        raise
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SheetsError(f"不是有效的 Excel 文件 / not a valid .xlsx file ({reason})") from exc


def _rows(sheet: Any, counts: list[int]) -> Iterator[list[object]]:
    """The sheet's rows as cell values (percent cells marked), counting rows and cells against
    the limits of the whole file."""
    for row in sheet.iter_rows():
        counts[0] += 1
        counts[1] += len(row)
        if counts[0] > MAX_ACTUALS_ROWS or counts[1] > MAX_ACTUALS_CELLS:
            limits = f"{MAX_ACTUALS_ROWS:,} rows or {MAX_ACTUALS_CELLS:,} cells"
            raise SheetsError(
                f"工作表 {sheet.title} 超过上限 / sheet {sheet.title} is over the {limits} limit"
            )
        yield [_cell(cell) for cell in row]


def _cell(cell: Any) -> object:
    value = cell.value
    fmt = getattr(cell, "number_format", None) or ""
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in fmt:
        return PercentCell(float(value))
    return value


def _with_formulas(path: Path, sheet_name: str, rows: list[list[object]]) -> list[list[object]]:
    """Rows whose empty cells that hold a formula without a saved result show that formula. A
    second read, only when the first found empty cells inside rows that hold data."""
    if not any(cell is None for row in rows if any(c is not None for c in row) for cell in row):
        return rows
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=False)
    try:
        formulas = workbook[sheet_name].iter_rows(values_only=True)
        for row, raw in zip(rows, formulas, strict=False):
            for index, cell in enumerate(raw[: len(row)]):
                if row[index] is None and isinstance(cell, str) and cell.startswith("="):
                    row[index] = FormulaCell(cell)
    finally:
        workbook.close()
    return rows
