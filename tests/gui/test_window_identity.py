"""The main window's identity: title with version and store, icon, Help → About, the first-run hint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from huangpu_tracker import __version__
from huangpu_tracker.gui.dialogs.about_dialog import AboutDialog
from huangpu_tracker.gui.widgets.first_run_hint import FirstRunHint

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def test_title_names_the_app_in_both_languages_its_version_and_the_store(window, store_path):
    assert window.windowTitle() == f"黄埔规划目标追踪 Huangpu Tracker {__version__} — {store_path.name}"
    assert not window.windowIcon().isNull() and not QApplication.windowIcon().isNull()


def test_help_about_opens_the_about_dialog_without_blocking(window, qtbot):
    help_menu = next(m for m in window.menuBar().actions() if "帮助" in m.text()).menu()
    assert window.actions_.about in help_menu.actions()
    window.actions_.about.trigger()  # returns at once: the dialog is window-modal, not exec()'d
    dialog = window.findChild(AboutDialog, "about_dialog")
    qtbot.waitUntil(dialog.isVisible)
    assert __version__ in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.close()


def run_once(qapp, store_path) -> dict:
    """Run the app, look at it once it is up, close it; returns what was seen."""
    from huangpu_tracker.gui.app import run_app
    from huangpu_tracker.gui.main_window import MainWindow

    seen: dict = {}

    def look_and_close() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        hints = [h for h in window.findChildren(FirstRunHint) if h.isVisible()]
        seen.update(hints=len(hints), modal=QApplication.activeModalWidget())
        for hint in hints:
            hint.dismiss()
        window.close()

    QTimer.singleShot(300, look_and_close)
    assert run_app(store_path) == 0
    return seen


def test_first_run_hint_shows_once_and_never_blocks(qapp, store_path):
    first = run_once(qapp, store_path)
    assert first == {"hints": 1, "modal": None}
    assert run_once(qapp, store_path)["hints"] == 0
