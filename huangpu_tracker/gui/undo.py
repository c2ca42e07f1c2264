"""The one QUndoCommand adapter: it wraps a Qt-free edit (huangpu_tracker.edits) for a QUndoStack.

An edit is applied BEFORE it is pushed, so a refused edit raises to the caller (which shows the
message in place) and never reaches the stack; the command's first `redo()` (called by `push`)
then does nothing. Later redo/undo calls re-apply / revert the edit against the store and report
what changed through `on_change`, so each view refreshes only that.

A redo or undo can still fail when the row was changed elsewhere (another window deleted the
target). The message is shown, every view is reloaded, and the stack is kept true to the store:
* a failed undo leaves the edit in the store, so the command is made obsolete and Qt drops it;
  the edits before it stay undoable;
* a failed redo leaves the edit out of the store, so the stack index is stepped back (without
  reverting anything): the command stays on the redo side, as if redo had not been pressed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from huangpu_tracker.edits import Changes, Edit
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui.settings import tr


class EditCommand(QUndoCommand):
    """A QUndoCommand that applies and reverts one edit (possibly a compound one) on the store."""

    def __init__(self, edit: Edit, stack: EditStack) -> None:
        super().__init__(edit.text)
        self.edit = edit
        self._stack = stack
        self._skip_next_redo = True
        self._skip_next_undo = False

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        if not self._run(self.edit.apply, tr("无法重做", "Cannot redo")):
            # Qt counts the command as done once redo() returns; step back once it has.
            self._skip_next_undo = True
            QTimer.singleShot(0, self._step_back)

    def undo(self) -> None:
        if self._skip_next_undo:
            self._skip_next_undo = False
            return
        if not self._run(self.edit.revert, tr("无法撤销", "Cannot undo")):
            self.setObsolete(True)  # Qt removes it when undo() returns

    def _step_back(self) -> None:
        stack = self._stack
        if self._skip_next_undo and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()

    def _run(self, step: Callable, failure: str) -> bool:
        # Exceptions cannot cross Qt's virtual call: an expected failure is reported instead.
        try:
            changes = step(self._stack.store)
        except TrackerError as exc:
            self._stack.on_error(f"{failure}「{self.text()}」：{exc}")
            self._stack.on_change(Changes(structure=True))  # show what the other program changed
            return False
        self._stack.on_change(changes)
        return True


class EditStack(QUndoStack):
    """A QUndoStack that applies edits on the store and announces what they changed."""

    def __init__(
        self, store, on_change: Callable[[Changes], None], on_error: Callable[[str], None], parent=None
    ):
        super().__init__(parent)
        self.store = store
        self.on_change = on_change
        self.on_error = on_error

    def perform(self, edit: Edit) -> Changes:
        """Apply `edit` to the store and push it; raises TrackerError (nothing pushed) if refused."""
        changes = edit.apply(self.store)
        self.push(EditCommand(edit, self))
        self.on_change(changes)
        return changes
