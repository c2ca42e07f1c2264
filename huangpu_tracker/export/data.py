"""Data exports: targets, accepted actuals and statuses as XLSX (one sheet each, and the goals
with one column per year: `by_year`) or CSV.

Headers are one row, Chinese first then the English field name ("指标 metric"), so a reader of
either language finds the column and a program can split on the space. CSV files are written in
UTF-8 with a BOM (Excel opens them with the Chinese intact): `<out>.csv` holds the targets with
their status columns, `<stem>_actuals.csv` beside it the accepted actuals. The actuals sheet and
file re-import as they are (`huangpu-tracker actual import`).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from huangpu_tracker.export.by_year import SHEET_TITLE as YEAR_SHEET_TITLE
from huangpu_tracker.export.by_year import year_sheet
from huangpu_tracker.export.collect import TrackedTarget
from huangpu_tracker.export.files import ExportError, refuse_store_paths, replacing
from huangpu_tracker.paths import ensure_folder

__all__ = ["ExportError", "data_outputs", "write_data"]

Column = tuple[str, str, Callable[[TrackedTarget], Any]]


def _baseline(t: TrackedTarget, field: str) -> Any:
    return getattr(t.assessment.baseline, field) if t.assessment.baseline else None


def _latest(t: TrackedTarget, index: int) -> Any:
    return t.assessment.latest[index] if t.assessment.latest else None


def _rounded(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


TARGET_COLUMNS: list[Column] = [
    ("编号", "target_id", lambda t: t.row["id"]),
    ("主体", "entity", lambda t: t.row["entity"]),
    ("区域", "area", lambda t: t.row["area"]),
    ("指标", "metric", lambda t: t.row["metric"]),
    ("类型", "kind", lambda t: t.row["kind"]),
    ("比较", "comparator", lambda t: t.row["comparator"]),
    ("目标值", "value", lambda t: t.row["value"]),
    ("上限", "value_hi", lambda t: t.row["value_hi"]),
    ("单位", "unit", lambda t: t.row["unit"]),
    ("目标年", "target_year", lambda t: t.row["target_year"]),
    ("起始年", "period_start", lambda t: t.row["period_start"]),
    ("目标表述", "goal", lambda t: t.assessment.goal_text),
    ("审核状态", "review_state", lambda t: t.row["review_state"]),
    ("原文", "quote", lambda t: t.row["quote"]),
    ("来源", "sources", lambda t: "；".join(t.sources)),
    ("备注", "note", lambda t: t.row["note"]),
    ("指标编号", "indicator_id", lambda t: t.row["indicator_id"]),
]

STATUS_COLUMNS: list[Column] = [
    ("状态", "status", lambda t: t.assessment.status),
    ("进展", "label", lambda t: t.assessment.label_zh),
    ("说明", "reason", lambda t: t.assessment.reason),
    ("比值", "ratio", lambda t: _rounded(t.assessment.ratio)),
    ("所需速率", "required_rate", lambda t: _rounded(t.assessment.required_rate)),
    ("实际速率", "observed_rate", lambda t: _rounded(t.assessment.observed_rate)),
    ("速率单位", "rate_unit", lambda t: t.assessment.rate_unit),
    ("基期年", "baseline_year", lambda t: _baseline(t, "year")),
    ("基期值", "baseline_value", lambda t: _baseline(t, "value")),
    ("基期来源", "baseline_source", lambda t: _baseline(t, "source")),
    ("最新年份", "latest_year", lambda t: _latest(t, 0)),
    ("最新值", "latest_value", lambda t: _rounded(_latest(t, 1))),
    ("目标年预测值", "projected_value", lambda t: _rounded(t.assessment.projected_value)),
]

_KEY_FIELDS = ("target_id", "entity", "area", "metric", "target_year", "goal")
STATUS_SHEET_COLUMNS: list[Column] = [c for c in TARGET_COLUMNS if c[1] in _KEY_FIELDS] + STATUS_COLUMNS

ACTUAL_FIELDS: list[tuple[str, str]] = [
    ("编号", "actual_id"),
    ("指标编号", "indicator_id"),
    ("主体", "entity"),
    ("区域", "area"),
    ("指标", "metric"),
    ("年份", "year"),
    ("数值", "value"),
    ("单位", "unit"),
    ("来源类型", "source_kind"),
    ("来源文件", "document"),
    ("备注", "note"),
]


def header(columns: Sequence[tuple[str, str, Any]] | Sequence[tuple[str, str]]) -> list[str]:
    """The header row: "中文 english" per column."""
    return [f"{column[0]} {column[1]}" for column in columns]


def _cells(columns: Sequence[Column], t: TrackedTarget) -> list[Any]:
    return [get(t) for _, _, get in columns]


def actual_rows(tracked: Sequence[TrackedTarget]) -> list[list[Any]]:
    """The accepted actuals of every exported series, one row each (a series once)."""
    rows, seen = [], set()
    for t in tracked:
        if t.row["indicator_id"] in seen:
            continue
        seen.add(t.row["indicator_id"])
        for a in sorted(t.actuals, key=lambda a: a["year"]):
            series = (t.row["entity"], t.row["area"], t.row["metric"])
            source = (a["source_kind"], a.get("document_label") or a.get("document_name"), a["note"])
            rows.append([a["id"], a["indicator_id"], *series, a["year"], a["value"], a["unit"], *source])
    return rows


def _xlsx_text(value: Any) -> Any:
    """Text without the control characters an Excel sheet cannot hold (form feeds from PDFs...)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def _write_xlsx(path: Path, tracked: Sequence[TrackedTarget]) -> list[Path]:
    from openpyxl import Workbook

    book = Workbook()
    sheets = [
        ("目标 targets", header(TARGET_COLUMNS), [_cells(TARGET_COLUMNS, t) for t in tracked]),
        ("实际值 actuals", header(ACTUAL_FIELDS), actual_rows(tracked)),
        ("进展 statuses", header(STATUS_SHEET_COLUMNS), [_cells(STATUS_SHEET_COLUMNS, t) for t in tracked]),
        (YEAR_SHEET_TITLE, *year_sheet(tracked)),
    ]
    book.remove(book.active)
    for title, head, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append(head)
        for row in rows:
            sheet.append([_xlsx_text(value) for value in row])
            for cell in sheet[sheet.max_row]:
                if cell.data_type == "f":  # text such as "=1+2" is data, never a live formula
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
    with replacing(path) as (temp,):
        book.save(temp)
    return [path]


FORMULA_STARTS = ("=", "+", "-", "@")


def csv_text(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (=HYPERLINK(…), +1, @SUM) gets a leading
    apostrophe, which spreadsheets show as text; numbers are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv_file(path: Path, head: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(head)
        writer.writerows([csv_text(cell) for cell in row] for row in rows)


def _write_csv(path: Path, tracked: Sequence[TrackedTarget]) -> list[Path]:
    columns = TARGET_COLUMNS + STATUS_COLUMNS
    outputs = data_outputs(path)
    with replacing(*outputs) as (targets_temp, actuals_temp):  # both files, or neither
        _write_csv_file(targets_temp, header(columns), [_cells(columns, t) for t in tracked])
        _write_csv_file(actuals_temp, header(ACTUAL_FIELDS), actual_rows(tracked))
    return outputs


def data_outputs(path: Path) -> list[Path]:
    """The files a data export to `path` writes: the .xlsx, or the .csv and <stem>_actuals.csv."""
    if path.suffix.lower() == ".csv":
        return [path, path.with_name(f"{path.stem}_actuals.csv")]
    return [path]


def write_data(path: Path, tracked: Sequence[TrackedTarget], store_path: Path | None = None) -> list[Path]:
    """Write the export to `path` (.xlsx or .csv); returns the files written. Refuses to write
    over the store at `store_path`; a failed export leaves the previous files as they were."""
    writers = {".xlsx": _write_xlsx, ".csv": _write_csv}
    writer = writers.get(path.suffix.lower())
    if writer is None:
        raise ExportError(f"{path.name}: 只支持 .xlsx 和 .csv / only .xlsx and .csv exports")
    refuse_store_paths(data_outputs(path), store_path)
    ensure_folder(path.parent)
    try:
        return writer(path, tracked)
    except OSError as exc:
        raise ExportError(f"无法写入 cannot write {path}: {exc.strerror or exc}") from exc
