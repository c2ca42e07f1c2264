"""Every write is logged with before/after; transactions group writes atomically."""

from __future__ import annotations

import pytest

from huangpu_tracker.store import ValidationError


def test_history_records_insert_update_delete_with_before_and_after(store):
    indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
    target = store.add_target(indicator, "level", "min", 4000, "亿元")
    store.update_target(target, value=4200)
    store.delete_target(target)
    entries = store.history("targets", target)
    assert [e["action"] for e in entries] == ["delete", "update", "insert"]
    deleted, updated, inserted = entries
    assert inserted["before"] is None and inserted["after"]["value"] == 4000
    assert updated["before"]["value"] == 4000 and updated["after"]["value"] == 4200
    assert updated["after"]["review_state"] == "edited"
    assert deleted["before"]["value"] == 4200 and deleted["after"] is None
    assert {e["table_name"] for e in store.history()} >= {"indicators", "targets"}
    assert [e["action"] for e in store.history(limit=2)] == ["delete", "update"]


def test_an_update_that_changes_nothing_is_not_logged(store):
    indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值")
    target = store.add_target(indicator, "level", "min", 4000)
    store.update_target(target, value=4000)
    assert [e["action"] for e in store.history("targets", target)] == ["insert"]


def test_transaction_rolls_back_every_write_and_its_log(store):
    with pytest.raises(RuntimeError), store.transaction():
        indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值")
        store.set_actual(indicator, 2021, 1)
        raise RuntimeError("stop")
    assert store.indicators() == [] and store.actuals() == [] and store.history() == []
    assert store.is_empty()


def test_nested_transaction_joins_the_outer_one(store):
    with store.transaction():
        indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值")
        with pytest.raises(ValidationError), store.transaction():
            store.set_actual(indicator, 2021, 1)
            store.set_actual(indicator, 1800, 1)  # refused: the nested block is undone
        store.set_actual(indicator, 2022, 2)
    assert store.accepted_series(indicator) == [(2022, 2.0)]


def test_a_failed_outer_transaction_undoes_completed_nested_ones(store):
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            store.get_or_create_indicator("黄埔区", None, "地区生产总值")
        raise RuntimeError("later failure")
    assert store.indicators() == []
