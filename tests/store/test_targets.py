"""Indicators and targets: create, filter, edit (review states), validate, merge, delete."""

from __future__ import annotations

import math

import pytest

from huangpu_tracker.store import NotFoundError, ValidationError

from .conftest import make_document


@pytest.fixture
def gdp(store):
    return store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")


def test_indicator_identity_ignores_spacing_and_width(store, gdp):
    assert store.get_or_create_indicator(" 黄埔区", "", "地区生产总值 ") == gdp
    assert store.get_or_create_indicator("黄埔区", "中新广州知识城", "地区生产总值") != gdp
    assert store.find_indicator("黄埔区", None, "税收") is None
    [row] = [i for i in store.indicators() if i["id"] == gdp]
    assert row["unit"] == "亿元" and row["n_targets"] == 0


def test_indicator_unit_is_filled_in_later(store):
    rd = store.get_or_create_indicator("黄埔区", None, "研发投入强度")
    store.get_or_create_indicator("黄埔区", None, "研发投入强度", "%")
    assert store.indicator(rd)["unit"] == "%"


def test_rename_indicator_refuses_a_clash(store, gdp):
    tax = store.get_or_create_indicator("黄埔区", None, "税收")
    with pytest.raises(ValidationError, match="already exists"):
        store.update_indicator(tax, metric="地区生产总值")
    assert store.update_indicator(tax, metric="税收收入")["metric"] == "税收收入"


def test_add_target_with_source_and_filters(store, gdp):
    doc_id = store.add_document(make_document())
    t1 = store.add_target(gdp, "level", "min", 4000, "亿元", target_year=2025, document_id=doc_id, start=4)
    t2 = store.add_target(gdp, "avg_growth", "approx", 7, "%", target_year=2025, period_start=2021)
    store.add_target(
        store.get_or_create_indicator("广州市", None, "地区生产总值"), "level", "min", 3, "万亿元"
    )
    row = store.target(t1)
    assert (row["entity"], row["metric"], row["n_sources"], row["document_name"]) == (
        "黄埔区",
        "地区生产总值",
        1,
        "plan.txt",
    )
    assert [t["id"] for t in store.targets(entity="黄埔区", year=2025)] == [t1, t2]
    store.set_review_state(t2, "rejected")
    assert [t["id"] for t in store.targets(entity="黄埔区", review_states=["extracted"])] == [t1]
    assert store.find_target("missing") is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("target_year", 1900, "outside 1949–2100"),
        ("target_year", 2025.5, "whole year"),
        ("value", math.nan, "finite number"),
        ("value", math.inf, "finite number"),
        ("kind", "someday", "kind must be one of"),
        ("comparator", "about", "comparator must be one of"),
        ("review_state", "maybe", "review_state must be one of"),
    ],
)
def test_bad_target_values_are_refused_and_nothing_is_written(store, gdp, field, value, message):
    fields = {"kind": "level", "comparator": "min", "value": 1.0, field: value}
    with pytest.raises(ValidationError, match=message):
        store.add_target(gdp, **fields)
    assert store.targets() == []
    target = store.add_target(gdp, "level", "min", 1.0)
    with pytest.raises(ValidationError, match=message):
        store.update_target(target, **{field: value})
    assert store.target(target)["review_state"] == "extracted"


def test_range_needs_an_upper_bound_not_below_the_value(store, gdp):
    with pytest.raises(ValidationError, match="value_hi"):
        store.add_target(gdp, "level", "range", 10, "%", value_hi=5)


def test_editing_a_value_marks_the_target_edited(store, gdp):
    target = store.add_target(gdp, "level", "min", 4000, "亿元", target_year=2025)
    assert store.update_target(target, note="checked against the PDF")["review_state"] == "extracted"
    store.set_review_state(target, "confirmed")
    edited = store.update_target(target, value=4200)
    assert (edited["value"], edited["review_state"]) == (4200, "edited")
    again = store.update_target(target, value=4300, review_state="confirmed")
    assert again["review_state"] == "confirmed"
    rejected = store.set_review_state(target, "rejected")
    assert store.update_target(target, value=1)["review_state"] == rejected["review_state"] == "rejected"


def test_moving_a_target_to_another_series(store, gdp):
    target = store.add_target(gdp, "level", "min", 4000, "亿元")
    moved = store.update_target(target, area="中新广州知识城")
    assert moved["area"] == "中新广州知识城" and moved["indicator_id"] != gdp
    assert moved["review_state"] == "edited"


def test_unknown_field_is_refused(store, gdp):
    target = store.add_target(gdp, "level", "min", 4000)
    with pytest.raises(ValidationError, match="cannot change target field"):
        store.update_target(target, created_at="yesterday")


def test_merge_moves_sources_and_deletes_the_other(store, gdp):
    a = store.add_document(make_document(name="a.txt"))
    b = store.add_document(make_document("另一个文件：地区生产总值达到4000亿元。", name="b.txt"))
    keep = store.add_target(gdp, "level", "reach", 4000, "亿元", document_id=a, start=3)
    drop = store.add_target(gdp, "level", "reach", 4000, "亿元", document_id=b, start=8)
    store.add_target_source(drop, a, start=3)  # already a source of `keep`: dropped, not duplicated
    merged = store.merge_targets(keep, drop)
    assert merged["n_sources"] == 2
    assert sorted((s["document_name"], s["start"]) for s in store.target_sources(keep)) == [
        ("a.txt", 3),
        ("b.txt", 8),
    ]
    with pytest.raises(NotFoundError):
        store.target(drop)
    with pytest.raises(ValidationError):
        store.merge_targets(keep, keep)


def test_adding_the_same_source_twice_keeps_one(store, gdp):
    doc_id = store.add_document(make_document())
    target = store.add_target(gdp, "level", "reach", 4000, document_id=doc_id, start=3)
    first = store.target_sources(target)[0]["id"]
    assert store.add_target_source(target, doc_id, start=3) == first
    assert store.target(target)["n_sources"] == 1


def test_delete_target_removes_its_sources(store, gdp):
    doc_id = store.add_document(make_document())
    target = store.add_target(gdp, "level", "reach", 4000, document_id=doc_id, start=3)
    store.delete_target(target)
    assert store.targets() == [] and store.target_sources(target) == []
