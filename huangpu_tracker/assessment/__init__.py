"""Progress assessment: baseline, required path, projection and status, as pure functions (no Qt).

The status of a goal — the specification (README "How a status is decided" says it in words; each
row has a test in tests/assessment/test_specification.py).

Comparator: the band of values that meet the goal (`goals.target_band`):

    min, reach   ≥ value          max     ≤ value
    approx       value ± 0.5 percentage point (unit %), ± 5 % of the value otherwise
    range        [value, value_hi]

Kind: which figure is read, the ratio and the projection before the target year, what decides:

    kind        figure read          ratio (observed / required)     projection drawn     decided by
    level       the actuals          growth since the baseline       the latest actual    the actual of the
                                     (compound; linear for 个百分点   continued at the     target year, else
                                     or values ≤ 0) / growth needed  observed rate        the first later one
                                                                     (a share ≤ 100 %)
    growth      yearly growth rate   latest rate / the bound         latest rate held     the target year's
    increment   a year's addition    latest addition / the bound     latest held          figure
      (one year)
    avg_growth  yearly growth rates  compound average so far /       average so far held  the average, once
                                     the bound                                            the target year's
                                                                                          rate is in
    cumulative  yearly amounts,      total so far / prorated share   total + yearly       the total, once the
    increment   summed               of the goal                     average so far ×     target year's amount
      (a period)                                                     years left           is in

Time:

    before the target year, nothing to read (no actual; a level's baseline only)  → not assessable
    before (or in) the target year, figures to read                              → the trend status
    in or after the target year, the deciding figure is in                       → achieved / missed
    after the target year, the deciding figure is not in                         → not assessable
                                                                                   (the figure is awaited)

Achieved ⇔ the deciding figure meets the band; missed otherwise — whatever the baseline (an
actual of the target year decides even when it is the only one). Earlier: a level whose latest
actual already meets the band, and a min/reach total already reached, are achieved.

Trend status: the projection is drawn at the rate the status reads, so the chart and the status
agree: on track (进展顺利) ⇔ the projection meets the band at the target year. Otherwise the
ratio (Eurostat) decides: ≥ 0.95 nearly on track (基本顺利), ≥ 0.60 moderate (进展一般), ≥ 0
insufficient (进展不足), < 0 moving away (背离目标); a projection that overshoots an approx or
range band is moderate; a level whose baseline met the goal and whose latest does not is moving
away; a bound of 0 (growth ≥ 0 %) gives no ratio: unmet is moving away. For a max goal the ratio
is mirrored, so 1 still means "exactly the bound".

Progress (完成进度, `progress.share_of_way`) is not the ratio: the share of the way from the
baseline to the goal covered by the latest actual (a level), or of the total done (cumulative, an
increment over a period); none for goals on a yearly rate or a year's addition.
"""

from huangpu_tracker.assessment.assess import assess
from huangpu_tracker.assessment.goals import describe_goal
from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS, Assessment, Baseline, Goal
from huangpu_tracker.assessment.units import UnitError, convert, converts

__all__ = [
    "STATUS_CODES",
    "STATUS_LABELS",
    "Assessment",
    "Baseline",
    "Goal",
    "UnitError",
    "assess",
    "convert",
    "converts",
    "describe_goal",
]
