"""One reader for an actual figure and its year, typed or imported: same rules, same messages."""

import pytest

from huangpu_tracker.actuals.parse import FigureError, parse_number, parse_year, typed_figure
from huangpu_tracker.actuals.read_file import Series, check_row


@pytest.mark.parametrize(
    ("cell", "number"), [(12, 12.0), ("1,234.5", 1234.5), ("１２３", 123.0), (" -3 ", -3.0)]
)
def test_numbers(cell, number):
    assert parse_number(cell) == number


@pytest.mark.parametrize("cell", ["abc", "", None, "nan", "inf", True])
def test_not_numbers(cell):
    with pytest.raises(ValueError):
        parse_number(cell)


@pytest.mark.parametrize(("cell", "year"), [(2021, 2021), (2021.0, 2021), ("2021年", 2021), ("1949", 1949)])
def test_years(cell, year):
    assert parse_year(cell) == year


@pytest.mark.parametrize("cell", [1948, 2101, 2021.5, "二〇二一", None])
def test_not_years(cell):
    with pytest.raises(ValueError):
        parse_year(cell)


def _file_problem(value: object, year: object = 2023) -> str:
    record = {"_row": 2, "indicator_id": 20, "year": year, "value": value}
    with pytest.raises(ValueError) as refused:
        check_row(record, lambda kind, row_id: Series(20, "家"))
    return str(refused.value)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("abc", "不是数字"),
        ("1,5", "千位分隔符须每三位一组"),
        ("1_000", "下划线"),
        ("4.5亿元", "单位不能换算"),
    ],
)
def test_a_typed_figure_is_refused_as_the_same_cell_of_a_file_is(typed, reason):
    with pytest.raises(FigureError) as refused:
        typed_figure(typed, "家")
    assert reason in refused.value.chinese
    assert refused.value.chinese in _file_problem(typed)
    assert refused.value.english in _file_problem(typed)


@pytest.mark.parametrize("typed", ["20x5", "2021.5", "1800", "2_021"])
def test_a_typed_year_is_refused_as_the_same_cell_of_a_file_is(typed):
    with pytest.raises(FigureError) as refused:
        parse_year(typed)
    assert refused.value.chinese in _file_problem(5, typed)


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("4.38", (4.38, "家")),
        ("1,234", (1234.0, "家")),
        ("１２３家", (123.0, "家")),
        ("1.2万家", (1.2, "万家")),
    ],
)
def test_typed_figures_read_with_the_series_unit_by_default(typed, figure):
    assert typed_figure(typed, "家") == figure


def test_a_typed_count_is_never_negative():
    with pytest.raises(FigureError, match="数量不能为负数"):
        typed_figure("-3", "家")
    assert typed_figure("-3", "亿元") == (-3.0, "亿元")
