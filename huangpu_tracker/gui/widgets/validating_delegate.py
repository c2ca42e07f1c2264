"""A cell delegate that never loses what was typed: a text the model refuses stays open for correction.

`setModelData` hands the typed text to the model; when `setData` returns False (the model has
emitted its message), the editor is opened again on the same cell with the typed text in it,
selected. Escape closes it and the cell shows the stored value again.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit, QStyledItemDelegate


class ValidatingDelegate(QStyledItemDelegate):
    """Text-cell delegate of `view`; signals `settled()` when an edit ends without a refusal: the
    text was saved, or the edit was given up with Escape."""

    settled = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._refused: tuple[QPersistentModelIndex, str] | None = None
        self.closeEditor.connect(self._editor_closed)

    def setEditorData(self, editor, index: QModelIndex) -> None:
        refused = self._refused
        if refused and refused[0] == QPersistentModelIndex(index) and isinstance(editor, QLineEdit):
            editor.setText(refused[1])
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model: QAbstractItemModel, index: QModelIndex) -> None:
        if not isinstance(editor, QLineEdit):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        if model.setData(index, text):
            self.settled.emit()
            return
        self._refused = (QPersistentModelIndex(index), text)
        QTimer.singleShot(0, self._reopen)

    def _reopen(self) -> None:
        """Open the refused cell's editor again (unless the cell is gone or the view is hidden)."""
        if self._refused is None:
            return
        index = QModelIndex(self._refused[0])
        if not index.isValid() or not self._view.isVisible():
            self._refused = None
            return
        self._view.setCurrentIndex(index)
        self._view.edit(index)  # setEditorData puts the refused text in
        self._refused = None

    def _editor_closed(self, _editor, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self.settled.emit()
