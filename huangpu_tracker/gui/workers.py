"""Running long work off the UI thread: a QRunnable with signals, progress and cooperative cancel.

The job is a plain function `job(progress, should_cancel) -> result`; it never touches widgets.
Its signals are delivered on the UI thread (queued connections), so slots may update views.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from huangpu_tracker.errors import TrackerError

Progress = Callable[[int, int, str], None]
Job = Callable[[Progress, Callable[[], bool]], Any]


class WorkerSignals(QObject):
    """progress(done, total, label); finished(result); failed(message)."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class Worker(QRunnable):
    """Runs `job` in the global thread pool; `cancel()` asks it to stop at its next check."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps a reference to reach `signals` and `cancel`
        self._job = job
        self._cancel = threading.Event()
        self.signals = WorkerSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._report, self.cancelled)
        except TrackerError as exc:
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:  # an unexpected failure: keep the trace for the log, show one line
            traceback.print_exc()
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the job ran: nobody is left to tell
            signal.emit(value)

    def _report(self, done: int, total: int, label: str = "") -> None:
        self.signals.progress.emit(int(done), int(total), str(label))


def start(worker: Worker) -> Worker:
    """Run `worker` in the global QThreadPool (connect to `worker.signals` before calling this)."""
    QThreadPool.globalInstance().start(worker)
    return worker
