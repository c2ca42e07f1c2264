"""The selected target's progress chart (the charts helper's ProgressChart, built on first use), with
the figures found in documents that the analyst has not accepted yet drawn over it as hollow
markers labelled 待确认: a new store has only those, and they never count towards the status."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from huangpu_tracker.assessment.model import Assessment
from huangpu_tracker.gui.models.formatting import progress_figures
from huangpu_tracker.gui.settings import tr

PENDING_COLOR = "#D55E00"  # vermillion (Okabe–Ito), apart from the actuals' blue
PENDING_MARKER = 12
_PAD = 0.08  # share of the value span left free around pending points outside the drawn range


class ChartPane(QWidget):
    """Shows `show_target(assessment, target, documents, pending)`; pyqtgraph is imported only when a
    chart is drawn. `pending` are (year, value) points in the chart's terms (see
    `gui.models.assessing.pending_points`)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart = None
        self.pending_item = None  # the hollow markers of the figures to confirm (None when there are none)
        self.pending_labels: list = []
        self._stack = QStackedLayout()
        self._empty = QLabel(tr("选择一个目标以查看进度图", "Select a target to see its progress"), self)
        self._stack.addWidget(self._empty)
        self.figures = QLabel(self)  # progress and pace, in words under the chart
        self.figures.setObjectName("progress_figures")
        self.figures.setWordWrap(True)
        self.figures.hide()
        self.note = QLabel(self)
        self.note.setObjectName("pending_note")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._stack, 1)
        layout.addWidget(self.figures)
        layout.addWidget(self.note)

    def show_target(
        self,
        assessment: Assessment | None,
        target: dict | None,
        documents: dict,
        pending: list[tuple[int, float]] = (),
    ) -> None:
        if assessment is None or target is None:
            self._stack.setCurrentWidget(self._empty)
            self.note.hide()
            self.figures.hide()
            return
        from huangpu_tracker.gui.plots.meta import chart_meta
        from huangpu_tracker.gui.plots.progress_chart import ProgressChart

        if self.chart is None:
            self.chart = ProgressChart(self)
            self.chart.setObjectName("progress_chart")
            self._stack.addWidget(self.chart)
        self.chart.show_assessment(assessment, **chart_meta(target, documents).texts())
        self._draw_pending(list(pending))
        self.figures.setText(progress_figures(assessment))
        self.figures.setVisible(bool(self.figures.text()))
        self._stack.setCurrentWidget(self.chart)

    def _draw_pending(self, points: list[tuple[int, float]]) -> None:
        """Hollow markers with a 待确认 label each, a legend entry, and room for them in the view."""
        import pyqtgraph as pg

        from huangpu_tracker.gui.plots.series import value_text

        self.pending_item, self.pending_labels = None, []  # show_assessment cleared the plot
        self.note.setVisible(bool(points))
        if not points:
            return
        plot = self.chart.plot
        xs, ys = [float(p[0]) for p in points], [float(p[1]) for p in points]
        self.pending_item = pg.ScatterPlotItem(
            xs,
            ys,
            symbol="o",
            size=PENDING_MARKER,
            brush=pg.mkBrush(None),
            pen=pg.mkPen(PENDING_COLOR, width=2),
        )
        self.pending_item.setZValue(5)
        plot.addItem(self.pending_item)
        for x, y in points:
            label = pg.TextItem(
                f"{tr('待确认', 'to confirm')} {value_text(y)}", color=PENDING_COLOR, anchor=(0.5, -0.3)
            )
            label.setPos(x, y)
            plot.addItem(label)
            self.pending_labels.append(label)
        self.chart.legend.addItem(
            self.pending_item, tr("待确认(文件中的数值)", "To confirm (from documents)")
        )
        (x0, x1), (y0, y1) = plot.viewRange()
        span = (max(*ys, y1) - min(*ys, y0)) or abs(y1) or 1.0
        plot.setXRange(min(x0, min(xs) - 0.6), max(x1, max(xs) + 0.6), padding=0)
        plot.setYRange(min(y0, min(ys) - span * _PAD), max(y1, max(ys) + span * _PAD * 2), padding=0)
        self.note.setText(
            tr(
                f"空心点为文件中的 {len(points)} 个数值，尚未采纳，不计入评估；请在“实际值”页采纳或忽略。",
                f"Hollow markers: {len(points)} figures found in documents, not accepted yet and not "
                "assessed; accept or dismiss them on the Actuals page.",
            )
        )
