"""Every item model passes Qt's model tester; the targets model sorts in Python, the proxy filters."""

from __future__ import annotations

from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.actuals_model import ActualsModel
from huangpu_tracker.gui.models.history_model import HistoryModel, describe_action, describe_change
from huangpu_tracker.gui.models.sources_model import SourcesModel
from huangpu_tracker.gui.models.targets_filter import TargetFilter, TargetsFilterProxy
from huangpu_tracker.gui.models.targets_model import COLUMNS, ID_ROLE, TargetsTableModel


def row(i: int, **extra) -> dict:
    base = {
        "id": i,
        "indicator_id": i,
        "entity": "黄埔区",
        "area": None,
        "metric": f"指标{i}",
        "kind": "level",
        "comparator": "min",
        "value": float(i),
        "value_hi": None,
        "unit": "%",
        "target_year": 2020 + i,
        "period_start": None,
        "baseline_value": None,
        "baseline_year": None,
        "quote": f"原文{i}",
        "review_state": "extracted",
        "document_id": None,
        "set_year": 2021,
        "source_count": 1,
        "document_ids": [1],
        "latest_year": None,
        "latest_value": None,
        "latest_unit": None,
        "status": "not_assessable",
        "progress": None,
    }
    return base | extra


def test_targets_model_and_proxy_pass_the_model_tester(qtmodeltester):
    model = TargetsTableModel([row(i) for i in range(1, 6)])
    qtmodeltester.check(model)
    proxy = TargetsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter(TargetFilter(text="指标3"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_targets_model_sorts_with_empty_values_last(qtmodeltester):
    model = TargetsTableModel([row(1, latest_year=2022), row(2), row(3, latest_year=2020)])
    latest = [c.key for c in COLUMNS].index("latest")
    for order, expected in (
        (Qt.SortOrder.AscendingOrder, [3, 1, 2]),
        (Qt.SortOrder.DescendingOrder, [1, 3, 2]),
    ):
        model.sort(latest, order)
        assert [model.index(r, 0).data(ID_ROLE) for r in range(3)] == expected
    qtmodeltester.check(model)


def test_update_rows_refreshes_cells_in_place(qtbot):
    model = TargetsTableModel([row(1), row(2)])
    review = [c.key for c in COLUMNS].index("review")
    assert model.index(0, review).data() == "待审核"
    with qtbot.waitSignal(model.dataChanged):
        model.update_rows([row(1, review_state="confirmed")])
    assert model.index(0, review).data() == "已确认"


def test_actuals_model_passes_the_model_tester(qtmodeltester):
    performed = []
    model = ActualsModel(performed.append)
    target = row(1, target_year=2025, period_start=2021)
    actual = {
        "id": 1,
        "indicator_id": 1,
        "year": 2022,
        "value": 3.0,
        "unit": "%",
        "source_kind": "manual",
        "status": "accepted",
        "note": None,
        "document_name": None,
        "conflict": False,
        "quote": None,
    }
    model.set_target(target, [actual])
    qtmodeltester.check(model)
    assert [model.year_at(r) for r in range(model.rowCount())] == list(range(2020, 2028))
    assert model.setData(model.index(model.row_of_year(2023), 1), "3.5 %")
    assert performed[0].value == 3.5 and performed[0].year == 2023
    model.set_actuals([actual, actual | {"id": 2, "year": 2031}])  # rows added at the end
    assert model.year_at(model.rowCount() - 1) == 2033
    model.set_actuals([actual | {"year": 2015}])  # rows added before, removed after
    assert (model.year_at(0), model.year_at(model.rowCount() - 1)) == (2015, 2027)


def test_sources_and_history_models_pass_the_model_tester(qtmodeltester):
    sources = SourcesModel()
    sources.set_sources([{"document_name": "a.txt", "quote": "超过5%", "sentence": "…超过5%。"}])
    qtmodeltester.check(sources)
    history = HistoryModel()
    entry = {
        "ts": "2026-01-01T10:00:00+00:00",
        "action": "update",
        "before": {"value": 5, "updated_at": "x"},
        "after": {"value": 6, "updated_at": "y"},
    }
    history.set_entries([entry])
    qtmodeltester.check(history)
    assert describe_change(entry) == "目标值: 5 → 6"
    assert history.index(0, 1).data() == "修改目标"


def test_history_reads_as_words():
    review = {
        "table_name": "targets",
        "action": "update",
        "before": {"review_state": "extracted", "value": 5.0},
        "after": {"review_state": "confirmed", "value": 5.5},
    }
    assert describe_change(review) == "审核: 待审核 → 已确认；目标值: 5 → 5.5"
    found = {"status": "suggested", "year": 2022, "value": 2400.0, "unit": "家", "source_kind": "document"}
    inserted = {"table_name": "actuals", "action": "insert", "before": None, "after": found}
    assert (describe_action(inserted), describe_change(inserted)) == (
        "新建 2022年实际值",
        "2400 家 · 待确认 · 来自文件",
    )
    accepted = {
        "table_name": "actuals",
        "action": "update",
        "before": found,
        "after": found | {"status": "accepted"},
    }
    assert (describe_action(accepted), describe_change(accepted)) == (
        "采纳 2022年实际值",
        "状态: 待确认 → 已采纳",
    )


def test_suggestions_model_passes_the_model_tester_and_marks_conflicts(qtmodeltester):
    from huangpu_tracker.gui.models.suggestions_model import SuggestionsModel

    def actual(i: int, year: int, status: str, conflict: bool = False) -> dict:
        return {
            "id": i,
            "year": year,
            "value": 4.5 + i,
            "unit": "%",
            "status": status,
            "conflict": conflict,
            "source_kind": "document",
            "document_name": "003.txt",
            "quote": "4.5%",
        }

    model = SuggestionsModel()
    model.set_actuals(
        [actual(1, 2021, "suggested", True), actual(2, 2020, "accepted"), actual(3, 2019, "alternative")]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the accepted value is not pending
    assert [model.actual(r)["year"] for r in range(2)] == [2019, 2021]
    assert "冲突" in model.index(1, 2).data()
