"""The base of the flat list models: one row per item of `_rows`, bilingual column headers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from huangpu_tracker.gui.settings import tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: "no parent"


class RowsTableModel(QAbstractTableModel):
    """A table without children whose columns are named by `HEADERS`, (Chinese, English) pairs."""

    HEADERS: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(*self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None
