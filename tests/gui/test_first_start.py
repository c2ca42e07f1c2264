"""First start: the empty table says the bundled documents are loading (with progress), the getting-
started card waits for them; later starts bring back the filters and the selected target, per store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import ID_ROLE
from huangpu_tracker.gui.widgets.first_run_hint import FirstRunHint

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def test_the_table_says_the_bundled_documents_are_loading(qtbot, tmp_path):
    from huangpu_tracker.gui.app import create_application, open_main_window, show_first_run_hint

    create_application()
    win = open_main_window(tmp_path / "fresh.db")
    qtbot.addWidget(win)
    win.show()
    show_first_run_hint(win)
    table = win.table
    assert table.placeholder().startswith("正在载入内置文件…")
    assert "0 / 0" not in win.count_label.text()
    assert win.findChild(FirstRunHint) is None  # it would say they are loaded
    shown = table.viewport().grab().toImage()
    seen: list[str] = []
    win.imports.seeding.signals.progress.connect(lambda *_: seen.append(table.placeholder()))
    qtbot.waitUntil(lambda: not win.busy, timeout=60000)
    assert seen and seen[-1] == "正在载入内置文件…（4/5）"
    assert table.placeholder() == ""
    assert win.targets_model.rowCount() > 0 and "个目标" in win.count_label.text()
    assert win.findChild(FirstRunHint) is not None  # now they are
    empty = table.model().rowCount() == 0
    assert not empty and table.viewport().grab().toImage() != shown
    win.store.close()


def test_the_placeholder_is_drawn_on_the_empty_table(qtbot, tmp_path):
    from huangpu_tracker.gui.widgets.targets_table import TargetsTable

    table = TargetsTable()
    qtbot.addWidget(table)
    table.resize(400, 200)
    blank = table.viewport().grab().toImage()
    table.set_placeholder("正在载入内置文件…")
    assert table.viewport().grab().toImage() != blank


def test_filters_and_selected_target_come_back_after_a_restart(qtbot, store_path, tmp_path):
    from huangpu_tracker.gui.app import open_main_window

    first = open_main_window(store_path)
    qtbot.addWidget(first)
    first.show()
    bar = first.filter_bar
    bar.status.setCurrentIndex(bar.status.findData("not_assessable"))
    bar.search.setFocus()
    bar.search.insert("研发")  # typed (QTest types ASCII only)
    qtbot.keyClick(bar.search, Qt.Key.Key_Down)
    qtbot.keyClick(first.table, Qt.Key.Key_Down)
    chosen = first.proxy.index(1, 0).data(ID_ROLE)
    assert first.current["id"] == chosen
    wanted = bar.value()
    assert wanted.text == "研发" and wanted.status == "not_assessable" and wanted.entity == "黄埔区"
    first.close()
    first.store.close()

    second = open_main_window(store_path)
    qtbot.addWidget(second)
    assert second.filter_bar.value() == wanted
    assert second.current["id"] == chosen and second.table.selected_ids() == [chosen]
    assert second.filter_bar.search.text() == "研发"
    second.store.close()

    other = open_main_window(tmp_path / "other.db")  # another store keeps its own (none yet)
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: not other.busy, timeout=60000)
    assert other.filter_bar.value() == TargetFilter(entity="黄埔区")
    other.store.close()
