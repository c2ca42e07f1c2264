"""The review filters of the filter bar: 有待处理数值, 有冲突, 待审核, 可合并 (checkable, clicked), and
the document chooser listing documents by label with their review progress; each combines with the
other criteria and the count label says how many rows show."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import ROW_ROLE
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

CHOICE = re.compile(r"(《[^》]+》|\S+)( \S+)? — \d+ 个目标，\d+ 个待审核")


@pytest.fixture
def flagged(store_path):
    """A conflict on the 测试高新技术企业 series (two documents disagree on 2022; the goal confirmed)
    and a merge offer between the two R&D goals of the test fixtures; returns (conflicting target,
    offered pair)."""
    with open_store(store_path) as store:
        docs = {d["name"][:3]: d["id"] for d in store.documents()}
        firms = next(t for t in store.targets() if t["metric"] == "测试高新技术企业")
        store.add_suggested_actual(
            firms["indicator_id"], 2022, 2500, "家", document_id=docs["001"], quote="高新技术企业2500家"
        )
        rd = sorted(t["id"] for t in store.targets() if t["metric"] == "测试研发经费投入强度")
        store.add_merge_offer(rd[1], rd[0], "同一主体和指标")
        store.update_target(firms["id"], review_state="confirmed")  # reviewed: not 待审核
    return firms["id"], set(rd)


def shown(window) -> list[dict]:
    return [window.proxy.index(r, 0).data(ROW_ROLE) for r in range(window.proxy.rowCount())]


def count_text(window) -> str:
    return f"显示 {window.proxy.rowCount()} / {window.targets_model.rowCount()} 个目标"


def test_each_review_filter_is_a_button_that_keeps_only_its_rows(flagged, window, qtbot):
    conflicting, offered = flagged
    bar = window.filter_bar
    bar.set_value(TargetFilter())
    everything = window.proxy.rowCount()
    for flag, wanted in (
        ("conflict", lambda r: r["conflict"]),
        ("pending", lambda r: r["pending"]),
        ("needs_review", lambda r: r["review_state"] == "extracted"),
        ("merge_offer", lambda r: r["merge_offer"] is not None),
    ):
        button = bar.flags[flag]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert button.isChecked()
        rows = shown(window)
        assert rows and all(wanted(r) for r in rows), flag
        expected = sum(1 for r in window.targets_model.rows() if wanted(r))
        assert len(rows) == expected < everything
        assert window.count_label.text() == count_text(window)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.proxy.rowCount() == everything
    qtbot.mouseClick(bar.flags["conflict"], Qt.MouseButton.LeftButton)
    assert conflicting in {r["id"] for r in shown(window)}
    qtbot.mouseClick(bar.flags["merge_offer"], Qt.MouseButton.LeftButton)
    assert shown(window) == []  # combined: a conflict and a merge offer
    assert window.count_label.text() == count_text(window)
    qtbot.mouseClick(bar.flags["conflict"], Qt.MouseButton.LeftButton)
    assert {r["id"] for r in shown(window)} == offered


def test_review_filters_combine_with_the_entity_and_status(flagged, window, qtbot):
    bar = window.filter_bar
    bar.set_value(TargetFilter(entity="黄埔区"))
    qtbot.mouseClick(bar.flags["needs_review"], Qt.MouseButton.LeftButton)
    rows = shown(window)
    assert rows and all(r["review_state"] == "extracted" and r["entity"] == "黄埔区" for r in rows)
    unchecked = bar.value()
    status = rows[0]["status"] or "not_assessable"
    bar.status.setCurrentIndex(bar.status.findData(status))
    assert shown(window) and all((r["status"] or "not_assessable") == status for r in shown(window))
    assert unchecked.needs_review and bar.value().needs_review


def test_the_document_chooser_names_documents_by_label_with_their_progress(flagged, window, qtbot):
    combo = window.filter_bar.document
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(texts) == len(window.documents)
    assert all(CHOICE.fullmatch(text) for text in texts), texts
    assert not any(re.search(r"\d{3}_[0-9a-f]{16}", text) for text in texts)
    first = window.store.documents()[1]
    assert f"{first['n_goals']} 个目标，{first['n_to_review']} 个待审核" in texts[1]

    window.filter_bar.set_value(TargetFilter())
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first document
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the second
    assert combo.currentIndex() == 2
    rows = shown(window)
    assert rows and all(first["id"] in r["document_ids"] for r in rows)
    assert window.count_label.text() == count_text(window)


def test_confirming_a_goal_updates_its_documents_progress(window, qtbot):
    combo = window.filter_bar.document
    window.filter_bar.set_value(TargetFilter(needs_review=True))
    target = shown(window)[0]
    document = target["document_ids"][0]
    position = combo.findData(str(document))
    before = combo.itemText(position)
    assert window.table.select_id(target["id"])
    window.actions_.confirm.trigger()
    after = combo.itemText(position)
    to_review = [int(re.search(r"(\d+) 个待审核", text).group(1)) for text in (before, after)]
    assert to_review[1] == to_review[0] - 1


def test_the_review_filters_and_document_come_back_after_a_restart(qtbot, store_path):
    from huangpu_tracker.gui.app import open_main_window

    first = open_main_window(store_path)
    qtbot.addWidget(first)
    first.show()
    bar = first.filter_bar
    qtbot.mouseClick(bar.flags["needs_review"], Qt.MouseButton.LeftButton)
    bar.document.setCurrentIndex(2)
    wanted = bar.value()
    assert wanted.needs_review and not wanted.pending and wanted.document
    first.close()
    first.store.close()

    second = open_main_window(store_path)
    qtbot.addWidget(second)
    assert second.filter_bar.value() == wanted
    assert second.filter_bar.flags["needs_review"].isChecked()
    assert not second.filter_bar.flags["pending"].isChecked()
    assert second.proxy.rowCount() == first.proxy.rowCount()
    second.store.close()
