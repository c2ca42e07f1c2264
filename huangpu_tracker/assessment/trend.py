"""Series arithmetic: plan period, baseline, compound and linear paths, the cap of a share.

Rates returned here are fractions (0.0268); the assessment turns them into percent.
"""

from __future__ import annotations

from collections.abc import Mapping

from huangpu_tracker.assessment.model import Baseline, Goal, Point

FIRST_PLAN_YEAR = 2021  # 十四五 (2021–2025); five-year plans tile the years from there


def sorted_points(actuals: Mapping[int, float]) -> tuple[Point, ...]:
    return tuple((int(year), float(value)) for year, value in sorted(actuals.items()))


def plan_period(goal: Goal) -> tuple[int | None, int | None]:
    """First and last year of the period the goal covers.

    The period starts at `period_start` when given. Otherwise a growth goal covers its target
    year alone, an increment goal the years since it was set (its target year alone when that is
    unknown), and other goals start in the year the goal was set, else at the start of the
    five-year plan (十四五 = 2021–2025) holding the target year.
    """
    end = goal.target_year
    if end is None or goal.period_start is not None:
        return goal.period_start, end
    set_year = goal.set_year if goal.set_year is not None and goal.set_year <= end else None
    if goal.kind == "growth":
        return end, end
    if goal.kind == "increment":
        return set_year or end, end
    if set_year is not None:
        return set_year, end
    return end - (end - FIRST_PLAN_YEAR) % 5, end


def choose_baseline(goal: Goal, points: tuple[Point, ...], plan_start: int | None) -> Baseline | None:
    """The analyst's override, else the actual of the year before the plan period, else the latest
    actual before the goal was set, else the first actual."""
    if goal.baseline_override is not None:
        year, value = goal.baseline_override
        return Baseline(int(year), float(value), "override")
    if not points:
        return None
    values = dict(points)
    if plan_start is not None and plan_start - 1 in values:
        return Baseline(plan_start - 1, values[plan_start - 1], "period_start")
    set_year = goal.set_year if goal.set_year is not None else plan_start
    if set_year is not None:
        before = [point for point in points if point[0] < set_year]
        if before:
            return Baseline(before[-1][0], before[-1][1], "before_set")
    return Baseline(points[0][0], points[0][1], "first_actual")


def compound_rate(start: Point, end: Point) -> float:
    """Compound annual growth rate between two positive points (fraction per year)."""
    years = end[0] - start[0]
    return (end[1] / start[1]) ** (1 / years) - 1


def linear_rate(start: Point, end: Point) -> float:
    """Average annual change between two points (unit per year)."""
    return (end[1] - start[1]) / (end[0] - start[0])


def path(start: Point, end_year: int, rate: float, compound: bool) -> tuple[Point, ...]:
    """Yearly points from `start` to `end_year` growing at `rate` (compound fraction or linear step)."""
    year0, value0 = start
    if compound:
        return tuple((year, value0 * (1 + rate) ** (year - year0)) for year in range(year0, end_year + 1))
    return tuple((year, value0 + rate * (year - year0)) for year in range(year0, end_year + 1))


SHARE_CEILING = 100.0  # a level in % (a share, a rate of coverage) never exceeds 100 %


def capped(points: tuple[Point, ...], unit: str, aimed: float) -> tuple[Point, ...]:
    """A projection of a share in % (a level in % aiming at most at 100 %), held at 100 %: a
    coverage rate does not go past full."""
    if unit.strip() != "%" or aimed > SHARE_CEILING:
        return points
    return tuple((year, min(value, SHARE_CEILING)) for year, value in points)
