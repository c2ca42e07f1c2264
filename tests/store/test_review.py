"""Possible targets in the store: kept for the review of their document, out of the list of goals
until accepted; a document's items in text order and its progress; the migration that allows them."""

from __future__ import annotations

import sqlite3

from sqlite_utils.migrations import Migrations

from huangpu_tracker.edits import UpdateTarget
from huangpu_tracker.extraction.model import Extraction, Target
from huangpu_tracker.ingest import store_document
from huangpu_tracker.store import migrations, open_store, queries
from huangpu_tracker.store.review import review_counts, review_items

from .conftest import make_document

TEXT = "到2025年，地区生产总值达到4000亿元。全区常住人口200万人。研发投入强度5%。"


def _target(metric: str, value: float, quote: str, confidence: float) -> Target:
    start = TEXT.index(quote)
    return Target(
        entity="黄埔区", area=None, metric=metric, kind="level", comparator="min", value=value,
        value_hi=None, unit="", target_year=2025, period_start=None, quote=quote, start=start,
        end=start + len(quote), sentence=quote, confidence=confidence,
    )  # fmt: skip


GDP = _target("地区生产总值", 4000, "地区生产总值达到4000亿元", 0.9)
PEOPLE = _target("常住人口", 200, "全区常住人口200万人", 0.3)
RD = _target("研发投入强度", 5, "研发投入强度5%", 0.4)


def _import(store, targets=(GDP,), possible=(RD, PEOPLE), text=TEXT, name="plan.txt"):
    found = Extraction(targets=list(targets), actuals=[], possible=list(possible))
    return store_document(store, make_document(text, name), found)[0]


def test_possible_targets_are_stored_for_review_but_are_no_goals(store):
    doc_id = _import(store)
    items = review_items(store, doc_id)
    assert [(i["metric"], i["review_state"]) for i in items] == [
        ("地区生产总值", "extracted"),
        ("常住人口", "possible"),
        ("研发投入强度", "possible"),
    ]  # in text order, whatever order they were found in
    assert items[1]["confidence"] == 0.3 and items[1]["sentence"] == "全区常住人口200万人"
    assert [r["metric"] for r in queries.target_rows(store)] == ["地区生产总值"]
    assert [t["metric"] for t in store.targets()] == ["地区生产总值"]
    assert len(store.targets(review_states=["possible"])) == 2
    assert store.documents()[0]["n_targets"] == 1
    assert review_counts(store) == {doc_id: (1, 3)}


def test_accepting_or_rejecting_a_possible_target_changes_the_list_and_undo_restores(store):
    doc_id = _import(store)
    people = next(i["id"] for i in review_items(store, doc_id) if i["metric"] == "常住人口")
    accept = UpdateTarget(people, {"review_state": "confirmed"})
    assert accept.apply(store).structure  # it joins the goals: the table must reload
    assert [r["metric"] for r in queries.target_rows(store)] == ["地区生产总值", "常住人口"]
    assert review_counts(store) == {doc_id: (2, 2)}
    assert accept.revert(store).structure
    assert store.target(people)["review_state"] == "possible"
    assert not UpdateTarget(people, {"note": "待核实"}).apply(store).structure


def test_editing_a_possible_target_makes_it_an_edited_goal(store):
    doc_id = _import(store)
    rd = next(i["id"] for i in review_items(store, doc_id) if i["metric"] == "研发投入强度")
    assert store.update_target(rd, value=5.5)["review_state"] == "edited"


def test_a_goal_stated_later_lifts_the_possible_target_it_matches(store):
    first = _import(store, targets=(), possible=(RD,))
    second = _import(store, targets=(RD,), possible=(), text=TEXT + " ", name="report.txt")
    [target] = store.targets()
    assert target["review_state"] == "extracted" and target["n_sources"] == 2
    assert review_counts(store) == {first: (1, 1), second: (1, 1)}


def test_a_version_3_store_migrates_keeping_targets_and_their_sources(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    v3 = Migrations(migrations.MIGRATIONS.name)
    for migration in migrations.MIGRATIONS._migrations[:3]:
        v3(name=migration.name)(migration.fn)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", v3)
        with open_store(path) as store:
            doc_id = _import(store, possible=())
            with sqlite3.connect(path) as conn:
                try:
                    conn.execute("UPDATE targets SET review_state = 'possible'")
                    raise AssertionError("a version 3 store should refuse the state")
                except sqlite3.IntegrityError:
                    pass
            conn.close()
    with open_store(path) as store:
        assert store.backup_path is not None
        [item] = review_items(store, doc_id)
        assert (item["metric"], item["quote"]) == ("地区生产总值", "地区生产总值达到4000亿元")
        store.set_review_state(item["id"], "possible")
        assert review_counts(store) == {doc_id: (0, 1)}
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        indexes = {r[1] for r in store.db.execute("PRAGMA index_list(targets)")}
        assert {"targets_indicator", "targets_goal_key"} <= indexes
