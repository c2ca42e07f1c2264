"""The actuals editor: one row per year; typing saves at once, bad input is refused with a message.

Ctrl+V pastes a column of numbers (e.g. copied from a spreadsheet) into consecutive years as one
undoable step. Figures found in documents are shown beside each year, to accept or dismiss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker.gui.models.actuals_model import VALUE, ActualsModel
from huangpu_tracker.gui.settings import tr


class ActualsTable(QTableView):
    """A table that starts editing on Enter as well as F2 and typing, pastes columns, clears on Delete."""

    paste_requested = Signal(int, list)

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Paste) and index.isValid():
            lines = [line.split("\t")[0] for line in QGuiApplication.clipboard().text().splitlines()]
            self.paste_requested.emit(index.row(), [line for line in lines if line.strip()])
            return
        if event.key() == Qt.Key.Key_Delete and index.isValid() and index.column() == VALUE:
            self.model().setData(index, "")  # clears the year's value (undoable)
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and index.isValid()
            and self.state() != QAbstractItemView.State.EditingState
            and self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
        ):
            return
        super().keyPressEvent(event)


class ActualsEditor(QWidget):
    """Signals `accept_requested(actual_id, year)` / `dismiss_requested(actual_id, year)`."""

    accept_requested = Signal(int, int)
    dismiss_requested = Signal(int, int)

    def __init__(self, model: ActualsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(self)
        self.heading.setObjectName("actuals_heading")
        self.view = ActualsTable(self)
        self.view.setObjectName("actuals_view")
        self.view.setModel(model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in enumerate((60, 90, 70, 150, 140)):
            self.view.setColumnWidth(column, width)
        self.message = QLabel(self)
        self.message.setObjectName("actuals_message")
        self.message.setStyleSheet("color:#b3261e;")
        self.message.setWordWrap(True)
        self.accept_button = QPushButton(tr("采纳文件中的数值", "Accept document figure"), self)
        self.accept_button.setObjectName("accept_suggestion")
        self.dismiss_button = QPushButton(tr("忽略", "Dismiss"), self)
        self.dismiss_button.setObjectName("dismiss_suggestion")
        hint = QLabel(
            tr(
                "直接输入数值(可带单位)；Ctrl+V 粘贴一列数值到连续年份。",
                "Type a value (unit optional); Ctrl+V pastes a column into consecutive years.",
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        model.refused.connect(self.show_message)
        model.modelReset.connect(self._update_buttons)
        model.dataChanged.connect(self._update_buttons)
        self.view.paste_requested.connect(self._paste)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(lambda: self._suggestion_action(self.accept_requested))
        self.dismiss_button.clicked.connect(lambda: self._suggestion_action(self.dismiss_requested))
        self._update_buttons()

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.message.clear()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _paste(self, row: int, texts: list[str]) -> None:
        if self.model.paste_column(row, texts):
            self.message.clear()

    def _suggestion(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        others = [o for o in self.model.others(index.row()) if o["status"] == "suggested"]
        return others[0] if others else None

    def _suggestion_action(self, signal) -> None:
        suggestion = self._suggestion()
        if suggestion is not None:
            signal.emit(suggestion["id"], suggestion["year"])

    def _update_buttons(self, *args) -> None:
        has = self._suggestion() is not None
        self.accept_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
