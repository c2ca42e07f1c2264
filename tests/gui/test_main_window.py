"""The main window on the seeded store: table, filter, sort, selection, detail, review, add, delete, merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import COLUMNS, ROW_ROLE
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

RD_METRIC = "测试研发经费投入强度"


def rows_shown(window) -> list[dict]:
    proxy = window.proxy
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def select_metric(window, qtbot, metric: str, nth: int = 0) -> dict:
    window.filter_bar.set_value(TargetFilter(text=metric))
    row = [r for r in rows_shown(window) if r["metric"] == metric][nth]
    assert window.table.select_id(row["id"])
    assert window.current["id"] == row["id"]
    return row


def test_opens_on_huangpu_targets_with_first_selected(window, qtbot):
    assert window.targets_model.rowCount() >= 3
    assert window.filter_bar.entity.currentData() == "黄埔区"
    assert rows_shown(window) and all(r["entity"] == "黄埔区" for r in rows_shown(window))
    qtbot.waitUntil(lambda: window.current is not None)
    assert "≥ 5 %" in [
        window.targets_model.index(r, 4).data() for r in range(window.targets_model.rowCount())
    ]


def test_typing_in_search_filters_rows(window, qtbot):
    qtbot.keyClicks(window.filter_bar.search, "5%")
    assert rows_shown(window)
    assert all("5%" in (r["quote"] or "") for r in rows_shown(window))
    window.filter_bar.search.setText("没有这个指标")
    assert rows_shown(window) == []
    assert "0 /" in window.count_label.text()


def test_filter_by_year_kind_review_and_document(window):
    everything = len(rows_shown(window))
    window.filter_bar.set_value(TargetFilter(entity="黄埔区", target_year="2025", kind="level"))
    assert rows_shown(window) and all(
        r["target_year"] == 2025 and r["kind"] == "level" for r in rows_shown(window)
    )
    doc = next(iter(window.documents))
    window.filter_bar.set_value(TargetFilter(document=str(doc)))
    assert all(doc in r["document_ids"] for r in rows_shown(window))
    window.filter_bar.set_value(TargetFilter(review_state="rejected"))
    assert rows_shown(window) == []
    window.filter_bar.set_value(TargetFilter(entity="黄埔区"))
    assert len(rows_shown(window)) == everything


def test_every_column_sorts_from_the_header(window, qtbot):
    window.filter_bar.set_value(TargetFilter())
    header = window.table.horizontalHeader()
    for column, spec in enumerate(COLUMNS):
        for _ in range(2):  # ascending, then descending
            qtbot.mouseClick(
                header.viewport(), Qt.MouseButton.LeftButton, pos=_section_center(header, column)
            )
            keys = [spec.sort_key(r) for r in rows_shown(window)]
            filled = [k for k in keys if k != (1, "")]
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            assert filled == sorted(filled, reverse=descending), spec.key


def _section_center(header, column):
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2
    )


def test_selecting_fills_detail_actuals_and_chart(window, qtbot):
    row = select_metric(window, qtbot, RD_METRIC)
    assert window.detail.form.editors["metric"].text() == RD_METRIC
    assert "研发经费投入强度超过" in window.detail.quote.toPlainText()
    assert window.detail.sources_model.rowCount() == 1
    assert window.detail.history_model.rowCount() >= 1
    years = [window.actuals_model.year_at(r) for r in range(window.actuals_model.rowCount())]
    assert min(years) <= 2020 and max(years) >= 2027
    window.side_tabs.setCurrentWidget(window.chart)
    assert window.chart.chart is not None
    assert window.chart.chart.assessment.target_id == row["id"]


def test_show_in_document_highlights_the_sentence(window, qtbot):
    select_metric(window, qtbot, RD_METRIC)
    qtbot.mouseClick(window.detail.show_button, Qt.MouseButton.LeftButton)
    dialog = window.browsing.document_dialog
    start, end = dialog.span
    assert dialog.text.toPlainText()[start:end] == "研发经费投入强度超过5%"
    assert dialog.text.textCursor().selectedText() == "研发经费投入强度超过5%"
    dialog.close()


def test_edit_attribute_through_the_form_with_undo(window, qtbot):
    row = select_metric(window, qtbot, RD_METRIC)
    editor = window.detail.form.editors["target_year"]
    editor.setText("2026")
    editor.editingFinished.emit()
    assert window.store.target(row["id"])["target_year"] == 2026
    assert window.store.target(row["id"])["review_state"] == "edited"
    assert "2026" in [window.targets_model.index(r, 5).data() for r in range(window.targets_model.rowCount())]
    assert "target_year" in window.undo_stack.undoText() or "目标年" in window.undo_stack.undoText()
    window.actions_.undo.trigger()
    assert window.store.target(row["id"])["target_year"] == 2025
    assert window.detail.form.editors["target_year"].text() == "2025"
    window.actions_.redo.trigger()
    assert window.store.target(row["id"])["target_year"] == 2026


def test_baseline_can_be_set_in_the_form(window, qtbot):
    row = select_metric(window, qtbot, RD_METRIC)
    for name, text in (("baseline_year", "2020"), ("baseline_value", "3.1")):
        window.detail.form.editors[name].setText(text)
        window.detail.form.editors[name].editingFinished.emit()
    target = window.store.target(row["id"])
    assert (target["baseline_year"], target["baseline_value"]) == (2020, 3.1)


def test_bad_attribute_is_refused_in_place(window, qtbot):
    row = select_metric(window, qtbot, RD_METRIC)
    editor = window.detail.form.editors["value"]
    editor.setText("五")
    editor.editingFinished.emit()
    assert "不是数字" in window.detail.form.message.text()
    assert editor.text() == "五"  # kept for correction
    year = window.detail.form.editors["target_year"]
    year.setText("2300")
    year.editingFinished.emit()
    assert "1949" in window.detail.form.message.text()
    assert window.store.target(row["id"])["target_year"] == 2025
    assert window.undo_stack.count() == 0


def test_confirm_and_reject_with_undo(window, qtbot):
    row = select_metric(window, qtbot, RD_METRIC)
    qtbot.mouseClick(window.detail.reject_button, Qt.MouseButton.LeftButton)
    assert window.store.target(row["id"])["review_state"] == "rejected"
    assert window.targets_model.row_dict(window.targets_model.row_of(row["id"]))["review_state"] == "rejected"
    window.actions_.undo.trigger()
    assert window.store.target(row["id"])["review_state"] == "extracted"
    window.actions_.redo.trigger()
    assert window.store.target(row["id"])["review_state"] == "rejected"
    window.actions_.undo.trigger()
    window.actions_.confirm.trigger()
    assert window.store.target(row["id"])["review_state"] == "confirmed"


def test_delete_and_undo_restore_the_target(window, qtbot):
    row = select_metric(window, qtbot, RD_METRIC)
    total = window.targets_model.rowCount()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.targets_model.rowCount() == total - 1
    assert window.targets_model.row_of(row["id"]) is None
    window.actions_.undo.trigger()
    assert window.targets_model.rowCount() == total
    assert window.store.target(row["id"])["metric"] == RD_METRIC
    assert len(window.store.target_sources(row["id"])) == 1
    window.actions_.redo.trigger()
    assert window.targets_model.row_of(row["id"]) is None


def test_merge_two_targets_and_undo(window, qtbot):
    window.filter_bar.set_value(TargetFilter(text=RD_METRIC))
    ids = [r["id"] for r in rows_shown(window) if r["metric"] == RD_METRIC]
    assert len(ids) == 2
    window.table.selectAll()
    window.table.select_id(ids[0])
    window.table.selectAll()
    window.actions_.merge.trigger()
    assert window.targets_model.row_of(ids[1]) is None
    assert len(window.store.target_sources(ids[0])) == 2
    window.actions_.undo.trigger()
    assert len(window.store.target_sources(ids[0])) == 1
    assert len(window.store.target_sources(ids[1])) == 1
    window.actions_.redo.trigger()
    assert window.targets_model.row_of(ids[1]) is None


def test_add_target_by_hand(window, qtbot):
    from huangpu_tracker.gui.dialogs.add_target_dialog import AddTargetDialog

    dialog = AddTargetDialog(window)
    qtbot.addWidget(dialog)
    dialog.editors["metric"].setText("新增测试指标")
    dialog.editors["value"].setText("abc")
    dialog.accept()
    assert "不是数字" in dialog.message.text()
    dialog.editors["value"].setText("12")
    dialog.editors["unit"].setText("家")
    dialog.editors["target_year"].setText("2025")
    dialog.accept()
    edit = dialog.edit()
    window.perform(edit)
    assert window.targets_model.row_of(edit.target_id) is not None
    assert window.store.target(edit.target_id)["metric"] == "新增测试指标"
    window.actions_.undo.trigger()
    assert window.targets_model.row_of(edit.target_id) is None
    window.actions_.redo.trigger()
    assert window.store.target(edit.target_id)["metric"] == "新增测试指标"


def test_second_window_on_the_same_store_keeps_both_edits(window, qtbot, store_path):
    from huangpu_tracker.gui.app import instance_lock, open_main_window

    first_lock = instance_lock(store_path)
    assert first_lock is not None
    assert instance_lock(store_path) is None  # a second instance is told
    other = open_main_window(store_path)
    qtbot.addWidget(other)
    row = select_metric(window, qtbot, RD_METRIC)
    select_metric(other, qtbot, RD_METRIC)
    window.detail.review_requested.emit("confirmed")
    other.actuals_model.setData(other.actuals_model.index(0, 1), "4.1")
    other.store.close()
    first_lock.unlock()
    with open_store(store_path) as store:
        assert store.target(row["id"])["review_state"] == "confirmed"
        assert store.accepted_series(row["indicator_id"])[0][1] == 4.1


def test_large_lists_are_assessed_in_the_background(qtbot, store_path, monkeypatch):
    from huangpu_tracker.gui import main_window
    from huangpu_tracker.gui.app import open_main_window

    monkeypatch.setattr(main_window, "STATUS_SYNC_LIMIT", 0)
    win = open_main_window(store_path)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.statuses_ready, timeout=20000):
        pass
    assert all(r["status"] for r in win.targets_model.rows())
    win.store.close()


def test_seeded_key_matches_ingest():
    from huangpu_tracker import ingest
    from huangpu_tracker.gui import main_window

    assert main_window.SEEDED_KEY == ingest.SEEDED_KEY


def test_run_app_shows_the_window_and_returns_when_closed(qapp, store_path):
    from PySide6.QtCore import QTimer

    from huangpu_tracker.gui.app import run_app
    from huangpu_tracker.gui.main_window import MainWindow

    shown = []

    def close_windows() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(300, close_windows)
    assert run_app(store_path) == 0
    assert shown and store_path.name in shown[0]


def test_add_target_action_opens_the_dialog_and_selects_the_new_target(window, qtbot, monkeypatch):
    from huangpu_tracker.gui.dialogs.add_target_dialog import AddTargetDialog

    def fill_and_accept(dialog) -> int:
        dialog.editors["metric"].setText("手工指标")
        dialog.editors["value"].setText("3")
        dialog.editors["unit"].setText("个")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AddTargetDialog, "exec", fill_and_accept)
    window.filter_bar.set_value(TargetFilter(text="没有"))
    window.actions_.add.trigger()
    assert window.current["metric"] == "手工指标"
    assert window.store.target(window.current["id"])["review_state"] == "confirmed"
    assert "手工指标" in window.undo_stack.undoText()


def test_settings_dialog_switches_the_language(qtbot, monkeypatch):
    from huangpu_tracker.gui import settings
    from huangpu_tracker.gui.dialogs.settings_dialog import SettingsDialog

    monkeypatch.setattr(settings, "_language", None)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    monkeypatch.setattr(settings, "_language", None)  # as on the next start
    assert settings.language() == "en"
    settings.set_language("zh")
