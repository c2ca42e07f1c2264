"""Reversible edits against a real store, without Qt: apply, revert and re-apply give back the same rows."""

from __future__ import annotations

import pytest

from huangpu_tracker.edits import (
    AcceptActual,
    AddTarget,
    ClearActual,
    Compound,
    DeleteTarget,
    DismissActual,
    MergeTargets,
    SetActual,
    SetActualNote,
    UpdateTarget,
)
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.store import open_store, queries
from huangpu_tracker.store.queries import target_rows


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "t.db") as store:
        yield store


@pytest.fixture
def indicator(store):
    return store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")


@pytest.fixture
def target(store, indicator):
    return store.add_target(indicator, "level", "min", 5000, "亿元", target_year=2025)


def accepted(store, indicator):
    return dict(store.accepted_series(indicator))


def test_update_target_reverts_value_and_review_state(store, target):
    edit = UpdateTarget(target, {"value": 5200.0})
    changes = edit.apply(store)
    assert changes.targets == {target}
    assert store.target(target)["value"] == 5200
    assert store.target(target)["review_state"] == "edited"
    edit.revert(store)
    assert store.target(target)["value"] == 5000
    assert store.target(target)["review_state"] == "extracted"


def test_update_target_metric_moves_and_returns(store, target, indicator):
    edit = UpdateTarget(target, {"metric": "GDP"})
    edit.apply(store)
    assert store.target(target)["metric"] == "GDP"
    edit.revert(store)
    assert store.target(target)["indicator_id"] == indicator


def test_refused_update_leaves_target_unchanged(store, target):
    with pytest.raises(TrackerError):
        UpdateTarget(target, {"target_year": 2200}).apply(store)
    assert store.target(target)["target_year"] == 2025


def test_set_actual_undo_redo_keeps_ids(store, indicator):
    edit = SetActual(indicator, 2023, value=4500.0, unit="亿元")
    edit.apply(store)
    first_id = store.actuals(indicator)[0]["id"]
    edit.revert(store)
    assert accepted(store, indicator) == {}
    edit.apply(store)
    assert accepted(store, indicator) == {2023: 4500}
    assert store.actuals(indicator)[0]["id"] == first_id


def test_retyping_a_manual_value_corrects_it_in_place(store, indicator):
    SetActual(indicator, 2023, value=4500.0, unit="亿元").apply(store)
    fix = SetActual(indicator, 2023, value=4600.0, unit="亿元")
    fix.apply(store)
    assert [a["value"] for a in store.actuals(indicator)] == [4600]
    fix.revert(store)
    assert accepted(store, indicator) == {2023: 4500}


def test_typed_value_keeps_document_value_as_alternative(store, indicator):
    suggestion = store.add_suggested_actual(indicator, 2022, 4300, "亿元")
    AcceptActual(indicator, 2022, actual_id=suggestion).apply(store)
    edit = SetActual(indicator, 2022, value=4350.0, unit="亿元")
    edit.apply(store)
    statuses = {a["value"]: a["status"] for a in store.actuals(indicator)}
    assert statuses == {4350: "accepted", 4300: "alternative"}
    edit.revert(store)
    assert accepted(store, indicator) == {2022: 4300}
    assert len(store.actuals(indicator)) == 1


def test_accept_and_dismiss_suggestion_revert_to_suggested(store, indicator):
    suggestion = store.add_suggested_actual(indicator, 2021, 4000, "亿元")
    accept = AcceptActual(indicator, 2021, actual_id=suggestion)
    accept.apply(store)
    assert accepted(store, indicator) == {2021: 4000}
    accept.revert(store)
    assert store.actual(suggestion)["status"] == "suggested"
    dismiss = DismissActual(indicator, 2021, actual_id=suggestion)
    dismiss.apply(store)
    assert store.actual(suggestion)["status"] == "dismissed"
    dismiss.revert(store)
    assert store.actual(suggestion)["status"] == "suggested"


def test_clear_and_note(store, indicator):
    SetActual(indicator, 2020, value=1.0, unit="亿元").apply(store)
    note = SetActualNote(indicator, 2020, note="统计公报")
    note.apply(store)
    assert store.actuals(indicator)[0]["note"] == "统计公报"
    clear = ClearActual(indicator, 2020)
    clear.apply(store)
    assert store.actuals(indicator) == []
    clear.revert(store)
    assert store.actuals(indicator)[0]["note"] == "统计公报"


def test_compound_is_all_or_nothing(store, indicator):
    good = [SetActual(indicator, year, value=float(year), unit="亿元") for year in (2020, 2021)]
    bad = SetActual(indicator, 2300, value=1.0, unit="亿元")
    with pytest.raises(TrackerError):
        Compound([*good, bad]).apply(store)
    assert accepted(store, indicator) == {}
    paste = Compound(good)
    paste.apply(store)
    assert accepted(store, indicator) == {2020: 2020, 2021: 2021}
    paste.revert(store)
    assert accepted(store, indicator) == {}


def test_add_delete_merge_round_trip(store, target):
    add = AddTarget("黄埔区", None, "高新技术企业", "level", "min", 3000, "家", target_year=2025)
    changes = add.apply(store)
    assert changes.structure
    assert store.target(add.target_id)["review_state"] == "confirmed"
    add.revert(store)
    add.apply(store)
    assert store.target(add.target_id)["metric"] == "高新技术企业"

    delete = DeleteTarget(add.target_id)
    delete.apply(store)
    assert len(target_rows(store)) == 1
    delete.revert(store)
    assert len(target_rows(store)) == 2

    merge = MergeTargets(target, add.target_id)
    merge.apply(store)
    assert [r["id"] for r in target_rows(store)] == [target]
    merge.revert(store)
    assert sorted(r["id"] for r in target_rows(store)) == sorted([target, add.target_id])


def test_target_rows_carry_latest_actual_and_sources(store, target, indicator):
    SetActual(indicator, 2022, value=4000.0, unit="亿元").apply(store)
    SetActual(indicator, 2023, value=4500.0, unit="亿元").apply(store)
    row = target_rows(store)[0]
    assert (row["latest_year"], row["latest_value"], row["latest_unit"]) == (2023, 4500, "亿元")
    assert row["source_count"] == 0
    assert row["document_ids"] == []


def test_actual_history_of_a_series_newest_first_with_deleted_rows(store, indicator):
    other = store.get_or_create_indicator("黄埔区", None, "固定资产投资", "亿元")
    SetActual(other, 2022, value=1.0).apply(store)
    SetActual(indicator, 2022, value=4000.0, unit="亿元").apply(store)
    clear = ClearActual(indicator, 2022)
    clear.apply(store)  # a manual value is deleted
    SetActual(indicator, 2023, value=4500.0, unit="亿元").apply(store)
    history = queries.actual_history(store, indicator)
    assert [(e["action"], (e["after"] or e["before"])["year"]) for e in history] == [
        ("insert", 2023),
        ("delete", 2022),
        ("insert", 2022),
    ]
    assert [e["action"] for e in queries.actual_history(store, other)] == ["insert"]


def test_edits_need_no_qt():
    """The reversible edits are core code: they import in an interpreter where Qt cannot load."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "for blocked in ('PySide6', 'pyqtgraph', 'shiboken6'):\n"
        "    sys.modules[blocked] = None\n"
        "import huangpu_tracker.edits\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
