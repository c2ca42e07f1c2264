"""The README's "How a status is decided", row by row (and `huangpu_tracker.assessment`'s docstring).

Each kind row is checked in each of its time columns: before the target year with nothing to read,
before it with figures in, during the target year without its figure, the deciding figure in, and
after the target year without it.
"""

import pytest

from huangpu_tracker.assessment import Goal, assess
from huangpu_tracker.assessment.goals import meets

TREND = ("on_track", "nearly_on_track", "moderate", "insufficient", "moving_away")


def goal(kind, comparator="min", value=5.0, unit="%", target_year=2025, **kw):
    return Goal("T", kind, comparator, value, kw.pop("value_hi", None), unit, target_year, **kw)


def check(result, status):
    """The status, and the chart beside it: on track exactly when the projection meets the goal;
    a decided or unassessable goal is not projected past its target year."""
    assert result.status == status, result.reason
    band = (result.band_lo, result.band_hi)
    if status in TREND:
        assert result.projection and result.projection[-1][0] == result.target_year
        assert meets(result.projection[-1][1], band) == (status == "on_track")
    if status == "not_assessable":
        assert result.projection == ()


# kind row → (goal, [(column, actuals, today, status)])
ROWS = {
    "level": (
        goal("level", set_year=2021),  # ≥ 5 % by 2025
        [
            ("before, nothing to read", {2020: 4.38}, 2023, "not_assessable"),
            ("before, figures in", {2020: 4.38, 2022: 4.8}, 2023, "on_track"),
            ("during the target year, its figure not in", {2020: 4.38, 2022: 4.6}, 2025, "moderate"),
            ("the deciding figure is in", {2020: 4.38, 2025: 4.9}, 2026, "missed"),
            ("a later figure decides", {2020: 4.38, 2026: 5.2}, 2027, "achieved"),
            ("met early", {2020: 4.38, 2023: 5.1}, 2024, "achieved"),
            ("passed, its figure not in", {2020: 4.38, 2022: 4.8}, 2026, "not_assessable"),
        ],
    ),
    "growth": (
        goal("growth", value=6.0),  # growth ≥ 6 % in 2025
        [
            ("before, nothing to read", {}, 2023, "not_assessable"),
            ("before, figures in", {2023: 6.5}, 2024, "on_track"),
            ("during the target year, its figure not in", {2024: 5.0}, 2025, "moderate"),
            ("the deciding figure is in", {2024: 7.0, 2025: 6.1}, 2026, "achieved"),
            ("passed, its figure not in", {2024: 7.0}, 2026, "not_assessable"),
        ],
    ),
    "avg_growth": (
        goal("avg_growth", "approx", 8.0, period_start=2021),  # 年均 ≈ 8 % over 2021–2025
        [
            ("before, nothing to read", {2019: 5.0}, 2023, "not_assessable"),
            ("before, figures in", {2021: 8.0, 2022: 8.2}, 2023, "on_track"),
            ("during the target year, its figure not in", {2021: 5.0, 2022: 6.0}, 2025, "moderate"),
            ("the deciding figure is in", {2021: 8, 2022: 8, 2023: 8, 2024: 8, 2025: 8}, 2026, "achieved"),
            ("passed, its figure not in", {2021: 8.0, 2022: 8.0}, 2026, "not_assessable"),
        ],
    ),
    "cumulative": (
        goal("cumulative", value=1.0, unit="万亿元", period_start=2021),  # 累计 ≥ 1 万亿元, 2021–2025
        [
            ("before, nothing to read", {2020: 0.1}, 2023, "not_assessable"),
            ("before, figures in", {2021: 0.2, 2022: 0.21}, 2023, "on_track"),
            ("during the target year, its figure not in", {2021: 0.2, 2022: 0.19}, 2025, "nearly_on_track"),
            ("the deciding figure is in", {y: 0.15 for y in range(2021, 2026)}, 2026, "missed"),
            ("reached early", {2021: 0.6, 2022: 0.5}, 2023, "achieved"),
            ("passed, its figure not in", {2021: 0.1}, 2026, "not_assessable"),
        ],
    ),
    "increment in one year": (
        goal("increment", value=100.0, unit="家"),  # 新增 ≥ 100 家 in 2025
        [
            ("before, nothing to read", {}, 2023, "not_assessable"),
            ("before, figures in", {2023: 120}, 2024, "on_track"),
            ("during the target year, its figure not in", {2024: 99}, 2025, "nearly_on_track"),
            ("the deciding figure is in", {2025: 80}, 2026, "missed"),
            ("passed, its figure not in", {2024: 120}, 2026, "not_assessable"),
        ],
    ),
    "increment over a period": (
        goal("increment", value=500.0, unit="家", period_start=2021),  # 新增 500 家 over 2021–2025
        [
            ("before, nothing to read", {}, 2023, "not_assessable"),
            ("before, figures in", {2021: 100, 2022: 110}, 2023, "on_track"),
            ("during the target year, its figure not in", {2021: 50, 2022: 50}, 2025, "insufficient"),
            ("the deciding figure is in", {y: 100 for y in range(2021, 2026)}, 2026, "achieved"),
            ("passed, its figure not in", {2021: 100}, 2026, "not_assessable"),
        ],
    ),
}
CASES = [
    (row, column, g, actuals, today, status)
    for row, (g, cells) in ROWS.items()
    for column, actuals, today, status in cells
]


@pytest.mark.parametrize(
    ("row", "column", "g", "actuals", "today", "status"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_kind_row(row, column, g, actuals, today, status):
    check(assess(g, actuals, today=today), status)


# baseline 100 in 2020, one actual in 2023, goal for 2025
@pytest.mark.parametrize(
    ("comparator", "value", "value_hi", "actual", "status"),
    [
        ("min", 200, None, 160, "on_track"),  # projected 100 · 1.6^(5/3) = 218.7 ≥ 200
        ("reach", 200, None, 150, "nearly_on_track"),  # ratio 0.97, projected 196.6 < 200
        ("max", 80, None, 85, "on_track"),  # falling 5.3 %/yr where 4.4 %/yr is needed → 76.3 ≤ 80
        ("max", 80, None, 95, "insufficient"),
        ("approx", 200, None, 150, "on_track"),  # 196.6 is within 190–210 though the ratio is 0.97
        ("approx", 200, None, 160, "moderate"),  # 218.7 overshoots 190–210
        ("range", 150, 200, 130, "on_track"),  # heads for 150, the nearer bound: 154.9 within
    ],
)
def test_comparator_row(comparator, value, value_hi, actual, status):
    g = goal("level", comparator, value, "亿元", value_hi=value_hi, set_year=2021)
    check(assess(g, {2020: 100, 2023: actual}, today=2024), status)


def test_a_bound_of_0_gives_no_ratio_and_unmet_is_moving_away():
    check(assess(goal("growth", value=0.0), {2023: -1.0}, today=2024), "moving_away")


def test_a_level_whose_baseline_met_the_goal_and_latest_does_not_is_moving_away():
    check(
        assess(goal("level", "max", 80, "亿元", set_year=2021), {2020: 70, 2023: 90}, today=2024),
        "moving_away",
    )
