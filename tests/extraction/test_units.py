"""Unit words defined once: magnitudes and count units read by extraction, dedupe, conversion and
typed actuals alike."""

from __future__ import annotations

import pytest

from huangpu_tracker.assessment.units import convert
from huangpu_tracker.extraction.dedupe import base_quantity
from huangpu_tracker.extraction.numbers import figures_in
from huangpu_tracker.extraction.units import MAGNITUDES, is_count, magnitude_value, split_magnitude


def test_the_vocabulary_folds_each_magnitude_by_what_it_is_worth():
    assert MAGNITUDES["千亿"] == ("亿", 1000)  # 三千亿元 is 3000 亿元
    assert MAGNITUDES["百万"] == ("万", 100)
    assert MAGNITUDES["万亿"] == ("万亿", 1)
    assert MAGNITUDES["千"] == ("", 1000)
    for written, (kept, factor) in MAGNITUDES.items():
        assert magnitude_value(written) == factor * magnitude_value(kept), written


@pytest.mark.parametrize(
    ("unit", "split"),
    [
        ("万亿元", ("万亿", "元")),
        ("万人", ("万", "人")),
        ("千亿元", ("", "千亿元")),  # never written by extraction (三千亿元 is 3000 亿元): a unit of its own
        ("亿美元", ("亿", "美元")),
        ("家", ("", "家")),
        ("千米", ("", "千米")),  # a unit of its own, not 米 × 1000
        ("百分点", ("", "百分点")),
        ("万", ("", "万")),
    ],
)
def test_a_magnitude_is_split_off_a_unit(unit, split):
    assert split_magnitude(unit) == split


@pytest.mark.parametrize("unit", ["家", "万人", "个", "亿元 ", "场次", "人次", "千瓦", None, ""])
def test_count_units_come_from_the_vocabulary(unit):
    assert is_count(unit) == (unit in ("家", "万人", "个", "场次", "人次"))


def test_every_reader_of_magnitudes_agrees():
    assert base_quantity(1.0, "万亿元") == ("元", 1e12)
    assert base_quantity(3.0, "万平方米") == ("平方米", 3e4)
    assert convert(1.0, "万亿元", "亿元") == 10000
    assert convert(3.0, "万平方米", "平方米") == 30000


def test_incidents_are_counted_in_qi_after_a_digit_only():
    assert [(f.value, f.unit) for f in figures_in("电力安全事故五年总起数≤2起")] == [(2, "起")]
    assert [(f.value, f.unit) for f in figures_in("重大网络安全事件数量0起")] == [(0, "起")]
    # 一起 is "together", 2025年起 "from", 起步 "starting"
    assert figures_in("大家一起努力，从2025年起实施") == []
    assert figures_in("出租车3起步价上调") == []
