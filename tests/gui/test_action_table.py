"""The actions are declared once (`actions.ACTIONS`): the menus, shortcuts and handlers all come
from the table, so a new row is a new menu entry with its shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from huangpu_tracker.gui.actions import ACTIONS, ActionSpec, build_actions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def menu_entries(window) -> dict[str, list[str]]:
    return {
        menu.text(): [a.objectName() or "-" for a in menu.menu().actions()]
        for menu in window.menuBar().actions()
    }


def test_every_declared_action_is_in_its_menu_once_with_its_shortcut(window):
    entries = menu_entries(window)
    assert list(entries) == ["文件(&F)", "编辑(&E)", "查看(&V)", "帮助(&H)"]
    assert entries["文件(&F)"] == [
        "import", "open_store", "-", "export_charts", "export_data", "export_report", "export_selected_data",
        "export_selected_report", "-", "settings",
        "-", "quit",
    ]  # fmt: skip
    assert entries["编辑(&E)"] == [
        "undo", "redo", "-", "find", "-", "add", "delete", "merge", "merge_offers", "-", "confirm", "reject",
        "bulk_edit", "accept_all", "-", "review_document",
    ]  # fmt: skip
    assert entries["查看(&V)"] == ["enter_table", "next_pane", "previous_pane", "-", "dashboard"]
    built = list(window.actions_)
    assert [a.objectName() for a in built] == [spec.id.rstrip("_") for spec in ACTIONS]
    assert window.actions_.merge.shortcut() == QKeySequence("Ctrl+M")
    assert window.actions_.merge_offers.shortcut() == QKeySequence("Ctrl+Shift+M")
    assert window.actions_.redo.shortcuts() == [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    assert window.actions_.delete in window.table.actions()  # Delete acts in the table only
    assert window.actions_.enter_table in window.filter_bar.search.actions()  # ↓ in the search field only


def test_the_table_has_one_row_per_id_and_shortcut_and_both_titles():
    assert len({spec.id for spec in ACTIONS}) == len(ACTIONS)
    keys = [QKeySequence(key).toString() for spec in ACTIONS for key in spec.shortcuts]
    assert len(set(keys)) == len(keys)
    assert all(spec.zh and spec.en and (spec.handler or spec.make) for spec in ACTIONS)


def test_a_new_row_becomes_a_menu_entry_that_calls_its_handler(qtbot):
    class Host(QMainWindow):
        def __init__(self) -> None:
            super().__init__()
            self.calls: list[str] = []
            self.tools = self  # handlers may sit on a controller: "tools.greet"

        def greet(self) -> None:
            self.calls.append("greet")

    host = Host()
    qtbot.addWidget(host)
    spec = ActionSpec("greet", "问候", "Greet", "help", "tools.greet", ("Ctrl+G",), separated=True)
    actions = build_actions(host, (spec,))
    assert menu_entries(host)["帮助(&H)"] == ["greet"]  # no line above the first entry
    actions.greet.trigger()
    assert host.calls == ["greet"]
    assert actions.greet.text() == "问候" and actions.greet.shortcut() == QKeySequence("Ctrl+G")
