"""Everything an export or a status listing needs from the store, read once and assessed.

Callers pass an open `Store`; this module only calls its methods (sqlite stays inside `store/`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from huangpu_tracker.assessment.batch import assess_store_targets
from huangpu_tracker.assessment.model import Assessment
from huangpu_tracker.store.labels import source_labels
from huangpu_tracker.store.queries import target_rows

ACTIVE_STATES = ("extracted", "confirmed", "edited")  # rejected targets are neither assessed nor exported


@dataclass
class TrackedTarget:
    """A target row of the store with its assessment and the accepted actuals of its series; `sources`
    names the documents stating it (《title》 date, see documents.label)."""

    row: dict[str, Any]
    assessment: Assessment
    actuals: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def tracked_targets(
    store: Any,
    entity: str | None = None,
    today: int | None = None,
    target_ids: list[int] | None = None,
    language: str = "zh",
) -> list[TrackedTarget]:
    """Every target not rejected (of `entity`, or among `target_ids`, if given), assessed against
    its accepted actuals (reasons in `language`), ordered by entity, area, metric and target year."""
    rows = [
        row
        for row in target_rows(store, target_ids)
        if row["review_state"] in ACTIVE_STATES and (entity is None or row["entity"] == entity)
    ]
    rows.sort(
        key=lambda r: (r["entity"] or "", r["area"] or "", r["metric"] or "", r["target_year"] or 0, r["id"])
    )
    accepted = [row for row in store.actuals(include_suggested=False) if row["status"] == "accepted"]
    assessments = assess_store_targets(rows, accepted, today, language)
    by_indicator: dict[int, list[dict[str, Any]]] = {}
    for actual in accepted:
        by_indicator.setdefault(actual["indicator_id"], []).append(actual)
    labels = source_labels(store)
    return [
        TrackedTarget(row, assessment, by_indicator.get(row["indicator_id"], []), labels.get(row["id"], []))
        for row, assessment in zip(rows, assessments, strict=True)
    ]
