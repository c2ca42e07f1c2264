"""Edit → accept all: the document figures that would be accepted, listed (target, year, value,
source sentence) with a checkbox each before anything is written; figures that do not fit their
series (kind, unit, several years) are listed greyed with the reason, and cannot be ticked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout

from huangpu_tracker.assessment.offers import Offer
from huangpu_tracker.gui.models.rows_model import Index, RowsTableModel
from huangpu_tracker.gui.settings import tr

HEADERS = (
    ("目标", "Target"),
    ("年份", "Year"),
    ("数值", "Value"),
    ("原文", "Source sentence"),
    ("说明", "Note"),
)
HELD_COLOR = QColor("#808080")


class OffersModel(RowsTableModel):
    """One row per Offer; a fitting one is checkable (ticked at first), an unfit one is not."""

    HEADERS = HEADERS

    def __init__(self, offers: list[Offer], parent=None) -> None:
        super().__init__(parent)
        self._rows = sorted(offers, key=lambda o: (not o.fits, o.goals, o.year))
        self._checked = {o.actual_id for o in offers if o.fits}

    def offer(self, row: int) -> Offer:
        return self._rows[row]

    def chosen(self) -> list[Offer]:
        return [o for o in self._rows if o.actual_id in self._checked]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.offer(index.row()).fits:
            return Qt.ItemFlag.ItemIsSelectable  # shown, not enabled: it cannot be accepted here
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        offer, column = self.offer(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                offer.goals,
                str(offer.year),
                offer.value_text,
                offer.quote,
                tr("将采纳", "to accept") if offer.fits else offer.reason,
            )[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and offer.fits:
            checked = offer.actual_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return offer.reason or offer.quote
        if role == Qt.ItemDataRole.ForegroundRole and not offer.fits:
            return QBrush(HELD_COLOR)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not self.offer(index.row()).fits:
            return False
        actual_id = self.offer(index.row()).actual_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(actual_id)
        else:
            self._checked.discard(actual_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class AcceptFiguresDialog(QDialog):
    """The list to review; `chosen()` after it is accepted gives the ticked offers."""

    def __init__(self, offers: list[Offer], summary: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("accept_figures_dialog")
        self.setWindowTitle(tr("采纳文件数值", "Accept document figures"))
        self.model = OffersModel(offers, self)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("offers")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("采纳所选", "Accept ticked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, buttons):
            layout.addWidget(widget)
        self.resize(1200, 560)

    def chosen(self) -> list[Offer]:
        return self.model.chosen()
