"""Figures found in documents: every one of a year listed, each accepted or dismissed on its own, undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

FIRMS_METRIC = "测试高新技术企业"  # conftest: a suggested 2400 家 for 2022


def open_firms(window, store_path) -> dict:
    """Add a second, disagreeing figure for 2022, then select the target and show its actuals."""
    with open_store(store_path) as store:
        indicator = store.find_indicator("黄埔区", None, FIRMS_METRIC)
        document = store.documents()[0]["id"]
        store.add_suggested_actual(indicator, 2022, 2600, "家", document_id=document, quote="企业2600家")
    window.filter_bar.set_value(TargetFilter(text=FIRMS_METRIC))
    target_id = window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert window.table.select_id(target_id)
    window.side_tabs.setCurrentWidget(window.actuals)
    return window.current


def listed(window) -> list[tuple[int, str, str]]:
    model = window.actuals.suggestions_model
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def accepted(store_path, indicator_id: int) -> dict[int, float]:
    with open_store(store_path) as store:
        return dict(store.accepted_series(indicator_id))


def test_every_figure_of_a_year_is_listed_and_conflicts_are_marked(window, store_path):
    open_firms(window, store_path)
    rows = listed(window)
    assert [(year, value) for year, value, _status in rows] == [("2022", "2400 家"), ("2022", "2600 家")]
    assert all("待确认" in status and "冲突" in status for _y, _v, status in rows)
    model = window.actuals.suggestions_model
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_the_selected_figure_is_accepted_and_undo_returns_it(window, qtbot, store_path):
    target = open_firms(window, store_path)
    editor = window.actuals
    editor.select_suggestion(1)
    assert editor.selected_suggestion()["value"] == 2600
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    assert accepted(store_path, target["indicator_id"]) == {2022: 2600}
    assert [value for _y, value, _s in listed(window)] == ["2400 家"]  # still waiting beside it
    window.actions_.undo.trigger()
    assert accepted(store_path, target["indicator_id"]) == {}
    assert len(listed(window)) == 2
    window.actions_.redo.trigger()
    assert accepted(store_path, target["indicator_id"]) == {2022: 2600}


def test_the_selected_figure_is_dismissed_and_the_other_stays(window, qtbot, store_path):
    target = open_firms(window, store_path)
    editor = window.actuals
    editor.select_suggestion(1)
    qtbot.mouseClick(editor.dismiss_button, Qt.MouseButton.LeftButton)
    assert [(v, "冲突" in s) for _y, v, s in listed(window)] == [("2400 家", False)]
    editor.select_suggestion(0)
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    assert accepted(store_path, target["indicator_id"]) == {2022: 2400}
    assert listed(window) == [] and not editor.accept_button.isEnabled()
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert len(listed(window)) == 2


def test_moving_to_a_year_selects_its_first_figure(window, store_path):
    open_firms(window, store_path)
    editor = window.actuals
    editor.view.setCurrentIndex(window.actuals_model.index(window.actuals_model.row_of_year(2021), 1))
    assert editor.selected_suggestion() is None and not editor.accept_button.isEnabled()
    editor.view.setCurrentIndex(window.actuals_model.index(window.actuals_model.row_of_year(2022), 1))
    assert editor.selected_suggestion()["value"] == 2400 and editor.accept_button.isEnabled()


def test_history_shows_the_series_changes_newest_first(window, qtbot, store_path):
    open_firms(window, store_path)
    editor = window.actuals
    editor.select_suggestion(1)
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    history = window.detail.history_model
    rows = [(history.index(r, 1).data(), history.index(r, 2).data()) for r in range(history.rowCount())]
    assert rows[0] == ("采纳 2022年实际值", "状态: 待确认 → 已采纳")
    assert ("新建 2022年实际值", "2600 家 · 待确认 · 来自文件") in rows[1:]


def test_chart_shows_figures_to_confirm_as_hollow_markers_outside_the_status(window, qtbot):
    window.filter_bar.set_value(TargetFilter(text=FIRMS_METRIC))
    assert window.table.select_id(window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2))
    window.side_tabs.setCurrentWidget(window.chart)
    pane = window.chart
    xs, ys = pane.pending_item.getData()
    assert (list(xs), list(ys)) == ([2022.0], [2400.0])
    assert pane.pending_item.opts["brush"].style() == Qt.BrushStyle.NoBrush  # hollow
    assert [label.toPlainText() for label in pane.pending_labels] == ["待确认 2,400"]
    assert pane.note.isVisibleTo(window) and "不计入评估" in pane.note.text()
    assert window.current["status"] == "not_assessable"
    assert pane.chart.assessment.actual_points == ()
    window.actuals.select_suggestion(0)
    window.actuals.accept_button.click()
    assert pane.pending_item is None and not pane.note.isVisibleTo(window)
    assert dict(pane.chart.assessment.actual_points) == {2022: 2400}


def test_double_click_shows_the_figure_in_its_document(window, qtbot, store_path):
    from huangpu_tracker.gui.dialogs.document_dialog import DocumentDialog

    open_firms(window, store_path)
    view = window.actuals.suggestions
    view.doubleClicked.emit(window.actuals.suggestions_model.index(0, 4))
    dialog = window.browsing.document_dialog
    assert isinstance(dialog, DocumentDialog) and dialog.isVisible()
    document = window.store.document(window.actuals.suggestions_model.actual(0)["document_id"])
    assert dialog.windowTitle() == f"《{document['title']}》 {document['issue_date']}"  # its label
    dialog.close()


def test_a_suggestion_equal_to_the_accepted_value_is_not_drawn_again():
    from huangpu_tracker.gui.models.assessing import pending_points

    row = {
        "id": 1,
        "kind": "level",
        "comparator": "min",
        "value": 5.0,
        "value_hi": None,
        "unit": "%",
        "target_year": 2025,
        "period_start": None,
        "baseline_value": None,
        "baseline_year": None,
        "set_year": 2021,
    }
    actuals = [
        {"year": 2020, "value": 4.38, "unit": "%", "status": "accepted"},
        {"year": 2020, "value": 4.38, "unit": "%", "status": "suggested"},
        {"year": 2021, "value": 4.5, "unit": "%", "status": "suggested"},
    ]
    assert pending_points(row, actuals) == [(2021, 4.5)]


def test_a_suggestion_stating_the_accepted_amount_in_another_unit_is_not_drawn_again():
    from huangpu_tracker.gui.models.assessing import pending_points

    row = {"id": 1, "kind": "level", "comparator": "min", "value": 1.0, "value_hi": None, "unit": "万亿元",
           "target_year": 2025, "period_start": None, "baseline_value": None, "baseline_year": None,
           "set_year": 2021}  # fmt: skip
    actuals = [
        {"year": 2020, "value": 0.865, "unit": "万亿元", "status": "accepted"},
        {"year": 2020, "value": 8650, "unit": "亿元", "status": "suggested"},  # the same amount
    ]
    assert pending_points(row, actuals) == []
