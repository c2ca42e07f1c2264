"""In English the app's own sentences are English too: goals in the table, status reasons on the
chart and the dashboard, why a document figure does not fit (units and stated names stay as written)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.edits import SetActual
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.models.assessing import assess_row
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import ID_ROLE, ROW_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef「」]")
CTRL = Qt.KeyboardModifier.ControlModifier
RD = "测试研发经费投入强度"  # the R&D goal of the test store: ≥ 5 % by 2025


@pytest.fixture
def english_window(qtbot, store_path, monkeypatch):
    from huangpu_tracker.gui.app import open_main_window

    monkeypatch.setattr(settings, "_language", "en")
    window = open_main_window(store_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.store.close()


def chinese_words(text: str, *stated: str) -> list[str]:
    """Chinese characters of `text` other than those of the stated names and units."""
    for name in stated:
        text = text.replace(name, "")
    return CJK.findall(text)


def test_goals_in_the_table_are_english_with_their_units(english_window):
    window = english_window
    window.filter_bar.set_value(TargetFilter())
    proxy = window.proxy
    goal_column = next(
        c for c in range(proxy.columnCount()) if proxy.headerData(c, Qt.Orientation.Horizontal) == "Goal"
    )
    texts = [
        (proxy.index(r, goal_column).data(), proxy.index(r, 0).data(ROW_ROLE))
        for r in range(proxy.rowCount())
    ]
    assert any(text.startswith(("cumulative", "new", "growth", "annual avg.")) for text, _ in texts)
    assert [t for t, row in texts if chinese_words(t, row["unit"] or "")] == []


def test_the_chart_and_the_dashboard_give_the_reason_in_english(english_window, qtbot):
    window = english_window
    window.filter_bar.set_value(TargetFilter(text=RD))
    window.table.setFocus()
    window.table.selectRow(0)
    target = window.current
    window.perform(SetActual(target["indicator_id"], 2020, value=4.38))
    window.perform(SetActual(target["indicator_id"], 2022, value=4.8))
    qtbot.keyClick(window.table, Qt.Key.Key_PageUp, CTRL)  # 进度图, the last pane
    chart = window.chart.chart
    assert window.side_tabs.currentWidget() is window.chart and chart is not None
    reason = assess_row(window.current, window.actuals_model.actuals()).reason
    assert "average growth since 2020: 4.68 %/yr; 2.68 %/yr needed" in reason  # (2025 may have passed)
    assert reason in chart.toolTip()
    status_row = re.sub(r"<[^>]+>", "", chart.status_label.text)  # the status, then the reason (maybe cut)
    assert reason[:20] in status_row and chinese_words(status_row) == []
    qtbot.keyClick(window.table, Qt.Key.Key_D, CTRL)  # 总览
    tiles = {c.target_id: c for c in window.browsing.dashboard.charts}
    tip = tiles[target["id"]].toolTip().split("\n")
    assert reason in tip[1] and chinese_words(tip[2]) == []  # "Target ≥ 5 %"
    assert window.proxy.index(0, 0).data(ID_ROLE) == target["id"]
