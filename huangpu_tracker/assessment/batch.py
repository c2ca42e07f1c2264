"""Assess the targets of a store from its plain rows (dicts), without touching the store itself.

Target rows are those of `huangpu_tracker.store.queries.target_rows` (or `Store.targets()`);
actual rows those of `Store.actuals()`. Only accepted actuals count. Each actual is converted into
the target's unit; one whose unit does not convert is left out. A growth or avg_growth goal (in %)
whose indicator holds levels (亿元 …) is assessed on the yearly growth rates of those levels; a
goal in 倍 (翻一番) on the levels themselves, as multiples of the baseline.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from huangpu_tracker.assessment.assess import assess
from huangpu_tracker.assessment.goals import MULTIPLE_UNIT
from huangpu_tracker.assessment.model import Assessment, Goal
from huangpu_tracker.assessment.units import convert, converts

RATE_KINDS = ("growth", "avg_growth")


def goal_from_row(row: Mapping[str, Any]) -> Goal:
    """The Goal of a target row (baseline override from baseline_year/baseline_value)."""
    override = None
    if row.get("baseline_year") is not None and row.get("baseline_value") is not None:
        override = (int(row["baseline_year"]), float(row["baseline_value"]))
    return Goal(
        target_id=row["id"],
        kind=row["kind"],
        comparator=row["comparator"],
        value=float(row["value"]),
        value_hi=row.get("value_hi"),
        unit=row.get("unit") or "",
        target_year=row.get("target_year"),
        period_start=row.get("period_start"),
        set_year=row.get("set_year"),
        baseline_override=override,
        metric=row.get("metric") or "",
        entity=row.get("entity") or "",
    )


def counts_for(kind: str, unit: str, actual_unit: str | None) -> bool:
    """Whether an actual in `actual_unit` can count for a goal of `kind` in `unit`: its unit converts
    (no unit: the goal's), or the goal reads levels as multiples (倍) or as growth rates (%)."""
    unit = unit.strip()
    if not actual_unit or converts(actual_unit, unit) or unit == MULTIPLE_UNIT:
        return True
    return kind in RATE_KINDS and unit == "%"


def _growth_rates(levels: dict[int, float]) -> dict[int, float]:
    """Yearly growth (%) between consecutive years of a level series."""
    return {
        year: (value / levels[year - 1] - 1) * 100
        for year, value in levels.items()
        if levels.get(year - 1, 0) > 0
    }


def _in_unit(rows: list[Mapping[str, Any]], unit: str) -> dict[int, float]:
    """`{year: value}` of the rows whose unit converts to `unit` (a row without unit is in `unit`)."""
    series: dict[int, float] = {}
    for row in rows:
        row_unit = row.get("unit") or unit
        if converts(row_unit, unit):
            series[int(row["year"])] = convert(float(row["value"]), row_unit, unit)
    return series


def series_for_goal(goal: Goal, actual_rows: Iterable[Mapping[str, Any]]) -> dict[int, float]:
    """The accepted actuals of the goal's indicator as `{year: value}` in the goal's unit."""
    accepted = [row for row in actual_rows if row.get("status", "accepted") == "accepted"]
    unit = goal.unit.strip()
    series = _in_unit(accepted, unit)
    if series or not accepted:
        return series
    levels = _in_unit(accepted, accepted[0].get("unit") or "")
    if unit == MULTIPLE_UNIT:
        return levels
    if goal.kind in RATE_KINDS and unit == "%":
        return _growth_rates(levels)
    return series


def assess_store_targets(
    target_rows: Iterable[Mapping[str, Any]],
    actual_rows: Iterable[Mapping[str, Any]],
    today: int | None = None,
    language: str = "zh",
) -> list[Assessment]:
    """One Assessment per target row, in the rows' order (reasons in `language`)."""
    today = today if today is not None else datetime.date.today().year
    by_indicator: dict[int, list[Mapping[str, Any]]] = {}
    for row in actual_rows:
        by_indicator.setdefault(row["indicator_id"], []).append(row)
    results = []
    for row in target_rows:
        goal = goal_from_row(row)
        series = series_for_goal(goal, by_indicator.get(row["indicator_id"], []))
        results.append(assess(goal, series, today, language))
    return results
