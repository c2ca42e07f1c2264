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
    assert is_policy_parameter("最高给予企业200万元奖励", "万元")
    assert not is_policy_parameter("开展补贴性职业技能培训10万人次", "万人次")
    assert not is_policy_parameter("困难残疾人生活补贴标准提高到217元", "元")
    assert is_policy_parameter("企业在主板首发上市一次性奖补300万元", "万元")
    assert not is_policy_parameter("全年安排涉农奖补资金3.2亿元", "亿元")
    assert is_policy_parameter("给予参展企业展位费最高60%支持", "%")
    assert is_policy_parameter("按其新增贷款余额的1.5%给予激励资金", "%")
    assert not is_policy_parameter("民营企业参与比例不低于60%", "%")
    assert not is_policy_parameter("政府采购给予中小企业的份额提高到45%以上", "%")
    assert not is_policy_parameter("企业研发投入占比达到最高75%", "%")
    assert not is_policy_parameter("力争争取中央和省级奖补3亿元以上", "亿元")
    assert is_prepositional("围绕8条产业链")
    assert not is_prepositional("新增产业链8条")


def test_a_review_paragraph_keeps_its_tense_until_the_next_paragraph():
    text = "过去五年，成绩显著。新建学校30所。新增学位2万个。\n\n力争明年新建学校6所。"
    extraction = extract_text(text, 2024)
    assert sorted(a.value for a in extraction.actuals) == [2, 30]
    assert [(t.value, t.target_year) for t in extraction.targets] == [(6, 2025)]


def test_a_forward_cue_carries_plain_figures_one_sentence_only():
    text = "全区将加快发展。重点项目投资达到120亿元。基金规模为15亿元。"
    assert [t.value for t in extract_text(text, 2024).targets] == [120]


def test_a_programme_paragraph_goes_on_in_goal_shaped_statements():
    text = "全年新建学校5所。文化方面，建成书屋20个。环保方面，噪声控制在55分贝以内，绿地率保持在40%以上。"
    targets = extract_text(text, 2024).targets
    assert [(t.value, t.comparator) for t in targets] == [(5, "reach"), (20, "reach"), (40, "min")]


def test_a_baseline_comparison_is_not_a_review():
    text = "今年新增企业不少于500家，较去年实际新增的430家明显增加。全年完成投资120亿元。"
    extraction = extract_text(text, 2024)
    assert [(t.value, t.target_year) for t in extraction.targets] == [(500, 2024), (120, 2024)]
    assert [(a.value, a.year) for a in extraction.actuals] == [(430, 2023)]


def test_an_earlier_plan_is_looked_back_on_in_a_plan_proposal():
    text = "“十二五”时期，全县经济稳步发展。2015年全县生产总值预计达到300亿元，规模以上企业达到120家。"
    extraction = extract_text(text, 2015, plan=(2016, 2020))
    assert extraction.targets == []
    assert sorted(a.value for a in extraction.actuals) == [120, 300]


def test_an_opening_horizon_dates_the_goals_of_its_paragraph():
    text = "展望2040年，全县将建成现代化强县。人均收入在2020年基础上翻一番。\n\n全年新建道路10公里。"
    targets = extract_text(text, 2021).targets
    assert [(t.value, t.unit, t.target_year) for t in targets] == [(2, "倍", 2040), (10, "公里", 2021)]


def test_a_present_stock_is_reported_for_the_year_of_writing():
    text = "目前，全县已集聚电子信息企业60余家。去年实现产值300亿元。"
    extraction = extract_text(text, 2025)
    assert [(a.metric, a.year, a.value) for a in extraction.actuals] == [
        ("电子信息企业", 2025, 60),
        ("产值", 2024, 300),
    ]


def test_the_second_half_looks_forward_and_a_goal_clause_makes_the_year_a_goal():
    text = (
        "上半年，全县社会消费品零售总额增长6.1%。下半年，全县将确保外贸进出口全年增长4%。"
        "而在临江区，上半年税收增长3.2%，该区提出全年增长5%的目标。"
    )
    extraction = extract_text(text, 2025, issuer="黄埔区")
    targets = [(t.entity, t.metric, t.value) for t in extraction.targets]
    assert targets == [("黄埔区", "外贸进出口增速", 4), ("临江区", "税收增速", 5)]
    assert sorted(a.value for a in extraction.actuals) == [3.2, 6.1]


def test_the_starting_value_of_a_change_is_a_record_not_a_goal():
    text = "到2027年，全县林地面积由30万亩增加到36万亩，污水处理率从88%提高至95%。"
    extraction = extract_text(text, 2024)
    assert [(t.metric, t.value, t.target_year) for t in extraction.targets] == [
        ("林地面积", 36, 2027),
        ("污水处理率", 95, 2027),
    ]
    assert [(a.value, a.year) for a in extraction.actuals] == [(30, 2023), (88, 2023)]


def test_what_an_assessment_shows_is_a_record():
    extraction = extract_text("中期评估显示，全县森林覆盖率达到61%。", 2024)
    assert extraction.targets == []
    assert [a.value for a in extraction.actuals] == [61]


def test_project_early_work_is_no_now():
    """项目前期工作: 目前 read across 项目|前期 is no stock of today; the goals after it stay goals."""
    from huangpu_tracker.extraction import extract_text

    text = "2024年全县将跟进一批重大项目前期工作，新发展科技型中小企业120家，培育科技小巨人5家。"
    assert sorted(t.value for t in extract_text(text, 2024).targets) == [5.0, 120.0]


def test_an_indicator_of_what_there_is_to_reach_is_a_goal_not_a_stock():
    from huangpu_tracker.extraction import extract_text

    text = "到2030年，每千人口拥有执业（助理）医师数达到5人、拥有注册护士数达到5.5人。"
    assert [t.value for t in extract_text(text, 2026, "某市").targets] == [5, 5.5]
    # what a body has now stays a record
    assert [a.value for a in extract_text("全区现拥有高新技术企业500家。", 2026, "某区").actuals] == [500]


def test_what_a_place_has_beyond_a_mark_is_still_a_record():
    from huangpu_tracker.extraction import extract_text

    found = extract_text("某区现拥有国家级高新技术企业超过500家。", 2026, "某区")
    assert (found.targets, [a.value for a in found.actuals]) == ([], [500])
