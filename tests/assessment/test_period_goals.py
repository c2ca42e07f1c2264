"""Growth, average growth, cumulative and increment goals."""

import pytest

from huangpu_tracker.assessment import Goal, assess


def goal(kind, comparator, value, unit, target_year, period_start=None, value_hi=None):
    return Goal("T", kind, comparator, value, value_hi, unit, target_year, period_start=period_start)


def test_growth_goal_compares_the_realised_rate():
    g = goal("growth", "min", 6, "%", 2023)
    assert assess(g, {2023: 6.2}, today=2024).status == "achieved"
    assert assess(g, {2023: 5.0}, today=2024).status == "missed"
    # before the target year: the latest realised rate against the required one, 4.5 / 6 = 0.75
    moderate = assess(g, {2021: 4.0, 2022: 4.5}, today=2022)
    assert moderate.status == "moderate"
    assert moderate.ratio == pytest.approx(0.75)
    assert moderate.required_rate == 6 and moderate.observed_rate == 4.5
    # the status reads the latest rate, so the projection holds it (issue 12): 4.5 for 2023
    assert moderate.projected_value == pytest.approx(4.5)
    assert moderate.projection == ((2022, 4.5), (2023, 4.5))
    assert assess(g, {2022: -1.0}, today=2022).status == "moving_away"


def test_capped_growth_goal():
    g = goal("growth", "max", 3, "%", 2024)
    assert assess(g, {2023: 2.0}, today=2023).status == "on_track"
    over = assess(g, {2023: 4.0}, today=2023)  # 3 / 4 = 0.75
    assert over.ratio == pytest.approx(0.75)
    assert over.status == "moderate"


def test_average_growth_is_the_compound_average_since_the_period_start():
    g = goal("avg_growth", "min", 8, "%", 2025, period_start=2021)
    # (1.10 × 1.05)^(1/2) - 1 = 7.47 %; ratio 7.47 / 8 = 0.934 → moderate
    result = assess(g, {2020: 3.0, 2021: 10.0, 2022: 5.0}, today=2023)
    assert result.observed_rate == pytest.approx(7.47, abs=0.005)
    assert result.ratio == pytest.approx(0.934, abs=0.001)
    assert result.status == "moderate"
    assert result.actual_points[0] == (2021, pytest.approx(10.0))
    # full period: 1.1·1.05·1.08·1.09·1.1 → (1.4960)^(1/5)-1 = 8.39 % → achieved
    full = assess(g, {2021: 10, 2022: 5, 2023: 8, 2024: 9, 2025: 10}, today=2026)
    assert full.observed_rate == pytest.approx(8.39, abs=0.01)
    assert full.status == "achieved"
    assert assess(g, {2021: 5, 2022: 5, 2023: 5, 2024: 5, 2025: 5}, today=2026).status == "missed"
    assert assess(g, {2019: 5}, today=2023).status == "not_assessable"


def test_cumulative_goal_against_the_prorated_share():
    # 累计 ≥ 1 万亿元 over 2021–2025: 0.2 per year; 2021–2022 summed 0.35 → 0.175/yr → ratio 0.875
    g = goal("cumulative", "min", 1, "万亿元", 2025, period_start=2021)
    result = assess(g, {2020: 0.1, 2021: 0.15, 2022: 0.2}, today=2023)
    assert result.actual_points == ((2021, 0.15), (2022, pytest.approx(0.35)))
    assert result.required_rate == pytest.approx(0.2)
    assert result.observed_rate == pytest.approx(0.175)
    assert result.ratio == pytest.approx(0.875)
    assert result.status == "moderate"
    assert result.required_path[0] == (2020, 0.0)
    assert result.required_path[-1] == (2025, pytest.approx(1.0))
    # the status reads the yearly average so far (0.175), so the projection adds it: 0.875 by 2025
    assert result.projected_value == pytest.approx(0.875)
    assert result.projection[0] == (2022, pytest.approx(0.35))
    early = assess(g, {2021: 0.5, 2022: 0.6}, today=2023)
    assert early.status == "achieved"
    short = assess(g, {2021: 0.1, 2022: 0.1, 2023: 0.1, 2024: 0.1, 2025: 0.1}, today=2026)
    assert short.status == "missed"


def test_increment_goal_compares_the_years_addition():
    g = goal("increment", "min", 100, "家", 2023)
    assert assess(g, {2023: 120}, today=2024).status == "achieved"
    assert assess(g, {2023: 80}, today=2024).status == "missed"
    trend = assess(g, {2022: 50}, today=2022)  # 50 / 100
    assert trend.status == "insufficient"
    assert trend.ratio == pytest.approx(0.5)
    assert trend.rate_unit == "家/年"


def test_increment_over_a_period_adds_up():
    g = goal("increment", "min", 500, "家", 2025, period_start=2021)
    result = assess(g, {2021: 100, 2022: 120}, today=2023)  # 110/yr vs 100/yr
    assert result.method == "cumulative"
    assert result.ratio == pytest.approx(1.1)
    assert result.status == "on_track"


def test_increment_stated_years_ahead_counts_the_additions_since_then():
    # "到2025年新增20家" stated in 2021: 2021–2023 added 5 + 4 + 6 = 15 → 5/yr against 4/yr → 1.25
    g = Goal("T", "increment", "min", 20, None, "家", 2025, set_year=2021)
    result = assess(g, {2021: 5, 2022: 4, 2023: 6}, today=2024)
    assert (result.plan_start, result.plan_end) == (2021, 2025)
    assert result.ratio == pytest.approx(1.25)
    assert result.status == "on_track"


@pytest.mark.parametrize(
    ("kind", "period_start", "set_year", "target_year", "period"),
    [
        ("level", None, 2021, 2025, (2021, 2025)),  # 十四五 plan issued 2021
        ("level", None, None, 2025, (2021, 2025)),  # the five-year plan holding 2025
        ("level", None, None, 2030, (2026, 2030)),  # 十五五
        ("level", None, 2023, 2023, (2023, 2023)),  # a work report's goal for its own year
        ("avg_growth", 2021, 2022, 2025, (2021, 2025)),
        ("growth", None, 2021, 2023, (2023, 2023)),
        ("increment", None, None, 2023, (2023, 2023)),
    ],
)
def test_plan_period(kind, period_start, set_year, target_year, period):
    from huangpu_tracker.assessment.trend import plan_period

    g = Goal("T", kind, "min", 1, None, "%", target_year, period_start=period_start, set_year=set_year)
    assert plan_period(g) == period


def test_capped_total_against_the_prorated_cap():
    # 累计 ≤ 100 over 2021–2025: by 2022 the cap share is 40; 50 used → 40 / 50 = 0.8 → moderate
    g = goal("cumulative", "max", 100, "万吨", 2025, period_start=2021)
    result = assess(g, {2021: 25, 2022: 25}, today=2023)
    assert result.ratio == pytest.approx(0.8)
    assert result.status == "moderate"
    # not achieved before the period ends, even when under the cap
    assert assess(g, {2021: 10, 2022: 10}, today=2023).status == "on_track"
    assert assess(g, {2021: 20, 2022: 20, 2023: 20, 2024: 20, 2025: 19}, today=2026).status == "achieved"


def test_growth_goal_of_zero_has_no_ratio_but_a_status():
    g = goal("growth", "min", 0, "%", 2024)
    result = assess(g, {2023: 1.5}, today=2023)
    assert result.ratio is None
    assert result.status == "on_track"
    assert assess(g, {2023: -1.5}, today=2023).status == "moving_away"
