"""完成进度: the share of the way from the baseline to the goal — not the Eurostat ratio — and
computed numbers shown as precisely as the figures were written."""

import pytest

from huangpu_tracker.assessment import Goal, assess
from huangpu_tracker.assessment.progress import decimals_written, share_of_way, share_text, written_like


def goal(kind, comparator="min", value=5.0, unit="%", target_year=2025, **kw):
    return Goal("T", kind, comparator, value, kw.pop("value_hi", None), unit, target_year, **kw)


def test_a_level_goal_reads_how_far_it_came_from_the_baseline_not_how_fast():
    result = assess(goal("level", set_year=2021), {2020: 4.38, 2022: 4.8}, today=2023)
    assert share_of_way(result) == pytest.approx(0.42 / 0.62)  # 68 % of the way from 4.38 to 5
    assert result.ratio == pytest.approx(1.75, abs=0.01)  # the pace: a different number
    assert share_text(share_of_way(result)) == "68 %"


def test_a_falling_goal_and_a_move_the_wrong_way():
    falling = assess(goal("level", "max", 30, "微克/立方米", set_year=2021), {2020: 40, 2022: 35}, today=2023)
    assert share_of_way(falling) == pytest.approx(0.5)
    away = assess(goal("level", set_year=2021), {2020: 4.38, 2022: 4.2}, today=2023)
    assert share_text(share_of_way(away)) == "-29 %"


def test_a_total_reads_the_share_of_the_total_done():
    result = assess(
        goal("cumulative", value=1, unit="万亿元", period_start=2021), {2021: 0.15, 2022: 0.2}, 2023
    )
    assert share_of_way(result) == pytest.approx(0.35)


def test_goals_on_a_yearly_rate_or_without_figures_have_no_way_to_cover():
    assert share_of_way(assess(goal("growth", value=8), {2023: 7.0}, today=2024)) is None
    assert share_of_way(assess(goal("level", set_year=2021), {}, today=2023)) is None
    assert share_text(None) == ""


def test_computed_values_take_the_decimals_of_the_written_figures():
    assert decimals_written([5, 4.38, 4.8]) == 2
    assert decimals_written([0.865, 1]) == 3
    assert decimals_written([5, 1.0466128]) == 0  # a computed rate does not count as written
    assert written_like(4.9752, 2) == "4.98"
    assert written_like(4.9752, 0) == "5"
