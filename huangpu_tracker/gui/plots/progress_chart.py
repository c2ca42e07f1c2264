"""The progress chart of one target: title, status, goal as stated, the plot, a legend, the source."""

from __future__ import annotations

import html

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from huangpu_tracker.assessment.model import Assessment
from huangpu_tracker.gui.fonts import ensure_cjk_font
from huangpu_tracker.gui.plots import style
from huangpu_tracker.gui.plots.axes import YearAxis, settle_axes
from huangpu_tracker.gui.plots.meta import BASELINE_SOURCES_EN, goal_words
from huangpu_tracker.gui.plots.series import ChartItems, draw_assessment
from huangpu_tracker.gui.plots.text import fitted_html
from huangpu_tracker.gui.settings import tr

TITLE_PT = 15.0
STATUS_PT = 11.0
SUBTITLE_PT = 10.0
SOURCE_PT = 8.5
AXIS_PT = 9.0
_SIDE_MARGIN = 24  # pixels the text rows leave free at the left and right


def _font(family: str, points: float) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    return font


def _span(text_html: str, color: str, points: float) -> str:
    # Never bold: the CJK font has no bold face, and Qt's faked bold draws the text twice, which
    # doubles it when copied out of a PDF. Size and colour carry the emphasis instead.
    return f'<span style="color:{color}; font-size:{points}pt; font-weight:normal">{text_html}</span>'


class ProgressChart(pg.GraphicsLayoutWidget):
    """One target's progress as a chart; call `show_assessment` to (re)draw it.

    Everything (texts and legend included) lives in the graphics scene, so exports render the
    whole chart. `items` holds the plot items of the drawn series, `status_label` the status row.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self._assessment: Assessment | None = None  # set first: the base class sends a resize event
        self._texts: dict[str, str] = {}
        super().__init__(parent)
        self._family = ensure_cjk_font()
        self.setBackground(style.BACKGROUND)
        self.ci.setContentsMargins(12, 10, 18, 8)
        self.ci.setSpacing(2)
        self.title_label = pg.LabelItem(justify="left")
        self.status_label = pg.LabelItem(justify="left")
        self.subtitle_label = pg.LabelItem(justify="left")
        self.plot: pg.PlotItem = pg.PlotItem(axisItems={"bottom": YearAxis("bottom")})
        self.legend = pg.LegendItem(colCount=3, labelTextColor=style.TEXT, labelTextSize=f"{AXIS_PT}pt")
        self.source_label = pg.LabelItem(justify="left")
        for row, item in enumerate(
            (
                self.title_label,
                self.status_label,
                self.subtitle_label,
                self.plot,
                self.legend,
                self.source_label,
            )
        ):
            self.ci.addItem(item, row=row, col=0)
        self._setup_plot()
        self.items = ChartItems()

    def _setup_plot(self) -> None:
        plot = self.plot
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.showGrid(x=False, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(style.GREY))
            axis.setTextPen(pg.mkPen(style.TEXT))
            axis.setStyle(tickFont=_font(self._family, AXIS_PT))

    @property
    def assessment(self) -> Assessment | None:
        """The assessment drawn last (None before the first `show_assessment`)."""
        return self._assessment

    def show_assessment(
        self, assessment: Assessment, title: str, subtitle: str, source_line: str, unit: str | None = None
    ) -> None:
        """Draw `assessment`: title = metric and entity, subtitle = the goal as stated,
        source line = document and date; `unit` labels the value axis (default: the goal's unit)."""
        self._assessment = assessment
        self.plot.clear()
        self.legend.clear()
        self.items = draw_assessment(self.plot, assessment, compact=False)
        unit = assessment.unit if unit is None else unit
        label_style = {"color": style.TEXT, "font-size": f"{AXIS_PT}pt"}
        name = assessment.metric or tr("数值", "Value")
        self.plot.setLabel(
            "left", tr(f"{name}（{unit}）", f"{name} ({unit})") if unit else name, **label_style
        )
        self.plot.setLabel("bottom", tr("年份", "Year"), **label_style)
        self._fill_legend(assessment)
        self.setToolTip(f"{assessment.label}{tr('：', ': ')}{assessment.reason}")
        self._texts = {"title": title, "subtitle": subtitle, "source": source_line}
        self._fit_texts()
        settle_axes(self.plot)

    def _fill_legend(self, a: Assessment) -> None:
        goal = tr(f"目标 {a.goal_text}", f"Target {goal_words(a.goal_text)}")
        if a.target_year:
            goal += tr(f"（{a.target_year}年）", f" ({a.target_year})")
        baseline = tr("基期", "Baseline")
        if a.baseline:
            source = a.baseline.source_label
            baseline += tr(f"（{source}）", f" ({BASELINE_SOURCES_EN.get(a.baseline.source, source)})")
        entries = [
            (self.items.actuals, tr("实际值", "Actual")),
            (self.items.average, tr("期初以来年均增速", "Average growth since the period start")),
            (self.items.baseline, baseline),
            (self.items.target_marker, goal),
            (self.items.required, tr("所需路径", "Required path")),
            (self.items.projection, tr("按现有速度预测", "Projection at the pace so far")),
        ]
        for item, name in entries:
            if item is not None:
                self.legend.addItem(item, name)
        if self.items.period is not None:
            sample = pg.BarGraphItem(
                x=[0], height=[1], width=1, brush=pg.mkBrush(style.PERIOD_COLOR), pen=None
            )
            self.legend.addItem(sample, tr("规划期", "Plan period"))

    def _fit_texts(self) -> None:
        """(Re)wrap the text rows to the current width."""
        a = self._assessment
        if a is None:
            return
        width = max(200.0, self.width() - 2 * _SIDE_MARGIN)
        texts = self._texts
        family = self._family
        self.title_label.setText(
            _span(fitted_html(texts["title"], _font(family, TITLE_PT), width, 1), style.TEXT, TITLE_PT)
        )
        status = style.status_style(a.status)
        label = tr(a.label_zh, a.label_en)
        mark = _span(html.escape(f"{status.symbol} {label}"), status.color, STATUS_PT)
        # The reason and the source wrap, whole: a chart read on paper has no tooltip.
        reason = fitted_html(a.reason, _font(family, STATUS_PT), width - 10 * STATUS_PT, None)
        self.status_label.setText(f"{mark} {_span(reason, style.TEXT, STATUS_PT)}")
        subtitle = fitted_html(texts["subtitle"], _font(family, SUBTITLE_PT), width, 2)
        self.subtitle_label.setText(_span(subtitle, style.GREY, SUBTITLE_PT))
        source = fitted_html(texts["source"], _font(family, SOURCE_PT), width, None)
        self.source_label.setText(_span(source, style.GREY, SOURCE_PT))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_texts()
