"""From a progress ratio to a status, after Eurostat's method for indicators with a quantified target.

Eurostat (EU SDG monitoring report) divides the observed compound annual growth rate since the
baseline by the rate required to reach the target in time: ratio ≥ 95 % → on track, 60–95 % →
moderate progress, 0–60 % → insufficient progress, below 0 → moving away from the target.
For a decreasing (max) goal both rates are negative, so the ratio keeps the same meaning.
"""

from __future__ import annotations

from dataclasses import replace

from huangpu_tracker.assessment.model import Assessment

ON_TRACK_RATIO = 0.95
MODERATE_RATIO = 0.60


def status_for_ratio(ratio: float) -> str:
    """The status code for an observed/required ratio."""
    if ratio >= ON_TRACK_RATIO:
        return "on_track"
    if ratio >= MODERATE_RATIO:
        return "moderate"
    if ratio >= 0:
        return "insufficient"
    return "moving_away"


def bound_ratio(observed: float, bound: float, upward: bool) -> float | None:
    """How far `observed` has come towards a bound it must reach (upward) or stay under.

    Used for goals on a yearly figure (growth rates, yearly additions, prorated totals): the ratio
    of the observed figure to the required one, mirrored for negative bounds and for ceilings so
    that 1 means "exactly the bound", below 0 means "moving the wrong way". None when the bound
    gives no scale (a bound of 0, or a ceiling above 0 that is already respected by a value ≤ 0).
    """
    if upward:
        if bound > 0:
            return observed / bound
        if bound < 0 and observed < 0:
            return bound / observed
        return None
    if bound < 0:
        return observed / bound
    if bound > 0 and observed > 0:
        return bound / observed
    return None


def with_ratio(base: Assessment, ratio: float | None, met: bool, because: str) -> Assessment:
    """`base` with the status its ratio gives. Without a ratio (a bound of 0, e.g. growth ≥ 0 %),
    a met bound is on track and an unmet one is moving away."""
    if ratio is None:
        return replace(base, status="on_track" if met else "moving_away", ratio=None, reason=because)
    return replace(base, status=status_for_ratio(ratio), ratio=ratio, reason=f"{because},比值 {ratio:.2f}")
