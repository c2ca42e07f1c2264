"""Actuals: one accepted value per indicator and year, suggestions, conflicts."""

from __future__ import annotations

import sqlite3

import pytest

from huangpu_tracker.store import ValidationError

from .conftest import make_document


@pytest.fixture
def gdp(store):
    return store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")


def _statuses(store, indicator):
    return {(a["year"], a["value"]): a["status"] for a in store.actuals(indicator)}


def test_setting_a_year_again_keeps_the_old_value_as_alternative(store, gdp):
    first = store.set_actual(gdp, 2021, 3500, "亿元", note="统计公报")
    second = store.set_actual(gdp, 2021, 3600, "亿元")
    assert _statuses(store, gdp) == {(2021, 3500): "alternative", (2021, 3600): "accepted"}
    assert store.accepted_series(gdp) == [(2021, 3600.0)]
    store.accept_actual(first)
    assert store.actual(second)["status"] == "alternative"
    assert store.accepted_series(gdp) == [(2021, 3500.0)]
    assert store.conflicts() == []  # alternatives are decided values, not conflicts


def test_the_database_itself_refuses_two_accepted_values(store, gdp):
    store.set_actual(gdp, 2021, 3500)
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO actuals (indicator_id, year, value, source_kind, status, created_at, updated_at) "
            "VALUES (?, 2021, 1, 'manual', 'accepted', 'now', 'now')",
            [gdp],
        )


def test_suggestions_are_never_accepted_silently_and_conflicts_are_flagged(store, gdp):
    doc_id = store.add_document(make_document())
    accepted = store.set_actual(gdp, 2020, 3000, "亿元")
    agreeing = store.add_suggested_actual(
        gdp, 2020, 3000, "亿元", document_id=doc_id, start=1, quote="3000亿元"
    )
    assert store.conflicts() == []
    disagreeing = store.add_suggested_actual(gdp, 2020, 3100, "亿元", document_id=doc_id, start=40)
    assert store.add_suggested_actual(gdp, 2020, 3100, "亿元", document_id=doc_id, start=40) == disagreeing
    assert store.accepted_series(gdp) == [(2020, 3000.0)]
    [conflict] = store.conflicts(gdp)
    assert (conflict["year"], conflict["actual_ids"]) == (2020, [accepted, agreeing, disagreeing])
    assert all(a["conflict"] for a in store.actuals(gdp))
    assert store.actual(agreeing)["document_name"] == "plan.txt"

    store.dismiss_actual(disagreeing)
    assert store.conflicts() == []
    assert [a["status"] for a in store.actuals(gdp, include_suggested=False)] == ["accepted"]


def test_two_disagreeing_suggestions_conflict_without_an_accepted_value(store, gdp):
    store.add_suggested_actual(gdp, 2019, 2800, "亿元")
    store.add_suggested_actual(gdp, 2019, 2.8, "千亿元")
    assert len(store.conflicts()) == 1
    assert store.accepted_series(gdp) == []


def test_update_and_delete_actuals(store, gdp):
    actual = store.set_actual(gdp, 2021, 3500)
    other = store.set_actual(gdp, 2022, 3900)
    store.update_actual(actual, year=2022, value=3950)
    assert store.actual(other)["status"] == "alternative"
    assert store.accepted_series(gdp) == [(2022, 3950.0)]
    store.delete_actual(actual)
    assert [a["id"] for a in store.actuals(gdp)] == [other]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": 1948}, "outside"),
        ({"year": 2101}, "outside"),
        ({"value": float("nan")}, "finite"),
        ({"value": "12"}, "finite"),
        ({"source_kind": "rumour"}, "source_kind"),
    ],
)
def test_bad_actuals_are_refused(store, gdp, kwargs, message):
    values = {"year": 2021, "value": 1.0} | kwargs
    with pytest.raises(ValidationError, match=message):
        store.set_actual(gdp, **values)
    assert store.actuals() == []


def test_a_suggestion_stating_the_accepted_amount_agrees_and_is_no_conflict(store, gdp):
    # issue 12, case 6: a document figure equal to the typed value stayed 待确认 forever
    doc = store.add_document(make_document())
    suggested = store.add_suggested_actual(gdp, 2021, 8650, "亿元", document_id=doc, reported_kind="level")
    other = store.add_suggested_actual(
        gdp, 2022, 9000, "亿元", document_id=doc, start=5, reported_kind="level"
    )
    store.set_actual(gdp, 2021, 0.865, "万亿元")
    rows = {a["id"]: a for a in store.actuals(gdp)}
    assert rows[suggested]["agrees"] and not rows[suggested]["conflict"]
    assert not rows[other]["agrees"]
    assert store.conflicts(gdp) == []
    store.set_actual(gdp, 2021, 0.87, "万亿元")
    rows = {a["id"]: a for a in store.actuals(gdp)}
    assert not rows[suggested]["agrees"] and rows[suggested]["conflict"]


def test_a_reported_kind_must_be_known(store, gdp):
    with pytest.raises(ValidationError, match="reported_kind"):
        store.add_suggested_actual(gdp, 2021, 1, "亿元", reported_kind="stock")
