"""Data and report for the selected targets only, from the File menu and the table's context menu."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import ID_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def save_as(monkeypatch, path, chosen_filter="") -> list[str]:
    titles: list[str] = []

    def answer(parent, title, *args, **kwargs):
        titles.append(title)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return titles


def select_two(window, qtbot) -> list[int]:
    window.filter_bar.set_value(TargetFilter(entity="黄埔区"))
    assert window.proxy.rowCount() > 3
    table = window.table
    for row, modifier in ((1, Qt.KeyboardModifier.NoModifier), (2, Qt.KeyboardModifier.ShiftModifier)):
        where = table.visualRect(window.proxy.index(row, 1)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)
    ids = [window.proxy.index(r, 0).data(ID_ROLE) for r in (1, 2)]
    assert sorted(table.selected_ids()) == sorted(ids)
    return ids


def test_data_of_the_selected_targets_only(window, qtbot, tmp_path, monkeypatch):
    ids = select_two(window, qtbot)
    titles = save_as(monkeypatch, tmp_path / "two.xlsx", "Excel (*.xlsx)")
    window.actions_.export_selected_data.trigger()
    qtbot.waitUntil(lambda: window.exports.run.finished, timeout=30000)
    assert window.exports.run.result.paths == [tmp_path / "two.xlsx"]
    sheet = openpyxl.load_workbook(tmp_path / "two.xlsx").worksheets[0]
    _head, *rows = list(sheet.iter_rows(values_only=True))
    assert sorted(row[0] for row in rows) == sorted(ids)
    assert titles == ["导出所选 2 个目标的数据"]


def test_report_of_the_selected_targets_only(window, qtbot, tmp_path, monkeypatch):
    ids = select_two(window, qtbot)
    metrics = [window.targets_model.row_dict(window.targets_model.row_of(i))["metric"] for i in ids]
    save_as(monkeypatch, tmp_path / "two.html", "HTML (*.html)")
    window.actions_.export_selected_report.trigger()
    qtbot.waitUntil(lambda: window.exports.run.finished, timeout=30000)
    html = (tmp_path / "two.html").read_text(encoding="utf-8")
    assert all(m in html for m in metrics)
    assert "共 2 个目标" in html  # the summary counts the two selected, and only them


def test_nothing_selected_says_so_and_asks_nothing(window, monkeypatch):
    titles = save_as(monkeypatch, "unused.xlsx")
    window.table.clearSelection()
    window.select_target(None)
    assert window.exports.selected_data_dialog() is None
    assert titles == []
    assert window.statusBar().currentMessage() == "请先选择目标"
