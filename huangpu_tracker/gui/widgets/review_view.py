"""The review of one document: a chooser of documents (each with its progress), the progress of
the one shown, its goals and possible targets in text order, and its text beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from huangpu_tracker.gui.models.review_model import KEY_ROLE, ROW_ROLE, ReviewModel, ReviewProxy, is_pending
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.document_text import ADD_SHORTCUT, DocumentText
from huangpu_tracker.gui.widgets.review_table import ReviewTable

KEYS_HINT = (
    f"A 确认 · R 驳回 · E 修改 · J/↓ 下一个 · K/↑ 上一个 · Ctrl+Z 撤销 · "
    f"Tab 进入原文，Shift+方向键选中后 {ADD_SHORTCUT} 添加为目标",
    f"A accept · R reject · E edit · J/↓ next · K/↑ previous · Ctrl+Z undo · "
    f"Tab into the text, select with Shift+arrows, then {ADD_SHORTCUT}: add as goal",
)


class ReviewView(QWidget):
    """`show_items` fills it; emits `document_chosen(id)` when another document is picked and
    `shown()` whenever it comes into view."""

    document_chosen = Signal(int)
    shown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("review_view")
        self.document = QComboBox(self)
        self.document.setObjectName("review_document")
        self.document.setMinimumWidth(320)
        self.progress = QLabel(self)
        self.progress.setObjectName("review_progress")
        self.pending_only = QCheckBox(tr("只看待审核", "To review only"), self)
        self.pending_only.setObjectName("review_pending_only")
        self.model = ReviewModel(self)
        self.proxy = ReviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReviewTable(self)
        self.table.setModel(self.proxy)
        self.text = DocumentText(self)
        hint = QLabel(tr(*KEYS_HINT), self)
        hint.setStyleSheet("color:#666;")

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("文件", "Document"), self))
        top.addWidget(self.document, 2)
        top.addWidget(self.progress, 1)
        top.addWidget(self.pending_only)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.text)
        self.splitter.setSizes([620, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(hint)

        self.table.item_selected.connect(
            lambda item: self.text.mark_sentence(*(item["start"], item["end"]) if item else (None, None))
        )
        self.pending_only.toggled.connect(self._filter_pending)
        self.document.activated.connect(lambda _i: self.document_chosen.emit(self.document.currentData()))

    def set_documents(self, choices: list[tuple[int, str]], current: int | None) -> None:
        """List the documents as (id, label), `current` chosen."""
        self.document.blockSignals(True)
        self.document.clear()
        for doc_id, label in choices:
            self.document.addItem(label, doc_id)
        self.document.setCurrentIndex(max(0, self.document.findData(current)))
        self.document.blockSignals(False)

    def document_id(self) -> int | None:
        return self.document.currentData()

    def show_document(self, text: str, marks: list[tuple[int, int, str]]) -> None:
        self.text.set_document(text, marks)

    def show_items(self, items: list[dict], progress: str, keep: tuple[str, int] | None = None) -> None:
        """Show the items and the document's progress; the row of item `keep` (a key: item, id),
        else the same row number, stays current."""
        row = self.table.currentIndex().row()
        self.model.set_items(items)
        self.progress.setText(progress)
        keys = [self.proxy.index(r, 0).data(KEY_ROLE) for r in range(self.proxy.rowCount())]
        self.table.go_to(keys.index(keep) if keep in keys else max(row, 0))

    def go_to_first_pending(self) -> None:
        """Make the first row still to review current (the first row when all are decided)."""
        rows = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        pending = [r for r, row in enumerate(rows) if is_pending(row)]
        self.table.go_to(pending[0] if pending else 0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown.emit()

    def _filter_pending(self, on: bool) -> None:
        current = self.table.current_key()
        self.proxy.set_pending_only(on)
        self.show_items(self.model.items(), self.progress.text(), current)
