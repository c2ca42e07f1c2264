"""Importing documents in the background with a progress dialog and Cancel; errors listed per file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from huangpu_tracker.gui import workers
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.paths import readable_name

DOCUMENT_PATTERNS = "*.txt *.md *.html *.htm *.docx *.pdf"


def import_job(db_path: Path, files: list[Path]):
    """The worker's job: its own store connection (a Store belongs to its thread), then import_files."""

    def job(progress, should_cancel):
        from huangpu_tracker.ingest import import_files
        from huangpu_tracker.store import open_store

        with open_store(db_path) as store:
            return import_files(
                store, files, lambda done, total, path: progress(done, total, Path(path).name), should_cancel
            )

    return job


def report_text(report, labels: Mapping[int, str] | None = None) -> str:
    """One line per file: added (with counts and the merge offers it raised), skipped (a copy of a
    stored document's text names that document, by its label in `labels`), or the reason it failed;
    then what was repaired while reading (bad bytes replaced, and where)."""
    labels = labels or {}
    offers = dict(report.offers)
    lines = []
    for p, _doc, n_t, n_a in report.added:
        lines.append(
            tr(
                f"已导入 {_name(p)}:{n_t} 个目标, {n_a} 个实际值",
                f"imported {_name(p)}: {n_t} targets, {n_a} actuals",
            )
            + (offer_text(offers[p]) if p in offers else "")
        )
    same = dict(report.same_text)
    for p in report.skipped:
        if p in same:
            stored = labels.get(same[p]) or f"#{same[p]}"
            lines.append(
                tr(
                    f"{_name(p)} 与已导入的{stored}内容相同，已跳过",
                    f"{_name(p)} has the same text as {stored}, already imported: skipped",
                )
            )
        else:
            lines.append(tr(f"已存在,跳过 {_name(p)}", f"already imported: {_name(p)}"))
    lines += [tr(f"失败 {_name(p)}:{why}", f"failed {_name(p)}: {why}") for p, why in report.errors]
    lines += [tr(f"注意 {_name(p)}:{note}", f"note {_name(p)}: {note}") for p, note in report.warnings]
    if report.cancelled:
        lines.append(tr("已取消(已导入的文件保留)", "cancelled (files already imported are kept)"))
    return "\n".join(lines)


def offer_text(count: int) -> str:
    """ "，发现 2 处可能重复的目标": the merge offers an imported file raised."""
    return tr(f"，发现 {count} 处可能重复的目标", f"; {count} possible duplicate goals found")


def _name(path: Path) -> str:
    return readable_name(path.name)  # GBK names from a Chinese zip show as Chinese


class ImportRun(QObject):
    """One import: `ImportRun(db_path, files, parent).start()`; emits `finished(report)` or `failed(msg)`."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, files: list[Path], parent: QWidget) -> None:
        super().__init__(parent)
        self.files = files
        self.dialog = QProgressDialog(
            tr("正在导入文件…", "Importing documents…"), tr("取消", "Cancel"), 0, len(files), parent
        )
        self.dialog.setObjectName("import_progress")
        self.dialog.setWindowTitle(tr("导入", "Import"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.worker = workers.Worker(import_job(db_path, files))
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        workers.start(self.worker)

    def cancel(self) -> None:
        self.worker.cancel()
        self.dialog.setLabelText(tr("正在取消…", "Cancelling…"))

    def _progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            tr(f"正在导入 {label}({done + 1}/{total})", f"Importing {label} ({done + 1}/{total})")
        )

    def _finished(self, report) -> None:
        self.dialog.close()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self.dialog.close()
        self.failed.emit(message)
