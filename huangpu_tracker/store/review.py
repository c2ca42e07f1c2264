"""Reads for the review of one document: what was found in it, in text order, and how far its
review has come (goals, and targets still to review)."""

from __future__ import annotations

from typing import Any

from huangpu_tracker.store.validation import GOAL_STATES

PENDING_STATES = ("extracted", "possible")  # found by the extractor, not decided by the analyst

_ITEMS = """
SELECT s.id AS source_id, s.start, s."end", s.quote, s.sentence,
  t.id, t.review_state, t.confidence, t.kind, t.comparator, t.value, t.value_hi,
  coalesce(t.unit, i.unit) AS unit, t.target_year, t.period_start, t.note, i.entity, i.area, i.metric
FROM target_sources s
JOIN targets t ON t.id = s.target_id
JOIN indicators i ON i.id = t.indicator_id
WHERE s.document_id = ?
ORDER BY s.start IS NULL, s.start, s.id
"""


def review_items(store: Any, document_id: int) -> list[dict[str, Any]]:
    """Every statement of a target in the document, possible targets included, in text order: the
    source's span (start, end, quote, sentence) with its target's fields (`id` is the target's)."""
    return store._rows(_ITEMS, [document_id])


def reported_spans(store: Any, document_id: int) -> list[tuple[int, int]]:
    """Where the document reports past figures (the suggestions read from it), as (start, end)."""
    rows = store.db.execute(
        'SELECT start, "end" FROM actuals WHERE document_id = ? AND start IS NOT NULL ORDER BY start',
        [document_id],
    )
    return [(start, end) for start, end in rows]


def review_counts(store: Any) -> dict[int, tuple[int, int]]:
    """{document id: (goals it states, targets of it still to review)}; a document with neither is
    absent. Possible targets count as to review, not as goals, until accepted."""
    goals = ", ".join(f"'{s}'" for s in GOAL_STATES)
    pending = ", ".join(f"'{s}'" for s in PENDING_STATES)
    rows = store.db.execute(
        f"SELECT s.document_id, count(DISTINCT CASE WHEN t.review_state IN ({goals}) THEN t.id END), "
        f"count(DISTINCT CASE WHEN t.review_state IN ({pending}) THEN t.id END) "
        "FROM target_sources s JOIN targets t ON t.id = s.target_id "
        "WHERE s.document_id IS NOT NULL GROUP BY s.document_id"
    )
    return {doc_id: (n_goals, n_pending) for doc_id, n_goals, n_pending in rows}
