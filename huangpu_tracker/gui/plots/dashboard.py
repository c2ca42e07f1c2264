"""The dashboard: the counts by status, then small multiples of the filtered targets, each with its
goal (and so its unit) and status; click one to open it."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS, Assessment
from huangpu_tracker.gui.fonts import ensure_cjk_font
from huangpu_tracker.gui.plots import style
from huangpu_tracker.gui.plots.axes import YearAxis, settle_axes
from huangpu_tracker.gui.plots.meta import goal_words
from huangpu_tracker.gui.plots.render import lay_out_now, render_png_image
from huangpu_tracker.gui.plots.series import draw_assessment
from huangpu_tracker.gui.settings import tr

CARD_SIZE = QSize(260, 218)
THUMBNAIL_SIZE = QSize(246, 136)
UNIT_PT = 7.5  # the value axis label of a thumbnail: the goal's unit
_SPACING = 8


class ThumbnailRenderer:
    """One offscreen plot that draws assessments into pixmaps, on demand.

    A pyqtgraph PlotWidget per card would cost ~40 ms each (6 s for 150 targets); drawing only the
    thumbnails that come into view, through one shared plot, costs ~10 ms each.
    """

    def __init__(self, size: QSize = THUMBNAIL_SIZE) -> None:
        self.size = size
        self.view = pg.PlotWidget(background=style.BACKGROUND, axisItems={"bottom": YearAxis("bottom")})
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.view.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps the app alive
        self.view.resize(size)
        plot = self.view.getPlotItem()
        plot.hideButtons()
        for name in ("left", "bottom"):
            plot.getAxis(name).setTextPen(pg.mkPen(style.TEXT))
        self.view.show()

    def render(self, assessment: Assessment, device_pixel_ratio: float = 1.0) -> QPixmap:
        """The compact chart of `assessment` as a pixmap of `size` logical pixels."""
        plot = self.view.getPlotItem()
        plot.clear()
        draw_assessment(plot, assessment, compact=True)
        plot.setLabel("left", assessment.unit, **{"color": style.TEXT, "font-size": f"{UNIT_PT}pt"})
        settle_axes(plot)
        lay_out_now()
        pixels = (
            round(self.size.width() * device_pixel_ratio),
            round(self.size.height() * device_pixel_ratio),
        )
        return QPixmap.fromImage(render_png_image(self.view, pixels, device_pixel_ratio))


class Thumbnail(QWidget):
    """The compact chart of one card, rendered the first time it is painted (i.e. scrolled into view)."""

    def __init__(self, assessment: Assessment, renderer: ThumbnailRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.assessment = assessment
        self._renderer = renderer
        self.pixmap: QPixmap | None = None
        self._scheduled = False
        self.setFixedSize(renderer.size)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.pixmap is None:
            # Not while painting: rendering lays out another widget. Draw right after, then repaint.
            if not self._scheduled:
                self._scheduled = True
                QTimer.singleShot(0, self, self._render)
            return
        QPainter(self).drawPixmap(0, 0, self.pixmap)

    def _render(self) -> None:
        self.pixmap = self._renderer.render(self.assessment, self.devicePixelRatioF())
        self.update()


def goal_line(a: Assessment) -> str:
    """'目标 ≥ 5000 亿元（2025年）': the goal with its unit and year."""
    goal = tr(f"目标 {a.goal_text}", f"Target {goal_words(a.goal_text)}")
    if a.target_year:
        goal += tr(f"（{a.target_year}年）", f" ({a.target_year})")
    return goal


def counts_html(assessments: Iterable[Assessment]) -> str:
    """'共 3 个目标：● 进展顺利 1 · ▲ 进展不足 1 · ○ 无法评估 1', each status in its colour."""
    counts = Counter(a.status for a in assessments)
    parts = []
    for code in STATUS_CODES:
        if counts[code]:
            look = style.status_style(code)
            label = tr(*STATUS_LABELS[code])
            parts.append(f'<span style="color:{look.color}">{look.symbol} {label} {counts[code]}</span>')
    total = sum(counts.values())
    head = tr(f"共 {total} 个目标", f"{total} targets")
    return head + (tr("：", ": ") + " · ".join(parts) if parts else "")


class SmallChart(QFrame):
    """One target's card: title, a compact chart and the status; a click or Enter activates it."""

    activated = Signal(int)

    def __init__(
        self,
        target_id: int,
        assessment: Assessment,
        title: str,
        renderer: ThumbnailRenderer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.target_id = target_id
        status = style.status_style(assessment.status)
        self.setFixedSize(CARD_SIZE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName("smallChart")
        # The status colour also frames the card; the symbol says the same without colour.
        self.setStyleSheet(
            f"#smallChart {{ background: white; border: 2px solid {status.color}; border-radius: 4px; }}"
            f"#smallChart:focus {{ border-width: 3px; }}"
        )
        label = tr(assessment.label_zh, assessment.label_en)
        colon = tr("：", ": ")
        self.setAccessibleName(f"{title}{colon}{label}")
        goal = tr(f"目标 {assessment.goal_text}", f"Target {goal_words(assessment.goal_text)}")
        self.setToolTip(f"{title}\n{assessment.label}{colon}{assessment.reason}\n{goal}")

        self.title_label = QLabel(html.escape(title))
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(f"color: {style.TEXT};")
        self.goal_label = QLabel(goal_line(assessment))
        self.goal_label.setStyleSheet(f"color: {style.GREY};")
        self.thumbnail = Thumbnail(assessment, renderer)
        self.status_label = QLabel(f"{status.symbol} {label}")
        self.status_label.setStyleSheet(f"color: {status.color};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.goal_label)
        layout.addWidget(self.thumbnail, 1)
        layout.addWidget(self.status_label)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so that the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.target_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.target_id)
        else:
            super().keyPressEvent(event)


class Dashboard(QScrollArea):
    """Small multiples of targets in a grid that reflows with the width.

    `set_items([(target_id, assessment, title), ...])` replaces the charts;
    `targetActivated(target_id)` is emitted when one is clicked (or Enter is pressed on it).
    """

    targetActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_cjk_font()
        self.setWidgetResizable(True)
        self._container = QWidget()
        self.counts = QLabel(self._container)
        self.counts.setObjectName("dashboard_counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.hide()  # until there are targets to count
        self._grid = QGridLayout()
        self._grid.setSpacing(_SPACING)
        column = QVBoxLayout(self._container)
        column.addWidget(self.counts)
        column.addLayout(self._grid)
        column.addStretch(1)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(self._container)
        self.charts: list[SmallChart] = []
        self._renderer = ThumbnailRenderer()
        self.destroyed.connect(self._renderer.view.deleteLater)
        self._empty = QLabel(
            tr("没有符合筛选条件的目标", "No targets match the filter"),
            self._container,
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._columns = 0
        self._reflow()

    def set_items(self, items: Iterable[tuple[int, Assessment, str]]) -> None:
        """Show one small chart per `(target_id, assessment, title)`, in the given order."""
        for chart in self.charts:
            self._grid.removeWidget(chart)
            chart.hide()
            chart.deleteLater()
        self.charts = []
        items = list(items)
        self.counts.setText(counts_html(a for _, a, _ in items))
        self.counts.setVisible(bool(items))
        for target_id, assessment, title in items:
            chart = SmallChart(target_id, assessment, title, self._renderer, self._container)
            chart.activated.connect(self.targetActivated)
            self.charts.append(chart)
        self._columns = 0
        self._reflow()

    def _column_count(self) -> int:
        width = self.viewport().width() - 2 * _SPACING
        return max(1, width // (CARD_SIZE.width() + _SPACING))

    def _reflow(self) -> None:
        columns = self._column_count()
        if columns == self._columns and self._grid.count() == max(1, len(self.charts)):
            return
        self._columns = columns
        while self._grid.count():
            self._grid.takeAt(0)
        self._empty.setVisible(not self.charts)
        if not self.charts:
            self._grid.addWidget(self._empty, 0, 0)
        for index, chart in enumerate(self.charts):
            self._grid.addWidget(chart, index // columns, index % columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()
