"""The targets table view: row selection, sorting by any column, Enter/F2 to edit, Delete to delete;
a placeholder says why it is empty (the bundled documents are still loading)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from huangpu_tracker.gui.models.targets_model import ID_ROLE


class TargetsTable(QTableView):
    """Emits `target_selected(id or None)`, `edit_requested(id)` and `delete_requested()`."""

    target_selected = Signal(object)
    edit_requested = Signal(int)
    delete_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("targets_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSortIndicatorShown(True)
        self._current_id: int | None = None
        self._placeholder = ""

    def placeholder(self) -> str:
        return self._placeholder

    def set_placeholder(self, text: str) -> None:
        """The text shown over the table while it has no rows ("" for none)."""
        self._placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self._placeholder)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._reselect)
        model.layoutChanged.connect(self._reselect)
        for column, width in enumerate((86, 70, 90, 220, 130, 60, 130, 60, 66, 56)):
            self.setColumnWidth(column, width)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = self.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_id(self, target_id: int | None) -> bool:
        """Make the target the current row (if visible); returns whether it was found."""
        model = self.model()
        if target_id is None or model is None:
            return False
        source = model.sourceModel()  # the targets model, behind the filter proxy
        row = source.row_of(target_id)
        index = model.mapFromSource(source.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        target_id = current.data(ID_ROLE) if current.isValid() else None
        if target_id != self._current_id:
            self._current_id = target_id
            self.target_selected.emit(target_id)

    def _reselect(self) -> None:
        # keep the same target current across filtering, sorting and reloads
        wanted = self._current_id
        if wanted is not None and not self.select_id(wanted):
            self._current_id = None
            self.target_selected.emit(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.current_id() is not None:
            self.edit_requested.emit(self.current_id())
            return
        if key == Qt.Key.Key_Delete and self.current_id() is not None:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
