"""Several selected targets get one field set at once (menu, shortcut or the table's context menu),
as one undo step; a year that is not one is refused in the dialog and nothing changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from huangpu_tracker.gui.models.targets_model import ID_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
CTRL = Qt.KeyboardModifier.ControlModifier


def select_first_rows(window, qtbot, count: int) -> list[int]:
    table = window.table
    for row in range(count):
        modifier = Qt.KeyboardModifier.ShiftModifier if row else Qt.KeyboardModifier.NoModifier
        where = table.visualRect(window.proxy.index(row, 1)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)
    ids = [window.proxy.index(r, 0).data(ID_ROLE) for r in range(count)]
    assert sorted(table.selected_ids()) == sorted(ids)
    return ids


def open_dialog(window, qtbot):
    qtbot.keyClick(window.table, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "bulk_edit_dialog"
    return dialog


def click_ok(dialog, qtbot) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def years(window, ids) -> list:
    return [window.store.target(i)["target_year"] for i in ids]


def test_target_year_for_three_targets_is_one_undo_step(window, qtbot):
    ids = select_first_rows(window, qtbot, 3)
    before = years(window, ids)
    steps = window.undo_stack.count()
    dialog = open_dialog(window, qtbot)
    dialog.field.setCurrentIndex(dialog.field.findData("target_year"))
    qtbot.keyClicks(dialog.text, "abc")
    click_ok(dialog, qtbot)
    assert dialog.isVisible()  # refused in place
    assert dialog.error.text() == "“abc”不是年份"
    assert years(window, ids) == before and window.undo_stack.count() == steps
    dialog.text.clear()
    qtbot.keyClicks(dialog.text, "2030")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert years(window, ids) == [2030, 2030, 2030]
    assert window.undo_stack.count() == steps + 1
    shown = {window.proxy.index(r, 0).data(ID_ROLE): r for r in range(window.proxy.rowCount())}
    year_column = next(
        c for c in range(window.proxy.columnCount())
        if window.proxy.headerData(c, Qt.Orientation.Horizontal) == "目标年"
    )  # fmt: skip
    assert all(window.proxy.index(shown[i], year_column).data() == "2030" for i in ids if i in shown)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, CTRL)
    assert years(window, ids) == before


POPUP_WARNINGS = "This plugin does not support (raise|grabbing|propagateSizeHints)"  # a popup, offscreen


@pytest.mark.qt_log_ignore(POPUP_WARNINGS)
def test_review_state_from_the_table_context_menu(window, qtbot):
    ids = select_first_rows(window, qtbot, 2)

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        entry = next(a for a in menu.actions() if a.objectName() == "bulk_edit")
        menu.close()
        entry.trigger()

    QTimer.singleShot(0, choose)
    viewport = window.table.viewport()
    position = window.table.visualRect(window.proxy.index(0, 1)).center()
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, viewport.mapToGlobal(position))
    )
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.field.currentData() == "review_state"
    dialog.review.setCurrentIndex(dialog.review.findData("rejected"))
    click_ok(dialog, qtbot)
    assert [window.store.target(i)["review_state"] for i in ids] == ["rejected", "rejected"]


def test_the_context_menu_lists_the_actions_on_the_selection(window):
    names = [a.objectName() for a in window.table.actions() if not a.isSeparator()]
    assert names == [
        "confirm", "reject", "bulk_edit", "merge", "delete", "export_selected_data", "export_selected_report"
    ]  # fmt: skip
    assert window.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
