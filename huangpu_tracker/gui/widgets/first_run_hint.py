"""A small card over the main window's corner telling a new analyst how to enter actuals and export charts.

It never blocks the window (it is a child widget, not a dialog), shows until the analyst dismisses it,
and the dismissal is remembered in the app's settings, so it appears on the first run only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from huangpu_tracker.gui import settings as app_settings
from huangpu_tracker.gui.settings import tr

SETTINGS_KEY = "ui/first_run_hint_dismissed"
MARGIN = 16


class FirstRunHint(QFrame):
    """The hint card; `FirstRunHint.maybe_show(window)` shows it unless it was dismissed before."""

    dismissed = Signal()

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("firstRunHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#firstRunHint { background: #fffbe6; border: 1px solid #e6c200; border-radius: 6px; }"
            "#firstRunHint QLabel { color: #333333; }"
        )
        self.setMaximumWidth(420)

        title = QLabel(f"<b>{tr('开始使用', 'Getting started')}</b>")
        self.message = QLabel(_hint_html())
        self.message.setWordWrap(True)
        self.close_button = QPushButton(tr("知道了", "Got it"))
        self.close_button.setObjectName("firstRunHintDismiss")
        self.close_button.clicked.connect(self.dismiss)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        parent.installEventFilter(self)

    @classmethod
    def maybe_show(cls, parent: QWidget, settings: QSettings | None = None) -> FirstRunHint | None:
        """Show the hint over `parent`'s bottom-right corner unless dismissed before; returns it if shown."""
        settings = settings if settings is not None else app_settings.settings()
        if settings.value(SETTINGS_KEY, False, type=bool):
            return None
        hint = cls(parent, settings)
        hint.show()
        hint.place()
        return hint

    def dismiss(self) -> None:
        """Hide the hint for good: it will not show on later starts."""
        self._settings.setValue(SETTINGS_KEY, True)
        self._settings.sync()
        self.hide()
        self.dismissed.emit()
        self.deleteLater()

    def place(self) -> None:
        """Keep the card in the bottom-right corner of the window's working area, above other widgets."""
        area = _working_area(self.parentWidget())
        width = min(self.maximumWidth(), max(area.width() - 2 * MARGIN, 200))
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(area.right() - width - MARGIN, area.bottom() - height - MARGIN, width, height)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return False


def _working_area(parent: QWidget) -> QRect:
    """The main window's central area (so the card covers neither tool bar nor status bar)."""
    if isinstance(parent, QMainWindow) and parent.centralWidget() is not None:
        return parent.centralWidget().geometry()
    return parent.rect()


def _hint_html() -> str:
    return tr(
        "内置文件及其中的规划目标已载入“目标”表，可逐条审核。<br>"
        "• <b>录入实际值</b>：选中一个目标，在右侧“实际值”页按年份填写（Ctrl+V 可粘贴一列数值）。<br>"
        "• <b>导出图表</b>：选择“文件 → 导出图表…”（Ctrl+E），把所选或筛选出的目标的进度图"
        "保存为 PNG、SVG 或 PDF。",
        "The bundled documents and their plan targets are in the Targets table, ready for review.<br>"
        "• <b>Enter actuals</b>: select a target and fill in its figures year by year on the Actuals "
        "page on the right (Ctrl+V pastes a column of figures).<br>"
        "• <b>Export charts</b>: File → Export charts… (Ctrl+E) saves the progress charts of the "
        "selected or filtered targets as PNG, SVG or PDF.",
    )
