"""How target rows read in the tables: the goal, the latest actual, progress, review state."""

from __future__ import annotations

from huangpu_tracker.assessment.batch import counts_for
from huangpu_tracker.assessment.goals import describe_goal, format_number
from huangpu_tracker.gui.settings import language, tr

REVIEW_LABELS: dict[str, tuple[str, str]] = {
    "extracted": ("待审核", "To review"),
    "confirmed": ("已确认", "Confirmed"),
    "edited": ("已修改", "Edited"),
    "rejected": ("已驳回", "Rejected"),
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "level": ("水平值", "Level"),
    "growth": ("增速", "Growth"),
    "avg_growth": ("年均增速", "Average growth"),
    "cumulative": ("累计", "Cumulative"),
    "increment": ("新增", "Increment"),
}

COMPARATOR_LABELS: dict[str, tuple[str, str]] = {
    "min": ("不低于 ≥", "At least ≥"),
    "max": ("不超过 ≤", "At most ≤"),
    "approx": ("左右 ≈", "About ≈"),
    "reach": ("达到", "Reach"),
    "range": ("区间", "Range"),
}


# The editable fields of a target, by kind of input
TEXT_FIELDS = {
    "entity": ("主体", "Entity"),
    "area": ("领域", "Area"),
    "metric": ("指标", "Metric"),
    "unit": ("单位", "Unit"),
    "note": ("备注", "Note"),
}
NUMBER_FIELDS = {
    "value": ("目标值", "Value"),
    "value_hi": ("上限", "Upper bound"),
    "baseline_value": ("基期值", "Baseline value"),
}
YEAR_FIELDS = {
    "target_year": ("目标年", "Target year"),
    "period_start": ("起始年", "Period start"),
    "baseline_year": ("基期年", "Baseline year"),
}
FIELD_LABELS = {
    **TEXT_FIELDS,
    **NUMBER_FIELDS,
    **YEAR_FIELDS,
    "kind": ("类型", "Kind"),
    "comparator": ("比较", "Comparator"),
}


def number_text(value: float | None) -> str:
    return "" if value is None else format_number(value)


def goal_text(row: dict) -> str:
    """'≥ 5 %', '年均 ≈ 8 %', '1–2 家' (from the row's kind, comparator, value, value_hi, unit), in the
    UI language."""
    if row.get("value") is None:
        return ""
    return describe_goal(
        row["kind"], row["comparator"], row["value"], row.get("value_hi"), row["unit"] or "", language()
    )


def latest_text(row: dict) -> str:
    """'4.38 % (2023)' or '' when no actual was entered; an actual whose unit cannot count for the
    goal (1200 张 on a 个 goal) says so."""
    if row.get("latest_value") is None:
        return ""
    unit = row.get("latest_unit") or ""
    text = f"{format_number(row['latest_value'])} {unit} ({row['latest_year']})".replace("  ", " ")
    if row.get("kind") and not counts_for(row["kind"], row.get("unit") or "", unit):
        text += tr(" (单位不符，不计入评估)", " (unit does not fit: not assessed)")
    return text


def progress_text(row: dict) -> str:
    """The ratio observed/required as a percentage ('87 %'), '' when not computable."""
    ratio = row.get("progress")
    return "" if ratio is None else f"{ratio * 100:.0f} %"
