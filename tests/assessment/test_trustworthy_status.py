"""Issue 12's cases: a status that never contradicts its chart (each failed on the code before)."""

import pytest

from huangpu_tracker.assessment import Goal, assess
from huangpu_tracker.assessment.batch import series_for_goal
from huangpu_tracker.assessment.goals import meets


def goal(kind, comparator, value, unit, target_year, **kw):
    return Goal("T", kind, comparator, value, kw.pop("value_hi", None), unit, target_year, **kw)


def test_an_actual_of_the_target_year_decides_whatever_the_baseline():
    # 院士 ≥ 100 名 by 2021, 106 in 2021: the only actual is also the baseline
    result = assess(goal("level", "min", 100, "名", 2021), {2021: 106}, today=2026)
    assert result.status == "achieved"
    assert "2021年 106 名" in result.reason
    missed = assess(goal("level", "min", 100, "名", 2021), {2021: 96}, today=2026)
    assert missed.status == "missed"


def test_a_later_actual_decides_a_passed_level_goal_without_its_own():
    result = assess(goal("level", "min", 100, "名", 2021), {2019: 80, 2023: 120}, today=2026)
    assert result.status == "achieved"
    assert "2023年 120 名" in result.reason


@pytest.mark.parametrize(
    ("kind", "unit", "actuals"),
    [
        ("increment", "个", {2020: 30}),  # 百亿级项目 新增 ≥ 6 by 2022: ratio 500 %
        ("increment", "名", {2020: 217}),  # 新增高层次人才 ≥ 100 by 2021: ratio 217 %
        ("growth", "%", {2020: 30}),
        ("level", "亿元", {2019: 1, 2020: 3}),  # observed 200 %/yr against 82 %/yr required
    ],
)
def test_a_passed_target_year_is_never_on_track_from_older_figures(kind, unit, actuals):
    result = assess(goal(kind, "min", 6, unit, 2022), actuals, today=2026)
    assert result.status == "not_assessable"
    assert "2022年实际值待录入" in result.reason
    assert result.projection == () and result.projected_value is None


def test_an_on_track_addition_is_not_drawn_falling_short():
    # 竣工面积 新增 200 万平方米 in 2022, with 429 (2020) and 251 (2021), assessed in 2022
    result = assess(goal("increment", "reach", 200, "万平方米", 2022), {2020: 429, 2021: 251}, today=2022)
    assert result.status == "on_track"
    assert result.projected_value == 251 and result.projection[-1] == (2022, 251)


def test_rd_intensity_at_ratio_0_96_is_not_on_track_beside_a_projection_short_of_5():
    # baseline 4.38 (2020), 2023 grown at 96 % of the required 2.68 %/yr → projected 4.98 % in 2025
    required = (5 / 4.38) ** (1 / 5) - 1
    value_2023 = 4.38 * (1 + 0.96 * required) ** 3
    result = assess(
        goal("level", "min", 5, "%", 2025, set_year=2021), {2020: 4.38, 2023: value_2023}, today=2024
    )
    assert result.projected_value == pytest.approx(4.98, abs=0.01)
    assert result.ratio == pytest.approx(0.96)
    assert result.status == "nearly_on_track"
    assert result.label_zh == "基本顺利"


def test_average_growth_charts_the_yearly_rates_and_the_average_as_its_own_line():
    g = goal("avg_growth", "approx", 8, "%", 2025, period_start=2021)
    result = assess(g, {2021: 10.5, 2022: 3.1, 2023: 5.2, 2024: 4.0}, today=2024)
    assert [v for _, v in result.actual_points] == [10.5, 3.1, 5.2, 4.0]
    assert [round(v, 2) for _, v in result.average_points] == [10.5, 6.74, 6.22, 5.66]
    assert result.latest == (2024, 4.0)


def test_8650_yi_yuan_on_a_wan_yi_yuan_goal_keeps_every_digit():
    g = goal("level", "min", 1, "万亿元", 2025)
    series = series_for_goal(g, [{"year": 2020, "value": 8650, "unit": "亿元", "status": "accepted"}])
    assert series == {2020: 0.865}
    from huangpu_tracker.gui.plots.series import value_text  # the chart's label

    assert value_text(series[2020]) == "0.865"


def test_a_coverage_rate_is_not_projected_past_100_percent():
    g = goal("level", "reach", 100, "%", 2025, set_year=2021)
    result = assess(g, {2020: 80, 2022: 92}, today=2023)
    assert max(v for _, v in result.projection) == 100
    assert result.status == "on_track" and meets(result.projected_value, (100, None))
