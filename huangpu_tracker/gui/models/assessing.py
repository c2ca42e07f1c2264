"""Assessing table rows: a target row plus its indicator's accepted actuals -> status and progress.

Actuals are converted into the goal's unit first; a value whose unit does not convert is left out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from huangpu_tracker.assessment import Assessment, Goal, UnitError, assess, convert

log = logging.getLogger(__name__)
Series = Iterable[tuple[int, float, str]]  # (year, value, unit)


def goal_of(row: dict) -> Goal:
    """The assessment's view of a targets-table row."""
    baseline = None
    if row.get("baseline_year") is not None and row.get("baseline_value") is not None:
        baseline = (row["baseline_year"], row["baseline_value"])
    return Goal(
        target_id=row["id"],
        kind=row["kind"],
        comparator=row["comparator"],
        value=row["value"],
        value_hi=row.get("value_hi"),
        unit=row.get("unit") or "",
        target_year=row.get("target_year"),
        period_start=row.get("period_start"),
        set_year=row.get("set_year"),
        baseline_override=baseline,
        metric=row.get("metric") or "",
        entity=row.get("entity") or "",
    )


def in_unit(series: Series, unit: str) -> dict[int, float]:
    """{year: value} in `unit`, dropping values that cannot be converted."""
    values: dict[int, float] = {}
    for year, value, value_unit in series:
        try:
            values[year] = convert(value, value_unit, unit) if value_unit and unit else value
        except UnitError:
            continue
    return values


def assess_row(row: dict, series: Series) -> Assessment | None:
    """The assessment of one target row given its indicator's accepted (year, value, unit) series.

    None if the assessment fails unexpectedly: one odd target must not stop the table (logged).
    """
    try:
        return assess(goal_of(row), in_unit(series, row.get("unit") or ""))
    except Exception:
        log.exception("assessing target %s failed", row.get("id"))
        return None


def statuses(rows: Iterable[dict], series_by_indicator: dict[int, list[tuple[int, float, str]]]) -> dict:
    """{target id: (status, progress ratio)} for the rows; pure, so it may run in a worker thread."""
    out = {}
    for row in rows:
        result = assess_row(row, series_by_indicator.get(row["indicator_id"], ()))
        out[row["id"]] = (result.status, result.ratio) if result else (None, None)
    return out


def fill_status(rows: list[dict], series_by_indicator: dict[int, list[tuple[int, float, str]]]) -> None:
    """Set `status` and `progress` (the observed/required ratio) on each row, in place."""
    found = statuses(rows, series_by_indicator)
    for row in rows:
        row["status"], row["progress"] = found[row["id"]]
