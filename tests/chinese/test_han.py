"""HAN, one Chinese character in a pattern: the characters of Chinese text, not its numbered marks."""

from __future__ import annotations

import re

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.extraction import extract_text
from huangpu_tracker.places.recognise import find_bodies


def test_han_is_a_chinese_character_but_no_digit_letter_pinyin_or_numbered_mark():
    assert all(re.fullmatch(HAN, ch) for ch in "黄埔区龥一")
    assert not any(re.fullmatch(HAN, ch) for ch in "5５aZàǎ_①⑴⒈Ⅱ，。 ")


def test_a_numbered_mark_before_a_goal_is_no_part_of_a_place_name():
    text = "黄埔区2024年主要预期目标：①地区生产总值增长6%左右；②规上工业增加值增长7%。"
    assert {t.entity for t in extract_text(text, 2024).targets} == {"黄埔区"}
    assert [m.name for m in find_bodies("①萧山将新建学校3所；②余杭将新增就业2000人。")] == [
        "萧山区",
        "余杭区",
    ]
