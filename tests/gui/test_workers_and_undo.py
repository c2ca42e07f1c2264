"""The background worker (progress, result, one-line failure) and the undo adapter around Qt-free edits."""

from __future__ import annotations

import pytest

from huangpu_tracker.edits import Changes
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import workers
from huangpu_tracker.gui.undo import EditStack


def test_worker_reports_progress_and_result(qtbot):
    def job(progress, should_cancel):
        for i in range(3):
            progress(i, 3, f"step {i}")
        return "done"

    worker = workers.Worker(job)
    seen = []
    worker.signals.progress.connect(lambda done, total, label: seen.append((done, total, label)))
    with qtbot.waitSignal(worker.signals.finished) as result:
        workers.start(worker)
    assert result.args == ["done"]
    assert seen == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]


def test_worker_turns_expected_failures_into_one_line(qtbot):
    def job(progress, should_cancel):
        raise TrackerError("文件无法读取 / unreadable")

    worker = workers.Worker(job)
    with qtbot.waitSignal(worker.signals.failed) as failure:
        workers.start(worker)
    assert failure.args == ["文件无法读取 / unreadable"]


class Counter:
    """A fake edit on a fake store (a dict), enough to drive the stack."""

    text = "加一"

    def apply(self, store):
        if store.get("refuse"):
            raise TrackerError("refused")
        store["n"] = store.get("n", 0) + 1
        return Changes(targets=frozenset({1}))

    def revert(self, store):
        if store.get("refuse"):
            raise TrackerError("refused")
        store["n"] -= 1
        return Changes(targets=frozenset({1}))


def test_stack_applies_once_and_undoes_and_redoes(qtbot):
    store, changes, errors = {}, [], []
    stack = EditStack(store, changes.append, errors.append)
    stack.perform(Counter())
    assert store["n"] == 1 and stack.count() == 1 and stack.undoText() == "加一"
    stack.undo()
    assert store["n"] == 0
    stack.redo()
    assert store["n"] == 1
    assert len(changes) == 3 and not errors


def test_refused_edit_is_not_pushed(qtbot):
    store = {"refuse": True}
    stack = EditStack(store, lambda c: None, lambda m: None)
    with pytest.raises(TrackerError, match="refused"):
        stack.perform(Counter())
    assert stack.count() == 0


def test_failed_redo_is_reported_and_stays_on_the_redo_side(qtbot):
    store, errors = {}, []
    stack = EditStack(store, lambda c: None, errors.append)
    stack.perform(Counter())
    stack.undo()
    store["refuse"] = True
    stack.redo()
    assert len(errors) == 1 and "无法重做「加一」" in errors[0] and "refused" in errors[0]
    qtbot.waitUntil(lambda: stack.index() == 0)  # stepped back: the store does not hold the edit
    assert store["n"] == 0 and stack.count() == 1 and stack.canRedo() and not stack.canUndo()
    store["refuse"] = False
    stack.redo()  # once the row is fine again, redo works
    assert store["n"] == 1 and stack.index() == 1 and len(errors) == 1


def test_failed_undo_is_reported_and_the_command_dropped(qtbot):
    store, errors = {}, []
    stack = EditStack(store, lambda c: None, errors.append)
    stack.perform(Counter())
    stack.perform(Counter())
    store["refuse"] = True
    stack.undo()
    assert len(errors) == 1 and "无法撤销「加一」" in errors[0]
    assert store["n"] == 2 and stack.count() == 1 and stack.index() == 1  # the failed one is gone
    store["refuse"] = False
    stack.undo()  # the edit before it is still undoable
    assert store["n"] == 1 and stack.index() == 0 and stack.canRedo()
