"""How target rows read in the tables: the goal, the latest actual, progress, review state."""

from __future__ import annotations

from huangpu_tracker.assessment.batch import counts_for
from huangpu_tracker.assessment.goals import describe_goal, format_number
from huangpu_tracker.assessment.model import Assessment
from huangpu_tracker.assessment.progress import (
    decimals_written,
    figures_of,
    share_of_way,
    share_text,
    written_like,
)
from huangpu_tracker.gui.settings import language, tr
from huangpu_tracker.store import review

MERGE_OFFER_MARK = (" · 可合并", " · merge offer")  # a goal with an open merge offer (Edit → 可能重复的目标)


def progress_label(document: dict) -> str:
    """'34 个目标，6 个待审核' for a `store.documents()` row (goals stated, still to review)."""
    english = f"{document['n_goals']} goals, {document['n_to_review']} to review"
    return tr(review.progress_text(document), english)


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


def progress_meaning() -> str:
    return tr(
        "完成进度：从基期到目标已走过的比例（总量目标为累计完成的比例）",
        "Progress: the share of the way from the baseline to the goal (of a total: the share done)",
    )


def progress_text(row: dict) -> str:
    """The share of the way from the baseline to the goal ('68 %'), '' when it has none."""
    return share_text(row.get("progress"))


def progress_tip(row: dict) -> str:
    """What the progress cell means, with the pace (Eurostat's ratio) beside it."""
    lines = [progress_meaning()]
    if row.get("ratio") is not None:
        lines.append(
            tr(
                f"速度比值 {row['ratio']:.2f}（实际年均增速 ÷ 达标所需，≥ 1 为按期达标）",
                f"Pace ratio {row['ratio']:.2f} (observed ÷ required rate; ≥ 1 reaches the goal in time)",
            )
        )
    return "\n".join(lines)


def progress_figures(a: Assessment) -> str:
    """The progress of an assessed goal in one line: the share of the way from the baseline to the
    goal, then the pace (Eurostat's ratio, with the rates it divides); '' when there is neither."""
    parts = []
    share = share_of_way(a)
    if share is not None and a.baseline is not None and a.target_value is not None:
        digits = decimals_written(figures_of(a))
        start, goal = written_like(a.baseline.value, digits), written_like(a.target_value, digits)
        if a.method == "cumulative":
            parts.append(tr(f"完成进度 {share_text(share)}（累计占目标 {goal} {a.unit}）",
                            f"Progress {share_text(share)} (of the total {goal} {a.unit})"))  # fmt: skip
        else:
            done, year, unit = share_text(share), a.baseline.year, a.unit
            parts.append(
                tr(
                    f"完成进度 {done}（从 {year} 年的 {start} {unit} 到目标 {goal} {unit}）",
                    f"Progress {done} (from {start} {unit} in {year} to {goal} {unit})",
                )
            )
    if a.ratio is not None:
        pace = tr(f"速度比值 {a.ratio:.2f}", f"Pace ratio {a.ratio:.2f}")
        if a.observed_rate is not None and a.required_rate is not None:
            pace += tr(
                f"（实际 {a.observed_rate:.2f} ÷ 所需 {a.required_rate:.2f} {a.rate_unit}）",
                f" (observed {a.observed_rate:.2f} ÷ required {a.required_rate:.2f} {a.rate_unit})",
            )
        parts.append(pace)
    return tr("；", "; ").join(parts)
