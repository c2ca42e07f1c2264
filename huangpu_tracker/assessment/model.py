"""What an assessment takes (a `Goal`) and what it yields (an `Assessment`): plain, Qt-free data.

Conventions shared by the assessment, the charts and the exports:

* Points are `(year, value)` tuples in the goal's unit, sorted by year.
* `actual_points` are the values the chart plots against the goal: the accepted actuals for
  level/growth/avg_growth/increment goals (for avg_growth the yearly rates), the running totals
  since the period start for cumulative goals. `average_points` (avg_growth only) is the compound
  average since the period start up to each year, drawn as its own labelled line.
  `raw_actuals` are the accepted actuals as entered.
* Rates: with `method == "compound"` the required and observed rates are compound annual growth
  rates in percent (2.68 means 2.68 %/年); with `"linear"` they are average annual changes in the
  goal's unit per year; with `"cumulative"` average annual amounts; with `"rate"` (growth and
  avg_growth goals) they are the growth rates themselves, in %. `rate_unit` spells it out.
* `ratio` = observed / required (Eurostat); `None` when it cannot be computed.
* `band_lo`/`band_hi`: the values that meet the goal at the target year (`None` = unbounded).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from huangpu_tracker.extraction.model import Comparator, Kind

Point = tuple[int, float]

STATUS_CODES: tuple[str, ...] = (
    "on_track",
    "nearly_on_track",
    "moderate",
    "insufficient",
    "moving_away",
    "achieved",
    "missed",
    "not_assessable",
)

STATUS_LABELS: dict[str, tuple[str, str]] = {
    "on_track": ("进展顺利", "On track"),
    "nearly_on_track": ("基本顺利", "Nearly on track"),
    "moderate": ("进展一般", "Moderate progress"),
    "insufficient": ("进展不足", "Insufficient progress"),
    "moving_away": ("背离目标", "Moving away"),
    "achieved": ("已达成", "Achieved"),
    "missed": ("未达成", "Missed"),
    "not_assessable": ("无法评估", "Not assessable"),
}

BaselineSource = Literal["override", "period_start", "before_set", "first_actual"]
BASELINE_SOURCE_LABELS: dict[str, str] = {
    "override": "分析员指定",
    "period_start": "规划期前一年",
    "before_set": "目标提出前最新值",
    "first_actual": "首个实际值",
}

Method = Literal["compound", "linear", "cumulative", "rate"]


@dataclass(frozen=True)
class Goal:
    """One quantitative target as the assessment needs it (a target row of the store, flattened).

    `set_year` is the year the target was set (the document's year), used to find the baseline;
    `baseline_override` is the analyst's own `(year, value)` baseline.
    """

    target_id: int | str | None
    kind: Kind
    comparator: Comparator
    value: float
    value_hi: float | None
    unit: str
    target_year: int | None
    period_start: int | None = None
    set_year: int | None = None
    baseline_override: Point | None = None
    metric: str = ""
    entity: str = ""


@dataclass(frozen=True)
class Baseline:
    """The starting point of the required path and of the observed rate."""

    year: int
    value: float
    source: BaselineSource

    @property
    def source_label(self) -> str:
        return BASELINE_SOURCE_LABELS[self.source]


@dataclass(frozen=True)
class Assessment:
    """The progress of one goal: status with its reason, and every series a chart draws."""

    target_id: int | str | None
    status: str
    reason: str
    kind: Kind
    comparator: Comparator
    unit: str
    goal_text: str
    target_year: int | None
    target_value: float | None
    metric: str = ""
    entity: str = ""
    method: Method | None = None
    ratio: float | None = None
    required_rate: float | None = None
    observed_rate: float | None = None
    rate_unit: str = ""
    baseline: Baseline | None = None
    plan_start: int | None = None
    plan_end: int | None = None
    band_lo: float | None = None
    band_hi: float | None = None
    raw_actuals: tuple[Point, ...] = ()
    actual_points: tuple[Point, ...] = ()
    average_points: tuple[Point, ...] = ()
    required_path: tuple[Point, ...] = ()
    projection: tuple[Point, ...] = ()
    projected_value: float | None = None
    latest: Point | None = None

    @property
    def label_zh(self) -> str:
        return STATUS_LABELS[self.status][0]

    @property
    def label_en(self) -> str:
        return STATUS_LABELS[self.status][1]

    @property
    def label(self) -> str:
        """Chinese first, English second: '进展顺利 On track'."""
        return f"{self.label_zh} {self.label_en}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (points as lists, labels included)."""
        data = asdict(self)
        data["label_zh"] = self.label_zh
        data["label_en"] = self.label_en
        if self.baseline is not None:
            data["baseline"]["source_label"] = self.baseline.source_label
        for key in ("raw_actuals", "actual_points", "average_points", "required_path", "projection"):
            data[key] = [[year, value] for year, value in data[key]]
        if self.latest is not None:
            data["latest"] = list(self.latest)
        return data
