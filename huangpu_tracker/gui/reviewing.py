"""Edit → 审核文件: the review of one document in its own tab. Accepting, rejecting, editing a goal
or a possible target and adding one from the text are each one undo step (`Services.try_perform`);
the view follows every change of the undo stack (undo and redo included)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QTabWidget

from huangpu_tracker.edits import PromotePossible, RejectPossible, UpdateTarget
from huangpu_tracker.extraction.model import UNKNOWN_BODY
from huangpu_tracker.extraction.selection import goal_from_selection
from huangpu_tracker.gui.dialogs.add_target_dialog import AddTargetDialog
from huangpu_tracker.gui.models.figure_marks import figure_marks
from huangpu_tracker.gui.models.formatting import progress_label
from huangpu_tracker.gui.selection import Selection
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.filter_bar import FilterBar, document_choice
from huangpu_tracker.gui.widgets.review_view import ReviewView
from huangpu_tracker.store.errors import NotFoundError
from huangpu_tracker.store.review_items import figure_spans, review_items

FORM_FIELDS = ("entity", "area", "metric", "kind", "comparator", "value", "value_hi", "unit",
               "target_year", "period_start", "note")  # fmt: skip
SPAN_FIELDS = ("quote", "start", "end", "sentence")
DECISIONS = {"accept": ("confirmed", "确认"), "reject": ("rejected", "驳回")}


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
        self._window_open = True  # the undo stack reports a last change while the window is deleted
        services.parent.destroyed.connect(self._window_closed)
        undo_stack.indexChanged.connect(lambda _index: self._changed())

    # --- opening ------------------------------------------------------------------------------
    def open(self) -> None:
        """Review the document chosen in the filter bar, else the newest one with something to
        review (a report just imported), else the selected target's."""
        current = self._selection.current()
        chosen = self._filter_bar.value().document
        documents = self._services.store.documents()
        pending = max((doc["id"] for doc in documents if doc["n_to_review"]), default=None)
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

    def _list_documents(self) -> dict[str, Any]:
        """List the documents with their progress; returns the shown one's row."""
        assert self.view is not None
        documents = self._services.store.documents()
        self.view.set_documents([(doc["id"], document_choice(doc)) for doc in documents], self.document_id)
        return next(doc for doc in documents if doc["id"] == self.document_id)

    def _changed(self) -> None:
        """After an edit, undo or redo: the view, when shown (the filter bar relabels its documents
        itself)."""
        if self._window_open:
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
            self._show(keep=self.view.table.current_key())

    def _show(self, keep: tuple[str, int] | None) -> None:
        """Fill the view from the store: the documents, the items, the text with its marks."""
        assert self.view is not None and self.document_id is not None
        store = self._services.store
        try:
            document = store.document(self.document_id)
        except NotFoundError:  # deleted meanwhile (in another window)
            self.document_id = None
            return
        shown = self._list_documents()
        text = document["text"]
        self.view.show_document(text, figure_marks(text, figure_spans(store, self.document_id)))
        self.view.show_items(review_items(store, self.document_id), progress_label(shown), keep)

    # --- decisions ----------------------------------------------------------------------------
    def decide(self, item: dict[str, Any], decision: str) -> bool:
        """Accept ("accept": a goal confirmed, a possible target made a goal) or reject ("reject")
        one item of the document, as one undo step."""
        state, verb = DECISIONS[decision]
        text = tr(f"{verb} #{item['id']}", f"{decision} #{item['id']}")
        if item["item"] == "goal":
            edit: Any = UpdateTarget(item["id"], {"review_state": state}, text=text)
        elif decision == "accept":
            edit = PromotePossible(item["id"], text=text)
        else:
            edit = RejectPossible(item["id"], text=text)
        return self._services.try_perform(edit)

    def edit(self, item: dict[str, Any]) -> AddTargetDialog:
        """Open the item's fields in a form; saving them is one undo step: a goal 'edited', or
        'confirmed' when saved unchanged; a possible target made a goal with the fields changed."""
        fields = self._services.store.target(item["id"]) if item["item"] == "goal" else item
        initial = {name: fields.get(name) for name in FORM_FIELDS}
        dialog = self._open_dialog(initial, None, ("修改目标", "Edit target"))
        dialog.accepted.connect(lambda: self._save_edit(item, initial, dialog.accepted_values() or {}))
        return dialog

    def _save_edit(self, item: dict[str, Any], initial: dict[str, Any], values: dict[str, Any]) -> None:
        changed = {name: value for name, value in values.items() if initial[name] != value}
        text = tr(f"修改目标 #{item['id']}", f"edit #{item['id']}")
        if item["item"] == "possible":
            self._services.try_perform(PromotePossible(item["id"], changed, text=text))
            return
        changed["review_state"] = "edited" if changed else "confirmed"
        self._services.try_perform(UpdateTarget(item["id"], changed, text=text))

    def add_from_text(self, start: int, end: int) -> AddTargetDialog | None:
        """The add-target form for the selected span, prefilled by the extraction rules
        (extraction.selection.goal_from_selection; a body they cannot name is the one the document's
        goals mostly have); the new goal is stated by the figure they read there."""
        if self.document_id is None:
            return None
        document = self._services.store.document(self.document_id)
        found = goal_from_selection(document["text"], start, end, document["issue_year"], document["issuer"])
        if found is None:
            self._services.show_error(tr("所选文字中没有数字", "The selected text holds no number"))
            return None
        initial = {name: found.get(name) for name in FORM_FIELDS if name in found}
        assert self.view is not None
        bodies = Counter(item["entity"] for item in self.view.model.items() if item["item"] == "goal")
        if initial.get("entity") in (None, "", UNKNOWN_BODY) and bodies:
            initial["entity"] = bodies.most_common(1)[0][0]
        source = {name: found[name] for name in SPAN_FIELDS} | {
            "document_id": self.document_id,
            "article_id": next(
                (a["id"] for a in document["articles"] if a["start"] <= found["start"] < a["end"]), None
            ),
        }
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
