"""Level goals: baseline, compound/linear required path, projection and Eurostat status."""

import pytest

from huangpu_tracker.assessment import Goal, assess


def level(comparator="min", value=5.0, unit="%", target_year=2025, **kw):
    return Goal("T1", "level", comparator, value, kw.pop("value_hi", None), unit, target_year, **kw)


def test_issue_example_rd_intensity_is_on_track():
    # required (5/4.38)^(1/5)-1 = 2.68 %/yr; observed (4.8/4.38)^(1/2)-1 = 4.68 %/yr; ratio 1.75
    result = assess(level(set_year=2021), {2020: 4.38, 2022: 4.8}, today=2023)
    assert result.status == "on_track"
    assert result.label_zh == "进展顺利"
    assert result.required_rate == pytest.approx(2.68, abs=0.005)
    assert result.observed_rate == pytest.approx(4.68, abs=0.005)
    assert result.ratio == pytest.approx(1.75, abs=0.005)
    assert (result.baseline.year, result.baseline.value, result.baseline.source) == (
        2020,
        4.38,
        "period_start",
    )
    assert result.method == "compound"
    assert result.required_path[0] == (2020, 4.38)
    assert result.required_path[-1][1] == pytest.approx(5.0)
    # projection: 4.68 %/yr from 4.8 in 2022 → 4.8 × 1.046848³ = 5.507 in 2025
    assert result.projected_value == pytest.approx(5.507, abs=0.001)
    assert result.projection[0] == (2022, 4.8)
    assert "比值 1.75" in result.reason


@pytest.mark.parametrize(
    ("value_2023", "status", "ratio"),
    [
        # baseline 100 (2020), goal 200 by 2025: required 2^(1/5)-1 = 14.87 %/yr
        (160, "on_track", 16.96 / 14.87),  # (1.6)^(1/3)-1 = 16.96 %
        # Eurostat's 95 % alone: projected short of the target, so not "on track" (issue 12)
        (150, "nearly_on_track", 14.47 / 14.87),  # (1.5)^(1/3)-1 = 14.47 %
        (130, "moderate", 9.14 / 14.87),  # (1.3)^(1/3)-1 = 9.14 %
        (110, "insufficient", 3.23 / 14.87),  # (1.1)^(1/3)-1 = 3.23 %
        (90, "moving_away", -3.45 / 14.87),  # (0.9)^(1/3)-1 = -3.45 %
    ],
)
def test_status_bands_follow_the_ratio(value_2023, status, ratio):
    result = assess(level(value=200, unit="亿元"), {2020: 100, 2023: value_2023}, today=2024)
    assert result.status == status
    assert result.ratio == pytest.approx(ratio, abs=0.002)


def test_decreasing_goal_mirrors_the_ratio():
    # PM2.5 ≤ 30 by 2025 from 40 in 2020: required (0.75)^(1/5)-1 = -5.59 %/yr
    # 2022: 36 → observed (0.9)^(1/2)-1 = -5.13 %/yr; ratio 0.918 → moderate
    goal = level("max", 30, "微克/立方米")
    result = assess(goal, {2020: 40, 2022: 36}, today=2023)
    assert result.required_rate == pytest.approx(-5.59, abs=0.01)
    assert result.observed_rate == pytest.approx(-5.13, abs=0.01)
    assert result.ratio == pytest.approx(0.918, abs=0.002)
    assert result.status == "moderate"
    rising = assess(goal, {2020: 40, 2022: 42}, today=2023)
    assert rising.status == "moving_away"
    assert rising.ratio < 0


def test_achieved_and_missed():
    assert assess(level(), {2020: 4.38, 2023: 5.1}, today=2024).status == "achieved"
    missed = assess(level(), {2020: 4.38, 2025: 4.9}, today=2026)
    assert missed.status == "missed"
    assert missed.label_zh == "未达成"
    assert "2025年" in missed.reason


def test_passed_target_year_without_its_figure_is_not_assessable_and_says_so():
    # issue 12: a passed target year is judged on its own figure, never on the trend
    result = assess(level(), {2020: 4.38, 2022: 4.8}, today=2027)
    assert result.status == "not_assessable"
    assert "2025年实际值待录入" in result.reason
    assert result.projection == () and result.ratio is None


def test_not_assessable_without_actuals_or_with_the_baseline_only():
    empty = assess(level(), {}, today=2023)
    assert empty.status == "not_assessable"
    assert empty.label_zh == "无法评估"
    assert empty.reason
    only_base = assess(level(), {2020: 4.38}, today=2023)
    assert only_base.status == "not_assessable"
    assert "基期" in only_base.reason
    no_year = assess(level(target_year=None), {2020: 4.38, 2021: 4.5}, today=2023)
    assert no_year.status == "not_assessable"


def test_baseline_choice_order():
    values = {2018: 3.9, 2019: 4.1, 2021: 4.6}
    # no 2020 figure: latest before the goal was set (2021) → 2019
    assert assess(level(set_year=2021), values, today=2023).baseline.source == "before_set"
    assert assess(level(set_year=2021), values, today=2023).baseline.year == 2019
    # everything after the goal was set: the first actual
    first = assess(level(set_year=2021), {2022: 4.6, 2023: 4.7}, today=2024).baseline
    assert (first.year, first.source) == (2022, "first_actual")
    override = assess(level(baseline_override=(2019, 4.0)), values, today=2023).baseline
    assert (override.year, override.value, override.source) == (2019, 4.0, "override")


def test_percentage_point_and_non_positive_goals_use_linear_paths():
    # 提高 3 个百分点: from 0 (2020) to 3 by 2025 → 0.6 per year; 2022: 1.0 → 0.5/yr → ratio 0.833
    goal = level("min", 3, "个百分点")
    result = assess(goal, {2020: 0, 2022: 1.0}, today=2023)
    assert result.method == "linear"
    assert result.required_rate == pytest.approx(0.6)
    assert result.observed_rate == pytest.approx(0.5)
    assert result.ratio == pytest.approx(0.8333, abs=0.001)
    assert result.status == "moderate"
    assert result.required_path[3] == (2023, pytest.approx(1.8))
    # linear projection from the trend (0 → 1 over 2 years): 1 + 0.5 × 3 = 2.5 in 2025
    assert result.projected_value == pytest.approx(2.5)


def test_range_goal_heads_for_the_nearer_bound():
    goal = level("range", 10, "家", value_hi=12)
    result = assess(goal, {2020: 5, 2023: 8}, today=2024)
    assert result.target_value == 10
    assert (result.band_lo, result.band_hi) == (10, 12)
    assert assess(goal, {2020: 5, 2023: 11}, today=2024).status == "achieved"


def test_to_dict_is_json_ready():
    import json

    data = assess(level(), {2020: 4.38, 2022: 4.8}, today=2023).to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert data["label_zh"] == "进展顺利"
    assert data["baseline"]["source_label"] == "规划期前一年"
    assert "required_path" in text


def test_approx_goal_is_met_within_its_tolerance():
    # ≈ 35 微克/立方米: ±5 % → 33.25–36.75
    goal = level("approx", 35, "微克/立方米")
    assert assess(goal, {2020: 40, 2023: 36.5}, today=2024).status == "achieved"
    # 40 → 37 over 3 years: (37/40)^(1/3)-1 = -2.565 %/yr; required (35/40)^(1/5)-1 = -2.635 %/yr → 0.973
    close = assess(goal, {2020: 40, 2023: 37}, today=2024)
    assert close.ratio == pytest.approx(0.973, abs=0.001)
    assert close.status == "on_track"
    # ≈ 5 % for a rate: ±0.5 percentage point
    assert assess(level("approx", 5.0), {2020: 4.0, 2022: 4.6}, today=2023).status == "achieved"
