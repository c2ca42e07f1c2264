"""What is left to review: possible targets kept per document (made goals or rejected, undoably)
and each document's progress ("13 个目标，23 个待审核"), listed by `huangpu-tracker documents`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.edits import PromotePossible, RejectPossible, UpdateTarget
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.store.review import document_progress, progress_text


@pytest.fixture
def store(seed_002):
    return seed_002


def _doc(store):
    [doc] = store.documents()
    return doc


def test_possible_targets_are_kept_with_their_document_in_text_order(store):
    doc = _doc(store)
    possible = store.possible_targets(doc["id"])
    assert len(possible) == 10
    assert [p["start"] for p in possible] == sorted(p["start"] for p in possible)
    assert all(p["confidence"] < 0.5 and p["state"] == "open" for p in possible)
    first = possible[0]
    assert store.document(doc["id"])["text"][first["start"] : first["end"]] == first["quote"]


def test_document_progress_counts_goals_and_what_is_left_to_review(store):
    doc = _doc(store)
    assert (doc["n_goals"], doc["n_unreviewed"], doc["n_possible"], doc["n_to_review"]) == (13, 13, 10, 23)
    assert progress_text(doc) == "13 个目标，23 个待审核"
    goal = store.targets()[0]
    UpdateTarget(goal["id"], {"review_state": "confirmed"}).apply(store)
    RejectPossible(store.possible_targets()[0]["id"]).apply(store)
    assert document_progress(store)[doc["id"]] == {
        "n_goals": 13,
        "n_unreviewed": 12,
        "n_possible": 9,
        "n_to_review": 21,
    }
    store.set_review_state(goal["id"], "rejected")
    assert document_progress(store)[doc["id"]]["n_goals"] == 12


def test_a_possible_target_made_a_goal_is_confirmed_with_its_sentence_and_can_be_undone(store):
    possible = store.possible_targets()[1]
    edit = PromotePossible(possible["id"], {"value": possible["value"], "target_year": 2023})
    edit.apply(store)
    goal = store.target(edit.target_id)
    assert (goal["review_state"], goal["target_year"], goal["quote"]) == (
        "confirmed",
        2023,
        possible["quote"],
    )
    [source] = store.target_sources(goal["id"])
    assert (source["document_id"], source["start"]) == (possible["document_id"], possible["start"])
    assert store.possible_target(possible["id"])["state"] == "promoted"
    assert _doc(store)["n_goals"] == 14 and _doc(store)["n_possible"] == 9
    with pytest.raises(TrackerError, match="already reviewed"):
        RejectPossible(possible["id"]).apply(store)

    edit.revert(store)
    assert all(t["id"] != edit.target_id for t in store.targets())
    assert store.possible_target(possible["id"])["state"] == "open"
    edit.apply(store)  # redo: the same goal again
    assert store.target(edit.target_id)["target_year"] == 2023


def test_rejecting_a_possible_target_is_undoable(store):
    possible = store.possible_targets()[0]
    edit = RejectPossible(possible["id"])
    edit.apply(store)
    assert possible["id"] not in {p["id"] for p in store.possible_targets()}
    edit.revert(store)
    assert possible["id"] in {p["id"] for p in store.possible_targets()}


def test_deleting_a_document_takes_its_possible_targets(store):
    store.delete_document(_doc(store)["id"])
    assert store.possible_targets(state=None) == []


def test_cli_lists_each_documents_progress(store):
    store.update_target(store.targets()[0]["id"], review_state="confirmed")
    result = CliRunner().invoke(main, ["--db", str(store.path), "documents"])
    assert result.exit_code == 0, result.output
    assert "(13 个目标，22 个待审核 / 13 goals, 22 to review)" in result.output
