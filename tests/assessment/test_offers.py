"""Which document figures may be offered for a series: kind and unit must fit every goal of it."""

import pytest

from huangpu_tracker.assessment.offers import offers, unfit_reason


def goal(kind, unit, **kw):
    return {"indicator_id": 1, "kind": kind, "unit": unit, "metric": "指标", "comparator": "min",
            "value": 10.0, "target_year": 2025, **kw}  # fmt: skip


@pytest.mark.parametrize(
    ("reported", "unit", "goal_kind", "goal_unit", "fits"),
    [
        ("level", "亿元", "level", "万亿元", True),  # 8650 亿元 on a 万亿元 goal
        ("level", "亿元", "cumulative", "万亿元", True),  # a year's amount, summed by the total
        ("addition", "名", "increment", "人", True),
        ("addition", "亿元", "cumulative", "亿元", True),
        ("growth_rate", "%", "growth", "%", True),
        ("growth_rate", "%", "avg_growth", "%", True),
        ("level", "亿元", "level", "倍", True),  # 翻一番: any level, read as a multiple
        ("level", "个", "increment", "个", False),  # 百亿级项目超30个 is a running count
        ("addition", "个", "level", "个", False),
        ("growth_rate", "%", "level", "%", False),  # a growth of 8 % is no 8 % share
        ("period_total", "亿元", "level", "亿元", False),  # 累计 6172 亿元 over five years
        ("period_total", "亿元", "cumulative", "亿元", False),
        ("addition", "张", "increment", "个", False),  # 1550 张 into a 个 series
        ("level", "%", "level", "亿元", False),
        (None, "亿元", "level", "亿元", False),  # the kind was never said: checked one by one
    ],
)
def test_a_figure_fits_when_its_kind_and_unit_fit(reported, unit, goal_kind, goal_unit, fits):
    figure = {"reported_kind": reported, "unit": unit}
    assert (unfit_reason(figure, [goal(goal_kind, goal_unit)]) is None) is fits


def test_every_goal_of_the_series_must_fit():
    figure = {"reported_kind": "level", "unit": "亿元"}
    assert unfit_reason(figure, [goal("level", "亿元"), goal("cumulative", "万亿元")]) is None
    assert "新增" in unfit_reason(figure, [goal("level", "亿元"), goal("increment", "亿元")])


def test_an_offer_says_the_goals_value_source_and_reason():
    figure = {"id": 7, "indicator_id": 1, "year": 2020, "value": 1550.0, "unit": "张",
              "quote": "新增医疗床位1550张", "reported_kind": "addition"}  # fmt: skip
    [offer] = offers(
        [figure], [goal("increment", "个", metric="新增医疗床位", comparator="reach", value=1100.0)]
    )
    assert (offer.actual_id, offer.year, offer.value_text, offer.quote) == (
        7,
        2020,
        "1550 张",
        "新增医疗床位1550张",
    )
    assert offer.goals == "新增医疗床位 新增 达到 1100 个(2025年)"
    assert not offer.fits and offer.reason == "单位 张 不能换算为 个"
