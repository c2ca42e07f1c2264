"""`huangpu-tracker actual set|import`: validated figures, files refused whole when any row is bad."""

import csv

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture
def db(tmp_path):
    """A store (not seeded) with a GDP target in 万亿元 (id 1) and an enterprises target in 家 (id 2)."""
    path = tmp_path / "x.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "万亿元")
        assert store.add_target(gdp, "level", "min", 1, "万亿元", target_year=2025) == 1
        firms = store.get_or_create_indicator("黄埔区", None, "高新技术企业", "家")
        assert store.add_target(firms, "level", "min", 3000, "家", target_year=2025) == 2
    return path


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def accepted(db):
    with open_store(db) as store:
        return sorted(
            (r["indicator_id"], r["year"], r["value"], r["unit"])
            for r in store.actuals(include_suggested=False)
            if r["status"] == "accepted"
        )


def test_set_converts_the_unit_and_replaces_the_accepted_value(db):
    result = run(db, "actual", "set", "1", "2022", "12000", "--unit", "亿元", "--note", "统计公报")
    assert result.exit_code == 0, result.output
    assert accepted(db) == [(1, 2022, pytest.approx(1.2), "万亿元")]
    assert run(db, "actual", "set", "1", "2022", "1.3").exit_code == 0
    assert accepted(db) == [(1, 2022, pytest.approx(1.3), "万亿元")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["1", "1900", "1.2"], "年份"),
        (["1", "2022", "abc"], "数值无效"),
        (["1", "2022", "5", "--unit", "家"], "单位不能换算"),
        (["99", "2022", "5"], "不存在"),
    ],
)
def test_set_refuses_bad_input_with_one_line(db, args, message):
    result = run(db, "actual", "set", *args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert accepted(db) == []


def write_csv(path, rows, encoding="utf-8"):
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_import_csv_in_gb18030_with_chinese_headers(db, tmp_path):
    file = write_csv(
        tmp_path / "a.csv",
        [
            ["目标编号", "年份", "数值", "单位", "备注"],
            [1, 2021, 9800, "亿元", "公报"],
            [2, "2022年", "2,950", "家", ""],
        ],
        encoding="gb18030",
    )
    result = run(db, "actual", "import", str(file))
    assert result.exit_code == 0, result.output
    assert "2 actuals" in result.output
    assert accepted(db) == [(1, 2021, pytest.approx(0.98), "万亿元"), (2, 2022, 2950.0, "家")]


def test_import_xlsx_by_indicator_id(db, tmp_path):
    book = Workbook()
    book.active.append(["indicator_id", "year", "value", "unit", "note"])
    book.active.append([1, 2020, 0.9, "万亿元", None])
    book.active.append([2, 2020.0, 2500, None, "x"])
    book.save(tmp_path / "a.xlsx")
    result = run(db, "actual", "import", str(tmp_path / "a.xlsx"))
    assert result.exit_code == 0, result.output
    assert accepted(db) == [(1, 2020, 0.9, "万亿元"), (2, 2020, 2500.0, "家")]


def test_a_file_with_bad_rows_is_refused_whole(db, tmp_path):
    run(db, "actual", "set", "2", "2020", "2500")
    before = accepted(db)
    file = write_csv(
        tmp_path / "bad.csv",
        [
            ["target_id", "year", "value", "unit"],
            [1, 2021, 1.0, "万亿元"],  # good
            [1, 2022, "abc", "万亿元"],  # row 3: text in a number field
            [2, 2200, 10, "家"],  # row 4: year out of range
            [1, 2023, 5, "家"],  # row 5: unit that does not convert
            [7, 2023, 5, ""],  # row 6: unknown target
            [2, 2020, 2600, "家"],  # good: replaces 2020
        ],
        encoding="utf-8-sig",
    )
    result = run(db, "actual", "import", str(file))
    assert result.exit_code == 1
    for row in (3, 4, 5, 6):
        assert f"第 {row} 行" in result.output
    assert "第 2 行" not in result.output and "第 7 行" not in result.output
    assert "未导入任何数据" in result.output
    assert accepted(db) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", b"target_id,year,value\n1,2021,1\n", "只支持"),
        ("a.csv", b"id,year\n1,2021\n", "缺少列"),
        ("a.xlsx", b"not a zip", "不是有效的 Excel"),
    ],
)
def test_unreadable_files_are_refused(db, tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    result = run(db, "actual", "import", str(tmp_path / name))
    assert result.exit_code == 1
    assert message in result.output


def test_actual_commands_have_help():
    for command in (["actual"], ["actual", "set"], ["actual", "import"]):
        result = CliRunner().invoke(main, [*command, "--help"])
        assert result.exit_code == 0
        assert "实际值" in result.output


def test_a_growth_target_on_a_series_of_levels_takes_the_level(db):
    with open_store(db) as store:
        growth = store.add_target(1, "growth", "min", 6, "%", target_year=2023)
    refused = run(db, "actual", "set", str(growth), "2022", "6.5")
    assert refused.exit_code == 1 and "水平值" in refused.output
    assert run(db, "actual", "set", str(growth), "2022", "6.5", "--unit", "%").exit_code == 1
    assert run(db, "actual", "set", str(growth), "2022", "11000", "--unit", "亿元").exit_code == 0
    assert accepted(db) == [(1, 2022, pytest.approx(1.1), "万亿元")]  # stored in the series' unit


def test_set_echoes_the_figure_in_full_not_rounded_to_six_digits(db):
    result = run(db, "actual", "set", "2", "2022", "1234567")
    assert result.exit_code == 0, result.output
    assert "2022 = 1234567 家" in result.output
