"""The actuals editor: one row per year; typing saves at once, bad input is refused with a message
and stays in the cell's editor for correction (Escape gives up and shows the stored value again).

Ctrl+V pastes a column of numbers (e.g. copied from a spreadsheet) into consecutive years as one
undoable step. Figures found in documents (and replaced values) are listed below the years, one
row each, to accept or dismiss one by one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker.gui.models.actuals_model import VALUE, ActualsModel
from huangpu_tracker.gui.models.suggestions_model import SuggestionsModel
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.validating_delegate import ValidatingDelegate


class ActualsTable(QTableView):
    """A table that starts editing on Enter as well as F2 and typing, pastes columns, clears on Delete."""

    paste_requested = Signal(int, list)

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if event.matches(QKeySequence.StandardKey.Paste) and index.isValid():
            lines = [line.split("\t")[0] for line in QGuiApplication.clipboard().text().splitlines()]
            while lines and not lines[-1].strip():
                lines.pop()
            self.paste_requested.emit(index.row(), lines)  # a blank line inside keeps its year empty
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
    """Signals `accept_requested(actual_id, year)` / `dismiss_requested(actual_id, year)` for the
    figure selected in the list of pending figures (moving to a year selects its first figure), and
    `show_source(actual)` when a figure read from a document is double-clicked."""

    accept_requested = Signal(int, int)
    dismiss_requested = Signal(int, int)
    show_source = Signal(dict)

    def __init__(self, model: ActualsModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.heading = QLabel(self)
        self.heading.setObjectName("actuals_heading")
        self.view = ActualsTable(self)
        self.view.setObjectName("actuals_view")
        self.view.setModel(model)
        self.delegate = ValidatingDelegate(self.view)  # a refused text stays in its reopened editor
        self.view.setItemDelegate(self.delegate)
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
        self.suggestions_model = SuggestionsModel(self)
        self.suggestions = QTableView(self)
        self.suggestions.setObjectName("suggestions_view")
        self.suggestions.setModel(self.suggestions_model)
        self.suggestions.verticalHeader().setVisible(False)
        self.suggestions.horizontalHeader().setStretchLastSection(True)
        self.suggestions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions.setToolTip(tr("双击在文件中查看原文", "Double-click to see it in its document"))
        for column, width in enumerate((56, 100, 110, 150)):
            self.suggestions.setColumnWidth(column, width)
        self.accept_button = QPushButton(tr("采纳所选数值", "Accept selected figure"), self)
        self.accept_button.setObjectName("accept_suggestion")
        self.dismiss_button = QPushButton(tr("忽略所选数值", "Dismiss selected figure"), self)
        self.dismiss_button.setObjectName("dismiss_suggestion")
        hint = QLabel(
            tr(
                "直接输入数值(可带单位)；Ctrl+V 粘贴一列数值到连续年份。",
                "Type a value (unit optional); Ctrl+V pastes a column into consecutive years.",
            ),
            self,
        )
        hint.setWordWrap(True)
        box = QGroupBox(
            tr("待确认的数值(文件中的数值与备选值)", "Figures to confirm (from documents, alternatives)")
        )
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.suggestions, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        box_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        model.refused.connect(self.show_message)
        self.delegate.settled.connect(self.message.clear)
        model.modelReset.connect(self._refresh_suggestions)
        model.dataChanged.connect(self._refresh_suggestions)
        self.view.paste_requested.connect(self._paste)
        self.view.selectionModel().currentChanged.connect(self._follow_year)
        self.suggestions.selectionModel().selectionChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(lambda: self._suggestion_action(self.accept_requested))
        self.dismiss_button.clicked.connect(lambda: self._suggestion_action(self.dismiss_requested))
        self.suggestions.doubleClicked.connect(self._show_source)
        self._update_buttons()

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.message.clear()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def selected_suggestion(self) -> dict | None:
        """The pending figure selected in the list (None if none is)."""
        rows = self.suggestions.selectionModel().selectedRows()
        return self.suggestions_model.actual(rows[0].row()) if rows else None

    def select_suggestion(self, row: int | None) -> None:
        if row is None:
            self.suggestions.clearSelection()
            return
        self.suggestions.selectRow(row)
        self.suggestions.scrollTo(self.suggestions_model.index(row, 0))

    def _paste(self, row: int, texts: list[str]) -> None:
        if self.model.paste_column(row, texts):
            self.message.clear()

    def _refresh_suggestions(self, *args) -> None:
        """Reload the pending figures, keeping the selected one if it is still pending."""
        selected = self.selected_suggestion()
        self.suggestions_model.set_actuals(self.model.actuals())
        row = self.suggestions_model.row_of_id(selected["id"]) if selected else None
        if row is None:
            self._follow_year(self.view.currentIndex())
        else:
            self.select_suggestion(row)
        self._update_buttons()

    def _follow_year(self, index, *args) -> None:
        """Select the first pending figure of the year of the actuals table's current row."""
        if index.isValid() and index.row() < self.model.rowCount():
            self.select_suggestion(self.suggestions_model.first_row_of_year(self.model.year_at(index.row())))
        else:
            self.select_suggestion(None)

    def _show_source(self, index) -> None:
        actual = self.suggestions_model.actual(index.row())
        if actual.get("document_id") is not None:
            self.show_source.emit(actual)

    def _suggestion_action(self, signal) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is not None:
            signal.emit(suggestion["id"], suggestion["year"])

    def _update_buttons(self, *args) -> None:
        has = self.selected_suggestion() is not None
        self.accept_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
