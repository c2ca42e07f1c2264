"""Edit → accept all conflict-free document figures: a list with checkboxes, then one undoable step for
the shown targets; the targets table shows a target's latest suggested figure, marked to confirm,
until one is accepted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.dialogs.accept_figures_dialog import AcceptFiguresDialog
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import COLUMNS
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

FIRMS_METRIC = "测试高新技术企业"  # conftest: a suggested 2400 家 for 2022
LATEST = next(i for i, c in enumerate(COLUMNS) if c.key == "latest")


def add_conflicting_year(store_path) -> int:
    """Two documents disagree about the firms' 2023 figure; returns the firms' indicator id."""
    with open_store(store_path) as store:
        indicator = store.find_indicator("黄埔区", None, FIRMS_METRIC)
        first, second = (d["id"] for d in store.documents()[:2])
        for value, doc in ((2700, first), (2750, second)):
            store.add_suggested_actual(
                indicator, 2023, value, "家", document_id=doc, quote=f"企业{value}家", reported_kind="level"
            )
    return indicator


def open_list(window) -> AcceptFiguresDialog:
    """Edit → accept all: the list of figures it offers, before anything is written."""
    window.actions_.accept_all.trigger()
    dialog = window.findChild(AcceptFiguresDialog, "accept_figures_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.fixture
def answers() -> list[str]:
    """The summaries the lists of `accept_all` showed."""
    return []


def accept_all(window, asked: list[str]) -> None:
    """Edit → accept all, its list answered with 采纳所选 as ticked."""
    dialog = open_list(window)
    asked.append(dialog.summary.text())
    dialog.accept()


def counts(window) -> dict[str, int]:
    rows = window.store._rows("SELECT status, count(*) AS n FROM actuals GROUP BY status")
    return {r["status"]: r["n"] for r in rows}


def statuses(window) -> dict[int, str]:
    return {r["id"]: r.get("status") or "not_assessable" for r in window.targets_model.rows()}


def firms_years(window, indicator: int) -> dict[int, list[str]]:
    years: dict[int, list[str]] = {}
    for row in window.store.actuals(indicator):
        years.setdefault(row["year"], []).append(row["status"])
    return years


def latest_cell(window, metric: str):
    window.filter_bar.set_value(TargetFilter(text=metric))
    return window.proxy.index(0, LATEST)


def test_conflict_free_figures_of_every_shown_target_are_accepted_in_one_undo_step(
    window, store_path, answers
):
    indicator = add_conflicting_year(store_path)
    window.filter_bar.set_value(TargetFilter())  # every target
    before, statuses_before = counts(window), statuses(window)
    assert before.get("accepted", 0) == 0

    accept_all(window, answers)

    after = counts(window)
    accepted = after["accepted"]
    assert accepted > 1
    assert f"{accepted} 个文件数值可采纳" in answers[0] and "1 个年份" not in answers[0]
    assert after["suggested"] == before["suggested"] - accepted
    assert firms_years(window, indicator) == {2022: ["accepted"], 2023: ["suggested", "suggested"]}
    assert f"已采纳 {accepted} 个文件数值" in window.statusBar().currentMessage()
    assessable = [i for i, s in statuses(window).items() if s != statuses_before[i]]
    assert assessable and all(statuses_before[i] == "not_assessable" for i in assessable)

    window.actions_.undo.trigger()
    assert counts(window) == before
    assert statuses(window) == statuses_before
    window.actions_.redo.trigger()
    assert counts(window)["accepted"] == accepted


def test_only_the_series_of_the_filtered_targets_are_touched(window, store_path, answers):
    indicator = add_conflicting_year(store_path)
    window.filter_bar.set_value(TargetFilter(text=FIRMS_METRIC))
    accept_all(window, answers)
    assert "1 个目标" in answers[0] and "1 个年份的数值相互冲突" in answers[0]
    assert counts(window)["accepted"] == 1
    assert dict(window.store.accepted_series(indicator)) == {2022: 2400}
    assert "1 个年份的数值相互冲突" in window.statusBar().currentMessage()


def test_declining_the_confirmation_accepts_nothing(window):
    window.filter_bar.set_value(TargetFilter())
    open_list(window).reject()
    assert counts(window).get("accepted", 0) == 0
    assert not window.undo_stack.canUndo()


def test_the_table_shows_a_suggested_latest_value_to_confirm_until_it_is_accepted(window, answers):
    cell = latest_cell(window, FIRMS_METRIC)
    assert cell.data() == "2400 家 (2022) (待确认)"
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert window.proxy.index(0, 0).data() == "无法评估"  # a suggestion is never assessed

    accept_all(window, answers)
    cell = latest_cell(window, FIRMS_METRIC)
    assert cell.data() == "2400 家 (2022)"
    assert cell.data(Qt.ItemDataRole.FontRole) is None
