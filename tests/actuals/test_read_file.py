"""Reading and checking an actuals file, row by row, before anything is stored."""

import pytest

from huangpu_tracker.actuals.read_file import (
    ActualsFileError,
    Series,
    check_rows,
    load_actuals_file,
    read_table,
)

SERIES = {("target_id", 1): Series(10, "万亿元"), ("indicator_id", 20): Series(20, "家")}


def resolve(kind, row_id):
    return SERIES.get((kind, row_id))


def test_headers_in_any_language_blank_lines_skipped_and_bom_accepted(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "指标编号 indicator_id,年份 year,数值 value,其他\n20,2021,5,x\n,,,\n20,2022,6,y\n",
        encoding="utf-8-sig",
    )
    table = read_table(path)
    assert [row["_row"] for row in table] == [2, 4]
    rows, problems = check_rows(table, resolve)
    assert problems == []
    assert [(r.indicator_id, r.year, r.value, r.unit) for r in rows] == [
        (20, 2021, 5.0, "家"),
        (20, 2022, 6.0, "家"),
    ]


def test_values_are_converted_to_the_series_unit():
    rows, problems = check_rows(
        [{"_row": 2, "target_id": 1, "year": 2021, "value": 9500, "unit": "亿元"}], resolve
    )
    assert problems == []
    assert rows[0].value == pytest.approx(0.95) and rows[0].unit == "万亿元"


def test_every_bad_row_is_reported_with_its_number(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "target_id,year,value,unit\n1,2021,1,万亿元\n1,2021,2,万亿元\n1,,3,\n1,2022,,\n1,2023,4,%\n",
        encoding="utf-8",
    )
    with pytest.raises(ActualsFileError) as caught:
        load_actuals_file(path, resolve)
    problems = caught.value.problems
    assert [p.split(" 行")[0] for p in problems] == ["第 3", "第 4", "第 5", "第 6"]
    assert "重复" in problems[0] and "年份无效" in problems[1] and "数值无效" in problems[2]
    assert "单位不能换算" in problems[3]


def test_a_file_without_data_rows_is_refused(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("target_id,year,value\n", encoding="utf-8")
    with pytest.raises(ActualsFileError, match="没有数据行"):
        load_actuals_file(path, resolve)
