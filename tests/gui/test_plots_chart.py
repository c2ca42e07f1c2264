"""The progress chart draws every element an analyst reads: actuals with values, baseline, target
with its comparator, required path (dashed), projection (dotted), plan period, status in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.assessment import Goal, assess
from huangpu_tracker.gui.plots import style
from huangpu_tracker.gui.plots.meta import ChartMeta, chart_meta
from huangpu_tracker.gui.plots.progress_chart import ProgressChart

ACTUALS = {2019: 3300.0, 2020: 3500.0, 2021: 3700.0, 2022: 3860.0}


def gdp(comparator: str = "min", value_hi: float | None = None, actuals=None):
    goal = Goal(
        1,
        "level",
        comparator,
        5000.0,
        value_hi,
        "亿元",
        2025,
        set_year=2021,
        metric="地区生产总值",
        entity="黄埔区",
    )
    return assess(goal, ACTUALS if actuals is None else actuals, today=2023)


META = ChartMeta(
    "地区生产总值 · 黄埔区",
    "目标原文：到2025年地区生产总值突破5000亿元",
    "来源：《十四五规划》，2021-05-20",
    "亿元",
)


@pytest.fixture
def chart(qtbot):
    widget = ProgressChart()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    return widget


def test_chart_draws_each_element(chart):
    a = gdp()
    chart.show_assessment(a, **META.texts())
    items = chart.items
    on_plot = chart.plot.items
    for item in (items.actuals, items.baseline, items.required, items.projection, items.target_marker):
        assert item in on_plot
    xs, ys = items.actuals.getData()
    assert list(xs) == [2019, 2020, 2021, 2022] and list(ys) == [3300, 3500, 3700, 3860]
    assert items.actuals.opts["symbol"] == "o"
    assert {label.toPlainText() for label in items.labels} >= {"3,300", "3,500", "3,700", "3,860"}
    assert items.baseline.getData()[0][0] == a.baseline.year == 2020
    assert items.required.opts["pen"].style() == Qt.PenStyle.DashLine
    assert items.projection.opts["pen"].style() == Qt.PenStyle.DotLine
    assert list(items.required.getData()[0]) == [y for y, _ in a.required_path]
    assert items.period.getRegion() == (2020, 2025)
    assert (
        a.label_zh in chart.status_label.text
        and style.status_style(a.status).symbol in chart.status_label.text
    )
    assert "地区生产总值" in chart.title_label.text and "5000亿元" in chart.subtitle_label.text
    assert "十四五规划" in chart.source_label.text
    assert a.reason in chart.toolTip()
    assert a.reason in chart.status_label.text.replace("<br>", "")  # wrapped, never elided
    assert "亿元" in chart.plot.getAxis("left").labelText and chart.plot.getAxis("bottom").labelText == "年份"


@pytest.mark.parametrize(
    ("comparator", "value_hi", "symbol", "band"),
    [
        ("min", None, "t1", (5000, None)),  # at least: ▲ and a band from the value upwards
        ("reach", None, "t1", (5000, None)),
        ("max", None, "t", (None, 5000)),  # at most: ▼ and a band from the value downwards
        ("approx", None, "d", (4750, 5250)),  # about: ◆ inside a ±5 % band
        ("range", 6000.0, "d", (5000, 6000)),  # between: a marker at each bound of the band
    ],
)
def test_target_marker_and_band_show_the_comparator(chart, comparator, value_hi, symbol, band):
    a = gdp(comparator, value_hi)
    chart.show_assessment(a, **META.texts())
    marker, rect = chart.items.target_marker, chart.items.target_band.rect()
    assert marker.opts["symbol"] == symbol
    assert set(marker.getData()[0]) == {2025}
    (_, _), (y0, y1) = chart.plot.getViewBox().viewRange()
    lo, hi = band
    assert rect.top() == pytest.approx(lo if lo is not None else y0)
    assert rect.bottom() == pytest.approx(hi if hi is not None else y1)
    assert rect.left() < 2025 < rect.right()
    if comparator == "range":
        assert sorted(marker.getData()[1]) == [5000, 6000]


def test_redrawing_replaces_the_previous_chart(chart):
    chart.show_assessment(gdp(), **META.texts())
    chart.show_assessment(gdp(actuals={2020: 3500.0, 2021: 3600.0}), **META.texts())
    curves = [item for item in chart.plot.listDataItems() if item is chart.items.actuals]
    assert len(curves) == 1 and len(chart.items.actuals.getData()[0]) == 2
    assert len(chart.legend.items) == 6


def test_chart_without_actuals_shows_goal_and_not_assessable(chart):
    a = gdp(actuals={})
    chart.show_assessment(a, **META.texts())
    assert a.status == "not_assessable"
    assert chart.items.actuals is None and chart.items.target_marker is not None
    assert "无法评估" in chart.status_label.text


def test_long_goal_text_is_wrapped_to_two_lines_and_elided(chart):
    chart.show_assessment(
        gdp(), "标题", "到2025年" + "，建成具有全球影响力的科技创新高地" * 12, "来源", "亿元"
    )
    subtitle = chart.subtitle_label.text
    assert subtitle.count("<br>") == 1 and "…" in subtitle


def test_chart_meta_from_a_store_row_names_metric_entity_goal_and_source():
    row = {
        "entity": "黄埔区", "area": "中新广州知识城", "metric": "地区生产总值", "unit": "亿元",
        "target_year": 2025, "quote": "地区生产总值突破5000亿元", "document_id": 3, "article_id": None,
    }  # fmt: skip
    documents = {
        3: {
            "id": 3,
            "name": "003.txt",
            "title": "黄埔区十四五规划",
            "issue_date": "2021-05-20",
            "articles": [],
        }
    }
    meta = chart_meta(row, documents)
    assert meta.title == "地区生产总值 · 黄埔区（中新广州知识城）"
    assert meta.subtitle == "目标原文：地区生产总值突破5000亿元"
    assert "《黄埔区十四五规划》" in meta.source_line and "2021-05-20" in meta.source_line
    assert meta.file_stem == "黄埔区_地区生产总值_2025"
    assert "分析员" in chart_meta(row | {"document_id": None}, documents).source_line


def test_long_series_labels_a_readable_subset_with_first_and_latest():
    from huangpu_tracker.gui.plots.series import MAX_VALUE_LABELS, labelled_indexes

    assert labelled_indexes(5) == [0, 1, 2, 3, 4]
    picked = labelled_indexes(50)
    assert len(picked) == MAX_VALUE_LABELS and picked[0] == 0 and picked[-1] == 49
    assert picked == sorted(set(picked))


def legend_names(chart) -> list[str]:
    return [label.text for _sample, label in chart.legend.items]


def test_an_average_growth_chart_plots_the_yearly_rates_and_the_average_as_its_own_line(chart):
    # issue 12: 年均 ≈ 8 % with yearly growth 10.5, 3.1, 5.2, 4.0 was drawn as 10.5, 6.74, 6.22, 5.66
    goal = Goal(1, "avg_growth", "approx", 8.0, None, "%", 2025, period_start=2021, metric="地区生产总值增速")
    a = assess(goal, {2021: 10.5, 2022: 3.1, 2023: 5.2, 2024: 4.0}, today=2024)
    chart.show_assessment(a, **META.texts())
    years, ys = chart.items.actuals.getData()
    assert list(years) == [2021, 2022, 2023, 2024] and list(ys) == [10.5, 3.1, 5.2, 4.0]
    _xs, averages = chart.items.average.getData()
    assert [round(v, 2) for v in averages] == [10.5, 6.74, 6.22, 5.66]
    names = legend_names(chart)
    assert "实际值" in names and "期初以来年均增速" in names
    assert {"10.5", "3.1", "5.2", "4"} <= {label.toPlainText() for label in chart.items.labels}


def test_a_converted_figure_is_labelled_with_every_digit(chart):
    goal = Goal(1, "level", "min", 1.0, None, "万亿元", 2025, set_year=2021)
    chart.show_assessment(assess(goal, {2020: 0.865, 2023: 0.95}, today=2024), **META.texts())
    assert "0.865" in {label.toPlainText() for label in chart.items.labels}
