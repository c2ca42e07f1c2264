"""Possible targets: goal-like figures the extractor found without enough evidence to list them
(confidence below extraction.model.POSSIBLE_BELOW), kept with their document for review. The
analyst makes one a goal (edits.PromotePossible) or rejects it (edits.RejectPossible)."""

from __future__ import annotations

from typing import Any

from huangpu_tracker.store import validation as check
from huangpu_tracker.store.audit import Audited

POSSIBLE_STATES = ("open", "promoted", "rejected")
POSSIBLE_FIELDS = (
    "entity", "area", "metric", "kind", "comparator", "value", "value_hi", "unit", "target_year",
    "period_start", "quote", "start", "end", "sentence", "confidence", "goal_key",
)  # fmt: skip


class PossibleTargetsRepo(Audited):
    def add_possible_target(self, document_id: int, article_id: int | None, **fields: Any) -> int:
        """Keep a possible target of a document (fields: POSSIBLE_FIELDS); returns its id."""
        unknown = set(fields) - set(POSSIBLE_FIELDS)
        if unknown:
            raise ValueError(f"unknown possible-target field(s): {', '.join(sorted(unknown))}")
        check.choice(fields["kind"], check.KINDS, "kind")
        check.choice(fields["comparator"], check.COMPARATORS, "comparator")
        row = {**fields, "document_id": document_id, "article_id": article_id, "state": "open"}
        return self._insert("possible_targets", row)

    def possible_targets(
        self, document_id: int | None = None, state: str | None = "open"
    ) -> list[dict[str, Any]]:
        """Possible targets (open ones by default; None: all), in text order per document."""
        where: list[str] = []
        params: list[Any] = []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if state is not None:
            where.append("state = ?")
            params.append(check.choice(state, POSSIBLE_STATES, "state"))
        sql = "SELECT * FROM possible_targets" + (" WHERE " + " AND ".join(where) if where else "")
        return self._rows(sql + " ORDER BY document_id, start, id", params)

    def possible_target(self, possible_id: int) -> dict[str, Any]:
        """One possible target; NotFoundError if absent."""
        return self._get("possible_targets", possible_id)

    def set_possible_state(self, possible_id: int, state: str, target_id: int | None = None) -> None:
        """Mark a possible target open, promoted (to goal `target_id`) or rejected."""
        changes = {"state": check.choice(state, POSSIBLE_STATES, "state"), "target_id": target_id}
        self._update("possible_targets", possible_id, changes)
