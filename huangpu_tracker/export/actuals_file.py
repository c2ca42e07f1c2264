"""Reading a file of actual figures (CSV or XLSX) and checking every row before anything is stored.

Columns (first row; Chinese or English names, and the "中文 english" headers of our own data
export): `target_id` (目标编号) or `indicator_id` (指标编号), `year` (年份), `value` (数值),
`unit` (单位, optional; a value may carry it: 5%, 4000亿元), `note` (备注, optional); other
columns are ignored. CSV may be UTF-8 (with or without BOM), GB18030 or UTF-16 (with BOM). A
file with any bad row is refused whole: `check_rows` returns every problem with its row number,
and the caller stores nothing.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from huangpu_tracker.assessment.units import UnitError, convert
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.store.validation import MAX_YEAR, MIN_YEAR

MAX_ID = 2**63 - 1  # SQLite's largest integer
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "target_id": ("target_id", "目标编号", "目标id"),
    "indicator_id": ("indicator_id", "指标编号", "指标id"),
    "year": ("year", "年份", "年度"),
    "value": ("value", "数值", "实际值", "值"),
    "unit": ("unit", "单位"),
    "note": ("note", "备注", "说明"),
}
_ENCODINGS = ("utf-8-sig", "gb18030")
_HEADER_SEARCH_ROWS = 10  # title and note rows tolerated above the header
_VALUE_WITH_UNIT = re.compile(r"([-+]?[\d.,]+)\s*([^\d\s.,+-][^\d]*)")


class ActualsFileError(TrackerError):
    """The file cannot be read as a table of actuals (format, encoding, columns), or has bad rows."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class ActualRow:
    """A checked row, ready to store: the value is already in the series' unit."""

    row_number: int
    indicator_id: int
    year: int
    value: float
    unit: str | None
    note: str | None


@dataclass(frozen=True)
class Series:
    """Where a row's figure goes: the indicator, the unit figures are stored in, and whether the
    unit must be written out (a growth target on a series of levels: the level is entered)."""

    indicator_id: int
    unit: str | None
    unit_required: bool = False


# Looks up ("target_id" | "indicator_id", id) → Series, or None when there is no such row.
Resolver = Callable[[str, int], "Series | None"]


def _normalise(cell: object) -> str:
    return unicodedata.normalize("NFKC", str(cell)).strip() if cell is not None else ""


def _unquote_formula(text: str) -> str:
    """Undo the apostrophe our CSV export puts before text that would run as a formula."""
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text


def _column_of(header: str) -> str | None:
    words = _normalise(header).casefold().split()
    for column, names in COLUMN_NAMES.items():
        if any(word in names for word in words):
            return column
    return None


def _read_csv(path: Path) -> list[list[object]]:
    data = path.read_bytes()
    # Excel's "Unicode" CSV is UTF-16 with a byte-order mark; without one, UTF-8 then GB18030.
    encodings = ("utf-16",) if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _ENCODINGS
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""))]
    raise ActualsFileError(
        f"{path.name}: 无法识别文件编码(支持 UTF-8、GB18030、UTF-16) / unreadable encoding"
    )


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    # openpyxl reports a damaged workbook with whatever its zip/XML layers raise (BadZipFile,
    # KeyError, lxml's XMLSyntaxError, TypeError...), while opening or while reading rows lazily.
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = (
                workbook["实际值 actuals"]
                if "实际值 actuals" in workbook.sheetnames
                else workbook.worksheets[0]
            )
            return [list(row) for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ActualsFileError(
            f"{path.name}: 不是有效的 Excel 文件 / not a valid .xlsx file ({reason})"
        ) from exc


def _columns(header: list[object]) -> list[str | None]:
    return [_column_of(str(cell)) if cell is not None else None for cell in header]


def _find_header(rows: list[list[object]]) -> tuple[int, list[str | None]] | None:
    """The first row naming the needed columns (sheets often start with a title row), and its columns."""
    for index, cells in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        columns = _columns(cells)
        if not _missing_columns(columns):
            return index, columns
    return None


def _missing_columns(columns: list[str | None]) -> list[str]:
    missing = [name for name in ("year", "value") if name not in columns]
    if "target_id" not in columns and "indicator_id" not in columns:
        missing.insert(0, "target_id / indicator_id")
    return missing


def read_table(path: Path) -> list[dict[str, object]]:
    """The rows of a CSV/XLSX file as {column: cell}, keyed by our column names, with `_row`."""
    suffix = path.suffix.lower()
    if not path.is_file():
        reason = "不是普通文件 / not a regular file" if path.exists() else "文件不存在 / file not found"
        raise ActualsFileError(f"{path}: {reason}")
    if suffix == ".csv":
        rows = _read_csv(path)
    elif suffix == ".xlsx":
        rows = _read_xlsx(path)
    else:
        raise ActualsFileError(f"{path.name}: 只支持 .csv 和 .xlsx / only .csv and .xlsx files")
    if not rows:
        raise ActualsFileError(f"{path.name}: 文件为空 / empty file")
    found = _find_header(rows)
    if found is None:
        missing = ", ".join(_missing_columns(_columns(rows[0])))
        raise ActualsFileError(f"{path.name}: 缺少列 missing column(s): {missing}")
    header_index, columns = found
    table = []
    for number, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if all(_normalise(cell) == "" for cell in cells):
            continue
        record: dict[str, object] = {"_row": number}
        for column, cell in zip(columns, cells, strict=False):
            if column and record.get(column) in (None, ""):
                record[column] = cell
        table.append(record)
    return table


def parse_number(cell: object) -> float:
    """A finite number from a cell: 1234.5, "1,234.5", "１２３" (full-width); ValueError otherwise."""
    if isinstance(cell, bool):
        raise ValueError(cell)
    number = float(cell) if isinstance(cell, int | float) else float(_normalise(cell).replace(",", ""))
    if not math.isfinite(number):
        raise ValueError(cell)
    return number


def parse_id(cell: object) -> int:
    """A row id from a cell: 12, 12.0, "12"; ValueError for fractions and ids no store can hold."""
    number = cell if isinstance(cell, int) and not isinstance(cell, bool) else parse_number(cell)
    if isinstance(number, float):
        if not number.is_integer():
            raise ValueError(cell)
        number = int(number)
    if not 1 <= number <= MAX_ID:
        raise ValueError(cell)
    return number


def split_unit(cell: object) -> tuple[object, str]:
    """A value typed with its unit, as analysts do in Excel: "5%" -> ("5", "%"), "4000 亿元" ->
    ("4000", "亿元"); any other cell is returned as it is, with no unit."""
    if not isinstance(cell, str):
        return cell, ""
    match = _VALUE_WITH_UNIT.fullmatch(_normalise(cell))
    return (match.group(1), match.group(2)) if match else (cell, "")


def parse_year(cell: object) -> int:
    """A year 1949–2100 from a cell: 2021, 2021.0, "2021", "2021年"; ValueError otherwise."""
    if isinstance(cell, str):
        cell = _normalise(cell).removesuffix("年")
    number = parse_number(cell)
    if not number.is_integer() or not MIN_YEAR <= number <= MAX_YEAR:
        raise ValueError(cell)
    return int(number)


def check_row(record: dict[str, object], resolve: Resolver) -> ActualRow:
    """One row checked and converted; ValueError with the reason (Chinese / English) otherwise."""
    kind = "target_id" if _normalise(record.get("target_id")) else "indicator_id"
    try:
        row_id = parse_id(record.get(kind))
    except ValueError:
        raise ValueError(f"缺少或无效的目标/指标编号 target_id/indicator_id {record.get(kind)!r}") from None
    resolved = resolve(kind, row_id)
    if resolved is None:
        raise ValueError(f"{'目标' if kind == 'target_id' else '指标'} {row_id} 不存在 / unknown {kind}")
    indicator_id, series_unit = resolved.indicator_id, resolved.unit
    try:
        year = parse_year(record.get("year"))
    except ValueError:
        raise ValueError(f"年份无效(须为 {MIN_YEAR}–{MAX_YEAR}) / bad year {record.get('year')!r}") from None
    number, written_unit = split_unit(record.get("value"))
    try:
        value = parse_number(number)
    except ValueError:
        raise ValueError(f"数值无效 / value is not a number: {record.get('value')!r}") from None
    given_unit = _normalise(record.get("unit"))
    if written_unit and given_unit and written_unit != given_unit:
        raise ValueError(f"数值的单位 {written_unit} 与单位列 {given_unit} 不一致 / two different units")
    given_unit = given_unit or written_unit
    unit = given_unit or series_unit
    if resolved.unit_required and not given_unit:
        raise ValueError(
            f"增速目标的指标以 {series_unit} 记录:请录入 {series_unit} 水平值并注明单位,增速自动计算 / "
            f"the series holds levels in {series_unit}: give the level and its unit"
        )
    if unit and series_unit and unit != series_unit:
        try:
            value, unit = convert(value, unit, series_unit), series_unit
        except UnitError as exc:
            raise ValueError(str(exc)) from None
    note = _unquote_formula(_normalise(record.get("note"))) or None
    return ActualRow(int(str(record["_row"])), indicator_id, year, value, unit or None, note)


def check_rows(records: list[dict[str, object]], resolve: Resolver) -> tuple[list[ActualRow], list[str]]:
    """Every row checked: the good rows and one problem line per bad row ("第 3 行: …")."""
    good, problems = [], []
    seen: dict[tuple[int, int], int] = {}
    for record in records:
        try:
            row = check_row(record, resolve)
        except ValueError as exc:
            problems.append(f"第 {record['_row']} 行 row {record['_row']}: {exc}")
            continue
        key = (row.indicator_id, row.year)
        if key in seen:
            duplicate = f"与第 {seen[key]} 行重复(同一指标同一年份) / duplicate of row {seen[key]}"
            problems.append(f"第 {row.row_number} 行 row {row.row_number}: {duplicate}")
            continue
        seen[key] = row.row_number
        good.append(row)
    return good, problems


def load_actuals_file(path: Path, resolve: Resolver) -> list[ActualRow]:
    """Read and check a whole file; ActualsFileError listing every bad row if any row is bad."""
    rows, problems = check_rows(read_table(path), resolve)
    if problems:
        raise ActualsFileError(
            f"{path.name}: {len(problems)} 行有误,未导入任何数据 / bad rows, nothing imported",
            problems,
        )
    if not rows:
        raise ActualsFileError(f"{path.name}: 没有数据行 / no data rows")
    return rows
