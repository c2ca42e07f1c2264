"""Undo and redo after another window changed the same rows: the message is shown, the stack stays true."""

from __future__ import annotations

import pytest

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import ID_ROLE
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

RD_METRIC = "测试研发经费投入强度"


def edit_target_year(window, year: str) -> int:
    window.filter_bar.set_value(TargetFilter(text=RD_METRIC))
    target_id = window.proxy.index(0, 0).data(ID_ROLE)
    assert window.table.select_id(target_id)
    editor = window.detail.form.editors["target_year"]
    editor.setText(year)
    editor.editingFinished.emit()
    return target_id


def delete_elsewhere(store_path, target_id: int) -> None:
    with open_store(store_path) as other:
        other.delete_target(target_id)


def test_redo_of_a_target_deleted_elsewhere_is_refused(window, qtbot, store_path):
    target_id = edit_target_year(window, "2026")
    window.actions_.undo.trigger()
    delete_elsewhere(store_path, target_id)
    window.actions_.redo.trigger()
    assert "无法重做" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.undo_stack.index() == 0)
    assert window.actions_.redo.isEnabled() and not window.actions_.undo.isEnabled()
    assert window.undo_stack.count() == 1


def test_undo_of_a_target_deleted_elsewhere_drops_only_that_step(window, qtbot, store_path):
    first = edit_target_year(window, "2026")
    window.actions_.confirm.trigger()
    assert window.undo_stack.count() == 2
    delete_elsewhere(store_path, first)
    window.actions_.undo.trigger()
    assert "无法撤销" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    assert window.targets_model.row_of(first) is None  # the table shows the deletion
    assert "目标年" in window.undo_stack.undoText()
