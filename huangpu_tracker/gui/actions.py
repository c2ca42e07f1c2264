"""The main window's menus, shortcuts and the operations behind them (import, add, delete, merge, review).

Operations take the window and work through `window.perform(edit)`, so each is one undo step.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from huangpu_tracker.assessment.offers import offers, unfit_reason
from huangpu_tracker.edits import (
    AcceptActual,
    Compound,
    DeleteTarget,
    DismissActual,
    MergeTargets,
    UpdateTarget,
)
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import background, exporting
from huangpu_tracker.gui.models.assessing import assess_row
from huangpu_tracker.gui.models.targets_model import ROW_ROLE
from huangpu_tracker.gui.settings import language, tr
from huangpu_tracker.store import queries

DASHBOARD_LIMIT = 60  # small multiples drawn at most (the filtered targets, in table order)


def _action(window, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build(window) -> SimpleNamespace:
    """Create the actions and menus of `window`; returns the actions by name."""
    a = SimpleNamespace()
    a.import_ = _action(
        window, tr("导入文件…", "Import…"), lambda: background.import_dialog(window), "Ctrl+I", "import"
    )
    a.open_store = _action(
        window, tr("打开数据库…", "Open store…"), lambda: open_store_dialog(window), "Ctrl+O", "open"
    )
    a.export_charts = _action(
        window,
        tr("导出图表…", "Export charts…"),
        lambda: exporting.export_charts_dialog(window),
        "Ctrl+E",
        "export_charts",
    )
    a.export_data = _action(
        window,
        tr("导出数据…", "Export data…"),
        lambda: exporting.export_data_dialog(window),
        None,
        "export_data",
    )
    a.export_report = _action(
        window,
        tr("导出报告…", "Export report…"),
        lambda: exporting.export_report_dialog(window),
        None,
        "export_report",
    )
    a.settings = _action(window, tr("设置…", "Settings…"), lambda: open_settings(window), None, "settings")
    a.quit = _action(window, tr("退出", "Quit"), window.close, QKeySequence.StandardKey.Quit, "quit")
    a.undo = window.undo_stack.createUndoAction(window, tr("撤销", "Undo"))
    a.undo.setShortcut(QKeySequence.StandardKey.Undo)
    a.redo = window.undo_stack.createRedoAction(window, tr("重做", "Redo"))
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a.find = _action(
        window, tr("查找", "Find"), lambda: focus_search(window), QKeySequence.StandardKey.Find, "find"
    )
    a.add = _action(window, tr("手工新增目标…", "Add target…"), lambda: add_target(window), "Ctrl+N", "add")
    a.delete = _action(
        window, tr("删除目标", "Delete target"), lambda: delete_selected(window), "Delete", "delete"
    )
    a.delete.setShortcutContext(
        Qt.ShortcutContext.WidgetShortcut
    )  # only in the table: Delete edits text elsewhere
    window.table.addAction(a.delete)
    a.merge = _action(
        window,
        tr("合并所选的两个目标", "Merge the two selected"),
        lambda: merge_selected(window),
        "Ctrl+M",
        "merge",
    )
    a.confirm = _action(
        window, tr("确认", "Confirm"), lambda: set_review(window, "confirmed"), "Ctrl+Return", "confirm"
    )
    a.reject = _action(
        window, tr("驳回", "Reject"), lambda: set_review(window, "rejected"), "Ctrl+R", "reject"
    )
    a.accept_all = _action(
        window,
        tr("采纳全部无冲突的文件数值…", "Accept all conflict-free document figures…"),
        lambda: accept_all_suggestions(window),
        None,
        "accept_all",
    )
    a.about = _action(window, tr("关于…", "About…"), lambda: about(window), None, "about")
    a.about.setMenuRole(QAction.MenuRole.AboutRole)

    menus = window.menuBar()
    file_menu = menus.addMenu(tr("文件(&F)", "&File"))
    exports = (a.export_charts, a.export_data, a.export_report)
    for action in (a.import_, a.open_store, None, *exports, None, a.settings, None, a.quit):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = menus.addMenu(tr("编辑(&E)", "&Edit"))
    for action in (
        a.undo,
        a.redo,
        None,
        a.find,
        None,
        a.add,
        a.delete,
        a.merge,
        None,
        a.confirm,
        a.reject,
        a.accept_all,
    ):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    menus.addMenu(tr("帮助(&H)", "&Help")).addAction(a.about)
    return a


def focus_search(window) -> None:
    window.main_tabs.setCurrentIndex(0)
    window.filter_bar.search.setFocus()
    window.filter_bar.search.selectAll()


def set_review(window, state: str) -> None:
    """Confirm or reject the selected targets (one undo step)."""
    ids = window.table.selected_ids() or ([window.current["id"]] if window.current else [])
    if not ids:
        return
    label = {"confirmed": tr("确认", "confirm"), "rejected": tr("驳回", "reject")}.get(state, state)
    edits = [UpdateTarget(target_id, {"review_state": state}) for target_id in ids]
    window.try_perform(Compound(edits, text=f"{label} #{', #'.join(map(str, ids))}"))


def delete_selected(window) -> None:
    ids = window.table.selected_ids()
    if ids and window.try_perform(
        Compound([DeleteTarget(i) for i in ids], text=tr("删除目标", "delete targets"))
    ):
        window.statusBar().showMessage(
            tr(f"已删除 {len(ids)} 个目标(可撤销)", f"deleted {len(ids)} (undo restores)"), 8000
        )


def merge_selected(window) -> None:
    """Merge two selected targets: the current one is kept, the other's sources move to it."""
    ids = window.table.selected_ids()
    if len(ids) != 2:
        window.show_error(tr("请选择两个要合并的目标", "select exactly two targets to merge"))
        return
    keep = window.current["id"] if window.current and window.current["id"] in ids else ids[0]
    drop = ids[1] if keep == ids[0] else ids[0]
    if window.try_perform(
        MergeTargets(keep, drop, text=tr(f"合并 #{drop} 到 #{keep}", f"merge #{drop} into #{keep}"))
    ):
        window.table.select_id(keep)


def add_target(window) -> None:
    from huangpu_tracker.gui.dialogs.add_target_dialog import AddTargetDialog

    dialog = AddTargetDialog(window)
    if dialog.exec() and dialog.edit() is not None:
        edit = dialog.edit()
        if window.try_perform(edit):
            window.filter_bar.set_value(type(window.filter_bar.value())())  # show everything: the new row too
            window.table.select_id(edit.target_id)


def accept_actual(window, actual_id: int, year: int) -> None:
    """Accept one figure of the current series, unless it is a document figure whose kind or unit
    does not fit the series' goals (then the reason is shown and it stays a suggestion)."""
    figure = window.store.actual(actual_id)
    if figure["source_kind"] == "document" and figure.get("reported_kind") is not None:
        goals = [r for r in window.targets_model.rows() if r["indicator_id"] == figure["indicator_id"]]
        reason = unfit_reason(figure, goals)
        if reason is not None:
            window.show_error(tr(f"不能采纳该文件数值：{reason}", f"The figure does not fit: {reason}"))
            return
    _decide_actual(window, AcceptActual, actual_id, year, tr(f"采纳 {year} 年文件数值", f"accept {year}"))


def dismiss_actual(window, actual_id: int, year: int) -> None:
    _decide_actual(window, DismissActual, actual_id, year, tr(f"忽略 {year} 年文件数值", f"dismiss {year}"))


def _decide_actual(window, edit_class, actual_id: int, year: int, text: str) -> None:
    """Accept or dismiss one figure of the current target's series, as an undoable edit."""
    if window.current:
        window.try_perform(edit_class(window.current["indicator_id"], year, actual_id=actual_id, text=text))


def accept_all_suggestions(window):
    """List every figure read from documents for the series of the targets the filter shows, where
    the year has no accepted value and its figures agree, each with a checkbox (figures that do not
    fit their series are listed with the reason, not ticked); the ticked ones are accepted as one
    undo step. Years whose figures disagree are left for the analyst. Returns the dialog (None when
    there is nothing to list)."""
    from huangpu_tracker.gui.dialogs.accept_figures_dialog import AcceptFiguresDialog

    shown = [window.proxy.index(r, 0).data(ROW_ROLE) for r in range(window.proxy.rowCount())]
    indicator_ids = sorted({row["indicator_id"] for row in shown})
    figures, conflicts = queries.acceptable_suggestions(window.store, indicator_ids)
    left = tr(f"{conflicts} 个年份的数值相互冲突，留待逐一确认", f"{conflicts} conflicting years left to you")
    if not figures:
        window.statusBar().showMessage(
            tr(f"没有可直接采纳的文件数值；{left}", f"No figure to accept; {left}"), 10000
        )
        return None
    listed = offers(figures, queries.target_rows(window.store, sorted({r["id"] for r in shown})))
    fitting = [o for o in listed if o.fits]
    summary = tr(
        f"筛选当前显示 {len(shown)} 个目标；{len(fitting)} 个文件数值可采纳（已勾选），"
        f"{len(listed) - len(fitting)} 个与序列不符（灰色，见说明）。{left}。此操作可撤销。",
        f"{len(shown)} targets shown; {len(fitting)} document figures can be accepted (ticked), "
        f"{len(listed) - len(fitting)} do not fit their series (grey, see the note). {left}. "
        "This can be undone.",
    )
    dialog = AcceptFiguresDialog(listed, summary, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _accept_chosen(window, shown, dialog.chosen(), left))
    dialog.open()
    return dialog


def _accept_chosen(window, shown: list[dict], chosen: list, left: str) -> int:
    """Accept the ticked figures as one undo step; returns how many were accepted."""
    if not chosen:
        return 0
    series = len({o.indicator_id for o in chosen})
    before = _unassessable(window, shown)
    edits = [AcceptActual(o.indicator_id, o.year, actual_id=o.actual_id) for o in chosen]
    if not window.try_perform(
        Compound(edits, text=tr("采纳全部无冲突的文件数值", "accept document figures"))
    ):
        return 0
    assessable = len(before - _unassessable(window, shown))
    window.statusBar().showMessage(
        tr(
            f"已采纳 {len(chosen)} 个文件数值（{series} 个序列），"
            f"{assessable} 个目标可评估；{left}（可撤销）",
            f"Accepted {len(chosen)} figures ({series} series); {assessable} targets now assessable; "
            f"{left} (undo reverts)",
        ),
        15000,
    )
    return len(chosen)


def _unassessable(window, shown: list[dict]) -> set[int]:
    model = window.targets_model
    positions = (model.row_of(row["id"]) for row in shown)
    return {
        model.row_dict(p)["id"]
        for p in positions
        if p is not None and (model.row_dict(p).get("status") or "not_assessable") == "not_assessable"
    }


def show_document(window, source: dict) -> None:
    from huangpu_tracker.gui.dialogs.document_dialog import DocumentDialog

    if source.get("document_id") is None:
        return
    dialog = DocumentDialog(window.store.document(source["document_id"]), source, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.document_dialog = dialog
    dialog.show()


def fill_dashboard(window) -> None:
    """Small multiples of the filtered targets (in table order); a click opens the target."""
    if window.dashboard is None:
        from huangpu_tracker.gui.plots.dashboard import Dashboard

        window.dashboard = Dashboard(window)
        window.dashboard.setObjectName("dashboard")
        window.dashboard.targetActivated.connect(lambda target_id: open_target(window, target_id))
        window.dashboard_page.layout().addWidget(window.dashboard)
    proxy = window.proxy
    rows = [
        proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(min(proxy.rowCount(), DASHBOARD_LIMIT))
    ]
    series = queries.accepted_actuals(window.store, sorted({r["indicator_id"] for r in rows}))
    assessed = ((r, assess_row(r, series.get(r["indicator_id"], ()))) for r in rows)
    window.dashboard.set_items(
        (r["id"], a, f"{r['metric']} · {r['entity']}") for r, a in assessed if a is not None
    )


def open_target(window, target_id: int) -> None:
    window.main_tabs.setCurrentIndex(0)
    window.table.select_id(target_id)


def open_store_dialog(window) -> None:
    path, _ = QFileDialog.getSaveFileName(
        window,
        tr("打开或新建数据库", "Open or create a store"),
        str(Path(window.store.path).parent),
        f"{tr('数据库', 'Store')} (*.db *.sqlite)",
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if path:
        switch_store(window, Path(path))


def switch_store(window, path: Path):
    """Open another store in a new main window (remembered as the last store) and close this one."""
    from huangpu_tracker.gui.app import open_main_window
    from huangpu_tracker.gui.settings import remember_store

    try:
        new = open_main_window(path)
    except TrackerError as exc:
        window.show_error(str(exc))
        return None
    new.show()  # first: closing the only visible window would end the app
    window.close()
    window.store.close()
    remember_store(path)
    return new


def open_settings(window):
    """The settings dialog; a new UI language or home district applies at once (the window is rebuilt,
    see `reopen`; the entity filter then shows the new home district). Returns the window in use."""
    from huangpu_tracker.gui.dialogs.settings_dialog import SettingsDialog
    from huangpu_tracker.home import home_name

    before = (language(), home_name())
    if not SettingsDialog(window).exec() or (language(), home_name()) == before:
        return window
    if home_name() != before[1]:
        window.filter_bar.set_value(replace(window.filter_bar.value(), entity=home_name()))
    return reopen(window)


def reopen(window):
    """Rebuild the main window on the same store (every text in the new UI language), keeping its
    layout, filters and instance lock; the undo history starts afresh. Returns the new window."""
    window.save_state()
    new = switch_store(window, Path(window.store.path))
    if new is None:
        return window
    new.lock = getattr(window, "lock", None)
    return new


def about(window):
    """Open Help → About (window-modal, without blocking the caller); returns the dialog."""
    from huangpu_tracker.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.setObjectName("about_dialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
