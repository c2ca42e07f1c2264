"""From a progress ratio and a projection to a status (after Eurostat's method, made to agree with
the chart).

Eurostat (EU SDG monitoring report) divides the observed rate since the baseline by the rate
required to reach the target in time. Its 95 % threshold alone lets a goal be "on track" beside a
projection that falls short of the target (R&D ≥ 5 % at ratio 0.96, projected 4.98 %). Here the
projection is drawn at the rate the status measures, and:

* on track (进展顺利) ⇔ that projection meets the goal at the target year (ratio ≥ 1.0);
* nearly on track (基本顺利): ratio 0.95–1.0 (Eurostat's "on track", short of the target);
* moderate (进展一般) 0.60–0.95, insufficient (进展不足) 0–0.60, moving away (背离目标) below 0;
* a projection that overshoots a band (approx / range goals) is moderate.

For a decreasing (max) goal both rates are negative, so the ratio keeps the same meaning.
"""

from __future__ import annotations

from dataclasses import replace

from huangpu_tracker.assessment.goals import meets
from huangpu_tracker.assessment.messages import say
from huangpu_tracker.assessment.model import Assessment

ON_TRACK_RATIO = 1.0
NEARLY_RATIO = 0.95
MODERATE_RATIO = 0.60


def status_for_ratio(ratio: float) -> str:
    """The status code for an observed/required ratio (the projection's own verdict aside)."""
    if ratio >= ON_TRACK_RATIO:
        return "on_track"
    if ratio >= NEARLY_RATIO:
        return "nearly_on_track"
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


def with_ratio(base: Assessment, ratio: float | None, because: str, language: str = "zh") -> Assessment:
    """`base` (its projection filled in) with the status the projection and the ratio give.

    On track exactly when the projected value meets the goal's band; otherwise the ratio decides,
    capped below on track. Without a ratio (a bound of 0, e.g. growth ≥ 0 %) an unmet goal is
    moving away."""
    band = (base.band_lo, base.band_hi)
    reached = base.projected_value is not None and meets(base.projected_value, band)
    if reached:
        status = "on_track"
    elif ratio is None:
        status = "moving_away"
    else:
        status = status_for_ratio(ratio)
        if status == "on_track":  # overshoots a band (approx / range)
            status = "moderate"
            because = say(language, "overshoots", because=because)
    text = because if ratio is None else say(language, "ratio", because=because, ratio=f"{ratio:.2f}")
    return replace(base, status=status, ratio=ratio, reason=text)
