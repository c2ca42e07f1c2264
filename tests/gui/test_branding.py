"""The app's icon, name and versioned window title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from huangpu_tracker import __version__
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.branding import QT_TRANSLATOR, app_icon, apply_branding, window_title


@pytest.fixture(autouse=True)
def _chinese_ui(monkeypatch):
    """The default UI language (another test may have switched this process to English)."""
    monkeypatch.setattr(settings, "_language", "zh")


def test_app_icon_renders_at_title_bar_and_dock_sizes(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 256):
        image = icon.pixmap(size, size).toImage()
        assert image.width() == size
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # opaque tile, not a blank


def test_window_title_names_the_app_its_version_and_the_store():
    assert window_title() == f"黄埔规划目标追踪 {__version__}"
    assert window_title("tracker.db") == f"黄埔规划目标追踪 {__version__} — tracker.db"


def test_apply_branding_sets_the_application_identity(qapp):
    apply_branding(qapp)
    assert QApplication.applicationVersion() == __version__
    assert not QApplication.windowIcon().isNull()


def test_qt_standard_buttons_speak_chinese_when_the_ui_is_chinese(qapp):
    apply_branding(qapp)
    apply_branding(qapp)  # idempotent: one translator
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    assert sorted(b.text() for b in buttons.buttons()) == sorted(["确定", "取消"])
    assert len(qapp.findChildren(QTranslator, QT_TRANSLATOR)) == 1
