"""A new report of about thirty goals reviewed with the keyboard alone: import it, open its review
with Ctrl+Shift+R, decide every goal and possible target with A and R, undo the last decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huangpu_tracker.gui.models.review_model import KEY_ROLE, item_key
from huangpu_tracker.store import queries
from huangpu_tracker.store.review_items import review_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

REPORT = Path(__file__).parents[1] / "extraction" / "corpus" / "K05.txt"  # a county's plan: 35 goals


def outcome(store, item: dict) -> tuple[str, int | None]:
    """What became of a review item: (state, the goal it is now, if any)."""
    if item["item"] == "goal":
        return store.target(item["id"])["review_state"], item["id"]
    possible = store.possible_target(item["id"])
    if possible["state"] == "promoted":
        return store.target(possible["target_id"])["review_state"], possible["target_id"]
    return possible["state"], None


def test_a_new_report_is_reviewed_with_the_keyboard_alone(qtbot, window):
    run = window.imports.import_files([REPORT])
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    doc_id = max(d["id"] for d in window.store.documents())
    found = review_items(window.store, doc_id)
    doc = next(d for d in window.store.documents() if d["id"] == doc_id)
    goals, pending = doc["n_goals"], doc["n_to_review"]
    assert goals >= 30 and pending > goals  # the goals and some possible targets, all to review
    qtbot.waitUntil(lambda: not run.dialog.isVisible())  # the import's progress dialog has closed
    window.activateWindow()  # as a window manager does when the dialog closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    view = window.doc_review.view
    assert view.document_id() == doc_id and view.table.hasFocus()
    assert view.progress.text() == f"{goals} 个目标，{pending} 个待审核"

    wanted = {}
    for n in range(view.proxy.rowCount()):
        key = view.table.currentIndex().data(KEY_ROLE)
        assert key == item_key(found[n])  # each decision moved on to the next, in text order
        press = Qt.Key.Key_R if n % 4 == 3 else Qt.Key.Key_A
        qtbot.keyClick(view.table, press)
        wanted[key] = "rejected" if press == Qt.Key.Key_R else "confirmed"

    outcomes = {item_key(item): outcome(window.store, item) for item in found}
    assert {key: state for key, (state, _goal) in outcomes.items()} == wanted
    accepted = {goal for state, goal in outcomes.values() if state == "confirmed"}
    listed = {row["id"] for row in queries.target_rows(window.store)}
    assert None not in accepted and accepted <= listed  # accepted possible targets are goals now
    assert view.progress.text() == f"{len(accepted)} 个目标，0 个待审核"

    last, before_last = found[-1], found[-2]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert outcome(window.store, last)[0] == last["state"]  # as the extractor left it
    assert outcome(window.store, before_last)[0] == wanted[item_key(before_last)]
    left = len(accepted) - (wanted[item_key(last)] == "confirmed")
    assert view.progress.text() == f"{left} 个目标，1 个待审核"
