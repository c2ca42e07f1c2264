"""The keyboard alone moves between the search field, the table, the panes and the dashboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huangpu_tracker.gui.models.targets_model import ID_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
CTRL = Qt.KeyboardModifier.ControlModifier


def test_down_from_the_search_field_selects_the_first_row_in_the_table(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    search = window.filter_bar.search
    assert QApplication.focusWidget() is search
    search.insert("研发")  # typed through the input method (QTest types ASCII only)
    first = window.proxy.index(0, 0).data(ID_ROLE)
    window.table.selectRow(window.proxy.rowCount() - 1)  # another row was selected before
    assert window.proxy.rowCount() > 1 and window.current["id"] != first
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    assert window.current["id"] == first
    assert window.table.selected_ids() == [first]
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # the table's own keys go on from there
    assert window.current["id"] == window.proxy.index(1, 0).data(ID_ROLE)


def test_ctrl_tab_and_ctrl_page_keys_cycle_the_panes(window, qtbot):
    tabs = window.side_tabs
    window.table.setFocus()
    names = []
    for _ in range(3):
        names.append(tabs.tabText(tabs.currentIndex()))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
    assert names == ["详情", "实际值", "进度图"]
    assert tabs.currentWidget() is window.detail  # round again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentWidget() is window.actuals
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentWidget() is window.chart
    assert window.chart.chart is not None  # the chart is drawn when its pane is reached by keys
    assert window.main_tabs.currentIndex() == 0  # the targets page stays


def test_ctrl_d_opens_the_dashboard_and_returns(window, qtbot):
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL)
    assert window.main_tabs.tabText(window.main_tabs.currentIndex()) == "总览"
    assert window.browsing.dashboard is not None
    qtbot.waitUntil(window.browsing.dashboard.isVisible)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_D, CTRL)
    assert window.main_tabs.currentIndex() == 0
    assert window.actions_.dashboard.text() == "总览"
