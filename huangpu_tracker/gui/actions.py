"""The main window's actions, declared once: id, Chinese and English title, shortcuts, menu and the
handler they call. Menus and shortcuts are built from `ACTIONS` by `build_actions`.

Adding an action is one row: its `handler` is a dotted name looked up on the window, e.g.
`"review.confirm"` calls `window.review.confirm()`; the action is then `window.actions_.<id>`.
Rows appear in their menu in table order; `separated=True` draws a line above the row.
`TABLE_MENU` lists the actions of the targets table's context menu (on the selected targets).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from huangpu_tracker.gui.settings import tr

Key = QKeySequence.StandardKey
MENUS = {
    "file": ("文件(&F)", "&File"),
    "edit": ("编辑(&E)", "&Edit"),
    "view": ("查看(&V)", "&View"),
    "help": ("帮助(&H)", "&Help"),
}


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
    ActionSpec("export_selected_data", "导出所选目标的数据…", "Export data of the selected…", "file",
               "exports.selected_data_dialog"),
    ActionSpec("export_selected_report", "导出所选目标的报告…", "Export report of the selected…", "file",
               "exports.selected_report_dialog"),
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
    ActionSpec("merge_offers", "可能重复的目标…", "Possible duplicate goals…", "edit",
               "merge_offers.open_dialog", ("Ctrl+Shift+M",)),
    ActionSpec("confirm", "确认", "Confirm", "edit", "review.confirm", ("Ctrl+Return",), separated=True),
    ActionSpec("reject", "驳回", "Reject", "edit", "review.reject", ("Ctrl+R",)),
    ActionSpec("bulk_edit", "批量修改所选目标…", "Edit selected targets…", "edit", "review.bulk_edit",
               ("Ctrl+B",)),
    ActionSpec("accept_all", "采纳全部无冲突的文件数值…", "Accept all conflict-free document figures…",
               "edit", "review.accept_all_suggestions"),
    ActionSpec("review_document", "审核文件…", "Review document…", "edit", "doc_review.open",
               ("Ctrl+Shift+R",), separated=True),
    ActionSpec("enter_table", "转到目标表", "Go to the table", "view", "browsing.enter_table", ("Down",),
               widget="filter_bar.search"),  # ↓ from the search field
    ActionSpec("next_pane", "下一页（详情/实际值/进度图）", "Next pane (detail/actuals/chart)", "view",
               "browsing.next_pane", ("Ctrl+Tab", "Ctrl+PgDown")),
    ActionSpec("previous_pane", "上一页", "Previous pane", "view", "browsing.previous_pane",
               ("Ctrl+Shift+Tab", "Ctrl+PgUp")),
    ActionSpec("dashboard", "总览", "Dashboard", "view", "browsing.toggle_dashboard", ("Ctrl+D",),
               separated=True),
    ActionSpec("about", "关于…", "About…", "help", "about", role=QAction.MenuRole.AboutRole),
)
# fmt: on
# The targets table's context menu, acting on the selected targets ("" draws a line)
TABLE_MENU = (
    "confirm",
    "reject",
    "bulk_edit",
    "",
    "merge",
    "delete",
    "",
    "export_selected_data",
    "export_selected_report",
)


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
    """Create the actions of `window` (handlers looked up on it) and its menus, in table order;
    the window's `table` (if any) gets the context menu of `TABLE_MENU`."""
    menus = {key: window.menuBar().addMenu(tr(*titles)) for key, titles in MENUS.items()}
    actions = {}
    for spec in specs:
        action = actions[spec.id] = _create(window, spec)
        if spec.separated and not menus[spec.menu].isEmpty():
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(action)
    table = getattr(window, "table", None)
    if table is not None:
        _fill_context_menu(table, actions)
    return ActionSet(actions)


def _fill_context_menu(widget: QWidget, actions: dict[str, QAction]) -> None:
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for action_id in TABLE_MENU:
        if action_id in actions:
            widget.addAction(actions[action_id])  # an action the widget has already moves here
        elif not action_id:
            line = QAction(widget)
            line.setSeparator(True)
            widget.addAction(line)
