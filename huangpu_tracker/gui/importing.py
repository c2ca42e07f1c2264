"""File → Import (and dropped files), and the bundled documents loaded into a new store: both run
off the UI thread with progress (the empty table says the bundled documents are loading, file by
file); the targets are read again when they end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from huangpu_tracker.gui import workers
from huangpu_tracker.gui.dialogs.import_dialog import DOCUMENT_PATTERNS, ImportRun, report_text
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.targets_table import TargetsTable

if TYPE_CHECKING:  # importing ingest loads the extractor: too slow for start-up
    from huangpu_tracker.ingest import ImportReport


class ImportController(QObject):
    """Owns the running import (`run`), the report of the last one (`last_report`) and the loading
    of the bundled documents (`seeding`, the worker while it runs)."""

    seeded = Signal()  # the bundled documents are in the store and the targets were read again
    offers_requested = Signal()  # the analyst asked to see the merge offers an import raised

    def __init__(self, services: Services, table: TargetsTable) -> None:
        super().__init__(services.parent)
        self._services = services
        self._table = table
        self.run: ImportRun | None = None
        self.last_report: ImportReport | None = None
        self.seeding: workers.Worker | None = None

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._services.parent,
            tr("导入文件", "Import documents"),
            "",
            f"{tr('文件', 'Documents')} ({DOCUMENT_PATTERNS})",
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> ImportRun:
        """Import in the background; new targets appear when it ends, errors are listed per file."""
        services = self._services
        run = ImportRun(services.store_path, files, services.parent)
        services.busy.append(run.worker)

        def failed(message: str) -> None:
            services.busy.remove(run.worker)
            services.show_error(message)

        run.finished.connect(lambda report: self._finished(run, report))
        run.failed.connect(failed)
        self.run = run
        run.start()
        return run

    def _finished(self, run: ImportRun, report: ImportReport) -> None:
        services = self._services
        services.busy.remove(run.worker)
        services.reload()
        self.last_report = report
        labels = {d["id"]: d["label"] for d in services.store.documents()}
        text = report_text(report, labels)
        services.message(text.replace("\n", "；"))
        # a repaired file, a skipped copy or possible duplicates: the analyst must know where
        if report.errors or report.warnings or report.same_text or report.offers:
            self._summary(report, text).show()

    def _summary(self, report: ImportReport, text: str) -> QMessageBox:
        """The import's summary box; with merge offers, a button opens them (`offers_requested`)."""
        problems = bool(report.errors or report.warnings)
        box = QMessageBox(
            QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information,
            tr("导入", "Import"),
            text,
            QMessageBox.StandardButton.Ok,
            self._services.parent,
        )
        box.setObjectName("import_errors" if problems else "import_summary")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        count = sum(n for _path, n in report.offers)
        if count:
            box.setInformativeText(
                tr(f"发现 {count} 处可能重复的目标", f"{count} possible duplicate goals found")
            )
            button = box.addButton(
                tr("查看可能重复的目标…", "Review possible duplicates…"), QMessageBox.ButtonRole.AcceptRole
            )
            button.setObjectName("review_offers")
            button.clicked.connect(lambda _checked=False: self.offers_requested.emit())
            box.setDefaultButton(button)
        return box

    def seed(self) -> workers.Worker:
        """Load the bundled documents into a new store off the UI thread; the table and the status
        bar say so, with the files done so far."""
        services = self._services
        store_path = services.store_path

        def job(progress: workers.Progress, should_cancel: Callable[[], bool]) -> ImportReport | None:
            from huangpu_tracker.ingest import ensure_seeded
            from huangpu_tracker.store import open_store

            with open_store(store_path) as store:
                return ensure_seeded(store, lambda done, total, path: progress(done, total, path.name))

        worker = workers.Worker(job)
        loading = tr("正在载入内置文件…", "Loading the bundled documents…")
        services.progress.setRange(0, 0)
        services.progress.show()
        services.status.showMessage(loading)
        self._table.set_placeholder(loading)

        def advanced(done: int, total: int, _name: str) -> None:
            services.progress.setRange(0, total)
            services.progress.setValue(done)
            text = tr(
                f"正在载入内置文件…（{done}/{total}）", f"Loading the bundled documents… ({done}/{total})"
            )
            services.status.showMessage(text)
            self._table.set_placeholder(text)

        def done(report: ImportReport | None = None) -> None:
            services.progress.hide()
            services.busy.remove(worker)
            self.seeding = None
            services.status.clearMessage()
            self._table.set_placeholder("")
            services.reload()
            self.seeded.emit()
            if report is not None and report.errors:  # a bundled file failed (retried at the next start)
                services.show_error(report_text(report).replace("\n", "；"))

        worker.signals.progress.connect(advanced)
        worker.signals.finished.connect(done)

        def failed(message: str) -> None:
            done()
            services.show_error(message)

        worker.signals.failed.connect(failed)
        services.busy.append(worker)
        self.seeding = worker
        workers.start(worker)
        return worker
