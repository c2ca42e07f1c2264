"""The sheet analysts paste into their own workbooks: one row per goal, one column per year.

Each row names the goal (body, area, metric, unit, goal value, target year) and then holds the
accepted actual of its series for every year from the first to the last year any exported series
has: in the goal's unit when the figure converts (8650 亿元 under a goal in 万亿元 is 0.865), else as
written with its unit, so that no figure is silently put in the wrong unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from huangpu_tracker.assessment.goals import format_number
from huangpu_tracker.assessment.units import convert, converts
from huangpu_tracker.export.collect import TrackedTarget

SHEET_TITLE = "逐年实际值 by year"
LEAD_COLUMNS = [  # (Chinese, English, key of the target row)
    ("编号", "target_id", "id"),
    ("主体", "entity", "entity"),
    ("区域", "area", "area"),
    ("指标", "metric", "metric"),
    ("单位", "unit", "unit"),
    ("目标值", "value", "value"),
    ("目标年", "target_year", "target_year"),
]


def _cell(actual: dict[str, Any], unit: str) -> Any:
    """The actual in the goal's unit, or its own value and unit as text when that does not convert."""
    own = (actual.get("unit") or "").strip()
    if not own or not unit or converts(own, unit):
        return convert(float(actual["value"]), own, unit) if own and unit else actual["value"]
    return f"{format_number(actual['value'])} {own}"


def year_sheet(tracked: Sequence[TrackedTarget]) -> tuple[list[Any], list[list[Any]]]:
    """(header, rows) of the sheet: the lead columns ("中文 english"), then one column per year (the
    year as a number)."""
    years = sorted({int(a["year"]) for t in tracked for a in t.actuals if a["status"] == "accepted"})
    span = list(range(years[0], years[-1] + 1)) if years else []
    head: list[Any] = [f"{zh} {en}" for zh, en, _ in LEAD_COLUMNS] + span
    rows = []
    for t in tracked:
        unit = (t.row["unit"] or "").strip()
        by_year = {int(a["year"]): _cell(a, unit) for a in t.actuals if a["status"] == "accepted"}
        rows.append([t.row[key] for _, _, key in LEAD_COLUMNS] + [by_year.get(year) for year in span])
    return head, rows
