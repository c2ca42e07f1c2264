"""The one QUndoCommand adapter: it wraps a Qt-free edit (huangpu_tracker.edits) for a QUndoStack.

An edit is applied BEFORE it is pushed, so a refused edit raises to the caller (which shows the
message in place) and never reaches the stack; the command's first `redo()` (called by `push`)
then does nothing. Later redo/undo calls re-apply / revert the edit against the store and report
what changed through `on_change`, so each view refreshes only that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from huangpu_tracker.edits import Changes, Edit
from huangpu_tracker.errors import TrackerError


class EditCommand(QUndoCommand):
    """A QUndoCommand that applies and reverts one edit (possibly a compound one) on the store."""

    def __init__(self, edit: Edit, store, on_change: Callable[[Changes], None], on_error) -> None:
        super().__init__(edit.text)
        self.edit = edit
        self._store = store
        self._on_change = on_change
        self._on_error = on_error
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.edit.apply)

    def undo(self) -> None:
        self._run(self.edit.revert)

    def _run(self, step: Callable) -> None:
        # Exceptions cannot cross Qt's virtual call; a failure (another program changed the row)
        # is reported and the stack is left as it is.
        try:
            changes = step(self._store)
        except TrackerError as exc:
            self._on_error(str(exc))
            return
        self._on_change(changes)


class EditStack(QUndoStack):
    """A QUndoStack that applies edits on the store and announces what they changed."""

    def __init__(
        self, store, on_change: Callable[[Changes], None], on_error: Callable[[str], None], parent=None
    ):
        super().__init__(parent)
        self.store = store
        self._on_change = on_change
        self._on_error = on_error

    def perform(self, edit: Edit) -> Changes:
        """Apply `edit` to the store and push it; raises TrackerError (nothing pushed) if refused."""
        changes = edit.apply(self.store)
        self.push(EditCommand(edit, self.store, self._on_change, self._on_error))
        self._on_change(changes)
        return changes
