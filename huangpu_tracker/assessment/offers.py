"""Which document figures may be offered for a series: a figure counts only when it is a figure of
the same thing as the series' goals.

A reported figure (its `reported_kind` said by the extractor) fits a series when

* its kind fits every goal of the series — a level fits level and cumulative goals (a stock, or a
  year's amount that a total adds up), an addition fits increment and cumulative goals, a growth
  rate fits growth and avg_growth goals, a period total (累计, 年均, 五年来) fits none: it is not
  the figure of a single year;
* its unit converts into every goal's unit (a goal in 倍 takes any level, read as a multiple).

Otherwise it stays a suggestion, and the reason is shown beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from huangpu_tracker.assessment.goals import MULTIPLE_UNIT, describe_goal, format_number
from huangpu_tracker.assessment.messages import MESSAGES, say
from huangpu_tracker.assessment.units import converts

KIND_FITS: dict[str, tuple[str, ...]] = {
    "level": ("level", "cumulative"),
    "addition": ("increment", "cumulative"),
    "growth_rate": ("growth", "avg_growth"),
    "period_total": (),
}
REPORTED_KIND_LABELS: dict[str, tuple[str, str]] = {
    "level": ("水平值", "a level"),
    "addition": ("当年新增", "a year's addition"),
    "growth_rate": ("增速", "a growth rate"),
    "period_total": ("多年合计或年均", "a multi-year total or average"),
}


@dataclass(frozen=True)
class Offer:
    """A document figure for a series' year, and why it may not be accepted (None: it may)."""

    actual_id: int
    indicator_id: int
    year: int
    value: float
    unit: str
    quote: str
    goals: str  # the series' goals as a reader says them: '新增医疗床位 新增 达到 1100 个'
    reason: str | None

    @property
    def fits(self) -> bool:
        return self.reason is None

    @property
    def value_text(self) -> str:
        return f"{format_number(self.value)} {self.unit}".strip()


def unfit_reason(
    figure: Mapping[str, Any], goals: Iterable[Mapping[str, Any]], language: str = "zh"
) -> str | None:
    """Why `figure` (an actual row: unit, reported_kind) does not fit the series of `goals` (target
    rows: kind, unit), in `language`; None when it fits."""
    kind = figure.get("reported_kind")
    unit = (figure.get("unit") or "").strip()
    if kind not in KIND_FITS:
        return say(language, "unfit.unknown_kind")
    if kind == "period_total":
        return say(language, "unfit.period_total")
    for goal in goals:
        goal_unit = (goal.get("unit") or "").strip()
        if goal["kind"] not in KIND_FITS[kind]:
            figure_kind = REPORTED_KIND_LABELS[kind][language == "en"]
            key = "goal_kind." + goal["kind"]
            wanted = say(language, key) if key in MESSAGES else goal["kind"]
            return say(language, "unfit.kind", figure=figure_kind, goal=wanted)
        if goal_unit != MULTIPLE_UNIT and not converts(unit or goal_unit, goal_unit):
            return say(language, "unfit.unit", unit=unit or say(language, "no_unit"), goal_unit=goal_unit)
    return None


def with_fit(
    actuals: list[dict[str, Any]], goals: list[Mapping[str, Any]], language: str = "zh"
) -> list[dict[str, Any]]:
    """The actual rows of a series, each document suggestion whose kind is known given `unfit`:
    why it does not fit the series' `goals` (None when it fits)."""
    for actual in actuals:
        if actual["status"] == "suggested" and actual.get("reported_kind") is not None:
            actual["unfit"] = unfit_reason(actual, goals, language)
    return actuals


def _goal_name(goal: Mapping[str, Any], language: str) -> str:
    stated = describe_goal(
        goal["kind"],
        goal["comparator"],
        goal["value"],
        goal.get("value_hi"),
        goal.get("unit") or "",
        language,
    )
    year = say(language, "goal_year", year=goal["target_year"]) if goal.get("target_year") else ""
    return f"{goal['metric']} {stated}{year}"


def offers(
    figures: Iterable[Mapping[str, Any]], target_rows: Iterable[Mapping[str, Any]], language: str = "zh"
) -> list[Offer]:
    """An Offer per figure (actual rows with id, indicator_id, year, value, unit, quote,
    reported_kind), judged against the targets of its series (rows with indicator_id, kind, unit,
    metric and the goal's comparator/value/value_hi); its texts in `language`."""
    by_series: dict[int, list[Mapping[str, Any]]] = {}
    for row in target_rows:
        by_series.setdefault(row["indicator_id"], []).append(row)
    result = []
    for figure in figures:
        goals = by_series.get(figure["indicator_id"], [])
        names = say(language, "goals_list").join(_goal_name(goal, language) for goal in goals)
        result.append(
            Offer(
                actual_id=figure["id"],
                indicator_id=figure["indicator_id"],
                year=figure["year"],
                value=figure["value"],
                unit=figure.get("unit") or "",
                quote=" ".join((figure.get("quote") or "").split()),
                goals=names,
                reason=unfit_reason(figure, goals, language),
            )
        )
    return result
