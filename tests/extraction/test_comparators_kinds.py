"""Comparators (超/以上/以内/左右/达到, ranges) and kinds (level, growth, average growth, sums, additions)."""

from __future__ import annotations

import pytest

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.comparators import comparator_for, qualifier_for
from huangpu_tracker.extraction.kinds import kind_for
from huangpu_tracker.extraction.numbers import find_figures


def _split(text: str):
    figure = find_figures(text)[0]
    return figure, text[: figure.start], text[figure.end :]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("森林覆盖率不低于40%", "min"),
        ("引进人才超过200名", "min"),
        ("营业收入突破80亿元", "min"),
        ("建成停车位3000个以上", "min"),
        ("迈入千亿级行列", "min"),
        ("失业率控制在4.5%以内", "max"),
        ("单位能耗下降至0.3吨", "max"),
        ("PM2.5浓度不超过每立方米28微克", "max"),
        ("增长7%左右", "approx"),
        ("投资约50亿元", "approx"),
        ("学位达到1.2万个", "reach"),
        ("新增3-4家", "range"),
    ],
)
def test_comparators(text, comparator):
    figure, before, _ = _split(text)
    assert comparator_for(figure, before) == comparator


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("营收近90亿元", "approx"),
        ("预计完成120亿元", "approx"),
        ("企业超500家", "over"),
        ("学校36所", "exact"),
    ],
)
def test_qualifiers_of_reported_figures(text, qualifier):
    figure, before, _ = _split(text)
    assert qualifier_for(figure, before) == qualifier


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("全县生产总值增长6.5%", "growth"),
        ("税收收入同比增长3%左右", "growth"),
        ("工业增加值年均增长9%", "avg_growth"),
        ("新增就业岗位8000个", "increment"),
        ("建成社区食堂20个", "increment"),
        ("实现12个项目投产", "increment"),
        ("完成固定资产投资900亿元", "level"),  # the year's volume of a flow
        ("全社会投资完成500亿元", "level"),
        ("重点项目完成投资60亿元", "increment"),  # money put into projects within the year
        ("重点项目年内完成投資12億元", "increment"),
        ("今年全社会完成投资600亿元", "level"),
        ("完成外商直接投资5000万美元", "level"),
        ("全年完成水利投资12亿元", "level"),
        ("全年完成水利建设投资12亿元", "level"),
        ("全年完成房地产投资500亿元", "level"),
        ("全年水利项目完成投资20亿元", "increment"),
        ("研发投入占比达到3%", "level"),
        ("服务业增加值比重提高到55%", "level"),  # 提高到: the level to reach
        ("服务业增加值比重提高2个百分点", "increment"),  # a change of the level in points
        ("城镇化率年均提高1个百分点", "avg_growth"),
        ("控股上市公司5家以上", "level"),
        ("城市人口翻一番", "level"),
        ("新\n增社区食堂12个", "increment"),  # a verb split by a line wrap
        ("完成社区绿道改造8万平方米", "increment"),  # the nearest verb says what is done
        ("新开通公交线路6条", "increment"),
        ("推动科技企业上市4家", "increment"),  # the result written just before the count
        ("为30个社区增设快递柜", "increment"),  # the verb after the counted noun
        ("上市企业总数达到40家", "level"),
        ("新增规模以上服务业企业60家", "increment"),
        ("居民消费价格涨幅3%左右", "growth"),
        ("氨氮排放量削减1.5%", "growth"),  # 规模以上 qualifies, it is no stock
        ("新增产业规模80亿元", "level"),
    ],
)
def test_kinds(text, kind):
    figure, before, after = _split(text)
    assert kind_for(figure, before, after) == kind


def test_fostering_counts_new_items_only_within_a_year():
    figure, before, after = _split("培育创新型中小企业40家")
    assert kind_for(figure, before, after, annual=True) == "increment"
    assert kind_for(figure, before, after) == "level"


def test_cumulative_needs_a_period_or_a_sum():
    figure, before, after = _split("累计完成投资3000亿元")
    assert kind_for(figure, before, after) == "cumulative"
    figure, before, after = _split("集聚院士累计超50名")
    assert kind_for(figure, before, after) == "level"
    assert kind_for(figure, before, after, multi_year=True) == "cumulative"


def test_a_yearly_average_written_in_full_is_an_average_growth():
    from huangpu_tracker.extraction import extract_text

    (target,) = extract_text("到2025年，全市数字经济年平均增长15%以上。", 2021).targets
    assert target.kind == "avg_growth"


def test_additions_by_a_year_several_years_ahead_are_a_sum_over_the_years_until_then():
    text = "到2030年，全市新增高新技术企业1000家，新建城市公园30个。"
    targets = extract_text(text, 2026, "某市").targets
    found = [(t.kind, t.value, t.target_year, t.period_start) for t in targets]
    assert found == [("cumulative", 1000, 2030, 2026), ("cumulative", 30, 2030, 2026)]
    # by next year, the additions of the year ahead
    assert {t.kind for t in extract_text(text, 2029, "某市").targets} == {"increment"}


def test_additions_of_a_named_year_or_of_each_year_stay_the_years_additions():
    schedule = "分年度目标：2026年新增托位1000个，2028年新增托位1500个，2030年新增托位2000个。"
    assert {t.kind for t in extract_text(schedule, 2026, "某市").targets} == {"increment"}
    text = "到2030年，全市年均新增城镇就业5万人，年新增造林面积10万亩。"
    assert [t.kind for t in extract_text(text, 2026, "某市").targets] == ["increment", "increment"]
    # a deadline written after the year (2030年前) is one too
    [target] = extract_text("2030年前，全市新增公园绿地300公顷。", 2026, "某市").targets
    assert (target.kind, target.period_start) == ("cumulative", 2026)
