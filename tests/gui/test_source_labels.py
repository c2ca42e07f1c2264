"""The detail pane and the actuals tab name a goal's sources by document title and date, never by the
stored file name (003_b336c947ab320b12.txt)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

LABEL = re.compile(r"《[^》]+》( \d{4}(-\d\d){0,2})?")


def test_sources_and_document_figures_are_named_by_title_and_date(window, qtbot):
    window.filter_bar.set_value(TargetFilter(text=""))
    rows = [
        window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(window.proxy.rowCount())
    ]
    from_document = [t for t in rows if window.store.target_sources(t)]
    assert from_document
    assert window.table.select_id(from_document[0])
    qtbot.waitUntil(lambda: window.detail.sources_model.rowCount() > 0)
    shown = [
        window.detail.sources_model.index(r, 0).data() for r in range(window.detail.sources_model.rowCount())
    ]
    assert shown and all(LABEL.fullmatch(name) for name in shown), shown
    assert not any(name.endswith(".txt") for name in shown)

    with_figures = next(
        t
        for t in rows
        if any(a["document_id"] for a in window.store.actuals(window.store.target(t)["indicator_id"]))
    )
    assert window.table.select_id(with_figures)
    window.side_tabs.setCurrentWidget(window.actuals)
    model = window.actuals.suggestions_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    cells = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any(isinstance(cell, str) and LABEL.search(cell) for cell in cells), cells
    assert not any(isinstance(cell, str) and re.search(r"\d{3}_[0-9a-f]{16}", cell) for cell in cells)


def test_the_document_shown_from_the_detail_pane_is_named_by_its_label(window, qtbot):
    window.filter_bar.set_value(TargetFilter(text=""))
    rows = [
        window.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in range(window.proxy.rowCount())
    ]
    target = next(t for t in rows if window.store.target_sources(t))
    assert window.table.select_id(target)
    qtbot.mouseClick(window.detail.show_button, Qt.MouseButton.LeftButton)
    dialog = window.browsing.document_dialog
    model = window.detail.sources_model
    labels = {model.index(r, 0).data() for r in range(model.rowCount())}
    label = dialog.windowTitle()
    heading = dialog.findChild(object, "document_heading").text()
    assert LABEL.fullmatch(label) and label in labels and heading == f"<b>{label}</b>"
    assert not re.search(r"\d{3}_[0-9a-f]{16}", dialog.windowTitle() + heading)
    dialog.close()
