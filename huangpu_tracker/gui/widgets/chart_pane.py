"""The selected target's progress chart (the charts helper's ProgressChart, built on first use)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from huangpu_tracker.assessment.model import Assessment
from huangpu_tracker.gui.settings import tr


class ChartPane(QWidget):
    """Shows `show(assessment, target, documents)`; pyqtgraph is imported only when a chart is drawn."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart = None
        self._layout = QStackedLayout(self)
        self._empty = QLabel(tr("选择一个目标以查看进度图", "Select a target to see its progress"), self)
        self._layout.addWidget(self._empty)

    def show_target(self, assessment: Assessment | None, target: dict | None, documents: dict) -> None:
        if assessment is None or target is None:
            self._layout.setCurrentWidget(self._empty)
            return
        from huangpu_tracker.gui.plots.meta import chart_meta
        from huangpu_tracker.gui.plots.progress_chart import ProgressChart

        if self.chart is None:
            self.chart = ProgressChart(self)
            self.chart.setObjectName("progress_chart")
            self._layout.addWidget(self.chart)
        self.chart.show_assessment(assessment, **chart_meta(target, documents).texts())
        self._layout.setCurrentWidget(self.chart)
