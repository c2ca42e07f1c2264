"""Plan tables written as text: header years, units beside the label, sums in 〔〕, bounds."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.tables import Column, inline_row, looks_like_row, table_header, table_row

TABLE = """某某县国民经济和社会发展规划

主要指标
指标	单位	2020年	2025年	年均增长（%）	属性
工业增加值	亿元	820	1200	7.9	预期性
人均公园绿地面积（平方米）  12  ≥15  —  约束性
新建保障性住房（万套）  —  〔3.5〕  —  约束性

到2025年，全县常住人口达到90万人。
"""


def test_header_names_the_value_columns():
    header = table_header("指标  2020年  2025年  年均增长（%）  属性")
    assert header == (Column(2020), Column(2025), Column(None, average=True))
    assert table_header("2021年工作安排") is None  # one year in a heading is no table
    assert table_header("工业增加值  亿元  820  1200") is None


def test_row_takes_its_unit_from_the_label_or_a_unit_cell():
    row = table_row("人均公园绿地面积（平方米）  12  ≥15  —", ("平方米",))
    assert (row.label, row.unit) == ("人均公园绿地面积", "平方米")
    assert [(c.value, c.comparator) for c in row.cells if c] == [(12, "reach"), (15, "min")]
    assert table_row("工业增加值\t亿元\t820\t1200", ("亿元",)).unit == "亿元"
    assert table_row("工业增加值  820  1200", ("亿元",)) is None  # no unit: not readable


def test_table_lines_stand_alone_but_prose_does_not():
    assert looks_like_row("新建保障性住房（万套）  —  〔3.5〕  —")
    assert not looks_like_row("全县实现工业增加值 820 亿元，增长 6%")


def test_table_rows_become_targets_for_future_years_and_records_for_past_ones():
    extraction = extract_text(TABLE, 2021, plan=(2021, 2025))
    targets = [(t.metric, t.kind, t.comparator, t.value, t.unit, t.target_year, t.period_start)
               for t in extraction.targets]  # fmt: skip
    assert targets == [
        ("工业增加值", "level", "reach", 1200, "亿元", 2025, None),
        ("工业增加值增速", "avg_growth", "reach", 7.9, "%", 2025, 2021),
        ("人均公园绿地面积", "level", "min", 15, "平方米", 2025, None),
        ("新建保障性住房", "cumulative", "reach", 3.5, "万套", 2025, 2021),
        ("常住人口", "level", "reach", 90, "万人", 2025, None),
    ]
    assert [(a.metric, a.year, a.value) for a in extraction.actuals] == [
        ("工业增加值", 2020, 820),
        ("人均公园绿地面积", 2020, 12),
    ]
    assert all(t.quote in TABLE for t in extraction.targets)


def test_a_wrapped_line_of_prose_with_spaced_numbers_is_not_a_row():
    assert not looks_like_row("全县地区生产总值 415.6 亿元 同比增长 5.8")
    assert not looks_like_row("2023 年 12 月")
    assert looks_like_row("工业增加值 亿元 820 1200 预期性")


def test_rows_naming_their_own_years_with_any_separator():
    for line in (
        "1.地区生产总值（亿元）：2025年5200，2030年≥7000，年均增长6%",
        "| 地区生产总值（亿元） | 2025年：5200 | 2030年：≥7000 | 年均增长（%）：6 | 预期性 |",
    ):
        row, columns = inline_row(line)
        assert (row.label, row.unit) == ("地区生产总值", "亿元")
        assert [(c.value, c.comparator) for c in row.cells] == [(5200, "reach"), (7000, "min"), (6, "reach")]
        assert columns == (Column(2025), Column(2030), Column(None, average=True))
    assert inline_row("到2025年全区生产总值（亿元）达到5200，2030年7000") is None  # prose
    assert inline_row("常住人口 2025年 120 2030年 135") is None  # no unit: not readable


def _table_rows(text: str, year: int = 2026, plan: tuple[int, int] | None = None) -> list[tuple]:
    """(label words the metric keeps, kind, comparator, value, unit, year) of each target."""
    return [
        (t.metric.replace("全社会", "").replace("年均增长", "增速"), t.kind, t.comparator, t.value, t.unit,
         t.target_year)
        for t in extract_text(text, year, plan=plan).targets
    ]  # fmt: skip


def test_a_table_with_one_target_column_and_its_attribute_before_the_values():
    text = (
        "专栏3  某市“十五五”主要指标\n"
        "分类    序号    指标    属性    2030年目标值\n"
        "创新强    1    研发经费投入强度（%）    预期性    4以上\n"
        "    2    规上工业增加值占比（%）    预期性    保持稳定\n"
        "    3    每万人口发明专利拥有量（件）    预期性    95\n"
        "绿色美    4    森林覆盖率（%）    约束性    完成省定目标\n"
    )
    assert _table_rows(text) == [
        ("研发经费投入强度", "level", "min", 4, "%", 2030),
        ("每万人口发明专利拥有量", "level", "reach", 95, "件", 2030),
    ]


def test_a_printed_table_with_spaced_bounds_footnote_marks_and_a_wrapped_row():
    text = (
        "表 2 某区主要指标\n"
        "序号 指 标 2030 年目标 属性\n"
        "一、创新强（3 项）\n"
        "1 地区生产总值年均增长（%） 6 左右 预期性\n"
        "2 数字经济核心产业增加值占地区生产\n"
        "总值比重（%） ＞15∗ 预期性\n"
        "3 全员劳动生产率年均增长（%） 高于地区生产总值增长 预期性\n"
    )
    assert _table_rows(text) == [
        ("地区生产总值增速", "avg_growth", "approx", 6, "%", 2030),
        ("数字经济核心产业增加值占地区生产总值比重", "level", "min", 15, "%", 2030),
    ]


def test_a_table_written_one_cell_per_line():
    text = (
        "主要指标\n类别\n序号\n指标名称\n2025年\n预计\n2030年\n目标\n年均/\n累计\n属性\n"
        "创新驱动\n（2项）\n"
        "1\n全员劳动生产率（万元/人）\n30.5\n38\n—\n预期性\n"
        "2\n城镇新增就业（万人）\n—\n—\n〔60〕\n预期性\n"
    )
    assert _table_rows(text) == [
        ("全员劳动生产率", "level", "reach", 38, "万元/人", 2030),
        ("城镇新增就业", "cumulative", "reach", 60, "万人", 2030),
    ]


def test_a_table_one_cell_per_line_with_its_attribute_before_a_plan_period_column():
    text = (
        "某区“十五五”主要指标\n序号\n指标名称\n单位\n属性\n“十五五”目标\n"
        "1\n地区生产总值年均增速\n%\n预期性\n与全市经济增速同步\n"
        "2\n全员劳动生产率\n万元/人\n预期性\n48左右\n"
        "3\n人均公园绿地面积\n平方米/人\n约束性\n≥9.5\n"
    )
    assert _table_rows(text) == [
        ("全员劳动生产率", "level", "approx", 48, "万元/人", 2030),
        ("人均公园绿地面积", "level", "min", 9.5, "平方米/人", 2030),
    ]


def test_a_plans_table_one_cell_per_line_whose_target_column_names_no_year():
    """类别 指标名称 单位 属性 目标值: in a 十五五 plan the target column is the plan's last year; a
    value in words (完成市下达指标) gives no target and does not hold up the rows after it."""
    text = (
        "主要指标\n类别\n指标名称\n单位\n属性\n目标值\n"
        "1\n能耗强度\n单位增加值能耗下降率\n%\n约束性\n完成市下达指标\n"
        "2\n绿色建筑\n新建超低能耗建筑面积\n万平方米\n预期性\n80\n"
        "3\n绿色交通\n公交出行分担率\n%\n预期性\n≥45\n"
    )
    rows = [
        ("新建超低能耗建筑面积", "level", "reach", 80, "万平方米", 2030),
        ("公交出行分担率", "level", "min", 45, "%", 2030),
    ]
    assert _table_rows(text, plan=(2026, 2030)) == rows
    assert _table_rows(text) == []  # no plan known: no year to give the column
    # 目标值 ⏎ （2030年）: the year under it names the column; the column is not read twice
    assert _table_rows(text.replace("目标值\n", "目标值\n（2030年）\n")) == rows


def test_a_plans_table_one_cell_per_line_with_a_present_column_and_a_planned_column_named_by_the_plan():
    """序号 类别 指标项 现状值 “十五五”规划目标 类型: the present value is where the plan starts (the year
    before it), the planned value its last year's goal."""
    text = (
        "表1 交通“十五五”规划主要指标表\n序号\n类别\n指标项\n现状值\n“十五五”规划目标\n类型\n"
        "1\n设施类\n轨道交通站点600米覆盖率\n21.5%\n25%\n预期性\n"
        "2\n骨干路网实施率\n80.2%\n85%\n预期性\n"
    )
    extraction = extract_text(text, 2026, plan=(2026, 2030))
    assert [(t.metric, t.value, t.target_year) for t in extraction.targets] == [
        ("轨道交通站点600米覆盖率", 25, 2030),
        ("骨干路网实施率", 85, 2030),
    ]
    assert [(a.value, a.year) for a in extraction.actuals] == [(21.5, 2025), (80.2, 2025)]


def test_a_table_one_cell_per_line_with_a_base_year_column_named_as_such():
    """2025年基准 ⏎ 2030年目标: the base column is reported, the target column set (also 2025现状)."""
    text = (
        "主要指标\n序号\n指标名称\n单位\n属性\n2025年基准\n2030年目标\n1\n公园数量\n座\n预期性\n1100\n1600\n"
    )
    for base in ("2025年基准", "2025现状"):
        extraction = extract_text(text.replace("2025年基准", base), 2026)
        assert [(t.value, t.target_year) for t in extraction.targets] == [(1600, 2030)]
        assert [(a.value, a.year) for a in extraction.actuals] == [(1100, 2025)]


def test_a_table_one_cell_per_line_whose_columns_name_the_body_and_the_plans():
    """序号 指标名称 单位 属性 嘉定 ⏎ “十四五” ⏎ 现状 嘉定 ⏎ “十五五” ⏎ 指标: the value at the end of one plan
    (reported) and the goal of the next, each column headed by the body's name."""
    text = (
        "主要指标\n序号\n指标名称\n单位\n属性\n嘉定\n“十四五”\n现状\n嘉定\n“十五五”\n指标\n"
        "1\n人均公园绿地面积\n平方米\n约束性\n8.1\n9.2\n"
        "2\n绿道长度\n公里\n预期性\n120\n180\n"
    )
    extraction = extract_text(text, 2026)
    assert [(t.metric, t.value, t.target_year) for t in extraction.targets] == [
        ("人均公园绿地面积", 9.2, 2030),
        ("绿道长度", 180, 2030),
    ]
    assert [(a.value, a.year) for a in extraction.actuals] == [(8.1, 2025), (120, 2025)]


def test_an_indicator_wrapped_over_two_cells_keeps_both_halves_under_a_category_column():
    text = (
        "主要指标\n类别\n指标\n2010年实绩\n2015年目标\n一、经济发展\n地区生产总值(亿元)\n300\n500\n"
        "规模以上工业\n增加值(亿元)\n120\n200\n森林蓄积量\n(万立方米)\n80\n95\n"
    )
    assert [t[0] for t in _table_rows(text, 2011)] == ["地区生产总值", "规模以上工业增加值", "森林蓄积量"]


def test_a_table_one_cell_per_line_whose_values_carry_their_units():
    """现状值 ⏎ “十五五”规划目标 with no unit column: 3200个 ⏎ 5000个, / ⏎ 不低于100公里."""
    text = (
        "主要指标表\n序号\n指标项\n现状值\n“十五五”规划目标\n类型\n"
        "1\n公共停车泊位\n3200个\n5000个\n预期性\n"
        "2\n农村公路提档升级里程\n/\n不低于100公里\n约束性\n"
    )
    rows = [
        (t.value, t.unit, t.comparator, t.target_year)
        for t in extract_text(text, 2026, plan=(2026, 2030)).targets
    ]
    assert rows == [(5000, "个", "reach", 2030), (100, "公里", "min", 2030)]


def test_a_table_one_cell_per_line_with_a_type_column_before_its_present_and_planned_values():
    """指标类别 序号 指标项 单位 类型 指标值 现状 近期规划 （2025年） （2030年）: the category cell before a
    serial number, 类型 (约束性) before the two values, units such as 平方千米 and 千米/平方千米, a blank
    present value, a label opening on a digit."""
    text = (
        "专栏1 某区近期规划核心指标表\n指标类别\n序号\n指标项\n单位\n类型\n指标值\n现状\n近期规划\n"
        "（2025年）\n（2030年）\n发展规模\n1\n建设用地总规模\n平方千米\n约束性\n41.2\n40.9\n"
        "服务设施\n2\n养老床位数占老年人口比例\n%\n约束性\n/\n2.5\n"
        "3\n道路网密度\n千米/平方千米\n约束性\n5.6\n6.1\n4\n15分钟社区生活圈覆盖率\n%\n预期性\n88\n95\n"
    )
    assert _table_rows(text, 2026) == [
        ("建设用地总规模", "level", "reach", 40.9, "平方千米", 2030),
        ("养老床位数占老年人口比例", "level", "reach", 2.5, "%", 2030),
        ("道路网密度", "level", "reach", 6.1, "千米/平方千米", 2030),
        ("15分钟社区生活圈覆盖率", "level", "reach", 95, "%", 2030),
    ]


def test_a_period_sum_given_as_a_range_is_a_ranged_cumulative_goal():
    """〔6880〕 ⏎ 〔3000—4000〕: the last plan's sum, and this plan's as a range."""
    text = (
        "主要指标\n序号\n指标\n2025年基期值\n2030年目标值\n属性\n1\n实施老旧小区改造面积（万平方米）\n〔6880〕\n"
        "〔3000—4000〕\n"
        "预期性\n"
    )
    (target,) = extract_text(text, 2026).targets
    assert (target.kind, target.comparator, target.value, target.value_hi, target.target_year) == (
        "cumulative",
        "range",
        3000,
        4000,
        2030,
    )


def test_a_table_one_cell_per_line_with_units_after_values_full_width_percents_and_a_bracketed_base():
    """约束性 ⏎ 120.14 ⏎ 平方公里 ⏎ 128.92 ⏎ 平方公里 …: each value followed by its unit; ≥73％ written
    full width; （86.4％） a base value in brackets (not a sum over the period)."""
    text = (
        "2.主要指标\n序号\n指标名称\n指标\n属性\n基准值\n（2020年）\n目标值\n（2025年）\n目标值\n（2035年）\n"
        "1\n主海塘达标率\n预期性\n46％\n≥73％\n100％\n2\n河湖水面积\n约束性\n120.14\n平方公里\n128.92\n平方公里\n"
        "148.37\n平方公里\n3\n镇管河道断面水质达标比重\n预期性\n（94.2％）\n100％\n100％\n"
        "4\n道路网密度\n约束性\n5\n千米/平方千米\n6.1\n千米/平方千米\n7\n千米/平方千米\n"
    )
    assert [row[2:] for row in _table_rows(text, 2021)] == [
        ("min", 73, "%", 2025),
        ("reach", 100, "%", 2035),
        ("reach", 128.92, "平方公里", 2025),
        ("reach", 148.37, "平方公里", 2035),
        ("reach", 100, "%", 2025),
        ("reach", 100, "%", 2035),
        ("reach", 6.1, "千米/平方千米", 2025),
        ("reach", 7, "千米/平方千米", 2035),
    ]


def test_bracketed_serials_a_type_in_a_column_name_and_a_date_are_no_values():
    """（1） opens a row (（86.4％） is a value); 设施类型 names a column of words, not the 属性 column;
    2025-12 is a month, no range."""
    text = (
        "主要指标\n序号 设施类型 指标 单位 2020年 2025年\n（1） 教育 中小学校数量 所 120 150\n"
        "（2） 医疗 三级医院数量 家 8 10\n"
    )
    assert [(t.value, t.unit, t.target_year) for t in extract_text(text, 2021).targets] == [
        (150, "所", 2025),
        (10, "家", 2025),
    ]
    assert table_row("建成区绿道长度（公里） 2025-12 80", ("公里",)).cells[0] is None


def test_a_table_one_cell_per_line_whose_plan_column_is_named_over_two_lines():
    """“十五五” ⏎ 目标: the plan's column, its goals due at its end."""
    text = (
        "“十五五”时期某区绿化主要指标\n序号\n指标名称\n单位\n属性\n“十五五”\n目标\n"
        "1\n绿化覆盖率\n%\n约束性\n＞34.5\n2\n公园总量\n座\n约束性\n45\n"
    )
    assert [row[2:] for row in _table_rows(text, 2026)] == [
        ("min", 34.5, "%", 2030),
        ("reach", 45, "座", 2030),
    ]


def test_a_table_one_cell_per_line_without_serial_numbers_or_the_word_for_year():
    text = (
        "某县卫生健康“十四五”规划\n核心指标\n一级\n二级\n十三五期间\n2025目标\n"
        "更健康的生活\n居民健康素养水平（%）\n28.5\n35\n"
        "每千人口执业医师数（人）\n3\n4\n"
        "孕产妇系统管理率\n城区\n96.1\n98\n"
        "家庭医生签约覆盖率（%）\n62\n不低于75\n"
    )
    assert _table_rows(text, 2021) == [
        ("更健康的生活居民健康素养水平", "level", "reach", 35, "%", 2025),
        ("每千人口执业医师数", "level", "reach", 4, "人", 2025),
        ("家庭医生签约覆盖率", "level", "min", 75, "%", 2025),
    ]


def test_a_table_of_past_and_planned_columns_one_cell_per_line():
    text = (
        "某市“十二五”林业主要指标\n类别\n指标\n2010年实绩\n2015年目标\n"
        "一、生态建设\n森林覆盖率(%)\n30.2\n33\n林地面积(万亩)\n415\n430\n"
    )
    assert _table_rows(text, 2011) == [
        ("森林覆盖率", "level", "reach", 33, "%", 2015),  # the category cell (一、生态建设) is no part of it
        ("林地面积", "level", "reach", 430, "万亩", 2015),
    ]


def test_a_table_one_cell_per_line_headed_main_indicators_with_blank_lines_between_cells():
    text = (
        "某市养老服务主要指标表\n\n序号\n\n主要指标\n\n2025年\n\n2028年\n\n"
        "1\n\n护理型床位占比(%)\n\n55\n\n≥65\n\n"
        "2\n\n新建社区食堂(个)\n\n120\n\n[300]\n\n"
    )
    assert _table_rows(text, 2026) == [
        ("护理型床位占比", "level", "min", 65, "%", 2028),
        ("新建社区食堂", "cumulative", "reach", 300, "个", 2028),
    ]


def test_a_table_flattened_from_a_pdf_with_bars_glossed_headers_and_years_apart_from_their_kind():
    barred = (
        "某省林业主要指标\n指标 |\n2020年基期值(起始年份用作比较的数据) |\n"
        "2025年目标值(规划期末应达到的水平) |\n"
        "森林覆盖率(%) |\n38.5 |\n40 |\n"
    )
    assert _table_rows(barred, 2021) == [("森林覆盖率", "level", "reach", 40, "%", 2025)]
    spaced = (
        "某县交通主要指标\n类别\n指  标\n2015\n基期值\n2020\n目标值\n指标属性\n"
        "公路里程(公里)\n3200\n4100\n预期性\n"
    )
    assert _table_rows(spaced, 2016) == [("公路里程", "level", "reach", 4100, "公里", 2020)]


def test_a_town_in_a_location_cell_does_not_own_the_county_programme():
    text = (
        "蓝田县2024年民生实事项目清单\n|\n序号\n|\n项目名称\n|\n建设地点\n|\n建设内容\n|\n"
        "|\n1\n|\n乡村道路项目\n|\n汤峪镇\n|\n新建乡村道路12公里。\n|\n"
        "|\n2\n|\n饮水工程\n|\n相关镇\n|\n新建供水站3座。\n|\n"
    )
    targets = extract_text(text, 2024).targets
    assert [(t.entity, t.value) for t in targets] == [("蓝田县", 12), ("蓝田县", 3)]


def test_a_barred_table_with_category_cells_spaced_labels_and_values_in_words():
    text = (
        "类别 | 序号 | 指标名称 | 单位 | 2027年 |\n"
        "教育发展 指标 | 1 | 普惠性幼儿园覆盖率 | % | 92 |\n"
        "2 | 学位建设发展指数 | % | 达到省定水平 | |\n"
        "医疗服务 指标 | 3 | 每千人拥有 3 岁以下婴幼儿托位 | 个 | 4.6 |\n"
        "4 | 新生儿死亡率 | 1/10万 | 3 | |\n"
    )
    assert [(label, value, unit) for label, _, _, value, unit, _ in _table_rows(text, 2023)] == [
        ("普惠性幼儿园覆盖率", 92, "%"),
        ("每千人拥有3岁以下婴幼儿托位", 4.6, "个"),
        ("新生儿死亡率", 3, "1/10万"),
    ]


def test_an_allocation_table_gives_each_body_its_share_of_the_caption_years_goal():
    """A 分解表 written one row a line: each town's share is its goal for the caption's year; 全县 is
    the county's own, a town written with spaces (石 桥) still its own body."""
    text = (
        "关于分解下达2024年度节水目标的通知\n"
        "现将各镇2024年度节水目标分解下达，请认真落实。\n"
        "某某县2024年度用水总量控制目标分解表\n"
        "地区 | 用水总量控制目标(亿立方米) | 万元工业增加值用水量降幅(%) |\n"
        "全县 | 2.6 | 3.5 |\n"
        "石 桥 | 0.8 | 3.2 |\n"
        "临江镇 | 0.5 | 4.0 |\n"
    )
    found = {
        (t.entity, t.value, t.unit, t.target_year, t.kind) for t in extract_text(text, 2024, "某某县").targets
    }
    assert ("某某县", 2.6, "亿立方米", 2024, "level") in found
    assert ("石桥", 0.8, "亿立方米", 2024, "level") in found
    assert ("临江镇", 4.0, "%", 2024, "growth") in found
    assert len(found) == 6


def test_a_progress_table_keeps_its_plan_columns_as_goals_and_reports_the_rest():
    """完成进度表: the planned column (计划投资额) holds each body's goal; what is done and the rates
    are records; a header cell written with a space (市 州) still heads the bodies."""
    text = (
        "全省2024年保障性住房建设完成进度表\n"
        "序号 | 市 州 | 计划投资额(万元) | 累计完成投资额(万元) | 完成率 |\n"
        "1 | 临州市 | 5200 | 3100 | 59.62% |\n"
        "2 | 安平市 | 4100 | 3900 | 95.12% |\n"
    )
    ex = extract_text(text, 2024, "某某省")
    assert {(t.entity, t.value, t.target_year) for t in ex.targets} == {
        ("临州市", 5200, 2024),
        ("安平市", 4100, 2024),
    }
    assert {3100.0, 3900.0} <= {a.value for a in ex.actuals}
    done = text.replace("累计完成投资额(万元)", "任务完成数(户)")
    assert {t.value for t in extract_text(done, 2024, "某某省").targets} == {5200, 4100}


def test_a_progress_table_whose_unit_line_names_the_unit_of_its_plain_columns():
    """单位:亿元 under the caption gives the unit of 年度投资计划; a header cell wrapped with a space
    (一季度 完成投资) is still a column's name."""
    text = (
        "2024年1-3月全市重点项目完成情况表\n"
        "单位:亿元\n"
        "县(市、区) | 年度投资计划 | 一季度 完成投资 | 完成占比(%) |\n"
        "临州区 | 189.8 | 37.1 | 19.5% |\n"
        "安平县 | 94.9 | 14.9 | 15.7% |\n"
    )
    ex = extract_text(text, 2024, "某某市")
    assert {(t.entity, t.value, t.unit) for t in ex.targets} == {
        ("临州区", 189.8, "亿元"),
        ("安平县", 94.9, "亿元"),
    }
    assert {37.1, 14.9} <= {a.value for a in ex.actuals}
    own = text.replace("临州区 | 189.8", "市本级 | 189.8")
    assert ("某某市", 189.8) in {(t.entity, t.value) for t in extract_text(own, 2024, "某某市").targets}
    counted = text.replace("年度投资计划 |", "项目个数 | 年度投资计划 |").replace("| 189.8", "| 25 | 189.8")
    units = {a.metric: a.unit for a in extract_text(counted, 2024, "某某市").actuals}
    assert units.get("项目个数") != "亿元" and units.get("完成占比") != "亿元"


def test_an_allocation_table_written_one_cell_per_line_with_groups_and_serials():
    """序号 ⏎ 城市 ⏎ 县(市、区) ⏎ measures …: 全市小计 is the city's row, the numbered rows under it
    its districts'; a column without its unit takes the unit the text writes it in."""
    text = (
        "全省2025年计划改造老旧小区1200个，改造面积共520.3万平方米。\n"
        "2025年城镇老旧小区改造计划表 |\n|||\n序号 |\n城市 |\n县(市、区) |\n小区数(个) |\n改造面积 |\n||\n"
        "临州市 |\n全市小计: |\n300 |\n140.5 |\n|||\n"
        "1 |\n其中:1.东城区 |\n120 |\n60.2 |\n|||\n"
        "2 |\n2.西城区 |\n180 |\n80.3 |\n|||\n"
    )
    found = {(t.entity, t.value, t.unit) for t in extract_text(text, 2025, "某某省").targets}
    assert {("东城区", 120.0, "个"), ("东城区", 60.2, "万平方米"), ("西城区", 180.0, "个")} <= found
    assert ("临州市", 300.0, "个") in found  # 全市小计 of the group 临州市 (no body the gazetteer knows)


def test_allocation_tables_of_results_of_projects_and_with_bounds():
    """A table of results (…完成情况) reports; a list of projects names no bodies; a bound in a cell
    binds the share; 合计 at the foot is the text's; the lines after a table are read as text."""

    def targets(text: str) -> set[tuple]:
        return {(t.entity, t.value, t.comparator) for t in extract_text(text, 2024, "某某省").targets}

    bounded = "各县2024年度造林任务分解表\n地区 | 森林覆盖率(%) | 新增造林面积(万亩) |\n东县 | ≥35 | 1.2 |\n"
    assert targets(bounded) == {("东县", 35.0, "min"), ("东县", 1.2, "reach")}
    results = "2024年1-6月各区主要经济指标完成情况\n地区 | 地区生产总值(亿元) |\n东城区 | 800 |\n"
    assert targets(results) == set()
    assert [(a.entity, a.value) for a in extract_text(results, 2024, "某某省").actuals] == [("东城区", 800.0)]
    assert (
        targets("2024年重点项目计划表\n序号 | 名称 | 总投资(亿元) |\n1 | 滨江大道改造工程 | 12 |\n") == set()
    )
    grouped = (
        "2024年各区改造计划表\n地区 | 小区数(个) |\n青岛市 | 全市小计 | 400 |\n"
        "1 | 市南区 | 300 |\n合计 | 700 |\n"
        "二、其他重点任务\n新建节水型小区30个\n"
    )
    assert targets(grouped) == {
        ("青岛市", 400.0, "reach"),
        ("市南区", 300.0, "reach"),
        ("某某省", 700.0, "reach"),
        ("某某省", 30.0, "reach"),
    }


def test_a_plans_table_of_tasks_with_the_first_years_share_beside_the_total():
    """序号 主要指标 单位 计划任务 其中：2021年任务 指标属性: the plan's total and the part of it due
    in its first year are two goals of one row."""
    text = (
        "表4  全省城市排水设施建设主要指标\n序号\n主要指标\n单位\n计划任务\n其中：2021年任务\n指标属性\n"
        "1\n建设雨水管网\n公里\n2000\n628\n约束性\n"
        "2\n提标改造管网\n公里\n1500\n538\n约束性\n"
    )
    assert [(m, v, y) for m, _, _, v, _, y in _table_rows(text, year=2021, plan=(2021, 2025))] == [
        ("建设雨水管网", 2000, 2025),
        ("建设雨水管网", 628, 2021),
        ("提标改造管网", 1500, 2025),
        ("提标改造管网", 538, 2021),
    ]
