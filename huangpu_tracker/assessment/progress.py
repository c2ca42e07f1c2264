"""Progress as the share of the way from the baseline to the goal, and numbers shown with the
precision their figures were written in.

The share answers "how far along are we?" (60 % of the way from 4.38 % in 2020 to 5 %); the
Eurostat ratio (`Assessment.ratio`) answers "are we fast enough?" — they are different numbers, and
the table shows the first, the detail the second.
"""

from __future__ import annotations

from collections.abc import Iterable

from huangpu_tracker.assessment.goals import format_number
from huangpu_tracker.assessment.model import Assessment


def share_of_way(a: Assessment) -> float | None:
    """The share of the way covered: for a level goal (latest − baseline) / (goal − baseline), for a
    total (cumulative, additions over a period) the total so far / the goal. None for goals on a
    yearly rate or a year's addition (there is no way to cover), or without figures to measure."""
    if a.method in ("compound", "linear"):
        if a.baseline is None or a.latest is None or a.target_value is None:
            return None
        span = a.target_value - a.baseline.value
        if span == 0 or a.latest[0] <= a.baseline.year:
            return None
        return (a.latest[1] - a.baseline.value) / span
    if a.method == "cumulative" and a.actual_points and a.target_value:
        return a.actual_points[-1][1] / a.target_value
    return None


def share_text(share: float | None) -> str:
    """'60 %' (rounded to the whole percent), '' when there is no share."""
    return "" if share is None else f"{share * 100:.0f} %"


WRITTEN_DECIMALS = 4  # a figure with more decimals was computed (a growth rate from levels), not written


def decimals_written(values: Iterable[float]) -> int:
    """The most decimals any of the figures was written with (4.38 → 2, 5 → 0, 0.865 → 3);
    computed figures (more than 4 decimals) are not counted."""
    most = 0
    for value in values:
        decimals = format_number(value).partition(".")[2]
        if len(decimals) <= WRITTEN_DECIMALS:
            most = max(most, len(decimals))
    return most


def written_like(value: float, decimals: int) -> str:
    """A computed value (a projection, 4.9752) with the decimals its figures were written with."""
    return format_number(round(value, decimals))


def figures_of(a: Assessment) -> list[float]:
    """The figures of a goal as written: its value and bounds, baseline and actuals."""
    bounds = (a.band_lo, a.band_hi) if a.comparator == "range" else ()
    values = [v for v in (a.target_value, *bounds) if v is not None]
    values += [value for _, value in a.raw_actuals]
    if a.baseline is not None:
        values.append(a.baseline.value)
    return values
