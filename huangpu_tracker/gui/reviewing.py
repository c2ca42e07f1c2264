"""Edit → 审核文件: the review of one document in its own tab. Accepting, rejecting, editing a goal
or a possible target and adding one from the text are each one undo step (`Services.try_perform`);
the view follows every change of the undo stack (undo and redo included)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QTabWidget

from huangpu_tracker.edits import UpdateTarget
from huangpu_tracker.gui.dialogs.add_target_dialog import AddTargetDialog
from huangpu_tracker.gui.models.figure_marks import figure_marks
from huangpu_tracker.gui.models.review_model import state_text, with_progress
from huangpu_tracker.gui.models.text_goal import goal_fields, sentence_around
from huangpu_tracker.gui.selection import Selection
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.filter_bar import FilterBar
from huangpu_tracker.gui.widgets.review_view import ReviewView
from huangpu_tracker.store.errors import NotFoundError
from huangpu_tracker.store.review import reported_spans, review_counts, review_items

FORM_FIELDS = ("entity", "area", "metric", "kind", "comparator", "value", "value_hi", "unit",
               "target_year", "period_start", "note")  # fmt: skip


class DocumentReview:
    """Owns the review tab (`view`, built when first opened) and the document it shows."""

    def __init__(
        self,
        services: Services,
        selection: Selection,
        filter_bar: FilterBar,
        main_tabs: QTabWidget,
        undo_stack: QUndoStack,
    ) -> None:
        self._services = services
        self._selection = selection
        self._filter_bar = filter_bar
        self._main_tabs = main_tabs
        self.view: ReviewView | None = None
        self.document_id: int | None = None
        self.dialog: AddTargetDialog | None = None  # the edit or add dialog last opened
        self._stale = False  # changed while the view was hidden
        self._labels: dict[int, str] = {}  # each document's label in the filter bar, by id
        self._window_open = True  # the undo stack reports a last change while the window is deleted
        services.parent.destroyed.connect(self._window_closed)
        undo_stack.indexChanged.connect(lambda _index: self._changed())

    # --- opening ------------------------------------------------------------------------------
    def open(self) -> None:
        """Review the document chosen in the filter bar, else the newest one with something to
        review (a report just imported), else the selected target's."""
        current = self._selection.current()
        chosen = self._filter_bar.value().document
        counts = review_counts(self._services.store)
        pending = max((doc for doc, (_goals, left) in counts.items() if left), default=None)
        doc_id = int(chosen) if chosen else pending or (current or {}).get("document_id")
        if doc_id is None:
            self._services.show_error(tr("没有可审核的文件", "No document to review"))
            return
        self.open_document(doc_id)

    def open_document(self, document_id: int) -> None:
        """Show the document's review, on its first row still to review."""
        view = self._ensure_view()
        self.document_id = document_id
        self._main_tabs.setCurrentWidget(view)
        self._show(keep=None)
        view.go_to_first_pending()
        view.table.setFocus()

    def _ensure_view(self) -> ReviewView:
        if self.view is None:
            self.view = ReviewView(self._main_tabs)
            self._main_tabs.addTab(self.view, tr("审核", "Review"))
            self.view.document_chosen.connect(self.open_document)
            self.view.table.decided.connect(self.decide)
            self.view.table.edit_requested.connect(self.edit)
            self.view.text.add_requested.connect(self.add_from_text)
            self.view.shown.connect(lambda: self._stale and self.refresh())
        return self.view

    def _list_documents(self) -> None:
        assert self.view is not None
        counts = review_counts(self._services.store)
        choices = [
            (doc["id"], with_progress(self._labels.get(doc["id"], doc["name"]), counts.get(doc["id"])))
            for doc in self._services.store.documents()
        ]
        self.view.set_documents(choices, self.document_id)

    def label_documents(self) -> None:
        """Add each document's progress to its label in the filter bar (just refilled)."""
        combo = self._filter_bar.document
        self._labels = {int(combo.itemData(i)): combo.itemText(i) for i in range(1, combo.count())}
        self._progress_in_filter()

    def _progress_in_filter(self) -> None:
        combo = self._filter_bar.document
        counts = review_counts(self._services.store)
        for i in range(1, combo.count()):
            doc_id = int(combo.itemData(i))
            combo.setItemText(i, with_progress(self._labels.get(doc_id, ""), counts.get(doc_id)))

    def _changed(self) -> None:
        """After an edit, undo or redo: the progress in the filter bar, the view when shown."""
        if not self._window_open:
            return
        if self._services.parent.isVisible():  # a closed window's store is closed
            self._progress_in_filter()
        self.refresh()

    def _window_closed(self) -> None:
        self._window_open = False

    def refresh(self) -> None:
        """Read the shown document's items again (after an edit, an undo or a redo); while the
        view is hidden (another tab, a closed window), once it is shown again."""
        if self.view is None or self.document_id is None:
            return
        self._stale = not self.view.isVisible()
        if not self._stale:
            self._show(keep=self.view.table.current_id())

    def _show(self, keep: int | None) -> None:
        """Fill the view from the store: the documents, the items, the text with its marks."""
        assert self.view is not None and self.document_id is not None
        store = self._services.store
        try:
            document = store.document(self.document_id)
        except NotFoundError:  # deleted meanwhile (in another window)
            self.document_id = None
            return
        self._list_documents()
        items = review_items(store, self.document_id)
        self.view.show_document(
            document["text"], figure_marks(document["text"], items, reported_spans(store, self.document_id))
        )
        self.view.show_items(items, keep)

    # --- decisions ----------------------------------------------------------------------------
    def decide(self, target_id: int, state: str) -> bool:
        """Accept (confirmed) or reject one target of the document, as one undo step."""
        return self._services.try_perform(
            UpdateTarget(target_id, {"review_state": state}, text=f"{state_text(state)} #{target_id}")
        )

    def edit(self, target_id: int) -> AddTargetDialog:
        """Open the target's fields in a form; saving them is one undo step: the target 'edited',
        or 'confirmed' when saved unchanged."""
        target = self._services.store.target(target_id)
        dialog = self._open_dialog(
            {name: target[name] for name in FORM_FIELDS}, None, ("修改目标", "Edit target")
        )
        dialog.accepted.connect(lambda: self._save_edit(target, dialog.accepted_values() or {}))
        return dialog

    def _save_edit(self, target: dict[str, Any], values: dict[str, Any]) -> None:
        changed = {name: value for name, value in values.items() if target[name] != value}
        changed["review_state"] = "edited" if changed else "confirmed"
        self._services.try_perform(
            UpdateTarget(target["id"], changed, text=tr(f"修改目标 #{target['id']}", f"edit #{target['id']}"))
        )

    def add_from_text(self, start: int, end: int) -> AddTargetDialog | None:
        """The add-target form for the selected span: value, unit and year read from it, the body
        the document's goals mostly have; the new goal is stated by the selection."""
        if self.document_id is None:
            return None
        text = self._services.store.document(self.document_id)["text"]
        first, last = sentence_around(text, start, end)
        sentence = text[first:last].strip()
        initial = goal_fields(text[start:end], sentence)
        assert self.view is not None
        bodies = Counter(
            item["entity"] for item in self.view.model.items() if item["review_state"] != "possible"
        )
        if bodies:
            initial["entity"] = bodies.most_common(1)[0][0]
        source = {"document_id": self.document_id, "quote": text[start:end], "start": start, "end": end,
                  "sentence": sentence}  # fmt: skip
        dialog = self._open_dialog(initial, source, ("添加为目标", "Add as goal"))
        dialog.accepted.connect(lambda: self._add(dialog))
        return dialog

    def _add(self, dialog: AddTargetDialog) -> None:
        edit = dialog.edit()
        if edit is not None:
            self._services.try_perform(edit)

    def _open_dialog(
        self, initial: dict[str, Any], source: dict[str, Any] | None, title: tuple[str, str]
    ) -> AddTargetDialog:
        """Window-modal, without blocking the caller (tests drive it while it is open)."""
        dialog = AddTargetDialog(self._services.parent, initial, source, title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        fields = [dialog.editors[name] for name in ("metric", "value")]
        empty = [f for f in fields if isinstance(f, QLineEdit) and not f.text()]
        (empty or fields)[0].setFocus()  # what is left to type, without reaching for the mouse
        return dialog
