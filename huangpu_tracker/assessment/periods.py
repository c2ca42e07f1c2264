"""Goals on yearly figures and on periods: growth, average growth, cumulative totals, additions.

See `huangpu_tracker.assessment.assess` for how each kind is read; these functions receive the
Assessment already filled with what every kind shares and complete it.
"""

from __future__ import annotations

from dataclasses import replace

from huangpu_tracker.assessment.goals import RATE_UNITS, aimed_value, format_number, meets, point_text
from huangpu_tracker.assessment.messages import say
from huangpu_tracker.assessment.model import Assessment, Baseline, Goal, Point
from huangpu_tracker.assessment.status import bound_ratio, with_ratio
from huangpu_tracker.assessment.trend import path


def _yearly_ratio(observed: float, band: tuple[float | None, float | None]) -> float | None:
    lo, hi = band
    if lo is not None and (hi is None or observed < lo):
        return bound_ratio(observed, lo, upward=True)
    assert hi is not None
    return bound_ratio(observed, hi, upward=False)


def assess_yearly(
    goal: Goal, points: tuple[Point, ...], base: Assessment, language: str = "zh"
) -> Assessment:
    """Growth goals and single-year additions: the figure of the target year against the goal."""
    target_year = goal.target_year
    assert target_year is not None
    band = (base.band_lo, base.band_hi)
    history = tuple(p for p in points if p[0] <= target_year)
    start_year = min([base.plan_start or target_year, *(year for year, _ in history)])
    rate_unit = "%" if goal.unit.strip() in RATE_UNITS else f"{goal.unit}/年"
    latest = history[-1] if history else None
    base = replace(
        base,
        method="rate",
        rate_unit=rate_unit,
        required_rate=goal.value,
        required_path=tuple((year, goal.value) for year in range(start_year, target_year + 1)),
        actual_points=history,
        latest=latest,
    )
    if latest is None:
        return replace(base, reason=say(language, "no_actual"))
    # The status reads the latest yearly figure, so the projection holds it to the target year.
    base = replace(base, observed_rate=latest[1], projected_value=latest[1])
    if latest[0] < target_year:
        base = replace(base, projection=_held(latest, target_year))
    if latest[0] == target_year:
        met = meets(latest[1], band)
        point = point_text(latest, goal.unit, language)
        return replace(
            base,
            status="achieved" if met else "missed",
            reason=say(language, "met" if met else "not_met", point=point, goal=base.goal_text),
        )
    because = say(language, "latest", point=point_text(latest, goal.unit, language), goal=base.goal_text)
    return with_ratio(base, _yearly_ratio(latest[1], band), because, language)


def _held(point: Point, target_year: int) -> tuple[Point, ...]:
    """A projection keeping `point`'s value from its year to the target year."""
    return tuple((year, point[1]) for year in range(point[0], target_year + 1))


def _running_average(rates: tuple[Point, ...]) -> tuple[Point, ...]:
    """Compound average growth (%) of the yearly rates from the first up to each year."""
    result: list[Point] = []
    product = 1.0
    for count, (year, rate) in enumerate(rates, start=1):
        product *= 1 + rate / 100
        result.append((year, (product ** (1 / count) - 1) * 100 if product > 0 else -100.0))
    return tuple(result)


def assess_average(
    goal: Goal, points: tuple[Point, ...], base: Assessment, language: str = "zh"
) -> Assessment:
    """Average annual growth: the compound average of the yearly rates since the period start.

    The yearly rates are the chart's points; the running average is its own line. Decided once the
    target year's rate is in (over the period's rates entered); before that, the projection keeps
    the average so far, i.e. future years growing at it."""
    target_year, start_year = goal.target_year, base.plan_start
    assert target_year is not None and start_year is not None
    band = (base.band_lo, base.band_hi)
    rates = tuple(p for p in points if start_year <= p[0] <= target_year)
    averages = _running_average(rates)
    base = replace(
        base,
        method="rate",
        rate_unit="%",
        required_rate=goal.value,
        required_path=tuple((year, goal.value) for year in range(start_year, target_year + 1)),
        actual_points=rates,
        average_points=averages,
        latest=rates[-1] if rates else None,
    )
    if not averages:
        return replace(base, reason=say(language, "no_rate_since", start=start_year))
    year, observed = averages[-1]
    base = replace(base, observed_rate=observed, projected_value=observed)
    met = meets(observed, band)
    missing = [y for y in range(start_year, year + 1) if y not in dict(rates)]
    years = say(language, "list").join(map(str, missing))
    gaps = say(language, "gaps", years=years) if missing else ""
    summary = say(
        language,
        "average_since",
        start=start_year,
        year=year,
        observed=f"{observed:.2f}",
        gaps=gaps,
        goal=base.goal_text,
    )
    if year == target_year:
        return replace(base, status="achieved" if met else "missed", reason=summary)
    base = replace(base, projection=_held((year, observed), target_year))
    return with_ratio(base, _yearly_ratio(observed, band), summary, language)


def assess_cumulative(
    goal: Goal, points: tuple[Point, ...], base: Assessment, language: str = "zh"
) -> Assessment:
    """A total over the period: the running sum against the prorated share of the total."""
    target_year = goal.target_year
    assert target_year is not None
    start_year = base.plan_start if base.plan_start is not None else target_year
    band = (base.band_lo, base.band_hi)
    amounts = tuple(p for p in points if start_year <= p[0] <= target_year)
    running: list[Point] = []
    for year, amount in amounts:
        running.append((year, (running[-1][1] if running else 0.0) + amount))
    total_years = target_year - start_year + 1
    aimed = aimed_value(goal.comparator, goal.value, goal.value_hi, 0.0)
    start: Point = (start_year - 1, 0.0)
    base = replace(
        base,
        target_value=aimed,
        method="cumulative",
        rate_unit=f"{goal.unit}/年",
        baseline=Baseline(start[0], 0.0, "period_start"),
        required_rate=aimed / total_years,
        required_path=path(start, target_year, aimed / total_years, compound=False),
        actual_points=tuple(running),
        latest=running[-1] if running else None,
    )
    if not running:
        return replace(base, reason=say(language, "no_actual_since", start=start_year))
    year, total = running[-1]
    elapsed = year - start_year + 1
    observed = total / elapsed
    # The status reads the yearly average so far, so the projection adds it every remaining year.
    projection = tuple((y, total + observed * (y - year)) for y in range(year, target_year + 1))
    base = replace(base, observed_rate=observed, projected_value=projection[-1][1])
    if year < target_year:
        base = replace(base, projection=projection)
    met = meets(total, band)
    summary = say(
        language,
        "total_since",
        start=start_year,
        year=year,
        total=format_number(round(total, 4)),
        unit=goal.unit,
        goal=base.goal_text,
    )
    if year == target_year or (met and base.band_hi is None):
        return replace(base, status="achieved" if met else "missed", reason=summary)
    lo, hi = (None if bound is None else bound * elapsed / total_years for bound in band)
    share = (lo, hi)  # the prorated band: what the total should be by now
    due = format_number(round(aimed * elapsed / total_years, 4))
    because = say(language, "due_by_now", summary=summary, due=due, unit=goal.unit)
    return with_ratio(base, _yearly_ratio(total, share), because, language)
