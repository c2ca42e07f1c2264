"""Documents with their articles; deleting one removes what came only from it."""

from __future__ import annotations

import pytest

from huangpu_tracker.store import NotFoundError, ValidationError

from .conftest import make_document


def test_add_and_list_documents_with_articles(store):
    doc = make_document()
    doc_id = store.add_document(doc)
    assert store.has_document(doc.content_hash)
    assert not store.is_empty()
    [listed] = store.documents()
    assert listed["id"] == doc_id and listed["name"] == "plan.txt" and "text" not in listed
    assert listed["n_targets"] == 0
    assert [(a["seq"], a["title"], a["issue_year"]) for a in listed["articles"]] == [(1, "黄埔区规划", 2021)]
    full = store.document(doc_id)
    assert full["text"] == doc.text and full["articles"][0]["end"] == len(doc.text)


def test_same_content_cannot_be_added_twice(store):
    store.add_document(make_document())
    with pytest.raises(ValidationError):
        store.add_document(make_document())
    assert len(store.documents()) == 1


def test_target_counts_per_document_and_article_leave_out_rejected(store):
    doc_id = store.add_document(make_document())
    article_id = store.document(doc_id)["articles"][0]["id"]
    indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
    kept = store.add_target(
        indicator, "level", "reach", 4000, "亿元", document_id=doc_id, article_id=article_id
    )
    rejected = store.add_target(indicator, "growth", "approx", 7, "%", document_id=doc_id, start=5)
    store.set_review_state(rejected, "rejected")
    [listed] = store.documents()
    assert listed["n_targets"] == 1 and listed["articles"][0]["n_targets"] == 1
    assert store.target(kept)["document_name"] == "plan.txt"


def test_delete_document_keeps_targets_stated_elsewhere_and_accepted_actuals(store):
    first = store.add_document(make_document(name="a.txt"))
    second = store.add_document(make_document("到2025年，地区生产总值达到4000亿元左右。", name="b.txt"))
    indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
    shared = store.add_target(
        indicator, "level", "reach", 4000, "亿元", document_id=first, start=3, quote="q1"
    )
    store.add_target_source(shared, second, start=7, quote="q2")
    only_first = store.add_target(indicator, "growth", "min", 7, "%", document_id=first, start=9)
    accepted = store.set_actual(
        indicator, 2020, 3000, "亿元", source_kind="document", document_id=first, start=1
    )
    suggested = store.add_suggested_actual(indicator, 2019, 2800, "亿元", document_id=first, start=2)

    store.delete_document(first)

    assert [d["name"] for d in store.documents()] == ["b.txt"]
    moved = store.target(shared)
    assert (moved["document_id"], moved["start"], moved["quote"], moved["n_sources"]) == (second, 7, "q2", 1)
    with pytest.raises(NotFoundError):
        store.target(only_first)
    assert store.actual(accepted)["document_id"] is None
    with pytest.raises(NotFoundError):
        store.actual(suggested)
    assert not store._rows("SELECT * FROM articles WHERE document_id = ?", [first])


def test_meta_values(store):
    assert store.get_meta("seeded") is None
    store.set_meta("seeded", "yes")
    assert store.get_meta("seeded") == "yes"


def test_unknown_document_is_a_clear_error(store):
    with pytest.raises(NotFoundError, match="documents row 42 does not exist"):
        store.document(42)


def test_year_source_is_kept_for_the_document_and_each_article(store):
    doc = make_document()
    doc.year_source = "date"
    doc.articles[0].year_source = "mentions"
    doc_id = store.add_document(doc)
    [listed] = store.documents()
    assert (listed["year_source"], listed["articles"][0]["year_source"]) == ("date", "mentions")
    full = store.document(doc_id)
    assert (full["year_source"], full["articles"][0]["year_source"]) == ("date", "mentions")


def test_an_unknown_year_source_is_refused_and_nothing_is_stored(store):
    doc = make_document()
    doc.articles[0].year_source = "guess"
    with pytest.raises(ValidationError, match="year_source"):
        store.add_document(doc)
    assert store.documents() == []
