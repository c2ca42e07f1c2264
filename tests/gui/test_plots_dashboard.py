"""The dashboard shows one small chart per target with its status; clicking one opens that target."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPicture, QTextDocumentFragment

from huangpu_tracker.assessment import Goal, assess
from huangpu_tracker.gui.plots import style
from huangpu_tracker.gui.plots.dashboard import CARD_SIZE, Dashboard, ThumbnailRenderer
from huangpu_tracker.gui.plots.progress_chart import ProgressChart


def assessed(target_id: int, actuals: dict[int, float]):
    goal = Goal(target_id, "level", "min", 5000.0, None, "亿元", 2025, set_year=2021, metric="地区生产总值")
    return assess(goal, actuals, today=2023)


ITEMS = [
    (11, assessed(11, {2020: 3500.0, 2022: 4300.0}), "地区生产总值 · 黄埔区"),
    (22, assessed(22, {2020: 3500.0, 2022: 3520.0}), "规模以上工业总产值 · 黄埔区"),
    (33, assessed(33, {}), "高新技术企业 · 黄埔区"),
]


@pytest.fixture
def dashboard(qtbot):
    widget = Dashboard()
    qtbot.addWidget(widget)
    widget.resize(3 * CARD_SIZE.width() + 80, 700)
    widget.set_items(ITEMS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_one_small_chart_per_target_with_its_status(dashboard):
    assert [c.target_id for c in dashboard.charts] == [11, 22, 33]
    for chart, (_, assessment, title) in zip(dashboard.charts, ITEMS, strict=True):
        assert chart.title_label.text() == title
        assert assessment.label_zh in chart.status_label.text()
    assert len({c.status_label.text() for c in dashboard.charts}) == 3  # three different statuses


def test_clicking_a_small_chart_emits_its_target_id(dashboard, qtbot):
    card = dashboard.charts[1]
    with qtbot.waitSignal(dashboard.targetActivated, timeout=1000) as blocker:
        qtbot.mouseClick(card.thumbnail, Qt.MouseButton.LeftButton)  # the click reaches the card
    assert blocker.args == [22]


def test_enter_on_a_focused_small_chart_opens_it(dashboard, qtbot):
    with qtbot.waitSignal(dashboard.targetActivated, timeout=1000) as blocker:
        qtbot.keyClick(dashboard.charts[2], Qt.Key.Key_Return)
    assert blocker.args == [33]


def test_each_card_shows_its_own_chart(dashboard, qtbot):
    thumbnails = [chart.thumbnail for chart in dashboard.charts]
    qtbot.waitUntil(lambda: all(t.pixmap is not None for t in thumbnails))
    images = [t.pixmap.toImage() for t in thumbnails]
    assert images[0] != images[1] and images[1] != images[2] and images[0] != images[2]


def test_grid_reflows_with_the_width_and_set_items_replaces(dashboard):
    grid = dashboard._grid
    assert {grid.getItemPosition(grid.indexOf(c))[:2] for c in dashboard.charts} == {(0, 0), (0, 1), (0, 2)}
    dashboard.resize(CARD_SIZE.width() + 60, 700)
    assert [grid.getItemPosition(grid.indexOf(c))[0] for c in dashboard.charts] == [0, 1, 2]
    dashboard.set_items(ITEMS[:1])
    assert len(dashboard.charts) == 1 and not dashboard._empty.isVisible()
    dashboard.set_items([])
    assert dashboard.charts == [] and dashboard._empty.isVisible()


def test_thumbnails_are_drawn_when_they_come_into_view(qtbot):
    dashboard = Dashboard()
    qtbot.addWidget(dashboard)
    dashboard.resize(CARD_SIZE.width() + 60, CARD_SIZE.height() + 40)  # room for one card
    dashboard.set_items(ITEMS * 4)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    qtbot.waitUntil(lambda: dashboard.charts[0].thumbnail.pixmap is not None)
    assert dashboard.charts[-1].thumbnail.pixmap is None  # far below: not drawn yet
    image = dashboard.charts[0].thumbnail.pixmap.toImage()
    blue = QColor(style.ACTUAL_COLOR)
    assert any(QColor(image.pixel(x, y)) == blue for x in range(image.width()) for y in range(image.height()))
    dashboard.ensureWidgetVisible(dashboard.charts[-1])
    qtbot.waitUntil(lambda: dashboard.charts[-1].thumbnail.pixmap is not None)


def test_the_counts_by_status_head_the_dashboard(dashboard):
    counts = dashboard.counts
    assert counts.isVisible() and counts.y() < dashboard.charts[0].y()
    text = QTextDocumentFragment.fromHtml(counts.text()).toPlainText()
    assert text == "共 3 个目标：● 进展顺利 1 · ▲ 进展不足 1 · ○ 无法评估 1"
    dashboard.set_items([])
    assert not counts.isVisible()


def test_each_card_shows_its_goal_with_unit_and_year_and_the_unit_on_its_axis(dashboard, qtbot):
    assert [c.goal_label.text() for c in dashboard.charts] == ["目标 ≥ 5000 亿元（2025年）"] * 3
    qtbot.waitUntil(lambda: all(c.thumbnail.pixmap is not None for c in dashboard.charts))
    assert dashboard._renderer.view.getPlotItem().getAxis("left").labelText == "亿元"


def _drawn_labels(axis) -> list[str]:
    picture = QPicture()
    painter = QPainter(picture)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]]


def test_year_ticks_are_whole_years_on_every_chart(qtbot):
    goal = Goal(44, "growth", "min", 8.0, None, "%", 2024, set_year=2024, metric="地区生产总值增速")
    short = assess(goal, {2023: 7.5}, today=2024)  # two years apart: ticks at 2023.5 by default
    renderer = ThumbnailRenderer()
    renderer.render(short)
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    chart.show_assessment(short, "标题", "", "来源", "亿元")
    for plot in (renderer.view.getPlotItem(), chart.plot):
        years = _drawn_labels(plot.getAxis("bottom"))
        assert years[:2] == ["2023", "2024"] and all(y.isdigit() for y in years), years
    renderer.view.deleteLater()


def test_value_axis_labels_are_drawn_on_the_first_rendering_of_every_card(dashboard, qtbot):
    qtbot.waitUntil(lambda: all(c.thumbnail.pixmap is not None for c in dashboard.charts))
    for card in dashboard.charts:
        image = card.thumbnail.pixmap.toImage()
        axis = dashboard._renderer.view.getPlotItem().getAxis("left").width()
        labels = sum(
            QColor(image.pixel(x, y)).lightness() < 110
            for x in range(0, int(axis * image.devicePixelRatio()))
            for y in range(0, image.height() * 3 // 4)
        )
        assert labels > 40, card.title_label.text()  # the tick labels, dark text left of the plot
