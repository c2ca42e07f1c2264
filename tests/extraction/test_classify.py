"""Tense cues and numbers that are names: what makes a figure a goal, a record, or neither."""

from __future__ import annotations

import pytest

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.classify import (
    FUTURE,
    PAST,
    cue_before,
    is_name,
    is_policy_parameter,
    is_prepositional,
    quoted_spans,
    sentence_cues,
)
from huangpu_tracker.extraction.numbers import find_figures


def _tense(sentence: str, year: int = 2024, inherited: str | None = None) -> str | None:
    figure = find_figures(sentence)[-1]
    return cue_before(sentence_cues(sentence, year), figure.start, inherited)[0]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("到2027年，森林覆盖率达到46%", FUTURE),
        ("力争全年新增企业300家", FUTURE),
        ("明年新建学校5所", FUTURE),
        ("2023年新建学校5所", PAST),
        ("五年来，新建学校20所", PAST),
        ("过去一年，新建学校5所", PAST),
        ("上半年，全区实现营收300亿元", PAST),
        ("截至目前，已建成基站800个", PAST),
        ("今年以来，新增企业120家", PAST),
    ],
)
def test_tense_of_a_figure(sentence, tense):
    assert _tense(sentence) == tense


def test_modal_words_do_not_turn_a_review_into_goals():
    # 确保/争取 inside a review (争取融资超50亿元) still reports the past.
    assert _tense("为企业争取融资超50亿元", inherited=PAST) == PAST
    assert _tense("为企业争取融资超50亿元", inherited=None) == FUTURE


def test_next_year_names_its_year():
    (cue,) = [c for c in sentence_cues("明年新建学校5所", 2024) if c.year]
    assert cue.year == 2025


@pytest.mark.parametrize(
    "sentence",
    [
        "实施“万亿制造”计划",
        "出台“暖企8条”",
        "落实外资20条",
        "推进4个“百千万”工程",
        "构建“1+20+N”政策体系",
        "区委十一次全会部署",
        "安排23项主要指标",
    ],
)
def test_numbers_that_are_names(sentence):
    quoted = quoted_spans(sentence)
    assert all(is_name(figure, sentence, quoted) for figure in find_figures(sentence))


def test_counted_roads_are_quantities():
    sentence = "新建道路12条"
    (figure,) = find_figures(sentence)
    assert not is_name(figure, sentence, quoted_spans(sentence))


def test_subsidies_and_adverbial_phrases_are_not_goals():
    assert is_policy_parameter("最高给予企业200万元奖励")
    assert is_prepositional("围绕8条产业链")
    assert not is_prepositional("新增产业链8条")


def test_a_review_paragraph_keeps_its_tense_until_the_next_paragraph():
    text = "过去五年，成绩显著。新建学校30所。新增学位2万个。\n\n力争明年新建学校6所。"
    extraction = extract_text(text, 2024)
    assert sorted(a.value for a in extraction.actuals) == [2, 30]
    assert [(t.value, t.target_year) for t in extraction.targets] == [(6, 2025)]


def test_a_forward_cue_carries_one_sentence_only():
    text = "全区将加快发展。重点项目投资达到120亿元。基金规模为15亿元。"
    assert [t.value for t in extract_text(text, 2024).targets] == [120]
