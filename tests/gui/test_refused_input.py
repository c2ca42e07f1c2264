"""A refused entry in the target form stays in its field, marked, until corrected or given up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

RD_METRIC = "测试研发经费投入强度"


def select_rd_target(window) -> int:
    window.filter_bar.set_value(TargetFilter(text=RD_METRIC))
    target_id = next(
        window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(window.proxy.rowCount())
    )
    assert window.table.select_id(target_id)
    window.side_tabs.setCurrentWidget(window.detail)
    return target_id


def type_in_field(qtbot, window, name: str, text: str):
    """Replace a form field's text by typing, then press Enter; returns the field."""
    field = window.detail.form.editors[name]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field


def left_border_colors(field) -> set[str]:
    image = field.grab().toImage()
    return {image.pixelColor(x, image.height() // 2).name() for x in range(3)}


def stored_target(store_path, target_id: int) -> dict:
    with open_store(store_path) as store:
        return store.target(target_id)


def test_refused_year_stays_marked_until_corrected(window, qtbot, store_path):
    target_id = select_rd_target(window)
    form = window.detail.form
    field = type_in_field(qtbot, window, "target_year", "20x5")
    assert field.text() == "20x5"
    assert form.is_refused("target_year")
    assert "#b3261e" in left_border_colors(field)  # the red border
    assert "不是年份" in form.message.text()
    assert stored_target(store_path, target_id)["target_year"] == 2025
    assert window.undo_stack.count() == 0
    field.end(False)  # correct the kept text: "20x5" -> "20" -> "2027"
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "27")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert stored_target(store_path, target_id)["target_year"] == 2027
    assert not form.is_refused("target_year")
    assert "#b3261e" not in left_border_colors(field)
    assert form.message.text() == ""
    assert window.undo_stack.count() == 1


def test_escape_restores_the_stored_value(window, qtbot, store_path):
    target_id = select_rd_target(window)
    form = window.detail.form
    field = type_in_field(qtbot, window, "value", "five")
    assert "不是数字" in form.message.text()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "5"
    assert not form.is_refused("value")
    assert form.message.text() == ""
    assert stored_target(store_path, target_id)["value"] == 5


def test_refused_entry_survives_saving_another_field(window, qtbot, store_path):
    target_id = select_rd_target(window)
    form = window.detail.form
    type_in_field(qtbot, window, "value", "five")
    type_in_field(qtbot, window, "baseline_year", "2020")
    assert stored_target(store_path, target_id)["baseline_year"] == 2020
    assert form.editors["value"].text() == "five"
    assert form.is_refused("value")
    assert "不是数字" in form.message.text()
