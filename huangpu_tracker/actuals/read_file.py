"""Reading a file of actual figures (CSV or XLSX) and checking every row before anything is stored.

Columns (first row; Chinese or English names, and the "中文 english" headers of our own data
export): `target_id` (目标编号) or `indicator_id` (指标编号), `year` (年份), `value` (数值),
`unit` (单位, optional; a value may carry it: 5%, 4000亿元), `note` (备注, optional); other
columns are ignored. CSV may be UTF-8 (with or without BOM), GB18030 or UTF-16 (with BOM); every
sheet of a workbook that has these columns is read (the others are named as skipped). A file
with any bad row is refused whole: `check_rows` returns every problem with its row number (and
sheet), and the caller stores nothing. Numbers are read strictly: thousands separators only in
groups of three, no underscores; a percent-formatted Excel cell is the percentage it shows (the
rules of actuals/parse.py, the same as for a typed figure).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from huangpu_tracker.actuals.parse import (
    FigureError,
    cell_text,
    parse_id,
    parse_number,
    parse_year,
    shown,
    split_unit,
)
from huangpu_tracker.actuals.sheets import FormulaCell, PercentCell, SheetsError, read_sheets
from huangpu_tracker.assessment.units import UnitError, convert
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.limits import MAX_ACTUALS_FILE_BYTES, MAX_ACTUALS_ROWS
from huangpu_tracker.paths import input_problem

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
_SEPARATORS = {";": "分号 semicolon ';'", "\t": "制表符 tab"}


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


def _unquote_formula(text: str) -> str:
    """Undo the apostrophe our CSV export puts before text that would run as a formula."""
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text


def _column_of(header: str) -> str | None:
    words = cell_text(header).casefold().split()
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
        return _csv_rows(path, text)
    raise ActualsFileError(
        f"{path.name}: 无法识别文件编码(支持 UTF-8、GB18030、UTF-16) / unreadable encoding"
    )


def _csv_rows(path: Path, text: str) -> list[list[object]]:
    """The CSV rows; a field over csv's 128 KB limit (or an unmatched quote that swallows the rest
    of the file) is refused with its line, and the row limit holds."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[list[object]] = []
    try:
        for row in reader:
            rows.append(list(row))
            if len(rows) > MAX_ACTUALS_ROWS:
                raise ActualsFileError(
                    f"{path.name}: 超过 {MAX_ACTUALS_ROWS:,} 行的上限 / over the row limit"
                )
    except csv.Error as exc:
        raise ActualsFileError(
            f"{path.name}: 第 {reader.line_num} 行 line {reader.line_num}: 字段超过 "
            f"{csv.field_size_limit() // 1024} KB,或引号不成对 / a field over "
            f"{csv.field_size_limit() // 1024} KB or an unmatched quote ({exc})"
        ) from None
    return rows


def _separator_note(rows: list[list[object]]) -> str:
    """When a CSV's header is one cell holding ';' or tabs: which separator the file uses."""
    for separator, name in _SEPARATORS.items():
        first = next((str(row[0]) for row in rows[:_HEADER_SEARCH_ROWS] if len(row) == 1), "")
        if separator in first and _find_header([first.split(separator)]) is not None:
            return f";文件用{name}分隔,请存为逗号分隔的 CSV / the file is separated by {name}, not commas"
    return ""


def _columns(header: Sequence[object]) -> list[str | None]:
    return [_column_of(str(cell)) if cell is not None else None for cell in header]


def _find_header(rows: Sequence[Sequence[object]]) -> tuple[int, list[str | None]] | None:
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


class Table(list):
    """The rows of a file as {column: cell} keyed by our column names, with `_row` (and `_sheet`
    in a workbook); `sheets_read` and `sheets_skipped` name the sheets (empty for CSV)."""

    def __init__(self, rows: Iterable[dict[str, object]] = ()) -> None:
        super().__init__(rows)
        self.sheets_read: list[str] = []
        self.sheets_skipped: list[str] = []


def _records(rows: list[list[object]], sheet: str | None) -> list[dict[str, object]] | None:
    """The data rows under the sheet's header, or None when no header names the needed columns."""
    found = _find_header(rows)
    if found is None:
        return None
    header_index, columns = found
    table = []
    for number, cells in enumerate(rows[header_index + 1 :], start=header_index + 2):
        if all(cell_text(cell) == "" for cell in cells):
            continue
        record: dict[str, object] = {"_row": number, "_sheet": sheet}
        for column, cell in zip(columns, cells, strict=False):
            if column and record.get(column) in (None, ""):
                record[column] = cell
        table.append(record)
    return table


def read_table(path: Path) -> Table:
    """The rows of a CSV/XLSX file (every sheet with the needed columns), as a Table."""
    suffix = path.suffix.lower()
    problem = input_problem(path, MAX_ACTUALS_FILE_BYTES)
    if problem:
        raise ActualsFileError(f"{path}: {problem}")
    if suffix == ".csv":
        rows = _read_csv(path)
        if not rows:
            raise ActualsFileError(f"{path.name}: 文件为空 / empty file")
        records = _records(rows, None)
        if records is None:
            missing = ", ".join(_missing_columns(_columns(rows[0])))
            raise ActualsFileError(f"{path.name}: 缺少列 missing column(s): {missing}{_separator_note(rows)}")
        return Table(records)
    if suffix != ".xlsx":
        raise ActualsFileError(f"{path.name}: 只支持 .csv 和 .xlsx / only .csv and .xlsx files")
    try:
        sheets = read_sheets(path)
    except SheetsError as exc:
        raise ActualsFileError(f"{path.name}: {exc}") from None
    table = Table()
    for name, rows in sheets:
        records = _records(rows, name)
        (table.sheets_skipped if records is None else table.sheets_read).append(name)
        table.extend(records or [])
    if not table.sheets_read:
        if not any(rows for _, rows in sheets):
            raise ActualsFileError(f"{path.name}: 文件为空 / empty file")
        first = next(rows for _, rows in sheets if rows)
        missing = ", ".join(_missing_columns(_columns(first[0])))
        names = "、".join(table.sheets_skipped)
        raise ActualsFileError(
            f"{path.name}: 工作表 {names} 缺少列 missing column(s) in sheet(s) {names}: {missing}"
        )
    if len(table.sheets_read) == 1:  # rows are named by their sheet only when several were read
        for record in table:
            record["_sheet"] = None
    return table


def check_row(record: dict[str, object], resolve: Resolver) -> ActualRow:
    """One row checked and converted; ValueError with the reason (Chinese / English) otherwise."""
    for column, cell in record.items():
        if isinstance(cell, FormulaCell):
            raise ValueError(
                f"{column} 列的公式 {cell} 没有保存的计算结果(请在 Excel 中打开并保存) / "
                f"the formula in column {column} has no saved result (open and save it in Excel)"
            )
    kind = "target_id" if cell_text(record.get("target_id")) else "indicator_id"
    try:
        row_id = parse_id(record.get(kind))
    except ValueError as exc:
        raise ValueError(f"缺少或无效的目标/指标编号 target_id/indicator_id: {exc}") from None
    resolved = resolve(kind, row_id)
    if resolved is None:
        raise ValueError(f"{'目标' if kind == 'target_id' else '指标'} {row_id} 不存在 / unknown {kind}")
    indicator_id, series_unit = resolved.indicator_id, resolved.unit
    try:
        year = parse_year(record.get("year"))
    except ValueError as exc:
        raise ValueError(f"年份无效 / bad year {shown(record.get('year'))}: {exc}") from None
    number, written_unit = split_unit(record.get("value"))
    try:
        value = parse_number(number)
    except ValueError as exc:
        raise ValueError(f"数值无效 / bad value: {exc}") from None
    given_unit = cell_text(record.get("unit"))
    if written_unit and given_unit and written_unit != given_unit:
        raise ValueError(f"数值的单位 {written_unit} 与单位列 {given_unit} 不一致 / two different units")
    given_unit = given_unit or written_unit
    unit = given_unit or series_unit
    if resolved.unit_required and not given_unit:
        raise ValueError(
            f"增速目标的指标以 {series_unit} 记录:请录入 {series_unit} 水平值并注明单位,增速自动计算 / "
            f"the series holds levels in {series_unit}: give the level and its unit"
        )
    if isinstance(record.get("value"), PercentCell) and series_unit and series_unit != "%":
        raise ValueError(
            f"数值单元格是百分比格式(显示为 {record['value']}),但该指标以 {series_unit} 记录,"
            f"无法确定 / the cell is formatted as a percentage but the series is in {series_unit}"
        )
    if unit and series_unit and unit != series_unit:
        try:
            value, unit = convert(value, unit, series_unit), series_unit
        except UnitError as exc:
            raise FigureError(str(exc), f"unit {unit} does not convert into {series_unit}") from None
    note = _unquote_formula(cell_text(record.get("note"))) or None
    return ActualRow(int(str(record["_row"])), indicator_id, year, value, unit or None, note)


def _where(record: dict[str, object]) -> str:
    """Where a row is: "第 3 行 row 3", with its sheet in a workbook."""
    row, sheet = record["_row"], record.get("_sheet")
    if not sheet:
        return f"第 {row} 行 row {row}"
    return f"工作表 {sheet} 第 {row} 行 row {row} (sheet {sheet})"


def check_rows(records: list[dict[str, object]], resolve: Resolver) -> tuple[list[ActualRow], list[str]]:
    """Every row checked: the good rows and one problem line per bad row ("第 3 行: …")."""
    good, problems = [], []
    seen: dict[tuple[int, int], dict[str, object]] = {}
    for record in records:
        try:
            row = check_row(record, resolve)
        except ValueError as exc:
            problems.append(f"{_where(record)}: {exc}")
            continue
        key = (row.indicator_id, row.year)
        if key in seen:
            first = seen[key]
            duplicate = f"与第 {first['_row']} 行重复(同一指标同一年份) / duplicate of row {first['_row']}"
            sheet = first.get("_sheet")
            duplicate += f" (sheet {sheet})" if sheet and sheet != record.get("_sheet") else ""
            problems.append(f"{_where(record)}: {duplicate}")
            continue
        seen[key] = record
        good.append(row)
    return good, problems


@dataclass(frozen=True)
class ActualsFile:
    """A checked file: its rows, and in a workbook the sheets read and skipped (no needed columns)."""

    rows: list[ActualRow]
    sheets_read: list[str] = field(default_factory=list)
    sheets_skipped: list[str] = field(default_factory=list)


def load_actuals_file(path: Path, resolve: Resolver) -> ActualsFile:
    """Read and check a whole file; ActualsFileError listing every bad row if any row is bad."""
    table = read_table(path)
    rows, problems = check_rows(table, resolve)
    if problems:
        raise ActualsFileError(
            f"{path.name}: {len(problems)} 行有误,未导入任何数据 / bad rows, nothing imported",
            problems,
        )
    if not rows:
        raise ActualsFileError(f"{path.name}: 没有数据行 / no data rows")
    return ActualsFile(rows, table.sheets_read, table.sheets_skipped)
