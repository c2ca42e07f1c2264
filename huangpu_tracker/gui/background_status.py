"""The status and progress of a large store's targets, computed off the UI thread after the rows
are shown (10,000 targets take about 1 s); a result made stale by a newer reload is dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from huangpu_tracker.gui import workers
from huangpu_tracker.gui.models.targets_model import TargetsTableModel
from huangpu_tracker.gui.services import Services
from huangpu_tracker.store import queries


class BackgroundAssessor(QObject):
    """`assess(rows)` fills the model's statuses when the worker ends, then emits `ready`."""

    ready = Signal()

    def __init__(self, services: Services, model: TargetsTableModel) -> None:
        super().__init__(services.parent)
        self._services = services
        self._model = model
        self._generation = 0

    def drop_pending(self) -> None:
        """Forget a running assessment: the rows it was given are being replaced."""
        self._generation += 1

    def assess(self, rows: list[dict]) -> workers.Worker:
        from huangpu_tracker.gui.models.assessing import statuses

        self.drop_pending()
        generation, services, store_path = self._generation, self._services, self._services.store_path

        def job(progress: workers.Progress, should_cancel: Callable[[], bool]) -> dict:
            from huangpu_tracker.store import open_store

            with open_store(store_path) as store:
                series = queries.accepted_actuals(store)
            return statuses(rows, series)

        worker = workers.Worker(job)

        def done(found: dict) -> None:
            services.busy.remove(worker)
            if generation == self._generation:
                self._model.set_statuses(found)
                self.ready.emit()

        def failed(message: str) -> None:
            services.busy.remove(worker)
            services.show_error(message)

        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        services.busy.append(worker)
        workers.start(worker)
        return worker
