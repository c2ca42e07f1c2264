"""Entering actuals year by year: typing saves at once, bad input is refused, paste is one undo step."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from huangpu_tracker.gui.models.actuals_model import NOTE, SUGGESTION, UNIT, VALUE, YEAR
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

RD_METRIC = "测试研发经费投入强度"
FIRMS_METRIC = "测试高新技术企业"


def open_metric(window, metric: str) -> dict:
    window.filter_bar.set_value(TargetFilter(text=metric))
    target_id = next(
        window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(window.proxy.rowCount())
    )
    assert window.table.select_id(target_id)
    window.side_tabs.setCurrentWidget(window.actuals)
    return window.current


def cell(window, year: int, column: int):
    return window.actuals_model.index(window.actuals_model.row_of_year(year), column)


def open_editor(view) -> QLineEdit | None:
    """The cell editor open in the actuals table (None if no cell is being edited)."""
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editing = view.state() == QAbstractItemView.State.EditingState
    return editors[0] if editing and len(editors) == 1 else None


def type_keys(qtbot, window, year: int, column: int, text: str) -> QLineEdit:
    """Select the cell, press F2, type into the real editor and press Enter; returns that editor."""
    view = window.actuals.view
    view.setFocus()
    view.setCurrentIndex(cell(window, year, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = open_editor(view)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return editor


def type_into(qtbot, window, year: int, column: int, text: str) -> None:
    """Type a text the model accepts: the editor closes."""
    type_keys(qtbot, window, year, column, text)
    # the delegate commits and closes its editor through a queued call
    qtbot.waitUntil(lambda: window.actuals.view.state() != QAbstractItemView.State.EditingState)


def type_refused(qtbot, window, year: int, column: int, text: str) -> QLineEdit:
    """Type a text the model refuses: a new editor opens on the same cell, still holding the text."""
    first = type_keys(qtbot, window, year, column, text)
    view = window.actuals.view

    def reopened() -> bool:
        editor = open_editor(view)
        return editor is not None and editor is not first and editor.text() == text

    qtbot.waitUntil(reopened)
    assert view.currentIndex() == cell(window, year, column)
    return open_editor(view)


def give_up(qtbot, window) -> None:
    """Escape out of the open cell editor."""
    view = window.actuals.view
    qtbot.keyClick(open_editor(view), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: open_editor(view) is None)


def stored(store_path, indicator_id: int) -> dict[int, float]:
    with open_store(store_path) as store:
        return dict(store.accepted_series(indicator_id))


def test_typed_value_is_in_the_store_at_once(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    type_into(qtbot, window, 2022, VALUE, "4.38")
    assert cell(window, 2022, VALUE).data() == "4.38"
    assert cell(window, 2022, UNIT).data() == "%"
    assert stored(store_path, target["indicator_id"]) == {2022: 4.38}  # a second connection sees it
    row = window.targets_model.row_dict(window.targets_model.row_of(target["id"]))
    assert (row["latest_year"], row["latest_value"]) == (2022, 4.38)
    assert "2022" in window.undo_stack.undoText()


def test_bad_input_is_refused_with_a_message(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    for text, message in (("abc", "不是数字"), ("4.5kg", "单位不能换算")):
        type_refused(qtbot, window, 2021, VALUE, text)
        assert message in window.actuals.message.text()
        give_up(qtbot, window)
        assert cell(window, 2021, VALUE).data() == ""
    type_refused(qtbot, window, 2021, YEAR, "2200")
    assert "1949" in window.actuals.message.text()
    give_up(qtbot, window)
    assert stored(store_path, target["indicator_id"]) == {}
    assert window.undo_stack.count() == 0


def test_typed_numbers_are_read_as_strictly_as_imported_ones(window, qtbot, store_path):
    """ "1,5" is never 15, "1_000" never 1000 (issue 13): refused with the reason, nothing stored."""
    target = open_metric(window, RD_METRIC)
    for text, message in (("1,5", "千位分隔符须每三位一组"), ("1,2,3,4", "千位分隔符"), ("1_000", "下划线")):
        type_refused(qtbot, window, 2021, VALUE, text)
        assert message in window.actuals.message.text()
        give_up(qtbot, window)
    assert stored(store_path, target["indicator_id"]) == {}


def test_negative_count_is_refused(window, qtbot, store_path):
    target = open_metric(window, FIRMS_METRIC)
    type_refused(qtbot, window, 2023, VALUE, "-5")
    assert "负数" in window.actuals.message.text()
    assert stored(store_path, target["indicator_id"]) == {}


def test_undo_and_redo_a_typed_value(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    type_into(qtbot, window, 2022, VALUE, "4.2")
    type_into(qtbot, window, 2022, VALUE, "4.3")
    type_into(qtbot, window, 2022, NOTE, "gongbao")
    assert [a["note"] for a in window.store.actuals(target["indicator_id"]) if a["year"] == 2022] == [
        "gongbao"
    ]
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert cell(window, 2022, VALUE).data() == "4.2"
    window.actions_.undo.trigger()
    assert stored(store_path, target["indicator_id"]) == {}
    window.actions_.redo.trigger()
    assert stored(store_path, target["indicator_id"]) == {2022: 4.2}
    window.actuals.view.setCurrentIndex(cell(window, 2022, VALUE))
    qtbot.keyClick(window.actuals.view, Qt.Key.Key_Delete)
    assert stored(store_path, target["indicator_id"]) == {}
    assert "清除" in window.undo_stack.undoText()


def test_paste_a_column_fills_consecutive_years_as_one_step(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    QGuiApplication.clipboard().setText("3.1\n3.4\t(note)\n3.9\n")
    window.actuals.view.setCurrentIndex(cell(window, 2020, VALUE))
    window.actuals.view.setFocus()
    qtbot.keyClick(window.actuals.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(store_path, target["indicator_id"]) == {2020: 3.1, 2021: 3.4, 2022: 3.9}
    assert window.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert stored(store_path, target["indicator_id"]) == {}
    window.actions_.redo.trigger()
    assert stored(store_path, target["indicator_id"]) == {2020: 3.1, 2021: 3.4, 2022: 3.9}


def test_paste_with_a_bad_line_changes_nothing(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    assert not window.actuals_model.paste_column(window.actuals_model.row_of_year(2020), ["3.1", "n/a"])
    assert "不是数字" in window.actuals.message.text()
    assert stored(store_path, target["indicator_id"]) == {}


def test_suggestion_is_shown_accepted_and_dismissed(window, qtbot, store_path):
    target = open_metric(window, FIRMS_METRIC)
    assert cell(window, 2022, SUGGESTION).data().startswith("2400")
    window.actuals.view.setCurrentIndex(cell(window, 2022, VALUE))
    assert window.actuals.accept_button.isEnabled()
    qtbot.mouseClick(window.actuals.accept_button, Qt.MouseButton.LeftButton)
    assert stored(store_path, target["indicator_id"]) == {2022: 2400}
    assert cell(window, 2022, VALUE).data() == "2400"
    window.actions_.undo.trigger()
    assert stored(store_path, target["indicator_id"]) == {}
    window.actuals.view.setCurrentIndex(cell(window, 2022, VALUE))
    qtbot.mouseClick(window.actuals.dismiss_button, Qt.MouseButton.LeftButton)
    assert cell(window, 2022, SUGGESTION).data() == ""


def test_typed_value_beside_a_document_figure_is_marked_as_conflict(window, qtbot):
    open_metric(window, FIRMS_METRIC)
    type_into(qtbot, window, 2022, VALUE, "2500")
    assert "⚠" in cell(window, 2022, SUGGESTION).data()
    assert cell(window, 2022, VALUE).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_killed_app_keeps_the_typed_value(store_path, tmp_path):
    """Type through the GUI in a child process, kill it without any shutdown, then read the file."""
    script = textwrap.dedent(
        f"""
        import os, sys
        from huangpu_tracker.gui.app import create_application, open_main_window
        from huangpu_tracker.gui.models.targets_filter import TargetFilter
        app = create_application()
        window = open_main_window(__import__("pathlib").Path({str(store_path)!r}))
        window.filter_bar.set_value(TargetFilter(text={RD_METRIC!r}))
        window.table.selectRow(0)
        model = window.actuals_model
        assert model.setData(model.index(model.row_of_year(2023), 1), "4.77")
        print(window.current["indicator_id"], flush=True)
        os.kill(os.getpid(), 9)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert stored(store_path, int(done.stdout.split()[0])) == {2023: 4.77}


def test_typing_a_year_adds_a_row_or_moves_the_value(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    last = window.actuals_model.year_at(window.actuals_model.rowCount() - 1)
    type_into(qtbot, window, last, YEAR, "2035")
    assert window.actuals_model.row_of_year(2035) is not None
    type_into(qtbot, window, 2022, VALUE, "4.1")
    type_into(qtbot, window, 2022, YEAR, "2023")
    assert stored(store_path, target["indicator_id"]) == {2023: 4.1}
    window.actions_.undo.trigger()
    assert stored(store_path, target["indicator_id"]) == {2022: 4.1}


def test_value_in_another_magnitude_is_kept_with_its_unit(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    window.actuals_model.setData(cell(window, 2021, UNIT), "亿元")
    assert "请先输入数值" in window.actuals.message.text()
    window.actuals_model.setData(cell(window, 2021, VALUE), "4.2")
    window.actuals_model.setData(cell(window, 2021, UNIT), "亿元")
    assert "单位不能换算" in window.actuals.message.text()
    assert cell(window, 2021, UNIT).data() == "%"
    assert stored(store_path, target["indicator_id"]) == {2021: 4.2}


def test_paste_with_a_blank_line_keeps_the_later_values_on_their_years(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    QGuiApplication.clipboard().setText("3.1\n\n3.9\n\n")
    window.actuals.view.setCurrentIndex(cell(window, 2020, VALUE))
    window.actuals.view.setFocus()
    qtbot.keyClick(window.actuals.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert stored(store_path, target["indicator_id"]) == {2020: 3.1, 2022: 3.9}
    assert window.undo_stack.count() == 1


def test_refused_text_stays_in_the_editor_until_corrected(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    editor = type_refused(qtbot, window, 2021, VALUE, "abc")
    assert stored(store_path, target["indicator_id"]) == {}
    assert "不是数字" in window.actuals.message.text()
    assert editor.selectedText() == "abc"  # typing replaces it
    qtbot.keyClicks(editor, "4.8")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: open_editor(window.actuals.view) is None)
    assert stored(store_path, target["indicator_id"]) == {2021: 4.8}
    assert cell(window, 2021, VALUE).data() == "4.8"
    assert window.actuals.message.text() == ""
    assert window.undo_stack.count() == 1


def test_escape_after_a_refusal_shows_the_stored_value_again(window, qtbot, store_path):
    target = open_metric(window, RD_METRIC)
    type_into(qtbot, window, 2022, VALUE, "4.2")
    type_refused(qtbot, window, 2022, VALUE, "4,2x")
    give_up(qtbot, window)
    assert cell(window, 2022, VALUE).data() == "4.2"
    assert window.actuals.message.text() == ""
    assert stored(store_path, target["indicator_id"]) == {2022: 4.2}
    assert window.undo_stack.count() == 1
