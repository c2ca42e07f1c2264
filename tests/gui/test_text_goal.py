"""A goal's fields read from a span of text the analyst selected (添加为目标)."""

from __future__ import annotations

from huangpu_tracker.gui.models.text_goal import goal_fields, sentence_around


def test_value_unit_bound_and_year_come_from_the_selection():
    assert goal_fields("到2025年，研发经费投入强度达到5%以上") == {
        "value": 5,
        "unit": "%",
        "comparator": "min",
        "target_year": 2025,
    }
    assert goal_fields("新增上市公司1—2家") == {
        "value": 1,
        "value_hi": 2,
        "unit": "家",
        "comparator": "range",
    }


def test_the_year_is_read_from_the_sentence_when_the_selection_names_none():
    sentence = "到2035年，比2020年翻一番，地区生产总值达到8000亿元。"
    assert goal_fields("地区生产总值达到8000亿元", sentence) == {
        "value": 8000,
        "unit": "亿元",
        "target_year": 2035,
    }
    assert goal_fields("没有数字") == {}


def test_the_sentence_around_a_selection_ends_at_its_punctuation():
    text = "过去五年成绩显著。到2025年，GDP达到4000亿元；人口200万人。"
    start = text.index("GDP")
    first, last = sentence_around(text, start, start + 3)
    assert text[first:last] == "到2025年，GDP达到4000亿元；"
