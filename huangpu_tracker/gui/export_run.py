"""Driving a long export without freezing the window: a generator advanced one step per event-loop turn.

Charts are widgets, so drawing them must stay on the GUI thread; instead of one long loop, the
export is a generator that draws one chart per step, and a zero-interval QTimer takes the next
step only after Qt has painted and handled input (so the progress dialog's Cancel works). A step
may also hand a `workers.Worker` to the runner: work without widgets (reading the store, writing
files) then runs in the thread pool and its result is sent back into the generator.
"""

from __future__ import annotations

import traceback
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import workers
from huangpu_tracker.gui.settings import tr


@dataclass(frozen=True)
class Step:
    """What a step did: `done` of `total` (total 0: busy, no count yet), a label, a file written."""

    done: int = 0
    total: int = 0
    label: str = ""
    path: Path | None = None


@dataclass
class ExportResult:
    """How an export ended: the files written (kept even after a cancel or an error)."""

    paths: list[Path] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None


Steps = Generator["Step | workers.Worker", Any, list[Path] | None]


class ExportRun(QObject):
    """Runs the `steps` generator with a window-modal progress dialog offering Cancel.

    `progressed(done, total)` follows each step; `ended(ExportResult)` is emitted once at the end.
    """

    progressed = Signal(int, int)
    ended = Signal(object)

    def __init__(self, steps: Steps, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._steps = steps
        self._worker: workers.Worker | None = None
        self.result = ExportResult()
        self.finished = False
        self.dialog = QProgressDialog(title, tr("取消", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("export_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(460)  # room for the file names shown as the label
        self.dialog.canceled.connect(self.cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: self._advance(None))

    def start(self) -> ExportRun:
        self.dialog.show()
        self._timer.start()
        return self

    def cancel(self) -> None:
        """Stop before the next step; the files written so far stay."""
        if self.finished:
            return
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()
        self._steps.close()  # runs the generator's cleanup (the offscreen chart is disposed)
        self.result.cancelled = True
        self._end()

    def _advance(self, value: Any) -> None:
        if self.finished:
            return
        try:
            step = self._steps.send(value)
        except StopIteration as stop:
            self.result.paths = list(stop.value or self.result.paths)
            self._end()
            return
        except TrackerError as exc:
            self._fail(str(exc))
            return
        except Exception as exc:  # a bug: keep the trace for the log, show one line, keep the app alive
            traceback.print_exc()
            self._fail(f"{type(exc).__name__}: {exc}")
            return
        if isinstance(step, workers.Worker):
            self._run_in_background(step)
            return
        if step.path is not None:
            self.result.paths.append(step.path)
        self._show(step)
        if not self.finished:  # a modal dialog's setValue handles events: Cancel may have been clicked
            self._timer.start()

    def _show(self, step: Step) -> None:
        self.dialog.setMaximum(step.total)
        self.dialog.setValue(step.done)
        if step.label:
            self.dialog.setLabelText(step.label)
        self.progressed.emit(step.done, step.total)

    def _run_in_background(self, worker: workers.Worker) -> None:
        self._worker = worker
        self.dialog.setRange(0, 0)

        def finished(value: Any) -> None:
            self._worker = None
            self._advance(value)

        def failed(message: str) -> None:
            self._worker = None
            if not self.finished:
                self._steps.close()
                self._fail(message)

        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(failed)
        workers.start(worker)

    def _fail(self, message: str) -> None:
        self.result.error = message
        self._end()

    def _end(self) -> None:
        self.finished = True
        self.dialog.hide()
        self.dialog.deleteLater()
        self.ended.emit(self.result)
        self.deleteLater()
