"""Assessing store rows: units converted, growth goals read from level series."""

import pytest

from huangpu_tracker.assessment.batch import assess_store_targets, goal_from_row, series_for_goal

TARGET = {
    "id": 7, "indicator_id": 1,
    "entity": "黄埔区", "area": None, "metric": "地区生产总值",
    "kind": "level", "comparator": "min", "value": 1.0, "value_hi": None, "unit": "万亿元",
    "target_year": 2025, "period_start": None, "set_year": 2021,
    "baseline_value": None, "baseline_year": None,
}  # fmt: skip


def actual(year, value, unit, status="accepted"):
    return {"indicator_id": 1, "year": year, "value": value, "unit": unit, "status": status}


def test_actuals_in_another_magnitude_are_converted_and_others_left_out():
    goal = goal_from_row(TARGET)
    rows = [
        actual(2020, 8000, "亿元"),
        actual(2021, 0.9, "万亿元"),
        actual(2022, 5, "家"),
        actual(2023, 2, "万亿元", "alternative"),
    ]
    assert series_for_goal(goal, rows) == {2020: pytest.approx(0.8), 2021: 0.9}


def test_growth_goal_on_a_level_series_uses_the_yearly_growth():
    goal = goal_from_row({**TARGET, "kind": "growth", "value": 6.0, "unit": "%", "target_year": 2022})
    rows = [actual(2020, 8000, "亿元"), actual(2021, 0.86, "万亿元"), actual(2022, 9030, "亿元")]
    series = series_for_goal(goal, rows)
    assert series == {2021: pytest.approx(7.5), 2022: pytest.approx(5.0)}


def test_assess_store_targets_keeps_the_order_and_the_override():
    rows = [TARGET, {**TARGET, "id": 8, "baseline_year": 2019, "baseline_value": 0.7}]
    results = assess_store_targets(
        rows, [actual(2020, 0.8, "万亿元"), actual(2022, 0.9, "万亿元")], today=2023
    )
    assert [r.target_id for r in results] == [7, 8]
    assert results[0].baseline.source == "period_start"
    assert (results[1].baseline.year, results[1].baseline.source) == (2019, "override")


def test_doubling_goal_reads_the_levels_as_multiples_of_the_baseline():
    # 翻一番 by 2025 from 300 亿元 in 2020: 2022 at 390 = 1.3 倍; required 2^(1/5)-1 = 14.87 %/yr,
    # observed 1.3^(1/2)-1 = 14.02 %/yr → ratio 0.943 → moderate
    row = {**TARGET, "value": 2.0, "unit": "倍"}
    (result,) = assess_store_targets(
        [row], [actual(2020, 300, "亿元"), actual(2022, 390, "亿元")], today=2023
    )
    assert result.baseline.value == 1.0
    assert result.actual_points[-1] == (2022, pytest.approx(1.3))
    assert result.ratio == pytest.approx(0.943, abs=0.001)
    assert result.status == "moderate"
