"""Work done off the UI thread, with a busy indicator: importing files, loading the bundled
documents into a new store, assessing a large store. Each refreshes the window when it ends."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from huangpu_tracker.gui import workers
from huangpu_tracker.gui.dialogs.import_dialog import DOCUMENT_PATTERNS, ImportRun, report_text
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.store import queries


def import_dialog(window) -> None:
    files, _ = QFileDialog.getOpenFileNames(
        window, tr("导入文件", "Import documents"), "", f"{tr('文件', 'Documents')} ({DOCUMENT_PATTERNS})"
    )
    if files:
        import_files(window, [Path(f) for f in files])


def import_files(window, files: list[Path]) -> ImportRun:
    """Import in the background; new targets appear when it ends, errors are listed per file."""
    run = ImportRun(Path(window.store.path), files, window)
    window.busy.append(run.worker)

    def finished(report) -> None:
        window.busy.remove(run.worker)
        window.reload()
        window.last_import_report = report
        window.statusBar().showMessage(report_text(report).replace("\n", "；"), 15000)
        if report.errors or report.warnings:  # a repaired file too: the analyst must know where
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("导入", "Import"),
                report_text(report),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setObjectName("import_errors")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()

    def failed(message: str) -> None:
        window.busy.remove(run.worker)
        window.show_error(message)

    run.finished.connect(finished)
    run.failed.connect(failed)
    window.import_run = run
    run.start()
    return run


def seed_in_background(window) -> workers.Worker:
    """Load the bundled documents into a new store off the UI thread, with a busy indicator."""

    def job(progress, should_cancel):
        from huangpu_tracker.ingest import ensure_seeded
        from huangpu_tracker.store import open_store

        with open_store(window.store.path) as store:
            return ensure_seeded(store)

    worker = workers.Worker(job)
    window.progress.setRange(0, 0)
    window.progress.show()
    window.statusBar().showMessage(tr("正在载入内置文件…", "Loading the bundled documents…"))

    def done(report=None) -> None:
        window.progress.hide()
        window.busy.remove(worker)
        window.statusBar().clearMessage()
        window.reload()
        window._select_first()
        if report is not None and report.errors:  # a bundled file failed (retried at the next start)
            window.show_error(report_text(report).replace("\n", "；"))

    worker.signals.finished.connect(done)
    worker.signals.failed.connect(lambda message: (done(), window.show_error(message)))
    window.busy.append(worker)
    workers.start(worker)
    return worker


def assess_in_background(window, rows: list[dict], generation: int) -> workers.Worker:
    """Compute status and progress of every row off the UI thread; stale results are dropped."""
    from huangpu_tracker.gui.models.assessing import statuses

    def job(progress, should_cancel):
        from huangpu_tracker.store import open_store

        with open_store(window.store.path) as store:
            series = queries.accepted_actuals(store)
        return statuses(rows, series)

    worker = workers.Worker(job)

    def done(found) -> None:
        window.busy.remove(worker)
        if generation == window._reloads:
            window.targets_model.set_statuses(found)
            window.statuses_ready.emit()

    worker.signals.finished.connect(done)
    worker.signals.failed.connect(lambda message: (window.busy.remove(worker), window.show_error(message)))
    window.busy.append(worker)
    workers.start(worker)
    return worker
