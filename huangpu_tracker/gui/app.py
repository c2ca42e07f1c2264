"""Starting the desktop app: QApplication and font, the main window shown fast, seeding in the background."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.branding import apply_branding
from huangpu_tracker.gui.fonts import ensure_cjk_font
from huangpu_tracker.gui.main_window import MainWindow
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.first_run_hint import FirstRunHint
from huangpu_tracker.paths import DB_ENV, DB_FILE_NAME, data_dir


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named and branded, with the bundled CJK font loaded."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName("huangpu-tracker")
    apply_branding(app)
    ensure_cjk_font()
    return app


def instance_lock(db_path: Path) -> QLockFile | None:
    """A lock in the data dir for this store; None if another window of the app has the store open.

    The store itself is safe with two writers (WAL + busy timeout); the lock only lets us warn.
    """
    digest = hashlib.sha1(str(Path(db_path).resolve()).encode()).hexdigest()[:12]
    lock = QLockFile(str(data_dir() / f"store-{digest}.lock"))
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(0) else None


def preferred_store(db_path: Path) -> Path:
    """The store to open: the one last opened in the app when neither --db nor HUANGPU_TRACKER_DB
    chose one (`db_path` is then the data dir's default file), else `db_path`."""
    last = settings.last_store()
    chosen = os.environ.get(DB_ENV) or Path(db_path) != data_dir() / DB_FILE_NAME
    if not chosen and last is not None and last.exists():
        return last
    return Path(db_path)


def open_main_window(db_path: Path, lock: QLockFile | None = None) -> MainWindow:
    """Open the store and build the main window; an empty store is seeded in the background."""
    return MainWindow.open(db_path, lock)


def run_app(db_path: Path) -> int:
    """Run the desktop app on the store at `db_path` until its window closes; returns the exit code."""
    app = create_application()
    settings.apply_home_district()
    db_path = preferred_store(db_path)
    lock = instance_lock(db_path)
    try:
        window = open_main_window(db_path, lock)
    except TrackerError as exc:
        QMessageBox.critical(None, tr("无法打开数据库", "Cannot open the store"), str(exc))
        return 1
    if lock is None:
        window.statusBar().showMessage(
            tr(
                "此数据库已在另一个窗口中打开；两边的修改都会保存，但请刷新查看对方的修改。",
                "This store is open in another window too; both save safely; reopen to see its edits.",
            ),
            30000,
        )
    window.show()
    show_first_run_hint(window)
    code = app.exec()
    window.store.close()
    return code


def show_first_run_hint(window: MainWindow) -> None:
    """The getting-started card (it says the bundled documents are in the table): at once, or when
    they have been loaded into a new store."""
    if window.imports.seeding is not None:
        window.imports.seeded.connect(lambda: FirstRunHint.maybe_show(window))
    else:
        FirstRunHint.maybe_show(window)


def render_main_window(
    db_path: Path, out: Path, size: tuple[int, int], target_id: int | None = None, tab: str = "detail"
) -> bool:
    """Render the main window on `db_path` to the PNG `out` (needs a QApplication); False if the
    target is not in the store. The filters are cleared so the chosen target is visible."""
    from huangpu_tracker.gui.browsing import DASHBOARD_TAB
    from huangpu_tracker.gui.models.targets_filter import TargetFilter

    window = open_main_window(db_path)
    try:
        window.resize(*size)
        window.filter_bar.set_value(TargetFilter())
        if target_id is not None and not window.table.select_id(target_id):
            return False
        if target_id is None and window.proxy.rowCount():
            window.table.selectRow(0)
        if tab == "dashboard":
            window.main_tabs.setCurrentIndex(DASHBOARD_TAB)
            window.browsing.fill_dashboard()
        else:
            window.side_tabs.setCurrentIndex(("detail", "actuals", "chart").index(tab))
        window.show()
        for _ in range(3):  # layout, then the charts' deferred range updates, then paint
            QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise TrackerError(f"{out}: cannot write the PNG / 无法写入图片")
        return True
    finally:
        window.hide()  # not close(): a screenshot must not overwrite the analyst's saved layout
        window.store.close()
        window.deleteLater()
