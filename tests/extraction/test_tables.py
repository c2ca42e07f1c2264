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
