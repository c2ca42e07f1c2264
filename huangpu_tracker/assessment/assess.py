"""Assess one goal against the accepted actuals of its indicator.

How each kind of goal is read (actuals are in the goal's unit):

* level — a stock or ratio at the target year. Baseline, then the required path from the
  baseline to the goal (compound for positive quantities, linear for percentage points or values
  ≤ 0), the observed rate from the baseline to the latest actual, and the Eurostat ratio between
  them. A goal in 倍 (翻一番 = 2 倍) is a multiple of the baseline.
* growth — the growth rate (%) of one year: actuals are the realised rates; the latest is compared
  with the required rate.
* avg_growth — the average annual growth (%) over the period: actuals are the yearly rates; their
  compound average since the period start is compared with the required rate.
* cumulative — a total over the period: actuals are the yearly amounts; their running sum is
  compared with the prorated share of the total (the observed yearly average against the required).
* increment — additions: within one year like growth (the year's addition against the goal);
  over a period (period_start, or the year the goal was set, before the target year) like
  cumulative: "到2025年新增20家" stated in 2021 counts the additions of 2021–2025.

Achieved / missed: decided by the figure of the target year (for a level, the first actual of
the target year or later), whatever the baseline; a level or a min total is achieved as soon as
it is met. A target year that has passed without its figure is not assessable (the figure is
awaited), never projected. The full table: the package docstring (`huangpu_tracker.assessment`).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import replace

from huangpu_tracker.assessment.goals import (
    MULTIPLE_UNIT,
    aimed_value,
    describe_goal,
    meets,
    point_text,
    target_band,
)
from huangpu_tracker.assessment.messages import say
from huangpu_tracker.assessment.model import Assessment, Goal, Point
from huangpu_tracker.assessment.periods import assess_average, assess_cumulative, assess_yearly
from huangpu_tracker.assessment.status import with_ratio
from huangpu_tracker.assessment.trend import (
    capped,
    choose_baseline,
    compound_rate,
    linear_rate,
    path,
    plan_period,
    sorted_points,
)


def assess(
    goal: Goal, actuals: Mapping[int, float], today: int | None = None, language: str = "zh"
) -> Assessment:
    """The progress status of `goal` given its indicator's accepted actuals `{year: value}`.

    `today` is the current year (default: this calendar year); it only decides whether a target
    year has passed. `language` ("zh" or "en") is that of the reason and the goal in words.
    """
    today = today if today is not None else datetime.date.today().year
    points = sorted_points(actuals)
    plan_start, plan_end = plan_period(goal)
    band = target_band(goal.comparator, goal.value, goal.value_hi, goal.unit)
    base = Assessment(
        target_id=goal.target_id,
        status="not_assessable",
        reason="",
        kind=goal.kind,
        comparator=goal.comparator,
        unit=goal.unit,
        goal_text=describe_goal(goal.kind, goal.comparator, goal.value, goal.value_hi, goal.unit, language),
        target_year=goal.target_year,
        target_value=goal.value,
        metric=goal.metric,
        entity=goal.entity,
        plan_start=plan_start,
        plan_end=plan_end,
        band_lo=band[0],
        band_hi=band[1],
        raw_actuals=points,
        latest=points[-1] if points else None,
    )
    if goal.target_year is None:
        return replace(base, reason=say(language, "no_year"))
    if plan_start is not None and plan_start > goal.target_year:
        return replace(
            base, reason=say(language, "start_after_target", start=plan_start, year=goal.target_year)
        )
    if goal.kind == "level":
        result = _assess_level(goal, points, base, language)
    elif goal.kind == "avg_growth":
        result = assess_average(goal, points, base, language)
    elif goal.kind == "cumulative" or (goal.kind == "increment" and (plan_start or 0) < goal.target_year):
        result = assess_cumulative(goal, points, base, language)
    else:  # growth, single-year increment
        result = assess_yearly(goal, points, base, language)
    return _judge_passed(result, today, language)


def _judge_passed(result: Assessment, today: int, language: str) -> Assessment:
    """A target year that has passed is judged on its figure, never projected: without that figure
    the goal is not assessable (the figure is awaited)."""
    year = result.target_year
    if result.status in ("achieved", "missed") or year is None or today <= year:
        return result
    awaited = say(language, "awaited", year=year)
    if result.status == "not_assessable":
        return replace(result, reason=say(language, "and_awaited", reason=result.reason, awaited=awaited))
    return replace(
        result,
        status="not_assessable",
        ratio=None,
        projection=(),
        projected_value=None,
        reason=say(language, "awaited_before", awaited=awaited, reason=result.reason),
    )


def _decisive(points: tuple[Point, ...], target_year: int) -> Point | None:
    """The actual that decides a level goal: the target year's, else the first one after it."""
    later = [point for point in points if point[0] >= target_year]
    return later[0] if later else None


def _assess_level(goal: Goal, points: tuple[Point, ...], base: Assessment, language: str) -> Assessment:
    target_year = goal.target_year
    assert target_year is not None
    baseline = choose_baseline(goal, points, base.plan_start)
    if baseline is None:
        return replace(base, reason=say(language, "no_baseline"))
    if goal.unit.strip() == MULTIPLE_UNIT and baseline.value > 0:
        # 翻一番 (2 倍): the series is read as multiples of the baseline, which becomes 1 倍.
        points = tuple((year, value / baseline.value) for year, value in points)
        baseline = replace(baseline, value=1.0)
    decisive = _decisive(points, target_year)
    if baseline.year >= target_year:
        base = replace(base, baseline=baseline, actual_points=points, latest=decisive)
        if decisive is None:
            return replace(
                base, reason=say(language, "baseline_not_before", baseline=baseline.year, year=target_year)
            )
        return _decide(base, decisive, goal.unit, language)
    band = (base.band_lo, base.band_hi)
    target_value = aimed_value(goal.comparator, goal.value, goal.value_hi, baseline.value)
    start: Point = (baseline.year, baseline.value)
    observed_points = tuple(p for p in points if baseline.year < p[0] <= target_year)
    latest = observed_points[-1] if observed_points else None
    compound = (
        goal.unit.strip() not in ("个百分点", "百分点")
        and baseline.value > 0
        and target_value > 0
        and (latest is None or latest[1] > 0)
    )
    scale = 100 if compound else 1
    rate = compound_rate if compound else linear_rate
    required = rate(start, (target_year, target_value))
    history = tuple(p for p in points if p[0] <= target_year)
    if decisive is not None and decisive[0] > target_year:
        history += (decisive,)
    base = replace(
        base,
        target_value=target_value,
        baseline=baseline,
        method="compound" if compound else "linear",
        rate_unit="%/年" if compound else f"{goal.unit}/年",
        required_rate=required * scale,
        required_path=path(start, target_year, required, compound),
        actual_points=history,
        latest=decisive or latest,
    )
    if decisive is not None:
        return _decide(base, decisive, goal.unit, language)
    if latest is None:
        return replace(
            base, reason=say(language, "baseline_only", point=point_text(start, goal.unit, language))
        )
    if meets(latest[1], band):
        return replace(
            base,
            status="achieved",
            reason=say(language, "met", point=point_text(latest, goal.unit, language), goal=base.goal_text),
        )
    observed = rate(start, latest)
    projection = capped(path(latest, target_year, observed, compound), goal.unit, target_value)
    base = replace(
        base, observed_rate=observed * scale, projection=projection, projected_value=projection[-1][1]
    )
    if meets(baseline.value, band):
        return replace(
            base,
            status="moving_away",
            reason=say(
                language,
                "baseline_met_now_off",
                point=point_text(latest, goal.unit, language),
                goal=base.goal_text,
            ),
        )
    because = say(
        language,
        "growth_since" if compound else "change_since",
        year=baseline.year,
        observed=f"{observed * scale:.2f}",
        required=f"{required * scale:.2f}",
        unit=say(language, "per_year", unit="%" if compound else goal.unit),
    )
    return with_ratio(base, observed / required if required else None, because, language)


def _decide(base: Assessment, decisive: Point, unit: str, language: str) -> Assessment:
    """Achieved or missed on the decisive actual (of the target year or later)."""
    met = meets(decisive[1], (base.band_lo, base.band_hi))
    return replace(
        base,
        status="achieved" if met else "missed",
        projected_value=decisive[1],
        reason=say(
            language,
            "met" if met else "not_met",
            point=point_text(decisive, unit, language),
            goal=base.goal_text,
        ),
    )
