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


def test_figures_listed_in_one_clause_keep_their_order_when_one_is_made_a_goal(tmp_path):
    from huangpu_tracker.edits import PromotePossible
    from huangpu_tracker.extraction.model import Extraction, Target
    from huangpu_tracker.ingest import store_document
    from huangpu_tracker.store import open_store

    from .conftest import make_document

    text = "到2025年，建成1个植物园、2个博物馆、3个中心。"
    quote = "建成1个植物园、2个博物馆、3个中心"  # one quote for the three figures of the list
    start = text.index(quote)

    def listed(metric: str, value: float) -> Target:
        return Target(
            entity="黄埔区", area=None, metric=metric, kind="level", comparator="reach", value=value,
            value_hi=None, unit="个", target_year=2025, period_start=None, quote=quote, start=start,
            end=start + len(quote), sentence=text, confidence=0.3,
        )  # fmt: skip

    possible = [listed("植物园", 1), listed("博物馆", 2), listed("中心", 3)]
    found = Extraction(targets=[], actuals=[], possible=possible)
    with open_store(tmp_path / "s.db") as store:
        doc_id = store_document(store, make_document(text), found)[0]
        before = [i["metric"] for i in review_items(store, doc_id)]
        assert before == ["植物园", "博物馆", "中心"]
        middle = review_items(store, doc_id)[1]
        PromotePossible(middle["id"]).apply(store)
        after = review_items(store, doc_id)
        assert [(i["item"], i["metric"]) for i in after] == [
            ("possible", "植物园"),
            ("goal", "博物馆"),
            ("possible", "中心"),
        ]
