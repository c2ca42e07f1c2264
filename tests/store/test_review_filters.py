"""The review filters the filter bar and `huangpu-tracker targets` use: pending figures, conflicts,
needs review, by document, and text with the 备注 note."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.store.filters import ReviewFilter
from huangpu_tracker.store.queries import target_rows


@pytest.fixture
def store(seed_002):
    return seed_002


def _doc(store):
    [doc] = store.documents()
    return doc


def _series(store, metric, *figures):
    indicator = store.get_or_create_indicator("黄埔区", None, metric, "亿元")
    target = store.add_target(indicator, "level", "min", 5000, "亿元", target_year=2025)
    for year, value, status in figures:
        if status == "accepted":
            store.set_actual(indicator, year, value, "亿元")
        else:
            store.add_suggested_actual(indicator, year, value, "亿元", document_id=_doc(store)["id"])
    return target


def test_filters_find_pending_figures_conflicts_review_and_documents(store):
    pending = _series(store, "测试待采纳", (2022, 10, "suggested"))
    agreeing = _series(store, "测试已一致", (2022, 10, "accepted"), (2022, 10, "suggested"))
    conflict = _series(store, "测试冲突", (2022, 10, "accepted"), (2022, 12, "suggested"))
    store.set_review_state(pending, "confirmed")
    rows = {row["id"]: row for row in target_rows(store)}

    def ids(criteria):
        return {row_id for row_id, row in rows.items() if criteria.accepts(row)}

    assert {pending, conflict} <= ids(ReviewFilter(pending=True)) and agreeing not in ids(
        ReviewFilter(pending=True)
    )
    assert ids(ReviewFilter(conflict=True)) == {conflict}
    assert pending not in ids(ReviewFilter(needs_review=True)) and conflict in ids(
        ReviewFilter(needs_review=True)
    )
    from_seed = ids(ReviewFilter(document_id=_doc(store)["id"]))
    assert len(from_seed) == 13 and pending not in from_seed
    assert ReviewFilter().keep(list(rows.values())) == [True] * len(rows)


def test_text_search_includes_the_note(store):
    goal = store.targets()[0]
    store.update_target(goal["id"], note="口径待统计局确认")
    rows = target_rows(store)
    assert [row["id"] for row in rows if ReviewFilter(text="统计局").accepts(row)] == [goal["id"]]


def test_cli_filters_targets(store):
    goal = store.targets()[0]
    store.update_target(goal["id"], note="口径待统计局确认", review_state="confirmed")
    db = store.path

    def run(*args):
        result = CliRunner().invoke(main, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.output

    found = run("targets", "--search", "统计局")
    assert found.startswith(f"[{goal['id']}] ") and len(found.splitlines()) == 1
    assert len(run("targets", "--needs-review").splitlines()) == 12
    assert len(run("targets", "--document", str(_doc(store)["id"])).splitlines()) == 13
    assert "No targets" in run("targets", "--conflict")
