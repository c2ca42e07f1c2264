"""One document under review: goals and possible targets in text order, each figure of the text with
its state, and a goal made from selected text with its sentence as the source."""

from __future__ import annotations

import pytest

from huangpu_tracker.edits import AddTarget, RejectPossible, UpdateTarget
from huangpu_tracker.extraction.selection import goal_from_selection
from huangpu_tracker.store import NotFoundError
from huangpu_tracker.store.review_items import figure_spans, review_items, to_review


@pytest.fixture
def store(seed_002):
    return seed_002


def _doc(store):
    [doc] = store.documents()
    return store.document(doc["id"])


def test_goals_and_possible_targets_interleave_in_text_order(store):
    doc = _doc(store)
    items = review_items(store, doc["id"])
    assert [i["item"] for i in items].count("goal") == 13 and [i["item"] for i in items].count(
        "possible"
    ) == 10
    starts = [i["start"] for i in items]
    assert starts == sorted(starts)
    assert {"goal", "possible"} == {items[0]["item"], *[i["item"] for i in items[1:]]}
    for item in items:
        assert doc["text"][item["start"] : item["end"]] == item["quote"]
        assert item["item"] == "goal" or item["confidence"] < 0.5
    assert len(to_review(items)) == 23


def test_reviewed_items_leave_the_list_to_review_but_stay_in_the_document(store):
    doc_id = _doc(store)["id"]
    items = review_items(store, doc_id)
    goal = next(i for i in items if i["item"] == "goal")
    possible = next(i for i in items if i["item"] == "possible")
    UpdateTarget(goal["id"], {"review_state": "rejected"}).apply(store)
    RejectPossible(possible["id"]).apply(store)
    after = review_items(store, doc_id)
    assert len(after) == len(items) and len(to_review(after)) == 21
    assert {(i["item"], i["state"]) for i in after if i["id"] in (goal["id"], possible["id"])} >= {
        ("goal", "rejected"),
        ("possible", "rejected"),
    }


def test_every_figure_of_the_text_has_its_state(store):
    doc_id = _doc(store)["id"]
    spans = figure_spans(store, doc_id)
    states = [state for _, _, state in spans]
    assert states.count("goal") == 13 and states.count("possible") == 10
    assert states.count("reported") == len([a for a in store.actuals() if a["document_id"] == doc_id])
    dismissed = next(a for a in store.actuals() if a["status"] == "suggested")
    store.dismiss_actual(dismissed["id"])
    assert (dismissed["start"], dismissed["end"], "ignored") in figure_spans(store, doc_id)
    with pytest.raises(NotFoundError):
        figure_spans(store, 999)


def test_a_missed_figure_selected_in_the_text_becomes_a_goal_with_its_sentence(store):
    doc = _doc(store)
    text = doc["text"]
    start = text.index("等5所公办中小学") + 1  # a figure no rule read
    assert all(not (a < start + 2 and start < b) for a, b, _ in figure_spans(store, doc["id"]))
    fields = goal_from_selection(text, start, start + 2, doc["issue_year"], doc["issuer"])
    assert fields is not None and (fields["value"], fields["unit"]) == (5.0, "所")
    fields["metric"] = "新开办公办中小学"  # typed by the analyst: a bare number names no metric
    span = {k: fields.pop(k) for k in ("quote", "start", "end", "sentence")}
    assert text[span["start"] : span["end"]] == span["quote"] and span["quote"] in text
    edit = AddTarget(**fields, source={**span, "document_id": doc["id"]})
    edit.apply(store)
    [source] = store.target_sources(edit.target_id)
    assert (source["document_id"], source["start"], source["sentence"]) == (
        doc["id"],
        span["start"],
        span["sentence"],
    )
    assert store.target(edit.target_id)["review_state"] == "confirmed"
    assert (span["start"], span["end"], "goal") in figure_spans(store, doc["id"])
    edit.revert(store)
    assert all(t["id"] != edit.target_id for t in store.targets())
