"""The 完成进度 column says what it is: the share of the way from the baseline to the goal; the pace
(Eurostat's ratio) is in its tooltip and under the progress chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import COLUMNS, ROW_ROLE
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

METRIC = "测试完成进度"


@pytest.fixture
def window(qtbot, store_path):
    """R&D ≥ 5 % by 2030 (period from 2021): 4.38 % in 2020, 4.8 % in 2022 — 68 % of the way, at a
    pace well above the one needed (ratio > 1)."""
    from huangpu_tracker.gui.app import create_application, open_main_window

    with open_store(store_path) as store:
        rd = store.get_or_create_indicator("黄埔区", None, METRIC, "%")
        store.add_target(rd, "level", "min", 5, "%", target_year=2030, period_start=2021)
        store.set_actual(rd, 2020, 4.38, "%")
        store.set_actual(rd, 2022, 4.8, "%")
    create_application()
    win = open_main_window(store_path)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.store.close()


def test_the_progress_column_shows_the_share_of_the_way_and_the_chart_the_pace(window, qtbot):
    column = [c.key for c in COLUMNS].index("progress")
    header = window.table.horizontalHeader()
    assert window.targets_model.headerData(column, Qt.Orientation.Horizontal) == "完成进度"
    tip = window.targets_model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "从基期到目标已走过的比例" in tip and header.isSectionHidden(column) is False

    window.filter_bar.search.setText(METRIC)  # as pasted: keyClicks types ASCII only
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    cell = window.proxy.index(0, column)
    rect = window.table.visualRect(cell)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current is not None and window.current["metric"] == METRIC)
    assert cell.data() == "68 %"  # (4.8 − 4.38) / (5 − 4.38), not the ratio
    ratio = cell.data(ROW_ROLE)["ratio"]
    assert ratio > 1 and f"速度比值 {ratio:.2f}" in cell.data(Qt.ItemDataRole.ToolTipRole)

    window.side_tabs.setCurrentWidget(window.chart)
    figures = window.chart.figures
    qtbot.waitUntil(figures.isVisible)
    assert "完成进度 68 %（从 2020 年的 4.38 % 到目标 5 %）" in figures.text()
    assert f"速度比值 {ratio:.2f}" in figures.text()


def test_a_goal_on_a_yearly_rate_shows_no_progress(window):
    window.filter_bar.set_value(TargetFilter(kind="growth"))
    column = [c.key for c in COLUMNS].index("progress")
    assert window.proxy.rowCount() > 0
    assert {window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())} == {""}
