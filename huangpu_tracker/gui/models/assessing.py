"""Assessing table rows through the assessment package's own batch functions, so that the table,
the chart pane, the dashboard, `huangpu-tracker assess` and the exports always agree (growth goals
on level series, 倍 goals, unit conversion).

Actual rows are dicts with year, value, unit (and optionally status; see
`huangpu_tracker.store.queries.accepted_actuals`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from huangpu_tracker.assessment import Assessment, assess
from huangpu_tracker.assessment.batch import goal_from_row, series_for_goal
from huangpu_tracker.assessment.progress import share_of_way
from huangpu_tracker.assessment.units import same_figure
from huangpu_tracker.gui.settings import language

log = logging.getLogger(__name__)
ActualRows = Iterable[Mapping[str, Any]]


def assess_row(row: dict, actual_rows: ActualRows) -> Assessment | None:
    """The assessment of one target row given its indicator's actual rows (only accepted ones count),
    its reason and goal in the UI language.

    None if the assessment fails unexpectedly: one odd target must not stop the table (logged).
    """
    try:
        goal = goal_from_row(row)
        return assess(goal, series_for_goal(goal, actual_rows), language=language())
    except Exception:
        log.exception("assessing target %s failed", row.get("id"))
        return None


def statuses(rows: Iterable[dict], actuals_by_indicator: Mapping[int, list[dict]]) -> dict:
    """{target id: (status, progress, ratio)} for the rows (progress: the share of the way from the
    baseline to the goal; ratio: Eurostat's pace); pure, so it may run in a worker thread."""
    out = {}
    for row in rows:
        result = assess_row(row, actuals_by_indicator.get(row["indicator_id"], ()))
        out[row["id"]] = (result.status, share_of_way(result), result.ratio) if result else (None, None, None)
    return out


def fill_status(rows: list[dict], actuals_by_indicator: Mapping[int, list[dict]]) -> None:
    """Set `status`, `progress` and `ratio` (see `statuses`) on each row, in place."""
    found = statuses(rows, actuals_by_indicator)
    for row in rows:
        row["status"], row["progress"], row["ratio"] = found[row["id"]]


def _same_figure(a: dict, b: dict | None) -> bool:
    return b is not None and same_figure(a["value"], a.get("unit"), b["value"], b.get("unit"))


def pending_points(row: dict, actual_rows: list[dict]) -> list[tuple[int, float]]:
    """Where the target's suggested figures (read from documents, not accepted yet) would sit on its
    chart, in the chart's terms (the goal's unit, running totals for a cumulative goal, growth rates
    for a growth goal on a level series). Each is placed as if it were accepted for its year, beside
    the accepted values and the first suggestion of each other year. Never part of any status."""
    goal = goal_from_row(row)
    accepted = {r["year"]: r for r in actual_rows if r["status"] == "accepted"}
    suggested = [r for r in actual_rows if r["status"] == "suggested"]
    others: dict[int, dict] = {}
    for suggestion in suggested:
        others.setdefault(suggestion["year"], suggestion)
    others.update(accepted)
    points = []
    for suggestion in suggested:
        year = suggestion["year"]
        if _same_figure(suggestion, accepted.get(year)):
            continue  # the analyst already took this figure in: the accepted point shows it
        rows = [r for y, r in others.items() if y != year] + [suggestion]
        try:
            result = assess(goal, series_for_goal(goal, [{**r, "status": "accepted"} for r in rows]))
        except Exception:
            log.exception("placing suggested figure %s failed", suggestion.get("id"))
            continue
        value = dict(result.actual_points).get(year)
        if value is not None:
            points.append((year, value))
    return points
