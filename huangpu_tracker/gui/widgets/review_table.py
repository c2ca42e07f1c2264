"""The review table: one row per goal or possible target; single keys decide and move on.

A 确认 (accept), R 驳回 (reject), E 修改 (edit), J or ↓ next, K or ↑ previous. After a decision the
next row becomes current, so a document is reviewed with A and R alone.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from huangpu_tracker.gui.models.review_model import KEY_ROLE, ROW_ROLE, is_pending

DECISION_KEYS = {Qt.Key.Key_A: "accept", Qt.Key.Key_R: "reject"}
MOVE_KEYS = {Qt.Key.Key_J: 1, Qt.Key.Key_K: -1}


class ReviewTable(QTableView):
    """Emits `item_selected(item dict or None)`, `decided(item, "accept" or "reject")` and
    `edit_requested(item)` (items are `review_items` dicts)."""

    item_selected = Signal(object)
    decided = Signal(object, str)
    edit_requested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("review_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab goes on to the text, where a missed figure is selected
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.item_selected.emit(current.data(ROW_ROLE))
        )
        for column, width in enumerate((80, 200, 110, 50, 56)):
            self.setColumnWidth(column, width)

    def current_key(self) -> tuple[str, int] | None:
        """The current row's key: ("goal" or "possible", id)."""
        index = self.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def current_item(self) -> dict | None:
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def go_to(self, row: int) -> None:
        """Make `row` (clamped to the table) current; an empty table has no current row."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            self.item_selected.emit(None)
            return
        index = model.index(max(0, min(row, model.rowCount() - 1)), 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        item = self.current_item()
        if plain and key in DECISION_KEYS and item is not None:
            row = self.currentIndex().row()
            self.decided.emit(item, DECISION_KEYS[key])
            # the decided row may have left the table (only pending shown): then the item at `row`,
            # another one still pending, is the next; a possible target made a goal stays in place
            now = self.model().index(row, 0).data(ROW_ROLE)
            self.go_to(row if now is not None and is_pending(now) and now is not item else row + 1)
            return
        if plain and key == Qt.Key.Key_E and item is not None:
            self.edit_requested.emit(item)
            return
        if plain and key in MOVE_KEYS:
            self.go_to(self.currentIndex().row() + MOVE_KEYS[key] if self.currentIndex().isValid() else 0)
            return
        super().keyPressEvent(event)
