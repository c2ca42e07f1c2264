"""After an import, what the analyst must decide is said: the merge offers it raised ("发现 1 处可能
重复的目标", with a button that opens them), a file skipped as a copy of a stored document's text (by
that document's label). The offers dialog answers each offer with 合并 / 保留两者 by key; undo
restores; a goal with an open offer is marked in the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from huangpu_tracker.gui.models.targets_filter import TargetFilter

pytestmark = pytest.mark.qt_log_ignore(  # offscreen
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

RD_PLAN = "黄埔区科技创新“十四五”规划\n\n到2025年，黄埔区全社会研发经费投入强度达到5%左右。\n"


def import_and_wait(window, qtbot, files):
    run = window.imports.import_files(files)
    with qtbot.waitSignal(run.finished, timeout=60000):
        pass
    return window.imports.last_report


@pytest.fixture
def offered(window, qtbot, tmp_path):
    """The R&D goal of seed 001 (超过5% by 2025) restated as 5%左右 in a new document."""
    path = tmp_path / "科技创新规划.txt"
    path.write_text(RD_PLAN, encoding="utf-8")
    report = import_and_wait(window, qtbot, [path])
    assert report.offers == [(path, 1)]
    return window.store.merge_offers()[0]


def rd_goals(window) -> list[int]:
    return [t["id"] for t in window.store.targets(entity="黄埔区") if t["metric"] == "全社会研发经费投入强度"]


def test_the_import_summary_says_how_many_offers_and_opens_them(offered, window, qtbot):
    box = window.findChild(QMessageBox, "import_summary")
    assert box is not None and box.isVisible()
    assert "发现 1 处可能重复的目标" in box.informativeText()
    assert "科技创新规划.txt" in box.text()
    button = window.findChild(object, "review_offers")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.merge_offers.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    new, existing, why = (dialog.model.index(0, c).data() for c in range(3))
    assert "全社会研发经费投入强度" in new and "《" in new and "2025" in new
    assert "全社会研发经费投入强度" in existing and "《" in existing
    assert why == offered["reason"] and "目标年相同" in why
    dialog.close()


def test_an_offered_goal_is_marked_and_found_by_its_filter(offered, window, qtbot):
    window.filter_bar.set_value(TargetFilter(merge_offer=True))
    model = window.proxy
    review = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "审核"
    )
    marks = {
        model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2): model.index(r, review).data()
        for r in range(model.rowCount())
    }
    assert set(marks) == {offered["target_id"], offered["existing_id"]}
    assert all(text.endswith("· 可合并") for text in marks.values())


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_M])
def test_enter_or_m_merges_and_undo_restores_the_twin(key, offered, window, qtbot):
    before = rd_goals(window)
    existing_sources = len(window.store.target_sources(offered["existing_id"]))
    window.actions_.merge_offers.trigger()
    dialog = window.merge_offers.dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.view, key)
    assert offered["target_id"] not in rd_goals(window)
    assert len(window.store.target_sources(offered["existing_id"])) == existing_sources + 1
    assert dialog.model.rowCount() == 0 and window.store.merge_offers() == []
    assert window.targets_model.row_of(offered["target_id"]) is None  # the table read again

    window.actions_.undo.trigger()
    assert sorted(rd_goals(window)) == sorted(before)
    assert len(window.store.target_sources(offered["existing_id"])) == existing_sources
    assert dialog.model.rowCount() == 1  # the offer is open again, listed at once
    assert window.targets_model.row_of(offered["target_id"]) is not None
    dialog.close()


def test_k_keeps_both_goals(offered, window, qtbot):
    before = rd_goals(window)
    dialog = window.merge_offers.open_dialog()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.view, Qt.Key.Key_K)
    assert rd_goals(window) == before
    assert window.store.merge_offer(offered["id"])["state"] == "declined"
    assert dialog.model.rowCount() == 0 and not dialog.merge_button.isEnabled()
    row = window.targets_model.row_of(offered["target_id"])
    assert window.targets_model.row_dict(row)["merge_offer"] is None  # the mark is gone
    window.actions_.undo.trigger()
    assert window.store.merge_offer(offered["id"])["state"] == "open"
    assert dialog.model.rowCount() == 1 and dialog.merge_button.isEnabled()
    dialog.close()


def test_a_copy_of_a_stored_text_is_reported_by_the_documents_label(window, qtbot, tmp_path, seeds_dir):
    seed = seeds_dir / "002_35b90cdcc3118352.txt"
    copy = tmp_path / "另存为GBK.txt"
    copy.write_bytes(seed.read_text(encoding="utf-8").encode("gb18030"))
    documents = len(window.documents)
    report = import_and_wait(window, qtbot, [copy])
    [(_path, stored)] = report.same_text
    assert len(window.documents) == documents
    label = window.documents[stored]["label"]
    box = window.findChild(QMessageBox, "import_summary")
    assert box is not None and f"另存为GBK.txt 与已导入的{label}内容相同，已跳过" in box.text()
    assert "《" in label
    assert f"与已导入的{label}内容相同" in window.statusBar().currentMessage()
    box.close()


def test_the_offers_dialog_speaks_english_in_english_mode(offered, window, qtbot, monkeypatch):
    from huangpu_tracker.gui import settings

    monkeypatch.setattr(settings, "_language", "en")
    dialog = window.merge_offers.open_dialog()
    headers = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["New goal", "Existing goal", "Why alike"]
    assert (dialog.merge_button.text(), dialog.keep_button.text()) == ("&Merge", "&Keep both")
    assert dialog.windowTitle() == "Possible duplicate goals"
    assert "(2025)" in dialog.model.index(0, 0).data()  # the goal's year, in English
    dialog.close()
