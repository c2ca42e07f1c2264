"""Merge offers: a goal imported from a new document that looks like one already stored (same body
and metric, near year and value: extraction.dedupe.likeness) is not silently kept as a twin; the
pair is offered to the analyst, who accepts (the twin's sources join the existing goal, the twin
goes: edits.AcceptMergeOffer) or declines (both stay)."""

from __future__ import annotations

import json
from typing import Any

from huangpu_tracker.extraction.dedupe import likeness
from huangpu_tracker.store import validation as check
from huangpu_tracker.store.audit import Audited, now

OFFER_STATES = ("open", "accepted", "declined")

_GOAL_FIELDS = """
SELECT t.id, i.entity, i.area, i.metric, t.kind, t.comparator, t.value, t.value_hi,
  coalesce(t.unit, i.unit) AS unit, t.target_year, t.quote, t.review_state, t.document_id, t.article_id
FROM targets t JOIN indicators i ON i.id = t.indicator_id
"""
# Goals the new ones may be offered against: of their bodies, not rejected, and not stated in the
# document being imported (its own repetitions are its own).
_CANDIDATES = """
WHERE i.entity IN (SELECT value FROM json_each(?)) AND t.review_state != 'rejected'
  AND NOT EXISTS (SELECT 1 FROM target_sources s WHERE s.target_id = t.id AND s.document_id = ?)
ORDER BY t.id
"""
# Offers whose two targets both still exist (a target deleted or merged away ends its offers).
_OFFERS = """
SELECT o.* FROM merge_offers o
WHERE EXISTS (SELECT 1 FROM targets WHERE id = o.target_id)
  AND EXISTS (SELECT 1 FROM targets WHERE id = o.existing_id)
"""


class MergeOffersRepo(Audited):
    def offer_merges(self, target_ids: list[int], document_id: int) -> list[int]:
        """Record an offer for each pair of a target in `target_ids` (new goals of `document_id`) and
        a stored goal it looks like (not rejected, stated in no source of that document); returns the
        new offer ids. The stored goals are read once and grouped by body and kind."""
        marks = ", ".join("?" * len(target_ids))
        with self.transaction():
            new = self._rows(_GOAL_FIELDS + f" WHERE t.id IN ({marks}) ORDER BY t.id", list(target_ids))
            groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
            entities = json.dumps(sorted({goal["entity"] for goal in new}), ensure_ascii=False)
            for old in self._rows(_GOAL_FIELDS + _CANDIDATES, [entities, document_id]):
                groups.setdefault((old["entity"], old["kind"]), []).append(old)
            offers = []
            for goal in new:
                for old in groups.get((goal["entity"], goal["kind"]), ()):
                    reason = likeness(goal, old)
                    if reason is not None:
                        offers.append(self.add_merge_offer(goal["id"], old["id"], reason))
            return offers

    def add_merge_offer(self, target_id: int, existing_id: int, reason: str) -> int:
        """Offer to fold target `target_id` into `existing_id`; the id of the offer (an existing one
        for the same pair is kept as it is)."""
        with self.transaction():
            self._get("targets", target_id)
            self._get("targets", existing_id)
            known = self._scalar(
                "SELECT id FROM merge_offers WHERE target_id = ? AND existing_id = ?",
                [target_id, existing_id],
            )
            if known is not None:
                return known
            row = {"target_id": target_id, "existing_id": existing_id, "reason": reason, "created_at": now()}
            return self._insert("merge_offers", row)

    def merge_offers(
        self, state: str | None = "open", document_id: int | None = None
    ) -> list[dict[str, Any]]:
        """Offers (open ones by default; None: all) whose targets both exist, oldest first, each with
        `target` and `existing` (the two goals: entity, area, metric, kind, comparator, value,
        value_hi, unit, target_year, quote, review_state, document_id); only those whose new target
        comes from `document_id`, if given."""
        sql, params = _OFFERS, []
        if state is not None:
            sql += " AND o.state = ?"
            params.append(check.choice(state, OFFER_STATES, "state"))
        offers = self._rows(sql + " ORDER BY o.id", params)
        ids = {o["target_id"] for o in offers} | {o["existing_id"] for o in offers}
        marks = ", ".join("?" * len(ids))
        goals = {g["id"]: g for g in self._rows(_GOAL_FIELDS + f" WHERE t.id IN ({marks})", sorted(ids))}
        result = [{**o, "target": goals[o["target_id"]], "existing": goals[o["existing_id"]]} for o in offers]
        if document_id is not None:
            result = [o for o in result if o["target"]["document_id"] == document_id]
        return result

    def merge_offer(self, offer_id: int) -> dict[str, Any]:
        """One offer as stored; NotFoundError if absent."""
        return self._get("merge_offers", offer_id)

    def set_merge_offer_state(self, offer_id: int, state: str) -> None:
        """Mark an offer open, accepted or declined (the merge itself is edits.AcceptMergeOffer)."""
        self._update("merge_offers", offer_id, {"state": check.choice(state, OFFER_STATES, "state")})
