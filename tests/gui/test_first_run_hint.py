"""The first-run hint: shown once, never modal, gone for good once dismissed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton

from huangpu_tracker.gui.settings import settings as app_settings
from huangpu_tracker.gui.widgets.first_run_hint import SETTINGS_KEY, FirstRunHint

# Showing a QMainWindow on the offscreen platform always logs this harmless warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot):
    win = QMainWindow()
    win.setCentralWidget(QLabel("targets"))
    win.resize(900, 600)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_first_start_shows_a_non_modal_hint_about_actuals_and_charts(window, ini):
    hint = FirstRunHint.maybe_show(window, ini)

    assert hint is not None and hint.isVisible()
    assert QApplication.activeModalWidget() is None
    assert not hint.isWindow()  # a card inside the main window, not a dialog
    text = hint.message.text()
    assert "实际值" in text and "导出图表" in text
    assert window.centralWidget().geometry().contains(hint.geometry())


def test_window_stays_usable_while_the_hint_shows(window, ini, qtbot):
    clicked = []
    button = QPushButton("录入", window.centralWidget())
    button.clicked.connect(lambda: clicked.append(True))
    button.show()
    FirstRunHint.maybe_show(window, ini)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert clicked == [True]


def test_dismissing_is_remembered_and_the_hint_does_not_return(window, ini, qtbot, tmp_path):
    hint = FirstRunHint.maybe_show(window, ini)
    with qtbot.waitSignal(hint.dismissed):
        qtbot.mouseClick(hint.close_button, Qt.MouseButton.LeftButton)

    assert not hint.isVisible()
    reopened = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert reopened.value(SETTINGS_KEY, False, type=bool)
    assert FirstRunHint.maybe_show(window, reopened) is None


def test_hint_shows_again_on_next_start_when_not_dismissed(window, ini):
    FirstRunHint.maybe_show(window, ini)

    assert FirstRunHint.maybe_show(window, ini) is not None


def test_uses_the_app_settings_by_default(window):
    hint = FirstRunHint.maybe_show(window)
    hint.dismiss()

    assert app_settings().value(SETTINGS_KEY, False, type=bool)
    assert FirstRunHint.maybe_show(window) is None


def test_hint_follows_the_window_corner_when_resized(window, ini, qtbot):
    hint = FirstRunHint.maybe_show(window, ini)
    window.resize(1200, 800)
    qtbot.wait(10)

    area = window.centralWidget().geometry()
    assert area.contains(hint.geometry())
    assert area.right() - hint.geometry().right() < 40
    assert area.bottom() - hint.geometry().bottom() < 40


def test_hint_created_before_the_window_shows_lands_in_the_corner(qtbot, ini):
    win = QMainWindow()
    win.setCentralWidget(QLabel("targets"))
    qtbot.addWidget(win)
    hint = FirstRunHint.maybe_show(win, ini)  # e.g. from the main window's constructor
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)

    assert hint.isVisible()
    assert win.centralWidget().geometry().contains(hint.geometry())
    assert win.centralWidget().geometry().right() - hint.geometry().right() < 40
