"""Unit conversion and how goals read and are met."""

import pytest

from huangpu_tracker.assessment import UnitError, convert, converts, describe_goal
from huangpu_tracker.assessment.goals import meets, target_band
from huangpu_tracker.errors import TrackerError


@pytest.mark.parametrize(
    ("value", "from_unit", "to_unit", "expected"),
    [
        (12000, "亿元", "万亿元", 1.2),
        (1.2, "万亿元", "亿元", 12000),
        (35000, "万元", "亿元", 3.5),
        (2.5, "万平方米", "平方米", 25000),
        (3, "平方公里", "万平方米", 300),
        (15, "万亩", "万亩", 15),
        (5, "%", "%", 5),
        (3, "万家", "家", 30000),
        (2, "亿美元", "万美元", 20000),
        (500, "名", "人", 500),
    ],
)
def test_convert_between_magnitudes(value, from_unit, to_unit, expected):
    assert convert(value, from_unit, to_unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("from_unit", "to_unit"),
    [("亿元", "家"), ("%", "亿元"), ("%", "个百分点"), ("亿元", "亿美元"), ("平方米", "公里"), ("", "亿元")],
)
def test_units_that_do_not_convert_are_refused(from_unit, to_unit):
    assert not converts(from_unit, to_unit)
    with pytest.raises(UnitError, match="单位不能换算"):
        convert(1, from_unit, to_unit)
    assert issubclass(UnitError, TrackerError)


@pytest.mark.parametrize(
    ("goal", "text"),
    [
        (("level", "min", 5, None, "%"), "≥ 5 %"),
        (("avg_growth", "approx", 8, None, "%"), "年均 ≈ 8 %"),
        (("level", "range", 1, 2, "家"), "1–2 家"),
        (("level", "max", 35, None, "微克/立方米"), "≤ 35 微克/立方米"),
        (("cumulative", "min", 1, None, "万亿元"), "累计 ≥ 1 万亿元"),
        (("increment", "min", 100, None, "家"), "新增 ≥ 100 家"),
        (("growth", "min", 6.5, None, "%"), "增长 ≥ 6.5 %"),
        (("level", "reach", 4.38, None, "%"), "达到 4.38 %"),
        (("avg_growth", "range", 6, 8, "%"), "年均 6–8 %"),
    ],
)
def test_describe_goal_reads_like_a_reader_says_it(goal, text):
    assert describe_goal(*goal) == text


def test_comparators_meet_by_their_semantics():
    assert meets(5.0, target_band("min", 5, None, "%"))
    assert meets(5.0, target_band("reach", 5, None, "%"))
    assert not meets(4.99, target_band("reach", 5, None, "%"))
    assert meets(35, target_band("max", 35, None, "微克/立方米"))
    assert not meets(35.1, target_band("max", 35, None, "微克/立方米"))
    # approx: ±0.5 percentage point for rates, ±5 % relative otherwise
    assert target_band("approx", 8, None, "%") == (7.5, 8.5)
    assert target_band("approx", 200, None, "亿元") == (190, 210)
    assert meets(1.5, target_band("range", 1, 2, "家"))
    assert not meets(2.5, target_band("range", 1, 2, "家"))
