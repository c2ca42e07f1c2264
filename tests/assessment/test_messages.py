"""The assessment speaks Chinese (the default: exports, command line) or English (the app in
English): same status, same numbers, the words translated and the units as written."""

from __future__ import annotations

import re
import string

import pytest

from huangpu_tracker.assessment import Goal, assess, describe_goal
from huangpu_tracker.assessment.messages import MESSAGES, say
from huangpu_tracker.assessment.offers import offers, unfit_reason

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef「」]")


def goal(kind, comparator="min", value=5.0, unit="%", target_year=2025, **kw):
    return Goal("T", kind, comparator, value, kw.pop("value_hi", None), unit, target_year, **kw)


# (goal, actuals, today): every way a reason is written
CASES = [
    (goal("level", set_year=2021), {2020: 4.38}, 2023),  # only the baseline
    (goal("level", set_year=2021), {2020: 4.38, 2022: 4.8}, 2023),  # trend, compound
    (goal("level", set_year=2021), {2020: 4.38, 2025: 4.9}, 2026),  # missed
    (goal("level", set_year=2021), {2020: 4.38, 2023: 5.1}, 2024),  # achieved early
    (goal("level", set_year=2021), {2020: 4.38, 2022: 4.8}, 2026),  # passed, awaited (before: …)
    (goal("level", set_year=2021), {}, 2023),  # no baseline
    (goal("level", set_year=2021), {}, 2027),  # no baseline; awaited
    (goal("level", "max", 80, "亿元", set_year=2021), {2020: 70, 2023: 90}, 2024),  # baseline met
    (goal("level", "approx", 200, "亿元", set_year=2021), {2020: 100, 2023: 160}, 2024),  # overshoots
    (goal("level", value=3.0, unit="个百分点", set_year=2021), {2020: 1.0, 2022: 1.5}, 2023),  # linear
    (goal("level", set_year=2026), {2026: 5.2}, 2027),  # baseline not before the target year
    (goal("level", target_year=None), {2020: 1.0}, 2023),  # no year
    (goal("level", period_start=2030), {2020: 1.0}, 2023),  # starts after the target year
    (goal("growth", value=6.0), {}, 2023),
    (goal("growth", value=6.0), {2023: 6.5}, 2024),
    (goal("growth", value=6.0), {2024: 7.0, 2025: 6.1}, 2026),
    (goal("growth", value=0.0), {2023: -1.0}, 2024),  # no ratio
    (goal("avg_growth", "approx", 8.0, period_start=2021), {2019: 5.0}, 2023),
    (goal("avg_growth", "approx", 8.0, period_start=2021), {2021: 8.0, 2023: 8.2}, 2024),  # a gap
    (goal("avg_growth", "approx", 8.0, period_start=2021), {y: 8 for y in range(2021, 2026)}, 2026),
    (goal("cumulative", value=1.0, unit="万亿元", period_start=2021), {2020: 0.1}, 2023),
    (goal("cumulative", value=1.0, unit="万亿元", period_start=2021), {2021: 0.2, 2022: 0.21}, 2023),
    (goal("cumulative", value=1.0, unit="万亿元", period_start=2021), {2021: 0.6, 2022: 0.5}, 2023),
    (goal("increment", value=100.0, unit="家"), {2024: 99}, 2025),
    (goal("increment", value=500.0, unit="家", period_start=2021), {2021: 50, 2022: 50}, 2025),
    (goal("level", "reach", 200, "亿元", set_year=2021), {2020: 100, 2023: 150}, 2024),
]


def words(text: str, unit: str) -> list[str]:
    """The Chinese characters of `text` that are not its unit's."""
    return CJK.findall(text.replace(unit, ""))


@pytest.mark.parametrize(("g", "actuals", "today"), CASES)
def test_english_reasons_are_english_with_the_same_status_and_numbers(g, actuals, today):
    zh = assess(g, actuals, today=today)
    en = assess(g, actuals, today=today, language="en")
    assert en.status == zh.status and en.ratio == zh.ratio and en.projection == zh.projection
    assert en.reason and words(en.reason, g.unit) == [], en.reason
    assert words(en.goal_text, g.unit) == []
    assert CJK.search(zh.reason)  # Chinese stays the default
    numbers = re.compile(r"\d+(?:\.\d+)?")
    assert set(numbers.findall(en.reason)) == set(numbers.findall(zh.reason))


def test_a_reason_in_each_language():
    g = goal("level", set_year=2021)
    assert assess(g, {2020: 4.38, 2023: 5.1}, today=2024).reason == "2023年 5.1 %,已达到目标「≥ 5 %」"
    assert (
        assess(g, {2020: 4.38, 2022: 4.8}, today=2026, language="en").reason
        == "target year 2025 has passed; its actual is awaited (before: average growth since 2020: "
        "4.68 %/yr; 2.68 %/yr needed; ratio 1.75)"
    )


def test_goals_in_words_keep_their_units():
    assert describe_goal("cumulative", "min", 1, None, "万亿元", "en") == "cumulative ≥ 1 万亿元"
    assert describe_goal("avg_growth", "approx", 8, None, "%", "en") == "annual avg. ≈ 8 %"
    assert describe_goal("level", "reach", 1100, None, "个", "en") == "reach 1100 个"
    assert describe_goal("level", "reach", 1100, None, "个") == "达到 1100 个"


def test_unfit_figures_say_why_in_english():
    goals = [{"kind": "growth", "unit": "%", "metric": "GDP增速", "comparator": "min", "value": 6,
              "indicator_id": 1, "target_year": 2025}]  # fmt: skip
    level = {"reported_kind": "level", "unit": "亿元"}
    assert unfit_reason(level, goals) == "数值是水平值,目标是增速"
    assert unfit_reason(level, goals, "en") == "the figure is a level, the goal a growth rate"
    total = {
        "id": 1,
        "indicator_id": 1,
        "year": 2024,
        "value": 3,
        "unit": "%",
        "reported_kind": "period_total",
    }
    (offer,) = offers([total], goals, "en")
    assert offer.reason == "a multi-year total or average, not one year's figure"
    assert offer.goals == "GDP增速 growth ≥ 6 % (2025)"


def test_every_message_has_both_languages_with_the_same_fields():
    for key, (zh, en) in MESSAGES.items():
        fields = [{name for _, name, _, _ in string.Formatter().parse(text) if name} for text in (zh, en)]
        assert fields[0] == fields[1], key
        assert zh and en and not CJK.search(en), key
    assert say("fr", "no_actual") == "尚无实际值"  # an unknown language reads as Chinese
