"""The sentences that state a target (one per document that states it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.rows_model import Index, RowsTableModel

HEADERS = (("文件", "Document"), ("原文", "Quote"))


class SourcesModel(RowsTableModel):
    """Rows are `store.target_sources(id)` dicts (document_id, document_label, quote, start, sentence)."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)

    def set_sources(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def source(self, row: int) -> dict:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.get(("document_label", "quote")[index.column()]) or ""  # never the file's name
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get("sentence") or row.get("quote") or None
        return None
