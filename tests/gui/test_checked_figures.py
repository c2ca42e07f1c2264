"""Document figures are checked before they count (issue 12): accept all lists them with checkboxes,
figures whose kind or unit does not fit their series stay suggestions with the reason shown, and a
figure equal to the typed value no longer waits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from huangpu_tracker.gui.dialogs.accept_figures_dialog import AcceptFiguresDialog
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import COLUMNS
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

FIRMS_METRIC = "测试高新技术企业"  # conftest: a suggested 2400 家 (a level) for 2022


def open_list(window) -> AcceptFiguresDialog:
    window.filter_bar.set_value(TargetFilter())
    window.actions_.accept_all.trigger()
    dialog = window.findChild(AcceptFiguresDialog, "accept_figures_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def rows(dialog) -> list[dict]:
    model = dialog.model
    return [
        {
            "offer": model.offer(r),
            "texts": [model.index(r, c).data() for c in range(model.columnCount())],
            "check": model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole),
            "enabled": bool(model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsEnabled),
        }
        for r in range(model.rowCount())
    ]


def row_quoting(dialog, text: str) -> dict:
    found = [row for row in rows(dialog) if text in row["offer"].quote]
    assert found, f"no listed figure quotes {text}"
    return found[0]


def accepted_quotes(store_path) -> list[str]:
    with open_store(store_path) as store:
        return [a["quote"] or "" for a in store.actuals() if a["status"] == "accepted"]


def test_the_list_shows_target_year_value_and_source_sentence_before_anything_is_written(window, store_path):
    dialog = open_list(window)
    assert accepted_quotes(store_path) == []  # nothing written yet
    firms = row_quoting(dialog, "高新技术企业2400家")
    assert firms["texts"][:4] == [
        f"{FIRMS_METRIC} ≥ 3000 家(2025年)",
        "2022",
        "2400 家",
        "高新技术企业2400家",
    ]
    assert firms["check"] == Qt.CheckState.Checked and firms["enabled"]


@pytest.mark.parametrize(
    ("quote", "reason"),
    [
        ("累计完成固定资产投资6172亿元", "多年合计或年均数值"),  # a five-year total, not the 2020 level
        ("百亿级项目超 30个", "数值是水平值,目标是新增"),  # a running count, not a 2020 addition
        ("新增医疗床位1550张", "单位 张 不能换算为 个"),  # 张 does not go into a 个 series
    ],
)
def test_a_figure_that_does_not_fit_its_series_is_listed_with_the_reason_and_not_accepted(
    window, store_path, quote, reason
):
    dialog = open_list(window)
    row = row_quoting(dialog, quote)
    assert reason in row["texts"][4]
    assert row["check"] is None and not row["enabled"]
    position = next(r for r in range(dialog.model.rowCount()) if dialog.model.offer(r) == row["offer"])
    tick = dialog.model.setData(
        dialog.model.index(position, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert not tick and row["offer"] not in dialog.chosen()
    dialog.accept()
    assert not any(quote in accepted for accepted in accepted_quotes(store_path))


def test_an_unticked_figure_is_not_accepted_and_the_rest_is_one_undo_step(window, store_path):
    dialog = open_list(window)
    model = dialog.model
    fitting = [row["offer"] for row in rows(dialog) if row["enabled"]]
    assert len(fitting) > 2
    first = next(r for r in range(model.rowCount()) if model.offer(r).fits)
    assert model.setData(model.index(first, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    left_out = model.offer(first)
    dialog.accept()
    with open_store(store_path) as store:
        accepted_ids = {a["id"] for a in store.actuals() if a["status"] == "accepted"}
    assert accepted_ids == {o.actual_id for o in fitting} - {left_out.actual_id}
    window.actions_.undo.trigger()
    assert accepted_quotes(store_path) == []


def test_accepting_one_unfit_figure_on_its_own_is_refused_with_the_reason(window, store_path):
    with open_store(store_path) as store:
        figure = next(a for a in store.actuals() if (a["quote"] or "").startswith("新增医疗床位1550张"))
    window.filter_bar.set_value(TargetFilter(text="新增医疗床位"))
    target = next(r for r in window.targets_model.rows() if r["indicator_id"] == figure["indicator_id"])
    assert window.table.select_id(target["id"])
    window.review.accept_actual(figure["id"], figure["year"])
    assert "单位 张 不能换算为 个" in window.statusBar().currentMessage()
    assert accepted_quotes(store_path) == []


def test_a_document_figure_equal_to_the_typed_value_is_not_pending(window, store_path):
    with open_store(store_path) as store:
        firms = store.find_indicator("黄埔区", None, FIRMS_METRIC)
        store.set_actual(firms, 2022, 0.24, "万家")  # typed in another unit: the same 2400 家
    window.filter_bar.set_value(TargetFilter(text=FIRMS_METRIC))
    target_id = window.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert window.table.select_id(target_id)
    window.side_tabs.setCurrentWidget(window.actuals)
    assert window.actuals.suggestions_model.rowCount() == 0  # nothing 待确认 left for 2022


def test_a_latest_actual_whose_unit_cannot_count_says_so(window, store_path):
    # issue 12, case 3: 1200 张 on a 个 series was shown as the latest value beside 尚无实际值
    with open_store(store_path) as store:
        target = next(t for t in store.targets() if t["metric"] == "新增医疗床位")
        store.set_actual(target["indicator_id"], 2021, 1200, "张")
    window.reload()
    window.filter_bar.set_value(TargetFilter(text="新增医疗床位"))
    row = window.targets_model.row_of(target["id"])
    latest = next(i for i, c in enumerate(COLUMNS) if c.key == "latest")
    cell = window.targets_model.index(row, latest).data()
    assert cell.startswith("1200 张 (2021)") and "单位不符" in cell
    assert window.targets_model.row_dict(row)["status"] == "not_assessable"


def test_the_actuals_tab_says_why_a_figure_does_not_fit(window, store_path):
    window.filter_bar.set_value(TargetFilter(text="新增医疗床位"))
    with open_store(store_path) as store:
        figure = next(a for a in store.actuals() if (a["quote"] or "").startswith("新增医疗床位1550张"))
    target = next(r for r in window.targets_model.rows() if r["indicator_id"] == figure["indicator_id"])
    assert window.table.select_id(target["id"])
    window.side_tabs.setCurrentWidget(window.actuals)
    model = window.actuals.suggestions_model
    status = model.index(model.row_of_id(figure["id"]), 2).data()
    assert status.startswith("待确认") and "单位 张 不能换算为 个" in status
