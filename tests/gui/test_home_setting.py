"""The home district in Settings: kept across starts, extraction and the default entity filter follow it."""

from __future__ import annotations

import pytest

from huangpu_tracker.home import home_name, set_home

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def test_choosing_a_home_district_in_settings_reopens_the_window_filtered_on_it(window, qtbot, monkeypatch):
    from huangpu_tracker.gui import settings
    from huangpu_tracker.gui.dialogs.settings_dialog import SettingsDialog

    assert window.filter_bar.value().entity == "黄埔区"  # the default home district

    def choose_guangzhou(dialog) -> int:
        dialog.home.setText(" 广州市 ")  # an analyst of the city: its goals are in the seeds
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_guangzhou)
    new = window.stores.open_settings()
    qtbot.addWidget(new)
    try:
        assert new is not window and home_name() == "广州市"
        assert new.filter_bar.value().entity == "广州市"
        set_home(None)  # as on the next start: the saved setting applies
        settings.apply_home_district()
        assert home_name() == "广州市"
    finally:
        new.store.close()


def test_a_bad_home_name_keeps_the_dialog_open_with_a_message(qtbot):
    from huangpu_tracker.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.home.setText("黄 埔")
    dialog.accept()
    assert not dialog.result()
    assert "本区" in dialog.message.text()
    assert home_name() == "黄埔区"


def test_the_command_line_home_wins_over_the_saved_setting(qapp):
    from huangpu_tracker.gui import settings

    settings.set_home_district("江津区")
    set_home("龙岗区")  # --home 龙岗区
    settings.apply_home_district()
    assert home_name() == "龙岗区"
