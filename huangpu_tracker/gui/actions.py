"""The main window's actions, declared once: id, Chinese and English title, shortcuts, menu and the
handler they call. Menus and shortcuts are built from `ACTIONS` by `build_actions`.

Adding an action is one row: its `handler` is a dotted name looked up on the window, e.g.
`"review.confirm"` calls `window.review.confirm()`; the action is then `window.actions_.<id>`.
Rows appear in their menu in table order; `separated=True` draws a line above the row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from huangpu_tracker.gui.settings import tr

Key = QKeySequence.StandardKey
MENUS = {"file": ("文件(&F)", "&File"), "edit": ("编辑(&E)", "&Edit"), "help": ("帮助(&H)", "&Help")}


@dataclass(frozen=True)
class ActionSpec:
    """One action. `make` names a factory `(parent, text) -> QAction` instead of a handler (the undo
    stack's actions follow its state); `widget` limits the shortcut to that widget of the window."""

    id: str
    zh: str
    en: str
    menu: str
    handler: str = ""
    shortcuts: tuple[str | Key, ...] = ()
    separated: bool = False
    make: str = ""
    widget: str = ""
    role: QAction.MenuRole | None = None


# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    # id, Chinese title, English title, menu, handler (a dotted name on the window), shortcuts
    ActionSpec("import_", "导入文件…", "Import…", "file", "imports.choose_files", ("Ctrl+I",)),
    ActionSpec("open_store", "打开数据库…", "Open store…", "file", "stores.choose_store", ("Ctrl+O",)),
    ActionSpec("export_charts", "导出图表…", "Export charts…", "file", "exports.charts_dialog", ("Ctrl+E",),
               separated=True),
    ActionSpec("export_data", "导出数据…", "Export data…", "file", "exports.data_dialog"),
    ActionSpec("export_report", "导出报告…", "Export report…", "file", "exports.report_dialog"),
    ActionSpec("settings", "设置…", "Settings…", "file", "stores.open_settings", separated=True),
    ActionSpec("quit", "退出", "Quit", "file", "close", (Key.Quit,), separated=True),
    ActionSpec("undo", "撤销", "Undo", "edit", "", (Key.Undo,), make="undo_stack.createUndoAction"),
    ActionSpec("redo", "重做", "Redo", "edit", "", ("Ctrl+Shift+Z", "Ctrl+Y"),
               make="undo_stack.createRedoAction"),
    ActionSpec("find", "查找", "Find", "edit", "browsing.focus_search", (Key.Find,), separated=True),
    ActionSpec("add", "手工新增目标…", "Add target…", "edit", "review.add_target", ("Ctrl+N",),
               separated=True),
    ActionSpec("delete", "删除目标", "Delete target", "edit", "review.delete_selected", ("Delete",),
               widget="table"),  # only in the table: Delete edits text elsewhere
    ActionSpec("merge", "合并所选的两个目标", "Merge the two selected", "edit", "review.merge_selected",
               ("Ctrl+M",)),
    ActionSpec("confirm", "确认", "Confirm", "edit", "review.confirm", ("Ctrl+Return",), separated=True),
    ActionSpec("reject", "驳回", "Reject", "edit", "review.reject", ("Ctrl+R",)),
    ActionSpec("accept_all", "采纳全部无冲突的文件数值…", "Accept all conflict-free document figures…",
               "edit", "review.accept_all_suggestions"),
    ActionSpec("review_document", "审核文件…", "Review document…", "edit", "doc_review.open",
               ("Ctrl+Shift+R",), separated=True),
    ActionSpec("about", "关于…", "About…", "help", "about", role=QAction.MenuRole.AboutRole),
)
# fmt: on


class ActionSet:
    """The built actions by id (`actions.undo`), iterable in table order."""

    def __init__(self, by_id: dict[str, QAction]) -> None:
        self._by_id = by_id

    def __getattr__(self, name: str) -> QAction:
        try:
            return self._by_id[name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._by_id.values())


def _create(window: QMainWindow, spec: ActionSpec) -> QAction:
    text = tr(spec.zh, spec.en)
    if spec.make:
        action: QAction = attrgetter(spec.make)(window)(window, text)
    else:
        action = QAction(text, window)
        handler = attrgetter(spec.handler)(window)
        action.triggered.connect(lambda _checked=False: handler())
    action.setObjectName(spec.id.rstrip("_"))
    action.setShortcuts([QKeySequence(key) for key in spec.shortcuts])
    if spec.widget:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        attrgetter(spec.widget)(window).addAction(action)
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action


def build_actions(window: QMainWindow, specs: tuple[ActionSpec, ...] = ACTIONS) -> ActionSet:
    """Create the actions of `window` (handlers looked up on it) and its menus, in table order."""
    menus = {key: window.menuBar().addMenu(tr(*titles)) for key, titles in MENUS.items()}
    actions = {}
    for spec in specs:
        action = actions[spec.id] = _create(window, spec)
        if spec.separated and not menus[spec.menu].isEmpty():
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
    return ActionSet(actions)
