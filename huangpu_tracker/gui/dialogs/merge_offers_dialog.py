"""Edit → 可能重复的目标: the open merge offers, each answered with 合并 (Enter or M: the new goal's source
joins the existing goal, the twin goes) or 保留两者 (K: both stay); each answer is one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker.edits import AcceptMergeOffer, DeclineMergeOffer, Edit
from huangpu_tracker.gui.models.merge_offers_model import MergeOffersModel
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.store import Store

ANSWER_KEYS = {Qt.Key.Key_M: True, Qt.Key.Key_K: False}  # key -> merge?


class MergeOffersDialog(QDialog):
    """Lists the open offers (of one document, if `document_id` is given) and answers the selected
    one through `perform` (the window's undo stack: False when refused); the list is read again
    after each answer and by `refresh` (the owner calls it after an undo in the window)."""

    def __init__(
        self,
        store: Store,
        perform: Callable[[Edit], bool],
        document_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_offers_dialog")
        self.setWindowTitle(tr("可能重复的目标", "Possible duplicate goals"))
        self._store = store
        self._perform = perform
        self._document_id = document_id
        self.model = MergeOffersModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("merge_offers_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(tr("没有待处理的合并建议", "No merge offers to answer"), self)
        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(tr("合并(&M)", "&Merge"), self)
        self.merge_button.setObjectName("accept_offer")
        self.merge_button.setToolTip(
            tr("新目标的来源并入已有目标（Enter）", "The new goal joins the existing one (Enter, M)")
        )
        self.keep_button = QPushButton(tr("保留两者(&K)", "&Keep both"), self)
        self.keep_button.setObjectName("decline_offer")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.setAutoDefault(False)
        self.merge_button.setDefault(True)  # Enter in the list merges the selected offer
        self.view.installEventFilter(self)  # M and K in the list answer (not a search by letter)
        buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(lambda: self.answer(True))
        self.keep_button.clicked.connect(lambda: self.answer(False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        """Read the open offers again, keeping the selected row's position."""
        row = self.view.currentIndex().row()
        labels = {d["id"]: d["label"] for d in self._store.documents()}
        self.model.set_offers(self._store.merge_offers(document_id=self._document_id), labels)
        self.view.resizeRowsToContents()
        count = self.model.rowCount()
        self.empty.setVisible(count == 0)
        self.merge_button.setEnabled(count > 0)
        self.keep_button.setEnabled(count > 0)
        if count:
            self.view.selectRow(min(max(row, 0), count - 1))
            self.view.setFocus()

    def answer(self, merge: bool) -> bool:
        """Merge (True) or keep both (False) for the selected offer; then the next one is selected."""
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        offer_id = self.model.offer(index.row())["id"]
        edit: Edit = (
            AcceptMergeOffer(offer_id, text=tr("合并相同目标", "merge the same goal"))
            if merge
            else DeclineMergeOffer(offer_id, text=tr("保留为不同目标", "keep as different goals"))
        )
        done = self._perform(edit)
        self.refresh()
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            merge = ANSWER_KEYS.get(event.key())  # type: ignore[attr-defined]
            if merge is not None and not event.modifiers():  # type: ignore[attr-defined]
                self.answer(merge)
                return True
        return super().eventFilter(watched, event)
