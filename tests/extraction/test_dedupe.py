"""One goal stated in several documents shares one key; another year or value is another goal."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text, goal_key, normalise_metric


def _target(text: str, year: int = 2021):
    (target,) = extract_text(text, year).targets
    return target


def test_same_goal_in_other_words_has_one_key():
    first = _target("到2025年，全社会研发经费投入强度超过5%。")
    second = _target("到2025年，研发投入强度超过5%。")
    assert goal_key(first) == goal_key(second)


def test_values_compare_in_base_units():
    first = _target("到2025年，实现商品销售总额超1万亿元。")
    second = _target("到2025年，实现商品销售总额超10000亿元。")
    assert goal_key(first) == goal_key(second)


def test_other_year_or_value_is_another_goal():
    base = _target("到2025年，全社会研发经费投入强度超过5%。")
    assert goal_key(base) != goal_key(_target("到2021年，全社会研发经费投入强度超过5%。"))
    assert goal_key(base) != goal_key(_target("到2025年，全社会研发经费投入强度超过4%。"))


def test_normalise_metric_drops_action_verbs_and_spaces():
    assert normalise_metric("引进 优质项目") == normalise_metric("优质项目")
    assert normalise_metric("GDP") == "地区生产总值"
