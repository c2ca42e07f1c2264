"""The XLSX sheet with years as columns and targets as rows, in each target's unit."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "x.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        rd = store.get_or_create_indicator("黄埔区", None, "研发经费投入强度", "%")
        store.add_target(rd, "level", "min", 5, "%", target_year=2025)
        store.set_actual(rd, 2020, 4.38, "%")
        store.set_actual(rd, 2022, 4.8, "%")
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "万亿元")
        store.add_target(gdp, "level", "min", 1, "万亿元", target_year=2025)
        store.set_actual(gdp, 2021, 8650, "亿元")  # written in 亿元: read in the goal's 万亿元
        store.add_target(gdp, "growth", "min", 6, "%", target_year=2025)  # levels behind a growth goal
        store.add_target(store.get_or_create_indicator("天河区", None, "高新技术企业", "家"), "level", "min",
                         5000, "家", target_year=2025)  # fmt: skip
    return path


def test_years_are_columns_and_targets_rows(db, tmp_path):
    out = tmp_path / "data.xlsx"
    result = CliRunner().invoke(
        main, ["--db", str(db), "export", "data", "--out", str(out), "--as-of", "2024"]
    )
    assert result.exit_code == 0, result.output
    head, *rows = list(load_workbook(out, read_only=True)["逐年实际值 by year"].iter_rows(values_only=True))
    assert head[-3:] == (2020, 2021, 2022)
    by_goal = {(row[3], row[5]): row[4:5] + row[7:] for row in rows}
    assert by_goal[("研发经费投入强度", 5)] == ("%", 4.38, None, 4.8)
    assert by_goal[("地区生产总值", 1)] == ("万亿元", None, 0.865, None)
    assert by_goal[("地区生产总值", 6)] == ("%", None, "8650 亿元", None)  # as written, in its own unit
    assert by_goal[("高新技术企业", 5000)] == ("家", None, None, None)
    assert len(rows) == 4
