"""The selected target in detail: source sentence, editable attributes, review buttons, sources, history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from huangpu_tracker.gui.models.formatting import REVIEW_LABELS
from huangpu_tracker.gui.models.history_model import HistoryModel
from huangpu_tracker.gui.models.sources_model import SourcesModel
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.quote_view import QuoteView
from huangpu_tracker.gui.widgets.target_form import TargetForm


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return view


class DetailPane(QWidget):
    """Signals: `review_requested(state)`, `show_source(source dict)`; the form's `edit_requested`."""

    review_requested = Signal(str)
    show_source = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.target: dict | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("detail_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.quote = QuoteView(self)
        self.show_button = QPushButton(tr("在文件中显示", "Show in document"), self)
        self.show_button.setObjectName("show_in_document")
        self.confirm_button = QPushButton(tr("确认", "Confirm"), self)
        self.confirm_button.setObjectName("confirm")
        self.reject_button = QPushButton(tr("驳回", "Reject"), self)
        self.reject_button.setObjectName("reject")
        self.form = TargetForm(self)
        self.sources_model = SourcesModel(self)
        self.history_model = HistoryModel(self)
        self.sources = _table(self.sources_model, "sources_view")
        self.history = _table(self.history_model, "history_view")
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        lists = QSplitter(Qt.Orientation.Horizontal, self)
        lists.setObjectName("detail_lists_splitter")
        for title, view in (
            (tr("来源", "Sources"), self.sources),
            (tr("修改记录(目标与实际值)", "History (target and actuals)"), self.history),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(view)
            lists.addWidget(box)
        self.lists_splitter = lists
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.quote)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(lists, 1)

        self.confirm_button.clicked.connect(lambda: self.review_requested.emit("confirmed"))
        self.reject_button.clicked.connect(lambda: self.review_requested.emit("rejected"))
        self.show_button.clicked.connect(self._show_primary)
        self.sources.doubleClicked.connect(
            lambda index: self.show_source.emit(self.sources_model.source(index.row()))
        )
        self.set_target(None, [], [])

    def set_target(self, target: dict | None, sources: list[dict], history: list[dict]) -> None:
        """Show `store.target(id)` with its sources and audit history (None clears the pane)."""
        self.target = target
        self.form.set_target(target)
        self.sources_model.set_sources(sources)
        self.history_model.set_entries(history)
        for widget in (self.confirm_button, self.reject_button, self.quote):
            widget.setEnabled(target is not None)
        self.show_button.setEnabled(bool(target and sources))
        if target is None:
            self.heading.setText(tr("未选择目标", "No target selected"))
            self.quote.clear()
            return
        review = tr(*REVIEW_LABELS.get(target["review_state"], ("?", "?")))
        self.heading.setText(
            f"<b>{target['entity']} · {target['metric']}</b> &nbsp; #{target['id']} &nbsp; {review}"
        )
        self.quote.show_sentence(target.get("sentence"), target.get("quote"), target.get("value"))
        self.confirm_button.setEnabled(target["review_state"] != "confirmed")
        self.reject_button.setEnabled(target["review_state"] != "rejected")

    def _show_primary(self) -> None:
        if self.sources_model.rowCount():
            primary = next(
                (
                    s
                    for s in (self.sources_model.source(r) for r in range(self.sources_model.rowCount()))
                    if s.get("document_id") == (self.target or {}).get("document_id")
                ),
                self.sources_model.source(0),
            )
            self.show_source.emit(primary)
