"""Setting one field on several targets is one edit: all change or none, and undo restores each."""

from __future__ import annotations

import pytest

from huangpu_tracker.edits import SetForAll
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.store import open_store


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "t.db") as store:
        yield store


@pytest.fixture
def targets(store):
    gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
    firms = store.get_or_create_indicator("黄埔区", "知识城", "高新技术企业", "家")
    return [
        store.add_target(gdp, "level", "min", 5000, "亿元", target_year=2025),
        store.add_target(firms, "level", "min", 3000, "家", target_year=2026, review_state="confirmed"),
    ]


def fields(store, ids, name):
    return [store.target(i)[name] for i in ids]


def test_one_year_for_all_and_undo_gives_each_its_own_back(store, targets):
    edit = SetForAll(targets, "target_year", 2030)
    changes = edit.apply(store)
    assert fields(store, targets, "target_year") == [2030, 2030]
    assert changes.targets == frozenset(targets)
    edit.revert(store)
    assert fields(store, targets, "target_year") == [2025, 2026]
    edit.apply(store)  # redo
    assert fields(store, targets, "target_year") == [2030, 2030]


def test_review_state_and_area_for_all(store, targets):
    SetForAll(targets, "review_state", "rejected").apply(store)
    assert fields(store, targets, "review_state") == ["rejected", "rejected"]
    edit = SetForAll(targets, "area", "科学城")
    edit.apply(store)
    assert fields(store, targets, "area") == ["科学城", "科学城"]
    edit.revert(store)
    assert fields(store, targets, "area") == [None, "知识城"]


def test_a_refused_value_changes_none_of_them(store, targets):
    with pytest.raises(TrackerError, match="年份"):
        SetForAll(targets, "target_year", "二〇三〇").apply(store)
    assert fields(store, targets, "target_year") == [2025, 2026]
    with pytest.raises(TrackerError):
        SetForAll(targets, "target_year", 3000).apply(store)
    assert fields(store, targets, "target_year") == [2025, 2026]


def test_only_the_listed_fields_and_at_least_one_target(store, targets):
    with pytest.raises(TrackerError):
        SetForAll(targets, "value", 1)
    with pytest.raises(TrackerError):
        SetForAll([], "area", "科学城")
