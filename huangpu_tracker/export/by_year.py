"""The sheet analysts paste into their own workbooks: one row per target, one column per year.

A row holds the accepted actuals of the target's series in the target's unit (8650 亿元 under a
goal in 万亿元 reads 0.865); a series whose figures are in another kind of unit (the levels in 亿元
behind a growth goal in %) is shown in its own unit, named in the row's unit column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from huangpu_tracker.assessment.units import convert, converts
from huangpu_tracker.export.collect import TrackedTarget

KEY_HEADER = [
    "编号 target_id",
    "主体 entity",
    "区域 area",
    "指标 metric",
    "目标表述 goal",
    "目标年 target_year",
]
UNIT_HEADER = "单位 unit"


def _row_unit(t: TrackedTarget) -> str:
    """The target's unit when every figure converts into it, else the unit of the series' figures."""
    unit = t.row["unit"] or ""
    units = [a["unit"] or unit for a in t.actuals]
    if all(converts(u, unit) for u in units) or not units:
        return unit
    return units[0]


def _values(t: TrackedTarget, unit: str) -> dict[int, float]:
    values = {}
    for actual in t.actuals:
        own = actual["unit"] or unit
        if converts(own, unit):
            values[int(actual["year"])] = convert(float(actual["value"]), own, unit)
    return values


def year_table(tracked: Sequence[TrackedTarget]) -> tuple[list[Any], list[list[Any]]]:
    """The header (the key columns, the unit, then every year with a figure, ascending) and the rows."""
    years = sorted({int(a["year"]) for t in tracked for a in t.actuals})
    rows = []
    for t in tracked:
        unit = _row_unit(t)
        values = _values(t, unit)
        key = [t.row["id"], t.row["entity"], t.row["area"], t.row["metric"], t.assessment.goal_text]
        rows.append([*key, t.row["target_year"], unit, *(values.get(year) for year in years)])
    return [*KEY_HEADER, UNIT_HEADER, *years], rows
