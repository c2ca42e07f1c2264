"""Reviewing a possible target (store.possible): make it a goal, with its sentence as the source, or
reject it; undo puts it back to review."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from huangpu_tracker.edits.base import Changes
from huangpu_tracker.store import queries
from huangpu_tracker.store.errors import ValidationError

_SPAN = ("quote", "start", "end", "sentence")
_GOAL = ("kind", "comparator", "value", "value_hi", "target_year", "period_start")


def _open(store: Any, possible_id: int) -> dict[str, Any]:
    possible = store.possible_target(possible_id)
    if possible["state"] != "open":
        raise ValidationError(
            f"possible target {possible_id} was already reviewed ({possible['state']}) / 已审核"
        )
    return possible


@dataclass
class PromotePossible:
    """Make a possible target a confirmed goal stated by its sentence; `fields` correct it on the
    way (value, unit, target_year, metric …: the "edit" of the review)."""

    possible_id: int
    fields: dict[str, Any] = field(default_factory=dict)
    text: str = "设为目标"
    target_id: int | None = None
    _snapshot: dict | None = field(default=None, repr=False)

    def apply(self, store: Any) -> Changes:
        with store.transaction():
            possible = _open(store, self.possible_id) | self.fields
            if self._snapshot is not None:
                queries.restore_target(store, self._snapshot)
            else:
                indicator = store.get_or_create_indicator(
                    possible["entity"], possible["area"], possible["metric"], possible["unit"]
                )
                self.target_id = store.add_target(
                    indicator, unit=possible["unit"], document_id=possible["document_id"],
                    article_id=possible["article_id"], confidence=possible["confidence"],
                    goal_key=possible["goal_key"] if not self.fields else None, review_state="confirmed",
                    note=possible.get("note"),
                    **{k: possible[k] for k in (*_GOAL, *_SPAN)},
                )  # fmt: skip
            store.set_possible_state(self.possible_id, "promoted", self.target_id)
        assert self.target_id is not None  # set by the first apply
        return Changes(targets=frozenset({self.target_id}), structure=True)

    def revert(self, store: Any) -> Changes:
        assert self.target_id is not None  # a revert follows an apply
        with store.transaction():
            self._snapshot = queries.snapshot_target(store, self.target_id)
            store.delete_target(self.target_id)
            store.set_possible_state(self.possible_id, "open")
        return Changes(targets=frozenset({self.target_id}), structure=True)


@dataclass
class RejectPossible:
    """Not a goal: the possible target leaves the review list."""

    possible_id: int
    text: str = "不是目标"

    def apply(self, store: Any) -> Changes:
        _open(store, self.possible_id)
        store.set_possible_state(self.possible_id, "rejected")
        return Changes(structure=True)

    def revert(self, store: Any) -> Changes:
        store.set_possible_state(self.possible_id, "open")
        return Changes(structure=True)
