"""One document under review: its goals and possible targets in text order (what the review view
steps through), and every figure of its text with its state (what the text pane highlights)."""

from __future__ import annotations

from typing import Any

FIGURE_STATES = ("goal", "possible", "reported", "ignored")

# The goals a document states (one item per source sentence in it), with an open merge offer if any.
_GOALS = """
SELECT t.id, s.start, s."end", s.quote, s.sentence, t.confidence, t.review_state AS state,
  i.entity, i.area, i.metric, t.kind, t.comparator, t.value, t.value_hi, coalesce(t.unit, i.unit) AS unit,
  t.target_year, t.period_start, t.note,
  (SELECT min(o.id) FROM merge_offers o WHERE o.target_id = t.id AND o.state = 'open'
     AND EXISTS (SELECT 1 FROM targets e WHERE e.id = o.existing_id)) AS merge_offer
FROM target_sources s JOIN targets t ON t.id = s.target_id JOIN indicators i ON i.id = t.indicator_id
WHERE s.document_id = ?
"""
_POSSIBLE = """
SELECT id, start, "end", quote, sentence, confidence, state, entity, area, metric, kind, comparator,
  value, value_hi, unit, target_year, period_start
FROM possible_targets WHERE document_id = ? AND state != 'promoted'
"""
_REPORTED = """
SELECT id, start, "end", status FROM actuals WHERE document_id = ? AND start IS NOT NULL
"""


def review_items(store: Any, document_id: int) -> list[dict[str, Any]]:
    """The document's goals and possible targets in text order, each with `item` ("goal" or
    "possible"), its id, span (start, end, quote, sentence), confidence, `state` (a goal's review
    state: extracted, confirmed, edited, rejected; a possible target's: open, rejected), the goal's
    fields (entity, area, metric, kind, comparator, value, value_hi, unit, target_year, period_start)
    and, for a goal, `merge_offer` (the id of its open merge offer, or None). A possible target made
    a goal appears as that goal."""
    store.document(document_id)  # NotFoundError for an unknown document
    goals = [{"item": "goal", **row} for row in store._rows(_GOALS, [document_id])]
    possible = [
        {"item": "possible", "merge_offer": None, **row} for row in store._rows(_POSSIBLE, [document_id])
    ]
    made_from = dict(
        store.db.execute(
            "SELECT target_id, id FROM possible_targets WHERE document_id = ? AND state = 'promoted'",
            [document_id],
        ).fetchall()
    )

    def order(item: dict[str, Any]) -> tuple[bool, int, str, int]:
        # figures sharing a span (a list stated in one clause) keep their order when one is made a goal
        promoted = item["item"] == "goal" and item["id"] in made_from
        origin = ("possible", made_from[item["id"]]) if promoted else (item["item"], item["id"])
        return (item["start"] is None, item["start"] or 0, *origin)

    return sorted(goals + possible, key=order)


def to_review(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items still waiting for the analyst: goals as extracted, open possible targets."""
    return [item for item in items if item["state"] in ("extracted", "open")]


def figure_spans(store: Any, document_id: int) -> list[tuple[int, int, str]]:
    """(start, end, state) of every figure the extractor found in the document's text, by start:
    "goal" (a goal not rejected), "possible" (a possible target not yet reviewed), "reported" (a
    figure the text reports, suggested or accepted), "ignored" (rejected, or a dismissed figure)."""
    spans = []
    for item in review_items(store, document_id):
        if item["start"] is None:
            continue
        state = item["item"] if item["state"] not in ("rejected",) else "ignored"
        spans.append((item["start"], item["end"], state))
    for row in store._rows(_REPORTED, [document_id]):
        spans.append((row["start"], row["end"], "ignored" if row["status"] == "dismissed" else "reported"))
    return sorted(spans)
