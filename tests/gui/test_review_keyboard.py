"""A new report of about thirty goals reviewed with the keyboard alone: import it, open its review
with Ctrl+Shift+R, decide every goal and possible target with A and R, undo the last decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from huangpu_tracker.gui.models.review_model import ID_ROLE
from huangpu_tracker.store import queries
from huangpu_tracker.store.review import review_counts, review_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

REPORT = Path(__file__).parents[1] / "extraction" / "corpus" / "K05.txt"  # a county's plan: 35 goals


def test_a_new_report_is_reviewed_with_the_keyboard_alone(qtbot, window):
    run = window.imports.import_files([REPORT])
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    doc_id = max(d["id"] for d in window.store.documents())
    found = review_items(window.store, doc_id)
    goals, pending = review_counts(window.store)[doc_id]
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
        target_id = view.table.currentIndex().data(ID_ROLE)
        assert target_id == found[n]["id"]  # each decision moved on to the next, in text order
        key = Qt.Key.Key_R if n % 4 == 3 else Qt.Key.Key_A
        qtbot.keyClick(view.table, key)
        wanted[target_id] = "rejected" if key == Qt.Key.Key_R else "confirmed"

    states = {item["id"]: item["review_state"] for item in review_items(window.store, doc_id)}
    assert states == wanted
    accepted = {i for i, s in wanted.items() if s == "confirmed"}
    listed = {row["id"] for row in queries.target_rows(window.store)}
    assert accepted <= listed  # accepted possible targets are goals now
    assert view.progress.text() == f"{len(accepted)} 个目标，0 个待审核"

    last = found[-1]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.target(last["id"])["review_state"] == last["review_state"]
    assert window.store.target(found[-2]["id"])["review_state"] == wanted[found[-2]["id"]]
    assert view.progress.text() == f"{len(accepted) - (last['id'] in accepted)} 个目标，1 个待审核"
