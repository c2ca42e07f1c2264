"""The `screenshot` command, remembered window state and filters, keyboard shortcuts, language."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from huangpu_tracker.cli import main
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.models.targets_filter import TargetFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def test_screenshot_writes_a_png_of_the_requested_size(store_path, tmp_path, qapp):
    out = tmp_path / "shots" / "main.png"
    result = CliRunner().invoke(
        main, ["--db", str(store_path), "screenshot", "--out", str(out), "--size", "1200x800"]
    )
    assert result.exit_code == 0, result.output
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)


def test_screenshot_refuses_an_unknown_target_and_a_bad_size(store_path, tmp_path, qapp):
    out = tmp_path / "x.png"
    result = CliRunner().invoke(
        main, ["--db", str(store_path), "screenshot", "--out", str(out), "--target", "99999"]
    )
    assert result.exit_code == 1 and "99999" in result.output
    result = CliRunner().invoke(
        main, ["--db", str(store_path), "screenshot", "--out", str(out), "--size", "big"]
    )
    assert result.exit_code == 2 and "WIDTHxHEIGHT" in result.output
    assert CliRunner().invoke(main, ["screenshot", "--help"]).output.count("--size") == 1


def test_window_state_and_filters_are_remembered(qtbot, store_path):
    from huangpu_tracker.gui.app import open_main_window

    first = open_main_window(store_path)
    qtbot.addWidget(first)
    first.filter_bar.set_value(TargetFilter(text="测试", kind="level", target_year="2025"))
    first.splitter.setSizes([500, 900])
    sizes = first.splitter.sizes()
    first.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    first.close()
    assert settings.last_store() == store_path
    assert (settings.settings().fileName()).startswith(str(settings.data_dir()))
    second = open_main_window(store_path)
    qtbot.addWidget(second)
    assert second.filter_bar.value() == TargetFilter(text="测试", kind="level", target_year="2025")
    assert second.splitter.sizes() == sizes
    metrics = [r["metric"] for r in second.targets_model.rows()]
    assert metrics == sorted(metrics, reverse=True)
    second.store.close()
    first.store.close()


def test_keyboard_ctrl_f_focuses_search_and_enter_opens_the_form(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 1
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert window.side_tabs.currentWidget() is window.detail
    assert window.detail.form.editors["metric"].hasFocus()


def test_edit_menu_says_what_it_would_undo(window):
    window.filter_bar.set_value(TargetFilter())
    window.table.selectRow(0)
    window.actions_.reject.trigger()
    assert "驳回" in window.actions_.undo.text()


def test_english_ui_can_be_chosen(qtbot, store_path, monkeypatch):
    from huangpu_tracker.gui.app import open_main_window

    monkeypatch.setattr(settings, "_language", None)
    settings.set_language("en")
    try:
        win = open_main_window(store_path)
        qtbot.addWidget(win)
        assert win.targets_model.headerData(0, Qt.Orientation.Horizontal) == "Status"
        assert win.side_tabs.tabText(1) == "Actuals"
        win.store.close()
    finally:
        settings.set_language("zh")


def test_open_another_store_and_remember_it(window, qtbot, tmp_path, store_path, monkeypatch):
    from huangpu_tracker.gui.app import preferred_store
    from huangpu_tracker.paths import default_db_path

    other = tmp_path / "other.db"
    new = window.stores.switch(other)
    qtbot.addWidget(new)
    assert new.store.path == other
    assert settings.last_store() == other
    assert preferred_store(default_db_path()) == other  # next start without --db opens it
    assert preferred_store(store_path) == store_path  # an explicit store wins
    monkeypatch.setenv("HUANGPU_TRACKER_DB", str(default_db_path()))
    assert preferred_store(default_db_path()) == default_db_path()  # so does the environment
    qtbot.waitUntil(lambda: not new.busy, timeout=60000)  # the new store is seeded
    new.store.close()


def test_dashboard_shows_small_multiples_and_click_opens_target(window, qtbot):
    window.filter_bar.set_value(TargetFilter(text="测试"))
    window.main_tabs.setCurrentIndex(1)
    charts = window.browsing.dashboard.charts
    assert len(charts) == window.proxy.rowCount() > 0
    wanted = charts[-1].target_id
    qtbot.mouseClick(charts[-1], Qt.MouseButton.LeftButton)
    assert window.main_tabs.currentIndex() == 0
    assert window.current["id"] == wanted
