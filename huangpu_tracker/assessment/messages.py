"""Every sentence the assessment writes (status reasons, the goal in words), in Chinese and English.

One catalogue: `say(language, key, **values)` fills the template of `key` in "zh" (the default,
what the exports and the command line print) or "en" (the desktop app in English). Values are
passed already formatted; units stay as written (亿元 stays 亿元), only the words around them change.
"""

from __future__ import annotations

from typing import Literal

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")

# key: (Chinese, English) — str.format templates with named fields
MESSAGES: dict[str, tuple[str, str]] = {
    # the goal in words and a figure of a year
    "point": ("{year}年 {value} {unit}", "{year}: {value} {unit}"),
    "kind.cumulative": ("累计", "cumulative"),
    "kind.increment": ("新增", "new"),
    "kind.growth": ("增长", "growth"),
    "kind.avg_growth": ("年均", "annual avg."),
    "sign.reach": ("达到", "reach"),
    "per_year": ("{unit}/年", "{unit}/yr"),
    # why a goal cannot be assessed
    "no_year": ("目标没有年份,无法评估", "the goal has no target year: cannot assess"),
    "start_after_target": (
        "起始年 {start} 晚于目标年 {year}",
        "the period starts in {start}, after the target year {year}",
    ),
    "awaited": (
        "目标年{year}已过,{year}年实际值待录入",
        "target year {year} has passed; its actual is awaited",
    ),
    "and_awaited": ("{reason};{awaited}", "{reason}; {awaited}"),
    "awaited_before": ("{awaited}(此前:{reason})", "{awaited} (before: {reason})"),
    "no_baseline": ("尚无实际值,无基期", "no actual yet, so no baseline"),
    "baseline_not_before": (
        "基期 {baseline} 年不早于目标年 {year}",
        "the baseline year {baseline} is not before the target year {year}",
    ),
    "baseline_only": ("仅有基期值({point}),尚无之后的实际值", "only the baseline ({point}), no actual since"),
    "no_actual": ("尚无实际值", "no actual yet"),
    "no_rate_since": ("{start}年以来尚无实际增速", "no growth rate since {start}"),
    "no_actual_since": ("{start}年以来尚无实际值", "no actual since {start}"),
    # decided goals
    "met": ("{point},已达到目标「{goal}」", "{point}: goal “{goal}” met"),
    "not_met": ("{point},未达到目标「{goal}」", "{point}: goal “{goal}” not met"),
    "baseline_met_now_off": (
        "基期已达标,{point} 已偏离目标「{goal}」",
        "the baseline met the goal; {point} no longer meets “{goal}”",
    ),
    # trends
    "growth_since": (
        "自{year}年以来年均增长 {observed} {unit},达标需 {required} {unit}",
        "average growth since {year}: {observed} {unit}; {required} {unit} needed",
    ),
    "change_since": (
        "自{year}年以来年均变化 {observed} {unit},达标需 {required} {unit}",
        "average change since {year}: {observed} {unit}; {required} {unit} needed",
    ),
    "latest": ("最新 {point},目标「{goal}」", "latest {point}, goal “{goal}”"),
    "gaps": ("(缺 {years} 年)", " (missing {years})"),
    "average_since": (
        "{start}–{year}年年均 {observed} %{gaps},目标「{goal}」",
        "{start}–{year} average {observed} %{gaps}, goal “{goal}”",
    ),
    "total_since": (
        "{start}–{year}年累计 {total} {unit},目标「{goal}」",
        "{start}–{year} total {total} {unit}, goal “{goal}”",
    ),
    "due_by_now": ("{summary},按进度应累计约 {due} {unit}", "{summary}; about {due} {unit} due by now"),
    "overshoots": ("{because},按此速度将超出目标区间", "{because}; at this pace it overshoots the band"),
    "ratio": ("{because},比值 {ratio}", "{because}; ratio {ratio}"),
    "list": ("、", ", "),
    # why a document figure does not fit its series (offers)
    "unfit.unknown_kind": (
        "未标明是何种数值(水平值、当年新增、增速或合计),请逐一核对",
        "not marked as a level, a year's addition, a growth rate or a total: check it yourself",
    ),
    "unfit.period_total": (
        "多年合计或年均数值,不是单一年份的数值",
        "a multi-year total or average, not one year's figure",
    ),
    "unfit.kind": ("数值是{figure},目标是{goal}", "the figure is {figure}, the goal {goal}"),
    "unfit.unit": ("单位 {unit} 不能换算为 {goal_unit}", "unit {unit} does not convert into {goal_unit}"),
    "no_unit": ("(无)", "(none)"),
    "goal_kind.level": ("水平值", "a level"),
    "goal_kind.growth": ("增速", "a growth rate"),
    "goal_kind.avg_growth": ("年均增速", "an average growth rate"),
    "goal_kind.cumulative": ("累计", "a total"),
    "goal_kind.increment": ("新增", "an addition"),
    "goal_year": ("({year}年)", " ({year})"),
    "goals_list": ("；", "; "),
}


def say(language: str, key: str, **values: object) -> str:
    """The message `key` in `language` ("zh" or "en"; anything else reads as "zh"), filled in."""
    zh, en = MESSAGES[key]
    return (en if language == "en" else zh).format(**values)
